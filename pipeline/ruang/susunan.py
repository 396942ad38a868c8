"""Where things lie in a workspace that ``sidik init`` made, relative to its folder."""

from __future__ import annotations

from pathlib import Path

WORKBOOK = Path("input") / "informasi.xlsx"
"""The operator workbook, empty but for its headers."""
WORKBOOK_CONTOH = Path("input") / "contoh.xlsx"
"""The sample workbook for a trial cycle (only while the workspace holds the sample values)."""
