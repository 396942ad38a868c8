"""A minimal in-memory PKI and signed test PDFs, made by the tests (never downloaded).

Enough for verifier tests that need no network: a root, a signer, an expired signer, and a
second root nobody trusts. Revocation, TSA and OCSP live in the signing tests' loopback PKI.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pypdf import PdfWriter


@dataclass(frozen=True)
class Kunci:
    """A key and its certificate, in both the cryptography and asn1crypto forms."""

    kunci: ec.EllipticCurvePrivateKey
    sertifikat: x509.Certificate

    @property
    def asn1(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(self.sertifikat.public_bytes(serialization.Encoding.DER))

    def pem(self, path: Path) -> Path:
        path.write_bytes(self.sertifikat.public_bytes(serialization.Encoding.PEM))
        return path


def _nama(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        ]
    )


def buat_akar(cn: str) -> Kunci:
    """A self-signed root CA."""
    kunci = ec.generate_private_key(ec.SECP256R1())
    sekarang = datetime.now(UTC)
    sert = (
        x509.CertificateBuilder()
        .subject_name(_nama(cn))
        .issuer_name(_nama(cn))
        .public_key(kunci.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(sekarang - timedelta(days=3650))
        .not_valid_after(sekarang + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(kunci, hashes.SHA256())
    )
    return Kunci(kunci, sert)


PENGGUNAAN_TTD = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
PENGGUNAAN_ENKRIPSI = x509.KeyUsage(False, False, True, False, False, False, False, False, False)
"""Key encipherment only: a certificate for encryption, not for signing."""


def buat_penanda(
    akar: Kunci,
    cn: str,
    *,
    mulai: timedelta = timedelta(days=-1),
    selama: timedelta = timedelta(days=365),
    penggunaan: x509.KeyUsage = PENGGUNAAN_TTD,
) -> Kunci:
    """A signing certificate issued by ``akar``, valid from now+mulai for ``selama``, with
    key usage ``penggunaan`` (digital signature and non-repudiation unless told)."""
    kunci = ec.generate_private_key(ec.SECP256R1())
    awal = datetime.now(UTC) + mulai
    sert = (
        x509.CertificateBuilder()
        .subject_name(_nama(cn))
        .issuer_name(akar.sertifikat.subject)
        .public_key(kunci.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(awal)
        .not_valid_after(awal + selama)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(penggunaan, critical=True)
        .sign(akar.kunci, hashes.SHA256())
    )
    return Kunci(kunci, sert)


def pdf_polos(teks: str = "Daftar Informasi Publik yang Dikecualikan") -> bytes:
    """A small one-page PDF (no LibreOffice needed)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.drawString(72, 760, teks)
    c.save()
    return buf.getvalue()


def penanda_pyhanko(penanda: Kunci, akar: Kunci) -> signers.SimpleSigner:
    """pyHanko's signer of ``penanda``'s key and certificate, its chain to ``akar`` embedded."""
    kunci = asn1_keys.PrivateKeyInfo.load(
        penanda.kunci.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return signers.SimpleSigner(penanda.asn1, kunci, SimpleCertificateStore.from_certs([akar.asn1]))


def tanda_tangani(
    data: bytes,
    penanda: Kunci,
    akar: Kunci,
    docmdp: fields.MDPPerm | None = None,
    medan: str = "TTE",
    hash_: str = "sha256",
) -> bytes:
    """``data`` signed PAdES B-B by ``penanda`` (chain to ``akar`` embedded) in a new field
    ``medan`` with digest ``hash_``; with ``docmdp`` a certification signature granting that
    permission."""
    signer = penanda_pyhanko(penanda, akar)
    keluar = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data)),
        signers.PdfSignatureMetadata(
            field_name=medan,
            md_algorithm=hash_,
            subfilter=fields.SigSeedSubFilter.PADES,
            certify=docmdp is not None,
            docmdp_permissions=docmdp or fields.MDPPerm.FILL_FORMS,
        ),
        signer=signer,
        output=keluar,
    )
    return keluar.getvalue()


def ganti_info(data: bytes) -> bytes:
    """An incremental update after signing that gives the document another title and author."""
    from pyhanko.pdf_utils import generic

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    w.set_info(
        generic.DictionaryObject(
            {
                generic.NameObject("/Title"): generic.TextStringObject("Daftar yang lain"),
                generic.NameObject("/Author"): generic.TextStringObject("Bukan PPID"),
            }
        )
    )
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def ganti_judul_xmp(data: bytes) -> bytes:
    """An incremental update after signing that gives the XMP metadata (only) another title."""
    from pyhanko.pdf_utils.metadata.model import DocumentMetadata
    from pyhanko.pdf_utils.metadata.xmp_xml import MetadataStream, parse_xmp, update_xmp_with_meta

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    xmp = parse_xmp(io.BytesIO(w.root["/Metadata"].data))
    xmp = update_xmp_with_meta(DocumentMetadata(title="Daftar yang lain"), roots=xmp)
    w.root["/Metadata"] = w.add_object(MetadataStream.from_xmp(xmp))
    w.update_root()
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def tambah_anotasi(data: bytes) -> bytes:
    """An incremental update after signing that adds a text annotation to page 1."""
    from pyhanko.pdf_utils import generic

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    halaman = w.root["/Pages"]["/Kids"][0]
    annot = w.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/Text"),
                generic.NameObject("/Rect"): generic.ArrayObject(
                    map(generic.NumberObject, (10, 10, 30, 30))
                ),
                generic.NameObject("/Contents"): generic.TextStringObject("diubah"),
            }
        )
    )
    halaman_obj = halaman.get_object()
    annots = halaman_obj.get("/Annots", generic.ArrayObject())
    annots.append(annot)
    halaman_obj[generic.NameObject("/Annots")] = annots
    w.update_container(halaman_obj)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def ganti_isi_halaman(data: bytes) -> bytes:
    """An incremental update after signing that replaces page 1's content stream."""
    from pyhanko.pdf_utils import generic

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    halaman = w.root["/Pages"]["/Kids"][0].get_object()
    isi = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (PALSU) Tj ET")
    halaman[generic.NameObject("/Contents")] = w.add_object(isi)
    w.update_container(halaman)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def tambah_dss(data: bytes, *sertifikat: Kunci) -> bytes:
    """An incremental update that only adds validation data (a DSS with certificates)."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    buf = io.BytesIO(data)
    DocumentSecurityStore.add_dss(buf, None, certs=[s.asn1 for s in sertifikat])
    return buf.getvalue()


def pdf_terenkripsi() -> bytes:
    """An encrypted PDF."""
    w = PdfWriter()
    w.add_blank_page(595, 842)
    w.encrypt("rahasia", algorithm="AES-256")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def tambah_revisi_mentah(data: bytes, objek: dict[int, bytes]) -> bytes:
    """``data`` with an incremental update written by hand: object number -> body, as given.

    Hand-written so that it can hold what no PDF library would write (hostile structures).
    """
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = max(int(s) for s in re.findall(rb"/Size (\d+)", data))
    root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
    keluar, posisi = bytearray(data), {}
    for nomor, isi in objek.items():
        posisi[nomor] = len(keluar)
        keluar += b"%d 0 obj\n%s\nendobj\n" % (nomor, isi)
    xref = len(keluar)
    keluar += b"xref\n" + b"".join(
        b"%d 1\n%010d 00000 n \n" % (n, posisi[n]) for n in sorted(posisi)
    )
    size = max(size, max(posisi) + 1)
    keluar += b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        root,
        prev,
        xref,
    )
    return bytes(keluar)


def _objek_pages(data: bytes) -> tuple[int, int]:
    """The object numbers of the page tree and of its first page in ``data``."""
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    pages = w.root.raw_get("/Pages")
    return pages.idnum, w.root["/Pages"]["/Kids"].raw_get(0).idnum


def _pages_dengan(data: bytes, tambahan: bytes, objek: dict[int, bytes]) -> bytes:
    """``data`` updated so that its page tree also holds ``tambahan`` (plus ``objek``)."""
    pages, halaman = _objek_pages(data)
    isi = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 %s >>" % (halaman, tambahan)
    return tambah_revisi_mentah(data, {pages: isi, **objek})


def bersarang_dalam(data: bytes, kedalaman: int = 1000) -> bytes:
    """After signing, the page tree gets an array nested ``kedalaman`` levels deep."""
    return _pages_dengan(data, b"/X " + b"[" * kedalaman + b"]" * kedalaman, {})


def melingkar(data: bytes) -> bytes:
    """After signing, the form gets a field that is its own child (a reference cycle)."""
    nomor = max(int(s) for s in re.findall(rb"/Size (\d+)", data))
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    acroform, medan = w.root.raw_get("/AcroForm").idnum, w.root["/AcroForm"]["/Fields"]
    isi = b"<< /Fields [%d 0 R %d 0 R] /SigFlags 3 >>" % (medan.raw_get(0).idnum, nomor)
    return tambah_revisi_mentah(
        data, {acroform: isi, nomor: b"<< /T (x) /Kids [%d 0 R] >>" % nomor}
    )


def aliran_raksasa(data: bytes, panjang: int = 10**11) -> bytes:
    """After signing, the page tree points to a stream declaring ``panjang`` bytes (it has 3)."""
    nomor = max(int(s) for s in re.findall(rb"/Size (\d+)", data))
    aliran = b"<< /Length %d >>\nstream\nabc\nendstream" % panjang
    return _pages_dengan(data, b"/X %d 0 R" % nomor, {nomor: aliran})
