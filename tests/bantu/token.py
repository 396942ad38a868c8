"""SoftHSM2 tokens for the tests: an official's key generated inside a token, certified by the
test PKI's intermediate CA, with the chain beside it (as a government token holds them)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from tests.bantu.pki import PkiUji
from tests.bantu.program import MODUL_SOFTHSM

PIN = "123456"


def konfigurasi_softhsm(folder: Path) -> Path:
    """A SoftHSM2 configuration keeping its tokens in ``folder``; for SOFTHSM2_CONF."""
    (folder / "tokens").mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    return conf


def buat_token(conf: Path, pki: PkiUji, label: str, nama: str, nip: str, folder: Path) -> None:
    """Token ``label`` holding a key ``label`` made inside it, its certificate naming ``nama``
    and ``nip`` (NIP in the subject's serialNumber), and the intermediate CA's."""
    env = {"SOFTHSM2_CONF": str(conf)}
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", label]
        + ["--pin", PIN, "--so-pin", "654321"],
        check=True,
        capture_output=True,
        env=env,
    )
    _alat(env, label, "--keypairgen", "--key-type", "rsa:2048", "--label", label, "--id", "01")
    publik = folder / f"{label}-pub.der"
    _alat(env, label, "--read-object", "--type", "pubkey", "--label", label, "-o", str(publik))
    sertifikat = folder / f"{label}-sert.der"
    sertifikat.write_bytes(_sertifikat(pki, publik.read_bytes(), nama, nip))
    interm = folder / f"{label}-interm.der"
    interm.write_bytes(pki.sertifikat("interm").dump())
    _alat(env, label, "--write-object", str(interm), "--type", "cert", "--label", "interm")
    _alat(
        env,
        label,
        "--write-object",
        str(sertifikat),
        "--type",
        "cert",
        "--label",
        label,
        "--id",
        "01",
    )


def _alat(env: dict[str, str], token: str, *args: str) -> None:
    dasar = ["pkcs11-tool", "--module", str(MODUL_SOFTHSM), "--token-label", token]
    subprocess.run(
        [*dasar, "--login", "--pin", PIN, *args], check=True, capture_output=True, env=env
    )


def _sertifikat(pki: PkiUji, publik_der: bytes, nama: str, nip: str) -> bytes:
    interm = x509.load_der_x509_certificate(pki.sertifikat("interm").dump())
    kunci_interm = serialization.load_pem_private_key(
        (pki.folder / "kunci" / "interm.key.pem").read_bytes(), None
    )
    sekarang = datetime.now(UTC)
    subjek = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, nama),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"NIP:{nip}"),
        ]
    )
    sert = (
        x509.CertificateBuilder()
        .subject_name(subjek)
        .issuer_name(interm.subject)
        .public_key(serialization.load_der_public_key(publik_der))  # type: ignore[arg-type]
        .serial_number(x509.random_serial_number())
        .not_valid_before(sekarang - timedelta(minutes=5))
        .not_valid_after(sekarang + timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(kunci_interm, hashes.SHA256())  # type: ignore[arg-type]
    )
    return sert.public_bytes(serialization.Encoding.DER)
