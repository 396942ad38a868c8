"""templates check: the DOCX templates against what the documents need."""

from __future__ import annotations

import sys

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.errors import ExitCode
from pipeline.messages import terjemah
from pipeline.stages.templat import HasilPeriksa, periksa_folder


@cli.group()
def templates() -> None:
    """Templat DOCX dokumen resmi."""


@templates.command("check")
@pass_konteks
def templates_check(k: Konteks) -> None:
    """Periksa templat di folder [jalur] templat terhadap isian yang disediakan sidik.

    Untuk setiap templat: isian yang dipakai tetapi tidak disediakan sidik, isian wajib yang
    tidak dipakai, dan atribut di luar isian sidik (templat dirender dengan contoh isian di
    kotak pasir yang sama dengan render). Keluar 11 bila ada masalah.

    \b
    Contoh:
      sidik templates check
    """
    config = k.config()
    hasil = periksa_folder(config.jalur.templat, config)
    for h in hasil:
        _cetak_periksa(h)
    gagal = sum(1 for h in hasil if not h.sah)
    if gagal:
        click.echo(terjemah("templat.periksa_gagal", jumlah=gagal, total=len(hasil)), err=True)
        sys.exit(ExitCode.TEMPLATE_INVALID)


def _cetak_periksa(h: HasilPeriksa) -> None:
    if h.galat is not None:
        click.echo(f"{terjemah('galat.prefiks')}: {h.galat.pesan()}")
    if h.sah:
        click.echo(terjemah("templat.periksa_sah", templat=h.path))
    if h.tidak_dikenal:
        nama = ", ".join(h.tidak_dikenal)
        click.echo(terjemah("templat.periksa_tidak_dikenal", templat=h.path, nama=nama))
    if h.tidak_ada:
        nama = ", ".join(h.tidak_ada)
        click.echo(terjemah("templat.periksa_tidak_ada", templat=h.path, nama=nama))
