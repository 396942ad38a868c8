"""Messages of signing: PAdES levels, tokens, BSrE, paraf hierarchy."""

from __future__ import annotations

TTD: dict[str, dict[str, str]] = {}
