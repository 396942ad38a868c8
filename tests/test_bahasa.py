"""Click's own sentences follow ``--lang``: Indonesian by default, English with ``--lang en``."""

from __future__ import annotations

import inspect
from pathlib import Path

import click

from pipeline.cli import bahasa
from pipeline.messages.klik import KLIK
from tests.bantu.cli import jalankan_sidik


def test_bantuan_seluruhnya_berbahasa_indonesia(ruang_kerja: Path) -> None:
    hasil = jalankan_sidik(ruang_kerja, "--help")
    assert hasil.returncode == 0
    assert hasil.stdout.startswith("Penggunaan: sidik [OPTIONS] COMMAND [ARGS]...")
    assert "\nOpsi:\n" in hasil.stdout and "\nPerintah:\n" in hasil.stdout
    assert "Tampilkan bantuan ini lalu keluar." in hasil.stdout
    assert "[bawaan: sidik.toml]" in hasil.stdout
    assert "Show this message" not in hasil.stdout and "Usage:" not in hasil.stdout


def test_lang_en_sebelum_help_berbahasa_inggris(ruang_kerja: Path) -> None:
    hasil = jalankan_sidik(ruang_kerja, "--lang", "en", "--help")
    # click's headings follow the language; the commands' own help texts are Indonesian
    assert hasil.stdout.startswith("Usage: sidik [OPTIONS] COMMAND [ARGS]...")
    assert "\nOptions:\n" in hasil.stdout and "\nCommands:\n" in hasil.stdout
    assert "[default: sidik.toml]" in hasil.stdout


def test_galat_penggunaan_berbahasa_indonesia_atau_inggris(ruang_kerja: Path) -> None:
    salah = jalankan_sidik(ruang_kerja, "log", "--peran", "kepala")
    assert salah.returncode == 2
    assert salah.stderr.splitlines() == [
        "Penggunaan: sidik log [OPTIONS] [SIKLUS]",
        "Coba 'sidik log --help' untuk bantuan.",
        "",
        "Galat: Nilai '--peran' tidak sah: 'kepala' bukan salah satu dari 'operator', "
        "'ppid_pelaksana', 'tim_pertimbangan', 'atasan_ppid'.",
    ]
    tak_dikenal = jalankan_sidik(ruang_kerja, "--lang", "en", "lg")
    assert tak_dikenal.returncode == 2
    assert tak_dikenal.stderr.endswith("Error: No such command 'lg'.\n")
    assert "Galat: Tidak ada perintah 'lg'." in jalankan_sidik(ruang_kerja, "lg").stderr


def test_setiap_kalimat_yang_diterjemahkan_masih_kalimat_click() -> None:
    # a click release that rewords a sentence would silently bring the English one back
    sumber = "".join(inspect.getsource(m) for m in bahasa._MODUL_KLIK)
    hilang = [k for k in KLIK if repr(k) not in sumber and f'"{k}"' not in sumber]
    assert hilang == []
    assert click.core._ is bahasa.terjemah_klik  # type: ignore[attr-defined]
