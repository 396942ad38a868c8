"""One signature's pyhanko status as an ETSI verdict with a reason of its own.

Each cause a reader must act on differently has its own code and sentence: the file changed
(HASH_FAILURE, SIG_CONSTRAINTS_FAILURE), the certificate revoked (REVOKED...), expired or not
yet valid, not allowed to sign (key usage: CHAIN_CONSTRAINTS_FAILURE), a weak algorithm
(CRYPTO_CONSTRAINTS_FAILURE), an unknown root (NO_CERTIFICATE_CHAIN_FOUND), revocation not
checkable (TRY_LATER). pyhanko reports some of these only as an ETSI sub-indication, and
several share CERTIFICATE_CHAIN_GENERAL_FAILURE; those are told apart from the certificate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator.errors import InvalidCertificateError

from pipeline.verify import tampilan
from pipeline.verify.model import Alasan, Putusan
from pipeline.verify.perubahan import perubahan_diizinkan
from pipeline.zona import iso_kantor

Hasil = tuple[Putusan, Alasan]

_KEDALUWARSA = ("EXPIRED", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED")
_ALGORITMA = ("CRYPTO_CONSTRAINTS_FAILURE", "CRYPTO_CONSTRAINTS_FAILURE_NO_POE")
_UMUM = "CERTIFICATE_CHAIN_GENERAL_FAILURE"  # pyhanko's word for several causes, not yet valid too


def putusan_ttd(
    s: PdfSignatureStatus, tak_terjangkau: Sequence[str] = (), docmdp: MDPPerm | None = None
) -> Hasil:
    """The ETSI-style verdict and reason for one signature's pyhanko status.

    ``tak_terjangkau`` are the revocation responders that did not answer; ``docmdp`` is the
    signature's DocMDP permission, which says what may change after it.
    """
    if not s.intact:
        return Putusan.INVALID, Alasan("HASH_FAILURE", "alasan.digest")
    if not s.valid:
        return Putusan.INVALID, Alasan("SIG_CRYPTO_FAILURE", "alasan.kriptografi")
    if s.coverage != SignatureCoverageLevel.ENTIRE_FILE and not perubahan_diizinkan(
        s.modification_level, docmdp
    ):
        tingkat = s.modification_level.name if s.modification_level else "?"
        return Putusan.INVALID, Alasan(
            "SIG_CONSTRAINTS_FAILURE", "alasan.diubah", (("tingkat", tingkat),)
        )
    if not s.trusted or s.revoked:
        return _masalah_sertifikat(s, tak_terjangkau)
    return Putusan.VALID, Alasan("TOTAL_PASSED", "alasan.utuh")


def _masalah_sertifikat(s: PdfSignatureStatus, tak_terjangkau: Sequence[str]) -> Hasil:
    """Why an intact, unmodified signature is not trusted."""
    masalah = str(getattr(s.trust_problem_indic, "name", "") or "")
    if s.revoked or masalah.startswith("REVOKED"):
        return Putusan.INVALID, _dicabut(s, masalah or "REVOKED")
    if masalah in _KEDALUWARSA:
        return Putusan.INDETERMINATE, Alasan(masalah, "alasan.kedaluwarsa")
    if masalah == "NOT_YET_VALID" or (masalah == _UMUM and _belum_berlaku(s)):
        return Putusan.INDETERMINATE, Alasan("NOT_YET_VALID", "alasan.belum_berlaku")
    if masalah == _UMUM and tak_terjangkau:  # certvalidator: no revocation data obtained
        penyedia = (("penyedia", ", ".join(tak_terjangkau)),)
        return Putusan.INDETERMINATE, Alasan(
            "TRY_LATER", "alasan.revokasi_tak_terjangkau", penyedia
        )
    if masalah in _ALGORITMA:
        algoritma = (("algoritma", s.md_algorithm.upper()),)
        return Putusan.INDETERMINATE, Alasan(masalah, "alasan.algoritma_lemah", algoritma)
    if masalah == "CHAIN_CONSTRAINTS_FAILURE" and _penggunaan_kunci_ditolak(s):
        return Putusan.INDETERMINATE, Alasan("CHAIN_CONSTRAINTS_FAILURE", "alasan.penggunaan_kunci")
    if masalah in ("", "NO_CERTIFICATE_CHAIN_FOUND"):
        return Putusan.INDETERMINATE, Alasan("NO_CERTIFICATE_CHAIN_FOUND", "alasan.tidak_tepercaya")
    return Putusan.INDETERMINATE, Alasan(masalah, "alasan.rantai_gagal")


def _dicabut(s: PdfSignatureStatus, kode: str) -> Alasan:
    rincian = s.revocation_details
    if rincian is None:
        return Alasan(kode, "alasan.dicabut")
    tanggal = tampilan.tanggal(iso_kantor(rincian.revocation_date))  # as the stamp says it
    return Alasan(kode, "alasan.dicabut_sejak", (("tanggal", tanggal),))


def _belum_berlaku(s: PdfSignatureStatus) -> bool:
    """The signer's certificate starts after the time it was judged at (or now)."""
    mulai: datetime = s.signing_cert["tbs_certificate"]["validity"]["not_before"].native
    return mulai > (s.validation_time or datetime.now(UTC))


def _penggunaan_kunci_ditolak(s: PdfSignatureStatus) -> bool:
    """The signer's certificate lacks the key usage pyhanko requires to sign (non-repudiation)."""
    try:
        PdfSignatureStatus.default_usage_constraints().validate(s.signing_cert)
    except InvalidCertificateError:
        return True
    return False
