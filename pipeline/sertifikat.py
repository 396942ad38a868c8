"""Trust roots: the certificates a signature must chain to, loaded from PEM or DER files.

Used when signing (to check the signer's chain before B-LT/B-LTA) and when verifying.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from pyhanko.keys import load_certs_from_pemder

from pipeline.errors import ConfigInvalid


def muat_akar(paths: Iterable[Path]) -> list[asn1_x509.Certificate]:
    """Load the trust roots named in the configuration (or on the command line); a PEM file
    may hold several (a bundle), each one trusted."""
    akar = []
    for p in paths:
        try:
            dimuat = list(load_certs_from_pemder([str(p)]))
        except (OSError, ValueError) as e:
            raise ConfigInvalid("verifikasi.akar_tidak_ada", berkas=str(p)) from e
        if not dimuat:
            raise ConfigInvalid("verifikasi.akar_tidak_ada", berkas=str(p))
        akar.extend(dimuat)
    return akar


def nama_nip(sertifikat: asn1_x509.Certificate) -> tuple[str, str]:
    """The holder's name (common name) and NIP (the 18 digits of serialNumber, else "")."""
    nama = sertifikat.subject.native
    nip = re.findall(r"\d{18}", str(nama.get("serial_number", "")))
    return str(nama.get("common_name", "")), nip[0] if len(nip) == 1 else ""
