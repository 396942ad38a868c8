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

    Satu kunci untuk setiap pejabat penanda tangan di sidik.toml: Atasan PPID
    (atasan_ppid.p12), setiap PPID Pelaksana dan anggota Tim Pertimbangan (NIP.p12), semua
    diterbitkan akar yang sama; sandinya di sebelahnya (NIP.sandi). Pejabat yang ditambahkan
    ke sidik.toml kemudian mendapat kunci dari akar baru yang ditambahkan ke root-ca.pem; kunci
    yang sudah ada tidak pernah ditimpa.

    \b
    Contoh:
      sidik pki dev
    """
    from pipeline.signing import devpki  # cryptography: loaded by this command only

    hasil = devpki.siapkan_pki_dev(k.config())
    pki_ = hasil.pki
    if hasil.keadaan == "sudah_ada":
        click.echo(terjemah("pki.sudah_ada", folder=pki_.akar.parent))
    elif hasil.keadaan == "ditambah":
        click.echo(terjemah("pki.ditambah", akar=pki_.akar))
    else:
        click.echo(terjemah("pki.dibuat", akar=pki_.akar, p12=pki_.p12))
    for p in hasil.pejabat:
        p12 = devpki.kunci_pejabat(pki_.akar.parent, p.nip)[0]
        click.echo(terjemah("pki.dibuat_pejabat", jabatan=p.jabatan, nama=p.nama, p12=p12))
