"""The template contract: which variables sidik gives each DOCX template, and checking one.

:data:`KONTRAK` is the one place that says, per kind of document, which variables render
provides and which of them a template must use to be legally complete. Render builds exactly
the provided variables (a test holds it to that); ``sidik templates check`` reads a user's
template against the same contract.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import meta

from pipeline.errors import TemplateInvalid
from pipeline.model import JenisDokumen

BATAS_CACHE = 64  # compiled template parts kept per process (a cycle uses a handful)


class LingkunganJinja(jinja2.Environment):
    """A Jinja environment that compiles each template source once per process.

    docxtpl hands every document's XML parts to :meth:`from_string`; for a batch of one
    template those sources are identical, and compiling them was a third of a render.
    """

    def __init__(self, **opsi: object) -> None:
        super().__init__(**opsi)  # type: ignore[arg-type]
        self._terkompilasi: dict[str, jinja2.Template] = {}

    def from_string(  # type: ignore[override]
        self, source: str | jinja2.nodes.Template, globals: object = None, template_class=None
    ) -> jinja2.Template:
        """The compiled template of ``source``, from the cache when it was compiled before."""
        if not isinstance(source, str) or globals is not None or template_class is not None:
            return super().from_string(source, globals, template_class)  # type: ignore[arg-type]
        templat = self._terkompilasi.get(source)
        if templat is None:
            if len(self._terkompilasi) >= BATAS_CACHE:
                self._terkompilasi.clear()
            templat = self._terkompilasi[source] = super().from_string(source)
        return templat


JINJA = LingkunganJinja(undefined=jinja2.StrictUndefined, autoescape=True)
"""The Jinja environment of every render: unknown variables fail, values are escaped."""

_UMUM = frozenset(
    {"instansi", "nomor", "tempat", "tanggal", "tanggal_terbilang", "atasan_ppid"}
    | {"ppid", "tim_pertimbangan"}
)
_WAJIB_UMUM = frozenset({"instansi", "nomor", "tempat", "tanggal", "atasan_ppid"})


@dataclass(frozen=True)
class Kontrak:
    """The variables render provides to one template and those the template must use."""

    disediakan: frozenset[str]
    wajib: frozenset[str]


KONTRAK: Mapping[JenisDokumen, Kontrak] = {
    JenisDokumen.LEMBAR_UJI: Kontrak(
        _UMUM | {"item", "pembukaan", "keputusan", "penguji"},
        _WAJIB_UMUM | {"item", "pembukaan", "keputusan", "penguji"},
    ),
    JenisDokumen.DAFTAR: Kontrak(_UMUM | {"items"}, _WAJIB_UMUM | {"items"}),
    JenisDokumen.KEPUTUSAN: Kontrak(
        _UMUM | {"items", "tentang", "menimbang", "mengingat", "diktum", "unit_kerja"},
        _WAJIB_UMUM | {"items", "tentang", "menimbang", "mengingat", "diktum"},
    ),
}


@dataclass(frozen=True)
class HasilPeriksa:
    """What checking one template found: unknown and missing variables, or a syntax error."""

    jenis: JenisDokumen
    path: Path
    tidak_dikenal: tuple[str, ...] = ()
    tidak_ada: tuple[str, ...] = ()
    galat: TemplateInvalid | None = None

    @property
    def sah(self) -> bool:
        """True when the template parses and matches the contract."""
        return not (self.tidak_dikenal or self.tidak_ada or self.galat)


def path_templat(folder: Path, jenis: JenisDokumen) -> Path:
    """The DOCX template of ``jenis`` in ``folder``; :class:`TemplateInvalid` when missing."""
    path = folder / f"{jenis.value}.docx"
    if not path.is_file():
        raise TemplateInvalid("templat.tidak_ada", templat=str(path))
    return path


def periksa_templat(path: Path, jenis: JenisDokumen) -> HasilPeriksa:
    """Check ``path`` against the contract of ``jenis`` without rendering it."""
    try:
        dipakai = variabel_templat(path)
    except TemplateInvalid as e:
        return HasilPeriksa(jenis, path, galat=e)
    kontrak = KONTRAK[jenis]
    return HasilPeriksa(
        jenis,
        path,
        tidak_dikenal=tuple(sorted(dipakai - kontrak.disediakan)),
        tidak_ada=tuple(sorted(kontrak.wajib - dipakai)),
    )


def periksa_folder(folder: Path) -> list[HasilPeriksa]:
    """Check every template sidik needs in ``folder``; a missing one is reported, not raised."""
    hasil = []
    for jenis in JenisDokumen:
        path = folder / f"{jenis.value}.docx"
        if not path.is_file():
            galat = TemplateInvalid("templat.tidak_ada", templat=str(path))
            hasil.append(HasilPeriksa(jenis, path, galat=galat))
        else:
            hasil.append(periksa_templat(path, jenis))
    return hasil


def variabel_templat(path: Path) -> set[str]:
    """The top-level variables ``path`` uses (body, headers, footers).

    A Jinja syntax error becomes :class:`TemplateInvalid` naming the template, the paragraph
    (counted from the top of the body, header or footer) and that paragraph's text.
    """
    tpl = _buka(path)
    dipakai: set[str] = set()
    for bagian, xml in _bagian_xml(tpl):
        dipakai |= meta.find_undeclared_variables(_parse(path, bagian, tpl.patch_xml(xml)))
    return dipakai


def _galat_sintaks(path: Path, e: jinja2.TemplateSyntaxError, xml: str) -> TemplateInvalid:
    """``e`` as a :class:`TemplateInvalid` that points at the offending paragraph of ``path``.

    ``xml`` is the source Jinja saw; docxtpl puts each ``<w:p`` on its own line before
    rendering (and so do we when checking), so Jinja's line number is a paragraph number.
    """
    baris = xml.splitlines()
    nomor = e.lineno or 1
    teks = re.sub(r"<[^>]+>", "", baris[nomor - 1]) if 0 < nomor <= len(baris) else ""
    return TemplateInvalid(
        "templat.sintaks",
        templat=str(path),
        paragraf=max(nomor - 1, 1),
        teks=_ringkas(teks),
        sebab=e.message or "",
    )


def _buka(path: Path) -> DocxTemplate:
    try:
        tpl = DocxTemplate(path)
        tpl.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise TemplateInvalid("templat.rusak", templat=str(path), sebab=str(e)) from e
    return tpl


def _bagian_xml(tpl: DocxTemplate) -> list[tuple[str, str]]:
    """(name, XML) of the body, then every header and footer part."""
    docx = tpl.docx
    assert docx is not None
    bagian = [("body", tpl.get_xml())]
    for rel in docx.part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI):
            bagian.append((str(rel.target_ref), rel.target_part.blob.decode("utf-8")))
    return bagian


def _parse(path: Path, bagian: str, xml: str) -> jinja2.nodes.Template:
    xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)
    try:
        return JINJA.parse(xml)
    except jinja2.TemplateSyntaxError as e:
        galat = _galat_sintaks(path, e, xml)
        if bagian != "body":
            galat.params["templat"] = f"{path} ({bagian})"
        raise galat from e


def _ringkas(teks: str, batas: int = 80) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= batas else teks[: batas - 1] + "…"
