"""The one place that starts processes: enforces timeouts, logs stderr.

:mod:`.probe` finds the programs and asks their versions.
"""

from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import SidikError

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
