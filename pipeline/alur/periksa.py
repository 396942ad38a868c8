"""SOP step 2, the PPID Pelaksana's act: check the drafts, then initial (paraf) them or send
items back to the Operator.

The check is explicit. The PPID Pelaksana initials the Lembar of the items they approve (every
item by default); the DIK and the Surat Keputusan cover every item, so they are initialled only
once every item's Lembar is. An item found wanting goes back to the Operator with a note by the
same mechanism as the Tim Pertimbangan's Perbaiki: step 1 reopens, ``sidik run`` lists it, and
the corrected row loses the mark (:func:`pipeline.alur.kumpulkan.kumpul`). Both acts are the
PPID Pelaksana's, recorded in step 2 (events ``paraf`` and ``item_dikembalikan``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from pipeline.alur import izin
from pipeline.alur import jalan as kerja
from pipeline.alur.dokumen import Lapor1, tahap_dokumen
from pipeline.alur.hasil import HasilLangkah, hasil_langkah
from pipeline.alur.izin import Tindakan
from pipeline.alur.jalan import Jalan, Lapor, basi, diam, jalan_terkunci, rencana_terpisah
from pipeline.alur.rencana import Rencana
from pipeline.alur.ttd_peserta import hadir_peserta
from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.ledger import buka_untuk_baca, buku_terkunci
from pipeline.ledger.buku import Buku, CatatanItem, RingkasanItem
from pipeline.ledger.catatan import Peristiwa
from pipeline.ledger.sop import Langkah
from pipeline.model import Dokumen, Keputusan
from pipeline.progres import Kemajuan, tanpa_kemajuan
from pipeline.stages.nama_dokumen import nama_lembar_no


@dataclass(frozen=True)
class Pilihan:
    """The documents one paraf initials, in order (the Lembar first, then the DIK and the SK),
    and the items whose Lembar stays uninitialled (the DIK and the SK wait for them)."""

    nama_dokumen: list[str]
    menunggu: tuple[int, ...]


@dataclass(frozen=True)
class HasilKembali:
    """What sending items back did: the cycle and the items, with the note."""

    siklus: str
    items: tuple[CatatanItem, ...]


def paraf(
    config: Config,
    siklus_id: str | None = None,
    lapor: Lapor = diam,
    kemajuan: Kemajuan = tanpa_kemajuan,
    nomor: Collection[int] | None = None,
) -> HasilLangkah:
    """SOP step 2: the PPID Pelaksana's paraf on the Lembar of items ``nomor`` (None: every
    item not sent back), then on the DIK and the SK once every Lembar is; ends the check."""
    with jalan_terkunci(config, siklus_id, lapor, kemajuan) as j:
        r = rencana_terpisah(j)
        if basi(j, r, "paraf"):
            izin.pastikan(kerja.aktor_dari(j.buku, config), Tindakan.PARAF, config)
        p = pilih_dokumen(j, r, nomor)
        n = paraf_dokumen(j, r, p)
        akhiri_periksa(j, r)
        return replace(hasil_langkah(j, "paraf", n), menunggu=p.menunggu)


def paraf_dokumen(j: Jalan, r: Rencana, p: Pilihan | None = None) -> int:
    """Initial the documents of ``p`` (None: every one not yet initialled); return how many."""
    from pipeline.stages.paraf import paraf

    nama = (p or pilih_dokumen(j, r)).nama_dokumen
    hadir = hadir_peserta(j)  # who took part in each item's test and each meeting

    def kerjakan(dokumen: list[Dokumen], lapor: Lapor1) -> list[Dokumen]:
        return paraf(dokumen, j.siklus, j.config, lapor, hadir=hadir.hadir, rapat=hadir.rapat)

    return tahap_dokumen(j, r, "paraf", kerjakan, nama)


def pilih_dokumen(j: Jalan, r: Rencana, nomor: Collection[int] | None = None) -> Pilihan:
    """The documents not yet initialled that a paraf of items ``nomor`` covers (None: every
    item not sent back): their Lembar, then the DIK, the SK and the other documents of the
    whole list if no Lembar is left."""
    daftar = _dalam_daftar(j.buku, j.siklus.id)
    dipilih = sorted(
        _periksa_nomor(j.siklus.id, daftar, nomor)
        if nomor is not None
        else (no for no, c in daftar.items() if c.keputusan is not Keputusan.PERBAIKI)
    )
    belum = set(basi(j, r, "paraf"))
    lembar = [k for k in map(nama_lembar_no, dipilih) if k in belum]
    kini = set(lembar)
    menunggu = tuple(no for no in sorted(daftar) if nama_lembar_no(no) in belum - kini)
    # the documents of the whole list (the DIK, the SK, each meeting's Berita Acara) and the
    # Lembar of items opened by the Tim, once no Lembar of the list waits
    milik_item = {nama_lembar_no(no) for no in daftar}
    seluruh = [] if menunggu else [k for k in r.nama_dokumen if k in belum and k not in milik_item]
    return Pilihan(lembar + seluruh, menunggu)


def _dalam_daftar(buku: Buku, siklus_id: str) -> dict[int, RingkasanItem]:
    """The items of the draft DIK by number (active, not decided Dibuka), without content."""
    return {
        no: c
        for no, c in buku.ringkasan_items(siklus_id).items()
        if c.aktif and c.keputusan is not Keputusan.DIBUKA
    }


def _periksa_nomor(
    siklus_id: str, daftar: dict[int, RingkasanItem], nomor: Collection[int]
) -> set[int]:
    """Items ``nomor`` as chosen for paraf: each in the draft DIK and not sent back."""
    for no in sorted(set(nomor)):
        if no not in daftar:
            raise InputInvalid("periksa.item_tidak_ada", no=no, siklus=siklus_id)
        if daftar[no].keputusan is Keputusan.PERBAIKI:
            raise InputInvalid("periksa.item_dikembalikan", no=no, siklus=siklus_id)
    return set(nomor)


def akhiri_periksa(j: Jalan, r: Rencana) -> None:
    """End step 2 once every document of the plan is initialled and no item is sent back."""
    if basi(j, r, "paraf") or j.buku.items_berkeputusan(j.siklus.id, Keputusan.PERBAIKI):
        return
    with j.buku.transaksi():
        kerja.selesaikan(j.buku, j.config, j.siklus.id, Langkah.PERIKSA)


def kembalikan(
    config: Config, nomor: Sequence[int], catatan: str, siklus_id: str | None = None
) -> HasilKembali:
    """SOP step 2: the PPID Pelaksana sends items ``nomor`` back to the Operator with
    ``catatan`` (required): each is marked Perbaiki and step 1 reopens."""
    if not catatan.strip():
        raise InputInvalid("periksa.catatan_wajib")
    with buku_terkunci(config.jalur.ledger) as buku:
        izin.pastikan(kerja.aktor_dari(buku, config), Tindakan.PARAF, config)
        c = kerja.muat(buku, siklus_id)
        items = {i.item.no: i for i in buku.items(c.id)}
        kembali = [_boleh_dikembalikan(c.id, items, no) for no in sorted(set(nomor))]
        perbaiki, teks = Keputusan.PERBAIKI, catatan.strip()
        with buku.transaksi():
            for i in kembali:
                _kembalikan_item(buku, config, c.id, i, teks)
            buku.buka_ulang(c.id, Langkah.KUMPUL)
        return HasilKembali(
            c.id, tuple(replace(i, keputusan=perbaiki, catatan=teks) for i in kembali)
        )


def _boleh_dikembalikan(siklus_id: str, items: dict[int, CatatanItem], no: int) -> CatatanItem:
    """Item ``no``, if the PPID Pelaksana may send it back: in the draft, not yet decided."""
    i = items.get(no)
    if i is None or i.keputusan is Keputusan.DIBUKA:
        raise InputInvalid("periksa.item_tidak_ada", no=no, siklus=siklus_id)
    if i.keputusan is Keputusan.PERBAIKI:
        raise InputInvalid("periksa.item_dikembalikan", no=no, siklus=siklus_id)
    if i.keputusan is not None:
        raise InputInvalid(
            "periksa.sudah_diputus", no=no, siklus=siklus_id, keputusan=i.keputusan.value
        )
    return i


def _kembalikan_item(
    buku: Buku, config: Config, siklus_id: str, i: CatatanItem, catatan: str
) -> None:
    """Mark one item Perbaiki with the note, as its unit's PPID Pelaksana's act."""
    buku.putuskan(siklus_id, i.item.no, Keputusan.PERBAIKI, catatan)
    p = config.pemeriksa(i.item.unit_kerja)
    kerja.catat(
        buku,
        config,
        siklus_id,
        Langkah.PERIKSA,
        "item_dikembalikan",
        i.item.no,
        i.sha256,
        keterangan=catatan,
        oleh=f"{p.nama} (NIP {p.nip})",
    )


@dataclass(frozen=True)
class ItemPeriksa:
    """An item as the PPID Pelaksana checks it in the page: the item, whether its Lembar is
    initialled from its current draft, and, when it is sent back, the event that did so."""

    item: CatatanItem
    diparaf: bool
    kembali: Peristiwa | None


def daftar_periksa(config: Config, siklus_id: str) -> list[ItemPeriksa]:
    """The items of the cycle's draft DIK (active, not decided Dibuka) in order, each with
    its paraf and sending-back state; read without the workspace lock, without the plan."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        buku.siklus(siklus_id)  # an unknown cycle is an error
        draf = buku.sidik_jari_dokumen(siklus_id, "convert")
        paraf_ = buku.sidik_jari_dokumen(siklus_id, "paraf")
        kembali = buku.kembali_terakhir(siklus_id)
        return [
            ItemPeriksa(
                i, _diparaf(nama_lembar_no(i.item.no), draf, paraf_), kembali.get(i.item.no)
            )
            for i in buku.items(siklus_id)
            if i.keputusan is not Keputusan.DIBUKA
        ]


def dikembalikan(config: Config, siklus_id: str) -> list[ItemPeriksa]:
    """The items of the cycle now sent back to the Operator (Perbaiki), with who sent each
    back and the note: what the Operator corrects before continuing."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        kembali = buku.kembali_terakhir(siklus_id)
        return [
            ItemPeriksa(i, False, kembali.get(i.item.no))
            for i in buku.items_berkeputusan(siklus_id, Keputusan.PERBAIKI)
        ]


def _diparaf(nama: str, draf: dict[str, str], paraf_: dict[str, str]) -> bool:
    """Whether document ``nama`` is initialled from its current draft."""
    return nama in draf and paraf_.get(nama) == draf[nama]
