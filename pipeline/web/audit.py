"""The auditor's pages, read only: a cycle's printable audit trail and its download, the
archive check and a cycle's verification report. Each calls the library function the CLI
calls (``sidik log``, ``sidik archive check``, ``sidik verify``) and writes nothing.

Who reads them: the auditor and the admin, as for the log. The Operator files the archive and
is one of the people the trail audits; the officials see their own documents in their pages.
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, render_template, request
from flask.typing import ResponseReturnValue

from pipeline.akun import PeranAkun
from pipeline.alur import arsipkan
from pipeline.alur.jejak_siklus import JejakSiklus, jejak_siklus, ke_json
from pipeline.errors import InputInvalid
from pipeline.verify import tampilan
from pipeline.verify.arsip import HasilPeriksaArsip
from pipeline.web.keamanan import config, perlu_masuk
from pipeline.web.per_halaman import angka

bp = Blueprint("audit", __name__)
PEMBACA = (PeranAkun.AUDITOR, PeranAkun.ADMIN)


PER_HALAMAN_JEJAK = 1000
"""Events (and archived documents) a page of a cycle's trail shows: a cycle of a few hundred
items fits one page, as it prints; one of 5,000 (20,000 events, 20 MB whole) is read a page at
a time, its whole print at ``/siklus/<id>/jejak/lengkap``."""


def jejak_atau_404(siklus: str, per_halaman: int | None = None) -> JejakSiklus:
    """The cycle's trail: whole, or the page the query's ``dari`` (events) and ``dok``
    (documents) ask for; 404 for a cycle the ledger does not know (or no ledger yet)."""
    q = request.args
    dari, dok = (angka(q.get(k)) or 0 if per_halaman else 0 for k in ("dari", "dok"))
    try:
        return jejak_siklus(config(), siklus, per_halaman, dari, dok)
    except InputInvalid:
        abort(404)


@bp.get("/siklus/<siklus>/jejak")
@perlu_masuk(*PEMBACA)
def jejak(siklus: str) -> ResponseReturnValue:
    """The cycle's audit trail, a page of :data:`PER_HALAMAN_JEJAK` events and documents at a
    time, as a page that prints as a clean A4 document."""
    return _halaman_jejak(siklus, PER_HALAMAN_JEJAK)


@bp.get("/siklus/<siklus>/jejak/lengkap")
@perlu_masuk(*PEMBACA)
def jejak_lengkap(siklus: str) -> ResponseReturnValue:
    """The whole trail on one page, to print (a cycle of thousands of items takes seconds)."""
    return _halaman_jejak(siklus, None)


def _halaman_jejak(siklus: str, per_halaman: int | None) -> ResponseReturnValue:
    """The trail page: a page of it, or (``per_halaman`` None) all of it."""
    j = jejak_atau_404(siklus, per_halaman)
    return render_template("jejak.html", j=j, dibuat=current_app.config["SIDIK_JAM"]())


@bp.get("/siklus/<siklus>/jejak.json")
@perlu_masuk(*PEMBACA)
def jejak_json(siklus: str) -> ResponseReturnValue:
    """The same trail as a JSON file to keep: every field and hash in full, codes and words."""
    j = jejak_atau_404(siklus)
    isi = json.dumps(ke_json(j), indent=2, ensure_ascii=False)
    nama = f"jejak-{j.siklus.id}.json"
    return Response(
        isi,
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{nama}"'},
    )


@bp.get("/arsip")
@perlu_masuk(*PEMBACA)
def arsip() -> ResponseReturnValue:
    """``sidik archive check`` in the page: per revision the manifest against the ledger, its
    signature and the files against it, then every problem in words. Reads only."""
    c = config()
    folder = c.jalur.keluaran / arsipkan.FOLDER_ARSIP
    hasil: HasilPeriksaArsip | None = arsipkan.periksa(c) if folder.is_dir() else None
    return render_template(
        "arsip.html", hasil=hasil, folder=relatif(folder), relatif=relatif, tampilan=tampilan
    )


def relatif(path: Path) -> str:
    """A path as the pages name it: from the workspace's folder (no server paths shown)."""
    ruang = config().berkas.parent
    try:
        return str(path.relative_to(ruang))
    except ValueError:
        return path.name
