"""Read and validate the operator workbook; every problem is located by sheet, row, column."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import Config
from pipeline.errors import InputInvalid, Masalah, WorkbookInvalid
from pipeline.model import Item
from pipeline.progres import Hitung
from pipeline.workbook.berkas import BerkasRusak, buka_baca_saja, masalah_berkas, periksa_berkas
from pipeline.workbook.kontrak import LEMBAR_INFORMASI
from pipeline.workbook.pembaca import HasilBaca, Pembaca

__all__ = ["HasilBaca", "baca_items", "periksa"]


def baca_items(berkas: Path, config: Config, lapor: Hitung | None = None) -> list[Item]:
    """The items of a valid workbook; raise :class:`WorkbookInvalid` listing all problems."""
    hasil = periksa(berkas, config, lapor)
    if hasil.galat:
        raise WorkbookInvalid(str(berkas), hasil.masalah)
    return hasil.items


def periksa(berkas: Path, config: Config, lapor: Hitung | None = None) -> HasilBaca:
    """Validate ``berkas`` against the input contract without raising for its content.

    A file that is not a readable .xlsx yields exactly one problem naming what it is instead.
    ``lapor(rows read, rows expected)`` follows a long sheet.
    """
    if not berkas.is_file():
        raise InputInvalid("berkas.tidak_ada", berkas=str(berkas))
    hasil = HasilBaca(berkas)
    salah = periksa_berkas(berkas)
    if salah is not None:
        hasil.masalah.append(salah)
        return hasil
    try:
        _baca(berkas, config, hasil, lapor)
    except BerkasRusak as e:
        hasil.items.clear()
        hasil.masalah[:] = [masalah_berkas(berkas, "workbook.rusak", sebab=e.sebab)]
    return hasil


def _baca(berkas: Path, config: Config, hasil: HasilBaca, lapor: Hitung | None) -> None:
    wb = buka_baca_saja(berkas)
    try:
        if LEMBAR_INFORMASI not in wb.sheetnames:
            hasil.masalah.append(
                Masalah(
                    str(berkas),
                    "workbook.lembar_tidak_ada",
                    params={"lembar": LEMBAR_INFORMASI, "ada": ", ".join(wb.sheetnames)},
                )
            )
            return
        lembar = wb[LEMBAR_INFORMASI]
        baris = lembar.max_row  # the saved <dimension>: only to size the progress bar
        lembar.reset_dimensions()  # never trust the saved <dimension>: read every row there is
        Pembaca(berkas, config, hasil).baca(lembar, lapor, baris)
    finally:
        wb.close()
