"""Nothing a user does loses data: sidik writes only its own regenerable output, never through
a symlink, never into the archive, and a write that cannot be done says so and leaves nothing.

These tests need no LibreOffice; ``test_berkas_siklus.py`` covers the commands that need a
real cycle (review sheet, verify --report on the archive, archive check).
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from pipeline.atomic import tulis_teks_atomik
from pipeline.errors import ExitCode, OutputRefused
from tests.bantu.cli import jalankan_sidik
from tests.bantu.cli import sidik_di as sidik


def sisa_sementara(folder: Path) -> list[str]:
    """Temporary files a write left behind (there must be none)."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- the workspace lock


def test_gembok_bertautan_tidak_diikuti(ruang_kerja: Path) -> None:
    rahasia = ruang_kerja / "rahasia.txt"
    rahasia.write_text("isi yang tidak boleh hilang\n", encoding="utf-8")
    (ruang_kerja / "output").mkdir()
    (ruang_kerja / "output/sidik.lock").symlink_to(rahasia)
    hasil = sidik(ruang_kerja, "review", "apply", "--all", "dikecualikan")
    assert hasil.exit_code == ExitCode.OUTPUT_REFUSED == 15
    assert hasil.stderr == (
        f"Galat: {ruang_kerja}/output/sidik.lock adalah tautan simbolik; sidik tidak menulis "
        "melalui tautan. Pilih nama lain, atau hapus tautan itu dahulu.\n"
    )
    assert rahasia.read_text(encoding="utf-8") == "isi yang tidak boleh hilang\n"
    assert (ruang_kerja / "output/sidik.lock").is_symlink()


def test_gembok_berupa_fifo_ditolak_tanpa_menunggu(ruang_kerja: Path) -> None:
    (ruang_kerja / "output").mkdir()
    os.mkfifo(ruang_kerja / "output/sidik.lock")
    hasil = jalankan_sidik(ruang_kerja, "review", "apply", "--all", "dikecualikan", timeout=120)
    assert hasil.returncode == 15
    assert "output/sidik.lock bukan berkas biasa (FIFO, perangkat, atau soket)" in hasil.stderr


# --- writes that cannot be done


def test_disk_penuh_tidak_meninggalkan_apa_pun(tmp_path: Path) -> None:
    tujuan = tmp_path / "laporan.html"
    tujuan.write_text("laporan lama", encoding="utf-8")

    def penulis_disk_penuh(p: Path) -> None:
        p.write_text("separuh", encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    from pipeline.atomic import tulis_atomik

    with pytest.raises(OutputRefused) as e:
        tulis_atomik(tujuan, penulis_disk_penuh)
    assert e.value.code == ExitCode.OUTPUT_REFUSED
    assert e.value.pesan() == (
        f"Disk penuh saat menulis {tujuan}; tidak ada yang ditulis. Kosongkan ruang di "
        f"{tmp_path} lalu jalankan ulang."
    )
    assert tujuan.read_text(encoding="utf-8") == "laporan lama"
    assert sisa_sementara(tmp_path) == []


def test_disk_penuh_saat_workbook_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a full disk cannot be caused here: the fault is injected at openpyxl's save
    def simpan_disk_penuh(self: Workbook, nama: str) -> None:
        Path(nama).write_bytes(b"PK\x03\x04 separuh")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Workbook, "save", simpan_disk_penuh)
    hasil = sidik(tmp_path, "workbook", "sample", "contoh.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr == (
        "Galat: Disk penuh saat menulis contoh.xlsx; tidak ada yang ditulis. Kosongkan ruang "
        "di . lalu jalankan ulang.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_disk_penuh_di_luar_penulis_sidik_tetap_satu_baris(
    ruang_kerja: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a write sidik's helpers do not make (a program's own, say) fails on a full disk: injected
    def status_disk_penuh(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "output/sidik.db-wal")

    monkeypatch.setattr("pipeline.ledger.status", status_disk_penuh)
    hasil = sidik(ruang_kerja, "status")
    assert hasil.exit_code == 15
    assert hasil.stderr == (
        "Galat: Disk penuh saat menulis output/sidik.db-wal; tidak ada yang ditulis. Kosongkan "
        "ruang di output lalu jalankan ulang.\n"
    )


def test_folder_tujuan_ternyata_berkas(tmp_path: Path) -> None:
    (tmp_path / "catatan.txt").write_text("bukan folder", encoding="utf-8")
    hasil = sidik(tmp_path, "workbook", "sample", "catatan.txt/contoh.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr == (
        "Galat: catatan.txt/contoh.xlsx tidak dapat ditulis: salah satu folder di jalurnya "
        "adalah berkas. Pilih tempat lain.\n"
    )
    assert (tmp_path / "catatan.txt").read_text(encoding="utf-8") == "bukan folder"


def test_workbook_new_ke_folder_yang_ternyata_berkas(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "workbook", "new", "sidik.toml/baru.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith("Galat: sidik.toml/baru.xlsx tidak dapat ditulis:")


def test_workbook_new_tidak_menulis_ke_dalam_arsip(ruang_kerja: Path) -> None:
    (ruang_kerja / "output/arsip/2026").mkdir(parents=True)
    hasil = sidik(ruang_kerja, "workbook", "new", "output/arsip/2026/baru.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith("Galat: output/arsip/2026/baru.xlsx berada di dalam arsip;")
    assert list((ruang_kerja / "output/arsip/2026").iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_folder_tanpa_izin_tulis(tmp_path: Path) -> None:
    terkunci = tmp_path / "terkunci"
    terkunci.mkdir(mode=0o555)
    hasil = sidik(tmp_path, "workbook", "sample", "terkunci/contoh.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith("Galat: Tidak ada izin menulis terkunci/contoh.xlsx;")
    assert list(terkunci.iterdir()) == []


def test_tulis_atomik_tidak_menulis_melalui_tautan(tmp_path: Path) -> None:
    sasaran = tmp_path / "milik-orang.txt"
    sasaran.write_text("jangan disentuh", encoding="utf-8")
    (tmp_path / "laporan.html").symlink_to(sasaran)
    with pytest.raises(OutputRefused, match="tautan simbolik"):
        tulis_teks_atomik(tmp_path / "laporan.html", "<html></html>")
    assert sasaran.read_text(encoding="utf-8") == "jangan disentuh"
    assert (tmp_path / "laporan.html").is_symlink()


# --- only sidik's own regenerable output is written over


def test_folder_revisi_arsip_dikenali_dari_manifestnya(tmp_path: Path) -> None:
    from pipeline.berkas import periksa_tujuan

    (tmp_path / "situs").mkdir()
    (tmp_path / "situs/manifest.json").write_text('{"name": "laman"}', encoding="utf-8")
    periksa_tujuan(tmp_path / "situs/laporan.html")  # somebody else's manifest: allowed
    (tmp_path / "revisi").mkdir()
    (tmp_path / "revisi/manifest.json").write_text(
        '{\n  "format": "sidik-manifest/1",\n  "revisi": 1\n}', encoding="utf-8"
    )
    with pytest.raises(OutputRefused, match="berada di dalam arsip"):
        periksa_tujuan(tmp_path / "revisi/laporan.html")


def test_workbook_sample_menimpa_contohnya_sendiri_saja(tmp_path: Path) -> None:
    assert sidik(tmp_path, "workbook", "sample", "contoh.xlsx").exit_code == 0
    ulang = sidik(tmp_path, "workbook", "sample", "contoh.xlsx", "--items", "3")
    assert ulang.exit_code == 0, ulang.stderr  # unchanged sample: regenerated
    wb = load_workbook(tmp_path / "contoh.xlsx")
    wb["Informasi"]["B2"] = "Judul yang diketik Operator"
    wb.save(tmp_path / "contoh.xlsx")
    hasil = sidik(tmp_path, "workbook", "sample", "contoh.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr == (
        "Galat: contoh.xlsx sudah ada dan bukan keluaran sidik yang dapat dibuat ulang; sidik "
        "tidak menimpanya. Pilih nama lain, atau pindahkan berkas itu dahulu.\n"
    )
    wb = load_workbook(tmp_path / "contoh.xlsx")  # not read_only: that keeps the file open
    assert wb["Informasi"]["B2"].value == "Judul yang diketik Operator"


def test_workbook_sample_tidak_menulis_ke_dalam_arsip(ruang_kerja: Path) -> None:
    (ruang_kerja / "output/arsip/2026").mkdir(parents=True)
    hasil = sidik(ruang_kerja, "workbook", "sample", "output/arsip/2026/contoh.xlsx")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith("Galat: output/arsip/2026/contoh.xlsx berada di dalam arsip;")
    assert list((ruang_kerja / "output/arsip/2026").iterdir()) == []


def test_validate_report_tidak_menimpa_sidik_toml(ruang_kerja: Path) -> None:
    asli = (ruang_kerja / "sidik.toml").read_bytes()
    hasil = sidik(ruang_kerja, "validate", "input/informasi.xlsx", "--report", "sidik.toml")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith("Galat: sidik.toml sudah ada dan bukan keluaran sidik")
    assert (ruang_kerja / "sidik.toml").read_bytes() == asli


def test_validate_report_menimpa_laporannya_sendiri(ruang_kerja: Path) -> None:
    for _ in range(2):
        hasil = sidik(ruang_kerja, "validate", "input/informasi.xlsx", "--report", "lap.xlsx")
        assert hasil.exit_code == 0, hasil.stderr
    assert "Laporan ditulis: lap.xlsx" in hasil.stdout


# --- verify: what is not a regular file is reported, never followed or read


def test_verify_folder_dengan_fifo_dan_tautan_ke_dev_zero_selesai(ruang_dengan_pki: Path) -> None:
    folder = ruang_dengan_pki / "diperiksa"
    folder.mkdir()
    os.mkfifo(folder / "pipa.pdf")
    (folder / "nol.pdf").symlink_to("/dev/zero")
    (folder / "sub").symlink_to(ruang_dengan_pki / "input")
    # a generous guard only: the verdicts need no waiting at all
    hasil = jalankan_sidik(ruang_dengan_pki, "verify", "diperiksa", "--json", timeout=120)
    assert hasil.returncode == 7, hasil.stderr
    putusan = {
        Path(b["berkas"]).name: (b["putusan"], [a["kode"] for a in b["alasan"]])
        for b in json.loads(hasil.stdout)["berkas"]
    }
    assert putusan == {
        "nol.pdf": ("INDETERMINATE", ["SYMBOLIC_LINK"]),
        "pipa.pdf": ("INDETERMINATE", ["NOT_A_REGULAR_FILE"]),
        "sub": ("INDETERMINATE", ["SYMBOLIC_LINK"]),
    }


# --- the ledger


def test_ledger_bertautan_tidak_diikuti(ruang_kerja: Path) -> None:
    lain = ruang_kerja / "lain.db"
    lain.write_bytes(b"")
    (ruang_kerja / "output").mkdir()
    (ruang_kerja / "output/sidik.db").symlink_to(lain)
    hasil = sidik(ruang_kerja, "review", "apply", "--all", "dikecualikan")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith(f"Galat: {ruang_kerja}/output/sidik.db adalah tautan simbolik;")
    assert lain.read_bytes() == b""  # no schema was written through the link


def test_ledger_penuh_di_tengah_transaksi(tmp_path: Path) -> None:
    # SQLite's own full-database condition, really caused: the ledger may not grow a page
    from pipeline.ledger import buku_terkunci

    ledger = tmp_path / "output/sidik.db"
    with buku_terkunci(ledger) as buku:
        halaman = buku.db.execute("PRAGMA page_count").fetchone()[0]
    with pytest.raises(OutputRefused) as e, buku_terkunci(ledger) as buku:
        buku.db.execute(f"PRAGMA max_page_count = {halaman}")
        with buku.transaksi():
            buku.db.execute("CREATE TABLE isian (data BLOB)")
            buku.db.execute("INSERT INTO isian VALUES (zeroblob(1000000))")
    assert e.value.pesan() == (
        f"Disk penuh saat menulis {ledger}; tidak ada yang ditulis. Kosongkan ruang di "
        f"{ledger.parent} lalu jalankan ulang."
    )
    with buku_terkunci(ledger) as buku:  # the unfinished transaction was rolled back
        tabel = buku.db.execute("SELECT name FROM sqlite_master WHERE name = 'isian'")
        assert tabel.fetchall() == []


# --- init


def test_init_tidak_mengisi_folder_lewat_tautan(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    (tmp_path / "ruang").symlink_to(tmp_path / "kosong", target_is_directory=True)
    hasil = sidik(tmp_path, "init", "ruang", "--tanpa-pki-dev")
    assert hasil.exit_code == 15
    assert hasil.stderr.startswith(f"Galat: {tmp_path}/ruang adalah tautan simbolik;")
    assert list((tmp_path / "kosong").iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kosong", "ruang"]
