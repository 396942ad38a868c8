"""A verification as a citizen reads it: times in the office's zone, the document named by its
information, reasons in words, the certificates and a mark for test roots (table and HTML)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.legal.tanggal import format_tanggal
from pipeline.medan_ttd import PERAN_PARAF
from pipeline.messages import bahasa_aktif, terjemah
from pipeline.model import JenisDokumen
from pipeline.verify.manifest import Penyegel
from pipeline.verify.model import Alasan, HasilTtd, HasilVerifikasi
from pipeline.zona import di_kantor, nama_zona

if TYPE_CHECKING:
    from pipeline.verify.ttd_manifest import SegelArsip

_KEADAAN = {"belum": "verifikasi.belum_ttd", "tidak_hadir": "verifikasi.tidak_hadir"}
_JENIS = {j.value for j in JenisDokumen}  # each has a name in the catalogue (jenis.*)
_BULAN_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def teks_alasan(a: Alasan) -> str:
    """A reason in the active language (a ``peran`` parameter is a role's code, said in
    words: see :func:`peran`)."""
    params = dict(a.params)
    if "peran" in params:
        params["peran"] = peran(params["peran"])
    return terjemah(a.message_id, **params)


def penyegel(p: Penyegel | None) -> str:
    """Who sealed an archive's manifest, as their certificate names them ("-" for nobody)."""
    if p is None or not p.nama:
        return terjemah("arsip.tanpa_penyegel")
    pesan = "arsip.penyegel" if p.nip else "arsip.penyegel_tanpa_nip"
    return terjemah(pesan, nama=p.nama, nip=p.nip)


def teks_segel(s: SegelArsip, folder: str) -> str:
    """An archive folder's seal in words: its signature's status and who sealed it; the
    folder named as ``folder`` (a path on the terminal, relative in a report)."""
    status = terjemah(f"arsip.status_ttd.{s.status.value}")
    return terjemah("verifikasi.segel", folder=folder, status=status, penyegel=penyegel(s.penyegel))


def peran(kode: str) -> str:
    """A signature's role (:mod:`pipeline.medan_ttd`) in words; '' stays ''."""
    if not kode:
        return ""
    return terjemah("verifikasi.peran_paraf" if kode == PERAN_PARAF else f"peran.{kode}")


def ttd(t: HasilTtd) -> list[str]:
    """One signature as a row of the table and the HTML report: signer, role, time, level,
    verdict and reasons (a signer who is not a participant named so)."""
    kata = [teks_alasan(a) for a in t.alasan]
    if t.bukan_peserta:
        kata.append(terjemah("verifikasi.bukan_peserta"))
    waktu = tanggal(t.waktu_stempel or t.waktu)
    return [t.penanda_tangan, peran(t.peran), waktu, t.tingkat, t.putusan.value, "; ".join(kata)]


def peserta_tanpa_ttd(h: HasilVerifikasi) -> list[list[str]]:
    """The listed participants the file has no signature of, as rows like :func:`ttd`'s:
    those who took part (not yet signed) and those who did not (absent)."""
    return [
        [p.nama, peran(p.peran), "", "", "", terjemah(_KEADAAN[p.status])]
        for p in h.peserta
        if not p.ditandatangani
    ]


def rinci(h: HasilVerifikasi) -> bool:
    """Whether a file is shown with a row per signature (more than one, or a list of
    participants to check against)."""
    return len(h.tanda_tangan) > 1 or bool(h.peserta)


def tanggal(iso: str, *, jam: bool = True) -> str:
    """An ISO time as the stamp writes it: ``6 Desember 2026 03:17:40 WIB`` ('' stays '')."""
    if not iso:
        return ""
    w = di_kantor(datetime.fromisoformat(iso))
    hari = (
        format_tanggal(w.date())
        if bahasa_aktif() == "id"
        else f"{w.day} {_BULAN_EN[w.month - 1]} {w.year}"
    )
    return f"{hari} {w:%H:%M:%S} {nama_zona()}" if jam else hari


def dokumen(h: HasilVerifikasi) -> str:
    """The document and the information it is about, as the archive records them."""
    if not h.jenis:
        return ""
    jenis = terjemah(f"jenis.{h.jenis}") if h.jenis in _JENIS else h.jenis
    return terjemah("verifikasi.dokumen_judul", jenis=jenis, judul=h.judul) if h.judul else jenis


def alasan(h: HasilVerifikasi) -> str:
    """The reasons in words (codes stay in the JSON), with the test-root mark if any."""
    kata = [teks_alasan(a) for a in h.alasan]
    if h.akar_uji:
        kata.append(terjemah("verifikasi.uji_singkat"))
    return "; ".join(kata)


def sertifikat(hasil: Sequence[HasilVerifikasi]) -> list[str]:
    """One sentence per distinct signing certificate: who issued it and when it is valid."""
    dilihat: dict[str, HasilTtd] = {}
    for h in hasil:
        for t in (*h.tanda_tangan, *h.stempel_dokumen):
            dilihat.setdefault(t.sertifikat_sha256 or t.penanda_tangan, t)
    return [
        terjemah(
            "verifikasi.sertifikat",
            nama=t.penanda_tangan,
            penerbit=t.penerbit,
            mulai=tanggal(t.berlaku_mulai, jam=False),
            sampai=tanggal(t.berlaku_sampai, jam=False),
        )
        for t in dilihat.values()
        if t.penerbit
    ]


def peringatan_uji(hasil: Sequence[HasilVerifikasi]) -> str:
    """The sentence warning that files are signed with a test certificate ('' if none is)."""
    n = sum(1 for h in hasil if h.akar_uji)
    return terjemah("verifikasi.uji", n=n) if n else ""


def nama_relatif(berkas: Path, jalur: Sequence[Path]) -> str:
    """``berkas`` named relative to the folder verified (a file named itself: its name), so a
    report shows no local paths."""
    for j in jalur:
        if j.is_dir() and berkas.is_relative_to(j):
            return berkas.relative_to(j).as_posix()
    return berkas.name
