"""PKCS#11: a key generated inside SoftHSM2, certified by the test PKI, signing through sidik."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from pipeline.config import Config, muat
from pipeline.errors import SigningFailed
from pipeline.external import probe
from pipeline.signing.dasar import OpsiTtd
from pipeline.signing.penanda import buat_penanda
from pipeline.signing.pkcs11 import PenandaPkcs11
from pipeline.signing.tampilan import cari_kotak_ttd
from pipeline.verify.manifest import StatusTtdManifest
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from pipeline.verify.ttd_manifest import periksa_ttd_manifest
from tests.bantu.pki import PkiUji, pdf_surat, ruang_uji
from tests.bantu.program import MODUL_SOFTHSM, PKCS11_TOOL

MODUL = MODUL_SOFTHSM
PIN = "123456"
PPID = "000000000000000001"  # the sample's main PPID Pelaksana, Andi Teladan
pytestmark = [
    pytest.mark.slow,
    pytest.mark.softhsm,
    pytest.mark.skipif(
        not MODUL.is_file() or not probe.tersedia(PKCS11_TOOL),
        reason="softhsm2 and opensc (pkcs11-tool) are not installed",
    ),
]


def _alat(*args: str, token: str = "sidik-uji") -> None:
    dasar = ["pkcs11-tool", "--module", str(MODUL), "--token-label", token]
    subprocess.run([*dasar, "--login", "--pin", PIN, *args], check=True, capture_output=True)


def _sertifikat(
    pki: PkiUji,
    publik_der: bytes,
    nama: str = "Dr. Siti Teladan, M.Si.",
    nip: str = "000000000000000000",
) -> bytes:
    interm = x509.load_der_x509_certificate(pki.sertifikat("interm").dump())
    kunci_interm = serialization.load_pem_private_key(
        (pki.folder / "kunci" / "interm.key.pem").read_bytes(), None
    )
    sekarang = datetime.now(UTC)
    sert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, nama),
                    x509.NameAttribute(NameOID.SERIAL_NUMBER, f"NIP:{nip}"),
                ]
            )
        )
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


@pytest.fixture(scope="module")
def token(pki_uji: PkiUji, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    lama = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            "sidik-uji",
            "--pin",
            PIN,
            "--so-pin",
            "654321",
        ],
        check=True,
        capture_output=True,
    )
    _alat("--keypairgen", "--key-type", "rsa:2048", "--label", "atasan", "--id", "01")
    _alat("--read-object", "--type", "pubkey", "--label", "atasan", "-o", str(folder / "pub.der"))
    (folder / "sert.der").write_bytes(_sertifikat(pki_uji, (folder / "pub.der").read_bytes()))
    _alat(
        "--write-object",
        str(folder / "sert.der"),
        "--type",
        "cert",
        "--label",
        "atasan",
        "--id",
        "01",
    )
    _token_ppid(folder, pki_uji)  # before the module is loaded: its token list is read once
    (folder / "interm.der").write_bytes(pki_uji.sertifikat("interm").dump())
    _alat(
        "--write-object",
        str(folder / "interm.der"),
        "--type",
        "cert",
        "--label",
        "interm",
        "--id",
        "02",
    )
    yield folder
    if lama is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = lama


@pytest.fixture
def config(token: Path, pki_uji: PkiUji, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("SIDIK_PIN_PKCS11", PIN)
    ruang = ruang_uji(tmp_path / "ruang", pki_uji)
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    toml = toml.replace('metode = "pkcs12"', 'metode = "pkcs11"')
    toml += (
        f'\n[penandatanganan.pkcs11]\npustaka = "{MODUL}"\ntoken = "sidik-uji"\nkunci = "atasan"\n'
    )
    (ruang / "sidik.toml").write_text(toml, encoding="utf-8")
    return muat(ruang / "sidik.toml")


def test_tanda_tangan_dengan_kunci_di_softhsm(config: Config, tmp_path: Path) -> None:
    # (one login per process: the token refuses a second session's login, so the preflight
    # and the signature are checked in this one test)
    from pipeline.signing.kelayakan import Hasil
    from pipeline.signing.penanda import penanda_terperiksa

    penanda, pemeriksaan = penanda_terperiksa(config)
    assert isinstance(penanda, PenandaPkcs11) and pemeriksaan is not None
    # the preflight signed its probe on the token: the key there matches the certificate
    assert {c.kode: c.hasil for c in pemeriksaan.cek} == {
        "masa_berlaku": Hasil.LULUS,
        "rantai": Hasil.LULUS,
        "pencabutan": Hasil.TIDAK_DIPERIKSA,  # the token's certificate names no OCSP/CRL
        "penggunaan": Hasil.LULUS,
        "pasangan": Hasil.LULUS,
        "subjek": Hasil.LULUS,
    }
    sumber = pdf_surat(tmp_path / "surat.pdf")
    tujuan = tmp_path / "ttd.pdf"
    penanda.tanda_tangani(
        sumber, tujuan, cari_kotak_ttd(sumber, config.atasan_ppid.nama), OpsiTtd("B-T")
    )
    hasil = verifikasi_berkas(tujuan, muat_akar(config.verifikasi.akar_tepercaya))
    assert hasil.putusan is Putusan.VALID, hasil.alasan
    assert hasil.tingkat == "B-T"
    keluaran = subprocess.run(
        ["pdfsig", "-nocert", str(tujuan)], capture_output=True, text=True, check=True
    ).stdout
    assert "Signature is Valid." in keluaran
    # the same session signs the archive's manifest: detached CMS, with the TSA's timestamp
    manifest = tmp_path / "manifest.json"
    manifest.write_bytes(b'{"siklus": "dik-uji", "penanda_tangan": {"nama": "Atasan"}}\n')
    ttd = penanda.tandai_data(manifest.read_bytes())
    assert ttd is not None
    (tmp_path / "manifest.json.p7s").write_bytes(ttd)
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    assert periksa_ttd_manifest(manifest, akar) is StatusTtdManifest.SAH
    [info] = cms.ContentInfo.load(ttd)["content"]["signer_infos"]
    assert "signature_time_stamp_token" in [a["type"].native for a in info["unsigned_attrs"]]
    manifest.write_bytes(b'{"siklus": "dik-uji", "penanda_tangan": {"nama": "Orang Lain"}}\n')
    assert periksa_ttd_manifest(manifest, akar) is StatusTtdManifest.TIDAK_SAH


def test_pin_salah_ditolak_dengan_pesan_jelas(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIDIK_PIN_PKCS11", "000000")
    with pytest.raises(SigningFailed) as e:
        buat_penanda(config)
    assert e.value.message_id == "ttd.token_gagal"
    assert "'sidik-uji'" in e.value.pesan("id") and "PIN" in e.value.pesan("id")


def test_tanpa_pin_ditolak(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIDIK_PIN_PKCS11")
    with pytest.raises(SigningFailed) as e:
        buat_penanda(config)
    assert e.value.message_id == "ttd.pin_tidak_ada"


def _token_ppid(token: Path, pki: PkiUji) -> None:
    """The main PPID Pelaksana's own token, 'ppid-uji', with their key and certificate."""
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", "ppid-uji"]
        + ["--pin", PIN, "--so-pin", "654321"],
        check=True,
        capture_output=True,
    )
    _alat(
        "--keypairgen", "--key-type", "rsa:2048", "--label", "ppid", "--id", "03", token="ppid-uji"
    )
    publik = token / "ppid.der"
    _alat(
        "--read-object", "--type", "pubkey", "--label", "ppid", "-o", str(publik), token="ppid-uji"
    )
    sertifikat = token / "ppid-sert.der"
    sertifikat.write_bytes(_sertifikat(pki, publik.read_bytes(), "Andi Teladan, S.E.", PPID))
    interm = token / "interm-ppid.der"
    interm.write_bytes(pki.sertifikat("interm").dump())
    _alat(
        "--write-object",
        str(interm),
        "--type",
        "cert",
        "--label",
        "interm",
        "--id",
        "04",
        token="ppid-uji",
    )
    _alat(
        "--write-object",
        str(sertifikat),
        "--type",
        "cert",
        "--label",
        "ppid",
        "--id",
        "03",
        token="ppid-uji",
    )


def test_paraf_dari_token_lalu_atasan_dengan_berkas_kunci(
    token: Path, pki_uji: PkiUji, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the PPID Pelaksana signs the paraf with the key on their own token, declared for their
    # NIP; the Atasan PPID then signs with a PKCS#12 file: one document, two keys, both VALID
    from datetime import date

    from pipeline.model import Dokumen, JenisDokumen, Siklus
    from pipeline.stages.paraf import paraf
    from pipeline.stages.paraf_ttd import MEDAN_PARAF
    from pipeline.stages.sign import sign

    monkeypatch.setenv("SIDIK_PIN_PKCS11_PPID", PIN)
    ruang = ruang_uji(tmp_path / "ruang", pki_uji)
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    toml += f'\n[penandatanganan.kunci."{PPID}"]\nmetode = "pkcs11"\npkcs11 = {{ pustaka = '
    toml += f'"{MODUL}", token = "ppid-uji", kunci = "ppid", pin_env = "SIDIK_PIN_PKCS11_PPID" }}\n'
    (ruang / "sidik.toml").write_text(toml, encoding="utf-8")
    config = muat(ruang / "sidik.toml")
    siklus = Siklus("dik-uji", date(2026, 11, 27), "h", "x.xlsx", ruang / "kerja")
    dok = Dokumen(JenisDokumen.DAFTAR, "daftar", pdf_surat(ruang / "daftar.pdf"), None, "SEKRE")
    [hasil] = sign(paraf([dok], siklus, config), siklus, config, buat_penanda(config))
    periksa = verifikasi_berkas(hasil.dokumen.path, muat_akar(config.verifikasi.akar_tepercaya))
    assert periksa.putusan is Putusan.VALID, periksa.alasan
    assert [(t.medan, t.penanda_tangan, t.putusan) for t in periksa.tanda_tangan] == [
        (MEDAN_PARAF, "Andi Teladan, S.E.", Putusan.VALID),
        ("TTE_Atasan_PPID", "Dr. Siti Teladan, M.Si.", Putusan.VALID),
    ]
