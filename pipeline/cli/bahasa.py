"""The help in the language of the command (``--lang``): click's own sentences and sidik's.

Click asks :func:`gettext.gettext` for each of its sentences through a module-level ``_`` (and
``ngettext``) bound when it is imported. Those names are pointed here once, before the first
command is parsed; each call then looks the English text up in
:data:`pipeline.messages.klik.KLIK` while the language is Indonesian, and gives click its own
English text otherwise.

sidik's own help is written once in Indonesian where each command is declared (its docstring,
each option's ``help=``); its English twin is in :data:`pipeline.messages.bantuan.BANTUAN_EN`
under the command's path (``sidik run``, ``sidik run --tanggal``). Commands and groups are
:class:`PerintahSidik` and :class:`GrupSidik`, which show that text while ``--lang en`` is in
force, each time the help is shown (a process may show it in both languages).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types

from pipeline.messages import bahasa_aktif
from pipeline.messages.bantuan import BANTUAN_EN
from pipeline.messages.klik import KLIK

_MODUL_KLIK = (
    click.core,
    click.decorators,
    click.exceptions,
    click.formatting,
    click.parser,
    click.termui,
    click.types,
)


def terjemah_klik(teks: str) -> str:
    """Click's sentence ``teks`` in the active language."""
    return KLIK.get(teks, teks) if bahasa_aktif() == "id" else teks


def terjemah_klik_jamak(tunggal: str, jamak: str, n: int) -> str:
    """Click's sentence in its singular or plural form, in the active language."""
    return terjemah_klik(tunggal if n == 1 else jamak)


def pasang() -> None:
    """Make click ask :func:`terjemah_klik` for its sentences (once; harmless again)."""
    for modul in _MODUL_KLIK:
        if hasattr(modul, "_"):
            modul._ = terjemah_klik  # type: ignore[attr-defined]
        if hasattr(modul, "ngettext"):
            modul.ngettext = terjemah_klik_jamak  # type: ignore[attr-defined]


_BANTUAN_KLIK = "Show this message and exit."
_VERSI_KLIK = "Show the version and exit."


def nama_opsi(opsi: click.Option) -> str:
    """The option as its help is keyed: its long name (``--tanggal``)."""
    panjang = [o for o in opsi.opts if o.startswith("--")]
    return (panjang or opsi.opts)[0]


def teks_bantuan(indonesia: str | None, *kunci: str) -> str | None:
    """The help in the active language: Indonesian as declared in the code; English from the
    first of ``kunci`` in :data:`BANTUAN_EN` (else the Indonesian)."""
    if bahasa_aktif() != "en" or indonesia is None:
        return indonesia
    return next((BANTUAN_EN[k] for k in kunci if k in BANTUAN_EN), indonesia)


def jalur_perintah(perintah: click.Command) -> str:
    """The path a command's help is keyed by: ``sidik review apply``."""
    return perintah.jalur_bantuan if isinstance(perintah, PerintahSidik | GrupSidik) else ""


@contextmanager
def bantuan_aktif(perintah: click.Command, ctx: click.Context | None = None) -> Iterator[None]:
    """Within the block, the help of ``perintah`` (and with ``ctx``, of its options) is in the
    active language; as declared again afterwards. Click's own --help and --version say
    click's sentence in the language of the moment, not in the one they were made in."""
    jalur = jalur_perintah(perintah)
    params = perintah.get_params(ctx) if ctx is not None else []
    opsi = [p for p in params if isinstance(p, click.Option)]
    bantuan = perintah.get_help_option(ctx) if ctx is not None else None
    lama = perintah.help, [o.help for o in opsi]
    perintah.help = teks_bantuan(perintah.help, jalur)
    for o in opsi:
        nama = nama_opsi(o)  # an option shared by several commands: one entry for all
        if o is bantuan or o.name == "version":
            o.help = terjemah_klik(_BANTUAN_KLIK if o is bantuan else _VERSI_KLIK)
        else:
            o.help = teks_bantuan(o.help, f"{jalur} {nama}", nama)
    try:
        yield
    finally:
        perintah.help = lama[0]
        for o, teks in zip(opsi, lama[1], strict=True):
            o.help = teks


class PerintahSidik(click.Command):
    """A sidik command: its help in the language of the moment."""

    jalur_bantuan = ""  # "sidik review apply": set when its group adds it

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The help page, in the active language."""
        with bantuan_aktif(self, ctx):
            super().format_help(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        """The line in its group's list of commands, in the active language."""
        with bantuan_aktif(self):
            return super().get_short_help_str(limit)


class GrupSidik(click.Group):
    """A sidik command group: its help in the language of the moment; its commands and
    subgroups are sidik's and know their path."""

    command_class = PerintahSidik
    jalur_bantuan = "sidik"

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Register ``cmd`` under ``name``; its help is then found under its path."""
        super().add_command(cmd, name)
        if isinstance(cmd, PerintahSidik | GrupSidik):
            cmd.jalur_bantuan = f"{self.jalur_bantuan} {name or cmd.name}"

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The help page, in the active language."""
        with bantuan_aktif(self, ctx):
            super().format_help(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        """The line in its group's list of commands, in the active language."""
        with bantuan_aktif(self):
            return super().get_short_help_str(limit)


GrupSidik.group_class = GrupSidik  # a group's subgroups are sidik's too
