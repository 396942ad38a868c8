"""Click's own sentences in the language of the command (``--lang``).

Click asks :func:`gettext.gettext` for each of its sentences through a module-level ``_`` (and
``ngettext``) bound when it is imported. Those names are pointed here once, before the first
command is parsed; each call then looks the English text up in
:data:`pipeline.messages.klik.KLIK` while the language is Indonesian, and gives click its own
English text otherwise.
"""

from __future__ import annotations

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types

from pipeline.messages import bahasa_aktif
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
