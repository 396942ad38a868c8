"""A loopback stand-in for BSrE's e-sign REST API, signing with the test PKI through pyhanko.

It speaks the same shape as BSrE (see pipeline/signing/bsre.py): ``POST /api/sign/pdf``
(multipart), ``GET /api/user/status/{nik}``, ``POST /api/sign/verify``; refusals as JSON
``{"error", "status_code"}`` with BSrE's codes. ``gangguan`` makes it misbehave on purpose.
"""

from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from itertools import count
from typing import Any

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.stamp import QRStampStyle

NIK_ATASAN = "6112000000000000"
NIK_TANPA_SERTIFIKAT = "6112000000000001"
PASSPHRASE = "rahasia-bsre"


@dataclass
class ApiBsre:
    """The WSGI app. ``gangguan``: "" (none), "503-sekali", "500", "lambat".

    ``nik`` is the account of ``signer``; ``akun`` more accounts, each NIK with its own key (two
    officials signing one Lembar through BSrE). Like a service that takes a box, not a field,
    it names each signature's field itself, never twice the same in a file: "BSrE", then
    "BSrE-2", ...

    "lambat" answers nothing until ``lepas`` is set (at the end of the test), so a client's
    timeout fires whatever the machine's speed, and the late request is never recorded as
    one a later test made. ``dipanggil`` counts every request the app received.
    """

    signer: signers.Signer
    tsa_url: str
    pengguna: tuple[str, str] = ("sidik", "kunci-api")
    nik: str = NIK_ATASAN  # the account of ``signer``, with an active certificate
    akun: dict[str, signers.Signer] = field(default_factory=dict)  # more accounts, NIK: key
    gangguan: str = ""
    permintaan: list[dict[str, str]] = field(default_factory=list)
    dipanggil: int = 0
    lepas: threading.Event = field(default_factory=threading.Event)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        status, tipe, badan = self._jawab(environ)
        start_response(status, [("Content-Type", tipe), ("id_dokumen", "uji-1")])
        return [badan]

    def _jawab(self, environ: dict[str, Any]) -> tuple[str, str, bytes]:
        self.dipanggil += 1
        if self.gangguan == "lambat":
            self.lepas.wait(60)
            return _json("503 Service Unavailable", {"error": "terlambat"})
        if self.gangguan == "503-sekali":
            self.gangguan = ""
            return _json("503 Service Unavailable", {"error": "sibuk"})
        if self.gangguan == "500":
            return _json("500 Internal Server Error", {"error": "kesalahan server"})
        jalur, metode = environ["PATH_INFO"], environ["REQUEST_METHOD"]
        if metode == "GET" and jalur.startswith("/api/user/status/"):
            return self._status(jalur.rsplit("/", 1)[1])
        if metode == "POST" and jalur == "/api/sign/pdf":
            return self._tanda_tangani(_form(environ))
        if metode == "POST" and jalur == "/api/sign/verify":
            return self._verifikasi(_form(environ))
        return _json("404 Not Found", {"error": "tidak ada"})

    def _status(self, nik: str) -> tuple[str, str, bytes]:
        if self._penanda(nik) is not None:
            return _json("200 OK", {"status_code": 1111, "status": "ISSUE", "message": "aktif"})
        if nik == NIK_TANPA_SERTIFIKAT:
            return _json("200 OK", {"status_code": 1110, "status": "EXPIRED", "message": "-"})
        return _json("200 OK", {"status_code": 1110, "status": "NOT_REGISTERED", "message": "-"})

    def _tanda_tangani(self, isian: dict[str, Any]) -> tuple[str, str, bytes]:
        self.permintaan.append({k: v for k, v in isian.items() if k != "file"})
        penanda = self._penanda(str(isian.get("nik")))
        if penanda is None:
            kode = 2021 if isian.get("nik") == NIK_TANPA_SERTIFIKAT else 2011
            return _json("400 Bad Request", {"error": "ditolak", "status_code": kode})
        if isian.get("passphrase") != PASSPHRASE:
            return _json("400 Bad Request", {"error": "Passphrase salah", "status_code": 2031})
        return "200 OK", "application/pdf", self._tanda_tangani_pdf(isian, penanda)

    def _penanda(self, nik: str) -> signers.Signer | None:
        """The key of account ``nik`` (None: no such account with an active certificate)."""
        return self.signer if nik == self.nik else self.akun.get(nik)

    def _tanda_tangani_pdf(self, isian: dict[str, Any], penanda: signers.Signer) -> bytes:
        tampak = isian.get("tampilan") == "visible"
        kotak = None
        if tampak:
            x, y = int(isian["xAxis"]), int(isian["yAxis"])
            kotak = (x, y, x + int(isian["width"]), y + int(isian["height"]))
        halaman = int(isian.get("page", "1")) - 1
        medan = _medan_baru(isian["file"])
        pdf_signer = signers.PdfSigner(
            signers.PdfSignatureMetadata(
                field_name=medan,
                reason=isian.get("reason"),
                location=isian.get("location"),
                subfilter=fields.SigSeedSubFilter.PADES,
            ),
            signer=penanda,
            timestamper=timestamps.HTTPTimeStamper(self.tsa_url),
            stamp_style=QRStampStyle(stamp_text="Ditandatangani secara elektronik\nBSrE (uji)"),
            new_field_spec=fields.SigFieldSpec(medan, on_page=halaman, box=kotak),
        )
        keluaran = io.BytesIO()
        pdf_signer.sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(isian["file"])),
            output=keluaran,
            appearance_text_params={"url": isian.get("linkQR", "")} if tampak else None,
        )
        return keluaran.getvalue()

    def _verifikasi(self, isian: dict[str, Any]) -> tuple[str, str, bytes]:
        ttd = PdfFileReader(io.BytesIO(isian["file"])).embedded_regular_signatures
        return _json("200 OK", {"jumlah_signature": len(ttd), "summary": "VALID" if ttd else "-"})


def _medan_baru(pdf: bytes) -> str:
    """A signature field name the PDF does not have yet: "BSrE", "BSrE-2", ..."""
    ada = {
        nama
        for nama, *_ in fields.enumerate_sig_fields(PdfFileReader(io.BytesIO(pdf), strict=False))
    }
    return next(n for k in count(1) if (n := "BSrE" if k == 1 else f"BSrE-{k}") not in ada)


def _json(status: str, data: dict[str, Any]) -> tuple[str, str, bytes]:
    return status, "application/json", json.dumps(data).encode()


def _form(environ: dict[str, Any]) -> dict[str, Any]:
    panjang = int(environ.get("CONTENT_LENGTH") or 0)
    badan = environ["wsgi.input"].read(panjang)
    pesan = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {environ['CONTENT_TYPE']}\r\n\r\n".encode() + badan
    )
    isian: dict[str, Any] = {}
    for bagian in pesan.iter_parts():
        nama = bagian.get_param("name", header="content-disposition")
        data = bagian.get_payload(decode=True)
        isian[nama] = data if bagian.get_filename() else data.decode()
    return isian
