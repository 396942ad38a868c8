"""The notifications sent (see :mod:`pipeline.notifikasi`): one row per person, act and
kind, so that each is sent once."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.ledger.buku import Buku


@dataclass(frozen=True)
class KunciNotifikasi:
    """What one notification is about: a cycle's step as opened at ``mulai``, its kind
    (``menunggu`` or ``terlambat``) and the account it goes to."""

    siklus: str
    langkah: str
    mulai: str
    jenis: str
    login: str


def sudah_dikirim(buku: Buku, k: KunciNotifikasi) -> bool:
    """True when this notification was sent before."""
    baris = buku.db.execute(
        "SELECT 1 FROM notifikasi WHERE siklus = ? AND langkah = ? AND mulai = ? AND jenis = ?"
        " AND login = ?",
        (k.siklus, k.langkah, k.mulai, k.jenis, k.login),
    ).fetchone()
    return baris is not None


def catat_dikirim(buku: Buku, k: KunciNotifikasi, surel: str) -> None:
    """Record that this notification was sent to ``surel`` now."""
    buku.db.execute(
        "INSERT OR IGNORE INTO notifikasi (siklus, langkah, mulai, jenis, login, surel, dikirim)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (k.siklus, k.langkah, k.mulai, k.jenis, k.login, surel, buku.jam().isoformat()),
    )
