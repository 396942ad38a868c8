"""Stage peserta: one participant of the test signs, in their own "Tanda Tangan" cell, every
Lembar Pengujian Konsekuensi and Berita Acara Pengujian Konsekuensi whose turn is theirs.

A Lembar goes from its initialled file (``paraf/``) to ``peserta/``, one incremental signature
per participant, in the order of :func:`pipeline.stages.lembar.peserta_lembar` (the PPID
Pelaksana, then each Tim member who took part); it is complete when only the Atasan PPID's
"Mengetahui" is left, which the sign stage adds. A Berita Acara goes the same way, signed by
everyone present at its meeting (:func:`pipeline.stages.lembar.peserta_berita_acara`). Each
signature is its own act, with its participant's own signer and its own event in the ledger:
the stage signs for one participant (``sidik sign --peran``), or for several (``sidik run``
on their behalf) reading each document once, each of them signing in turn the bytes the one
before left in memory, the file written once after the last. A document without
participants' fields (the DIK, the SK, a document of an office's own template) passes through
as it is.

The file in ``peserta/`` is sidik's own: a signature is added to it in place, and it is only
trusted while it grows from the current initialled file (its first bytes are that file's):
after a new paraf it starts again from there.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509

from pipeline import zona
from pipeline.atomic import tulis_bytes_atomik
from pipeline.config import Config
from pipeline.medan_ttd import MedanTtd, baca_medan
from pipeline.model import Dokumen, Pejabat, Siklus
from pipeline.progres import peta
from pipeline.signing import pades
from pipeline.signing.dasar import Penanda, PenandaLokal, tanda_tangani_data
from pipeline.signing.penanda import PenandaPkcs12
from pipeline.signing.stempel import TEKS_RINGKAS, siapkan_stempel
from pipeline.signing.tampilan import KotakTtd
from pipeline.stages.lembar import (
    AWALAN_MEDAN,
    PERAN_ATASAN,
    PESERTA_MENANDATANGANI,
    PenandaPeserta,
    Peserta,
    _giliran,
    kotak_peserta,
    opsi_peserta,
    peserta_dokumen,
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
    peran: str = ""  # the role they signed in (their field's)


@dataclass(frozen=True)
class HasilPeserta:
    """One document after the participants' acts: its current file, whether every participant
    who took part has signed it, the signatures made now (in order) and who it still waits
    for: first ``menunggu``, then the others of ``belum`` (in signing order)."""

    dokumen: Dokumen
    lengkap: bool
    ttd: tuple[TtdBaru, ...] = ()
    menunggu: Peserta | None = None
    belum: tuple[Peserta, ...] = ()


def tandatangani_giliran(
    dokumen: Sequence[Dokumen],
    siklus: Siklus,
    config: Config,
    hadir: PenandaPeserta,
    penanda: Mapping[str, Penanda] | None = None,
    lapor: Callable[[int], None] | None = None,
    tercatat: Mapping[str, str] | None = None,
) -> list[HasilPeserta]:
    """Every participant with a signer in ``penanda`` (by NIP) signs each of ``dokumen`` when
    their turn comes, in signing order; the others are only looked at (``penanda`` empty: look
    at all, sign none).

    A document is read once for all of them: each signs, with their own signer, the bytes the
    one before left in memory, and the file is written once, after the last. ``dokumen`` are
    the initialled files; ``hadir`` says who took part in each item's test. Before the first
    signature the Lembar's paraf is checked (:func:`periksa_sebelum`; ``tercatat`` each file
    as the last recorded act left it). With key files the batch is spread over the cores
    (the keys loaded once before the fork).
    """
    penanda = penanda or {}
    jaga: _Jaga | None = None
    if penanda:
        jaga = _Jaga(tercatat or {}, pades.muat_akar(config.verifikasi.akar_tepercaya))
    for p in penanda.values():
        if isinstance(p, PenandaLokal):
            for tingkat in {tingkat_paraf(config, d) for d in dokumen}:
                p.konteks(tingkat)  # revocation checked once, before the workers fork
            siapkan_stempel(p.identitas, zona.sekarang(), TEKS_RINGKAS)

    def satu(dok: Dokumen) -> HasilPeserta:
        return _satu(dok, siklus, config, hadir, penanda, jaga)

    tunggal = not all(isinstance(p, PenandaPkcs12) for p in penanda.values())
    return peta(satu, dokumen, lapor, 1 if tunggal else None)


def _satu(
    dok: Dokumen,
    siklus: Siklus,
    config: Config,
    hadir: PenandaPeserta,
    penanda: Mapping[str, Penanda],
    jaga: _Jaga | None = None,
) -> HasilPeserta:
    if dok.jenis not in PESERTA_MENANDATANGANI:
        return HasilPeserta(dok, True)
    tujuan = siklus.folder_kerja / FOLDER / dok.path.name
    kini = tujuan if turunan(tujuan, dok.path) else dok.path
    data = kini.read_bytes()
    medan = baca_medan(io.BytesIO(data))
    if not any(nama.startswith(AWALAN_MEDAN) for nama in medan.terisi):
        return HasilPeserta(dok, True)  # a template without the participants' cells
    peserta = peserta_dokumen(config, dok, hadir)
    if peserta is None:
        return HasilPeserta(dok, True)  # a Berita Acara of a meeting no longer recorded
    terisi = {nama for nama, ada in medan.terisi.items() if ada}
    if _penandanya(_giliran(terisi, peserta), penanda) is None:
        return _keadaan(replace(dok, path=kini), terisi, peserta)
    assert jaga is not None  # someone of ``penanda`` is to sign
    lembar = _Lembar(dok, kini, peserta, medan, tingkat_paraf(config, dok))
    periksa_sebelum(dok, kini, _sha256(data), config, jaga.tercatat, jaga.akar)
    data, ttd = _berturut(lembar, data, terisi, penanda)
    tulis_bytes_atomik(tujuan, data)  # once, after the last of them
    return replace(_keadaan(replace(dok, path=tujuan), terisi, peserta), ttd=tuple(ttd))


@dataclass(frozen=True)
class _Lembar:
    """A Lembar (or Berita Acara) being signed: its document, the file it was read from, who
    signs it in which order, its signature fields, and the level of their signatures."""

    dok: Dokumen
    berkas: Path
    peserta: Sequence[Peserta]
    medan: MedanTtd
    tingkat: str


def _berturut(
    lembar: _Lembar, data: bytes, terisi: set[str], penanda: Mapping[str, Penanda]
) -> tuple[bytes, list[TtdBaru]]:
    """Each participant of ``penanda`` whose turn comes signs ``data`` in turn, each the bytes
    the one before left; ``terisi`` grows by their fields. Returns the last bytes and each
    signature."""
    ttd: list[TtdBaru] = []
    masuk = _sha256(data)
    while (berikut := _giliran(terisi, lembar.peserta)) is not None:
        p = _penandanya(berikut, penanda)
        if p is None:
            break
        letak = lembar.medan.letak.get(berikut.medan)  # their cell's field, made by paraf
        kotak = KotakTtd(*letak) if letak is not None else kotak_peserta(lembar.berkas, berikut)
        berkas = str(lembar.berkas)
        opsi = opsi_peserta(berkas, lembar.peserta, berikut, terisi, lembar.tingkat)
        data, waktu = tanda_tangani_data(p, data, kotak, opsi, berkas)
        keluar = _sha256(data)
        ttd.append(TtdBaru(masuk, keluar, waktu, p.identitas, berikut.peran))
        terisi.add(berikut.medan)
        masuk = keluar
    return data, ttd


@dataclass(frozen=True)
class _Jaga:
    """What a signing participant checks each Lembar against: the files as the last recorded
    acts left them, and the trusted roots of the paraf's signer."""

    tercatat: Mapping[str, str]
    akar: list[asn1_x509.Certificate]


def _penandanya(berikut: Peserta | None, penanda: Mapping[str, Penanda]) -> Penanda | None:
    """The signer of ``berikut``, the participant whose turn it is, if they sign in this act
    (never the Atasan PPID: theirs is the sign stage)."""
    if berikut is None or berikut.peran == PERAN_ATASAN:
        return None
    return penanda.get(berikut.pejabat.nip)


def _keadaan(dok: Dokumen, terisi: Collection[str], peserta: Sequence[Peserta]) -> HasilPeserta:
    """A Lembar is complete when no participant but the Atasan PPID is still to sign."""
    belum = tuple(
        p for p in peserta if p.hadir and p.peran != PERAN_ATASAN and p.medan not in terisi
    )
    if not belum:
        return HasilPeserta(dok, True)
    return HasilPeserta(dok, False, menunggu=belum[0], belum=belum)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
