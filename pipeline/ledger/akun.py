"""The accounts register of ``sidik serve``: one row per login (see :mod:`pipeline.akun`).

Only hashes are kept (argon2id); the TOTP secret, when set, is kept as the authenticator app
holds it. A failed login counts against the account; enough of them lock it until a time.
Every act on an account (added, disabled, password or e-mail changed) is appended to its log
with the ledger's actor (:class:`PeristiwaAkun`), in the same transaction as the change.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from pipeline.ledger.buku import Buku
from pipeline.ledger.catatan import waktu_dari


@dataclass(frozen=True)
class CatatanAkun:
    """One account as the ledger holds it."""

    login: str
    peran: str
    nip: str
    hash_sandi: str
    rahasia_totp: str
    nonaktif: bool
    gagal: int
    terkunci_sampai: datetime | None
    dibuat: datetime
    surel: str = ""


def _akun_dari(b: sqlite3.Row) -> CatatanAkun:
    return CatatanAkun(
        b["login"],
        b["peran"],
        b["nip"],
        b["hash_sandi"],
        b["rahasia_totp"],
        bool(b["nonaktif"]),
        b["gagal"],
        waktu_dari(b["terkunci_sampai"]),
        datetime.fromisoformat(b["dibuat"]),
        b["surel"],
    )


def akun(buku: Buku, login: str) -> CatatanAkun | None:
    """The account ``login``, if there is one."""
    baris = buku.db.execute("SELECT * FROM akun WHERE login = ?", (login,)).fetchone()
    return _akun_dari(baris) if baris else None


def semua_akun(buku: Buku) -> list[CatatanAkun]:
    """Every account, by login."""
    return [_akun_dari(b) for b in buku.db.execute("SELECT * FROM akun ORDER BY login")]


def tambah_akun(
    buku: Buku,
    login: str,
    peran: str,
    nip: str,
    hash_sandi: str,
    rahasia_totp: str,
    surel: str = "",
) -> None:
    """Add an account (the caller has checked that the login is free)."""
    buku.db.execute(
        "INSERT INTO akun (login, peran, nip, hash_sandi, rahasia_totp, dibuat, surel)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (login, peran, nip, hash_sandi, rahasia_totp, buku.jam().isoformat(), surel),
    )


def ubah_surel(buku: Buku, login: str, surel: str) -> None:
    """Set (or, with "", remove) an account's e-mail address."""
    buku.db.execute("UPDATE akun SET surel = ? WHERE login = ?", (surel, login))


def ubah_sandi(buku: Buku, login: str, hash_sandi: str) -> None:
    """Replace an account's password hash; a lock from failed logins is lifted."""
    buku.db.execute(
        "UPDATE akun SET hash_sandi = ?, gagal = 0, terkunci_sampai = NULL WHERE login = ?",
        (hash_sandi, login),
    )


def nonaktifkan(buku: Buku, login: str) -> None:
    """Disable an account: it can no longer log in (it stays for the record)."""
    buku.db.execute("UPDATE akun SET nonaktif = 1 WHERE login = ?", (login,))


def catat_gagal(buku: Buku, login: str, gagal: int, terkunci_sampai: datetime | None) -> None:
    """Record the failed logins counted so far and, once too many, until when it is locked."""
    sampai = terkunci_sampai.isoformat() if terkunci_sampai else None
    buku.db.execute(
        "UPDATE akun SET gagal = ?, terkunci_sampai = ? WHERE login = ?", (gagal, sampai, login)
    )


@dataclass(frozen=True)
class PeristiwaAkun:
    """One act on an account: what was done to ``login``, by whom, how, when."""

    login: str
    aksi: str  # akun_ditambah, akun_dinonaktifkan, sandi_diganti or surel_diubah
    keterangan: str
    pengguna: str
    saluran: str
    alamat: str
    waktu: datetime


def catat_peristiwa(buku: Buku, login: str, aksi: str, keterangan: str = "") -> None:
    """Append the act ``aksi`` on ``login`` to the accounts' log, by the ledger's actor, now."""
    a = buku.aktor
    buku.db.execute(
        "INSERT INTO peristiwa_akun (login, aksi, keterangan, pengguna, saluran, alamat, waktu)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (login, aksi, keterangan, a.pelaku, a.saluran.value, a.alamat, buku.jam().isoformat()),
    )


def peristiwa_akun(buku: Buku, login: str | None = None) -> list[PeristiwaAkun]:
    """The accounts' log in order, of every account or of ``login``."""
    sql, arg = "SELECT * FROM peristiwa_akun", tuple[str, ...]()
    if login is not None:
        sql, arg = sql + " WHERE login = ?", (login,)
    return [
        PeristiwaAkun(
            b["login"],
            b["aksi"],
            b["keterangan"],
            b["pengguna"],
            b["saluran"],
            b["alamat"],
            datetime.fromisoformat(b["waktu"]),
        )  # fmt: skip
        for b in buku.db.execute(sql + " ORDER BY id", arg)
    ]
