"""run, render, convert: a cycle's steps from the operator workbook to PDF/A and on."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.alur import kumpulkan, siklus
from pipeline.alur.berikutnya import untuk_siklus
from pipeline.alur.hasil import Tunggu
from pipeline.cli import Konteks, cli
from pipeline.cli.hasil import cetak_langkah, cetak_tunggu
from pipeline.cli.kemajuan import bilah_kemajuan
from pipeline.cli.opsi import (
    PAKSA_TANGGAL,
    SIKLUS,
    TANGGAL,
    WORKBOOK,
    minta_sandi,
    pass_konteks,
    tanggal_dari,
)
from pipeline.cli.runtime import pelapor
from pipeline.messages import terjemah


@cli.command()
@WORKBOOK
@TANGGAL
@PAKSA_TANGGAL
@pass_konteks
def run(k: Konteks, workbook: Path, tanggal: object, paksa_tanggal: bool) -> None:
    """Seluruh siklus sejauh keputusan yang ada: langkah 1-2, tinjauan, sign, archive.

    Tanpa keputusan Tim Pertimbangan berhenti setelah langkah 2 dengan kode 13 dan
    mengatakan apa yang harus dilakukan; dijalankan ulang setelah 'sidik review apply',
    melanjutkan siklus yang sama. Tidak pernah menggandakan atau menimpa arsip.

    \b
    Contoh:
      sidik run input/informasi.xlsx
      sidik run input/informasi.xlsx --tanggal 2026-12-07
    """
    hasil = siklus.jalankan_siklus(
        k.config(),
        workbook,
        tanggal=tanggal_dari(tanggal),
        paksa_tanggal=paksa_tanggal,
        minta_sandi=minta_sandi(),
        lapor=pelapor(k.quiet),
        kemajuan=bilah_kemajuan(k.quiet),
    )
    if isinstance(hasil, Tunggu):
        tinjauan = hasil.jenis == "tinjauan"
        cetak_tunggu(
            hasil, workbook, untuk_siklus(k.config(), hasil.siklus.id) if tinjauan else None
        )
    if not hasil.arsip.baru:
        click.echo(
            terjemah("siklus.sudah_diarsipkan", siklus=hasil.siklus.id, folder=hasil.arsip.folder)
        )
        return
    click.echo(
        terjemah(
            "hasil.siklus",
            siklus=hasil.siklus.id,
            jumlah=len(hasil.arsip.dokumen),
            folder=hasil.arsip.folder,
        )
    )
    click.echo(terjemah("berikutnya.verifikasi", folder=hasil.arsip.folder))


@cli.command()
@WORKBOOK
@TANGGAL
@PAKSA_TANGGAL
@pass_konteks
def render(k: Konteks, workbook: Path, tanggal: object, paksa_tanggal: bool) -> None:
    """Langkah 1: validasi buku kerja dan buat DOCX dari templat.

    \b
    Contoh:
      sidik render input/informasi.xlsx
    """
    cetak_langkah(
        kumpulkan.kumpulkan(
            k.config(),
            workbook,
            tanggal_dari(tanggal),
            pelapor(k.quiet),
            kemajuan=bilah_kemajuan(k.quiet),
            paksa_tanggal=paksa_tanggal,
        ),
        workbook,
    )


@cli.command()
@SIKLUS
@pass_konteks
def convert(k: Konteks, siklus_id: str | None) -> None:
    """Konversi DOCX siklus ke PDF/A-2b (LibreOffice, satu proses per inti).

    \b
    Contoh:
      sidik convert
    """
    cetak_langkah(siklus.konversi(k.config(), siklus_id, pelapor(k.quiet), bilah_kemajuan(k.quiet)))
