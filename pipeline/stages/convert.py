"""Stage convert: the cycle's DOCX -> PDF/A-2b, batched in one LibreOffice process per core."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.config import Config
from pipeline.external import libreoffice
from pipeline.model import Dokumen, Siklus


def convert(dokumen: Sequence[Dokumen], siklus: Siklus, config: Config) -> list[Dokumen]:
    """Convert every DOCX of the batch into ``pdf/`` of the work folder."""
    pdf = libreoffice.konversi_pdfa(
        [d.path for d in dokumen], siklus.folder_kerja / "pdf", program=config.jalur.libreoffice
    )
    return [replace(d, path=p) for d, p in zip(dokumen, pdf, strict=True)]
