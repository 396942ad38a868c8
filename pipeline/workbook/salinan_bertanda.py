"""``sidik validate --report``: a copy of the workbook with every problem cell marked.

Bad cells are filled (red for errors, yellow for warnings) and carry a comment with the
message; a ``Masalah`` sheet lists every problem as a table. The copy is neutralised with
:func:`~pipeline.workbook.aman.sel_aman`: formulas in it appear as text and never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.formula import ArrayFormula
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.atomic import tulis_atomik
from pipeline.berkas import periksa_tujuan
from pipeline.config import Config
from pipeline.errors import InputInvalid, Masalah
from pipeline.messages import terjemah
from pipeline.workbook.aman import sel_aman
from pipeline.workbook.baca import periksa
from pipeline.workbook.berkas import GALAT_URAI, diam_openpyxl, periksa_berkas
from pipeline.workbook.kontrak import LEMBAR_INFORMASI, bentuk_judul
from pipeline.workbook.lembar import atur_cetak
from pipeline.workbook.pembaca import HasilBaca
from pipeline.workbook.penanda import JENIS_LAPORAN_VALIDASI, milik_sidik, tandai

WARNA_GALAT = PatternFill("solid", fgColor="FFC7CE")
WARNA_PERINGATAN = PatternFill("solid", fgColor="FFEB9C")
_HURUF_KOLOM = re.compile(r"[A-Z]{1,3}")


@dataclass(frozen=True)
class HasilValidasi:
    """What ``sidik validate`` found, and how many cells its report marked (if one was asked)."""

    hasil: HasilBaca
    laporan: Path | None = None
    ditandai: int = 0


def validasi(berkas: Path, config: Config, laporan: Path | None = None) -> HasilValidasi:
    """Check ``berkas``; with ``laporan``, also write the marked copy there."""
    if laporan is not None and laporan.resolve() == berkas.resolve():
        raise InputInvalid("workbook.laporan_menimpa_masukan", berkas=str(laporan))
    if laporan is not None:
        periksa_tujuan(laporan, milik_sidik(JENIS_LAPORAN_VALIDASI), config.jalur.arsip)
    hasil = periksa(berkas, config)
    if laporan is None:
        return HasilValidasi(hasil)
    return HasilValidasi(hasil, laporan, tulis_laporan(hasil, laporan))


def tulis_laporan(hasil: HasilBaca, tujuan: Path) -> int:
    """Write the marked, neutralised copy of ``hasil.berkas``; return the cells marked."""
    wb = _salinan(hasil.berkas)
    ditandai = 0
    if LEMBAR_INFORMASI in wb.sheetnames:
        ditandai = _tandai(wb[LEMBAR_INFORMASI], hasil.masalah)
    for ws in wb.worksheets:
        _netralkan(ws)
    _lembar_masalah(wb.create_sheet(terjemah("workbook.laporan_lembar"), 0), hasil.masalah)
    wb.active = 0
    tulis_atomik(tujuan, tandai(wb, JENIS_LAPORAN_VALIDASI).save)
    return ditandai


def _salinan(berkas: Path) -> Workbook:
    """The workbook itself if it can be opened, else an empty one (the table says why)."""
    if periksa_berkas(berkas) is None:
        try:
            with diam_openpyxl():
                return load_workbook(berkas)
        except GALAT_URAI:
            pass
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def _tandai(ws: Worksheet, masalah: list[Masalah]) -> int:
    judul = {bentuk_judul(str(c.value)): c.column for c in ws[1] if c.value is not None}
    sel_ditandai: set[str] = set()
    for m in sorted(masalah, key=lambda m: not m.peringatan):  # errors last: red wins
        if m.baris is None:
            continue
        sel = ws.cell(m.baris, _kolom_ke(m.kolom, judul))
        sel.fill = WARNA_PERINGATAN if m.peringatan else WARNA_GALAT
        teks = m.pesan()
        if sel.comment is not None:
            teks = f"{sel.comment.text}\n\n{teks}"
        sel.comment = Comment(teks, terjemah("workbook.laporan_penulis"), width=300, height=120)
        sel_ditandai.add(sel.coordinate)
    return len(sel_ditandai)


def _kolom_ke(kolom: str | None, judul: dict[str, int]) -> int:
    """Column number of a problem: by header name, by letter, else column A."""
    if kolom is None:
        return 1
    if bentuk_judul(kolom) in judul:
        return judul[bentuk_judul(kolom)]
    return column_index_from_string(kolom) if _HURUF_KOLOM.fullmatch(kolom) else 1


def _netralkan(ws: Worksheet) -> None:
    for baris in ws.iter_rows():
        for sel in baris:
            if isinstance(sel.value, ArrayFormula):
                sel_aman(sel, sel.value.text or "")
            elif isinstance(sel.value, str):
                sel_aman(sel, sel.value)


def _lembar_masalah(ws: Worksheet, masalah: list[Masalah]) -> None:
    ids = ("berkas", "lembar", "baris", "kolom", "nilai", "jenis", "masalah", "sel")
    for i, id_ in enumerate(ids, start=1):
        sel_aman(ws.cell(1, i), terjemah(f"kolom.{id_}")).font = Font(bold=True)
    for n, m in enumerate(masalah, start=2):
        jenis = terjemah("workbook.jenis_peringatan" if m.peringatan else "workbook.jenis_galat")
        nilai = (m.berkas, m.lembar, m.baris, m.kolom, m.nilai, jenis, m.pesan(), m.sel())
        for i, isi in enumerate(nilai, start=1):
            sel_aman(ws.cell(n, i), isi).fill = WARNA_PERINGATAN if m.peringatan else WARNA_GALAT
    for huruf, lebar in zip("ABCDEFGH", (30, 12, 8, 18, 30, 12, 90, 8), strict=True):
        ws.column_dimensions[huruf].width = lebar
    ws.freeze_panes = "A2"
    atur_cetak(ws, "1:1")
