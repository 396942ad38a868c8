"""pyHanko's reader, with hex strings read at C speed.

A signature's ``/Contents`` is a hex string of several thousand digits, and pyHanko 0.38 reads
hex strings one byte at a time (``read_non_whitespace`` for every digit). A Lembar carries five
signatures, and every act on it (enumerating its fields, checking the paraf under difference
analysis, adding the next signature, verifying) parses all of them: about a third of the paraf
check's time went to those digits (measured in session 12: 51.8 → 32.5 ms per Lembar).

:func:`pasang` replaces pyHanko's module-level reader with :func:`baca_heks`, which finds the
closing ``>`` in blocks and decodes with :mod:`binascii`. Anything but digits and PDF whitespace
between the brackets (a comment, a stray byte, a missing ``>``) goes back to pyHanko's own
reader from the same position, so its errors and its reading of odd input are unchanged.
"""

from __future__ import annotations

import binascii
import re
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PDF_WHITESPACE

_ASLI = generic.read_hex_string_from_stream
_DIGIT = re.compile(rb"[0-9a-fA-F]*")
_BLOK = 16384


def baca_heks(stream: Any) -> generic.ByteStringObject | generic.TextStringObject:
    """Read the hex string at ``stream``'s position (its ``<``), as pyHanko's reader does."""
    awal = stream.tell()
    bagian: list[bytes] = []
    dibaca = 0
    while True:
        blok = stream.read(_BLOK)
        if not blok:  # no closing bracket: pyHanko says so in its own words
            stream.seek(awal)
            return _ASLI(stream)
        akhir = blok.find(b">")
        if akhir >= 0:
            bagian.append(blok[:akhir])
            stream.seek(awal + dibaca + akhir + 1)
            break
        bagian.append(blok)
        dibaca += len(blok)
    digit = b"".join(bagian)[1:].translate(None, PDF_WHITESPACE)
    if _DIGIT.fullmatch(digit) is None:
        stream.seek(awal)
        return _ASLI(stream)
    if len(digit) % 2:
        digit += b"0"
    return generic.pdf_string(binascii.unhexlify(digit))


def pasang() -> None:
    """Make pyHanko read hex strings with :func:`baca_heks` (idempotent)."""
    generic.read_hex_string_from_stream = baca_heks  # type: ignore[assignment]
