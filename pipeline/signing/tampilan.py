"""Where the visible signature goes and what it shows.

The box is found from an anchor in the rendered PDF: the signer's name line in the template's
signature block. The stamp sits in the empty space above that line, so no coordinates are
hard-coded and a user's own template works as long as it prints the signer's name.

A decree prints the signer's name twice: under its own "Ditetapkan di ... pada tanggal ..."
(where a decree is signed) and at the end of its Lampiran. There the block is the first
occurrence of the name after :data:`JANGKAR_KEPUTUSAN`; without that anchor, the last one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.errors import SigningFailed

LEBAR_KOTAK, TINGGI_KOTAK, JARAK_ATAS_NAMA = 230.0, 70.0, 14.0
JANGKAR_KEPUTUSAN = "Ditetapkan di"  # the decree's own signature block begins so
Posisi = tuple[int, float, float, float]  # page, x, y (baseline), page width


def jangkar_untuk(jenis: str) -> str | None:
    """The anchor of ``jenis``'s signature block (a decree's), None for the other documents."""
    return JANGKAR_KEPUTUSAN if jenis == "surat_keputusan" else None


@dataclass(frozen=True)
class KotakTtd:
    """The visible signature's page (0-based) and box (x1, y1, x2, y2) in PDF points."""

    halaman: int
    kotak: tuple[int, int, int, int]


def cari_kotak_ttd(pdf: Path, nama: str, jangkar: str | None = None) -> KotakTtd:
    """The box above the signer's name: the first occurrence of ``nama`` after ``jangkar``
    when the document has that anchor, else the last occurrence (see :func:`cari_nama`)."""
    temuan = cari_nama(pdf, nama, jangkar)
    if temuan is None:
        raise SigningFailed("ttd.blok_tidak_ada", nama=nama, berkas=str(pdf))
    indeks, x, y, lebar = temuan
    x1 = min(x - 2, lebar - 20 - LEBAR_KOTAK)
    y1 = y + JARAK_ATAS_NAMA
    return KotakTtd(indeks, (int(x1), int(y1), int(x1 + LEBAR_KOTAK), int(y1 + TINGGI_KOTAK)))


def cari_nama(pdf: Path, nama: str, jangkar: str | None = None) -> Posisi | None:
    """(page, x, y, page width) of the signer's name ``nama``.

    With ``jangkar`` (e.g. :data:`JANGKAR_KEPUTUSAN`) present in the document: the first
    occurrence of ``nama`` below the anchor's first occurrence (on its page or a later one).
    Otherwise: the last occurrence, from the last page back. x and y are where the name's
    first letter starts, on its baseline, in PDF points. PDFium finds it in its own text layer
    (a few milliseconds a page, where a Python text extraction took ten times that);
    whitespace in ``nama`` and ``jangkar`` is normalised to single spaces.
    """
    try:
        with pdfium.PdfDocument(pdf) as dokumen:
            awal = _temuan_pertama(dokumen, jangkar, 0, None) if jangkar else None
            if awal is not None:
                return _temuan_pertama(dokumen, nama, awal[0], awal[2])
            return _temuan_terakhir(dokumen, nama)
    except pdfium.PdfiumError as e:
        raise SigningFailed("ttd.gagal", berkas=str(pdf), sebab=str(e)) from e


def _temuan_terakhir(dokumen: pdfium.PdfDocument, teks_dicari: str) -> Posisi | None:
    for indeks in range(len(dokumen) - 1, -1, -1):
        temuan = _temuan_halaman(dokumen, indeks, teks_dicari)
        if temuan:
            return temuan[-1]
    return None


def _temuan_pertama(
    dokumen: pdfium.PdfDocument, teks_dicari: str, mulai: int, di_bawah: float | None
) -> Posisi | None:
    """The first occurrence from page ``mulai`` on, on that page below ``di_bawah`` (y)."""
    for indeks in range(mulai, len(dokumen)):
        for posisi in _temuan_halaman(dokumen, indeks, teks_dicari):
            if indeks > mulai or di_bawah is None or posisi[2] < di_bawah:
                return posisi
    return None


def _temuan_halaman(dokumen: pdfium.PdfDocument, indeks: int, teks_dicari: str) -> list[Posisi]:
    """Every occurrence of ``teks_dicari`` on page ``indeks``, top to bottom."""
    halaman = dokumen[indeks]
    teks = halaman.get_textpage()
    cari = teks.search(" ".join(teks_dicari.split()), match_case=True)
    hasil = []
    while (cocok := cari.get_next()) is not None:
        kiri, bawah, _, _ = teks.get_charbox(cocok[0])
        hasil.append((indeks, kiri, bawah, halaman.get_width()))
    return sorted(hasil, key=lambda p: -p[2])
