"""The secret that signs the session cookies, kept in the workspace so a restart logs no one out.

``output/.web-rahasia`` holds :data:`PANJANG` random bytes, readable by its owner only (0600).
It is made on the first ``sidik serve`` and read at every later start. It is written through a
temporary file linked onto its name only if nothing is there yet, so two servers starting
together end up with the same secret, and a crash never leaves half a secret. A symlink or
anything but a regular file at that name is refused, never followed. Deleting the file logs
everyone out at the next start (a new secret is made).
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from pipeline.berkas import BukanBerkasBiasa, buka_biasa, menulis, tolak_bukan_biasa
from pipeline.config import Config
from pipeline.errors import OutputRefused

NAMA = ".web-rahasia"
PANJANG = 32  # bytes: a 256-bit HMAC key for Flask's signed cookies


def berkas_rahasia(config: Config) -> Path:
    """Where the workspace keeps its session secret (``<keluaran>/.web-rahasia``)."""
    return config.jalur.keluaran / NAMA


def rahasia_sesi(config: Config) -> bytes:
    """The workspace's session secret: read, or made now when there is none yet."""
    berkas = berkas_rahasia(config)
    tolak_bukan_biasa(berkas)
    if not berkas.exists():
        with menulis(berkas):
            _buat(berkas)
    return _baca(berkas)


def _buat(berkas: Path) -> None:
    """Write a new secret to a 0600 temporary file, then link it onto ``berkas`` unless one
    appeared meanwhile (then that one is kept)."""
    berkas.parent.mkdir(parents=True, exist_ok=True)
    fd, nama = tempfile.mkstemp(prefix=f"{NAMA}.", suffix=".tmp", dir=berkas.parent)  # 0600
    sementara = Path(nama)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(PANJANG))
            f.flush()
            os.fsync(f.fileno())
        os.link(sementara, berkas)
    except FileExistsError:
        pass  # another server made it first: everyone uses that one
    finally:
        sementara.unlink(missing_ok=True)


def _baca(berkas: Path) -> bytes:
    try:
        with buka_biasa(berkas) as f:
            data = f.read(PANJANG + 1)
    except BukanBerkasBiasa as e:
        raise OutputRefused(f"berkas.tolak_{e.jenis}", berkas=str(berkas)) from e
    if len(data) != PANJANG:
        raise OutputRefused("web.rahasia_rusak", berkas=str(berkas))
    return data
