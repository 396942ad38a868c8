"""What every signer is: the Signer seam, the per-document options, the secrets, and the local
(pyhanko) signer that the PKCS#12 file key and the PKCS#11 token both are.

:mod:`.penanda` picks the implementation ``[penandatanganan] metode`` names; the
implementations (:mod:`.penanda`'s PKCS#12, :mod:`.pkcs11`, :mod:`.penanda_bsre`) build on
this module, which imports none of them.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from asn1crypto import x509 as asn1_x509
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko_certvalidator import ValidationContext

from pipeline.atomic import tulis_bytes_atomik
from pipeline.config import Penandatanganan
from pipeline.errors import SigningFailed
from pipeline.medan_ttd import MEDAN_ATASAN
from pipeline.messages import terjemah
from pipeline.model import Pejabat
from pipeline.pdfa import penulis_revisi
from pipeline.signing import pades
from pipeline.signing.kelayakan import PemeriksaanPenanda, identitas, masa_berlaku
from pipeline.signing.stempel import TEKS, gaya_stempel, parameter_stempel
from pipeline.signing.tampilan import KotakTtd
from pipeline.zona import zona

NAMA_MEDAN = MEDAN_ATASAN


@dataclass(frozen=True)
class OpsiTtd:
    """Per-document choices: the PAdES level, the URL the stamp's QR code carries, the
    signature field (one per signer of a multi-signed document), the stamp's text, and the
    reason the signature gives ("" = ``[penandatanganan] alasan``)."""

    tingkat: str = "B-B"
    tautan: str = ""
    medan: str = NAMA_MEDAN
    pola_stempel: str = TEKS
    alasan: str = ""


class Penanda(Protocol):
    """Anything that can sign a PDF for one official (the Atasan PPID, a PPID Pelaksana, ...)."""

    @property
    def sertifikat(self) -> asn1_x509.Certificate:
        """The signer's certificate (for the manifest)."""
        ...

    @property
    def identitas(self) -> Pejabat:
        """Who signs, as the stamp and the manifest show it: name and NIP from the certificate."""
        ...

    def tanda_tangani(
        self, sumber: Path, tujuan: Path, kotak: KotakTtd | None, opsi: OpsiTtd | None = None
    ) -> datetime:
        """Sign ``sumber`` into ``tujuan`` with a visible stamp in ``kotak`` (an invisible
        signature if None); return the time."""
        ...

    def tandai_data(self, data: bytes) -> bytes | None:
        """A detached CMS signature (DER) over ``data``; None if this kind signs PDFs only."""
        ...


MintaSandi = Callable[[str], str]


def ambil_rahasia(env: str, minta: MintaSandi | None, prompt: str) -> str | None:
    """A secret from the environment variable ``env``, else from the prompt, else None."""
    if os.environ.get(env):
        return os.environ[env]
    return minta(prompt) if minta is not None else None


def ambil_sandi(ttd: Penandatanganan, minta: MintaSandi | None) -> bytes:
    """The PKCS#12 passphrase: environment, then the dev passphrase file, then a prompt."""
    if os.environ.get(ttd.sandi_env):
        return os.environ[ttd.sandi_env].encode()
    if ttd.sandi_berkas is not None and ttd.sandi_berkas.is_file():
        return ttd.sandi_berkas.read_bytes().strip()
    if minta is not None:
        return minta(terjemah("ttd.sandi_prompt", berkas=str(ttd.pkcs12))).encode()
    raise SigningFailed("ttd.sandi_tidak_ada", env=ttd.sandi_env)


class PenandaLokal:
    """Signs on this machine with a pyhanko signer (file key or token), at any PAdES level."""

    def __init__(
        self,
        signer: signers.Signer,
        ttd: Penandatanganan,
        pejabat: Pejabat,
        akar: Sequence[asn1_x509.Certificate] = (),
    ) -> None:
        if signer.signing_cert is None:
            raise SigningFailed("ttd.tanpa_sertifikat")
        self._signer, self._sertifikat = signer, signer.signing_cert
        self.ttd, self.pejabat = ttd, pejabat
        self._identitas = identitas_dari(self._sertifikat, pejabat)
        self._rantai = [c for c in signer.cert_registry if c != self._sertifikat]
        self._akar = list(akar) or [c for c in self._rantai if c.self_signed]
        self._konteks: ValidationContext | None = None
        # The room kept for the signature in the PDF, per level, once pyhanko has estimated it
        # (with a dummy signature, as long again as the real one) for the first document.
        self._cadangan: dict[str, int] = {}
        periksa_masa_berlaku(self._sertifikat, datetime.now(zona()))

    @property
    def sertifikat(self) -> asn1_x509.Certificate:
        """The signer's certificate."""
        return self._sertifikat

    @property
    def signer(self) -> signers.Signer:
        """The pyhanko signer (key and certificates) behind this signer."""
        return self._signer

    @property
    def identitas(self) -> Pejabat:
        """The official's jabatan, with the name and NIP the certificate holds."""
        return self._identitas

    def tutup(self) -> None:
        """Release what the signer holds open (a token's session); nothing for a key file."""

    def konteks(self, tingkat: str) -> ValidationContext | None:
        """The validation context for ``tingkat`` (revocation checked once, when first needed)."""
        if not pades.butuh_revokasi(tingkat):
            return None
        if self._konteks is None:
            konteks = pades.konteks_validasi(self._akar, self._rantai)
            pades.periksa_status(self._sertifikat, self._rantai, konteks)
            self._konteks = konteks
        return self._konteks

    def tanda_tangani(
        self, sumber: Path, tujuan: Path, kotak: KotakTtd | None, opsi: OpsiTtd | None = None
    ) -> datetime:
        """Sign ``sumber`` (PAdES at ``opsi.tingkat``) into ``tujuan`` atomically; visibly in
        ``kotak``, or invisibly if None.

        An approval signature, never a certification: it locks nothing, so the signatures of
        the officials after this one keep it valid.
        """
        try:
            asli = sumber.read_bytes()
        except OSError as e:
            raise SigningFailed("ttd.gagal", berkas=str(sumber), sebab=str(e)) from e
        data, waktu = self.tanda_tangani_data(asli, kotak, opsi, str(sumber))
        tulis_bytes_atomik(tujuan, data)
        return waktu

    def tanda_tangani_data(
        self, asli: bytes, kotak: KotakTtd | None, opsi: OpsiTtd | None = None, nama: str = ""
    ) -> tuple[bytes, datetime]:
        """:meth:`tanda_tangani` in memory: the PDF ``asli`` with this signature appended, and
        its time (``nama`` names the file in an error)."""
        opsi = opsi or OpsiTtd()
        waktu = datetime.now(zona())
        isi_stempel = parameter_stempel(self.identitas, waktu, opsi.tautan)
        pdf_signer = self._pdf_signer(opsi, kotak, opsi.pola_stempel % isi_stempel)
        cadangan = self._cadangan.get(opsi.tingkat)
        try:
            try:
                data = _tanda_tangani(pdf_signer, asli, isi_stempel, cadangan, self._konteks)
            except SigningError:
                if cadangan is None:
                    raise
                # estimate anew
                data = _tanda_tangani(pdf_signer, asli, isi_stempel, None, self._konteks)
        except (ValueError, OSError, SigningError) as e:
            raise SigningFailed("ttd.gagal", berkas=nama, sebab=str(e)) from e
        if (ruang := ruang_tanda_tangan(data)) is not None:
            self._cadangan[opsi.tingkat] = ruang
        return data, waktu

    def _pdf_signer(self, opsi: OpsiTtd, kotak: KotakTtd | None, teks: str) -> signers.PdfSigner:
        """pyhanko's signer for one signature of ``opsi``, its stamp (text ``teks``) in
        ``kotak`` when the document has no field of that name yet."""
        medan = (
            fields.SigFieldSpec(opsi.medan, on_page=kotak.halaman, box=kotak.kotak)
            if kotak is not None
            else fields.SigFieldSpec(opsi.medan)
        )
        return signers.PdfSigner(
            pades.metadata(
                opsi.tingkat,
                self.konteks(opsi.tingkat),
                field_name=opsi.medan,
                reason=opsi.alasan or self.ttd.alasan,
                location=self.ttd.lokasi or None,
                name=self.identitas.nama,
            ),
            signer=self._signer,
            timestamper=pades.pencap_waktu(self.ttd.tsa_url)
            if pades.butuh_tsa(opsi.tingkat)
            else None,
            stamp_style=gaya_stempel(bool(opsi.tautan), teks, opsi.pola_stempel),
            # used only when the document has no (empty) field of that name yet
            new_field_spec=medan,
        )

    def tandai_data(self, data: bytes) -> bytes | None:
        """A detached CMS (CAdES) signature over ``data``, timestamped when a TSA is set."""
        pencap = pades.pencap_waktu(self.ttd.tsa_url) if self.ttd.tsa_url else None
        try:
            hasil = asyncio.run(
                self._signer.async_sign_general_data(
                    data, "sha256", detached=True, use_cades=True, timestamper=pencap
                )
            )
        except (ValueError, OSError, SigningError) as e:
            raise SigningFailed("ttd.gagal", berkas="manifest.json", sebab=str(e)) from e
        return bytes(hasil.dump())


def tanda_tangani_data(
    penanda: Penanda, asli: bytes, kotak: KotakTtd | None, opsi: OpsiTtd, nama: str
) -> tuple[bytes, datetime]:
    """``penanda`` signs the PDF ``asli`` (the file ``nama``) in memory: the signed bytes and
    the time. A signer that signs files only (BSrE's service) signs a copy in a temporary
    folder, under the file's own name."""
    if isinstance(penanda, PenandaLokal):
        return penanda.tanda_tangani_data(asli, kotak, opsi, nama)
    with tempfile.TemporaryDirectory(prefix="sidik-ttd-") as tmp:
        sumber = Path(tmp) / "masuk" / Path(nama).name
        sumber.parent.mkdir()
        sumber.write_bytes(asli)
        tujuan = Path(tmp) / "keluar.pdf"
        waktu = penanda.tanda_tangani(sumber, tujuan, kotak, opsi)
        return tujuan.read_bytes(), waktu


def _tanda_tangani(
    pdf_signer: signers.PdfSigner,
    asli: bytes,
    isi: dict[str, str],
    cadangan: int | None,
    konteks: ValidationContext | None,
) -> bytes:
    keluaran = io.BytesIO()
    operasi = pdf_signer.async_sign_pdf(
        penulis_revisi(io.BytesIO(asli)),
        output=keluaran,
        appearance_text_params=isi,
        bytes_reserved=cadangan,
    )
    pades.jalankan(operasi, konteks)
    return keluaran.getvalue()


_RENTANG_BYTE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+\d+\s*\]")


def ruang_tanda_tangan(pdf: bytes) -> int | None:
    """How many hex digits the last signature of ``pdf`` had room for (its /Contents)."""
    temuan = list(_RENTANG_BYTE.finditer(pdf))
    if not temuan:
        return None
    _, panjang_awal, mulai_akhir = (int(g) for g in temuan[-1].groups())
    return mulai_akhir - panjang_awal - 2  # without the < and > around the hex string


def periksa_masa_berlaku(sertifikat: asn1_x509.Certificate, waktu: datetime) -> None:
    """Refuse to sign with a certificate that is not valid at ``waktu``."""
    PemeriksaanPenanda((masa_berlaku(sertifikat, waktu),)).tegakkan()


def identitas_dari(sertifikat: asn1_x509.Certificate, pejabat: Pejabat) -> Pejabat:
    """``pejabat`` with the name and NIP of ``sertifikat`` (kept where the certificate has none)."""
    nama, nip = identitas(sertifikat)
    return replace(pejabat, nama=nama or pejabat.nama, nip=nip or pejabat.nip)
