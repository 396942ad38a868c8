"""``sidik workbook new``: an empty operator workbook that guides the operator cell by cell.

Sheet ``Informasi`` has the contract's headers (frozen), widths, an input hint on every column
and Excel data validation; ``Petunjuk`` explains how to fill it in; ``Referensi`` lists the
Pasal 17 grounds and points (from :mod:`pipeline.legal.pasal17`) and the work units of
``sidik.toml``, which the Unit Kerja drop-down refers to.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.berkas import menulis, periksa_tujuan
from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.legal.pasal17 import daftar_huruf
from pipeline.messages import terjemah
from pipeline.workbook.aman import sel_aman
from pipeline.workbook.kontrak import (
    KOLOM,
    LEMBAR_INFORMASI,
    LEMBAR_PETUNJUK,
    LEMBAR_REFERENSI,
    MAKS_BARIS,
    MAKS_JUDUL,
    MAKS_TAHUN,
    MAKS_TEKS,
    Kolom,
    kolom,
)

BARIS_AKHIR = MAKS_BARIS + 1
_TEBAL = Font(bold=True)
_ISI_JUDUL = PatternFill("solid", fgColor="DDDDDD")
_BUNGKUS = Alignment(wrap_text=True, vertical="top")
PETUNJUK = tuple(f"workbook.petunjuk.{n}" for n in range(1, 8))  # the Petunjuk paragraphs


def tulis_baru(tujuan: Path, config: Config) -> Path:
    """Write a fresh operator workbook at ``tujuan``; never overwrite an existing file."""
    if tujuan.exists():
        raise InputInvalid("workbook.sudah_ada", berkas=str(tujuan))
    periksa_tujuan(tujuan, arsip=config.jalur.arsip)
    wb = Workbook()
    informasi = wb.active
    informasi.title = LEMBAR_INFORMASI
    rentang_unit = _lembar_referensi(wb.create_sheet(LEMBAR_REFERENSI), config)
    _lembar_informasi(informasi, rentang_unit)
    _lembar_petunjuk(wb.create_sheet(LEMBAR_PETUNJUK, 1))
    return tulis_tanpa_timpa(tujuan, wb.save)


def tulis_tanpa_timpa(tujuan: Path, penulis: Callable[[Path], object]) -> Path:
    """Write via a temporary file, then link it to ``tujuan`` only if nothing is there yet."""
    with menulis(tujuan):
        return _tulis_tanpa_timpa(tujuan, penulis)


def _tulis_tanpa_timpa(tujuan: Path, penulis: Callable[[Path], object]) -> Path:
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    fd, nama = tempfile.mkstemp(prefix=f".{tujuan.name}.", suffix=".tmp", dir=tujuan.parent)
    os.close(fd)
    sementara = Path(nama)
    try:
        penulis(sementara)
        os.link(sementara, tujuan)  # atomic, and fails if the name appeared meanwhile
    except FileExistsError as e:
        raise InputInvalid("workbook.sudah_ada", berkas=str(tujuan)) from e
    finally:
        sementara.unlink(missing_ok=True)
    return tujuan


def _isi(ws: Worksheet, baris: int, kolom_ke: int, nilai: Any, tebal: bool = False) -> None:
    sel = sel_aman(ws.cell(baris, kolom_ke), nilai)
    sel.alignment = _BUNGKUS
    if tebal:
        sel.font = _TEBAL


def _lembar_informasi(ws: Worksheet, rentang_unit: str) -> None:
    for i, k in enumerate(KOLOM, start=1):
        _isi(ws, 1, i, k.judul, tebal=True)
        ws.cell(1, i).fill = _ISI_JUDUL
        ws.column_dimensions[get_column_letter(i)].width = k.lebar
    ws.freeze_panes = "A2"
    for k in KOLOM:
        ws.add_data_validation(_validasi(k, rentang_unit))


def _huruf_kolom(medan: str) -> str:
    return get_column_letter(KOLOM.index(kolom(medan)) + 1)


def _validasi(k: Kolom, rentang_unit: str) -> DataValidation:
    """The data validation and input hint of column ``k`` over rows 2 .. BARIS_AKHIR."""
    dv = _aturan(k, rentang_unit)
    dv.allow_blank = True  # required cells are checked by sidik validate, not by Excel
    dv.showInputMessage = dv.showErrorMessage = True
    dv.promptTitle, dv.prompt = k.judul, terjemah(k.petunjuk_id)
    dv.errorTitle, dv.error = terjemah("workbook.dv.judul_galat"), terjemah("workbook.dv.galat")
    huruf = _huruf_kolom(k.medan)
    dv.add(f"{huruf}2:{huruf}{BARIS_AKHIR}")
    return dv


def _aturan(k: Kolom, rentang_unit: str) -> DataValidation:
    if k.medan == "no":
        return DataValidation("whole", operator="greaterThanOrEqual", formula1="1")
    if k.medan == "unit_kerja":  # a unit's code is accepted too: warn, do not block
        return DataValidation("list", formula1=rentang_unit, errorStyle="warning")
    if k.medan == "pasal17_huruf":
        return DataValidation("list", formula1='"' + ",".join(h.kode for h in daftar_huruf()) + '"')
    if k.medan == "pasal17_angka":
        maks = max(max(h.angka, default=1) for h in daftar_huruf())
        return DataValidation("whole", operator="between", formula1="1", formula2=str(maks))
    if k.medan == "jangka_waktu":
        return DataValidation("custom", formula1=_rumus_jangka(), errorStyle="warning")
    batas = MAKS_JUDUL if k.medan == "judul" else MAKS_TEKS
    return DataValidation("textLength", operator="between", formula1="1", formula2=str(batas))


def _rumus_jangka() -> str:
    """Whole years 1–100, or any text when the row's letter allows a written condition."""
    j, e = f"{_huruf_kolom('jangka_waktu')}2", f"{_huruf_kolom('pasal17_huruf')}2"
    bebas = ",".join(f'{e}="{h.kode}"' for h in daftar_huruf() if not h.wajib_jangka_tahun)
    tahun = f"AND(ISNUMBER({j}),{j}=INT({j}),{j}>=1,{j}<={MAKS_TAHUN})"
    return f"OR({tahun},AND(ISTEXT({j}),OR({bebas})))"


def _ya(benar: bool) -> str:
    return terjemah("workbook.referensi.ya" if benar else "workbook.referensi.tidak")


def _lembar_petunjuk(ws: Worksheet) -> None:
    _isi(ws, 1, 1, terjemah("workbook.petunjuk.judul"), tebal=True)
    for baris, id_ in enumerate(PETUNJUK, start=3):
        _isi(ws, baris, 1, terjemah(id_))
    baris = 4 + len(PETUNJUK)
    _isi(ws, baris, 1, terjemah("workbook.petunjuk.kolom"), tebal=True)
    judul = (terjemah("kolom.kolom"), terjemah("workbook.petunjuk.wajib"))
    for i, teks in enumerate((*judul, terjemah("workbook.petunjuk.isi")), start=1):
        _isi(ws, baris + 1, i, teks, tebal=True)
    for n, k in enumerate(KOLOM, start=baris + 2):
        for i, teks in enumerate((k.judul, _ya(k.wajib), terjemah(k.petunjuk_id)), start=1):
            _isi(ws, n, i, teks)
    for huruf, lebar in zip("ABC", (110, 10, 90), strict=True):
        ws.column_dimensions[huruf].width = lebar


def _lembar_referensi(ws: Worksheet, config: Config) -> str:
    """Pasal 17 in A:D, work units in F:G; returns the range the Unit Kerja list uses."""
    _isi(ws, 1, 1, terjemah("workbook.referensi.judul"), tebal=True)
    ids = ("huruf", "angka", "uraian", "wajib_tahun")
    for i, id_ in enumerate(ids, start=1):
        _isi(ws, 3, i, terjemah(f"workbook.referensi.{id_}"), tebal=True)
    baris = 4
    for h in daftar_huruf():
        for i, nilai in enumerate((h.kode, None, h.uraian, _ya(h.wajib_jangka_tahun)), 1):
            _isi(ws, baris, i, nilai, tebal=True)
        for angka, teks in h.angka.items():
            baris += 1
            for i, isi in enumerate((h.kode, angka, teks), start=1):
                _isi(ws, baris, i, isi)
        baris += 1
    _isi(ws, 1, 6, terjemah("workbook.referensi.unit"), tebal=True)
    for i, id_ in enumerate(("kode", "nama"), start=6):
        _isi(ws, 3, i, terjemah(f"workbook.referensi.{id_}"), tebal=True)
    for n, unit in enumerate(config.unit_kerja, start=4):
        _isi(ws, n, 6, unit.kode)
        _isi(ws, n, 7, unit.nama)
    for huruf, lebar in zip("ABCDEFG", (8, 8, 80, 14, 4, 12, 50), strict=True):
        ws.column_dimensions[huruf].width = lebar
    return f"{LEMBAR_REFERENSI}!$G$4:$G${3 + len(config.unit_kerja)}"
