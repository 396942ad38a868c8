"""Checks of what ``sidik init`` left for the office to fill in: values still marked GANTI in
``sidik.toml``, and the development key still being the signing key."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509

from pipeline.config import FOLDER_DEV, Config
from pipeline.ruang.dokter import Temuan, lulus, peringatan
from pipeline.ruang.konfigurasi import TANDA

TANDA_DEV = "BUKAN UNTUK PRODUKSI"
"""What the development PKI's certificates say in their names."""


def isian_contoh(config: Config) -> Temuan:
    """Every key of ``sidik.toml`` whose value still holds the GANTI placeholder, by name."""
    kunci = kunci_ganti(config.berkas)
    if not kunci:
        return lulus("isian", "dokter.isian")
    return peringatan(
        "isian",
        "dokter.isian_ganti",
        "dokter.saran.isian",
        berkas=config.berkas,
        jumlah=len(kunci),
        kunci=", ".join(kunci),
    )


def kunci_ganti(berkas: Path) -> list[str]:
    """The dotted names of the keys of ``berkas`` (a ``sidik.toml``) whose value holds GANTI."""
    data = tomllib.loads(berkas.read_text(encoding="utf-8"))
    return [k for k, v in _daftar(data) if isinstance(v, str) and TANDA in v]


def _daftar(data: Any, awalan: str = "") -> Iterator[tuple[str, Any]]:
    """Dotted key names and their values; a list of tables is numbered (``tim[1].nama``)."""
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _daftar(v, f"{awalan}.{k}" if awalan else k)
    elif isinstance(data, list):
        for i, v in enumerate(data, start=1):
            yield from _daftar(v, f"{awalan}[{i}]")
    else:
        yield awalan, data


def kunci_pengembangan(config: Config, sertifikat: asn1_x509.Certificate | None) -> Temuan:
    """A warning while the signing key is the development key (certs/dev, or a certificate
    whose subject or issuer says it is not for production)."""
    ttd = config.penandatanganan
    dev = config.berkas.parent / FOLDER_DEV
    di_dev = ttd.metode == "pkcs12" and _di_dalam(ttd.pkcs12, dev)
    nama = (
        f"{sertifikat.subject.human_friendly} {sertifikat.issuer.human_friendly}"
        if sertifikat is not None
        else ""
    )
    if not di_dev and TANDA_DEV not in nama:
        return lulus("pengembangan", "dokter.bukan_kunci_dev")
    berkas = ttd.pkcs12 if ttd.metode == "pkcs12" else ttd.metode
    return peringatan("pengembangan", "dokter.kunci_dev", "dokter.saran.kunci_dev", berkas=berkas)


def _di_dalam(jalur: Path, folder: Path) -> bool:
    return jalur.resolve().is_relative_to(folder.resolve())
