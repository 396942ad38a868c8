"""Messages of the SOP workflow: ledger, review, status, log, deadlines, lock."""

from __future__ import annotations

ALUR: dict[str, dict[str, str]] = {}
