"""``sidik users``: the accounts of ``sidik serve`` (add, list, disable, password, email, and
the log of those acts)."""

from __future__ import annotations

import sys

import click
import pyotp

from pipeline import akun
from pipeline.akun import PeranAkun
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.cli.tabel import tabel
from pipeline.errors import InputInvalid
from pipeline.ledger import jam_kantor
from pipeline.messages import terjemah
from pipeline.zona import di_kantor, nama_zona

SANDI_STDIN = click.option(
    "--password-stdin",
    "sandi_stdin",
    is_flag=True,
    required=True,
    help="Baca sandi dari baris pertama masukan standar (tidak pernah dari argumen, agar "
    "tidak tampak di riwayat shell atau daftar proses).",
)


@cli.group()
def users() -> None:
    """Akun 'sidik serve': tambah, daftar, nonaktifkan, ganti sandi."""


@users.command("add")
@click.argument("login")
@click.option(
    "--role",
    "peran",
    required=True,
    type=click.Choice([p.value for p in PeranAkun]),
    help="Peran akun. ppid_pelaksana, tim_pertimbangan dan atasan_ppid wajib --nip.",
)
@click.option("--nip", default="", help="NIP pejabat di sidik.toml yang adalah pemilik akun ini.")
@click.option("--totp", is_flag=True, help="Wajibkan kode TOTP (aplikasi autentikator).")
@click.option("--email", "surel", default="", help="Alamat surel untuk notifikasi 'sidik notify'.")
@SANDI_STDIN
@pass_konteks
def users_add(
    k: Konteks, login: str, peran: str, nip: str, totp: bool, surel: str, sandi_stdin: bool
) -> None:
    """Tambah akun; akun pejabat terikat pada pejabat di sidik.toml menurut NIP.

    \b
    Contoh:
      printf '%s\\n' "$SANDI" | sidik users add andi --role ppid_pelaksana \\
          --nip 000000000000000001 --password-stdin
      printf '%s\\n' "$SANDI" | sidik users add audit --role auditor --password-stdin
      printf '%s\\n' "$SANDI" | sidik users add siti --role atasan_ppid \\
          --nip 000000000000000000 --email siti@contoh.go.id --password-stdin
    """
    a = akun.tambah(k.config(), login, PeranAkun(peran), nip, _sandi(), totp, surel)
    click.echo(terjemah("akun.ditambah", login=a.login, peran=terjemah(f"peran.{a.peran}")))
    if a.totp:
        rahasia = akun.rahasia_totp(k.config(), a.login)
        uri = pyotp.TOTP(rahasia).provisioning_uri(name=a.login, issuer_name="sidik")
        click.echo(terjemah("akun.totp", rahasia=rahasia, uri=uri))


@users.command("list")
@pass_konteks
def users_list(k: Konteks) -> None:
    """Daftar akun: login, peran, NIP, keadaan.

    \b
    Contoh:
      sidik users list
    """
    semua = akun.daftar(k.config())
    if not semua:
        click.echo(terjemah("akun.belum_ada"))
        return
    judul = [terjemah(f"kolom.{n}") for n in ("login", "peran", "nip", "keadaan")]
    sekarang = jam_kantor()
    baris = [
        [a.login, terjemah(f"peran.{a.peran}"), a.nip or "-", akun.keadaan(a, sekarang)]
        for a in semua
    ]
    click.echo(tabel(judul, baris))


@users.command("disable")
@click.argument("login")
@pass_konteks
def users_disable(k: Konteks, login: str) -> None:
    """Nonaktifkan akun: tidak dapat masuk lagi; tindakannya tetap di log.

    \b
    Contoh:
      sidik users disable andi
    """
    click.echo(terjemah("akun.dinonaktifkan", login=akun.nonaktifkan(k.config(), login).login))


@users.command("password")
@click.argument("login")
@SANDI_STDIN
@pass_konteks
def users_password(k: Konteks, login: str, sandi_stdin: bool) -> None:
    """Ganti sandi akun (juga membuka kunci karena gagal masuk berulang).

    \b
    Contoh:
      printf '%s\\n' "$SANDI" | sidik users password andi --password-stdin
    """
    a = akun.ganti_sandi(k.config(), login, _sandi())
    click.echo(terjemah("akun.sandi_diganti", login=a.login))


@users.command("email")
@click.argument("login")
@click.argument("alamat", default="")
@pass_konteks
def users_email(k: Konteks, login: str, alamat: str) -> None:
    """Tetapkan alamat surel akun untuk notifikasi; tanpa ALAMAT: hapus alamatnya.

    \b
    Contoh:
      sidik users email siti siti@contoh.go.id
      sidik users email siti
    """
    a = akun.ubah_surel(k.config(), login, alamat.strip())
    if a.surel:
        click.echo(terjemah("akun.surel_diubah", login=a.login, surel=a.surel))
    else:
        click.echo(terjemah("akun.surel_dihapus", login=a.login))


@users.command("log")
@click.argument("login", required=False)
@pass_konteks
def users_log(k: Konteks, login: str | None) -> None:
    """Riwayat tindakan atas akun (tambah, nonaktifkan, ganti sandi, ubah surel): kapan, siapa
    yang melakukannya dan lewat saluran apa (cli/web); tanpa LOGIN: semua akun. Sandi tidak
    pernah dicatat.

    \b
    Contoh:
      sidik users log
      sidik users log andi
    """
    riwayat = akun.riwayat(k.config(), login)
    if not riwayat:
        click.echo(terjemah("akun.riwayat_kosong"))
        return
    judul = [
        terjemah("web.kolom_waktu", zona=nama_zona()),
        *(terjemah(f"kolom.{n}") for n in ("login", "aksi", "keterangan", "oleh")),
    ]
    baris = [
        [
            di_kantor(e.waktu).strftime("%Y-%m-%d %H:%M:%S"),
            e.login,
            terjemah(f"akun.aksi.{e.aksi}"),
            e.keterangan or "-",
            f"{e.pengguna} ({e.saluran}{', ' + e.alamat if e.alamat else ''})",
        ]
        for e in riwayat
    ]
    click.echo(tabel(judul, baris))


def _sandi() -> str:
    """The password: the first line of standard input, without its line end."""
    baris = sys.stdin.readline().rstrip("\r\n")
    if not baris:
        raise InputInvalid("akun.sandi_kosong")
    return baris
