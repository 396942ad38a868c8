"""Who is asking, in which language, and the headers every answer carries.

Each request's account is read from the signed session and checked against the ledger (a
disabled account, or one whose password changed since, is logged out at once). Sessions
expire after :data:`BATAS_DIAM` without a request. Every page forbids framing and inline
script (CSP), every cookie is HttpOnly and SameSite, and Secure behind the office's TLS proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import wraps
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request, Response

from pipeline import akun
from pipeline.akun import Akun, PeranAkun
from pipeline.config import Config
from pipeline.errors import SidikError
from pipeline.messages import BAHASA, dalam_bahasa, terjemah
from pipeline.zona import di_kantor, nama_zona

BATAS_DIAM = timedelta(minutes=30)
KUE_BAHASA = "sidik_bahasa"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
F = TypeVar("F", bound=Callable[..., Any])


class BahasaPermintaan:
    """WSGI middleware: the request's language (``?lang=``, else the language cookie, else
    Indonesian) for every message rendered while it is answered."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        """Answer the request within its language."""
        r = Request(environ, populate_request=False)
        lang = r.args.get("lang") or r.cookies.get(KUE_BAHASA) or "id"
        with dalam_bahasa(lang if lang in BAHASA else "id"):
            return list(self.app(environ, start_response))


def config() -> Config:
    """The workspace configuration the application serves."""
    return cast(Config, current_app.config["SIDIK_CONFIG"])


def akun_sekarang() -> Akun | None:
    """The logged-in account of this request, if any."""
    return cast(Akun | None, g.get("akun"))


def perlu_masuk(*peran: PeranAkun) -> Callable[[F], F]:
    """A view for logged-in accounts (of one of ``peran``, when given): others are sent to the
    login page, or refused (403) for a role the view is not for."""

    def hias(view: F) -> F:
        @wraps(view)
        def dibungkus(*args: Any, **kwargs: Any) -> Any:
            a = akun_sekarang()
            if a is None:
                return redirect(url_for("masuk.masuk", lanjut=request.full_path.rstrip("?")))
            if peran and a.peran not in peran:
                abort(403)
            return view(*args, **kwargs)

        return cast(F, dibungkus)

    return hias


def lanjut_aman(tujuan: str | None) -> str:
    """Where to go after login: a path of this site only (never another host)."""
    if not tujuan:
        return url_for("beranda.beranda")
    bagian = urlsplit(tujuan)
    # browsers read "\\" as "/": "/\\host" would leave the site like "//host"
    lain = tujuan.startswith("//") or "\\" in tujuan
    if bagian.scheme or bagian.netloc or not tujuan.startswith("/") or lain:
        return url_for("beranda.beranda")
    return tujuan


def pasang(app: Flask) -> None:
    """Install the per-request account, the headers and the error pages on ``app``."""
    app.before_request(_muat_akun)
    app.after_request(_kepala)
    app.context_processor(_untuk_templat)
    app.register_error_handler(CSRFError, _galat_csrf)
    app.register_error_handler(HTTPException, _galat_http)
    app.register_error_handler(SidikError, _galat_sidik)


def _muat_akun() -> None:
    login = session.get("login")
    g.akun = akun.cari(config(), login) if login else None
    if login and (g.akun is None or g.akun.nonaktif or g.akun.versi != session.get("versi")):
        session.clear()
        g.akun = None
    if g.akun is not None:
        # where the acts of this request come from, for the ledger: behind --proxy, ProxyFix
        # has put the client's address (X-Forwarded-For, one trusted hop) in remote_addr
        g.akun = replace(g.akun, alamat=request.remote_addr or "")
        session.permanent = True  # the cookie and its signature expire after BATAS_DIAM idle


def _kepala(r: Response) -> Response:
    r.headers["Content-Security-Policy"] = CSP
    r.headers["X-Content-Type-Options"] = "nosniff"
    r.headers["X-Frame-Options"] = "DENY"
    r.headers["Referrer-Policy"] = "same-origin"
    r.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if akun_sekarang() is not None:
        r.headers["Cache-Control"] = "no-store"
    if current_app.config["SIDIK_PROXY"]:
        r.headers["Strict-Transport-Security"] = "max-age=31536000"
    return r


def _untuk_templat() -> dict[str, Any]:
    from pipeline.messages import bahasa_aktif

    return {
        "t": terjemah,
        "akun": akun_sekarang(),
        "bahasa": bahasa_aktif(),
        "Peran": PeranAkun,
        "jam": _jam,
        "zona": nama_zona(),
    }


def _jam(waktu: datetime | None, detik: bool = False) -> str:
    """A time as the pages show it, on the office's clock (``06-12-2026 03:17``); '' if None."""
    if waktu is None:
        return ""
    return di_kantor(waktu).strftime("%d-%m-%Y %H:%M:%S" if detik else "%d-%m-%Y %H:%M")


def _galat_csrf(e: CSRFError) -> ResponseReturnValue:
    return render_template("galat.html", pesan=terjemah("web.csrf")), 400


def _galat_http(e: HTTPException) -> ResponseReturnValue:
    kode = e.code or 500
    pesan_id = f"web.http_{kode}"
    pesan = terjemah(pesan_id) if kode in (403, 404, 405, 413) else (e.description or str(kode))
    return render_template("galat.html", pesan=pesan), kode


def _galat_sidik(e: SidikError) -> ResponseReturnValue:
    return render_template("galat.html", pesan=e.pesan()), 409
