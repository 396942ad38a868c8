"""SOP step 2, the PPID Pelaksana's act: check the drafts and initial (paraf) every page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.alur import izin
from pipeline.alur import jalan as kerja
from pipeline.alur.dokumen import tahap_dokumen
from pipeline.alur.hasil import HasilLangkah, hasil_langkah
from pipeline.alur.izin import Tindakan
from pipeline.alur.jalan import Jalan, Lapor, basi, diam, jalan_terkunci, rencana_terpisah
from pipeline.config import Config
from pipeline.ledger.sop import Langkah
from pipeline.progres import Kemajuan, tanpa_kemajuan

if TYPE_CHECKING:
    pass

from pipeline.alur.rencana import Rencana


def paraf(
    config: Config,
    siklus_id: str | None = None,
    lapor: Lapor = diam,
    kemajuan: Kemajuan = tanpa_kemajuan,
) -> HasilLangkah:
    """SOP step 2: the PPID Pelaksana's paraf on every page; ends the check."""
    with jalan_terkunci(config, siklus_id, lapor, kemajuan) as j:
        r = rencana_terpisah(j)
        if basi(j, r, "paraf"):
            izin.pastikan(kerja.aktor_dari(j.buku, config), Tindakan.PARAF, config)
        n = paraf_dokumen(j, r)
        akhiri_periksa(j, r)
        return hasil_langkah(j, "paraf", n)


def paraf_dokumen(j: Jalan, r: Rencana) -> int:
    """Initial every converted document not yet initialled; return how many."""
    from pipeline.stages.paraf import paraf

    return tahap_dokumen(j, r, "paraf", lambda d, p: paraf(d, j.siklus, j.config, p))


def akhiri_periksa(j: Jalan, r: Rencana) -> None:
    """End step 2 once every document of the plan is initialled."""
    if not basi(j, r, "paraf"):
        with j.buku.transaksi():
            kerja.selesaikan(j.buku, j.config, j.siklus.id, Langkah.PERIKSA)
