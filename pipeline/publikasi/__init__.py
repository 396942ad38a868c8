"""``sidik publish``: the signed DIK of an archived cycle for the PPID website.

:mod:`~pipeline.publikasi.sumber` reads what was archived; :mod:`~pipeline.publikasi.tulis`
writes it as XLSX, CSV and a standalone accessible HTML page.
"""

from __future__ import annotations

from pipeline.publikasi.sumber import Terbitan, muat_terbitan
from pipeline.publikasi.tulis import HasilPublikasi, terbitkan

__all__ = ["HasilPublikasi", "Terbitan", "muat_terbitan", "terbitkan"]
