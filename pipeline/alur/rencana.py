"""The plan of a cycle: which documents its items and decisions ask for, numbered and
fingerprinted, so that every stage redoes exactly what changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.alur.aturan_tim import hadir_uji, tidak_hadir
from pipeline.alur.rapat import rapat_tim, tanggal_dokumen
from pipeline.alur.sidik_jari import medan_item, medan_rapat, sha_daftar, sha_data
from pipeline.config import Config
from pipeline.hashing import sha256_berkas
from pipeline.ledger.buku import Buku
from pipeline.ledger.register import nomor_dokumen
from pipeline.legal.nomor import format_nomor
from pipeline.model import Item, Keputusan, RapatTim, Siklus, TanggalDokumen
from pipeline.stages.nama_dokumen import nama_berita_acara, nama_dokumen_siklus, nama_lembar


@dataclass(frozen=True)
class Rencana:
    """What the cycle's documents should be now: their numbers and fingerprints.

    A document's fingerprint covers everything it is made from (its items, the cycle date, its
    number, sidik.toml and the templates); a stage's output is current when it was made from
    the same fingerprint, so every stage redoes exactly what changed and nothing else. The
    items themselves are not kept: the stages that need them (render, archive) read them from
    the ledger (:func:`item_siklus`), which is locked for the run, so a plan stays small
    while LibreOffice converts.
    """

    nomor: dict[str, str]
    sidik_jari: dict[str, str]

    @property
    def nama_dokumen(self) -> list[str]:
        """The documents' names in numbering order."""
        return list(self.sidik_jari)


@dataclass(frozen=True)
class ItemSiklus:
    """The cycle's items that have a Lembar: every one not withdrawn. An item the Tim opened
    keeps its signed Lembar (the test and its reason on record, its letter number issued);
    only the DIK and the decree leave it out."""

    lembar: list[Item]
    dibuka: dict[int, str]  # item no -> the Tim's reason for opening it
    rapat: list[RapatTim] = field(default_factory=list)  # each meeting: its Berita Acara

    @property
    def daftar(self) -> list[Item]:
        """The items the DIK holds: those not decided Dibuka."""
        return [i for i in self.lembar if i.no not in self.dibuka]


def item_siklus(buku: Buku, siklus_id: str) -> ItemSiklus:
    """The cycle's active items, the reasons of those decided Dibuka, and the meetings of the
    Tim (what each decided, withdrawn items too), from the ledger."""
    semua = buku.items(siklus_id, semua=True)
    aktif = [c for c in semua if c.aktif]
    dibuka = {c.item.no: c.catatan for c in aktif if c.keputusan is Keputusan.DIBUKA}
    rapat = rapat_tim(buku, siklus_id, {c.item.no: c.item for c in semua})
    return ItemSiklus([c.item for c in aktif], dibuka, rapat)


def buat_rencana(buku: Buku, config: Config, siklus: Siklus) -> Rencana:
    """The cycle's documents as its items and decisions now ask for."""
    semua = item_siklus(buku, siklus.id)
    items = semua.daftar
    nama = nama_dokumen_siklus(semua.lembar, semua.rapat)
    tahun = siklus.tanggal.year
    p = config.penomoran
    nomor = {
        k: format_nomor(p.pola, kode=p.kode, urut=u, unit=p.unit, tahun=tahun)
        for k, u in nomor_dokumen(buku, siklus.id, tahun, nama).items()
    }
    dasar = [_lingkungan(config), siklus.tanggal.isoformat()]
    tanggal = tanggal_dokumen(buku, siklus.id, siklus.tanggal)
    per_item = {nama_lembar(i): i for i in semua.lembar}
    tim = config.tim_pertimbangan
    diputus = {c.item.no for c in buku.items(siklus.id) if c.keputusan is not None}
    hadir = hadir_uji(tim, buku.suara(siklus.id), diputus)
    per_rapat = {nama_berita_acara(r): r for r in semua.rapat}
    sidik_jari = {}
    for k in nama:
        item = per_item.get(k)
        if item is not None:  # a Lembar: its own item, dated by its meeting, its result
            hasil = [*_rapat(tanggal, item), *_dibuka(semua, item)]
            hasil += [f"tidak_hadir:{n}" for n in tidak_hadir(tim, hadir, item.no)]
            sidik_jari[k] = sha_data([*dasar, k, nomor[k], medan_item(item), *hasil])
        elif k in per_rapat:  # a Berita Acara: its meeting's decisions
            sidik_jari[k] = sha_data([*dasar, k, nomor[k], medan_rapat(per_rapat[k])])
        else:  # the DIK, the decree: every item, dated by the signing day
            awal = [*dasar, k, nomor[k], *_penetapan(tanggal)]
            sidik_jari[k] = sha_daftar(awal, (medan_item(i) for i in items))
    return Rencana(nomor, sidik_jari)


def _rapat(tanggal: TanggalDokumen, item: Item) -> list[str]:
    """A Lembar's date in its fingerprint, when it is not the cycle's (a meeting on another
    day): a draft, or a meeting on the cycle's day, is not rendered again."""
    hari = tanggal.lembar(item.no)
    return [f"rapat:{hari.isoformat()}"] if hari != tanggal.siklus else []


def _dibuka(semua: ItemSiklus, item: Item) -> list[str]:
    """An opened item's result and reason in its Lembar's fingerprint (none otherwise)."""
    return ["dibuka", semua.dibuka[item.no]] if item.no in semua.dibuka else []


def _penetapan(tanggal: TanggalDokumen) -> list[str]:
    """The DIK's and decree's date in their fingerprint, when it is not the cycle's."""
    hari = tanggal.penetapan
    return [f"penetapan:{hari.isoformat()}"] if hari != tanggal.siklus else []


def _lingkungan(config: Config) -> str:
    berkas = [config.berkas, *sorted(config.jalur.templat.glob("*.docx"))]
    return sha_data([sha256_berkas(b) for b in berkas])
