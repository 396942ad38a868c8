"""The Lembar Pengujian Konsekuensi signed by everyone who tested the item, each in their cell.

The Lembar lists who took part in the test (the PPID Pelaksana, then each member of the Tim
Pertimbangan) with a "Tanda Tangan" column, and ends with the Atasan PPID's "Mengetahui".
Every participant signs with their own key, in that order, the Atasan PPID last. The Berita
Acara Pengujian Konsekuensi of a meeting is signed the same way by everyone present at it
(:func:`peserta_berita_acara`; :func:`peserta_dokumen` says who signs which document):

1. :func:`siapkan_lembar`, before anyone signs, adds ONE revision holding an empty signature
   field in the cell of every participant who took part (and one above the Atasan PPID's
   name) and writes "Tidak hadir" into the cell of a member who did not;
2. :func:`tandatangani_peserta` then signs one participant's own field, refusing anyone whose
   turn it is not; :func:`tandatangani_lembar` has every participant sign in order.

Each signature is an approval signature (no certification, no field lock): what it allows after
it is filling the other, already present, signature fields and adding validation data, so
every earlier signature stays VALID under pyHanko's difference analysis and ``pdfsig``.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.atomic import tulis_bytes_atomik
from pipeline.config import Config
from pipeline.errors import SigningFailed
from pipeline.fonts import cari_font
from pipeline.medan_ttd import (
    AWALAN_PESERTA,
    PERAN_ATASAN,
    PERAN_PPID,
    PERAN_TIM,
    MedanTtd,
    baca_medan,
    medan_peserta,
)
from pipeline.messages import terjemah
from pipeline.model import Dokumen, JenisDokumen, Pejabat, RapatTim
from pipeline.pdfa import penulis_revisi
from pipeline.signing.dasar import OpsiTtd, Penanda
from pipeline.signing.stempel import TEKS, TEKS_RINGKAS
from pipeline.signing.tampilan import KotakTtd, TeksPdf, buka_teks, cari_kotak_ttd, cari_nama
from pipeline.stages.lapisan import tempel_lapisan, ukuran_halaman

JANGKAR_PESERTA = "Tanda Tangan"  # the heading of the participants' signature column
LEBAR_KOLOM = 107.7  # points: the template's 3.8 cm "Tanda Tangan" column
NOMOR, ATAS_NAMA, BAWAH_NAMA = 12.0, 9.0, 45.0  # room left for "1."; the box around the name
FONT = "SidikLembar"
AWALAN_MEDAN = AWALAN_PESERTA  # the participants' field names: TTE_<peran>_<NIP>
PESERTA_MENANDATANGANI = (JenisDokumen.LEMBAR_UJI, JenisDokumen.BERITA_ACARA)
"""The documents every participant signs in their own cell before the Atasan PPID."""


@dataclass(frozen=True)
class Peserta:
    """One participant of the test: the official, their role, and whether they took part."""

    pejabat: Pejabat
    peran: str
    hadir: bool = True

    @property
    def medan(self) -> str:
        """The name of their signature field (the Atasan PPID's is the other documents')."""
        return medan_peserta(self.peran, self.pejabat.nip)


@dataclass(frozen=True)
class PenandaPeserta:
    """What the sign stage needs to have a Lembar signed by all its participants: their own
    signers by NIP (the Atasan PPID's is the stage's), the NIPs of the Tim members who took
    part in each item's test (by item number: those who decided), and those the team rule
    requires (:func:`pipeline.alur.aturan_tim.wajib_hadir`), and each meeting of the Tim by
    the name of its Berita Acara (who was present at it)."""

    penanda: Mapping[str, Penanda]
    hadir: Mapping[int, Collection[str]]
    wajib: Collection[str] = ()
    rapat: Mapping[str, RapatTim] = field(default_factory=dict)


@dataclass(frozen=True)
class TtdPeserta:
    """A participant's part in a signed Lembar: when they signed, or None (did not take part)."""

    peserta: Peserta
    waktu: datetime | None


def peserta_lembar(
    config: Config, unit_kerja: str | None, hadir: Collection[str], wajib: Collection[str]
) -> list[Peserta]:
    """Who signs the Lembar of an item of ``unit_kerja``, in signing order.

    ``hadir`` are the NIPs of the Tim members who took part (decided on the item), ``wajib``
    those the team rule requires (:func:`pipeline.alur.aturan_tim.wajib_hadir`): a required
    member who did not take part is refused, nobody signs for them.
    """
    for anggota in config.tim_pertimbangan:
        if anggota.nip in wajib and anggota.nip not in hadir:
            raise SigningFailed("lembar.wajib_tidak_hadir", nama=anggota.nama)
    ppid = config.pemeriksa(unit_kerja) if unit_kerja else config.ppid_pelaksana
    tim = [Peserta(p, PERAN_TIM, p.nip in hadir) for p in config.tim_pertimbangan]
    return [Peserta(ppid, PERAN_PPID), *tim, Peserta(config.atasan_ppid, PERAN_ATASAN)]


def peserta_berita_acara(config: Config, rapat: RapatTim) -> list[Peserta]:
    """Who signs the Berita Acara of ``rapat``, in signing order (that of the Lembar): the
    PPID Pelaksana of the units whose items it decided, each Tim member present at it
    (:attr:`~pipeline.model.RapatTim.hadir`), then the Atasan PPID ("Mengetahui"). A member
    absent from the meeting is not one of its participants at all."""
    unit = {config.pemeriksa(p.item.unit_kerja).nip for p in rapat.putusan}
    ppid = [p for p in config.ppid_semua() if p.nip in unit] or [config.ppid_pelaksana]
    tim = [p for p in config.tim_pertimbangan if rapat.hadir is None or p.nip in rapat.hadir]
    return [
        *(Peserta(p, PERAN_PPID) for p in ppid),
        *(Peserta(p, PERAN_TIM) for p in tim),
        Peserta(config.atasan_ppid, PERAN_ATASAN),
    ]


def peserta_dokumen(config: Config, dok: Dokumen, hadir: PenandaPeserta) -> list[Peserta] | None:
    """Who signs ``dok``, in signing order: a Lembar's participants (:func:`peserta_lembar`),
    a Berita Acara's (:func:`peserta_berita_acara`); None for a document only the Atasan PPID
    signs (the DIK, the SK) or a Berita Acara of a meeting ``hadir`` does not know."""
    if dok.jenis is JenisDokumen.LEMBAR_UJI and dok.item_no is not None:
        ikut = hadir.hadir.get(dok.item_no, ())
        return peserta_lembar(config, dok.unit_kerja, ikut, hadir.wajib)
    rapat = hadir.rapat.get(dok.nama) if dok.jenis is JenisDokumen.BERITA_ACARA else None
    return peserta_berita_acara(config, rapat) if rapat is not None else None


def kotak_peserta(pdf: Path | TeksPdf, peserta: Peserta) -> KotakTtd:
    """The box of ``peserta``'s signature: their "Tanda Tangan" cell, or above the Atasan
    PPID's name under "Mengetahui".

    The cell is found from the participants' table in the PDF itself: its row is that of the
    participant's name (the first occurrence after the column heading :data:`JANGKAR_PESERTA`),
    its column is centred under that heading.
    """
    if isinstance(pdf, Path):
        with buka_teks(pdf) as teks:
            return kotak_peserta(teks, peserta)
    nama = peserta.pejabat.nama
    if peserta.peran == PERAN_ATASAN:
        return cari_kotak_ttd(pdf, nama)
    baris = cari_nama(pdf, nama, JANGKAR_PESERTA)
    kolom = cari_nama(pdf, JANGKAR_PESERTA)
    if baris is None or kolom is None:
        raise SigningFailed("ttd.blok_tidak_ada", nama=nama, berkas=str(pdf.path))
    indeks, _, y, _ = baris
    tengah = _tengah_judul(pdf, kolom)
    x1, x2 = tengah - LEBAR_KOLOM / 2 + NOMOR, tengah + LEBAR_KOLOM / 2 - 3
    return KotakTtd(indeks, (int(x1), int(y - BAWAH_NAMA), int(x2), int(y + ATAS_NAMA)))


def kotak_semua(pdf: Path, peserta: Sequence[Peserta]) -> dict[str, KotakTtd]:
    """Every participant's box (:func:`kotak_peserta`) by field name, the PDF opened once."""
    with buka_teks(pdf) as teks:
        return {p.medan: kotak_peserta(teks, p) for p in peserta}


def _tengah_judul(pdf: TeksPdf, kolom: tuple[int, float, float, float]) -> float:
    """The x of the middle of the (centred) column heading found at ``kolom``."""
    indeks, kiri, _, _ = kolom
    teks = pdf.halaman(indeks)[1]
    cocok = teks.search(JANGKAR_PESERTA, match_case=True).get_next()
    assert cocok is not None  # cari_nama found it on this page
    kanan = teks.get_charbox(cocok[0] + cocok[1] - 1)[2]
    return (kiri + kanan) / 2


def siapkan_lembar(
    sumber: Path,
    tujuan: Path,
    peserta: Sequence[Peserta],
    kotak: Mapping[str, KotakTtd] | None = None,
    waktu: datetime | None = None,
    fsync: bool = True,
) -> None:
    """Copy ``sumber`` to ``tujuan`` with an empty signature field for every participant who
    took part, and "Tidak hadir" in the cell of each who did not (one incremental revision).
    A field already there is kept: the paraf stage makes every participant's field before the
    paraf signature, and an absent member's field then simply stays unsigned (writing in their
    cell would break that signature).

    ``kotak``: each participant's box by field name, if already found (:func:`kotak_peserta`);
    ``waktu`` dates the revision (the paraf's time, so that it is the same bytes on every run);
    ``fsync=False`` for a draft the same act signs next (:func:`pipeline.atomic.tulis_atomik`).
    """
    kotak = kotak or kotak_semua(sumber, peserta)
    with sumber.open("rb") as f:
        penulis = penulis_revisi(f, waktu)
        lapisan: list[list[bytes]] = [[] for _ in range(int(penulis.root["/Pages"]["/Count"]))]
        tambah_medan_peserta(penulis, peserta, kotak, lapisan)
        tempel_lapisan(penulis, lapisan)
        keluaran = io.BytesIO()
        penulis.write(keluaran)
    tulis_bytes_atomik(tujuan, keluaran.getvalue(), fsync=fsync)


def tambah_medan_peserta(
    penulis: IncrementalPdfFileWriter,
    peserta: Sequence[Peserta],
    kotak: Mapping[str, KotakTtd],
    lapisan: list[list[bytes]],
) -> None:
    """Into the revision ``penulis`` is making: an empty signature field in the box
    (``kotak``, by field name) of every participant who took part, and "Tidak hadir" in the
    cell of each who did not (a layer of its page in ``lapisan``, for
    :func:`~pipeline.stages.lapisan.tempel_lapisan`). A field already there is kept."""
    ada = {nama for nama, *_ in fields.enumerate_sig_fields(penulis)}
    for p in (p for p in peserta if p.medan not in ada):
        k = kotak[p.medan]
        if p.hadir:
            spec = fields.SigFieldSpec(p.medan, on_page=k.halaman, box=k.kotak)
            fields.append_signature_field(penulis, spec)
        else:
            lapisan[k.halaman].append(_tidak_hadir(ukuran_halaman(penulis, k.halaman), k))


def giliran(pdf: Path, peserta: Sequence[Peserta]) -> Peserta | None:
    """The participant whose signature the Lembar waits for (None once all have signed)."""
    return _giliran(_medan_terisi(pdf), peserta)


def _giliran(terisi: Collection[str], peserta: Sequence[Peserta]) -> Peserta | None:
    return next((p for p in peserta if p.hadir and p.medan not in terisi), None)


def tandatangani_peserta(
    sumber: Path,
    tujuan: Path,
    peserta: Sequence[Peserta],
    yang_menandatangani: Peserta,
    penanda: Penanda,
    tingkat: str = "B-B",
    tautan: str = "",
    kotak: KotakTtd | None = None,
    terisi: Collection[str] | None = None,
) -> datetime:
    """``yang_menandatangani`` signs the prepared Lembar ``sumber`` into ``tujuan``, in their
    own field, when it is their turn (the order of ``peserta``); returns the signing time.

    ``tautan`` is the verification URL the Atasan PPID's stamp carries as a QR code; ``kotak``
    their field's box if already found (:func:`kotak_peserta`, or the field's own);
    ``terisi`` the signed fields of ``sumber`` if already read (:func:`_baca_medan`)."""
    terisi = _medan_terisi(sumber) if terisi is None else terisi
    opsi = opsi_peserta(str(sumber), peserta, yang_menandatangani, terisi, tingkat, tautan)
    kotak = kotak or kotak_peserta(sumber, yang_menandatangani)
    return penanda.tanda_tangani(sumber, tujuan, kotak, opsi)


def opsi_peserta(
    berkas: str,
    peserta: Sequence[Peserta],
    yang_menandatangani: Peserta,
    terisi: Collection[str],
    tingkat: str = "B-B",
    tautan: str = "",
) -> OpsiTtd:
    """The options of ``yang_menandatangani``'s signature on the Lembar ``berkas`` whose
    signed fields are ``terisi``: refused unless it is their turn (the order of ``peserta``).
    ``tautan``: the QR code, on the Atasan PPID's stamp only."""
    nama = yang_menandatangani.pejabat.nama
    if yang_menandatangani not in peserta or not yang_menandatangani.hadir:
        raise SigningFailed("lembar.bukan_peserta", nama=nama, berkas=berkas)
    if yang_menandatangani.medan in terisi:
        raise SigningFailed("lembar.sudah_ditandatangani", nama=nama, berkas=berkas)
    berikut = _giliran(terisi, peserta)
    if berikut != yang_menandatangani:
        assert berikut is not None  # someone has not signed: this signer, at least
        raise SigningFailed(
            "lembar.bukan_giliran", nama=nama, giliran=berikut.pejabat.nama, berkas=berkas
        )
    atasan = yang_menandatangani.peran == PERAN_ATASAN
    return OpsiTtd(
        tingkat,
        tautan if atasan else "",  # the QR code: the Atasan PPID's stamp only
        yang_menandatangani.medan,
        TEKS if atasan else TEKS_RINGKAS,
    )


def tandatangani_lembar(
    sumber: Path,
    tujuan: Path,
    peserta: Sequence[Peserta],
    penanda: Mapping[str, Penanda],
    tingkat: str = "B-B",
    tautan: str = "",
) -> list[TtdPeserta]:
    """Prepare ``sumber`` and have every participant who took part sign it, in order, each
    with their own signer (``penanda`` by NIP); ``tujuan`` receives the fully signed Lembar.

    Returns each participant's part, the absent ones with no time. ``tautan``: the QR code of
    the Atasan PPID's stamp.
    """
    for p in peserta:
        if p.hadir and p.pejabat.nip not in penanda:
            raise SigningFailed("lembar.tanpa_penanda", nama=p.pejabat.nama, peran=p.peran)
    hasil = []
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    # the intermediate revisions stay beside the result (the work folder), never half-written
    # where users look
    with tempfile.TemporaryDirectory(prefix=".lembar-", dir=tujuan.parent) as tmp:
        kini = Path(tmp) / sumber.name
        kotak = kotak_semua(sumber, peserta)
        sendiri = {p.medan for p in peserta if p.hadir and p.peran != PERAN_ATASAN}
        if sendiri <= _medan_semua(sumber):
            # prepared by the paraf stage, before its signature; the Atasan PPID's field is
            # made by their own signature
            shutil.copyfile(sumber, kini)
        else:
            siapkan_lembar(sumber, kini, peserta, kotak)
        for i, p in enumerate(peserta):
            if not p.hadir:
                hasil.append(TtdPeserta(p, None))
                continue
            berikut = Path(tmp) / f"{i}-{sumber.name}"
            waktu = tandatangani_peserta(
                kini, berikut, peserta, p, penanda[p.pejabat.nip], tingkat, tautan, kotak[p.medan]
            )
            hasil.append(TtdPeserta(p, waktu))
            kini = berikut
        tulis_bytes_atomik(tujuan, kini.read_bytes())
    return hasil


def sign_lembar(
    dok: Dokumen,
    tujuan: Path,
    config: Config,
    atasan: Penanda,
    peserta_penanda: PenandaPeserta,
    opsi: OpsiTtd,
) -> datetime:
    """The sign stage's work on one Lembar or Berita Acara: the Atasan PPID (``atasan``) signs
    last, at ``opsi``'s level and with its QR code, once every participant of ``dok`` has
    (:func:`peserta_dokumen`); with participants' signers in ``peserta_penanda`` they all sign
    here first, in order. Returns the time of the Atasan PPID's signature; a participant's
    missing signature is refused."""
    peserta = peserta_dokumen(config, dok, peserta_penanda)
    if peserta is None:
        raise SigningFailed("ttd.blok_tidak_ada", nama=config.atasan_ppid.nama, berkas=dok.nama)
    if not peserta_penanda.penanda:  # the participants signed before, each as their own act
        return tandatangani_peserta(
            dok.path, tujuan, peserta, peserta[-1], atasan, opsi.tingkat, opsi.tautan
        )
    penanda = {**peserta_penanda.penanda, config.atasan_ppid.nip: atasan}
    hasil = tandatangani_lembar(dok.path, tujuan, peserta, penanda, opsi.tingkat, opsi.tautan)
    waktu = hasil[-1].waktu
    assert waktu is not None  # the Atasan PPID always signs
    return waktu


def punya_medan_peserta(pdf: Path) -> bool:
    """Whether ``pdf`` has the participants' signature fields (made by the paraf stage)."""
    return any(nama.startswith(AWALAN_MEDAN) for nama in _medan_ttd(pdf))


def _medan_ttd(pdf: Path) -> dict[str, bool]:
    return _baca_medan(pdf).terisi


def _baca_medan(pdf: Path) -> MedanTtd:
    with pdf.open("rb") as f:
        return baca_medan(f)


def _medan_semua(pdf: Path) -> set[str]:
    """The names of every signature field of ``pdf``, signed or empty."""
    return set(_medan_ttd(pdf))


def _medan_terisi(pdf: Path) -> set[str]:
    """The names of the signature fields of ``pdf`` that hold a signature."""
    return {nama for nama, terisi in _medan_ttd(pdf).items() if terisi}


@cache
def _tidak_hadir(ukuran: tuple[float, float], kotak: KotakTtd) -> bytes:
    """A one-page PDF of the page's size saying "Tidak hadir" in ``kotak``."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(cari_font("miring"))))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=ukuran, pageCompression=1, initialFontName=FONT, invariant=1)
    x1, y1, x2, y2 = kotak.kotak
    c.setFont(FONT, 9)
    c.drawCentredString((x1 + x2) / 2, (y1 + y2) / 2 - 3, terjemah("lembar.tidak_hadir", "id"))
    c.save()
    return buf.getvalue()
