"""pki dev: a throw-away development PKI (never for real documents)."""

from __future__ import annotations

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
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
