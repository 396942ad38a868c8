"""Which PAdES baseline level a signed file reaches (ETSI EN 319 142-1)."""

from __future__ import annotations

from collections.abc import Sequence

from pyhanko.pdf_utils.reader import PdfFileReader

from pipeline.verify.model import HasilTtd


def tingkat_pades(
    pembaca: PdfFileReader, ttd: Sequence[HasilTtd], stempel: Sequence[HasilTtd]
) -> str:
    """B-B, B-T (signature timestamp), B-LT (+ DSS validation data), B-LTA (+ doc timestamp)."""
    if not ttd:
        return ""
    ada_stempel = all(t.waktu_stempel for t in ttd) or bool(stempel)
    if not ada_stempel:
        return "B-B"
    if "/DSS" not in pembaca.root:
        return "B-T"
    return "B-LTA" if stempel else "B-LT"
