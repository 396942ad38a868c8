"""Stage peserta: one participant of the test signs, in their own "Tanda Tangan" cell, every
Lembar Pengujian Konsekuensi and Berita Acara Pengujian Konsekuensi whose turn is theirs.

A Lembar goes from its initialled file (``paraf/``) to ``peserta/``, one incremental signature
per participant, in the order of :func:`pipeline.stages.lembar.peserta_lembar` (the PPID
Pelaksana, then each Tim member who took part); it is complete when only the Atasan PPID's
"Mengetahui" is left, which the sign stage adds. A Berita Acara goes the same way, signed by
everyone present at its meeting (:func:`pipeline.stages.lembar.peserta_berita_acara`). Each
signature is its own act: the stage runs for one participant at a time, with their own signer.
A document without participants' fields (the DIK, the SK, a document of an office's own
template) passes through as it is.

The file in ``peserta/`` is sidik's own: a signature is added to it in place, and it is only
trusted while it grows from the current initialled file (its first bytes are that file's):
after a new paraf it starts again from there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509

from pipeline import zona
from pipeline.config import Config
from pipeline.hashing import sha256_berkas
from pipeline.model import Dokumen, Pejabat, Siklus
from pipeline.progres import peta
from pipeline.signing import pades
from pipeline.signing.dasar import Penanda, PenandaLokal
from pipeline.signing.penanda import PenandaPkcs12
from pipeline.signing.stempel import siapkan_stempel
from pipeline.signing.tampilan import KotakTtd
from pipeline.stages.lembar import (
    AWALAN_MEDAN,
    PERAN_ATASAN,
    PESERTA_MENANDATANGANI,
    PenandaPeserta,
    Peserta,
    _baca_medan,
    _giliran,
    peserta_dokumen,
    tandatangani_peserta,
)
from pipeline.stages.paraf_ttd import periksa_sebelum, tingkat_paraf

FOLDER = "peserta"


@dataclass(frozen=True)
class TtdBaru:
    """A participant's signature made by this act: the file before and after, and when."""

    sha256_masuk: str
    sha256: str
    waktu: datetime
    penanda_tangan: Pejabat  # as the certificate names them


@dataclass(frozen=True)
class HasilPeserta:
    """One document after a participant's act: its current file, whether every participant
    who took part has signed it, the signature made now (if any) and who it still waits for."""

    dokumen: Dokumen
    lengkap: bool
    ttd: TtdBaru | None = None
    menunggu: Peserta | None = None


def tandatangani_giliran(
    dokumen: Sequence[Dokumen],
    siklus: Siklus,
    config: Config,
    hadir: PenandaPeserta,
    pejabat: Pejabat | None = None,
    penanda: Penanda | None = None,
    lapor: Callable[[int], None] | None = None,
    tercatat: Mapping[str, str] | None = None,
) -> list[HasilPeserta]:
    """``pejabat`` signs, with ``penanda``, each of ``dokumen`` whose turn is theirs; the
    others are only looked at (``pejabat`` None: look at all, sign none).

    ``dokumen`` are the initialled files; ``hadir`` says who took part in each item's test.
    Before each signature the Lembar's paraf is checked (:func:`periksa_sebelum`; ``tercatat``
    each file as the last recorded act left it).
    With a key file the batch is spread over the cores (the key loaded once before the fork).
    """
    jaga: _Jaga | None = None
    if penanda is not None:
        jaga = _Jaga(tercatat or {}, pades.muat_akar(config.verifikasi.akar_tepercaya))
    if isinstance(penanda, PenandaLokal):
        for tingkat in {tingkat_paraf(config, d) for d in dokumen}:
            penanda.konteks(tingkat)  # revocation checked once, before the workers fork
        siapkan_stempel(penanda.identitas, zona.sekarang())

    def satu(dok: Dokumen) -> HasilPeserta:
        return _satu(dok, siklus, config, hadir, pejabat, penanda, jaga)

    proses = None if penanda is None or isinstance(penanda, PenandaPkcs12) else 1
    return peta(satu, dokumen, lapor, proses)


def _satu(
    dok: Dokumen,
    siklus: Siklus,
    config: Config,
    hadir: PenandaPeserta,
    pejabat: Pejabat | None,
    penanda: Penanda | None,
    jaga: _Jaga | None = None,
) -> HasilPeserta:
    if dok.jenis not in PESERTA_MENANDATANGANI:
        return HasilPeserta(dok, True)
    tujuan = siklus.folder_kerja / FOLDER / dok.path.name
    kini = tujuan if turunan(tujuan, dok.path) else dok.path
    medan = _baca_medan(kini)
    if not any(nama.startswith(AWALAN_MEDAN) for nama in medan.terisi):
        return HasilPeserta(dok, True)  # a template without the participants' cells
    peserta = peserta_dokumen(config, dok, hadir)
    if peserta is None:
        return HasilPeserta(dok, True)  # a Berita Acara of a meeting no longer recorded
    terisi = {nama for nama, ada in medan.terisi.items() if ada}
    berikut = _giliran(terisi, peserta)
    if pejabat is None or penanda is None or not _gilirannya(berikut, pejabat):
        return _keadaan(replace(dok, path=kini), berikut)
    assert berikut is not None and jaga is not None  # it is pejabat's turn, to sign
    masuk = sha256_berkas(kini)
    periksa_sebelum(dok, kini, masuk, config, jaga.tercatat, jaga.akar)
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    letak = medan.letak.get(berikut.medan)  # their cell's field, made by the paraf stage
    kotak = KotakTtd(*letak) if letak is not None else None
    tingkat = tingkat_paraf(config, dok)
    waktu = tandatangani_peserta(
        kini, tujuan, peserta, berikut, penanda, tingkat, kotak=kotak, terisi=terisi
    )
    baru = TtdBaru(masuk, sha256_berkas(tujuan), waktu, penanda.identitas)
    setelah = _giliran(terisi | {berikut.medan}, peserta)
    return replace(_keadaan(replace(dok, path=tujuan), setelah), ttd=baru)


@dataclass(frozen=True)
class _Jaga:
    """What a signing participant checks each Lembar against: the files as the last recorded
    acts left them, and the trusted roots of the paraf's signer."""

    tercatat: Mapping[str, str]
    akar: list[asn1_x509.Certificate]


def _gilirannya(berikut: Peserta | None, pejabat: Pejabat) -> bool:
    return berikut is not None and berikut.peran != PERAN_ATASAN and berikut.pejabat == pejabat


def _keadaan(dok: Dokumen, berikut: Peserta | None) -> HasilPeserta:
    """A Lembar is complete when no participant but the Atasan PPID is still to sign."""
    if berikut is None or berikut.peran == PERAN_ATASAN:
        return HasilPeserta(dok, True)
    return HasilPeserta(dok, False, menunggu=berikut)


def turunan(baru: Path, asal: Path) -> bool:
    """Whether ``baru`` is ``asal`` with incremental revisions appended (its first bytes are
    exactly ``asal``'s): a participant's file made from the current initialled one."""
    if not baru.is_file():
        return False
    isi = asal.read_bytes()
    if baru.stat().st_size < len(isi):
        return False
    with baru.open("rb") as f:
        return f.read(len(isi)) == isi
