"""Working-day deadlines against the real Indonesian calendar (holidays + cuti bersama).

Every expected date below was counted by hand on the 2025/2026 calendars (SKB 3 Menteri on
national holidays and cuti bersama); the day a step starts on is not counted.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.ledger.sop import Langkah
from pipeline.ledger.tenggat import KalenderKerja, tenggat, terlambat

WIB = ZoneInfo("Asia/Jakarta")
KALENDER = KalenderKerja()


def jam(tahun: int, bulan: int, hari: int, j: int = 10, m: int = 0) -> datetime:
    return datetime(tahun, bulan, hari, j, m, tzinfo=WIB)


@pytest.mark.parametrize(
    ("langkah", "mulai", "batas"),
    [
        # Friday 29 May 2026 before the long weekend: Sat 30, Sun 31 (Waisak on a Sunday),
        # Mon 1 June (Hari Lahir Pancasila). 1 working day -> Tue 2 June; 2 -> Wed 3 June.
        (Langkah.KUMPUL, jam(2026, 5, 29, 15), date(2026, 6, 2)),
        (Langkah.TINJAU, jam(2026, 5, 29, 15), date(2026, 6, 3)),
        # Friday 14 August 2026: Mon 17 August (Proklamasi) -> Tue 18 August.
        (Langkah.PERIKSA, jam(2026, 8, 14), date(2026, 8, 18)),
        # Idul Fitri 1446 H: from Thu 27 March 2025, 2 working days. Fri 28 (cuti bersama
        # Nyepi), Sat 29 (Nyepi), Sun 30, Mon 31 and Tue 1 April (Idul Fitri), Wed 2, Thu 3,
        # Fri 4 (cuti bersama), Sat 5, Sun 6, Mon 7 (cuti bersama): Tue 8 is day 1, Wed 9 day 2.
        (Langkah.TANDA_TANGAN, jam(2025, 3, 27), date(2025, 4, 9)),
        # Idul Fitri 1447 H: from Tue 17 March 2026. Wed 18 (cuti Nyepi), Thu 19 (Nyepi),
        # Fri 20 (cuti Idul Fitri), Sat 21 / Sun 22 (Idul Fitri), Mon 23, Tue 24 (cuti):
        # Wed 25 is day 1, Thu 26 day 2.
        (Langkah.TINJAU, jam(2026, 3, 17), date(2026, 3, 26)),
        # Across the new year: from Tue 30 Dec 2025, Wed 31 is day 1, Thu 1 Jan 2026 is
        # Tahun Baru, Fri 2 Jan is day 2.
        (Langkah.TINJAU, jam(2025, 12, 30), date(2026, 1, 2)),
        # Christmas 2025: from Wed 24 Dec, Thu 25 (Natal), Fri 26 (cuti bersama), weekend:
        # Mon 29 Dec.
        (Langkah.KUMPUL, jam(2025, 12, 24), date(2025, 12, 29)),
    ],
)
def test_tenggat_hari_kerja(langkah: Langkah, mulai: datetime, batas: date) -> None:
    hasil = tenggat(langkah, mulai, KALENDER)
    assert hasil.date() == batas
    assert (hasil.hour, hasil.minute) == (23, 59) and hasil.tzinfo == WIB


def test_libur_kantor_dari_konfigurasi_ikut_dilewati() -> None:
    # The office also closes on Wed 31 Dec 2025: from Tue 30 Dec, Fri 2 Jan is day 1,
    # Mon 5 Jan day 2.
    kalender = KalenderKerja([date(2025, 12, 31)])
    assert tenggat(Langkah.TINJAU, jam(2025, 12, 30), kalender).date() == date(2026, 1, 5)
    assert kalender.libur(date(2025, 12, 31)) == "libur kantor"


def test_arsip_satu_jam_waktu_jam() -> None:
    mulai = jam(2026, 5, 29, 16, 30)
    assert tenggat(Langkah.ARSIP, mulai, KALENDER) == mulai + timedelta(hours=1)


def test_cuti_bersama_dan_akhir_pekan_bukan_hari_kerja() -> None:
    assert not KALENDER.hari_kerja(date(2026, 3, 23))  # cuti bersama Idul Fitri
    assert not KALENDER.hari_kerja(date(2026, 5, 30))  # Saturday
    assert KALENDER.hari_kerja(date(2026, 3, 25))
    assert KALENDER.libur(date(2026, 5, 30)) == "akhir pekan"


def test_terlambat() -> None:
    batas = jam(2026, 6, 2, 23, 59)
    assert terlambat(batas, None, jam(2026, 6, 3))
    assert not terlambat(batas, jam(2026, 6, 2, 9), jam(2026, 6, 9))
    assert terlambat(batas, jam(2026, 6, 3, 8), jam(2026, 6, 3, 9))
    assert not terlambat(batas, None, jam(2026, 6, 1))
