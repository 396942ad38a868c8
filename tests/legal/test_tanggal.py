from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.legal import (
    NAMA_BULAN,
    NAMA_HARI,
    format_jangka_waktu,
    format_tanggal,
    nama_hari,
    tanggal_terbilang,
    terbilang,
)

TERBILANG = {
    0: "nol",
    1: "satu",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    99: "sembilan puluh sembilan",
    100: "seratus",
    101: "seratus satu",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    199: "seratus sembilan puluh sembilan",
    200: "dua ratus",
    999: "sembilan ratus sembilan puluh sembilan",
    1000: "seribu",
    1001: "seribu satu",
    1100: "seribu seratus",
    1900: "seribu sembilan ratus",
    1999: "seribu sembilan ratus sembilan puluh sembilan",
    2000: "dua ribu",
    2026: "dua ribu dua puluh enam",
    10000: "sepuluh ribu",
    11000: "sebelas ribu",
    100000: "seratus ribu",
    101000: "seratus satu ribu",
    1000000: "satu juta",
    1000001: "satu juta satu",
    1001000: "satu juta seribu",
    2000000000: "dua miliar",
    1000000000: "satu miliar",
    1000000000000: "satu triliun",
    1234567: "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh",
}


@pytest.mark.parametrize(("angka", "kata"), TERBILANG.items())
def test_terbilang(angka, kata):
    assert terbilang(angka) == kata


def test_terbilang_negatif_ditolak():
    with pytest.raises(ValueError):
        terbilang(-1)


def test_terbilang_terlalu_besar_ditolak():
    with pytest.raises(ValueError):
        terbilang(10**15)


def test_terbilang_batas_atas():
    assert terbilang(10**15 - 1).startswith("sembilan ratus sembilan puluh sembilan triliun ")


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_terbilang_selalu_berhasil_tanpa_spasi_ganda(n):
    kata = terbilang(n)
    assert kata
    assert "  " not in kata
    assert kata == kata.strip()


def test_nama_bulan_dan_hari():
    assert NAMA_BULAN[0] == "Januari"
    assert NAMA_BULAN[11] == "Desember"
    assert len(NAMA_BULAN) == 12
    assert NAMA_HARI == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@pytest.mark.parametrize(
    ("tanggal", "teks"),
    [
        (date(2026, 1, 5), "5 Januari 2026"),
        (date(2026, 2, 14), "14 Februari 2026"),
        (date(2026, 3, 31), "31 Maret 2026"),
        (date(2026, 4, 1), "1 April 2026"),
        (date(2026, 5, 20), "20 Mei 2026"),
        (date(2026, 6, 9), "9 Juni 2026"),
        (date(2023, 7, 3), "3 Juli 2023"),
        (date(2026, 8, 17), "17 Agustus 2026"),
        (date(2026, 9, 30), "30 September 2026"),
        (date(2026, 10, 31), "31 Oktober 2026"),
        (date(2026, 11, 27), "27 November 2026"),
        (date(2026, 12, 31), "31 Desember 2026"),
        (date(2028, 2, 29), "29 Februari 2028"),
    ],
)
def test_format_tanggal(tanggal, teks):
    assert format_tanggal(tanggal) == teks


@pytest.mark.parametrize(
    ("tanggal", "hari"),
    [
        (date(2026, 11, 27), "Jumat"),
        (date(2026, 1, 1), "Kamis"),
        (date(2024, 2, 29), "Kamis"),
        (date(2026, 11, 29), "Minggu"),
        (date(2026, 11, 30), "Senin"),
    ],
)
def test_nama_hari(tanggal, hari):
    assert nama_hari(tanggal) == hari


def test_tanggal_terbilang():
    assert tanggal_terbilang(date(2026, 11, 27)) == (
        "Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam"
    )


def test_tanggal_terbilang_tanggal_satu():
    assert tanggal_terbilang(date(2026, 1, 1)) == (
        "Kamis tanggal satu bulan Januari tahun dua ribu dua puluh enam"
    )


@pytest.mark.parametrize(
    ("tahun", "teks"),
    [
        (1, "1 (satu) tahun"),
        (5, "5 (lima) tahun"),
        (10, "10 (sepuluh) tahun"),
        (25, "25 (dua puluh lima) tahun"),
    ],
)
def test_format_jangka_waktu(tahun, teks):
    assert format_jangka_waktu(tahun) == teks


@pytest.mark.parametrize("tahun", [0, -3])
def test_format_jangka_waktu_tidak_positif_ditolak(tahun):
    with pytest.raises(ValueError, match="paling sedikit 1 tahun"):
        format_jangka_waktu(tahun)


@pytest.mark.parametrize(("angka", "kata"), [(1, "satu"), (11, "sebelas"), (100, "seratus")])
def test_terbilang_kasus_tepi_isu(angka, kata):
    assert terbilang(angka) == kata
    assert terbilang(1000) == "seribu" and terbilang(2026) == "dua ribu dua puluh enam"


@pytest.mark.parametrize(
    ("tanggal", "teks"),
    [
        (
            date(2026, 1, 31),
            "Sabtu tanggal tiga puluh satu bulan Januari tahun dua ribu dua puluh enam",
        ),
        (
            date(2026, 2, 28),
            "Sabtu tanggal dua puluh delapan bulan Februari tahun dua ribu dua puluh enam",
        ),
        (date(2026, 3, 11), "Rabu tanggal sebelas bulan Maret tahun dua ribu dua puluh enam"),
        (date(2026, 4, 10), "Jumat tanggal sepuluh bulan April tahun dua ribu dua puluh enam"),
        (date(2026, 5, 1), "Jumat tanggal satu bulan Mei tahun dua ribu dua puluh enam"),
        (
            date(2026, 6, 19),
            "Jumat tanggal sembilan belas bulan Juni tahun dua ribu dua puluh enam",
        ),
        (date(2026, 7, 20), "Senin tanggal dua puluh bulan Juli tahun dua ribu dua puluh enam"),
        (
            date(2026, 8, 17),
            "Senin tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh enam",
        ),
        (
            date(2026, 9, 21),
            "Senin tanggal dua puluh satu bulan September tahun dua ribu dua puluh enam",
        ),
        (
            date(2026, 10, 31),
            "Sabtu tanggal tiga puluh satu bulan Oktober tahun dua ribu dua puluh enam",
        ),
        (
            date(2026, 11, 27),
            "Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam",
        ),
        (
            date(2026, 12, 31),
            "Kamis tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh enam",
        ),
        (
            date(2028, 2, 29),
            "Selasa tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh delapan",
        ),
        (date(2000, 2, 29), "Selasa tanggal dua puluh sembilan bulan Februari tahun dua ribu"),
        (date(2100, 3, 1), "Senin tanggal satu bulan Maret tahun dua ribu seratus"),
    ],
)
def test_tanggal_terbilang_setiap_bulan_tanggal_31_dan_kabisat(tanggal, teks):
    assert tanggal_terbilang(tanggal) == teks


def test_tahun_kabisat_2100_tidak_ada_29_februari():
    with pytest.raises(ValueError):
        date(2100, 2, 29)
