"""``sidik doctor``: every first-run problem found before it wastes a cycle, each with a fix.

A check returns :class:`Temuan` records (passed, failed with a fix, or skipped with the
reason); :func:`periksa_ruang` runs them all in the order a cycle needs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import Config
from pipeline.errors import SidikError
from pipeline.messages import terjemah

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi


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


def periksa_ruang(config: Config, minta_sandi: MintaSandi | None = None) -> list[Temuan]:
    """Run every check on the workspace of ``config``."""
    from pipeline.ruang import cek_isian, cek_kunci, cek_sistem

    return [
        cek_sistem.libreoffice(config),
        *cek_sistem.font(config),
        *cek_kunci.kunci(config, minta_sandi),
        cek_kunci.jam(config),
        cek_isian.isian_contoh(config),
        cek_sistem.templat(config),
        cek_sistem.ledger(config),
        cek_sistem.keluaran(config),
        cek_sistem.disk(config),
    ]


def workbook_berikutnya(config: Config) -> Path:
    """The workbook the Operator runs next, relative to the workspace: the sample workbook of
    ``sidik init`` while it is there (a trial cycle), else the operator workbook."""
    from pipeline.ruang.baru import WORKBOOK, WORKBOOK_CONTOH

    contoh = config.berkas.parent / WORKBOOK_CONTOH
    return WORKBOOK_CONTOH if contoh.is_file() else WORKBOOK


def ringkasan(temuan: list[Temuan]) -> dict[Status, int]:
    """How many checks passed, warned, failed and were skipped."""
    return {s: sum(1 for t in temuan if t.status is s) for s in Status}
