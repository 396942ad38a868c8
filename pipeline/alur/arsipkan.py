"""SOP step 5: file a signed cycle, register every archived document, and say it once.

If a run is killed after the archive folder was renamed into place but before the ledger
recorded it, the next run finds the folder, checks it against the signed documents and
registers it: the cycle is filed exactly once.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import gangguan
from pipeline.alur import jalan as kerja
from pipeline.alur.hasil import HasilSiklus
from pipeline.alur.izin import pastikan_menyegel
from pipeline.alur.jalan import Jalan, Lapor, Rencana, diam, jalan_terkunci, rencana_terpisah
from pipeline.alur.rencana import item_siklus
from pipeline.alur.sidik_jari import hash_items
from pipeline.alur.tandatangani import tandai
from pipeline.alur.ttd_peserta import hadir_peserta
from pipeline.config import Config
from pipeline.errors import ArchiveConflict, InputInvalid, SigningFailed
from pipeline.hashing import sha256_berkas
from pipeline.ledger import buka_untuk_baca, buku_terkunci
from pipeline.ledger.buku import Buku
from pipeline.ledger.register import (
    EntriArsip,
    ManifestTercatat,
    catat_arsip,
    catat_manifest,
    register_arsip,
)
from pipeline.ledger.sop import Langkah
from pipeline.messages import terjemah
from pipeline.model import Arsip, DokumenTertandatangan, Item, JenisDokumen, Keputusan
from pipeline.stages.archive import (
    FOLDER_ARSIP,
    NAMA_MANIFEST,
    Tandai,
    archive,
    bersihkan_sisa,
    cari_arsip,
)
from pipeline.verify.arsip import HasilPeriksaArsip, periksa_arsip, saksi_arsip
from pipeline.verify.manifest import NAMA_TTD_MANIFEST
from pipeline.zona import di_kantor

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi, Penanda


def simpan_arsip(j: Jalan, r: Rencana, tandai: Tandai | None = None) -> Arsip:
    """File the cycle's signed documents (once); ``baru`` False when filed before.

    ``tandai`` seals the manifest with the Operator's key (None: their key signs PDFs only or
    there is none, and the manifest's hash in the ledger is its only witness besides the
    archive itself; see :func:`penyegel`).
    """
    keluaran = j.config.jalur.keluaran
    if kerja.diarsipkan(j.buku, j.siklus.id):
        folder = keluaran / register_arsip(j.buku, j.siklus.id)[0].path
        return Arsip(folder.parent, folder.parent / NAMA_MANIFEST, baru=False)
    kerja.prasyarat(j, r, "archive")
    dokumen = _tertandatangan(j, r)
    semua = item_siklus(j.buku, j.siklus.id)
    items = semua.daftar
    ada = cari_arsip(keluaran, j.siklus.id)
    gangguan.titik("archive.mulai")
    if ada is None:
        bersihkan_sisa(keluaran)
        j.lapor(terjemah("langkah.archive", jumlah=len(dokumen)))
        siklus = replace(j.siklus, hash_item=hash_items(items))
        tinjauan = sorted((j.siklus.folder_kerja / "tinjauan").glob("*.xlsx"))
        lapor = j.pelapor("archive", len(dokumen))
        peserta = peserta_manifest(j, dokumen)
        arsip = archive(dokumen, siklus, keluaran, keterangan(j), tinjauan, lapor, tandai, peserta)
    else:
        arsip = _adopsi(ada, dokumen)
    gangguan.titik("archive.daftar")
    _daftarkan(j, semua.lembar, arsip, dokumen)
    gangguan.titik("archive.selesai")
    return arsip


def peserta_manifest(
    j: Jalan, dokumen: Sequence[DokumenTertandatangan]
) -> dict[str, list[dict[str, Any]]]:
    """Who had to sign each Lembar and Berita Acara, by file name, for the manifest: a Lembar's
    unit's PPID Pelaksana, each Tim member (``hadir``: took part in its item's test, see
    :func:`pipeline.alur.ttd_peserta.hadir_peserta`) and the Atasan PPID; a Berita Acara's
    PPID Pelaksana, the Tim members present at its meeting and the Atasan PPID; in signing
    order.

    A document without the participants' cells (an office's own template) gets no list, so the
    verifier asks nothing of it, as of a manifest filed before there were lists.
    """
    from pipeline.stages.lembar import (
        PESERTA_MENANDATANGANI,
        peserta_dokumen,
        punya_medan_peserta,
    )

    hadir = replace(hadir_peserta(j), wajib=())
    hasil = {}
    for d in (d.dokumen for d in dokumen if d.dokumen.jenis in PESERTA_MENANDATANGANI):
        peserta = peserta_dokumen(j.config, d, hadir)
        if peserta is None or not punya_medan_peserta(d.path):
            continue
        hasil[d.path.name] = [
            {"peran": p.peran, "nip": p.pejabat.nip, "nama": p.pejabat.nama, "hadir": p.hadir}
            for p in peserta
        ]
    return hasil


def _tertandatangan(j: Jalan, r: Rencana) -> list[DokumenTertandatangan]:
    ttd = j.buku.dokumen(j.siklus.id, "sign")
    return [
        DokumenTertandatangan(
            kerja.mutlak(j, ttd[k].dokumen), ttd[k].penanda_tangan, ttd[k].waktu, ttd[k].sha256
        )
        for k in r.nama_dokumen
    ]


def _adopsi(folder: Any, dokumen: list[DokumenTertandatangan]) -> Arsip:
    """An archive folder a killed run filed: accepted only if it holds exactly what was signed."""
    berkas = tuple(folder / d.dokumen.path.name for d in dokumen)
    for b, d in zip(berkas, dokumen, strict=True):
        if not b.is_file() or sha256_berkas(b) != d.sha256:
            raise ArchiveConflict("arsip.bentrok", folder=str(folder))
    return Arsip(folder, folder / NAMA_MANIFEST, berkas)


def _daftarkan(
    j: Jalan, items: list[Item], arsip: Arsip, dokumen: list[DokumenTertandatangan]
) -> None:
    keluaran = j.config.jalur.keluaran
    huruf = {i.no: i.pasal17_huruf for i in items}
    semua = ",".join(sorted(set(huruf.values())))
    entri = [
        EntriArsip(
            j.siklus.id,
            1,
            (arsip.folder / d.dokumen.path.name).relative_to(keluaran).as_posix(),
            d.sha256,
            d.dokumen.unit_kerja,
            huruf.get(d.dokumen.item_no or 0, semua),
            d.penanda_tangan,
            d.waktu,
        )
        for d in dokumen
    ]
    with j.buku.transaksi():
        catat_arsip(j.buku, entri)
        for d, e in zip(dokumen, entri, strict=True):
            kerja.catat(
                j.buku,
                j.config,
                j.siklus.id,
                Langkah.ARSIP,
                "arsip",
                d.dokumen.item_no,
                d.sha256,
                d.sha256,
                e.path,
            )
        manifest = catatan_manifest(j.siklus.id, 1, arsip.manifest, keluaran)
        catat_manifest(j.buku, manifest)
        kerja.catat(
            j.buku,
            j.config,
            j.siklus.id,
            Langkah.ARSIP,
            "manifest",
            keluar=manifest.sha256,
            keterangan=manifest.path,
        )
        kerja.selesaikan(j.buku, j.config, j.siklus.id, Langkah.ARSIP)


def catatan_manifest(siklus: str, revisi: int, manifest: Path, keluaran: Path) -> ManifestTercatat:
    """What the ledger keeps of a filed manifest: its hash, whether it was sealed and who
    sealed it (the name and NIP of the seal's certificate)."""
    from pipeline.verify.ttd_manifest import penyegel_manifest  # pyhanko: only when filing

    segel = penyegel_manifest(manifest)
    ttd = "cms" if manifest.with_name(NAMA_TTD_MANIFEST).is_file() else "tidak_dapat"
    path = manifest.relative_to(keluaran).as_posix()
    nama, nip = (segel.nama, segel.nip) if segel is not None else ("", "")
    return ManifestTercatat(siklus, revisi, path, sha256_berkas(manifest), ttd, nama, nip)


def keterangan(j: Jalan) -> dict[str, Any]:
    """What the manifest says beyond the files: agency, signer, review decisions, tools."""
    config, info = j.config, j.buku.info(j.siklus.id)
    a, orang = config.atasan_ppid, info.get("penanda_tangan", {})
    return {
        "instansi": {"pemerintah": config.instansi.pemerintah, "dinas": config.instansi.dinas},
        "penanda_tangan": {  # who signed: the certificate's name and NIP
            "nama": orang.get("nama", a.nama),
            "jabatan": a.jabatan,
            "nip": orang.get("nip", a.nip),
            "sertifikat": info.get("sertifikat", {}),
        },
        "pades": config.penandatanganan.tingkat,
        "pades_per_jenis": {
            jenis.value: config.penandatanganan.tingkat_untuk(jenis.value) for jenis in JenisDokumen
        },
        "tinjauan": [
            {"no": c.item.no, "judul": c.item.judul, "keputusan": c.keputusan, "catatan": c.catatan}
            for c in j.buku.items(j.siklus.id)
            if c.keputusan in (Keputusan.DIKECUALIKAN, Keputusan.DIBUKA)
        ],
        "alat": {"libreoffice": info.get("libreoffice", ""), **versi_pustaka()},
    }


def versi_pustaka() -> dict[str, str]:
    """Versions of Python and the libraries that shape the output."""
    hasil = {"python": platform.python_version()}
    for nama in (
        "pyhanko",
        "pyhanko-certvalidator",
        "pikepdf",
        "pypdfium2",
        "docxtpl",
        "openpyxl",
        "reportlab",
    ):
        try:
            hasil[nama] = version(nama)
        except PackageNotFoundError:
            hasil[nama] = ""
    return hasil


@dataclass(frozen=True)
class SaringArsip:
    """Filters for ``sidik archive list``; None means "any"."""

    siklus: str | None = None
    dari: date | None = None
    sampai: date | None = None
    unit_kerja: str | None = None
    pasal17_huruf: str | None = None
    penanda_tangan: str | None = None

    def cocok(self, e: EntriArsip) -> bool:
        """Whether a register entry passes every filter."""
        tanggal = di_kantor(e.waktu_ttd).date()
        return (
            (self.siklus is None or e.siklus == self.siklus)
            and (self.dari is None or tanggal >= self.dari)
            and (self.sampai is None or tanggal <= self.sampai)
            and (self.unit_kerja is None or e.unit_kerja.casefold() == self.unit_kerja.casefold())
            and (
                self.pasal17_huruf is None
                or self.pasal17_huruf.lower() in e.pasal17_huruf.split(",")
            )
            and (
                self.penanda_tangan is None
                or self.penanda_tangan.casefold() in e.penanda_tangan.casefold()
            )
        )


def daftar_arsip(config: Config, saring: SaringArsip) -> list[EntriArsip]:
    """The archive register, filtered (``sidik archive list``)."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        return [e for e in register_arsip(buku) if saring.cocok(e)]


def periksa(config: Config, akar: Path | None = None) -> HasilPeriksaArsip:
    """Check the archive against its manifests, their signatures and, when there is a
    ledger, the register and each manifest's recorded hash."""
    akar = akar or config.jalur.keluaran / FOLDER_ARSIP
    if not akar.is_dir():
        raise InputInvalid("berkas.tidak_ada", berkas=str(akar))
    return periksa_arsip(akar, saksi_arsip(config, akar))


def perpanjang(
    config: Config,
    jalur: Sequence[Path],
    tingkat: str,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = diam,
) -> list[Arsip]:
    """``sidik sign extend``: file B-LT/B-LTA copies as new revisions, their manifests sealed
    by the Operator who files them (:func:`penyegel`), and register them and their manifests'
    hashes."""
    with buku_terkunci(config.jalur.ledger) as buku:
        from pipeline.stages.sign import perpanjang_arsip  # pyhanko: only when extending

        segel = penyegel(config, minta_sandi, lapor)
        revisi = perpanjang_arsip(jalur, config, tingkat, tandai(segel))
        with buku.transaksi():
            for arsip in revisi:
                _daftarkan_revisi(buku, arsip, config.jalur.keluaran)
    return revisi


def _daftarkan_revisi(buku: Buku, arsip: Arsip, keluaran: Path) -> None:
    """Register a revision's files (as their cycle's first filing, at the new revision) and
    its manifest's hash; a folder outside the workspace's archive is not registered."""
    if not arsip.manifest.resolve().is_relative_to(keluaran.resolve()):
        return
    manifest = json.loads(arsip.manifest.read_text(encoding="utf-8"))
    siklus, nomor = str(manifest["siklus"]), int(manifest["revisi"])
    asal = {Path(e.path).name: e for e in register_arsip(buku, siklus)}
    catat_arsip(
        buku,
        [
            replace(
                asal[p.name],
                revisi=nomor,
                path=p.relative_to(keluaran).as_posix(),
                sha256=sha256_berkas(p),
                diarsipkan=None,
            )
            for p in arsip.dokumen
            if p.name in asal
        ],
    )
    if asal:  # a cycle this ledger filed
        catat_manifest(buku, catatan_manifest(siklus, nomor, arsip.manifest, keluaran))


def penyegel(
    config: Config, minta_sandi: MintaSandi | None = None, lapor: Lapor = diam
) -> Penanda | None:
    """Who seals the manifest: the Operator, whose act the archive is (SOP step 5), with their
    own key (see :func:`pipeline.signing.penanda.kredensial`), refused before anything is
    filed if it cannot be unlocked or names someone else. None, told to ``lapor``, when their
    key signs PDFs only (BSrE) or they have none: the ledger's hash then vouches for the
    manifest alone."""
    from pipeline.signing.penanda import penanda_segel  # pyhanko: only when sealing

    segel = penanda_segel(config, minta_sandi, lapor)
    if segel is None:
        lapor(terjemah("arsip.tanpa_segel", nama=config.operator.nama))
    return segel


def segel_perlu_sandi(config: Config) -> bool:
    """Whether the Operator must type their key's passphrase (or PIN) to seal a manifest: what
    the page asks before archiving. False when the key cannot be found; the act says why."""
    from pipeline.signing.penanda import segel_perlu_sandi as perlu  # pyhanko: only when sealing

    try:
        return perlu(config)
    except SigningFailed:
        return False


def arsipkan(
    config: Config,
    siklus_id: str | None = None,
    lapor: Lapor = diam,
    minta_sandi: MintaSandi | None = None,
    segel: Penanda | None = None,
) -> HasilSiklus:
    """SOP step 5: file the signed documents with the manifest the Operator seals (once per
    cycle); ``segel``: their signer, when already loaded."""
    with jalan_terkunci(config, siklus_id, lapor) as j:
        if not kerja.diarsipkan(j.buku, j.siklus.id):
            pastikan_menyegel(kerja.aktor_dari(j.buku, config), config)
            if segel is None:
                segel = penyegel(config, minta_sandi, j.lapor)
        return HasilSiklus(j.siklus, simpan_arsip(j, rencana_terpisah(j), tandai(segel)))
