"""``sidik serve``: the web face of the same acts as the CLI, for one workspace.

Pages are rendered on the server (Jinja, autoescaped) and work without JavaScript. Each view
is thin: it checks who may act, calls the library function the CLI calls (inside
:func:`pipeline.aktor.sebagai`, so the ledger records the account, channel ``web``), and
shows the result. Sessions are Flask's signed cookies (idle expiry), CSRF is Flask-WTF's,
passwords are argon2id (:mod:`pipeline.akun`); :mod:`pipeline.web.keamanan` sets the headers.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

from pipeline.config import muat
from pipeline.ledger.buku import Jam, jam_kantor
from pipeline.progres import tanpa_fork
from pipeline.web import (
    admin,
    audit,
    beranda,
    dokumen,
    keamanan,
    laporan_arsip,
    masuk,
    periksa,
    siklus,
    tanda_tangan,
    validasi,
    verifikasi,
)
from pipeline.web.batas import BatasAlamat
from pipeline.web.pekerjaan import Antrean
from pipeline.web.rahasia import rahasia_sesi

BATAS_UNGGAH = 20 * 1024 * 1024  # an uploaded PDF to verify, in bytes


def buat_app(berkas_config: Path, *, proxy: bool = False, jam: Jam = jam_kantor) -> Flask:
    """The application for the workspace of ``berkas_config`` (loaded and validated now).

    ``proxy``: served behind the office's TLS reverse proxy, whose X-Forwarded-* headers are
    trusted; cookies are then Secure. The session cookies are signed with the workspace's
    secret (:mod:`pipeline.web.rahasia`), so a restart logs no one out. ``jam`` is the clock
    of the login limits (the account's lockout, the address's limit).
    """
    config = muat(berkas_config)
    tanpa_fork()  # requests and signing jobs run in threads: no forked workers in this process
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=rahasia_sesi(config),
        SESSION_COOKIE_NAME="sidik_sesi",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=proxy,
        PERMANENT_SESSION_LIFETIME=keamanan.BATAS_DIAM,
        SESSION_REFRESH_EACH_REQUEST=True,
        MAX_CONTENT_LENGTH=BATAS_UNGGAH,
        WTF_CSRF_TIME_LIMIT=None,  # a form's token lives as long as its session
        WTF_CSRF_SSL_STRICT=proxy,
        SIDIK_CONFIG=config,
        SIDIK_PROXY=proxy,
        SIDIK_JAM=jam,
        SIDIK_BATAS_ALAMAT=BatasAlamat(jam),
        SIDIK_PEKERJAAN=Antrean(config.jalur.ledger, jam),
    )
    csrf = CSRFProtect(app)
    csrf.exempt(verifikasi.periksa)  # a citizen's upload: no session, changes nothing
    keamanan.pasang(app)
    for modul in (masuk, beranda, periksa, tanda_tangan, siklus, dokumen, validasi, verifikasi):
        app.register_blueprint(modul.bp)
    app.register_blueprint(admin.bp)
    for modul in (audit, laporan_arsip):  # the auditor's pages, read only
        app.register_blueprint(modul.bp)
    verifikasi.pasang_alamat(app, config.penandatanganan.url_verifikasi)
    if proxy:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)  # type: ignore[method-assign]
    app.wsgi_app = keamanan.BahasaPermintaan(app.wsgi_app)  # type: ignore[method-assign]
    return app


def layani(berkas_config: Path, host: str, port: int, proxy: bool = False) -> None:
    """Serve the application with waitress until interrupted."""
    import waitress

    app = buat_app(berkas_config, proxy=proxy)
    waitress.serve(app, host=host, port=port, ident="sidik", threads=4)
