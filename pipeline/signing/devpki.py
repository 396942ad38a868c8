"""A throw-away development PKI: a local root CA and an Atasan PPID signing key (PKCS#12).

Only for trying sidik out and for tests. The root's private key is discarded after issuing,
the PKCS#12 passphrase is random and written beside it (mode 0600), and ``certs/dev/`` is
git-ignored. Never use it for real documents.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from pipeline.atomic import tulis_bytes_atomik
from pipeline.model import Pejabat


@dataclass(frozen=True)
class PkiDev:
    """Where the development PKI's public root, key and passphrase live."""

    akar: Path
    p12: Path
    sandi: Path


def lokasi(folder: Path) -> PkiDev:
    """The file names of a development PKI in ``folder``."""
    return PkiDev(folder / "root-ca.pem", folder / "atasan_ppid.p12", folder / "atasan_ppid.sandi")


def buat_pki_dev(folder: Path, atasan: Pejabat, instansi: str, *, hari: int = 730) -> PkiDev:
    """Create the root CA and a signing certificate for ``atasan`` in ``folder``."""
    pki = lokasi(folder)
    kunci_akar = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    nama_akar = _nama("sidik Dev Root CA (BUKAN UNTUK PRODUKSI)", instansi)
    akar = _sertifikat(nama_akar, nama_akar, kunci_akar.public_key(), kunci_akar, 3650, ca=True)
    kunci = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subjek = _nama(atasan.nama, instansi, nip=atasan.nip, jabatan=atasan.jabatan)
    sert = _sertifikat(subjek, nama_akar, kunci.public_key(), kunci_akar, hari, ca=False)
    sandi = secrets.token_urlsafe(24)
    folder.mkdir(parents=True, exist_ok=True)
    tulis_bytes_atomik(pki.akar, akar.public_bytes(serialization.Encoding.PEM))
    tulis_bytes_atomik(
        pki.p12,
        pkcs12.serialize_key_and_certificates(
            b"atasan_ppid",
            kunci,
            sert,
            [akar],
            serialization.BestAvailableEncryption(sandi.encode()),
        ),
    )
    tulis_bytes_atomik(pki.sandi, sandi.encode() + b"\n")
    pki.sandi.chmod(0o600)
    pki.p12.chmod(0o600)
    return pki


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
