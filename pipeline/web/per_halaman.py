"""Long lists read a page at a time: the items of a cycle of 5,000 on one page weigh megabytes
and take seconds to render, so the pages that list every item show :data:`PER_HALAMAN` at once,
chosen by ``?dari=`` (the position of the first one shown), with links to the others."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from pipeline import ledger

PER_HALAMAN = 100
T = TypeVar("T")


@dataclass(frozen=True)
class Potongan(Generic[T]):
    """The part of a list one page shows: its elements, the position of the first, the
    list's length and the page's size (what the navigation template needs)."""

    isi: Sequence[T]
    dari: int
    jumlah: int
    per_halaman: int = PER_HALAMAN


def potong(semua: Sequence[T], dari: str) -> Potongan[T]:
    """The page of ``semua`` that starts at ``dari`` (as the query gives it), rounded down to
    a page's start and kept within the list; the first page for anything else."""
    awal = awal_halaman(dari, len(semua))
    return Potongan(semua[awal : awal + PER_HALAMAN], awal, len(semua))


def angka(teks: str | None) -> int | None:
    """A whole number as a query or form gives it ("17"); None for anything else, including
    other scripts' digits ("²", "١٧") and numbers longer than nine digits."""
    t = teks or ""
    return int(t) if t.isascii() and t.isdigit() and len(t) <= 9 else None


def awal_halaman(dari: str, jumlah: int) -> int:
    """Where the page that ``dari`` asks for starts in a list of ``jumlah``: as
    :func:`potong` rounds it, for a list read a page at a time."""
    return ledger.awal_halaman(angka(dari) or 0, jumlah, PER_HALAMAN)
