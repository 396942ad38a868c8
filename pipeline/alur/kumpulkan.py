"""SOP step 1, the Operator's act: find or open the workbook's cycle and collect its items.

A cycle is opened by the first ``sidik render``/``run`` of a workbook and gets an explicit id
``dik-YYYYMMDD-N``. Later runs of the same workbook (its path relative to the workspace)
continue that cycle until it is archived, however the workbook changed meanwhile (corrections
after Perbaiki, added or withdrawn items). Once archived, the same items say "already
archived"; changed items open a new cycle.
"""

from __future__ import annotations

import pickle
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import IO

from pipeline import gangguan
from pipeline.alur import jalan as kerja
from pipeline.alur.dokumen import bersihkan_sementara, render_dokumen
from pipeline.alur.hasil import HasilLangkah, Tunggu, hasil_langkah
from pipeline.alur.jalan import Lapor, buka_jalan, catat, diam, diarsipkan, selesaikan
from pipeline.alur.rapat import pastikan_hari_kerja
from pipeline.alur.rencana import Rencana, buat_rencana
from pipeline.alur.sidik_jari import hash_items, sha_item
from pipeline.atomic import tulis_atomik
from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.hashing import sha256_berkas
from pipeline.ledger import buku_terkunci
from pipeline.ledger.buku import Buku, CatatanItem, CatatanSiklus, buka_buku
from pipeline.ledger.ringkasan import dikembalikan_oleh
from pipeline.ledger.sop import Langkah
from pipeline.ledger.tenggat import KalenderKerja
from pipeline.model import Item, Keputusan, Siklus
from pipeline.progres import LAPOR_SETIAP, Hitung, Kemajuan, di_proses_sendiri, tanpa_kemajuan


def nama_workbook(config: Config, workbook: Path) -> str:
    """How a workbook is known to the ledger: its path relative to the workspace."""
    path = workbook.resolve()
    return (
        path.relative_to(config.root).as_posix() if path.is_relative_to(config.root) else str(path)
    )


BATAS_HARI_MAJU = 30
"""``--tanggal`` may be at most this many days after today (the office's day)."""


def temukan_atau_buka(
    buku: Buku,
    config: Config,
    workbook: Path,
    items: Sequence[Item],
    tanggal: date | None = None,
    paksa_tanggal: bool = False,
) -> CatatanSiklus:
    """The workbook's open cycle, its archived cycle if the items are unchanged, or a new one.

    A new cycle carries ``tanggal`` (default: today, the office's day). A ``tanggal`` the operator
    gave is checked by :func:`periksa_tanggal` against the day the cycle opened (today for a new
    one) unless ``paksa_tanggal``.
    """
    nama = nama_workbook(config, workbook)
    h = hash_items(items)
    ada = buku.siklus_untuk(nama)
    lanjut = ada is not None and (not diarsipkan(buku, ada.id) or ada.hash_item == h)
    hari_ini = buku.jam().date()
    if tanggal is not None and not paksa_tanggal:
        dibuka = ada.dibuka.date() if ada is not None and lanjut else hari_ini
        periksa_tanggal(tanggal, dibuka, hari_ini, KalenderKerja(config.kalender.libur_kantor))
    if ada is not None and lanjut:
        return ada
    with buku.transaksi():
        baru = buku.siklus_baru(nama, tanggal or hari_ini, h)
        buku.mulai_langkah(baru.id, Langkah.KUMPUL)
        catat(buku, config, baru.id, Langkah.KUMPUL, "siklus_dibuka", keterangan=nama)
    return baru


def periksa_tanggal(tanggal: date, dibuka: date, hari_ini: date, kalender: KalenderKerja) -> None:
    """Refuse a document date no one could mean, with :class:`InputInvalid` saying why.

    It must be a working day of ``kalender``, not before the cycle opened (``dibuka``: the
    documents cannot predate the test of consequences), and not more than
    :data:`BATAS_HARI_MAJU` days after ``hari_ini``.
    """
    teks = tanggal.isoformat()
    pastikan_hari_kerja(tanggal, kalender)
    if tanggal < dibuka:
        raise InputInvalid("tanggal.sebelum_dibuka", tanggal=teks, dibuka=dibuka.isoformat())
    batas = hari_ini + timedelta(days=BATAS_HARI_MAJU)
    if tanggal > batas:
        raise InputInvalid(
            "tanggal.terlalu_jauh", tanggal=teks, hari=BATAS_HARI_MAJU, batas=batas.isoformat()
        )


def kumpul(
    buku: Buku,
    config: Config,
    siklus: Siklus,
    items: Sequence[Item],
    workbook: Path,
    lapor: Hitung | None = None,
) -> list[CatatanItem]:
    """SOP step 1: bring the workbook's items into the cycle; return items still sent back.

    A new or changed item loses any earlier decision (the team must review what it signs);
    an item no longer in the workbook is withdrawn but kept in the ledger. ``lapor(items
    done, items)`` follows a long list.
    """
    with buku.transaksi():
        berubah = _selaraskan(buku, config, siklus.id, items, lapor or (lambda _s, _t: None))
        if berubah:
            buku.ubah_hash(siklus.id, hash_items(items))
            _salin_sumber(buku, config, siklus, workbook)
            buku.buka_ulang(siklus.id, Langkah.KUMPUL)
        kembali = buku.items_berkeputusan(siklus.id, Keputusan.PERBAIKI)
        if not kembali:
            selesaikan(buku, config, siklus.id, Langkah.KUMPUL)
    return kembali


def _selaraskan(
    buku: Buku,
    config: Config,
    siklus_id: str,
    items: Sequence[Item],
    lapor: Hitung,
) -> bool:
    lama = buku.ringkasan_items(siklus_id)  # not the items themselves: 5,000 are about 7 MB
    berubah = False
    for n, item in enumerate(items):
        if n % LAPOR_SETIAP == 0:
            lapor(n, len(items))
        sha, c = sha_item(item), lama.pop(item.no, None)
        if c is not None and c.sha256 == sha and c.aktif:
            continue
        buku.simpan_item(siklus_id, item, sha)
        aksi = "item_masuk" if c is None else "item_diubah"
        if c is not None and c.keputusan is Keputusan.PERBAIKI:
            aksi = "item_diperbaiki"
        masuk = c.sha256 if c else None
        catat(buku, config, siklus_id, Langkah.KUMPUL, aksi, item.no, masuk, sha, item.judul)
        berubah = True
    for no, c in lama.items():
        if c.aktif:
            buku.tarik_item(siklus_id, no)
            catat(buku, config, siklus_id, Langkah.KUMPUL, "item_ditarik", no, c.sha256)
            berubah = True
    lapor(len(items), len(items))
    return berubah


def _salin_sumber(buku: Buku, config: Config, siklus: Siklus, workbook: Path) -> None:
    tujuan = Path(siklus.workbook)
    tulis_atomik(tujuan, lambda p: shutil.copyfile(workbook, p))
    catat(buku, config, siklus.id, Langkah.KUMPUL, "workbook", keluar=sha256_berkas(tujuan))


def kumpulkan(
    config: Config,
    workbook: Path,
    tanggal: date | None = None,
    lapor: Lapor = diam,
    kemajuan: Kemajuan = tanpa_kemajuan,
    paksa_tanggal: bool = False,
) -> HasilLangkah:
    """SOP step 1 and the first part of step 2: collect the workbook's items, render DOCX.

    ``tanggal`` (default today) is checked unless ``paksa_tanggal`` (see
    :func:`periksa_tanggal`).
    """
    with (
        baca_terpisah(config, workbook, kemajuan) as paket,
        buku_terkunci(config.jalur.ledger) as buku,
    ):
        t = kumpulkan_terpisah(config, workbook, paket, (tanggal, paksa_tanggal), kemajuan)
        j = buka_jalan(config, buku, t.catatan, lapor, kemajuan)
        if t.rencana is None:
            oleh = dikembalikan_oleh(buku, j.siklus.id)
            return hasil_langkah(
                j, "render", 0, Tunggu(j.siklus, "perbaikan", t.kembali, oleh=oleh)
            )
        return hasil_langkah(j, "render", render_dokumen(j, t.rencana))


Tanggal = tuple[date | None, bool]  # --tanggal as given (None: today) and --paksa-tanggal


@dataclass(frozen=True)
class Terkumpul:
    """What SOP step 1 left in the ledger: the cycle, and its plan or the items sent back."""

    catatan: CatatanSiklus
    diarsipkan: bool
    kembali: tuple[CatatanItem, ...]
    rencana: Rencana | None  # None while items wait for the Operator's corrections


# Step 1 and the plan run in forked processes of their own, so that this one (which then drives
# LibreOffice for minutes) never holds a cycle's items nor the heap that reading a workbook
# leaves behind: for 5,000 rows openpyxl takes about 6 MB and gives little of it back. The
# validated items go from the reading process to the collecting one through an anonymous
# temporary file (no name on disk, gone with the last process that has it open); what comes
# back here is the cycle and its plan.


@contextmanager
def baca_terpisah(config: Config, workbook: Path, kemajuan: Kemajuan) -> Iterator[IO[bytes]]:
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


def kumpulkan_terpisah(
    config: Config, workbook: Path, paket: IO[bytes], tanggal: Tanggal, kemajuan: Kemajuan
) -> Terkumpul:
    """Step 1 (the cycle found or opened, its items brought in) and the plan, recorded by a
    forked process through its own connection. The caller holds the workspace lock, and so
    does that process through the lock file it inherits; it dies with the caller."""
    kumpul = partial(_kumpulkan_sendiri, config, workbook, paket, tanggal, kemajuan)
    return di_proses_sendiri(kumpul)


def _kumpulkan_sendiri(
    config: Config, workbook: Path, paket: IO[bytes], tanggal: Tanggal, kemajuan: Kemajuan
) -> Terkumpul:
    paket.seek(0)  # a forked process shares the file's offset: the reader left it at the end
    items: list[Item] = pickle.load(paket)
    gangguan.titik("kumpulkan.mulai")
    with buka_buku(config.jalur.ledger) as buku:
        catatan = temukan_atau_buka(buku, config, workbook, items, *tanggal)
        siklus = kerja.model(config, catatan)
        bersihkan_sementara(siklus.folder_kerja)  # here: it walks every file of the cycle
        if kerja.diarsipkan(buku, catatan.id):  # the same items: nothing to collect again
            return Terkumpul(catatan, True, (), buat_rencana(buku, config, siklus))
        lapor = partial(kemajuan, "kumpul")
        kembali = tuple(kumpul(buku, config, siklus, items, workbook, lapor))
        del items
        gangguan.titik("kumpulkan.selesai")
        r = None if kembali else buat_rencana(buku, config, siklus)
        return Terkumpul(catatan, False, kembali, r)
