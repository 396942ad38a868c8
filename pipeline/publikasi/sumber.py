"""The read side of publishing: an archived cycle's signed DIK and the items it lists.

Everything comes from the archive, never from the work folder, so what is published is what
was signed. The archive folder ``output/arsip/YYYY/MM/DD/<cycle>/`` holds ``manifest.json``
(which file is the signed DIK, which the decree, which are the Lembar per item) and
``sumber/<workbook>.xlsx``, the operator workbook the cycle was made from; the items are read
back from that copy with the same reader and validation that made the documents.

Nothing is read from an archive that is not intact: its manifest must be vouched for (its
signature or the ledger's hash) and every file it lists must have the manifest's SHA-256, else
:class:`VerificationFailed` and nothing is published.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import InputInvalid, VerificationFailed
from pipeline.hashing import sha256_berkas
from pipeline.ledger.dik_kini import Putusan
from pipeline.messages import terjemah
from pipeline.model import Item, JenisDokumen, Keputusan
from pipeline.stages.archive import FOLDER_ARSIP, NAMA_MANIFEST, cari_arsip
from pipeline.verify.arsip import Revisi, periksa_revisi, saksi_arsip
from pipeline.verify.manifest import Penyegel
from pipeline.workbook import baca_items
from pipeline.zona import zona


@dataclass(frozen=True)
class Terbitan:
    """An archived cycle as published: its items and where each signed PDF is filed."""

    siklus: str
    tanggal: date
    arsip: Path
    daftar_pdf: Path
    keputusan_pdf: Path | None
    lembar_pdf: dict[int, Path]
    items: tuple[Item, ...]  # the exempted ones, as the cycle's DIK lists them
    putusan: tuple[Putusan, ...]  # every item with the Tim's decision
    ditandatangani: datetime  # the first signature of its documents
    penyegel: Penyegel | None = None  # who sealed its manifest, from the seal's certificate


def muat_terbitan(config: Config, siklus_id: str | None = None) -> Terbitan:
    """The archived cycle ``siklus_id`` (default: the most recently archived one).

    Raises :class:`InputInvalid` when the cycle is not archived or its manifest lists no DIK,
    :class:`VerificationFailed` when the archive is not intact.
    """
    return muat_folder(config, _folder_arsip(config.jalur.keluaran, siklus_id))


def muat_folder(config: Config, folder: Path) -> Terbitan:
    """The archived cycle filed in ``folder``, once its manifest and files are verified."""
    manifest = json.loads((folder / NAMA_MANIFEST).read_text(encoding="utf-8"))
    penyegel = _periksa_utuh(config, folder, manifest)
    berkas = manifest.get("berkas", [])
    daftar = _nama_jenis(berkas, JenisDokumen.DAFTAR)
    keputusan = _nama_jenis(berkas, JenisDokumen.SURAT_KEPUTUSAN)
    if not daftar:
        raise InputInvalid("publikasi.tanpa_daftar", manifest=str(folder / NAMA_MANIFEST))
    tanggal = date.fromisoformat(manifest["tanggal_siklus"])
    putusan = _putusan(baca_items(folder / manifest["sumber"]["nama"], config), manifest)
    return Terbitan(
        siklus=manifest["siklus"],
        tanggal=tanggal,
        arsip=folder,
        daftar_pdf=folder / daftar[0],
        keputusan_pdf=folder / keputusan[0] if keputusan else None,
        lembar_pdf=_lembar(folder, berkas),
        items=tuple(p.item for p in putusan if p.keputusan is Keputusan.DIKECUALIKAN),
        putusan=putusan,
        ditandatangani=_ditandatangani(berkas, tanggal),
        penyegel=penyegel,
    )


def _periksa_utuh(config: Config, folder: Path, manifest: dict[str, Any]) -> Penyegel | None:
    """Refuse an archive whose manifest nothing vouches for or whose files do not match it;
    who sealed the manifest (None: unsealed, vouched for by the ledger's hash)."""
    revisi = Revisi(folder, manifest, sha256_berkas(folder / NAMA_MANIFEST))
    laporan, masalah = periksa_revisi(revisi, saksi_arsip(config, folder))
    if masalah:
        m = masalah[0]
        raise VerificationFailed(
            "publikasi.arsip_tidak_utuh",
            siklus=revisi.siklus,
            berkas=str(m.path),
            masalah=terjemah(m.message_id, **dict(m.params)),
            jumlah=len(masalah),
        )
    return laporan.penyegel


def _putusan(items: list[Item], manifest: dict[str, Any]) -> tuple[Putusan, ...]:
    """Each item with the Tim Pertimbangan's decision from the manifest: an item decided
    Dibuka is public and is not on the published list (a manifest without review decisions
    keeps every item exempted)."""
    tinjauan = manifest.get("tinjauan")
    if not isinstance(tinjauan, list):
        return tuple(Putusan(i, Keputusan.DIKECUALIKAN) for i in items)
    tercatat = {t.get("no"): t for t in tinjauan if isinstance(t, dict)}
    return tuple(_satu_putusan(i, tercatat.get(i.no)) for i in items)


def _satu_putusan(item: Item, tercatat: dict[str, Any] | None) -> Putusan:
    keputusan = (tercatat or {}).get("keputusan")
    if keputusan not in (Keputusan.DIKECUALIKAN, Keputusan.DIBUKA):
        return Putusan(item, None)
    return Putusan(item, Keputusan(keputusan), str((tercatat or {}).get("catatan") or ""))


def _ditandatangani(berkas: list[dict[str, Any]], tanggal: date) -> datetime:
    """When the cycle's documents were first signed, as the ledger's register counts it (a
    manifest without signing times: the cycle's date, at midnight WIB)."""
    waktu = [datetime.fromisoformat(b["waktu_ttd"]) for b in berkas if b.get("waktu_ttd")]
    return min(waktu, default=datetime.combine(tanggal, time(), zona()))


def _folder_arsip(keluaran: Path, siklus_id: str | None) -> Path:
    if siklus_id is not None:
        folder = cari_arsip(keluaran, siklus_id)
        if folder is None:
            raise InputInvalid("publikasi.belum_diarsipkan", siklus=siklus_id)
        return folder
    semua = list((keluaran / FOLDER_ARSIP).glob(f"*/*/*/*/{NAMA_MANIFEST}"))
    if not semua:
        raise InputInvalid("siklus.tidak_ada_satupun", folder=str(keluaran / FOLDER_ARSIP))
    return max(semua, key=lambda m: m.stat().st_mtime).parent


def _nama_jenis(berkas: list[dict[str, Any]], jenis: JenisDokumen) -> list[str]:
    return [b["nama"] for b in berkas if b.get("jenis") == jenis.value]


def _lembar(folder: Path, berkas: list[dict[str, Any]]) -> dict[int, Path]:
    return {
        b["item_no"]: folder / b["nama"]
        for b in berkas
        if b.get("jenis") == JenisDokumen.LEMBAR_UJI.value and b.get("item_no") is not None
    }
