"""Commands for keys and signatures: pki dev, sign extend."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.alur import arsipkan
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import minta_sandi, pass_konteks
from pipeline.cli.perintah import sign
from pipeline.messages import terjemah


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
    from pipeline.signing import devpki  # cryptography: loaded by this command only

    config = k.config()
    folder = config.penandatanganan.pkcs12.parent
    pki_ = devpki.lokasi(folder)
    if pki_.p12.exists():
        click.echo(terjemah("pki.sudah_ada", folder=folder))
        return
    hasil = devpki.buat_pki_dev(folder, config.atasan_ppid, config.instansi.dinas)
    click.echo(terjemah("pki.dibuat", akar=hasil.akar, p12=hasil.p12))


@sign.command("extend")
@click.argument("jalur", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--tingkat",
    type=click.Choice(["B-LT", "B-LTA"]),
    default="B-LTA",
    show_default=True,
    help="Tingkat PAdES tujuan.",
)
@pass_konteks
def sign_extend(k: Konteks, jalur: tuple[Path, ...], tingkat: str) -> None:
    """Tambahkan data validasi jangka panjang (B-LT/B-LTA) ke PDF yang sudah diarsipkan.

    Berkas arsip tidak pernah diubah: salinan yang dinaikkan disimpan sebagai revisi arsip
    baru <siklus>-rN/ di sebelah folder arsip, dengan manifest.json yang menunjuk manifest
    sebelumnya dan ditandatangani dengan kunci penandatangan (manifest.json.p7s; tidak dengan
    BSrE).

    \b
    Contoh:
      sidik sign extend output/arsip/2026/11/27/dik-2f6b060f41b9
      sidik sign extend --tingkat B-LT output/arsip/2026/11/27/dik-2f6b060f41b9/daftar.pdf
    """
    for arsip in arsipkan.perpanjang(k.config(), list(jalur), tingkat, minta_sandi()):
        click.echo(
            terjemah(
                "hasil.perpanjang", jumlah=len(arsip.dokumen), tingkat=tingkat, folder=arsip.folder
            )
        )
