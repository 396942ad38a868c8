"""Commands for the SOP workflow: status, log, review, due (issue 6)."""

from __future__ import annotations
