"""The body's current DIK across every archived cycle (``sidik dik``, ``sidik due``, and
``sidik publish`` from the archive).

Each cycle publishes its own DIK; what the body exempts today is the sum of them: cycles in the
order they were signed, an item known by its title and unit (:func:`ciri_item`), the latest
test of an item wins. An exemption opened by a later test, or whose period has run out, is
listed apart as ended ("pengecualian berakhir"), with the cycle and the day that ended it.

:func:`susun_dik_kini` is the rule itself, over plain records; the ledger feeds it here
(:func:`dik_kini`) and the archive's manifests feed it in :mod:`pipeline.publikasi.terkini`, so
that ``sidik due`` and the published DIK cannot read the cycles two ways.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from pipeline.ledger.buku import Buku
from pipeline.ledger.register import register_arsip
from pipeline.legal.jangka import jangka_item
from pipeline.model import Item, Keputusan
from pipeline.zona import di_kantor


@dataclass(frozen=True)
class Putusan:
    """One item of an archived cycle and the Tim's decision on it (None: none recorded)."""

    item: Item
    keputusan: Keputusan | None
    catatan: str = ""


@dataclass(frozen=True)
class SiklusDiarsipkan:
    """An archived cycle: when its documents were first signed, and its decisions."""

    siklus: str
    ditandatangani: datetime
    putusan: tuple[Putusan, ...]


@dataclass(frozen=True)
class Pembukaan:
    """The later test that opened an exempted item: its cycle, item number, day and reason."""

    siklus: str
    no: int
    tanggal: date
    catatan: str


@dataclass(frozen=True)
class ItemKini:
    """An item as the latest archived cycle that exempted it set it."""

    siklus: str
    item: Item
    jangka_waktu: str  # "5 (lima) tahun", the written condition, or both joined
    ditetapkan: date  # the day that cycle was signed
    berakhir: date | None  # the day it ends, or ended; None: exempt while its condition holds
    dibuka: Pembukaan | None = None  # the later test that opened it

    @property
    def no(self) -> int:
        """The item's number in the cycle that set it (its Lembar's)."""
        return self.item.no

    @property
    def judul(self) -> str:
        """The item's title."""
        return self.item.judul

    @property
    def unit_kerja(self) -> str:
        """The unit's code as the workbook gives it."""
        return self.item.unit_kerja

    @property
    def pasal17_huruf(self) -> str:
        """The letter of UU KIP Pasal 17 the exemption rests on."""
        return self.item.pasal17_huruf

    @property
    def diakhiri_oleh(self) -> str:
        """The cycle that ended it: the one that opened it, else the one whose period ran out."""
        return self.dibuka.siklus if self.dibuka else self.siklus


@dataclass(frozen=True)
class DikKini:
    """The exemptions in force on ``tanggal``, and those that ended by then."""

    tanggal: date
    berlaku: tuple[ItemKini, ...]
    berakhir: tuple[ItemKini, ...]
    jumlah_siklus: int = 0


def ciri_item(item: Item) -> tuple[str, str]:
    """How an item is known across cycles: its title and unit, case and spacing aside."""
    return (" ".join(item.judul.casefold().split()), item.unit_kerja.strip().casefold())


def susun_dik_kini(arsip: Iterable[SiklusDiarsipkan], hari_ini: date) -> DikKini:
    """The current DIK on ``hari_ini``: the latest decision per item over ``arsip``.

    Only Dikecualikan and Dibuka count; an item without a decision keeps what came before.
    An item opened in its first test was never on the list and is not listed as ended.
    """
    urut = sorted(arsip, key=lambda s: (s.ditandatangani, s.siklus))
    terbaru: dict[tuple[str, str], ItemKini] = {}
    dibuka: dict[tuple[str, str], ItemKini] = {}
    for s in urut:
        hari = di_kantor(s.ditandatangani).date()  # the office's day
        for p in s.putusan:
            ciri = ciri_item(p.item)
            if p.keputusan is Keputusan.DIKECUALIKAN:
                terbaru.pop(ciri, None)  # re-inserted: the list follows the cycles' order
                dibuka.pop(ciri, None)
                terbaru[ciri] = item_kini(s.siklus, p.item, hari)
            elif p.keputusan is Keputusan.DIBUKA and ciri in terbaru:
                buka = Pembukaan(s.siklus, p.item.no, hari, p.catatan)
                dibuka[ciri] = _ditutup(terbaru.pop(ciri), buka)
    habis = [i for i in terbaru.values() if i.berakhir is not None and i.berakhir <= hari_ini]
    berlaku = tuple(i for i in terbaru.values() if i not in habis)
    berakhir = sorted([*habis, *dibuka.values()], key=lambda i: (i.berakhir, i.siklus, i.no))
    return DikKini(hari_ini, berlaku, tuple(berakhir), len(urut))


def _ditutup(kini: ItemKini, buka: Pembukaan) -> ItemKini:
    """An exemption opened by a later test: it ended that day (or earlier, if it ran out)."""
    akhir = buka.tanggal if kini.berakhir is None else min(kini.berakhir, buka.tanggal)
    return replace(kini, berakhir=akhir, dibuka=buka)


def item_kini(siklus_id: str, item: Item, ditetapkan: date) -> ItemKini:
    """One exempted item of an archived cycle, its period counted from the signing day."""
    tahun = item.jangka_waktu_tahun
    return ItemKini(
        siklus_id,
        item,
        jangka_item(item).teks,  # as the signed Lembar, DIK and SK write it
        ditetapkan,
        tambah_tahun(ditetapkan, tahun) if tahun else None,
    )


def dik_kini(buku: Buku, hari_ini: date) -> DikKini:
    """The current DIK on ``hari_ini`` as the ledger records the archived cycles."""
    arsip = [
        SiklusDiarsipkan(
            siklus_id,
            ditandatangani,
            tuple(Putusan(c.item, c.keputusan, c.catatan or "") for c in buku.items(siklus_id)),
        )
        for siklus_id, ditandatangani in diarsipkan(buku)
    ]
    return susun_dik_kini(arsip, hari_ini)


@dataclass(frozen=True)
class JatuhTempo:
    """An exempted item whose period ends on ``berakhir`` and must be tested again."""

    siklus: str
    no: int
    judul: str
    unit_kerja: str
    pasal17_huruf: str
    jangka_waktu_tahun: int
    ditetapkan: date
    berakhir: date
    sisa_hari: int


def jatuh_tempo(buku: Buku, hari_ini: date, dalam_hari: int) -> list[JatuhTempo]:
    """Exempted items of the current DIK whose period ends within ``dalam_hari`` (or ended).

    Read from :func:`dik_kini`, so ``sidik due`` agrees with ``sidik dik`` and the published
    DIK: an item opened in a later cycle, or exempted again there on a written condition (no
    date to count to), is not listed.
    """
    kini = dik_kini(buku, hari_ini)
    hasil = [
        JatuhTempo(
            i.siklus,
            i.no,
            i.judul,
            i.unit_kerja,
            i.pasal17_huruf,
            i.item.jangka_waktu_tahun or 0,
            i.ditetapkan,
            i.berakhir,
            (i.berakhir - hari_ini).days,
        )
        for i in (*kini.berlaku, *kini.berakhir)
        if i.dibuka is None and i.berakhir is not None
    ]
    return sorted(
        [j for j in hasil if j.sisa_hari <= dalam_hari], key=lambda j: (j.berakhir, j.siklus, j.no)
    )


def diarsipkan(buku: Buku) -> list[tuple[str, datetime]]:
    """Archived cycles with their first signature's time, in the order they were signed (the
    order later tests win in; two cycles signed the same day keep their hours apart)."""
    awal: dict[str, datetime] = {}
    for e in register_arsip(buku):
        awal[e.siklus] = min(awal.get(e.siklus, e.waktu_ttd), e.waktu_ttd)
    return sorted(awal.items(), key=lambda x: (x[1], x[0]))


def tambah_tahun(hari: date, tahun: int) -> date:
    """``hari`` plus ``tahun`` years: when a period counted from ``hari`` ends."""
    try:
        return hari.replace(year=hari.year + tahun)
    except ValueError:  # 29 February -> 28 February
        return hari.replace(year=hari.year + tahun, day=28)
