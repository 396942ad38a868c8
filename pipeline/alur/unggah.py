"""The same workbook uploaded twice (SOP step 1, the Operator's page).

A cycle is known by its workbook's path, and every upload is saved under a new name, so an
upload alone would open a second cycle of the same list. Before a checked upload is kept,
:func:`siklus_sama` looks among the cycles not archived yet:

- the very same file (SHA-256) as a cycle's workbook: refused, naming that cycle;
- a workbook of the same name (the name the browser sent for a saved upload, or the cycle's
  file name) that differs: while that cycle waits for the Operator's corrections (items sent
  back: Perbaiki, or dikembalikan by the PPID Pelaksana), the corrected workbook may replace
  the cycle's (:func:`ganti_buku_kerja`) — but only a file sidik itself saved from an upload
  and that still holds what sidik wrote (its recorded SHA-256); otherwise refused.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pipeline.alur.jalan import catat, diarsipkan
from pipeline.atomic import tulis_atomik
from pipeline.berkas import BukanBerkasBiasa, periksa_tujuan, sha256_biasa, tolak_tautan_di_jalur
from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.ledger import buku_terkunci
from pipeline.ledger.buku import Buku, CatatanSiklus, buka_buku
from pipeline.ledger.sop import Langkah
from pipeline.ledger.unggahan import CatatanUnggahan, catat_unggahan, unggahan
from pipeline.model import Keputusan


class Sama(StrEnum):
    """How an upload meets a cycle not archived yet (message ids ``unggah.<value>``)."""

    IDENTIK = "identik"  # the same file as the cycle's workbook
    GANTI = "ganti"  # same name, waits for corrections, sidik's own upload: may be replaced
    BUKAN_MILIK = "bukan_milik"  # same name, waits for corrections, a file sidik did not write
    BERJALAN = "berjalan"  # same name, the cycle does not wait for corrections


@dataclass(frozen=True)
class SiklusSama:
    """A cycle not archived yet that the upload would open twice, and how."""

    siklus: str
    workbook: str  # relative to the workspace
    sama: Sama

    def galat(self) -> InputInvalid:
        """The refusal the page shows (for :attr:`Sama.GANTI`: the offer to replace)."""
        return InputInvalid(f"unggah.{self.sama.value}", siklus=self.siklus, workbook=self.workbook)


def catat_simpanan(config: Config, tersimpan: Path, nama: str, login: str) -> None:
    """Record that sidik saved the checked upload ``nama`` (as the browser named it) at
    ``tersimpan``, with what it wrote there."""
    with buka_buku(config.jalur.ledger) as buku:
        catat_unggahan(buku, _catatan(config, buku, tersimpan, nama, login))


def siklus_sama(config: Config, buku_kerja: Path, nama: str) -> SiklusSama | None:
    """The cycle not archived yet that the checked upload ``buku_kerja`` (sent as ``nama``)
    would open twice: the same file first, then the same name (the newest cycle first)."""
    if not config.jalur.ledger.is_file():
        return None
    with buka_buku(config.jalur.ledger) as buku:
        return _cari(config, buku, sha256_biasa(buku_kerja), nama)


def ganti_buku_kerja(config: Config, siklus_id: str, sumber: Path, nama: str, login: str) -> Path:
    """Write the corrected workbook ``sumber`` over the workbook of cycle ``siklus_id``,
    atomically, under the workspace lock, and record it (an event of step 1 with both
    SHA-256); refused (:class:`InputInvalid`) unless the upload still meets that cycle as
    :attr:`Sama.GANTI` (the file is still what sidik wrote)."""
    with buku_terkunci(config.jalur.ledger) as buku:
        siklus = buku.siklus(siklus_id)
        s = _cari(config, buku, sha256_biasa(sumber), nama, siklus)
        if s is None or s.sama is not Sama.GANTI:
            raise (s or SiklusSama(siklus.id, siklus.workbook, Sama.BERJALAN)).galat()
        tujuan, lama = config.root / s.workbook, _tercatat(buku, s.workbook)
        tolak_tautan_di_jalur(config.root, tujuan.parent)
        periksa_tujuan(tujuan, lambda p: sha256_biasa(p) == lama, arsip=config.jalur.arsip)
        tulis_atomik(tujuan, lambda p: shutil.copyfile(sumber, p))
        c = _catatan(config, buku, tujuan, nama, login)
        with buku.transaksi():
            catat_unggahan(buku, c)
            catat(
                buku, config, s.siklus, Langkah.KUMPUL, "buku_kerja_diganti",
                masuk=lama, keluar=c.sha256, keterangan=s.workbook,
            )  # fmt: skip
    return tujuan


def _cari(
    config: Config, buku: Buku, sha: str, nama: str, hanya: CatatanSiklus | None = None
) -> SiklusSama | None:
    semua = [hanya] if hanya else list(reversed(buku.semua_siklus()))
    terbuka = [s for s in semua if not diarsipkan(buku, s.id)]
    for s in terbuka:
        if _sha(config.root / s.workbook) == sha:
            return SiklusSama(s.id, s.workbook, Sama.IDENTIK)
    for s in terbuka:
        if _nama_sama(buku, s, nama):
            return SiklusSama(s.id, s.workbook, _sama(config, buku, s))
    return None


def _sama(config: Config, buku: Buku, s: CatatanSiklus) -> Sama:
    """How a differing workbook of the same name meets cycle ``s``."""
    if not _menunggu_perbaikan(buku, s.id):
        return Sama.BERJALAN
    lama = _tercatat(buku, s.workbook)  # None: sidik saved no upload there (sidik run's)
    milik = lama is not None and lama == _sha(config.root / s.workbook)
    return Sama.GANTI if milik else Sama.BUKAN_MILIK


def _menunggu_perbaikan(buku: Buku, siklus_id: str) -> bool:
    """Items were sent back (Perbaiki) and step 1 is open again: the Operator's turn."""
    kumpul = buku.langkah(siklus_id).get(Langkah.KUMPUL)
    perbaiki = buku.hitung_keputusan(siklus_id).get(Keputusan.PERBAIKI.value, 0)
    return bool(perbaiki) and kumpul is not None and kumpul.selesai is None


def _nama_sama(buku: Buku, s: CatatanSiklus, nama: str) -> bool:
    """Whether ``nama`` is the cycle's workbook's name, or the name its upload was sent as."""
    tercatat = unggahan(buku, s.workbook)
    nama_siklus = {Path(s.workbook).name} | ({tercatat.nama} if tercatat else set())
    return _nama(nama).casefold() in {n.casefold() for n in nama_siklus}


def _tercatat(buku: Buku, workbook: str) -> str | None:
    """The SHA-256 of what sidik wrote at ``workbook`` from an upload (None: it wrote none)."""
    c = unggahan(buku, workbook)
    return c.sha256 if c else None


def _catatan(config: Config, buku: Buku, berkas: Path, nama: str, login: str) -> CatatanUnggahan:
    """The record of what sidik wrote at ``berkas`` from the upload ``nama``."""
    path = berkas.relative_to(config.root).as_posix()
    return CatatanUnggahan(path, _nama(nama), sha256_biasa(berkas), login, buku.jam())


def _nama(nama: str) -> str:
    """The name the browser sent, without any folder."""
    return Path(nama.replace("\\", "/")).name


def _sha(berkas: Path) -> str | None:
    """The file's SHA-256; None when it is gone or not a regular file."""
    try:
        return sha256_biasa(berkas)
    except (FileNotFoundError, BukanBerkasBiasa):
        return None
