"""A cycle's documents, each with its current PDF, 100 a page: where the officials look at
what they sign all at once (the Atasan PPID's batch, a participant's Lembar, a paraf of the
documents the Tim's meeting made). "Menunggu saya" links here instead of listing thousands."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue

from pipeline.alur.pratinjau import nama_pdf, pdf_bernama
from pipeline.web.keamanan import config, perlu_masuk
from pipeline.web.per_halaman import Potongan, potong
from pipeline.web.siklus import PERAN_PRATINJAU

bp = Blueprint("dokumen", __name__)


@bp.get("/siklus/<siklus>/dokumen")
@perlu_masuk(*PERAN_PRATINJAU)
def halaman(siklus: str) -> ResponseReturnValue:
    """One page of the cycle's documents with a PDF, by name; only that page's records are
    read."""
    nama = potong(nama_pdf(config(), siklus), request.args.get("dari", ""))
    pdf = pdf_bernama(config(), siklus, nama.isi)
    potongan = Potongan(pdf, nama.dari, nama.jumlah)
    return render_template("dokumen.html", siklus=siklus, potongan=potongan)
