"""Commands for the operator workbook: validate, workbook new, workbook sample."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import WORKBOOK, pass_konteks
from pipeline.cli.runtime import cetak_galat
from pipeline.cli.tabel import lebar_terminal, tabel_lipat
from pipeline.errors import ExitCode, Masalah
from pipeline.messages import terjemah
from pipeline.workbook.baru import tulis_baru
from pipeline.workbook.contoh import UNIT_CONTOH, tulis_contoh
from pipeline.workbook.salinan_bertanda import validasi

_LEBAR_NILAI = 40
LEBAR_TABEL = 80  # narrower terminals get one block per problem
LEBAR_PESAN = 30  # the fewest characters per line the message column may have


@cli.command()
@WORKBOOK
@click.option(
    "--report",
    "laporan",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tulis salinan buku kerja (.xlsx) dengan sel bermasalah diberi warna dan komentar.",
)
@pass_konteks
def validate(k: Konteks, workbook: Path, laporan: Path | None) -> None:
    """Periksa buku kerja operator; laporkan semua masalah sekaligus dalam satu tabel.

    Keluar dengan kode 0 bila tidak ada galat (peringatan boleh), 3 bila ada.

    \b
    Contoh:
      sidik validate input/informasi.xlsx
      sidik validate input/informasi.xlsx --report laporan.xlsx
    """
    hasil = validasi(workbook, k.config(), laporan)
    if hasil.hasil.masalah:
        # a file or a pipe gets the table at 80 columns, as a terminal of unknown width
        click.echo(tabel_masalah(hasil.hasil.masalah, lebar_terminal() or 80))
    if hasil.laporan is not None:
        click.echo(
            terjemah("workbook.laporan_ditulis", berkas=hasil.laporan, jumlah=hasil.ditandai)
        )
    if hasil.hasil.galat:
        jumlah = len(hasil.hasil.galat)
        cetak_galat(terjemah("workbook.validasi_gagal", berkas=workbook, jumlah=jumlah))
        sys.exit(ExitCode.INPUT_INVALID)
    jumlah = len(hasil.hasil.items)
    click.echo(terjemah("hasil.workbook_bersih", berkas=workbook, jumlah=jumlah))
    click.echo(terjemah("workbook.berikutnya_run", berkas=workbook))


def tabel_masalah(masalah: list[Masalah], lebar_layar: int) -> str:
    """Problems as a table fitted to ``lebar_layar`` (the message column wraps).

    Narrower than :data:`LEBAR_TABEL` columns, or when the message would get fewer than
    :data:`LEBAR_PESAN`, each problem is a block of its own instead.
    """
    if lebar_layar >= LEBAR_TABEL:
        judul = [terjemah(f"kolom.{i}") for i in ("sel", "kolom", "jenis", "masalah")]
        baris = [[m.sel(), m.kolom or "", _jenis(m), _pesan(m)] for m in masalah]
        teks = tabel_lipat(judul, baris, lebar_layar, LEBAR_PESAN)
        if teks is not None:
            return teks
    return "\n\n".join(_blok(m, max(lebar_layar, 20)) for m in masalah)


def _blok(m: Masalah, lebar_layar: int) -> str:
    """One problem: where and what kind on the first line, the message indented below."""
    kepala = " · ".join(x for x in (m.sel(), m.kolom or "", _jenis(m)) if x)
    isi = textwrap.wrap(_pesan(m), lebar_layar - 2, break_on_hyphens=False)
    return "\n".join([kepala, *("  " + p for p in isi)])


def _jenis(m: Masalah) -> str:
    return terjemah("workbook.jenis_peringatan" if m.peringatan else "workbook.jenis_galat")


def _pesan(m: Masalah) -> str:
    """The message, and the offending value when the message does not already quote it."""
    nilai = _ringkas(m.nilai)
    if not nilai or nilai in m.pesan():
        return m.pesan()
    return terjemah("workbook.pesan_dengan_nilai", pesan=m.pesan(), nilai=nilai)


def _ringkas(nilai: str | None) -> str:
    """A value on one line, cut to a readable width."""
    if nilai is None:
        return ""
    teks = " ".join(nilai.split())
    return teks if len(teks) <= _LEBAR_NILAI else teks[: _LEBAR_NILAI - 1] + "…"


@cli.group()
def workbook() -> None:
    """Buku kerja operator: buat baru atau contoh."""


@workbook.command("new")
@click.argument("tujuan", type=click.Path(dir_okay=False, path_type=Path))
@pass_konteks
def workbook_new(k: Konteks, tujuan: Path) -> None:
    """Tulis buku kerja operator kosong dengan petunjuk, daftar pilihan, dan validasi Excel.

    Unit kerja diambil dari sidik.toml. Berkas yang sudah ada tidak pernah ditimpa.

    \b
    Contoh:
      sidik workbook new input/informasi-2026.xlsx
    """
    tulis_baru(tujuan, k.config())
    click.echo(terjemah("workbook.baru_ditulis", berkas=tujuan))


@workbook.command("sample")
@click.argument("tujuan", type=click.Path(path_type=Path))
@click.option(
    "--items",
    "jumlah",
    type=click.IntRange(1, 100_000),
    default=None,
    help="Jumlah informasi sintetis (bawaan: 12 contoh).",
)
@pass_konteks
def workbook_sample(k: Konteks, tujuan: Path, jumlah: int | None) -> None:
    """Tulis buku kerja contoh (untuk uji coba dan benchmark).

    Informasinya memakai unit kerja sidik.toml, sehingga lolos 'sidik validate' di ruang kerja
    ini; di luar ruang kerja dipakai unit kerja contoh.

    \b
    Contoh:
      sidik workbook sample /tmp/besar.xlsx --items 500
    """
    unit = k.config().unit_kerja if k.config_path.is_file() else UNIT_CONTOH
    n = tulis_contoh(tujuan, jumlah, unit, k.arsip())
    click.echo(terjemah("hasil.workbook_ditulis", berkas=tujuan, jumlah=n))
