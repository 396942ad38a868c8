"""How the SOP commands print what a step did, or what the cycle waits for (exit 13)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

import click

from pipeline.alur.berikutnya import LangkahBerikutnya, nama_pengembali
from pipeline.alur.hasil import HasilLangkah, Tunggu
from pipeline.errors import ExitCode
from pipeline.ledger.buku import CatatanItem
from pipeline.messages import terjemah

NOMOR_DISEBUT = 20  # item numbers named in a line; more are cut with "…"


def cetak_langkah(hasil: HasilLangkah, workbook: Path | None = None) -> None:
    """What one stage did (and, when the cycle waits, what for: then exit 13)."""
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
    if hasil.menunggu:
        nomor = ", ".join(str(n) for n in hasil.menunggu[:NOMOR_DISEBUT])
        nomor += ", …" if len(hasil.menunggu) > NOMOR_DISEBUT else ""
        click.echo(terjemah("hasil.paraf_menunggu", jumlah=len(hasil.menunggu), nomor=nomor))


def cetak_item_kembali(items: Iterable[CatatanItem]) -> None:
    """Each item sent back to the Operator, with its note."""
    for c in items:
        click.echo(
            terjemah("hasil.item_perbaikan", no=c.item.no, judul=c.item.judul, catatan=c.catatan)
        )


def teks_menunggu_peserta(tunggu: Tunggu) -> str:
    """Whose signature the cycle's Lembar wait for, how many, and their command."""
    return terjemah(
        "hasil.menunggu_ttd_peserta",
        siklus=tunggu.siklus.id,
        jumlah=tunggu.dokumen,
        siapa=tunggu.siapa,
        kode_peran=tunggu.peran,
        nip=tunggu.nip,
    )


def cetak_tunggu(
    tunggu: Tunggu, workbook: Path | None, berikutnya: LangkahBerikutnya | None = None
) -> NoReturn:
    """Say what the cycle waits for and who must act, then exit 13 (not a failure)."""
    wb = str(workbook) if workbook else "BUKU_KERJA"
    s, n = tunggu.siklus.id, len(tunggu.items)
    if tunggu.jenis == "perbaikan":
        oleh = nama_pengembali(tunggu.oleh)
        click.echo(terjemah("hasil.menunggu_perbaikan", siklus=s, jumlah=n, workbook=wb, oleh=oleh))
        cetak_item_kembali(tunggu.items)
    elif tunggu.jenis in ("paraf", "tanda_tangan"):
        pesan = f"hasil.menunggu_{tunggu.jenis}"
        jumlah, siapa = tunggu.dokumen, tunggu.siapa
        click.echo(terjemah(pesan, siklus=s, jumlah=jumlah, siapa=siapa, workbook=wb))
    elif tunggu.jenis == "tanda_tangan_peserta":
        click.echo(teks_menunggu_peserta(tunggu))
    elif tunggu.jenis == "arsip":
        click.echo(terjemah("hasil.menunggu_arsip", siklus=s, siapa=tunggu.siapa, workbook=wb))
    else:
        click.echo(terjemah("hasil.menunggu_tinjauan", siklus=s, jumlah=n, workbook=wb))
    if berikutnya is not None:
        click.echo(berikutnya.teks())
    sys.exit(ExitCode.REVIEW_PENDING)
