"""The input contract of the operator workbook (sheet ``Informasi``), stable for users."""

from __future__ import annotations

from dataclasses import dataclass

LEMBAR_INFORMASI = "Informasi"
LEMBAR_PETUNJUK = "Petunjuk"
LEMBAR_REFERENSI = "Referensi"
LEMBAR_ATURAN = "Aturan"  # hidden: the lists the Excel rules look values up in
MAKS_JUDUL = 300
MAKS_TEKS = 5000
MAKS_BARIS = 10_000  # information rows read (rows 2 .. MAKS_BARIS + 1); more is an error
MAKS_UKURAN_TERURAI = 100 * 1024 * 1024  # a larger uncompressed .xlsx is refused (zip bomb)
MAKS_TAHUN = 100


@dataclass(frozen=True)
class Kolom:
    """One column of the ``Informasi`` sheet: header, record field, required, display width.

    The widths add up to what prints readably on one landscape A4 page width.

    Its input hint is the message ``workbook.kolom_petunjuk.<medan>``.
    """

    judul: str
    medan: str
    wajib: bool
    lebar: int

    @property
    def petunjuk_id(self) -> str:
        """The message id of this column's input hint."""
        return f"workbook.kolom_petunjuk.{self.medan}"


KOLOM: tuple[Kolom, ...] = (
    Kolom("No", "no", False, 5),
    Kolom("Judul Informasi", "judul", True, 30),
    Kolom("Uraian", "uraian", False, 28),
    Kolom("Unit Kerja", "unit_kerja", True, 20),
    Kolom("Pasal 17 Huruf", "pasal17_huruf", True, 8),
    Kolom("Angka", "pasal17_angka", False, 8),
    Kolom("Dasar Hukum Lain", "dasar_hukum_lain", False, 24),
    Kolom("Konsekuensi", "konsekuensi", True, 32),
    Kolom("Pertimbangan", "pertimbangan", True, 32),
    Kolom("Jangka Waktu", "jangka_waktu", True, 12),
    Kolom("Keterangan", "keterangan", False, 16),
)


def kolom(medan: str) -> Kolom:
    """The column of record field ``medan``."""
    return next(k for k in KOLOM if k.medan == medan)


def bentuk_judul(teks: str) -> str:
    """Header text folded for matching: case- and space-insensitive."""
    return "".join(teks.split()).casefold()
