"""The commands of ``sidik``: each parses options, calls one library function, prints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from pipeline.alur import arsipkan, kumpulkan, periksa, siklus, tandatangani
from pipeline.alur.berikutnya import LangkahBerikutnya, untuk_siklus
from pipeline.alur.hasil import HasilLangkah, Tunggu
from pipeline.cli import Konteks, cli
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
from pipeline.errors import ExitCode
from pipeline.messages import terjemah


def _cetak_langkah(hasil: HasilLangkah, workbook: Path | None = None) -> None:
    if hasil.tunggu is not None:
        cetak_tunggu(hasil.tunggu, workbook)
    click.echo(
        terjemah(
            "hasil.langkah",
            siklus=hasil.siklus.id,
            langkah=hasil.langkah,
            jumlah=hasil.jumlah,
            folder=hasil.folder,
        )
    )


def cetak_tunggu(
    tunggu: Tunggu, workbook: Path | None, berikutnya: LangkahBerikutnya | None = None
) -> NoReturn:
    """Say what the cycle waits for and who must act, then exit 13 (not a failure)."""
    wb = str(workbook) if workbook else "BUKU_KERJA"
    s, n = tunggu.siklus.id, len(tunggu.items)
    if tunggu.jenis == "perbaikan":
        click.echo(terjemah("hasil.menunggu_perbaikan", siklus=s, jumlah=n, workbook=wb))
        for c in tunggu.items:
            click.echo(
                terjemah(
                    "hasil.item_perbaikan", no=c.item.no, judul=c.item.judul, catatan=c.catatan
                )
            )
    elif tunggu.jenis in ("paraf", "tanda_tangan"):
        pesan = f"hasil.menunggu_{tunggu.jenis}"
        jumlah, siapa = tunggu.dokumen, tunggu.siapa
        click.echo(terjemah(pesan, siklus=s, jumlah=jumlah, siapa=siapa, workbook=wb))
    else:
        click.echo(terjemah("hasil.menunggu_tinjauan", siklus=s, jumlah=n, workbook=wb))
    if berikutnya is not None:
        click.echo(berikutnya.teks())
    sys.exit(ExitCode.REVIEW_PENDING)


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
    _cetak_langkah(
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
    _cetak_langkah(
        siklus.konversi(k.config(), siklus_id, pelapor(k.quiet), bilah_kemajuan(k.quiet))
    )


@cli.command()
@SIKLUS
@pass_konteks
def paraf(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 2: bubuhkan paraf PPID Pelaksana di setiap halaman.

    \b
    Contoh:
      sidik paraf
    """
    _cetak_langkah(periksa.paraf(k.config(), siklus_id, pelapor(k.quiet), bilah_kemajuan(k.quiet)))


@cli.group(invoke_without_command=True)
@SIKLUS
@pass_konteks
def sign(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 4: tanda tangan elektronik PAdES Atasan PPID.

    Tanpa subperintah: menandatangani siklus. 'sidik sign extend' menaikkan arsip ke B-LT/B-LTA.

    \b
    Contoh:
      SIDIK_SANDI_PKCS12=... sidik sign
      sidik sign extend output/arsip/2026/11/27/dik-2f6b060f41b9
    """
    if click.get_current_context().invoked_subcommand is not None:
        return
    hasil = tandatangani.tandatangani(
        k.config(),
        siklus_id,
        minta_sandi(),
        pelapor(k.quiet),
        kemajuan=bilah_kemajuan(k.quiet),
    )
    _cetak_langkah(hasil)


@cli.group(invoke_without_command=True)
@SIKLUS
@pass_konteks
def archive(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 5: arsipkan ke output/arsip/TTTT/BB/HH/<siklus>/ dengan manifest.json.

    Tanpa subperintah: mengarsipkan siklus. 'sidik archive list' menampilkan register arsip,
    'sidik archive check' memeriksa arsip terhadap manifest dan register.

    \b
    Contoh:
      sidik archive
      sidik archive list --huruf h --json
      sidik archive check
    """
    if click.get_current_context().invoked_subcommand is not None:
        return
    hasil = arsipkan.arsipkan(k.config(), siklus_id, pelapor(k.quiet), minta_sandi())
    kunci = "hasil.siklus" if hasil.arsip.baru else "siklus.sudah_diarsipkan"
    click.echo(
        terjemah(
            kunci,
            siklus=hasil.siklus.id,
            jumlah=len(hasil.arsip.dokumen),
            folder=hasil.arsip.folder,
        )
    )
