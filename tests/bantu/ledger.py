"""The ledger in the tests: a clock moved by hand, in WIB, and items made in one line."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pipeline.alur.berikutnya import untuk_siklus
from pipeline.config import Config
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.sop import URUTAN, Langkah
from pipeline.model import Item

WIB = ZoneInfo("Asia/Jakarta")


class Jam:
    """A clock the test moves by hand."""

    def __init__(self, mulai: datetime) -> None:
        self.sekarang = mulai

    def __call__(self) -> datetime:
        return self.sekarang

    def maju(self, **selang: float) -> None:
        """Move the clock forward by ``timedelta(**selang)``."""
        self.sekarang += timedelta(**selang)


def item(no: int, judul: str = "", tahun: int | None = 5) -> Item:
    """An item of unit SEKRE, exempt under Pasal 17 huruf h for ``tahun`` years."""
    return Item(no, judul or f"Informasi {no}", "SEKRE", "h", "k", "p", tahun)


WORKBOOK = "input/dik-2026.xlsx"


def siklus_sampai(config: Config, terbuka: Langkah) -> str:
    """A cycle of WORKBOOK whose steps before ``terbuka`` are done and ``terbuka`` has begun."""
    jam = Jam(datetime(2026, 6, 8, 9, 0, tzinfo=WIB))
    config.jalur.ledger.parent.mkdir(parents=True, exist_ok=True)
    with buka_buku(config.jalur.ledger, jam) as b:
        siklus = b.siklus_baru(WORKBOOK, date(2026, 6, 8), "h").id
        for lk in URUTAN[: URUTAN.index(terbuka)]:
            b.mulai_langkah(siklus, lk)
            jam.maju(hours=1)
            b.selesaikan_langkah(siklus, lk, "Pejabat")
        b.mulai_langkah(siklus, terbuka)
    return siklus


def siklus_berisi(config: Config, terbuka: Langkah, jumlah: int) -> str:
    """A cycle of ``jumlah`` items of input/informasi.xlsx (dated 1 December 2026) whose steps
    before ``terbuka`` are done and ``terbuka`` has begun, on the real clock; no document."""
    config.jalur.ledger.parent.mkdir(parents=True, exist_ok=True)
    with buka_buku(config.jalur.ledger) as b:
        siklus = b.siklus_baru("input/informasi.xlsx", date(2026, 12, 1), "h").id
        for no in range(1, jumlah + 1):
            item = Item(no, f"Informasi {no}", "SEKRE", "h", f"Konsekuensi {no}", f"Alasan {no}", 5)
            b.simpan_item(siklus, item, f"sha-{no}")
        for lk in URUTAN[: URUTAN.index(terbuka)]:
            b.mulai_langkah(siklus, lk)
            b.selesaikan_langkah(siklus, lk, "Pejabat")
        b.mulai_langkah(siklus, terbuka)
    return siklus


def berikutnya(config: Config, siklus: str) -> str:
    """The next-step line of ``siklus`` as sidik prints it."""
    langkah = untuk_siklus(config, siklus)
    assert langkah is not None
    return langkah.teks()
