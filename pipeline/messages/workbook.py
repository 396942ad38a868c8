"""Messages of the operator workbook: validation, reports, new workbooks."""

from __future__ import annotations

WORKBOOK: dict[str, dict[str, str]] = {}
