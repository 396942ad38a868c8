"""SOP step 2 as the PPID Pelaksana's explicit check: initial all items or some (the DIK and the
SK only once every Lembar is), or send items back to the Operator with a note; and every event
of a cycle names who performed it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.alur import jalan as kerja
from pipeline.config import Config
from pipeline.errors import ExitCode
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.sop import Langkah, Peran
from pipeline.model import Keputusan
from tests.bantu.aktor import PPID, ikat, jejak, sebagai
from tests.bantu.buku_kerja import buku_kerja_kecil
from tests.bantu.cli import jalankan_sidik, sidik_di
from tests.bantu.ledger import WORKBOOK, berikutnya, item, siklus_sampai
from tests.bantu.ruang import SiklusContoh

CATATAN = "Konsekuensi terlalu umum; sebutkan kerugiannya"


def paraf_tercatat(ruang: Path) -> list[tuple[int | None, str]]:
    """The paraf events of the ledger in order: (item, document)."""
    return [(p["item_no"], p["keterangan"]) for p in jejak(ruang) if p["aksi"] == "paraf"]


@pytest.mark.libreoffice
def test_paraf_sebagian_dik_dan_sk_menunggu_setiap_lembar(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    ikat(ruang, pribadi=True)
    wb = str(buku_kerja_kecil(ruang, 3).relative_to(ruang))
    run = sebagai("rudi", ruang, "run", wb)
    assert run.returncode == ExitCode.REVIEW_PENDING, run.stderr
    assert "5 dokumen siap diparaf" in run.stdout
    assert f"oleh PPID Pelaksana (Andi Teladan, S.E. ({PPID})" in run.stdout

    # The PPID Pelaksana approves item 1 only: the DIK and the SK wait for the other Lembar.
    satu = sebagai(PPID, ruang, "paraf", "--item", "1")
    assert satu.returncode == 0, satu.stderr
    baris = satu.stdout.splitlines()
    assert "langkah 'paraf' selesai, 1 dokumen di " in baris[0]
    assert baris[1] == (
        "DIK dan Surat Keputusan belum diparaf: keduanya mencakup setiap informasi dan diparaf "
        "setelah Lembar setiap informasi diparaf; menunggu Lembar 2 informasi (No 2, 3)."
    )
    assert baris[2].startswith("Berikutnya — langkah 2 periksa & paraf, oleh PPID Pelaksana")
    assert paraf_tercatat(ruang) == [(1, "lembar-0001")]

    # The rest: the last Lembar, then the DIK and the SK; step 2 ends.
    sisa = sebagai(PPID, ruang, "paraf", "--item", "2", "--item", "3")
    assert sisa.returncode == 0, sisa.stderr
    assert "langkah 'paraf' selesai, 4 dokumen di " in sisa.stdout
    assert "belum diparaf" not in sisa.stdout
    assert sisa.stdout.splitlines()[-1].startswith("Berikutnya — langkah 3 tinjau")
    assert paraf_tercatat(ruang) == [
        (1, "lembar-0001"),
        (2, "lembar-0002"),
        (3, "lembar-0003"),
        (None, "daftar"),
        (None, "keputusan"),
    ]
    semua = jejak(ruang)
    paraf_andi = [p for p in semua if p["aksi"] == "paraf" and p["item_no"] != 2]
    assert all(p["pelaku"] == PPID and p["atas_nama"] is False for p in paraf_andi)
    assert ("langkah_selesai", "periksa") in {(p["aksi"], p["langkah"]) for p in semua}


@pytest.mark.libreoffice
def test_ppid_pelaksana_mengembalikan_informasi_kepada_operator(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    ikat(ruang, pribadi=True)
    berkas = buku_kerja_kecil(ruang, 3)
    wb = str(berkas.relative_to(ruang))
    assert sebagai("rudi", ruang, "run", wb).returncode == ExitCode.REVIEW_PENDING

    # Without a note nothing is sent back.
    tanpa = sebagai(PPID, ruang, "paraf", "--kembalikan", "3")
    assert tanpa.returncode == ExitCode.INPUT_INVALID
    assert tanpa.stderr.strip() == (
        "Galat: Mengembalikan informasi kepada Operator wajib disertai catatan apa yang harus "
        "diperbaiki (--catatan TEKS)."
    )
    kembali = sebagai(PPID, ruang, "paraf", "--kembalikan", "3", "--catatan", CATATAN)
    assert kembali.returncode == 0, kembali.stderr
    baris = kembali.stdout.splitlines()
    assert baris[0].endswith(
        ": 1 informasi dikembalikan PPID Pelaksana kepada Operator untuk diperbaiki (langkah 1):"
    )
    assert baris[1].startswith("  No 3 ") and baris[1].endswith(f": {CATATAN}")
    assert baris[2] == (
        "Berikutnya — langkah 1 kumpulkan, oleh Operator Rudi Contoh, A.Md.: perbaiki baris "
        f"yang dikembalikan PPID Pelaksana, lalu sidik run {wb}"
    )
    [peristiwa] = [p for p in jejak(ruang) if p["aksi"] == "item_dikembalikan"]
    assert (peristiwa["langkah"], peristiwa["peran"], peristiwa["item_no"]) == (
        "periksa",
        "ppid_pelaksana",
        3,
    )
    assert (peristiwa["pelaku"], peristiwa["atas_nama"], peristiwa["keterangan"]) == (
        PPID,
        False,
        CATATAN,
    )

    # The others are approved; item 3's Lembar, the DIK and the SK wait for the correction.
    paraf = sebagai(PPID, ruang, "paraf")
    assert paraf.returncode == 0, paraf.stderr
    assert "langkah 'paraf' selesai, 2 dokumen di " in paraf.stdout
    assert "menunggu Lembar 1 informasi (No 3)." in paraf.stdout
    assert paraf_tercatat(ruang) == [(1, "lembar-0001"), (2, "lembar-0002")]
    lagi = sebagai(PPID, ruang, "paraf", "--item", "3")
    assert lagi.returncode == ExitCode.INPUT_INVALID
    assert "Informasi No 3 siklus " in lagi.stderr and "dikembalikan kepada Operator" in lagi.stderr

    # The Operator's run lists the item and who sent it back, and does nothing else.
    tunggu = sebagai("rudi", ruang, "run", wb)
    assert tunggu.returncode == ExitCode.REVIEW_PENDING
    assert ": 1 informasi dikembalikan PPID Pelaksana untuk diperbaiki Operator" in tunggu.stdout
    assert "  No 3 " in tunggu.stdout and CATATAN in tunggu.stdout

    # Corrected: the item loses the mark; its Lembar, the DIK and the SK wait for the paraf.
    buku_kerja = load_workbook(berkas)
    buku_kerja["Informasi"]["H4"] = "Disalahgunakan untuk pemalsuan identitas dan penipuan."
    buku_kerja.save(berkas)
    diperbaiki = sebagai("rudi", ruang, "run", wb)
    assert diperbaiki.returncode == ExitCode.REVIEW_PENDING
    assert "3 dokumen siap diparaf" in diperbaiki.stdout
    assert (3, "item_diperbaiki") in {(p["item_no"], p["aksi"]) for p in jejak(ruang)}
    akhir = sebagai(PPID, ruang, "paraf")
    assert akhir.returncode == 0, akhir.stderr
    assert "langkah 'paraf' selesai, 3 dokumen di " in akhir.stdout
    assert akhir.stdout.splitlines()[-1].startswith("Berikutnya — langkah 3 tinjau")


def test_pengembalian_oleh_yang_bukan_ppid_pelaksana_ditolak(ruang_kerja: Path) -> None:
    ikat(ruang_kerja, pribadi=True)
    hasil = sebagai("rudi", ruang_kerja, "paraf", "--kembalikan", "1", "--catatan", CATATAN)
    assert hasil.returncode == ExitCode.ACT_REFUSED == 16
    assert hasil.stderr.startswith(
        "Galat: Paraf adalah tindakan PPID Pelaksana sendiri ([alur] tindakan_pribadi), bukan "
        "tindakan pengguna 'rudi'. Yang dapat memaraf: Andi Teladan, S.E. (andi), Dewi"
    )
    assert hasil.stdout == ""


@pytest.mark.parametrize(
    ("argumen", "pesan"),
    [
        (("--catatan", CATATAN), "--catatan hanya dipakai bersama --kembalikan NO."),
        (
            ("--item", "2", "--kembalikan", "2", "--catatan", CATATAN),
            "Informasi No 2 disebut pada --item dan --kembalikan sekaligus; pilih salah satu.",
        ),
    ],
)
def test_opsi_paraf_yang_bertentangan(
    ruang_kerja: Path, argumen: tuple[str, ...], pesan: str
) -> None:
    hasil = sidik_di(ruang_kerja, "paraf", *argumen)
    assert hasil.exit_code == ExitCode.USAGE
    assert pesan in hasil.stderr
    assert not (ruang_kerja / "output" / "sidik.db").exists()


def _kembalikan(config: Config, siklus: str, no: int, langkah: Langkah, aksi: str) -> None:
    """Item ``no`` of ``siklus`` sent back (Perbaiki) by the event ``aksi`` of ``langkah``."""
    with buka_buku(config.jalur.ledger) as b:
        b.simpan_item(siklus, item(no), str(no))
        b.putuskan(siklus, no, Keputusan.PERBAIKI, CATATAN)
        kerja.catat(b, config, siklus, langkah, aksi, no, keterangan=CATATAN)


def test_berikutnya_menyebut_siapa_yang_mengembalikan(config: Config) -> None:
    siklus = siklus_sampai(config, Langkah.KUMPUL)
    _kembalikan(config, siklus, 1, Langkah.PERIKSA, "item_dikembalikan")
    awal = "Berikutnya — langkah 1 kumpulkan, oleh Operator Rudi Contoh, A.Md.: perbaiki baris "
    assert berikutnya(config, siklus) == (
        f"{awal}yang dikembalikan PPID Pelaksana, lalu sidik run {WORKBOOK}"
    )
    _kembalikan(config, siklus, 2, Langkah.TINJAU, "keputusan_perbaiki")
    assert berikutnya(config, siklus) == (
        f"{awal}yang dikembalikan PPID Pelaksana dan Tim Pertimbangan, lalu sidik run {WORKBOOK}"
    )
    with buka_buku(config.jalur.ledger) as b:
        assert b.pengembali(siklus) == {1: Peran.PPID_PELAKSANA, 2: Peran.TIM_PERTIMBANGAN}


@pytest.mark.libreoffice
@pytest.mark.slow
def test_log_menyebut_pelaku_setiap_peristiwa_siklus_contoh(siklus_contoh: SiklusContoh) -> None:
    """Done-when of issue 25: every event of the sample cycle names who performed it, in which
    role, through which channel, and whether on the official's behalf."""
    hasil = jalankan_sidik(siklus_contoh.ruang, "log", "--json")
    assert hasil.returncode == 0, hasil.stderr
    semua = json.loads(hasil.stdout)
    assert len(semua) > 40
    peran = {p.value for p in Peran}
    for p in semua:
        assert p["pelaku"] and p["saluran"] == "cli", p
        assert p["peran"] in peran and p["pejabat"], p
        assert isinstance(p["atas_nama"], bool), p
        assert p["pelaku_teks"].startswith(f"dijalankan oleh {p['pelaku']} (cli) "), p
    langkah = {p["langkah"] for p in semua}
    assert langkah == {lk.value for lk in Langkah}


@pytest.mark.libreoffice
@pytest.mark.slow
def test_langkah_2_tidak_selesai_selama_informasi_dikembalikan(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    """Every document initialled, then the Tim sends item 3 back (a meeting of its own, so a
    Berita Acara of its own to render): a paraf meanwhile has nothing it may initial and must
    not end step 2 while step 1 waits for the correction."""
    ruang = shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang")
    ubah = ("review", "change", "3", "--keputusan", "perbaiki", "--alasan", CATATAN)
    assert sidik_di(ruang, *ubah).exit_code == 0
    paraf = sidik_di(ruang, "paraf")
    assert paraf.exit_code == ExitCode.STEP_NOT_READY, paraf.output
    assert "langkah 'render' belum selesai" in paraf.stderr
    [status] = json.loads(sidik_di(ruang, "status", "--json").stdout)
    selesai = {b["langkah"]: b["selesai"] for b in status["langkah"]}
    assert selesai["kumpul"] is None and selesai["periksa"] is None


def test_yang_dikembalikan_hanya_informasi_yang_belum_diputus(
    config: Config, ruang_kerja: Path
) -> None:
    siklus = siklus_sampai(config, Langkah.TINJAU)
    with buka_buku(config.jalur.ledger) as b:
        for no in (1, 2, 3):
            b.simpan_item(siklus, item(no), str(no))
        b.putuskan(siklus, 1, Keputusan.DIKECUALIKAN, "")
        b.putuskan(siklus, 2, Keputusan.DIBUKA, "sudah diumumkan")
        sebelum = len(b.peristiwa(siklus))
    for no, pesan in [
        (1, f"Galat: Informasi No 1 siklus {siklus} sudah diputus Tim Pertimbangan "),
        (2, f"Galat: Informasi No 2 tidak ada dalam rancangan DIK siklus {siklus}; "),
        (9, f"Galat: Informasi No 9 tidak ada dalam rancangan DIK siklus {siklus}; "),
    ]:
        hasil = sidik_di(ruang_kerja, "paraf", "--kembalikan", str(no), "--catatan", CATATAN)
        assert hasil.exit_code == ExitCode.INPUT_INVALID, hasil.output
        assert hasil.stderr.startswith(pesan), hasil.stderr
    with buka_buku(config.jalur.ledger) as b:
        assert len(b.peristiwa(siklus)) == sebelum
        assert b.items_berkeputusan(siklus, Keputusan.PERBAIKI) == []

    # Item 3, not yet decided, goes back: step 1 reopens, and status says who sent it.
    hasil = sidik_di(ruang_kerja, "paraf", "--kembalikan", "3", "--catatan", CATATAN)
    assert hasil.exit_code == 0, hasil.output
    [status] = json.loads(sidik_di(ruang_kerja, "status", "--json").stdout)
    assert status["keputusan"] == {"dikecualikan": 1, "dibuka": 1, "perbaiki": 1}
    assert status["dikembalikan_oleh"] == ["ppid_pelaksana"]
    terbuka = [b["langkah"] for b in status["langkah"] if b["mulai"] and not b["selesai"]]
    assert terbuka == ["kumpul"]
