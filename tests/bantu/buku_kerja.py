"""Small workbooks made by the tests: the Operator's (built row by row, or the sample cut down)
and the Tim's review sheet filled in as a member would."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from pipeline.config import Config
from pipeline.workbook import KOLOM, periksa
from pipeline.workbook.contoh import baris_contoh
from pipeline.workbook.review import huruf_kolom

JUDUL = [k.judul for k in KOLOM]
"""The header row of sheet Informasi."""


def buku(
    path: Path, baris: list[list[Any]], judul: list[str] | None = None, lembar: str = "Informasi"
) -> Path:
    """A workbook at ``path`` with the header row ``judul`` (the contract's) and ``baris``."""
    wb = Workbook()
    ws = wb.active
    ws.title = lembar
    ws.append(judul or JUDUL)
    for b in baris:
        ws.append(b)
    wb.save(path)
    return path


def baris_sah(**ubah: Any) -> list[Any]:
    """The first sample item as a valid row, with the fields named in ``ubah`` changed."""
    nilai = dict(zip([k.medan for k in KOLOM], next(baris_contoh(1)), strict=True))
    nilai.update(ubah)
    return [nilai[k.medan] for k in KOLOM]


def pesan(path: Path, config: Config) -> list[tuple[int | None, str | None, str]]:
    """Each problem validation finds in the workbook: (row, column, message)."""
    return [(m.baris, m.kolom, m.pesan()) for m in periksa(path, config).masalah]


def ganti_xml(path: Path, anggota: str, lama: str, baru: str) -> Path:
    """Rewrite one XML member of an .xlsx (to store what openpyxl cannot, e.g. cached values)."""
    with zipfile.ZipFile(path) as z:
        isi = {i.filename: z.read(i.filename) for i in z.infolist()}
    teks = isi[anggota].decode("utf-8")
    assert lama in teks, teks
    isi[anggota] = teks.replace(lama, baru).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, data in isi.items():
            z.writestr(nama, data)
    return path


def validasi_per_kolom(path: Path) -> dict[str, object]:
    """Data validations of sheet Informasi, keyed by the column letter they start in."""
    ws = load_workbook(path)["Informasi"]
    return {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv
        for dv in ws.data_validations.dataValidation
    }


def buku_kerja_kecil(ruang: Path, jumlah: int) -> Path:
    """The sample workbook cut down to its first ``jumlah`` items."""
    berkas = ruang / "input" / "kecil.xlsx"
    wb = load_workbook(ruang / "input" / "informasi.xlsx")
    wb["Informasi"].delete_rows(jumlah + 2, 1000)
    wb.save(berkas)
    return berkas


KEPUTUSAN, CATATAN = huruf_kolom("Keputusan"), huruf_kolom("Catatan")  # of the review sheet


def isi_tinjauan(berkas: Path, keputusan: dict[int, tuple[str, str]]) -> None:
    """Fill the review sheet: item number -> (Keputusan, Catatan)."""
    wb = load_workbook(berkas)
    ws = wb["Tinjauan"]
    for baris in range(2, ws.max_row + 1):
        no = ws.cell(baris, 1).value
        if no in keputusan:
            ws[f"{KEPUTUSAN}{baris}"].value, ws[f"{CATATAN}{baris}"].value = keputusan[no]
    wb.save(berkas)


def isi_tinjauan_per_baris(
    berkas: Path, keputusan: dict[int, tuple[str | None, str | None]]
) -> None:
    """Fill the review sheet by row: row number -> (Keputusan, Catatan); None empties a cell."""
    wb = load_workbook(berkas)
    ws = wb["Tinjauan"]
    for baris, (k, catatan) in keputusan.items():
        ws[f"{KEPUTUSAN}{baris}"].value = k
        ws[f"{CATATAN}{baris}"].value = catatan
    wb.save(berkas)


def buku_dua_masalah(ruang: Path) -> Path:
    """Row 3: an unknown work unit (column D); row 4: Konsekuensi left empty (column H)."""
    return buku(
        ruang / "input" / "salah.xlsx",
        [
            baris_sah(),
            baris_sah(judul="B", unit_kerja="Bagian Rahasia"),
            baris_sah(judul="C", konsekuensi=None),
        ],
    )
