"""The wheel: ``pip install`` brings the ``sidik`` command, the default templates and the legal
data; installed into a fresh virtual environment (no system site-packages, so nothing of this
checkout can hide a missing file or dependency) it runs the sample cycle from ``sidik init``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from pipeline import __version__
from tests.bantu.ruang import ROOT

SUMBER = ("pipeline", "templates", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")


def _jalankan(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 600):
    lingkungan = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=timeout,
        env={**lingkungan, **(env or {})}, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def roda(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the project's sources (the checkout stays clean)."""
    akar = tmp_path_factory.mktemp("roda")
    for nama in SUMBER:
        asal = ROOT / nama
        if asal.is_dir():
            shutil.copytree(asal, akar / "src" / nama, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(asal, akar / "src" / nama)
    hasil = _jalankan(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(akar), "./src"], akar
    )
    assert hasil.returncode == 0, hasil.stderr
    [whl] = akar.glob("sidik-*.whl")
    return whl


@pytest.mark.slow
def test_wheel_membawa_templat_data_hukum_dan_perintah(roda: Path) -> None:
    with zipfile.ZipFile(roda) as z:
        nama = set(z.namelist())
        for docx in (ROOT / "templates").glob("*.docx"):
            assert z.read(f"pipeline/templates/{docx.name}") == docx.read_bytes()
        for data in (ROOT / "pipeline/legal").glob("*.json"):
            assert z.read(f"pipeline/legal/{data.name}") == data.read_bytes()
        titik_masuk = z.read(f"sidik-{__version__}.dist-info/entry_points.txt").decode()
    assert "sidik = pipeline.cli:main" in titik_masuk
    for web in (ROOT / "pipeline/web").glob("*/*.*"):  # sidik serve's pages and stylesheet
        assert f"pipeline/web/{web.parent.name}/{web.name}" in nama
    assert not any(n.startswith("tests/") for n in nama)


@pytest.mark.slow
@pytest.mark.libreoffice
def test_wheel_terpasang_menjalankan_siklus(roda: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    pasang = _jalankan([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(roda)], tmp_path)
    assert pasang.returncode == 0, pasang.stderr
    sidik = str(bin_dir / "sidik")
    versi = _jalankan([sidik, "--version"], tmp_path)
    assert versi.stdout == f"sidik, versi {__version__}\n"
    assert _jalankan([sidik, "init", "ruang"], tmp_path).returncode == 0
    ruang = tmp_path / "ruang"
    langkah = [
        (["doctor"], 0),
        (["run", "input/contoh.xlsx"], 13),
        (["review", "apply", "--all", "dikecualikan", "--note", "Rapat Tim"], 0),
        (["run", "input/contoh.xlsx"], 0),
        (["verify", "output/arsip"], 0),
    ]
    for args, kode in langkah:
        hasil = _jalankan([sidik, *args], ruang)
        assert hasil.returncode == kode, (args, hasil.stdout, hasil.stderr)
    [manifest] = (ruang / "output/arsip").glob("*/*/*/*/manifest.json")
    assert json.loads(manifest.read_text())["sidik"] == __version__
