"""Each official's signer, and the PKCS#12 file key.

:func:`kredensial` finds where an official's key is (``[penandatanganan]`` for the Atasan
PPID, ``[penandatanganan.kunci."NIP"]`` or the development key for the others);
:func:`penanda_untuk` and :func:`buat_penanda` pick the implementation: a PKCS#12 file
(here), a PKCS#11 token (:mod:`.pkcs11`) or BSrE's remote signing service
(:mod:`.penanda_bsre`), all built on :mod:`.dasar`. A signer's key is loaded once and reused
for every document of the batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from asn1crypto import x509 as asn1_x509

from pipeline.config import FOLDER_DEV, Penandatanganan
from pipeline.errors import InputInvalid, SigningFailed
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.signing import devpki, pades
from pipeline.signing.dasar import MintaSandi, Penanda, PenandaLokal, ambil_sandi
from pipeline.signing.kelayakan import PemeriksaanPenanda, periksa_penanda, subjek
from pipeline.signing.kunci_cepat import PaketTidakLengkap, SimpleSignerCepat

if TYPE_CHECKING:
    from pipeline.config import Config


class PenandaPkcs12(PenandaLokal):
    """Signs with a key from a PKCS#12 file, loaded once."""

    def __init__(
        self,
        ttd: Penandatanganan,
        pejabat: Pejabat,
        minta_sandi: MintaSandi | None = None,
        akar: Sequence[asn1_x509.Certificate] = (),
    ) -> None:
        super().__init__(muat_pkcs12(ttd, minta_sandi), ttd, pejabat, akar)


def muat_pkcs12(ttd: Penandatanganan, minta_sandi: MintaSandi | None) -> SimpleSignerCepat:
    """The key and certificates of ``[penandatanganan] pkcs12``, refused if either is missing."""
    if not ttd.pkcs12.is_file():
        raise InputInvalid("berkas.tidak_ada", berkas=str(ttd.pkcs12))
    data, sandi = ttd.pkcs12.read_bytes(), ambil_sandi(ttd, minta_sandi)
    try:
        return SimpleSignerCepat.dari_pkcs12(data, sandi)
    except PaketTidakLengkap as e:
        raise SigningFailed(f"ttd.pkcs12_tanpa_{e.kurang}", berkas=str(ttd.pkcs12)) from e
    except ValueError as e:
        raise SigningFailed("ttd.sandi_salah", berkas=str(ttd.pkcs12)) from e


def buat_penanda(config: Config, minta_sandi: MintaSandi | None = None) -> Penanda:
    """The Atasan PPID's signer ``[penandatanganan] metode`` names, ready for a batch."""
    return _penanda(config, config.penandatanganan, config.atasan_ppid, minta_sandi)


def penanda_untuk(
    config: Config, pejabat: Pejabat, minta_sandi: MintaSandi | None = None
) -> Penanda:
    """``pejabat``'s own signer (see :func:`kredensial`), ready for a batch.

    A key whose certificate names someone else (name or NIP) is refused with
    :class:`SigningFailed` naming both; BSrE, which makes its certificate known with the first
    signature, refuses it then.
    """
    penanda = _penanda(config, kredensial(config, pejabat), pejabat, minta_sandi)
    if isinstance(penanda, PenandaLokal):
        atasan = pejabat == config.atasan_ppid
        PemeriksaanPenanda((subjek(penanda.sertifikat, pejabat, atasan=atasan),)).tegakkan()
    return penanda


def kredensial(config: Config, pejabat: Pejabat) -> Penandatanganan:
    """Where ``pejabat``'s key is: their ``[penandatanganan.kunci."NIP"]``; for the Atasan PPID
    ``[penandatanganan]`` itself; else the development key ``certs/dev/NIP.p12`` that
    ``sidik pki dev`` issued, if there is one.

    Raises :class:`SigningFailed` when none is declared and there is no development key.
    """
    ttd = kredensial_ada(config, pejabat)
    if ttd is not None:
        return ttd
    raise SigningFailed("ttd.kunci_pejabat_tidak_ada", **_params(pejabat))


def kredensial_ada(config: Config, pejabat: Pejabat) -> Penandatanganan | None:
    """:func:`kredensial`, or None when ``pejabat`` has no key at all (none declared, no
    development key, and the workspace does not sign with the development PKI).

    Raises :class:`SigningFailed` when the workspace signs with the development PKI and
    ``pejabat``'s development key is missing (``sidik pki dev`` issues it).
    """
    ttd = config.penandatanganan
    sendiri = ttd.kunci_untuk(pejabat.nip)
    if sendiri is not None:
        return sendiri
    if pejabat.nip == config.atasan_ppid.nip:
        return ttd
    p12, sandi = devpki.kunci_pejabat(config.root / FOLDER_DEV, pejabat.nip)
    if p12.is_file():
        env = f"{ttd.sandi_env}_{pejabat.nip}"
        return replace(ttd, metode="pkcs12", pkcs12=p12, sandi_berkas=sandi, sandi_env=env)
    if ttd.metode == "pkcs12" and devpki.di_folder_dev(config.root, ttd.pkcs12):
        raise SigningFailed("ttd.kunci_dev_tidak_ada", berkas=str(p12), **_params(pejabat))
    return None


def _params(pejabat: Pejabat) -> dict[str, str]:
    return {"jabatan": pejabat.jabatan, "nama": pejabat.nama, "nip": pejabat.nip}


def kredensial_segel(config: Config) -> Penandatanganan | None:
    """The Operator's key that seals an archive's manifest (SOP step 5 is their act); None
    when the manifest cannot be sealed: their key is a BSrE account (whose API signs PDFs
    only) or they have none. The ledger's hash of the manifest then vouches for it alone."""
    ttd = kredensial_ada(config, config.operator)
    return None if ttd is None or ttd.metode == "bsre" else ttd


def penanda_segel(
    config: Config, minta_sandi: MintaSandi | None, lapor: Callable[[str], None]
) -> Penanda | None:
    """The Operator's own signer for the manifest, checked as every signer is
    (:func:`penanda_siap`: the certificate must name the configured Operator); None when
    :func:`kredensial_segel` finds no key to seal with."""
    if kredensial_segel(config) is None:
        return None
    return penanda_siap(config, minta_sandi, lapor, config.operator)


def segel_perlu_sandi(config: Config) -> bool:
    """Whether unlocking the Operator's sealing key needs a passphrase or PIN typed by them:
    neither its environment variable nor (development key) its passphrase file holds it."""
    ttd = kredensial_segel(config)
    if ttd is None:
        return False
    if ttd.metode == "pkcs11":
        return ttd.pkcs11 is None or not os.environ.get(ttd.pkcs11.pin_env)
    berkas = ttd.sandi_berkas is not None and ttd.sandi_berkas.is_file()
    return not (os.environ.get(ttd.sandi_env) or berkas)


def _penanda(
    config: Config, ttd: Penandatanganan, pejabat: Pejabat, minta_sandi: MintaSandi | None
) -> Penanda:
    akar = pades.muat_akar(config.verifikasi.akar_tepercaya)
    if ttd.metode == "pkcs11":
        from pipeline.signing.pkcs11 import PenandaPkcs11

        return PenandaPkcs11(ttd, pejabat, minta_sandi, akar)
    if ttd.metode == "bsre":
        from pipeline.signing.penanda_bsre import PenandaBsre

        return PenandaBsre(ttd, pejabat, minta_sandi, akar)
    return PenandaPkcs12(ttd, pejabat, minta_sandi, akar)


def penanda_terperiksa(
    config: Config, minta_sandi: MintaSandi | None = None, pejabat: Pejabat | None = None
) -> tuple[Penanda, PemeriksaanPenanda | None]:
    """The signer of ``pejabat`` (the Atasan PPID if None), once its certificate and key
    passed :func:`periksa_penanda`.

    Raises :class:`SigningFailed` for the first check that failed, before anything is signed.
    BSrE keeps the certificate and checks it itself: no result then.
    """
    pejabat = pejabat or config.atasan_ppid
    atasan = pejabat == config.atasan_ppid
    penanda = _penanda(config, kredensial(config, pejabat), pejabat, minta_sandi)
    if not isinstance(penanda, PenandaLokal):
        return penanda, None
    akar = pades.muat_akar(config.verifikasi.akar_tepercaya)
    hasil = periksa_penanda(penanda.signer, pejabat, akar, atasan=atasan)
    hasil.tegakkan()
    return penanda, hasil


def penanda_siap(
    config: Config,
    minta_sandi: MintaSandi | None,
    lapor: Callable[[str], None],
    pejabat: Pejabat | None = None,
) -> Penanda:
    """:func:`penanda_terperiksa`'s signer, telling ``lapor`` of each check that could not be
    made (a revocation responder that did not answer): signing goes on, and the signer knows
    it did unchecked. The Atasan PPID's signer and each participant's are made so."""
    penanda, hasil = penanda_terperiksa(config, minta_sandi, pejabat)
    for cek in hasil.tidak_diperiksa() if hasil else []:
        if cek.pesan_id == "ttd.cek.pencabutan_tak_terjangkau":
            keterangan = terjemah(cek.pesan_id, **cek.params)
            lapor(terjemah("ttd.pencabutan_tidak_diperiksa", keterangan=keterangan))
    return penanda
