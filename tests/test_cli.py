"""The command line: every error a user can cause is one clear line with a documented code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from pipeline.cli import cli
from pipeline.errors import ExitCode
from pipeline.messages import atur_bahasa
from tests.bantu.cli import jalankan_sidik
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.ruang import SiklusContoh


@pytest.fixture(autouse=True)
def _bahasa():
    yield
    atur_bahasa("id")


def test_berkas_masukan_tidak_ada(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "run", "input/tidak-ada.xlsx")
    assert hasil.exit_code == ExitCode.INPUT_INVALID == 3
    assert hasil.stderr == "Galat: Berkas tidak ditemukan: input/tidak-ada.xlsx.\n"
    assert hasil.stdout == ""
    assert not (ruang_kerja / "output").exists()


def test_berkas_masukan_tidak_ada_dalam_bahasa_inggris(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "--lang", "en", "run", "input/tidak-ada.xlsx")
    assert hasil.exit_code == 3
    assert hasil.stderr == "Error: File not found: input/tidak-ada.xlsx.\n"


def test_tanpa_sidik_toml(tmp_path: Path) -> None:
    hasil = sidik(tmp_path, "run", "x.xlsx")
    assert hasil.exit_code == ExitCode.CONFIG_INVALID == 4
    assert "sidik.toml tidak ditemukan" in hasil.stderr


def test_buku_kerja_tidak_sah_tidak_menghasilkan_apa_pun(ruang_kerja: Path) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(ruang_kerja / "input/informasi.xlsx")
    wb["Informasi"]["D3"] = "Bagian Tak Dikenal"
    wb["Informasi"]["E5"] = "q"
    wb.save(ruang_kerja / "input/salah.xlsx")
    hasil = sidik(ruang_kerja, "run", "input/salah.xlsx")
    assert hasil.exit_code == 3
    baris = hasil.stderr.splitlines()
    assert baris[0].startswith(
        "Galat: input/salah.xlsx, lembar Informasi, baris 3, kolom Unit "
        "Kerja, sel D3: unit kerja 'Bagian Tak Dikenal' tidak ada di sidik.toml"
    )
    assert baris[1].startswith(
        "Galat: input/salah.xlsx, lembar Informasi, baris 5, kolom Pasal "
        "17 Huruf, sel E5: huruf Pasal 17 harus satu huruf a sampai j, bukan 'q'"
    )
    assert baris[2] == (
        "Galat: input/salah.xlsx: 2 masalah ditemukan; tidak ada dokumen yang dibuat."
    )
    assert not (ruang_kerja / "output").exists()


def test_validate_bersih_dan_kotor(ruang_kerja: Path) -> None:
    bersih = sidik(ruang_kerja, "validate", "input/informasi.xlsx")
    assert bersih.exit_code == 0
    assert bersih.stdout == (
        "input/informasi.xlsx: 12 informasi, tidak ada masalah.\n"
        "Berikutnya (Operator): sidik run input/informasi.xlsx\n"
    )
    (ruang_kerja / "input/rusak.xlsx").write_bytes(b"PK\x03\x04 bukan zip")
    kotor = sidik(ruang_kerja, "validate", "input/rusak.xlsx")
    assert kotor.exit_code == 3
    assert "bukan berkas Excel .xlsx yang sah" in kotor.stdout  # the problem table
    assert kotor.stderr.endswith("'sidik validate input/rusak.xlsx'.\n")


def _siap_ttd(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """A copy of the sample workspace after the review: the next run signs."""
    return Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))


@pytest.mark.libreoffice
def test_sandi_salah(siklus_contoh: SiklusContoh, tmp_path: Path) -> None:
    ruang = _siap_ttd(siklus_contoh, tmp_path)
    hasil = sidik(
        ruang, "run", "input/informasi.xlsx", env={"SIDIK_SANDI_PKCS12": "bukan-sandinya"}
    )
    assert hasil.exit_code == ExitCode.SIGNING_FAILED == 6
    assert hasil.stderr.endswith("sandi salah atau berkas PKCS#12 rusak.\n")
    # the key is checked before anything is signed or filed
    assert not list((ruang / "output").rglob("ttd/*.pdf"))
    assert not (ruang / "output" / "arsip").exists()


@pytest.mark.libreoffice
def test_kunci_tidak_ada(siklus_contoh: SiklusContoh, tmp_path: Path) -> None:
    ruang = _siap_ttd(siklus_contoh, tmp_path)
    (ruang / "certs/dev/atasan_ppid.p12").unlink()
    hasil = sidik(ruang, "run", "input/informasi.xlsx")
    assert hasil.exit_code == 3
    assert "certs/dev/atasan_ppid.p12" in hasil.stderr


def test_tanpa_kunci_langkah_1_2_tetap_berjalan(ruang_kerja: Path) -> None:
    # The Operator needs no signing key: without it, render still works (signing is step 4).
    hasil = sidik(ruang_kerja, "-q", "render", "input/informasi.xlsx")
    assert hasil.exit_code == 0, hasil.stderr


def test_langkah_sebelum_prasyaratnya(ruang_kerja: Path) -> None:
    kosong = sidik(ruang_kerja, "convert")
    assert kosong.exit_code == 3
    assert "Belum ada siklus" in kosong.stderr
    assert sidik(ruang_kerja, "-q", "render", "input/informasi.xlsx").exit_code == 0
    hasil = sidik(ruang_kerja, "sign")
    assert hasil.exit_code == ExitCode.STEP_NOT_READY == 12
    # the earliest stage that is not done is named
    assert "langkah 'convert' belum selesai. Jalankan dahulu 'sidik convert'." in hasil.stderr


def test_render_membuat_docx_per_item(ruang_kerja: Path) -> None:
    hasil = sidik(
        ruang_kerja,
        "-q",
        "render",
        "input/informasi.xlsx",
        "--tanggal",
        "2026-11-27",
        "--paksa-tanggal",
    )
    assert hasil.exit_code == 0, hasil.stderr
    # 12 Lembar Pengujian Konsekuensi, the DIK, and the Surat Keputusan
    assert "langkah 'render' selesai, 14 dokumen" in hasil.stdout
    docx = sorted(p.name for p in (ruang_kerja / "output/kerja").glob("*/docx/*.docx"))
    assert docx == ["daftar.docx", "keputusan.docx"] + [
        f"lembar-{i:04d}.docx" for i in range(1, 13)
    ]


@pytest.mark.libreoffice
def test_libreoffice_tidak_ada_di_path(ruang_kerja: Path) -> None:
    assert sidik(ruang_kerja, "-q", "render", "input/informasi.xlsx").exit_code == 0
    hasil = jalankan_sidik(ruang_kerja, "convert", env={"PATH": str(Path(sys.executable).parent)})
    assert hasil.returncode == ExitCode.DEPENDENCY_MISSING == 5
    assert hasil.stderr == (
        "Galat: soffice tidak terpasang atau tidak ada di PATH. Pasang dengan: "
        "apt-get install libreoffice-writer-nogui (atau atur [jalur] "
        "libreoffice di sidik.toml).\n"
    )
    assert "Traceback" not in hasil.stderr
    assert not list((ruang_kerja / "output").rglob("*.pdf"))


def test_verify_berkas_bukan_pdf(ruang_kerja: Path, ruang_dengan_pki: Path) -> None:
    (ruang_kerja / "palsu.pdf").write_bytes(b"ini bukan PDF")
    hasil = sidik(ruang_kerja, "verify", "palsu.pdf")
    assert hasil.exit_code == ExitCode.VERIFICATION_FAILED == 7
    assert "INVALID" in hasil.stdout and "bukan PDF yang dapat dibaca" in hasil.stdout


def test_verify_jalur_tidak_ada(ruang_dengan_pki: Path) -> None:
    hasil = sidik(ruang_dengan_pki, "verify", "tidak/ada.pdf")
    assert hasil.exit_code == 3
    assert hasil.stderr == "Galat: Berkas tidak ditemukan: tidak/ada.pdf.\n"


def test_pki_dev_tidak_menimpa(ruang_kerja: Path) -> None:
    pertama = sidik(ruang_kerja, "pki", "dev")
    assert pertama.exit_code == 0 and "PKI pengembangan dibuat" in pertama.stdout
    p12 = (ruang_kerja / "certs/dev/atasan_ppid.p12").read_bytes()
    kedua = sidik(ruang_kerja, "pki", "dev")
    assert kedua.exit_code == 0 and "tidak ditimpa" in kedua.stdout
    assert (ruang_kerja / "certs/dev/atasan_ppid.p12").read_bytes() == p12
    assert (ruang_kerja / "certs/dev/atasan_ppid.sandi").stat().st_mode & 0o077 == 0


def test_galat_tak_terduga_satu_baris_tanpa_jejak(
    ruang_kerja: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bug inside sidik cannot be caused from outside; simulate one in the reader (which runs
    # in a process of its own: the error must still come back as one line).
    import pipeline.workbook

    def rusak(*_a: object, **_k: object) -> None:
        raise RuntimeError("contoh bug")

    monkeypatch.setattr(pipeline.workbook, "baca_items", rusak)
    hasil = sidik(ruang_kerja, "run", "input/informasi.xlsx")
    assert hasil.exit_code == 1
    assert hasil.stderr.startswith("Galat: Galat internal tak terduga: RuntimeError: contoh bug.")
    assert "Traceback" not in hasil.stderr


def semua_perintah(grup: click.Group = cli, awalan: str = "") -> dict[str, click.Command]:
    """Every command and subcommand of ``sidik``, by its full name (``review apply``)."""
    hasil: dict[str, click.Command] = {}
    ctx = click.Context(grup)
    for nama in grup.list_commands(ctx):
        perintah = grup.get_command(ctx, nama)
        assert perintah is not None, nama
        lengkap = f"{awalan}{nama}"
        hasil[lengkap] = perintah
        if isinstance(perintah, click.Group):
            hasil |= semua_perintah(perintah, f"{lengkap} ")
    return hasil


_PERINTAH_SENDIRI = """
import os, sys
import click
from pipeline.cli import cli, _MODUL_PERINTAH
berat = ("openpyxl", "docxtpl", "pikepdf", "pyhanko", "reportlab")
for nama in sorted(_MODUL_PERINTAH):
    pid = os.fork()
    if pid == 0:  # each command alone, in a fresh copy of this process
        perintah = cli.get_command(click.Context(cli), nama)
        dimuat = [m for m in berat if m in sys.modules]
        print(nama, perintah is not None and perintah.name == nama, *dimuat)
        sys.stdout.flush()
        os._exit(0)
    os.waitpid(pid, 0)
import importlib, pkgutil, pipeline.cli as paket
for m in pkgutil.iter_modules(paket.__path__):  # every module: a command missing from the table
    importlib.import_module(f"pipeline.cli.{m.name}")
print("semua", sorted(cli.commands) == sorted(_MODUL_PERINTAH))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the check forks")
def test_perintah_dimuat_saat_diminta_saja() -> None:
    # The command list names every command without loading any; asking for one loads its
    # module, which defines it. The commands that drive a cycle (and the process that waits
    # on LibreOffice) load no document library: the stages load them where they run.
    hasil = subprocess.run(
        [sys.executable, "-c", _PERINTAH_SENDIRI], capture_output=True, text=True, check=True
    )
    baris = dict(b.split(" ", 1) for b in hasil.stdout.splitlines())
    assert baris.pop("semua") == "True"
    assert all(v.startswith("True") for v in baris.values()), baris
    for nama in ("run", "render", "convert", "paraf", "sign", "archive", "status", "log", "due"):
        assert baris[nama] == "True", (nama, baris[nama])


def test_setiap_perintah_punya_contoh_dan_terdokumentasi() -> None:
    root = Path(__file__).parent.parent
    teks = (root / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in sorted((root / "docs").glob("*.md"))
    )
    for lengkap, p in semua_perintah().items():
        grup_saja = isinstance(p, click.Group) and not p.invoke_without_command
        assert "Contoh:" in (p.help or "") or grup_saja, lengkap
        assert f"sidik {lengkap}" in teks, lengkap
