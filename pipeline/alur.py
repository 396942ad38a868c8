"""The cycle's workflow: sequences the stages, records each one, resumes after a crash.

Every public function here is what one ``sidik`` command does; the CLI only parses and prints.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from pipeline import siklus as kerja
from pipeline.config import Config
from pipeline.external import libreoffice
from pipeline.messages import terjemah
from pipeline.model import Arsip, Siklus
from pipeline.signing.penanda import ZONA, MintaSandi, PenandaPkcs12
from pipeline.stages.archive import archive, bersihkan_sisa, cari_arsip
from pipeline.stages.convert import convert
from pipeline.stages.paraf import paraf
from pipeline.stages.render import render
from pipeline.stages.sign import sign
from pipeline.workbook import baca_items

log = logging.getLogger(__name__)
Lapor = Callable[[str], None]


def _diam(_: str) -> None:
    """Default progress sink: say nothing."""


@dataclass(frozen=True)
class HasilLangkah:
    """What one stage did: the cycle, the stage, how many documents, and where they are."""

    siklus: Siklus
    langkah: str
    jumlah: int
    folder: Path


@dataclass(frozen=True)
class HasilSiklus:
    """What ``sidik run`` did: the cycle and its archive (``baru`` False if filed before)."""

    siklus: Siklus
    arsip: Arsip


def langkah_render(
    config: Config, workbook: Path, tanggal: date | None = None, lapor: Lapor = _diam
) -> HasilLangkah:
    """SOP step 1 output: validate the workbook, open the cycle, render its DOCX."""
    items = baca_items(workbook, config)
    siklus = kerja.buka(config.jalur.keluaran, workbook, items, tanggal or hari_ini())
    lapor(terjemah("langkah.render", jumlah=len(items) + 1))
    dokumen = render(items, siklus, config)
    kerja.simpan_tahap(siklus, "render", dokumen)
    return HasilLangkah(siklus, "render", len(dokumen), siklus.folder_kerja / "docx")


def langkah_convert(
    config: Config, siklus_id: str | None = None, lapor: Lapor = _diam
) -> HasilLangkah:
    """Convert the cycle's DOCX to PDF/A in batched LibreOffice processes."""
    siklus = kerja.muat(config.jalur.keluaran, siklus_id)
    dokumen, _ = kerja.muat_tahap(siklus, "render", "convert")
    versi = libreoffice.versi(config.jalur.libreoffice)  # also: is it installed at all?
    lapor(terjemah("langkah.convert", jumlah=len(dokumen)))
    pdf = convert(dokumen, siklus, config)
    kerja.simpan_tahap(siklus, "convert", pdf, {"libreoffice": versi})
    return HasilLangkah(siklus, "convert", len(pdf), siklus.folder_kerja / "pdf")


def langkah_paraf(
    config: Config, siklus_id: str | None = None, lapor: Lapor = _diam
) -> HasilLangkah:
    """SOP step 2: the PPID Pelaksana's paraf on every page."""
    siklus = kerja.muat(config.jalur.keluaran, siklus_id)
    dokumen, info = kerja.muat_tahap(siklus, "convert", "paraf")
    lapor(terjemah("langkah.paraf", jumlah=len(dokumen)))
    hasil = paraf(dokumen, siklus, config)
    kerja.simpan_tahap(siklus, "paraf", hasil, info)
    return HasilLangkah(siklus, "paraf", len(hasil), siklus.folder_kerja / "paraf")


def langkah_sign(
    config: Config,
    siklus_id: str | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = _diam,
    penanda: PenandaPkcs12 | None = None,
) -> HasilLangkah:
    """SOP step 4: the Atasan PPID's PAdES signature on every initialled document."""
    siklus = kerja.muat(config.jalur.keluaran, siklus_id)
    dokumen, info = kerja.muat_tahap(siklus, "paraf", "sign")
    penanda = penanda or PenandaPkcs12(config.penandatanganan, config.atasan_ppid, minta_sandi)
    lapor(terjemah("langkah.sign", jumlah=len(dokumen)))
    hasil = sign(dokumen, siklus, config, penanda)
    kerja.simpan_tertandatangan(
        siklus,
        hasil,
        {
            **info,
            "sertifikat": {
                "subjek": penanda.sertifikat.subject.human_friendly,
                "penerbit": penanda.sertifikat.issuer.human_friendly,
                "serial": str(penanda.sertifikat.serial_number),
                "sha256": penanda.sertifikat.sha256.hex(),
            },
        },
    )
    return HasilLangkah(siklus, "sign", len(hasil), siklus.folder_kerja / "ttd")


def langkah_archive(
    config: Config, siklus_id: str | None = None, lapor: Lapor = _diam
) -> HasilSiklus:
    """SOP step 5: file the signed documents with their manifest (once per cycle)."""
    siklus = kerja.muat(config.jalur.keluaran, siklus_id)
    ada = cari_arsip(config.jalur.keluaran, siklus.id)
    if ada is not None:
        return HasilSiklus(siklus, Arsip(ada, ada / "manifest.json", baru=False))
    dokumen, info = kerja.muat_tertandatangan(siklus)
    bersihkan_sisa(config.jalur.keluaran)
    lapor(terjemah("langkah.archive", jumlah=len(dokumen)))
    arsip = archive(dokumen, siklus, config.jalur.keluaran, _keterangan(config, info))
    kerja.simpan_tahap(
        siklus, "archive", [d.dokumen for d in dokumen], {"arsip": str(arsip.folder)}
    )
    return HasilSiklus(siklus, arsip)


def jalankan_siklus(
    config: Config,
    workbook: Path,
    *,
    tanggal: date | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = _diam,
) -> HasilSiklus:
    """``sidik run``: take the workbook's cycle from rendering to the archive, resuming."""
    items = baca_items(workbook, config)
    siklus = kerja.buka(config.jalur.keluaran, workbook, items, tanggal or hari_ini())
    ada = cari_arsip(config.jalur.keluaran, siklus.id)
    if ada is not None:
        return HasilSiklus(siklus, Arsip(ada, ada / "manifest.json", baru=False))
    # Load the key first: a wrong passphrase should fail before minutes of conversion.
    penanda = None
    if not kerja.selesai(siklus, "sign"):
        penanda = PenandaPkcs12(config.penandatanganan, config.atasan_ppid, minta_sandi)
    if not kerja.selesai(siklus, "render"):
        langkah_render(config, workbook, siklus.tanggal, lapor)
    if not kerja.selesai(siklus, "convert"):
        langkah_convert(config, siklus.id, lapor)
    if not kerja.selesai(siklus, "paraf"):
        langkah_paraf(config, siklus.id, lapor)
    if not kerja.selesai(siklus, "sign"):
        langkah_sign(config, siklus.id, minta_sandi, lapor, penanda)
    return langkah_archive(config, siklus.id, lapor)


def hari_ini() -> date:
    """Today in the agency's time zone (WIB)."""
    return datetime.now(ZONA).date()


def _keterangan(config: Config, info: dict[str, Any]) -> dict[str, Any]:
    a = config.atasan_ppid
    return {
        "instansi": {"pemerintah": config.instansi.pemerintah, "dinas": config.instansi.dinas},
        "penanda_tangan": {
            "nama": a.nama,
            "jabatan": a.jabatan,
            "nip": a.nip,
            "sertifikat": info.get("sertifikat", {}),
        },
        "pades": "B-B",
        "alat": {"libreoffice": info.get("libreoffice", ""), **versi_pustaka()},
    }


def versi_pustaka() -> dict[str, str]:
    """Versions of Python and the libraries that shape the output."""
    hasil = {"python": platform.python_version()}
    for nama in ("pyhanko", "pyhanko-certvalidator", "pypdf", "docxtpl", "openpyxl", "reportlab"):
        try:
            hasil[nama] = version(nama)
        except PackageNotFoundError:
            hasil[nama] = ""
    return hasil
