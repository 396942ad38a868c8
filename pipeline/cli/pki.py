"""pki dev: a throw-away development PKI (never for real documents)."""

from __future__ import annotations

import click

from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.errors import InputInvalid
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
    diterbitkan akar yang sama; sandinya di sebelahnya (NIP.sandi).

    \b
    Contoh:
      sidik pki dev
    """
    from pipeline.signing import devpki  # cryptography: loaded by this command only

    config = k.config()
    folder = config.penandatanganan.pkcs12.parent
    pki_, lain = devpki.lokasi(folder), devpki.pejabat_penanda_tangan(config)
    if pki_.p12.exists():
        kurang = [p for p in lain if not devpki.kunci_pejabat(folder, p.nip)[0].exists()]
        if kurang:
            daftar = ", ".join(f"{p.nama} (NIP {p.nip})" for p in kurang)
            raise InputInvalid("pki.kunci_kurang", folder=folder, pejabat=daftar)
        click.echo(terjemah("pki.sudah_ada", folder=folder))
        return
    hasil = devpki.buat_pki_dev(folder, config.atasan_ppid, config.instansi.dinas, pejabat=lain)
    click.echo(terjemah("pki.dibuat", akar=hasil.akar, p12=hasil.p12))
    for p in lain:
        p12 = devpki.kunci_pejabat(folder, p.nip)[0]
        click.echo(terjemah("pki.dibuat_pejabat", jabatan=p.jabatan, nama=p.nama, p12=p12))
