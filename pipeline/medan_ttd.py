"""The signature fields of sidik's documents and the role each stands for.

A Lembar Pengujian Konsekuensi carries, in signing order, the PPID Pelaksana's paraf signature
(invisible), one signature per participant in their "Tanda Tangan" cell, then the Atasan
PPID's "Mengetahui"; every other document the paraf and the Atasan PPID's. The signing stages
name the fields from here and the verifier reads the role back from the name, so that a
verification can say who signed as what.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

PERAN_PARAF = "paraf"
PERAN_PPID = "ppid_pelaksana"
PERAN_TIM = "tim_pertimbangan"
PERAN_ATASAN = "atasan_ppid"

MEDAN_ATASAN = "TTE_Atasan_PPID"
MEDAN_PARAF = "Paraf_PPID_Pelaksana"
AWALAN_PESERTA = "TTE_"  # then <peran>_<NIP>


def medan_peserta(peran: str, nip: str) -> str:
    """The field a participant of ``peran`` with ``nip`` signs in (the Atasan PPID's is the
    same on every document)."""
    if peran == PERAN_ATASAN:
        return MEDAN_ATASAN
    return f"{AWALAN_PESERTA}{peran}_{nip}"


def peran_medan(medan: str) -> str:
    """The role whose signature field ``medan`` is ('' for a field sidik does not make)."""
    if medan == MEDAN_PARAF:
        return PERAN_PARAF
    if medan == MEDAN_ATASAN:
        return PERAN_ATASAN
    for peran in (PERAN_PPID, PERAN_TIM):
        if medan.startswith(f"{AWALAN_PESERTA}{peran}_"):
            return peran
    return ""


Letak = tuple[int, tuple[int, int, int, int]]
"""Where a signature field is: its page (0-based) and box (x1, y1, x2, y2) in PDF points."""


@dataclass(frozen=True)
class MedanTtd:
    """The signature fields of a PDF by name: whether each holds a signature, and where each
    visible one is (read together, from one parse of the file)."""

    terisi: dict[str, bool]
    letak: dict[str, Letak]


def medan_ttd(pdf: BinaryIO) -> dict[str, bool]:
    """The signature fields of the PDF read from ``pdf`` by name: whether each holds a
    signature (see :func:`baca_medan`)."""
    return baca_medan(pdf).terisi


def baca_medan(pdf: BinaryIO) -> MedanTtd:
    """The signature fields of the PDF read from ``pdf``: whether each holds a signature (read
    from the form's fields, without parsing the signatures themselves: a quarter of a Lembar's
    time) and where each is, so that a participant's box is not searched for again.

    A signing service that names its own field (BSrE's API takes a box, not a field) leaves
    the participant's field empty beside its signature: a signature in a field sidik does not
    name counts for the participant's field of the NIP its certificate holds (only then is a
    signature parsed), so that the participant is not asked to sign again.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader  # pyhanko: only when reading a PDF

    reader = PdfFileReader(pdf, strict=False)
    form = reader.root.get("/AcroForm")
    semua = form.get_object().get("/Fields", []) if form is not None else []
    medan = [m for m in (ref.get_object() for ref in semua) if m.get("/FT") == "/Sig"]
    hasil = {str(m.get("/T")): m.get("/V") is not None for m in medan}
    if any(ada and peran_medan(nama) == "" for nama, ada in hasil.items()):
        nip = _nip_asing(reader)
        hasil |= {n: True for n, ada in hasil.items() if not ada and _nip_peserta(n) in nip}
    halaman = _halaman(reader.root["/Pages"])
    letak = {str(m.get("/T")): t for m in medan if (t := _letak(m, halaman)) is not None}
    return MedanTtd(hasil, letak)


def _halaman(simpul: Any, awal: int = 0) -> dict[int, int]:
    """Each page object's number (idnum) -> its index, walking the page tree."""
    hasil: dict[int, int] = {}
    for anak in simpul["/Kids"]:
        obj = anak.get_object()
        if obj.get("/Type") == "/Pages":
            hasil |= _halaman(obj, awal + len(hasil))
        else:
            hasil[anak.idnum] = awal + len(hasil)
    return hasil


def _letak(medan: Any, halaman: dict[int, int]) -> Letak | None:
    """A field's page and box, if it is a visible widget on a known page."""
    from pyhanko.pdf_utils.generic import IndirectObject

    ref, kotak = medan.raw_get("/P") if "/P" in medan else None, medan.get("/Rect")
    if not isinstance(ref, IndirectObject) or ref.idnum not in halaman or kotak is None:
        return None
    x1, y1, x2, y2 = (int(v) for v in kotak)
    return (halaman[ref.idnum], (x1, y1, x2, y2)) if x2 > x1 and y2 > y1 else None


def nip_medan_asing(pdf: BinaryIO) -> set[str]:
    """The NIPs of the certificates that signed in fields sidik does not name (a signing
    service such as BSrE names its own field): whose signatures those are."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    return _nip_asing(PdfFileReader(pdf, strict=False))


def _nip_asing(reader: Any) -> set[str]:
    from pipeline.sertifikat import nama_nip

    nip = {
        nama_nip(ttd.signer_cert)[1]
        for ttd in reader.embedded_regular_signatures
        if peran_medan(str(ttd.field_name)) == ""
    }
    return nip - {""}


def _nip_peserta(medan: str) -> str:
    """The NIP a participant's field is named after ('' for the others)."""
    return medan.rsplit("_", 1)[-1] if peran_medan(medan) in (PERAN_PPID, PERAN_TIM) else ""
