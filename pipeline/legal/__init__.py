"""Data hukum (Pasal 17 UU KIP) dan penulisan gaya naskah dinas Indonesia."""

from __future__ import annotations

from pipeline.legal.dasar_hukum import (
    dasar_hukum_nasional,
    mengingat,
    menyebut_undang_undang,
    peraturan_disebut,
    tanda_baca_daftar,
)
from pipeline.legal.nomor import NAMA_ISIAN, format_nomor, periksa_pola
from pipeline.legal.pasal17 import (
    NAMA_UU,
    NAMA_UU_SINGKAT,
    BarisReferensi,
    Huruf,
    angka_sah,
    baris_referensi,
    cari_huruf,
    daftar_huruf,
    kutipan,
    kutipan_singkat,
)
from pipeline.legal.tanggal import (
    BATAS_TERBILANG,
    NAMA_BULAN,
    NAMA_HARI,
    format_jangka_waktu,
    format_tanggal,
    nama_hari,
    tanggal_terbilang,
    terbilang,
)

__all__ = [
    "BATAS_TERBILANG",
    "NAMA_BULAN",
    "NAMA_HARI",
    "NAMA_ISIAN",
    "NAMA_UU",
    "NAMA_UU_SINGKAT",
    "BarisReferensi",
    "Huruf",
    "angka_sah",
    "baris_referensi",
    "cari_huruf",
    "dasar_hukum_nasional",
    "daftar_huruf",
    "format_jangka_waktu",
    "format_nomor",
    "format_tanggal",
    "kutipan",
    "kutipan_singkat",
    "mengingat",
    "menyebut_undang_undang",
    "peraturan_disebut",
    "tanda_baca_daftar",
    "nama_hari",
    "periksa_pola",
    "tanggal_terbilang",
    "terbilang",
]
