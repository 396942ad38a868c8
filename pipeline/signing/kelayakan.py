"""Before the first signature: is this key and certificate fit to sign for the Atasan PPID?

:func:`periksa_penanda` checks, in this order, that the certificate is valid now, chains to
``[verifikasi] akar_tepercaya``, is not revoked (OCSP/CRL when reachable, and says so when
not), allows signatures (key usage digitalSignature or nonRepudiation), belongs to the key (a
probe is signed and verified against it), and names the configured official (name and NIP).
``sign`` and ``run`` refuse on the first failure before anything is written; ``doctor``
shows every outcome with its fix. A signature made with a certificate that fails any of
these would be unusable and would leave the cycle stuck.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography.exceptions import InvalidSignature
from pyhanko.sign import signers
from pyhanko.sign.general import SigningError
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    InvalidCertificateError,
    PathBuildingError,
    PathValidationError,
    RevokedError,
)
from pyhanko_certvalidator.sig_validate import DefaultSignatureValidator

from pipeline.errors import SigningFailed
from pipeline.model import Pejabat
from pipeline.sertifikat import nama_nip
from pipeline.zona import zona

PENGGUNAAN_TTD = frozenset({"digital_signature", "non_repudiation"})
"""Key usages that allow a document signature (either is enough)."""
PESAN_UJI = b"sidik: kunci cocok dengan sertifikat?"
PERIKSA = ("masa_berlaku", "rantai", "pencabutan", "penggunaan", "pasangan", "subjek")
"""The checks, in the order a failure is reported."""


class Hasil(StrEnum):
    """The outcome of one check."""

    LULUS = "lulus"
    GAGAL = "gagal"
    TIDAK_DIPERIKSA = "tidak_diperiksa"


@dataclass(frozen=True)
class Cek:
    """One check's outcome and the message that describes it."""

    kode: str
    hasil: Hasil
    pesan_id: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PemeriksaanPenanda:
    """Every check's outcome for one signing certificate, in :data:`PERIKSA` order."""

    cek: tuple[Cek, ...]

    def gagal(self) -> list[Cek]:
        """The checks that failed."""
        return [c for c in self.cek if c.hasil is Hasil.GAGAL]

    def tidak_diperiksa(self) -> list[Cek]:
        """The checks that could not be made (e.g. a revocation responder unreachable)."""
        return [c for c in self.cek if c.hasil is Hasil.TIDAK_DIPERIKSA]

    def tegakkan(self) -> None:
        """Raise :class:`SigningFailed` for the first failed check (nothing signed yet)."""
        if gagal := self.gagal():
            raise SigningFailed(gagal[0].pesan_id, **gagal[0].params)


def periksa_penanda(
    signer: signers.Signer,
    pejabat: Pejabat,
    akar: Sequence[asn1_x509.Certificate],
    sekarang: datetime | None = None,
    *,
    atasan: bool = True,
) -> PemeriksaanPenanda:
    """Check ``signer``'s certificate and key for signing as ``pejabat`` under ``akar``
    (``atasan``: the official is the Atasan PPID, as the mismatch message says)."""
    sertifikat = signer.signing_cert
    if sertifikat is None:  # a token or PKCS#12 without the end-entity certificate
        raise SigningFailed("ttd.tanpa_sertifikat")
    sekarang = sekarang or datetime.now(zona())
    rantai = [c for c in signer.cert_registry if c != sertifikat]
    return PemeriksaanPenanda(
        (
            masa_berlaku(sertifikat, sekarang),
            *rantai_dan_pencabutan(sertifikat, rantai, akar, sekarang),
            penggunaan(sertifikat),
            pasangan(signer, sertifikat),
            subjek(sertifikat, pejabat, atasan=atasan),
        )
    )


def _subjek(sertifikat: asn1_x509.Certificate) -> str:
    nama = sertifikat.subject.native.get("common_name")
    return str(nama or sertifikat.subject.human_friendly)


def masa_berlaku(sertifikat: asn1_x509.Certificate, sekarang: datetime) -> Cek:
    """The certificate is valid at ``sekarang``."""
    mulai, akhir = _rentang(sertifikat)
    params = {"subjek": _subjek(sertifikat), "mulai": mulai.date(), "akhir": akhir.date()}
    if mulai <= sekarang <= akhir:
        return Cek("masa_berlaku", Hasil.LULUS, "ttd.cek.masa_berlaku", params)
    waktu = sekarang.isoformat(timespec="seconds")
    return Cek(
        "masa_berlaku", Hasil.GAGAL, "ttd.sertifikat_kedaluwarsa", {**params, "waktu": waktu}
    )


def _rentang(sertifikat: asn1_x509.Certificate) -> tuple[datetime, datetime]:
    berlaku = sertifikat["tbs_certificate"]["validity"]
    return berlaku["not_before"].native, berlaku["not_after"].native


def rantai_dan_pencabutan(
    sertifikat: asn1_x509.Certificate,
    rantai: Sequence[asn1_x509.Certificate],
    akar: Sequence[asn1_x509.Certificate],
    sekarang: datetime,
) -> tuple[Cek, Cek]:
    """The chain to ``akar`` and the revocation status, from one validation.

    The chain is judged while the certificate is valid (its dates are :func:`masa_berlaku`'s
    to report); revocation is looked up online and soft-fails: an unreachable responder gives
    "not checked", never a pass.
    """
    mulai, akhir = _rentang(sertifikat)
    berlaku = mulai <= sekarang <= akhir
    konteks = _konteks(sertifikat, rantai, akar, sekarang)
    validator = CertificateValidator(
        sertifikat, intermediate_certs=list(rantai), validation_context=konteks
    )
    subjek_ = _subjek(sertifikat)
    lulus = Cek("rantai", Hasil.LULUS, "ttd.cek.rantai", {"subjek": subjek_})
    try:
        asyncio.run(_validasi(validator, konteks))
    except RevokedError:
        return lulus, Cek("pencabutan", Hasil.GAGAL, "ttd.sertifikat_dicabut", {"subjek": subjek_})
    except (PathBuildingError, PathValidationError, InvalidCertificateError) as e:
        gagal = Cek("rantai", Hasil.GAGAL, "ttd.sertifikat_tidak_tepercaya", _sebab(subjek_, e))
        return gagal, Cek("pencabutan", Hasil.TIDAK_DIPERIKSA, "ttd.cek.pencabutan_tanpa_rantai")
    if not berlaku:
        return lulus, Cek("pencabutan", Hasil.TIDAK_DIPERIKSA, "ttd.cek.pencabutan_tidak_berlaku")
    return lulus, _pencabutan(sertifikat, konteks)


def _konteks(
    sertifikat: asn1_x509.Certificate,
    rantai: Sequence[asn1_x509.Certificate],
    akar: Sequence[asn1_x509.Certificate],
    sekarang: datetime,
) -> ValidationContext:
    """The roots of ``[verifikasi]``, at a moment within the certificate's validity; OCSP and
    CRLs fetched (soft-fail) only for a certificate valid now, whose revocation matters."""
    mulai, akhir = _rentang(sertifikat)
    return ValidationContext(
        trust_roots=list(akar),
        other_certs=list(rantai),
        allow_fetching=mulai <= sekarang <= akhir,
        revocation_mode="soft-fail",
        moment=max(mulai + timedelta(seconds=1), min(sekarang, akhir - timedelta(seconds=1))),
    )


async def _validasi(validator: CertificateValidator, konteks: ValidationContext) -> None:
    """Validate, then close the HTTP session the context opened for OCSP and CRLs."""
    async with aclosing(konteks):
        await validator.async_validate_usage(set())


def _sebab(subjek_: str, galat: Exception) -> dict[str, str]:
    return {"subjek": subjek_, "sebab": str(galat).rstrip(".")}


def _pencabutan(sertifikat: asn1_x509.Certificate, konteks: ValidationContext) -> Cek:
    if konteks.soft_fail_exceptions:
        sebab = str(konteks.soft_fail_exceptions[0]).rstrip(".")
        return Cek(
            "pencabutan",
            Hasil.TIDAK_DIPERIKSA,
            "ttd.cek.pencabutan_tak_terjangkau",
            {"sebab": sebab},
        )
    if not sertifikat.ocsp_urls and not sertifikat.crl_distribution_points:
        return Cek("pencabutan", Hasil.TIDAK_DIPERIKSA, "ttd.cek.pencabutan_tanpa_layanan")
    return Cek("pencabutan", Hasil.LULUS, "ttd.cek.pencabutan")


def penggunaan(sertifikat: asn1_x509.Certificate) -> Cek:
    """The key usage allows signatures (a certificate without the extension allows all)."""
    nilai = sertifikat.key_usage_value
    if nilai is None or PENGGUNAAN_TTD & set(nilai.native):
        return Cek("penggunaan", Hasil.LULUS, "ttd.cek.penggunaan")
    params = {"subjek": _subjek(sertifikat), "penggunaan": ", ".join(sorted(nilai.native))}
    return Cek("penggunaan", Hasil.GAGAL, "ttd.sertifikat_bukan_untuk_ttd", params)


def pasangan(signer: signers.Signer, sertifikat: asn1_x509.Certificate) -> Cek:
    """The private key belongs to the certificate: a probe it signs verifies with the cert."""
    try:
        mekanisme = signer.get_signature_mechanism_for_digest("sha256")
        tanda = asyncio.run(signer.async_sign_raw(PESAN_UJI, "sha256"))
        DefaultSignatureValidator().validate_signature(
            tanda, PESAN_UJI, sertifikat.public_key, mekanisme
        )
    except (InvalidSignature, SigningError, ValueError, TypeError) as e:
        params = {"subjek": _subjek(sertifikat), "sebab": type(e).__name__}
        return Cek("pasangan", Hasil.GAGAL, "ttd.kunci_tidak_cocok", params)
    return Cek("pasangan", Hasil.LULUS, "ttd.cek.pasangan")


def identitas(sertifikat: asn1_x509.Certificate) -> tuple[str, str]:
    """The holder's name (common name) and NIP (the 18 digits of serialNumber, else "")."""
    return nama_nip(sertifikat)


def _normal(nama: str) -> str:
    return " ".join(nama.casefold().split())


def subjek(sertifikat: asn1_x509.Certificate, pejabat: Pejabat, *, atasan: bool = True) -> Cek:
    """The certificate names the configured official: same name and NIP."""
    nama, nip = identitas(sertifikat)
    params = {"nama": pejabat.nama, "nip": pejabat.nip, "nama_sertifikat": nama or "-"}
    if _normal(nama) != _normal(pejabat.nama) or nip != pejabat.nip:
        params["nip_sertifikat"] = nip or "-"
        if atasan:
            return Cek("subjek", Hasil.GAGAL, "ttd.subjek_tidak_cocok", params)
        params["jabatan"] = pejabat.jabatan
        return Cek("subjek", Hasil.GAGAL, "ttd.subjek_pejabat_tidak_cocok", params)
    return Cek("subjek", Hasil.LULUS, "ttd.cek.subjek", params)
