"""The signature fields of sidik's documents and the role each stands for.

A Lembar Pengujian Konsekuensi carries, in signing order, the PPID Pelaksana's paraf signature
(invisible), one signature per participant in their "Tanda Tangan" cell, then the Atasan
PPID's "Mengetahui"; every other document the paraf and the Atasan PPID's. The signing stages
name the fields from here and the verifier reads the role back from the name, so that a
verification can say who signed as what.
"""

from __future__ import annotations

from typing import BinaryIO

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


def medan_ttd(pdf: BinaryIO) -> dict[str, bool]:
    """The signature fields of the PDF read from ``pdf`` by name: whether each holds a
    signature (read from the form's fields, without parsing the signatures themselves: a
    quarter of a Lembar's time)."""
    from pyhanko.pdf_utils.reader import PdfFileReader  # pyhanko: only when reading a PDF

    form = PdfFileReader(pdf, strict=False).root.get("/AcroForm")
    medan = form.get_object().get("/Fields", []) if form is not None else []
    return {
        str(m.get("/T")): m.get("/V") is not None
        for m in (ref.get_object() for ref in medan)
        if m.get("/FT") == "/Sig"
    }
