"""Stage convert: the cycle's DOCX -> PDF/A-2b, batched in one LibreOffice process per core.

LibreOffice pays most of its cost per file, so documents of one template (the Lembar) are
combined into a few DOCX (see :mod:`pipeline.stages.gabungan`), converted, and the PDF split
back into one PDF/A file per document. A long document whose table is set in parts (the DIK,
the decree) goes the other way, in volumes joined again after conversion (see
:mod:`pipeline.stages.jilid`), so that LibreOffice's memory does not grow with the number of
items. Other documents go alone.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from pipeline.config import Config
from pipeline.external import libreoffice
from pipeline.model import Dokumen, Siklus
from pipeline.progres import jumlah_inti, peta
from pipeline.stages import jilid
from pipeline.stages.gabungan import DOKUMEN_XML, gabung_docx, kunci_gabung, pisah_pdf
from pipeline.stages.jilid import Jilid, gabung_pdf, pecah_docx

UKURAN_GABUNGAN = 40  # documents per combined DOCX: bounds LibreOffice's memory per file


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
        jilid_jadi: dict[Path, int] = {}  # volumes converted so far, per document

        def jadi(i: int) -> None:  # split while LibreOffice converts the next files
            nonlocal selesai
            s = satuan[i]
            pdf = hasil / f"{s.docx.stem}.pdf"
            tujuan = [keluar / f"{d.path.stem}.pdf" for d in s.dokumen]
            if s.jilid is not None:
                j = s.jilid
                jilid_jadi[j.docx] = jilid_jadi.get(j.docx, 0) + 1
                if jilid_jadi[j.docx] < len(j.bagian):
                    return
                gabung_pdf(j, [hasil / f"{b.stem}.pdf" for b in j.bagian], tujuan[0])
            elif s.gabungan:
                pisah_pdf(pdf, tujuan)
            else:
                os.replace(pdf, tujuan[0])
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
    return [replace(d, path=keluar / f"{d.path.stem}.pdf") for d in dokumen]


def ukuran_isi(docx: Path) -> int:
    """The size of a DOCX's document body, uncompressed: what LibreOffice has to lay out."""
    with zipfile.ZipFile(docx) as z:
        return z.getinfo(DOKUMEN_XML).file_size


def rencana_satuan(
    dokumen: Sequence[Dokumen], tmp: Path, inti: int, bagian_per_jilid: int
) -> list[Satuan]:
    """Group the documents into files to convert: same-template ones combined, in chunks;
    long ones in volumes of ``bagian_per_jilid`` table parts.

    Chunks are at most :data:`UKURAN_GABUNGAN` documents and at least one per core, so that
    every LibreOffice process has work.
    """
    kelompok: dict[bytes, list[Dokumen]] = {}
    rencana: list[tuple[tuple[Dokumen, ...], Path, bool]] = []  # (documents, where, volumes?)
    for d in dokumen:
        kunci = kunci_gabung(d.path)
        if kunci is None:
            rencana.append(((d,), tmp / f"jilid-{len(rencana):04d}", True))
        else:
            kelompok.setdefault(kunci, []).append(d)
    for anggota in kelompok.values():
        ukuran = max(1, min(UKURAN_GABUNGAN, -(-len(anggota) // inti)))
        for a in range(0, len(anggota), ukuran):
            bagian = tuple(anggota[a : a + ukuran])
            rencana.append((bagian, tmp / f"gabungan-{len(rencana):04d}.docx", False))
    # the chunks are combined, and the volumes cut, over the cores
    return [s for daftar in peta(partial(_satuan, bagian_per_jilid), rencana) for s in daftar]


def _satuan(bagian_per_jilid: int, rencana: tuple[tuple[Dokumen, ...], Path, bool]) -> list[Satuan]:
    bagian, tujuan, pecah = rencana
    if len(bagian) > 1:
        gabung_docx([d.path for d in bagian], tujuan)
        return [Satuan(tujuan, bagian, True)]
    j = pecah_docx(bagian[0].path, tujuan, bagian_per_jilid) if pecah else None
    if j is None:
        return [Satuan(bagian[0].path, bagian, False)]
    return [Satuan(v, bagian, False, j) for v in j.bagian]
