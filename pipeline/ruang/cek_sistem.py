"""Checks of the machine and the workspace: LibreOffice, fonts, templates, ledger, disk."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from pipeline.config import Config
from pipeline.errors import SidikError
from pipeline.external import fontconfig, probe
from pipeline.fonts import cari_font
from pipeline.ledger.kesehatan import periksa_ledger
from pipeline.messages import terjemah
from pipeline.ruang.temuan import Temuan, dari_galat, dilewati, gagal, lulus
from pipeline.stages.templat import HasilPeriksa, periksa_folder

BATAS_DISK_MB = 200
"""Less free space than this where the archive is written fails the check."""

# Fonts LibreOffice swaps in with the same metrics, so the layout does not move.
SEUKURAN = {
    "arial": ("liberation sans", "arimo"),
    "times new roman": ("liberation serif", "tinos"),
    "courier new": ("liberation mono", "cousine"),
    "calibri": ("carlito",),
    "cambria": ("caladea",),
}
_FONT_XML = re.compile(r'w:ascii="([^"]+)"')


def libreoffice(config: Config) -> Temuan:
    """LibreOffice is installed (on PATH, in [jalur] libreoffice, or its usual place)."""
    try:
        versi = probe.versi(probe.SOFFICE, config.jalur.libreoffice)
    except SidikError as e:
        return dari_galat("libreoffice", e, "dokter.saran.libreoffice")
    return lulus("libreoffice", "dokter.libreoffice", versi=versi)


def font_templat(folder: Path) -> list[str]:
    """The fonts the templates in ``folder`` set: document defaults, Normal style, runs."""
    nama: set[str] = set()
    for docx in sorted(folder.glob("*.docx")):
        try:
            with zipfile.ZipFile(docx) as z:
                for bagian in z.namelist():
                    if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", bagian):
                        nama |= set(_FONT_XML.findall(z.read(bagian).decode("utf-8")))
                    elif bagian == "word/styles.xml":
                        nama |= _font_gaya_dasar(z.read(bagian).decode("utf-8"))
        except (zipfile.BadZipFile, OSError, UnicodeDecodeError):
            continue  # a broken template is the templates check's to report
    return sorted(nama)


def _font_gaya_dasar(styles: str) -> set[str]:
    dasar = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S)
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S)
    return {f for m in (dasar, normal) if m for f in _FONT_XML.findall(m.group(0))}


def font(config: Config) -> list[Temuan]:
    """Each font of the templates is installed or has a same-metric substitute."""
    hasil = [_font_satu(nama) for nama in font_templat(config.jalur.templat)]
    for gaya in ("biasa", "stempel"):  # the fonts sidik embeds in paraf and stamp
        try:
            hasil.append(lulus("font", "dokter.font_tanam", berkas=str(cari_font(gaya))))
        except SidikError as e:
            hasil.append(dari_galat("font", e, "dokter.saran.font_tanam"))
    return hasil


def _font_satu(nama: str) -> Temuan:
    pengganti = fontconfig.cocokkan(nama)
    if pengganti is None:
        return dilewati("font", "dokter.font_tanpa_fontconfig", font=nama)
    if pengganti.casefold() == nama.casefold():
        return lulus("font", "dokter.font_ada", font=nama)
    if pengganti.casefold() in SEUKURAN.get(nama.casefold(), ()):
        return lulus("font", "dokter.font_seukuran", font=nama, pengganti=pengganti)
    return gagal("font", "dokter.font_diganti", "dokter.saran.font", font=nama, pengganti=pengganti)


def templat(config: Config) -> Temuan:
    """The templates pass ``sidik templates check``."""
    try:
        hasil = periksa_folder(config.jalur.templat, config)
    except zipfile.BadZipFile as e:  # a template that is not a DOCX at all
        sebab = terjemah("templat.rusak", templat=str(config.jalur.templat), sebab=str(e))
        return gagal("templat", "dokter.templat_gagal", "dokter.saran.templat", sebab=sebab)
    masalah = [_masalah_templat(h) for h in hasil if not h.sah]
    if masalah:
        return gagal(
            "templat", "dokter.templat_gagal", "dokter.saran.templat", sebab=" ".join(masalah)
        )
    return lulus("templat", "dokter.templat", jumlah=len(hasil), folder=str(config.jalur.templat))


def _masalah_templat(h: HasilPeriksa) -> str:
    if h.galat is not None:
        return h.galat.pesan()
    teks = []
    if h.tidak_dikenal:
        nama = ", ".join(h.tidak_dikenal)
        teks.append(terjemah("templat.periksa_tidak_dikenal", templat=h.path, nama=nama))
    if h.tidak_ada:
        nama = ", ".join(h.tidak_ada)
        teks.append(terjemah("templat.periksa_tidak_ada", templat=h.path, nama=nama))
    return " ".join(teks)


def ledger(config: Config) -> Temuan:
    """The ledger is readable and its schema is one this sidik knows (or will migrate)."""
    berkas = config.jalur.ledger
    k = periksa_ledger(berkas)
    if not k.ada:
        return lulus("ledger", "dokter.ledger_belum_ada", berkas=str(berkas))
    if k.masalah:
        return gagal(
            "ledger",
            "dokter.ledger_rusak",
            "dokter.saran.ledger",
            berkas=str(berkas),
            sebab=k.masalah,
        )
    if k.versi > k.dikenal:
        return gagal(
            "ledger",
            "ledger.versi_baru",
            "dokter.saran.ledger_baru",
            berkas=str(berkas),
            versi=k.versi,
            dikenal=k.dikenal,
        )
    pesan = "dokter.ledger" if k.versi == k.dikenal else "dokter.ledger_migrasi"
    return lulus("ledger", pesan, berkas=str(berkas), versi=k.versi, dikenal=k.dikenal)


def _folder_ada(path: Path) -> Path:
    """``path`` or its nearest existing ancestor."""
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def keluaran(config: Config) -> Temuan:
    """sidik can write into the output folder (or create it)."""
    folder = config.jalur.keluaran
    ada = _folder_ada(folder)
    if not ada.is_dir():
        return gagal(
            "keluaran", "dokter.keluaran_bukan_folder", "dokter.saran.keluaran", folder=str(ada)
        )
    try:
        fd, nama = tempfile.mkstemp(prefix=".sidik-doctor-", dir=ada)
        os.close(fd)
        os.unlink(nama)
    except OSError as e:
        return gagal(
            "keluaran",
            "dokter.keluaran_tidak_dapat_ditulis",
            "dokter.saran.keluaran",
            folder=str(ada),
            sebab=e.strerror or str(e),
        )
    return lulus("keluaran", "dokter.keluaran", folder=str(folder))


def disk(config: Config) -> Temuan:
    """Enough free space where the archive is written."""
    ada = _folder_ada(config.jalur.keluaran)
    bebas = shutil.disk_usage(ada).free // (1024 * 1024)
    if bebas < BATAS_DISK_MB:
        return gagal(
            "disk",
            "dokter.disk_penuh",
            "dokter.saran.disk",
            folder=str(ada),
            bebas=bebas,
            batas=BATAS_DISK_MB,
        )
    return lulus("disk", "dokter.disk", folder=str(ada), bebas=bebas)
