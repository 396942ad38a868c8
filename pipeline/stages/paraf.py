"""Stage paraf: the PPID Pelaksana's initials drawn into the content of every page.

The mark is real page content (not an annotation) with an embedded TrueType font, placed at
the bottom right of each page, so that it is part of what the Atasan PPID later signs.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.atomic import tulis_atomik
from pipeline.config import Config
from pipeline.fonts import cari_font
from pipeline.model import Dokumen, Pejabat, Siklus

FONT = "SidikParaf"
LEBAR, TINGGI, TEPI = 56.0, 26.0, 28.0  # points: mark box, margin from page edge


def paraf(dokumen: Sequence[Dokumen], siklus: Siklus, config: Config) -> list[Dokumen]:
    """Stamp the checking official's paraf on every page of each PDF into ``paraf/``."""
    folder = siklus.folder_kerja / "paraf"
    hasil = []
    for dok in dokumen:
        pemeriksa = config.pemeriksa(dok.unit_kerja)
        tujuan = folder / dok.path.name
        bubuhkan_paraf(dok.path, tujuan, pemeriksa)
        hasil.append(replace(dok, path=tujuan))
    return hasil


def bubuhkan_paraf(sumber: Path, tujuan: Path, pejabat: Pejabat) -> None:
    """Copy ``sumber`` to ``tujuan`` with ``pejabat``'s initials bottom right on each page."""
    pembaca = PdfReader(sumber)
    penulis = PdfWriter(clone_from=pembaca)
    for halaman in penulis.pages:
        lebar, tinggi = float(halaman.mediabox.width), float(halaman.mediabox.height)
        halaman.merge_page(_lapisan(lebar, tinggi, inisial(pejabat)))
    tulis_atomik(tujuan, penulis.write)


def inisial(pejabat: Pejabat) -> str:
    """The official's paraf initials: configured, or built from the name without titles."""
    if pejabat.paraf:
        return pejabat.paraf
    nama = pejabat.nama.split(",")[0]
    kata = [k for k in nama.split() if not k.endswith(".")]
    return "".join(k[0] for k in kata).upper() or "?"


@cache
def _lapisan(lebar: float, tinggi: float, teks: str):  # type: ignore[no-untyped-def]
    """A one-page PDF of the page's size holding only the paraf mark (cached per size/text)."""
    _daftarkan_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(lebar, tinggi), pageCompression=1, initialFontName=FONT)
    x, y = lebar - TEPI - LEBAR, TEPI * 0.6
    c.setLineWidth(0.6)
    c.roundRect(x, y, LEBAR, TINGGI, 4, stroke=1, fill=0)
    c.setFont(FONT, 6)
    c.drawString(x + 3, y + TINGGI - 7, "Paraf")
    c.setFont(FONT, 11)
    c.drawCentredString(x + LEBAR / 2, y + 5, teks)
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


@cache
def _daftarkan_font() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(cari_font("miring"))))
