"""Where the visible signature goes and what it shows.

The box is found from an anchor in the rendered PDF: the signer's name line in the template's
signature block. The stamp sits in the empty space above that line, so no coordinates are
hard-coded and a user's own template works as long as it prints the signer's name.

A decree prints the signer's name twice: under its own "Ditetapkan di ... pada tanggal ..."
(where a decree is signed) and at the end of its Lampiran. There the block is the first
occurrence of the name after :data:`JANGKAR_KEPUTUSAN`; without that anchor, the last one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


class TeksPdf:
    """A PDF's text layer, open for several searches: each page and its text are loaded once
    (PDFium loads a page in a few milliseconds, and one Lembar is searched for every
    participant's name)."""

    def __init__(self, dokumen: pdfium.PdfDocument, path: Path) -> None:
        self.dokumen = dokumen
        self.path = path
        self._halaman: dict[int, tuple[float, pdfium.PdfTextPage]] = {}

    def __len__(self) -> int:
        return len(self.dokumen)

    def halaman(self, indeks: int) -> tuple[float, pdfium.PdfTextPage]:
        """Page ``indeks``'s width and its text."""
        if indeks not in self._halaman:
            h = self.dokumen[indeks]
            self._halaman[indeks] = (h.get_width(), h.get_textpage())
        return self._halaman[indeks]


@contextmanager
def buka_teks(pdf: Path) -> Iterator[TeksPdf]:
    """``pdf``'s text layer, open while the block runs; an unreadable file is refused."""
    try:
        with pdfium.PdfDocument(pdf) as dokumen:
            yield TeksPdf(dokumen, pdf)
    except pdfium.PdfiumError as e:
        raise SigningFailed("ttd.gagal", berkas=str(pdf), sebab=str(e)) from e


def cari_kotak_ttd(pdf: Path | TeksPdf, nama: str, jangkar: str | None = None) -> KotakTtd:
    """The box above the signer's name: the first occurrence of ``nama`` after ``jangkar``
    when the document has that anchor, else the last occurrence (see :func:`cari_nama`)."""
    temuan = cari_nama(pdf, nama, jangkar)
    if temuan is None:
        raise SigningFailed("ttd.blok_tidak_ada", nama=nama, berkas=_nama_berkas(pdf))
    indeks, x, y, lebar = temuan
    x1 = min(x - 2, lebar - 20 - LEBAR_KOTAK)
    y1 = y + JARAK_ATAS_NAMA
    return KotakTtd(indeks, (int(x1), int(y1), int(x1 + LEBAR_KOTAK), int(y1 + TINGGI_KOTAK)))


def cari_nama(pdf: Path | TeksPdf, nama: str, jangkar: str | None = None) -> Posisi | None:
    """(page, x, y, page width) of the signer's name ``nama``.

    With ``jangkar`` (e.g. :data:`JANGKAR_KEPUTUSAN`) present in the document: the first
    occurrence of ``nama`` below the anchor's first occurrence (on its page or a later one).
    Otherwise: the last occurrence, from the last page back. x and y are where the name's
    first letter starts, on its baseline, in PDF points. PDFium finds it in its own text layer
    (a few milliseconds a page, where a Python text extraction took ten times that);
    whitespace in ``nama`` and ``jangkar`` is normalised to single spaces. ``pdf`` may be a
    text layer already open (:func:`buka_teks`) for several searches.
    """
    if isinstance(pdf, Path):
        with buka_teks(pdf) as teks:
            return cari_nama(teks, nama, jangkar)
    awal = _temuan_pertama(pdf, jangkar, 0, None) if jangkar else None
    if awal is not None:
        return _temuan_pertama(pdf, nama, awal[0], awal[2])
    return _temuan_terakhir(pdf, nama)


def _nama_berkas(pdf: Path | TeksPdf) -> str:
    return str(pdf if isinstance(pdf, Path) else pdf.path)


def _temuan_terakhir(dokumen: TeksPdf, teks_dicari: str) -> Posisi | None:
    for indeks in range(len(dokumen) - 1, -1, -1):
        temuan = _temuan_halaman(dokumen, indeks, teks_dicari)
        if temuan:
            return temuan[-1]
    return None


def _temuan_pertama(
    dokumen: TeksPdf, teks_dicari: str, mulai: int, di_bawah: float | None
) -> Posisi | None:
    """The first occurrence from page ``mulai`` on, on that page below ``di_bawah`` (y)."""
    for indeks in range(mulai, len(dokumen)):
        for posisi in _temuan_halaman(dokumen, indeks, teks_dicari):
            if indeks > mulai or di_bawah is None or posisi[2] < di_bawah:
                return posisi
    return None


def _temuan_halaman(dokumen: TeksPdf, indeks: int, teks_dicari: str) -> list[Posisi]:
    """Every occurrence of ``teks_dicari`` on page ``indeks``, top to bottom."""
    lebar, teks = dokumen.halaman(indeks)
    cari = teks.search(" ".join(teks_dicari.split()), match_case=True)
    hasil = []
    while (cocok := cari.get_next()) is not None:
        kiri, bawah, _, _ = teks.get_charbox(cocok[0])
        hasil.append((indeks, kiri, bawah, lebar))
    return sorted(hasil, key=lambda p: -p[2])
