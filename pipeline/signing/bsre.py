"""A client of BSrE's e-sign REST API (Balai Besar Sertifikasi Elektronik, BSSN).

The signer's key never leaves BSrE: sidik sends the PDF, the signer's NIK and passphrase and
the appearance options, and gets the signed PDF back. Endpoints, as BSrE documents them for
its client service (HTTP Basic authentication with the agency's API account):

- ``POST /api/sign/pdf`` (multipart): ``file``, ``nik``, ``passphrase``, ``tampilan``
  (``visible``/``invisible``), ``image`` (``false``: BSrE draws a QR of ``linkQR``), ``page``,
  ``xAxis``/``yAxis``/``width``/``height`` (points, lower-left origin) or ``tag_koordinat``
  (an anchor character), ``reason``, ``location``. 200 with the PDF (header ``id_dokumen``),
  otherwise JSON ``{"error": ..., "status_code": ...}``.
- ``GET /api/user/status/{nik}``: JSON ``{"status_code": ..., "status": "ISSUE" | ...}``.
- ``POST /api/sign/verify`` (multipart ``file``): JSON with the signature summary.

Transient failures (connection refused or reset, timeouts, HTTP 429/502/503/504) are retried
with a growing pause; everything else fails at once with a message naming the cause.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.errors import SigningFailed

log = logging.getLogger(__name__)
SEMENTARA = frozenset({429, 502, 503, 504})
KODE_GALAT = {  # BSrE's status_code values for the refusals a user can fix
    2011: "bsre.tidak_terdaftar",
    2021: "bsre.tanpa_sertifikat",
    2031: "bsre.passphrase_salah",
}
STATUS_AKTIF = "ISSUE"


@dataclass(frozen=True)
class Jawaban:
    """One HTTP answer: status, headers (lower-case names) and body."""

    status: int
    kepala: dict[str, str]
    badan: bytes

    def json(self) -> dict[str, Any]:
        """The body as a JSON object (empty if it is not one)."""
        try:
            data = json.loads(self.badan.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


class KlienBsre:
    """Talks to one BSrE endpoint with timeouts and retries on transient failures only."""

    def __init__(
        self, url: str, pengguna: str, sandi_api: str, batas_waktu: float, ulangi: int
    ) -> None:
        self.url, self.batas_waktu, self.ulangi = url.rstrip("/"), batas_waktu, ulangi
        token = base64.b64encode(f"{pengguna}:{sandi_api}".encode()).decode()
        self._auth = {"Authorization": f"Basic {token}"} if pengguna else {}

    def status_pengguna(self, nik: str) -> str:
        """The certificate status of ``nik``; raise a clear error unless it can sign."""
        jawaban = self._kirim("GET", f"/api/user/status/{nik}")
        data = jawaban.json()
        if jawaban.status != 200:
            raise _galat(jawaban, nik)
        status = str(data.get("status", ""))
        if status == "NOT_REGISTERED":
            raise SigningFailed("bsre.tidak_terdaftar", nik=nik)
        if status != STATUS_AKTIF:
            raise SigningFailed("bsre.tanpa_sertifikat", nik=nik, status=status or "?")
        return status

    def tanda_tangani(self, pdf: bytes, nama: str, isian: Mapping[str, str]) -> Jawaban:
        """Send ``pdf`` with the form fields ``isian``; the signed PDF's answer."""
        badan, tipe = multipart(isian, {"file": (nama, pdf, "application/pdf")})
        jawaban = self._kirim("POST", "/api/sign/pdf", badan, tipe)
        if jawaban.status != 200 or not jawaban.badan.startswith(b"%PDF"):
            raise _galat(jawaban, isian.get("nik", ""))
        return jawaban

    def verifikasi(self, pdf: bytes, nama: str = "dokumen.pdf") -> dict[str, Any]:
        """BSrE's own opinion on the signatures of ``pdf``."""
        badan, tipe = multipart({}, {"file": (nama, pdf, "application/pdf")})
        jawaban = self._kirim("POST", "/api/sign/verify", badan, tipe)
        if jawaban.status != 200:
            raise _galat(jawaban, "")
        return jawaban.json()

    def _kirim(
        self, metode: str, jalur: str, badan: bytes | None = None, tipe: str = ""
    ) -> Jawaban:
        kepala = {**self._auth, **({"Content-Type": tipe} if tipe else {})}
        for percobaan in range(self.ulangi + 1):
            jeda = 0.2 * 2**percobaan
            try:
                jawaban = self._sekali(metode, jalur, badan, kepala)
            except TimeoutError as e:
                if percobaan == self.ulangi:
                    raise SigningFailed(
                        "bsre.waktu_habis", url=self.url, detik=self.batas_waktu
                    ) from e
            except (urllib.error.URLError, ConnectionError) as e:
                if percobaan == self.ulangi:
                    raise SigningFailed("bsre.tidak_terhubung", url=self.url, sebab=str(e)) from e
            else:
                if jawaban.status not in SEMENTARA or percobaan == self.ulangi:
                    return jawaban
            log.info("BSrE %s %s gagal sementara; mencoba lagi dalam %.1f s", metode, jalur, jeda)
            time.sleep(jeda)
        raise AssertionError("unreachable")  # pragma: no cover

    def _sekali(
        self, metode: str, jalur: str, badan: bytes | None, kepala: dict[str, str]
    ) -> Jawaban:
        permintaan = urllib.request.Request(
            self.url + jalur, data=badan, headers=kepala, method=metode
        )
        try:
            with urllib.request.urlopen(permintaan, timeout=self.batas_waktu) as r:
                return Jawaban(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
        except urllib.error.HTTPError as e:
            return Jawaban(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read())
        except urllib.error.URLError as e:
            if isinstance(e.reason, TimeoutError):
                raise e.reason from e
            raise


def _galat(jawaban: Jawaban, nik: str) -> SigningFailed:
    data = jawaban.json()
    kode = data.get("status_code")
    if isinstance(kode, int) and kode in KODE_GALAT:
        return SigningFailed(KODE_GALAT[kode], nik=nik, status=str(kode))
    if jawaban.status == 401:
        return SigningFailed("bsre.akun_api_ditolak")
    pesan = str(data.get("error") or data.get("message") or jawaban.badan[:200].decode("latin-1"))
    return SigningFailed("bsre.ditolak", status=jawaban.status, pesan=pesan)


def multipart(
    isian: Mapping[str, str], berkas: Mapping[str, tuple[str, bytes, str]]
) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body of text fields and files, and its content type."""
    batas = "sidik-" + secrets.token_hex(12)
    bagian: list[bytes] = []
    for nama, nilai in isian.items():
        kepala = f'--{batas}\r\nContent-Disposition: form-data; name="{nama}"\r\n\r\n'
        bagian.append(kepala.encode() + str(nilai).encode() + b"\r\n")
    for nama, (nama_berkas, data, tipe) in berkas.items():
        kepala = (
            f'--{batas}\r\nContent-Disposition: form-data; name="{nama}"; '
            f'filename="{nama_berkas}"\r\nContent-Type: {tipe}\r\n\r\n'
        )
        bagian.append(kepala.encode() + data + b"\r\n")
    bagian.append(f"--{batas}--\r\n".encode())
    return b"".join(bagian), f"multipart/form-data; boundary={batas}"
