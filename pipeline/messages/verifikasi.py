"""Messages of verification and the archive: verdicts, reports, checks."""

from __future__ import annotations

VERIFIKASI: dict[str, dict[str, str]] = {}
