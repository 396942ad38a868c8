"""fontconfig's ``fc-match``: which installed font answers for a font name.

LibreOffice on Linux asks fontconfig for a font a document names; when it is not installed,
the answer is the substitute whose metrics the layout will then follow.
"""

from __future__ import annotations

from pipeline.errors import DependencyMissing
from pipeline.external.runner import cari_program, jalankan

SARAN = "eksternal.saran_fontconfig"


def cocokkan(nama: str) -> str | None:
    """The family fontconfig uses for ``nama``; None where fontconfig is not installed."""
    try:
        program = cari_program("fc-match", SARAN)
    except DependencyMissing:
        return None
    hasil = jalankan([program, "-f", "%{family[0]}", nama], timeout=30)
    return hasil.stdout.strip() or None
