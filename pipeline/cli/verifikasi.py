"""Commands for auditors: verify."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.cli.tabel import cetak_verifikasi
from pipeline.errors import VerificationFailed
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi


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
