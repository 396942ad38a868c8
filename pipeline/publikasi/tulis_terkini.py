"""The write side of the body's current DIK: ``output/publikasi/dik-terkini.*``.

The exemptions in force, each row with the text its signed Lembar prints and links to that
Lembar and to the Surat Keputusan of the cycle that set it; apart, the exemptions that ended
("pengecualian berakhir"), with the day, the cycle and the reason that ended each. XLSX (two
sheets), CSV (``dik-terkini.csv`` and ``dik-terkini-berakhir.csv``) and one HTML page. Column
headings and the reasons are the list's legal words and stay Indonesian, as in the per-cycle
export (:mod:`pipeline.publikasi.tulis`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from pipeline.config import Config
from pipeline.ledger.dik_kini import ItemKini
from pipeline.publikasi.halaman_terkini import halaman_terkini
from pipeline.publikasi.terkini import DikTerkini, sebab
from pipeline.publikasi.tulis import (
    FOLDER_PUBLIKASI,
    KOLOM_DIK,
    alamat_pdf,
    isi_lembar,
    teks,
    teks_csv,
    tulis_semua,
)
from pipeline.stages.konteks import konteks_item

NAMA_TERKINI = "dik-terkini"
JUDUL_TERKINI = (
    *KOLOM_DIK,
    "Ditetapkan",
    "Berlaku sampai",
    "Siklus",
    "Lembar Pengujian Konsekuensi (PDF)",
    "Surat Keputusan (PDF)",
    "Daftar bertanda tangan (PDF)",
)
_LEBAR_TERKINI = (5, 40, 40, 25, 40, 45, 15, 25, 12, 14, 18, 40, 40, 40)
JUDUL_BERAKHIR = (
    "No",
    "Informasi yang Dikecualikan",
    "Unit Kerja",
    "Dasar Hukum",
    "Jangka Waktu",
    "Ditetapkan",
    "Siklus",
    "Berakhir",
    "Sebab",
    "Siklus yang mengakhiri",
    "Lembar Pengujian Konsekuensi (PDF)",
    "Lembar pengujian ulang (PDF)",
)
_LEBAR_BERAKHIR = (5, 40, 25, 40, 15, 12, 18, 12, 40, 18, 40, 40)


@dataclass(frozen=True)
class HasilTerkini:
    """The files written for the current DIK."""

    folder: Path
    berkas: tuple[Path, ...]
    jumlah: int
    berakhir: int
    siklus: int  # how many archived cycles it was read from
    tautan_relatif: bool  # no ``[publikasi] url_pdf``: links break once uploaded


def terbitkan_terkini(terkini: DikTerkini, config: Config) -> HasilTerkini:
    """Write ``output/publikasi/dik-terkini.{xlsx,csv,html}`` and ``dik-terkini-berakhir.csv``."""
    folder = config.jalur.keluaran / FOLDER_PUBLIKASI
    k = terkini.kini
    berlaku = [baris_berlaku(terkini, i, n, config, folder) for n, i in _nomor(k.berlaku)]
    berakhir = [baris_berakhir(terkini, i, n, config, folder) for n, i in _nomor(k.berakhir)]
    dasar = folder / NAMA_TERKINI
    html = halaman_terkini(terkini, config, lambda pdf: _alamat(pdf, config, folder))
    berkas = tulis_semua(
        [
            (dasar.with_suffix(".xlsx"), lambda p: _xlsx(berlaku, berakhir).save(p)),
            (dasar.with_suffix(".csv"), teks(teks_csv(JUDUL_TERKINI, berlaku))),
            (folder / f"{NAMA_TERKINI}-berakhir.csv", teks(teks_csv(JUDUL_BERAKHIR, berakhir))),
            (dasar.with_suffix(".html"), teks(html)),
        ]
    )
    tanpa_url = not config.publikasi.url_pdf
    return HasilTerkini(folder, berkas, len(berlaku), len(berakhir), k.jumlah_siklus, tanpa_url)


def _nomor(daftar: tuple[ItemKini, ...]) -> list[tuple[int, ItemKini]]:
    return list(enumerate(daftar, 1))


def baris_berlaku(
    terkini: DikTerkini, i: ItemKini, no: int, config: Config, folder: Path
) -> tuple[str, ...]:
    """One exemption in force, in :data:`JUDUL_TERKINI` order (dates ISO, links last)."""
    isi = konteks_item(i.item, config)
    t = terkini.penetap(i)
    return (
        str(no),
        *(str(isi[k]) for k in ("judul", "uraian", "unit_kerja", "dasar_hukum")),
        *(str(isi[k]) for k in ("konsekuensi", "jangka_waktu", "keterangan")),
        i.ditetapkan.isoformat(),
        i.berakhir.isoformat() if i.berakhir else "",
        i.siklus,
        _alamat(terkini.lembar(i.siklus, i.no), config, folder),
        _alamat(t.keputusan_pdf, config, folder),
        _alamat(t.daftar_pdf, config, folder),
    )


def baris_berakhir(
    terkini: DikTerkini, i: ItemKini, no: int, config: Config, folder: Path
) -> tuple[str, ...]:
    """One ended exemption, in :data:`JUDUL_BERAKHIR` order: what was set, what ended it."""
    isi = konteks_item(i.item, config)
    dibuka = i.dibuka
    ulang = terkini.lembar(dibuka.siklus, dibuka.no) if dibuka else None
    return (
        str(no),
        *(str(isi[k]) for k in ("judul", "unit_kerja", "dasar_hukum", "jangka_waktu")),
        i.ditetapkan.isoformat(),
        i.siklus,
        i.berakhir.isoformat() if i.berakhir else "",
        sebab(i),
        i.diakhiri_oleh,
        _alamat(terkini.lembar(i.siklus, i.no), config, folder),
        _alamat(ulang, config, folder),
    )


def _alamat(pdf: Path | None, config: Config, folder: Path) -> str:
    return alamat_pdf(pdf, config, folder) if pdf else ""


def _xlsx(berlaku: list[tuple[str, ...]], berakhir: list[tuple[str, ...]]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "DIK"
    isi_lembar(ws, JUDUL_TERKINI, _LEBAR_TERKINI, berlaku)
    isi_lembar(wb.create_sheet("Pengecualian berakhir"), JUDUL_BERAKHIR, _LEBAR_BERAKHIR, berakhir)
    return wb
