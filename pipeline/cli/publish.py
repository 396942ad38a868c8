"""publish: the DIK as a web page, CSV and XLSX for the body's website."""

from __future__ import annotations

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import SIKLUS, pass_konteks
from pipeline.messages import terjemah
from pipeline.publikasi import muat_terbitan, terbitkan


@cli.command()
@SIKLUS
@pass_konteks
def publish(k: Konteks, siklus_id: str | None) -> None:
    """DIK bertanda tangan untuk laman PPID: XLSX, CSV, dan halaman HTML.

    Dibaca dari arsip (manifest.json dan buku kerja sumber); setiap berkas menautkan
    PDF bertanda tangan ([publikasi] url_pdf, atau jalur relatif ke arsip dengan peringatan):
    tiap baris Lembar informasinya (CSV dan XLSX juga Surat Keputusan); Surat Keputusan dan DIK
    sekali, di atas tabel HTML dan di lembar Dokumen XLSX. Halaman HTML menjelaskan cara
    memverifikasi.

    \b
    Contoh:
      sidik publish
      sidik publish --siklus dik-2f6b060f41b9
    """
    config = k.config()
    hasil = terbitkan(muat_terbitan(config, siklus_id), config)
    click.echo(
        terjemah("publikasi.ditulis", siklus=hasil.siklus, jumlah=hasil.jumlah, folder=hasil.folder)
    )
    if hasil.tautan_relatif:
        peringatan = terjemah("publikasi.tanpa_url_pdf", folder=hasil.folder)
        click.echo(f"{terjemah('peringatan.prefiks')}: {peringatan}", err=True)
