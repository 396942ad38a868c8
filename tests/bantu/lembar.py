"""A real Lembar Pengujian Konsekuensi to sign by its participants, and their test keys.

The Lembar of the sample's first item is rendered, converted by LibreOffice and initialled
(its paraf signed by the PPID Pelaksana's dev key), as sidik does it; every official gets a
key from a test root made here, with a certificate naming them (common name and NIP in
serialNumber, as BSrE's do). An outsider's key can be made the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from pipeline.config import Config, muat
from pipeline.external import libreoffice
from pipeline.model import JenisDokumen, Pejabat, Siklus
from pipeline.sertifikat import muat_akar
from pipeline.signing.dasar import PenandaLokal
from pipeline.stages.lembar import Peserta, peserta_lembar
from pipeline.stages.paraf import paraf
from pipeline.stages.render import render
from pipeline.workbook import baca_items
from tests.bantu.pki_sederhana import PENGGUNAAN_TTD, Kunci, buat_akar, penanda_pyhanko
from tests.bantu.ruang import buat_pki, salin_ruang_kerja


@dataclass(frozen=True)
class LembarUji:
    """A workspace, an initialled Lembar of its first item (of ``unit``), a test root and a
    key for every official by NIP; ``akar_pem`` holds the test root and the dev root."""

    config: Config
    lembar: Path
    unit: str
    akar: Kunci
    akar_pem: Path
    kunci: dict[str, Kunci]

    @property
    def akar_semua(self) -> list[Any]:
        """The trust roots: the test root, and the dev root of the paraf's key."""
        return [self.akar.asn1, *muat_akar((self.akar_pem,))[1:]]

    def peserta(self, hadir: set[str] | None = None) -> list[Peserta]:
        """The Lembar's participants in signing order; ``hadir`` the NIPs of the Tim members
        who took part (all when None)."""
        tim = {p.nip for p in self.config.tim_pertimbangan}
        return peserta_lembar(self.config, self.unit, tim if hadir is None else hadir, ())

    def penanda(self, pejabat: Pejabat, kunci: Kunci | None = None) -> PenandaLokal:
        """A signer for ``pejabat`` with their key (or ``kunci``, someone else's)."""
        k = kunci or self.kunci[pejabat.nip]
        signer = penanda_pyhanko(k, self.akar)
        return PenandaLokal(signer, self.config.penandatanganan, pejabat, [self.akar.asn1])

    def semua_penanda(self, peserta: list[Peserta]) -> dict[str, PenandaLokal]:
        """Each participant's own signer, by NIP."""
        return {p.pejabat.nip: self.penanda(p.pejabat) for p in peserta}


def sertifikat_pejabat(akar: Kunci, pejabat: Pejabat) -> Kunci:
    """A signing certificate naming ``pejabat`` (common name and NIP)."""
    kunci = ec.generate_private_key(ec.SECP256R1())
    subjek = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, pejabat.nama),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, pejabat.nip),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        ]
    )
    sert = (
        x509.CertificateBuilder()
        .subject_name(subjek)
        .issuer_name(akar.sertifikat.subject)
        .public_key(kunci.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(akar.sertifikat.not_valid_before_utc)
        .not_valid_after(akar.sertifikat.not_valid_after_utc)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(PENGGUNAAN_TTD, critical=True)
        .sign(akar.kunci, hashes.SHA256())
    )
    return Kunci(kunci, sert)


def buat_lembar_uji(folder: Path) -> LembarUji:
    """A workspace in ``folder`` with its dev PKI, and the initialled Lembar of its first item."""
    ruang = salin_ruang_kerja(folder / "ruang")
    buat_pki(ruang)  # the PPID Pelaksana's dev key signs the paraf
    config = muat(ruang / "sidik.toml")
    items = baca_items(ruang / "input/informasi.xlsx", config)[:1]
    siklus = Siklus("dik-uji", date(2026, 11, 27), "0" * 64, "x.xlsx", ruang / "kerja")
    [docx] = [d for d in render(items, siklus, config) if d.jenis is JenisDokumen.LEMBAR_UJI]
    [pdf] = libreoffice.konversi_pdfa([docx.path], ruang / "pdf")
    [siap] = paraf([replace(docx, path=pdf)], siklus, config)
    akar = buat_akar("Akar Uji Peserta")
    unit = items[0].unit_kerja
    pejabat = [config.pemeriksa(unit), *config.tim_pertimbangan, config.atasan_ppid]
    kunci = {p.nip: sertifikat_pejabat(akar, p) for p in pejabat}
    pem = akar.pem(ruang / "akar.pem")
    pem.write_bytes(pem.read_bytes() + (ruang / "certs/dev/root-ca.pem").read_bytes())
    return LembarUji(config, siap.path, unit, akar, pem, kunci)
