"""PAdES baseline levels: what each one adds to a signature, and extending signed files later.

- B-B: the CMS signature alone;
- B-T: plus a signature timestamp from a timestamp authority (TSA);
- B-LT: plus the certificates, OCSP responses and CRLs needed to validate it (in the DSS);
- B-LTA: plus a document timestamp over all of that, so it can be renewed before it ages.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Awaitable, Sequence
from pathlib import Path
from typing import TypeVar

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers, timestamps
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation.dss import async_add_validation_info
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    ExpiredError,
    InvalidCertificateError,
    PathBuildingError,
    PathValidationError,
    RevokedError,
)

from pipeline.atomic import tulis_bytes_atomik
from pipeline.errors import SigningFailed
from pipeline.pdfa import penulis_revisi
from pipeline.sertifikat import muat_akar as muat_akar  # re-exported for callers

TINGKAT = ("B-B", "B-T", "B-LT", "B-LTA")
BATAS_WAKTU_TSA = 30  # seconds
T = TypeVar("T")


def jalankan(operasi: Awaitable[T], konteks: ValidationContext | None) -> T:
    """Run one of pyhanko's async operations in an event loop of its own, then release the
    HTTP session ``konteks`` opened in that loop to fetch OCSP responses and CRLs.

    An aiohttp session belongs to the loop that made it: left open it is never closed (an
    "Unclosed client session" when it is collected). pyhanko's synchronous calls run a loop
    of their own and leave it so; the context makes a fresh session in the next loop.
    """

    async def _lalu_tutup() -> T:
        try:
            return await operasi
        finally:
            if konteks is not None:
                await konteks.aclose()

    return asyncio.run(_lalu_tutup())


def butuh_tsa(tingkat: str) -> bool:
    """Whether ``tingkat`` needs a timestamp authority."""
    return tingkat != "B-B"


def butuh_revokasi(tingkat: str) -> bool:
    """Whether ``tingkat`` embeds revocation data (and so checks revocation when signing)."""
    return tingkat in ("B-LT", "B-LTA")


def konteks_validasi(
    akar: Sequence[asn1_x509.Certificate], rantai: Sequence[asn1_x509.Certificate] = ()
) -> ValidationContext:
    """An online validation context that fails hard on revoked or unverifiable certificates."""
    return ValidationContext(
        trust_roots=list(akar),
        other_certs=list(rantai),
        allow_fetching=True,
        revocation_mode="hard-fail",
    )


def pencap_waktu(tsa_url: str) -> timestamps.HTTPTimeStamper:
    """A client of the RFC 3161 timestamp authority at ``tsa_url``."""
    return timestamps.HTTPTimeStamper(tsa_url, timeout=BATAS_WAKTU_TSA)


def periksa_status(
    sertifikat: asn1_x509.Certificate,
    rantai: Sequence[asn1_x509.Certificate],
    konteks: ValidationContext,
) -> None:
    """Refuse a signer certificate that is revoked, expired or does not chain to a root."""
    validator = CertificateValidator(
        sertifikat, intermediate_certs=list(rantai), validation_context=konteks
    )
    subjek = sertifikat.subject.human_friendly
    try:
        jalankan(validator.async_validate_usage(set()), konteks)
    except RevokedError as e:
        raise SigningFailed("ttd.sertifikat_dicabut", subjek=subjek) from e
    except ExpiredError as e:
        raise SigningFailed("ttd.sertifikat_tidak_berlaku", subjek=subjek, sebab=str(e)) from e
    except (PathBuildingError, PathValidationError, InvalidCertificateError) as e:
        raise SigningFailed("ttd.sertifikat_tidak_sah", subjek=subjek, sebab=str(e)) from e


def metadata(
    tingkat: str, konteks: ValidationContext | None, **isian: object
) -> signers.PdfSignatureMetadata:
    """pyhanko signature metadata for a PAdES signature of ``tingkat``."""
    return signers.PdfSignatureMetadata(
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        embed_validation_info=butuh_revokasi(tingkat),
        validation_context=konteks if butuh_revokasi(tingkat) else None,
        use_pades_lta=tingkat == "B-LTA",
        **isian,  # type: ignore[arg-type]
    )


def perpanjang(
    sumber: Path, tujuan: Path, tingkat: str, tsa_url: str, akar: Sequence[asn1_x509.Certificate]
) -> None:
    """Add B-LT (and for B-LTA a document timestamp) to a signed PDF, as new revisions.

    ``sumber`` is only read; the upgraded copy is written to ``tujuan``. Every earlier byte is
    kept, so the signatures already in the file stay valid.
    """
    konteks = konteks_validasi(akar)
    data = sumber.read_bytes()
    try:
        for indeks in range(len(PdfFileReader(io.BytesIO(data)).embedded_regular_signatures)):
            ttd = PdfFileReader(io.BytesIO(data)).embedded_regular_signatures[indeks]
            operasi = async_add_validation_info(ttd, konteks, output=io.BytesIO())
            data = jalankan(operasi, konteks).getvalue()
        if tingkat == "B-LTA":
            data = _cap_waktu_dokumen(data, tsa_url, konteks)
    except RevokedError as e:
        raise SigningFailed("ttd.sertifikat_dicabut", subjek=str(sumber)) from e
    except (SigningError, PathBuildingError, PathValidationError, ValueError, OSError) as e:
        raise SigningFailed("ttd.perpanjang_gagal", berkas=str(sumber), sebab=str(e)) from e
    tulis_bytes_atomik(tujuan, data)


def _cap_waktu_dokumen(data: bytes, tsa_url: str, konteks: ValidationContext) -> bytes:
    penulis = penulis_revisi(io.BytesIO(data))
    keluaran = io.BytesIO()
    pencap = signers.PdfTimeStamper(pencap_waktu(tsa_url))
    jalankan(pencap.async_timestamp_pdf(penulis, "sha256", konteks, output=keluaran), konteks)
    return keluaran.getvalue()
