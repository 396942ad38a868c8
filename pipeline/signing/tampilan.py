"""Where the visible signature goes and what it shows.

The box is found from an anchor in the rendered PDF: the signer's name line in the template's
signature block. The stamp sits in the empty space above that line, so no coordinates are
hard-coded and a user's own template works as long as it prints the signer's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from pipeline.errors import SigningFailed

LEBAR_KOTAK, TINGGI_KOTAK, JARAK_ATAS_NAMA = 230.0, 70.0, 14.0


@dataclass(frozen=True)
class KotakTtd:
    """The visible signature's page (0-based) and box (x1, y1, x2, y2) in PDF points."""

    halaman: int
    kotak: tuple[int, int, int, int]


def cari_kotak_ttd(pdf: Path, nama: str) -> KotakTtd:
    """The box above the last occurrence of ``nama``, searching from the last page back."""
    pembaca = PdfReader(pdf)
    temuan = _cari(pembaca, nama)
    if temuan is None:
        raise SigningFailed("ttd.blok_tidak_ada", nama=nama, berkas=str(pdf))
    indeks, x, y = temuan
    lebar = float(pembaca.pages[indeks].mediabox.width)
    x1 = min(x - 2, lebar - 20 - LEBAR_KOTAK)
    y1 = y + JARAK_ATAS_NAMA
    return KotakTtd(indeks, (int(x1), int(y1), int(x1 + LEBAR_KOTAK), int(y1 + TINGGI_KOTAK)))


def cari_nama(pdf: Path, nama: str) -> tuple[int, float, float] | None:
    """(page, x, y) of the last line holding ``nama``, searching from the last page back."""
    return _cari(PdfReader(pdf), nama)


def _cari(pembaca: PdfReader, nama: str) -> tuple[int, float, float] | None:
    for indeks in range(len(pembaca.pages) - 1, -1, -1):
        posisi = _posisi_teks(pembaca.pages[indeks], nama)
        if posisi is not None:
            return indeks, posisi[0], posisi[1]
    return None


def _posisi_teks(halaman, dicari: str) -> tuple[float, float] | None:  # type: ignore[no-untyped-def]
    """(x, y) of the start of the last text line containing ``dicari`` on the page."""
    baris: dict[int, list[tuple[float, str]]] = {}

    def kunjungi(teks, cm, tm, font, ukuran):  # type: ignore[no-untyped-def]
        if not teks.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        baris.setdefault(round(y), []).append((x, teks))

    halaman.extract_text(visitor_text=kunjungi)
    target = " ".join(dicari.split())
    temuan = None
    for y in sorted(baris, reverse=True):
        potongan = sorted(baris[y])
        teks = " ".join("".join(t for _, t in potongan).split())
        if target in teks:
            temuan = (potongan[0][0], float(y))
    return temuan
