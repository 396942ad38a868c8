"""A workbook uploaded in the page, kept in the workspace's ``input/`` folder to open its cycle.

The cycle is known by its workbook's path (:func:`pipeline.alur.kumpulkan.nama_workbook`), so
every upload gets a new name that never replaces a file: the uploaded name's stem (letters,
digits, ``-`` and ``_`` only) and the time, with ``-2``, ``-3``, … when that name is taken.
The file is created exclusively (:func:`pipeline.workbook.baru.tulis_tanpa_timpa`), never
through a symlink: neither at the name nor among the folders from the workspace down to it.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

from pipeline.berkas import periksa_tujuan, tolak_tautan_di_jalur
from pipeline.config import Config
from pipeline.errors import InputInvalid, OutputRefused
from pipeline.workbook.baru import tulis_tanpa_timpa

FOLDER_INPUT = "input"
PANJANG_NAMA = 40  # characters of the uploaded stem kept in the new name
PERCOBAAN = 100  # names tried before giving up (a hundred uploads in one second)
_BUKAN_NAMA = re.compile(r"[^A-Za-z0-9_-]+")


def simpan_unggahan(config: Config, sumber: Path, nama_asli: str, waktu: datetime) -> Path:
    """Copy the checked workbook ``sumber`` into ``input/`` under a new name; return it.

    ``nama_asli`` is the name the browser sent (only its stem's safe characters are kept);
    ``waktu`` stamps the new name. Refused (:class:`OutputRefused`) through a symlink.
    """
    folder = config.root / FOLDER_INPUT
    tolak_tautan_di_jalur(config.root, folder)
    dasar = f"{_batang(nama_asli)}-{waktu:%Y%m%d-%H%M%S}"
    for n in range(1, PERCOBAAN + 1):
        tujuan = folder / (f"{dasar}.xlsx" if n == 1 else f"{dasar}-{n}.xlsx")
        if tujuan.exists() or tujuan.is_symlink():
            continue
        periksa_tujuan(tujuan, arsip=config.jalur.arsip)
        try:
            return tulis_tanpa_timpa(tujuan, lambda p: shutil.copyfile(sumber, p))
        except InputInvalid:  # the name was taken meanwhile: try the next one
            continue
    raise OutputRefused("berkas.tolak_ada", berkas=str(folder / f"{dasar}.xlsx"))


def _batang(nama_asli: str) -> str:
    """The uploaded name's stem as a safe file name (``buku-kerja`` when nothing is left)."""
    batang = _BUKAN_NAMA.sub("-", Path(nama_asli.replace("\\", "/")).stem).strip("-_")
    return batang[:PANJANG_NAMA] or "buku-kerja"
