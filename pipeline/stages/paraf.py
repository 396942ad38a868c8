"""Stage paraf: the officials' initials drawn into the page content before signing.

Following the rules of official correspondence (domain.md section 4): the checking official
(the unit's PPID Pelaksana) initials the bottom right of every page, and the hierarchy of up to
three officials who checked the document (``[paraf] hierarki``) initial beside the signer's
name on the last page. A mark is real page content (not an annotation): a PNG with
transparency when ``[paraf.gambar]`` names one for the official's NIP (an image soft mask,
which PDF/A-2 permits), else the initials typeset in an embedded TrueType font. The same pass
draws the e-signature statement (``[penandatanganan] teks_kaki``) at the foot of every page, so
each document is read and written once and everything the Atasan PPID later signs is in it.
The checking official then signs the initialled file with their own key (invisibly, see
:mod:`pipeline.stages.paraf_ttd`), so the paraf is verifiable like any signature.
"""

from __future__ import annotations

import io
import logging
import textwrap
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import cache
from pathlib import Path

from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.atomic import tulis_bytes_atomik
from pipeline.config import Config
from pipeline.errors import InputInvalid, SigningFailed
from pipeline.fonts import cari_font
from pipeline.messages import terjemah
from pipeline.model import Dokumen, JenisDokumen, Pejabat, RapatTim, Siklus
from pipeline.pdfa import penulis_revisi
from pipeline.progres import peta
from pipeline.signing.dasar import Penanda
from pipeline.signing.tampilan import KotakTtd, Posisi, buka_teks, cari_nama, jangkar_untuk
from pipeline.stages.lapisan import tempel_lapisan, ukuran_halaman
from pipeline.stages.lembar import (
    PERAN_ATASAN,
    PESERTA_MENANDATANGANI,
    PenandaPeserta,
    Peserta,
    kotak_peserta,
    peserta_dokumen,
    tambah_medan_peserta,
)
from pipeline.stages.paraf_ttd import (
    penanda_paraf,
    proses_untuk,
    tandatangani_paraf,
    tingkat_paraf,
    tutup_semua,
)

log = logging.getLogger(__name__)
FONT, FONT_TEGAK = "SidikParaf", "SidikParafTegak"
LEBAR, TINGGI, TEPI = 56.0, 26.0, 28.0  # points: mark box, margin from page edge
LEBAR_LABEL, LEBAR_MARKA, TINGGI_BARIS = 118.0, 40.0, 18.0  # the hierarchy table
UKURAN_LABEL, SPASI_LABEL = 5.5, 6.5  # a title in that table: font size, line spacing
UKURAN_KAKI, LEBAR_KAKI = 6.5, 120  # the footer statement: font size, characters per line
Marka = tuple[str, Path | None]  # initials, and the PNG to draw instead of them if any


def paraf(
    dokumen: Sequence[Dokumen],
    siklus: Siklus,
    config: Config,
    lapor: Callable[[int], None] | None = None,
    penanda: Mapping[str, Penanda] | None = None,
    hadir: Mapping[int, Collection[str]] | None = None,
    rapat: Mapping[str, RapatTim] | None = None,
) -> list[Dokumen]:
    """Stamp the paraf marks on each PDF into ``paraf/``, each then signed by the PPID
    Pelaksana who checked it (:mod:`pipeline.stages.paraf_ttd`), over the cores.

    ``penanda`` are the PPID Pelaksana's signers by NIP (their own keys, loaded here if
    None); ``lapor(n)`` hears how many documents are done; ``hadir``: the NIPs of the Tim
    members who took part in each item's test (a Lembar's cell of a member who did not says
    "Tidak hadir"; all of them when not given); ``rapat``: each meeting of the Tim by the name
    of its Berita Acara (whose cells are made for those present at it).
    """
    peserta = PenandaPeserta({}, hadir or {}, (), rapat or {})
    if penanda is not None:
        return _paraf(dokumen, siklus, config, penanda, lapor, peserta)
    dimuat = penanda_paraf(config, dokumen)
    try:
        return _paraf(dokumen, siklus, config, dimuat, lapor, peserta)
    finally:
        tutup_semua(dimuat)


def _paraf(
    dokumen: Sequence[Dokumen],
    siklus: Siklus,
    config: Config,
    penanda: Mapping[str, Penanda],
    lapor: Callable[[int], None] | None,
    hadir: PenandaPeserta,
) -> list[Dokumen]:
    folder = siklus.folder_kerja / "paraf"
    _daftarkan_font()  # once, before the workers are forked

    def satu(dok: Dokumen) -> Dokumen:
        pemeriksa = config.pemeriksa(dok.unit_kerja)
        hierarki = [(p.jabatan, marka(p, config)) for p in pejabat_hierarki(config, dok)]
        tujuan = folder / dok.path.name
        bubuhkan_paraf(
            dok.path,
            tujuan,
            pemeriksa,
            marka(pemeriksa, config),
            hierarki,
            config.atasan_ppid,
            config.penandatanganan.teks_kaki,
            siklus.waktu_dokumen,
            jangkar_untuk(dok.jenis),
            fsync=False,  # a draft: its signature, next, is the stage's durable write
            peserta=peserta_sendiri(config, dok, hadir),
        )
        tandatangani_paraf(tujuan, penanda[pemeriksa.nip], tingkat_paraf(config, dok))
        return replace(dok, path=tujuan)

    return peta(satu, dokumen, lapor, proses_untuk(penanda))


def peserta_sendiri(config: Config, dok: Dokumen, hadir: PenandaPeserta) -> list[Peserta]:
    """The participants whose empty signature fields the paraf adds to the Lembar or Berita
    Acara ``dok``, before the paraf signature (signing an existing field later keeps the
    paraf signature valid; adding one would not): all but the Atasan PPID, whose signature
    makes their field, as on every document. In a Lembar the cell of a Tim member who did not
    take part in its item's test says "Tidak hadir" (all took part where ``hadir`` does not
    know the item: the test not yet held). None for other documents (an empty list)."""
    if dok.jenis not in PESERTA_MENANDATANGANI:
        return []
    no = dok.item_no
    if dok.jenis is JenisDokumen.LEMBAR_UJI and no is not None and no not in hadir.hadir:
        semua = [p.nip for p in config.tim_pertimbangan]
        hadir = replace(hadir, hadir={**hadir.hadir, no: semua})
    peserta = peserta_dokumen(config, dok, hadir)
    return [p for p in peserta or () if p.peran != PERAN_ATASAN]


def pejabat_hierarki(config: Config, dok: Dokumen) -> list[Pejabat]:
    """The officials of ``[paraf] hierarki`` for ``dok``, in order (at most three)."""
    hasil = []
    for peran in config.paraf.hierarki:
        if peran == "ppid_pelaksana":
            hasil.append(config.pemeriksa(dok.unit_kerja))
        elif peran == "operator":
            hasil.append(config.operator)
        else:
            hasil.append(config.tim_pertimbangan[int(peran.rpartition(".")[2]) - 1])
    return hasil


def marka(pejabat: Pejabat, config: Config) -> Marka:
    """An official's paraf: initials, and their PNG if one is configured and present."""
    gambar = config.paraf.gambar_untuk(pejabat.nip)
    if gambar is not None and (not gambar.is_file() or gambar.suffix.lower() != ".png"):
        raise InputInvalid("paraf.gambar_tidak_ada", berkas=str(gambar))
    return inisial(pejabat), gambar


def bubuhkan_paraf(
    sumber: Path,
    tujuan: Path,
    pejabat: Pejabat,
    tanda: Marka | None = None,
    hierarki: Sequence[tuple[str, Marka]] = (),
    penanda_tangan: Pejabat | None = None,
    kaki: str = "",
    waktu: datetime | None = None,
    jangkar: str | None = None,
    fsync: bool = True,
    peserta: Sequence[Peserta] = (),
) -> None:
    """Copy ``sumber`` to ``tujuan`` with the paraf on each page and the hierarchy's.

    ``kaki`` is the e-signature statement drawn at the foot of every page (none if empty).
    ``waktu`` dates the revision (see :func:`pipeline.pdfa.penulis_revisi`; now if None);
    ``fsync=False`` for a draft signed next (:func:`pipeline.atomic.tulis_atomik`).
    The hierarchy's table goes beside the signer's name where the stamp will be (``jangkar``:
    see :func:`pipeline.signing.tampilan.cari_nama`).
    The marks are an incremental update: ``sumber``'s bytes are kept as they are and each
    page gets one more content stream drawing the marks (form XObjects), so no page content
    is parsed or rewritten. The same revision holds the empty signature field of each of
    ``peserta`` in their cell of the participants' table (see
    :func:`~pipeline.stages.lembar.tambah_medan_peserta`; none where the table names others,
    as in a template of the office's own).
    """
    tanda = tanda or (inisial(pejabat), None)
    posisi, kotak = _cari_tempat(sumber, penanda_tangan if hierarki else None, jangkar, peserta)
    with sumber.open("rb") as f:
        penulis = penulis_revisi(f, waktu)
        lapisan: list[list[bytes]] = []
        for i in range(int(penulis.root["/Pages"]["/Count"])):
            lebar, tinggi = ukuran_halaman(penulis, i)
            lapisan.append([_lapisan(lebar, tinggi, tanda, kaki)])
        if posisi is not None:
            indeks, x, y, _ = posisi
            ukuran = ukuran_halaman(penulis, indeks)
            lapisan[indeks].append(_lapisan_hierarki(ukuran, x, y, tuple(hierarki)))
        if kotak:
            tambah_medan_peserta(penulis, peserta, kotak, lapisan)
        tempel_lapisan(penulis, lapisan)
        keluaran = io.BytesIO()
        penulis.write(keluaran)
    tulis_bytes_atomik(tujuan, keluaran.getvalue(), fsync=fsync)


def _cari_tempat(
    sumber: Path, penanda_tangan: Pejabat | None, jangkar: str | None, peserta: Sequence[Peserta]
) -> tuple[Posisi | None, dict[str, KotakTtd]]:
    """Where the hierarchy's table goes (beside ``penanda_tangan``'s name, if given) and the
    box of each of ``peserta``'s fields (none where the participants' table names others),
    from one opening of ``sumber``'s text layer."""
    if penanda_tangan is None and not peserta:
        return None, {}
    with buka_teks(sumber) as teks:
        posisi = cari_nama(teks, penanda_tangan.nama, jangkar) if penanda_tangan else None
        try:
            kotak = {p.medan: kotak_peserta(teks, p) for p in peserta}
        except SigningFailed as e:
            log.debug("%s without participants' fields: %s", sumber, e.message_id)
            kotak = {}
    return posisi, kotak


def inisial(pejabat: Pejabat) -> str:
    """The official's paraf initials: configured, or built from the name without titles."""
    if pejabat.paraf:
        return pejabat.paraf
    nama = pejabat.nama.split(",")[0]
    kata = [k for k in nama.split() if not k.endswith(".")]
    return "".join(k[0] for k in kata).upper() or "?"


@cache
def _lapisan(lebar: float, tinggi: float, tanda: Marka, kaki: str) -> bytes:
    """A one-page PDF of the page's size holding the paraf mark and the footer statement
    (cached per size, mark and statement)."""
    c, buf = _kanvas(lebar, tinggi)
    x, y = lebar - TEPI - LEBAR, TEPI * 0.6
    c.setLineWidth(0.6)
    c.roundRect(x, y, LEBAR, TINGGI, 4, stroke=1, fill=0)
    c.setFont(FONT, 6)
    c.drawString(x + 3, y + TINGGI - 7, "Paraf")
    _gambar_marka(c, tanda, x + 4, y + 2, LEBAR - 8, TINGGI - 10)
    c.setFont(FONT, UKURAN_KAKI)
    for i, baris in enumerate(textwrap.wrap(kaki, LEBAR_KAKI)[:2]):
        c.drawCentredString(lebar / 2 - 20, 58 - i * 8, baris)
    return _halaman(c, buf)


@cache
def _lapisan_hierarki(
    ukuran: tuple[float, float], x_nama: float, y_nama: float, baris: tuple[tuple[str, Marka], ...]
) -> bytes:
    """The hierarchy's table, left of the signer's name and stamp, one row per official.

    A title too long for its cell wraps onto more lines and the row grows to hold them: a
    title is never cut (it names who initialled).
    """
    c, buf = _kanvas(*ukuran)
    x = max(TEPI, x_nama - 10 - LEBAR_LABEL - LEBAR_MARKA)
    label = [_baris_label(f"{i + 1}. {jabatan}") for i, (jabatan, _) in enumerate(baris)]
    tinggi = [max(TINGGI_BARIS, len(b) * SPASI_LABEL + 5) for b in label]
    atas = y_nama + 10 + sum(tinggi)
    c.setLineWidth(0.5)
    c.setFont(FONT, 6)
    c.drawString(x, atas + 3, terjemah("paraf.judul_hierarki", "id"))
    y = atas
    for (_, tanda), baris_label, t in zip(baris, label, tinggi, strict=True):
        y -= t
        c.rect(x, y, LEBAR_LABEL, t, stroke=1, fill=0)
        c.rect(x + LEBAR_LABEL, y, LEBAR_MARKA, t, stroke=1, fill=0)
        c.setFont(FONT_TEGAK, UKURAN_LABEL)
        awal = y + t / 2 + (len(baris_label) - 1) * SPASI_LABEL / 2 - 2
        for n, teks in enumerate(baris_label):
            c.drawString(x + 3, awal - n * SPASI_LABEL, teks)
        tinggi_marka = TINGGI_BARIS - 4  # the same mark in every row, centred in a taller one
        y_marka = y + (t - tinggi_marka) / 2
        _gambar_marka(c, tanda, x + LEBAR_LABEL + 3, y_marka, LEBAR_MARKA - 6, tinggi_marka)
    return _halaman(c, buf)


def _baris_label(label: str) -> list[str]:
    """``label`` broken into lines that fit the title cell, at word boundaries."""
    _daftarkan_font()
    return simpleSplit(label, FONT_TEGAK, UKURAN_LABEL, LEBAR_LABEL - 6)


def _gambar_marka(c: canvas.Canvas, tanda: Marka, x: float, y: float, w: float, h: float) -> None:
    teks, gambar = tanda
    if gambar is not None:
        c.drawImage(ImageReader(str(gambar)), x, y, w, h, mask="auto", preserveAspectRatio=True)
        return
    c.setFont(FONT, min(11.0, h * 0.8))
    c.drawCentredString(x + w / 2, y + h * 0.25, teks)


def _kanvas(lebar: float, tinggi: float) -> tuple[canvas.Canvas, io.BytesIO]:
    _daftarkan_font()
    buf = io.BytesIO()
    # invariant: no creation date or random ID, so a mark's bytes (and its XObject's name,
    # which is their hash) are the same in every run
    return canvas.Canvas(
        buf, pagesize=(lebar, tinggi), pageCompression=1, initialFontName=FONT, invariant=1
    ), buf


def _halaman(c: canvas.Canvas, buf: io.BytesIO) -> bytes:
    c.save()
    return buf.getvalue()


@cache
def _daftarkan_font() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(cari_font("miring"))))
    pdfmetrics.registerFont(TTFont(FONT_TEGAK, str(cari_font("biasa"))))
