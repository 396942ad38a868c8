"""Keeping a PDF/A file's metadata consistent when pyhanko adds a revision to it.

pyhanko writes its own name as the XMP ``pdf:Producer`` of every revision it writes, but
appends that name to the document information dictionary's ``/Producer`` ("LibreOffice 7.4;
pyHanko 0.38.0"). PDF/A (ISO 19005-2, 6.6.2.3.1) requires the two to be equivalent, so every
revision sidik writes is opened with :func:`penulis_revisi`, which sets the dictionary's entry to
what the XMP will say.
"""

from __future__ import annotations

from typing import BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata.model import VENDOR


def penulis_revisi(pdf: BinaryIO) -> IncrementalPdfFileWriter:
    """A pyhanko writer for a new revision of ``pdf``, its metadata kept PDF/A-consistent."""
    penulis = IncrementalPdfFileWriter(pdf, strict=False)
    selaraskan_produsen(penulis)
    return penulis


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
