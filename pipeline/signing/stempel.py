"""The visible signature: what the stamp shows.

The stamp shows the signer's jabatan, name, NIP and the signing time in the office's zone (WIB, WITA
or WIT), beside a QR code for the verification URL (``[penandatanganan] url_verifikasi``).
``{sha256}`` in that URL is the SHA-256 of the document exactly as it was handed to the signer
(initialled, with the footer): the final file's hash cannot be printed inside the file it is part
of, whereas the signed PDF begins with precisely those bytes (the signature is an incremental
update), so anyone can cut the file at that length and compare, and later B-LT/B-LTA upgrades do not
change it.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path
from typing import Any

import qrcode
from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.qr import PdfStreamQRImage
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter, init_xobject_dictionary
from pyhanko.stamp import QRPosition, QRStamp, QRStampStyle, TextStampStyle

from pipeline.fonts import cari_font
from pipeline.hashing import sha256_berkas
from pipeline.legal.tanggal import format_tanggal
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.signing.fon import PabrikHurufCepat, aksara, potongan_fon
from pipeline.zona import di_kantor, nama_zona

LEBAR_JABATAN = 44  # characters per line of the jabatan in the stamp
LEBAR_SEMPIT = 24  # characters per line of the title in a narrow stamp (a table cell)
MASKER_QR = 0  # the QR mask pattern (any of 0-7 is a valid code)
TEKS = "%(judul)s\n%(jabatan)s\n%(nama)s\nNIP. %(nip)s\n%(waktu)s"
TEKS_RINGKAS = "%(judul_sempit)s\n%(nama)s\nNIP. %(nip)s\n%(waktu)s"
"""A participant's stamp in a table cell, beside the column that already names their jabatan."""


def gaya_stempel(dengan_qr: bool, teks: str = "", pola: str = TEKS) -> TextStampStyle:
    """The stamp style: Noto Sans (full Latin coverage, 1000 units/em), with or without QR.

    ``teks`` is the stamp's text as it will be drawn; it picks the prepared font cut (see
    :mod:`pipeline.signing.fon`). ``pola`` is that text's pattern (:data:`TEKS` or
    :data:`TEKS_RINGKAS`).
    """
    kotak_teks = TextBoxStyle(
        font=PabrikHurufCepat(str(cari_font("stempel")), teks=teks), font_size=7
    )
    if dengan_qr:
        return GayaQr(
            stamp_text=pola,
            text_box_style=kotak_teks,
            border_width=0,
            background=None,
            qr_position=QRPosition.LEFT_OF_TEXT,
            innsep=2,
        )
    return TextStampStyle(
        stamp_text=pola, text_box_style=kotak_teks, border_width=0, background=None
    )


class GayaQr(QRStampStyle):
    """pyhanko's QR stamp style, drawing the QR code with a fixed mask pattern.

    A QR encoder tries all eight mask patterns and scores each to pick the one easiest to scan;
    in pure Python that was a sixth of a signature's time. Every mask gives a valid code that
    any reader decodes, so one is used for all.
    """

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> QRStamp:
        """The stamp for one signature (``text_params['url']`` is what the QR code carries)."""
        try:
            url = text_params.pop("url")
        except KeyError as e:
            raise layout.LayoutError("A QR stamp needs the 'url' text parameter.") from e
        return _StempelQr(writer, style=self, url=url, text_params=text_params, box=box)


class _StempelQr(QRStamp):
    def _qr_xobject(self):  # type: ignore[no-untyped-def]
        kode = qrcode.QRCode(
            error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=MASKER_QR
        )
        kode.add_data(self.url)
        kode.make()
        gambar = kode.make_image(image_factory=PdfStreamQRImage)
        sisi = (kode.modules_count + 2 * kode.border) * kode.box_size
        xobj = init_xobject_dictionary(gambar.render_command_stream(), sisi, sisi)
        xobj.compress()
        assert self.writer is not None  # pyhanko gives every stamp its writer
        return self.writer.add_object(xobj), sisi


def siapkan_stempel(pejabat: Pejabat, waktu: datetime, pola: str = TEKS) -> None:
    """Cut the stamp font for ``pejabat``'s stamp text of pattern ``pola`` (:data:`TEKS`, a
    participant's :data:`TEKS_RINGKAS`) now: forked workers then inherit the cut."""
    teks = pola % parameter_stempel(pejabat, waktu, "")
    potongan_fon(str(cari_font("stempel")), aksara(teks))


def parameter_stempel(atasan: Pejabat, waktu: datetime, tautan: str) -> dict[str, str]:
    """The values filled into the stamp text (and the QR's ``url`` when there is one)."""
    judul = terjemah("ttd.teks_tampilan", "id")
    nilai = {
        "judul": judul,
        "judul_sempit": "\n".join(textwrap.wrap(judul, LEBAR_SEMPIT)),
        "jabatan": "\n".join(textwrap.wrap(atasan.jabatan, LEBAR_JABATAN)),
        "nama": atasan.nama,
        "nip": atasan.nip,
        "waktu": waktu_stempel(waktu),
    }
    return {**nilai, "url": tautan} if tautan else nilai


def waktu_stempel(waktu: datetime) -> str:
    """``waktu`` as the stamp writes it, on the office's clock: ``6 Desember 2026 03:17:40 WIB``."""
    w = di_kantor(waktu)
    return f"{format_tanggal(w.date())} {w:%H:%M:%S} {nama_zona()}"


def tautan_verifikasi(pola: str, siap: Path) -> str:
    """The verification URL for the prepared (not yet signed) PDF ``siap``; empty if none."""
    if not pola:
        return ""
    return pola.format(sha256=sha256_berkas(siap), berkas=siap.name)
