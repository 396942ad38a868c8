"""The web's jobs as the ledger keeps them (see :mod:`pipeline.web.pekerjaan`): one row per job,
written when it starts, now and then while it runs, and when it ends, so that a restart of the
server forgets no job. A row without an end is a job the server stopped under.

Progress is written without waiting: while an act holds the ledger for a write, an update is
skipped (the next one, a second later, carries the newer count); the start and the end wait
as every other write does.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline.ledger.buku import buka_buku
from pipeline.ledger.catatan import waktu_dari


@dataclass(frozen=True)
class Ulang:
    """How a job is started again: the form's path and its fields (never a passphrase;
    ``sandi`` says the act asks for one, to be typed again). An empty path: not from a form."""

    path: str = ""
    medan: tuple[tuple[str, str], ...] = ()
    sandi: bool = False


@dataclass(frozen=True)
class CatatanPekerjaan:
    """One job as the ledger holds it; ``usai`` is None while it runs, or if it never ended."""

    id: str
    jenis: str
    siklus: str
    login: str
    mulai: datetime
    tahap: str = ""
    selesai: int = 0
    total: int = 0
    hasil: str = ""
    galat: str = ""
    usai: datetime | None = None
    ulang: Ulang = field(default_factory=Ulang)


def catat_mulai(berkas: Path, c: CatatanPekerjaan) -> None:
    """Record that job ``c`` starts."""
    u = c.ulang
    with buka_buku(berkas) as buku:
        buku.db.execute(
            "INSERT INTO pekerjaan (id, jenis, siklus, login, mulai, ulang, ulang_medan, sandi)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                c.id,
                c.jenis,
                c.siklus,
                c.login,
                c.mulai.isoformat(),
                u.path,
                json.dumps([list(m) for m in u.medan]),
                int(u.sandi),
            ),
        )


def catat_kemajuan(berkas: Path, id_pekerjaan: str, tahap: str, selesai: int, total: int) -> bool:
    """Record the job's progress unless the ledger is busy with a write (then False: skipped)."""
    with buka_buku(berkas) as buku:
        buku.db.execute("PRAGMA busy_timeout = 0")
        try:
            buku.db.execute(
                "UPDATE pekerjaan SET tahap = ?, selesai = ?, total = ? WHERE id = ?",
                (tahap, selesai, total, id_pekerjaan),
            )
        except sqlite3.OperationalError as e:
            if getattr(e, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY:
                raise
            return False
    return True


def catat_usai(berkas: Path, c: CatatanPekerjaan) -> None:
    """Record the job's last progress, its outcome or refusal, and when it ended."""
    usai = c.usai.isoformat() if c.usai else None
    with buka_buku(berkas) as buku:
        buku.db.execute(
            "UPDATE pekerjaan SET tahap = ?, selesai = ?, total = ?, hasil = ?, galat = ?,"
            " usai = ? WHERE id = ?",
            (c.tahap, c.selesai, c.total, c.hasil, c.galat, usai, c.id),
        )


def pekerjaan(berkas: Path, id_pekerjaan: str) -> CatatanPekerjaan | None:
    """The job of that id, if the ledger (when there is one) records it."""
    if not berkas.is_file():
        return None
    with buka_buku(berkas) as buku:
        b = buku.db.execute("SELECT * FROM pekerjaan WHERE id = ?", (id_pekerjaan,)).fetchone()
    return _dari(b) if b is not None else None


def terputus(berkas: Path, login: str, kecuali: str = "") -> list[CatatanPekerjaan]:
    """The jobs ``login`` started that never ended (a restart of the server stopped them),
    newest first, but for job ``kecuali`` (the one this server runs) and any job after which
    another was started on the same cycle later (it was started again, or the work went on;
    a job that opened a cycle from an upload names the workbook, its cycle's jobs follow it;
    one that opened no cycle is followed by the same person's next upload)."""
    if not berkas.is_file():
        return []
    with buka_buku(berkas) as buku:
        baris = buku.db.execute(
            "SELECT * FROM pekerjaan p WHERE p.login = ? AND p.usai IS NULL AND p.id != ?"
            " AND NOT EXISTS (SELECT 1 FROM pekerjaan q WHERE q.rowid > p.rowid AND"
            " (q.siklus = p.siklus OR q.siklus IN (SELECT id FROM siklus s"
            " WHERE s.workbook = p.siklus) OR (p.jenis = 'siklus' AND q.jenis = 'siklus'"
            " AND q.login = p.login AND NOT EXISTS (SELECT 1 FROM siklus s"
            " WHERE s.workbook = p.siklus OR s.id = p.siklus))))"
            " ORDER BY p.rowid DESC LIMIT 20",
            (login, kecuali),
        ).fetchall()
    return [_dari(b) for b in baris]


def _dari(b: sqlite3.Row) -> CatatanPekerjaan:
    medan = tuple((str(k), str(v)) for k, v in json.loads(b["ulang_medan"]))
    return CatatanPekerjaan(
        b["id"],
        b["jenis"],
        b["siklus"],
        b["login"],
        datetime.fromisoformat(b["mulai"]),
        b["tahap"],
        b["selesai"],
        b["total"],
        b["hasil"],
        b["galat"],
        waktu_dari(b["usai"]),
        Ulang(b["ulang"], medan, bool(b["sandi"])),
    )
