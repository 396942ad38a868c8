"""``sidik doctor``: every first-run problem found before it wastes a cycle, each with a fix.

Each check returns :class:`~pipeline.ruang.temuan.Temuan` records (passed, failed with a fix,
or skipped with the reason); :func:`periksa_ruang` runs them all in the order a cycle needs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import Config
from pipeline.ruang.susunan import WORKBOOK, WORKBOOK_CONTOH
from pipeline.ruang.temuan import Temuan

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi


def periksa_ruang(config: Config, minta_sandi: MintaSandi | None = None) -> list[Temuan]:
    """Run every check on the workspace of ``config``."""
    from pipeline.ruang import cek_isian, cek_kunci, cek_sistem  # pyhanko, aiohttp: loaded here

    return [
        cek_sistem.libreoffice(config),
        *cek_sistem.font(config),
        *cek_kunci.kunci(config, minta_sandi),
        cek_kunci.kunci_peserta(config, minta_sandi),
        cek_kunci.kunci_segel(config, minta_sandi),
        cek_kunci.jam(config),
        cek_isian.isian_contoh(config),
        cek_sistem.templat(config),
        cek_sistem.ledger(config),
        cek_sistem.keluaran(config),
        cek_sistem.disk(config),
    ]


def workbook_berikutnya(config: Config) -> Path:
    """The workbook the Operator runs next, relative to the workspace: the sample workbook of
    ``sidik init`` while it is there (a trial cycle), else the operator workbook."""
    contoh = config.berkas.parent / WORKBOOK_CONTOH
    return WORKBOOK_CONTOH if contoh.is_file() else WORKBOOK
