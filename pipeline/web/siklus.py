"""The Operator opens and continues a cycle from the page (SOP steps 1 and 5).

Both are ``sidik run``'s act (:func:`pipeline.alur.siklus.jalankan_siklus`) run as a
background job (:mod:`pipeline.web.pekerjaan`) as the logged-in Operator, with live progress:
rendering and converting take minutes, never inside a request.

Opening checks the uploaded workbook and keeps it in one POST ("Periksa lalu buka siklus"):
the same check as ``/validasi``, and only a workbook without errors is saved, into ``input/``
under a new name (:mod:`pipeline.workbook.unggahan`), whose cycle the job then opens. Nothing
the browser sends later is trusted to stand for a checked workbook. An upload that would open
a cycle twice (:mod:`pipeline.alur.unggah`: the same file as a cycle not archived yet, or one
of the same name) is refused, naming that cycle; while that cycle waits for the Operator's
corrections, the page offers to replace its workbook (the file chosen again, checked again)
and continues the cycle. Continuing runs the act
again on the workbook the ledger records for the cycle; the outcome says what happens next
(:mod:`pipeline.alur.berikutnya`). The officials, and the Operator, open each document's
current PDF in the browser before acting on it (:mod:`pipeline.alur.pratinjau`).
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue

from pipeline.aktor import sebagai
from pipeline.akun import Akun, PeranAkun
from pipeline.alur import arsipkan, unggah
from pipeline.alur import siklus as alur_siklus
from pipeline.alur.berikutnya import nama_pengembali, untuk_siklus
from pipeline.alur.hasil import HasilSiklus, Tunggu
from pipeline.alur.pratinjau import PdfDokumen, buka_pdf, pdf_siklus
from pipeline.alur.unggah import Sama, SiklusSama
from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.pekerjaan import Ulang
from pipeline.messages import terjemah
from pipeline.progres import Kemajuan
from pipeline.web.keamanan import akun_sekarang, config, perlu_masuk
from pipeline.web.pekerjaan import Kerja
from pipeline.web.tanda_tangan import (
    MEDAN_SANDI,
    antrean,
    mulai_pekerjaan,
    tunjukkan_berjalan,
    ulang_ini,
)
from pipeline.workbook.salinan_bertanda import validasi
from pipeline.workbook.unggahan import simpan_unggahan

bp = Blueprint("siklus", __name__)
PERAN_PRATINJAU = (
    PeranAkun.OPERATOR,
    PeranAkun.PPID_PELAKSANA,
    PeranAkun.TIM_PERTIMBANGAN,
    PeranAkun.ATASAN_PPID,
)
"""The roles that act on a cycle's documents, and may open them before acting."""


def _saya() -> Akun:
    a = akun_sekarang()
    assert a is not None  # perlu_masuk let the request through
    return a


@bp.post("/siklus/buka")
@perlu_masuk(PeranAkun.OPERATOR)
def buka() -> ResponseReturnValue:
    """Check the uploaded workbook (field ``buku_kerja``); without errors, keep it in
    ``input/`` and open its cycle as a job. With errors, the table and nothing saved."""
    unggahan = request.files.get("buku_kerja")
    if unggahan is None or not unggahan.filename:
        return _tolak("web.pilih_buku_kerja")
    nama = Path(unggahan.filename.replace("\\", "/")).name
    if Path(nama).suffix.lower() != ".xlsx":
        return _tolak("web.bukan_xlsx", berkas=nama)
    c, jam, a = config(), current_app.config["SIDIK_JAM"], _saya()
    berjalan = antrean().terakhir
    if berjalan is not None and berjalan.berjalan:  # nothing kept for a cycle not opened
        return tunjukkan_berjalan(berjalan, a)
    with tempfile.TemporaryDirectory(prefix="sidik-buka-") as folder:
        buku = Path(folder) / "buku-kerja.xlsx"
        unggahan.save(buku)
        h = validasi(buku, c)
        if h.hasil.galat:
            return render_template("validasi.html", hasil=h.hasil, nama=nama, galat=""), 422
        sama = unggah.siklus_sama(c, buku, nama)
        if sama is not None and (sama.sama is not Sama.GANTI or _ganti() != sama.siklus):
            return _tolak_sama(sama)
        if sama is not None:  # the Operator chose to replace the cycle's workbook
            return _ganti_lalu_lanjutkan(a, c, sama.siklus, buku, nama)
        tersimpan = simpan_unggahan(c, buku, nama, jam())
        unggah.catat_simpanan(c, tersimpan, nama, a.login)
    siklus = tersimpan.relative_to(c.root).as_posix()
    kerja = _kerja_run(a, c, tersimpan)
    # started again after a restart as "continue" of the cycle it opened (the page finds it)
    return mulai_pekerjaan("siklus", siklus, a, kerja, batal=tersimpan.unlink, ulang=Ulang())


def _ganti_lalu_lanjutkan(
    a: Akun, c: Config, siklus: str, buku: Path, nama: str
) -> ResponseReturnValue:
    """Write the corrected workbook over the cycle's (the library checks it again, under
    the workspace lock), then continue the cycle as a job, as *Lanjutkan siklus* does."""
    with sebagai(a.aktor()):
        tersimpan = unggah.ganti_buku_kerja(c, siklus, buku, nama, a.login)
    lanjut = Ulang(url_for("siklus.lanjutkan", siklus=siklus))
    return mulai_pekerjaan("siklus", siklus, a, _kerja_run(a, c, tersimpan), ulang=lanjut)


def _ganti() -> str:
    """The cycle whose workbook the Operator chose to replace with this upload ('' : none)."""
    return request.form.get("ganti", "")


def _tolak_sama(sama: SiklusSama) -> ResponseReturnValue:
    """The check page with why no cycle is opened twice, a link to the cycle, and (when the
    cycle waits for corrections) the form that replaces its workbook; nothing kept."""
    galat = sama.galat().pesan()
    return render_template("validasi.html", hasil=None, nama="", galat=galat, sama=sama), 409


@bp.post("/siklus/<siklus>/lanjutkan")
@perlu_masuk(PeranAkun.OPERATOR)
def lanjutkan(siklus: str) -> ResponseReturnValue:
    """Run the cycle again as far as the decisions and signatures so far allow (at the end
    it archives, the manifest sealed with the Operator's own key: its passphrase, when one
    is asked, comes from the form's ``sandi`` and goes nowhere else), on the workbook the
    ledger records for it."""
    c = config()
    with buka_untuk_baca(c.jalur.ledger) as buku:
        workbook = Path(buku.siklus(siklus).workbook)  # an unknown cycle is refused here
    a, sandi = _saya(), request.form.get(MEDAN_SANDI, "")
    kerja = _kerja_run(a, c, c.root / workbook, sandi)
    ulang = ulang_ini(sandi=arsipkan.segel_perlu_sandi(c))
    return mulai_pekerjaan("siklus", siklus, a, kerja, ulang=ulang)


@bp.get("/siklus/<siklus>/pdf/<nama>")
@perlu_masuk(*PERAN_PRATINJAU)
def pdf(siklus: str, nama: str) -> ResponseReturnValue:
    """The current PDF of document ``nama`` of the cycle, shown in the browser (inline).
    ``nama`` only selects the ledger's record; the file is the one the record names."""
    berkas = buka_pdf(config(), siklus, nama)
    if berkas is None:
        abort(404)
    with berkas:  # read whole: the language middleware does not close a streamed file
        data = io.BytesIO(berkas.read())
    unduhan = f"{siklus}-{nama}.pdf"
    return send_file(data, mimetype="application/pdf", download_name=unduhan, max_age=0)


@bp.app_context_processor
def _pratinjau() -> dict[str, object]:
    return {
        "daftar_pdf": daftar_pdf,
        "segel_perlu_sandi": lambda: arsipkan.segel_perlu_sandi(config()),
    }


def daftar_pdf(siklus: str) -> list[PdfDokumen]:
    """The cycle's documents with a PDF, for the pages' preview links (none for a cycle the
    ledger does not know)."""
    try:
        return pdf_siklus(config(), siklus)
    except InputInvalid:
        return []


def _tolak(pesan_id: str, **nilai: str) -> ResponseReturnValue:
    """The check page again with why the upload was refused; nothing kept."""
    galat = terjemah(pesan_id, **nilai)
    return render_template("validasi.html", hasil=None, nama="", galat=galat), 400


def _kerja_run(a: Akun, c: Config, workbook: Path, sandi: str = "") -> Kerja:
    """The job: ``sidik run`` on ``workbook`` as account ``a``; its outcome says what next.
    ``sandi``: the Operator's passphrase for sealing the manifest ('' : none typed)."""
    segel = (lambda _teks: sandi) if sandi else None

    def kerja(kemajuan: Kemajuan) -> str:
        with sebagai(a.aktor()):
            hasil = alur_siklus.jalankan_siklus(c, workbook, kemajuan=kemajuan, sandi_segel=segel)
        return hasil_run(c, hasil, workbook)

    return kerja


def hasil_run(c: Config, hasil: HasilSiklus | Tunggu, workbook: Path) -> str:
    """What the run did, as the job page says it: archived (and where), or how far it went
    and who acts next."""
    s = hasil.siklus.id
    if isinstance(hasil, Tunggu):
        return f"{terjemah('web.siklus_sejauh', siklus=s)} {_teks_tunggu(c, hasil, workbook)}"
    folder = _relatif(c, hasil.arsip.folder)
    if not hasil.arsip.baru:
        return terjemah("siklus.sudah_diarsipkan", siklus=s, folder=folder)
    jumlah = len(hasil.arsip.dokumen)
    teks = terjemah("hasil.siklus", siklus=s, jumlah=jumlah, folder=folder)
    return f"{teks}. {terjemah('berikutnya.verifikasi', folder=folder)}"


def _teks_tunggu(c: Config, t: Tunggu, workbook: Path) -> str:
    """What the cycle waits for and who acts, in the pages' words (as ``sidik run`` says it,
    the review's next step from :mod:`pipeline.alur.berikutnya`)."""
    s, n = t.siklus.id, len(t.items)
    if t.jenis == "tinjauan":
        berikutnya = untuk_siklus(c, s)
        lanjut = f" {berikutnya.teks()}" if berikutnya is not None else ""
        return terjemah("web.menunggu_tinjauan", siklus=s, jumlah=n) + lanjut
    if t.jenis == "perbaikan":
        nomor = ", ".join(str(i.item.no) for i in t.items)
        oleh = nama_pengembali(t.oleh)
        wb = _relatif(c, workbook)
        return terjemah(
            "web.menunggu_perbaikan", siklus=s, jumlah=n, oleh=oleh, nomor=nomor, workbook=wb
        )
    return terjemah(f"web.menunggu_{t.jenis}", siklus=s, jumlah=t.dokumen, siapa=t.siapa)


def _relatif(c: Config, folder: Path) -> str:
    return folder.relative_to(c.root).as_posix() if folder.is_relative_to(c.root) else str(folder)
