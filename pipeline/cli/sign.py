"""sign, sign extend: the Atasan PPID's PAdES signature (SOP step 4) and long-term levels."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.alur import arsipkan, tandatangani
from pipeline.cli import Konteks, cli
from pipeline.cli.hasil import cetak_langkah
from pipeline.cli.kemajuan import bilah_kemajuan
from pipeline.cli.opsi import (
    SIKLUS,
    minta_sandi,
    pass_konteks,
)
from pipeline.cli.runtime import pelapor
from pipeline.messages import terjemah


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
    cetak_langkah(hasil)


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
