"""A PKCS#12 file signer that parses its private key once, not once per signature.

pyhanko's ``SimpleSigner.sign_raw`` turns the stored key back into a ``cryptography`` key for
every signature (for RSA, with the full key check): about three quarters of the time of a
B-B signature. This signer keeps the parsed key and reuses it for the batch.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.sign import signers
from pyhanko.sign.general import get_pyca_cryptography_hash


class SimpleSignerCepat(signers.SimpleSigner):
    """``SimpleSigner`` with the parsed private key cached (RSA PKCS#1 v1.5, ECDSA)."""

    @cached_property
    def _kunci(self) -> Any:
        return serialization.load_der_private_key(self.signing_key.dump(), password=None)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Sign ``data`` with the cached key; other mechanisms go through pyhanko as before."""
        try:
            algo = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:
            algo = ""
        kunci, hash_algo = self._kunci, get_pyca_cryptography_hash(digest_algorithm)
        if algo == "rsassa_pkcs1v15" and isinstance(kunci, RSAPrivateKey):
            return kunci.sign(data, PKCS1v15(), hash_algo)
        if algo == "ecdsa" and isinstance(kunci, EllipticCurvePrivateKey):
            return kunci.sign(data, ECDSA(hash_algo))
        return super().sign_raw(data, digest_algorithm)

    @classmethod
    def dari_pkcs12(cls, data: bytes, other_certs: Any, passphrase: bytes) -> SimpleSignerCepat:
        """Load a PKCS#12 file's key and certificates (as ``SimpleSigner.load_pkcs12_data``)."""
        s = signers.SimpleSigner.load_pkcs12_data(data, other_certs, passphrase=passphrase)
        return cls(
            signing_key=s.signing_key,
            signing_cert=s.signing_cert,
            cert_registry=s.cert_registry,
            signature_mechanism=s.signature_mechanism,
        )
