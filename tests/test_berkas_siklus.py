"""Nothing a user does loses data, on the README's real sample cycle: the review sheet, the
verification report and the archive check never write over, follow or skip what they must not.

Each test works on a copy of the session's sample workspace.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.errors import ExitCode
from tests.bantu.cli import jalankan_sidik
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

DITOLAK = "sudah ada dan bukan keluaran sidik yang dapat dibuat ulang; sidik tidak menimpanya"


def sidik_jari(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def siap_ttd(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample workspace after the review, before signing: a review sheet can be written."""
    return Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang", symlinks=True))


@pytest.fixture
def diarsipkan(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample workspace after the cycle was filed."""
    return Path(shutil.copytree(siklus_contoh.ruang, tmp_path / "ruang", symlinks=True))


# --- review sheet


@pytest.mark.parametrize("tujuan", ["sidik.toml", "output/sidik.db"])
def test_review_sheet_tidak_menimpa_berkas_ruang_kerja(siap_ttd: Path, tujuan: str) -> None:
    sebelum = sidik_jari(siap_ttd / tujuan)
    hasil = sidik(siap_ttd, "review", "sheet", tujuan)
    assert hasil.exit_code == ExitCode.OUTPUT_REFUSED == 15
    assert hasil.stderr == (
        f"Galat: {tujuan} {DITOLAK}. Pilih nama lain, atau pindahkan berkas itu dahulu.\n"
    )
    assert sidik_jari(siap_ttd / tujuan) == sebelum
    assert sidik(siap_ttd, "status").exit_code == 0  # the ledger still opens


def test_review_sheet_tidak_menimpa_lembar_yang_sudah_diisi(siap_ttd: Path) -> None:
    assert sidik(siap_ttd, "review", "sheet", "tinjauan.xlsx").exit_code == 0
    ulang = sidik(siap_ttd, "review", "sheet", "tinjauan.xlsx")
    assert ulang.exit_code == 0, ulang.stderr  # as sidik wrote it: written again
    wb = load_workbook(siap_ttd / "tinjauan.xlsx")
    wb["Tinjauan"]["J2"] = "Catatan rapat Tim Pertimbangan"
    wb.save(siap_ttd / "tinjauan.xlsx")
    hasil = sidik(siap_ttd, "review", "sheet", "tinjauan.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith(
        "Galat: Tidak menimpa tinjauan.xlsx: lembar ini berisi keputusan yang belum dicatat."
    )
    wb = load_workbook(siap_ttd / "tinjauan.xlsx")  # not read_only: that keeps the file open
    assert wb["Tinjauan"]["J2"].value == "Catatan rapat Tim Pertimbangan"


def test_review_sheet_menimpa_lembar_yang_keputusannya_sudah_diterapkan(siap_ttd: Path) -> None:
    assert sidik(siap_ttd, "review", "sheet", "tinjauan.xlsx").exit_code == 0
    wb = load_workbook(siap_ttd / "tinjauan.xlsx")
    wb["Tinjauan"]["I2"], wb["Tinjauan"]["J2"] = "Dibuka", "Sudah diumumkan di laman resmi"
    wb.save(siap_ttd / "tinjauan.xlsx")
    assert sidik(siap_ttd, "review", "apply", "tinjauan.xlsx").exit_code == 0
    # what the sheet says is in the ledger (and its copy in the work folder): a new sheet
    hasil = sidik(siap_ttd, "review", "sheet", "tinjauan.xlsx")
    assert hasil.exit_code == 0, hasil.stderr
    assert load_workbook(siap_ttd / "tinjauan.xlsx")["Tinjauan"]["I2"].value == ("Dibuka")


def test_review_sheet_tidak_menulis_ke_dalam_arsip(diarsipkan: Path) -> None:
    (diarsipkan / "output/arsip/baru").mkdir()
    hasil = sidik(diarsipkan, "review", "sheet", "output/arsip/baru/tinjauan.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr == (
        "Galat: output/arsip/baru/tinjauan.xlsx berada di dalam arsip; arsip hanya diisi oleh "
        "sidik run/archive dan tidak pernah diubah. Tulis ke luar output/arsip/.\n"
    )
    assert list((diarsipkan / "output/arsip/baru").iterdir()) == []


# --- verify --report


def test_verify_report_tidak_menimpa_pdf_arsip(diarsipkan: Path) -> None:
    [daftar] = (diarsipkan / "output/arsip").rglob("daftar.pdf")
    sebelum = sidik_jari(daftar)
    hasil = sidik(diarsipkan, "verify", "output/arsip", "--report", str(daftar))
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith(f"Galat: {daftar} berada di dalam arsip;")
    assert hasil.stdout == ""  # refused before verifying anything
    assert sidik_jari(daftar) == sebelum


def test_verify_report_menimpa_laporannya_sendiri_saja(diarsipkan: Path) -> None:
    for _ in range(2):
        hasil = sidik(diarsipkan, "verify", "output/arsip", "--report", "laporan.html")
        assert hasil.exit_code == 0, hasil.stderr
    (diarsipkan / "catatan.html").write_text("<p>catatan saya</p>", encoding="utf-8")
    hasil = sidik(diarsipkan, "verify", "output/arsip", "--report", "catatan.html")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith(f"Galat: catatan.html {DITOLAK}.")
    assert (diarsipkan / "catatan.html").read_text(encoding="utf-8") == "<p>catatan saya</p>"


def test_verify_mengikuti_folder_yang_disebut_lewat_tautan(diarsipkan: Path) -> None:
    (diarsipkan / "arsip-di-disk-lain").symlink_to(diarsipkan / "output/arsip")
    hasil = sidik(diarsipkan, "verify", "arsip-di-disk-lain")
    assert hasil.exit_code == 0, hasil.stdout
    assert "SYMBOLIC_LINK" not in hasil.stdout


# --- publish


def test_publish_tidak_menulis_melalui_tautan(
    diarsipkan: Path, siklus_contoh: SiklusContoh
) -> None:
    siklus = siklus_contoh.arsip.name
    folder = diarsipkan / "output/publikasi" / siklus
    folder.mkdir(parents=True)
    milik_orang = diarsipkan / "laman-kantor.html"
    milik_orang.write_text("<p>laman kantor</p>", encoding="utf-8")
    (folder / f"{siklus}.html").symlink_to(milik_orang)
    hasil = sidik(diarsipkan, "publish", "--siklus", siklus)
    assert hasil.exit_code == 15
    assert f"/{siklus}.html adalah tautan simbolik" in hasil.stderr
    assert milik_orang.read_text(encoding="utf-8") == "<p>laman kantor</p>"
    assert [p.name for p in folder.iterdir()] == [f"{siklus}.html"]  # nothing half renewed


def test_publish_dik_terkini_tidak_menulis_melalui_tautan(diarsipkan: Path) -> None:
    folder = diarsipkan / "output/publikasi"
    folder.mkdir(parents=True)
    milik_orang = diarsipkan / "laman-kantor.html"
    milik_orang.write_text("<p>laman kantor</p>", encoding="utf-8")
    (folder / "dik-terkini.html").symlink_to(milik_orang)
    hasil = sidik(diarsipkan, "publish")
    assert hasil.exit_code == 15
    assert "/dik-terkini.html adalah tautan simbolik" in hasil.stderr
    assert milik_orang.read_text(encoding="utf-8") == "<p>laman kantor</p>"
    assert [p.name for p in folder.iterdir()] == ["dik-terkini.html"]  # nothing half renewed


# --- archive check: links and special files are reported, never followed, read or skipped


def test_archive_check_melaporkan_subfolder_arsip_bertautan(diarsipkan: Path) -> None:
    [tahun] = (diarsipkan / "output/arsip").iterdir()
    di_luar = diarsipkan.parent / "disk-lain" / tahun.name
    shutil.move(tahun, di_luar)
    tahun.symlink_to(di_luar, target_is_directory=True)
    hasil = jalankan_sidik(diarsipkan, "archive", "check", timeout=300)
    assert hasil.returncode == ExitCode.VERIFICATION_FAILED == 7, hasil.stdout
    assert "tidak ada masalah" not in hasil.stdout  # was: 0 revisi diperiksa, tidak ada masalah
    assert re.search(rf"TAUTAN_SIMBOLIK\s+\S+/arsip/{tahun.name}\s+tautan simbolik", hasil.stdout)
    assert hasil.stderr.startswith("Galat: 1 masalah ditemukan di arsip ")


def test_archive_check_fifo_dan_tautan_ke_dev_zero_selesai(diarsipkan: Path) -> None:
    [manifest] = (diarsipkan / "output/arsip").rglob("manifest.json")
    folder = manifest.parent
    os.mkfifo(folder / "pipa.pdf")
    (folder / "lembar-0002.pdf").unlink()
    (folder / "lembar-0002.pdf").symlink_to("/dev/zero")
    # a generous guard only: nothing here needs waiting
    hasil = jalankan_sidik(diarsipkan, "archive", "check", timeout=300)
    assert hasil.returncode == 7, hasil.stderr
    # the problems' rows (after the one row per revision): code, path, sentence
    baris = [b.split()[:2] for b in hasil.stdout.splitlines() if re.match(r"[A-Z_]{4,}\s", b)]
    assert [(kode, Path(path).name) for kode, path in baris] == [
        ("TAUTAN_SIMBOLIK", "lembar-0002.pdf"),
        ("BUKAN_BERKAS_BIASA", "pipa.pdf"),
    ]
