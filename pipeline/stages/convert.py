"""Stage convert: the cycle's DOCX -> PDF/A-2b, batched in one LibreOffice process per core.

LibreOffice pays most of its cost per file, so documents of one template (the Lembar) are
combined into a few DOCX (see :mod:`pipeline.stages.gabungan`), converted, and the PDF split
back into one PDF/A file per document. A long document whose table is set in parts (the DIK,
the decree) goes the other way, in volumes joined again after conversion (see
:mod:`pipeline.stages.jilid`), so that LibreOffice's memory does not grow with the number of
items. Other documents go alone.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from pipeline.config import Config
from pipeline.external import libreoffice
from pipeline.model import Dokumen, JenisDokumen, Siklus
from pipeline.progres import di_proses_sendiri, jumlah_inti, peta
from pipeline.stages import jilid
from pipeline.stages.gabungan import (
    DOKUMEN_XML,
    ciri_gabung,
    gabung_docx,
    pisah_pdf,
    salin_bertanggal,
)
from pipeline.stages.jilid import Jilid, gabung_pdf, pecah_docx

UKURAN_GABUNGAN = 20  # documents per combined DOCX: bounds LibreOffice's memory per file
# (a process converting chunks of 40 Lembar held 196 MB, of 20 held 182 MB, of 10 held 179 MB;
# each more file costs it about 0.2 s)


@dataclass(frozen=True)
class Satuan:
    """One file LibreOffice converts: a document's own DOCX, several combined, or a volume
    of one (``jilid``)."""

    docx: Path
    dokumen: tuple[Dokumen, ...]
    gabungan: bool
    jilid: Jilid | None = None


def convert(
    dokumen: Sequence[Dokumen],
    siklus: Siklus,
    config: Config,
    lapor: Callable[[int], None] | None = None,
    bagian_per_jilid: int | None = None,
) -> list[Dokumen]:
    """Convert every DOCX of the batch into ``pdf/`` of the work folder.

    ``lapor(n)`` hears how many documents are converted so far. A long document goes in
    volumes of ``bagian_per_jilid`` table parts (default :data:`jilid.BAGIAN_PER_JILID`).
    """
    keluar = siklus.folder_kerja / "pdf"
    keluar.mkdir(parents=True, exist_ok=True)
    selesai = 0
    with tempfile.TemporaryDirectory(prefix=".lo-gabung-", dir=siklus.folder_kerja) as tmp:
        per_jilid = bagian_per_jilid or jilid.BAGIAN_PER_JILID
        satuan = rencana_satuan(dokumen, Path(tmp), jumlah_inti(), per_jilid)
        hasil = Path(tmp) / "pdf"

        def jadi(i: int) -> None:  # split while LibreOffice converts the next files
            nonlocal selesai
            s = satuan[i]
            if s.jilid is not None:
                return  # joined once LibreOffice is done (below)
            pdf = hasil / f"{s.docx.stem}.pdf"
            tujuan = [keluar / f"{d.path.stem}.pdf" for d in s.dokumen]
            if s.gabungan:
                pisah_pdf(pdf, tujuan, siklus.waktu_dokumen)
            else:
                salin_bertanggal(pdf, tujuan[0], siklus.waktu_dokumen)
            selesai += len(s.dokumen)
            if lapor is not None:
                lapor(selesai)

        libreoffice.konversi_pdfa(
            [s.docx for s in satuan],
            hasil,
            program=config.jalur.libreoffice,
            bobot=[ukuran_isi(s.docx) for s in satuan],
            jadi=jadi,
        )
        # A long document's volumes are joined after LibreOffice has ended and in a process of
        # their own: the join holds every page's objects (about 50 MB for a 1,150-page DIK),
        # which would otherwise add to LibreOffice's processes and stay in this one.
        berjilid = {s.jilid.docx: (s.jilid, s.dokumen[0]) for s in satuan if s.jilid is not None}
        for j, d in berjilid.values():
            pdf = [hasil / f"{b.stem}.pdf" for b in j.bagian]
            tujuan = keluar / f"{d.path.stem}.pdf"
            di_proses_sendiri(partial(gabung_pdf, j, pdf, tujuan, siklus.waktu_dokumen))
            selesai += 1
            if lapor is not None:
                lapor(selesai)
    return [replace(d, path=keluar / f"{d.path.stem}.pdf") for d in dokumen]


def ukuran_isi(docx: Path) -> int:
    """The size of a DOCX's document body, uncompressed: what LibreOffice has to lay out."""
    with zipfile.ZipFile(docx) as z:
        return z.getinfo(DOKUMEN_XML).file_size


def rencana_satuan(
    dokumen: Sequence[Dokumen], tmp: Path, inti: int, bagian_per_jilid: int
) -> list[Satuan]:
    """Group the documents into files to convert: the Lembar of one template combined, in
    chunks; the DIK and the decree alone, in volumes of ``bagian_per_jilid`` table parts when
    they are long.

    Chunks are at most :data:`UKURAN_GABUNGAN` documents and at least one per core, so that
    every LibreOffice process has work.
    """
    kelompok: dict[bytes, list[Dokumen]] = {}
    potongan: list[tuple[Dokumen, ...]] = []
    for d in dokumen:
        # the cycle's one DIK and one decree go alone (in volumes when long): joined to the
        # Lembar, a long one would make one very large file
        ciri = ciri_gabung(d.path) if d.jenis == JenisDokumen.LEMBAR_UJI else None
        if ciri is None:
            potongan.append((d,))
        else:
            kelompok.setdefault(ciri, []).append(d)
    for anggota in kelompok.values():
        ukuran = max(1, min(UKURAN_GABUNGAN, -(-len(anggota) // inti)))
        potongan.extend(tuple(anggota[a : a + ukuran]) for a in range(0, len(anggota), ukuran))
    rencana = [
        (bagian, tmp / (f"gabungan-{n:04d}.docx" if len(bagian) > 1 else f"jilid-{n:04d}"))
        for n, bagian in enumerate(potongan)
    ]
    # the chunks are combined, and the volumes cut, over the cores
    return [s for daftar in peta(partial(_satuan, bagian_per_jilid), rencana) for s in daftar]


def _satuan(bagian_per_jilid: int, rencana: tuple[tuple[Dokumen, ...], Path]) -> list[Satuan]:
    """A chunk of two or more documents combined; one document alone, or in volumes."""
    bagian, tujuan = rencana
    if len(bagian) > 1:
        gabung_docx([d.path for d in bagian], tujuan)
        return [Satuan(tujuan, bagian, True)]
    j = pecah_docx(bagian[0].path, tujuan, bagian_per_jilid)
    if j is None:
        return [Satuan(bagian[0].path, bagian, False)]
    return [Satuan(v, bagian, False, j) for v in j.bagian]
