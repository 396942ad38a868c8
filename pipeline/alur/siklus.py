"""``sidik run``: the SOP's acts in order, as far as the decisions and permissions so far allow.

Each act holds the workspace lock, reads the cycle's state from the ledger and does only what is
not yet current, so a rerun after a crash (or a kill) finishes the cycle without duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.alur import izin
from pipeline.alur import jalan as kerja
from pipeline.alur.arsipkan import penyegel, simpan_arsip
from pipeline.alur.dokumen import convert_dokumen, render_dokumen
from pipeline.alur.hasil import HasilLangkah, HasilSiklus, Tunggu, hasil_langkah
from pipeline.alur.izin import Tindakan
from pipeline.alur.jalan import (
    Lapor,
    basi,
    buka_jalan,
    diam,
    jalan_terkunci,
    rencana_terpisah,
)
from pipeline.alur.kumpulkan import baca_terpisah, kumpulkan_terpisah
from pipeline.alur.periksa import akhiri_periksa, paraf_dokumen
from pipeline.alur.tandatangani import (
    buat_penanda,
    sampai_tanggal,
    sign_dokumen,
    tandai,
)
from pipeline.alur.ttd_peserta import tandatangani_semua
from pipeline.config import Config
from pipeline.ledger import buku_terkunci
from pipeline.ledger.ringkasan import dikembalikan_oleh
from pipeline.progres import Kemajuan, tanpa_kemajuan

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi, Penanda


def konversi(
    config: Config,
    siklus_id: str | None = None,
    lapor: Lapor = diam,
    kemajuan: Kemajuan = tanpa_kemajuan,
) -> HasilLangkah:
    """Convert the cycle's DOCX to PDF/A in batched LibreOffice processes."""
    with jalan_terkunci(config, siklus_id, lapor, kemajuan) as j:
        return hasil_langkah(j, "convert", convert_dokumen(j, rencana_terpisah(j)))


def jalankan_siklus(
    config: Config,
    workbook: Path,
    *,
    tanggal: date | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = diam,
    penanda: Penanda | None = None,
    kemajuan: Kemajuan = tanpa_kemajuan,
    paksa_tanggal: bool = False,
    sandi_segel: MintaSandi | None = None,
) -> HasilSiklus | Tunggu:
    """``sidik run``: take the workbook's cycle as far as the decisions so far allow.

    ``tanggal`` (default today) is checked unless ``paksa_tanggal``. The archive's manifest
    is sealed with the Operator's key (:func:`pipeline.alur.arsipkan.penyegel`), loaded once
    everything is signed, unlocked with ``sandi_segel`` (default: ``minta_sandi``, the same
    prompt as the officials' keys).
    """
    with (
        baca_terpisah(config, workbook, kemajuan) as paket,
        buku_terkunci(config.jalur.ledger) as buku,
    ):
        t = kumpulkan_terpisah(config, workbook, paket, (tanggal, paksa_tanggal), kemajuan)
        j = buka_jalan(config, buku, t.catatan, lapor, kemajuan)
        if t.rencana is None:
            return Tunggu(
                j.siklus, "perbaikan", t.kembali, oleh=dikembalikan_oleh(buku, j.siklus.id)
            )
        r = t.rencana
        if t.diarsipkan:
            return HasilSiklus(j.siklus, simpan_arsip(j, r))
        # only whether: the undecided items themselves are read at the end, not held through
        # the stages (5,000 records are about 7 MB)
        menunggu = buku.ada_belum_diputus(j.siklus.id)
        aktor = kerja.aktor_dari(buku, config)
        menandatangani = izin.boleh(aktor, Tindakan.TANDATANGANI, config)
        if not menunggu and menandatangani and basi(j, r, "sign"):
            sampai_tanggal(j)  # before minutes of conversion: a day early is refused anyway
        if not menunggu and menandatangani and penanda is None and basi(j, r, "sign"):
            # the key first: a wrong passphrase should fail before minutes of conversion
            penanda = buat_penanda(config, minta_sandi, j.lapor)
        render_dokumen(j, r), convert_dokumen(j, r)
        if (belum_diparaf := basi(j, r, "paraf")) and not izin.boleh(aktor, Tindakan.PARAF, config):
            siapa = izin.siapa(config, Tindakan.PARAF)
            return Tunggu(j.siklus, "paraf", (), len(belum_diparaf), siapa)
        paraf_dokumen(j, r)
        akhiri_periksa(j, r)
        if menunggu:  # the ledger is locked: no decision came in meanwhile
            belum = buku.items_berkeputusan(j.siklus.id, None)
            return Tunggu(j.siklus, "tinjauan", tuple(belum))
        if (tunggu := tandatangani_semua(j, r, minta_sandi)) is not None:
            return tunggu  # a participant's signature this actor may not give
        if (belum_ttd := basi(j, r, "sign")) and not menandatangani:
            siapa = izin.siapa(config, Tindakan.TANDATANGANI)
            return Tunggu(j.siklus, "tanda_tangan", (), len(belum_ttd), siapa)
        sign_dokumen(j, r, penanda)
        if not izin.boleh_menyegel(aktor, config):
            # filing seals the manifest with the Operator's key: under [alur]
            # tindakan_pribadi their own act, as the others' signatures are theirs
            return Tunggu(j.siklus, "arsip", (), 0, izin.nama_pejabat(config.operator))
        # the Operator's seal only now, when the run files: a run that stops before (for a
        # participant, for the Atasan) asks for no key of theirs
        segel = penyegel(config, sandi_segel or minta_sandi, j.lapor)
        return HasilSiklus(j.siklus, simpan_arsip(j, r, tandai(segel)))
