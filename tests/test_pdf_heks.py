"""pyHanko's reader with sidik's hex strings: the same strings, the same errors, the same
place in the file afterwards, as pyHanko's own byte-at-a-time reader."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfStreamError

from pipeline import pdf_heks

BACAAN = [
    b"<>",
    b"<00>",
    b"<48656C6c6f>",
    b"<4 8 65\n6C\r\n6c\t6f\f\x00>",  # whitespace anywhere between the digits
    b"<486>",  # an odd count: the last digit followed by 0
    b"<FEFF00480069>",  # UTF-16 with its byte-order mark: a text string
    b"<" + b"3082" * 9000 + b">",  # a signature's /Contents, longer than one block
    b"<" + b"0" * (pdf_heks._BLOK - 2) + b"AB>",  # the bracket right after a block's end
]

TIDAK_LAZIM = [
    b"<48%komentar\n65>",  # a comment: pyHanko skips it
    b"<48 zz>",  # not a digit
    b"<4865",  # no closing bracket before the end
]


def _baca(pembaca, data: bytes):  # type: ignore[no-untyped-def]
    stream = io.BytesIO(b"[ " + data + b" /Lanjut ]")
    stream.seek(2)
    try:
        hasil = pembaca(stream)
    except PdfStreamError as e:
        return ("galat", str(e), stream.tell())
    return (type(hasil), bytes(hasil.original_bytes), stream.tell(), stream.read())


@pytest.mark.parametrize("data", BACAAN + TIDAK_LAZIM)
def test_heks_dibaca_sama_dengan_pembaca_pyhanko(data: bytes) -> None:
    assert _baca(pdf_heks.baca_heks, data) == _baca(pdf_heks._ASLI, data)


def test_tanda_tangan_dibaca_lewat_pembaca_cepat_setelah_dipasang() -> None:
    import pipeline.signing  # noqa: F401  (installs it, as every signing process does)

    assert generic.read_hex_string_from_stream is pdf_heks.baca_heks
    objek = generic.read_object(io.BytesIO(b"<3082ABCD>"), None)  # type: ignore[arg-type]
    assert isinstance(objek, (generic.ByteStringObject, generic.TextStringObject))
    assert bytes(objek.original_bytes) == b"\x30\x82\xab\xcd"
