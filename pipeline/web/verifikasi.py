"""The citizen's verification page, no login: upload a signed PDF and read, in plain words,
whether it is genuine (the same verdict as ``sidik verify``). Nothing uploaded is kept.

The upload form carries no CSRF token and needs no session: a citizen who scanned a QR code
has no cookie, and this page sets none. That is safe because the POST changes nothing and
stores nothing (a forged cross-site upload only shows the visitor a verdict);
the request's size is still limited (``MAX_CONTENT_LENGTH``)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, Flask, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import NotFound
from werkzeug.routing import RoutingException

from pipeline.messages import terjemah
from pipeline.publikasi.halaman import halaman_verifikasi
from pipeline.verify import tampilan
from pipeline.verify.model import HasilVerifikasi
from pipeline.verify.qr import cari_arsip
from pipeline.web.keamanan import config

bp = Blueprint("verifikasi", __name__)


@bp.get("/verifikasi")
def halaman() -> ResponseReturnValue:
    """The upload form; with ``?sha256=`` (what a stamp's QR code opens), that document's
    record in the archive and its verdict now."""
    sha256 = request.args.get("sha256", "").strip()
    if not sha256:
        return render_template("verifikasi.html", hasil=None, galat="")
    dokumen = cari_arsip(config(), sha256)
    if dokumen is None:
        galat = terjemah("web.qr_tidak_dikenal", sha256=sha256[:64])
        return render_template("verifikasi.html", hasil=None, galat=galat), 404
    [hasil] = _verifikasi_arsip(dokumen.berkas)
    return render_template(
        "verifikasi.html",
        hasil=hasil,
        dokumen=dokumen,
        instansi=config().instansi.dinas,
        tampilan=tampilan,
        galat="",
    )


@bp.get("/v/<sha256>")
def singkat(sha256: str) -> ResponseReturnValue:
    """A short QR address: the document's record."""
    return redirect(url_for("verifikasi.halaman", sha256=sha256))


@bp.post("/verifikasi")
def periksa() -> ResponseReturnValue:
    """Verify the uploaded PDF (field ``berkas``) against the workspace's trust roots."""
    unggahan = request.files.get("berkas")
    if unggahan is None or not unggahan.filename:
        return render_template("verifikasi.html", hasil=None, galat=terjemah("web.pilih_pdf")), 400
    with tempfile.TemporaryDirectory(prefix="sidik-verifikasi-") as folder:
        pdf = Path(folder) / "dokumen.pdf"
        unggahan.save(pdf)
        hasil = _verifikasi(pdf)
    return render_template("verifikasi.html", hasil=hasil, tampilan=tampilan, galat="")


def pasang_alamat(app: Flask, url_verifikasi: str) -> str | None:
    """Serve the page also at the path of ``[penandatanganan] url_verifikasi`` (where the QR
    codes point) when that is not ``/verifikasi``: the record (GET, ``?sha256=``) and the
    upload (POST) there too. A path another page already answers is left to it. Returns the
    path added, if any."""
    jalur = urlsplit(halaman_verifikasi(url_verifikasi)).path
    if not jalur or not _bebas(app, jalur):
        return None
    app.add_url_rule(jalur, "halaman_qr", halaman, methods=["GET"])
    app.add_url_rule(jalur, "periksa_qr", periksa, methods=["POST"])
    return jalur


def _bebas(app: Flask, jalur: str) -> bool:
    """True when no page of the application answers at ``jalur``."""
    try:
        app.url_map.bind("localhost").match(jalur, method="GET")
    except NotFound:
        return True
    except RoutingException:  # a redirect to a page there (``/admin`` -> ``/admin/``)
        return False
    return False


def _verifikasi_arsip(pdf: Path) -> list[HasilVerifikasi]:
    """An archived file's verdict, named by the document its manifest records."""
    from pipeline.verify.periksa import muat_akar, verifikasi  # pyhanko: only here

    return verifikasi([pdf], muat_akar(list(config().verifikasi.akar_tepercaya)))


def _verifikasi(pdf: Path) -> HasilVerifikasi:
    from pipeline.verify.periksa import muat_akar, verifikasi_berkas  # pyhanko: only here

    return verifikasi_berkas(pdf, muat_akar(list(config().verifikasi.akar_tepercaya)))
