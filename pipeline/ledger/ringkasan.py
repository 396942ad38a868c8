"""What the ledger tells people: each cycle's steps against their deadlines, and exemptions
whose period ends soon (UU KIP Pasal 20: they must be tested again).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from pipeline.ledger.buku import Buku, CatatanSiklus
from pipeline.ledger.register import register_arsip
from pipeline.ledger.sop import MUTU_BAKU, URUTAN, Langkah, Peran, nomor_langkah
from pipeline.ledger.tenggat import KalenderKerja, tenggat, terlambat
from pipeline.model import Keputusan
from pipeline.zona import di_kantor


@dataclass(frozen=True)
class StatusLangkah:
    """One SOP step of a cycle: who, when, by when, and whether late."""

    nomor: int
    langkah: Langkah
    peran: Peran
    pejabat: str
    mulai: datetime | None
    selesai: datetime | None
    tenggat: datetime | None
    terlambat: bool


@dataclass(frozen=True)
class StatusSiklus:
    """A cycle with its steps and the count of items per review decision."""

    siklus: CatatanSiklus
    langkah: tuple[StatusLangkah, ...]
    keputusan: dict[str, int]
    dikembalikan: tuple[Peran, ...] = ()  # who sent back the items awaiting correction

    @property
    def selesai(self) -> bool:
        """Whether the cycle is archived."""
        return self.langkah[-1].selesai is not None


def status_siklus(
    buku: Buku, siklus_id: str, kalender: KalenderKerja, sekarang: datetime
) -> StatusSiklus:
    """The status of one cycle at ``sekarang``."""
    tercatat = buku.langkah(siklus_id)
    baris = []
    for lk in URUTAN:
        c = tercatat.get(lk)
        mulai, selesai = (c.mulai, c.selesai) if c else (None, None)
        batas = tenggat(lk, mulai, kalender) if mulai else None
        telat = batas is not None and terlambat(batas, selesai, sekarang)
        pejabat = c.pejabat if c else ""
        baris.append(
            StatusLangkah(
                nomor_langkah(lk), lk, MUTU_BAKU[lk].peran, pejabat, mulai, selesai, batas, telat
            )
        )
    hitung = Counter(i.keputusan.value if i.keputusan else "belum" for i in buku.items(siklus_id))
    dikembalikan = dikembalikan_oleh(buku, siklus_id) if hitung["perbaiki"] else ()
    return StatusSiklus(buku.siklus(siklus_id), tuple(baris), dict(hitung), dikembalikan)


def dikembalikan_oleh(buku: Buku, siklus_id: str) -> tuple[Peran, ...]:
    """The roles that sent back the items now awaiting the Operator's correction, in SOP
    order (the PPID Pelaksana at step 2, the Tim Pertimbangan at step 3)."""
    oleh = set(buku.pengembali(siklus_id).values())
    return tuple(p for p in Peran if p in oleh)


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
    """Exempted items of archived cycles whose period ends within ``dalam_hari`` (or ended).

    The period runs from the signing date. An item whose title was archived again in a later
    cycle has been tested again: only that test counts (an item opened then is not listed).
    """
    terbaru: dict[str, JatuhTempo] = {}
    for siklus_id, ditetapkan in diarsipkan(buku):
        for c in buku.items(siklus_id):
            i = c.item
            judul = " ".join(i.judul.casefold().split())
            if c.keputusan is not Keputusan.DIKECUALIKAN or not i.jangka_waktu_tahun:
                # tested again and opened (or now exempt on a written condition, with no date
                # to count to): what an earlier cycle set no longer holds
                terbaru.pop(judul, None)
                continue
            akhir = tambah_tahun(ditetapkan, i.jangka_waktu_tahun)
            terbaru[judul] = JatuhTempo(
                siklus_id,
                i.no,
                i.judul,
                i.unit_kerja,
                i.pasal17_huruf,
                i.jangka_waktu_tahun,
                ditetapkan,
                akhir,
                (akhir - hari_ini).days,
            )
    hasil = [j for j in terbaru.values() if j.sisa_hari <= dalam_hari]
    return sorted(hasil, key=lambda j: (j.berakhir, j.siklus, j.no))


def diarsipkan(buku: Buku) -> list[tuple[str, date]]:
    """Archived cycles with their signing date (the office's day), oldest first (the order
    later tests win in)."""
    awal: dict[str, datetime] = {}
    for e in register_arsip(buku):
        awal[e.siklus] = min(awal.get(e.siklus, e.waktu_ttd), e.waktu_ttd)
    return sorted(((s, di_kantor(w).date()) for s, w in awal.items()), key=lambda x: (x[1], x[0]))


def tambah_tahun(hari: date, tahun: int) -> date:
    """``hari`` plus ``tahun`` years: when a period counted from ``hari`` ends."""
    try:
        return hari.replace(year=hari.year + tahun)
    except ValueError:  # 29 February -> 28 February
        return hari.replace(year=hari.year + tahun, day=28)
