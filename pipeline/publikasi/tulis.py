"""The write side of publishing: the signed DIK as XLSX, CSV and an accessible HTML page.

Each export lists every item with the text the signed documents print (Pasal 17 citation from
``pasal17.json``, period in words) and where its signed PDFs are, its own Lembar and the decree
that determines the list: a URL from ``[publikasi] url_pdf`` or, without one, the path
relative to the export folder. The signed DIK is linked once, not on every row: above the
table on the page, on the sheet "Dokumen" of the XLSX beside the decree. Text that a spreadsheet
could run as a formula is neutralised: XLSX cells through :func:`pipeline.workbook.aman.sel_aman`
(kept as text, quote-prefixed), CSV fields with a leading apostrophe (CSV has no cell styles).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.atomic import tulis_atomik
from pipeline.berkas import tolak_bukan_biasa
from pipeline.config import Config
from pipeline.messages import terjemah
from pipeline.publikasi.halaman import DokumenTerbit, halaman_html
from pipeline.publikasi.sumber import Terbitan
from pipeline.stages.konteks import konteks_item
from pipeline.workbook.aman import AWALAN_RUMUS, sel_aman

FOLDER_PUBLIKASI = "publikasi"
KOLOM_DIK = (  # the DIK's columns (Perki 1/2021), in every export of it
    "No",
    "Informasi yang Dikecualikan",
    "Uraian",
    "Unit Kerja",
    "Dasar Hukum",
    "Konsekuensi bila Dibuka",
    "Jangka Waktu",
    "Keterangan",
)
JUDUL = (
    *KOLOM_DIK,
    "Lembar Pengujian Konsekuensi (PDF)",
    "Surat Keputusan (PDF)",
)
_LEBAR = (5, 40, 40, 25, 40, 45, 15, 25, 40, 40)
JUDUL_DOKUMEN = ("Dokumen", "Alamat (PDF)")


@dataclass(frozen=True)
class HasilPublikasi:
    """The files written for one cycle."""

    siklus: str
    folder: Path
    berkas: tuple[Path, ...]
    jumlah: int
    tautan_relatif: bool  # no ``[publikasi] url_pdf``: links break once uploaded


def terbitkan(terbitan: Terbitan, config: Config) -> HasilPublikasi:
    """Write ``output/publikasi/<cycle>/dik-<cycle>.{xlsx,csv,html}``."""
    folder = config.jalur.keluaran / FOLDER_PUBLIKASI / terbitan.siklus
    baris = baris_publikasi(terbitan, config, folder)
    dokumen = dokumen_terbit(terbitan, config, folder)
    dasar = folder / nama_berkas(terbitan.siklus)
    berkas = tulis_semua(
        [
            (dasar.with_suffix(".xlsx"), lambda p: _xlsx(baris, dokumen).save(p)),
            (dasar.with_suffix(".csv"), teks(_csv(baris))),
            (dasar.with_suffix(".html"), teks(_html(terbitan, config, baris, dokumen))),
        ]
    )
    tanpa_url = not config.publikasi.url_pdf
    return HasilPublikasi(terbitan.siklus, folder, berkas, len(baris), tanpa_url)


Penulis = Callable[[Path], object]  # writes one export into the temporary path it is given


def tulis_semua(berkas: Sequence[tuple[Path, Penulis]]) -> tuple[Path, ...]:
    """Write every export atomically, once none of their places is refused (a symlink, folder
    or special file): a refused export leaves the others as they were, not half renewed."""
    for tujuan, _ in berkas:
        tolak_bukan_biasa(tujuan)
    return tuple(tulis_atomik(tujuan, penulis) for tujuan, penulis in berkas)


def teks(isi: str) -> Penulis:
    """A writer of UTF-8 ``isi``."""
    return lambda p: p.write_text(isi, encoding="utf-8")


def nama_berkas(siklus: str) -> str:
    """``dik-<cycle>`` for a cycle id with or without its own ``dik-`` (never ``dik-dik-``)."""
    return f"dik-{siklus.removeprefix('dik-')}"


def dokumen_terbit(terbitan: Terbitan, config: Config, folder: Path) -> DokumenTerbit:
    """The addresses of the cycle's signed decree (None when not archived) and DIK."""
    keputusan = terbitan.keputusan_pdf
    return DokumenTerbit(
        keputusan=alamat_pdf(keputusan, config, folder) if keputusan else None,
        daftar=alamat_pdf(terbitan.daftar_pdf, config, folder),
    )


def _html(
    terbitan: Terbitan, config: Config, baris: list[tuple[str, ...]], dokumen: DokumenTerbit
) -> str:
    """The page: the DIK and decree linked once above the table, each row its own Lembar."""
    return halaman_html(terbitan, config, JUDUL[:-1], [b[:-1] for b in baris], dokumen)


def baris_publikasi(terbitan: Terbitan, config: Config, folder: Path) -> list[tuple[str, ...]]:
    """One row of text per item, in :data:`JUDUL` order: its own Lembar, then the decree."""
    keputusan = terbitan.keputusan_pdf
    sk = alamat_pdf(keputusan, config, folder) if keputusan else ""
    hasil = []
    for item in terbitan.items:
        isi = konteks_item(item, config)
        lembar = terbitan.lembar_pdf.get(item.no)
        hasil.append(
            (
                str(item.no),
                *(str(isi[k]) for k in ("judul", "uraian", "unit_kerja", "dasar_hukum")),
                *(str(isi[k]) for k in ("konsekuensi", "jangka_waktu", "keterangan")),
                alamat_pdf(lembar, config, folder) if lembar else "",
                sk,
            )
        )
    return hasil


def alamat_pdf(pdf: Path, config: Config, folder: Path) -> str:
    """Where a signed PDF is: the configured URL pattern, or the path relative to ``folder``."""
    pola = config.publikasi.url_pdf
    if not pola:
        return Path(os.path.relpath(pdf, folder)).as_posix()
    tahun, bulan, hari = pdf.parent.parts[-4:-1]
    return pola.format(tahun=tahun, bulan=bulan, hari=hari, siklus=pdf.parent.name, berkas=pdf.name)


def _csv(baris: list[tuple[str, ...]]) -> str:
    return teks_csv(JUDUL, baris)


def teks_csv(judul: Sequence[str], baris: Sequence[Sequence[str]]) -> str:
    """A CSV file's text: the header row, then ``baris``, each field safe from formulas."""
    buf = io.StringIO()
    penulis = csv.writer(buf, lineterminator="\r\n")
    penulis.writerow(judul)
    penulis.writerows([[teks_csv_aman(sel) for sel in b] for b in baris])
    return "\ufeff" + buf.getvalue()  # BOM: Excel then reads the file as UTF-8


def _xlsx(baris: list[tuple[str, ...]], dokumen: DokumenTerbit) -> Workbook:
    """Sheet "DIK": the items; sheet "Dokumen": the signed decree and DIK, each linked once."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "DIK"
    isi_lembar(ws, JUDUL, _LEBAR, baris)
    isi = [("publikasi.halaman.daftar", dokumen.daftar)]
    if dokumen.keputusan:
        isi.insert(0, ("publikasi.halaman.keputusan", dokumen.keputusan))
    dok = [(terjemah(m, "id"), alamat) for m, alamat in isi]  # as JUDUL: the Indonesian list
    isi_lembar(wb.create_sheet("Dokumen"), JUDUL_DOKUMEN, (70, 80), dok)
    return wb


def isi_lembar(
    ws: Worksheet, judul: Sequence[str], lebar: Sequence[int], baris: Sequence[Sequence[str]]
) -> None:
    """Fill a sheet: a bold, frozen header row, then ``baris`` as text, wrapped, top-aligned."""
    ws.append(list(judul))
    for r, b in enumerate(baris, start=2):
        for c, nilai in enumerate(b, start=1):
            sel_aman(ws.cell(row=r, column=c), nilai)
    for sel in ws[1]:
        sel.font = Font(bold=True)
    for kolom, lebar_kolom in zip(ws.columns, lebar, strict=True):
        ws.column_dimensions[kolom[0].column_letter].width = lebar_kolom
        for sel in kolom:
            sel.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"


def teks_csv_aman(teks: str) -> str:
    """A CSV field that no spreadsheet runs as a formula: a leading ``'`` where needed."""
    return "'" + teks if teks.startswith(AWALAN_RUMUS) else teks
