"""The body's current DIK across every archived cycle (``sidik dik``).

Each cycle publishes its own DIK; what the body exempts today is the sum of them, read the way
``sidik due`` reads them: cycles in the order they were signed, an item known by its title, the
latest test of an item wins (opened in a later cycle, it leaves the list), and an exemption whose
period has run out is listed apart as ended ("pengecualian berakhir"), to be tested again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.ledger.buku import Buku
from pipeline.ledger.ringkasan import diarsipkan, tambah_tahun
from pipeline.legal.tanggal import format_jangka_waktu
from pipeline.model import Item, Keputusan


@dataclass(frozen=True)
class ItemKini:
    """An item as the latest archived cycle that tested it set it."""

    siklus: str
    no: int
    judul: str
    unit_kerja: str
    pasal17_huruf: str
    jangka_waktu: str  # "5 (lima) tahun", or the written condition
    ditetapkan: date  # the day that cycle was signed
    berakhir: date | None  # None: exempt while its condition holds


@dataclass(frozen=True)
class DikKini:
    """The exemptions in force on ``tanggal``, and those whose period ended by then."""

    tanggal: date
    berlaku: tuple[ItemKini, ...]
    berakhir: tuple[ItemKini, ...]


def dik_kini(buku: Buku, hari_ini: date) -> DikKini:
    """The current DIK on ``hari_ini``: the latest decision per item over archived cycles."""
    terbaru: dict[str, ItemKini] = {}
    for siklus_id, ditetapkan in diarsipkan(buku):
        for c in buku.items(siklus_id):
            judul = " ".join(c.item.judul.casefold().split())
            if c.keputusan is Keputusan.DIKECUALIKAN:
                terbaru[judul] = item_kini(siklus_id, c.item, ditetapkan)
            else:  # tested again and opened: what an earlier cycle set no longer holds
                terbaru.pop(judul, None)
    semua = sorted(terbaru.values(), key=lambda i: (i.ditetapkan, i.siklus, i.no))
    berakhir = tuple(i for i in semua if i.berakhir is not None and i.berakhir <= hari_ini)
    return DikKini(hari_ini, tuple(i for i in semua if i not in berakhir), berakhir)


def item_kini(siklus_id: str, item: Item, ditetapkan: date) -> ItemKini:
    """One exempted item of an archived cycle, its period counted from the signing day."""
    tahun = item.jangka_waktu_tahun
    return ItemKini(
        siklus_id,
        item.no,
        item.judul,
        item.unit_kerja,
        item.pasal17_huruf,
        format_jangka_waktu(tahun) if tahun else item.jangka_waktu_syarat,
        ditetapkan,
        tambah_tahun(ditetapkan, tahun) if tahun else None,
    )
