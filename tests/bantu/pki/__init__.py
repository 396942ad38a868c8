"""Test PKI fixtures (registered from tests/conftest.py through ``pytest_plugins``).

Why certomancer's Animator: it is made by pyHanko's author for exactly this (pyHanko's own
tests use it), describes the whole PKI declaratively (CAs, TSA, OCSP, CRLs, revocation dates),
answers real RFC 3161/6960/5280 requests over HTTP, and is a plain WSGI app, so it runs in a
thread on 127.0.0.1 and can be stopped to prove that B-LT files validate offline.
"""

from __future__ import annotations

import base64
import io
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from certomancer.integrations.animator import Animator, AnimatorArchStore
from certomancer.registry import CertLabel, PKIArchitecture
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.fonts import cari_font
from tests.bantu.pki.ca import ARSITEKTUR, NAMA_ATASAN, konfigurasi
from tests.bantu.pki.layanan import Layanan

DETIK_SAMPAI_DICABUT = 12


@dataclass
class PkiUji:
    """The running test PKI: certificates, keys, and the loopback services."""

    folder: Path
    arsitektur: PKIArchitecture
    layanan: Layanan
    dicabut_nanti: datetime
    sebelum_dicabut: Path = Path()

    @property
    def tsa_url(self) -> str:
        """The RFC 3161 timestamp authority."""
        return f"{self.layanan.url}/{ARSITEKTUR}/tsa/tsa"

    def sertifikat(self, label: str) -> asn1_x509.Certificate:
        """A certificate of the test PKI."""
        return self.arsitektur.get_cert(CertLabel(label))

    @property
    def akar(self) -> Path:
        """The root CA as a PEM file."""
        path = self.folder / "root.pem"
        if not path.exists():
            path.write_bytes(_pem(self.sertifikat("root")))
        return path

    def p12(self, label: str, sandi: bytes, tujuan: Path) -> Path:
        """A PKCS#12 file of ``label``'s certificate, key and chain."""
        data = self.arsitektur.package_pkcs12(
            CertLabel(label), certs_to_embed=[CertLabel("interm")], password=sandi
        )
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        tujuan.write_bytes(data)
        return tujuan

    def p12_tanpa_sertifikat(self, label: str, sandi: bytes, tujuan: Path) -> Path:
        """A PKCS#12 file of ``label``'s key and the issuer's chain, without ``label``'s own
        certificate (as a careless export leaves it)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.serialization import pkcs12

        kunci = serialization.load_pem_private_key(
            (self.folder / "kunci" / f"{label}.key.pem").read_bytes(), None
        )
        interm = x509.load_der_x509_certificate(self.sertifikat("interm").dump())
        data = pkcs12.serialize_key_and_certificates(
            b"tanpa-sertifikat",
            kunci,  # type: ignore[arg-type]
            None,
            [interm],
            serialization.BestAvailableEncryption(sandi),
        )
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        tujuan.write_bytes(data)
        return tujuan

    def tunggu_pencabutan(self) -> None:
        """Sleep until the 'dicabut_nanti' certificate is revoked."""
        sisa = (self.dicabut_nanti - datetime.now(UTC)).total_seconds() + 1.5
        if sisa > 0:
            time.sleep(sisa)


def _pem(sertifikat: asn1_x509.Certificate) -> bytes:
    from asn1crypto import pem

    return pem.armor("CERTIFICATE", sertifikat.dump())


@pytest.fixture(scope="session")
def pki_uji(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PkiUji]:
    """Root + intermediate CA, TSA, OCSP and CRLs, served by certomancer on loopback."""
    folder = tmp_path_factory.mktemp("pki-uji")
    layanan = Layanan()
    dicabut_nanti = datetime.now(UTC).replace(microsecond=0) + timedelta(
        seconds=DETIK_SAMPAI_DICABUT
    )
    config = konfigurasi(folder, layanan.url, dicabut_nanti)
    layanan.app = ocsp_untuk_nss(Animator(AnimatorArchStore(config.pki_archs), with_web_ui=False))
    pki = PkiUji(folder, config.get_pki_arch(ARSITEKTUR), layanan, dicabut_nanti)
    pki.sebelum_dicabut = _tandatangani_sebelum_dicabut(pki)
    yield pki
    layanan.henti()


def _tandatangani_sebelum_dicabut(pki: PkiUji) -> Path:
    """A B-LT file signed by 'dicabut_nanti' now, seconds before its certificate is revoked."""
    from pipeline.config import Penandatanganan
    from pipeline.model import Pejabat
    from pipeline.signing.dasar import OpsiTtd
    from pipeline.signing.pades import muat_akar
    from pipeline.signing.penanda import PenandaPkcs12
    from pipeline.signing.tampilan import cari_kotak_ttd

    ttd = Penandatanganan(
        "pkcs12",
        pki.p12("dicabut_nanti", b"s", pki.folder / "dn.p12"),
        "TIDAK_ADA",
        None,
        "uji",
        "",
        "",
        tsa_url=pki.tsa_url,
    )
    atasan = Pejabat(NAMA_ATASAN, "Kepala Dinas", "0" * 18)
    penanda = PenandaPkcs12(ttd, atasan, lambda _: "s", muat_akar([pki.akar]))
    sumber = pdf_surat(pki.folder / "sebelum-sumber.pdf")
    tujuan = pki.folder / "sebelum-dicabut.pdf"
    penanda.tanda_tangani(sumber, tujuan, cari_kotak_ttd(sumber, NAMA_ATASAN), OpsiTtd("B-LT"))
    return tujuan


def ocsp_untuk_nss(app):  # type: ignore[no-untyped-def]
    """Make certomancer's OCSP responder acceptable to NSS (poppler's pdfsig).

    - Answer OCSP requests sent with GET (RFC 6960 A.1), as NSS sends them; certomancer's
      Animator only routes POST.
    - Give the responder the current time in whole seconds (certomancer's time-override header).
      Left alone it puts ``datetime.now()`` with microseconds into producedAt, thisUpdate and
      nextUpdate, and NSS refuses a GeneralizedTime with fractional seconds (which RFC 5280
      4.1.2.5.2 forbids in certificates and CRLs): pdfsig then said "Unknown issue with
      Certificate or corrupted data." for every certificate, revoked or not.
    """

    def wsgi(environ, start_response):  # type: ignore[no-untyped-def]
        awal, ocsp, sisa = environ["PATH_INFO"].partition("/ocsp/")
        if not ocsp:
            return app(environ, start_response)
        label, _, data = sisa.partition("/")
        sekarang = datetime.now(UTC).replace(microsecond=0)
        environ = {**environ, "HTTP_X_CERTOMANCER_FAKE_TIME": sekarang.isoformat()}
        if environ["REQUEST_METHOD"] == "GET" and data:
            badan = base64.b64decode(urllib.parse.unquote(data))
            environ = {
                **environ,
                "REQUEST_METHOD": "POST",
                "PATH_INFO": f"{awal}/ocsp/{label}",
                "CONTENT_TYPE": "application/ocsp-request",
                "CONTENT_LENGTH": str(len(badan)),
                "wsgi.input": io.BytesIO(badan),
            }
        return app(environ, start_response)

    return wsgi


def pdf_surat(tujuan: Path, nama: str = NAMA_ATASAN, halaman: int = 2) -> Path:
    """A small letter with a signature block naming ``nama`` on its last page."""
    if "SidikUji" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("SidikUji", str(cari_font("biasa"))))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, initialFontName="SidikUji")
    for i in range(halaman):
        c.setFont("SidikUji", 11)
        c.drawString(72, 760, f"Surat uji — halaman {i + 1} (ĀāÉé ñ ‘kutip’)")
        if i == halaman - 1:
            c.drawString(300, 560, "Kepala Dinas selaku Atasan PPID")
            c.drawString(300, 460, nama)
            c.drawString(300, 446, "NIP. 000000000000000000")
        c.showPage()
    c.save()
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    tujuan.write_bytes(buf.getvalue())
    return tujuan


def ruang_uji(tujuan: Path, pki: PkiUji, *tambahan: str) -> Path:
    """A workspace signing with the test PKI's 'atasan' key; ``tambahan`` lines are appended
    to ``[penandatanganan]``. The other officials (the PPID Pelaksana who sign the paraf) keep
    their dev keys, whose root stays trusted beside the test PKI's."""
    from tests.bantu.ruang import buat_pki, percaya_juga_akar_dev, salin_ruang_kerja

    ruang = salin_ruang_kerja(tujuan)
    dev = ruang / "certs" / "dev"
    buat_pki(ruang)
    pki.p12("atasan", b"sandi-uji", dev / "atasan_ppid.p12")
    (dev / "atasan_ppid.sandi").write_text("sandi-uji\n")
    percaya_juga_akar_dev(pki.akar, ruang)
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    baris = "\n".join([f'tsa_url = "{pki.tsa_url}"', *tambahan])
    toml = toml.replace("[penandatanganan]\n", f"[penandatanganan]\n{baris}\n", 1)
    (ruang / "sidik.toml").write_text(toml, encoding="utf-8")
    return ruang
