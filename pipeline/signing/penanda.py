"""The Signer seam and its PKCS#12 implementation (pyhanko, PAdES baseline B-B).

A signer's key is loaded once and reused for every document of the batch.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle

from pipeline.atomic import tulis_bytes_atomik
from pipeline.config import Penandatanganan
from pipeline.errors import InputInvalid, SigningFailed
from pipeline.fonts import cari_font
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.signing.tampilan import KotakTtd

NAMA_MEDAN = "TTE_Atasan_PPID"
ZONA = ZoneInfo("Asia/Jakarta")


class Penanda(Protocol):
    """Anything that can sign a PDF for the Atasan PPID."""

    sertifikat: asn1_x509.Certificate

    def tanda_tangani(self, sumber: Path, tujuan: Path, kotak: KotakTtd) -> datetime:
        """Sign ``sumber`` into ``tujuan`` with a visible stamp in ``kotak``; return the time."""
        ...


MintaSandi = Callable[[str], str]


def ambil_sandi(ttd: Penandatanganan, minta: MintaSandi | None) -> bytes:
    """The PKCS#12 passphrase: environment, then the dev passphrase file, then a prompt."""
    if os.environ.get(ttd.sandi_env):
        return os.environ[ttd.sandi_env].encode()
    if ttd.sandi_berkas is not None and ttd.sandi_berkas.is_file():
        return ttd.sandi_berkas.read_bytes().strip()
    if minta is not None:
        return minta(terjemah("ttd.sandi_prompt", berkas=str(ttd.pkcs12))).encode()
    raise SigningFailed("ttd.sandi_tidak_ada", env=ttd.sandi_env)


class PenandaPkcs12:
    """Signs with a key from a PKCS#12 file, loaded once."""

    def __init__(
        self, ttd: Penandatanganan, atasan: Pejabat, minta_sandi: MintaSandi | None = None
    ) -> None:
        if not ttd.pkcs12.is_file():
            raise InputInvalid("berkas.tidak_ada", berkas=str(ttd.pkcs12))
        try:
            self._signer = signers.SimpleSigner.load_pkcs12_data(
                ttd.pkcs12.read_bytes(), other_certs=[], passphrase=ambil_sandi(ttd, minta_sandi)
            )
        except ValueError as e:
            raise SigningFailed("ttd.sandi_salah", berkas=str(ttd.pkcs12)) from e
        self.sertifikat = self._signer.signing_cert
        self.ttd, self.atasan = ttd, atasan
        periksa_masa_berlaku(self.sertifikat, datetime.now(ZONA))
        self._gaya = TextStampStyle(
            stamp_text=terjemah("ttd.teks_tampilan", "id") + "\n%(nama)s\nNIP. %(nip)s\n%(waktu)s",
            text_box_style=TextBoxStyle(
                font=GlyphAccumulatorFactory(str(cari_font("stempel"))), font_size=8
            ),
            border_width=1,
            background=None,
        )

    def tanda_tangani(self, sumber: Path, tujuan: Path, kotak: KotakTtd) -> datetime:
        """Sign ``sumber`` (PAdES B-B) into ``tujuan`` atomically; return the signing time."""
        waktu = datetime.now(ZONA)
        meta = signers.PdfSignatureMetadata(
            field_name=NAMA_MEDAN,
            reason=self.ttd.alasan,
            location=self.ttd.lokasi or None,
            name=self.atasan.nama,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        pdf_signer = signers.PdfSigner(
            meta,
            signer=self._signer,
            stamp_style=self._gaya,
            new_field_spec=fields.SigFieldSpec(NAMA_MEDAN, on_page=kotak.halaman, box=kotak.kotak),
        )
        keluaran = io.BytesIO()
        try:
            with sumber.open("rb") as f:
                pdf_signer.sign_pdf(
                    IncrementalPdfFileWriter(f, strict=False),
                    output=keluaran,
                    appearance_text_params={
                        "nama": self.atasan.nama,
                        "nip": self.atasan.nip,
                        "waktu": waktu.strftime("%d-%m-%Y %H:%M:%S WIB"),
                    },
                )
        except (ValueError, OSError) as e:
            raise SigningFailed("ttd.gagal", berkas=str(sumber), sebab=str(e)) from e
        tulis_bytes_atomik(tujuan, keluaran.getvalue())
        return waktu


def periksa_masa_berlaku(sertifikat: asn1_x509.Certificate, waktu: datetime) -> None:
    """Refuse to sign with a certificate that is not valid at ``waktu``."""
    berlaku = sertifikat["tbs_certificate"]["validity"]
    mulai, akhir = berlaku["not_before"].native, berlaku["not_after"].native
    if not mulai <= waktu <= akhir:
        raise SigningFailed(
            "ttd.sertifikat_kedaluwarsa",
            subjek=sertifikat.subject.human_friendly,
            waktu=waktu.isoformat(timespec="seconds"),
            mulai=mulai.date(),
            akhir=akhir.date(),
        )
