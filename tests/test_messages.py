"""The message catalogue: every message exists in Indonesian and English with the same fields."""

from __future__ import annotations

import string

from pipeline.messages import terjemah
from pipeline.messages.katalog import KATALOG


def _medan(teks: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(teks) if f}


def test_setiap_pesan_dwibahasa_dengan_medan_sama() -> None:
    for kunci, entri in KATALOG.items():
        assert set(entri) == {"id", "en"}, kunci
        assert entri["id"].strip() and entri["en"].strip(), kunci
        assert _medan(entri["id"]) == _medan(entri["en"]), kunci


def test_terjemah_memilih_bahasa() -> None:
    assert terjemah("berkas.tidak_ada", "id", berkas="a.xlsx") == "Berkas tidak ditemukan: a.xlsx."
    assert terjemah("berkas.tidak_ada", "en", berkas="a.xlsx") == "File not found: a.xlsx."
