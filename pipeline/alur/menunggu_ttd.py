"""What of a cycle in step 4 waits for the PPID Pelaksana's paraf or for a participant's
signature, counted from what the ledger recorded: without the cycle's plan, without opening
a PDF, without the workspace lock. "Menunggu saya" shows it to each person.

The acts decide from the plan and the files (:func:`pipeline.alur.periksa.paraf`,
:func:`pipeline.alur.ttd_peserta.tandatangani_lembar`); these counts give their answers as
long as the ledger is as the acts leave it (the tests compare both on real cycles). What only
the plan sees, ``sidik.toml`` or a template edited since the last run, shows here once the
next run has made the drafts again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from pipeline.alur.aturan_tim import hadir_uji, wajib_hadir
from pipeline.alur.rapat import KUNCI_INFO, rapat_tim
from pipeline.alur.ttd_peserta import MenungguPeserta, urutan_peserta
from pipeline.config import Config
from pipeline.errors import SigningFailed
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.buku import Buku
from pipeline.ledger.catatan import RingkasanItem, TtdTercatat
from pipeline.medan_ttd import PERAN_ATASAN, medan_peserta
from pipeline.model import Dokumen, Item, JenisDokumen, RapatTim
from pipeline.stages.lembar import PenandaPeserta, Peserta, peserta_dokumen
from pipeline.stages.nama_dokumen import nama_berita_acara

_DITANDATANGANI = (JenisDokumen.LEMBAR_UJI.value, JenisDokumen.BERITA_ACARA.value)
_NIP = re.compile(r"\(NIP ([^)]*)\)$")


def paraf_menunggu(config: Config, siklus_id: str) -> int:
    """How many converted documents of the cycle wait for the PPID Pelaksana's paraf now (a
    document the Tim's meeting made, its Berita Acara, or changed); 0 while a rendered draft
    is not converted yet (the Operator's run continues first)."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        return 0 if buku.belum_dikonversi(siklus_id) else buku.belum_paraf(siklus_id)


@dataclass(frozen=True)
class LembarMenunggu:
    """The documents of a cycle its participants sign: how many wait for each participant's
    signature now and how many will after someone before them (by NIP), and the participant
    they wait for first in signing order."""

    sekarang: Mapping[str, int] = field(default_factory=dict)
    nanti: Mapping[str, int] = field(default_factory=dict)
    pertama: MenungguPeserta | None = None


def lembar_menunggu(config: Config, siklus_id: str) -> LembarMenunggu:
    """Who the cycle's Lembar and Berita Acara wait for: nobody while a draft waits for the
    paraf (or for the run that makes it) or an item for the team's decision."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        belum = buku.paraf_belum_lengkap(siklus_id, _DITANDATANGANI)
        if not belum or not _siap_ditandatangani(buku, siklus_id):
            return LembarMenunggu()
        ringkas = buku.ringkasan_items(siklus_id)
        hadir = _hadir(buku, config, siklus_id, ringkas)
        if not _berita_acara_terkini(buku, siklus_id, hadir.rapat):
            return LembarMenunggu()  # the run makes a meeting's Berita Acara first
        rantai = _rantai(buku.ttd_peserta(siklus_id))
        sekarang: Counter[str] = Counter()
        nanti: Counter[str] = Counter()
        peserta: dict[tuple[object, ...], list[tuple[Peserta, str]]] = {}
        for d, sha in belum:
            if d.item_no is not None and not (d.item_no in ringkas and ringkas[d.item_no].aktif):
                continue  # the Lembar of a withdrawn item: no longer one of the cycle's
            antre = _antrean(_peserta(config, d, hadir, peserta), _terisi(d.nama, sha, rantai))
            if antre:
                sekarang[antre[0].pejabat.nip] += 1
                nanti.update(p.pejabat.nip for p in antre[1:])
    return LembarMenunggu(sekarang, nanti, _pertama(config, sekarang))


def _siap_ditandatangani(buku: Buku, siklus_id: str) -> bool:
    """Whether the participants may sign: every item decided, every draft converted and
    initialled."""
    return not (
        buku.ada_belum_diputus(siklus_id)
        or buku.belum_dikonversi(siklus_id)
        or buku.belum_paraf(siklus_id)
    )


def _berita_acara_terkini(buku: Buku, siklus_id: str, rapat: Mapping[str, RapatTim]) -> bool:
    """Whether each meeting's Berita Acara is initialled, and after the last decision of
    that meeting on an item (a decision the meeting added, or changed, is not in it yet)."""
    paraf = buku.dokumen(siklus_id, "paraf", list(rapat))
    tercatat = buku.info(siklus_id).get(KUNCI_INFO, {})
    hari = {int(n): date.fromisoformat(t) for n, t in tercatat.items()}  # each item's meeting
    waktu = buku.waktu_putusan(siklus_id)
    for nama, r in rapat.items():
        c = paraf.get(nama)
        if c is None:
            return False
        kini = [p.item.no for p in r.putusan if hari.get(p.item.no) == r.tanggal]
        if any(waktu[no] > c.waktu for no in kini if no in waktu):
            return False
    return True


def _hadir(
    buku: Buku, config: Config, siklus_id: str, ringkas: Mapping[int, RingkasanItem]
) -> PenandaPeserta:
    """Who took part in each item's test and each meeting, as
    :func:`pipeline.alur.ttd_peserta.hadir_peserta` says, read without the items' content:
    who signs reads of an item only its number and unit (``ringkas``: every item)."""
    tim = config.tim_pertimbangan
    unit = buku.unit_items(siklus_id)
    items = {no: Item(no, "", u, "", "", "", None) for no, u in unit.items()}
    rapat = rapat_tim(buku, siklus_id, items)
    aktif = [no for no, c in ringkas.items() if c.aktif]
    diputus = {no for no in aktif if ringkas[no].keputusan is not None}
    ikut = hadir_uji(tim, buku.suara(siklus_id), diputus)
    semua = [p.nip for p in tim]
    wajib = [p.nip for p in wajib_hadir(config.alur.aturan_tim, tim)]
    hadir = {no: ikut.get(no, semua) for no in aktif}
    return PenandaPeserta({}, hadir, wajib, {nama_berita_acara(r): r for r in rapat})


def _rantai(ttd: list[TtdTercatat]) -> dict[str, dict[str, TtdTercatat]]:
    """The recorded signatures by document, each by the file it was made on (SHA-256)."""
    hasil: dict[str, dict[str, TtdTercatat]] = {}
    for t in ttd:
        hasil.setdefault(t.nama, {})[t.sha256_masuk] = t
    return hasil


def _terisi(nama: str, sha256: str, rantai: Mapping[str, Mapping[str, TtdTercatat]]) -> set[str]:
    """The participants' fields signed on document ``nama``'s current initialled file (its
    SHA-256): the signatures recorded one upon the other from it (an earlier paraf's are
    not)."""
    terisi: set[str] = set()
    kini, ttd = sha256, rantai.get(nama, {})
    while (t := ttd.get(kini)) is not None and (cocok := _NIP.search(t.pejabat)):
        medan = medan_peserta(t.peran, cocok.group(1))
        if medan in terisi:
            break
        terisi.add(medan)
        kini = t.sha256_keluar
    return terisi


def _peserta(
    config: Config,
    d: Dokumen,
    hadir: PenandaPeserta,
    dikenal: dict[tuple[object, ...], list[tuple[Peserta, str]]],
) -> list[tuple[Peserta, str]]:
    """Who signs document ``d`` before the Atasan PPID, in signing order (those who took
    part, from :func:`peserta_dokumen`), each with their field; found once for the Lembar of
    a unit with the same members taking part (``dikenal``). None for a document only the
    Atasan PPID signs, or whose required member took no part (its signing reports that)."""
    lembar = d.jenis is JenisDokumen.LEMBAR_UJI and d.item_no is not None
    kunci = (d.unit_kerja, *hadir.hadir.get(d.item_no or 0, ())) if lembar else (d.nama,)
    if kunci not in dikenal:
        try:
            semua = peserta_dokumen(config, d, hadir) or []
        except SigningFailed:
            semua = []
        dikenal[kunci] = [(p, p.medan) for p in semua if p.hadir and p.peran != PERAN_ATASAN]
    return dikenal[kunci]


def _antrean(peserta: list[tuple[Peserta, str]], terisi: Collection[str]) -> list[Peserta]:
    """The participants who have still to sign, in signing order (the first is the one the
    document waits for)."""
    return [p for p, medan in peserta if medan not in terisi]


def _pertama(config: Config, sekarang: Mapping[str, int]) -> MenungguPeserta | None:
    """The first participant in signing order some documents wait for, and how many."""
    for p in urutan_peserta(config):
        if sekarang.get(p.pejabat.nip):
            return MenungguPeserta(p, sekarang[p.pejabat.nip])
    return None
