"""Who vouches for a signature: the certificate's issuer, its validity, and whether its chain
ends in a test root, with every time in the office's zone (WIB, WITA, WIT) like the stamp on
the page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from asn1crypto import x509 as asn1_x509

from pipeline.zona import iso_kantor

PENANDA_AKAR_UJI = "BUKAN UNTUK PRODUKSI"
"""What the dev PKI's root (``sidik pki dev``) says in its name: any root saying so is a test
root."""


@dataclass(frozen=True)
class Identitas:
    """The signing certificate as a reader needs it: issuer, validity, test root or not."""

    penerbit: str
    berlaku_mulai: str
    berlaku_sampai: str
    akar_uji: bool


def identitas(sertifikat: asn1_x509.Certificate, jalur: Any = None) -> Identitas:
    """The issuer and validity of ``sertifikat``; ``jalur`` is pyhanko's validation path (None
    when the chain was not built), whose trust anchor decides whether the root is a test root."""
    masa = sertifikat["tbs_certificate"]["validity"]
    return Identitas(
        penerbit=_nama(sertifikat.issuer),
        berlaku_mulai=iso_kantor(masa["not_before"].native),
        berlaku_sampai=iso_kantor(masa["not_after"].native),
        akar_uji=_akar_uji(sertifikat, jalur),
    )


def _akar_uji(sertifikat: asn1_x509.Certificate, jalur: Any) -> bool:
    nama = [sertifikat.issuer.human_friendly]
    anchor = getattr(jalur, "trust_anchor", None)
    if anchor is not None:
        nama.append(anchor.authority.name.human_friendly)
    return any(PENANDA_AKAR_UJI in n.upper() for n in nama)


def _nama(nama: asn1_x509.Name) -> str:
    """A name as a reader says it: its common name and organisation, else the whole name."""
    bagian = nama.native
    inti = [bagian.get("common_name", ""), bagian.get("organization_name", "")]
    teks = ", ".join(str(b) for b in inti if b)
    return teks or nama.human_friendly
