"""The ledger in the tests: a clock moved by hand, in WIB, and items made in one line."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

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
