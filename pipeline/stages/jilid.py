"""One long document, several LibreOffice conversions: a DOCX in volumes, joined as one PDF.

LibreOffice holds the layout of the whole document it converts: for the DIK of 5,000 items
(1,150 pages) a process grew to about 450 MB, and the DIK and the decree were converted at the
same time. A document whose table is set in parts (the DIK and the decree's attachment: parts
of 100 rows, each opening with its heading rows, separated by a 1 pt paragraph; see
``tools/build_templates.py``) is therefore converted in volumes (jilid) of
:data:`BAGIAN_PER_JILID` parts. Each volume is the same package with a slice of the body (so
the same sections, styles and fonts), converted like any other file, in parallel; the volumes'
PDFs are then joined into one PDF/A file. LibreOffice's memory no longer grows with N.

Page numbers: a volume cannot know on which page it starts nor how many pages the whole has.
In the volumes the header or footer paragraph that counts pages (the templates' "- 2 -" in the
header) keeps its place and height (so the pages break as before) but not its text, and sidik
draws the text into the joined PDF where LibreOffice sets it: aligned as the paragraph is between
the section's margins, on the baseline of a line whose top is the section's header distance
below the page's upper edge (a footer's: whose bottom is the footer distance above the lower
edge), in Liberation Sans (metric-compatible with Arial, the templates' face) at the line's
size. A document whose first page has a header of its own (``titlePg``, naskah dinas: no number
on the page with the kop) keeps it in its first volume and gets no number on page 1.
Each volume begins on a new page, so a document in volumes has a partly empty page every
:data:`BAGIAN_PER_JILID` parts. A document this module does not recognise (no table parts, an
unusual footer or face) is converted whole, as before.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from functools import cache, partial
from pathlib import Path

import pikepdf
from lxml import etree

from pipeline.atomic import tulis_atomik
from pipeline.fonts import cari_font
from pipeline.stages.gabungan import (
    DOKUMEN_XML,
    JENIS_XML,
    R_ID,
    RELS_XML,
    W,
    kepala_kaki,
    tambah_kaki,
    tetapkan_waktu,
    tulis_halaman,
    tulis_paket,
    xml_bagian,
)

_W = f"{{{W}}}"
BAGIAN_PER_JILID = 3  # table parts (of 100 rows) per volume: about 70 landscape pages
WAJAH_KAKI = {"Arial", "Liberation Sans"}  # faces whose page numbers sidik can draw alike
FONT_KAKI = "SidikHalaman"
KAKI_JILID = "sidik-kaki-jilid.xml"
_BIDANG = {"PAGE", "NUMPAGES"}
_BIDANG_HALAMAN = re.compile(rb"\b(PAGE|NUMPAGES|SECTIONPAGES)\b")
_PT = 20.0  # twips per point
Potongan = tuple[tuple[str, str], ...]  # ("teks", text) or ("bidang", "PAGE" / "NUMPAGES")


@dataclass(frozen=True)
class Halaman:
    """A section's page as far as the footer goes, in points."""

    lebar: float
    tinggi: float
    kiri: float
    kanan: float
    kaki: float  # footer distance: page's lower edge to the bottom of the footer's line
    kepala: float = 0.0  # header distance: page's upper edge to the top of the header's line


@dataclass(frozen=True)
class KakiHalaman:
    """The header or footer line that counts pages: its text and fields, size, alignment,
    sections, where it stands and whether the first page goes without it."""

    potongan: Potongan
    ukuran: float
    rata: str  # "left", "center" or "right"
    halaman: tuple[Halaman, ...]
    atas: bool = False  # in the header (top of the page), else in the footer
    tanpa_pertama: bool = False  # the first page has a header/footer of its own (titlePg)

    def teks(self, nomor: int, jumlah: int) -> str:
        """The line on page ``nomor`` of ``jumlah``."""
        nilai = {"PAGE": str(nomor), "NUMPAGES": str(jumlah)}
        return "".join(nilai[t] if jenis == "bidang" else t for jenis, t in self.potongan)

    def untuk(self, lebar: float, tinggi: float) -> Halaman:
        """The section whose page has this size."""
        for h in self.halaman:
            if abs(h.lebar - lebar) < 1 and abs(h.tinggi - tinggi) < 1:
                return h
        raise ValueError(f"no section of the document has a page of {lebar} x {tinggi} pt")


@dataclass(frozen=True)
class Jilid:
    """A document converted in volumes: its DOCX, the volumes' DOCX, how to number pages."""

    docx: Path
    bagian: tuple[Path, ...]
    kaki: KakiHalaman


def pecah_docx(docx: Path, folder: Path, bagian_per_jilid: int = BAGIAN_PER_JILID) -> Jilid | None:
    """Write ``docx`` as volumes of ``bagian_per_jilid`` table parts into ``folder``.

    None when the document has no more parts than one volume holds, or is not one this module
    knows how to number (see the module's description): it is then converted whole.
    """
    with zipfile.ZipFile(docx) as z:
        akar = etree.fromstring(z.read(DOKUMEN_XML))
        rels = etree.fromstring(z.read(RELS_XML))
        badan = akar.find(f"{_W}body")
        anak = list(badan)
        pemisah = [i for i in range(1, len(anak) - 1) if _pemisah(anak, i)]
        batas = pemisah[bagian_per_jilid - 1 :: bagian_per_jilid]
        if not batas or anak[-1].tag != f"{_W}sectPr":
            return None
        dikenal = _kaki_dikenal(z, akar, rels)
        if dikenal is None:
            return None
        rid, kaki, kosong = dikenal
        jenis = etree.fromstring(z.read(JENIS_XML))
    rid_baru = "rIdSidikJilid"
    tambah_kaki(rels, jenis, rid, rid_baru, KAKI_JILID)
    acuan = f"{_W}headerReference" if kaki.atas else f"{_W}footerReference"
    for sect in akar.iter(f"{_W}sectPr"):
        _kaki_ke(sect, rid_baru, acuan)
    # Each volume's XML is put together from serialised pieces: moving a large subtree from one
    # lxml parent to another walks it (1.5 s for a 5,000-row DIK), serialising does not.
    awal, akhir_xml = _bingkai(akar)
    isi = [etree.tostring(a) for a in anak]
    sect_akhir = isi[-1]
    sect_lanjut = _tanpa_halaman_pertama(anak[-1])  # later volumes: page 1 is not the first
    bagian_sama = {
        RELS_XML: xml_bagian(rels),
        JENIS_XML: xml_bagian(jenis),
        f"word/{KAKI_JILID}": kosong,
    }
    folder.mkdir(parents=True, exist_ok=True)
    mulai, bagian = 0, []
    for ke, akhir in enumerate([*batas, len(anak) - 2]):
        potong = isi[mulai : akhir + 1]
        tujuan = folder / f"{docx.stem}-jilid-{ke + 1:03d}.docx"
        xml = b"".join([awal, *potong, sect_lanjut if ke else sect_akhir, akhir_xml])
        ganti = {**bagian_sama, DOKUMEN_XML: xml}
        tulis_atomik(tujuan, partial(tulis_paket, docx, ganti=ganti))
        bagian.append(tujuan)
        mulai = akhir + 1
    return Jilid(docx, tuple(bagian), kaki)


def _tanpa_halaman_pertama(sect: etree._Element) -> bytes:
    """The section properties without ``titlePg``, serialised."""
    salinan = copy.deepcopy(sect)
    for titlepg in salinan.findall(f"{_W}titlePg"):
        salinan.remove(titlepg)
    return etree.tostring(salinan)


def _bingkai(akar: etree._Element) -> tuple[bytes, bytes]:
    """The document's XML before and after the body's content."""
    kosong = etree.Element(akar.tag, attrib=dict(akar.attrib), nsmap=akar.nsmap)
    penanda = etree.SubElement(etree.SubElement(kosong, f"{_W}body"), "SidikIsi")
    penanda.text = "x"
    xml = xml_bagian(kosong)
    awal, _, akhir = xml.partition(b"<SidikIsi>x</SidikIsi>")
    return awal, akhir


def gabung_pdf(jilid: Jilid, pdf: Sequence[Path], tujuan: Path, waktu: datetime) -> None:
    """Join the volumes' PDFs (in order) into ``tujuan``, numbering its pages, dated ``waktu``
    (see :func:`pipeline.stages.gabungan.tetapkan_waktu`).

    Each volume is first rewritten alone, in memory, with its pages and what they use only. The
    join drops the structure tree anyway, and opened as LibreOffice wrote it a volume of 300 rows
    has 10,000 objects (its tagged structure) and costs qpdf 14 MB: all volumes of a 5,000-row
    DIK at once took 270 MB, one at a time and then the lean ones together 50 MB, in as much time.
    """
    with ExitStack() as tumpuk:
        sumber = [tumpuk.enter_context(pikepdf.open(_ramping(p))) for p in pdf]
        tetapkan_waktu(sumber[0], waktu)  # the joined PDF's metadata are volume 1's
        ukuran = [_ukuran(h) for s in sumber for h in s.pages]
        lapisan = tumpuk.enter_context(pikepdf.open(io.BytesIO(nomor_halaman(jilid.kaki, ukuran))))

        def beri_nomor(baru: pikepdf.Pdf) -> None:
            for ke, (halaman, nomor) in enumerate(zip(baru.pages, lapisan.pages, strict=True)):
                _lapiskan(halaman, nomor, pikepdf.Name(f"/SidikHalaman{ke + 1}"))

        rentang = [(s, 0, len(s.pages)) for s in sumber]
        tulis_atomik(tujuan, partial(tulis_halaman, rentang, tambahan=beri_nomor))


def _lapiskan(halaman: pikepdf.Page, lapisan: pikepdf.Page, nama: pikepdf.Name) -> None:
    """Draw ``lapisan`` over ``halaman`` as pikepdf's ``add_overlay`` does, but under the
    resource name ``nama``: ``add_overlay`` draws a random one, and the same volumes made
    another file each time. The name must differ per page: LibreOffice's pages share one
    resource dictionary."""
    formx = lapisan.as_form_xobject()
    nama = halaman.add_resource(formx, pikepdf.Name.XObject, nama)
    letak = halaman.calc_form_xobject_placement(formx, nama, pikepdf.Rectangle(halaman.mediabox))
    halaman.contents_add(b"q\n", prepend=True)
    halaman.contents_add(b"Q\n")
    halaman.contents_add(letak)
    halaman.contents_coalesce()


def _ramping(pdf: Path) -> io.BytesIO:
    """``pdf``'s pages alone, with what they use (see :func:`gabung_pdf`), as a PDF in memory."""
    buf = io.BytesIO()
    with pikepdf.open(pdf) as sumber:
        tulis_halaman([(sumber, 0, len(sumber.pages))], buf)
    buf.seek(0)
    return buf


def nomor_halaman(kaki: KakiHalaman, ukuran: Sequence[tuple[float, float]]) -> bytes:
    """A PDF of one page per size in ``ukuran`` holding only that page's footer line."""
    # reportlab (7 MB) is loaded here, in the process that joins the volumes, not by convert
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    _daftarkan_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1, initialFontName=FONT_KAKI, invariant=1)
    turun = -pdfmetrics.getFont(FONT_KAKI).face.descent / 1000 * kaki.ukuran
    naik = _baris_atas() * kaki.ukuran
    for nomor, (lebar, tinggi) in enumerate(ukuran, 1):
        h = kaki.untuk(lebar, tinggi)
        c.setPageSize((lebar, tinggi))
        c.setFont(FONT_KAKI, kaki.ukuran)
        if nomor == 1 and kaki.tanpa_pertama:
            c.showPage()
            continue
        y = tinggi - h.kepala - naik if kaki.atas else h.kaki + turun
        teks = kaki.teks(nomor, len(ukuran))
        if kaki.rata == "center":
            c.drawCentredString((h.kiri + lebar - h.kanan) / 2, y, teks)
        elif kaki.rata == "right":
            c.drawRightString(lebar - h.kanan, y, teks)
        else:
            c.drawString(h.kiri, y, teks)
        c.showPage()
    c.save()
    return buf.getvalue()


def _ukuran(halaman: pikepdf.Page) -> tuple[float, float]:
    x0, y0, x1, y1 = (float(v) for v in halaman.mediabox)
    return x1 - x0, y1 - y0


@cache
def _baris_atas() -> float:
    """Top of a line to its baseline, per point of size, as LibreOffice sets a header's first
    line: the face's hhea ascender plus its line gap (reportlab's ascent is the OS/2 one)."""
    import struct

    from reportlab.pdfbase.ttfonts import TTFontFile

    berkas = TTFontFile(str(cari_font("biasa")))
    ascender, _, celah = struct.unpack(">hhh", berkas.get_table("hhea")[4:10])
    return float(ascender + celah) / berkas.unitsPerEm


@cache
def _daftarkan_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT_KAKI, str(cari_font("biasa"))))


def _pemisah(anak: Sequence[etree._Element], i: int) -> bool:
    """Whether ``anak[i]`` is the empty paragraph between two parts of one table."""
    p = anak[i]
    return (
        p.tag == f"{_W}p"
        and not "".join(p.itertext()).strip()
        and p.find(f"{_W}pPr/{_W}sectPr") is None
        and _bagian_tabel(anak[i - 1])
        and _bagian_tabel(anak[i + 1])
    )


def _bagian_tabel(e: etree._Element) -> bool:
    """A table that opens with heading rows repeated on every page: a part of a long table."""
    return e.tag == f"{_W}tbl" and e.find(f"{_W}tr/{_W}trPr/{_W}tblHeader") is not None


def _kaki_dikenal(
    z: zipfile.ZipFile, akar: etree._Element, rels: etree._Element
) -> tuple[str, KakiHalaman, bytes] | None:
    """The header or footer that counts pages, if sidik can draw its line: its relationship
    id, how to draw it, and the same part with the line kept but emptied. None otherwise."""
    sects = list(akar.iter(f"{_W}sectPr"))
    bagian = kepala_kaki(z, rels)
    dihitung_di = [r for r, b in bagian.items() if _BIDANG_HALAMAN.search(z.read(b))]
    acuan = _acuan_penghitung(sects, dihitung_di)
    if acuan is None:
        return None
    rid, atas = acuan
    kaki = etree.fromstring(z.read(bagian[rid]))
    baris = [(p, _potongan(p)) for p in kaki.iter(f"{_W}p")]
    dihitung = [(p, potongan) for p, potongan in baris if potongan]
    if len(dihitung) != 1 or dihitung[0][0] is not baris[-1][0]:
        return None  # sidik draws one line, the part's last
    p, potongan = dihitung[0]
    rpr = p.find(f"{_W}r/{_W}rPr")
    sz = rpr.find(f"{_W}sz") if rpr is not None else None
    halaman = _halaman(sects)
    if sz is None or _wajah(z, rpr) not in WAJAH_KAKI or halaman is None:
        return None
    jc = p.find(f"{_W}pPr/{_W}jc")
    rata = {"center": "center", "right": "right", "end": "right"}.get(
        jc.get(f"{_W}val", "") if jc is not None else "", "left"
    )
    _kosongkan(p, rpr)
    pertama = sects[0].find(f"{_W}titlePg") is not None
    info = KakiHalaman(potongan, int(sz.get(f"{_W}val", "0")) / 2, rata, halaman, atas, pertama)
    return rid, info, xml_bagian(kaki)


def _acuan_penghitung(
    sects: Sequence[etree._Element], dihitung_di: Sequence[str]
) -> tuple[str, bool] | None:
    """The one part that counts pages and whether it is a header: every section's default
    reference of its kind points to it, no other reference does, and only the document's
    first section has a first page of its own. None otherwise (another part that counts
    pages would count per volume)."""
    if len(dihitung_di) != 1 or any(s.find(f"{_W}titlePg") is not None for s in sects[1:]):
        return None
    (rid,) = dihitung_di
    refs = [r for s in sects for r in s if r.get(R_ID) is not None]
    ke = [r for r in refs if r.get(R_ID) == rid]
    if not ke or any(r.get(f"{_W}type", "default") != "default" for r in ke):
        return None
    sejenis = [r for r in refs if r.tag == ke[0].tag and r.get(f"{_W}type", "default") == "default"]
    if any(r.get(R_ID) != rid for r in sejenis):
        return None
    return rid, ke[0].tag == f"{_W}headerReference"


def _kosongkan(p: etree._Element, rpr: etree._Element) -> None:
    """Keep the paragraph and its height, drop its text: one run of a space as the first."""
    for anak in [a for a in p if a.tag != f"{_W}pPr"]:
        p.remove(anak)
    run = etree.SubElement(p, f"{_W}r")
    run.append(copy.deepcopy(rpr))
    t = etree.SubElement(run, f"{_W}t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = " "


def _potongan(p: etree._Element) -> Potongan | None:
    """The paragraph's text with its PAGE / NUMPAGES fields, if it has one and nothing else."""
    hasil: list[tuple[str, str]] = []
    keadaan, perintah = "teks", ""
    for e in p.iter():
        nama = e.tag.split("}")[-1] if isinstance(e.tag, str) else ""
        if nama == "fldChar":
            jenis = e.get(f"{_W}fldCharType")
            if jenis == "begin":
                keadaan, perintah = "perintah", ""
            elif jenis == "separate":
                keadaan = "hasil"
            elif jenis == "end":
                hasil.append(("bidang", perintah.split()[0] if perintah.split() else ""))
                keadaan = "teks"
        elif nama == "instrText" and keadaan == "perintah":
            perintah += e.text or ""
        elif nama == "fldSimple":
            return None
        elif nama == "t" and keadaan == "teks":
            hasil.append(("teks", e.text or ""))
        elif nama in ("tab", "br", "drawing", "pict", "sym"):
            return None
    bidang = [t for j, t in hasil if j == "bidang"]
    if not bidang or any(b not in _BIDANG for b in bidang):
        return None
    return tuple(hasil)


def _wajah(z: zipfile.ZipFile, rpr: etree._Element) -> str:
    """The face the footer's run is set in: its own, else the Footer style's, the Normal
    style's, or the document default."""
    fonts = rpr.find(f"{_W}rFonts")
    if fonts is not None and fonts.get(f"{_W}ascii"):
        return str(fonts.get(f"{_W}ascii"))
    gaya = etree.fromstring(z.read("word/styles.xml"))
    for jalan in (
        f"{_W}style[@{_W}styleId='Footer']/{_W}rPr/{_W}rFonts",
        f"{_W}style[@{_W}styleId='Normal']/{_W}rPr/{_W}rFonts",
        f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}rFonts",
    ):
        e = gaya.find(jalan)
        if e is not None and e.get(f"{_W}ascii"):
            return str(e.get(f"{_W}ascii"))
    return ""


def _halaman(sects: Sequence[etree._Element]) -> tuple[Halaman, ...] | None:
    """Each section's page, if no two sections of one page size differ in margins."""
    hasil: dict[tuple[int, int], Halaman] = {}
    for s in sects:
        sz, mar = s.find(f"{_W}pgSz"), s.find(f"{_W}pgMar")
        if sz is None or mar is None:
            return None
        h = Halaman(
            *(int(sz.get(f"{_W}{k}", "0")) / _PT for k in ("w", "h")),
            *(int(mar.get(f"{_W}{k}", "0")) / _PT for k in ("left", "right", "footer", "header")),
        )
        ciri = (round(h.lebar), round(h.tinggi))
        if hasil.setdefault(ciri, h) != h:
            return None
    return tuple(hasil.values())


def _kaki_ke(sect: etree._Element, rid: str, acuan: str) -> None:
    """Make the section's default header or footer (``acuan``: the reference's tag) the
    volumes' one (also where it inherited it)."""
    for lama in sect.findall(acuan):
        if lama.get(f"{_W}type", "default") == "default":
            sect.remove(lama)
    sect.insert(0, etree.Element(acuan, {f"{_W}type": "default", R_ID: rid}))
