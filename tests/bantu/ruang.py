"""Workspaces for the tests: a copy of the README's, its dev PKI, the sample cycle's record."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import muat
from pipeline.signing import devpki

ROOT = Path(__file__).resolve().parent.parent.parent
"""The checkout: ``sidik.toml``, ``templates/``, ``input/``, ``docs/``, ``bench/``."""


def salin_ruang_kerja(tujuan: Path) -> Path:
    """A fresh workspace: sidik.toml, templates and the sample input, no output."""
    tujuan.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "sidik.toml", tujuan / "sidik.toml")
    shutil.copytree(ROOT / "templates", tujuan / "templates")
    shutil.copytree(ROOT / "input", tujuan / "input")
    return tujuan


def buat_pki(ruang: Path) -> devpki.PkiDev:
    """The dev PKI of the workspace, made through the library: a key for every official."""
    config = muat(ruang / "sidik.toml")
    return devpki.buat_pki_dev(
        config.penandatanganan.pkcs12.parent,
        config.atasan_ppid,
        config.instansi.dinas,
        pejabat=devpki.pejabat_penanda_tangan(config),
    )


def percaya_juga_akar_dev(akar_baru: Path, ruang: Path) -> None:
    """Make ``akar_baru`` the workspace's trusted root while the dev root stays trusted beside
    it, in the same PEM file (a bundle): the officials' dev keys it issued keep signing the
    paraf. sidik.toml is left as it is (a changed file would make the cycle's plan stale)."""
    akar = ruang / "certs" / "dev" / "root-ca.pem"
    dev = akar.read_bytes()
    if dev.startswith(akar_baru.read_bytes()):
        return  # already done
    akar.write_bytes(akar_baru.read_bytes() + dev)


# The sample's dates, given explicitly so that it reads the same on any day of the week: the Tim
# met on Friday 27 November 2026 (the Lembar's date; the filled review.xlsx's notes say so), the
# Atasan PPID signs the DIK and the SK dated Thursday 3 December 2026. Both are past (and before
# the test's cycle opened) by the time the suite runs: said on purpose, hence --paksa-tanggal.
TANGGAL_CONTOH = ("--tanggal", "2026-12-03", "--paksa-tanggal")
RAPAT_CONTOH = ("--tanggal", "2026-11-27", "--paksa-tanggal")


@dataclass(frozen=True)
class SiklusContoh:
    """The README's sample cycle, run once for the session with the real tools."""

    ruang: Path
    arsip: Path
    run: subprocess.CompletedProcess[str]
    siap_ttd: Path  # a copy of the workspace after the review, initialled, before signing
    siap_atasan: Path  # then signed by every participant on the Lembar: the Atasan's turn
    run_pertama: subprocess.CompletedProcess[str] | None = None

    @property
    def pdf(self) -> list[Path]:
        """The signed, archived PDFs."""
        return sorted(self.arsip.glob("*.pdf"))
