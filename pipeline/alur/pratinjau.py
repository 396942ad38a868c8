"""The PDF an official looks at before acting: each document's current PDF in the cycle.

A document's current PDF is its newest record among the PDF stages (converted, initialled,
signed by the participants, signed by the Atasan PPID). Its file is found from the ledger's
record only, inside the cycle's work folder: never from a name the user typed, never through
a symlink (:func:`pipeline.berkas.buka_biasa`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.alur.jalan import model
from pipeline.berkas import BukanBerkasBiasa, buka_biasa
from pipeline.config import Config
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.buku import Buku, CatatanDokumen
from pipeline.model import JenisDokumen

TAHAP_PDF = ("convert", "paraf", "peserta", "sign")


@dataclass(frozen=True)
class PdfDokumen:
    """A document's current PDF: its name, kind, item and file in the work folder."""

    nama: str
    jenis: JenisDokumen
    item_no: int | None
    path: Path


def pdf_siklus(
    config: Config, siklus_id: str, nomor: Sequence[int] | None = None
) -> list[PdfDokumen]:
    """Every document of cycle ``siklus_id`` with a PDF, by name; none before conversion.
    ``nomor``: only the Lembar of these items, and the documents of the whole list (what one
    page of a long cycle shows, without reading the records of every document)."""
    if nomor is None:
        return _terkini(config, siklus_id, lambda buku, tahap: buku.dokumen(siklus_id, tahap))[1]
    return _terkini(
        config, siklus_id, lambda buku, tahap: buku.dokumen_item(siklus_id, tahap, nomor)
    )[1]


def nama_pdf(config: Config, siklus_id: str) -> list[str]:
    """The names of the cycle's documents with a PDF, in order, without reading their
    records."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        buku.siklus(siklus_id)  # an unknown cycle is an error
        return buku.nama_dokumen(siklus_id, TAHAP_PDF)


def pdf_bernama(config: Config, siklus_id: str, nama: Sequence[str]) -> list[PdfDokumen]:
    """The current PDF of each of the cycle's documents ``nama`` (one page of a long list)."""
    return _terkini(config, siklus_id, lambda buku, tahap: buku.dokumen(siklus_id, tahap, nama))[1]


def _terkini(
    config: Config, siklus_id: str, baca: Callable[[Buku, str], dict[str, CatatanDokumen]]
) -> tuple[Path, list[PdfDokumen]]:
    """The cycle's work folder and each document's newest PDF record in it, of the records
    ``baca`` reads at each PDF stage."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        folder = model(config, buku.siklus(siklus_id)).folder_kerja
        terbaru: dict[str, CatatanDokumen] = {}
        for tahap in TAHAP_PDF:
            for nama, c in baca(buku, tahap).items():
                if nama not in terbaru or c.waktu >= terbaru[nama].waktu:
                    terbaru[nama] = c
    return folder, [_pdf(folder, c) for _, c in sorted(terbaru.items())]


def _pdf(folder: Path, c: CatatanDokumen) -> PdfDokumen:
    d = c.dokumen
    return PdfDokumen(d.nama, d.jenis, d.item_no, folder / d.path)


def buka_pdf(config: Config, siklus_id: str, nama: str) -> BinaryIO | None:
    """The current PDF of document ``nama`` opened for reading; None when the cycle has no
    such PDF, or its file is gone, lies outside the work folder or is not a regular file."""
    folder, semua = _terkini(
        config, siklus_id, lambda buku, tahap: buku.dokumen(siklus_id, tahap, [nama])
    )
    pdf = next((p for p in semua if p.nama == nama), None)
    if pdf is None or pdf.path.suffix.lower() != ".pdf":
        return None
    if not Path(os.path.realpath(pdf.path)).is_relative_to(os.path.realpath(folder)):
        return None
    try:
        return buka_biasa(pdf.path)
    except (BukanBerkasBiasa, FileNotFoundError):
        return None
