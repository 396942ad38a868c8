"""The one exception manager: library errors -> one clear line and a documented exit code.

Tracebacks are shown only with ``--verbose``. This is the only ``except Exception`` in sidik.
"""

from __future__ import annotations

import logging
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from pipeline.berkas import galat_tulis_lepas
from pipeline.errors import ExitCode, Masalah, SidikError, WorkbookInvalid
from pipeline.messages import terjemah


def cetak_galat(pesan: str) -> None:
    """Write an error line to stderr."""
    click.echo(f"{terjemah('galat.prefiks')}: {pesan}", err=True)


def baris_masalah(m: Masalah) -> str:
    """One readable line for a workbook problem: where, what, and the offending value."""
    nilai = f" (nilai: {m.nilai!r})" if m.nilai is not None else ""
    prefiks = terjemah("peringatan.prefiks") if m.peringatan else terjemah("galat.prefiks")
    return f"{prefiks}: {m.lokasi()}: {m.pesan()}{nilai}"


@contextmanager
def tangani_galat(verbose: bool) -> Iterator[None]:
    """Turn exceptions raised inside into messages and ``SystemExit`` with the right code."""
    try:
        yield
    except WorkbookInvalid as e:
        for m in e.masalah:
            click.echo(baris_masalah(m), err=True)
        cetak_galat(e.pesan())
        sys.exit(e.code)
    except SidikError as e:
        if verbose:
            traceback.print_exc()
        cetak_galat(e.pesan())
        sys.exit(e.code)
    except (
        click.exceptions.ClickException,
        click.exceptions.Abort,
        click.exceptions.Exit,
        SystemExit,
        KeyboardInterrupt,
    ):
        raise
    except Exception as e:  # the single catch-all: an unexpected failure is still one line
        if verbose:
            traceback.print_exc()
        tulis = galat_tulis_lepas(e)  # a full disk where no write helper looked
        if tulis is not None:
            cetak_galat(tulis.pesan())
            sys.exit(tulis.code)
        cetak_galat(terjemah("galat.tak_terduga", galat=f"{type(e).__name__}: {e}"))
        sys.exit(ExitCode.ERROR)


def atur_log(verbose: bool, quiet: bool) -> None:
    """Logging to stderr: debug with --verbose, warnings only otherwise."""
    tingkat = logging.DEBUG if verbose else logging.WARNING
    logging.basicConfig(level=tingkat, format="%(levelname)s %(name)s: %(message)s", force=True)
    # fontTools reports every font table it does not subset, and pyhanko logs expected
    # validation failures (an untrusted chain) with full tracebacks: sidik reports those itself.
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    for nama in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(nama).setLevel(logging.DEBUG if verbose else logging.CRITICAL)


def _peringatan_ke_log(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """``warnings.showwarning`` for the command: a library's warning is a debug line."""
    teks = warnings.formatwarning(message, category, filename, lineno, line).rstrip()
    logging.getLogger("pipeline.peringatan").debug("%s", teks)


def alihkan_peringatan() -> None:
    """Send Python warnings to the debug log (``-v``), never to the user's stderr.

    Libraries warn about their own future (cryptography's "DSA is deprecated" when pyhanko is
    imported); that is for the developers, who see it in the test suite, where warnings are
    errors unless accepted by name in ``pyproject.toml``.
    """
    warnings.showwarning = _peringatan_ke_log


def pelapor(quiet: bool) -> Callable[[str], None]:
    """Progress lines to stderr, or nothing with --quiet."""
    if quiet:
        return lambda _: None
    return lambda pesan: click.echo(f"… {pesan}", err=True)
