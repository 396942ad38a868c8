"""Is this file an .xlsx sidik can open? The usual wrong files are named before openpyxl runs.

An old ``.xls`` and a password-protected workbook are both OLE2 containers (the latter holds an
``EncryptedPackage`` stream); a renamed CSV is plain text; a truncated copy is a broken zip; a
zip bomb declares more uncompressed bytes than any operator workbook needs.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from pipeline.errors import Masalah
from pipeline.messages import terjemah
from pipeline.workbook.kontrak import MAKS_UKURAN_TERURAI

TANDA_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TANDA_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_PAKET_TERENKRIPSI = "EncryptedPackage".encode("utf-16-le")
_POTONGAN = 1024 * 1024
_MB = 1024 * 1024

# What openpyxl raises on a damaged package once the zip itself has passed the checks here.
GALAT_BERKAS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    InvalidFileException,
    KeyError,
    ParseError,
)

# What openpyxl raises while parsing values and styles of a malformed sheet. Caught only around
# openpyxl's own calls (opening, and taking the next row), never around sidik's rules.
GALAT_URAI: tuple[type[BaseException], ...] = (*GALAT_BERKAS, ValueError, TypeError)


class BerkasRusak(Exception):
    """Internal: openpyxl could not parse the file; :func:`~pipeline.workbook.baca.periksa`
    turns it into one ``workbook.rusak`` problem. Never leaves the workbook room."""

    def __init__(self, sebab: str) -> None:
        super().__init__(sebab)
        self.sebab = sebab


def urai(iterator: Iterator[Any]) -> Iterator[Any]:
    """The items of an openpyxl row iterator; a parse failure becomes :class:`BerkasRusak`."""
    while True:
        try:
            berikut = next(iterator)
        except StopIteration:
            return
        except GALAT_URAI as e:
            raise BerkasRusak(sebab(e)) from e
        yield berikut


def buka_baca_saja(berkas: Path, data_only: bool = False) -> Any:
    """Open ``berkas`` read-only with openpyxl; a file it cannot parse is :class:`BerkasRusak`."""
    try:
        with diam_openpyxl():
            return load_workbook(berkas, read_only=True, data_only=data_only)
    except GALAT_URAI as e:
        raise BerkasRusak(sebab(e)) from e


@contextmanager
def diam_openpyxl() -> Iterator[None]:
    """Silence openpyxl's notes on features it drops (e.g. Excel's x14 validation extension).

    They concern openpyxl's own support, not the operator's data, and would only clutter stderr.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        yield


def periksa_berkas(berkas: Path) -> Masalah | None:
    """The one problem that makes ``berkas`` unreadable as .xlsx, or None if it may be read."""
    with berkas.open("rb") as f:
        awal = f.read(4096)
    if not awal:
        return masalah_berkas(berkas, "workbook.rusak", sebab="0 byte")
    if awal.startswith(TANDA_OLE2):
        jenis = "workbook.bersandi" if _ada_paket_terenkripsi(berkas) else "workbook.xls_lama"
        return masalah_berkas(berkas, jenis)
    if not awal.startswith(TANDA_ZIP):
        if b"\x00" not in awal:
            return masalah_berkas(berkas, "workbook.teks_bukan_xlsx")
        return masalah_berkas(berkas, "workbook.bukan_xlsx", sebab=awal[:4].hex(" "))
    return _periksa_zip(berkas)


def masalah_berkas(berkas: Path, message_id: str, **params: Any) -> Masalah:
    """A problem with the file as a whole (no sheet, row or column)."""
    return Masalah(str(berkas), message_id, params=params)


def sebab(e: BaseException) -> str:
    """A short technical cause for a message: the exception's type and text."""
    return type(e).__name__ + (f": {e}" if str(e) else "")


def _periksa_zip(berkas: Path) -> Masalah | None:
    try:
        with zipfile.ZipFile(berkas) as z:
            ukuran = sum(i.file_size for i in z.infolist())
            if ukuran > MAKS_UKURAN_TERURAI:
                return masalah_berkas(
                    berkas,
                    "workbook.bom_zip",
                    ukuran=ukuran // _MB,
                    maks=MAKS_UKURAN_TERURAI // _MB,
                )
            if "xl/workbook.xml" not in z.namelist():
                return masalah_berkas(
                    berkas, "workbook.bukan_xlsx", sebab=terjemah("workbook.zip_tanpa_workbook")
                )
            rusak = z.testzip()  # decompresses every member once: bounded by the check above
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:
        return masalah_berkas(berkas, "workbook.rusak", sebab=sebab(e))
    if rusak is not None:
        return masalah_berkas(berkas, "workbook.rusak", sebab=f"CRC {rusak}")
    return None


def _ada_paket_terenkripsi(berkas: Path) -> bool:
    """Whether the OLE2 file has an ``EncryptedPackage`` stream (read in bounded chunks)."""
    sisa = b""
    with berkas.open("rb") as f:
        while potongan := f.read(_POTONGAN):
            if _PAKET_TERENKRIPSI in sisa + potongan:
                return True
            sisa = potongan[-len(_PAKET_TERENKRIPSI) :]
    return False
