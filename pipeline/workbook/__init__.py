"""The operator workbook: its contract, reading and validation, new workbooks and reports."""

from __future__ import annotations

from pipeline.workbook.aman import sel_aman
from pipeline.workbook.baca import HasilBaca, baca_items, periksa
from pipeline.workbook.kontrak import KOLOM, LEMBAR_INFORMASI, Kolom

__all__ = ["KOLOM", "LEMBAR_INFORMASI", "HasilBaca", "Kolom", "baca_items", "periksa", "sel_aman"]
