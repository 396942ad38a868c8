"""The operator workbook: its contract, reading and validation, and generated samples."""

from __future__ import annotations

from pipeline.workbook.baca import HasilBaca, baca_items, periksa
from pipeline.workbook.kontrak import KOLOM, LEMBAR_INFORMASI, Kolom

__all__ = ["KOLOM", "LEMBAR_INFORMASI", "HasilBaca", "Kolom", "baca_items", "periksa"]
