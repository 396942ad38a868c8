"""The archive manifest as the verifier sees it: the recorded hash of each filed PDF."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from pipeline.berkas import NAMA_MANIFEST, buka_biasa
from pipeline.verify.model import Alasan, Putusan

__all__ = [
    "NAMA_MANIFEST",
    "NAMA_TTD_MANIFEST",
    "Penyegel",
    "StatusTtdManifest",
    "cek_manifest",
    "manifest_untuk",
]
NAMA_TTD_MANIFEST = NAMA_MANIFEST + ".p7s"  # the detached CMS signature over the manifest


class StatusTtdManifest(Enum):
    """What the manifest's signature says: valid, missing, broken or from an untrusted key."""

    SAH = "sah"
    TIDAK_ADA = "tidak_ada"
    TIDAK_SAH = "tidak_sah"
    TIDAK_TEPERCAYA = "tidak_tepercaya"


@dataclass(frozen=True)
class Penyegel:
    """Who sealed a manifest, as the seal's certificate names them: name and NIP ("" if none)."""

    nama: str
    nip: str


def manifest_untuk(pdf: Path) -> dict[str, Any] | None:
    """The manifest lying beside ``pdf`` (None if there is none; empty if unreadable)."""
    path = pdf.parent / NAMA_MANIFEST
    if not path.exists() and not path.is_symlink():
        return None
    try:
        with buka_biasa(path) as f:  # a linked or special manifest is unreadable, not followed
            data = json.loads(f.read().decode("utf-8"))
    except (OSError, ValueError):
        return {"berkas": []}
    return data if isinstance(data, dict) else {"berkas": []}


def cek_manifest(pdf: Path, sha: str, manifest: dict[str, Any] | None) -> tuple[Putusan, Alasan]:
    """Whether the file's SHA-256 is the one the manifest recorded for it."""
    if manifest is None:
        return Putusan.VALID, Alasan("TOTAL_PASSED", "alasan.utuh")
    entri = {e.get("nama"): e for e in manifest.get("berkas", []) if isinstance(e, dict)}
    if pdf.name not in entri:
        return Putusan.INVALID, Alasan("NOT_IN_MANIFEST", "alasan.manifest_tanpa_entri")
    if entri[pdf.name].get("sha256") != sha:
        return Putusan.INVALID, Alasan("MANIFEST_MISMATCH", "alasan.manifest_beda")
    return Putusan.VALID, Alasan("TOTAL_PASSED", "alasan.utuh")


def dokumen_dalam(pdf: Path, manifest: dict[str, Any] | None) -> tuple[str, str]:
    """The document kind and the information (judul) the manifest records for ``pdf``.

    An item's Lembar Pengujian Konsekuensi names its item (``item_no``), whose judul the
    manifest's ``tinjauan`` holds; the cycle's own documents have no judul. ('', '') when
    the file is outside an archive or not listed.
    """
    if manifest is None:
        return "", ""
    entri = _entri(manifest).get(pdf.name, {})
    judul = {
        t.get("no"): t.get("judul", "") for t in manifest.get("tinjauan", []) if isinstance(t, dict)
    }
    item = entri.get("item_no")
    return str(entri.get("jenis") or ""), str(judul.get(item, "") if item is not None else "")


def _entri(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    berkas = manifest.get("berkas", [])
    if not isinstance(berkas, list):
        return {}
    return {str(e.get("nama")): e for e in berkas if isinstance(e, dict)}
