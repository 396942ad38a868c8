"""Penulisan tanggal, hari, dan bilangan dalam bahasa Indonesia untuk naskah dinas."""

from __future__ import annotations

from datetime import date

NAMA_BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""Nama bulan; indeks 0 = Januari (pakai ``NAMA_BULAN[d.month - 1]``)."""

NAMA_HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""Nama hari, berindeks sama dengan ``date.weekday()`` (0 = Senin)."""

_SATUAN = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SKALA = ("", "ribu", "juta", "miliar", "triliun")
BATAS_TERBILANG = 1000 ** len(_SKALA)
"""Bilangan terkecil yang tidak lagi bisa ditulis oleh :func:`terbilang` (10**15)."""


def format_tanggal(d: date) -> str:
    """Tulis tanggal seperti pada surat dinas: "27 November 2026", "3 Juli 2023"."""
    return f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"


def nama_hari(d: date) -> str:
    """Kembalikan nama hari dari tanggal ``d``, mis. "Jumat"."""
    return NAMA_HARI[d.weekday()]


def _puluhan(n: int) -> list[str]:
    """Kata untuk 1 ≤ n ≤ 99."""
    if n < 10:
        return [_SATUAN[n]]
    if n == 10:
        return ["sepuluh"]
    if n == 11:
        return ["sebelas"]
    if n < 20:
        return [_SATUAN[n - 10], "belas"]
    puluh, sisa = divmod(n, 10)
    return [_SATUAN[puluh], "puluh"] + (_puluhan(sisa) if sisa else [])


def _ratusan(n: int) -> list[str]:
    """Kata untuk 1 ≤ n ≤ 999."""
    ratus, sisa = divmod(n, 100)
    kata = [] if ratus == 0 else ["seratus"] if ratus == 1 else [_SATUAN[ratus], "ratus"]
    return kata + (_puluhan(sisa) if sisa else [])


def _kelompok(n: int, skala: str) -> list[str]:
    """Kata untuk satu kelompok tiga digit 1 ≤ n ≤ 999 beserta skalanya."""
    if skala == "ribu" and n == 1:
        return ["seribu"]
    return _ratusan(n) + ([skala] if skala else [])


def terbilang(n: int) -> str:
    """Tulis bilangan bulat 0 ≤ n < 10**15 dengan kata, mis. 2026 → "dua ribu dua puluh enam".

    Satu ribu ditulis "seribu" dan seratus "seratus", tetapi satu juta tetap "satu juta".
    Menimbulkan ``ValueError`` untuk bilangan negatif atau terlalu besar.
    """
    if n < 0 or n >= BATAS_TERBILANG:
        raise ValueError(f"terbilang hanya untuk 0 sampai {BATAS_TERBILANG - 1}, bukan {n}")
    if n == 0:
        return _SATUAN[0]
    kata: list[str] = []
    for pangkat in reversed(range(len(_SKALA))):
        kelompok = n // 1000**pangkat % 1000
        if kelompok:
            kata += _kelompok(kelompok, _SKALA[pangkat])
    return " ".join(kata)


def tanggal_terbilang(d: date) -> str:
    """Tulis hari dan tanggal dengan kata untuk pembuka berita acara/lembar uji.

    Contoh: "Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam".
    """
    return (
        f"{nama_hari(d)} tanggal {terbilang(d.day)} "
        f"bulan {NAMA_BULAN[d.month - 1]} tahun {terbilang(d.year)}"
    )


def format_jangka_waktu(tahun: int) -> str:
    """Tulis jangka waktu pengecualian, mis. 5 → "5 (lima) tahun".

    Menimbulkan ``ValueError`` bila ``tahun`` kurang dari 1.
    """
    if tahun < 1:
        raise ValueError(f"jangka waktu harus paling sedikit 1 tahun, bukan {tahun}")
    return f"{tahun} ({terbilang(tahun)}) tahun"
