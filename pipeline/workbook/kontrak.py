"""The input contract of the operator workbook (sheet ``Informasi``), stable for users."""

from __future__ import annotations

from dataclasses import dataclass

LEMBAR_INFORMASI = "Informasi"
MAKS_JUDUL = 300
MAKS_TEKS = 5000
MAKS_BARIS = 10_000


@dataclass(frozen=True)
class Kolom:
    """One column of the ``Informasi`` sheet: header, record field, and whether required."""

    judul: str
    medan: str
    wajib: bool
    lebar: int
    petunjuk: str


KOLOM: tuple[Kolom, ...] = (
    Kolom("No", "no", False, 6, "Nomor urut; boleh dikosongkan."),
    Kolom(
        "Judul Informasi",
        "judul",
        True,
        40,
        "Informasi yang diusulkan dikecualikan (1-300 karakter).",
    ),
    Kolom("Uraian", "uraian", False, 40, "Penjelasan singkat isi informasi."),
    Kolom("Unit Kerja", "unit_kerja", True, 28, "Pilih unit kerja dari daftar."),
    Kolom("Pasal 17 Huruf", "pasal17_huruf", True, 10, "Satu huruf a-j (lihat lembar Referensi)."),
    Kolom("Angka", "pasal17_angka", False, 8, "Angka pada huruf tersebut, bila ada."),
    Kolom("Dasar Hukum Lain", "dasar_hukum_lain", False, 36, "Undang-undang atau peraturan lain."),
    Kolom("Konsekuensi", "konsekuensi", True, 48, "Akibat/kerugian bila informasi dibuka."),
    Kolom(
        "Pertimbangan",
        "pertimbangan",
        True,
        48,
        "Mengapa menutup melindungi kepentingan yang lebih besar.",
    ),
    Kolom(
        "Jangka Waktu",
        "jangka_waktu",
        True,
        14,
        "Jumlah tahun 1-100 (huruf g-j boleh berupa syarat).",
    ),
    Kolom("Keterangan", "keterangan", False, 24, "Catatan tambahan."),
)


def kunci_judul(teks: str) -> str:
    """Header text folded for matching: case- and space-insensitive."""
    return "".join(teks.split()).casefold()
