"""The next step of a cycle, read from the ledger: the open SOP step, whose act it is, who sits
at the keyboard, and the exact command with the cycle's own workbook."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.alur.berikutnya import langkah_berikutnya, untuk_siklus
from pipeline.config import Config
from pipeline.config.bagian import Alur
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.catatan import CatatanDokumen
from pipeline.ledger.sop import Langkah
from pipeline.model import Dokumen, JenisDokumen, Keputusan
from tests.bantu.buku_kerja import isi_tinjauan_per_baris as isi
from tests.bantu.cli import sidik_di
from tests.bantu.ledger import WORKBOOK, berikutnya, item, siklus_sampai
from tests.bantu.ruang import SiklusContoh


def test_kantor_satu_orang_operator_menjalankan_semua(config: Config) -> None:
    """Without tindakan_pribadi the Operator runs each step, on the officials' behalf."""
    harapan = {
        Langkah.KUMPUL: "Berikutnya — langkah 1 kumpulkan, oleh Operator Rudi Contoh, A.Md.: "
        f"sidik run {WORKBOOK}",
        Langkah.PERIKSA: "Berikutnya — langkah 2 periksa & paraf, oleh Operator Rudi Contoh, "
        f"A.Md. atas nama PPID Pelaksana: sidik run {WORKBOOK}",
        Langkah.TANDA_TANGAN: "Berikutnya — langkah 4 tanda tangan, oleh Operator Rudi "
        f"Contoh, A.Md. atas nama Atasan PPID: sidik run {WORKBOOK}",
        Langkah.ARSIP: "Berikutnya — langkah 5 arsipkan, oleh Operator Rudi Contoh, A.Md.: "
        f"sidik run {WORKBOOK}",
    }
    for langkah, teks in harapan.items():
        assert berikutnya(config, siklus_sampai(config, langkah)) == teks, langkah


def test_tinjauan_oleh_tim_dengan_lembar_siklusnya(config: Config) -> None:
    siklus = siklus_sampai(config, Langkah.TINJAU)
    assert berikutnya(config, siklus) == (
        "Berikutnya — langkah 3 tinjau, oleh Tim Pertimbangan Maya Contoh, S.H., Yusuf Contoh, "
        "S.Kom.: sidik review sheet, isi kolom Keputusan dan Catatan, lalu sidik review apply "
        f"output/tinjauan-{siklus}.xlsx"
    )


def test_tindakan_pribadi_menyebut_pejabat_dan_loginnya(config: Config) -> None:
    atasan = dataclasses.replace(config.atasan_ppid, pengguna="siti")
    pribadi = dataclasses.replace(config, alur=Alur(tindakan_pribadi=True), atasan_ppid=atasan)
    siklus = siklus_sampai(pribadi, Langkah.TANDA_TANGAN)
    assert berikutnya(pribadi, siklus) == (
        "Berikutnya — langkah 4 tanda tangan, oleh Atasan PPID Dr. Siti Teladan, M.Si. (siti): "
        "sidik sign"
    )
    paraf = siklus_sampai(pribadi, Langkah.PERIKSA)
    assert berikutnya(pribadi, paraf) == (
        "Berikutnya — langkah 2 periksa & paraf, oleh PPID Pelaksana Andi Teladan, S.E., "
        "Dewi Contoh, S.Sos.: "
        "sidik paraf"
    )


def test_berita_acara_rapat_menunggu_paraf_sebelum_tanda_tangan_peserta(config: Config) -> None:
    # Step 2 closed before the Tim met; the meeting's Berita Acara, converted since, is not
    # initialled yet: under tindakan_pribadi the PPID Pelaksana's paraf comes first.
    pribadi = dataclasses.replace(config, alur=Alur(tindakan_pribadi=True))
    siklus = siklus_sampai(pribadi, Langkah.TANDA_TANGAN)
    ba = Dokumen(JenisDokumen.BERITA_ACARA, "berita-acara-1", Path("pdf/berita-acara-1.pdf"))
    with buka_buku(config.jalur.ledger) as b:
        b.simpan_dokumen(siklus, "convert", CatatanDokumen(ba, "0" * 64, "sj", datetime.now()))
    assert berikutnya(pribadi, siklus) == (
        "Berikutnya — langkah 2 periksa & paraf, oleh PPID Pelaksana Andi Teladan, S.E., "
        "Dewi Contoh, S.Sos.: sidik paraf"
    )
    with buka_buku(config.jalur.ledger) as b:
        b.simpan_dokumen(siklus, "paraf", CatatanDokumen(ba, "1" * 64, "sj", datetime.now()))
    assert "sebelum langkah 4 tanda tangan, setiap peserta" in berikutnya(pribadi, siklus)


def test_siklus_diarsipkan_tidak_punya_langkah_berikutnya(config: Config) -> None:
    siklus = siklus_sampai(config, Langkah.ARSIP)
    with buka_buku(config.jalur.ledger) as b:
        b.selesaikan_langkah(siklus, Langkah.ARSIP, "Rudi")
    assert untuk_siklus(config, siklus) is None


def test_status_berakhir_dengan_langkah_berikutnya(config: Config, ruang_kerja: Path) -> None:
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    hasil = sidik_di(ruang_kerja, "status")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.stdout.splitlines()[0].startswith(f"Siklus {siklus} ({WORKBOOK}, dibuka ")
    assert hasil.stdout.splitlines()[-1] == (
        "Berikutnya — langkah 4 tanda tangan, oleh Operator Rudi Contoh, A.Md. atas nama "
        f"Atasan PPID: sidik run {WORKBOOK}"
    )


def test_status_bahasa_inggris(config: Config, ruang_kerja: Path) -> None:
    siklus_sampai(config, Langkah.KUMPUL)
    hasil = sidik_di(ruang_kerja, "--lang", "en", "status")
    assert hasil.stdout.splitlines()[-1] == (
        f"Next — step 1 collect, by the Operator Rudi Contoh, A.Md.: sidik run {WORKBOOK}"
    )


def test_langkah_berikutnya_tanpa_cli(config: Config) -> None:
    """The web pages will call the same function with the status they already hold."""
    from pipeline import ledger

    siklus = siklus_sampai(config, Langkah.ARSIP)
    [status] = ledger.status(config.jalur.ledger, (), siklus)
    langkah = langkah_berikutnya(config, status)
    assert langkah is not None and langkah.langkah is Langkah.ARSIP


@pytest.mark.libreoffice
@pytest.mark.slow
def test_review_apply_menyebut_buku_kerja_siklusnya(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    """No more 'sidik run BUKU_KERJA': the ledger knows the cycle's workbook."""
    ruang = shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang")
    lembar = ruang / "output/tinjauan-ulang.xlsx"
    assert sidik_di(ruang, "review", "sheet", str(lembar)).exit_code == 0
    isi(lembar, {3: ("Dibuka", "Sudah diumumkan")})
    hasil = sidik_di(ruang, "review", "apply", str(lembar))
    assert hasil.exit_code == 0, hasil.output
    assert hasil.stdout.splitlines()[-2:] == [
        "Langkah 3 selesai: setiap informasi sudah berkeputusan.",
        "Berikutnya — langkah 4 tanda tangan, oleh Operator Rudi Contoh, A.Md. atas nama "
        "Atasan PPID: sidik run input/informasi.xlsx",
    ]


@pytest.mark.libreoffice
@pytest.mark.slow
def test_run_yang_mengarsipkan_menyebut_verify(siklus_contoh: SiklusContoh) -> None:
    assert siklus_contoh.run.stdout.splitlines()[-1] == (
        "Berikutnya — siapa pun dapat memeriksa arsip kapan saja: "
        f"sidik verify {siklus_contoh.arsip}"
    )


@pytest.mark.libreoffice
@pytest.mark.slow
def test_run_yang_menunggu_tim_menyebut_anggotanya(siklus_contoh: SiklusContoh) -> None:
    pertama = siklus_contoh.run_pertama
    assert pertama is not None and pertama.returncode == 13
    [siklus] = {b.split()[1].rstrip(":") for b in pertama.stdout.splitlines()[:1]}
    assert pertama.stdout.splitlines()[-1] == (
        "Berikutnya — langkah 3 tinjau, oleh Tim Pertimbangan Maya Contoh, S.H., Yusuf Contoh, "
        "S.Kom.: sidik review sheet, isi kolom Keputusan dan Catatan, lalu sidik review apply "
        f"output/tinjauan-{siklus}.xlsx"
    )


def test_informasi_dikembalikan_tim_untuk_diperbaiki_operator(config: Config) -> None:
    """'Perbaiki' reopens step 1: the Operator fixes the rows and runs the workbook again."""
    siklus = siklus_sampai(config, Langkah.KUMPUL)
    with buka_buku(config.jalur.ledger) as b:
        b.simpan_item(siklus, item(1), "a")
        b.putuskan(siklus, 1, Keputusan.PERBAIKI, "Konsekuensi belum spesifik")
    assert berikutnya(config, siklus) == (
        "Berikutnya — langkah 1 kumpulkan, oleh Operator Rudi Contoh, A.Md.: perbaiki baris "
        f"yang dikembalikan Tim Pertimbangan, lalu sidik run {WORKBOOK}"
    )
