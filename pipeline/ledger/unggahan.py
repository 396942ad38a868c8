"""The workbooks sidik saved from a checked upload in the page (see
:mod:`pipeline.alur.unggah`): the file's path in the workspace, the name the browser sent, and
the SHA-256 of what sidik last wrote there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pipeline.ledger.buku import Buku


@dataclass(frozen=True)
class CatatanUnggahan:
    """One saved upload: ``path`` relative to the workspace (``input/…``)."""

    path: str
    nama: str
    sha256: str
    login: str
    waktu: datetime


def catat_unggahan(buku: Buku, c: CatatanUnggahan) -> None:
    """Record what sidik wrote at ``c.path`` (a later write replaces the record)."""
    buku.db.execute(
        "INSERT OR REPLACE INTO unggahan (path, nama, sha256, login, waktu) VALUES (?, ?, ?, ?, ?)",
        (c.path, c.nama, c.sha256, c.login, c.waktu.isoformat()),
    )


def unggahan(buku: Buku, path: str) -> CatatanUnggahan | None:
    """What sidik wrote at ``path`` from an upload, if it did."""
    b = buku.db.execute("SELECT * FROM unggahan WHERE path = ?", (path,)).fetchone()
    if b is None:
        return None
    return CatatanUnggahan(
        b["path"], b["nama"], b["sha256"], b["login"], datetime.fromisoformat(b["waktu"])
    )
