"""The workspace lock: one run at a time may change a workspace.

The lock is an OS-level lock on ``<ledger>.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows), so the operating system frees it when the holder dies, however it dies. The file
also says who holds the lock (pid, host, user, since when, command) so that a refused run can
tell the user; the holder empties it on a clean exit. Content left behind while the lock is free
is a stale lock from a killed run: it is reported in the log and taken over.
"""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from pipeline.berkas import buka_biasa, menulis, tolak_bukan_biasa
from pipeline.errors import LockHeld, OutputRefused

log = logging.getLogger(__name__)
_POSISI_WINDOWS = 1 << 30  # msvcrt locks a byte range: lock one far past the holder's note
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _gembok_os(f: IO[str]) -> bool:
        f.seek(_POSISI_WINDOWS)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _lepas_os(f: IO[str]) -> None:
        f.seek(_POSISI_WINDOWS)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _gembok_os(f: IO[str]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lepas_os(f: IO[str]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def path_gembok(ledger: Path) -> Path:
    """The lock file beside the ledger (``output/sidik.db`` -> ``output/sidik.lock``)."""
    return ledger.with_suffix(".lock")


@contextmanager
def gembok_ruang_kerja(berkas: Path, jam: datetime) -> Iterator[None]:
    """Hold the workspace lock for the block; :class:`LockHeld` if another run holds it."""
    with _buka(berkas) as f:
        if not _gembok_os(f):
            raise LockHeld("gembok.dipegang", berkas=str(berkas), **_pemegang(_baca(f)))
        sisa = _baca(f)
        if sisa:
            log.warning("gembok basi dari run yang terhenti diambil alih: %s", sisa)
        _tulis(f, _catatan(jam))
        try:
            yield
        finally:
            _tulis(f, None)
            _lepas_os(f)


def _buka(berkas: Path) -> IO[str]:
    """Open (or create) the lock file itself: never through a symlink, never a FIFO or device."""
    tolak_bukan_biasa(berkas)
    with menulis(berkas):
        berkas.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(berkas, os.O_RDWR | os.O_CREAT | _O_NOFOLLOW | _O_NONBLOCK, 0o644)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OutputRefused("berkas.tolak_lain", berkas=str(berkas))
    return os.fdopen(fd, "r+", encoding="utf-8")


def _catatan(jam: datetime) -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "pengguna": os.environ.get("USER") or os.environ.get("USERNAME") or "",
        "sejak": jam.isoformat(),
        "perintah": " ".join(Path(a).name if i == 0 else a for i, a in enumerate(sys.argv)),
    }


def _baca(f: IO[str]) -> dict[str, Any]:
    f.seek(0)
    teks = f.read(4096).strip()
    try:
        data = json.loads(teks) if teks else {}
    except json.JSONDecodeError:
        return {"isi": teks}
    return data if isinstance(data, dict) else {}


def _pemegang(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "pid": data.get("pid", "?"),
        "host": data.get("host", "?"),
        "sejak": data.get("sejak", "?"),
        "perintah": data.get("perintah", "?"),
    }


def _tulis(f: IO[str], data: dict[str, Any] | None) -> None:
    f.seek(0)
    f.truncate()
    if data is not None:
        f.write(json.dumps(data, ensure_ascii=False))
    f.flush()
    os.fsync(f.fileno())


def baca_pemegang(berkas: Path) -> dict[str, Any]:
    """What the lock file says about its holder (empty when free and clean, or not a file)."""
    try:
        with io.TextIOWrapper(buka_biasa(berkas), encoding="utf-8") as f:
            return _baca(f)
    except OSError:  # missing, a symlink, a FIFO: nothing sidik wrote
        return {}
