"""The read side of the body's current DIK: every archived cycle, read as ``sidik due`` reads
the ledger (:func:`pipeline.ledger.dik_kini.susun_dik_kini`), from the archive only.

Each cycle's filing (``output/arsip/YYYY/MM/DD/<cycle>/``, not its later revisions
``<cycle>-rN/``) is verified as :func:`~pipeline.publikasi.sumber.muat_terbitan` verifies one:
a single archive that is not intact stops the whole list (:class:`VerificationFailed`), since a
list missing a cycle would silently revive what that cycle opened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.ledger.buku import jam_kantor
from pipeline.ledger.dik_kini import DikKini, ItemKini, SiklusDiarsipkan, susun_dik_kini
from pipeline.publikasi.sumber import Terbitan, muat_folder
from pipeline.stages.archive import FOLDER_ARSIP, NAMA_MANIFEST

SEBAB_DIBUKA = "Dibuka"  # the Tim's decision, as the review sheet writes it
SEBAB_HABIS = "Jangka waktu berakhir"


def sebab(i: ItemKini) -> str:
    """Why an exemption ended, in the list's legal words: "Dibuka: <the Tim's reason>", or
    "Jangka waktu berakhir"."""
    if i.dibuka is None:
        return SEBAB_HABIS
    return f"{SEBAB_DIBUKA}: {i.dibuka.catatan}" if i.dibuka.catatan else SEBAB_DIBUKA


@dataclass(frozen=True)
class DikTerkini:
    """The current DIK and, per archived cycle, where its signed PDFs are filed."""

    kini: DikKini
    terbitan: dict[str, Terbitan]

    def lembar(self, siklus: str, no: int) -> Path | None:
        """The signed Lembar of item ``no`` of ``siklus`` (None when not archived)."""
        return self.terbitan[siklus].lembar_pdf.get(no)

    def penetap(self, i: ItemKini) -> Terbitan:
        """The archived cycle whose decree set the exemption of ``i``."""
        return self.terbitan[i.siklus]


def muat_terkini(config: Config, hari_ini: date | None = None) -> DikTerkini:
    """The current DIK on ``hari_ini`` (default: today, WIB) over every archived cycle.

    Raises :class:`InputInvalid` when nothing is archived yet, :class:`VerificationFailed`
    when an archive is not intact.
    """
    folder = filing_pertama(config.jalur.keluaran)
    if not folder:
        raise InputInvalid(
            "siklus.tidak_ada_satupun", folder=str(config.jalur.keluaran / FOLDER_ARSIP)
        )
    terbitan = {t.siklus: t for t in (muat_folder(config, f) for f in folder)}
    arsip = [SiklusDiarsipkan(t.siklus, t.ditandatangani, t.putusan) for t in terbitan.values()]
    return DikTerkini(susun_dik_kini(arsip, hari_ini or jam_kantor().date()), terbitan)


def filing_pertama(keluaran: Path) -> list[Path]:
    """Each archived cycle's first filing folder (its manifest's ``revisi`` 1), in path order."""
    hasil = []
    for manifest in sorted((keluaran / FOLDER_ARSIP).glob(f"*/*/*/*/{NAMA_MANIFEST}")):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if int(data.get("revisi", 1)) == 1:
            hasil.append(manifest.parent)
    return hasil
