"""Who performs an act of the SOP: the actor every event of the ledger names.

The SOP is a chain of people each answering for their own act. An :class:`Aktor` is the person
at the keyboard — an OS login on the CLI, an account on the web — and the channel they acted
through. Which officials that person *is* comes from the configuration: an official's
``pengguna`` names their login (``[pejabat.ppid_pelaksana] pengguna = "andi"``). An act
performed by someone who is not the official it belongs to is recorded as performed on that
official's behalf ("dijalankan oleh rudi atas nama PPID Pelaksana Andi Teladan"), never as
the official's own.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum

from pipeline.model import Pejabat


class Saluran(StrEnum):
    """Through what an act was performed."""

    CLI = "cli"
    WEB = "web"


@dataclass(frozen=True)
class Aktor:
    """A person performing acts: their login, the channel, the officials they are (NIPs) and,
    on the web, the address they acted from."""

    pelaku: str
    saluran: Saluran = Saluran.CLI
    nip: frozenset[str] = field(default_factory=frozenset)
    alamat: str = ""  # the web client's address (behind --proxy: the forwarded one); "" on the CLI

    def adalah(self, pejabat: Pejabat) -> bool:
        """Whether this person is ``pejabat`` (bound by NIP)."""
        return pejabat.nip in self.nip

    def salah_satu(self, pejabat: Iterable[Pejabat]) -> bool:
        """Whether this person is any of ``pejabat``."""
        return any(self.adalah(p) for p in pejabat)


def pengguna_os() -> str:
    """The login running this process ("" where the system has none, as in some containers)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def aktor_cli(pejabat: Iterable[Pejabat], pelaku: str | None = None) -> Aktor:
    """The CLI's actor: the OS user, bound to every official whose ``pengguna`` is that login."""
    login = pengguna_os() if pelaku is None else pelaku
    nip = frozenset(p.nip for p in pejabat if login and p.pengguna == login)
    return Aktor(login, Saluran.CLI, nip)


_AKTOR: ContextVar[Aktor | None] = ContextVar("aktor", default=None)


@contextmanager
def sebagai(aktor: Aktor) -> Iterator[None]:
    """Within the block, every ledger opened (in this thread) records ``aktor``'s acts: how a
    web request performs the library's acts as the logged-in account."""
    token = _AKTOR.set(aktor)
    try:
        yield
    finally:
        _AKTOR.reset(token)


def aktor_aktif() -> Aktor:
    """Who acts now: the actor set by :func:`sebagai`, else the OS user (the CLI)."""
    return _AKTOR.get() or Aktor(pengguna_os())
