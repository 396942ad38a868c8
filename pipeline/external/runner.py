"""The one place that starts processes: finds programs, enforces timeouts, logs stderr."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import DependencyMissing, SidikError
from pipeline.messages import terjemah

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HasilProses:
    """What a finished process returned."""

    args: tuple[str, ...]
    kode: int
    stdout: str
    stderr: str
    detik: float


class WaktuHabis(SidikError):
    """An outside program ran past its timeout and was killed."""


def cari_program(nama: str, saran_id: str, cadangan: Sequence[Path] = ()) -> str:
    """The full path of program ``nama``; raise :class:`DependencyMissing` with a fix.

    ``nama`` may be a path (with ``/`` or ``\\``, as in ``[jalur] libreoffice``) or a name
    looked up on PATH; ``cadangan`` are the program's usual install locations, tried last
    (e.g. ``C:\\Program Files\\LibreOffice\\program\\soffice.exe`` on Windows).
    """
    if any(pemisah in nama for pemisah in ("/", "\\", os.sep)):
        path = nama if Path(nama).is_file() else None
    else:
        path = shutil.which(nama) or next((str(p) for p in cadangan if p.is_file()), None)
    if not path:
        raise DependencyMissing("eksternal.tidak_ada", program=nama, saran=terjemah(saran_id))
    return path


def jalankan(
    args: Sequence[str | Path],
    *,
    timeout: float,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> HasilProses:
    """Run ``args`` to completion, log its stderr, raise :class:`WaktuHabis` past ``timeout``."""
    argv = tuple(str(a) for a in args)
    mulai = time.monotonic()
    log.debug("menjalankan: %s", " ".join(argv))
    try:
        proses = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise WaktuHabis(
            "eksternal.waktu_habis", program=Path(argv[0]).name, detik=int(timeout)
        ) from e
    hasil = HasilProses(
        argv, proses.returncode, proses.stdout, proses.stderr, time.monotonic() - mulai
    )
    if hasil.stderr.strip():
        log.debug("%s stderr: %s", Path(argv[0]).name, hasil.stderr.strip())
    return hasil
