"""The BSrE signer: each document is signed remotely by BSrE's e-sign service.

The passphrase comes from ``[penandatanganan.bsre] passphrase_env`` or a prompt, the API
account's password from ``sandi_api_env``. The user's certificate status is checked once before
the batch, so an unregistered NIK or a missing certificate fails before any document is sent.
BSrE returns the signed PDF; sidik checks that it begins with exactly the bytes it sent (so
BSrE added a signature and changed nothing else) and, for B-LT/B-LTA, adds the validation data
and document timestamp itself.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader

from pipeline.atomic import tulis_bytes_atomik
from pipeline.config import Bsre, Penandatanganan
from pipeline.errors import SigningFailed
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.signing import pades
from pipeline.signing.bsre import KlienBsre
from pipeline.signing.dasar import MintaSandi, OpsiTtd, ambil_rahasia, identitas_dari
from pipeline.signing.kelayakan import PemeriksaanPenanda, subjek
from pipeline.signing.tampilan import KotakTtd
from pipeline.zona import di_kantor, zona


class PenandaBsre:
    """Signs through BSrE's REST API with the official's NIK and passphrase."""

    def __init__(
        self,
        ttd: Penandatanganan,
        pejabat: Pejabat,
        minta_sandi: MintaSandi | None = None,
        akar: Sequence[asn1_x509.Certificate] = (),
    ) -> None:
        if ttd.bsre is None:
            raise SigningFailed("ttd.gagal", berkas="-", sebab="[penandatanganan.bsre]")
        self.ttd, self.pejabat, self._bsre, self._akar = ttd, pejabat, ttd.bsre, list(akar)
        prompt = terjemah("bsre.passphrase_prompt", nik=ttd.bsre.nik)
        passphrase = ambil_rahasia(ttd.bsre.passphrase_env, minta_sandi, prompt)
        if passphrase is None:
            raise SigningFailed("bsre.passphrase_tidak_ada", env=ttd.bsre.passphrase_env)
        self._passphrase = passphrase
        self._klien = klien(ttd.bsre)
        self._klien.status_pengguna(ttd.bsre.nik)
        self._sertifikat: asn1_x509.Certificate | None = None

    @property
    def sertifikat(self) -> asn1_x509.Certificate:
        """The certificate BSrE signed with (known after the first document)."""
        if self._sertifikat is None:
            raise SigningFailed("bsre.belum_menandatangani")
        return self._sertifikat

    @property
    def identitas(self) -> Pejabat:
        """The official as the certificate BSrE signed with names them (once known)."""
        if self._sertifikat is None:
            return self.pejabat
        return identitas_dari(self._sertifikat, self.pejabat)

    def tanda_tangani(
        self, sumber: Path, tujuan: Path, kotak: KotakTtd | None, opsi: OpsiTtd | None = None
    ) -> datetime:
        """Have BSrE sign ``sumber`` with its appearance in ``kotak`` (invisibly if None);
        write ``tujuan``."""
        opsi = opsi or OpsiTtd()
        asli = sumber.read_bytes()
        jawaban = self._klien.tanda_tangani(asli, sumber.name, self._isian(kotak, opsi))
        hasil = jawaban.badan
        if not hasil.startswith(asli):
            raise SigningFailed("bsre.isi_berubah", berkas=str(sumber))
        ttd = PdfFileReader(io.BytesIO(hasil), strict=False).embedded_regular_signatures[-1]
        cek = subjek(ttd.signer_cert, self.pejabat, atasan=False)
        PemeriksaanPenanda((cek,)).tegakkan()  # not the official's certificate: nothing written
        self._sertifikat = ttd.signer_cert
        waktu = ttd.self_reported_timestamp or datetime.now(zona())
        if pades.butuh_revokasi(opsi.tingkat):
            with tempfile.TemporaryDirectory() as tmp:
                antara = Path(tmp) / sumber.name
                antara.write_bytes(hasil)
                pades.perpanjang(antara, tujuan, opsi.tingkat, self.ttd.tsa_url, self._akar)
        else:
            tulis_bytes_atomik(tujuan, hasil)
        return di_kantor(waktu)

    def tandai_data(self, data: bytes) -> None:
        """BSrE's API signs PDFs only: the manifest stays unsigned (the ledger keeps its hash)."""
        return None

    def _isian(self, kotak: KotakTtd | None, opsi: OpsiTtd) -> dict[str, str]:
        terlihat = kotak is not None and bool(opsi.tautan)
        isian = {
            "nik": self._bsre.nik,
            "passphrase": self._passphrase,
            "tampilan": "visible" if terlihat else "invisible",
            "reason": opsi.alasan or self.ttd.alasan,
            "location": self.ttd.lokasi,
        }
        if kotak is not None and terlihat:
            x1, y1, x2, y2 = kotak.kotak
            isian |= {
                "image": "false",
                "linkQR": opsi.tautan,
                "page": str(kotak.halaman + 1),
                "xAxis": str(x1),
                "yAxis": str(y1),
                "width": str(x2 - x1),
                "height": str(y2 - y1),
            }
        return isian


def klien(bsre: Bsre) -> KlienBsre:
    """A BSrE client for the configured service and API account."""
    return KlienBsre(
        bsre.url,
        bsre.pengguna,
        os.environ.get(bsre.sandi_api_env, ""),
        bsre.batas_waktu,
        bsre.ulangi,
    )
