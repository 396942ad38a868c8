"""``sidik publish``: the signed DIK for the PPID website, the body's current one across every
archived cycle or one cycle's.

:mod:`~pipeline.publikasi.sumber` reads one archived cycle and :mod:`~pipeline.publikasi.tulis`
writes it as XLSX, CSV and a standalone accessible HTML page; :mod:`~pipeline.publikasi.terkini`
reads every archived cycle into the current DIK and :mod:`~pipeline.publikasi.tulis_terkini`
writes it the same three ways.
"""

from __future__ import annotations

from pipeline.publikasi.sumber import Terbitan, muat_terbitan
from pipeline.publikasi.terkini import DikTerkini, muat_terkini
from pipeline.publikasi.tulis import HasilPublikasi, terbitkan
from pipeline.publikasi.tulis_terkini import HasilTerkini, terbitkan_terkini

__all__ = [
    "DikTerkini",
    "HasilPublikasi",
    "HasilTerkini",
    "Terbitan",
    "muat_terbitan",
    "muat_terkini",
    "terbitkan",
    "terbitkan_terkini",
]
