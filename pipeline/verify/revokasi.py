"""Online revocation checks that wait a bounded time and remember which responders failed.

A signature without embedded validation data (B-B, B-T) is checked against its OCSP responder
or CRL online. When none of them answers, its revocation status is unknown: the verdict is
INDETERMINATE with sub-indication TRY_LATER and the responders named, as EU DSS reports it,
never VALID. Each request waits at most ``detik`` seconds (pyhanko-certvalidator's
``per_request_timeout``), so a responder that accepts and never answers costs one timeout per
file, not the run.
"""

from __future__ import annotations

from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import CRLFetchError, OCSPFetchError
from pyhanko_certvalidator.fetchers import FetcherBackend, Fetchers, OwnedFetcherBackend
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend


class _Tercatat:
    """An OCSP or CRL fetcher that notes the URLs of every request that failed."""

    def __init__(self, asli: Any, galat: type[Exception], gagal: list[str]) -> None:
        self._asli, self._galat, self._gagal = asli, galat, gagal

    async def fetch(self, cert: Any, *args: Any, **kwargs: Any) -> Any:
        """The original fetch; a timeout becomes the fetch error certvalidator expects."""
        try:
            return await self._asli.fetch(cert, *args, **kwargs)
        except (TimeoutError, OCSPFetchError, CRLFetchError) as e:
            self._gagal.extend(u for u in _url(cert, self._galat) if u not in self._gagal)
            if isinstance(e, TimeoutError):
                raise self._galat(f"timeout: {', '.join(_url(cert, self._galat))}") from e
            raise

    def __getattr__(self, nama: str) -> Any:
        return getattr(self._asli, nama)


def _url(cert: Any, galat: type[Exception]) -> list[str]:
    if not isinstance(cert, asn1_x509.Certificate):
        return []
    if galat is OCSPFetchError:
        return list(cert.ocsp_urls)
    return [t.url for t in cert.crl_distribution_points if t.url]


class PencatatRevokasi(FetcherBackend):
    """aiohttp fetchers with a per-request timeout, noting in :attr:`gagal` the responders
    (OCSP URLs, CRL distribution points) that could not be reached."""

    def __init__(self, detik: float) -> None:
        self._asli = AIOHttpFetcherBackend(per_request_timeout=detik)
        self.gagal: list[str] = []

    def get_fetchers(self) -> Fetchers:
        """The backend's fetchers, OCSP and CRL ones watched."""
        f = self._asli.get_fetchers()
        return Fetchers(
            ocsp_fetcher=_Tercatat(f.ocsp_fetcher, OCSPFetchError, self.gagal),  # type: ignore[arg-type]
            crl_fetcher=_Tercatat(f.crl_fetcher, CRLFetchError, self.gagal),  # type: ignore[arg-type]
            cert_fetcher=f.cert_fetcher,
        )

    async def close(self) -> None:
        """Close the HTTP session (called by pyhanko at the end of the validation)."""
        await self._asli.close()


def opsi_daring(detik: float) -> tuple[dict[str, Any], PencatatRevokasi]:
    """ValidationContext options that look revocation up online where a certificate names a
    responder, each request waiting at most ``detik`` seconds, and the recorder of failures.

    Hard-fail: a certificate that names responders none of which answers is not trusted
    (the caller then reads :attr:`PencatatRevokasi.gagal` to say TRY_LATER).
    """
    pencatat = PencatatRevokasi(detik)
    opsi = {
        "allow_fetching": True,
        "revocation_mode": "hard-fail",
        "fetcher_backend": OwnedFetcherBackend(pencatat),
    }
    return opsi, pencatat


def konteks_daring(
    akar: list[asn1_x509.Certificate], detik: float
) -> tuple[ValidationContext, PencatatRevokasi]:
    """A context with :func:`opsi_daring` trusting ``akar``, and its recorder of failures."""
    opsi, pencatat = opsi_daring(detik)
    return ValidationContext(trust_roots=akar, **opsi), pencatat
