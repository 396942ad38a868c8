"""Many documents, one LibreOffice conversion: combine DOCX, then split the PDF back.

LibreOffice's cost is mostly per document (load, layout, export), so documents of the same
template are joined into ONE DOCX, each in its own section that restarts page numbering
and has its own copy of the footer in which ``NUMPAGES`` becomes a page reference to a bookmark
at the document's end (LibreOffice 7 ignores ``SECTIONPAGES``), so "Halaman X dari Y" still
counts per document; each document begins with a bookmark naming it. After conversion the
bookmarks, exported as named destinations, give each document's first page; :func:`pisah_pdf`
writes each page range as a complete PDF/A file of its own (fonts, XMP metadata, output intent).
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import pikepdf
from lxml import etree

from pipeline.atomic import tulis_atomik
from pipeline.errors import ConversionFailed

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
DOKUMEN_XML = "word/document.xml"
RELS_XML = "word/_rels/document.xml.rels"
AWALAN_PENANDA = "SidikDok"  # letters and digits only: LibreOffice encodes the rest
_NUMPAGES = re.compile(rb"\bNUMPAGES\b")
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R_ID = f"{{{R}}}id"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_JENIS = "http://schemas.openxmlformats.org/package/2006/content-types"
JENIS_XML = "[Content_Types].xml"
AWALAN_AKHIR = "SidikAkhir"
_SEBELUM_JENIS = ("headerReference", "footerReference", "footnotePr", "endnotePr")
_SEBELUM_NOMOR = (*_SEBELUM_JENIS, "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType")
_JENIS_KAKI = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"
_BAWA_KATALOG = ("/OutputIntents", "/Metadata", "/Lang", "/ViewerPreferences")
_ICC_TANGGAL = slice(24, 36)


def ciri_gabung(docx: Path) -> bytes | None:
    """What a DOCX may be combined with (same relationships), or None if it must go alone.

    Only single-section documents are combined: a document's own sections would reset
    ``SECTIONPAGES`` mid-document.
    """
    with zipfile.ZipFile(docx) as z:
        if z.read(DOKUMEN_XML).count(b"<w:sectPr") != 1:
            return None
        return z.read(RELS_XML)


def gabung_docx(docx: Sequence[Path], tujuan: Path) -> None:
    """Write ``docx`` (same template, see :func:`ciri_gabung`) as one DOCX into ``tujuan``."""
    with zipfile.ZipFile(docx[0]) as z:
        paket = Paket(z)
    for i, berkas in enumerate(docx):
        with zipfile.ZipFile(berkas) as z:
            isi = etree.fromstring(z.read(DOKUMEN_XML)).find(f"{_W}body")
        paket.tambah(isi, i, terakhir=i == len(docx) - 1)
    tulis_atomik(tujuan, lambda p: paket.tulis(docx[0], p))


class Paket:
    """The combined package being built: its body and the per-document footers."""

    def __init__(self, z: zipfile.ZipFile) -> None:
        self.akar = etree.fromstring(z.read(DOKUMEN_XML))
        self.badan = self.akar.find(f"{_W}body")
        for anak in list(self.badan):
            self.badan.remove(anak)
        self.rels = etree.fromstring(z.read(RELS_XML))
        self.jenis = etree.fromstring(z.read(JENIS_XML))
        self.kaki: dict[str, bytes] = {}  # rId -> header/footer XML that counts pages
        for rid, nama in kepala_kaki(z, self.rels).items():
            data = z.read(nama)
            if _NUMPAGES.search(data):
                self.kaki[rid] = data
        self.bagian_baru: dict[str, bytes] = {}

    def tambah(self, isi: etree._Element, i: int, terakhir: bool) -> None:
        """Append one document's body as a section of its own, page numbers from 1."""
        anak = list(isi)
        sect = (
            anak.pop() if anak and anak[-1].tag == f"{_W}sectPr" else etree.Element(f"{_W}sectPr")
        )
        _mulai_halaman_satu(sect)
        self._kaki_sendiri(sect, i)
        paragraf = [a for a in anak if a.tag == f"{_W}p"]
        if not paragraf or anak[-1].tag != f"{_W}p":
            anak.append(etree.Element(f"{_W}p"))
            paragraf.append(anak[-1])
        _tandai(paragraf[0], f"{AWALAN_PENANDA}{i}", 2 * i, awal=True)
        _tandai(anak[-1], f"{AWALAN_AKHIR}{i}", 2 * i + 1, awal=False)
        if not terakhir:
            ppr = anak[-1].find(f"{_W}pPr")
            if ppr is None:
                ppr = etree.Element(f"{_W}pPr")
                anak[-1].insert(0, ppr)
            ppr.append(sect)
        self.badan.extend(anak)
        if terakhir:
            self.badan.append(sect)

    def _kaki_sendiri(self, sect: etree._Element, i: int) -> None:
        for n, ref in enumerate(sect):
            rid = ref.get(R_ID)
            if rid not in self.kaki:
                continue
            baru, nama = f"rIdSidik{i}x{n}", f"sidik-kaki-{i}-{n}.xml"
            ref.set(R_ID, baru)
            ganti = f"PAGEREF {AWALAN_AKHIR}{i}".encode()
            self.bagian_baru["word/" + nama] = _NUMPAGES.sub(ganti, self.kaki[rid])
            tambah_kaki(self.rels, self.jenis, rid, baru, nama)

    def tulis(self, dasar: Path, tujuan: Path) -> None:
        """Write the package: the base document's parts with the combined ones replaced."""
        ganti = {
            DOKUMEN_XML: xml_bagian(self.akar),
            RELS_XML: xml_bagian(self.rels),
            JENIS_XML: xml_bagian(self.jenis),
            **self.bagian_baru,
        }
        tulis_paket(dasar, tujuan, ganti)


def kepala_kaki(z: zipfile.ZipFile, rels: etree._Element) -> dict[str, str]:
    """The package's headers and footers (those present): relationship id -> part name."""
    hasil: dict[str, str] = {}
    for r in rels:
        nama = "word/" + r.get("Target", "")
        if r.get("Type", "").endswith(("/footer", "/header")) and nama in z.namelist():
            hasil[r.get("Id", "")] = nama
    return hasil


def tambah_kaki(
    rels: etree._Element, jenis: etree._Element, seperti: str, rid: str, nama: str
) -> None:
    """Add the part ``word/nama`` to the package as relationship ``rid``, of the same type as
    relationship ``seperti`` (a header's or a footer's, with that content type)."""
    tipe = next(r.get("Type", "") for r in rels if r.get("Id") == seperti)
    etree.SubElement(rels, f"{{{_REL}}}Relationship", Id=rid, Type=tipe, Target=nama)
    isi = _JENIS_KAKI.format("header" if tipe.endswith("/header") else "footer")
    etree.SubElement(jenis, f"{{{_JENIS}}}Override", PartName=f"/word/{nama}", ContentType=isi)


def tulis_paket(dasar: Path, tujuan: Path, ganti: dict[str, bytes]) -> None:
    """Write the DOCX ``dasar`` into ``tujuan`` with the parts in ``ganti`` replaced or added."""
    ganti = dict(ganti)
    with zipfile.ZipFile(dasar) as z, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as k:
        for info in z.infolist():
            k.writestr(info, ganti.pop(info.filename) if info.filename in ganti else z.read(info))
        for nama, data in ganti.items():
            k.writestr(nama, data)


def xml_bagian(akar: etree._Element) -> bytes:
    """A package part's XML as Word writes it (declaration, UTF-8, standalone)."""
    return etree.tostring(akar, xml_declaration=True, encoding="UTF-8", standalone=True)


def _mulai_halaman_satu(sect: etree._Element) -> None:
    for lama in sect.findall(f"{_W}pgNumType") + sect.findall(f"{_W}type"):
        sect.remove(lama)
    nomor = etree.Element(f"{_W}pgNumType", {f"{_W}start": "1"})
    # CT_SectPr order: references, footnotePr, endnotePr, type, pgSz, pgMar, ..., pgNumType, cols
    setelah = [c for c in sect if c.tag.split("}")[1] in _SEBELUM_NOMOR]
    if setelah:
        setelah[-1].addnext(nomor)
    else:
        sect.insert(0, nomor)
    jenis = etree.Element(f"{_W}type", {f"{_W}val": "nextPage"})
    acuan = [c for c in sect if c.tag.split("}")[1] in _SEBELUM_JENIS]
    if acuan:
        acuan[-1].addnext(jenis)
    else:
        sect.insert(0, jenis)


def _tandai(p: etree._Element, nama: str, nomor: int, awal: bool) -> None:
    mulai = etree.Element(
        f"{_W}bookmarkStart", {f"{_W}id": str(900_000 + nomor), f"{_W}name": nama}
    )
    akhir = etree.Element(f"{_W}bookmarkEnd", {f"{_W}id": str(900_000 + nomor)})
    if awal:
        posisi = 1 if p.find(f"{_W}pPr") is not None else 0
        p.insert(posisi, akhir)
        p.insert(posisi, mulai)
    else:
        p.append(mulai)
        p.append(akhir)


def halaman_awal(pdf: pikepdf.Pdf, jumlah: int) -> list[int]:
    """The first page (0-based) of each of ``jumlah`` combined documents, from the bookmarks."""
    indeks = {h.obj.objgen: i for i, h in enumerate(pdf.pages)}
    awal: dict[str, int] = {}
    for nama, tujuan in _tujuan_bernama(pdf):
        larik = tujuan.get("/D") if isinstance(tujuan, pikepdf.Dictionary) else tujuan
        if isinstance(larik, pikepdf.Array) and len(larik) and larik[0].objgen in indeks:
            awal[nama] = indeks[larik[0].objgen]
    halaman = [awal.get(f"{AWALAN_PENANDA}{i}") for i in range(jumlah)]
    if any(h is None for h in halaman):
        hilang = [i for i, h in enumerate(halaman) if h is None]
        raise ConversionFailed("konversi.penanda_hilang", berkas=str(hilang))
    return [h for h in halaman if h is not None]


def _tujuan_bernama(pdf: pikepdf.Pdf) -> list[tuple[str, pikepdf.Object]]:
    """The named destinations: the catalog's name tree, else its old-style dictionary."""
    akar = pdf.Root
    if "/Names" in akar and "/Dests" in akar.Names:
        return [(str(k), v) for k, v in pikepdf.NameTree(akar.Names.Dests).items()]
    if "/Dests" in akar:
        return [(str(k).lstrip("/"), v) for k, v in akar.Dests.items()]
    return []


def pisah_pdf(pdf: Path, tujuan: Sequence[Path], waktu: datetime) -> None:
    """Write the combined ``pdf``'s documents, in order, each into its ``tujuan`` as PDF/A
    dated ``waktu`` (see :func:`tetapkan_waktu`).

    qpdf (through pikepdf) copies each page range with what it uses into a new file: 9 ms a
    document where pypdf (pure Python) took 23-25 ms, and this runs beside LibreOffice on the
    same cores. The output is deterministic (its /ID is computed from the content).
    """
    with pikepdf.open(pdf) as sumber:
        tetapkan_waktu(sumber, waktu)  # once: every document copies its metadata from here
        awal = halaman_awal(sumber, len(tujuan))
        batas = [*awal[1:], len(sumber.pages)]
        for mulai, akhir, berkas in zip(awal, batas, tujuan, strict=True):
            if akhir <= mulai:
                raise ConversionFailed("konversi.tanpa_halaman", berkas=berkas.name)
            tulis_atomik(berkas, partial(tulis_halaman, [(sumber, mulai, akhir)]))


def salin_bertanggal(pdf: Path, tujuan: Path, waktu: datetime) -> None:
    """Write LibreOffice's ``pdf`` whole into ``tujuan``, dated ``waktu`` (see
    :func:`tetapkan_waktu`)."""

    def tulis(berkas: Path) -> None:
        with pikepdf.open(pdf) as dok:
            tetapkan_waktu(dok, waktu)
            # qpdf keeps an /ID it finds, and LibreOffice's trailer checksum covered its dates
            for entri in ("/ID", "/DocChecksum"):
                if entri in dok.trailer:
                    del dok.trailer[entri]
            dok.save(berkas, deterministic_id=True)

    tulis_atomik(tujuan, tulis)


def tetapkan_waktu(pdf: pikepdf.Pdf, waktu: datetime) -> None:
    """Put ``waktu`` wherever LibreOffice wrote the time it converted ``pdf``.

    That is the information dictionary's dates, the XMP's (PDF/A wants the two equal), and
    the header of the output intent's ICC profile, which lcms dates when LibreOffice makes it.
    Saved with ``deterministic_id``, the same document then gives the same bytes on every run.
    """
    zona = waktu.strftime("%z")  # "+0700"
    tanggal = pikepdf.String(f"D:{waktu:%Y%m%d%H%M%S}{zona[:3]}'{zona[3:]}'")  # ISO 32000-1 7.9.4
    if "/Info" in pdf.trailer:
        info = pdf.trailer.Info
        for entri in ("/CreationDate", "/ModDate"):
            if entri == "/CreationDate" or entri in info:
                info[entri] = tanggal
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        for entri in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
            if entri == "xmp:CreateDate" or entri in xmp:
                xmp[entri] = waktu.isoformat()
    utc = waktu.astimezone(UTC)
    for niat in pdf.Root.get("/OutputIntents", pikepdf.Array()):
        profil = niat.get("/DestOutputProfile")
        if isinstance(profil, pikepdf.Stream):
            data = bytearray(profil.read_bytes())
            if len(data) >= _ICC_TANGGAL.stop:  # ICC.1 7.2.1: dateTimeNumber at bytes 24-35
                data[_ICC_TANGGAL] = struct.pack(">6H", *utc.timetuple()[:6])
                profil.write(bytes(data))


def tulis_halaman(
    rentang: Sequence[tuple[pikepdf.Pdf, int, int]],
    tujuan: Path | BinaryIO,
    tambahan: Callable[[pikepdf.Pdf], None] | None = None,
) -> None:
    """Write the page ranges ``(pdf, first, end)`` as one PDF/A file: the pages with what they
    use, and the first PDF's output intent, XMP metadata and document information.

    ``tambahan`` may still change the new PDF before it is saved.
    """
    pertama = rentang[0][0]
    with pikepdf.new() as baru:
        for sumber, mulai, akhir in rentang:
            baru.pages.extend(sumber.pages[mulai:akhir])
        for halaman in baru.pages:
            for entri in ("/StructParents", "/Annots"):
                if entri in halaman.obj:
                    del halaman.obj[entri]
        for entri in _BAWA_KATALOG:
            if entri in pertama.Root:
                baru.Root[entri] = _salin(baru, pertama.Root[entri])
        if "/Info" in pertama.trailer:
            baru.trailer.Info = _salin(baru, pertama.trailer.Info)
        if tambahan is not None:
            tambahan(baru)
        baru.save(tujuan, min_version=pertama.pdf_version, deterministic_id=True)


def _salin(baru: pikepdf.Pdf, objek: Any) -> Any:
    """``objek`` of another PDF, copied into ``baru`` with everything it refers to."""
    if not isinstance(objek, pikepdf.Object):
        return objek  # a number or a boolean, as Python has it
    if objek.is_indirect:
        return baru.copy_foreign(objek)
    if isinstance(objek, pikepdf.Array):
        return pikepdf.Array([_salin(baru, x) for x in objek])
    if isinstance(objek, pikepdf.Dictionary):
        return pikepdf.Dictionary({k: _salin(baru, v) for k, v in objek.items()})
    return objek
