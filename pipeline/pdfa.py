"""Keeping a PDF/A file's metadata consistent when pyhanko adds a revision to it.

pyhanko writes its own name as the XMP ``pdf:Producer`` of every revision it writes, but
appends that name to the document information dictionary's ``/Producer`` ("LibreOffice 7.4;
pyHanko 0.38.0"). PDF/A (ISO 19005-2, 6.6.2.3.1) requires the two to be equivalent, so every
revision sidik writes is opened with :func:`penulis_revisi`, which sets the dictionary's entry to
what the XMP will say. The same writer finds pages without walking the page tree per page
(:class:`PenulisRevisi`), and for a revision that is not a signature keeps it byte-stable: the
modification time it writes is the one given, not the clock's, and the file's second /ID is
derived from the previous revision, not drawn at random.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata.model import VENDOR, DocumentMetadata
from pyhanko.pdf_utils.misc import PdfError, PdfReadError


def penulis_revisi(pdf: BinaryIO, waktu: datetime | None = None) -> IncrementalPdfFileWriter:
    """A pyhanko writer for a new revision of ``pdf``, its metadata kept PDF/A-consistent.

    With ``waktu`` the revision is dated then and written the same way on every run (for the
    paraf); without, pyhanko dates it now (for a signature, whose time is its own).
    """
    penulis = PenulisRevisi(pdf, strict=False)
    if waktu is not None:
        penulis.tetapkan(pdf, waktu)
    selaraskan_produsen(penulis)
    return penulis


class PenulisRevisi(IncrementalPdfFileWriter):
    """pyhanko's incremental writer, finding its pages from ONE walk of the page tree.

    pyhanko's ``find_page_for_modification`` (which ``add_stream_to_page`` uses too) walks the
    tree from its root for every page asked for: quadratic in the pages, 14 s to initial a DIK
    of 1,150 pages. Here the page references are listed once, when first needed (an
    incremental update adds no pages); each page's resources are still looked up when asked
    for, since adding a stream may give a page a resource dictionary of its own.
    """

    _rujukan: list[generic.IndirectObject] | None = None

    def tetapkan(self, pdf: BinaryIO, waktu: datetime) -> None:
        """Date this revision ``waktu`` and give it a second /ID derived from ``pdf`` (the
        previous revisions), so that the same file and changes give the same bytes."""
        self._meta = _MetaBertanggal(waktu)
        pdf.seek(0)
        sidik_jari = hashlib.sha256(pdf.read()).digest()[:16]
        self._document_id = generic.ArrayObject(
            [self._document_id[0], generic.ByteStringObject(sidik_jari)]
        )

    def find_page_for_modification(
        self, page_ix: int
    ) -> tuple[generic.IndirectObject, generic.PdfObject]:
        """The page ``page_ix`` (negative counts from the end) and its, maybe inherited,
        resource dictionary, as pyhanko's own method returns them."""
        if self._rujukan is None:
            self._rujukan = _rujukan_halaman(self.root.raw_get("/Pages"))
        try:
            rujukan = self._rujukan[page_ix]
        except IndexError:
            raise PdfError("Page index out of range") from None  # as pyhanko says it
        simpul = rujukan.get_object()
        for _ in range(len(self._rujukan) + 1):  # a /Parent chain longer than that is a loop
            if "/Resources" in simpul:
                return rujukan, simpul.raw_get("/Resources")
            if "/Parent" not in simpul:
                return rujukan, generic.DictionaryObject()
            simpul = simpul.raw_get("/Parent").get_object()
        raise PdfReadError("Circular /Parent chain in the page tree")


class _MetaBertanggal(DocumentMetadata):
    """pyhanko's document metadata with the modification time held at ``waktu``: pyhanko sets
    it to "now" before it writes a revision."""

    def __init__(self, waktu: datetime) -> None:
        self._waktu = waktu
        super().__init__()

    @property  # type: ignore[override]
    def last_modified(self) -> datetime:
        return self._waktu

    @last_modified.setter
    def last_modified(self, _nilai: object) -> None:
        pass  # "now", from pyhanko's writer: the time stays ``waktu``


def _rujukan_halaman(akar: generic.IndirectObject) -> list[generic.IndirectObject]:
    """The references of the pages under the page tree node ``akar``, in order."""
    rujukan: list[generic.IndirectObject] = []
    dilihat: set[generic.Reference] = set()

    def turun(ref: generic.IndirectObject) -> None:
        if not isinstance(ref, generic.IndirectObject) or ref.reference in dilihat:
            raise PdfReadError("Page tree node children must be indirect objects, once each")
        dilihat.add(ref.reference)
        simpul = ref.get_object()
        if simpul.get("/Type") == "/Pages":
            for anak in simpul.raw_get("/Kids").get_object():
                turun(anak)
        else:
            rujukan.append(ref)

    turun(akar)
    return rujukan


def selaraskan_produsen(penulis: IncrementalPdfFileWriter) -> None:
    """Make ``/Producer`` in the information dictionary equal to the XMP pyhanko will write."""
    try:
        ref = penulis.prev.trailer.raw_get("/Info")
    except KeyError:
        return  # no information dictionary: the XMP alone is the metadata
    info = ref.get_object() if isinstance(ref, generic.IndirectObject) else ref
    if info.get("/Producer") == VENDOR:
        return
    info["/Producer"] = generic.TextStringObject(VENDOR)
    if isinstance(ref, generic.IndirectObject):
        penulis.mark_update(ref)  # a direct dictionary is written with the new trailer anyway
