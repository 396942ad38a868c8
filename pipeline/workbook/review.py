"""The Tim Pertimbangan's review workbook (SOP step 3): written by sidik, filled, read back.

Sheet ``Tinjauan``: one row per item, headers in row 1. The team picks a Keputusan from the
drop-down (Dikecualikan / Dibuka / Perbaiki) and writes a Catatan, required for Dibuka and
Perbaiki. The hidden column ``Sidik Jari`` is the SHA-256 of the item as reviewed, so a decision
can never be applied to an item whose content changed after the sheet was written. Sheet
``Siklus`` names the cycle.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
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
    ("Judul Informasi", 44),
    ("Unit Kerja", 26),
    ("Dasar Hukum", 30),
    ("Jangka Waktu", 16),
    ("Keputusan", 16),
    ("Catatan", 48),
    ("Sidik Jari", 12),
)
PILIHAN = {k.value: k for k in Keputusan}


def huruf_kolom(nama: str) -> str | None:
    """The letter of column ``nama`` in the review workbook as sidik writes it (A = No)."""
    urutan = [j for j, _ in JUDUL]
    return get_column_letter(urutan.index(nama) + 1) if nama in urutan else None


_KOLOM_KEPUTUSAN, _KOLOM_CATATAN, _KOLOM_SIDIK = "F", "G", "H"


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
        keputusan = b.keputusan.value.capitalize() if b.keputusan else None
        isi = (b.no, b.judul, b.unit_kerja, b.dasar_hukum, b.jangka_waktu, keputusan, b.catatan)
        for c, nilai in enumerate((*isi, b.sidik_jari), start=1):
            sel_aman(ws.cell(r, c), nilai)
    _tata_letak(ws, len(baris))
    info = wb.create_sheet(LEMBAR_SIKLUS)
    info.append(["Siklus", siklus])
    info.append(["Petunjuk", terjemah("tinjauan.petunjuk")])
    info.column_dimensions["B"].width = 100
    atur_cetak(ws, "1:1")
    atur_cetak(info)
    return tulis_atomik(tujuan, tandai(wb, JENIS_TINJAUAN).save)


def _tata_letak(ws: Any, jumlah: int) -> None:
    for i, (_, lebar) in enumerate(JUDUL):
        ws.column_dimensions[chr(ord("A") + i)].width = lebar
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
    pilihan.add(f"{_KOLOM_KEPUTUSAN}2:{_KOLOM_KEPUTUSAN}{max(2, jumlah + 1)}")


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
