"""Cell values of the operator workbook: text normalisation and recognising wrong kinds of value.

Pure functions: no workbook, no problem list. The reader decides what each finding means.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any

from openpyxl.cell.cell import ERROR_CODES

# Spaces Excel users paste from the web or Word; the invisible ones are removed.
_SPASI = str.maketrans(
    {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": None, "\ufeff": None}
)
_ANGKA = re.compile(r"^[+-]?\d+(?:[.,]\d*)?(?:\s*(?:tahun|thn|th))?\.?$", re.IGNORECASE)
_JANGKA = re.compile(r"^(\d{1,3})(?:\s*(?:tahun|thn|th))?\.?$", re.IGNORECASE)
_BULAN = (
    "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    "january|february|march|may|june|july|august|october|december|"
    "jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|des|dec"
)
_TANGGAL = (
    re.compile(r"^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}$"),
    re.compile(r"^\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}$"),
    re.compile(rf"^\d{{1,2}}[\s.-]+(?:{_BULAN})[\s.-]+\d{{2,4}}$", re.IGNORECASE),
)
TANDA_TEMPLAT = ("{{", "{%", "{#")


def normalkan_teks(teks: str) -> str:
    """Non-breaking and invisible spaces folded, line ends unified, ends stripped."""
    return teks.translate(_SPASI).replace("\r\n", "\n").replace("\r", "\n").strip()


def kosong(nilai: Any) -> bool:
    """Whether a raw cell value counts as blank (None, or only spaces)."""
    return nilai is None or (isinstance(nilai, str) and not normalkan_teks(nilai))


def nilai_galat(nilai: Any) -> bool:
    """Whether ``nilai`` is an Excel error value such as ``#DIV/0!``."""
    return isinstance(nilai, str) and nilai in ERROR_CODES


def nilai_tanggal(nilai: Any) -> bool:
    """Whether the cell holds a date, time or duration instead of text or a number."""
    return isinstance(nilai, (datetime, date, time, timedelta))


def tampak_tanggal(teks: str) -> bool:
    """Whether typed text is just a date (``31/12/2030``, ``2030-12-31``, ``31 Desember 2030``)."""
    return any(pola.match(teks) for pola in _TANGGAL)


def tahun_jangka(teks: str) -> int | None:
    """The whole number of years in ``5`` or ``5 tahun``; None when it is not of that form."""
    cocok = _JANGKA.match(teks)
    return int(cocok.group(1)) if cocok else None


def tampak_angka(nilai: Any) -> bool:
    """Whether a cell holds a number: a numeric cell, or text such as ``2,5`` or ``-3 tahun``."""
    return isinstance(nilai, (int, float)) or bool(_ANGKA.match(sebagai_teks(nilai)))


def karakter_format(teks: str) -> tuple[int, str] | None:
    """The first invisible format character in ``teks`` and its position (from 1), if any.

    These are Unicode's category Cf: the bidirectional controls (U+202A–U+202E,
    U+2066–U+2069) that reorder how the text around them is shown, and the zero-width and
    invisible characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, soft hyphen...) that hide
    differences between two texts that look the same.
    """
    return next(((i, c) for i, c in enumerate(teks, 1) if unicodedata.category(c) == "Cf"), None)


def nama_karakter(karakter: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: a character named so that a person can find it."""
    return f"U+{ord(karakter):04X} {unicodedata.name(karakter, 'FORMAT CHARACTER')}"


def tampakkan(teks: str) -> str:
    """``teks`` with every invisible format character written as ``<U+202E>``, for reports."""
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) == "Cf" else c for c in teks)


def tanda_templat(teks: str) -> str | None:
    """The first template marker (``{{``, ``{%``, ``{#``) found in ``teks``, if any."""
    return next((t for t in TANDA_TEMPLAT if t in teks), None)


def sebagai_teks(nilai: Any) -> str:
    """A cell value as the text the operator meant (``5.0`` -> ``5``)."""
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    return str(nilai).strip()
