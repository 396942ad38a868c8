"""The template contract: which variables sidik gives each DOCX template, and checking one.

:data:`KONTRAK` is the one place that says, per kind of document, which variables render
provides and which of them a template must use to be legally complete. Render builds exactly
the provided variables (a test holds it to that); ``sidik templates check`` reads a user's
template against the same contract, then renders it with sample values in the same sandbox
as render (:mod:`pipeline.stages.lingkungan`), so that a template reaching outside sidik's
values is refused before any cycle uses it.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import meta
from jinja2.sandbox import SecurityError

from pipeline.config import Config
from pipeline.errors import TemplateInvalid
from pipeline.model import JenisDokumen
from pipeline.stages.konteks_contoh import konteks_contoh
from pipeline.stages.lingkungan import ATRIBUT_LOOP, JINJA
from pipeline.stages.templat_bawaan import folder_templat

_UMUM = frozenset(
    {"instansi", "nomor", "tempat", "tanggal", "tanggal_terbilang", "atasan_ppid"}
    | {"ppid", "tim_pertimbangan", "kertas", "lambang"}
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
    JenisDokumen.SURAT_KEPUTUSAN: Kontrak(
        _UMUM | {"items", "tentang", "menimbang", "mengingat", "diktum", "unit_kerja", "tembusan"},
        _WAJIB_UMUM | {"items", "tentang", "menimbang", "mengingat", "diktum"},
    ),
    JenisDokumen.BERITA_ACARA: Kontrak(
        _UMUM | {"pembukaan", "keputusan", "ringkasan", "penguji"},
        _WAJIB_UMUM | {"pembukaan", "keputusan", "penguji"},
    ),
}


@dataclass(frozen=True)
class HasilPeriksa:
    """What checking one template found: unknown and missing variables, and the first error
    (syntax, an attribute outside sidik's values, a failed sample render)."""

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
    """The DOCX template of ``jenis`` in ``folder``; :class:`TemplateInvalid` when missing.

    A workspace made before the Berita Acara existed has no template of it: sidik's default
    one serves (see :func:`letak_templat`).
    """
    path = letak_templat(folder, jenis)
    if not path.is_file():
        raise TemplateInvalid("templat.tidak_ada", templat=str(path))
    return path


def letak_templat(folder: Path, jenis: JenisDokumen) -> Path:
    """Where the template of ``jenis`` for ``folder`` is, whether or not it exists."""
    path = folder / f"{jenis.value}.docx"
    if jenis is JenisDokumen.BERITA_ACARA and not path.exists():
        bawaan = folder_templat() / path.name
        return bawaan if bawaan.is_file() else path
    return path


def periksa_templat(
    path: Path, jenis: JenisDokumen, isi: Mapping[str, Any] | None = None
) -> HasilPeriksa:
    """Check ``path`` against the contract of ``jenis``.

    With sample values ``isi``, also check every attribute it reads, in every branch, against
    the fields those values have, then render it in the sandbox (writing nothing) when it uses
    only provided variables; the first problem found is :attr:`HasilPeriksa.galat`.
    """
    try:
        pohon = _pohon(path)
    except TemplateInvalid as e:
        return HasilPeriksa(jenis, path, galat=e)
    dipakai = set().union(*(meta.find_undeclared_variables(p.ast) for p in pohon))
    kontrak = KONTRAK[jenis]
    tidak_dikenal = tuple(sorted(dipakai - kontrak.disediakan))
    galat = None
    if isi is not None:
        galat = _atribut_asing(path, pohon, nama_isian(isi) | ATRIBUT_LOOP)
    if isi is not None and galat is None and not tidak_dikenal:
        try:
            uji_render(path, isi)
        except TemplateInvalid as e:
            galat = e
    return HasilPeriksa(
        jenis, path, tidak_dikenal, tuple(sorted(kontrak.wajib - dipakai)), galat=galat
    )


def periksa_folder(folder: Path, config: Config) -> list[HasilPeriksa]:
    """Check and render with sample values every template sidik needs in ``folder``; a missing
    one is reported, not raised."""
    contoh = konteks_contoh(config)
    hasil = []
    for jenis in JenisDokumen:
        path = letak_templat(folder, jenis)
        if not path.is_file():
            galat = TemplateInvalid("templat.tidak_ada", templat=str(path))
            hasil.append(HasilPeriksa(jenis, path, galat=galat))
        else:
            hasil.append(periksa_templat(path, jenis, contoh[jenis]))
    return hasil


def uji_render(path: Path, isi: Mapping[str, Any]) -> None:
    """Render every part of ``path`` with ``isi`` in the sandbox, keeping nothing.

    An attribute outside what sidik provides becomes :class:`TemplateInvalid`
    (``templat.terlarang``) naming the template, the paragraph and its text.
    """
    tpl = _buka(path)
    for bagian, xml in _bagian_xml(tpl):
        sumber = _per_paragraf(tpl.patch_xml(xml))
        try:
            JINJA.from_string(sumber).render(isi)
        except SecurityError as e:
            nomor = _baris_templat(e.__traceback__)
            raise _galat_paragraf(
                "templat.terlarang", path, bagian, nomor, sumber, _sebab_terlarang(e)
            ) from e
        except jinja2.UndefinedError as e:
            raise TemplateInvalid("templat.variabel", templat=str(path), sebab=str(e)) from e
        except jinja2.TemplateError as e:
            raise TemplateInvalid("templat.rusak", templat=str(path), sebab=str(e)) from e


def variabel_templat(path: Path) -> set[str]:
    """The top-level variables ``path`` uses (body, headers, footers).

    A Jinja syntax error becomes :class:`TemplateInvalid` naming the template, the paragraph
    (counted from the top of the body, header or footer) and that paragraph's text.
    """
    return set().union(*(meta.find_undeclared_variables(p.ast) for p in _pohon(path)))


def nama_isian(isi: Mapping[str, Any]) -> frozenset[str]:
    """Every name a template may read as an attribute of ``isi``'s values: the keys of the
    dicts and the fields of sidik's records inside them (not the top-level names)."""
    nama: set[str] = set()
    tumpukan: list[Any] = list(isi.values())
    while tumpukan:
        nilai = tumpukan.pop()
        if isinstance(nilai, Mapping):
            nama |= set(nilai)
            tumpukan.extend(nilai.values())
        elif dataclasses.is_dataclass(nilai) and not isinstance(nilai, type):
            medan = [f.name for f in dataclasses.fields(nilai)]
            nama |= set(medan)
            tumpukan.extend(getattr(nilai, m) for m in medan)
        elif isinstance(nilai, (list, tuple)):
            tumpukan.extend(nilai)
    return frozenset(nama)


@dataclass(frozen=True)
class _Bagian:
    """One part of a template (body, a header, a footer) as Jinja reads it."""

    nama: str
    sumber: str  # one paragraph per line
    ast: jinja2.nodes.Template


def _pohon(path: Path) -> list[_Bagian]:
    """Every part of ``path``, parsed; a syntax error names the paragraph."""
    tpl = _buka(path)
    hasil = []
    for bagian, xml in _bagian_xml(tpl):
        sumber = _per_paragraf(tpl.patch_xml(xml))
        hasil.append(_Bagian(bagian, sumber, _parse(path, bagian, sumber)))
    return hasil


def _atribut_asing(
    path: Path, pohon: list[_Bagian], dikenal: frozenset[str]
) -> TemplateInvalid | None:
    """The first attribute read in ``pohon`` (taken branch or not) that is not ``dikenal``."""
    for bagian in pohon:
        asing = sorted((n, a) for n, a in _atribut(bagian.ast) if a not in dikenal)
        if asing:
            nomor, nama = asing[0]
            return _galat_paragraf(
                "templat.terlarang", path, bagian.nama, nomor, bagian.sumber, f"'{nama}'"
            )
    return None


_FILTER_ATRIBUT = ("attr", "selectattr", "rejectattr")


def _atribut(ast: jinja2.nodes.Template) -> Iterator[tuple[int, str]]:
    """(line, name) of every attribute the template reads: ``x.a``, ``x['a']``, ``x|attr('a')``,
    and the ``attribute=`` of filters such as ``map`` and ``sort``."""
    for n in ast.find_all(jinja2.nodes.Getattr):
        yield n.lineno, n.attr
    for g in ast.find_all(jinja2.nodes.Getitem):
        if isinstance(g.arg, jinja2.nodes.Const) and isinstance(g.arg.value, str):
            yield g.lineno, g.arg.value
    for f in ast.find_all(jinja2.nodes.Filter):
        ungkapan = list(f.args[:1]) if f.name in _FILTER_ATRIBUT else []
        ungkapan += [k.value for k in f.kwargs if k.key == "attribute"]
        for u in ungkapan:
            if isinstance(u, jinja2.nodes.Const) and isinstance(u.value, str):
                for nama in u.value.split("."):
                    yield f.lineno, nama


def _galat_paragraf(
    message_id: str, path: Path, bagian: str, nomor: int | None, xml: str, sebab: str
) -> TemplateInvalid:
    """A :class:`TemplateInvalid` that points at the paragraph of ``path`` Jinja complained of.

    ``xml`` is the source Jinja saw; docxtpl puts each ``<w:p`` on its own line before
    rendering (and so do we when checking), so Jinja's line number is a paragraph number.
    """
    baris = xml.splitlines()
    nomor = nomor or 1
    teks = re.sub(r"<[^>]+>", "", baris[nomor - 1]) if 0 < nomor <= len(baris) else ""
    templat = str(path) if bagian == "body" else f"{path} ({bagian})"
    return TemplateInvalid(
        message_id, templat=templat, paragraf=max(nomor - 1, 1), teks=_ringkas(teks), sebab=sebab
    )


def _baris_templat(tb: TracebackType | None) -> int | None:
    """The template line of the innermost template frame of a Jinja runtime error."""
    nomor = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            nomor = tb.tb_lineno
        tb = tb.tb_next
    return nomor


def _sebab_terlarang(e: SecurityError) -> str:
    """``'__class__' (str)`` from Jinja's "access to attribute ... is unsafe" message."""
    cocok = re.match(r"access to attribute '(.+)' of '(.+)' object is unsafe", str(e))
    return f"'{cocok[1]}' ({cocok[2]})" if cocok else str(e)


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


def _per_paragraf(xml: str) -> str:
    """``xml`` with each paragraph on a line of its own, as docxtpl renders it."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def _parse(path: Path, bagian: str, sumber: str) -> jinja2.nodes.Template:
    """``sumber`` (one paragraph per line) parsed; a syntax error names the paragraph."""
    try:
        return JINJA.parse(sumber)
    except jinja2.TemplateSyntaxError as e:
        raise _galat_paragraf(
            "templat.sintaks", path, bagian, e.lineno, sumber, e.message or ""
        ) from e


def _ringkas(teks: str, batas: int = 80) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= batas else teks[: batas - 1] + "…"
