"""Stage archive: file the signed documents in ``arsip/YYYY/MM/DD/<cycle>/`` with a manifest.

The folder is assembled under a temporary name and renamed into place in one step, files are
made read-only, and an existing archive folder is never written to again.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline import __version__, gangguan
from pipeline.berkas import menulis, tolak_tautan_di_jalur
from pipeline.errors import ArchiveConflict
from pipeline.hashing import sha256_berkas
from pipeline.model import Arsip, DokumenTertandatangan, Siklus
from pipeline.verify.manifest import NAMA_MANIFEST, NAMA_TTD_MANIFEST
from pipeline.zona import di_kantor, iso_kantor, sekarang

Tandai = Callable[[bytes], bytes | None]  # manifest bytes -> detached CMS (None: cannot)
FOLDER_ARSIP = "arsip"
_PREFIKS_SEMENTARA = ".sementara-"


def cari_arsip(keluaran: Path, siklus_id: str) -> Path | None:
    """The archive folder of ``siklus_id`` if it was filed before."""
    for manifest in sorted((keluaran / FOLDER_ARSIP).glob(f"*/*/*/{siklus_id}/{NAMA_MANIFEST}")):
        return manifest.parent
    return None


def archive(
    dokumen: Sequence[DokumenTertandatangan],
    siklus: Siklus,
    keluaran: Path,
    keterangan: Mapping[str, Any],
    lampiran: Sequence[Path] = (),
    lapor: Callable[[int], None] | None = None,
    tandai: Tandai | None = None,
    peserta: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> Arsip:
    """File ``dokumen``, the source workbook and ``lampiran`` (the review workbooks as
    received, under ``sumber/tinjauan/``); ``keterangan`` goes into the manifest.
    ``lapor(n)`` is told how many documents are copied (each is flushed to disk);
    ``tandai`` signs the manifest (``manifest.json.p7s`` beside it, in the same folder);
    ``peserta``: who had to sign a document, by file name (its entry's ``peserta``)."""
    tanggal = di_kantor(min(d.waktu for d in dokumen)).date()  # the office's day
    tujuan = (
        keluaran / FOLDER_ARSIP / f"{tanggal:%Y}" / f"{tanggal:%m}" / f"{tanggal:%d}" / siklus.id
    )

    def isi(folder: Path) -> None:
        for n, d in enumerate(dokumen, 1):
            _salin(d.dokumen.path, folder)
            if lapor is not None:
                lapor(n)
        sumber = _salin(Path(siklus.workbook), folder / "sumber")
        tambahan = [_salin(p, folder / "sumber" / "tinjauan") for p in lampiran]
        manifest = _manifest(dokumen, siklus, sumber, keterangan, peserta or {})
        manifest["lampiran"] = [_entri(folder, p) for p in tambahan]
        _tulis_manifest(folder, manifest, tandai)

    _rakit(keluaran / FOLDER_ARSIP, tujuan, isi)
    return Arsip(
        tujuan, tujuan / NAMA_MANIFEST, tuple(tujuan / d.dokumen.path.name for d in dokumen)
    )


def arsipkan_revisi(
    folder_lama: Path,
    berkas: Mapping[str, Path],
    keterangan: Mapping,
    tandai: Tandai | None = None,
) -> Arsip:
    """File new versions of archived files as the next revision beside ``folder_lama``.

    ``folder_lama`` (``<cycle>/`` or ``<cycle>-rN/``) is never touched: ``berkas`` (archive
    name -> new file) is copied into ``<cycle>-r(N+1)/``, assembled under a temporary name and
    renamed in one step, with a manifest whose ``manifest_sebelumnya`` is the SHA-256 of the
    previous revision's manifest.
    """
    lama = json.loads((folder_lama / NAMA_MANIFEST).read_text(encoding="utf-8"))
    dasar, _, nomor = folder_lama.name.rpartition("-r")
    if not (dasar and nomor.isdigit()):
        dasar = folder_lama.name
    # The chain is linear: a new revision always follows the latest one, whichever was named.
    terakhir, revisi = folder_lama.parent / dasar, 2
    while (folder_lama.parent / f"{dasar}-r{revisi}").exists():
        terakhir = folder_lama.parent / f"{dasar}-r{revisi}"
        revisi += 1
    tujuan = folder_lama.parent / f"{dasar}-r{revisi}"
    manifest = {
        "format": "sidik-manifest/1",
        "siklus": lama.get("siklus", dasar),
        "revisi": revisi,
        "diarsipkan": sekarang().isoformat(),
        "sidik": __version__,
        **keterangan,
        "berkas": [
            {
                "nama": nama,
                "sha256": sha256_berkas(p),
                "ukuran": p.stat().st_size,
                **_diwarisi(lama, nama),
            }
            for nama, p in sorted(berkas.items())
        ],
        "manifest_sebelumnya": sha256_berkas(terakhir / NAMA_MANIFEST),
    }

    def isi(folder: Path) -> None:
        for nama, p in berkas.items():
            _salin(p, folder, nama)
        _tulis_manifest(folder, manifest, tandai)

    _rakit(folder_lama.parent, tujuan, isi)
    return Arsip(tujuan, tujuan / NAMA_MANIFEST, tuple(tujuan / n for n in sorted(berkas)))


def _diwarisi(lama: Mapping[str, Any], nama: str) -> dict[str, Any]:
    """What a revision's entry keeps of the previous one's for the same file: the document's
    kind, item and participants (what the verifier reads besides the hash)."""
    berkas = lama.get("berkas")
    entri = (
        next((e for e in berkas if isinstance(e, dict) and e.get("nama") == nama), {})
        if isinstance(berkas, list)
        else {}
    )
    return {k: entri[k] for k in ("jenis", "item_no", "peserta") if k in entri}


def bersihkan_sisa(keluaran: Path) -> None:
    """Remove half-assembled archive folders left by a killed run (never a filed one)."""
    akar = keluaran / FOLDER_ARSIP
    for pola in (f"{_PREFIKS_SEMENTARA}*", f"*/*/*/{_PREFIKS_SEMENTARA}*"):
        for sisa in akar.glob(pola):
            shutil.rmtree(sisa, ignore_errors=True)


def _rakit(tempat: Path, tujuan: Path, isi: Callable[[Path], None]) -> None:
    """Let ``isi`` fill a temporary folder in ``tempat``, make it read-only, rename it onto
    ``tujuan`` in one step. An existing ``tujuan`` is never touched: :class:`ArchiveConflict`."""
    if tujuan.exists():
        raise ArchiveConflict("arsip.bentrok", folder=str(tujuan))
    with menulis(tujuan):
        _rakit_sementara(tempat, tujuan, isi)


def _rakit_sementara(tempat: Path, tujuan: Path, isi: Callable[[Path], None]) -> None:
    tolak_tautan_di_jalur(tempat, tujuan.parent)
    tempat.mkdir(parents=True, exist_ok=True)
    sementara = Path(tempfile.mkdtemp(prefix=_PREFIKS_SEMENTARA, dir=tempat))
    try:
        isi(sementara)
        for f in sementara.rglob("*"):
            f.chmod(0o444 if f.is_file() else 0o755)
        sementara.chmod(0o755)
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        tolak_tautan_di_jalur(tempat, tujuan.parent)
        if tujuan.exists():
            raise ArchiveConflict("arsip.bentrok", folder=str(tujuan))
        gangguan.titik("archive.rakit")
        os.rename(sementara, tujuan)
    finally:
        if sementara.exists():
            shutil.rmtree(sementara, ignore_errors=True)


def _tulis_manifest(folder: Path, manifest: Mapping[str, Any], tandai: Tandai | None) -> None:
    data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    (folder / NAMA_MANIFEST).write_bytes(data)
    ttd = tandai(data) if tandai is not None else None
    if ttd is not None:
        (folder / NAMA_TTD_MANIFEST).write_bytes(ttd)


def _salin(sumber: Path, folder: Path, nama: str | None = None) -> Path:
    """Copy ``sumber`` into ``folder`` (as ``nama``) and flush it to disk."""
    folder.mkdir(parents=True, exist_ok=True)
    salinan = Path(shutil.copy2(sumber, folder / (nama or sumber.name)))
    with salinan.open("rb") as f:
        os.fsync(f.fileno())
    return salinan


def _entri(folder: Path, path: Path) -> dict[str, Any]:
    return {
        "nama": path.relative_to(folder).as_posix(),
        "sha256": sha256_berkas(path),
        "ukuran": path.stat().st_size,
    }


def _manifest(
    dokumen: Sequence[DokumenTertandatangan],
    siklus: Siklus,
    sumber: Path,
    keterangan: Mapping[str, Any],
    peserta: Mapping[str, Sequence[Mapping[str, Any]]],
) -> dict[str, Any]:
    return {
        "format": "sidik-manifest/1",
        "revisi": 1,
        "siklus": siklus.id,
        "tanggal_siklus": siklus.tanggal.isoformat(),
        "hash_item": siklus.hash_item,
        "diarsipkan": sekarang().isoformat(),
        "sidik": __version__,
        **keterangan,
        "sumber": {
            "nama": f"sumber/{sumber.name}",
            "sha256": sha256_berkas(sumber),
            "ukuran": sumber.stat().st_size,
        },
        "berkas": [
            {
                "nama": d.dokumen.path.name,
                "jenis": d.dokumen.jenis.value,
                "item_no": d.dokumen.item_no,
                "sha256": d.sha256,
                "ukuran": d.dokumen.path.stat().st_size,
                "penanda_tangan": d.penanda_tangan,
                "waktu_ttd": iso_kantor(d.waktu),
                **_peserta_entri(peserta.get(d.dokumen.path.name)),
            }
            for d in dokumen
        ],
        "manifest_sebelumnya": None,
    }


def _peserta_entri(peserta: Sequence[Mapping[str, Any]] | None) -> dict[str, Any]:
    """An entry's ``peserta`` when it has a list (none: the key is left out, as before)."""
    return {} if peserta is None else {"peserta": [dict(p) for p in peserta]}
