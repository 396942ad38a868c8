"""The lambang daerah in the kop: its size for the template and its bytes in the document.

The official templates carry a placeholder picture named "Lambang" in the kop (shown only when
``lambang`` is given, see ``tools/build_templates.py``). Render gives the template the
configured image's size (``lambang.cx`` and ``lambang.cy``, EMU: its proportions at
:data:`TINGGI_CM` high) and puts the image's bytes in place of the placeholder's part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from lxml import etree

TINGGI_CM = 2.2
LEBAR_MAKS_CM = 2.0  # the kop's picture column is 2.2 cm
EMU_PER_CM = 360_000
NAMA_GAMBAR = "Lambang"
TANDA_PNG = b"\x89PNG\r\n\x1a\n"
_DOKUMEN, _RELASI = "word/document.xml", "word/_rels/document.xml.rels"
_DOC_PR = re.compile(rb'<wp:docPr id="\d+" name="' + NAMA_GAMBAR.encode() + rb'"')
_EMBED = re.compile(rb'r:embed="([^"]+)"')


def ukuran_png(data: bytes) -> tuple[int, int] | None:
    """Width and height in pixels of a PNG (from its IHDR chunk); None if it is not a PNG."""
    if not data.startswith(TANDA_PNG) or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@cache
def _baca(path: Path, mtime_ns: int) -> bytes:
    del mtime_ns
    return path.read_bytes()


def isi_lambang(path: Path) -> bytes:
    """The configured image's bytes (read once per process and modification)."""
    return _baca(path, path.stat().st_mtime_ns)


def ukuran_lambang(path: Path | None) -> dict[str, str] | None:
    """``{"cx", "cy"}`` in EMU for the template: :data:`TINGGI_CM` high, proportional, at most
    :data:`LEBAR_MAKS_CM` wide; None without a lambang (the kop is then text only)."""
    if path is None:
        return None
    lebar, tinggi = ukuran_png(isi_lambang(path)) or (1, 1)
    skala = min(TINGGI_CM / tinggi, LEBAR_MAKS_CM / lebar)
    return {
        "cx": str(round(lebar * skala * EMU_PER_CM)),
        "cy": str(round(tinggi * skala * EMU_PER_CM)),
    }


def bagian_lambang(paket: Mapping[str, bytes]) -> str | None:
    """The zip name of the template's "Lambang" picture (``word/media/...``), if it has one."""
    dokumen = paket.get(_DOKUMEN, b"")
    cocok = _DOC_PR.search(dokumen)
    embed = _EMBED.search(dokumen, cocok.end()) if cocok else None
    if embed is None or _RELASI not in paket:
        return None
    for r in etree.fromstring(paket[_RELASI]):
        if r.get("Id") == embed[1].decode() and r.get("TargetMode") != "External":
            target = r.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"word/{target}"
    return None
