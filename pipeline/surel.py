"""Sending e-mail through the office's SMTP server (Python's smtplib): one connection for a
batch, STARTTLS when configured, a login when an account is named. A server that cannot be
reached, or that refuses, is one clear :class:`~pipeline.errors.DependencyMissing`."""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from pipeline.config import Notifikasi
from pipeline.errors import DependencyMissing

BATAS_WAKTU = 30  # seconds for each exchange with the server


@dataclass(frozen=True)
class Surel:
    """One plain-text e-mail to one address."""

    kepada: str
    judul: str
    isi: str


def kirim_semua(
    n: Notifikasi, sandi: str, daftar: Sequence[Surel], terkirim: Callable[[int], None]
) -> None:
    """Send every e-mail of ``daftar`` over one connection; ``terkirim(i)`` after the ``i``-th
    was accepted by the server (so the caller records exactly what went out)."""
    if not daftar:
        return
    smtp = _sambung(n, sandi)
    try:
        for i, s in enumerate(daftar):
            with _galat_smtp(n):
                smtp.send_message(_pesan(n.pengirim, s))
            terkirim(i)
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            smtp.quit()


def _sambung(n: Notifikasi, sandi: str) -> smtplib.SMTP:
    """A connection to the server, encrypted and logged in as configured."""
    with _galat_smtp(n):
        smtp = smtplib.SMTP(n.smtp_host, n.smtp_port, timeout=BATAS_WAKTU)
    try:
        with _galat_smtp(n):
            if n.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if n.pengguna:
                smtp.login(n.pengguna, sandi)
    except BaseException:
        smtp.close()
        raise
    return smtp


@contextlib.contextmanager
def _galat_smtp(n: Notifikasi) -> Iterator[None]:
    """A failure of the server, or of the way to it, as one clear error naming it."""
    try:
        yield
    except (OSError, smtplib.SMTPException) as e:
        alamat = f"{n.smtp_host}:{n.smtp_port}"
        raise DependencyMissing("notifikasi.smtp_gagal", server=alamat, sebab=str(e)) from e


def _pesan(pengirim: str, s: Surel) -> EmailMessage:
    m = EmailMessage()
    m["From"] = pengirim
    m["To"] = s.kepada
    m["Subject"] = s.judul
    m["Date"] = formatdate(localtime=True)
    m["Message-ID"] = make_msgid(domain=pengirim.rpartition("@")[2] or None)
    m.set_content(s.isi)
    return m
