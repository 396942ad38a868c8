"""``sidik init``: a new workspace for one agency, assembled aside and moved into place at once.

The workspace holds ``sidik.toml``, the default templates (copied for local editing), empty
``input/`` and ``output/``, a fresh operator workbook and, unless declined, the development
PKI, so that ``sidik doctor`` passes and a trial cycle runs before anything is edited. An
existing workspace (any non-empty folder) is never touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.atomic import tulis_teks_atomik
from pipeline.berkas import menulis, tolak_bukan_biasa_kecuali_folder
from pipeline.config import NAMA_BERKAS, muat
from pipeline.errors import InputInvalid
from pipeline.ruang.konfigurasi import CONTOH, DataRuang, kunci_toml_ganti, teks_konfigurasi
from pipeline.ruang.susunan import WORKBOOK, WORKBOOK_CONTOH
from pipeline.stages.templat_bawaan import folder_templat
from pipeline.workbook.baru import tulis_baru
from pipeline.workbook.contoh import tulis_contoh

if TYPE_CHECKING:
    from pipeline.signing.devpki import PkiDev

_ABAIKAN_GIT = "# dibuat oleh 'sidik init': keluaran dan kunci pengembangan tidak di-commit\n"


@dataclass(frozen=True)
class HasilInit:
    """What ``sidik init`` made, and which sections still hold placeholders."""

    folder: Path
    workbook: Path
    contoh: Path | None
    pki: PkiDev | None
    isian_contoh: tuple[str, ...]
    kunci_toml_ganti: tuple[str, ...] = ()  # keys of sidik.toml whose value still says GANTI


def buat_ruang(folder: Path, data: DataRuang, *, pki_dev: bool = True) -> HasilInit:
    """Create the workspace ``folder`` for ``data``; refuse a folder that is not empty."""
    folder = folder.absolute()
    tolak_bukan_biasa_kecuali_folder(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputInvalid("ruang.sudah_ada", folder=str(folder))
    with menulis(folder):
        folder.parent.mkdir(parents=True, exist_ok=True)
        sementara = Path(tempfile.mkdtemp(prefix=f".{folder.name}.init-", dir=folder.parent))
    sementara = sementara.resolve()
    try:
        contoh, pki = _isi(sementara, data, pki_dev)
        if folder.exists():
            folder.rmdir()
        os.replace(sementara, folder)
    finally:
        shutil.rmtree(sementara, ignore_errors=True)
    from pipeline.signing import devpki

    return HasilInit(
        folder,
        folder / WORKBOOK,
        folder / WORKBOOK_CONTOH if contoh else None,
        devpki.lokasi(folder / pki.p12.parent.relative_to(sementara)) if pki else None,
        data.isian_contoh(),
        tuple(kunci_toml_ganti(folder / NAMA_BERKAS)),
    )


def _isi(akar: Path, data: DataRuang, pki_dev: bool) -> tuple[bool, PkiDev | None]:
    """Write every file of the workspace into ``akar``."""
    tulis_teks_atomik(akar / NAMA_BERKAS, teks_konfigurasi(data))
    tulis_teks_atomik(akar / ".gitignore", _ABAIKAN_GIT + "output/\ncerts/dev/\n")
    config = muat(akar / NAMA_BERKAS)
    # copyfile, not copy2: the copies are the office's to edit, whatever the package's modes
    shutil.copytree(folder_templat(), config.jalur.templat, copy_function=shutil.copyfile)
    config.jalur.keluaran.mkdir()
    (akar / WORKBOOK).parent.mkdir()
    tulis_baru(akar / WORKBOOK, config)
    contoh = data.unit_kerja == CONTOH.unit_kerja
    if contoh:
        tulis_contoh(akar / WORKBOOK_CONTOH, unit_kerja=config.unit_kerja)
    pki = None
    if pki_dev:
        from pipeline.signing import devpki  # cryptography: not loaded by every command

        pki = devpki.siapkan_pki_dev(config).pki  # a key for every official who signs
    return contoh, pki
