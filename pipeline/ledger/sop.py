"""The SOP's five steps, who performs each, and its time standard (mutu baku)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Peran(StrEnum):
    """The four roles of the SOP."""

    OPERATOR = "operator"
    PPID_PELAKSANA = "ppid_pelaksana"
    TIM_PERTIMBANGAN = "tim_pertimbangan"
    ATASAN_PPID = "atasan_ppid"


class Langkah(StrEnum):
    """The SOP steps, in order: collect, check, review, sign, archive."""

    KUMPUL = "kumpul"
    PERIKSA = "periksa"
    TINJAU = "tinjau"
    TANDA_TANGAN = "tanda_tangan"
    ARSIP = "arsip"


@dataclass(frozen=True)
class MutuBaku:
    """A step's actor and time standard: working days, or hours of clock time."""

    peran: Peran
    hari_kerja: int = 0
    jam: int = 0


MUTU_BAKU: dict[Langkah, MutuBaku] = {
    Langkah.KUMPUL: MutuBaku(Peran.OPERATOR, hari_kerja=1),
    Langkah.PERIKSA: MutuBaku(Peran.PPID_PELAKSANA, hari_kerja=1),
    Langkah.TINJAU: MutuBaku(Peran.TIM_PERTIMBANGAN, hari_kerja=2),
    Langkah.TANDA_TANGAN: MutuBaku(Peran.ATASAN_PPID, hari_kerja=2),
    Langkah.ARSIP: MutuBaku(Peran.OPERATOR, jam=1),
}
URUTAN: tuple[Langkah, ...] = tuple(Langkah)


def nomor_langkah(langkah: Langkah) -> int:
    """The step's number in the SOP (1-5)."""
    return URUTAN.index(langkah) + 1


def sesudah(langkah: Langkah) -> tuple[Langkah, ...]:
    """The steps from ``langkah`` to the end."""
    return URUTAN[URUTAN.index(langkah) :]
