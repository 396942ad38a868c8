"""The ``sidik`` command: parses options, calls one library function, prints the result."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

import click

from pipeline import __version__
from pipeline.cli import bahasa
from pipeline.cli.runtime import alihkan_peringatan, atur_log, tangani_galat
from pipeline.config import NAMA_BERKAS, Config, muat
from pipeline.errors import ConfigInvalid
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

    def arsip(self) -> Path | None:
        """The workspace's archive, if there is a workspace here: commands that work without one
        (verify, workbook sample) still never write into it."""
        if not self.config_path.is_file():
            return None
        try:
            return self.config().jalur.arsip
        except ConfigInvalid:  # a broken sidik.toml is reported by the commands that need it
            return None


# Where each command is defined. A command's module is imported when that command is asked for
# (or for the command list in --help), so ``sidik status`` does not load openpyxl, docxtpl and
# pyhanko, and the process that drives LibreOffice through ``sidik run`` does not hold them.
# A module is named after its command (its group's subcommands live with it); ``init`` also
# holds ``doctor`` and ``completion``, ``run`` also ``render`` and ``convert``, ``status`` also
# ``log`` and ``due``, ``workbook`` also ``validate``.
_MODUL_PERINTAH = {
    "archive": "archive",
    "completion": "init",
    "dik": "status",
    "convert": "run",
    "doctor": "init",
    "due": "status",
    "init": "init",
    "log": "status",
    "notify": "notify",
    "paraf": "paraf",
    "pki": "pki",
    "publish": "publish",
    "render": "run",
    "review": "review",
    "run": "run",
    "serve": "serve",
    "sign": "sign",
    "status": "status",
    "templates": "templates",
    "users": "users",
    "validate": "workbook",
    "verify": "verify",
    "workbook": "workbook",
}


def _atur_bahasa(ctx: click.Context, param: click.Parameter, lang: str) -> str:
    atur_bahasa(lang)
    return lang


bahasa.pasang()


class SidikGroup(bahasa.GrupSidik):
    """The ``sidik`` group: commands loaded on demand, all run inside the one error handler."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command's name, without loading any of them."""
        return sorted(set(self.commands) | set(_MODUL_PERINTAH))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command ``cmd_name``, importing the module that defines it first."""
        modul = _MODUL_PERINTAH.get(cmd_name)
        if modul is not None:
            importlib.import_module(f"pipeline.cli.{modul}")
        return super().get_command(ctx, cmd_name)

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
    is_eager=True,  # before --help, so that 'sidik --lang en --help' is in English
    callback=_atur_bahasa,
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
    alihkan_peringatan()
    cli(prog_name="sidik")
