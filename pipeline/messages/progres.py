"""Messages of the progress bars (stderr, on a terminal only)."""

from __future__ import annotations

PROGRES: dict[str, dict[str, str]] = {
    "kemajuan.baris": {
        "id": "{tahap} [{bilah}] {selesai}/{total} dokumen, {laju} dok/detik, sisa {sisa}",
        "en": "{tahap} [{bilah}] {selesai}/{total} documents, {laju} docs/s, ETA {sisa}",
    },
    # step 1: the workbook's rows as they are read, then its items as they enter the ledger
    "kemajuan.baris_workbook": {
        "id": "{tahap} [{bilah}] {selesai}/{total} baris, {laju} baris/detik, sisa {sisa}",
        "en": "{tahap} [{bilah}] {selesai}/{total} rows, {laju} rows/s, ETA {sisa}",
    },
    "kemajuan.baris_kumpul": {
        "id": "{tahap} [{bilah}] {selesai}/{total} informasi, {laju} informasi/detik, sisa {sisa}",
        "en": "{tahap} [{bilah}] {selesai}/{total} items, {laju} items/s, ETA {sisa}",
    },
}
