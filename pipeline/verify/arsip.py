"""``sidik archive check``: walk the archive and report what does not add up.

Missing files, files no manifest lists, hash or size mismatches, unreadable manifests, and a
broken chain of revisions (each revision's ``manifest_sebelumnya`` must be the SHA-256 of the
previous revision's manifest of the same cycle). Register rows without files are checked when
the caller passes the register. A Lembar whose entry lists its participants must hold a
signature in the field of each who took part (read from its form; ``sidik verify`` checks the
signatures themselves and who made them).

Each manifest itself must be vouched for: by its signature (``manifest.json.p7s``, valid and
from a trusted key) or by the SHA-256 the ledger recorded when it was filed; whatever witness
there is must agree with it. So an edited newest manifest, which no later revision points to,
is caught as well.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.berkas import (
    JENIS_FOLDER,
    JENIS_TAUTAN,
    NAMA_MANIFEST,
    BukanBerkasBiasa,
    buka_biasa,
    jenis_bukan_biasa,
    sha256_biasa,
)
from pipeline.config import Config
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.register import ManifestTercatat, manifest_tercatat, register_arsip
from pipeline.messages import terjemah
from pipeline.model import JenisDokumen
from pipeline.verify import tampilan
from pipeline.verify.manifest import NAMA_TTD_MANIFEST, Penyegel, StatusTtdManifest
from pipeline.verify.peserta import peserta_entri, tanpa_ttd

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509


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
class Saksi:
    """What the archive is held against besides its own manifests.

    ``akar``: the trust roots a manifest's signature must chain to; ``register``: (file, SHA-256)
    rows of the archive register; ``ledger``: each manifest's recorded hash by path, or None
    when there is no ledger at hand (an auditor with only the archive).
    """

    akar: Sequence[asn1_x509.Certificate] = ()
    register: Iterable[tuple[Path, str]] = ()
    ledger: Mapping[Path, ManifestTercatat] | None = None


def saksi_arsip(config: Config, akar: Path) -> Saksi:
    """The workspace's trust roots and, when it has a ledger, the register rows under ``akar``
    and every manifest's recorded hash."""
    from pipeline.sertifikat import muat_akar  # pyhanko: only when checking

    tepercaya = muat_akar(config.verifikasi.akar_tepercaya)
    if not config.jalur.ledger.is_file():
        return Saksi(tepercaya)
    keluaran = config.jalur.keluaran
    with buka_untuk_baca(config.jalur.ledger) as buku:
        register = [
            (keluaran / e.path, e.sha256)
            for e in register_arsip(buku)
            if _di_dalam(keluaran / e.path, akar)
        ]
        ledger = {(keluaran / m.path).resolve(): m for m in manifest_tercatat(buku)}
    return Saksi(tepercaya, register, ledger)


def _di_dalam(path: Path, akar: Path) -> bool:
    """``path`` lies under ``akar`` as named: a symlinked subfolder keeps its rows (and is
    reported by the check) instead of resolving away and being silently skipped."""
    return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(akar))


@dataclass(frozen=True)
class LaporanRevisi:
    """One revision as ``archive check`` reports it, whether or not anything is wrong.

    ``ledger``: ``cocok``, ``beda``, ``tidak_tercatat`` or ``tanpa_ledger``; ``ttd``: the
    manifest's signature; ``utuh``/``bermasalah``: listed files whose hash matches or not.
    """

    folder: Path
    nomor: int
    ledger: str
    ttd: StatusTtdManifest
    utuh: int
    bermasalah: int
    penyegel: Penyegel | None = None  # who sealed the manifest, from the seal's certificate


@dataclass(frozen=True)
class HasilPeriksaArsip:
    """What ``archive check`` found: how many revisions it read, each one's report, and every
    problem."""

    revisi: int
    masalah: list[MasalahArsip]
    laporan: list[LaporanRevisi] = field(default_factory=list)


@dataclass(frozen=True)
class IsiArsip:
    """What lies under the archive folder: regular files, and what is not one (never read)."""

    berkas: list[Path]
    bukan_biasa: list[MasalahArsip]


def periksa_arsip(akar: Path, saksi: Saksi | None = None) -> HasilPeriksaArsip:
    """Every problem in the archive under ``akar``; no problems means all is in order."""
    saksi = saksi or Saksi()
    isi = jelajahi(akar)
    masalah: list[MasalahArsip] = list(isi.bukan_biasa)
    laporan: list[LaporanRevisi] = []
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
        satu, m = periksa_revisi(r, saksi, isi.berkas)
        laporan.append(satu)
        masalah.extend(m)
    masalah.extend(_periksa_rantai(revisi))
    masalah.extend(_periksa_register(saksi.register))
    masalah.extend(_tanpa_manifest(isi.berkas, {r.folder for r in revisi}))
    return HasilPeriksaArsip(len(revisi), masalah, laporan)


def periksa_revisi(
    r: Revisi, saksi: Saksi, isi: list[Path] | None = None
) -> tuple[LaporanRevisi, list[MasalahArsip]]:
    """One revision on its own: its manifest's witnesses and each listed file's hash.

    ``isi``: the regular files of the walk that found it (walked here when not given).
    """
    from pipeline.verify.ttd_manifest import penyegel_manifest  # pyhanko: only when checking

    isi = jelajahi(r.folder).berkas if isi is None else isi
    berkas = list(_periksa_folder(r, isi))
    ledger, ttd, masalah = _periksa_manifest(r, saksi)
    rusak = sum(1 for b in berkas if b.kode in ("HASH_BEDA", "BERKAS_HILANG"))
    segel = penyegel_manifest(r.folder / NAMA_MANIFEST)
    laporan = LaporanRevisi(r.folder, r.nomor, ledger, ttd, _jumlah(r) - rusak, rusak, segel)
    return laporan, [*masalah, *berkas]


def _jumlah(r: Revisi) -> int:
    return sum(1 for _ in _berkas_tercatat(r))


def _periksa_manifest(r: Revisi, saksi: Saksi) -> tuple[str, StatusTtdManifest, list[MasalahArsip]]:
    """The manifest against the ledger's hash and its own signature: both verdicts and the
    problems (a manifest nothing vouches for is one)."""
    from pipeline.verify.ttd_manifest import periksa_ttd_manifest  # pyhanko: only when checking

    path = r.folder / NAMA_MANIFEST
    tercatat = saksi.ledger.get(path.resolve()) if saksi.ledger is not None else None
    ledger = _putusan_ledger(r, saksi, tercatat)
    ttd = periksa_ttd_manifest(path, saksi.akar)
    masalah = []
    if ledger == "beda":
        masalah.append(MasalahArsip("MANIFEST_BEDA_LEDGER", path, "arsip.manifest_beda_ledger"))
    if ttd in (StatusTtdManifest.TIDAK_SAH, StatusTtdManifest.TIDAK_TEPERCAYA):
        masalah.append(MasalahArsip("TTD_MANIFEST_TIDAK_SAH", path, f"arsip.ttd_{ttd.value}"))
    elif ttd is StatusTtdManifest.TIDAK_ADA and tercatat is not None and tercatat.ttd == "cms":
        masalah.append(MasalahArsip("TTD_MANIFEST_HILANG", path, "arsip.ttd_hilang"))
    if not masalah and ttd is not StatusTtdManifest.SAH and ledger != "cocok":
        masalah.append(MasalahArsip("MANIFEST_TANPA_SAKSI", path, "arsip.manifest_tanpa_saksi"))
    return ledger, ttd, masalah


def _putusan_ledger(r: Revisi, saksi: Saksi, tercatat: ManifestTercatat | None) -> str:
    """The manifest against the ledger: cocok, beda, tidak_tercatat or tanpa_ledger."""
    if saksi.ledger is None:
        return "tanpa_ledger"
    if tercatat is None:
        return "tidak_tercatat"
    return "cocok" if tercatat.sha256 == r.sha256 else "beda"


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
        else:
            yield from _periksa_peserta(path, entri)
    sendiri = (NAMA_MANIFEST, NAMA_TTD_MANIFEST)  # the manifest and its signature
    for path in berkas:
        if path.is_relative_to(r.folder) and path.name not in sendiri and path not in tercatat:
            yield MasalahArsip("TIDAK_TERCATAT", path, "arsip.tidak_tercatat")


def _periksa_peserta(path: Path, entri: dict[str, Any]) -> Iterator[MasalahArsip]:
    """A Lembar or Berita Acara whose entry lists its participants: a problem for each who took
    part and whose field holds no signature (from the form only; ``sidik verify`` also checks
    who signed)."""
    from pyhanko.pdf_utils.misc import PdfError  # pyhanko: only when checking

    peserta = peserta_entri(entri)
    if not peserta:
        return
    try:
        with buka_biasa(path) as f:
            kurang = tanpa_ttd(f, peserta)
    except (OSError, PdfError, ValueError, KeyError, TypeError, AttributeError):
        return  # not readable as a PDF: sidik verify says why (its hash is the one filed)
    dokumen = terjemah(f"jenis.{entri.get('jenis') or JenisDokumen.LEMBAR_UJI.value}")
    for p in kurang:
        params = (("dokumen", dokumen), ("nama", p.nama), ("peran", tampilan.peran(p.peran)))
        # the code keeps its name (a stable interface) for a Berita Acara too
        yield MasalahArsip("LEMBAR_BELUM_LENGKAP", path, "arsip.belum_lengkap", params)


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
