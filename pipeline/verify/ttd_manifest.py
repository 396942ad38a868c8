"""The manifest's own signature: a detached CMS (CAdES) file beside ``manifest.json``.

With it the archive proves its own integrity without the ledger: an edited manifest (a signer's
name, a file's hash) no longer matches the seal made when filing. The seal is the Operator's,
who files the archive (SOP step 5), made with their own key; archives filed by earlier sidik
versions carry the Atasan PPID's. Who sealed is read from the signer's certificate
(:func:`penyegel_manifest`), never from the manifest's text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from pyhanko.sign.validation import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext

from pipeline.sertifikat import nama_nip
from pipeline.verify.manifest import NAMA_MANIFEST, NAMA_TTD_MANIFEST, Penyegel, StatusTtdManifest


def periksa_ttd_manifest(
    manifest: Path, akar: Sequence[asn1_x509.Certificate]
) -> StatusTtdManifest:
    """Validate ``manifest.json.p7s`` over the manifest's bytes against the trust roots."""
    ttd = manifest.with_name(NAMA_TTD_MANIFEST)
    if not ttd.is_file():
        return StatusTtdManifest.TIDAK_ADA
    konteks = ValidationContext(
        trust_roots=list(akar), allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        signed_data = cms.ContentInfo.load(ttd.read_bytes())["content"]
        status = asyncio.run(
            async_validate_detached_cms(manifest.read_bytes(), signed_data, konteks)
        )
    except (ValueError, TypeError, KeyError, OSError):  # pyhanko's errors are ValueErrors
        return StatusTtdManifest.TIDAK_SAH
    if not (status.intact and status.valid):
        return StatusTtdManifest.TIDAK_SAH
    if not status.bottom_line:
        return StatusTtdManifest.TIDAK_TEPERCAYA
    return StatusTtdManifest.SAH


def penyegel_manifest(manifest: Path) -> Penyegel | None:
    """The holder of the certificate that made ``manifest.json.p7s`` (None: no signature, or
    not readable as one). Says who sealed, not whether the seal is valid:
    :func:`periksa_ttd_manifest` says that."""
    ttd = manifest.with_name(NAMA_TTD_MANIFEST)
    if not ttd.is_file():
        return None
    try:
        sertifikat = _sertifikat_penanda(cms.ContentInfo.load(ttd.read_bytes())["content"])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OSError):
        return None  # not a signature sidik can read (e.g. no signer at all): no sealer named
    return None if sertifikat is None else Penyegel(*nama_nip(sertifikat))


def _sertifikat_penanda(signed_data: cms.SignedData) -> asn1_x509.Certificate | None:
    """The certificate of the (first) signer, matched by issuer and serial number or key id."""
    sid = signed_data["signer_infos"][0]["sid"]
    for c in signed_data["certificates"] or []:
        sertifikat = c.chosen
        if not isinstance(sertifikat, asn1_x509.Certificate):
            continue
        if sid.name == "issuer_and_serial_number":
            if (sertifikat.issuer, sertifikat.serial_number) == (
                sid.chosen["issuer"],
                sid.chosen["serial_number"].native,
            ):
                return sertifikat
        elif sertifikat.key_identifier == sid.chosen.native:
            return sertifikat
    return None


@dataclass(frozen=True)
class SegelArsip:
    """An archive folder's seal as ``sidik verify`` reports it: valid or not, and who sealed."""

    folder: Path
    status: StatusTtdManifest
    penyegel: Penyegel | None


def segel_arsip(berkas: Iterable[Path], akar: Sequence[asn1_x509.Certificate]) -> list[SegelArsip]:
    """The seal of each archive folder holding one of ``berkas`` (the files verified)."""
    folder = sorted({b.parent for b in berkas if (b.parent / NAMA_MANIFEST).is_file()})
    return [
        SegelArsip(
            f,
            periksa_ttd_manifest(f / NAMA_MANIFEST, akar),
            penyegel_manifest(f / NAMA_MANIFEST),
        )
        for f in folder
    ]
