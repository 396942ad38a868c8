"""The help follows ``--lang``: click's own sentences and sidik's, Indonesian by default,
English with ``--lang en``."""

from __future__ import annotations

import inspect
from pathlib import Path

import click
import pytest

from pipeline.cli import bahasa
from pipeline.messages.bantuan import BANTUAN_EN
from pipeline.messages.klik import KLIK
from tests.bantu.cli import jalankan_sidik, sidik_di


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
    # click's headings follow the language, and so do sidik's own help texts
    assert hasil.stdout.startswith("Usage: sidik [OPTIONS] COMMAND [ARGS]...")
    assert "\nOptions:\n" in hasil.stdout and "\nCommands:\n" in hasil.stdout
    assert "[default: sidik.toml]" in hasil.stdout
    assert "  sidik: the List of Exempted Public Information, from Excel to signed PDF." in (
        hasil.stdout
    )
    assert "  --config JALUR  The workspace's configuration file.  [default: sidik.toml]" in (
        hasil.stdout
    )
    assert "  -h, --help      Show this message and exit." in hasil.stdout
    assert "  verify      Check the signatures of PDFs (files, folders" in hasil.stdout
    assert "Tampilkan" not in hasil.stdout and "Contoh:" not in hasil.stdout


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


def kata(teks: str) -> str:
    """The help's words, whatever the width it was wrapped at."""
    return " ".join(teks.split())


def test_lang_en_menerjemahkan_bantuan_perintah_dan_opsinya(ruang_kerja: Path) -> None:
    hasil = jalankan_sidik(ruang_kerja, "--lang", "en", "run", "--help")
    assert hasil.returncode == 0
    assert kata(hasil.stdout).startswith(
        "Usage: sidik run [OPTIONS] WORKBOOK The whole cycle as far as the decisions go: steps "
        "1-2, review, sign, archive. Without the Tim Pertimbangan's decisions it stops after "
        "step 2 with exit code 13"
    )
    assert "Examples: sidik run input/informasi.xlsx sidik run input/informasi.xlsx --tanggal" in (
        kata(hasil.stdout)
    )
    assert (
        "Options: --tanggal [%Y-%m-%d] Date of the documents (default: today in the office's "
        "time zone): a working day, not before the cycle opened, at most 30 days ahead. "
        "--paksa-tanggal Accept --tanggal even on a holiday, before the cycle opened, or far "
        "ahead. -h, --help Show this message and exit."
    ) in kata(hasil.stdout)
    assert "Seluruh siklus" not in hasil.stdout and "Tanggal dokumen" not in hasil.stdout


def test_bantuan_indonesia_tetap_bawaan(ruang_kerja: Path) -> None:
    hasil = jalankan_sidik(ruang_kerja, "run", "--help")
    assert kata(hasil.stdout).startswith(
        "Penggunaan: sidik run [OPTIONS] WORKBOOK Seluruh siklus sejauh keputusan yang ada: "
        "langkah 1-2, tinjauan, sign, archive."
    )
    assert (
        "Opsi: --tanggal [%Y-%m-%d] Tanggal dokumen (bawaan: hari ini di zona waktu kantor): "
        "hari kerja, tidak sebelum siklus dibuka, paling jauh 30 hari ke depan."
    ) in kata(hasil.stdout)
    assert "Examples:" not in hasil.stdout and "Date of the documents" not in hasil.stdout


@pytest.mark.parametrize(
    ("perintah", "indonesia", "inggris"),
    [
        (
            ("review", "apply"),
            "--note TEXT Catatan keputusan (wajib untuk --all).",
            "--note TEXT The decision's note (required with --all).",
        ),
        (
            ("verify",),
            "--zona [WIB|WITA|WIT] Zona waktu tampilan: WIB, WITA atau WIT",
            "--zona [WIB|WITA|WIT] Time zone shown: WIB, WITA or WIT (default:",
        ),
        (
            ("archive", "list"),
            "--siklus TEXT Hanya siklus ini.",
            "--siklus TEXT Only this cycle.",
        ),
        (
            ("sign",),
            "--siklus TEXT ID siklus (bawaan: siklus terakhir).",
            "--siklus TEXT Cycle ID (default: the latest cycle).",
        ),
    ],
)
def test_bahasa_bergantian_dalam_satu_proses(
    ruang_kerja: Path, perintah: tuple[str, ...], indonesia: str, inggris: str
) -> None:
    # CliRunner: one process shows the same command's help in English, then Indonesian,
    # then English again; nothing stays in the language it was first shown in
    for lang, baris, bukan in (
        ("en", inggris, "Tampilkan bantuan"),
        ("id", indonesia, "Show this message"),
        ("en", inggris, "Tampilkan bantuan"),
    ):
        hasil = sidik_di(ruang_kerja, "--lang", lang, *perintah, "--help")
        assert hasil.exit_code == 0
        assert baris in kata(hasil.stdout), hasil.stdout
        assert bukan not in hasil.stdout


def _semua_perintah() -> list[tuple[click.Command, click.Context]]:
    from pipeline.cli import cli

    hasil: list[tuple[click.Command, click.Context]] = []

    def jelajahi(perintah: click.Command, ctx: click.Context) -> None:
        hasil.append((perintah, ctx))
        if isinstance(perintah, click.Group):
            for nama in perintah.list_commands(ctx):
                anak = perintah.get_command(ctx, nama)
                assert anak is not None
                jelajahi(anak, click.Context(anak, info_name=nama, parent=ctx))

    jelajahi(cli, cli.make_context("sidik", [], resilient_parsing=True))
    return hasil


def test_setiap_perintah_dan_opsi_berbahasa_inggris_tanpa_kunci_usang() -> None:
    dipakai: dict[str, set[str]] = {}  # each English entry: the Indonesian texts it stands for
    tanpa: list[str] = []
    for perintah, ctx in _semua_perintah():
        jalur = bahasa.jalur_perintah(perintah)
        assert jalur == ctx.command_path
        kunci = [(jalur, perintah.help)]
        for o in perintah.params:
            if isinstance(o, click.Option) and o.help and o.name != "version":
                nama = bahasa.nama_opsi(o)
                kunci.append(
                    (f"{jalur} {nama}" if f"{jalur} {nama}" in BANTUAN_EN else nama, o.help)
                )
        for k, indonesia in kunci:
            if k in BANTUAN_EN:
                dipakai.setdefault(k, set()).add(indonesia or "")
            else:
                tanpa.append(k)
    assert tanpa == []
    assert set(BANTUAN_EN) - set(dipakai) == set()  # no entry for a command that is gone
    # an entry several commands share stands for one Indonesian sentence
    assert {k: v for k, v in dipakai.items() if len(v) > 1} == {}


def _contoh(teks: str, judul: str) -> list[str]:
    """The example command lines under ``judul`` (comments left out: they are words)."""
    baris = inspect.cleandoc(teks).splitlines()
    if judul not in baris:
        return []
    hasil = []
    for b in baris[baris.index(judul) + 1 :]:
        if not b.strip():
            break
        hasil.append(b.split("  #")[0].rstrip())
    return hasil


def test_contoh_inggris_sama_dengan_contoh_indonesia() -> None:
    # the examples are commands, not words: an example changed in one language only is caught
    for perintah, _ in _semua_perintah():
        jalur = bahasa.jalur_perintah(perintah)
        contoh = _contoh(perintah.help or "", "Contoh:")
        assert _contoh(BANTUAN_EN[jalur], "Examples:") == contoh, jalur
