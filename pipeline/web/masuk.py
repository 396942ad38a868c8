"""Logging in and out, and choosing the language."""

from __future__ import annotations

import math
from datetime import datetime
from typing import cast

from flask import (
    Blueprint,
    current_app,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue

from pipeline import akun
from pipeline.errors import ActRefused
from pipeline.messages import BAHASA, terjemah
from pipeline.web.batas import BatasAlamat
from pipeline.web.keamanan import KUE_BAHASA, config, lanjut_aman

bp = Blueprint("masuk", __name__)


@bp.get("/masuk")
def masuk() -> ResponseReturnValue:
    """The login form."""
    return render_template("masuk.html", lanjut=request.args.get("lanjut", ""), galat="")


@bp.post("/masuk")
def masuk_kirim() -> ResponseReturnValue:
    """Check login, password and (when the account has one) the TOTP code; a new session.

    An address with too many failed logins lately is refused (429) before anything is checked.
    """
    f = request.form
    lanjut = f.get("lanjut", "")
    batas = cast(BatasAlamat, current_app.config["SIDIK_BATAS_ALAMAT"])
    alamat = request.remote_addr or ""
    ditahan = batas.ditahan_sampai(alamat)
    if ditahan is not None:
        return _ditahan(lanjut, ditahan, batas.jam())
    try:
        login, sandi, kode = f.get("login", "").strip(), f.get("sandi", ""), f.get("kode", "")
        a = akun.masuk(config(), login, sandi, kode, current_app.config["SIDIK_JAM"])
    except ActRefused as e:
        batas.catat_gagal(alamat)
        return render_template("masuk.html", lanjut=lanjut, galat=e.pesan()), 401
    session.clear()  # nothing of a session from before the login carries over
    session["login"] = a.login
    session["versi"] = a.versi
    session.permanent = True
    return redirect(lanjut_aman(lanjut))


def _ditahan(lanjut: str, sampai: datetime, sekarang: datetime) -> ResponseReturnValue:
    """The refusal of a held-back address: when to try again, in the page and Retry-After."""
    galat = terjemah("web.masuk_ditahan", pukul=f"{sampai:%H:%M}")
    detik = max(1, math.ceil((sampai - sekarang).total_seconds()))
    halaman = render_template("masuk.html", lanjut=lanjut, galat=galat)
    return halaman, 429, {"Retry-After": str(detik)}


@bp.post("/keluar")
def keluar() -> ResponseReturnValue:
    """End the session."""
    session.clear()
    return redirect(url_for("masuk.masuk"))


@bp.get("/bahasa/<kode>")
def bahasa(kode: str) -> ResponseReturnValue:
    """Switch the pages' language (a cookie), then go back."""
    r = make_response(redirect(lanjut_aman(request.args.get("lanjut"))))
    if kode in BAHASA:
        aman = bool(current_app.config["SIDIK_PROXY"])
        r.set_cookie(KUE_BAHASA, kode, max_age=31536000, httponly=True, samesite="Lax", secure=aman)
    return r
