"""What the ledger tells people: each cycle's steps against their deadlines (exemptions whose
period ends soon are read from the current DIK, :mod:`pipeline.ledger.dik_kini`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pipeline.ledger.buku import Buku, CatatanSiklus
from pipeline.ledger.sop import MUTU_BAKU, URUTAN, Langkah, Peran, nomor_langkah
from pipeline.ledger.tenggat import KalenderKerja, tenggat, terlambat


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
    lembar_menunggu: int = 0  # initialled documents not yet signed by all their participants
    paraf_menunggu: int = 0  # converted documents not yet initialled (e.g. a meeting's record)

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
    hitung = buku.hitung_keputusan(siklus_id)
    dikembalikan = dikembalikan_oleh(buku, siklus_id) if hitung.get("perbaiki") else ()
    menunggu = buku.belum_lengkap_peserta(siklus_id)
    paraf = buku.belum_paraf(siklus_id)
    return StatusSiklus(buku.siklus(siklus_id), tuple(baris), hitung, dikembalikan, menunggu, paraf)


def dikembalikan_oleh(buku: Buku, siklus_id: str) -> tuple[Peran, ...]:
    """The roles that sent back the items now awaiting the Operator's correction, in SOP
    order (the PPID Pelaksana at step 2, the Tim Pertimbangan at step 3)."""
    oleh = set(buku.pengembali(siklus_id).values())
    return tuple(p for p in Peran if p in oleh)
