"""The manifest's own signature: a detached CMS (CAdES) file beside ``manifest.json``.

With it the archive proves its own integrity without the ledger: an edited manifest (a signer's
name, a file's hash) no longer matches the signature the Atasan PPID's key made when filing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from pyhanko.sign.validation import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext

from pipeline.verify.manifest import NAMA_TTD_MANIFEST, StatusTtdManifest


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
