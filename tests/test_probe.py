"""Each outside program is probed once per process: where it is, which version, or how to
install it. Only ``pipeline/external/`` starts outside programs (sidik's own forked workers
are :mod:`pipeline.progres`'s), and only its probe looks for them."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline.errors import DependencyMissing, ExitCode
from pipeline.external import probe
from pipeline.external.probe import Probe, Program

PAKET = Path(pipeline.__file__).resolve().parent
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in program is a sh script")


def _program_pengganti(folder: Path, nama: str, keluaran: str) -> Path:
    """A program ``nama`` in ``folder`` that prints ``keluaran`` and notes its arguments, one
    line per start, in ``nama.log``."""
    berkas = folder / nama
    catatan = folder / f"{nama}.log"
    berkas.write_text(f'#!/bin/sh\necho "$@" >> "{catatan}"\necho "{keluaran}"\n')
    berkas.chmod(0o755)
    return catatan


@POSIX
def test_versi_ditanya_sekali_per_proses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catatan = _program_pengganti(tmp_path, "alat-uji", "alat-uji versi 1.2.3")
    monkeypatch.setenv("PATH", str(tmp_path))
    alat = Program("alat-uji")
    assert probe.periksa(alat) == Probe(alat, str(tmp_path / "alat-uji"), "alat-uji versi 1.2.3")
    assert probe.versi(alat) == "alat-uji versi 1.2.3"
    assert probe.cari(alat) == str(tmp_path / "alat-uji")
    assert catatan.read_text() == "--version\n"
    probe.lupakan()
    assert probe.versi(alat) == "alat-uji versi 1.2.3"
    assert catatan.read_text() == "--version\n--version\n"


@POSIX
def test_letak_yang_dikonfigurasi_dipakai_apa_adanya(tmp_path: Path) -> None:
    # [jalur] libreoffice = "/opt/lo/soffice": that file, whatever PATH holds
    _program_pengganti(tmp_path, "soffice-kantor", "LibreOffice 9.9.9.9 kantor")
    letak = str(tmp_path / "soffice-kantor")
    assert probe.versi(probe.SOFFICE, letak) == "LibreOffice 9.9.9.9 kantor"
    hilang = str(tmp_path / "tidak-ada" / "soffice")
    assert probe.periksa(probe.SOFFICE, hilang) == Probe(probe.SOFFICE, None, None)


def test_program_yang_tidak_ada_menyebut_cara_memasangnya(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert probe.periksa(probe.CERTUTIL) == Probe(probe.CERTUTIL, None, None)
    assert not probe.tersedia(probe.CERTUTIL)
    with pytest.raises(DependencyMissing) as galat:
        probe.cari(probe.CERTUTIL)
    assert galat.value.code == ExitCode.DEPENDENCY_MISSING
    assert galat.value.pesan() == (
        "certutil tidak terpasang atau tidak ada di PATH. "
        "Pasang dengan: apt-get install libnss3-tools."
    )


@pytest.mark.parametrize(
    ("program", "awal"),
    [
        pytest.param(probe.SOFFICE, "LibreOffice ", marks=pytest.mark.libreoffice),
        pytest.param(probe.FC_MATCH, "fontconfig version "),
        pytest.param(probe.PDFSIG, "pdfsig version ", marks=pytest.mark.pdfsig),  # on stderr
        pytest.param(probe.CERTUTIL, ""),  # certutil cannot tell its version
    ],
    ids=lambda p: p.nama if isinstance(p, Program) else None,
)
def test_program_yang_terpasang_dan_versinya(program: Program, awal: str) -> None:
    hasil = probe.periksa(program)
    assert hasil.tersedia, program.nama
    assert hasil.versi is not None
    assert hasil.versi.startswith(awal) if awal else hasil.versi == ""


def _impor_dan_panggilan(berkas: Path) -> tuple[set[str], set[str]]:
    """The modules ``berkas`` imports and the dotted names it calls."""
    pohon = ast.parse(berkas.read_text(encoding="utf-8"))
    impor: set[str] = set()
    panggil: set[str] = set()
    for simpul in ast.walk(pohon):
        if isinstance(simpul, ast.Import):
            impor |= {a.name for a in simpul.names}
        elif isinstance(simpul, ast.ImportFrom) and simpul.module:
            impor |= {f"{simpul.module}.{a.name}" for a in simpul.names} | {simpul.module}
        elif isinstance(simpul, ast.Call):
            panggil.add(ast.unparse(simpul.func))
    return impor, panggil


def test_hanya_external_yang_menjalankan_program_luar_dan_hanya_probe_yang_mencarinya() -> None:
    memulai, mencari = [], []
    for berkas in sorted(PAKET.rglob("*.py")):
        impor, panggil = _impor_dan_panggilan(berkas)
        nama = berkas.relative_to(PAKET).as_posix()
        if impor & {"subprocess", "os.system", "os.popen"} or panggil & {"os.system", "os.popen"}:
            memulai.append(nama)
        if "shutil.which" in impor | panggil:
            mencari.append(nama)
    assert memulai == ["external/runner.py"]
    assert mencari == ["external/probe.py"]


def test_setiap_program_sidik_punya_satu_probe() -> None:
    nama = [p.nama for p in probe.PROGRAM]
    assert sorted(nama) == ["certutil", "fc-match", "pdfsig", "soffice"]
    assert len(set(nama)) == len(nama)
    for p in probe.PROGRAM:
        assert p.saran_id, p.nama  # sidik's own programs say how to install them
