"""The PPID Pelaksana's own signature over their paraf: made right after the marks are drawn,
checked before the next signer signs.

Typed initials can be stamped by anyone running the tool; the signature of the checking
official (the unit's PPID Pelaksana, with their own key) over the initialled file makes the
paraf verifiable like any signature. It is **invisible**: the drawn initials on every page are
the visible mark the rules of official correspondence ask for, and the signature's byte range
covers all of them, so a widget would add nothing to the page but a second, one-page mark that
could overlap the hierarchy table or the Atasan's stamp. It is an approval signature without
DocMDP (never a certification), so the Atasan PPID's later signature keeps it VALID under
pyHanko's difference analysis and ``pdfsig``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from pipeline.config import Config
from pipeline.errors import SigningFailed
from pipeline.hashing import sha256_berkas
from pipeline.medan_ttd import MEDAN_PARAF
from pipeline.messages import terjemah
from pipeline.model import Dokumen, Pejabat
from pipeline.progres import peta
from pipeline.signing import pades
from pipeline.signing.dasar import MintaSandi, OpsiTtd, Penanda, PenandaLokal
from pipeline.signing.kelayakan import identitas
from pipeline.signing.penanda import PenandaPkcs12, penanda_terperiksa
from pipeline.verify.model import Putusan
from pipeline.verify.perubahan import KEBIJAKAN_PERUBAHAN
from pipeline.verify.putusan import putusan_ttd

ALASAN_PARAF = "Paraf PPID Pelaksana: dokumen telah diperiksa"


def penanda_paraf(
    config: Config, dokumen: Sequence[Dokumen], minta_sandi: MintaSandi | None = None
) -> dict[str, Penanda]:
    """The signer of each PPID Pelaksana who initials one of ``dokumen``, by NIP, each key
    checked before anything is signed (:func:`penanda_terperiksa`)."""
    pemeriksa = {p.nip: p for p in (config.pemeriksa(d.unit_kerja) for d in dokumen)}
    return {
        nip: penanda_terperiksa(config, minta_sandi, pejabat=p)[0] for nip, p in pemeriksa.items()
    }


def tutup_semua(penanda: Mapping[str, Penanda]) -> None:
    """Release what each signer holds open (a token's session) once the stage is done."""
    for p in penanda.values():
        if isinstance(p, PenandaLokal):
            p.tutup()


def proses_untuk(penanda: Mapping[str, Penanda]) -> int | None:
    """How many processes may sign: all cores for key files, one for a token or a service."""
    return None if all(isinstance(p, PenandaPkcs12) for p in penanda.values()) else 1


def tingkat_paraf(config: Config, dok: Dokumen) -> str:
    """The paraf signature's level: the document's, but B-LT for B-LTA (the archive
    timestamp comes once, over every signature, with the last one). A file is only as long-term
    as its weakest signature, so the paraf carries its own timestamp and validation data."""
    tingkat = config.penandatanganan.tingkat_untuk(dok.jenis.value)
    return "B-LT" if tingkat == "B-LTA" else tingkat


def tandatangani_paraf(pdf: Path, penanda: Penanda, tingkat: str = "B-B") -> None:
    """Sign the initialled ``pdf`` in place with the PPID Pelaksana's invisible signature."""
    opsi = OpsiTtd(tingkat, medan=MEDAN_PARAF, alasan=ALASAN_PARAF)
    penanda.tanda_tangani(pdf, pdf, None, opsi)


def periksa_paraf_semua(
    dokumen: Sequence[Dokumen], config: Config, tercatat: Mapping[str, str] | None = None
) -> None:
    """Refuse (before anything is signed) unless each document's paraf is signed, VALID, by
    the PPID Pelaksana who checks its unit; see :func:`periksa_paraf`.

    ``tercatat``: each document's file as the last recorded act left it (SHA-256 by name: the
    paraf stage's output, signed by sidik with the checking official's own key, or a
    participant's signature, made only after this check). A file still exactly as recorded
    needs no second check; any other file is checked in full.
    """
    akar = pades.muat_akar(config.verifikasi.akar_tepercaya)
    tercatat = tercatat or {}

    def satu(dok: Dokumen) -> None:
        periksa_sebelum(dok, dok.path, sha256_berkas(dok.path), config, tercatat, akar)

    peta(satu, dokumen)


def periksa_sebelum(
    dok: Dokumen,
    pdf: Path,
    sha256: str,
    config: Config,
    tercatat: Mapping[str, str],
    akar: list[asn1_x509.Certificate],
) -> None:
    """Before the next signature on ``pdf`` (``dok``'s current file, of SHA-256 ``sha256``):
    check its paraf (:func:`periksa_paraf`), unless ``pdf`` is exactly the file the last
    recorded act left (``tercatat``, see :func:`periksa_paraf_semua`).

    A file changed since is checked over every revision after the paraf, so a change appended
    between two participants is refused before the next one signs."""
    if tercatat.get(dok.nama) == sha256:
        return
    periksa_paraf(pdf, config.pemeriksa(dok.unit_kerja), akar)


def periksa_paraf(pdf: Path, pemeriksa: Pejabat, akar: list[asn1_x509.Certificate]) -> None:
    """Raise :class:`SigningFailed` unless ``pdf`` carries the paraf signature of
    ``pemeriksa`` (NIP from its certificate), VALID under ``akar``.

    Judged offline, as ``sidik verify`` judges it but without asking OCSP/CRL services (once
    per document of a batch would be a request each): intact, unchanged but for later
    signatures, chained to ``akar``. Revocation is ``sidik verify``'s to report.
    """
    params = {"berkas": str(pdf), "nama": pemeriksa.nama, "nip": pemeriksa.nip}
    with pdf.open("rb") as f:
        pembaca = PdfFileReader(f, strict=False)
        ttd = [s for s in pembaca.embedded_regular_signatures if s.field_name == MEDAN_PARAF]
        if not ttd:
            raise SigningFailed("ttd.paraf_tanpa_ttd", **params)
        konteks = ValidationContext(
            trust_roots=akar, allow_fetching=False, revocation_mode="soft-fail"
        )
        status = validate_pdf_signature(ttd[0], konteks, diff_policy=KEBIJAKAN_PERUBAHAN)
        putusan, alasan = putusan_ttd(status, (), ttd[0].docmdp_level)
    if putusan is not Putusan.VALID:
        sebab = terjemah(alasan.message_id, **dict(alasan.params))
        raise SigningFailed("ttd.paraf_tidak_sah", sebab=sebab.rstrip("."), **params)
    nama, nip = identitas(status.signing_cert)
    if nip != pemeriksa.nip:
        raise SigningFailed("ttd.paraf_bukan_pemeriksa", nama_ttd=nama, nip_ttd=nip, **params)
