"""Logging in and out, and choosing the language."""

from __future__ import annotations

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
from pipeline.messages import BAHASA
from pipeline.web.keamanan import KUE_BAHASA, config, lanjut_aman

bp = Blueprint("masuk", __name__)


@bp.get("/masuk")
def masuk() -> ResponseReturnValue:
    """The login form."""
    return render_template("masuk.html", lanjut=request.args.get("lanjut", ""), galat="")


@bp.post("/masuk")
def masuk_kirim() -> ResponseReturnValue:
    """Check login, password and (when the account has one) the TOTP code; a new session."""
    f = request.form
    lanjut = f.get("lanjut", "")
    try:
        a = akun.masuk(config(), f.get("login", "").strip(), f.get("sandi", ""), f.get("kode", ""))
    except ActRefused as e:
        return render_template("masuk.html", lanjut=lanjut, galat=e.pesan()), 401
    session.clear()  # nothing of a session from before the login carries over
    session["login"] = a.login
    session["versi"] = a.versi
    session.permanent = True
    return redirect(lanjut_aman(lanjut))


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
