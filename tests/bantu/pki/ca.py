"""A throw-away test PKI described for certomancer: root and intermediate CA, a TSA, an OCSP
responder, CRLs, and signer certificates that are valid, expired, revoked long ago, and revoked
a few seconds after the session starts (to sign "before revocation").

Keys are generated fresh into a temporary folder each session; nothing is written to the repo.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from certomancer.registry import CertomancerConfig
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ARSITEKTUR = "sidik-uji"
KUNCI = (
    "root",
    "interm",
    "tsa",
    "ocsp",
    "atasan",
    "kedaluwarsa",
    "dicabut",
    "dicabut_nanti",
    "enkripsi",
    "orang_lain",
    "maya",
)
NAMA_ATASAN = "Dr. Siti Teladan, M.Si."
NIP_ATASAN = "000000000000000000"  # the sample sidik.toml's Atasan PPID
NAMA_MAYA, NIP_MAYA = "Maya Contoh, S.H.", "000000000000000005"  # its first Tim member


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _kunci(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for label in KUNCI:
        kunci = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        (folder / f"{label}.key.pem").write_bytes(
            kunci.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )


def _ext_penanda(
    penggunaan: tuple[str, ...] = ("digital_signature", "non_repudiation"),
) -> list[dict[str, Any]]:
    return [
        {
            "id": "key_usage",
            "critical": True,
            "smart-value": {"schema": "key-usage", "params": list(penggunaan)},
        },
        {"id": "extended_key_usage", "value": ["email_protection"]},
        {
            "id": "authority_information_access",
            "smart-value": {"schema": "aia-urls", "params": {"ocsp-responder-names": ["interm"]}},
        },
        {
            "id": "crl_distribution_points",
            "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": ["interm"]}},
        },
    ]


def _ca(issuer: str, mulai: datetime, akhir: datetime, crl: str | None) -> dict[str, Any]:
    ext: list[dict[str, Any]] = [
        {"id": "basic_constraints", "critical": True, "value": {"ca": True}},
        {
            "id": "key_usage",
            "critical": True,
            "smart-value": {
                "schema": "key-usage",
                "params": ["digital_signature", "key_cert_sign", "crl_sign"],
            },
        },
    ]
    if crl:
        ext.append(
            {
                "id": "crl_distribution_points",
                "smart-value": {"schema": "crl-dist-url", "params": {"crl-repo-names": [crl]}},
            }
        )
    return {
        "issuer": issuer,
        "validity": {"valid-from": _iso(mulai), "valid-to": _iso(akhir)},
        "extensions": ext,
    }


def konfigurasi(folder: Path, url: str, dicabut_nanti: datetime) -> CertomancerConfig:
    """The certomancer configuration of the test PKI served at ``url``."""
    _kunci(folder / "kunci")
    sekarang = datetime.now(UTC).replace(microsecond=0)
    lalu, nanti = sekarang - timedelta(days=400), sekarang + timedelta(days=3650)
    penanda = {"issuer": "interm", "validity": {"valid-from": _iso(lalu), "valid-to": _iso(nanti)}}
    sert: dict[str, Any] = {
        "root": {"subject": "root", **_ca("root", lalu, nanti, None)},
        "interm": {"subject": "interm", **_ca("root", lalu, nanti, "root")},
        "tsa": {
            "subject": "tsa",
            "issuer": "root",
            "validity": {"valid-from": _iso(lalu), "valid-to": _iso(nanti)},
            "extensions": [
                {
                    "id": "key_usage",
                    "critical": True,
                    "smart-value": {"schema": "key-usage", "params": ["digital_signature"]},
                },
                {"id": "extended_key_usage", "critical": True, "value": ["time_stamping"]},
                {
                    "id": "crl_distribution_points",
                    "smart-value": {
                        "schema": "crl-dist-url",
                        "params": {"crl-repo-names": ["root"]},
                    },
                },
            ],
        },
        "ocsp": {
            "subject": "ocsp",
            "issuer": "interm",
            "validity": {"valid-from": _iso(lalu), "valid-to": _iso(nanti)},
            "extensions": [
                {"id": "extended_key_usage", "critical": True, "value": ["ocsp_signing"]},
                {"id": "ocsp_no_check"},
            ],
        },
        "atasan": {"subject": "atasan", **penanda, "extensions": _ext_penanda()},
        "kedaluwarsa": {
            "subject": "kedaluwarsa",
            "issuer": "interm",
            "validity": {
                "valid-from": _iso(lalu),
                "valid-to": _iso(sekarang - timedelta(days=30)),
            },
            "extensions": _ext_penanda(),
        },
        "dicabut": {
            "subject": "dicabut",
            **penanda,
            "extensions": _ext_penanda(),
            "revocation": {
                "revoked-since": _iso(sekarang - timedelta(days=10)),
                "reason": "key_compromise",
            },
        },
        "dicabut_nanti": {
            "subject": "dicabut_nanti",
            **penanda,
            "extensions": _ext_penanda(),
            "revocation": {"revoked-since": _iso(dicabut_nanti), "reason": "key_compromise"},
        },
        # the Atasan PPID's name and NIP, but a key for encryption only
        "enkripsi": {
            "subject": "enkripsi",
            **penanda,
            "extensions": _ext_penanda(("key_encipherment",)),
        },
        # valid and trusted, but another official's
        "orang_lain": {"subject": "orang_lain", **penanda, "extensions": _ext_penanda()},
        # a Tim Pertimbangan member of the sample (their own key, from the same CA)
        "maya": {"subject": "maya", **penanda, "extensions": _ext_penanda()},
    }
    orang = {"organization-name": "Dinas Uji", "country-name": "ID"}
    entitas = {
        "root": {"common-name": "sidik Uji Root CA"},
        "interm": {"common-name": "sidik Uji Intermediate CA"},
        "tsa": {"common-name": "sidik Uji TSA"},
        "ocsp": {"common-name": "sidik Uji OCSP"},
        "atasan": {"common-name": NAMA_ATASAN, "serial-number": f"NIP:{NIP_ATASAN}", **orang},
        "enkripsi": {"common-name": NAMA_ATASAN, "serial-number": f"NIP:{NIP_ATASAN}", **orang},
        "orang_lain": {
            "common-name": "Budi Lain, S.H.",
            "serial-number": "NIP:199001012020121001",
            **orang,
        },
        "maya": {"common-name": NAMA_MAYA, "serial-number": f"NIP:{NIP_MAYA}", **orang},
        "kedaluwarsa": {"common-name": "Penanda Kedaluwarsa", **orang},
        "dicabut": {"common-name": "Penanda Dicabut", **orang},
        "dicabut_nanti": {"common-name": "Penanda Dicabut Kemudian", **orang},
    }
    data = {
        "external-url-prefix": url,
        "keysets": {
            "uji": {
                "path-prefix": str(folder / "kunci"),
                "keys": {k: {"path": f"{k}.key.pem"} for k in KUNCI},
            }
        },
        "pki-architectures": {
            ARSITEKTUR: {
                "keyset": "uji",
                "entity-defaults": {"country-name": "ID", "organization-name": "sidik Uji"},
                "entities": entitas,
                "certs": sert,
                "services": {
                    "ocsp": {
                        "interm": {
                            "for-issuer": "interm",
                            "responder-cert": "ocsp",
                            "signing-key": "ocsp",
                        }
                    },
                    "crl-repo": {
                        "root": {
                            "for-issuer": "root",
                            "signing-key": "root",
                            "simulated-update-schedule": "P30D",
                        },
                        "interm": {
                            "for-issuer": "interm",
                            "signing-key": "interm",
                            "simulated-update-schedule": "P7D",
                        },
                    },
                    "cert-repo": {
                        "root": {"for-issuer": "root"},
                        "interm": {"for-issuer": "interm"},
                    },
                    "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
                },
            }
        },
    }
    return CertomancerConfig(data, key_search_dir=str(folder))
