"""Participants' signatures a crash left unrecorded: found in the file, checked, handed back.

A participant's act signs a Lembar (or a Berita Acara) in ``peserta/`` and then records the
signature in the ledger. A run killed between the two keeps the signature in the file and
loses its event. The next look at the document finds its file differing from what the ledger
recorded (:func:`pipeline.alur.ttd_peserta.berkas_tercatat`); :func:`ttd_terlewat` says
whether the difference is exactly what the lost acts would have written:

- the recorded file's bytes are the first bytes of the current file (a revision's end);
- every revision appended after it is either a participant's signature, by the participant
  whose turn it was (their certificate's NIP, their own cell's field or a field the signing
  service named), in the order of :func:`pipeline.stages.lembar.peserta_dokumen`, adding
  nothing but that signature, or validation data after one (B-LT);
- each of those signatures is VALID under the difference analysis sidik verifies with.

Then the signatures are handed back to be recorded as recovered (never made again); anything
else is :class:`RevisiAsing`, with what did not fit.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko_certvalidator import ValidationContext

from pipeline.medan_ttd import AWALAN_PESERTA, MEDAN_PARAF, PERAN_ATASAN, baca_medan
from pipeline.model import Pejabat
from pipeline.signing.dasar import identitas_dari
from pipeline.signing.kelayakan import identitas
from pipeline.stages.lembar import Peserta, _giliran
from pipeline.verify.model import Putusan
from pipeline.verify.perubahan import KEBIJAKAN_PERUBAHAN
from pipeline.verify.putusan import putusan_ttd
from pipeline.zona import di_kantor


class RevisiAsing(Exception):
    """The file differs from every recorded state by more than the lost signatures: what did
    not fit, as a message id of the catalogue and its parameters (the refusal's reason)."""

    def __init__(self, pesan_id: str, **params: Any) -> None:
        super().__init__(pesan_id)
        self.pesan_id, self.params = pesan_id, params


@dataclass(frozen=True)
class TtdTerlewat:
    """A participant's signature found in the file without its event: whose, the file before
    and after their act (SHA-256), and the signing time the signature states."""

    peserta: Peserta
    sha256_masuk: str
    sha256: str
    waktu: datetime
    penanda_tangan: Pejabat  # as the certificate names them


@dataclass(frozen=True)
class _Revisi:
    """The file's revisions: where each ends and the SHA-256 of the file up to there."""

    akhir: list[int]
    sha256: list[str]


def ttd_terlewat(
    pdf: Path,
    tercatat: Collection[str],
    peserta: Sequence[Peserta],
    akar: list[asn1_x509.Certificate],
) -> list[TtdTerlewat]:
    """The participants' signatures of ``pdf`` made after the last state the ledger recorded
    (``tercatat``: the SHA-256 of the files recorded acts left), in order; empty when ``pdf``
    is such a state. Raise :class:`RevisiAsing` unless everything after that state is
    exactly such signatures (see the module docstring)."""
    data = pdf.read_bytes()
    if hashlib.sha256(data).hexdigest() in tercatat:
        return []
    pembaca = PdfFileReader(io.BytesIO(data), strict=False)
    revisi = _revisi(pembaca, data)
    dasar = max((r for r, h in enumerate(revisi.sha256) if h in tercatat), default=None)
    if dasar is None:
        raise RevisiAsing("pulih.bukan_awal")
    ttd = {s.signed_revision: s for s in pembaca.embedded_regular_signatures}
    if dasar + 1 not in ttd:
        raise RevisiAsing("pulih.bukan_ttd", revisi=dasar + 2)
    with io.BytesIO(data[: revisi.akhir[dasar]]) as awal:
        terisi = {n for n, ada in baca_medan(awal).terisi.items() if ada}
    hasil: list[TtdTerlewat] = []
    for r in range(dasar + 1, len(revisi.akhir)):
        _periksa_perubahan(pembaca, r, r in ttd)
        if r in ttd:
            p = _pemiliknya(ttd[r], terisi, peserta, akar)
            terisi.add(p.medan)
            hasil.append(_terlewat(ttd[r], p, revisi.sha256[r - 1]))
        hasil[-1] = _keluar(hasil[-1], revisi.sha256[r])
    return hasil


def _revisi(pembaca: PdfFileReader, data: bytes) -> _Revisi:
    """Where each revision of ``data`` ends (after its ``%%EOF`` and end of line) and the
    hash of the file up to there; nothing may follow the last one."""
    akhir: list[int] = []
    for r in range(pembaca.xrefs.total_revisions):
        awal = pembaca.xrefs.get_xref_container_info(r).start_location
        eof = data.find(b"%%EOF", awal)
        if eof < 0:
            raise RevisiAsing("pulih.tanpa_eof", revisi=r + 1)
        akhir.append(_setelah_baris(data, eof + 5))
    if akhir[-1] != len(data):
        raise RevisiAsing("pulih.sisa")
    h, sebelum, sha = hashlib.sha256(), 0, []
    for ujung in akhir:
        h.update(data[sebelum:ujung])
        sha.append(h.hexdigest())
        sebelum = ujung
    return _Revisi(akhir, sha)


def _setelah_baris(data: bytes, i: int) -> int:
    """``i`` past the end of line that follows it, if one does."""
    if data[i : i + 2] == b"\r\n":
        return i + 2
    return i + 1 if data[i : i + 1] in (b"\n", b"\r") else i


def _periksa_perubahan(pembaca: PdfFileReader, r: int, ttd: bool) -> None:
    """Revision ``r`` adds a signature and nothing else (``ttd``), or validation data only."""
    batas = ModificationLevel.FORM_FILLING if ttd else ModificationLevel.LTA_UPDATES
    try:
        beda = KEBIJAKAN_PERUBAHAN.apply(
            pembaca.get_historical_resolver(r - 1), pembaca.get_historical_resolver(r)
        )
    except (SuspiciousModification, PdfError) as e:
        raise RevisiAsing("pulih.perubahan", revisi=r + 1) from e
    if beda.modification_level.value > batas.value:
        raise RevisiAsing("pulih.perubahan", revisi=r + 1)


def _pemiliknya(
    s: EmbeddedPdfSignature,
    terisi: set[str],
    peserta: Sequence[Peserta],
    akar: list[asn1_x509.Certificate],
) -> Peserta:
    """The participant whose turn it was, if ``s`` is theirs (certificate, field) and VALID."""
    p = _giliran(terisi, peserta)
    if p is None or p.peran == PERAN_ATASAN:
        raise RevisiAsing("pulih.bukan_giliran", medan=s.field_name)
    _, nip = identitas(s.signer_cert)
    medan_layanan = not s.field_name.startswith(AWALAN_PESERTA) and s.field_name != MEDAN_PARAF
    if nip != p.pejabat.nip or not (s.field_name == p.medan or medan_layanan):
        raise RevisiAsing(
            "pulih.bukan_pemilik", medan=s.field_name, nip=nip or "-", nama=p.pejabat.nama
        )
    konteks = ValidationContext(trust_roots=akar, allow_fetching=False, revocation_mode="soft-fail")
    status = validate_pdf_signature(s, konteks, diff_policy=KEBIJAKAN_PERUBAHAN)
    if putusan_ttd(status, (), s.docmdp_level)[0] is not Putusan.VALID:
        raise RevisiAsing("pulih.tidak_sah", medan=s.field_name)
    return p


def _terlewat(s: EmbeddedPdfSignature, p: Peserta, masuk: str) -> TtdTerlewat:
    waktu = s.self_reported_timestamp or datetime.now().astimezone()
    pejabat = identitas_dari(s.signer_cert, p.pejabat)
    return TtdTerlewat(p, masuk, "", di_kantor(waktu), pejabat)


def _keluar(t: TtdTerlewat, sha256: str) -> TtdTerlewat:
    """``t`` with the file after its act: up to the revision just read (its validation data)."""
    return replace(t, sha256=sha256)
