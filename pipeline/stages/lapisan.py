"""Marks drawn over a PDF's pages in one incremental revision: each mark a one-page PDF
placed as a form XObject (the paraf, the hierarchy's table, "Tidak hadir" in a Lembar's cell)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from functools import lru_cache

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import find_inherited_value_in_tree


def ukuran_halaman(penulis: IncrementalPdfFileWriter, indeks: int) -> tuple[float, float]:
    """The width and height of page ``indeks`` (its /MediaBox, inherited if need be)."""
    halaman = penulis.find_page_for_modification(indeks)[0].get_object()
    kotak = find_inherited_value_in_tree(halaman, "/MediaBox", "/Parent")
    x1, y1, x2, y2 = (float(v) for v in kotak)
    return abs(x2 - x1), abs(y2 - y1)


def tempel_lapisan(penulis: IncrementalPdfFileWriter, lapisan: Sequence[Sequence[bytes]]) -> None:
    """Draw over page i each one-page PDF of ``lapisan[i]``, as a form XObject.

    The page's own content is wrapped in ``q``/``Q`` so that whatever graphics state it leaves
    behind, the marks are drawn in the page's default coordinates. A mark used on several pages
    is one shared object.
    """
    xobjek: dict[bytes, tuple[generic.NameObject, generic.IndirectObject]] = {}
    simpan = penulis.add_object(generic.StreamObject(stream_data=b"q\n"))
    for i, daftar in enumerate(lapisan):
        if not daftar:
            continue
        baru = generic.DictionaryObject()
        perintah = [b"Q"]
        for pdf in daftar:
            if pdf not in xobjek:
                # named after its content: a page that already has a mark of that name (a
                # document initialled twice) has that very mark
                nama = generic.NameObject(f"/SidikLapisan{hashlib.sha256(pdf).hexdigest()[:12]}")
                xobjek[pdf] = nama, penulis.import_page_as_xobject(_pembaca(pdf))
            nama, ref = xobjek[pdf]
            perintah.append(b"q " + nama.encode() + b" Do Q")
            if nama not in _xobjek_halaman(penulis, i):
                baru[nama] = ref
        gambar = penulis.add_object(generic.StreamObject(stream_data=b"\n".join(perintah) + b"\n"))
        penulis.add_stream_to_page(i, simpan, prepend=True)
        sumber_daya = generic.DictionaryObject({generic.NameObject("/XObject"): baru})
        penulis.add_stream_to_page(i, gambar, resources=sumber_daya if baru else None)


@lru_cache(maxsize=32)
def _pembaca(pdf: bytes) -> PdfFileReader:
    """A mark's one-page PDF, parsed once per process (its objects are then copied per file)."""
    return PdfFileReader(io.BytesIO(pdf))


def _xobjek_halaman(penulis: IncrementalPdfFileWriter, indeks: int) -> generic.DictionaryObject:
    """The page's /XObject resources (pages may share one resource dictionary)."""
    sumber_daya = penulis.find_page_for_modification(indeks)[1].get_object()
    xobj = sumber_daya.get("/XObject")
    return xobj.get_object() if xobj is not None else generic.DictionaryObject()
