"""The Operator's page: upload a workbook and read the same problems ``sidik validate``
reports, in a table, with the marked copy to download. Nothing uploaded is kept."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from flask import Blueprint, render_template, request, send_file
from flask.typing import ResponseReturnValue

from pipeline.akun import PeranAkun
from pipeline.messages import terjemah
from pipeline.web.keamanan import config, perlu_masuk
from pipeline.workbook.salinan_bertanda import validasi

bp = Blueprint("validasi", __name__)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@bp.get("/validasi")
@perlu_masuk(PeranAkun.OPERATOR)
def halaman() -> ResponseReturnValue:
    """The upload form."""
    return render_template("validasi.html", hasil=None, nama="", galat="")


@bp.post("/validasi")
@perlu_masuk(PeranAkun.OPERATOR)
def periksa() -> ResponseReturnValue:
    """Check the uploaded workbook (field ``buku_kerja``); with ``unduh``, answer with the
    marked copy instead of the table."""
    unggahan = request.files.get("buku_kerja")
    if unggahan is None or not unggahan.filename:
        galat = terjemah("web.pilih_buku_kerja")
        return render_template("validasi.html", hasil=None, nama="", galat=galat), 400
    nama = Path(unggahan.filename).name
    with tempfile.TemporaryDirectory(prefix="sidik-validasi-") as folder:
        buku = Path(folder) / "buku-kerja.xlsx"
        unggahan.save(buku)
        laporan = Path(folder) / "laporan.xlsx" if request.form.get("unduh") else None
        h = validasi(buku, config(), laporan)
        if laporan is not None:
            data = io.BytesIO(laporan.read_bytes())
            unduhan = f"laporan-{Path(nama).stem}.xlsx"
            return send_file(data, mimetype=XLSX, as_attachment=True, download_name=unduhan)
    return render_template("validasi.html", hasil=h.hasil, nama=nama, galat="")
