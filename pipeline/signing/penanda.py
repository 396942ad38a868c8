"""The signer ``[penandatanganan] metode`` names, and the PKCS#12 file key.

:func:`buat_penanda` picks the implementation: a PKCS#12 file (here), a PKCS#11 token
(:mod:`.pkcs11`) or BSrE's remote signing service (:mod:`.penanda_bsre`), all built on
:mod:`.dasar`. A signer's key is loaded once and reused for every document of the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from asn1crypto import x509 as asn1_x509

from pipeline.config import Penandatanganan
from pipeline.errors import InputInvalid, SigningFailed
from pipeline.model import Pejabat
from pipeline.signing import pades
from pipeline.signing.dasar import MintaSandi, Penanda, PenandaLokal, ambil_sandi
from pipeline.signing.kelayakan import PemeriksaanPenanda, periksa_penanda
from pipeline.signing.kunci_cepat import PaketTidakLengkap, SimpleSignerCepat

if TYPE_CHECKING:
    from pipeline.config import Config


class PenandaPkcs12(PenandaLokal):
    """Signs with a key from a PKCS#12 file, loaded once."""

    def __init__(
        self,
        ttd: Penandatanganan,
        atasan: Pejabat,
        minta_sandi: MintaSandi | None = None,
        akar: Sequence[asn1_x509.Certificate] = (),
    ) -> None:
        super().__init__(muat_pkcs12(ttd, minta_sandi), ttd, atasan, akar)


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
    """The signer ``[penandatanganan] metode`` names, ready for a batch."""
    ttd, atasan = config.penandatanganan, config.atasan_ppid
    akar = pades.muat_akar(config.verifikasi.akar_tepercaya)
    if ttd.metode == "pkcs11":
        from pipeline.signing.pkcs11 import PenandaPkcs11

        return PenandaPkcs11(ttd, atasan, minta_sandi, akar)
    if ttd.metode == "bsre":
        from pipeline.signing.penanda_bsre import PenandaBsre

        return PenandaBsre(ttd, atasan, minta_sandi, akar)
    return PenandaPkcs12(ttd, atasan, minta_sandi, akar)


def penanda_terperiksa(
    config: Config, minta_sandi: MintaSandi | None = None
) -> tuple[Penanda, PemeriksaanPenanda | None]:
    """The configured signer, once its certificate and key passed :func:`periksa_penanda`.

    Raises :class:`SigningFailed` for the first check that failed, before anything is signed.
    BSrE keeps the certificate and checks it itself: no result then.
    """
    penanda = buat_penanda(config, minta_sandi)
    if not isinstance(penanda, PenandaLokal):
        return penanda, None
    akar = pades.muat_akar(config.verifikasi.akar_tepercaya)
    hasil = periksa_penanda(penanda.signer, config.atasan_ppid, akar)
    hasil.tegakkan()
    return penanda, hasil
