"""Step 3, the Tim Pertimbangan's review: ``review sheet`` and ``review apply``."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline import tinjauan
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import SIKLUS, pass_konteks
from pipeline.messages import terjemah
from pipeline.model import Keputusan


@cli.group()
def review() -> None:
    """Langkah 3: tinjauan Tim Pertimbangan (lembar tinjauan dan keputusannya)."""


@review.command("sheet")
@click.argument("tujuan", required=False, type=click.Path(path_type=Path))
@SIKLUS
@pass_konteks
def review_sheet(k: Konteks, tujuan: Path | None, siklus_id: str | None) -> None:
    """Tulis lembar tinjauan (satu baris per informasi, pilihan Keputusan dan Catatan).

    Bawaan: output/tinjauan-<siklus>.xlsx.

    \b
    Contoh:
      sidik review sheet
      sidik review sheet /tmp/tinjauan.xlsx --siklus dik-20261127-1
    """
    h = tinjauan.tulis_lembar(k.config(), siklus_id, tujuan)
    jumlah = h.belum + sum(h.jumlah.values())
    click.echo(terjemah("hasil.lembar_tinjauan", siklus=h.siklus, jumlah=jumlah, berkas=h.berkas))


@review.command("apply")
@click.argument("berkas", required=False, type=click.Path(path_type=Path))
@click.option(
    "--all",
    "semua",
    type=click.Choice([k.value for k in Keputusan]),
    help="Satu keputusan untuk seluruh daftar (rapat Tim Pertimbangan).",
)
@click.option("--note", "catatan", default="", help="Catatan keputusan (wajib untuk --all).")
@SIKLUS
@pass_konteks
def review_apply(
    k: Konteks, berkas: Path | None, semua: str | None, catatan: str, siklus_id: str | None
) -> None:
    """Catat keputusan Tim Pertimbangan dari lembar tinjauan yang telah diisi.

    \b
    Contoh:
      sidik review apply input/review.xlsx
      sidik review apply --all dikecualikan --note "Rapat Tim 27/11/2026"
    """
    if (berkas is None) == (semua is None):
        raise click.UsageError(terjemah("tinjauan.berkas_atau_semua"))
    h = tinjauan.terapkan(
        k.config(), berkas, siklus_id, Keputusan(semua) if semua else None, catatan
    )
    click.echo(
        terjemah(
            "hasil.tinjauan",
            siklus=h.siklus,
            diubah=h.diubah,
            belum=h.belum,
            dikecualikan=h.jumlah.get("dikecualikan", 0),
            dibuka=h.jumlah.get("dibuka", 0),
            perbaiki=h.jumlah.get("perbaiki", 0),
        )
    )
    if h.selesai and h.diubah:
        click.echo(terjemah("hasil.tinjauan_selesai"))
