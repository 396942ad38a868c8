"""From the hash a stamp's QR code carries back to the archived document.

The QR carries the SHA-256 of the document as it was handed to the signer (see
:mod:`pipeline.signing.stempel`): the signed file begins with exactly those bytes, up to the
end of the revision before the first signature. :func:`sha256_sebelum_ttd` cuts a signed file
there; :func:`cari_arsip` finds the archived document whose QR (or whose own SHA-256) is the
one asked for, reading each archived file once per change of it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import Config
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.register import EntriArsip, register_arsip

_BYTERANGE = re.compile(rb"/ByteRange\s*\[\s*0\s+(\d+)")
_SEBELUMNYA: dict[tuple[str, int, int], str | None] = {}  # (path, mtime, size) -> QR hash


@dataclass(frozen=True)
class DokumenArsip:
    """An archived document found by its QR hash: the register's entry and its file."""

    entri: EntriArsip
    berkas: Path


def sha256_sebelum_ttd(data: bytes) -> str | None:
    """The SHA-256 of the bytes before the first signature's revision (None: not signed)."""
    cocok = _BYTERANGE.search(data)
    if cocok is None:
        return None
    akhir = data.rfind(b"%%EOF", 0, int(cocok.group(1)))
    if akhir < 0:
        return None
    akhir += len(b"%%EOF")
    while data[akhir : akhir + 1] in (b"\r", b"\n"):
        akhir += 1
    return hashlib.sha256(data[:akhir]).hexdigest()


def cari_arsip(config: Config, sha256: str) -> DokumenArsip | None:
    """The archived document (latest revision) whose QR hash or own SHA-256 is ``sha256``."""
    sha256 = sha256.lower()
    if not re.fullmatch(r"[0-9a-f]{64}", sha256) or not config.jalur.ledger.is_file():
        return None
    with buka_untuk_baca(config.jalur.ledger) as buku:
        entri = register_arsip(buku)
    for e in reversed(entri):
        berkas = config.jalur.keluaran / e.path
        if e.sha256 == sha256 or _hash_qr(berkas) == sha256:
            return DokumenArsip(e, berkas)
    return None


def _hash_qr(berkas: Path) -> str | None:
    try:
        s = berkas.stat()
    except OSError:
        return None
    kunci = (str(berkas), s.st_mtime_ns, s.st_size)
    if kunci not in _SEBELUMNYA:
        _SEBELUMNYA[kunci] = sha256_sebelum_ttd(berkas.read_bytes())
    return _SEBELUMNYA[kunci]
