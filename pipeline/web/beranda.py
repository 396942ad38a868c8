"""The pages of the SOP's people: "Menunggu saya", the Tim member's review, the PPID
Pelaksana's paraf, the cycles' status and the log. Each act calls the library function the
CLI calls, as the logged-in account."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from pipeline import akun, ledger
from pipeline.aktor import sebagai
from pipeline.akun import Akun, PeranAkun
from pipeline.alur import periksa, putuskan
from pipeline.alur.izin import Tindakan
from pipeline.alur.menunggu import menunggu, siklus_menunggu, tinjauan_anggota
from pipeline.alur.menunggu_ttd import lembar_menunggu, paraf_menunggu
from pipeline.alur.pratinjau import PdfDokumen, pdf_siklus
from pipeline.alur.ttd_peserta import PesertaUji
from pipeline.errors import SidikError
from pipeline.ledger.catatan import SaringJejak
from pipeline.ledger.sop import Langkah, Peran
from pipeline.messages import terjemah
from pipeline.model import Keputusan
from pipeline.progres import Kemajuan
from pipeline.web.keamanan import akun_sekarang, config, perlu_masuk
from pipeline.web.per_halaman import PER_HALAMAN, Potongan, angka, awal_halaman
from pipeline.web.tanda_tangan import antrean, mulai_pekerjaan

bp = Blueprint("beranda", __name__)
_PESERTA = (PeranAkun.PPID_PELAKSANA, PeranAkun.TIM_PERTIMBANGAN)
PER_HALAMAN_LOG = 200  # events a page of /log shows (the whole trail weighed 15 MB at 5,000 items)
_PERAN_SOP = {p: Peran(p.value) for p in PeranAkun if p.value in {r.value for r in Peran}}


def _saya() -> Akun:
    a = akun_sekarang()
    assert a is not None  # perlu_masuk let the request through
    return a


def _izinkan(tindakan: Tindakan) -> Akun:
    """The account, when it may perform ``tindakan`` (the act's role, and as its official
    under ``[alur] tindakan_pribadi``); 403 otherwise."""
    a = _saya()
    if not akun.boleh(a, tindakan, config()):
        abort(403)
    return a


@bp.get("/")
@perlu_masuk()
def beranda() -> ResponseReturnValue:
    """Menunggu saya: the cycles whose open step is this person's, with their deadlines; for
    the PPID Pelaksana and the Tim, the documents of step 4 that wait for their paraf or
    signature (counted from the ledger, without the cycles' plans or their PDFs)."""
    a, c = _saya(), config()
    daftar = menunggu(c, _PERAN_SOP.get(a.peran), a.nip)
    ttd = siklus_menunggu(c, Peran.ATASAN_PPID) if a.peran in _PESERTA else []
    lembar = [(s, n) for s in ttd if (n := _lembar_saya(s, a.nip))]
    ppid = a.peran is PeranAkun.PPID_PELAKSANA
    paraf = [(s, j) for s in ttd if ppid and (j := paraf_menunggu(c, s))]
    return render_template(
        "beranda.html",
        daftar=daftar,
        lembar=lembar,
        paraf=paraf,
        terputus=antrean().terputus(a.login),  # jobs a restart stopped, to start again
        Langkah=Langkah,
    )


@dataclass(frozen=True)
class LembarSaya:
    """What of a cycle's Lembar waits for this participant: now, and after whom."""

    sekarang: int
    nanti: int
    pertama: PesertaUji | None

    def __bool__(self) -> bool:
        return bool(self.sekarang or self.nanti)


def _lembar_saya(siklus: str, nip: str) -> LembarSaya:
    """How many of the cycle's Lembar wait for participant ``nip``'s signature now, and how
    many will after the one they wait for first."""
    m = lembar_menunggu(config(), siklus)
    pertama = m.pertama.peserta if m.pertama is not None else None
    return LembarSaya(m.sekarang.get(nip, 0), m.nanti.get(nip, 0), pertama)


@bp.get("/siklus/<siklus>/tinjau")
@perlu_masuk(PeranAkun.TIM_PERTIMBANGAN)
def tinjau(siklus: str) -> ResponseReturnValue:
    """Every item of the cycle with Konsekuensi and Pertimbangan, and a decision form each."""
    a = _izinkan(Tindakan.PUTUSKAN)
    dari = request.args.get("dari", "")
    awal = partial(awal_halaman, dari)
    items, jumlah = tinjauan_anggota(config(), siklus, a.nip, awal, PER_HALAMAN)
    potongan = Potongan(items, awal(jumlah), jumlah)
    per_item: dict[int | None, list[PdfDokumen]] = {}
    for d in pdf_siklus(config(), siklus, [i.item.no for i in potongan.isi]):
        per_item.setdefault(d.item_no, []).append(d)  # each item's PDF found at once
    return render_template(
        "tinjau.html",
        siklus=siklus,
        potongan=potongan,
        Keputusan=Keputusan,
        semua=per_item.pop(None, []),  # above the items: the documents of the whole list
        pdf_item=per_item,
    )


@bp.post("/siklus/<siklus>/tinjau/<int:no>")
@perlu_masuk(PeranAkun.TIM_PERTIMBANGAN)
def putuskan_item(siklus: str, no: int) -> ResponseReturnValue:
    """The member's own decision on one item, recorded as theirs."""
    a = _izinkan(Tindakan.PUTUSKAN)
    f = request.form
    try:
        keputusan = Keputusan(f.get("keputusan", ""))
    except ValueError:
        abort(400)
    try:
        with sebagai(a.aktor()):
            h = putuskan.putuskan_item(
                config(), siklus, no, keputusan, f.get("catatan", ""), f.get("sidik_jari")
            )
    except SidikError as e:  # shown beside the item, the decision not recorded
        flash(e.pesan(), f"galat:item-{no}")
        return redirect(_ke_item(siklus, no))
    tercatat = terjemah("web.suara_tercatat", no=no, keputusan=terjemah(f"keputusan.{keputusan}"))
    flash(tercatat, f"berhasil:item-{no}")
    if h.selesai:
        flash(terjemah("hasil.tinjauan_selesai"), f"berhasil:item-{no}")
    return redirect(_ke_item(siklus, no))


def _ke_item(siklus: str, no: int) -> str:
    """The review page that shows item ``no`` (the page the form was sent from), at the item."""
    dari = request.form.get("dari", "")
    return url_for("beranda.tinjau", siklus=siklus, dari=dari or None, _anchor=f"item-{no}")


@bp.post("/siklus/<siklus>/paraf")
@perlu_masuk(PeranAkun.PPID_PELAKSANA)
def paraf(siklus: str) -> ResponseReturnValue:
    """The PPID Pelaksana approves the drafts: their paraf on every page (SOP step 2), run
    as a background job with its progress, like signing."""
    a, c = _izinkan(Tindakan.PARAF), config()

    def kerja(kemajuan: Kemajuan) -> str:
        with sebagai(a.aktor()):
            h = periksa.paraf(c, siklus, kemajuan=kemajuan)
        return terjemah("web.paraf_selesai", siklus=h.siklus.id, jumlah=h.jumlah)

    return mulai_pekerjaan("paraf", siklus, a, kerja)


@bp.get("/status")
@perlu_masuk()
def status() -> ResponseReturnValue:
    """Every cycle's steps against their working-day deadlines."""
    c = config()
    semua = (
        ledger.status(c.jalur.ledger, c.kalender.libur_kantor) if c.jalur.ledger.is_file() else []
    )
    return render_template("status.html", semua=list(reversed(semua)))


@bp.get("/log")
@perlu_masuk(PeranAkun.AUDITOR, PeranAkun.ADMIN)
def log() -> ResponseReturnValue:
    """The audit trail, read only, filtered as ``sidik log`` filters: cycle, item, step,
    role, the person who acted (login) and the day from which on (office clock)."""
    saring, q = saring_jejak(request.args), request.args
    berkas = config().jalur.ledger
    dari = angka(q.get("dari")) or 0
    halaman = (
        ledger.jejak_halaman(berkas, saring, dari, PER_HALAMAN_LOG)
        if berkas.is_file()
        else ledger.HalamanJejak([], 0, 0, PER_HALAMAN_LOG)
    )
    return render_template(
        "log.html",
        halaman=halaman,
        saring=saring,
        tautan=_tautan_log,
        Langkah=Langkah,
        PeranSop=Peran,
    )


def _tautan_log(dari: int) -> str:
    """The log's page from position ``dari``, with the filters of this request."""
    saring: dict[str, Any] = {k: v for k, v in request.args.items() if k != "dari" and v}
    return url_for("beranda.log", **saring, dari=dari)


def saring_jejak(q: Mapping[str, str]) -> SaringJejak:
    """The log's filters from the query string; a value that is not one of the choices (or
    not a date ``YYYY-MM-DD``) is left out, as an empty field is."""
    langkah, peran = q.get("langkah") or "", q.get("peran") or ""
    try:
        sejak = date.fromisoformat(q.get("sejak") or "")
    except ValueError:
        sejak = None
    return SaringJejak(
        siklus=q.get("siklus") or None,
        item_no=angka(q.get("item")),
        langkah=Langkah(langkah) if langkah in {lk.value for lk in Langkah} else None,
        peran=Peran(peran) if peran in {p.value for p in Peran} else None,
        sejak=sejak,
        pengguna=q.get("pelaku") or None,
    )
