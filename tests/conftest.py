"""Shared fixtures: a workspace like the README's, a dev PKI, and one real sample cycle.

The helpers these fixtures use, and that test modules import, live in :mod:`tests.bantu`.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from pipeline.alur.ttd_peserta import urutan_peserta
from pipeline.config import Config, muat
from pipeline.external import probe
from pipeline.messages import atur_bahasa
from pipeline.progres import tanpa_fork
from pipeline.zona import BAWAAN, atur_zona

# before the helpers are imported, so that their asserts explain themselves as a test's do
pytest.register_assert_rewrite("tests.bantu")

from tests.bantu.cli import jalankan_sidik  # noqa: E402
from tests.bantu.ruang import (  # noqa: E402
    RAPAT_CONTOH,
    TANGGAL_CONTOH,
    SiklusContoh,
    buat_pki,
    salin_ruang_kerja,
)

pytest_plugins = ["tests.bantu.pki", "tests.web_bantu"]


@pytest.fixture(autouse=True)
def keadaan_modul_bawaan():  # type: ignore[no-untyped-def]
    """Every test starts from the same module state, whatever ran before it (the suite runs in
    a new random order each time): messages in Indonesian, times in WIB, logging as the process
    began, no outside program probed yet. ``sidik --lang en``, loading a ``sidik.toml`` (its
    ``[instansi] zona``) and the CLI's logging set-up change the first three for the whole
    process; a probe remembers a program found on a test's PATH."""
    akar = logging.getLogger()
    handler, tingkat = list(akar.handlers), akar.level
    nama = ("fontTools", "pyhanko", "pyhanko_certvalidator")
    tingkat_nama = {n: logging.getLogger(n).level for n in nama}
    atur_bahasa("id")
    atur_zona(BAWAAN)
    probe.lupakan()
    yield
    atur_bahasa("id")
    atur_zona(BAWAAN)
    probe.lupakan()
    tanpa_fork(False)  # the web app's (see pipeline.web.buat_app)
    akar.handlers[:] = handler
    akar.setLevel(tingkat)
    for n, t in tingkat_nama.items():
        logging.getLogger(n).setLevel(t)


@pytest.fixture(autouse=True)
def tanpa_lebar_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No terminal width in the environment, as in a CI log: pytest-xdist's workers set
    ``COLUMNS=80`` (and ``LINES``), which would fit every table to 80 columns. A test that
    wants a width passes ``COLUMNS`` to the command it runs."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


@pytest.fixture(autouse=True)
def sandi_murah(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords hashed in this process with argon2id at its lowest cost (8 KiB, one pass):
    the same algorithm through the same code, where sidik's own profile (RFC 9106's low-memory
    one) takes about 130 ms a hash and as long a check, and the web tests make six accounts
    and log in for nearly every test (about three minutes of the suite). A hash keeps its
    parameters, so one made by a ``sidik users add`` the tests run as a program still checks
    at the real cost (and is then rehashed at this one)."""
    from argon2 import PasswordHasher

    from pipeline import akun

    murah = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(akun, "_HASHER", murah)
    monkeypatch.setattr(akun, "_HASH_PALSU", murah.hash("sidik: tidak ada akun ini"))


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
    # then every participant of the test signs the Lembar, each as their own act, in order:
    # what the Atasan PPID's own 'sidik sign' is given
    for p in urutan_peserta(muat(ruang / "sidik.toml")):
        ttd = jalankan_sidik(ruang, "sign", "--peran", p.peran.value, "--nip", p.pejabat.nip)
        assert ttd.returncode == 0, ttd.stderr
    siap_atasan = akar / "siap-atasan"
    shutil.copytree(ruang, siap_atasan)
    hasil = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert hasil.returncode == 0, hasil.stderr
    manifest = list((ruang / "output" / "arsip").glob("*/*/*/*/manifest.json"))
    assert len(manifest) == 1, manifest
    return SiklusContoh(ruang, manifest[0].parent, hasil, siap_ttd, siap_atasan, pertama)
