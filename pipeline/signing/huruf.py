"""The stamp's font, prepared once per process instead of once per signature.

pyhanko embeds a subset of the stamp font in every signed PDF. Subsetting first decompiles the
font's layout tables (GSUB, GPOS, GDEF) only to drop them from the subset: for Noto Sans that
is most of a signature's time. The shaping still uses the whole font; only the copy that is
subsetted (fontTools' in-memory font, read lazily) loses those tables before subsetting, so
the embedded subset is the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

TABEL_TATA_LETAK = ("GSUB", "GPOS", "GDEF")


@dataclass(frozen=True)
class PabrikHurufCepat(GlyphAccumulatorFactory):
    """A ``GlyphAccumulatorFactory`` whose subsetting skips the layout tables it drops."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        """The font engine for one PDF, subsetting from the prepared copy of the font."""
        mesin = super().create_font_engine(writer, obj_stream)
        for tabel in TABEL_TATA_LETAK:
            if tabel in mesin.tt:
                del mesin.tt[tabel]
        return mesin
