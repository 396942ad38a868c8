"""Options and helpers shared by the command modules."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli import Konteks

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi

pass_konteks = click.make_pass_decorator(Konteks)
SIKLUS = click.option("--siklus", "siklus_id", help="ID siklus (bawaan: siklus terakhir).")
WORKBOOK = click.argument("workbook", type=click.Path(path_type=Path))
TANGGAL = click.option(
    "--tanggal",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Tanggal dokumen (bawaan: hari ini di zona waktu kantor): hari kerja, tidak sebelum "
    "siklus dibuka, paling jauh 30 hari ke depan.",
)
PAKSA_TANGGAL = click.option(
    "--paksa-tanggal",
    is_flag=True,
    help="Terima --tanggal walau hari libur, sebelum siklus dibuka, atau jauh ke depan.",
)

TANGGAL_RAPAT = click.option(
    "--tanggal",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Tanggal rapat Tim Pertimbangan yang memutus (bawaan: hari ini di zona waktu "
    "kantor); Lembar Pengujian Konsekuensi bertanggal rapat itu. Hari kerja, tidak sebelum "
    "siklus dibuka, tidak sesudah hari ini.",
)
PAKSA_TANGGAL_RAPAT = click.option(
    "--paksa-tanggal",
    is_flag=True,
    help="Terima --tanggal walau hari libur, sebelum siklus dibuka, atau sesudah hari ini.",
)


def minta_sandi() -> MintaSandi | None:
    """A passphrase prompt on a terminal; None without one (CI, cron, pipes)."""
    if not sys.stdin.isatty():
        return None
    return lambda teks: click.prompt(teks, hide_input=True, err=True)


def tanggal_dari(nilai: object) -> date | None:
    """The date of a ``--tanggal`` value, if given."""
    return nilai.date() if nilai is not None else None  # type: ignore[attr-defined]
