"""What "Menunggu saya" counts as waiting for each person's paraf or signature from the ledger
(:mod:`pipeline.alur.menunggu_ttd`): without the cycle's plan, its PDFs or the workspace lock.
On the sample cycle, at each point of step 4, it answers what the plan and the files answer
(what the acts themselves decide from): before anyone signed, after some participants signed,
after the Tim changed a decision (a Lembar, the DIK, the SK and the meeting's Berita Acara
made again, waiting for the paraf), and with a member absent from an item's test."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from pipeline import akun, ledger
from pipeline.akun import PeranAkun
from pipeline.alur.jalan import basi, buka_jalan, diam, jalan_terkunci
from pipeline.alur.menunggu_ttd import _hadir, lembar_menunggu, paraf_menunggu
from pipeline.alur.rencana import buat_rencana
from pipeline.alur.ttd_peserta import (
    MenungguPeserta,
    giliran_dokumen,
    hadir_peserta,
    pertama_ditunggu,
)
from pipeline.config import Config, muat
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.sop import Langkah
from pipeline.model import Keputusan
from pipeline.progres import tanpa_kemajuan
from pipeline.web import buat_app
from tests.bantu.cli import jalankan_sidik
from tests.bantu.ledger import WIB, Jam, item, siklus_sampai
from tests.bantu.ruang import SiklusContoh
from tests.web_bantu import SANDI, buat_akun, masuk, teks

ANDI, DEWI = "000000000000000001", "000000000000000002"  # the PPID Pelaksana, the unit's
MAYA, YUSUF = "000000000000000005", "000000000000000006"  # the Tim Pertimbangan


@dataclass(frozen=True)
class Jawaban:
    """What waits: for the paraf, and for each participant's signature now (by NIP)."""

    paraf: int
    sekarang: dict[str, int]
    pertama: MenungguPeserta | None


def menurut_buku(config: Config, siklus: str) -> Jawaban:
    """The counts "Menunggu saya" shows, from the ledger."""
    m = lembar_menunggu(config, siklus)
    return Jawaban(paraf_menunggu(config, siklus), dict(m.sekarang), m.pertama)


def menurut_rencana(config: Config, siklus: str) -> Jawaban:
    """The same from the cycle's plan and its files, as the acts decide (what the home page
    asked before, holding the lock)."""
    with jalan_terkunci(config, siklus, diam) as j:
        r = buat_rencana(j.buku, config, j.siklus)
        paraf = 0 if basi(j, r, "convert") else len(basi(j, r, "paraf"))
        if basi(j, r, "paraf") or j.buku.items_berkeputusan(siklus, None):
            return Jawaban(paraf, {}, None)
        hasil = giliran_dokumen(j, r, None, None)
        sekarang = Counter(h.menunggu.pejabat.nip for h in hasil if h.menunggu)
        return Jawaban(paraf, dict(sekarang), pertama_ditunggu(config, hasil))


def sama(config: Config, siklus: str) -> Jawaban:
    """The ledger's answer, checked against the plan's."""
    buku = menurut_buku(config, siklus)
    assert buku == menurut_rencana(config, siklus)
    return buku


@pytest.fixture
def ruang(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample cycle after the Tim's review, initialled, nobody has signed a Lembar yet."""
    return Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))


def _siklus(config: Config) -> str:
    [status] = ledger.status(config.jalur.ledger)
    return status.siklus.id


def _tandatangani(ruang: Path, peran: str, nip: str) -> None:
    ttd = jalankan_sidik(ruang, "sign", "--peran", peran, "--nip", nip)
    assert ttd.returncode == 0, ttd.stderr


@pytest.mark.libreoffice
def test_hitungan_buku_sama_dengan_rencana_selama_peserta_menandatangani(ruang: Path) -> None:
    config = muat(ruang / "sidik.toml")
    siklus = _siklus(config)
    # nobody has signed: the general PPID Pelaksana's 9 Lembar and the meeting's Berita
    # Acara, the unit's PPID Pelaksana's 3 Lembar
    awal = sama(config, siklus)
    assert (awal.paraf, awal.sekarang) == (0, {ANDI: 10, DEWI: 3})
    assert awal.pertama is not None and awal.pertama.peserta.pejabat.nip == ANDI
    m = lembar_menunggu(config, siklus)
    assert m.nanti == {DEWI: 1, MAYA: 13, YUSUF: 13}  # the Berita Acara after Andi's turn

    _tandatangani(ruang, "ppid_pelaksana", ANDI)
    setelah = sama(config, siklus)
    assert setelah.sekarang == {DEWI: 4, MAYA: 9}
    _beranda_menyebut_yang_menunggu_nanti(config, ruang, siklus)
    _tandatangani(ruang, "ppid_pelaksana", DEWI)
    _tandatangani(ruang, "tim_pertimbangan", MAYA)
    assert sama(config, siklus).sekarang == {YUSUF: 13}
    _tandatangani(ruang, "tim_pertimbangan", YUSUF)
    assert sama(config, siklus) == Jawaban(0, {}, None)


@pytest.mark.libreoffice
def test_hitungan_buku_sama_dengan_rencana_setelah_keputusan_diubah(ruang: Path) -> None:
    config = muat(ruang / "sidik.toml")
    siklus = _siklus(config)
    _tandatangani(ruang, "ppid_pelaksana", ANDI)
    ubah = jalankan_sidik(
        ruang, "review", "change", "1", "--keputusan", "dibuka", "--alasan", "Rapat ulang",
        "--tanggal", "2026-11-27", "--paksa-tanggal",
    )  # fmt: skip
    assert ubah.returncode == 0, ubah.stderr
    # the same meeting decided again: its Berita Acara, item 1's Lembar, the DIK and the SK
    # are to be made again; until the Operator's run has, nothing waits for anyone
    assert sama(config, siklus) == Jawaban(0, {}, None)
    for perintah in (("render", "input/informasi.xlsx"), ("convert",)):
        assert jalankan_sidik(ruang, *perintah).returncode == 0
    dibuat = sama(config, siklus)
    assert dibuat.paraf == 4 and dibuat.sekarang == {}  # the paraf first
    buat_akun(config)
    klien = buat_app(ruang / "sidik.toml").test_client()
    masuk(klien, "andi")
    beranda = teks(klien.get("/"))
    assert "4 dokumen menunggu paraf Anda." in beranda
    assert f'href="/siklus/{siklus}/dokumen"' in beranda and "/pdf/" not in beranda
    assert jalankan_sidik(ruang, "paraf").returncode == 0
    # initialled again, item 1's Lembar and the Berita Acara wait for Andi's signature anew
    assert sama(config, siklus).sekarang == {ANDI: 2, DEWI: 3, MAYA: 8}


def test_peserta_menurut_buku_sama_dengan_hadir_peserta_dengan_anggota_tidak_hadir(
    config: Config,
) -> None:
    # Yusuf took no part in item 2's test (the rule: majority of two, the chair decides)
    siklus = siklus_sampai(config, Langkah.TINJAU)
    jam = Jam(datetime(2026, 6, 9, 10, 0, tzinfo=WIB))
    with buka_buku(config.jalur.ledger, jam) as b, b.transaksi():
        for no in (1, 2, 3):
            b.simpan_item(siklus, item(no), f"sha-{no}")
            b.beri_suara(siklus, no, MAYA, f"sha-{no}", Keputusan.DIKECUALIKAN, "")
            if no != 2:
                b.beri_suara(siklus, no, YUSUF, f"sha-{no}", Keputusan.DIKECUALIKAN, "")
            b.putuskan(siklus, no, Keputusan.DIKECUALIKAN, "")
    with buka_untuk_baca(config.jalur.ledger) as b:
        j = buka_jalan(config, b, b.siklus(siklus), diam, tanpa_kemajuan)
        rencana, buku = hadir_peserta(j), _hadir(b, config, siklus, b.ringkasan_items(siklus))
    assert buku.hadir == rencana.hadir and buku.hadir[2] == [MAYA]
    assert buku.wajib == rencana.wajib
    assert {k: r.hadir for k, r in buku.rapat.items()} == {
        k: r.hadir for k, r in rencana.rapat.items()
    }


def _beranda_menyebut_yang_menunggu_nanti(config: Config, ruang: Path, siklus: str) -> None:
    """After Andi signed: Maya's home page shows the Lembar she signs now and those that
    wait for the unit's PPID Pelaksana first; Yusuf's, all his after the others."""
    buat_akun(config)
    akun.tambah(config, "yusuf", PeranAkun.TIM_PERTIMBANGAN, YUSUF, SANDI)
    app = buat_app(ruang / "sidik.toml")
    dokumen = "dokumen uji konsekuensi (Lembar, Berita Acara)"

    def beranda(login: str) -> str:
        klien: FlaskClient = app.test_client()
        masuk(klien, login)
        return teks(klien.get("/"))

    maya = beranda("maya")  # Andi's 9 Lembar are hers now; the unit's 4 after Dewi's
    assert f"9 {dokumen} menunggu tanda tangan Anda." in maya
    assert f"4 {dokumen} akan menunggu tanda tangan Anda setelah peserta" in maya
    assert "urutan kini menunggu Dewi Contoh, S.Sos. (PPID Pelaksana)." in maya
    assert f'action="/siklus/{siklus}/ttd-lembar"' in maya
    yusuf = beranda("yusuf")
    assert f"13 {dokumen} akan menunggu tanda tangan Anda" in yusuf
    assert "menunggu tanda tangan Anda." not in yusuf and "ttd-lembar" not in yusuf
    # the card links to the cycle's documents, a page of them at a time
    assert f'href="/siklus/{siklus}/dokumen"' in yusuf and "/pdf/" not in yusuf
