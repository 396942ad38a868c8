"""Validate every signature of a PDF with pyhanko and give one verdict per file.

Verdicts follow the ETSI validation report (EN 319 102-1): VALID (TOTAL_PASSED),
INDETERMINATE (e.g. NO_CERTIFICATE_CHAIN_FOUND) or INVALID (e.g. HASH_FAILURE), each with
a reason code and a message id from the catalogue. The file's hash is then checked against
the archive's ``manifest.json`` when one lies beside it, and a Lembar whose entry there lists
its participants must carry the signature of each who took part (:mod:`.peserta`).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.status import (
    DocumentTimestampStatus,
    PdfSignatureStatus,
)
from pyhanko_certvalidator import ValidationContext

from pipeline import pdf_heks
from pipeline.berkas import JENIS_TAUTAN, BukanBerkasBiasa, buka_biasa
from pipeline.errors import InputInvalid
from pipeline.medan_ttd import peran_medan
from pipeline.sertifikat import muat_akar, nama_nip
from pipeline.verify.identitas import identitas
from pipeline.verify.kurungan import BATAS_BAWAAN, Batas, dalam_kurungan, rusak
from pipeline.verify.manifest import cek_manifest, dokumen_dalam, manifest_untuk
from pipeline.verify.model import Alasan, HasilTtd, HasilVerifikasi, Putusan, gabung
from pipeline.verify.perubahan import KEBIJAKAN_PERUBAHAN
from pipeline.verify.peserta import cek_peserta, peserta_dalam
from pipeline.verify.putusan import putusan_ttd
from pipeline.verify.revokasi import konteks_daring, opsi_daring
from pipeline.verify.tingkat import tingkat_pades
from pipeline.zona import iso_kantor

log = logging.getLogger(__name__)
_REVOKASI_KURANG = AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE
"""What pyhanko reports when hard-fail finds no revocation data for a certificate naming a
responder (certvalidator's InsufficientRevinfoError)."""

__all__ = ["HasilVerifikasi", "Putusan", "muat_akar", "verifikasi", "verifikasi_berkas"]

pdf_heks.pasang()  # every signature's /Contents read at C speed


def verifikasi(
    jalur: Sequence[Path], akar: list[asn1_x509.Certificate], batas: Batas = BATAS_BAWAAN
) -> list[HasilVerifikasi]:
    """Verify every PDF named in ``jalur`` (files, or folders searched recursively).

    Every file gets its own verdict: one that is malformed, hostile or slow ends as
    FORMAT_FAILURE within ``batas`` and the others are judged all the same.
    """
    return [_verifikasi_satu(pdf, akar, batas) for pdf in kumpulkan_pdf(jalur)]


def _verifikasi_satu(pdf: Path, akar: list[asn1_x509.Certificate], batas: Batas) -> HasilVerifikasi:
    """One file's verdict, named by the document and information its archive records."""
    manifest = manifest_untuk(pdf)
    jenis, judul = dokumen_dalam(pdf, manifest)
    return replace(verifikasi_berkas(pdf, akar, manifest, batas), jenis=jenis, judul=judul)


def kumpulkan_pdf(jalur: Sequence[Path]) -> list[Path]:
    """The PDF files named by ``jalur``, folders expanded recursively in sorted order.

    A folder named here is walked even through a link (the user chose it); symlinks found
    inside are listed (to be reported), never followed.
    """
    berkas: list[Path] = []
    for j in jalur:
        if j.is_dir():
            ditemukan = _isi_folder(j)
            if not ditemukan:
                raise InputInvalid("verifikasi.tidak_ada_pdf", jalur=str(j))
            berkas.extend(ditemukan)
        elif j.exists() or j.is_symlink():
            berkas.append(j)
        else:
            raise InputInvalid("berkas.tidak_ada", berkas=str(j))
    return berkas


def _isi_folder(folder: Path) -> list[Path]:
    """Every ``*.pdf`` under ``folder`` and every symlink, without descending into links (a
    folder named ``*.pdf`` is not a PDF; a FIFO or device so named is listed, to be reported
    unread)."""
    ditemukan = []
    for akar, folders, files in os.walk(folder):
        ditemukan += [Path(akar) / n for n in folders if (Path(akar) / n).is_symlink()]
        ditemukan += [
            Path(akar) / n
            for n in files
            if n.lower().endswith(".pdf") or (Path(akar) / n).is_symlink()
        ]
    return sorted(ditemukan)


def verifikasi_berkas(
    pdf: Path,
    akar: list[asn1_x509.Certificate],
    manifest: dict[str, Any] | None = None,
    batas: Batas = BATAS_BAWAAN,
) -> HasilVerifikasi:
    """The verdict on one PDF: every signature and document timestamp, then the manifest.

    A symlink, FIFO or device is INDETERMINATE with its own reason, and is never read. A
    regular file is judged in a child process bounded by ``batas`` (see
    :mod:`pipeline.verify.kurungan`).
    """
    try:
        with buka_biasa(pdf) as f:
            sha = _sha256(f)
    except BukanBerkasBiasa as e:
        tautan = e.jenis == JENIS_TAUTAN
        kode = "SYMBOLIC_LINK" if tautan else "NOT_A_REGULAR_FILE"
        pesan = "alasan.tautan" if tautan else "alasan.bukan_berkas_biasa"
        return _gagal(pdf, "", Putusan.INDETERMINATE, pesan, kode)
    except OSError as e:  # gone or unreadable since it was listed
        return rusak(pdf, "", "alasan.tak_terbaca", (("sebab", type(e).__name__),))
    periksa = partial(_periksa_berkas, pdf, sha, akar, manifest, batas)
    return dalam_kurungan(pdf, sha, periksa, batas)


def _sha256(f: BinaryIO) -> str:
    h = hashlib.sha256()
    for blok in iter(lambda: f.read(1 << 20), b""):
        h.update(blok)
    return h.hexdigest()


def _periksa_berkas(
    pdf: Path,
    sha: str,
    akar: list[asn1_x509.Certificate],
    manifest: dict[str, Any] | None,
    batas: Batas,
) -> HasilVerifikasi:
    try:
        with buka_biasa(pdf) as f:  # again in the child: never through a link swapped in
            pembaca = PdfFileReader(f, strict=False)
            if pembaca.encrypted:
                return _gagal(pdf, sha, Putusan.INDETERMINATE, "alasan.terenkripsi", "ENCRYPTED")
            ttd = [_ttd(s, akar, batas) for s in pembaca.embedded_regular_signatures]
            stempel = [_stempel(s, akar) for s in pembaca.embedded_timestamp_signatures]
            tingkat = tingkat_pades(pembaca, ttd, stempel)
            ttd = [replace(t, tingkat=tingkat_pades(pembaca, [t], stempel)) for t in ttd]
    except BukanBerkasBiasa:
        return _gagal(pdf, sha, Putusan.INDETERMINATE, "alasan.tautan", "SYMBOLIC_LINK")
    except (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        return rusak(pdf, sha, "alasan.bukan_pdf", (("sebab", type(e).__name__),))
    if not ttd:
        return _gagal(pdf, sha, Putusan.INVALID, "alasan.tanpa_ttd", "NO_SIGNATURE")
    ttd, peserta, lengkap = cek_peserta(ttd, peserta_dalam(pdf, manifest))
    hasil = [(t.putusan, a) for t in [*ttd, *stempel] for a in t.alasan]
    hasil += [cek_manifest(pdf, sha, manifest), *lengkap]
    putusan, alasan = gabung(hasil)
    return HasilVerifikasi(
        pdf, putusan, alasan, tuple(ttd), tuple(stempel), tingkat, sha, peserta=peserta
    )


def _gagal(
    pdf: Path,
    sha: str,
    putusan: Putusan,
    message_id: str,
    kode: str,
    params: tuple[tuple[str, str], ...] = (),
) -> HasilVerifikasi:
    return HasilVerifikasi(pdf, putusan, (Alasan(kode, message_id, params),), sha256=sha)


def _konteks(akar: list[asn1_x509.Certificate]) -> ValidationContext:
    return ValidationContext(trust_roots=akar, allow_fetching=False, revocation_mode="soft-fail")


def _ttd(sig: Any, akar: list[asn1_x509.Certificate], batas: Batas) -> HasilTtd:
    status, tak_terjangkau = status_ttd(sig, akar, batas)
    putusan, alasan = putusan_ttd(status, tak_terjangkau, sig.docmdp_level)
    stempel = status.timestamp_validity
    medan = str(sig.field_name or "")
    return HasilTtd(
        medan=medan,
        penanda_tangan=_nama(status.signing_cert),
        waktu=_iso(status.signer_reported_dt),
        waktu_stempel=_iso(stempel.timestamp) if stempel else "",
        cakupan=status.coverage.name if status.coverage else "",
        perubahan=status.modification_level.name if status.modification_level else "",
        putusan=putusan,
        alasan=(alasan,),
        sertifikat_sha256=status.signing_cert.sha256.hex(),
        peran=peran_medan(medan),
        nip=nama_nip(status.signing_cert)[1],
        **_identitas(status),
    )


def status_ttd(
    sig: Any, akar: list[asn1_x509.Certificate], batas: Batas = BATAS_BAWAAN
) -> tuple[PdfSignatureStatus, list[str]]:
    """Validate one signature, judging revocation the way its PAdES level allows; also the
    revocation responders that could not be reached (empty when all answered).

    With a DSS and a proof of existence (B-LT, B-LTA, or B-B extended by ``sign extend``) the
    signature is judged at the time of its own timestamp, else of the first document
    timestamp, with the OCSP/CRL responses embedded then, offline: a file signed before its
    certificate was revoked stays valid. Otherwise, or when the embedded responses do not
    cover a certificate that names a responder, revocation is looked up online, each request
    waiting at most ``batas.detik_revokasi``: a file signed after revocation is caught, and
    one whose responders do not answer is not called valid (see :mod:`pipeline.verify.revokasi`).
    """
    waktu = _waktu_stempel_ttd(sig) or _waktu_stempel_dokumen(sig.reader)
    if "/DSS" in sig.reader.root and waktu is not None:
        return _status_dss(sig, akar, waktu, batas)
    konteks, pencatat = konteks_daring(akar, batas.detik_revokasi)
    return _validasi(sig, konteks), pencatat.gagal


def _status_dss(
    sig: Any, akar: list[asn1_x509.Certificate], waktu: datetime, batas: Batas
) -> tuple[PdfSignatureStatus, list[str]]:
    """Judged at ``waktu`` with the DSS; online only if the DSS lacks revocation data."""
    dss = DocumentSecurityStore.read_dss(sig.reader)
    dasar = {"trust_roots": akar, "moment": waktu}
    luring = {"allow_fetching": False, "revocation_mode": "hard-fail"}
    status = _validasi(sig, dss.as_validation_context({**dasar, **luring}))
    if status.trusted or status.trust_problem_indic is not _REVOKASI_KURANG:
        return status, []
    opsi, pencatat = opsi_daring(batas.detik_revokasi)
    return _validasi(sig, dss.as_validation_context({**dasar, **opsi})), pencatat.gagal


def _validasi(sig: Any, konteks: ValidationContext) -> PdfSignatureStatus:
    return validate_pdf_signature(sig, konteks, konteks, diff_policy=KEBIJAKAN_PERUBAHAN)


def _waktu_stempel_ttd(sig: Any) -> datetime | None:
    """The time in the signature's own timestamp token (B-T and up), if it has one."""
    for atribut in sig.signer_info["unsigned_attrs"] or []:
        if atribut["type"].native == "signature_time_stamp_token":
            info = atribut["values"][0]["content"]["encap_content_info"]["content"].parsed
            waktu: datetime = info["gen_time"].native
            return waktu
    return None


def _waktu_stempel_dokumen(pembaca: PdfFileReader) -> datetime | None:
    """The time of the earliest document timestamp (B-LTA), if the file has one."""
    waktu = [
        s.signed_data["encap_content_info"]["content"].parsed["gen_time"].native
        for s in pembaca.embedded_timestamp_signatures
    ]
    return min(waktu, default=None)


def _stempel(sig: Any, akar: list[asn1_x509.Certificate]) -> HasilTtd:
    status: DocumentTimestampStatus = validate_pdf_timestamp(
        sig, _konteks(akar), diff_policy=KEBIJAKAN_PERUBAHAN
    )
    if not (status.intact and status.valid):
        putusan, alasan = Putusan.INVALID, Alasan("HASH_FAILURE", "alasan.stempel_rusak")
    elif not status.trusted:
        putusan, alasan = (
            Putusan.INDETERMINATE,
            Alasan("NO_CERTIFICATE_CHAIN_FOUND", "alasan.stempel_tidak_tepercaya"),
        )
    else:
        putusan, alasan = Putusan.VALID, Alasan("TOTAL_PASSED", "alasan.utuh")
    return HasilTtd(
        medan=str(sig.field_name or ""),
        penanda_tangan=_nama(status.signing_cert),
        waktu=_iso(status.timestamp),
        waktu_stempel=_iso(status.timestamp),
        cakupan=status.coverage.name if status.coverage else "",
        perubahan=status.modification_level.name if status.modification_level else "",
        putusan=putusan,
        alasan=(alasan,),
        stempel_dokumen=True,
        sertifikat_sha256=status.signing_cert.sha256.hex(),
        **_identitas(status),
    )


def _identitas(status: Any) -> dict[str, Any]:
    return vars(identitas(status.signing_cert, status.validation_path))


def _nama(sertifikat: asn1_x509.Certificate) -> str:
    nama: str = sertifikat.subject.native.get("common_name", "")
    return nama


def _iso(waktu: datetime | None) -> str:
    return iso_kantor(waktu)
