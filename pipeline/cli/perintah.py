"""The commands of ``sidik``: each parses options, calls one library function, prints."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from pipeline import alur
from pipeline.cli import Konteks, cli
from pipeline.cli.runtime import baris_masalah, pelapor
from pipeline.cli.tabel import cetak_verifikasi
from pipeline.errors import ExitCode, VerificationFailed
from pipeline.messages import terjemah
from pipeline.signing import devpki
from pipeline.signing.penanda import MintaSandi
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi
from pipeline.workbook import periksa
from pipeline.workbook.contoh import tulis_contoh

pass_konteks = click.make_pass_decorator(Konteks)
_SIKLUS = click.option("--siklus", "siklus_id", help="ID siklus (bawaan: siklus terakhir).")
_WORKBOOK = click.argument("workbook", type=click.Path(path_type=Path))
_TANGGAL = click.option(
    "--tanggal", type=click.DateTime(["%Y-%m-%d"]), help="Tanggal dokumen (bawaan: hari ini, WIB)."
)


def _minta_sandi() -> MintaSandi | None:
    if not sys.stdin.isatty():
        return None
    return lambda teks: click.prompt(teks, hide_input=True, err=True)


def _tanggal(nilai: object) -> date | None:
    return nilai.date() if nilai is not None else None  # type: ignore[attr-defined]


def _cetak_langkah(hasil: alur.HasilLangkah) -> None:
    click.echo(
        terjemah(
            "hasil.langkah",
            siklus=hasil.siklus.id,
            langkah=hasil.langkah,
            jumlah=hasil.jumlah,
            folder=hasil.folder,
        )
    )


@cli.command()
@_WORKBOOK
@_TANGGAL
@pass_konteks
def run(k: Konteks, workbook: Path, tanggal: object) -> None:
    """Seluruh siklus: render, convert, paraf, sign, archive.

    Menjalankan ulang pada masukan yang sama tidak menggandakan atau menimpa arsip.

    \b
    Contoh:
      sidik run input/informasi.xlsx
    """
    hasil = alur.jalankan_siklus(
        k.config(),
        workbook,
        tanggal=_tanggal(tanggal),
        minta_sandi=_minta_sandi(),
        lapor=pelapor(k.quiet),
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


@cli.command()
@_WORKBOOK
@_TANGGAL
@pass_konteks
def render(k: Konteks, workbook: Path, tanggal: object) -> None:
    """Langkah 1: validasi buku kerja dan buat DOCX dari templat.

    \b
    Contoh:
      sidik render input/informasi.xlsx
    """
    _cetak_langkah(alur.langkah_render(k.config(), workbook, _tanggal(tanggal), pelapor(k.quiet)))


@cli.command()
@_SIKLUS
@pass_konteks
def convert(k: Konteks, siklus_id: str | None) -> None:
    """Konversi DOCX siklus ke PDF/A-2b (LibreOffice, satu proses per inti).

    \b
    Contoh:
      sidik convert
    """
    _cetak_langkah(alur.langkah_convert(k.config(), siklus_id, pelapor(k.quiet)))


@cli.command()
@_SIKLUS
@pass_konteks
def paraf(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 2: bubuhkan paraf PPID Pelaksana di setiap halaman.

    \b
    Contoh:
      sidik paraf
    """
    _cetak_langkah(alur.langkah_paraf(k.config(), siklus_id, pelapor(k.quiet)))


@cli.command()
@_SIKLUS
@pass_konteks
def sign(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 4: tanda tangan elektronik PAdES Atasan PPID.

    \b
    Contoh:
      SIDIK_SANDI_PKCS12=... sidik sign
    """
    _cetak_langkah(alur.langkah_sign(k.config(), siklus_id, _minta_sandi(), pelapor(k.quiet)))


@cli.command()
@_SIKLUS
@pass_konteks
def archive(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 5: arsipkan ke output/arsip/TTTT/BB/HH/<siklus>/ dengan manifest.json.

    \b
    Contoh:
      sidik archive
    """
    hasil = alur.langkah_archive(k.config(), siklus_id, pelapor(k.quiet))
    kunci = "hasil.siklus" if hasil.arsip.baru else "siklus.sudah_diarsipkan"
    click.echo(
        terjemah(
            kunci,
            siklus=hasil.siklus.id,
            jumlah=len(hasil.arsip.dokumen),
            folder=hasil.arsip.folder,
        )
    )


@cli.command()
@click.argument("jalur", nargs=-1, required=True, type=click.Path(path_type=Path))
@pass_konteks
def verify(k: Konteks, jalur: tuple[Path, ...]) -> None:
    """Periksa tanda tangan PDF (berkas, folder, atau seluruh arsip).

    Keluar 0 hanya bila setiap berkas VALID.

    \b
    Contoh:
      sidik verify output/arsip
    """
    hasil = verifikasi(list(jalur), muat_akar(k.config().verifikasi.akar_tepercaya))
    cetak_verifikasi(hasil)
    tidak_sah = sum(1 for h in hasil if h.putusan is not Putusan.VALID)
    if tidak_sah:
        raise VerificationFailed("verifikasi.tidak_sah", tidak_sah=tidak_sah, jumlah=len(hasil))


@cli.command()
@_WORKBOOK
@pass_konteks
def validate(k: Konteks, workbook: Path) -> None:
    """Periksa buku kerja operator; laporkan semua masalah sekaligus.

    \b
    Contoh:
      sidik validate input/informasi.xlsx
    """
    hasil = periksa(workbook, k.config())
    for m in hasil.masalah:
        click.echo(baris_masalah(m), err=True)
    if hasil.galat:
        click.echo(
            terjemah("workbook.tidak_sah", berkas=workbook, jumlah=len(hasil.galat)), err=True
        )
        sys.exit(ExitCode.INPUT_INVALID)
    click.echo(terjemah("hasil.workbook_bersih", berkas=workbook, jumlah=len(hasil.items)))


@cli.group()
def workbook() -> None:
    """Buku kerja operator."""


@workbook.command("sample")
@click.argument("tujuan", type=click.Path(path_type=Path))
@click.option(
    "--items",
    "jumlah",
    type=click.IntRange(1, 100_000),
    default=None,
    help="Jumlah informasi sintetis (bawaan: 12 contoh).",
)
def workbook_sample(tujuan: Path, jumlah: int | None) -> None:
    """Tulis buku kerja contoh (untuk uji coba dan benchmark).

    \b
    Contoh:
      sidik workbook sample /tmp/besar.xlsx --items 500
    """
    n = tulis_contoh(tujuan, jumlah)
    click.echo(terjemah("hasil.workbook_ditulis", berkas=tujuan, jumlah=n))


@cli.group()
def pki() -> None:
    """Kunci dan sertifikat."""


@pki.command("dev")
@pass_konteks
def pki_dev(k: Konteks) -> None:
    """Buat PKI pengembangan sekali pakai di certs/dev/ (bukan untuk dokumen sungguhan).

    \b
    Contoh:
      sidik pki dev
    """
    config = k.config()
    folder = config.penandatanganan.pkcs12.parent
    pki_ = devpki.lokasi(folder)
    if pki_.p12.exists():
        click.echo(terjemah("pki.sudah_ada", folder=folder))
        return
    hasil = devpki.buat_pki_dev(folder, config.atasan_ppid, config.instansi.dinas)
    click.echo(terjemah("pki.dibuat", akar=hasil.akar, p12=hasil.p12))
