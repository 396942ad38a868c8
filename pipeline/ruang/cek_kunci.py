"""Checks of the signing key: reachable, certificate valid for a while yet, then what signing
checks first (chain, revocation, key usage, key and certificate a pair, the configured
official), and the system clock agreeing with the timestamp server."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime, timedelta

import aiohttp
from asn1crypto import x509 as asn1_x509
from pyhanko.sign import signers
from pyhanko.sign.general import SigningError

from pipeline.config import Config
from pipeline.errors import SidikError, SigningFailed
from pipeline.ruang.cek_isian import kunci_pengembangan
from pipeline.ruang.temuan import Temuan, dari_galat, dilewati, gagal, lulus
from pipeline.sertifikat import muat_akar
from pipeline.signing import pades
from pipeline.signing.dasar import MintaSandi, PenandaLokal
from pipeline.signing.kelayakan import Cek, Hasil, periksa_penanda
from pipeline.signing.penanda import buat_penanda, muat_pkcs12
from pipeline.zona import di_kantor

HARI_PERINGATAN = 30
"""A certificate ending within this many days fails: renew it before a cycle needs it."""
SELISIH_JAM = timedelta(seconds=60)
"""The largest difference between this clock and the timestamp server's that passes."""

Dimuat = tuple[signers.Signer, asn1_x509.Certificate]


def kunci(config: Config, minta_sandi: MintaSandi | None = None) -> list[Temuan]:
    """The key is reachable; then what ``sign`` checks before signing (:func:`periksa_penanda`)."""
    ttd = config.penandatanganan
    try:
        dimuat = _muat(config, minta_sandi)
    except SidikError as e:
        lewat = [dilewati(k, "dokter.lewat_tanpa_kunci") for k in ("sertifikat", *_DIPERIKSA)]
        dev = kunci_pengembangan(config, None)
        return [dari_galat("kunci", e, f"dokter.saran.kunci_{ttd.metode}"), dev, *lewat]
    if dimuat is None:  # BSrE: the service keeps the certificate and checks it when signing
        bsre = ttd.bsre
        assert bsre is not None
        return [
            lulus("kunci", "dokter.kunci_bsre", url=bsre.url, nik=bsre.nik),
            kunci_pengembangan(config, None),
            *[dilewati(k, "dokter.lewat_bsre") for k in ("sertifikat", *_DIPERIKSA)],
        ]
    signer, sertifikat = dimuat
    subjek = sertifikat.subject.native.get("common_name") or sertifikat.subject.human_friendly
    return [
        lulus("kunci", "dokter.kunci", metode=ttd.metode, subjek=subjek),
        kunci_pengembangan(config, sertifikat),
        masa_berlaku(sertifikat),
        *_kelayakan(config, signer),
    ]


def kunci_peserta(config: Config, minta_sandi: MintaSandi | None = None) -> Temuan:
    """Each participant's own key (each PPID Pelaksana, each Tim member), as their signature
    on the Lembar will load it: reachable, fit to sign, and naming them (name and NIP)."""
    from pipeline.signing.penanda import penanda_terperiksa

    peserta = [*config.ppid_semua(), *config.tim_pertimbangan]
    for p in peserta:
        try:
            penanda, _ = penanda_terperiksa(config, minta_sandi, pejabat=p)
        except SidikError as e:
            return dari_galat("kunci_peserta", e, "dokter.saran.kunci_peserta")
        if isinstance(penanda, PenandaLokal):
            penanda.tutup()
    nama = "; ".join(p.nama for p in peserta)
    return lulus("kunci_peserta", "dokter.kunci_peserta", jumlah=len(peserta), nama=nama)


def kunci_segel(config: Config, minta_sandi: MintaSandi | None = None) -> Temuan:
    """The Operator's own key that seals the archive's manifest (SOP step 5 is theirs), as
    archiving will load it: reachable, fit to sign, naming them. Skipped when they have none or
    it is a BSrE account: the manifest is then vouched for by the ledger's hash alone."""
    from pipeline.signing.penanda import kredensial_segel, penanda_terperiksa

    operator = config.operator
    try:
        if kredensial_segel(config) is None:
            return dilewati("kunci_segel", "dokter.tanpa_segel", nama=operator.nama)
        penanda, _ = penanda_terperiksa(config, minta_sandi, pejabat=operator)
    except SidikError as e:
        return dari_galat("kunci_segel", e, "dokter.saran.kunci_segel")
    if isinstance(penanda, PenandaLokal):
        penanda.tutup()
    return lulus("kunci_segel", "dokter.kunci_segel", nama=operator.nama, nip=operator.nip)


_DIPERIKSA = ("rantai", "pencabutan", "penggunaan", "pasangan", "subjek")
_GAGAL = {  # a failed preflight check: the doctor's own message and its fix
    "pencabutan": ("dokter.sertifikat_dicabut", "dokter.saran.sertifikat"),
    "penggunaan": ("dokter.penggunaan_bukan_ttd", "dokter.saran.sertifikat"),
    "pasangan": ("dokter.kunci_tidak_cocok", "dokter.saran.pasangan"),
    "subjek": ("dokter.subjek_tidak_cocok", "dokter.saran.subjek"),
}


def _kelayakan(config: Config, signer: signers.Signer) -> list[Temuan]:
    """The preflight's checks after the dates (which :func:`masa_berlaku` judges more strictly)."""
    try:
        akar = muat_akar(config.verifikasi.akar_tepercaya)
    except SidikError as e:
        return [dari_galat("rantai", e, "dokter.saran.rantai")]
    hasil = periksa_penanda(signer, config.atasan_ppid, akar)
    daftar_akar = ", ".join(str(p) for p in config.verifikasi.akar_tepercaya)
    return [_temuan(c, daftar_akar) for c in hasil.cek if c.kode in _DIPERIKSA]


def _temuan(cek: Cek, daftar_akar: str) -> Temuan:
    if cek.kode == "rantai" and cek.hasil is Hasil.LULUS:
        return lulus("rantai", "dokter.rantai", akar=daftar_akar)
    if cek.kode == "rantai" and cek.hasil is Hasil.GAGAL:
        params = {**cek.params, "akar": daftar_akar}
        return gagal("rantai", "dokter.rantai_tidak_tepercaya", "dokter.saran.rantai", **params)
    if cek.hasil is Hasil.GAGAL:
        pesan, saran = _GAGAL[cek.kode]
        return gagal(cek.kode, pesan, saran, **cek.params)
    if cek.hasil is Hasil.TIDAK_DIPERIKSA:
        return dilewati(cek.kode, cek.pesan_id, **cek.params)
    return lulus(cek.kode, cek.pesan_id, **cek.params)


def _muat(config: Config, minta_sandi: MintaSandi | None) -> Dimuat | None:
    """The signer's key and its certificate (None for BSrE, whose service holds them)."""
    ttd = config.penandatanganan
    if ttd.metode == "pkcs12":
        signer: signers.Signer = muat_pkcs12(ttd, minta_sandi)
    else:
        penanda = buat_penanda(config, minta_sandi)
        if not isinstance(penanda, PenandaLokal):
            return None
        signer = penanda.signer
    if signer.signing_cert is None:
        raise SigningFailed("ttd.tanpa_sertifikat")
    return signer, signer.signing_cert


def masa_berlaku(sertifikat: asn1_x509.Certificate, sekarang: datetime | None = None) -> Temuan:
    """The certificate is valid now and for at least :data:`HARI_PERINGATAN` more days."""
    sekarang = sekarang or datetime.now(UTC)
    berlaku = sertifikat["tbs_certificate"]["validity"]
    mulai, akhir = berlaku["not_before"].native, berlaku["not_after"].native
    hari_mulai, hari_akhir = di_kantor(mulai).date(), di_kantor(akhir).date()  # the office's
    subjek = sertifikat.subject.human_friendly
    if not mulai <= sekarang <= akhir:
        return gagal(
            "sertifikat",
            "dokter.sertifikat_tidak_berlaku",
            "dokter.saran.sertifikat",
            subjek=subjek,
            mulai=hari_mulai,
            akhir=hari_akhir,
        )
    sisa = (akhir - sekarang).days
    if sisa < HARI_PERINGATAN:
        return gagal(
            "sertifikat",
            "dokter.sertifikat_segera_habis",
            "dokter.saran.sertifikat",
            subjek=subjek,
            akhir=hari_akhir,
            hari=sisa,
        )
    return lulus("sertifikat", "dokter.sertifikat", akhir=hari_akhir, hari=sisa)


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
