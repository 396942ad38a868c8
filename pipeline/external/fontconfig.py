"""fontconfig's ``fc-match``: which installed font answers for a font name.

LibreOffice on Linux asks fontconfig for a font a document names; when it is not installed,
the answer is the substitute whose metrics the layout will then follow.
"""

from __future__ import annotations

from pipeline.external import probe
from pipeline.external.runner import jalankan


def cocokkan(nama: str) -> str | None:
    """The family fontconfig uses for ``nama``; None where fontconfig is not installed."""
    if not probe.tersedia(probe.FC_MATCH):
        return None
    hasil = jalankan([probe.cari(probe.FC_MATCH), "-f", "%{family[0]}", nama], timeout=30)
    return hasil.stdout.strip() or None
