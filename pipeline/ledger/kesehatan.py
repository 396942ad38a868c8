"""Is the ledger readable, and is its schema one this sidik knows? Read-only, for the doctor."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pipeline.ledger.skema import VERSI


@dataclass(frozen=True)
class KeadaanLedger:
    """What opening the ledger read-only found."""

    ada: bool
    versi: int = 0
    dikenal: int = VERSI
    masalah: str = ""


def periksa_ledger(berkas: Path) -> KeadaanLedger:
    """Open ``berkas`` read-only: its schema version and SQLite's quick integrity check."""
    if not berkas.exists():
        return KeadaanLedger(ada=False)
    try:
        db = sqlite3.connect(f"{berkas.absolute().as_uri()}?mode=ro", uri=True)
        try:
            versi = db.execute("PRAGMA user_version").fetchone()[0]
            cek = db.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError as e:
        return KeadaanLedger(ada=True, masalah=str(e))
    return KeadaanLedger(ada=True, versi=versi, masalah="" if cek == "ok" else str(cek))
