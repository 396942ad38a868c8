"""The Tim Pertimbangan's review workbook (SOP step 3): written by sidik, filled, read back.

Sheet ``Tinjauan``: one row per item, headers in row 1. The team picks a Keputusan from the
drop-down (Dikecualikan / Dibuka / Perbaiki) and writes a Catatan, required for Dibuka and
Perbaiki. Each row carries the substance of the test (Konsekuensi, Pertimbangan) and a link to
the item's initialled Lembar; rows still waiting for a decision are highlighted, and a note left
by an earlier Perbaiki is shown apart (Catatan Sebelumnya) so it is never recorded again as the
reason. The hidden column ``Sidik Jari`` is the SHA-256 of the item as reviewed, so a decision
can never be applied to an item whose content changed after the sheet was written. Sheet
``Siklus`` names the cycle.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.atomic import tulis_atomik
from pipeline.errors import InputInvalid, Masalah, WorkbookInvalid
from pipeline.messages import terjemah
from pipeline.model import Keputusan
from pipeline.workbook.aman import sel_aman
from pipeline.workbook.lembar import atur_cetak
from pipeline.workbook.penanda import JENIS_TINJAUAN, tandai

LEMBAR_TINJAUAN = "Tinjauan"
LEMBAR_SIKLUS = "Siklus"
JUDUL = (
    ("No", 6),
    ("Judul Informasi", 36),
    ("Unit Kerja", 20),
    ("Dasar Hukum", 24),
    ("Jangka Waktu", 14),
    ("Konsekuensi", 48),
    ("Pertimbangan", 48),
    ("Dokumen", 12),
    ("Keputusan", 16),
    ("Catatan", 40),
    ("Catatan Sebelumnya", 30),
    ("Sidik Jari", 12),
)
WARNA_MENUNGGU = "FFF2CC"  # rows still waiting for a decision (light amber)
PILIHAN = {k.value: k for k in Keputusan}


def huruf_kolom(nama: str) -> str | None:
    """The letter of column ``nama`` in the review workbook as sidik writes it (A = No)."""
    urutan = [j for j, _ in JUDUL]
    return get_column_letter(urutan.index(nama) + 1) if nama in urutan else None


def _huruf(nama: str) -> str:
    huruf = huruf_kolom(nama)
    assert huruf is not None
    return huruf


_KOLOM_KEPUTUSAN, _KOLOM_SIDIK = _huruf("Keputusan"), _huruf("Sidik Jari")


@dataclass(frozen=True)
class BarisTinjauan:
    """One item as the team sees it in the review workbook."""

    no: int
    judul: str
    unit_kerja: str
    dasar_hukum: str
    jangka_waktu: str
    sidik_jari: str
    keputusan: Keputusan | None = None
    catatan: str = ""
    konsekuensi: str = ""
    pertimbangan: str = ""
    dokumen: str | None = None  # the initialled Lembar, relative to the review workbook
    catatan_lalu: str = ""  # the note of a Perbaiki the corrected item no longer carries


@dataclass(frozen=True)
class KeputusanItem:
    """One decision read back from a filled review workbook."""

    no: int
    sidik_jari: str
    keputusan: Keputusan
    catatan: str
    baris: int


@dataclass
class LembarTinjauan:
    """A filled review workbook: its cycle and the decisions it holds (blank rows skipped)."""

    berkas: Path
    siklus: str
    keputusan: list[KeputusanItem] = field(default_factory=list)
    masalah: list[Masalah] = field(default_factory=list)


def tulis_tinjauan(tujuan: Path, siklus: str, baris: list[BarisTinjauan]) -> Path:
    """Write the review workbook for ``siklus`` to ``tujuan`` (atomically)."""
    wb = Workbook()
    ws = wb.active
    ws.title = LEMBAR_TINJAUAN
    ws.append([j for j, _ in JUDUL])
    for r, b in enumerate(baris, start=2):
        for c, nilai in enumerate(_isi(b), start=1):
            sel_aman(ws.cell(r, c), nilai)
        if b.dokumen is not None:
            _tautan(ws[f"{_huruf('Dokumen')}{r}"], b.dokumen)
    _tata_letak(ws, len(baris))
    info = wb.create_sheet(LEMBAR_SIKLUS)
    info.append(["Siklus", siklus])
    info.append(["Petunjuk", terjemah("tinjauan.petunjuk")])
    info.column_dimensions["B"].width = 100
    atur_cetak(ws, "1:1")
    atur_cetak(info)
    return tulis_atomik(tujuan, tandai(wb, JENIS_TINJAUAN).save)


def _isi(b: BarisTinjauan) -> tuple[object, ...]:
    keputusan = b.keputusan.value.capitalize() if b.keputusan else None
    dokumen = "PDF" if b.dokumen is not None else None
    return (
        b.no, b.judul, b.unit_kerja, b.dasar_hukum, b.jangka_waktu, b.konsekuensi,
        b.pertimbangan, dokumen, keputusan, b.catatan, b.catatan_lalu, b.sidik_jari,
    )  # fmt: skip


def _tautan(sel: Any, jalur: str) -> None:
    """A link to the initialled PDF, relative to the workbook (it opens where both are)."""
    sel.hyperlink = jalur
    sel.style = "Hyperlink"
    sel.value = terjemah("tinjauan.buka_pdf")


def _tata_letak(ws: Any, jumlah: int) -> None:
    for i, (_, lebar) in enumerate(JUDUL):
        ws.column_dimensions[get_column_letter(i + 1)].width = lebar
        ws.cell(1, i + 1).font = Font(bold=True)
        ws.cell(1, i + 1).fill = PatternFill("solid", fgColor="DDEBF7")
    ws.column_dimensions[_KOLOM_SIDIK].hidden = True
    ws.freeze_panes = "C2"
    for baris in ws.iter_rows(min_row=2):
        for sel in baris:
            sel.alignment = Alignment(wrap_text=True, vertical="top")
    pilihan = DataValidation(
        type="list",
        formula1='"Dikecualikan,Dibuka,Perbaiki"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=terjemah("workbook.dv.judul_galat", kolom="Keputusan"),
        error=terjemah("tinjauan.dv.galat"),
    )
    ws.add_data_validation(pilihan)
    akhir = max(2, jumlah + 1)
    pilihan.add(f"{_KOLOM_KEPUTUSAN}2:{_KOLOM_KEPUTUSAN}{akhir}")
    menunggu = FormulaRule(
        formula=[f"LEN(TRIM(${_KOLOM_KEPUTUSAN}2))=0"],
        fill=PatternFill("solid", fgColor=WARNA_MENUNGGU, bgColor=WARNA_MENUNGGU),
    )
    ws.conditional_formatting.add(f"A2:{get_column_letter(len(JUDUL))}{akhir}", menunggu)
    ws.print_area = f"A1:{_huruf('Catatan Sebelumnya')}{akhir}"


def baca_tinjauan(berkas: Path) -> LembarTinjauan:
    """Read a filled review workbook; problems are collected with their row and column."""
    if not berkas.is_file():
        raise InputInvalid("berkas.tidak_ada", berkas=str(berkas))
    try:
        wb = load_workbook(berkas, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as e:
        raise InputInvalid("tinjauan.bukan_xlsx", berkas=str(berkas), sebab=str(e)) from e
    try:  # read_only keeps the file open until closed, on every path
        return _baca_tinjauan(wb, berkas)
    finally:
        wb.close()


def _baca_tinjauan(wb: Any, berkas: Path) -> LembarTinjauan:
    if LEMBAR_TINJAUAN not in wb.sheetnames:
        raise InputInvalid("tinjauan.lembar_tidak_ada", berkas=str(berkas), lembar=LEMBAR_TINJAUAN)
    hasil = LembarTinjauan(berkas, _siklus(wb))
    baris = wb[LEMBAR_TINJAUAN].iter_rows(min_row=1, values_only=True)
    judul = [_teks(v).casefold() for v in next(baris, ())]
    kolom = {j.casefold(): judul.index(j.casefold()) for j, _ in JUDUL if j.casefold() in judul}
    for nama in ("No", "Keputusan", "Catatan", "Sidik Jari"):
        if nama.casefold() not in kolom:
            raise InputInvalid("tinjauan.kolom_tidak_ada", berkas=str(berkas), kolom=nama)
    for nomor, sel in enumerate(baris, start=2):
        _baca_baris(hasil, nomor, {j: sel[i] if i < len(sel) else None for j, i in kolom.items()})
    return hasil


def galat_tinjauan(lembar: LembarTinjauan) -> WorkbookInvalid:
    """The error listing every problem of a review workbook (no decision is recorded)."""
    galat = WorkbookInvalid(str(lembar.berkas), lembar.masalah)
    galat.message_id = "tinjauan.tidak_sah"
    return galat


def _siklus(wb: Any) -> str:
    if LEMBAR_SIKLUS not in wb.sheetnames:
        return ""
    for baris in wb[LEMBAR_SIKLUS].iter_rows(values_only=True):
        if baris and _teks(baris[0]) == "Siklus" and len(baris) > 1:
            return _teks(baris[1])
    return ""


def _baca_baris(hasil: LembarTinjauan, nomor: int, sel: dict[str, Any]) -> None:
    teks_keputusan = _teks(sel["keputusan"]).casefold()
    if not teks_keputusan:
        return
    catatan = _teks(sel["catatan"])
    keputusan = PILIHAN.get(teks_keputusan)
    no = sel["no"]
    if keputusan is None:
        _masalah(hasil, nomor, "Keputusan", "tinjauan.keputusan_salah", teks_keputusan)
    elif keputusan is not Keputusan.DIKECUALIKAN and not catatan:
        _masalah(hasil, nomor, "Catatan", "tinjauan.catatan_wajib", keputusan=keputusan.value)
    elif not isinstance(no, int | float) or int(no) != no:
        _masalah(hasil, nomor, "No", "tinjauan.no_salah", _teks(no))
    else:
        hasil.keputusan.append(
            KeputusanItem(int(no), _teks(sel["sidik jari"]), keputusan, catatan, nomor)
        )


def _masalah(
    hasil: LembarTinjauan, baris: int, kolom: str, pesan: str, nilai: str | None = None, **p: Any
) -> None:
    hasil.masalah.append(
        Masalah(
            str(hasil.berkas),
            pesan,
            LEMBAR_TINJAUAN,
            baris,
            kolom,
            nilai,
            params=p,
            huruf=huruf_kolom(kolom),
        )
    )


def _teks(nilai: Any) -> str:
    if nilai is None:
        return ""
    return str(nilai).strip()
