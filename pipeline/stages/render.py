"""Stage render: the cycle's items -> DOCX documents from the official templates (docxtpl).

A cycle yields one Lembar Pengujian Konsekuensi per item, the DIK list, and the Surat
Keputusan that sets the list (with the list as its attachment). Letter numbers are given by
the caller as a mapping document name -> number (see :func:`nama_dokumen_siklus`,
:func:`nomor_dokumen`), so that a ledger can keep the sequence per year across cycles.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SecurityError

from pipeline.atomic import tulis_atomik
from pipeline.config import Config
from pipeline.errors import TemplateInvalid
from pipeline.legal.nomor import format_nomor
from pipeline.model import Dokumen, Item, JenisDokumen, RapatTim, Siklus, TanggalDokumen
from pipeline.progres import peta
from pipeline.stages import konteks
from pipeline.stages.berita_acara import konteks_berita_acara
from pipeline.stages.cetak import DOKUMEN, RELASI, templat_cepat
from pipeline.stages.lambang import bagian_lambang, isi_lambang
from pipeline.stages.lingkungan import BATAS_CACHE, JINJA
from pipeline.stages.nama_dokumen import (
    NAMA_DAFTAR,
    NAMA_SURAT_KEPUTUSAN,
    nama_berita_acara,
    nama_dokumen_siklus,
    nama_lembar,
)
from pipeline.stages.templat import path_templat, uji_render, variabel_templat

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Templat:
    """The template file for each kind of document, from the configured templates folder."""

    folder: Path

    def path(self, jenis: JenisDokumen) -> Path:
        """The DOCX template of ``jenis``; raise :class:`TemplateInvalid` when missing."""
        return path_templat(self.folder, jenis)


def nomor_dokumen(
    config: Config, tahun: int, nama: Sequence[str], berikutnya: Callable[[int], int]
) -> dict[str, str]:
    """Number each key from the configured pattern; ``berikutnya(tahun)`` gives the sequence.

    With the ledger, ``berikutnya`` is its per-year counter; :func:`nomor_dalam_siklus` counts
    within the cycle only.
    """
    p = config.penomoran
    return {
        k: format_nomor(p.pola, kode=p.kode, urut=berikutnya(tahun), unit=p.unit, tahun=tahun)
        for k in nama
    }


def nomor_dalam_siklus(
    items: Sequence[Item], siklus: Siklus, config: Config, rapat: Sequence[RapatTim] = ()
) -> dict[str, str]:
    """Numbers 1, 2, ... within this cycle (used until the per-year ledger exists)."""
    nama = nama_dokumen_siklus(items, rapat)
    urut = iter(range(1, len(nama) + 1))
    return nomor_dokumen(config, siklus.tanggal.year, nama, lambda _: next(urut))


def render(
    items: Sequence[Item],
    siklus: Siklus,
    config: Config,
    nomor: Mapping[str, str] | None = None,
    lapor: Callable[[int], None] | None = None,
    tanggal: TanggalDokumen | None = None,
    dibuka: Mapping[int, str] | None = None,
    rapat: Sequence[RapatTim] = (),
) -> list[Dokumen]:
    """Write the cycle's documents as DOCX into ``docx/`` of its work folder.

    Every item of ``items`` gets its Lembar; the DIK and the SK hold those not in ``dibuka``
    (item no -> the Tim's reason for opening it, which that item's Lembar states); each
    meeting of ``rapat`` gets its Berita Acara.
    ``nomor`` maps each key of :func:`nama_dokumen_siklus` to its letter number; by default numbers
    are counted within the cycle. ``tanggal`` dates each document (by default all the cycle's
    date). All documents are rendered over the cores; ``lapor(n)`` hears how many documents
    are done.
    """
    nomor = nomor if nomor is not None else nomor_dalam_siklus(items, siklus, config, rapat)
    tanggal = tanggal or TanggalDokumen(siklus.tanggal)
    dibuka = dibuka or {}
    per_lembar, items = items, [i for i in items if i.no not in dibuka]
    folder = siklus.folder_kerja / "docx"
    templat = Templat(config.jalur.templat)

    def cetak(jenis: JenisDokumen, nama: str, isi: dict[str, Any], **dok: Any) -> Dokumen:
        return cetak_docx(
            templat.path(jenis),
            folder / f"{nama}.docx",
            isi,
            Dokumen(jenis, nama, Path(), **dok),
            config.instansi.lambang,
        )

    def cetak_satu(tugas: Item | RapatTim | str) -> Dokumen:
        if tugas == NAMA_DAFTAR:
            isi = konteks.konteks_daftar(
                items, siklus, config, nomor[NAMA_DAFTAR], tanggal.penetapan
            )
            return cetak(JenisDokumen.DAFTAR, NAMA_DAFTAR, isi)
        if tugas == NAMA_SURAT_KEPUTUSAN:
            isi = konteks.konteks_keputusan(
                items, siklus, config, nomor[NAMA_SURAT_KEPUTUSAN], tanggal.penetapan
            )
            return cetak(JenisDokumen.SURAT_KEPUTUSAN, NAMA_SURAT_KEPUTUSAN, isi)
        if isinstance(tugas, RapatTim):
            k = nama_berita_acara(tugas)
            isi = konteks_berita_acara(tugas, siklus, config, nomor[k])
            return cetak(JenisDokumen.BERITA_ACARA, k, isi)
        assert isinstance(tugas, Item)
        n = nomor[nama_lembar(tugas)]
        isi = konteks.konteks_lembar(
            tugas, siklus, config, n, tanggal.lembar(tugas.no), dibuka.get(tugas.no)
        )
        return cetak(
            JenisDokumen.LEMBAR_UJI,
            nama_lembar(tugas),
            isi,
            item_no=tugas.no,
            unit_kerja=tugas.unit_kerja,
        )

    # The DIK and the SK (a table of every item) go first and last, so that the workers
    # start and end on different long documents rather than one waiting for both.
    tugas: list[Item | RapatTim | str] = [NAMA_DAFTAR, *per_lembar, *rapat, NAMA_SURAT_KEPUTUSAN]
    daftar, *lembar, keputusan = peta(cetak_satu, tugas, lapor)
    return [*lembar, daftar, keputusan]


def _ganti_lambang(tpl: DocxTemplate, templat: Path, lambang: Path | None) -> None:
    """docxtpl's renderer: the kop's picture part replaced by ``lambang`` when saved."""
    if lambang is None:
        return
    with zipfile.ZipFile(templat) as z:
        nama = bagian_lambang({n: z.read(n) for n in (DOKUMEN, RELASI) if n in z.namelist()})
    if nama is not None:
        tpl.replace_zipname(nama, str(lambang))


class _TemplatDocx(DocxTemplate):  # type: ignore[misc]
    """docxtpl's template with its XML clean-up done once per template part, not per document."""

    def patch_xml(self, src_xml: str) -> str:
        return _tambal(src_xml)


def _tambal(xml: str) -> str:
    """docxtpl's ``patch_xml``, once per distinct part: it depends only on the XML given (the
    template's own), so for a batch of one template the result is the same every time."""
    hasil = _TAMBALAN.get(xml)
    if hasil is None:
        if len(_TAMBALAN) >= BATAS_CACHE:
            _TAMBALAN.clear()
        hasil = _TAMBALAN[xml] = DocxTemplate.patch_xml(None, xml)
    return hasil


_TAMBALAN: dict[str, str] = {}


def cetak_docx(
    templat: Path, tujuan: Path, isi: dict[str, Any], dok: Dokumen, lambang: Path | None = None
) -> Dokumen:
    """Render ``templat`` with ``isi`` into ``tujuan`` (atomically); template errors are named.

    The template is prepared once per process (:mod:`pipeline.stages.cetak`); one that needs
    docxtpl's full renderer gets it. ``lambang`` is the image put in the kop's picture.
    """
    cepat = templat_cepat(templat, templat.stat().st_mtime_ns, _tambal)
    try:
        if cepat is not None:
            tulis = cepat.cetak(isi, JINJA, isi_lambang(lambang) if lambang else None)
        else:
            tpl = _TemplatDocx(templat)
            tpl.render(isi, jinja_env=JINJA, autoescape=True)
            _ganti_lambang(tpl, templat, lambang)
            tulis = tpl.save
    except jinja2.TemplateSyntaxError as e:
        variabel_templat(templat)  # raises TemplateInvalid naming the paragraph
        raise TemplateInvalid("templat.rusak", templat=str(templat), sebab=e.message) from e
    except jinja2.UndefinedError as e:
        raise TemplateInvalid("templat.variabel", templat=str(templat), sebab=str(e)) from e
    except SecurityError as e:
        uji_render(templat, isi)  # raises TemplateInvalid naming the paragraph
        raise TemplateInvalid("templat.rusak", templat=str(templat), sebab=str(e)) from e
    tulis_atomik(tujuan, tulis)
    return Dokumen(dok.jenis, dok.nama, tujuan, dok.item_no, dok.unit_kerja)
