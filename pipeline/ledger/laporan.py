"""The last verification report of each cycle's archive made in the web page (see
:mod:`pipeline.web.laporan_arsip`): kept in the ledger, never in the archive, so that a restart
of the server still shows it. The ledger keeps its folders and verdicts as the verifier's own
JSON (:mod:`pipeline.verify.simpanan`); it does not read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.ledger.buku import buka_buku


@dataclass(frozen=True)
class CatatanLaporan:
    """A cycle's last report: who made it, when it ended, the folders and verdicts as JSON."""

    siklus: str
    login: str
    selesai: datetime
    folder: str
    hasil: str


def simpan_laporan(berkas: Path, c: CatatanLaporan) -> None:
    """Keep ``c`` as its cycle's last report (the one before it is replaced)."""
    with buka_buku(berkas) as buku:
        buku.db.execute(
            "INSERT OR REPLACE INTO laporan_verifikasi (siklus, login, selesai, folder, hasil)"
            " VALUES (?, ?, ?, ?, ?)",
            (c.siklus, c.login, c.selesai.isoformat(), c.folder, c.hasil),
        )


def laporan(berkas: Path, siklus: str) -> CatatanLaporan | None:
    """The cycle's last report, if one was made."""
    if not berkas.is_file():
        return None
    with buka_buku(berkas) as buku:
        b = buku.db.execute(
            "SELECT * FROM laporan_verifikasi WHERE siklus = ?", (siklus,)
        ).fetchone()
    if b is None:
        return None
    return CatatanLaporan(
        b["siklus"], b["login"], datetime.fromisoformat(b["selesai"]), b["folder"], b["hasil"]
    )
