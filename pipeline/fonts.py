"""Where to find the TrueType fonts sidik embeds in paraf marks and signature stamps."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import DependencyMissing

# Liberation Sans is metric-compatible with Arial, the face the templates use.
# The signature stamp needs a font with 1000 units per em: pyhanko writes glyph widths in
# font units, which PDF reads as thousandths of an em (Liberation's 2048 would double them).
_KANDIDAT = {
    "biasa": ("LiberationSans-Regular.ttf", "DejaVuSans.ttf", "arial.ttf"),
    "miring": ("LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf", "ariali.ttf"),
    "stempel": ("NotoSans-Regular.ttf",),
}
_FOLDER = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("C:/Windows/Fonts"),
)


def cari_font(gaya: str = "biasa") -> Path:
    """The path of an installed TrueType font of ``gaya`` (``biasa``, ``miring``, ``stempel``)."""
    for nama in _KANDIDAT[gaya]:
        for folder in _FOLDER:
            if (folder / nama).is_file():
                return folder / nama
    paket = "fonts-noto-core" if gaya == "stempel" else "fonts-liberation2"
    raise DependencyMissing("eksternal.tidak_ada", program=paket, saran=f"apt-get install {paket}")
