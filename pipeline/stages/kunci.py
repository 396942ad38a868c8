"""The keys (and file stems) of a cycle's documents: light enough for every module to import."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.model import Item, RapatTim

KUNCI_DAFTAR = "daftar"
KUNCI_KEPUTUSAN = "keputusan"


def kunci_lembar(item: Item) -> str:
    """The document key (and file stem) of an item's Lembar Pengujian Konsekuensi."""
    return kunci_lembar_no(item.no)


def kunci_lembar_no(no: int) -> str:
    """The key of the Lembar of item number ``no``."""
    return f"lembar-{no:04d}"


def kunci_berita_acara(rapat: RapatTim) -> str:
    """The document key (and file stem) of a meeting's Berita Acara Pengujian Konsekuensi."""
    return f"berita-acara-{rapat.tanggal:%Y%m%d}"


def kunci_dokumen(items: Sequence[Item], rapat: Sequence[RapatTim] = ()) -> list[str]:
    """The keys of the cycle's documents in numbering order: DIK, each Lembar, each meeting's
    Berita Acara, then the SK."""
    lembar = [kunci_lembar(i) for i in items]
    return [KUNCI_DAFTAR, *lembar, *(kunci_berita_acara(r) for r in rapat), KUNCI_KEPUTUSAN]
