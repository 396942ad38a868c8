"""The cycle's workflow: the SOP steps in order, each recorded in the ledger, resumable.

Every public function here is what one ``sidik`` command does; the CLI only parses and prints.
Each holds the workspace lock, reads the cycle's state from the ledger and does only what is
not yet current, so a rerun after a crash (or a kill) finishes the cycle without duplicates.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pipeline import gangguan, izin
from pipeline import siklus as kerja
from pipeline.config import Config
from pipeline.errors import StepNotReady
from pipeline.external import libreoffice
from pipeline.hashing import sha256_berkas
from pipeline.izin import Tindakan
from pipeline.ledger import buka_untuk_baca, buku_terkunci
from pipeline.ledger.buku import (
    Buku,
    CatatanDokumen,
    CatatanItem,
    CatatanSiklus,
    buka_buku,
)
from pipeline.ledger.sop import Langkah
from pipeline.messages import terjemah
from pipeline.model import Arsip, Dokumen, DokumenTertandatangan, Item, Siklus
from pipeline.pengarsipan import arsipkan
from pipeline.progres import Kemajuan, di_proses_sendiri, tanpa_kemajuan
from pipeline.siklus import TAHAP, Jalan, Lapor, basi, diam, mutlak, prasyarat

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi, Penanda

# The stages (docxtpl, LibreOffice, pikepdf, pyhanko) are imported where a stage runs, so that
# commands which only read or record (review, status, log) start in a fraction of a second.

log = logging.getLogger(__name__)
Lapor1 = Callable[[int], None]  # documents done so far, within one stage
FOLDER_TAHAP = {"render": "docx", "convert": "pdf", "paraf": "paraf", "sign": "ttd"}
JENDELA = 500  # documents per window of convert, paraf and sign (see ukuran_jendela)


@dataclass(frozen=True)
class Tunggu:
    """Why a cycle stopped: it waits for review decisions, for the Operator's corrections, or
    (``[alur] tindakan_pribadi``) for an official to perform their own paraf or signature."""

    siklus: Siklus
    jenis: str  # "tinjauan", "perbaikan", "paraf" or "tanda_tangan"
    items: tuple[CatatanItem, ...]
    dokumen: int = 0  # for "paraf" and "tanda_tangan": the documents waiting
    siapa: str = ""  # for "paraf" and "tanda_tangan": who must act


@dataclass(frozen=True)
class HasilLangkah:
    """What one stage did: the cycle, the stage, how many documents, and where they are."""

    siklus: Siklus
    langkah: str
    jumlah: int
    folder: Path
    tunggu: Tunggu | None = None


@dataclass(frozen=True)
class HasilSiklus:
    """What ``sidik run`` did: the cycle and its archive (``baru`` False if filed before)."""

    siklus: Siklus
    arsip: Arsip


@contextmanager
def _jalan(
    config: Config, siklus_id: str | None, lapor: Lapor, kemajuan: Kemajuan = tanpa_kemajuan
) -> Iterator[Jalan]:
    with buku_terkunci(config.jalur.ledger) as buku:
        yield _buka(config, buku, kerja.muat(buku, siklus_id), lapor, kemajuan)


def langkah_render(
    config: Config,
    workbook: Path,
    tanggal: date | None = None,
    lapor: Lapor = diam,
    kemajuan: Kemajuan = tanpa_kemajuan,
    paksa_tanggal: bool = False,
) -> HasilLangkah:
    """SOP step 1 and the first part of step 2: collect the workbook's items, render DOCX.

    ``tanggal`` (default today) is checked unless ``paksa_tanggal`` (see
    :func:`pipeline.siklus.periksa_tanggal`).
    """
    with _baca(config, workbook, kemajuan) as paket, buku_terkunci(config.jalur.ledger) as buku:
        t = _kumpulkan(config, workbook, paket, (tanggal, paksa_tanggal), kemajuan)
        j = _buka(config, buku, t.catatan, lapor, kemajuan)
        if t.rencana is None:
            return _hasil(j, "render", 0, Tunggu(j.siklus, "perbaikan", t.kembali))
        return _hasil(j, "render", _render(j, t.rencana))


def langkah_convert(
    config: Config,
    siklus_id: str | None = None,
    lapor: Lapor = diam,
    kemajuan: Kemajuan = tanpa_kemajuan,
) -> HasilLangkah:
    """Convert the cycle's DOCX to PDF/A in batched LibreOffice processes."""
    with _jalan(config, siklus_id, lapor, kemajuan) as j:
        return _hasil(j, "convert", _convert(j, _rencana(j)))


def langkah_paraf(
    config: Config,
    siklus_id: str | None = None,
    lapor: Lapor = diam,
    kemajuan: Kemajuan = tanpa_kemajuan,
) -> HasilLangkah:
    """SOP step 2: the PPID Pelaksana's paraf on every page; ends the check."""
    with _jalan(config, siklus_id, lapor, kemajuan) as j:
        r = _rencana(j)
        if basi(j, r, "paraf"):
            izin.pastikan(kerja.aktor_dari(j.buku, config), Tindakan.PARAF, config)
        n = _paraf(j, r)
        _akhiri_periksa(j, r)
        return _hasil(j, "paraf", n)


def langkah_sign(
    config: Config,
    siklus_id: str | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = diam,
    penanda: Penanda | None = None,
    kemajuan: Kemajuan = tanpa_kemajuan,
) -> HasilLangkah:
    """SOP step 4: the Atasan PPID's signature on every initialled document of the DIK."""
    with _jalan(config, siklus_id, lapor, kemajuan) as j:
        r = _rencana(j)
        prasyarat(j, r, "sign")
        _tinjauan_lengkap(j)
        if basi(j, r, "sign"):
            izin.pastikan(kerja.aktor_dari(j.buku, config), Tindakan.TANDATANGANI, config)
            penanda = penanda or _buat_penanda(config, minta_sandi, j.lapor)
        return _hasil(j, "sign", _sign(j, r, penanda))


def langkah_archive(
    config: Config,
    siklus_id: str | None = None,
    lapor: Lapor = diam,
    minta_sandi: MintaSandi | None = None,
    penanda: Penanda | None = None,
) -> HasilSiklus:
    """SOP step 5: file the signed documents with their signed manifest (once per cycle)."""
    with _jalan(config, siklus_id, lapor) as j:
        if not kerja.diarsipkan(j.buku, j.siklus.id):
            penanda = _penanda_manifest(config, minta_sandi, penanda)
        return HasilSiklus(j.siklus, arsipkan(j, _rencana(j), _tandai(penanda)))


def jalankan_siklus(
    config: Config,
    workbook: Path,
    *,
    tanggal: date | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = diam,
    penanda: Penanda | None = None,
    kemajuan: Kemajuan = tanpa_kemajuan,
    paksa_tanggal: bool = False,
) -> HasilSiklus | Tunggu:
    """``sidik run``: take the workbook's cycle as far as the decisions so far allow.

    ``tanggal`` (default today) is checked unless ``paksa_tanggal``.
    """
    with _baca(config, workbook, kemajuan) as paket, buku_terkunci(config.jalur.ledger) as buku:
        t = _kumpulkan(config, workbook, paket, (tanggal, paksa_tanggal), kemajuan)
        j = _buka(config, buku, t.catatan, lapor, kemajuan)
        if t.rencana is None:
            return Tunggu(j.siklus, "perbaikan", t.kembali)
        r = t.rencana
        if t.diarsipkan:
            return HasilSiklus(j.siklus, arsipkan(j, r))
        # only whether: the undecided items themselves are read at the end, not held through
        # the stages (5,000 records are about 7 MB)
        menunggu = buku.ada_belum_diputus(j.siklus.id)
        aktor = kerja.aktor_dari(buku, config)
        menandatangani = izin.boleh(aktor, Tindakan.TANDATANGANI, config)
        if not menunggu and penanda is None:
            # Load the key first: a wrong passphrase should fail before minutes of conversion.
            if not basi(j, r, "sign"):  # signed before: still wanted for the manifest's signature
                penanda = _penanda_manifest(config, minta_sandi, None, j.lapor)
            elif menandatangani:
                penanda = _buat_penanda(config, minta_sandi, j.lapor)
        _render(j, r), _convert(j, r)
        if (belum_diparaf := basi(j, r, "paraf")) and not izin.boleh(aktor, Tindakan.PARAF, config):
            siapa = izin.siapa(config, Tindakan.PARAF)
            return Tunggu(j.siklus, "paraf", (), len(belum_diparaf), siapa)
        _paraf(j, r)
        _akhiri_periksa(j, r)
        if menunggu:  # the ledger is locked: no decision came in meanwhile
            belum = buku.items_berkeputusan(j.siklus.id, None)
            return Tunggu(j.siklus, "tinjauan", tuple(belum))
        if (belum_ttd := basi(j, r, "sign")) and not menandatangani:
            siapa = izin.siapa(config, Tindakan.TANDATANGANI)
            return Tunggu(j.siklus, "tanda_tangan", (), len(belum_ttd), siapa)
        _sign(j, r, penanda)
        return HasilSiklus(j.siklus, arsipkan(j, r, _tandai(penanda)))


_Tanggal = tuple[date | None, bool]  # --tanggal as given (None: today) and --paksa-tanggal


@dataclass(frozen=True)
class _Terkumpul:
    """What SOP step 1 left in the ledger: the cycle, and its plan or the items sent back."""

    catatan: CatatanSiklus
    diarsipkan: bool
    kembali: tuple[CatatanItem, ...]
    rencana: kerja.Rencana | None  # None while items wait for the Operator's corrections


# Step 1 and the plan run in forked processes of their own, so that this one (which then drives
# LibreOffice for minutes) never holds a cycle's items nor the heap that reading a workbook
# leaves behind: for 5,000 rows openpyxl takes about 6 MB and gives little of it back. The
# validated items go from the reading process to the collecting one through an anonymous
# temporary file (no name on disk, gone with the last process that has it open); what comes
# back here is the cycle and its plan.


@contextmanager
def _baca(config: Config, workbook: Path, kemajuan: Kemajuan) -> Iterator[IO[bytes]]:
    """The workbook's items, validated (:class:`WorkbookInvalid` lists every problem), in an
    anonymous file for the block. Read before the lock is taken, so that a bad workbook leaves
    no trace in the workspace."""
    with tempfile.TemporaryFile(prefix="sidik-items-") as paket:
        di_proses_sendiri(partial(_baca_sendiri, config, workbook, paket, kemajuan))
        yield paket


def _baca_sendiri(config: Config, workbook: Path, paket: IO[bytes], kemajuan: Kemajuan) -> None:
    from pipeline.workbook import baca_items  # openpyxl: loaded in the reading process only

    items = baca_items(workbook, config, partial(kemajuan, "workbook"))
    pickle.dump(items, paket, protocol=pickle.HIGHEST_PROTOCOL)
    paket.flush()


def _kumpulkan(
    config: Config, workbook: Path, paket: IO[bytes], tanggal: _Tanggal, kemajuan: Kemajuan
) -> _Terkumpul:
    """Step 1 (the cycle found or opened, its items brought in) and the plan, recorded by a
    forked process through its own connection. The caller holds the workspace lock, and so
    does that process through the lock file it inherits; it dies with the caller."""
    kumpul = partial(_kumpulkan_sendiri, config, workbook, paket, tanggal, kemajuan)
    return di_proses_sendiri(kumpul)


def _kumpulkan_sendiri(
    config: Config, workbook: Path, paket: IO[bytes], tanggal: _Tanggal, kemajuan: Kemajuan
) -> _Terkumpul:
    paket.seek(0)  # a forked process shares the file's offset: the reader left it at the end
    items: list[Item] = pickle.load(paket)
    gangguan.titik("kumpulkan.mulai")
    with buka_buku(config.jalur.ledger) as buku:
        catatan = kerja.temukan_atau_buka(buku, config, workbook, items, *tanggal)
        siklus = kerja.model(config, catatan)
        _bersihkan_sementara(siklus.folder_kerja)  # here: it walks every file of the cycle
        if kerja.diarsipkan(buku, catatan.id):  # the same items: nothing to collect again
            return _Terkumpul(catatan, True, (), kerja.rencana(buku, config, siklus))
        lapor = partial(kemajuan, "kumpul")
        kembali = tuple(kerja.kumpul(buku, config, siklus, items, workbook, lapor))
        del items
        gangguan.titik("kumpulkan.selesai")
        r = None if kembali else kerja.rencana(buku, config, siklus)
        return _Terkumpul(catatan, False, kembali, r)


def _rencana(j: Jalan) -> kerja.Rencana:
    """The cycle's plan, made in a forked process (it reads every item) like step 1's."""
    return di_proses_sendiri(partial(_rencana_sendiri, j.config, j.siklus))


def _rencana_sendiri(config: Config, siklus: Siklus) -> kerja.Rencana:
    with buka_buku(config.jalur.ledger) as buku:
        return kerja.rencana(buku, config, siklus)


def _buka(
    config: Config, buku: Buku, catatan: CatatanSiklus, lapor: Lapor, kemajuan: Kemajuan
) -> Jalan:
    return Jalan(config, buku, kerja.model(config, catatan), lapor, kemajuan)


def _hasil(j: Jalan, tahap: str, jumlah: int, tunggu: Tunggu | None = None) -> HasilLangkah:
    return HasilLangkah(
        j.siklus, tahap, jumlah, j.siklus.folder_kerja / FOLDER_TAHAP[tahap], tunggu
    )


def _tinjauan_lengkap(j: Jalan) -> None:
    belum = j.buku.items_berkeputusan(j.siklus.id, None)
    if belum:
        raise StepNotReady("alur.tinjauan_belum", siklus=j.siklus.id, jumlah=len(belum))


def _render(j: Jalan, r: kerja.Rencana) -> int:
    if not basi(j, r, "render"):
        return 0
    gangguan.titik("render.mulai")
    j.lapor(terjemah("langkah.render", jumlah=len(r.kunci)))
    # The items are read and rendered in a process of its own, which only reads the ledger
    # (this one records what it made): every item is held at once there (the DIK needs them
    # all), so the heap that leaves behind is not carried into convert.
    lapor = j.pelapor("render", len(r.kunci))
    dokumen = di_proses_sendiri(partial(_cetak, j.config, j.siklus, r.nomor, lapor))
    gangguan.titik("render.catat")
    with j.buku.transaksi():
        for d in dokumen:
            _simpan(j, r, "render", d, masuk=r.sidik_jari[d.kunci])
    gangguan.titik("render.selesai")
    return len(dokumen)


def _cetak(config: Config, siklus: Siklus, nomor: dict[str, str], lapor: Lapor1) -> list[Dokumen]:
    from pipeline.stages.render import render

    with buka_untuk_baca(config.jalur.ledger) as buku:  # its own connection: not one forked
        items = kerja.items_daftar(buku, siklus.id)
    return render(items, siklus, config, nomor, lapor)


def _tahap_dokumen(
    j: Jalan, r: kerja.Rencana, tahap: str, kerjakan: Callable[[list[Dokumen], Lapor1], list[Any]]
) -> int:
    """Run one per-document stage on the documents it has not yet made from current inputs.

    The documents go in windows of :data:`JENDELA`, each read from the ledger, worked and
    recorded before the next, so that what this process holds does not grow with the cycle
    (and a killed run keeps every window it finished).
    """
    prasyarat(j, r, tahap)
    kunci = basi(j, r, tahap)
    if not kunci:
        return 0
    gangguan.titik(f"{tahap}.mulai")
    j.lapor(terjemah(f"langkah.{tahap}", jumlah=len(kunci)))
    sebelum = TAHAP[TAHAP.index(tahap) - 1]
    ukuran = ukuran_jendela(len(kunci))
    for a in range(0, len(kunci), ukuran):
        lapor = j.pelapor(tahap, len(kunci), awal=a)
        _jendela(j, r, tahap, sebelum, kunci[a : a + ukuran], kerjakan, lapor)
    return len(kunci)


def ukuran_jendela(jumlah: int) -> int:
    """Documents per window for a stage of ``jumlah``: windows of equal size, about
    :data:`JENDELA` (at most one and a half times it), so that no window is a small rest
    (each window of convert starts LibreOffice anew, about a second)."""
    jendela = max(1, round(jumlah / JENDELA))
    return max(1, -(-jumlah // jendela))


def _jendela(
    j: Jalan,
    r: kerja.Rencana,
    tahap: str,
    sebelum: str,
    kunci: list[str],
    kerjakan: Callable[[list[Dokumen], Lapor1], list[Any]],
    lapor: Lapor1,
) -> None:
    """One window of a per-document stage: read, work, record (one transaction)."""
    masuk = j.buku.dokumen(j.siklus.id, sebelum, kunci)
    hasil = kerjakan([mutlak(j, masuk[k].dokumen) for k in kunci], lapor)
    gangguan.titik(f"{tahap}.catat")
    with j.buku.transaksi():
        for h in hasil:
            d = h.dokumen if isinstance(h, DokumenTertandatangan) else h
            _simpan(j, r, tahap, d, masuk=masuk[d.kunci].sha256, ttd=h)
    gangguan.titik(f"{tahap}.selesai")


def _convert(j: Jalan, r: kerja.Rencana) -> int:
    from pipeline.stages.convert import convert

    prasyarat(j, r, "convert")
    if basi(j, r, "convert"):
        versi = libreoffice.versi(j.config.jalur.libreoffice)  # also: is it installed at all?
        j.buku.simpan_info(j.siklus.id, "libreoffice", versi)
    return _tahap_dokumen(j, r, "convert", lambda d, p: convert(d, j.siklus, j.config, p))


def _paraf(j: Jalan, r: kerja.Rencana) -> int:
    from pipeline.stages.paraf import paraf

    return _tahap_dokumen(j, r, "paraf", lambda d, p: paraf(d, j.siklus, j.config, p))


def _buat_penanda(config: Config, minta_sandi: MintaSandi | None, lapor: Lapor) -> Penanda:
    """The signer, refused before anything is signed if its certificate or key is unfit."""
    from pipeline.signing.penanda import penanda_terperiksa

    penanda, hasil = penanda_terperiksa(config, minta_sandi)
    for cek in hasil.tidak_diperiksa() if hasil else []:
        if cek.pesan_id == "ttd.cek.pencabutan_tak_terjangkau":
            keterangan = terjemah(cek.pesan_id, **cek.params)
            lapor(terjemah("ttd.pencabutan_tidak_diperiksa", keterangan=keterangan))
    return penanda


def _penanda_manifest(
    config: Config, minta_sandi: MintaSandi | None, penanda: Penanda | None, lapor: Lapor = diam
) -> Penanda | None:
    """The signer for the manifest; None for BSrE, whose API signs PDFs only."""
    if penanda is not None or config.penandatanganan.metode == "bsre":
        return penanda
    return _buat_penanda(config, minta_sandi, lapor)


def _tandai(penanda: Penanda | None) -> Callable[[bytes], bytes | None] | None:
    return penanda.tandai_data if penanda is not None else None


def _sign(j: Jalan, r: kerja.Rencana, penanda: Penanda | None) -> int:
    from pipeline.stages.sign import sign

    def kerjakan(dokumen: list[Dokumen], lapor: Lapor1) -> list[Any]:
        assert penanda is not None  # loaded by the caller whenever something is to be signed
        hasil = sign(dokumen, j.siklus, j.config, penanda, lapor)
        # after signing: a remote signer (BSrE) makes its certificate known with the first one
        j.buku.simpan_info(j.siklus.id, "sertifikat", _sertifikat(penanda))
        orang = penanda.identitas  # who signed, as the certificate names them
        j.buku.simpan_info(j.siklus.id, "penanda_tangan", {"nama": orang.nama, "nip": orang.nip})
        return hasil

    n = _tahap_dokumen(j, r, "sign", kerjakan)
    if not basi(j, r, "sign"):
        with j.buku.transaksi():
            kerja.selesaikan(j.buku, j.config, j.siklus.id, Langkah.TANDA_TANGAN)
    return n


def _simpan(
    j: Jalan, r: kerja.Rencana, tahap: str, d: Dokumen, masuk: str, ttd: object = None
) -> None:
    sha = sha256_berkas(d.path)
    relatif = Dokumen(
        d.jenis, d.kunci, d.path.relative_to(j.siklus.folder_kerja), d.item_no, d.unit_kerja
    )
    penanda = ttd.penanda_tangan if isinstance(ttd, DokumenTertandatangan) else ""
    waktu = ttd.waktu if isinstance(ttd, DokumenTertandatangan) else j.buku.jam()
    j.buku.simpan_dokumen(
        j.siklus.id, tahap, CatatanDokumen(relatif, sha, r.sidik_jari[d.kunci], waktu, penanda)
    )
    langkah = Langkah.TANDA_TANGAN if tahap == "sign" else Langkah.PERIKSA
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
        d.kunci,
        oleh=f"{oleh.nama} (NIP {oleh.nip})" if oleh else None,
    )


def _akhiri_periksa(j: Jalan, r: kerja.Rencana) -> None:
    if not basi(j, r, "paraf"):
        with j.buku.transaksi():
            kerja.selesaikan(j.buku, j.config, j.siklus.id, Langkah.PERIKSA)


def _bersihkan_sementara(folder: Path) -> None:
    """Remove temporary files a killed run left in the work folder (never a finished file)."""
    if not folder.is_dir():
        return
    for sisa in folder.rglob(".*.tmp"):
        sisa.unlink(missing_ok=True)
    for sisa in folder.glob(".lo-*"):
        shutil.rmtree(sisa, ignore_errors=True)


def _sertifikat(penanda: Penanda) -> dict[str, str]:
    s = penanda.sertifikat
    return {
        "subjek": s.subject.human_friendly,
        "penerbit": s.issuer.human_friendly,
        "serial": str(s.serial_number),
        "sha256": s.sha256.hex(),
    }
