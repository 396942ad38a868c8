"""Progress bars on stderr for stages that take more than a second.

The library reports ``(stage, done, total)`` through a callback; this module draws it: one bar
per stage, redrawn in place, with documents done, rate and the time left. Nothing is drawn
with ``--quiet`` or when stderr is not a terminal (pipes, CI, cron).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from pipeline.messages import terjemah
from pipeline.progres import Kemajuan, tanpa_kemajuan

LEBAR_BILAH = 24
DETIK_SEBELUM_TAMPIL = 1.0  # a stage faster than this shows no bar at all
DETIK_ANTAR_GAMBAR = 0.1
_BARIS = {"workbook": "kemajuan.baris_workbook", "kumpul": "kemajuan.baris_kumpul"}  # not documents


def bilah_kemajuan(quiet: bool, keluar: TextIO | None = None) -> Kemajuan:
    """The progress callback for a command: a bar on a terminal, else nothing."""
    keluar = keluar or sys.stderr
    if quiet or not keluar.isatty():
        return tanpa_kemajuan
    return BilahKemajuan(keluar)


class BilahKemajuan:
    """Draws one stage's progress in place; a new stage name starts a new bar."""

    def __init__(self, keluar: TextIO, jam: Callable[[], float] = time.monotonic) -> None:
        self.keluar = keluar
        self.jam = jam
        self.tahap: str | None = None
        self.mulai = self.terakhir = 0.0

    def __call__(self, tahap: str, selesai: int, total: int) -> None:
        """Take one report: redraw at most every 0.1 s, end the line when the stage is done."""
        sekarang = self.jam()
        if tahap != self.tahap:
            self.tahap, self.mulai, self.terakhir = tahap, sekarang, 0.0
        berlalu = sekarang - self.mulai
        habis = selesai >= total
        if berlalu < DETIK_SEBELUM_TAMPIL or (
            not habis and sekarang - self.terakhir < DETIK_ANTAR_GAMBAR
        ):
            if habis:
                self.tahap = None
            return
        self.terakhir = sekarang
        self.keluar.write("\r" + baris(tahap, selesai, total, berlalu) + ("\n" if habis else ""))
        self.keluar.flush()
        if habis:
            self.tahap = None


def baris(tahap: str, selesai: int, total: int, berlalu: float) -> str:
    """One progress line: ``convert [#####-----] 120/500 documents, 45.2 docs/s, ETA 0:08``
    (rows of the workbook, or items, in step 1)."""
    isi = round(LEBAR_BILAH * selesai / total) if total else LEBAR_BILAH
    laju = selesai / berlalu if berlalu > 0 else 0.0
    sisa = int((total - selesai) / laju) if laju > 0 else 0
    return terjemah(
        _BARIS.get(tahap, "kemajuan.baris"),
        tahap=f"{tahap:<8}",
        bilah="#" * isi + "-" * (LEBAR_BILAH - isi),
        selesai=selesai,
        total=total,
        laju=f"{laju:.1f}",
        sisa=f"{sisa // 60}:{sisa % 60:02d}",
    )
