"""Notifications by e-mail (``sidik notify``): each person is told what waits for them ("Menunggu
saya", the same list the web's home page shows) and reminded once when a step's working-day
deadline has passed. Each notice is recorded in the ledger once sent (per person, per act as
opened, per kind), so running it again — by hand, from cron or a systemd timer — sends no
duplicate. Accounts without an e-mail address, and disabled ones, get nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pipeline import akun
from pipeline.akun import Akun
from pipeline.alur.menunggu import Menunggu, menunggu
from pipeline.config import Config
from pipeline.errors import ConfigInvalid
from pipeline.ledger import notifikasi as register
from pipeline.ledger.buku import Jam, buka_buku, jam_kantor
from pipeline.ledger.notifikasi import KunciNotifikasi
from pipeline.ledger.sop import Langkah
from pipeline.messages import terjemah
from pipeline.surel import Surel, kirim_semua


class JenisNotifikasi(StrEnum):
    """Why a person is written to about an act."""

    MENUNGGU = "menunggu"  # the act waits for them
    TERLAMBAT = "terlambat"  # and its deadline has passed


@dataclass(frozen=True)
class Pemberitahuan:
    """One notice: an act waiting for an account, and why it is written about now."""

    akun: Akun
    menunggu: Menunggu
    jenis: JenisNotifikasi

    @property
    def kunci(self) -> KunciNotifikasi:
        """What the ledger records it under."""
        lk = self.menunggu.langkah
        mulai = lk.mulai.isoformat() if lk.mulai else ""
        return KunciNotifikasi(
            self.menunggu.siklus, lk.langkah.value, mulai, self.jenis.value, self.akun.login
        )

    def baris(self) -> str:
        """The notice as one line of the e-mail."""
        m, lk = self.menunggu, self.menunggu.langkah
        langkah = terjemah(f"sop.{lk.langkah.value}")
        tenggat = f"{lk.tenggat:%d-%m-%Y %H:%M}" if lk.tenggat else "-"
        pesan = f"notifikasi.baris_{self.jenis.value}"
        return terjemah(pesan, siklus=m.siklus, langkah=langkah, tenggat=tenggat)


@dataclass(frozen=True)
class HasilNotifikasi:
    """What ``sidik notify`` did: the e-mails sent and the notices they carried."""

    surel: int
    pemberitahuan: tuple[Pemberitahuan, ...]


def rencana(config: Config, sekarang: datetime) -> list[Pemberitahuan]:
    """Every notice not sent yet, for every active account with an e-mail address."""
    hasil: list[Pemberitahuan] = []
    with buka_buku(config.jalur.ledger) as buku:
        for a in akun.daftar(config):
            if a.nonaktif or not a.surel:
                continue
            for m in _untuk(config, a, sekarang):
                for jenis in _jenis(m):
                    p = Pemberitahuan(a, m, jenis)
                    if not register.sudah_dikirim(buku, p.kunci):
                        hasil.append(p)
    return hasil


def kirim_notifikasi(config: Config, sandi: str = "", jam: Jam = jam_kantor) -> HasilNotifikasi:
    """Send each person one e-mail with their new notices, recording each as sent.

    ``sandi``: the SMTP password (read by the caller from ``[notifikasi] sandi_env``).
    """
    if not config.notifikasi.aktif:
        raise ConfigInvalid("notifikasi.mati", berkas=str(config.berkas))
    if not config.jalur.ledger.is_file():
        return HasilNotifikasi(0, ())
    semua = rencana(config, jam())
    per_akun: dict[str, list[Pemberitahuan]] = {}
    for p in semua:
        per_akun.setdefault(p.akun.login, []).append(p)
    kelompok = list(per_akun.values())
    surel = [_surel(config, daftar) for daftar in kelompok]
    kirim_semua(config.notifikasi, sandi, surel, lambda i: _catat(config, kelompok[i], jam))
    return HasilNotifikasi(len(surel), tuple(semua))


def _untuk(config: Config, a: Akun, sekarang: datetime) -> list[Menunggu]:
    """The acts waiting for ``a`` (a Tim member: only cycles with items still theirs)."""
    daftar = menunggu(config, akun.peran_sop(a.peran), a.nip, sekarang)
    return [m for m in daftar if m.langkah.langkah is not Langkah.TINJAU or m.items]


def _jenis(m: Menunggu) -> Sequence[JenisNotifikasi]:
    if m.langkah.terlambat:
        return (JenisNotifikasi.MENUNGGU, JenisNotifikasi.TERLAMBAT)
    return (JenisNotifikasi.MENUNGGU,)


def _surel(config: Config, daftar: list[Pemberitahuan]) -> Surel:
    a = daftar[0].akun
    terlambat = any(p.jenis is JenisNotifikasi.TERLAMBAT for p in daftar)
    judul = terjemah(
        "notifikasi.judul_terlambat" if terlambat else "notifikasi.judul",
        jumlah=len({p.menunggu.siklus for p in daftar}),
    )
    isi = [terjemah("notifikasi.salam", login=a.login), "", terjemah("notifikasi.pengantar")]
    isi += [f"- {p.baris()}" for p in daftar if not _diingatkan(p, daftar)]
    if config.notifikasi.url_situs:
        isi += ["", terjemah("notifikasi.tautan", url=config.notifikasi.url_situs)]
    isi += ["", terjemah("notifikasi.penutup", instansi=config.instansi.dinas)]
    return Surel(a.surel, judul, "\n".join(isi) + "\n")


def _diingatkan(p: Pemberitahuan, daftar: list[Pemberitahuan]) -> bool:
    """A "waiting" line that the same act's reminder in this e-mail already says."""
    return p.jenis is JenisNotifikasi.MENUNGGU and any(
        q.jenis is JenisNotifikasi.TERLAMBAT and q.menunggu.siklus == p.menunggu.siklus
        for q in daftar
    )


def _catat(config: Config, daftar: list[Pemberitahuan], jam: Jam) -> None:
    """Record the notices of one e-mail, just accepted by the server."""
    with buka_buku(config.jalur.ledger, jam) as buku, buku.transaksi():
        for p in daftar:
            register.catat_dikirim(buku, p.kunci, p.akun.surel)
