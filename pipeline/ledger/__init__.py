"""The ledger: SQLite schema and migrations, events, registers, the lock, working-day deadlines.

Only this package opens the database. The functions below are the read side used by
``sidik status``, ``sidik log``, ``sidik due`` and ``sidik dik``; they never create a ledger.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pipeline.errors import InputInvalid
from pipeline.ledger.buku import Buku, Peristiwa, buka_buku, jam_kantor
from pipeline.ledger.catatan import SaringJejak
from pipeline.ledger.dik_kini import DikKini, JatuhTempo, dik_kini, jatuh_tempo
from pipeline.ledger.gembok import gembok_ruang_kerja, path_gembok
from pipeline.ledger.ringkasan import StatusSiklus, status_siklus
from pipeline.ledger.tenggat import KalenderKerja


@contextmanager
def buku_terkunci(berkas: Path) -> Iterator[Buku]:
    """The workspace lock and the ledger at ``berkas``, for a command that changes things."""
    with gembok_ruang_kerja(path_gembok(berkas), jam_kantor()), buka_buku(berkas) as buku:
        yield buku


@contextmanager
def buka_untuk_baca(berkas: Path) -> Iterator[Buku]:
    """The existing ledger at ``berkas``; :class:`InputInvalid` when there is none yet."""
    if not berkas.is_file():
        raise InputInvalid("siklus.tidak_ada_satupun", folder=str(berkas.parent))
    with buka_buku(berkas) as buku:
        yield buku


def status(
    berkas: Path,
    libur_kantor: Iterable[date] = (),
    siklus_id: str | None = None,
    sekarang: datetime | None = None,
) -> list[StatusSiklus]:
    """The status of one cycle, or of every cycle (oldest first)."""
    kalender = KalenderKerja(libur_kantor)
    with buka_untuk_baca(berkas) as buku:
        semua = [buku.siklus(siklus_id)] if siklus_id else buku.semua_siklus()
        return [status_siklus(buku, s.id, kalender, sekarang or jam_kantor()) for s in semua]


def jejak(berkas: Path, saring: SaringJejak | None = None) -> list[Peristiwa]:
    """The audit trail in order, all of it or what ``saring`` selects."""
    saring = saring or SaringJejak()
    with buka_untuk_baca(berkas) as buku:
        if saring.siklus is not None:
            buku.siklus(saring.siklus)  # an unknown cycle is an error, not an empty trail
        return buku.jejak(saring)


@dataclass(frozen=True)
class HalamanJejak:
    """One page of the audit trail: its events, the position of the first, how many events
    the filter selects in all, and the page's size."""

    isi: list[Peristiwa]
    dari: int
    jumlah: int
    per_halaman: int


def awal_halaman(dari: int, jumlah: int, per_halaman: int) -> int:
    """Where the page that holds position ``dari`` starts in a list of ``jumlah`` read
    ``per_halaman`` at a time: a multiple of ``per_halaman``, the last page if ``dari`` is past
    the end."""
    terakhir = max(jumlah - 1, 0) // per_halaman * per_halaman
    return min(max(dari, 0) // per_halaman * per_halaman, terakhir)


def jejak_halaman(berkas: Path, saring: SaringJejak, dari: int, per_halaman: int) -> HalamanJejak:
    """The page of the audit trail (in ``jejak``'s order) that holds position ``dari``: it
    starts at a multiple of ``per_halaman``, the last page if ``dari`` is past the end.
    Only that page is read from the ledger."""
    with buka_untuk_baca(berkas) as buku:
        if saring.siklus is not None:
            buku.siklus(saring.siklus)  # an unknown cycle is an error, not an empty trail
        jumlah = buku.hitung_jejak(saring)
        awal = awal_halaman(dari, jumlah, per_halaman)
        return HalamanJejak(buku.jejak(saring, awal, per_halaman), awal, jumlah, per_halaman)


def jatuh_tempo_dalam(
    berkas: Path, dalam_hari: int, hari_ini: date | None = None
) -> list[JatuhTempo]:
    """Exempted items whose period ends within ``dalam_hari`` days (UU KIP Pasal 20)."""
    with buka_untuk_baca(berkas) as buku:
        return jatuh_tempo(buku, hari_ini or jam_kantor().date(), dalam_hari)


def dik_kini_di(berkas: Path, hari_ini: date | None = None) -> DikKini:
    """The body's current DIK across the archived cycles (see :mod:`.dik_kini`)."""
    with buka_untuk_baca(berkas) as buku:
        return dik_kini(buku, hari_ini or jam_kantor().date())


__all__ = [
    "Buku",
    "awal_halaman",
    "buku_terkunci",
    "buka_untuk_baca",
    "JatuhTempo",
    "Peristiwa",
    "StatusSiklus",
    "jatuh_tempo_dalam",
    "dik_kini_di",
    "jejak",
]
