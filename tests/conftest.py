"""Shared fixtures: a workspace like the README's, a dev PKI, and one real sample cycle."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.config import Config, muat
from pipeline.messages import atur_bahasa
from pipeline.signing import devpki

pytest_plugins = ["tests.pki"]
ROOT = Path(__file__).resolve().parent.parent
SIDIK = str(Path(sys.executable).parent / "sidik")


@pytest.fixture(autouse=True)
def keadaan_modul_bawaan():  # type: ignore[no-untyped-def]
    """Every test starts from the same module state, whatever ran before it (the suite runs in
    a new random order each time): messages in Indonesian, logging as the process began.
    ``sidik --lang en`` and the CLI's logging set-up change both for the whole process."""
    akar = logging.getLogger()
    handler, tingkat = list(akar.handlers), akar.level
    nama = ("fontTools", "pyhanko", "pyhanko_certvalidator")
    tingkat_nama = {n: logging.getLogger(n).level for n in nama}
    atur_bahasa("id")
    yield
    atur_bahasa("id")
    akar.handlers[:] = handler
    akar.setLevel(tingkat)
    for n, t in tingkat_nama.items():
        logging.getLogger(n).setLevel(t)


def salin_ruang_kerja(tujuan: Path) -> Path:
    """A fresh workspace: sidik.toml, templates and the sample input, no output."""
    tujuan.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "sidik.toml", tujuan / "sidik.toml")
    shutil.copytree(ROOT / "templates", tujuan / "templates")
    shutil.copytree(ROOT / "input", tujuan / "input")
    return tujuan


def buat_pki(ruang: Path) -> devpki.PkiDev:
    """The dev PKI of the workspace, made through the library."""
    config = muat(ruang / "sidik.toml")
    return devpki.buat_pki_dev(
        config.penandatanganan.pkcs12.parent, config.atasan_ppid, config.instansi.dinas
    )


def sidik_di(
    ruang: Path, *args: str, env: dict[str, str] | None = None, masukan: str | None = None
) -> Result:
    """``sidik ARGS`` in this process (click's runner) with ``ruang`` as the working folder;
    ``masukan`` is what the user types."""
    from pipeline.cli import cli

    lama = Path.cwd()
    os.chdir(ruang)
    try:
        return CliRunner().invoke(cli, list(args), input=masukan, env=env, catch_exceptions=False)
    finally:
        os.chdir(lama)


def jalankan_sidik(
    ruang: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``sidik`` command in ``ruang`` as a real subprocess."""
    lingkungan = {**os.environ, **(env or {})}
    return subprocess.run(
        [SIDIK, *args],
        cwd=ruang,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=lingkungan,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.fixture
def ruang_kerja(tmp_path: Path) -> Path:
    """A workspace without keys (for tests that never sign)."""
    return salin_ruang_kerja(tmp_path / "ruang")


@pytest.fixture
def ruang_dengan_pki(ruang_kerja: Path) -> Path:
    """A workspace with its dev PKI."""
    buat_pki(ruang_kerja)
    return ruang_kerja


@pytest.fixture
def config(ruang_kerja: Path) -> Config:
    """The sample configuration, loaded from the workspace."""
    return muat(ruang_kerja / "sidik.toml")


@dataclass(frozen=True)
class SiklusContoh:
    """The README's sample cycle, run once for the session with the real tools."""

    ruang: Path
    arsip: Path
    run: subprocess.CompletedProcess[str]
    siap_ttd: Path  # a copy of the workspace after the review, initialled, before signing
    run_pertama: subprocess.CompletedProcess[str] | None = None

    @property
    def pdf(self) -> list[Path]:
        """The signed, archived PDFs."""
        return sorted(self.arsip.glob("*.pdf"))


# The sample's dates, given explicitly so that it reads the same on any day of the week: the Tim
# met on Friday 27 November 2026 (the Lembar's date; the filled review.xlsx's notes say so), the
# Atasan PPID signs the DIK and the SK dated Thursday 3 December 2026. Both are past (and before
# the test's cycle opened) by the time the suite runs: said on purpose, hence --paksa-tanggal.
TANGGAL_CONTOH = ("--tanggal", "2026-12-03", "--paksa-tanggal")
RAPAT_CONTOH = ("--tanggal", "2026-11-27", "--paksa-tanggal")


@pytest.fixture(scope="session")
def siklus_contoh(tmp_path_factory: pytest.TempPathFactory) -> SiklusContoh:
    """The README's sample cycle: run (stops for review), review apply, run to the archive."""
    akar = tmp_path_factory.mktemp("contoh")
    ruang = salin_ruang_kerja(akar / "ruang")
    buat_pki(ruang)
    pertama = jalankan_sidik(ruang, "run", "input/informasi.xlsx", *TANGGAL_CONTOH)
    assert pertama.returncode == 13, pertama.stderr  # REVIEW_PENDING: waits for the team
    tinjau = jalankan_sidik(ruang, "review", "apply", "input/review.xlsx", *RAPAT_CONTOH)
    assert tinjau.returncode == 0, tinjau.stderr
    # the documents as the meeting made them (the Lembar dated by it, its Berita Acara),
    # converted and initialled: what the Atasan PPID is given to sign
    for perintah in (("render", "input/informasi.xlsx"), ("convert",), ("paraf",)):
        siap = jalankan_sidik(ruang, *perintah)
        assert siap.returncode == 0, siap.stderr
    siap_ttd = akar / "siap-ttd"
    shutil.copytree(ruang, siap_ttd)
    hasil = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert hasil.returncode == 0, hasil.stderr
    manifest = list((ruang / "output" / "arsip").glob("*/*/*/*/manifest.json"))
    assert len(manifest) == 1, manifest
    return SiklusContoh(ruang, manifest[0].parent, hasil, siap_ttd, pertama)
