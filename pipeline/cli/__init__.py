"""The ``sidik`` command: parses options, calls one library function, prints the result."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from pipeline import __version__
from pipeline.cli.runtime import atur_log, tangani_galat
from pipeline.config import NAMA_BERKAS, Config, muat
from pipeline.messages import BAHASA, atur_bahasa


@dataclass
class Konteks:
    """Global options shared by every command."""

    config_path: Path
    verbose: bool
    quiet: bool
    _config: Config | None = None

    def config(self) -> Config:
        """The workspace configuration, loaded and validated once."""
        if self._config is None:
            self._config = muat(self.config_path)
        return self._config


class SidikGroup(click.Group):
    """A click group whose commands all run inside the single error handler."""

    def invoke(self, ctx: click.Context) -> object:
        """Run the chosen command; library errors become one line and an exit code."""
        with tangani_galat(bool(ctx.params.get("verbose"))):
            return super().invoke(ctx)


@click.group(cls=SidikGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sidik")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=NAMA_BERKAS,
    show_default=True,
    help="Berkas konfigurasi ruang kerja.",
)
@click.option(
    "--lang",
    type=click.Choice(BAHASA),
    default="id",
    show_default=True,
    help="Bahasa pesan: id (Indonesia) atau en (English).",
)
@click.option("-q", "--quiet", is_flag=True, help="Tanpa pesan kemajuan.")
@click.option("-v", "--verbose", is_flag=True, help="Rincian dan jejak galat.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path, lang: str, quiet: bool, verbose: bool) -> None:
    """sidik: Daftar Informasi Publik yang Dikecualikan, dari Excel ke PDF bertanda tangan.

    \b
    Contoh:
      sidik run input/informasi.xlsx      # seluruh siklus
      sidik verify output/arsip           # periksa tanda tangan arsip
    """
    atur_bahasa(lang)
    atur_log(verbose, quiet)
    ctx.obj = Konteks(config_path, verbose, quiet)


def main() -> None:
    """Console entry point."""
    cli(prog_name="sidik")


# Importing the command modules registers their commands on ``cli``.
from pipeline.cli import (  # noqa: E402,F401
    arsip,
    dokumen,
    perintah,
    ruang,
    siklus,
    ttd,
    verifikasi,
    workbook,
)
