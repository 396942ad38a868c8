"""``sidik`` run by the tests: in this process through click's runner, or as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner, Result

SIDIK = str(Path(sys.executable).parent / "sidik")
"""The installed ``sidik`` command of this virtual environment."""


def sidik_di(
    ruang: Path, *args: str, env: dict[str, str] | None = None, masukan: str | None = None
) -> Result:
    """``sidik ARGS`` in this process (click's runner) with ``ruang`` as the working folder;
    ``masukan`` is what the user types."""
    from pipeline.cli import cli

    lama = Path.cwd()
    os.chdir(ruang)
    try:
        return CliRunner().invoke(cli, list(args), input=masukan, env=env, catch_exceptions=False)
    finally:
        os.chdir(lama)


def jalankan_sidik(
    ruang: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``sidik`` command in ``ruang`` as a real subprocess."""
    lingkungan = {**os.environ, **(env or {})}
    return subprocess.run(
        [SIDIK, *args],
        cwd=ruang,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=lingkungan,
        stdin=subprocess.DEVNULL,
        check=False,
    )
