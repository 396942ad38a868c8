"""``sidik serve``: the web application over the same acts and ledger."""

from __future__ import annotations

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.messages import terjemah


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Alamat yang didengar.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--proxy",
    is_flag=True,
    help="Di belakang reverse proxy TLS kantor: percayai X-Forwarded-For/Proto darinya, "
    "cookie Secure, HSTS.",
)
@pass_konteks
def serve(k: Konteks, host: str, port: int, proxy: bool) -> None:
    """Layani aplikasi web ruang kerja ini (waitress); akun dibuat dengan 'sidik users add'.

    Bawaan hanya 127.0.0.1: untuk jaringan kantor, pasang di belakang reverse proxy TLS
    (lihat docs/web.md).

    \b
    Contoh:
      sidik serve
      sidik serve --port 8443 --proxy
    """
    from pipeline.web import layani  # flask and waitress: only here

    k.config()  # a broken sidik.toml is reported before the server starts
    click.echo(terjemah("web.serve_mulai", alamat=f"http://{host}:{port}/"), err=True)
    layani(k.config_path, host, port, proxy)
