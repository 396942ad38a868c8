"""Worker processes die with the run that forked them.

A run holds the workspace lock while its stages fork workers (render in a process of its own,
paraf and sign over the cores). When the run itself is killed (the OOM killer, ``kill -9`` of
its pid alone), those workers must not live on: they share its lock file, so an orphan would
keep the workspace locked for good and every later run would be refused.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from functools import partial
from pathlib import Path

import pytest

from pipeline.errors import LockHeld
from pipeline.ledger.buku import jam_kantor
from pipeline.ledger.gembok import gembok_ruang_kerja

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the kill and fork behaviour checked is Linux's"
)

_RUN = """
import os, sys, time
from functools import partial
from pathlib import Path
from pipeline.ledger.buku import jam_kantor
from pipeline.ledger.gembok import gembok_ruang_kerja
from pipeline.progres import di_proses_sendiri, peta

folder = Path(sys.argv[1])

def kerja(x=0):
    (folder / f"pekerja-{os.getpid()}").write_text("")
    time.sleep(120)
    return x

with gembok_ruang_kerja(folder / "sidik.lock", jam_kantor()):
    if sys.argv[2] == "sendiri":
        di_proses_sendiri(kerja)
    else:
        peta(kerja, list(range(8)), proses=2)
"""


def _gembok_bebas(lock: Path) -> bool:
    try:
        with gembok_ruang_kerja(lock, jam_kantor()):
            return True
    except LockHeld:
        return False


def _tunggu(syarat, detik: float) -> bool:  # type: ignore[no-untyped-def]
    batas = time.monotonic() + detik
    while time.monotonic() < batas:
        if syarat():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("cara", ["sendiri", "peta"])
def test_pekerja_mati_bersama_run_yang_dibunuh(tmp_path: Path, cara: str) -> None:
    run = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_RUN), str(tmp_path), cara],
        cwd=Path(__file__).parents[1],
    )
    try:
        harap = 1 if cara == "sendiri" else 2
        assert _tunggu(lambda: len(list(tmp_path.glob("pekerja-*"))) == harap, 30)
        assert not _gembok_bebas(tmp_path / "sidik.lock")  # the run and its workers hold it
        os.kill(run.pid, signal.SIGKILL)  # the run alone, not its process group
        run.wait()
        # Each worker's death closes its share of the lock file: the lock comes free.
        assert _tunggu(lambda: _gembok_bebas(tmp_path / "sidik.lock"), 10)
    finally:
        run.kill()
        for p in tmp_path.glob("pekerja-*"):
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(p.name.split("-")[1]), signal.SIGKILL)


def test_galat_dari_proses_lain_tiba_utuh(tmp_path: Path) -> None:
    # An invalid workbook is read in a process of its own: its error, with every problem
    # located, must reach the CLI as it was raised.
    from pipeline.errors import Masalah, SidikError, WorkbookInvalid
    from pipeline.progres import di_proses_sendiri

    masalah = [Masalah("a.xlsx", "workbook.kosong", "Informasi", 3, "Judul", "x")]

    def gagal() -> None:
        raise WorkbookInvalid("a.xlsx", masalah)

    with pytest.raises(WorkbookInvalid) as e:
        di_proses_sendiri(gagal)
    assert e.value.masalah == masalah and e.value.code == 3
    assert e.value.pesan() == WorkbookInvalid("a.xlsx", masalah).pesan()
    for jenis in SidikError.__subclasses__():
        asli = jenis("gembok.dipegang", berkas="x", pid=1, host="h", sejak="s", perintah="p")
        with pytest.raises(jenis) as e2:
            di_proses_sendiri(partial(_lempar, asli))
        assert (e2.value.message_id, e2.value.params) == (asli.message_id, asli.params)


def _lempar(galat: Exception) -> None:
    raise galat
