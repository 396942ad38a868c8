"""The visible signature: what the stamp shows, and the footer statement drawn into the pages.

The stamp shows the signer's jabatan, name, NIP and the signing time in WIB, beside a QR code
for the verification URL (``[penandatanganan] url_verifikasi``). ``{sha256}`` in that URL is the
SHA-256 of the document exactly as it was handed to the signer (initialled, with the footer):
the final file's hash cannot be printed inside the file it is part of, whereas the signed PDF
begins with precisely those bytes (the signature is an incremental update), so anyone can cut
the file at that length and compare, and later B-LT/B-LTA upgrades do not change it.
"""

from __future__ import annotations

import io
import textwrap
from datetime import datetime
from functools import cache
from pathlib import Path

from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.stamp import QRPosition, QRStampStyle, TextStampStyle
from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.atomic import tulis_atomik
from pipeline.fonts import cari_font
from pipeline.hashing import sha256_berkas
from pipeline.legal.tanggal import format_tanggal
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.signing.huruf import PabrikHurufCepat

FONT_KAKI = "SidikKaki"
LEBAR_JABATAN = 44  # characters per line of the jabatan in the stamp
TEKS = "%(judul)s\n%(jabatan)s\n%(nama)s\nNIP. %(nip)s\n%(waktu)s"


def gaya_stempel(dengan_qr: bool) -> TextStampStyle:
    """The stamp style: Noto Sans (full Latin coverage, 1000 units/em), with or without QR."""
    teks = TextBoxStyle(font=PabrikHurufCepat(str(cari_font("stempel"))), font_size=7)
    if dengan_qr:
        return QRStampStyle(
            stamp_text=TEKS,
            text_box_style=teks,
            border_width=0,
            background=None,
            qr_position=QRPosition.LEFT_OF_TEXT,
            innsep=2,
        )
    return TextStampStyle(stamp_text=TEKS, text_box_style=teks, border_width=0, background=None)


def parameter_stempel(atasan: Pejabat, waktu: datetime, tautan: str) -> dict[str, str]:
    """The values filled into the stamp text (and the QR's ``url`` when there is one)."""
    nilai = {
        "judul": terjemah("ttd.teks_tampilan", "id"),
        "jabatan": "\n".join(textwrap.wrap(atasan.jabatan, LEBAR_JABATAN)),
        "nama": atasan.nama,
        "nip": atasan.nip,
        "waktu": f"{format_tanggal(waktu.date())} {waktu:%H:%M:%S} WIB",
    }
    return {**nilai, "url": tautan} if tautan else nilai


def tautan_verifikasi(pola: str, siap: Path) -> str:
    """The verification URL for the prepared (not yet signed) PDF ``siap``; empty if none."""
    if not pola:
        return ""
    return pola.format(sha256=sha256_berkas(siap), berkas=siap.name)


def bubuhkan_kaki(sumber: Path, tujuan: Path, teks: str) -> None:
    """Copy ``sumber`` to ``tujuan`` with the e-signature statement at the foot of every page."""
    penulis = PdfWriter(clone_from=PdfReader(sumber))
    if teks:
        for halaman in penulis.pages:
            lebar, tinggi = float(halaman.mediabox.width), float(halaman.mediabox.height)
            halaman.merge_page(_lapisan_kaki(lebar, tinggi, teks))
    tulis_atomik(tujuan, penulis.write)


@cache
def _lapisan_kaki(lebar: float, tinggi: float, teks: str):  # type: ignore[no-untyped-def]
    _daftarkan_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(lebar, tinggi), pageCompression=1, initialFontName=FONT_KAKI)
    c.setFont(FONT_KAKI, 6.5)
    baris = textwrap.wrap(teks, 120)[:2]
    for i, b in enumerate(baris):
        c.drawCentredString(lebar / 2 - 20, 58 - i * 8, b)
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


@cache
def _daftarkan_font() -> None:
    pdfmetrics.registerFont(TTFont(FONT_KAKI, str(cari_font("miring"))))
