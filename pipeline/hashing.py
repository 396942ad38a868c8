"""SHA-256 of files, read in chunks."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_berkas(path: Path) -> str:
    """The hex SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for blok in iter(lambda: f.read(1 << 20), b""):
            h.update(blok)
    return h.hexdigest()
