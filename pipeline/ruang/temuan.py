"""What a check of ``sidik doctor`` found: :class:`Temuan` records and their makers.

A check returns records (passed, passed with a warning, failed with a fix, or skipped with the
reason); the checks live in :mod:`.cek_sistem`, :mod:`.cek_kunci` and :mod:`.cek_isian`, and
:mod:`.dokter` runs them in order. This module imports none of them, so arrows point one way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pipeline.errors import SidikError
from pipeline.messages import terjemah


class Status(StrEnum):
    """The outcome of one check."""

    LULUS = "lulus"
    PERINGATAN = "peringatan"  # passes, but says what to do before official documents
    GAGAL = "gagal"
    DILEWATI = "dilewati"


@dataclass(frozen=True)
class Temuan:
    """One check's outcome: what was found and, for a failure, how to fix it."""

    kode: str
    status: Status
    pesan_id: str
    params: Mapping[str, Any] = field(default_factory=dict)
    saran_id: str = ""

    def pesan(self, lang: str | None = None) -> str:
        """What the check found, in ``lang``."""
        return terjemah(self.pesan_id, lang, **self.params)

    def saran(self, lang: str | None = None) -> str:
        """How to fix a failure (empty for a check that passed)."""
        return terjemah(self.saran_id, lang, **self.params) if self.saran_id else ""

    def judul(self, lang: str | None = None) -> str:
        """The check's name."""
        return terjemah(f"dokter.judul.{self.kode}", lang)


def lulus(kode: str, pesan_id: str, **params: Any) -> Temuan:
    """A check that passed."""
    return Temuan(kode, Status.LULUS, pesan_id, params)


def gagal(kode: str, pesan_id: str, saran_id: str, **params: Any) -> Temuan:
    """A check that failed, with the message id of its fix."""
    return Temuan(kode, Status.GAGAL, pesan_id, params, saran_id)


def peringatan(kode: str, pesan_id: str, saran_id: str, **params: Any) -> Temuan:
    """A check that passes with a warning, and the message id of what to do about it."""
    return Temuan(kode, Status.PERINGATAN, pesan_id, params, saran_id)


def dari_galat(kode: str, galat: SidikError, saran_id: str) -> Temuan:
    """A failed check described by the error sidik would have raised."""
    return Temuan(kode, Status.GAGAL, galat.message_id, dict(galat.params), saran_id)


def dilewati(kode: str, pesan_id: str, **params: Any) -> Temuan:
    """A check that does not apply to this workspace, with the reason."""
    return Temuan(kode, Status.DILEWATI, pesan_id, params)


def ringkasan(temuan: list[Temuan]) -> dict[Status, int]:
    """How many checks passed, warned, failed and were skipped."""
    return {s: sum(1 for t in temuan if t.status is s) for s in Status}
