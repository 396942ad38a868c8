"""Checks of the signing key: reachable, certificate valid for a while yet, chain trusted,
and the system clock agreeing with the timestamp server."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta

import aiohttp
from asn1crypto import x509 as asn1_x509
from pyhanko.sign import signers
from pyhanko.sign.general import SigningError
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    InvalidCertificateError,
    PathBuildingError,
    PathValidationError,
)

from pipeline.config import Config
from pipeline.errors import InputInvalid, SidikError, SigningFailed
from pipeline.ruang.dokter import Temuan, dari_galat, dilewati, gagal, lulus
from pipeline.sertifikat import muat_akar
from pipeline.signing import pades
from pipeline.signing.penanda import MintaSandi, ambil_sandi, buat_penanda

HARI_PERINGATAN = 30
"""A certificate ending within this many days fails: renew it before a cycle needs it."""
SELISIH_JAM = timedelta(seconds=60)
"""The largest difference between this clock and the timestamp server's that passes."""

Rantai = tuple[asn1_x509.Certificate, list[asn1_x509.Certificate]]


def kunci(config: Config, minta_sandi: MintaSandi | None = None) -> list[Temuan]:
    """The key is reachable; then its certificate's dates and its chain to the trust roots."""
    ttd = config.penandatanganan
    try:
        dimuat = _muat(config, minta_sandi)
    except SidikError as e:
        return [
            dari_galat("kunci", e, f"dokter.saran.kunci_{ttd.metode}"),
            dilewati("sertifikat", "dokter.lewat_tanpa_kunci"),
            dilewati("rantai", "dokter.lewat_tanpa_kunci"),
        ]
    if dimuat is None:  # BSrE: the service keeps the certificate and checks it when signing
        bsre = ttd.bsre
        assert bsre is not None
        return [
            lulus("kunci", "dokter.kunci_bsre", url=bsre.url, nik=bsre.nik),
            dilewati("sertifikat", "dokter.lewat_bsre"),
            dilewati("rantai", "dokter.lewat_bsre"),
        ]
    sertifikat, rantai = dimuat
    subjek = sertifikat.subject.native.get("common_name") or sertifikat.subject.human_friendly
    return [
        lulus("kunci", "dokter.kunci", metode=ttd.metode, subjek=subjek),
        masa_berlaku(sertifikat),
        rantai_tepercaya(config, sertifikat, rantai),
    ]


def _muat(config: Config, minta_sandi: MintaSandi | None) -> Rantai | None:
    """The signer's certificate and the other certificates the key came with."""
    ttd = config.penandatanganan
    if ttd.metode == "pkcs12":
        if not ttd.pkcs12.is_file():
            raise InputInvalid("berkas.tidak_ada", berkas=str(ttd.pkcs12))
        try:
            signer = signers.SimpleSigner.load_pkcs12_data(
                ttd.pkcs12.read_bytes(), other_certs=[], passphrase=ambil_sandi(ttd, minta_sandi)
            )
        except ValueError as e:
            raise SigningFailed("ttd.sandi_salah", berkas=str(ttd.pkcs12)) from e
        assert signer.signing_cert is not None
        lain = [c for c in signer.cert_registry if c != signer.signing_cert]
        return signer.signing_cert, lain
    penanda = buat_penanda(config, minta_sandi)
    return None if ttd.metode == "bsre" else (penanda.sertifikat, [])


def masa_berlaku(sertifikat: asn1_x509.Certificate, sekarang: datetime | None = None) -> Temuan:
    """The certificate is valid now and for at least :data:`HARI_PERINGATAN` more days."""
    sekarang = sekarang or datetime.now(UTC)
    berlaku = sertifikat["tbs_certificate"]["validity"]
    mulai, akhir = berlaku["not_before"].native, berlaku["not_after"].native
    subjek = sertifikat.subject.human_friendly
    if not mulai <= sekarang <= akhir:
        return gagal(
            "sertifikat",
            "dokter.sertifikat_tidak_berlaku",
            "dokter.saran.sertifikat",
            subjek=subjek,
            mulai=mulai.date(),
            akhir=akhir.date(),
        )
    sisa = (akhir - sekarang).days
    if sisa < HARI_PERINGATAN:
        return gagal(
            "sertifikat",
            "dokter.sertifikat_segera_habis",
            "dokter.saran.sertifikat",
            subjek=subjek,
            akhir=akhir.date(),
            hari=sisa,
        )
    return lulus("sertifikat", "dokter.sertifikat", akhir=akhir.date(), hari=sisa)


def rantai_tepercaya(
    config: Config, sertifikat: asn1_x509.Certificate, lain: list[asn1_x509.Certificate]
) -> Temuan:
    """The certificate chains to ``[verifikasi] akar_tepercaya`` (judged while it is valid)."""
    try:
        akar = muat_akar(config.verifikasi.akar_tepercaya)
    except SidikError as e:
        return dari_galat("rantai", e, "dokter.saran.rantai")
    akhir = sertifikat["tbs_certificate"]["validity"]["not_after"].native
    konteks = ValidationContext(
        trust_roots=akar,
        other_certs=lain,
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=min(datetime.now(UTC), akhir - timedelta(seconds=1)),
    )
    validator = CertificateValidator(
        sertifikat, intermediate_certs=lain, validation_context=konteks
    )
    daftar_akar = ", ".join(str(p) for p in config.verifikasi.akar_tepercaya)
    subjek = sertifikat.subject.human_friendly
    try:
        asyncio.run(validator.async_validate_usage(set()))
    except (PathBuildingError, PathValidationError, InvalidCertificateError) as e:
        return gagal(
            "rantai",
            "dokter.rantai_tidak_tepercaya",
            "dokter.saran.rantai",
            subjek=subjek,
            akar=daftar_akar,
            sebab=str(e),
        )
    return lulus("rantai", "dokter.rantai", akar=daftar_akar)


def jam(config: Config) -> Temuan:
    """This clock agrees with the timestamp server (genTime of a fresh timestamp)."""
    url = config.penandatanganan.tsa_url
    if not url:
        return dilewati("jam", "dokter.jam_tanpa_tsa")
    try:
        waktu_tsa = asyncio.run(_waktu_tsa(url))
    except (OSError, SigningError, ValueError, aiohttp.ClientError) as e:
        return gagal("jam", "dokter.tsa_tidak_menjawab", "dokter.saran.tsa", url=url, sebab=str(e))
    selisih = abs(datetime.now(UTC) - waktu_tsa)
    detik = round(selisih.total_seconds())
    if selisih > SELISIH_JAM:
        return gagal(
            "jam",
            "dokter.jam_meleset",
            "dokter.saran.jam",
            url=url,
            detik=detik,
            batas=int(SELISIH_JAM.total_seconds()),
        )
    return lulus("jam", "dokter.jam", url=url, detik=detik)


async def _waktu_tsa(url: str) -> datetime:
    token = await pades.pencap_waktu(url).async_timestamp(
        hashlib.sha256(b"sidik doctor").digest(), "sha256"
    )
    tst_info = token["content"]["encap_content_info"]["content"].parsed
    waktu: datetime = tst_info["gen_time"].native
    return waktu
