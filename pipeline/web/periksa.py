"""The PPID Pelaksana's check item by item (SOP step 2) in the page: initial the Lembar of
the items chosen, or send one item back to the Operator with a note. The same library acts as
``sidik paraf --item N`` and ``sidik paraf --kembalikan N --catatan TEKS``
(:mod:`pipeline.alur.periksa`), as the logged-in account; the paraf runs as a server job like
the paraf of every document."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from pipeline import akun
from pipeline.aktor import sebagai
from pipeline.akun import Akun, PeranAkun
from pipeline.alur import periksa
from pipeline.alur.izin import Tindakan
from pipeline.errors import SidikError
from pipeline.messages import terjemah
from pipeline.progres import Kemajuan
from pipeline.stages.nama_dokumen import nama_lembar_no
from pipeline.web.keamanan import akun_sekarang, config, perlu_masuk
from pipeline.web.per_halaman import angka, potong
from pipeline.web.tanda_tangan import mulai_pekerjaan

bp = Blueprint("periksa", __name__)


def _izinkan() -> Akun:
    """The account, when it may initial and send items back (the PPID Pelaksana, as their
    official under ``[alur] tindakan_pribadi``); 403 otherwise."""
    a = akun_sekarang()
    if a is None or not akun.boleh(a, Tindakan.PARAF, config()):
        abort(403)
    return a


@bp.get("/siklus/<siklus>/periksa")
@perlu_masuk(PeranAkun.PPID_PELAKSANA)
def halaman(siklus: str) -> ResponseReturnValue:
    """Every item of the draft DIK with its PDF and state: a box to choose it for the paraf,
    and a form to send it back with a note."""
    _izinkan()
    semua = periksa.daftar_periksa(config(), siklus)
    potongan = potong(semua, request.args.get("dari", ""))
    return render_template(
        "periksa.html", siklus=siklus, potongan=potongan, nama_lembar=nama_lembar_no
    )


@bp.post("/siklus/<siklus>/periksa/paraf")
@perlu_masuk(PeranAkun.PPID_PELAKSANA)
def paraf_pilihan(siklus: str) -> ResponseReturnValue:
    """The paraf on the Lembar of the items chosen (then the DIK and the SK, once every
    Lembar is), run as a server job: ``sidik paraf --item N``."""
    a, c = _izinkan(), config()
    nomor = sorted({n for t in request.form.getlist("item") if (n := angka(t)) is not None})
    if not nomor:
        flash(terjemah("web.periksa_pilih_item"), "galat")
        return redirect(url_for("periksa.halaman", siklus=siklus))

    def kerja(kemajuan: Kemajuan) -> str:
        with sebagai(a.aktor()):
            h = periksa.paraf(c, siklus, kemajuan=kemajuan, nomor=nomor)
        hasil = terjemah("web.paraf_selesai", siklus=h.siklus.id, jumlah=h.jumlah)
        if not h.menunggu:
            return hasil
        tunggu = ", ".join(map(str, h.menunggu))
        return f"{hasil} {terjemah('hasil.paraf_menunggu', jumlah=len(h.menunggu), nomor=tunggu)}"

    return mulai_pekerjaan("paraf", siklus, a, kerja)


@bp.post("/siklus/<siklus>/periksa/<int:no>/kembalikan")
@perlu_masuk(PeranAkun.PPID_PELAKSANA)
def kembalikan(siklus: str, no: int) -> ResponseReturnValue:
    """Send item ``no`` back to the Operator with the note (required), as this account's own
    act: ``sidik paraf --kembalikan N --catatan TEKS``. The result is said beside the item."""
    a = _izinkan()
    catatan = request.form.get("catatan", "").strip()
    dari = request.form.get("dari", "")
    kembali = redirect(
        url_for("periksa.halaman", siklus=siklus, dari=dari or None, _anchor=f"item-{no}")
    )
    if not catatan:
        flash(terjemah("web.periksa_catatan_wajib", no=no), f"galat:item-{no}")
        return kembali
    try:
        with sebagai(a.aktor()):
            periksa.kembalikan(config(), [no], catatan, siklus)
    except SidikError as e:  # shown beside the item, nothing recorded
        flash(e.pesan(), f"galat:item-{no}")
        return kembali
    flash(terjemah("web.periksa_dikembalikan", no=no, catatan=catatan), f"berhasil:item-{no}")
    return kembali


@bp.app_context_processor
def _dikembalikan() -> dict[str, object]:
    return {"item_dikembalikan": item_dikembalikan}


def item_dikembalikan(siklus: str) -> list[periksa.ItemPeriksa]:
    """The items of the cycle sent back to the Operator, with who sent each and the note
    (what "Menunggu saya" and the status show while step 1 is reopened)."""
    try:
        return periksa.dikembalikan(config(), siklus)
    except SidikError:
        return []
