"""The mark sidik leaves in a workbook it wrote, so that only an unchanged one is ever replaced.

A workbook sidik writes (review sheet, validation report, sample) carries in its document
properties ``sidik:<kind>:<fingerprint>``, the fingerprint being the SHA-256 of every cell's
value. A workbook is sidik's own regenerable output of a kind when it carries that kind and its
cells still give the same fingerprint: a review sheet the Tim Pertimbangan filled in, or a
report someone corrected, no longer does, and sidik refuses to write over it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from pipeline.workbook.berkas import GALAT_URAI, diam_openpyxl

_AWALAN = "sidik"
JENIS_TINJAUAN = "lembar-tinjauan"
JENIS_LAPORAN_VALIDASI = "laporan-validasi"
JENIS_CONTOH = "buku-kerja-contoh"


def tandai(wb: Workbook, jenis: str) -> Workbook:
    """Mark ``wb`` (about to be saved) as sidik's ``jenis`` output with its cells' fingerprint."""
    wb.properties.identifier = f"{_AWALAN}:{jenis}:{sidik_jari(wb)}"
    return wb


def milik_sidik(jenis: str) -> Callable[[Path], bool]:
    """A test: is this file a workbook sidik wrote as ``jenis``, unchanged since?"""
    return partial(_tanpa_perubahan, jenis=jenis)


def ditulis_sidik(path: Path, jenis: str) -> bool:
    """Whether ``path`` is a workbook sidik wrote as ``jenis``, changed since or not (a filled
    review sheet is one): to say why it is not written over."""
    try:
        with diam_openpyxl():
            wb = load_workbook(path, read_only=True)
    except GALAT_URAI:
        return False
    try:
        return (wb.properties.identifier or "").split(":")[:2] == [_AWALAN, jenis]
    finally:
        wb.close()


def _tanpa_perubahan(path: Path, jenis: str) -> bool:
    try:
        with diam_openpyxl():
            wb = load_workbook(path, read_only=True)
    except GALAT_URAI:  # not a workbook at all (sidik.toml, the ledger): not sidik's of this kind
        return False
    try:
        tanda = (wb.properties.identifier or "").split(":")
        return tanda[:2] == [_AWALAN, jenis] and tanda[2:] == [sidik_jari(wb)]
    finally:
        wb.close()


def sidik_jari(wb: Workbook) -> str:
    """SHA-256 over every sheet's name and non-empty rows (empty cells and rows ignored)."""
    h = hashlib.sha256()
    for ws in wb.worksheets:
        h.update(f"\x1d{ws.title}".encode())
        for nomor, baris in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            h.update(_baris(nomor, baris).encode())
    return h.hexdigest()


def _baris(nomor: int, baris: Iterable[Any]) -> str:
    nilai = [_teks(v) for v in baris]
    while nilai and not nilai[-1]:
        nilai.pop()
    return f"\x1e{nomor}\x1f" + "\x1f".join(nilai) if nilai else ""


def _teks(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return f"b{v}"
    if isinstance(v, int | float):
        return f"n{float(v)!r}"
    if isinstance(v, datetime | date | time):
        return f"t{v.isoformat()[:19]}"
    return f"s{v}" if v != "" else ""
