"""paraf: the PPID Pelaksana's check (SOP step 2): initial the drafts, or send items back."""

from __future__ import annotations

import click

from pipeline.alur import periksa
from pipeline.alur.berikutnya import untuk_siklus
from pipeline.cli import Konteks, cli
from pipeline.cli.hasil import cetak_item_kembali, cetak_langkah
from pipeline.cli.kemajuan import bilah_kemajuan
from pipeline.cli.opsi import (
    SIKLUS,
    pass_konteks,
)
from pipeline.cli.runtime import pelapor
from pipeline.messages import terjemah


@cli.command()
@SIKLUS
@click.option(
    "--item",
    "nomor",
    type=click.IntRange(1),
    multiple=True,
    metavar="NO",
    help="Paraf Lembar informasi nomor ini saja (boleh berulang; bawaan: semua). DIK dan SK "
    "diparaf setelah Lembar setiap informasi diparaf.",
)
@click.option(
    "--kembalikan",
    type=click.IntRange(1),
    multiple=True,
    metavar="NO",
    help="Kembalikan informasi nomor ini kepada Operator untuk diperbaiki (boleh berulang; "
    "wajib dengan --catatan).",
)
@click.option("--catatan", default="", help="Apa yang harus diperbaiki Operator (dicatat di log).")
@pass_konteks
def paraf(
    k: Konteks,
    siklus_id: str | None,
    nomor: tuple[int, ...],
    kembalikan: tuple[int, ...],
    catatan: str,
) -> None:
    """Langkah 2: periksa draf PDF; paraf, atau kembalikan informasi kepada Operator.

    Tanpa opsi: paraf PPID Pelaksana di setiap halaman setiap dokumen. Dengan --kembalikan:
    informasi itu kembali ke Operator (langkah 1) dengan catatannya, dan hanya Lembar yang
    disebut dengan --item yang diparaf.

    \b
    Contoh:
      sidik paraf
      sidik paraf --item 1 --item 2
      sidik paraf --kembalikan 3 --catatan "Konsekuensi belum spesifik"
    """
    if catatan and not kembalikan:
        raise click.UsageError(terjemah("periksa.catatan_tanpa_kembalikan"))
    for no in sorted(set(nomor) & set(kembalikan)):
        raise click.UsageError(terjemah("periksa.item_ganda", no=no))
    config = k.config()
    if kembalikan:
        h = periksa.kembalikan(config, kembalikan, catatan, siklus_id)
        click.echo(terjemah("hasil.dikembalikan", siklus=h.siklus, jumlah=len(h.items)))
        cetak_item_kembali(h.items)
        siklus_id = h.siklus
    if nomor or not kembalikan:
        hasil = periksa.paraf(
            config, siklus_id, pelapor(k.quiet), bilah_kemajuan(k.quiet), nomor or None
        )
        cetak_langkah(hasil)
        siklus_id = hasil.siklus.id
    berikutnya = untuk_siklus(config, siklus_id) if siklus_id else None
    if berikutnya is not None:
        click.echo(berikutnya.teks())
