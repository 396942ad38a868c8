"""Checks of what ``sidik init`` left for the office to fill in: values still marked GANTI in
``sidik.toml``, and the development key still being the signing key."""

from __future__ import annotations

from pathlib import Path

from asn1crypto import x509 as asn1_x509

from pipeline.config import FOLDER_DEV, Config
from pipeline.ruang.konfigurasi import kunci_toml_ganti
from pipeline.ruang.temuan import Temuan, lulus, peringatan

TANDA_DEV = "BUKAN UNTUK PRODUKSI"
"""What the development PKI's certificates say in their names."""


def isian_contoh(config: Config) -> Temuan:
    """Every key of ``sidik.toml`` whose value still holds the GANTI placeholder, by name."""
    kunci = kunci_toml_ganti(config.berkas)
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
