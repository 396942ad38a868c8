"""poppler's ``pdfsig``: an independent opinion on a PDF's signatures.

pdfsig trusts what an NSS database trusts, so :func:`buat_nssdb` makes one holding the
configured roots (NSS's ``certutil``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.external import probe
from pipeline.external.runner import jalankan

_BARIS = re.compile(
    r"^\s*-\s*(Signature Validation|Certificate Validation|Signer Certificate "
    r"Common Name|Signature Type):\s*(.*)$"
)


@dataclass(frozen=True)
class PendapatPdfsig:
    """pdfsig's verdict on one signature."""

    penanda_tangan: str
    tipe: str
    tanda_tangan: str
    sertifikat: str
    seluruh_dokumen: bool | None = None  # False: bytes follow the signed range

    @property
    def sah(self) -> bool:
        """Signature valid and certificate trusted, in pdfsig's words."""
        return self.tanda_tangan == "Signature is Valid." and (
            self.sertifikat == "Certificate is Trusted."
        )


def buat_nssdb(folder: Path, akar: Iterable[Path]) -> Path:
    """An NSS database in ``folder`` trusting the PEM roots ``akar``; returns its ``sql:`` dir."""
    certutil = probe.cari(probe.CERTUTIL)
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "cert9.db").exists():
        jalankan([certutil, "-N", "-d", f"sql:{folder}", "--empty-password"], timeout=60)
    for i, pem in enumerate(akar):
        jalankan(
            [
                certutil,
                "-A",
                "-d",
                f"sql:{folder}",
                "-n",
                f"sidik-akar-{i}",
                "-t",
                "CT,C,C",
                "-i",
                pem,
            ],
            timeout=60,
        )
    return folder


def periksa(pdf: Path, nssdb: Path) -> list[PendapatPdfsig]:
    """pdfsig's opinion on each signature of ``pdf`` (empty when it finds none)."""
    hasil = jalankan([probe.cari(probe.PDFSIG), "-nssdir", f"sql:{nssdb}", pdf], timeout=120)
    pendapat: list[dict[str, str]] = []
    for baris in hasil.stdout.splitlines():
        if re.match(r"^Signature #\d+:", baris):
            pendapat.append({})
        elif (cocok := _BARIS.match(baris)) and pendapat:
            pendapat[-1][cocok.group(1)] = cocok.group(2).strip()
        elif baris.strip() in ("- Total document signed", "- Not total document signed") and (
            pendapat
        ):
            pendapat[-1]["seluruh"] = "ya" if "Not" not in baris else "tidak"
    return [
        PendapatPdfsig(
            p.get("Signer Certificate Common Name", ""),
            p.get("Signature Type", ""),
            p.get("Signature Validation", ""),
            p.get("Certificate Validation", ""),
            {"ya": True, "tidak": False}.get(p.get("seluruh", "")),
        )
        for p in pendapat
    ]
