"""A cycle's verification report in the page: ``sidik verify`` over the folders of the cycle's
archive (every revision), the same library function, with each file's verdict and each
signature's role, time, PAdES level and verdict.

Verifying the 15-document sample took 2.3 s (measured on the two-core test machine; each
file is judged in a bounded child process), more where revocation must be fetched, and an
archive of hundreds of Lembar takes minutes: too long for a request. The page
starts a background job (:mod:`pipeline.web.pekerjaan`, one at a time per workspace) and
refreshes itself until it ends; the report is then kept in the ledger (the last one per
cycle, with when and by whom it was made, :mod:`pipeline.ledger.laporan`), so a restart of
the server still shows it. Nothing else is written, and nothing in the archive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from flask import Blueprint, current_app, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from pipeline.akun import Akun
from pipeline.config import Config
from pipeline.ledger.buku import Jam
from pipeline.ledger.laporan import CatatanLaporan, simpan_laporan
from pipeline.ledger.laporan import laporan as laporan_ledger
from pipeline.messages import terjemah
from pipeline.progres import Kemajuan
from pipeline.verify import tampilan
from pipeline.verify.model import HasilVerifikasi, Putusan
from pipeline.verify.simpanan import muat_hasil, muat_jalur, simpan_hasil, simpan_jalur
from pipeline.web.audit import PEMBACA, jejak_atau_404, relatif
from pipeline.web.keamanan import akun_sekarang, config, perlu_masuk
from pipeline.web.pekerjaan import Kerja, PekerjaanBerjalan
from pipeline.web.tanda_tangan import SEGAR_DETIK, antrean, tunjukkan_berjalan, ulang_ini

bp = Blueprint("laporan", __name__)
JENIS = "verifikasi"  # the job's kind


@dataclass(frozen=True)
class LaporanArsip:
    """The last verification of a cycle's archive: its folders, verdicts, when and by whom."""

    siklus: str
    folder: list[Path]
    hasil: list[HasilVerifikasi]
    selesai: datetime
    login: str

    @property
    def valid(self) -> int:
        """How many files are VALID."""
        return sum(1 for h in self.hasil if h.putusan is Putusan.VALID)


def _simpan(c: Config, lap: LaporanArsip) -> None:
    """Keep ``lap`` in the ledger as its cycle's last report."""
    folder, hasil = simpan_jalur(lap.folder, c.root), simpan_hasil(lap.hasil, c.root)
    simpan_laporan(
        c.jalur.ledger, CatatanLaporan(lap.siklus, lap.login, lap.selesai, folder, hasil)
    )


def _terakhir(c: Config, siklus: str) -> LaporanArsip | None:
    """The cycle's last report the ledger keeps, if one was made."""
    k = laporan_ledger(c.jalur.ledger, siklus)
    if k is None:
        return None
    folder, hasil = muat_jalur(k.folder, c.root), muat_hasil(k.hasil, c.root)
    return LaporanArsip(k.siklus, folder, hasil, k.selesai, k.login)


def _folder_arsip(siklus: str) -> list[Path]:
    """The folders of the cycle's archive revisions, from the manifests the ledger recorded."""
    keluaran = config().jalur.keluaran
    return sorted({(keluaran / m.path).parent for m in jejak_atau_404(siklus).manifest})


def _saya() -> Akun:
    a = akun_sekarang()
    assert a is not None  # perlu_masuk let the request through
    return a


@bp.get("/siklus/<siklus>/verifikasi")
@perlu_masuk(*PEMBACA)
def laporan(siklus: str) -> ResponseReturnValue:
    """The cycle's last report, or the running verification's progress."""
    folder = _folder_arsip(siklus)
    p = antrean().terakhir
    if p is None or p.jenis != JENIS or p.siklus != siklus:
        p = None
    return render_template(
        "laporan_arsip.html",
        siklus=siklus,
        folder=[relatif(f) for f in folder],
        laporan=_terakhir(config(), siklus),
        p=p,
        segar=SEGAR_DETIK,
        relatif=relatif,
        tampilan=tampilan,
    )


@bp.post("/siklus/<siklus>/verifikasi")
@perlu_masuk(*PEMBACA)
def mulai(siklus: str) -> ResponseReturnValue:
    """Start verifying the cycle's archive in the background; back to its report page."""
    a, folder = _saya(), _folder_arsip(siklus)
    if not folder:
        flash(terjemah("audit.verifikasi_belum_diarsipkan", siklus=siklus), "galat")
        return redirect(url_for("laporan.laporan", siklus=siklus))
    jam = current_app.config["SIDIK_JAM"]
    kerja = _kerja(siklus, folder, a.login, config(), jam)
    try:
        antrean().mulai(JENIS, siklus, a.login, jam(), kerja, ulang_ini())
    except PekerjaanBerjalan as e:
        return tunjukkan_berjalan(e.pekerjaan, a)
    return redirect(url_for("laporan.laporan", siklus=siklus))


def _kerja(siklus: str, folder: list[Path], login: str, c: Config, jam: Jam) -> Kerja:
    """The job: verify each PDF of ``folder`` in turn (its progress per file), keep the report."""
    akar = list(c.verifikasi.akar_tepercaya)

    def kerja(kemajuan: Kemajuan) -> str:
        from pipeline.verify.periksa import kumpulkan_pdf, muat_akar, verifikasi  # pyhanko

        pdf, sertifikat = kumpulkan_pdf(folder), muat_akar(akar)
        hasil: list[HasilVerifikasi] = []
        for n, berkas in enumerate(pdf):
            kemajuan(terjemah("audit.tahap_verifikasi"), n, len(pdf))
            hasil += verifikasi([berkas], sertifikat)
        lap = LaporanArsip(siklus, folder, hasil, jam(), login)
        _simpan(c, lap)
        return terjemah("hasil.valid", sah=lap.valid, jumlah=len(hasil))

    return kerja
