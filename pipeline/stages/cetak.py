"""Rendering many documents from one DOCX template without re-opening it for each one.

docxtpl opens the whole template package for every document (python-docx parses every XML
part, 800 kB of styles in the official templates) and writes every part back. For a batch the
template never changes, so :class:`TemplatCepat` reads it once per process: the body and the
headers/footers are prepared with docxtpl's own ``patch_xml``, and the parts that rendering does
not touch are kept as a ready zip. Each document is then docxtpl's own ``render_xml_part``,
``fix_tables`` and ``fix_docpr_ids`` on those parts, serialised as python-docx would, and
appended to a copy of that zip. The XML of the body, headers and footers is the same as
:meth:`DocxTemplate.render` makes (a test compares them).

A template whose core properties or footnotes hold template tags is left to docxtpl itself
(:func:`templat_cepat` returns None for it).
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment
from lxml import etree

from pipeline.stages.lambang import bagian_lambang

DOKUMEN = "word/document.xml"
RELASI = "word/_rels/document.xml.rels"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_JENIS_KAKI = (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI)
_TANPA_TAG = ("docProps/core.xml", "word/footnotes.xml")  # rendered by docxtpl, here refused


@dataclass(frozen=True)
class TemplatCepat:
    """A DOCX template prepared once: its patched parts and the zip of the untouched ones."""

    akar: etree._Element  # word/document.xml without its body
    posisi_body: int
    body: str  # the body, patched for Jinja
    kaki: tuple[tuple[str, str], ...]  # (zip name, patched XML) of each header and footer
    dasar: bytes  # a zip holding every other part, compressed once
    lambang: tuple[str, bytes] | None = None  # the kop's picture part and its template bytes

    def cetak(
        self, isi: dict[str, Any], jinja: Environment, lambang: bytes | None = None
    ) -> Callable[[Path], None]:
        """Render the document for ``isi``; return the writer of its DOCX (for atomic writes).

        ``lambang``, when given, is the image in the kop's picture part. Jinja errors
        propagate as docxtpl's would.
        """
        tpl = DocxTemplate(None)  # nothing is opened: only docxtpl's string helpers run
        tpl.current_rendering_part, tpl.docx_ids_index = None, 1000
        body = tpl.fix_tables(tpl.render_xml_part(self.body, None, isi, jinja))
        tpl.fix_docpr_ids(body)
        akar = copy.deepcopy(self.akar)
        akar.insert(self.posisi_body, body)
        bagian = [(DOKUMEN, _serialkan(akar))]
        for nama, xml in self.kaki:
            hasil = tpl.render_xml_part(xml, None, isi, jinja)
            bagian.append((nama, _serialkan(etree.fromstring(hasil.encode("utf-8"), _PARSER))))
        if self.lambang is not None:
            bagian.append((self.lambang[0], lambang or self.lambang[1]))

        def tulis(tujuan: Path) -> None:
            buf = io.BytesIO(self.dasar)
            buf.seek(0, io.SEEK_END)
            with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
                for nama, data in bagian:
                    z.writestr(_info(nama), data)
            tujuan.write_bytes(buf.getvalue())

        return tulis


_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def _serialkan(elemen: etree._Element) -> bytes:
    """Serialised as python-docx writes a part."""
    return etree.tostring(elemen, encoding="UTF-8", standalone=True)


def _info(nama: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(nama, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


@lru_cache(maxsize=16)
def templat_cepat(path: Path, mtime_ns: int, tambal: Callable[[str], str]) -> TemplatCepat | None:
    """``path`` prepared for fast rendering (``mtime_ns`` keys the cache); None if docxtpl must
    render it itself."""
    del mtime_ns
    try:
        with zipfile.ZipFile(path) as z:
            isi = {info.filename: z.read(info) for info in z.infolist()}
            urutan = z.infolist()
        if any(b"{" in isi.get(n, b"") for n in _TANPA_TAG) or DOKUMEN not in isi:
            return None
        akar = etree.fromstring(isi[DOKUMEN], _PARSER)
    except (OSError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return None  # docxtpl reports it as it always has
    body = akar.find(f"{_W}body")
    if body is None:
        return None
    posisi = list(akar).index(body)
    tpl = DocxTemplate(None)
    body_xml = tambal(tpl.xml_to_string(body))
    akar.remove(body)
    kaki = tuple(
        (nama, tambal(tpl.xml_to_string(etree.fromstring(isi[nama], _PARSER))))
        for nama in _bagian_kaki(isi.get(RELASI, b""))
        if isi.get(nama)
    )
    nama_lambang = bagian_lambang(isi)
    dirender = {DOKUMEN, *(n for n, _ in kaki), *([nama_lambang] if nama_lambang else [])}
    dasar = io.BytesIO()
    with zipfile.ZipFile(dasar, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for info in urutan:
            if info.filename not in dirender:
                z.writestr(_info(info.filename), isi[info.filename])
    lambang = (nama_lambang, isi[nama_lambang]) if nama_lambang in isi else None
    return TemplatCepat(akar, posisi, body_xml, kaki, dasar.getvalue(), lambang)


def _bagian_kaki(relasi: bytes) -> list[str]:
    """The zip names of the headers and footers the document's relationships point to."""
    if not relasi:
        return []
    hasil = []
    for r in etree.fromstring(relasi):
        if r.get("Type") in _JENIS_KAKI and r.get("TargetMode") != "External":
            target = r.get("Target", "")
            hasil.append(target.lstrip("/") if target.startswith("/") else f"word/{target}")
    return hasil
