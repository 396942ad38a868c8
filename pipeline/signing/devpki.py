"""A throw-away development PKI: a local root CA and a signing key (PKCS#12) for the Atasan
PPID and for every other official who signs (PPID Pelaksana, Tim Pertimbangan members).

Only for trying sidik out and for tests. The root's private key is discarded after issuing,
the PKCS#12 passphrase is random and written beside it (mode 0600), and ``certs/dev/`` is
git-ignored. Never use it for real documents.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from pipeline.atomic import tulis_bytes_atomik
from pipeline.config.skema import FOLDER_DEV
from pipeline.model import Pejabat

if TYPE_CHECKING:
    from pipeline.config import Config


@dataclass(frozen=True)
class PkiDev:
    """Where the development PKI's public root, key and passphrase live."""

    akar: Path
    p12: Path
    sandi: Path


def lokasi(folder: Path) -> PkiDev:
    """The file names of a development PKI in ``folder``."""
    return PkiDev(folder / "root-ca.pem", folder / "atasan_ppid.p12", folder / "atasan_ppid.sandi")


def kunci_pejabat(folder: Path, nip: str) -> tuple[Path, Path]:
    """The development key of the official with ``nip`` and its passphrase file."""
    return folder / f"{nip}.p12", folder / f"{nip}.sandi"


def di_folder_dev(root: Path, path: Path) -> bool:
    """Whether ``path`` lies in the workspace's development folder ``certs/dev/``."""
    return path.resolve().is_relative_to((root / FOLDER_DEV).resolve())


def pejabat_penanda_tangan(config: Config) -> list[Pejabat]:
    """The officials other than the Atasan PPID who sign with a key of their own: the PPID
    Pelaksana (the main one and each unit's own) and each Tim Pertimbangan member, once per NIP."""
    unit = [u.ppid_pelaksana for u in config.unit_kerja if u.ppid_pelaksana]
    hasil: dict[str, Pejabat] = {}
    for p in (config.ppid_pelaksana, *unit, *config.tim_pertimbangan):
        if p.nip != config.atasan_ppid.nip:
            hasil.setdefault(p.nip, p)
    return list(hasil.values())


def buat_pki_dev(
    folder: Path,
    atasan: Pejabat,
    instansi: str,
    *,
    pejabat: Sequence[Pejabat] = (),
    hari: int = 730,
) -> PkiDev:
    """Create the root CA and a signing certificate for ``atasan`` in ``folder``, and one for
    each of ``pejabat`` (``NIP.p12`` with ``NIP.sandi``, see :func:`kunci_pejabat`)."""
    pki = lokasi(folder)
    kunci_akar = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    nama_akar = _nama("sidik Dev Root CA (BUKAN UNTUK PRODUKSI)", instansi)
    akar = _sertifikat(nama_akar, nama_akar, kunci_akar.public_key(), kunci_akar, 3650, ca=True)
    folder.mkdir(parents=True, exist_ok=True)
    tulis_bytes_atomik(pki.akar, akar.public_bytes(serialization.Encoding.PEM))
    penerbit = _Penerbit(kunci_akar, akar, instansi, hari)
    penerbit.terbitkan(atasan, pki.p12, pki.sandi, "atasan_ppid")
    for p in pejabat:
        p12, sandi = kunci_pejabat(folder, p.nip)
        penerbit.terbitkan(p, p12, sandi, p.nip)
    return pki


@dataclass(frozen=True)
class _Penerbit:
    """The development root, issuing one official's key after another."""

    kunci: rsa.RSAPrivateKey
    akar: x509.Certificate
    instansi: str
    hari: int

    def terbitkan(self, pejabat: Pejabat, p12: Path, berkas_sandi: Path, label: str) -> None:
        """A key and certificate naming ``pejabat`` (name, NIP, jabatan) into ``p12``, its
        random passphrase into ``berkas_sandi`` (both mode 0600)."""
        kunci = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subjek = _nama(pejabat.nama, self.instansi, nip=pejabat.nip, jabatan=pejabat.jabatan)
        sert = _sertifikat(
            subjek, self.akar.subject, kunci.public_key(), self.kunci, self.hari, ca=False
        )
        sandi = secrets.token_urlsafe(24)
        tulis_bytes_atomik(
            p12,
            pkcs12.serialize_key_and_certificates(
                label.encode(),
                kunci,
                sert,
                [self.akar],
                serialization.BestAvailableEncryption(sandi.encode()),
            ),
        )
        tulis_bytes_atomik(berkas_sandi, sandi.encode() + b"\n")
        berkas_sandi.chmod(0o600)
        p12.chmod(0o600)


def _nama(cn: str, org: str, *, nip: str = "", jabatan: str = "") -> x509.Name:
    atribut = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org[:64]),
        x509.NameAttribute(NameOID.COMMON_NAME, cn[:64]),
    ]
    if jabatan:
        atribut.append(x509.NameAttribute(NameOID.TITLE, jabatan[:64]))
    if nip:
        atribut.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, f"NIP:{nip}"))
    return x509.Name(atribut)


def _sertifikat(
    subjek: x509.Name,
    penerbit: x509.Name,
    kunci_publik,
    kunci_penerbit,  # type: ignore[no-untyped-def]
    hari: int,
    *,
    ca: bool,
) -> x509.Certificate:
    sekarang = datetime.now(UTC) - timedelta(minutes=5)
    b = (
        x509.CertificateBuilder()
        .subject_name(subjek)
        .issuer_name(penerbit)
        .public_key(kunci_publik)
        .serial_number(x509.random_serial_number())
        .not_valid_before(sekarang)
        .not_valid_after(sekarang + timedelta(days=hari))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(kunci_publik), critical=False)
    )
    if ca:
        b = b.add_extension(_penggunaan(ca=True), critical=True)
    else:
        b = (
            b.add_extension(_penggunaan(ca=False), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage(
                    [
                        ExtendedKeyUsageOID.EMAIL_PROTECTION,
                        x509.ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"),
                    ]
                ),
                critical=False,
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(kunci_penerbit.public_key()),
                critical=False,
            )
        )
    return b.sign(kunci_penerbit, hashes.SHA256())


def _penggunaan(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )
