"""Every act has an actor: who performed it, through which channel, as the official or on
their behalf; and with ``[alur] tindakan_pribadi`` the paraf, the Tim's decisions and the
signature are each their official's own act."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from pipeline.aktor import Aktor, Saluran, aktor_cli
from pipeline.alur.izin import Tindakan, boleh
from pipeline.config import muat
from pipeline.errors import ExitCode
from tests.bantu.aktor import ATASAN, PPID, PPID_UNIT, TIM, TIM_2, ikat, jejak, sebagai
from tests.bantu.buku_kerja import buku_kerja_kecil
from tests.bantu.cli import jalankan_sidik


def test_aktor_cli_terikat_menurut_pengguna(ruang_kerja: Path) -> None:
    ikat(ruang_kerja, pribadi=True)
    config = muat(ruang_kerja / "sidik.toml")
    andi = aktor_cli(config.semua_pejabat(), PPID)
    assert andi == Aktor(PPID, Saluran.CLI, frozenset({config.ppid_pelaksana.nip}))
    assert boleh(andi, Tindakan.PARAF, config)
    assert not boleh(andi, Tindakan.TANDATANGANI, config)
    assert not boleh(aktor_cli(config.semua_pejabat(), "rudi"), Tindakan.PARAF, config)
    assert aktor_cli(config.semua_pejabat(), "").nip == frozenset()  # no login binds nobody


@pytest.mark.libreoffice
def test_tanpa_ikatan_setiap_tindakan_pejabat_tercatat_atas_nama(ruang_dengan_pki: Path) -> None:
    # A one-person office: rudi runs the whole cycle; every act is recorded as performed by
    # rudi on the officials' behalf, never as their own.
    ruang = ruang_dengan_pki
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    assert sebagai("rudi", ruang, "run", wb).returncode == 13
    assert sebagai("rudi", ruang, "review", "apply", "--all", "dikecualikan").returncode == 0
    assert sebagai("rudi", ruang, "run", wb).returncode == 0
    semua = jejak(ruang)
    assert {(p["pelaku"], p["saluran"], p["atas_nama"]) for p in semua} == {("rudi", "cli", True)}
    [paraf, *_] = [p for p in semua if p["aksi"] == "paraf"]
    assert re.fullmatch(
        r"dijalankan oleh rudi \(cli\) atas nama PPID Pelaksana .+", str(paraf["pelaku_teks"])
    )
    tabel = sebagai("rudi", ruang, "log", "--langkah", "periksa").stdout
    assert "atas nama " in tabel and "rudi (cli)" in tabel


@pytest.mark.libreoffice
def test_pejabat_terikat_bertindak_sendiri_tanpa_tindakan_pribadi(
    ruang_dengan_pki: Path,
) -> None:
    ruang = ruang_dengan_pki
    ikat(ruang, pribadi=False)
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    assert sebagai(PPID, ruang, "run", wb).returncode == 13
    semua = jejak(ruang)
    paraf = {(p["item_no"], p["pelaku"], p["atas_nama"]) for p in semua if p["aksi"] == "paraf"}
    # andi is the general PPID Pelaksana: the DIK, the decree and item 1 are his own paraf;
    # item 2's unit has its own PPID Pelaksana (Dewi), so that one is on her behalf
    assert paraf == {(None, PPID, False), (1, PPID, False), (2, PPID, True)}
    [sendiri, *_] = [p for p in semua if p["aksi"] == "paraf" and p["atas_nama"] is False]
    assert "sebagai PPID Pelaksana Andi Teladan" in str(sendiri["pelaku_teks"])
    kumpul = [p for p in semua if p["langkah"] == "kumpul"]
    assert kumpul and all(p["atas_nama"] is True for p in kumpul)  # the Operator's, on behalf


@pytest.mark.libreoffice
def test_tindakan_pribadi_setiap_pejabat_bertindak_sendiri(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    ikat(ruang, pribadi=True, semua=True)
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))

    # Step 2 waits for the PPID Pelaksana: the Operator's run renders and converts, then stops.
    run = sebagai("rudi", ruang, "run", wb)
    assert run.returncode == ExitCode.REVIEW_PENDING, run.stderr
    assert "4 dokumen siap diparaf" in run.stdout
    assert f"oleh PPID Pelaksana (Andi Teladan, S.E. ({PPID}), Dewi" in run.stdout
    assert "'sidik paraf', lalu 'sidik run input/kecil.xlsx'." in run.stdout
    assert not list(ruang.glob("output/kerja/*/paraf/*.pdf"))
    ditolak = sebagai("rudi", ruang, "paraf")
    assert ditolak.returncode == ExitCode.ACT_REFUSED == 16
    assert ditolak.stderr.startswith("Galat: Paraf adalah tindakan PPID Pelaksana sendiri")
    assert f"({PPID})" in ditolak.stderr
    assert sebagai(PPID, ruang, "paraf").returncode == 0

    # Step 3: only a Tim member decides.
    assert sebagai("rudi", ruang, "run", wb).returncode == 13
    tolak = sebagai(PPID, ruang, "review", "apply", "--all", "dikecualikan")
    assert tolak.returncode == 16 and "anggota Tim Pertimbangan sendiri" in tolak.stderr
    assert sebagai(TIM, ruang, "review", "apply", "--all", "dikecualikan").returncode == 0

    # The meeting's Berita Acara is the PPID Pelaksana's to initial, like the drafts, and both
    # Lembar again: Yusuf did not decide (Maya decided for the team), so his cell now says
    # "Tidak hadir".
    baru = sebagai("rudi", ruang, "run", wb)
    assert baru.returncode == 13 and "3 dokumen siap diparaf" in baru.stdout
    assert sebagai(PPID, ruang, "paraf").returncode == 0

    # Each participant of the test signs the Lembar with their own key, in order: the PPID
    # Pelaksana of each item's unit, then each Tim member.
    peserta = sebagai("rudi", ruang, "run", wb)
    assert peserta.returncode == 13, peserta.stderr
    # his item's Lembar and the meeting's Berita Acara
    assert "menunggu tanda tangan Andi Teladan, S.E. pada 2 dokumen uji" in peserta.stdout
    for login, peran in (
        (PPID, "ppid_pelaksana"),
        (PPID_UNIT, "ppid_pelaksana"),
        (TIM, "tim_pertimbangan"),
        (TIM_2, "tim_pertimbangan"),
    ):
        ttd = sebagai(login, ruang, "sign", "--peran", peran)
        assert ttd.returncode == 0, (login, ttd.stderr)

    # Step 4 waits for the Atasan PPID; step 5 is the Operator's again.
    tunggu = sebagai("rudi", ruang, "run", wb)
    assert tunggu.returncode == 13 and "5 dokumen siap ditandatangani" in tunggu.stdout
    assert f"({ATASAN}): 'sidik sign'" in tunggu.stdout
    assert sebagai("rudi", ruang, "sign").returncode == 16
    assert not list(ruang.glob("output/kerja/*/ttd/*.pdf"))
    assert sebagai(ATASAN, ruang, "sign").returncode == 0
    # filing seals the manifest with the Operator's key: their act, not the Atasan's
    arsip = sebagai(ATASAN, ruang, "run", wb)
    assert arsip.returncode == 13, arsip.stderr
    assert "Pengarsipan (langkah 5) adalah tindakan Operator sendiri" in arsip.stdout
    assert not list(ruang.glob("output/arsip/*/*/*/*/manifest.json"))
    tolak = sebagai(ATASAN, ruang, "archive")
    assert tolak.returncode == 16 and "adalah tindakan Operator sendiri" in tolak.stderr
    assert not list(ruang.glob("output/arsip/*/*/*/*/manifest.json"))
    akhir = sebagai("rudi", ruang, "run", wb)
    assert akhir.returncode == 0, akhir.stderr

    semua = jejak(ruang)
    sendiri = {(p["aksi"], p["pelaku"]) for p in semua if p["atas_nama"] is False}
    assert {("paraf", PPID), ("sign", ATASAN)} <= sendiri
    assert any(p["pelaku"] == TIM and p["langkah"] == "tinjau" for p in semua)
    assert not any(
        p["pelaku"] == "rudi" and p["aksi"] in ("paraf", "ttd_peserta", "sign") for p in semua
    )
    ttd = {(p["pelaku"], p["item_no"]) for p in semua if p["aksi"] == "ttd_peserta"}
    # Yusuf did not decide (Maya decided for the team): he did not take part nor attend the
    # meeting, signs nothing; the others sign the meeting's Berita Acara (no item) too
    assert ttd == {(PPID, 1), (PPID_UNIT, 2), (TIM, 1), (TIM, 2)} | {
        (p, None) for p in (PPID, PPID_UNIT, TIM)
    }
    assert all(p["atas_nama"] is False for p in semua if p["aksi"] == "ttd_peserta")


def test_nilai_tindakan_pribadi_harus_boolean(ruang_kerja: Path) -> None:
    toml = ruang_kerja / "sidik.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[alur]\ntindakan_pribadi = "ya"\n')
    hasil = jalankan_sidik(ruang_kerja, "status")
    assert hasil.returncode == ExitCode.CONFIG_INVALID
    assert "alur.tindakan_pribadi" in hasil.stderr and "true/false" in hasil.stderr
    assert os.environ.get("SIDIK_MATI_DI") is None
