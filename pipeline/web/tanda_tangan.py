"""Signing from the page: a participant of the consequence test signs the Lembar whose turn
is theirs, the Atasan PPID signs the batch (SOP step 4). Each is the library's act
(:func:`pipeline.alur.ttd_peserta.tandatangani_lembar`, :func:`pipeline.alur.tandatangani.
tandatangani`) run as a background job (:mod:`pipeline.web.pekerjaan`) as the logged-in
account; its status page refreshes itself until the job ends.

The passphrase (PKCS#12 passphrase, token PIN or BSrE passphrase) typed in the page is handed
to the library's ``minta_sandi`` and nowhere else: not stored, not logged, not in a URL, not in
the job's state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from pipeline import akun
from pipeline.aktor import sebagai
from pipeline.akun import Akun, PeranAkun
from pipeline.alur import izin, tandatangani, ttd_peserta
from pipeline.alur.hasil import Tunggu
from pipeline.alur.izin import Tindakan
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.pekerjaan import Ulang
from pipeline.messages import terjemah
from pipeline.progres import Kemajuan
from pipeline.web.keamanan import akun_sekarang, config, perlu_masuk
from pipeline.web.pekerjaan import Antrean, Kerja, Pekerjaan, PekerjaanBerjalan

bp = Blueprint("ttd", __name__)
_BERJALAN = {  # the job that holds the workspace, as the refusal names it
    "ttd_peserta": "web.pekerjaan_berjalan",
    "ttd_atasan": "web.pekerjaan_berjalan",
    "paraf": "web.kerja_berjalan_paraf",
    "siklus": "web.kerja_berjalan_siklus",
    "verifikasi": "audit.kerja_berjalan_verifikasi",
}
MEDAN_SANDI = "sandi"  # the form field of a key's passphrase, never recorded
SEGAR_DETIK = 2  # how often a running job's status page reloads itself
_TAHAP = ("workbook", "kumpul", "render", "convert", "paraf", "peserta", "sign", "arsip")
"""The stages a job reports (``sidik run``'s and the signing acts'), named in the catalogue."""


def antrean() -> Antrean:
    """The workspace's jobs, kept by the application."""
    return cast(Antrean, current_app.config["SIDIK_PEKERJAAN"])


def _saya() -> Akun:
    a = akun_sekarang()
    assert a is not None  # perlu_masuk let the request through
    return a


@bp.post("/siklus/<siklus>/ttd-lembar")
@perlu_masuk(PeranAkun.PPID_PELAKSANA, PeranAkun.TIM_PERTIMBANGAN)
def ttd_lembar(siklus: str) -> ResponseReturnValue:
    """A participant signs the cycle's Lembar that wait for them, as their own act: only the
    official's own account (the form may name no other official)."""
    a, c = _saya(), config()
    if request.form.get("nip", a.nip) != a.nip:
        abort(403)
    p = ttd_peserta.cari_peserta(c, a.peran.value, a.nip)
    izin.pastikan_pejabat(a.aktor(), p.pejabat, c)
    sandi = request.form.get(MEDAN_SANDI, "")

    def kerja(kemajuan: Kemajuan) -> str:
        with sebagai(a.aktor()):
            ttd = ttd_peserta.tandatangani_lembar(
                c, a.peran.value, a.nip, siklus, lambda _teks: sandi, kemajuan=kemajuan
            )
        h = ttd.hasil
        teks = terjemah("web.ttd_lembar_selesai", nama=p.pejabat.nama, jumlah=h.jumlah)
        return f"{teks} {_berikutnya(h.tunggu, h.siklus.id)}"

    return mulai_pekerjaan("ttd_peserta", siklus, a, kerja, ulang=ulang_ini(sandi=True))


@bp.post("/siklus/<siklus>/ttd")
@perlu_masuk(PeranAkun.ATASAN_PPID)
def ttd_atasan(siklus: str) -> ResponseReturnValue:
    """The Atasan PPID signs every document of the cycle (SOP step 4); the library refuses
    while a Lembar still waits for a participant, and the status page says so."""
    a, c = _saya(), config()
    if not akun.boleh(a, Tindakan.TANDATANGANI, c):
        abort(403)
    sandi = request.form.get(MEDAN_SANDI, "")

    def kerja(kemajuan: Kemajuan) -> str:
        with sebagai(a.aktor()):
            h = tandatangani.tandatangani(c, siklus, lambda _teks: sandi, kemajuan=kemajuan)
        return terjemah("web.ttd_selesai", siklus=h.siklus.id, jumlah=h.jumlah)

    return mulai_pekerjaan("ttd_atasan", siklus, a, kerja, ulang=ulang_ini(sandi=True))


@bp.get("/pekerjaan/<id_pekerjaan>")
@perlu_masuk()
def pekerjaan(id_pekerjaan: str) -> ResponseReturnValue:
    """A job's status: stage and count while it runs (the page reloads itself), then its
    outcome. Only the account that started it sees it. A job interrupted by a restart of
    the server offers the form that starts it again; an id the ledger does not know is said
    to be started again from Menunggu saya."""
    p = antrean().cari(id_pekerjaan)
    if p is not None and p.login != _saya().login:
        abort(403)
    ulang = _ulang(p) if p is not None and p.terputus else None
    return render_template(
        "pekerjaan.html",
        p=p,
        ulang=ulang,
        segar=SEGAR_DETIK,
        nama_tahap=nama_tahap,
        judul=_judul(p),
    )


def _ulang(p: Pekerjaan) -> Ulang | None:
    """How the interrupted job ``p`` starts again: its own form, or, for opening a cycle from
    an upload, continuing the cycle it opened (None: it opened none; upload again)."""
    if p.ulang.path or p.jenis != "siklus":
        return p.ulang if p.ulang.path else None
    with buka_untuk_baca(config().jalur.ledger) as buku:
        s = buku.siklus_untuk(p.siklus)
    return Ulang(url_for("siklus.lanjutkan", siklus=s.id)) if s is not None else None


def _judul(p: Pekerjaan | None) -> str:
    """The job page's title: what the job does (signing when the server does not know it)."""
    return terjemah(f"web.pekerjaan_{p.jenis}" if p is not None else "web.pekerjaan")


def nama_tahap(tahap: str) -> str:
    """A signing stage as the page names it (another stage by its own name)."""
    return terjemah(f"web.tahap_{tahap}") if tahap in _TAHAP else tahap


def mulai_pekerjaan(  # noqa: PLR0913 - the job, and how to undo or repeat its request
    jenis: str,
    siklus: str,
    a: Akun,
    kerja: Kerja,
    batal: Callable[[], object] | None = None,
    ulang: Ulang | None = None,
) -> ResponseReturnValue:
    """Start the job and show its status page, or show the one already running in this
    workspace (to the account that started it; others go back to Menunggu saya). ``batal``
    undoes what the request prepared for a job that is not started; ``ulang`` is how it is
    started again after a restart (by default: this request's form, see :func:`ulang_ini`)."""
    jam = current_app.config["SIDIK_JAM"]
    try:
        p = antrean().mulai(jenis, siklus, a.login, jam(), kerja, ulang or ulang_ini())
    except PekerjaanBerjalan as e:
        if batal is not None:
            batal()
        return tunjukkan_berjalan(e.pekerjaan, a)
    return redirect(url_for("ttd.pekerjaan", id_pekerjaan=p.id))


def ulang_ini(sandi: bool = False) -> Ulang:
    """This request's form, to post again to start its job again: its path and its fields but
    the CSRF token and the passphrase (``sandi``: the act asks for one, whose field is then
    shown empty, to be typed again)."""
    medan = tuple(
        (k, v) for k, v in request.form.items(multi=True) if k not in (MEDAN_SANDI, "csrf_token")
    )
    return Ulang(request.path, medan, sandi)


def tunjukkan_berjalan(p: Pekerjaan, a: Akun) -> ResponseReturnValue:
    """Say that job ``p`` holds the workspace, and show it to the account that started it."""
    flash(terjemah(_BERJALAN[p.jenis], siklus=p.siklus), "galat")
    if p.login != a.login:
        return redirect(url_for("beranda.beranda"))
    return redirect(url_for("ttd.pekerjaan", id_pekerjaan=p.id))


def _berikutnya(tunggu: Tunggu | None, siklus: str) -> str:
    """Whom the cycle's Lembar wait for next, or that every participant has signed."""
    if tunggu is not None:
        return terjemah(
            "web.ttd_lembar_menunggu", siklus=siklus, jumlah=tunggu.dokumen, siapa=tunggu.siapa
        )
    return terjemah("web.ttd_lembar_lengkap", siklus=siklus)
