"""The names (and file stems) of a cycle's documents ("daftar", "lembar-0001"): light enough for
every module to import."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.model import Item, RapatTim

NAMA_DAFTAR = "daftar"
NAMA_SURAT_KEPUTUSAN = "keputusan"


def nama_lembar(item: Item) -> str:
    """The document name (and file stem) of an item's Lembar Pengujian Konsekuensi."""
    return nama_lembar_no(item.no)


def nama_lembar_no(no: int) -> str:
    """The name of the Lembar of item number ``no``."""
    return f"lembar-{no:04d}"


def nama_berita_acara(rapat: RapatTim) -> str:
    """The document name (and file stem) of a meeting's Berita Acara Pengujian Konsekuensi."""
    return f"berita-acara-{rapat.tanggal:%Y%m%d}"


def nama_dokumen_siklus(items: Sequence[Item], rapat: Sequence[RapatTim] = ()) -> list[str]:
    """The names of the cycle's documents in numbering order: DIK, each Lembar, each meeting's
    Berita Acara, then the SK."""
    lembar = [nama_lembar(i) for i in items]
    return [NAMA_DAFTAR, *lembar, *(nama_berita_acara(r) for r in rapat), NAMA_SURAT_KEPUTUSAN]
