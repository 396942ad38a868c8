"""The stamp's font, prepared once per process instead of once per signature.

pyhanko reads the whole stamp font for every signed PDF (3,300 glyphs of Noto Sans) and embeds
a subset of it. Two things make that cheaper without changing what is drawn:

- the font is first cut down to the characters of the stamp's text (plus every digit, since
  only the signing time changes within a batch), once per process and text; the cut keeps the
  layout tables, with every glyph they reach, so the shaping is the same;
- that cut is what each signed PDF embeds, whole (it is already the stamp's subset), without
  the layout tables (GSUB, GPOS, GDEF), which a PDF font program does not use, and with the
  glyphs' bounding boxes as the cut computed them rather than recompiling every glyph.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

TABEL_TATA_LETAK = ("GSUB", "GPOS", "GDEF")
SELALU = frozenset("0123456789:.,- ")  # the signing time's characters, whatever the time


def aksara(teks: str) -> frozenset[str]:
    """The characters a cut of the font needs for the stamp text ``teks``."""
    return frozenset(teks) - frozenset("\n\r\t") | SELALU


@lru_cache(maxsize=8)
def potongan_fon(berkas: str, aksara: frozenset[str]) -> bytes:
    """The font ``berkas`` cut down to ``aksara`` (and what its layout tables reach from them)."""
    fon = TTFont(berkas)
    opsi = subset.Options()
    opsi.layout_features = ["*"]
    opsi.name_IDs = ["*"]
    opsi.name_languages = ["*"]
    opsi.notdef_outline = True
    pemotong = subset.Subsetter(opsi)
    pemotong.populate(unicodes=sorted(ord(a) for a in aksara))
    pemotong.subset(fon)
    keluaran = io.BytesIO()
    fon.save(keluaran)
    return keluaran.getvalue()


class _AkumulatorPotongan(GlyphAccumulator):
    """Embeds the cut of the font whole: it holds only the stamp's characters and the digits,
    so pyhanko's subsetting for each document would only drop a few digits' glyphs."""

    def _extract_subset(self, options: Any = None) -> None:
        return None


@dataclass(frozen=True)
class PabrikHurufCepat(GlyphAccumulatorFactory):
    """A ``GlyphAccumulatorFactory`` for the stamp text ``teks``, from a cut of the font."""

    teks: str = ""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        """The font engine for one PDF, reading the cut of the font that covers ``teks``."""
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        mesin = _AkumulatorPotongan(
            writer=writer,
            font_handle=io.BytesIO(potongan_fon(self.font_file, aksara(self.teks))),
            font_size=self.font_size,
            ot_script_tag=self.ot_script_tag,
            ot_language_tag=self.ot_language_tag,
            writing_direction=self.writing_direction,
            bcp47_lang_code=self.bcp47_lang_code,
            obj_stream=obj_stream,
        )
        for tabel in TABEL_TATA_LETAK:
            if tabel in mesin.tt:
                del mesin.tt[tabel]
        # The subset keeps its glyphs' outlines (pyhanko retains glyph ids), so their bounding
        # boxes stand as the cut computed them; recomputing them recompiled every glyph.
        mesin.tt.recalcBBoxes = False
        return mesin
