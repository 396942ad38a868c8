"""Writing values into a spreadsheet without letting them run as formulas (CSV/formula injection).

Every cell sidik writes into a workbook (validation reports, review sheets, exports) goes
through :func:`sel_aman`, so that text typed by one user, such as ``=HYPERLINK(...)``, is shown
as text and never evaluated in someone else's Excel or Calc.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell

AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def sel_aman(sel: Cell, nilai: Any) -> Cell:
    """Put ``nilai`` into ``sel``; text that a spreadsheet could read as a formula stays text.

    Such text keeps its exact characters (no visible quote is added), is stored as a string
    cell, never as ``<f>``, and carries the quote-prefix style so that editing the cell in
    Excel or Calc does not turn it into a formula either. Numbers, dates and other text are
    stored as they are.
    """
    sel.value = nilai
    if isinstance(nilai, str) and nilai.startswith(AWALAN_RUMUS):
        sel.data_type = "s"
        sel.quotePrefix = True
    return sel
