"""Stage convert: the cycle's DOCX -> PDF/A-2b, batched in one LibreOffice process per core.

LibreOffice pays most of its cost per file, so documents of one template (the Lembar) are
combined into a few DOCX (see :mod:`pipeline.stages.gabungan`), converted, and the PDF split
back into one PDF/A file per document. Documents that cannot be combined go alone.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.config import Config
from pipeline.external import libreoffice
from pipeline.model import Dokumen, Siklus
from pipeline.progres import jumlah_inti, peta
from pipeline.stages.gabungan import DOKUMEN_XML, gabung_docx, kunci_gabung, pisah_pdf

UKURAN_GABUNGAN = 40  # documents per combined DOCX: bounds LibreOffice's memory per file


@dataclass(frozen=True)
class Satuan:
    """One file LibreOffice converts: a document's own DOCX, or several combined."""

    docx: Path
    dokumen: tuple[Dokumen, ...]
    gabungan: bool


def convert(
    dokumen: Sequence[Dokumen],
    siklus: Siklus,
    config: Config,
    lapor: Callable[[int], None] | None = None,
) -> list[Dokumen]:
    """Convert every DOCX of the batch into ``pdf/`` of the work folder.

    ``lapor(n)`` hears how many documents are converted so far.
    """
    keluar = siklus.folder_kerja / "pdf"
    keluar.mkdir(parents=True, exist_ok=True)
    selesai = 0
    with tempfile.TemporaryDirectory(prefix=".lo-gabung-", dir=siklus.folder_kerja) as tmp:
        satuan = rencana_satuan(dokumen, Path(tmp), jumlah_inti())

        def jadi(i: int) -> None:  # split while LibreOffice converts the next files
            nonlocal selesai
            s = satuan[i]
            pdf = Path(tmp) / "pdf" / f"{s.docx.stem}.pdf"
            tujuan = [keluar / f"{d.path.stem}.pdf" for d in s.dokumen]
            if s.gabungan:
                pisah_pdf(pdf, tujuan)
            else:
                os.replace(pdf, tujuan[0])
            selesai += len(s.dokumen)
            if lapor is not None:
                lapor(selesai)

        libreoffice.konversi_pdfa(
            [s.docx for s in satuan],
            Path(tmp) / "pdf",
            program=config.jalur.libreoffice,
            bobot=[ukuran_isi(s.docx) for s in satuan],
            jadi=jadi,
        )
    return [replace(d, path=keluar / f"{d.path.stem}.pdf") for d in dokumen]


def ukuran_isi(docx: Path) -> int:
    """The size of a DOCX's document body, uncompressed: what LibreOffice has to lay out."""
    with zipfile.ZipFile(docx) as z:
        return z.getinfo(DOKUMEN_XML).file_size


def rencana_satuan(dokumen: Sequence[Dokumen], tmp: Path, inti: int) -> list[Satuan]:
    """Group the documents into files to convert: same-template ones combined, in chunks.

    Chunks are at most :data:`UKURAN_GABUNGAN` documents and at least one per core, so that
    every LibreOffice process has work.
    """
    kelompok: dict[bytes, list[Dokumen]] = {}
    satuan: list[Satuan] = []
    for d in dokumen:
        kunci = kunci_gabung(d.path)
        if kunci is None:
            satuan.append(Satuan(d.path, (d,), False))
        else:
            kelompok.setdefault(kunci, []).append(d)
    rencana: list[tuple[tuple[Dokumen, ...], Path]] = []
    for anggota in kelompok.values():
        ukuran = max(1, min(UKURAN_GABUNGAN, -(-len(anggota) // inti)))
        for a in range(0, len(anggota), ukuran):
            bagian = tuple(anggota[a : a + ukuran])
            rencana.append((bagian, tmp / f"gabungan-{len(satuan) + len(rencana):04d}.docx"))
    return satuan + peta(_satuan, rencana)  # the chunks are combined over the cores


def _satuan(rencana: tuple[tuple[Dokumen, ...], Path]) -> Satuan:
    bagian, docx = rencana
    if len(bagian) == 1:
        return Satuan(bagian[0].path, bagian, False)
    gabung_docx([d.path for d in bagian], docx)
    return Satuan(docx, bagian, True)
