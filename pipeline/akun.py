"""The accounts of ``sidik serve``: who may log in, in which role, as which official.

An account has a login, a role and, for an official, the NIP of the configured official it
is: a PPID Pelaksana's, a Tim Pertimbangan member's or the Atasan PPID's acts through the web
are then their own in the ledger (see :mod:`pipeline.aktor`). Passwords are kept only as
argon2id hashes (argon2-cffi); an optional TOTP code is a second factor (pyotp). Failed logins
count against the account, and :data:`BATAS_GAGAL` of them lock it for :data:`LAMA_KUNCI`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from pipeline.aktor import Aktor, Saluran
from pipeline.alur import izin
from pipeline.alur.izin import Tindakan
from pipeline.config import Config
from pipeline.errors import ActRefused, InputInvalid
from pipeline.ledger import akun as register
from pipeline.ledger.akun import CatatanAkun, PeristiwaAkun
from pipeline.ledger.buku import Buku, Jam, buka_buku, jam_kantor
from pipeline.ledger.sop import Peran
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.zona import di_kantor, nama_zona

PANJANG_SANDI_MIN = 12
BATAS_GAGAL = 5  # failed logins in a row that lock the account
LAMA_KUNCI = timedelta(minutes=15)
_LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_SUREL = re.compile(r"[^@\s<>,;]{1,64}@[^@\s<>,;]+\.[^@\s<>,;]+")
_HASHER = PasswordHasher()  # argon2id, RFC 9106's low-memory profile
_HASH_PALSU = _HASHER.hash("sidik: tidak ada akun ini")  # unknown logins cost the same time


class PeranAkun(StrEnum):
    """What an account does in the office."""

    OPERATOR = "operator"
    PPID_PELAKSANA = "ppid_pelaksana"
    TIM_PERTIMBANGAN = "tim_pertimbangan"
    ATASAN_PPID = "atasan_ppid"
    AUDITOR = "auditor"
    ADMIN = "admin"


_PERAN_TINDAKAN = {
    Tindakan.PARAF: PeranAkun.PPID_PELAKSANA,
    Tindakan.PUTUSKAN: PeranAkun.TIM_PERTIMBANGAN,
    Tindakan.TANDATANGANI: PeranAkun.ATASAN_PPID,
}
_BUTUH_NIP = frozenset(_PERAN_TINDAKAN.values())
_PERAN_SOP = {p: Peran(p.value) for p in PeranAkun if p.value in {r.value for r in Peran}}


@dataclass(frozen=True)
class Akun:
    """An account as the pages see it (no hash, no secret)."""

    login: str
    peran: PeranAkun
    nip: str
    nonaktif: bool
    terkunci_sampai: datetime | None
    totp: bool
    versi: str  # changes with the password: a session made before a new password ends
    surel: str = ""  # where ``sidik notify`` writes to ("" : no e-mail)
    alamat: str = ""  # the address of the request being answered (not stored with the account)

    def aktor(self) -> Aktor:
        """The ledger's actor for this account's requests: its login, channel web, its NIP,
        the request's client address."""
        nip = frozenset({self.nip}) if self.nip else frozenset()
        return Aktor(self.login, Saluran.WEB, nip, self.alamat)


def peran_sop(peran: PeranAkun) -> Peran | None:
    """The SOP role an account's role acts in (None for auditor and admin)."""
    return _PERAN_SOP.get(peran)


def boleh(akun: Akun, tindakan: Tindakan, config: Config) -> bool:
    """Whether ``akun`` may perform ``tindakan`` through the web: the act's role, and (with
    ``[alur] tindakan_pribadi``) as the official whose own act it is."""
    return akun.peran is _PERAN_TINDAKAN[tindakan] and izin.boleh(akun.aktor(), tindakan, config)


def pejabat_peran(config: Config, peran: PeranAkun) -> tuple[Pejabat, ...]:
    """The configured officials an account of ``peran`` may be bound to."""
    if peran is PeranAkun.OPERATOR:
        return (config.operator,)
    for tindakan, p in _PERAN_TINDAKAN.items():
        if p is peran:
            return izin.pelaku_sah(config, tindakan)
    return ()


def tambah(
    config: Config,
    login: str,
    peran: PeranAkun,
    nip: str,
    sandi: str,
    totp: bool = False,
    surel: str = "",
) -> Akun:
    """Add an account; an official's role needs the NIP of a configured official of it.
    ``surel``: the e-mail address notifications go to (optional)."""
    _periksa_login(login)
    _periksa_nip(config, peran, nip)
    _periksa_surel(surel)
    hash_sandi = _hash(sandi)
    rahasia = pyotp.random_base32() if totp else ""
    with buka_buku(config.jalur.ledger) as buku, buku.transaksi():
        if register.akun(buku, login) is not None:
            raise InputInvalid("akun.sudah_ada", login=login)
        register.tambah_akun(buku, login, peran.value, nip, hash_sandi, rahasia, surel)
        tentang = [peran.value, f"NIP {nip}" if nip else "", "TOTP" if totp else "", surel]
        register.catat_peristiwa(buku, login, "akun_ditambah", ", ".join(filter(None, tentang)))
        return _akun(_ada(buku, login))


def ubah_surel(config: Config, login: str, surel: str) -> Akun:
    """Set the e-mail address of ``login`` ("" removes it: no more notifications)."""
    _periksa_surel(surel)
    with buka_buku(config.jalur.ledger) as buku, buku.transaksi():
        _ada(buku, login)
        register.ubah_surel(buku, login, surel)
        register.catat_peristiwa(buku, login, "surel_diubah", surel)
        return _akun(_ada(buku, login))


def rahasia_totp(config: Config, login: str) -> str:
    """The TOTP secret of ``login`` (for its authenticator app), "" when it has none."""
    with buka_buku(config.jalur.ledger) as buku:
        return _ada(buku, login).rahasia_totp


def daftar(config: Config) -> list[Akun]:
    """Every account, by login."""
    with buka_buku(config.jalur.ledger) as buku:
        return [_akun(c) for c in register.semua_akun(buku)]


def nonaktifkan(config: Config, login: str) -> Akun:
    """Disable ``login``: it can no longer log in; its acts stay in the ledger."""
    with buka_buku(config.jalur.ledger) as buku, buku.transaksi():
        _ada(buku, login)
        register.nonaktifkan(buku, login)
        register.catat_peristiwa(buku, login, "akun_dinonaktifkan")
        return _akun(_ada(buku, login))


def ganti_sandi(config: Config, login: str, sandi: str) -> Akun:
    """Set a new password for ``login`` (lifting a lock from failed logins)."""
    hash_sandi = _hash(sandi)
    with buka_buku(config.jalur.ledger) as buku, buku.transaksi():
        _ada(buku, login)
        register.ubah_sandi(buku, login, hash_sandi)
        register.catat_peristiwa(buku, login, "sandi_diganti")
        return _akun(_ada(buku, login))


def riwayat(config: Config, login: str | None = None) -> list[PeristiwaAkun]:
    """The log of acts on accounts (of every account, or of ``login``), oldest first; empty
    when there is no ledger yet."""
    if not config.jalur.ledger.is_file():
        return []
    with buka_buku(config.jalur.ledger) as buku:
        return register.peristiwa_akun(buku, login)


def keadaan(akun: Akun, sekarang: datetime) -> str:
    """The account's state in words: disabled, locked until when, or active."""
    if akun.nonaktif:
        return terjemah("akun.nonaktif")
    if akun.terkunci_sampai is not None and akun.terkunci_sampai > sekarang:
        waktu = f"{di_kantor(akun.terkunci_sampai):%Y-%m-%d %H:%M} {nama_zona()}"
        return terjemah("akun.terkunci_sampai", waktu=waktu)
    return terjemah("akun.aktif")


def cari(config: Config, login: str) -> Akun | None:
    """The account ``login`` as it is now (a session checks it on every request)."""
    with buka_buku(config.jalur.ledger) as buku:
        c = register.akun(buku, login)
        return _akun(c) if c else None


def masuk(config: Config, login: str, sandi: str, kode: str = "", jam: Jam = jam_kantor) -> Akun:
    """Log ``login`` in; :class:`ActRefused` for a wrong login, password or code (counted
    against the account), a disabled account, or one locked by failed logins."""
    with buka_buku(config.jalur.ledger, jam) as buku:
        with buku.transaksi():
            c = register.akun(buku, login)
            pesan = _tolak(buku, c, sandi, kode)
        if pesan is not None:
            raise ActRefused(*pesan)
        c = register.akun(buku, login)  # as stored now: a rehashed password is its new version
        assert c is not None
        return _akun(c)


def _tolak(buku: Buku, c: CatatanAkun | None, sandi: str, kode: str) -> tuple[str] | None:
    """Why this login is refused (its failure recorded), or None when it may go in."""
    sekarang = buku.jam()
    if c is None or c.nonaktif:
        _cocok(_HASH_PALSU, sandi)
        return ("akun.masuk_gagal",)
    if c.terkunci_sampai is not None and sekarang < c.terkunci_sampai:
        return ("akun.terkunci",)
    if _cocok(c.hash_sandi, sandi) and _kode_cocok(c.rahasia_totp, kode):
        register.catat_gagal(buku, c.login, 0, None)
        if _HASHER.check_needs_rehash(c.hash_sandi):
            register.ubah_sandi(buku, c.login, _HASHER.hash(sandi))
        return None
    gagal = c.gagal + 1
    if gagal >= BATAS_GAGAL:
        register.catat_gagal(buku, c.login, 0, sekarang + LAMA_KUNCI)
        return ("akun.terkunci",)
    register.catat_gagal(buku, c.login, gagal, None)
    return ("akun.masuk_gagal",)


def _cocok(hash_sandi: str, sandi: str) -> bool:
    try:
        return _HASHER.verify(hash_sandi, sandi)
    except (VerificationError, InvalidHashError):
        return False


def _kode_cocok(rahasia: str, kode: str) -> bool:
    """No secret: no code asked; with one, the current code (one step of clock drift)."""
    return not rahasia or pyotp.TOTP(rahasia).verify(kode.strip(), valid_window=1)


def _hash(sandi: str) -> str:
    if len(sandi) < PANJANG_SANDI_MIN:
        raise InputInvalid("akun.sandi_pendek", panjang=PANJANG_SANDI_MIN)
    return _HASHER.hash(sandi)


def _periksa_login(login: str) -> None:
    if not _LOGIN.fullmatch(login):
        raise InputInvalid("akun.login_salah", login=login)


def _periksa_surel(surel: str) -> None:
    if surel and not _SUREL.fullmatch(surel):
        raise InputInvalid("akun.surel_salah", surel=surel)


def _periksa_nip(config: Config, peran: PeranAkun, nip: str) -> None:
    """An official's role needs the NIP of a configured official of that role; another role
    may name only its own official's (the Operator's), or none."""
    pejabat = pejabat_peran(config, peran)
    if not nip and peran in _BUTUH_NIP:
        raise InputInvalid("akun.nip_wajib", peran=peran.value)
    if nip and nip not in {p.nip for p in pejabat}:
        daftar_nip = ", ".join(f"{p.nama} ({p.nip})" for p in pejabat) or "-"
        raise InputInvalid("akun.nip_bukan_pejabat", nip=nip, peran=peran.value, ada=daftar_nip)


def _ada(buku: Buku, login: str) -> CatatanAkun:
    c = register.akun(buku, login)
    if c is None:
        raise InputInvalid("akun.tidak_ada", login=login)
    return c


def _akun(c: CatatanAkun) -> Akun:
    peran = PeranAkun(c.peran)
    versi = hashlib.sha256(c.hash_sandi.encode()).hexdigest()[:16]
    totp = bool(c.rahasia_totp)
    return Akun(c.login, peran, c.nip, c.nonaktif, c.terkunci_sampai, totp, versi, c.surel)
