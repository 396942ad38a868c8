"""Working-day deadlines of the SOP steps.

A working day (hari kerja) is Monday to Friday, minus Indonesian national holidays and
collective leave (cuti bersama) from the ``holidays`` package, minus the office's own closed
days from ``[kalender] libur_kantor``. A step of N working days that starts on day D must be
done by the end of the N-th working day after D (the hand-off day itself is not counted). The
archive step's standard is one hour of clock time from the signature.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING

from pipeline.ledger.sop import MUTU_BAKU, Langkah
from pipeline.zona import di_kantor, zona

if TYPE_CHECKING:
    import holidays

KATEGORI = ("public", "government")  # national holidays; government = cuti bersama


@cache
def _libur_nasional() -> holidays.HolidayBase:
    import holidays  # 9 MB: loaded when a deadline is first reckoned, not by every command

    dikenal = holidays.country_holidays("ID").supported_categories
    return holidays.country_holidays("ID", categories=tuple(k for k in KATEGORI if k in dikenal))


class KalenderKerja:
    """Which days the office works."""

    def __init__(self, libur_kantor: Iterable[date] = ()) -> None:
        self.libur_kantor = frozenset(libur_kantor)

    def libur(self, hari: date) -> str | None:
        """Why ``hari`` is not a working day (holiday name, office closure, weekend), or None."""
        if hari in self.libur_kantor:
            return "libur kantor"
        nama = _libur_nasional().get(hari)
        if nama:
            return str(nama)
        return "akhir pekan" if hari.weekday() >= 5 else None

    def hari_kerja(self, hari: date) -> bool:
        """Whether ``hari`` is a working day."""
        return self.libur(hari) is None

    def tambah_hari_kerja(self, mulai: date, n: int) -> date:
        """The N-th working day after ``mulai`` (``mulai`` itself not counted)."""
        hari = mulai
        while n > 0:
            hari += timedelta(days=1)
            if self.hari_kerja(hari):
                n -= 1
        return hari


def tenggat(langkah: Langkah, mulai: datetime, kalender: KalenderKerja) -> datetime:
    """When ``langkah`` started at ``mulai`` must be done, per the SOP's time standard: working
    days are the office's, counted on its clock (``[instansi] zona``)."""
    baku = MUTU_BAKU[langkah]
    awal = di_kantor(mulai)
    if baku.jam:
        return awal + timedelta(hours=baku.jam)
    hari = kalender.tambah_hari_kerja(awal.date(), baku.hari_kerja)
    return datetime.combine(hari, time(23, 59, 59), tzinfo=zona())


def terlambat(batas: datetime, selesai: datetime | None, sekarang: datetime) -> bool:
    """Whether a step with deadline ``batas`` is late: ended after it, or still open past it."""
    return (selesai or sekarang) > batas
