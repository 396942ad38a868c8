"""Validate every signature of a PDF with pyhanko and give one verdict per file.

Verdicts follow the spirit of the ETSI validation report: VALID, INDETERMINATE (e.g. no chain
to a trusted root) or INVALID (e.g. the content changed), with reason ids from the catalogue.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import (
    PdfSignatureStatus,
    SignatureCoverageLevel,
    SignatureStatus,
)
from pyhanko_certvalidator import ValidationContext

from pipeline.errors import ConfigInvalid, InputInvalid
from pipeline.hashing import sha256_berkas

log = logging.getLogger(__name__)
NAMA_MANIFEST = "manifest.json"


class Putusan(StrEnum):
    """The verdict on one file."""

    VALID = "VALID"
    INDETERMINATE = "INDETERMINATE"
    INVALID = "INVALID"


@dataclass(frozen=True)
class Alasan:
    """A reason behind a verdict: a message id and its parameters."""

    message_id: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class HasilVerifikasi:
    """The verdict on one file, with who signed it, when, and why the verdict is what it is."""

    berkas: Path
    putusan: Putusan
    alasan: tuple[Alasan, ...]
    penanda_tangan: str = ""
    waktu: str = ""
    sha256: str = ""


def muat_akar(paths: Iterable[Path]) -> list[asn1_x509.Certificate]:
    """Load the trust roots named in the configuration."""
    akar = []
    for p in paths:
        try:
            akar.append(load_cert_from_pemder(str(p)))
        except (OSError, ValueError) as e:
            raise ConfigInvalid("verifikasi.akar_tidak_ada", berkas=str(p)) from e
    return akar


def verifikasi(jalur: Sequence[Path], akar: list[asn1_x509.Certificate]) -> list[HasilVerifikasi]:
    """Verify every PDF named in ``jalur`` (files, or folders searched recursively)."""
    hasil = []
    for pdf in _kumpulkan_pdf(jalur):
        hasil.append(verifikasi_berkas(pdf, akar, _manifest_untuk(pdf)))
    return hasil


def _kumpulkan_pdf(jalur: Sequence[Path]) -> list[Path]:
    berkas: list[Path] = []
    for j in jalur:
        if j.is_dir():
            ditemukan = sorted(p for p in j.rglob("*") if p.suffix.lower() == ".pdf")
            if not ditemukan:
                raise InputInvalid("verifikasi.tidak_ada_pdf", jalur=str(j))
            berkas.extend(ditemukan)
        elif j.is_file():
            berkas.append(j)
        else:
            raise InputInvalid("berkas.tidak_ada", berkas=str(j))
    return berkas


def _manifest_untuk(pdf: Path) -> dict[str, Any] | None:
    path = pdf.parent / NAMA_MANIFEST
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"berkas": []}
    return data if isinstance(data, dict) else {"berkas": []}


def verifikasi_berkas(
    pdf: Path, akar: list[asn1_x509.Certificate], manifest: dict[str, Any] | None = None
) -> HasilVerifikasi:
    """The verdict on one PDF: every signature, then its hash against ``manifest``."""
    sha = sha256_berkas(pdf)
    try:
        with pdf.open("rb") as f:
            pembaca = PdfFileReader(f, strict=False)
            if pembaca.encrypted:
                return HasilVerifikasi(
                    pdf, Putusan.INDETERMINATE, (Alasan("alasan.terenkripsi"),), sha256=sha
                )
            status = [_validasi(s, akar) for s in pembaca.embedded_signatures]
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as e:
        return HasilVerifikasi(
            pdf,
            Putusan.INVALID,
            (Alasan("alasan.bukan_pdf", (("sebab", type(e).__name__),)),),
            sha256=sha,
        )
    if not status:
        return HasilVerifikasi(pdf, Putusan.INVALID, (Alasan("alasan.tanpa_ttd"),), sha256=sha)
    putusan, alasan = _gabung([_putusan(s) for s in status] + [_cek_manifest(pdf, sha, manifest)])
    terakhir = status[-1]
    return HasilVerifikasi(
        pdf,
        putusan,
        alasan,
        penanda_tangan=terakhir.signing_cert.subject.native.get("common_name", ""),
        waktu=_waktu(terakhir),
        sha256=sha,
    )


def _validasi(sig: Any, akar: list[asn1_x509.Certificate]) -> PdfSignatureStatus:
    konteks = ValidationContext(trust_roots=akar, allow_fetching=False, revocation_mode="soft-fail")
    return validate_pdf_signature(sig, konteks)


def _putusan(s: PdfSignatureStatus) -> tuple[Putusan, Alasan]:
    if not s.intact:
        return Putusan.INVALID, Alasan("alasan.digest")
    if not s.valid:
        return Putusan.INVALID, Alasan("alasan.kriptografi")
    if s.revoked:
        return Putusan.INVALID, Alasan("alasan.dicabut")
    if not s.trusted:
        return Putusan.INDETERMINATE, Alasan("alasan.tidak_tepercaya")
    tingkat = s.modification_level
    if s.coverage != SignatureCoverageLevel.ENTIRE_FILE and tingkat not in (
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
    ):
        nama = tingkat.name if tingkat is not None else "?"
        return Putusan.INVALID, Alasan("alasan.diubah", (("tingkat", nama),))
    return Putusan.VALID, Alasan("alasan.utuh")


def _cek_manifest(pdf: Path, sha: str, manifest: dict[str, Any] | None) -> tuple[Putusan, Alasan]:
    if manifest is None:
        return Putusan.VALID, Alasan("alasan.utuh")
    entri = {e.get("nama"): e for e in manifest.get("berkas", []) if isinstance(e, dict)}
    if pdf.name not in entri:
        return Putusan.INVALID, Alasan("alasan.manifest_tanpa_entri")
    if entri[pdf.name].get("sha256") != sha:
        return Putusan.INVALID, Alasan("alasan.manifest_beda")
    return Putusan.VALID, Alasan("alasan.utuh")


def _gabung(hasil: list[tuple[Putusan, Alasan]]) -> tuple[Putusan, tuple[Alasan, ...]]:
    urutan = [Putusan.INVALID, Putusan.INDETERMINATE, Putusan.VALID]
    terburuk = min((p for p, _ in hasil), key=urutan.index)
    alasan = tuple(dict.fromkeys(a for p, a in hasil if p == terburuk))
    return terburuk, alasan


def _waktu(s: SignatureStatus) -> str:
    waktu = getattr(s, "signer_reported_dt", None)
    return waktu.isoformat(timespec="seconds") if waktu else ""
