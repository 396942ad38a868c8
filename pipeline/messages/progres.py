"""Messages of the progress bars (stderr, on a terminal only)."""

from __future__ import annotations

PROGRES: dict[str, dict[str, str]] = {
    "kemajuan.baris": {
        "id": "{tahap} [{bilah}] {selesai}/{total} dokumen, {laju} dok/detik, sisa {sisa}",
        "en": "{tahap} [{bilah}] {selesai}/{total} documents, {laju} docs/s, ETA {sisa}",
    },
}
