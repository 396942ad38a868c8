"""Commands for the operator workbook: validate, workbook sample."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import WORKBOOK, pass_konteks
from pipeline.cli.runtime import baris_masalah
from pipeline.errors import ExitCode
from pipeline.messages import terjemah
from pipeline.workbook import periksa
from pipeline.workbook.contoh import tulis_contoh


@cli.command()
@WORKBOOK
@pass_konteks
def validate(k: Konteks, workbook: Path) -> None:
    """Periksa buku kerja operator; laporkan semua masalah sekaligus.

    \b
    Contoh:
      sidik validate input/informasi.xlsx
    """
    hasil = periksa(workbook, k.config())
    for m in hasil.masalah:
        click.echo(baris_masalah(m), err=True)
    if hasil.galat:
        click.echo(
            terjemah("workbook.tidak_sah", berkas=workbook, jumlah=len(hasil.galat)), err=True
        )
        sys.exit(ExitCode.INPUT_INVALID)
    click.echo(terjemah("hasil.workbook_bersih", berkas=workbook, jumlah=len(hasil.items)))


@cli.group()
def workbook() -> None:
    """Buku kerja operator."""


@workbook.command("sample")
@click.argument("tujuan", type=click.Path(path_type=Path))
@click.option(
    "--items",
    "jumlah",
    type=click.IntRange(1, 100_000),
    default=None,
    help="Jumlah informasi sintetis (bawaan: 12 contoh).",
)
def workbook_sample(tujuan: Path, jumlah: int | None) -> None:
    """Tulis buku kerja contoh (untuk uji coba dan benchmark).

    \b
    Contoh:
      sidik workbook sample /tmp/besar.xlsx --items 500
    """
    n = tulis_contoh(tujuan, jumlah)
    click.echo(terjemah("hasil.workbook_ditulis", berkas=tujuan, jumlah=n))
