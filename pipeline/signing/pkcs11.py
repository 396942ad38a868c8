"""A signer whose key lives on a PKCS#11 token (smart card, USB token, HSM), via pyhanko.

The token is found by its label, the key and certificate by theirs; the PIN comes from the
environment variable ``[penandatanganan.pkcs11] pin_env`` or from a prompt on a terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from asn1crypto import x509 as asn1_x509
from pkcs11 import PKCS11Error
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.sign.general import SigningError
from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

from pipeline.config import Penandatanganan
from pipeline.errors import InputInvalid, SigningFailed
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.signing.dasar import MintaSandi, PenandaLokal, ambil_rahasia


class PenandaPkcs11(PenandaLokal):
    """Signs with a token key; one session is opened for the whole batch."""

    def __init__(
        self,
        ttd: Penandatanganan,
        pejabat: Pejabat,
        minta_pin: MintaSandi | None = None,
        akar: Sequence[asn1_x509.Certificate] = (),
    ) -> None:
        token = ttd.pkcs11
        if token is None:
            raise SigningFailed("ttd.gagal", berkas="-", sebab="[penandatanganan.pkcs11]")
        if not token.pustaka.is_file():
            raise InputInvalid("berkas.tidak_ada", berkas=str(token.pustaka))
        pin = ambil_rahasia(token.pin_env, minta_pin, terjemah("ttd.pin_prompt", token=token.token))
        if pin is None:
            raise SigningFailed("ttd.pin_tidak_ada", env=token.pin_env)
        try:
            self._sesi = open_pkcs11_session(
                str(token.pustaka), token_criteria=TokenCriteria(label=token.token), user_pin=pin
            )
            signer = PKCS11Signer(
                self._sesi,
                cert_label=token.sertifikat,
                key_label=token.kunci,
                other_certs_to_pull=None,  # the chain stored on the token, if any
            )
            signer.signing_cert  # noqa: B018 - fetch the certificate now, not mid-batch
        except (PKCS11Error, SigningError) as e:
            raise SigningFailed(
                "ttd.token_gagal", token=token.token, kunci=token.kunci, sebab=type(e).__name__
            ) from e
        super().__init__(signer, ttd, pejabat, akar)

    def tutup(self) -> None:
        """Close the batch's session (the token logs out with its last one)."""
        self._sesi.close()
