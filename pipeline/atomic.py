"""Atomic file writes: write to a temporary name in the same folder, fsync, then rename.

A crash or kill at any moment leaves either the old file or the new one, never half a file.
A symlink, folder or special file at the target is refused, never written through; a write
that fails because the disk is full, read-only or forbidden becomes one clear
:class:`~pipeline.errors.OutputRefused` naming the path, and the temporary file is removed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from pipeline.berkas import menulis, tolak_bukan_biasa

_MODE = 0o644


def tulis_atomik(tujuan: Path, penulis: Callable[[Path], object], *, fsync: bool = True) -> Path:
    """Let ``penulis`` write a temporary file, then move it onto ``tujuan`` in one step.

    ``fsync=False`` for a draft the same act rewrites next, before anything records it (the
    paraf's marks before its signature): a crash still leaves the old file or the new one,
    and a power cut at worst an empty draft the rerun makes again; the last write flushes."""
    tolak_bukan_biasa(tujuan)
    with menulis(tujuan):
        return _tulis(tujuan, penulis, fsync)


def _tulis(tujuan: Path, penulis: Callable[[Path], object], fsync: bool = True) -> Path:
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    fd, nama = tempfile.mkstemp(prefix=f".{tujuan.name}.", suffix=".tmp", dir=tujuan.parent)
    os.close(fd)
    sementara = Path(nama)
    try:
        penulis(sementara)
        sementara.chmod(_MODE)  # mkstemp makes 0600; a written file is as readable as any other
        if fsync:
            _fsync(sementara)
        os.replace(sementara, tujuan)
    finally:
        sementara.unlink(missing_ok=True)
    return tujuan


def tulis_bytes_atomik(tujuan: Path, data: bytes, *, fsync: bool = True) -> Path:
    """Write ``data`` to ``tujuan`` atomically (see :func:`tulis_atomik` for ``fsync``)."""
    return tulis_atomik(tujuan, lambda p: p.write_bytes(data), fsync=fsync)


def tulis_teks_atomik(tujuan: Path, teks: str) -> Path:
    """Write UTF-8 ``teks`` to ``tujuan`` atomically."""
    return tulis_atomik(tujuan, lambda p: p.write_text(teks, encoding="utf-8"))


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())
