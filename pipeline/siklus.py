"""A cycle's identity, its items (SOP step 1) and the documents it should produce.

A cycle is opened by the first ``sidik render``/``run`` of a workbook and gets an explicit id
``dik-YYYYMMDD-N``. Later runs of the same workbook (its path relative to the workspace)
continue that cycle until it is archived, however the workbook changed meanwhile (corrections
after Perbaiki, added or withdrawn items). Once archived, the same items say "already
archived"; changed items open a new cycle.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from pipeline.aktor import Aktor, Saluran, aktor_cli
from pipeline.atomic import tulis_atomik
from pipeline.config import Config
from pipeline.errors import InputInvalid, StepNotReady
from pipeline.hashing import sha256_berkas
from pipeline.ledger.buku import Buku, CatatanItem, CatatanSiklus, Peristiwa
from pipeline.ledger.register import nomor_dokumen, revisi_terakhir
from pipeline.ledger.sop import MUTU_BAKU, URUTAN, Langkah, Peran
from pipeline.ledger.tenggat import KalenderKerja
from pipeline.legal.nomor import format_nomor
from pipeline.legal.tanggal import nama_hari
from pipeline.model import Dokumen, Item, Keputusan, Pejabat, Siklus
from pipeline.progres import LAPOR_SETIAP, Hitung, Kemajuan, tanpa_kemajuan
from pipeline.stages.kunci import kunci_dokumen, kunci_lembar

FOLDER_KERJA = "kerja"
TAHAP = ("render", "convert", "paraf", "sign")  # per-document stages, in order
Lapor = Callable[[str], None]


def diam(_: str) -> None:
    """Default progress sink: say nothing."""


def sha_item(item: Item) -> str:
    """The SHA-256 of one item's content (its row number excluded)."""
    return _sha([_isi(item)])


def hash_items(items: Sequence[Item]) -> str:
    """The SHA-256 of a list of items' content, in order (``_sha`` of the list, item by item)."""
    h = hashlib.sha256()
    _tambah_urutan(h, (_isi(i) for i in items))
    return h.hexdigest()


def _isi(item: Item) -> dict[str, object]:
    """An item's content as its hashes take it: every field but its row in the workbook."""
    return {k: v for k, v in asdict(item).items() if k != "baris"}


_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)  # what fingerprints hash


def _sha(data: object) -> str:
    return hashlib.sha256(_JSON.encode(data).encode()).hexdigest()


def _sha_daftar(awal: Sequence[object], isi: Iterable[object]) -> str:
    """``_sha([*awal, list(isi)])``, the same digest, without the whole JSON text in memory at
    once: for 5,000 items that text is about 8 MB, made twice per plan (the DIK, the decree)."""
    h = hashlib.sha256(b"[")
    for x in awal:
        h.update(_JSON.encode(x).encode())
        h.update(b", ")
    _tambah_urutan(h, isi)
    h.update(b"]")
    return h.hexdigest()


def _tambah_urutan(h: hashlib._Hash, isi: Iterable[object]) -> None:
    """Feed ``h`` the JSON text of ``list(isi)``, one element at a time."""
    h.update(b"[")
    for n, x in enumerate(isi):
        if n:
            h.update(b", ")
        h.update(_JSON.encode(x).encode())
    h.update(b"]")


def kunci_workbook(config: Config, workbook: Path) -> str:
    """How a workbook is known to the ledger: its path relative to the workspace."""
    path = workbook.resolve()
    return (
        path.relative_to(config.root).as_posix() if path.is_relative_to(config.root) else str(path)
    )


def model(config: Config, c: CatatanSiklus, hash_item: str | None = None) -> Siklus:
    """The :class:`Siklus` record the stages take, with its work folder."""
    folder = config.jalur.keluaran / FOLDER_KERJA / c.id
    sumber = folder / "sumber" / Path(c.workbook).name
    return Siklus(c.id, c.tanggal, hash_item or c.hash_item, str(sumber), folder)


def diarsipkan(buku: Buku, siklus_id: str) -> bool:
    """Whether the cycle is in the archive register."""
    return revisi_terakhir(buku, siklus_id) > 0


BATAS_HARI_MAJU = 30
"""``--tanggal`` may be at most this many days after today (WIB)."""


def temukan_atau_buka(
    buku: Buku,
    config: Config,
    workbook: Path,
    items: Sequence[Item],
    tanggal: date | None = None,
    paksa_tanggal: bool = False,
) -> CatatanSiklus:
    """The workbook's open cycle, its archived cycle if the items are unchanged, or a new one.

    A new cycle carries ``tanggal`` (default: today, WIB). A ``tanggal`` the operator gave is
    checked by :func:`periksa_tanggal` against the day the cycle opened (today for a new one)
    unless ``paksa_tanggal``.
    """
    kunci = kunci_workbook(config, workbook)
    h = hash_items(items)
    ada = buku.siklus_untuk(kunci)
    lanjut = ada is not None and (not diarsipkan(buku, ada.id) or ada.hash_item == h)
    hari_ini = buku.jam().date()
    if tanggal is not None and not paksa_tanggal:
        dibuka = ada.dibuka.date() if ada is not None and lanjut else hari_ini
        periksa_tanggal(tanggal, dibuka, hari_ini, KalenderKerja(config.kalender.libur_kantor))
    if ada is not None and lanjut:
        return ada
    with buku.transaksi():
        baru = buku.siklus_baru(kunci, tanggal or hari_ini, h)
        buku.mulai_langkah(baru.id, Langkah.KUMPUL)
        catat(buku, config, baru.id, Langkah.KUMPUL, "siklus_dibuka", keterangan=kunci)
    return baru


def periksa_tanggal(tanggal: date, dibuka: date, hari_ini: date, kalender: KalenderKerja) -> None:
    """Refuse a document date no one could mean, with :class:`InputInvalid` saying why.

    It must be a working day of ``kalender``, not before the cycle opened (``dibuka``: the
    documents cannot predate the test of consequences), and not more than
    :data:`BATAS_HARI_MAJU` days after ``hari_ini``.
    """
    teks = tanggal.isoformat()
    libur = kalender.libur(tanggal)
    if libur is not None:
        raise InputInvalid(
            "tanggal.bukan_hari_kerja", tanggal=teks, hari=nama_hari(tanggal), alasan=libur
        )
    if tanggal < dibuka:
        raise InputInvalid("tanggal.sebelum_dibuka", tanggal=teks, dibuka=dibuka.isoformat())
    batas = hari_ini + timedelta(days=BATAS_HARI_MAJU)
    if tanggal > batas:
        raise InputInvalid(
            "tanggal.terlalu_jauh", tanggal=teks, hari=BATAS_HARI_MAJU, batas=batas.isoformat()
        )


def muat(buku: Buku, siklus_id: str | None) -> CatatanSiklus:
    """The cycle ``siklus_id``, or the most recently opened one."""
    if siklus_id is not None:
        return buku.siklus(siklus_id)
    semua = buku.semua_siklus()
    if not semua:
        raise InputInvalid("siklus.tidak_ada_satupun", folder=buku.berkas)
    return semua[-1]


def kumpul(
    buku: Buku,
    config: Config,
    siklus: Siklus,
    items: Sequence[Item],
    workbook: Path,
    lapor: Hitung | None = None,
) -> list[CatatanItem]:
    """SOP step 1: bring the workbook's items into the cycle; return items still sent back.

    A new or changed item loses any earlier decision (the team must review what it signs);
    an item no longer in the workbook is withdrawn but kept in the ledger. ``lapor(items
    done, items)`` follows a long list.
    """
    with buku.transaksi():
        berubah = _selaraskan(buku, config, siklus.id, items, lapor or (lambda _s, _t: None))
        if berubah:
            buku.ubah_hash(siklus.id, hash_items(items))
            _salin_sumber(buku, config, siklus, workbook)
            buku.buka_ulang(siklus.id, Langkah.KUMPUL)
        kembali = buku.items_berkeputusan(siklus.id, Keputusan.PERBAIKI)
        if not kembali:
            selesaikan(buku, config, siklus.id, Langkah.KUMPUL)
    return kembali


def _selaraskan(
    buku: Buku,
    config: Config,
    siklus_id: str,
    items: Sequence[Item],
    lapor: Hitung,
) -> bool:
    lama = buku.ringkasan_items(siklus_id)  # not the items themselves: 5,000 are about 7 MB
    berubah = False
    for n, item in enumerate(items):
        if n % LAPOR_SETIAP == 0:
            lapor(n, len(items))
        sha, c = sha_item(item), lama.pop(item.no, None)
        if c is not None and c.sha256 == sha and c.aktif:
            continue
        buku.simpan_item(siklus_id, item, sha)
        aksi = "item_masuk" if c is None else "item_diubah"
        if c is not None and c.keputusan is Keputusan.PERBAIKI:
            aksi = "item_diperbaiki"
        masuk = c.sha256 if c else None
        catat(buku, config, siklus_id, Langkah.KUMPUL, aksi, item.no, masuk, sha, item.judul)
        berubah = True
    for no, c in lama.items():
        if c.aktif:
            buku.tarik_item(siklus_id, no)
            catat(buku, config, siklus_id, Langkah.KUMPUL, "item_ditarik", no, c.sha256)
            berubah = True
    lapor(len(items), len(items))
    return berubah


def _salin_sumber(buku: Buku, config: Config, siklus: Siklus, workbook: Path) -> None:
    tujuan = Path(siklus.workbook)
    tulis_atomik(tujuan, lambda p: shutil.copyfile(workbook, p))
    catat(buku, config, siklus.id, Langkah.KUMPUL, "workbook", keluar=sha256_berkas(tujuan))


@dataclass(frozen=True)
class Rencana:
    """What the cycle's documents should be now: their numbers and fingerprints.

    A document's fingerprint covers everything it is made from (its items, the cycle date, its
    number, sidik.toml and the templates); a stage's output is current when it was made from
    the same fingerprint, so every stage redoes exactly what changed and nothing else. The
    items themselves are not kept: the stages that need them (render, archive) read them from
    the ledger (:func:`items_daftar`), which is locked for the run, so a plan stays small
    while LibreOffice converts.
    """

    nomor: dict[str, str]
    sidik_jari: dict[str, str]

    @property
    def kunci(self) -> list[str]:
        """The documents' keys in numbering order."""
        return list(self.sidik_jari)


def dalam_daftar(c: CatatanItem) -> bool:
    """Whether an item belongs in the (draft) DIK: not decided Dibuka, not withdrawn."""
    return c.aktif and c.keputusan is not Keputusan.DIBUKA


def items_daftar(buku: Buku, siklus_id: str) -> list[Item]:
    """The items the (draft) DIK holds now, in order (see :func:`dalam_daftar`)."""
    return [c.item for c in buku.items(siklus_id) if dalam_daftar(c)]


def rencana(buku: Buku, config: Config, siklus: Siklus) -> Rencana:
    """The cycle's documents as its items and decisions now ask for."""
    items = items_daftar(buku, siklus.id)
    kunci = kunci_dokumen(items)
    tahun = siklus.tanggal.year
    p = config.penomoran
    nomor = {
        k: format_nomor(p.pola, kode=p.kode, urut=u, unit=p.unit, tahun=tahun)
        for k, u in nomor_dokumen(buku, siklus.id, tahun, kunci).items()
    }
    dasar = [_lingkungan(config), siklus.tanggal.isoformat()]
    per_item = {kunci_lembar(i): i for i in items}
    sidik_jari = {}
    for k in kunci:
        item = per_item.get(k)
        if item is not None:  # a Lembar: its own item
            sidik_jari[k] = _sha([*dasar, k, nomor[k], asdict(item)])
        else:  # the DIK, the decree: every item
            sidik_jari[k] = _sha_daftar([*dasar, k, nomor[k]], (asdict(i) for i in items))
    return Rencana(nomor, sidik_jari)


def _lingkungan(config: Config) -> str:
    berkas = [config.berkas, *sorted(config.jalur.templat.glob("*.docx"))]
    return _sha([sha256_berkas(b) for b in berkas])


def pejabat(config: Config, peran: Peran) -> str:
    """The official(s) of a role as the ledger names them."""
    if peran is Peran.TIM_PERTIMBANGAN:
        return "; ".join(_nama(p) for p in config.tim_pertimbangan)
    daftar: dict[Peran, Pejabat] = {
        Peran.OPERATOR: config.operator,
        Peran.PPID_PELAKSANA: config.ppid_pelaksana,
        Peran.ATASAN_PPID: config.atasan_ppid,
    }
    return _nama(daftar[peran])


def _nama(p: Pejabat) -> str:
    return f"{p.nama} (NIP {p.nip})"


def catat(
    buku: Buku,
    config: Config,
    siklus_id: str,
    langkah: Langkah,
    aksi: str,
    item_no: int | None = None,
    masuk: str | None = None,
    keluar: str | None = None,
    keterangan: str = "",
    oleh: str | None = None,
) -> None:
    """Append an event of ``langkah``: its role's official (or ``oleh``), and whether the
    ledger's actor performed it as that official or on their behalf."""
    peran = MUTU_BAKU[langkah].peran
    pejabat_ = oleh or pejabat(config, peran)
    buku.catat(
        Peristiwa(
            siklus_id,
            langkah,
            peran,
            pejabat_,
            aksi,
            item_no,
            masuk,
            keluar,
            keterangan,
            atas_nama=not any(f"(NIP {n})" in pejabat_ for n in aktor_dari(buku, config).nip),
        )
    )


def aktor_dari(buku: Buku, config: Config) -> Aktor:
    """The ledger's actor with the officials they are: on the CLI, bound by each official's
    ``pengguna``; on the web, as the account says."""
    aktor = buku.aktor
    if aktor.saluran is Saluran.CLI and not aktor.nip:
        return aktor_cli(config.semua_pejabat(), aktor.pelaku)
    return aktor


def selesaikan(buku: Buku, config: Config, siklus_id: str, langkah: Langkah) -> None:
    """Record that a step ended now (once) and hand off to the next step."""
    if buku.selesaikan_langkah(siklus_id, langkah, pejabat(config, MUTU_BAKU[langkah].peran)):
        catat(buku, config, siklus_id, langkah, "langkah_selesai")
        if langkah is not URUTAN[-1]:
            buku.mulai_langkah(siklus_id, URUTAN[URUTAN.index(langkah) + 1])


@dataclass(frozen=True)
class Jalan:
    """One locked run on one cycle: configuration, ledger, the cycle, progress sinks."""

    config: Config
    buku: Buku
    siklus: Siklus
    lapor: Lapor = diam
    kemajuan: Kemajuan = tanpa_kemajuan

    def pelapor(self, tahap: str, total: int, awal: int = 0) -> Callable[[int], None]:
        """What one stage (or one window of it, from ``awal``) tells of the documents done."""
        return lambda selesai: self.kemajuan(tahap, awal + selesai, total)


def basi(j: Jalan, r: Rencana, tahap: str) -> list[str]:
    """The documents whose ``tahap`` output is missing or was made from other inputs."""
    ada = j.buku.sidik_jari_dokumen(j.siklus.id, tahap)
    return [k for k, sj in r.sidik_jari.items() if ada.get(k) != sj]


def mutlak(j: Jalan, d: Dokumen) -> Dokumen:
    """``d`` with its path inside the cycle's work folder made absolute."""
    return Dokumen(d.jenis, d.kunci, j.siklus.folder_kerja / d.path, d.item_no, d.unit_kerja)


def prasyarat(j: Jalan, r: Rencana, tahap: str) -> None:
    """Refuse ``tahap`` while an earlier stage is not current, naming the earliest one."""
    for sebelum in TAHAP[: TAHAP.index(tahap)] if tahap in TAHAP else TAHAP:
        if basi(j, r, sebelum):
            raise StepNotReady(
                "siklus.langkah_belum", langkah=tahap, siklus=j.siklus.id, prasyarat=sebelum
            )
