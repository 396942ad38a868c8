"""Where the visible signature goes and what it shows.

The box is found from an anchor in the rendered PDF: the signer's name line in the template's
signature block. The stamp sits in the empty space above that line, so no coordinates are
hard-coded and a user's own template works as long as it prints the signer's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.errors import SigningFailed

LEBAR_KOTAK, TINGGI_KOTAK, JARAK_ATAS_NAMA = 230.0, 70.0, 14.0


@dataclass(frozen=True)
class KotakTtd:
    """The visible signature's page (0-based) and box (x1, y1, x2, y2) in PDF points."""

    halaman: int
    kotak: tuple[int, int, int, int]


def cari_kotak_ttd(pdf: Path, nama: str) -> KotakTtd:
    """The box above the last occurrence of ``nama``, searching from the last page back."""
    temuan = cari_nama(pdf, nama)
    if temuan is None:
        raise SigningFailed("ttd.blok_tidak_ada", nama=nama, berkas=str(pdf))
    indeks, x, y, lebar = temuan
    x1 = min(x - 2, lebar - 20 - LEBAR_KOTAK)
    y1 = y + JARAK_ATAS_NAMA
    return KotakTtd(indeks, (int(x1), int(y1), int(x1 + LEBAR_KOTAK), int(y1 + TINGGI_KOTAK)))


def cari_nama(pdf: Path, nama: str) -> tuple[int, float, float, float] | None:
    """(page, x, y, page width) of the last occurrence of ``nama``, from the last page back.

    x and y are where the name's first letter starts, on its baseline, in PDF points. PDFium
    finds it in its own text layer (a few milliseconds a page, where a Python text extraction
    took ten times that); whitespace in ``nama`` is normalised to single spaces.
    """
    dicari = " ".join(nama.split())
    try:
        with pdfium.PdfDocument(pdf) as dokumen:
            for indeks in range(len(dokumen) - 1, -1, -1):
                halaman = dokumen[indeks]
                teks = halaman.get_textpage()
                cari = teks.search(dicari, match_case=True)
                terakhir = None
                while (cocok := cari.get_next()) is not None:
                    terakhir = cocok
                if terakhir is not None:
                    kiri, bawah, _, _ = teks.get_charbox(terakhir[0])
                    return indeks, kiri, bawah, halaman.get_width()
    except pdfium.PdfiumError as e:
        raise SigningFailed("ttd.gagal", berkas=str(pdf), sebab=str(e)) from e
    return None
