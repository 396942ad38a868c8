"""``sidik archive check``: walk the archive and report what does not add up.

Missing files, files no manifest lists, hash or size mismatches, unreadable manifests, and a
broken chain of revisions (each revision's ``manifest_sebelumnya`` must be the SHA-256 of the
previous revision's manifest of the same cycle). Register rows without files are checked when
the caller passes the register.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.berkas import (
    JENIS_FOLDER,
    JENIS_TAUTAN,
    NAMA_MANIFEST,
    BukanBerkasBiasa,
    buka_biasa,
    jenis_bukan_biasa,
    sha256_biasa,
)


@dataclass(frozen=True)
class MasalahArsip:
    """One problem found in the archive: a code, the path it concerns, and message params."""

    kode: str
    path: Path
    message_id: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Revisi:
    """One filed revision of a cycle: its folder and manifest."""

    folder: Path
    manifest: dict[str, Any]
    sha256: str

    @property
    def siklus(self) -> str:
        """The cycle this revision belongs to."""
        return str(self.manifest.get("siklus", self.folder.name))

    @property
    def nomor(self) -> int:
        """The revision number (1 for the first filing)."""
        nilai = self.manifest.get("revisi", 1)
        return nilai if isinstance(nilai, int) else 1


@dataclass(frozen=True)
class HasilPeriksaArsip:
    """What ``archive check`` found: how many revisions it read and every problem."""

    revisi: int
    masalah: list[MasalahArsip]


@dataclass(frozen=True)
class IsiArsip:
    """What lies under the archive folder: regular files, and what is not one (never read)."""

    berkas: list[Path]
    bukan_biasa: list[MasalahArsip]


def periksa_arsip(akar: Path, register: Iterable[tuple[Path, str]] = ()) -> HasilPeriksaArsip:
    """Every problem in the archive under ``akar``; no problems means all is in order."""
    isi = jelajahi(akar)
    masalah: list[MasalahArsip] = list(isi.bukan_biasa)
    revisi: list[Revisi] = []
    for path in (p for p in isi.berkas if p.name == NAMA_MANIFEST):
        try:
            with buka_biasa(path) as f:
                data = json.loads(f.read().decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("berkas"), list):
                raise ValueError("bukan manifest sidik")
        except (OSError, ValueError) as e:
            masalah.append(
                MasalahArsip("MANIFEST_RUSAK", path, "arsip.manifest_rusak", (("sebab", str(e)),))
            )
            continue
        r = Revisi(path.parent, data, sha256_biasa(path))
        revisi.append(r)
        masalah.extend(_periksa_folder(r, isi.berkas))
    masalah.extend(_periksa_rantai(revisi))
    masalah.extend(_periksa_register(register))
    masalah.extend(_tanpa_manifest(isi.berkas, {r.folder for r in revisi}))
    return HasilPeriksaArsip(len(revisi), masalah)


def jelajahi(akar: Path) -> IsiArsip:
    """Walk the archive without following links; links, FIFOs and devices become problems."""
    berkas: list[Path] = []
    aneh: list[MasalahArsip] = []
    for folder, folders, files in os.walk(akar):
        for nama in (*folders, *files):
            path = Path(folder) / nama
            jenis = jenis_bukan_biasa(path)
            if jenis == JENIS_TAUTAN:
                aneh.append(MasalahArsip("TAUTAN_SIMBOLIK", path, "arsip.tautan"))
            elif jenis is None:
                berkas.append(path)
            elif jenis != JENIS_FOLDER:
                aneh.append(MasalahArsip("BUKAN_BERKAS_BIASA", path, "arsip.bukan_berkas_biasa"))
    return IsiArsip(sorted(berkas), sorted(aneh, key=lambda m: m.path))


def _berkas_tercatat(r: Revisi) -> Iterator[dict[str, Any]]:
    for entri in r.manifest.get("berkas", []):
        if isinstance(entri, dict):
            yield entri
    sumber = r.manifest.get("sumber")
    if isinstance(sumber, dict):
        yield sumber
    for entri in r.manifest.get("lampiran") or []:
        if isinstance(entri, dict):
            yield entri


def _periksa_folder(r: Revisi, berkas: list[Path]) -> Iterator[MasalahArsip]:
    tercatat = set()
    for entri in _berkas_tercatat(r):
        path = r.folder / str(entri.get("nama", ""))
        tercatat.add(path)
        try:
            sha = sha256_biasa(path)
        except OSError as e:
            if not _dilaporkan(e):
                yield MasalahArsip("BERKAS_HILANG", path, "arsip.berkas_hilang")
            continue
        if sha != entri.get("sha256"):
            yield MasalahArsip(
                "HASH_BEDA",
                path,
                "arsip.hash_beda",
                (("tercatat", str(entri.get("sha256", ""))), ("nyata", sha)),
            )
    for path in berkas:
        if path.is_relative_to(r.folder) and path.name != NAMA_MANIFEST and path not in tercatat:
            yield MasalahArsip("TIDAK_TERCATAT", path, "arsip.tidak_tercatat")


def _dilaporkan(e: OSError) -> bool:
    """A link, FIFO or device: the walk reports it once; a folder or nothing is missing."""
    return isinstance(e, BukanBerkasBiasa) and e.jenis != JENIS_FOLDER


def _periksa_rantai(revisi: list[Revisi]) -> Iterator[MasalahArsip]:
    per_siklus: dict[str, list[Revisi]] = defaultdict(list)
    for r in revisi:
        per_siklus[r.siklus].append(r)
    for daftar in per_siklus.values():
        daftar.sort(key=lambda r: r.nomor)
        sebelumnya: Revisi | None = None
        for r in daftar:
            harapan = sebelumnya.sha256 if sebelumnya else None
            if r.manifest.get("manifest_sebelumnya") != harapan:
                yield MasalahArsip(
                    "RANTAI_PUTUS",
                    r.folder / NAMA_MANIFEST,
                    "arsip.rantai_putus",
                    (("revisi", str(r.nomor)),),
                )
            sebelumnya = r


def _periksa_register(register: Iterable[tuple[Path, str]]) -> Iterator[MasalahArsip]:
    for path, sha in register:
        try:
            nyata = sha256_biasa(path)
        except OSError as e:
            if not _dilaporkan(e):
                yield MasalahArsip("REGISTER_TANPA_BERKAS", path, "arsip.register_tanpa_berkas")
            continue
        if nyata != sha:
            yield MasalahArsip("HASH_BEDA", path, "arsip.hash_register_beda")


def _tanpa_manifest(berkas: list[Path], folder_bermanifest: set[Path]) -> Iterator[MasalahArsip]:
    """PDFs lying in the archive outside every revision folder."""
    for pdf in berkas:
        di_revisi = any(pdf.is_relative_to(f) for f in folder_bermanifest)
        if pdf.suffix.lower() == ".pdf" and not di_revisi:
            yield MasalahArsip("TIDAK_TERCATAT", pdf, "arsip.tidak_tercatat")
