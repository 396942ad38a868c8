"""A PKCS#12 file signer that does its per-process work once, not once per signature.

* pyhanko's ``SimpleSigner.sign_raw`` turns the stored key back into a ``cryptography`` key for
  every signature (for RSA, with the full key check): about three quarters of the time of a
  B-B signature. This signer keeps the parsed key and reuses it for the batch.
* Building the CMS container with asn1crypto (signed attributes, certificates, packaging) took
  about 20 ms a signature, in pure Python, to produce bytes that differ from one document to the
  next only in the message digest and the signature value. When the signed attributes hold
  nothing else that varies (PAdES B-B: content type, message digest, signing certificate), the
  first container pyhanko builds is kept as a template (:class:`_CetakanCms`) and later ones are
  that template with the new digest, signed anew. Anything else (a timestamp, a signing-time
  attribute, CAdES extras) goes through pyhanko every time.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign import signers
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko_certvalidator.registry import SimpleCertificateStore

# Signed attributes whose value is the same for every signature of one signer and digest
# algorithm, but for the message digest itself.
ATRIBUT_TETAP = frozenset(
    {
        "content_type",
        "message_digest",
        "signing_certificate",
        "signing_certificate_v2",
        "cms_algorithm_protection",
    }
)


class SimpleSignerCepat(signers.SimpleSigner):
    """``SimpleSigner`` with the parsed private key and the CMS container template cached."""

    @cached_property
    def _kunci(self) -> Any:
        return serialization.load_der_private_key(self.signing_key.dump(), password=None)

    @cached_property
    def _cetakan(self) -> dict[Any, _CetakanCms | None]:
        return {}

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

    async def async_sign(  # type: ignore[no-untyped-def]
        self,
        data_digest: bytes,
        digest_algorithm: str,
        dry_run=False,
        use_pades=False,
        timestamper=None,
        signed_attr_settings: PdfCMSSignedAttributes | None = None,
        is_pdf_sig=True,
        encap_content_info=None,
    ) -> cms.ContentInfo:
        """A detached CMS signature of ``data_digest``: from the template when there is one."""
        kunci = _kunci_cetakan(
            digest_algorithm,
            use_pades,
            is_pdf_sig,
            signed_attr_settings,
            dry_run,
            timestamper,
            encap_content_info,
        )
        cetakan = self._cetakan.get(kunci) if kunci is not None else None
        if cetakan is not None:
            atribut = cetakan.atribut_untuk(data_digest)
            tanda = await self.async_sign_raw(
                cetakan.untuk_ditandatangani(atribut), digest_algorithm
            )
            return cms.ContentInfo.load(cetakan.susun(atribut, tanda))
        hasil = await super().async_sign(
            data_digest,
            digest_algorithm,
            dry_run=dry_run,
            use_pades=use_pades,
            timestamper=timestamper,
            signed_attr_settings=signed_attr_settings,
            is_pdf_sig=is_pdf_sig,
            encap_content_info=encap_content_info,
        )
        if kunci is not None and kunci not in self._cetakan:
            self._cetakan[kunci] = _CetakanCms.dari(hasil.dump(), data_digest)
        return hasil

    @classmethod
    def dari_pkcs12(cls, data: bytes, passphrase: bytes) -> SimpleSignerCepat:
        """Load a PKCS#12 file's key, certificate and chain.

        Raises ``ValueError`` when the file cannot be opened (wrong passphrase, damaged) and
        :class:`PaketTidakLengkap` when it lacks the private key or the signer's certificate
        (pyhanko's own loader failed there with an AttributeError).
        """
        kunci, sertifikat, lain = pkcs12.load_key_and_certificates(data, passphrase)
        if kunci is None or sertifikat is None:
            raise PaketTidakLengkap("kunci" if kunci is None else "sertifikat")
        der = serialization.Encoding.DER
        return cls(
            signing_key=asn1_keys.PrivateKeyInfo.load(
                kunci.private_bytes(
                    der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                )
            ),
            signing_cert=asn1_x509.Certificate.load(sertifikat.public_bytes(der)),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(c.public_bytes(der)) for c in lain]
            ),
        )


class PaketTidakLengkap(Exception):
    """A PKCS#12 file without its private key or without the signer's certificate."""

    def __init__(self, kurang: str) -> None:
        super().__init__(kurang)
        self.kurang = kurang  # "kunci" or "sertifikat"


def _kunci_cetakan(
    digest_algorithm: str,
    use_pades: bool,
    is_pdf_sig: bool,
    pengaturan: PdfCMSSignedAttributes | None,
    dry_run: bool,
    timestamper: Any,
    encap_content_info: Any,
) -> tuple[Any, ...] | None:
    """What decides the container's constant parts; None when it must not come from a template."""
    if dry_run or timestamper is not None or encap_content_info is not None:
        return None
    pengaturan = dataclasses.replace(
        pengaturan or PdfCMSSignedAttributes(), signing_time=None
    )  # the time only matters if it is an attribute, and then there is no template
    kunci = (digest_algorithm.lower(), bool(use_pades), bool(is_pdf_sig), pengaturan)
    try:
        hash(kunci)
    except TypeError:
        return None
    return kunci


def _tlv(tag: int, isi: bytes) -> bytes:
    """A DER element: tag, definite length, contents."""
    n = len(isi)
    if n < 0x80:
        return bytes((tag, n)) + isi
    panjang = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((tag, 0x80 | len(panjang))) + panjang + isi


@dataclass(frozen=True)
class _CetakanCms:
    """A CMS ContentInfo (SignedData, one SignerInfo) cut around what changes per signature."""

    awal_ci: bytes  # ContentInfo: the contentType
    awal_sd: bytes  # SignedData: version, digestAlgorithms, encapContentInfo, certificates
    awal_si: bytes  # SignerInfo: version, sid, digestAlgorithm
    atribut: bytes  # signedAttrs, [0] IMPLICIT, holding the template's own digest
    letak_digest: int  # where that digest starts in ``atribut``
    panjang_digest: int
    akhir_si: bytes  # SignerInfo: signatureAlgorithm

    @classmethod
    def dari(cls, der: bytes, digest: bytes) -> _CetakanCms | None:
        """The template from a container pyhanko built for ``digest``; None if it can't be one."""
        ci = cms.ContentInfo.load(der)
        sd = ci["content"]
        if len(sd["signer_infos"]) != 1:
            return None
        si = sd["signer_infos"][0]
        jenis = {a["type"].native for a in si["signed_attrs"]}
        if not jenis <= ATRIBUT_TETAP or si["unsigned_attrs"].dump():
            return None
        atribut = si["signed_attrs"].dump()
        penanda = b"\x04" + bytes((len(digest),)) + digest
        if atribut.count(penanda) != 1:
            return None
        cetakan = cls(
            awal_ci=ci["content_type"].dump(),
            awal_sd=sd.contents[: len(sd.contents) - len(sd["signer_infos"].dump())],
            awal_si=si["version"].dump() + si["sid"].dump() + si["digest_algorithm"].dump(),
            atribut=atribut,
            letak_digest=atribut.index(penanda) + len(penanda) - len(digest),
            panjang_digest=len(digest),
            akhir_si=si["signature_algorithm"].dump(),
        )
        # Rebuilt from its pieces, the template must give back exactly what pyhanko made.
        return cetakan if cetakan.susun(atribut, si["signature"].native) == der else None

    def atribut_untuk(self, digest: bytes) -> bytes:
        """The signed attributes for another document's ``digest``."""
        if len(digest) != self.panjang_digest:
            raise ValueError("digest length differs from the template's")
        a = self.letak_digest
        return self.atribut[:a] + digest + self.atribut[a + len(digest) :]

    @staticmethod
    def untuk_ditandatangani(atribut: bytes) -> bytes:
        """What the signature covers: the attributes DER-encoded as a SET OF (RFC 5652 5.4)."""
        return b"\x31" + atribut[1:]

    def susun(self, atribut: bytes, tanda: bytes) -> bytes:
        """The ContentInfo's DER with ``atribut`` signed as ``tanda``."""
        si = _tlv(0x30, self.awal_si + atribut + self.akhir_si + _tlv(0x04, tanda))
        sd = _tlv(0x30, self.awal_sd + _tlv(0x31, si))
        return _tlv(0x30, self.awal_ci + _tlv(0xA0, sd))
