"""``sidik workbook new``: an empty operator workbook that guides the operator cell by cell.

Sheet ``Informasi`` has the contract's headers (frozen), widths, an input hint on every column
and Excel data validation (:mod:`pipeline.workbook.lembar`); ``Petunjuk`` explains how to fill
it in; ``Referensi`` lists the Pasal 17 grounds and points (from :mod:`pipeline.legal.pasal17`)
and the work units of ``sidik.toml``, which the Unit Kerja drop-down offers.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.berkas import menulis, periksa_tujuan
from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.legal.pasal17 import daftar_huruf
from pipeline.messages import terjemah
from pipeline.model import UnitKerja
from pipeline.workbook.aman import sel_aman
from pipeline.workbook.kontrak import KOLOM, LEMBAR_INFORMASI, LEMBAR_PETUNJUK, LEMBAR_REFERENSI
from pipeline.workbook.lembar import BUNGKUS, siapkan_buku

_TEBAL = Font(bold=True)
PETUNJUK = tuple(f"workbook.petunjuk.{n}" for n in range(1, 8))  # the Petunjuk paragraphs


def tulis_baru(tujuan: Path, config: Config) -> Path:
    """Write a fresh operator workbook at ``tujuan``; never overwrite an existing file."""
    if tujuan.exists():
        raise InputInvalid("workbook.sudah_ada", berkas=str(tujuan))
    periksa_tujuan(tujuan, arsip=config.jalur.arsip)
    return tulis_tanpa_timpa(tujuan, buku_operator(config.unit_kerja).save)


def buku_operator(
    unit_kerja: Sequence[UnitKerja], baris: Iterable[Sequence[object]] = ()
) -> Workbook:
    """An operator workbook holding ``baris`` (in KOLOM's order), its sheets, rules and print setup.

    The one shape of every operator workbook sidik writes: new, sample and ``contoh.xlsx``.
    """
    wb = Workbook()
    informasi = wb.active
    informasi.title = LEMBAR_INFORMASI
    informasi.append([k.judul for k in KOLOM])
    for isi in baris:
        informasi.append(list(isi))
    for sel_baris in informasi.iter_rows(min_row=2):
        for sel in sel_baris:
            sel.alignment = BUNGKUS
    _lembar_referensi(wb.create_sheet(LEMBAR_REFERENSI), unit_kerja)
    _lembar_petunjuk(wb.create_sheet(LEMBAR_PETUNJUK, 1))
    siapkan_buku(wb, unit_kerja)
    return wb


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
    if baris > 1:  # a sheet's title in row 1 runs on into the empty cells beside it
        sel.alignment = BUNGKUS
    if tebal:
        sel.font = _TEBAL


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
    for huruf, lebar in zip("ABC", (90, 8, 80), strict=True):
        ws.column_dimensions[huruf].width = lebar


def _lembar_referensi(ws: Worksheet, unit_kerja: Sequence[UnitKerja]) -> None:
    """Pasal 17 in A:D, work units in F:G."""
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
    for n, unit in enumerate(unit_kerja, start=4):
        _isi(ws, n, 6, unit.kode)
        _isi(ws, n, 7, unit.nama)
    for huruf, lebar in zip("ABCDEFG", (8, 8, 80, 14, 4, 12, 50), strict=True):
        ws.column_dimensions[huruf].width = lebar
    ws.print_title_rows = "3:3"  # the table's headers, on each printed page
