"""One period of exemption, written the same in the Lembar, the DIK and the Surat Keputusan.

An item's period is a number of years, or (Pasal 17 huruf g–j) a written condition. An operator
may also write a condition in Keterangan beside a number of years ("Sampai perkara berkekuatan
hukum tetap"): that condition is part of the period, so it is joined to the years here, once,
and every document shows the joined text (and Keterangan no longer repeats it).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.legal.tanggal import format_jangka_waktu
from pipeline.model import Item

AWAL_SYARAT: tuple[str, ...] = ("sampai", "selama", "hingga", "sepanjang")
"""First words of a Keterangan that states a condition ending the exemption."""


@dataclass(frozen=True)
class Jangka:
    """An item's period as the documents write it, and what is left of its Keterangan."""

    teks: str  # as in a table cell: "2 (dua) tahun atau sampai ...", "Selama sistem digunakan"
    keterangan: str  # Keterangan without the condition taken into the period

    @property
    def dalam_kalimat(self) -> str:
        """The period inside a sentence ("untuk jangka waktu selama sistem digunakan")."""
        return huruf_kecil_awal(self.teks)


def adalah_syarat(teks: str) -> bool:
    """True when ``teks`` states a condition: it starts with "Sampai", "Selama", "Hingga"..."""
    kata = teks.split(maxsplit=1)
    return bool(kata) and kata[0].casefold() in AWAL_SYARAT


def huruf_kecil_awal(teks: str) -> str:
    """``teks`` continuing a sentence: its first word in lower case when it is an ordinary
    capitalised word ("Selama" → "selama"); "SIAK" or "UU" keep their capitals."""
    kata = teks.split(" ", 1)
    pertama = kata[0]
    if len(pertama) > 1 and pertama[0].isupper() and pertama[1:].islower():
        return " ".join([pertama.lower(), *kata[1:]])
    return teks


def jangka_item(item: Item) -> Jangka:
    """The one period of ``item`` for every document (see the module's docstring)."""
    if not item.jangka_waktu_tahun:
        return Jangka(item.jangka_waktu_syarat, item.keterangan)
    tahun = format_jangka_waktu(item.jangka_waktu_tahun)
    if adalah_syarat(item.keterangan):
        return Jangka(f"{tahun} atau {huruf_kecil_awal(item.keterangan.rstrip('.'))}", "")
    return Jangka(tahun, item.keterangan)
