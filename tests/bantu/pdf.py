"""Reading the PDFs sidik makes as a reader would: their text, through poppler's pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pipeline.external import probe
from tests.bantu.program import PDFTOTEXT


def pdftotext(pdf: Path, *opsi: str) -> str:
    """The text of ``pdf`` as pdftotext reads it; ``opsi`` such as ``-raw`` or ``-f 2 -l 2``."""
    return subprocess.run(
        [probe.cari(PDFTOTEXT), *opsi, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
