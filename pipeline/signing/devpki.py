"""A throw-away development PKI: a local root CA and a signing key (PKCS#12) for the Atasan
PPID and for every other official who signs (PPID Pelaksana, Tim Pertimbangan members) or
seals (the Operator, whose key signs the archive's manifest).

Only for trying sidik out and for tests. The root's private key is discarded after issuing
(officials added later get theirs from a new root, appended to ``root-ca.pem``), each PKCS#12
passphrase is random and written beside it (mode 0600), and ``certs/dev/`` is git-ignored.
Never use it for real documents.
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
    Pelaksana (the main one and each unit's own), each Tim Pertimbangan member and the
    Operator (who seals the archive's manifest), once per NIP."""
    unit = [u.ppid_pelaksana for u in config.unit_kerja if u.ppid_pelaksana]
    hasil: dict[str, Pejabat] = {}
    for p in (config.ppid_pelaksana, *unit, *config.tim_pertimbangan, config.operator):
        if p.nip != config.atasan_ppid.nip:
            hasil.setdefault(p.nip, p)
    return list(hasil.values())


@dataclass(frozen=True)
class HasilPkiDev:
    """What ``sidik pki dev`` did: ``keadaan`` "dibuat" (a new PKI), "ditambah" (keys for
    officials added since) or "sudah_ada" (nothing); ``pejabat`` got their keys now."""

    pki: PkiDev
    keadaan: str
    pejabat: tuple[Pejabat, ...] = ()


def siapkan_pki_dev(config: Config) -> HasilPkiDev:
    """The workspace's development PKI with a key for every official who signs: made if
    missing, completed for officials added since, never overwriting a key."""
    folder = config.penandatanganan.pkcs12.parent
    pki, lain = lokasi(folder), pejabat_penanda_tangan(config)
    if not pki.p12.exists():
        buat_pki_dev(folder, config.atasan_ppid, config.instansi.dinas, pejabat=lain)
        return HasilPkiDev(pki, "dibuat", tuple(lain))
    kurang = tuple(p for p in lain if not kunci_pejabat(folder, p.nip)[0].exists())
    if not kurang:
        return HasilPkiDev(pki, "sudah_ada")
    tambah_kunci(folder, kurang, config.instansi.dinas)
    return HasilPkiDev(pki, "ditambah", kurang)


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
    folder.mkdir(parents=True, exist_ok=True)
    penerbit = _Penerbit.baru(instansi, hari)
    tulis_bytes_atomik(pki.akar, penerbit.pem())
    penerbit.terbitkan(atasan, pki.p12, pki.sandi, "atasan_ppid")
    for p in pejabat:
        penerbit.terbitkan(p, *kunci_pejabat(folder, p.nip), p.nip)
    return pki


def tambah_kunci(
    folder: Path, pejabat: Sequence[Pejabat], instansi: str, *, hari: int = 730
) -> None:
    """Issue keys for ``pejabat`` (officials added since the PKI in ``folder`` was made) under a
    new development root, appended to ``root-ca.pem``: the first root's key is gone, and the
    keys and signatures it issued stay as they are, still trusted."""
    pki = lokasi(folder)
    penerbit = _Penerbit.baru(instansi, hari)
    for p in pejabat:
        penerbit.terbitkan(p, *kunci_pejabat(folder, p.nip), p.nip)
    tulis_bytes_atomik(pki.akar, pki.akar.read_bytes() + penerbit.pem())


@dataclass(frozen=True)
class _Penerbit:
    """The development root, issuing one official's key after another."""

    kunci: rsa.RSAPrivateKey
    akar: x509.Certificate
    instansi: str
    hari: int

    @classmethod
    def baru(cls, instansi: str, hari: int) -> _Penerbit:
        """A new self-signed development root (its key lives only in this object)."""
        kunci = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        nama = _nama("sidik Dev Root CA (BUKAN UNTUK PRODUKSI)", instansi)
        akar = _sertifikat(nama, nama, kunci.public_key(), kunci, 3650, ca=True)
        return cls(kunci, akar, instansi, hari)

    def pem(self) -> bytes:
        """The root's certificate as PEM."""
        return self.akar.public_bytes(serialization.Encoding.PEM)

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
