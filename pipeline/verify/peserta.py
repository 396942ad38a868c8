"""Whether an archived Lembar or Berita Acara carries the signature of everyone who had to sign
it.

The manifest's entry of a Lembar Pengujian Konsekuensi, and of a Berita Acara Pengujian
Konsekuensi (those present at its meeting), lists its participants (``peserta``:
role, NIP, name, and whether they took part). Each who took part must have signed their own
field with a certificate naming them; a member who did not take part is reported as such,
never as missing. A signature by someone not on the list is named. An entry without the list
(a manifest filed before there was one, or a Lembar the Atasan PPID signed alone) asks for
nothing.

A missing signature makes the file INDETERMINATE, not INVALID: the signatures it carries are
intact and nothing was changed after them; what cannot be established is that everyone who
tested the item stands behind it (see docs/auditor.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.medan_ttd import medan_peserta, medan_ttd, nip_medan_asing, peran_medan
from pipeline.verify.model import Alasan, HasilTtd, PesertaLembar, Putusan

Hasil = tuple[Putusan, Alasan]


def peserta_dalam(pdf: Path, manifest: dict[str, Any] | None) -> tuple[PesertaLembar, ...]:
    """The participants the manifest lists for ``pdf`` (none outside an archive, for a file
    without the list, or for a list that is not one)."""
    if manifest is None or not isinstance(manifest.get("berkas"), list):
        return ()
    entri = next(
        (e for e in manifest["berkas"] if isinstance(e, dict) and e.get("nama") == pdf.name), {}
    )
    return peserta_entri(entri)


def peserta_entri(entri: dict[str, Any]) -> tuple[PesertaLembar, ...]:
    """The participants a manifest entry lists (none when it has no list, or not one)."""
    daftar = entri.get("peserta")
    if not isinstance(daftar, list):
        return ()
    return tuple(
        PesertaLembar(str(p.get("peran", "")), str(p.get("nip", "")), str(p.get("nama", "")),
                      p.get("hadir") is True)
        for p in daftar
        if isinstance(p, dict)
    )  # fmt: skip


def tanpa_ttd(pdf: BinaryIO, peserta: Sequence[PesertaLembar]) -> list[PesertaLembar]:
    """The participants who took part whose own field in ``pdf`` holds no signature, read from
    the form alone (for ``sidik archive check``; who signed is :func:`cek_peserta`'s work)."""
    terisi = {nama for nama, ada in medan_ttd(pdf).items() if ada}
    belum = [p for p in peserta if p.hadir and medan_peserta(p.peran, p.nip) not in terisi]
    if belum and any(peran_medan(nama) == "" for nama in terisi):
        pdf.seek(0)
        asing = nip_medan_asing(pdf)  # a service's own field (BSrE): by the certificate's NIP
        belum = [p for p in belum if p.nip not in asing]
    return belum


def cek_peserta(
    ttd: Sequence[HasilTtd], peserta: Sequence[PesertaLembar]
) -> tuple[list[HasilTtd], tuple[PesertaLembar, ...], list[Hasil]]:
    """The signatures (those by someone not listed marked), each participant with whether they
    signed their own field, and the verdicts this adds: INDETERMINATE for each participant
    who took part and did not sign, and for each signer who is not a participant."""
    if not peserta:
        return list(ttd), (), []
    ditandai = [
        replace(_dengan_peran(t, peserta), bukan_peserta=not any(_menyebut(t, p) for p in peserta))
        for t in ttd
    ]
    bertanda = tuple(replace(p, ditandatangani=_sudah(p, ttd)) for p in peserta)
    hasil = [
        (Putusan.INDETERMINATE, Alasan("SIGNER_MISSING", "alasan.belum_lengkap", _siapa(p)))
        for p in bertanda
        if p.status == "belum"
    ]
    hasil += [
        (
            Putusan.INDETERMINATE,
            Alasan("SIGNER_NOT_PARTICIPANT", "alasan.bukan_peserta", (("nama", t.penanda_tangan),)),
        )
        for t in ditandai
        if t.bukan_peserta
    ]
    return ditandai, bertanda, hasil


def _siapa(p: PesertaLembar) -> tuple[tuple[str, str], ...]:
    return (("nama", p.nama), ("peran", p.peran))


def _sudah(p: PesertaLembar, ttd: Sequence[HasilTtd]) -> bool:
    """Whether ``p``'s own field, or a field sidik does not name (a signing service such as
    BSrE names its own), holds a signature whose certificate names ``p``."""
    medan = medan_peserta(p.peran, p.nip)
    return any(t.medan in (medan, *_asing(t)) and _menyebut(t, p) for t in ttd)


def _asing(t: HasilTtd) -> tuple[str, ...]:
    """``t``'s field if sidik does not name it (it then stands for whoever signed in it)."""
    return (t.medan,) if peran_medan(t.medan) == "" else ()


def _dengan_peran(t: HasilTtd, peserta: Sequence[PesertaLembar]) -> HasilTtd:
    """A signature in a field sidik does not name takes the role of the participant its
    certificate names (the service that signed named the field, not the role)."""
    if t.peran:
        return t
    p = next((p for p in peserta if _menyebut(t, p)), None)
    return replace(t, peran=p.peran) if p is not None else t


def _menyebut(t: HasilTtd, p: PesertaLembar) -> bool:
    """Whether ``t``'s certificate names ``p``: by NIP, or by name when it holds no NIP (a
    certificate identifying its holder otherwise, e.g. by NIK)."""
    if t.nip:
        return t.nip == p.nip
    return _normal(t.penanda_tangan) == _normal(p.nama)


def _normal(nama: str) -> str:
    return " ".join(nama.casefold().split())
