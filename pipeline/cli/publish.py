"""publish: the DIK as a web page, CSV and XLSX for the body's website."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.messages import terjemah
from pipeline.publikasi import muat_terbitan, muat_terkini, terbitkan, terbitkan_terkini
from pipeline.verify import tampilan


@cli.command()
@click.option(
    "--siklus",
    "siklus_id",
    help="ID siklus yang diarsipkan (bawaan: DIK terkini dari semua siklus).",
)
@pass_konteks
def publish(k: Konteks, siklus_id: str | None) -> None:
    """DIK bertanda tangan untuk laman PPID: XLSX, CSV, dan halaman HTML.

    Tanpa --siklus: DIK terkini badan publik dari semua siklus yang diarsipkan
    (output/publikasi/dik-terkini.*): keputusan terbaru atas setiap informasi (dikenali dari
    judul dan unit kerjanya) berlaku; yang dibuka dalam siklus lebih baru atau yang jangka
    waktunya habis dicantumkan terpisah sebagai pengecualian berakhir, seperti 'sidik dik'
    dan 'sidik due'. Dengan --siklus: DIK satu siklus (output/publikasi/<siklus>/).

    Dibaca dari arsip (manifest.json dan buku kerja sumber; arsip yang tidak utuh tidak
    diterbitkan; dengan --siklus disebut siapa yang menyegel manifestnya); setiap berkas
    menautkan PDF bertanda tangan: Surat Keputusan, DIK dan Lembar tiap informasi
    ([publikasi] url_pdf, atau jalur relatif ke arsip dengan peringatan): tiap baris Lembar
    informasinya dan Surat Keputusan yang menetapkannya. Halaman HTML menjelaskan cara
    memverifikasi.

    \b
    Contoh:
      sidik publish
      sidik publish --siklus dik-20261203-1
    """
    config = k.config()
    if siklus_id is None:
        terkini = terbitkan_terkini(muat_terkini(config), config)
        pesan = terjemah(
            "publikasi.terkini_ditulis",
            jumlah=terkini.jumlah,
            berakhir=terkini.berakhir,
            siklus=terkini.siklus,
            folder=terkini.folder,
        )
        _selesai(pesan, terkini.folder, terkini.tautan_relatif)
        return
    terbitan = muat_terbitan(config, siklus_id)
    hasil = terbitkan(terbitan, config)
    pesan = terjemah(
        "publikasi.ditulis", siklus=hasil.siklus, jumlah=hasil.jumlah, folder=hasil.folder
    )
    segel = tampilan.penyegel(terbitan.penyegel)
    _selesai(
        f"{pesan}\n{terjemah('publikasi.disegel', penyegel=segel)}",
        hasil.folder,
        hasil.tautan_relatif,
    )


def _selesai(pesan: str, folder: Path, tautan_relatif: bool) -> None:
    click.echo(pesan)
    if tautan_relatif:
        peringatan = terjemah("publikasi.tanpa_url_pdf", folder=folder)
        click.echo(f"{terjemah('peringatan.prefiks')}: {peringatan}", err=True)
