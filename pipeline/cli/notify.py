"""``sidik notify``: e-mail each person what waits for them, and a reminder past a deadline."""

from __future__ import annotations

import os

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.config import Config
from pipeline.errors import ConfigInvalid
from pipeline.messages import terjemah
from pipeline.notifikasi import kirim_notifikasi


@cli.command()
@pass_konteks
def notify(k: Konteks) -> None:
    """Kirim surel kepada setiap orang tentang apa yang menunggu tindakannya, dan pengingat bila
    tenggat terlewat; masing-masing sekali (tercatat di ledger).

    Server SMTP di [notifikasi] sidik.toml; alamat surel per akun ('sidik users add --email',
    'sidik users email'). Sandi akun SMTP dari variabel lingkungan [notifikasi] sandi_env.
    Jalankan berkala (cron, timer systemd, Penjadwal Tugas): yang sudah terkirim tidak dikirim
    lagi.

    \b
    Contoh:
      sidik notify
    """
    c = k.config()
    h = kirim_notifikasi(c, _sandi(c))
    if not h.pemberitahuan:
        click.echo(terjemah("notifikasi.tidak_ada"))
        return
    click.echo(terjemah("notifikasi.terkirim", surel=h.surel, jumlah=len(h.pemberitahuan)))


def _sandi(c: Config) -> str:
    """The SMTP password from its environment variable, when an SMTP account is named."""
    n = c.notifikasi
    if not n.aktif or not n.pengguna:
        return ""
    sandi = os.environ.get(n.sandi_env, "")
    if not sandi:
        raise ConfigInvalid("notifikasi.sandi_tidak_ada", env=n.sandi_env, pengguna=n.pengguna)
    return sandi
