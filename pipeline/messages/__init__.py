"""The user-facing text catalogue: Indonesian by default, English with ``--lang en``.

Every sentence a user reads lives in :mod:`pipeline.messages.katalog`, keyed by a
message id; code refers to the id, never to the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from pipeline.messages.katalog import KATALOG

BAHASA = ("id", "en")
_aktif = "id"
_DALAM: ContextVar[str | None] = ContextVar("bahasa", default=None)  # one web request's


def atur_bahasa(lang: str) -> None:
    """Set the language used when a caller does not name one."""
    global _aktif
    if lang not in BAHASA:
        raise ValueError(f"unknown language {lang!r}; use one of {BAHASA}")
    _aktif = lang


def bahasa_aktif() -> str:
    """The language currently in force (a web request's own, else the process's)."""
    return _DALAM.get() or _aktif


@contextmanager
def dalam_bahasa(lang: str) -> Iterator[None]:
    """Within the block (in this thread), messages are in ``lang``: one web request's language,
    without changing the process's for the requests served beside it."""
    if lang not in BAHASA:
        raise ValueError(f"unknown language {lang!r}; use one of {BAHASA}")
    token = _DALAM.set(lang)
    try:
        yield
    finally:
        _DALAM.reset(token)


def terjemah(message_id: str, lang: str | None = None, **params: Any) -> str:
    """The message ``message_id`` in ``lang`` with ``params`` filled in."""
    entri = KATALOG.get(message_id)
    if entri is None:
        return f"{message_id} {params}" if params else message_id
    teks = entri.get(lang or bahasa_aktif()) or entri["id"]
    return teks.format(**params) if params else teks
