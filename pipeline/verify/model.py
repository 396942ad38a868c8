"""The records of a verification: verdicts, reasons, per-signature results."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Putusan(StrEnum):
    """The verdict on a file or a signature (ETSI EN 319 102-1 main indications)."""

    VALID = "VALID"
    INDETERMINATE = "INDETERMINATE"
    INVALID = "INVALID"


@dataclass(frozen=True)
class Alasan:
    """A reason: an ETSI-style code (e.g. HASH_FAILURE) and a catalogue message id."""

    kode: str
    message_id: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class HasilTtd:
    """One signature (or document timestamp) of a file and its own verdict."""

    medan: str
    penanda_tangan: str
    waktu: str
    waktu_stempel: str
    cakupan: str
    perubahan: str
    putusan: Putusan
    alasan: tuple[Alasan, ...]
    sertifikat_sha256: str = ""
    stempel_dokumen: bool = False
    penerbit: str = ""
    berlaku_mulai: str = ""
    berlaku_sampai: str = ""
    akar_uji: bool = False
    """The chain ends in a test root ("BUKAN UNTUK PRODUKSI"): not for official use."""
    peran: str = ""
    """The role its field stands for (:mod:`pipeline.medan_ttd`; '' for another field)."""
    nip: str = ""
    """The signer's NIP as the certificate holds it ('' when it holds none)."""
    tingkat: str = ""
    """The PAdES level this signature reaches."""
    bukan_peserta: bool = False
    """Signed by someone not among the participants the archive's manifest lists."""


@dataclass(frozen=True)
class PesertaLembar:
    """One participant of a Lembar's test as the manifest lists them, and whether the Lembar
    carries their signature."""

    peran: str
    nip: str
    nama: str
    hadir: bool
    ditandatangani: bool = False

    @property
    def status(self) -> str:
        """``ditandatangani``, ``belum`` (took part, no signature) or ``tidak_hadir``."""
        if self.ditandatangani:
            return "ditandatangani"
        return "belum" if self.hadir else "tidak_hadir"


@dataclass(frozen=True)
class HasilVerifikasi:
    """The verdict on one file, its signatures, the PAdES level reached, and its hash."""

    berkas: Path
    putusan: Putusan
    alasan: tuple[Alasan, ...]
    tanda_tangan: tuple[HasilTtd, ...] = ()
    stempel_dokumen: tuple[HasilTtd, ...] = ()
    tingkat: str = ""
    sha256: str = ""
    jenis: str = ""
    """The document kind the archive's manifest records for this file (empty outside one)."""
    judul: str = ""
    """The information the document is about (its item's judul; empty for cycle documents)."""
    peserta: tuple[PesertaLembar, ...] = ()
    """Who had to sign it, when the archive's manifest lists them (a Lembar)."""

    @property
    def akar_uji(self) -> bool:
        """Whether any signature or timestamp chains to a test root."""
        return any(t.akar_uji for t in (*self.tanda_tangan, *self.stempel_dokumen))

    @property
    def penanda_tangan(self) -> str:
        """Who signed last (the signature an ordinary reader looks at)."""
        return self.tanda_tangan[-1].penanda_tangan if self.tanda_tangan else ""

    @property
    def waktu(self) -> str:
        """When the last signature was made (timestamp time when there is one)."""
        if not self.tanda_tangan:
            return ""
        terakhir = self.tanda_tangan[-1]
        return terakhir.waktu_stempel or terakhir.waktu


_URUTAN = (Putusan.INVALID, Putusan.INDETERMINATE, Putusan.VALID)


def gabung(hasil: list[tuple[Putusan, Alasan]]) -> tuple[Putusan, tuple[Alasan, ...]]:
    """The worst verdict among ``hasil`` and the distinct reasons that led to it."""
    terburuk = min((p for p, _ in hasil), key=_URUTAN.index)
    return terburuk, tuple(dict.fromkeys(a for p, a in hasil if p == terburuk))
