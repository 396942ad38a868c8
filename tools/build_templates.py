"""Build the official DOCX templates of sidik (docxtpl / Jinja2 syntax).

Run from the project root::

    .venv/bin/python tools/build_templates.py

Writes, byte-for-byte reproducibly (fixed core properties and ZIP timestamps):

* ``templates/lembar_uji_konsekuensi.docx``       portrait A4, one tested item
* ``templates/daftar_informasi_dikecualikan.docx`` landscape A4, the DIK table
* ``templates/surat_keputusan.docx``               portrait decree + landscape attachment (DIK)
* ``templates/berita_acara_pengujian_konsekuensi.docx`` portrait, one meeting of the Tim

Every document starts with the kop surat (letterhead) and ends with the same signature block: a
borderless two-column table, left column (45 %) left empty for the paraf of the checking
officials, right column (55 %) with place/date, jabatan, >= 85 pt empty space for the visible
electronic signature, the signer's name (bold, underlined, a single run on its own line) and NIP.
Pages are set as the tata naskah dinas of local government sets them (docs/naskah-dinas.md): ruang
tepi (margins) :data:`RUANG_TEPI_CM`, the page number "- 2 -" centred in the header from the second
page on (none on the first, the one with the kop). The bottom-right corner of every page stays
free for the paraf stamp.

The variables each template may and must use are defined once, in
``pipeline/stages/templat.py`` (``KONTRAK``); render provides exactly those (all values are
pre-formatted strings unless noted):

* all: ``instansi`` (.pemerintah .dinas .alamat), ``nomor``, ``tempat``, ``tanggal``,
  ``atasan_ppid`` (.nama .jabatan .nip)
* lembar uji konsekuensi: ``pembukaan``, ``item``, ``keputusan``, ``penguji`` (list of .nama
  .jabatan .nip .peran: the PPID Pelaksana and the Tim Pertimbangan, each signing in their
  "Tanda Tangan" cell with their own key)
* DIK: ``items`` (list of objects with .no .judul .uraian .unit_kerja .dasar_hukum
  .konsekuensi .jangka_waktu .keterangan)
* surat keputusan: ``tentang``, ``menimbang`` and ``mengingat`` (lists of text), ``diktum``
  (list of .urutan .isi), ``items`` (the attachment)
* berita acara: ``pembukaan``, ``keputusan`` (list of .no .judul .unit_kerja .pasal17
  .keputusan .alasan), ``ringkasan``, ``penguji`` (those present at the meeting, each signing
  in their cell as in the Lembar)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "templates"

FONT = "Arial"
BODY_PT = 11
HEADING_PT = 12
TABLE_PT = 10
HEADER_FILL = "D9D9D9"
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# Rows of the DIK whose longest cell is shorter than this (characters) are kept on one page
# (w:cantSplit); longer rows may break across pages so that nothing is cut off.
SHORT_ROW_CHARS = 500

# The DIK table is set in parts of this many rows, each a table of its own that repeats the
# column headings. LibreOffice lays out one table in time that grows with the square of its
# rows (a 2,000-row DIK took 73 s to convert as one table, 18 s in parts of 200); a part of
# 100 rows is as fast as smaller ones and starts mid-page only once every ~23 pages.
DIK_PART_ROWS = 100

# The lambang daerah at the left of the kop: its column, and the placeholder picture whose size
# and bytes render replaces with the configured image (found by its name, "Lambang").
KOP_LAMBANG_CM = 2.2
LAMBANG_EMU = (1, 1)  # replaced by {{ lambang.cx }} / {{ lambang.cy }}, see _lambang_from_context


def _png_lambang() -> bytes:
    """A 1 x 1 transparent PNG: the template's placeholder for the lambang."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00\x00\x00\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


# Ruang tepi (cm: top, right, bottom, left), the minimums of the tata naskah dinas: top 2 cm
# (without kop; the kop itself starts there), bottom 2.5, left 3 (room for punching), right 2.
# Landscape pages (the DIK, the decree's attachment) keep the same edges: their text width is
# 29.7 - 5 = 24.7 cm on A4, their columns sum to it.
RUANG_TEPI_CM = (2.0, 2.0, 2.5, 3.0)
# The page number in the header: its distance from the page's upper edge, and its size.
KEPALA_CM = 1.0
NOMOR_HALAMAN_PT = BODY_PT

# Height of the empty space between jabatan and the signer's name (points).
SIGNATURE_SPACE_PT = 96

LEMBAR_FILE = "lembar_uji_konsekuensi.docx"
DIK_FILE = "daftar_informasi_dikecualikan.docx"
SK_FILE = "surat_keputusan.docx"
BA_FILE = "berita_acara_pengujian_konsekuensi.docx"


# --------------------------------------------------------------------------- low-level XML


def _el(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


def _replace_child(parent, tag: str, new) -> None:
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    parent.append(new)


def _setup_styles(doc) -> None:
    """Explicit Arial everywhere, Indonesian language, no default paragraph spacing."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(rpr):
        rpr.remove(child)
    rpr.append(
        _el("w:rFonts", **{"w:ascii": FONT, "w:hAnsi": FONT, "w:eastAsia": FONT, "w:cs": FONT})
    )
    rpr.append(_el("w:sz", **{"w:val": str(BODY_PT * 2)}))
    rpr.append(_el("w:szCs", **{"w:val": str(BODY_PT * 2)}))
    rpr.append(_el("w:lang", **{"w:val": "id-ID", "w:eastAsia": "id-ID", "w:bidi": "ar-SA"}))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for child in list(ppr):
        ppr.remove(child)
    ppr.append(
        _el("w:spacing", **{"w:before": "0", "w:after": "0", "w:line": "240", "w:lineRule": "auto"})
    )

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    rfonts = normal.element.get_or_add_rPr().find(qn("w:rFonts"))
    for attr in ("w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    pf.widow_control = True


def _setup_core_properties(doc, title: str) -> None:
    cp = doc.core_properties
    cp.author = "sidik"
    cp.last_modified_by = "sidik"
    cp.title = title
    cp.subject = "Daftar Informasi Publik yang Dikecualikan"
    cp.comments = "Template docxtpl; dibuat oleh tools/build_templates.py"
    cp.keywords = "PPID; DIK; uji konsekuensi"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.language = "id-ID"


def _setup_page(doc, *, landscape: bool, margins_cm: tuple[float, float, float, float]) -> None:
    section = doc.sections[-1]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    top, right, bottom, left = margins_cm
    section.top_margin = Cm(top)
    section.right_margin = Cm(right)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.header_distance = Cm(KEPALA_CM)
    section.footer_distance = Cm(1.0)


def _text_width_twips(doc) -> int:
    s = doc.sections[-1]
    return int((s.page_width - s.left_margin - s.right_margin) / 635)  # EMU -> twips


def _fmt_run(run, *, bold=False, italic=False, underline=False, size: float | None = None):
    run.bold = bold or None
    run.italic = italic or None
    run.underline = underline or None
    if size is not None:
        run.font.size = Pt(size)
    return run


def _para(
    container,
    text: str = "",
    *,
    align=WD_ALIGN_PARAGRAPH.LEFT,
    bold=False,
    italic=False,
    underline=False,
    size: float | None = None,
    before: float = 0,
    after: float = 0,
    keep_next=False,
    first_indent_cm: float | None = None,
    left_indent_cm=None,
    hanging_cm=None,
):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep_next:
        pf.keep_with_next = True
    if first_indent_cm is not None:
        pf.first_line_indent = Cm(first_indent_cm)
    if left_indent_cm is not None:
        pf.left_indent = Cm(left_indent_cm)
    if hanging_cm is not None:
        pf.first_line_indent = Cm(-hanging_cm)
    if text:
        _fmt_run(p.add_run(text), bold=bold, italic=italic, underline=underline, size=size)
    return p


def _bottom_border(paragraph, *, val="thickThinSmallGap", sz=24, space=1) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = _el("w:pBdr")
    pbdr.append(
        _el(
            "w:bottom",
            **{"w:val": val, "w:sz": str(sz), "w:space": str(space), "w:color": "000000"},
        )
    )
    # pBdr must come before spacing/jc etc. in CT_PPr order; insert early.
    anchor = None
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(pbdr)
    else:
        ppr.append(pbdr)


def _add_field(paragraph, instr: str, placeholder: str, size: float) -> None:
    def run_with(child):
        r = paragraph.add_run()
        r.font.size = Pt(size)
        r._r.append(child)
        return r

    run_with(_el("w:fldChar", **{"w:fldCharType": "begin"}))
    instr_el = _el("w:instrText")
    instr_el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr_el.text = f" {instr} \\* MERGEFORMAT "
    run_with(instr_el)
    run_with(_el("w:fldChar", **{"w:fldCharType": "separate"}))
    r = paragraph.add_run(placeholder)
    r.font.size = Pt(size)
    run_with(_el("w:fldChar", **{"w:fldCharType": "end"}))


# --------------------------------------------------------------------------- tables


def _table_props(
    table, widths: list[int], *, borders: bool, cell_margin_lr=85, cell_margin_tb=40
) -> None:
    """Fixed layout, explicit grid and widths (twips), borders and cell margins."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    for tag in (
        "w:tblStyle",
        "w:tblW",
        "w:tblLayout",
        "w:tblBorders",
        "w:tblCellMar",
        "w:tblLook",
        "w:jc",
        "w:tblInd",
    ):
        for old in tblpr.findall(qn(tag)):
            tblpr.remove(old)
    # CT_TblPr order: tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize,
    # tblStyleColBandSize, tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout,
    # tblCellMar, tblLook
    tblpr.append(_el("w:tblW", **{"w:w": str(sum(widths)), "w:type": "dxa"}))
    tblpr.append(_el("w:jc", **{"w:val": "center" if borders else "left"}))
    tblpr.append(_el("w:tblInd", **{"w:w": "0", "w:type": "dxa"}))
    bdr = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if borders:
            bdr.append(
                _el(
                    f"w:{side}",
                    **{"w:val": "single", "w:sz": "6", "w:space": "0", "w:color": "000000"},
                )
            )
        else:
            bdr.append(_el(f"w:{side}", **{"w:val": "nil"}))
    tblpr.append(bdr)
    tblpr.append(_el("w:tblLayout", **{"w:type": "fixed"}))
    mar = _el("w:tblCellMar")
    mar.append(_el("w:top", **{"w:w": str(cell_margin_tb), "w:type": "dxa"}))
    mar.append(_el("w:left", **{"w:w": str(cell_margin_lr), "w:type": "dxa"}))
    mar.append(_el("w:bottom", **{"w:w": str(cell_margin_tb), "w:type": "dxa"}))
    mar.append(_el("w:right", **{"w:w": str(cell_margin_lr), "w:type": "dxa"}))
    tblpr.append(mar)
    tblpr.append(
        _el(
            "w:tblLook",
            **{
                "w:val": "0000",
                "w:firstRow": "0",
                "w:lastRow": "0",
                "w:firstColumn": "0",
                "w:lastColumn": "0",
                "w:noHBand": "1",
                "w:noVBand": "1",
            },
        )
    )
    table.alignment = WD_TABLE_ALIGNMENT.CENTER if borders else WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Twips(width)


def _row_flags(row, *, header=False, cant_split=False) -> None:
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        trpr.append(_el("w:cantSplit"))
    if header:
        trpr.append(_el("w:tblHeader"))


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    _replace_child(
        tcpr, "w:shd", _el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill})
    )


def _cell_text(
    cell,
    text: str,
    *,
    bold=False,
    italic=False,
    underline=False,
    align=WD_ALIGN_PARAGRAPH.LEFT,
    size: float = TABLE_PT,
    keep_next=False,
):
    """Write text into the cell's (first, empty) paragraph or a new one."""
    p = cell.paragraphs[-1]
    if p.runs or p.text:
        p = cell.add_paragraph()
    p.alignment = align
    if keep_next:
        p.paragraph_format.keep_with_next = True
    # Always add a run, even an empty one: it sets the size of an empty line and marks the
    # paragraph as used, so that the next call starts a new paragraph.
    _fmt_run(p.add_run(text), bold=bold, italic=italic, underline=underline, size=size)
    return p


def _header_rows(table, headers: list[str]) -> None:
    """Row 0: bold column titles, grey; row 1: column numbers (1), (2), ...; both repeat."""
    title_row, number_row = table.rows[0], table.rows[1]
    for i, (cell, text) in enumerate(zip(title_row.cells, headers, strict=True)):
        _cell_text(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(cell, HEADER_FILL)  # before vAlign: CT_TcPr order is ... shd ... vAlign
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        ncell = number_row.cells[i]
        _cell_text(
            ncell, f"({i + 1})", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=TABLE_PT - 2
        )
        _shade(ncell, HEADER_FILL)
    _row_flags(title_row, header=True, cant_split=True)
    _row_flags(number_row, header=True, cant_split=True)


def _tag_row(row, tag: str) -> None:
    """A row that only carries a docxtpl ``{%tr ... %}`` tag (docxtpl removes the row)."""
    _cell_text(row.cells[0], tag, size=TABLE_PT)


def _tag_para(doc, tag: str) -> None:
    """A paragraph that only carries a docxtpl ``{%p ... %}`` tag (docxtpl removes it)."""
    _para(doc, tag)


# --------------------------------------------------------------------------- blocks


def _kop(doc) -> None:
    """Kop surat: government / agency / address, a thick-thin line underneath; with the lambang
    daerah (``lambang``, from sidik.toml) at its left, in a borderless table, when there is one."""
    _tag_para(doc, "{%p if lambang %}")
    total = _text_width_twips(doc)
    widths = [_cm_to_twips([KOP_LAMBANG_CM])[0], total - _cm_to_twips([KOP_LAMBANG_CM])[0]]
    table = doc.add_table(rows=1, cols=2)
    _table_props(table, widths, borders=False, cell_margin_lr=0, cell_margin_tb=0)
    gambar, teks = table.rows[0].cells
    gambar.vertical_alignment = teks.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = gambar.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(_png_lambang()), width=LAMBANG_EMU[0], height=LAMBANG_EMU[1])
    _kop_lines(teks, in_cell=True)
    _bottom_border(_para(doc, "", size=2, after=2))
    _tag_para(doc, "{%p else %}")
    alamat = _kop_lines(doc, in_cell=False)
    _bottom_border(alamat)
    _tag_para(doc, "{%p endif %}")


def _kop_lines(container, *, in_cell: bool):
    """The three centred lines of the kop; returns the address paragraph."""
    lines = (
        ("{{ instansi.pemerintah|upper }}", True, 14),
        ("{{ instansi.dinas|upper }}", True, 16),
        ("{{ instansi.alamat }}", False, 9.5),
    )
    for text, bold, size in lines:
        if in_cell:
            p = _cell_text(container, text, bold=bold, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            p = _para(container, text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=bold, size=size)
        p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(2)
    return p


def _title(doc, lines: list[tuple[str, bool]], *, before=12, after=12) -> None:
    for i, (text, bold) in enumerate(lines):
        _para(
            doc,
            text,
            align=WD_ALIGN_PARAGRAPH.CENTER,
            bold=bold,
            size=HEADING_PT if bold else BODY_PT,
            before=before if i == 0 else 0,
            after=after if i == len(lines) - 1 else 0,
            keep_next=True,
        )


def _nomor_halaman(doc) -> None:
    """Page numbers as naskah dinas writes them: "- 2 -", centred at the top, none on the first
    page (``titlePg``: its header is an empty line of the same height)."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fmt_run(p.add_run("- "), size=NOMOR_HALAMAN_PT)
    _add_field(p, "PAGE", "2", NOMOR_HALAMAN_PT)
    _fmt_run(p.add_run(" -"), size=NOMOR_HALAMAN_PT)
    pertama = section.first_page_header
    pertama.is_linked_to_previous = False
    _fmt_run(pertama.paragraphs[0].add_run(" "), size=NOMOR_HALAMAN_PT)


def _signature_block(doc, heading: tuple[str, ...] = ("{{ tempat }}, {{ tanggal }}",)) -> None:
    """Borderless 45/55 table; right column: place/date, jabatan, space, name, NIP."""
    _signature_table(doc.add_table(rows=1, cols=2), _text_width_twips(doc), heading)
    # Word needs a paragraph after a table at the end of the body; make it tiny so that it
    # never pushes an empty page.
    _tiny_para(doc)


def _signature_table(table, total: int, heading: tuple[str, ...]) -> None:
    """Fill the 1x2 ``table`` (``total`` twips wide) with the signature block."""
    left = round(total * 0.45)
    widths = [left, total - left]
    _table_props(table, widths, borders=False, cell_margin_lr=0, cell_margin_tb=0)
    row = table.rows[0]
    _row_flags(row, cant_split=True)
    # Left column stays empty: the paraf of the checking officials is placed there later.
    _cell_text(row.cells[0], "", size=BODY_PT)
    right = row.cells[1]
    for line in heading:
        _cell_text(right, line, size=BODY_PT, keep_next=True)
    jab = _cell_text(right, "{{ atasan_ppid.jabatan }}", size=BODY_PT, keep_next=True)
    jab.paragraph_format.space_before = Pt(2)
    # Empty space for the visible electronic signature: one empty paragraph of exact height.
    space = _cell_text(right, "", size=BODY_PT, keep_next=True)
    space.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    space.paragraph_format.line_spacing = Pt(SIGNATURE_SPACE_PT)
    # The name: ONE run, on its own line (the signing software searches for it in the PDF).
    _cell_text(
        right, "{{ atasan_ppid.nama }}", bold=True, underline=True, size=BODY_PT, keep_next=True
    )
    # Naskah dinas: name, then rank and grade (when configured), then NIP.
    _cell_text(right, "{%p if atasan_ppid.pangkat %}", size=BODY_PT)
    _cell_text(right, "{{ atasan_ppid.pangkat }}", size=BODY_PT, keep_next=True)
    _cell_text(right, "{%p endif %}", size=BODY_PT)
    _cell_text(right, "NIP. {{ atasan_ppid.nip }}", size=BODY_PT)


def _tiny_para(doc) -> None:
    """An empty paragraph of exactly 1 pt."""
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(1)
    p.add_run("").font.size = Pt(1)


def _new_document(title: str, *, landscape: bool, margins_cm):
    doc = Document()
    _setup_styles(doc)
    _setup_core_properties(doc, title)
    _setup_page(doc, landscape=landscape, margins_cm=margins_cm)
    # python-docx's default document starts empty; nothing to remove.
    _nomor_halaman(doc)
    return doc


# --------------------------------------------------------------------------- templates

LEMBAR_HEADERS = [
    "No",
    "Informasi yang Diuji",
    "Dasar Hukum Pengecualian",
    "Konsekuensi bila Dibuka",
    "Pertimbangan (Kepentingan yang Lebih Besar)",
    "Jangka Waktu",
]
# cm, sums to the 16 cm text width of portrait A4. Each column is wide enough for its longest
# word at 10 pt ("berkekuatan" in Jangka Waktu: 1.94 cm + the cell's 0.3 cm margins), so that
# no word is broken mid-word (LibreOffice breaks a word that does not fit its column).
LEMBAR_WIDTHS_CM = [0.8, 3.2, 2.8, 3.4, 3.4, 2.4]
PENGUJI_HEADERS = ["No", "Nama, Pangkat dan NIP", "Jabatan dan Peran", "Tanda Tangan"]
PENGUJI_WIDTHS_CM = [0.9, 5.4, 5.9, 3.8]

DIK_HEADERS = [
    "No",
    "Informasi yang Dikecualikan",
    "Unit Kerja / PPID Pelaksana",
    "Dasar Hukum",
    "Konsekuensi bila Dibuka",
    "Jangka Waktu",
    "Keterangan",
]
# cm, sums to the 24.7 cm text width of landscape A4 within RUANG_TEPI_CM; Jangka Waktu as
# wide as the Lembar's (see LEMBAR_WIDTHS_CM)
DIK_WIDTHS_CM = [1.0, 5.0, 3.2, 4.6, 4.8, 2.5, 3.6]


def _cm_to_twips(values: list[float]) -> list[int]:
    return [round(v * 567) for v in values]


def build_lembar() -> io.BytesIO:
    doc = _new_document("Lembar Pengujian Konsekuensi", landscape=False, margins_cm=RUANG_TEPI_CM)
    _kop(doc)
    _title(doc, [("LEMBAR PENGUJIAN KONSEKUENSI", True), ("Nomor: {{ nomor }}", False)])
    _para(doc, "{{ pembukaan }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)

    widths = _cm_to_twips(LEMBAR_WIDTHS_CM)
    table = doc.add_table(rows=3, cols=len(widths))
    _table_props(table, widths, borders=True)
    _header_rows(table, LEMBAR_HEADERS)
    cells = table.rows[2].cells
    _cell_text(cells[0], "{{ item.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(cells[1], "{{ item.judul }}", bold=True)
    _cell_text(cells[1], "{{ item.uraian }}")
    _cell_text(cells[1], "Unit kerja: {{ item.unit_kerja }}", italic=True)
    _cell_text(cells[2], "{{ item.dasar_hukum }}")
    _cell_text(cells[3], "{{ item.konsekuensi }}")
    _cell_text(cells[4], "{{ item.pertimbangan }}")
    _cell_text(cells[5], "{{ item.jangka_waktu }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    # The data row may break across pages: a long konsekuensi must never be cut off.

    _para(doc, "{{ keputusan }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=10, after=8)

    _participants(doc)
    _para(doc, "", after=6, keep_next=True)
    _signature_block(doc, ("{{ tempat }}, {{ tanggal }}", "Mengetahui,"))
    return _save(doc)


def _participants(doc, heading: str = "Yang melakukan pengujian:") -> None:
    """Everyone who took part signs (PerKI 1/2017), each in their own cell with their own key
    (``pipeline/stages/lembar.py`` finds it under "Tanda Tangan"): No | Nama, NIP | Jabatan |
    Ttd."""
    _para(doc, heading, keep_next=True, after=4)
    widths = _cm_to_twips(PENGUJI_WIDTHS_CM)
    table = doc.add_table(rows=4, cols=len(widths))
    _table_props(table, widths, borders=True)
    title = table.rows[0]
    for cell, text in zip(title.cells, PENGUJI_HEADERS, strict=True):
        _cell_text(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
        _shade(cell, HEADER_FILL)
    _row_flags(title, header=True, cant_split=True)
    _tag_row(table.rows[1], "{%tr for p in penguji %}")
    row = table.rows[2]
    cells = row.cells
    _cell_text(cells[0], "{{ loop.index }}", align=WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    _cell_text(cells[1], "{{ p.nama }}", bold=True, keep_next=True)
    _cell_text(cells[1], "{%p if p.pangkat %}")
    _cell_text(cells[1], "{{ p.pangkat }}", keep_next=True)
    _cell_text(cells[1], "{%p endif %}")
    _cell_text(cells[1], "NIP. {{ p.nip }}", keep_next=True)
    _cell_text(cells[2], "{{ p.jabatan }}", keep_next=True)
    _cell_text(cells[2], "Peran: {{ p.peran }}", italic=True, keep_next=True)
    _cell_text(cells[3], "{{ loop.index }}.", size=TABLE_PT - 1, keep_next=True)
    _row_flags(row, cant_split=True)
    # 2 cm: room for each participant's electronic signature stamp in the last cell
    row._tr.get_or_add_trPr().append(_el("w:trHeight", **{"w:val": "1134", "w:hRule": "atLeast"}))
    _tag_row(table.rows[3], "{%tr endfor %}")


def build_dik() -> io.BytesIO:
    doc = _new_document(
        "Daftar Informasi Publik yang Dikecualikan", landscape=True, margins_cm=RUANG_TEPI_CM
    )
    _kop(doc)
    _title(
        doc,
        [
            ("DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN", True),
            ("{{ instansi.dinas|upper }}", True),
            ("Nomor: {{ nomor }}", False),
        ],
    )

    _dik_table(doc, ("{{ tempat }}, {{ tanggal }}",))
    return _save(doc)


def _dik_table(doc, heading: tuple[str, ...]) -> None:
    """The DIK table, in parts of :data:`DIK_PART_ROWS` items (see there), ending with the
    signature block (``heading``: its lines above the jabatan) kept with the last item.

    Tables must not touch: Word and LibreOffice would join them into one. A paragraph of 1 pt
    separates the parts. The signature block is part of the last part's last row (see
    :func:`_dik_last_row`); a DIK without items has it on its own.
    """
    _tag_para(doc, f"{{%p for bagian in items|batch({DIK_PART_ROWS}) %}}")
    _tag_para(doc, "{%p set bagian_akhir = loop.last %}")
    _dik_part(doc, heading)
    _tag_para(doc, "{%p if not loop.last %}")
    _tiny_para(doc)
    _tag_para(doc, "{%p endif %}")
    _tag_para(doc, "{%p endfor %}")
    _tag_para(doc, "{%p if not items %}")
    _para(doc, "", after=10, keep_next=True)
    table = doc.add_table(rows=1, cols=2)
    _signature_table(table, _text_width_twips(doc), heading)
    _tag_para(doc, "{%p endif %}")
    _tiny_para(doc)


def _dik_part(doc, heading: tuple[str, ...]) -> None:
    """One part of the DIK table: repeating header rows, one row per item (short rows kept
    together), the last item of the last part with the signature block."""
    widths = _cm_to_twips(DIK_WIDTHS_CM)
    table = doc.add_table(rows=12, cols=len(widths))
    _table_props(table, widths, borders=True)
    _header_rows(table, DIK_HEADERS)
    rows = table.rows
    longest = (
        "[item.judul ~ ' ' ~ item.uraian, item.dasar_hukum, item.konsekuensi, item.keterangan]"
        "|map('string')|map('length')|max"
    )
    short = f"{longest} < {SHORT_ROW_CHARS}"
    _tag_row(rows[2], "{%tr for item in bagian %}")
    _tag_row(rows[3], f"{{%tr if bagian_akhir and loop.last and {short} %}}")
    _dik_last_row(rows[4], widths, heading, cant_split=True)
    _tag_row(rows[5], "{%tr elif bagian_akhir and loop.last %}")
    _dik_last_row(rows[6], widths, heading, cant_split=False)
    _tag_row(rows[7], f"{{%tr elif {short} %}}")
    _dik_item_row(rows[8], cant_split=True)
    _tag_row(rows[9], "{%tr else %}")
    _dik_item_row(rows[10], cant_split=False)
    _tag_row(rows[11], "{%tr endif %}")
    end_row = table.add_row()
    _tag_row(end_row, "{%tr endfor %}")
    for cell, width in zip(end_row.cells, widths, strict=True):
        cell.width = Twips(width)


def _dik_last_row(row, widths: list[int], heading: tuple[str, ...], *, cant_split: bool) -> None:
    """The DIK's last item and, below it, the signature block, in ONE row of the table.

    LibreOffice keeps no table row with the paragraph or table after it (keep-with-next in a
    table is ignored), so a signature block after the table could land alone on a page of
    its own. As one row they move to the next page together, under the repeated headings: a
    cell spanning all columns holds the item as a nested table with the same columns and
    borders, then the signature block. A long last item may still split (it must never be
    cut off); the block then stays with the item's end.
    """
    cell = row.cells[0].merge(row.cells[-1])
    tcpr = cell._tc.get_or_add_tcPr()
    borders = _el("w:tcBorders")
    for side in ("left", "bottom", "right"):
        borders.append(_el(f"w:{side}", **{"w:val": "nil"}))
    margins = _el("w:tcMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(_el(f"w:{side}", **{"w:w": "0", "w:type": "dxa"}))
    tcpr.append(borders)  # CT_TcPr order: tcW, gridSpan, ..., tcBorders, shd, noWrap, tcMar
    tcpr.append(margins)
    item = cell.add_table(rows=1, cols=len(widths))
    _table_props(item, widths, borders=True)
    item._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).set(qn("w:val"), "nil")
    _dik_item_row(item.rows[0], cant_split=cant_split)
    _signature_table(cell.add_table(rows=1, cols=2), sum(widths), heading)
    leading, between = cell.paragraphs[0], cell.paragraphs[1]
    cell._tc.remove(leading._p)  # the merged cell's own empty paragraph, above the item
    between.paragraph_format.space_after = Pt(10)
    if cant_split:
        _row_flags(row, cant_split=True)


def _dik_item_row(row, *, cant_split: bool) -> None:
    """One DIK data row. Short rows keep together; long rows may split across pages."""
    cells = row.cells
    _cell_text(cells[0], "{{ item.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(cells[1], "{{ item.judul }}", bold=True)
    _cell_text(cells[1], "{{ item.uraian }}")
    _cell_text(cells[2], "{{ item.unit_kerja }}")
    _cell_text(cells[3], "{{ item.dasar_hukum }}")
    _cell_text(cells[4], "{{ item.konsekuensi }}")
    _cell_text(cells[5], "{{ item.jangka_waktu }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(cells[6], "{{ item.keterangan }}")
    if cant_split:
        _row_flags(row, cant_split=True)


# --------------------------------------------------------------------------- surat keputusan

# cm: label | ":" | marker | text, summing to the 16 cm text width of portrait A4
SK_LIST_WIDTHS_CM = [2.8, 0.5, 0.8, 11.9]
SK_DIKTUM_WIDTHS_CM = [2.8, 0.5, 12.7]
SK_JABATAN = "{{ atasan_ppid.jabatan|upper }}"
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def build_sk() -> io.BytesIO:
    doc = _new_document(
        "Keputusan Penetapan Daftar Informasi Publik yang Dikecualikan",
        landscape=False,
        margins_cm=RUANG_TEPI_CM,
    )
    _kop(doc)
    _title(
        doc,
        [
            (f"KEPUTUSAN {SK_JABATAN}", True),
            ("NOMOR {{ nomor }}", False),
            ("TENTANG", True),
            ("{{ tentang }}", True),
        ],
    )
    _para(doc, f"{SK_JABATAN},", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=10)
    _sk_list(doc, "Menimbang", "m", "menimbang", f"{{{{ '{LETTERS}'[loop.index0] }}}}.")
    _sk_list(doc, "Mengingat", "d", "mengingat", "{{ loop.index }}.")
    _para(doc, "MEMUTUSKAN:", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, before=10, after=8)
    _sk_diktum(doc)
    _para(doc, "", after=10, keep_next=True)
    _signature_block(doc, ("Ditetapkan di {{ tempat }}", "pada tanggal {{ tanggal }}"))
    _tembusan(doc)
    _sk_lampiran(doc)
    return _save(doc)


def _tembusan(doc) -> None:
    """Tembusan: who receives a copy, numbered, each ending as the context punctuates it."""
    _tag_para(doc, "{%p if tembusan %}")
    _para(doc, "Tembusan Keputusan ini disampaikan kepada Yth.:", before=12, keep_next=True)
    _tag_para(doc, "{%p for t in tembusan %}")
    _para(doc, "{{ loop.index }}.\t{{ t }}", left_indent_cm=0.6, hanging_cm=0.6)
    _tag_para(doc, "{%p endfor %}")
    _tag_para(doc, "{%p endif %}")


def _sk_list(doc, label: str, var: str, items: str, marker: str) -> None:
    """Menimbang / Mengingat: label and colon on the first row, one marked row per entry."""
    widths = _cm_to_twips(SK_LIST_WIDTHS_CM)
    table = doc.add_table(rows=3, cols=len(widths))
    _table_props(table, widths, borders=False, cell_margin_lr=0, cell_margin_tb=20)
    _tag_row(table.rows[0], f"{{%tr for {var} in {items} %}}")
    cells = table.rows[1].cells
    _cell_text(cells[0], f"{{% if loop.first %}}{label}{{% endif %}}", size=BODY_PT)
    _cell_text(cells[1], "{% if loop.first %}:{% endif %}", size=BODY_PT)
    _cell_text(cells[2], marker, size=BODY_PT)
    _cell_text(cells[3], f"{{{{ {var} }}}}", size=BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _tag_row(table.rows[2], "{%tr endfor %}")
    _para(doc, "", after=6)


def _sk_diktum(doc) -> None:
    """Menetapkan: the decree's title, then KESATU, KEDUA, ... with their text."""
    widths = _cm_to_twips(SK_DIKTUM_WIDTHS_CM)
    table = doc.add_table(rows=4, cols=len(widths))
    _table_props(table, widths, borders=False, cell_margin_lr=0, cell_margin_tb=30)
    first = table.rows[0].cells
    _cell_text(first[0], "Menetapkan", size=BODY_PT)
    _cell_text(first[1], ":", size=BODY_PT)
    _cell_text(
        first[2],
        f"KEPUTUSAN {SK_JABATAN} TENTANG {{{{ tentang }}}}.",
        size=BODY_PT,
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    _tag_row(table.rows[1], "{%tr for d in diktum %}")
    cells = table.rows[2].cells
    _cell_text(cells[0], "{{ d.urutan }}", size=BODY_PT)
    _cell_text(cells[1], ":", size=BODY_PT)
    _cell_text(cells[2], "{{ d.isi }}", size=BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _tag_row(table.rows[3], "{%tr endfor %}")


def _sk_lampiran(doc) -> None:
    """A landscape section: the attachment heading, the DIK table and the signature block."""
    doc.add_section(WD_SECTION.NEW_PAGE)
    _setup_page(doc, landscape=True, margins_cm=RUANG_TEPI_CM)
    # the attachment's pages go on numbering the decree's, its first page too
    doc.sections[-1].different_first_page_header_footer = False
    total = _text_width_twips(doc)
    widths = [round(total * 0.55), total - round(total * 0.55)]
    table = doc.add_table(rows=1, cols=2)
    _table_props(table, widths, borders=False, cell_margin_lr=0, cell_margin_tb=0)
    _cell_text(table.rows[0].cells[0], "", size=BODY_PT)
    right = table.rows[0].cells[1]
    for line in (
        "LAMPIRAN",
        f"KEPUTUSAN {SK_JABATAN}",
        "NOMOR\t: {{ nomor }}",
        "TANGGAL\t: {{ tanggal }}",
        "TENTANG\t: {{ tentang }}",
    ):
        p = _cell_text(right, line, size=TABLE_PT)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
        if "\t" in line:
            p.paragraph_format.left_indent = Cm(2.3)
            p.paragraph_format.first_line_indent = Cm(-2.3)
    _title(
        doc,
        [
            ("DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN", True),
            ("{{ instansi.dinas|upper }}", True),
        ],
    )
    _dik_table(doc, ())


# --------------------------------------------------------------------------- output


def _save(doc) -> io.BytesIO:
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf, _paper_from_context)


# A4 in twips, as python-docx writes Cm(21.0) x Cm(29.7)
_A4_PORTRAIT = (b'<w:pgSz w:w="11906" w:h="16838"/>', b'<w:pgSz w:w="16838" w:h="11906"')


def _paper_from_context(name: str, data: bytes) -> bytes:
    """The page size of every section comes from ``kertas`` (A4 or F4, see sidik.toml):
    portrait pages are ``kertas.lebar`` x ``kertas.tinggi`` twips, landscape ones the reverse."""
    if name != "word/document.xml":
        return data
    portrait, landscape = _A4_PORTRAIT
    assert portrait in data or landscape in data, "python-docx wrote another page size"
    data = data.replace(portrait, b'<w:pgSz w:w="{{ kertas.lebar }}" w:h="{{ kertas.tinggi }}"/>')
    data = data.replace(landscape, b'<w:pgSz w:w="{{ kertas.tinggi }}" w:h="{{ kertas.lebar }}"')
    return _lambang_from_context(data)


def _lambang_from_context(data: bytes) -> bytes:
    """The kop's picture is named "Lambang" (render finds and replaces its image there) and
    sized ``lambang.cx`` x ``lambang.cy`` EMU, the configured image's proportions."""
    size = b'cx="%d" cy="%d"' % LAMBANG_EMU
    assert data.count(size) == 2, "one picture, its extent and its shape's"
    data = data.replace(size, b'cx="{{ lambang.cx }}" cy="{{ lambang.cy }}"')
    return re.sub(rb'(<wp:docPr id="\d+" name=")[^"]*"', rb'\1Lambang"', data)


def _normalise_zip(buf: io.BytesIO, patch=lambda name, data: data) -> io.BytesIO:
    """Rewrite the package with fixed timestamps so that repeated builds are identical
    (``patch(name, data)`` may change a part on the way)."""
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, patch(info.filename, src.read(info.filename)))
    out.seek(0)
    return out


BA_HEADERS = ["No", "Informasi yang Diuji", "Keputusan", "Alasan"]
BA_WIDTHS_CM = [0.9, 6.4, 3.0, 5.7]  # "Dikecualikan" (bold) fits whole


def build_berita_acara() -> io.BytesIO:
    """The Berita Acara of one meeting: what was tested, each decision with its reason, and a
    signature cell for every participant; the Atasan PPID acknowledges it."""
    doc = _new_document(
        "Berita Acara Pengujian Konsekuensi", landscape=False, margins_cm=RUANG_TEPI_CM
    )
    _kop(doc)
    _title(
        doc,
        [
            ("BERITA ACARA", True),
            ("PENGUJIAN KONSEKUENSI INFORMASI PUBLIK", True),
            ("Nomor: {{ nomor }}", False),
        ],
    )
    _para(doc, "{{ pembukaan }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)
    _ba_table(doc)
    _para(doc, "{{ ringkasan }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=8, after=4)
    _para(
        doc,
        "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
        "mestinya.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        after=8,
    )
    _participants(doc, "Yang hadir dan menandatangani:")
    _para(doc, "", after=6, keep_next=True)
    _signature_block(doc, ("{{ tempat }}, {{ tanggal }}", "Mengetahui,"))
    return _save(doc)


def _ba_table(doc) -> None:
    """No | Informasi (title, unit, basis) | Keputusan | Alasan, one row per item decided."""
    widths = _cm_to_twips(BA_WIDTHS_CM)
    table = doc.add_table(rows=3, cols=len(widths))
    _table_props(table, widths, borders=True)
    title = table.rows[0]
    for cell, text in zip(title.cells, BA_HEADERS, strict=True):
        _cell_text(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(cell, HEADER_FILL)
    _row_flags(title, header=True, cant_split=True)
    _tag_row(table.rows[1], "{%tr for k in keputusan %}")
    cells = table.rows[2].cells
    _cell_text(cells[0], "{{ k.no }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(cells[1], "{{ k.judul }}", bold=True)
    _cell_text(cells[1], "Unit kerja: {{ k.unit_kerja }}", italic=True)
    _cell_text(cells[1], "{{ k.pasal17 }}; jangka waktu {{ k.jangka_waktu }}")
    _cell_text(cells[2], "{{ k.keputusan }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(cells[3], "{{ k.alasan }}")
    end_row = table.add_row()
    _tag_row(end_row, "{%tr endfor %}")


BUILDERS = {
    LEMBAR_FILE: build_lembar,
    DIK_FILE: build_dik,
    SK_FILE: build_sk,
    BA_FILE: build_berita_acara,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        path = args.out / name
        path.write_bytes(build().getvalue())
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
