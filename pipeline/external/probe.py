"""Each outside program sidik runs, found and asked its version once per process.

One :class:`Program` per program (OCRmyPDF's ``_exec/_probe.py``): the name looked up on PATH,
the places it installs itself when it is not on PATH, how it tells its version, and how to
install it. :func:`periksa`, :func:`cari` and :func:`versi` remember what they found for the
life of the process, so ``doctor`` and ``convert`` find the same program and ask its version
once; :func:`lupakan` forgets it all (the test suite does, before every test).
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import DependencyMissing
from pipeline.external.runner import jalankan
from pipeline.messages import terjemah


def _tanpa_cadangan() -> list[Path]:
    return []


def lokasi_libreoffice() -> list[Path]:
    """Where LibreOffice installs itself when it is not on PATH (Windows, macOS)."""
    if os.name != "nt":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    folder = [os.environ.get(v, "") for v in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")]
    folder += ["C:\\Program Files", "C:\\Program Files (x86)"]
    return [Path(f) / "LibreOffice" / "program" / "soffice.exe" for f in folder if f]


@dataclass(frozen=True)
class Program:
    """An outside program: its command, how to install it, how it tells its version."""

    nama: str
    saran_id: str = ""  # message id of how to install it ("": none, a tool of the tests)
    argumen_versi: tuple[str, ...] | None = ("--version",)  # None: it cannot tell
    cadangan: Callable[[], list[Path]] = _tanpa_cadangan  # usual places, tried after PATH


SOFFICE = Program("soffice", "eksternal.saran_libreoffice", cadangan=lokasi_libreoffice)
FC_MATCH = Program("fc-match", "eksternal.saran_fontconfig")
PDFSIG = Program("pdfsig", "eksternal.saran_poppler", ("-v",))
CERTUTIL = Program("certutil", "eksternal.saran_nss", None)
PROGRAM = (SOFFICE, FC_MATCH, PDFSIG, CERTUTIL)
"""Every outside program sidik itself runs (``external/`` has one module over each)."""


@dataclass(frozen=True)
class Probe:
    """What a probe found: where the program is and which version, or that it is missing."""

    program: Program
    path: str | None
    versi: str | None  # its first line of ``--version``; "" when the program cannot tell

    @property
    def tersedia(self) -> bool:
        """Whether the program was found."""
        return self.path is not None


def periksa(program: Program, nama: str | None = None) -> Probe:
    """Where ``program`` is and its version, or that it is missing (never raises for that).

    ``nama`` is a configured name or path for it (``[jalur] libreoffice``); by default the
    program's own name, looked up on PATH and then in its usual places.
    """
    path = _path(program, nama or program.nama)
    return Probe(program, path, _versi(program, path) if path else None)


def tersedia(program: Program, nama: str | None = None) -> bool:
    """Whether ``program`` (or ``nama``) is installed; asks no version."""
    return _path(program, nama or program.nama) is not None


def cari(program: Program, nama: str | None = None) -> str:
    """The full path of ``program`` (or ``nama``); raise :class:`DependencyMissing` with the fix."""
    path = _path(program, nama or program.nama)
    if path is None:
        saran = terjemah(program.saran_id) if program.saran_id else ""
        raise DependencyMissing("eksternal.tidak_ada", program=nama or program.nama, saran=saran)
    return path


def versi(program: Program, nama: str | None = None) -> str:
    """The version ``program`` (or ``nama``) tells; raise :class:`DependencyMissing` if absent."""
    return _versi(program, cari(program, nama))


def lupakan() -> None:
    """Forget every path and version found so far: the next question probes again."""
    _path.cache_clear()
    _versi.cache_clear()


@functools.cache
def _path(program: Program, nama: str) -> str | None:
    """``nama`` as a path (with ``/`` or ``\\``), else on PATH, else the usual places."""
    if any(pemisah in nama for pemisah in ("/", "\\", os.sep)):
        return nama if Path(nama).is_file() else None
    return shutil.which(nama) or next((str(p) for p in program.cadangan() if p.is_file()), None)


@functools.cache
def _versi(program: Program, path: str) -> str:
    if program.argumen_versi is None:
        return ""
    hasil = jalankan([path, *program.argumen_versi], timeout=60)
    teks = hasil.stdout.strip() or hasil.stderr.strip()
    return teks.splitlines()[0] if teks else ""
