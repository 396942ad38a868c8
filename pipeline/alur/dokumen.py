"""The per-document stages (render, convert, paraf, sign) in windows, each output recorded
with the fingerprint it was made from, so a rerun after a crash redoes only what is missing."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import gangguan
from pipeline.alur import jalan as kerja
from pipeline.alur.jalan import TAHAP, Jalan, basi, mutlak, prasyarat
from pipeline.alur.rapat import tanggal_dokumen
from pipeline.alur.rencana import item_siklus
from pipeline.config import Config
from pipeline.external import libreoffice
from pipeline.hashing import sha256_berkas
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.buku import (
    CatatanDokumen,
)
from pipeline.ledger.sop import Langkah
from pipeline.messages import terjemah
from pipeline.model import Dokumen, DokumenTertandatangan, Siklus
from pipeline.progres import di_proses_sendiri

if TYPE_CHECKING:
    pass

from pipeline.alur.rencana import Rencana

# The stages (docxtpl, LibreOffice, pikepdf, pyhanko) are imported where a stage runs, so that
# commands which only read or record (review, status, log) start in a fraction of a second.

log = logging.getLogger(__name__)
Lapor1 = Callable[[int], None]  # documents done so far, within one stage
JENDELA = 500  # documents per window of convert, paraf and sign (see ukuran_jendela)


def render_dokumen(j: Jalan, r: Rencana) -> int:
    """Render the DOCX of every document not current; return how many."""
    if not basi(j, r, "render"):
        return 0
    gangguan.titik("render.mulai")
    j.lapor(terjemah("langkah.render", jumlah=len(r.nama_dokumen)))
    # The items are read and rendered in a process of its own, which only reads the ledger
    # (this one records what it made): every item is held at once there (the DIK needs them
    # all), so the heap that leaves behind is not carried into convert.
    lapor = j.pelapor("render", len(r.nama_dokumen))
    dokumen = di_proses_sendiri(partial(_render_items, j.config, j.siklus, r.nomor, lapor))
    gangguan.titik("render.catat")
    with j.buku.transaksi():
        for d in dokumen:
            simpan_dokumen(j, r, "render", d, masuk=r.sidik_jari[d.nama])
    gangguan.titik("render.selesai")
    return len(dokumen)


def _render_items(
    config: Config, siklus: Siklus, nomor: dict[str, str], lapor: Lapor1
) -> list[Dokumen]:
    from pipeline.stages.render import render

    with buka_untuk_baca(config.jalur.ledger) as buku:  # its own connection: not one forked
        items = item_siklus(buku, siklus.id)
        tanggal = tanggal_dokumen(buku, siklus.id, siklus.tanggal)
    return render(items.lembar, siklus, config, nomor, lapor, tanggal, items.dibuka, items.rapat)


def tahap_dokumen(
    j: Jalan,
    r: Rencana,
    tahap: str,
    kerjakan: Callable[[list[Dokumen], Lapor1], list[Any]],
    pilihan: Sequence[str] | None = None,
) -> int:
    """Run one per-document stage on the documents it has not yet made from current inputs
    (only those of ``pilihan``, in its order, if given).

    The documents go in windows of :data:`JENDELA`, each read from the ledger, worked and
    recorded before the next, so that what this process holds does not grow with the cycle
    (and a killed run keeps every window it finished).
    """
    prasyarat(j, r, tahap)
    nama = basi(j, r, tahap) if pilihan is None else list(pilihan)
    if not nama:
        return 0
    gangguan.titik(f"{tahap}.mulai")
    j.lapor(terjemah(f"langkah.{tahap}", jumlah=len(nama)))
    sebelum = TAHAP[TAHAP.index(tahap) - 1]
    ukuran = ukuran_jendela(len(nama))
    for a in range(0, len(nama), ukuran):
        lapor = j.pelapor(tahap, len(nama), awal=a)
        _jendela(j, r, tahap, sebelum, nama[a : a + ukuran], kerjakan, lapor)
    return len(nama)


def ukuran_jendela(jumlah: int) -> int:
    """Documents per window for a stage of ``jumlah``: windows of equal size, about
    :data:`JENDELA` (at most one and a half times it), so that no window is a small rest
    (each window of convert starts LibreOffice anew, about a second)."""
    jendela = max(1, round(jumlah / JENDELA))
    return max(1, -(-jumlah // jendela))


def _jendela(
    j: Jalan,
    r: Rencana,
    tahap: str,
    sebelum: str,
    nama: list[str],
    kerjakan: Callable[[list[Dokumen], Lapor1], list[Any]],
    lapor: Lapor1,
) -> None:
    """One window of a per-document stage: read, work, record (one transaction)."""
    masuk = j.buku.dokumen(j.siklus.id, sebelum, nama)
    hasil = kerjakan([mutlak(j, masuk[k].dokumen) for k in nama], lapor)
    gangguan.titik(f"{tahap}.catat")
    with j.buku.transaksi():
        for h in hasil:
            d = h.dokumen if isinstance(h, DokumenTertandatangan) else h
            simpan_dokumen(j, r, tahap, d, masuk=masuk[d.nama].sha256, ttd=h)
    gangguan.titik(f"{tahap}.selesai")


def convert_dokumen(j: Jalan, r: Rencana) -> int:
    """Convert to PDF/A every rendered document not current; return how many."""
    from pipeline.stages.convert import convert

    prasyarat(j, r, "convert")
    if basi(j, r, "convert"):
        versi = libreoffice.versi(j.config.jalur.libreoffice)  # also: is it installed at all?
        j.buku.simpan_info(j.siklus.id, "libreoffice", versi)
    return tahap_dokumen(j, r, "convert", lambda d, p: convert(d, j.siklus, j.config, p))


def simpan_dokumen(
    j: Jalan, r: Rencana, tahap: str, d: Dokumen, masuk: str, ttd: object = None
) -> None:
    """Record one stage's output of a document and its event in the ledger."""
    sha = sha256_berkas(d.path)
    relatif = Dokumen(
        d.jenis, d.nama, d.path.relative_to(j.siklus.folder_kerja), d.item_no, d.unit_kerja
    )
    penanda = ttd.penanda_tangan if isinstance(ttd, DokumenTertandatangan) else ""
    waktu = ttd.waktu if isinstance(ttd, DokumenTertandatangan) else j.buku.jam()
    j.buku.simpan_dokumen(
        j.siklus.id, tahap, CatatanDokumen(relatif, sha, r.sidik_jari[d.nama], waktu, penanda)
    )
    langkah = {"sign": Langkah.TANDA_TANGAN, "peserta": Langkah.TINJAU}.get(tahap, Langkah.PERIKSA)
    oleh = j.config.pemeriksa(d.unit_kerja) if tahap == "paraf" else None
    kerja.catat(
        j.buku,
        j.config,
        j.siklus.id,
        langkah,
        tahap,
        d.item_no,
        masuk,
        sha,
        d.nama,
        oleh=f"{oleh.nama} (NIP {oleh.nip})" if oleh else None,
    )


def bersihkan_sementara(folder: Path) -> None:
    """Remove temporary files a killed run left in the work folder (never a finished file)."""
    if not folder.is_dir():
        return
    for sisa in folder.rglob(".*.tmp"):
        sisa.unlink(missing_ok=True)
    for sisa in folder.glob(".lo-*"):
        shutil.rmtree(sisa, ignore_errors=True)
