"""The citizen's verification page, no login: upload a signed PDF and read, in plain words,
whether it is genuine (the same verdict as ``sidik verify``). Nothing uploaded is kept."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue

from pipeline.messages import terjemah
from pipeline.verify import tampilan
from pipeline.verify.model import HasilVerifikasi
from pipeline.web.keamanan import config

bp = Blueprint("verifikasi", __name__)


@bp.get("/verifikasi")
def halaman() -> ResponseReturnValue:
    """The upload form."""
    return render_template("verifikasi.html", hasil=None, galat="")


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


def _verifikasi(pdf: Path) -> HasilVerifikasi:
    from pipeline.verify.periksa import muat_akar, verifikasi_berkas  # pyhanko: only here

    return verifikasi_berkas(pdf, muat_akar(list(config().verifikasi.akar_tepercaya)))
