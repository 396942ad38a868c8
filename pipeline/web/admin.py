"""The admin's pages: the accounts (the same library as ``sidik users``), the configuration as
read (never a secret), and ``sidik doctor``'s results. Every view, and every act, is for an
account of role admin only, checked here on the server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from pipeline import akun
from pipeline.aktor import sebagai
from pipeline.akun import Akun, PeranAkun
from pipeline.config.terbaca import nilai_terbaca
from pipeline.errors import SidikError
from pipeline.ledger.buku import jam_kantor
from pipeline.messages import terjemah
from pipeline.ruang.dokter import periksa_ruang
from pipeline.ruang.temuan import Status, Temuan, ringkasan
from pipeline.web.keamanan import akun_sekarang, config, perlu_masuk

bp = Blueprint("admin", __name__, url_prefix="/admin")
ADMIN = perlu_masuk(PeranAkun.ADMIN)
RIWAYAT = 50  # the newest acts on accounts the accounts page lists (``sidik users log``: all)


@bp.get("/")
@ADMIN
def akun_semua() -> ResponseReturnValue:
    """Every account with its state, and the forms to add, disable and reset one."""
    semua = akun.daftar(config())
    sekarang = jam_kantor()
    pejabat = [(p, akun.pejabat_peran(config(), p)) for p in PeranAkun]
    return render_template(
        "admin.html",
        semua=semua,
        keadaan=lambda a: akun.keadaan(a, sekarang),
        pejabat=[(p, daftar) for p, daftar in pejabat if daftar],
        riwayat=akun.riwayat(config())[-RIWAYAT:][::-1],
        batas_riwayat=RIWAYAT,
    )


@bp.post("/akun")
@ADMIN
def tambah() -> ResponseReturnValue:
    """Add an account with its role, NIP (an official's) and initial password."""
    f = request.form
    try:
        peran = PeranAkun(f.get("peran", ""))
    except ValueError:
        flash(terjemah("web.admin_peran_salah"), "galat")
        return _kembali()
    return _lakukan(
        lambda: akun.tambah(
            config(),
            f.get("login", "").strip(),
            peran,
            f.get("nip", "").strip(),
            f.get("sandi", ""),
            surel=f.get("surel", "").strip(),
        ),
        lambda a: terjemah("akun.ditambah", login=a.login, peran=terjemah(f"peran.{a.peran}")),
    )


@bp.post("/akun/<login>/nonaktifkan")
@ADMIN
def nonaktifkan(login: str) -> ResponseReturnValue:
    """Disable an account: it can no longer log in; its acts stay in the log. Not one's own
    (the last admin would lock everyone out of this page)."""
    saya = akun_sekarang()
    if saya is not None and saya.login == login:
        flash(terjemah("web.admin_bukan_diri_sendiri"), "galat")
        return _kembali()
    return _lakukan(
        lambda: akun.nonaktifkan(config(), login),
        lambda a: terjemah("akun.dinonaktifkan", login=a.login),
    )


@bp.post("/akun/<login>/sandi")
@ADMIN
def ganti_sandi(login: str) -> ResponseReturnValue:
    """Set a new password for an account (which also lifts a lock from failed logins)."""
    return _lakukan(
        lambda: akun.ganti_sandi(config(), login, request.form.get("sandi", "")),
        lambda a: terjemah("akun.sandi_diganti", login=a.login),
    )


@bp.post("/surel")
@ADMIN
def ubah_surel() -> ResponseReturnValue:
    """Set (or, empty, remove) the e-mail address notifications go to for an account."""
    f = request.form
    return _lakukan(
        lambda: akun.ubah_surel(config(), f.get("login", ""), f.get("surel", "").strip()),
        _surel_diubah,
    )


def _surel_diubah(a: Akun) -> str:
    if a.surel:
        return terjemah("akun.surel_diubah", login=a.login, surel=a.surel)
    return terjemah("akun.surel_dihapus", login=a.login)


@bp.get("/konfigurasi")
@ADMIN
def konfigurasi() -> ResponseReturnValue:
    """The configuration as sidik read it, key by key (secrets withheld)."""
    c = config()
    return render_template("admin_konfigurasi.html", nilai=nilai_terbaca(c), berkas=c.berkas)


@dataclass(frozen=True)
class HasilDokter:
    """``sidik doctor``'s checks as last run by the server, and when they ran."""

    temuan: list[Temuan]
    waktu: datetime


@bp.get("/dokter")
@ADMIN
def dokter() -> ResponseReturnValue:
    """``sidik doctor``'s checks as last run (the first visit runs them; "Periksa ulang"
    runs them again): they take a second, too long for every visit. No passphrase is asked:
    a key that needs one typed is reported as not opened."""
    hasil = current_app.extensions.get(_DOKTER) or _periksa_dokter()
    return render_template(
        "admin_dokter.html",
        temuan=hasil.temuan,
        waktu=hasil.waktu,
        jumlah=ringkasan(hasil.temuan),
        Status=Status,
    )


@bp.post("/dokter")
@ADMIN
def dokter_ulang() -> ResponseReturnValue:
    """Run ``sidik doctor``'s checks again now, then show them."""
    _periksa_dokter()
    return redirect(url_for("admin.dokter"))


_DOKTER = "sidik_dokter"  # the server's last HasilDokter, in the application's extensions


def _periksa_dokter() -> HasilDokter:
    """Run the checks now and keep their result (for this server, in memory)."""
    hasil = HasilDokter(periksa_ruang(config()), current_app.config["SIDIK_JAM"]())
    current_app.extensions[_DOKTER] = hasil
    return hasil


def _lakukan(tindakan: Callable[[], Akun], berhasil: Callable[[Akun], str]) -> ResponseReturnValue:
    """Run an account act as the admin (the accounts' log names them, channel ``web``); its
    result or its error as a message on the accounts page."""
    saya = akun_sekarang()
    assert saya is not None  # ADMIN let the request through
    try:
        with sebagai(saya.aktor()):
            a = tindakan()
    except SidikError as e:
        flash(e.pesan(), "galat")
    else:
        flash(berhasil(a), "berhasil")
    return _kembali()


def _kembali() -> ResponseReturnValue:
    return redirect(url_for("admin.akun_semua"))
