"""From the hash a stamp's QR code carries back to the archived document.

The QR carries the SHA-256 of the document as it was handed to the signer (see
:mod:`pipeline.signing.stempel`): the signed file begins with exactly those bytes, up to the
end of the revision before its signature (the Atasan PPID's, after the PPID Pelaksana's paraf
signature). :func:`sha256_sebelum_ttd` cuts a signed file before each signature;
:func:`cari_arsip` finds the archived document whose QR (or whose own SHA-256) is the
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
_SEBELUMNYA: dict[tuple[str, int, int], tuple[str, ...]] = {}  # (path, mtime, size) -> QR hashes


@dataclass(frozen=True)
class DokumenArsip:
    """An archived document found by its QR hash: the register's entry and its file."""

    entri: EntriArsip
    berkas: Path


def sha256_sebelum_ttd(data: bytes) -> tuple[str, ...]:
    """The SHA-256 of the bytes before each signature's revision, in order (none: not signed)."""
    hasil = []
    for cocok in _BYTERANGE.finditer(data):
        akhir = data.rfind(b"%%EOF", 0, int(cocok.group(1)))
        if akhir < 0:
            continue
        akhir += len(b"%%EOF")
        while data[akhir : akhir + 1] in (b"\r", b"\n"):
            akhir += 1
        hasil.append(hashlib.sha256(data[:akhir]).hexdigest())
    return tuple(dict.fromkeys(hasil))


def cari_arsip(config: Config, sha256: str) -> DokumenArsip | None:
    """The archived document (latest revision) whose QR hash or own SHA-256 is ``sha256``."""
    sha256 = sha256.lower()
    if not re.fullmatch(r"[0-9a-f]{64}", sha256) or not config.jalur.ledger.is_file():
        return None
    with buka_untuk_baca(config.jalur.ledger) as buku:
        entri = register_arsip(buku)
    for e in reversed(entri):
        berkas = config.jalur.keluaran / e.path
        if e.sha256 == sha256 or sha256 in _hash_qr(berkas):
            return DokumenArsip(e, berkas)
    return None


def _hash_qr(berkas: Path) -> tuple[str, ...]:
    try:
        s = berkas.stat()
    except OSError:
        return ()
    ciri = (str(berkas), s.st_mtime_ns, s.st_size)
    if ciri not in _SEBELUMNYA:
        _SEBELUMNYA[ciri] = sha256_sebelum_ttd(berkas.read_bytes())
    return _SEBELUMNYA[ciri]
