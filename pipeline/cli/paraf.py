"""paraf: the PPID Pelaksana's check and initials (SOP step 2)."""

from __future__ import annotations

from pipeline.alur import periksa
from pipeline.cli import Konteks, cli
from pipeline.cli.hasil import cetak_langkah
from pipeline.cli.kemajuan import bilah_kemajuan
from pipeline.cli.opsi import (
    SIKLUS,
    pass_konteks,
)
from pipeline.cli.runtime import pelapor


@cli.command()
@SIKLUS
@pass_konteks
def paraf(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 2: bubuhkan paraf PPID Pelaksana di setiap halaman.

    \b
    Contoh:
      sidik paraf
    """
    cetak_langkah(periksa.paraf(k.config(), siklus_id, pelapor(k.quiet), bilah_kemajuan(k.quiet)))
