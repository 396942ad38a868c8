"""What an act or a run returns: the stage done, or why the cycle waits, or its archive."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.alur.jalan import Jalan
from pipeline.ledger.buku import (
    CatatanItem,
)
from pipeline.ledger.sop import Peran
from pipeline.model import Arsip, Siklus

if TYPE_CHECKING:
    pass


FOLDER_TAHAP = {
    "render": "docx",
    "convert": "pdf",
    "paraf": "paraf",
    "peserta": "peserta",
    "sign": "ttd",
}


@dataclass(frozen=True)
class Tunggu:
    """Why a cycle stopped: it waits for review decisions, for the Operator's corrections, or
    (``[alur] tindakan_pribadi``) for an official to perform their own paraf or signature."""

    siklus: Siklus
    jenis: str  # "tinjauan", "perbaikan", "paraf", "tanda_tangan_peserta", "tanda_tangan", "arsip"
    items: tuple[CatatanItem, ...]
    dokumen: int = 0  # for "paraf" and the signatures: the documents waiting
    siapa: str = ""  # for "paraf" and the signatures: who must act
    oleh: tuple[Peran, ...] = ()  # for "perbaikan": who sent the items back (SOP order)
    peran: str = ""  # for "tanda_tangan_peserta": the role and NIP of the participant awaited
    nip: str = ""


@dataclass(frozen=True)
class HasilLangkah:
    """What one stage did: the cycle, the stage, how many documents, and where they are."""

    siklus: Siklus
    langkah: str
    jumlah: int
    folder: Path
    tunggu: Tunggu | None = None
    menunggu: tuple[int, ...] = ()  # paraf: items whose Lembar is not initialled (DIK, SK wait)


@dataclass(frozen=True)
class HasilSiklus:
    """What ``sidik run`` did: the cycle and its archive (``baru`` False if filed before)."""

    siklus: Siklus
    arsip: Arsip


def hasil_langkah(j: Jalan, tahap: str, jumlah: int, tunggu: Tunggu | None = None) -> HasilLangkah:
    """What one stage did, with the folder its documents are in."""
    return HasilLangkah(
        j.siklus, tahap, jumlah, j.siklus.folder_kerja / FOLDER_TAHAP[tahap], tunggu
    )
