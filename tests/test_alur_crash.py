"""Crash safety and the lock, with real subprocesses of ``sidik``.

A batch is killed with SIGKILL (the whole process group, LibreOffice included) at several
points, then run again: the cycle must finish with no duplicate document, no half-written
file and a consistent ledger. A second run started while one is in progress is refused.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.hashing import sha256_berkas
from tests.conftest import SIDIK, jalankan_sidik
from tests.test_alur import buku_kerja_kecil

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL of a process group is POSIX"),
]


def jumlah_peristiwa(ruang: Path) -> int:
    db = ruang / "output" / "sidik.db"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as sambungan:
            return int(sambungan.execute("SELECT COUNT(*) FROM peristiwa").fetchone()[0])
    except sqlite3.OperationalError:  # not migrated yet
        return 0


def mulai(ruang: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [SIDIK, "-q", *args],
        cwd=ruang,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: LibreOffice dies with it
    )


def bunuh_ketika(ruang: Path, p: subprocess.Popen[bytes], tambah: int, detik: float) -> bool:
    """SIGKILL ``p`` once ``tambah`` more events are logged or ``detik`` passed; False if it
    ended by itself first."""
    awal, batas = jumlah_peristiwa(ruang), time.monotonic() + detik
    while p.poll() is None:
        if jumlah_peristiwa(ruang) >= awal + tambah or time.monotonic() > batas:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            return True
        time.sleep(0.005)
    return False


def test_sigkill_di_beberapa_titik_lalu_ulang(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))

    # A second run while the first holds the workspace is refused, naming the holder.
    pertama = mulai(ruang, "run", wb)
    kunci = ruang / "output" / "sidik.lock"
    while not (kunci.is_file() and kunci.read_text().strip()):
        assert pertama.poll() is None
        time.sleep(0.01)
    kedua = jalankan_sidik(ruang, "run", wb)
    # Refused while the first holds the lock; a fast first run may have finished by now (13).
    assert kedua.returncode in (8, 13), kedua.stderr
    if kedua.returncode == 8:
        assert f"pid {pertama.pid}" in kedua.stderr and "sejak" in kedua.stderr

    # Steps 1-2 killed: wherever the first run is now (on a fast machine it may already have
    # finished while the refused run started), then after the next event, then at a moment.
    # A kill on "the next event" lands whenever work remains; the timed ones may not.
    terbunuh = [bunuh_ketika(ruang, pertama, 10_000, 1.5)]
    for tambah, detik in ((1, 30), (10_000, 0.8)):
        terbunuh.append(bunuh_ketika(ruang, mulai(ruang, "run", wb), tambah, detik))
    assert jalankan_sidik(ruang, "run", wb).returncode == 13

    tinjau = jalankan_sidik(ruang, "review", "apply", "--all", "dikecualikan", "--note", "rapat")
    assert tinjau.returncode == 0, tinjau.stderr

    # Steps 4-5 killed: after the signatures, and at a few moments of signing and filing.
    for tambah, detik in ((1, 30), (10_000, 1.0), (2, 30)):
        terbunuh.append(bunuh_ketika(ruang, mulai(ruang, "run", wb), tambah, detik))
    assert sum(terbunuh) >= 3, terbunuh  # the event-triggered kills, at least, hit a live run
    akhir = jalankan_sidik(ruang, "run", wb)
    assert akhir.returncode == 0, akhir.stderr
    periksa_keadaan_akhir(ruang)
    assert "sudah diarsipkan" in jalankan_sidik(ruang, "run", wb).stdout


def test_run_kedua_ditolak_selama_kunci_dipegang(ruang_dengan_pki: Path) -> None:
    # Deterministic: this test process holds the workspace lock (the same code a run uses)
    # while a real second 'sidik run' starts; it must refuse, name the holder, touch nothing.
    from pipeline.ledger.buku import jam_wib
    from pipeline.ledger.kunci import kunci_ruang_kerja, path_kunci

    ruang = ruang_dengan_pki
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    with kunci_ruang_kerja(path_kunci(ruang / "output" / "sidik.db"), jam_wib()):
        kedua = jalankan_sidik(ruang, "run", wb)
    assert kedua.returncode == 8, kedua.stderr
    assert f"pid {os.getpid()}" in kedua.stderr and "sejak" in kedua.stderr
    assert not (ruang / "output" / "sidik.db").exists()
    assert not (ruang / "output" / "kerja").exists()


def periksa_keadaan_akhir(ruang: Path) -> None:
    keluaran = ruang / "output"
    [manifest] = list((keluaran / "arsip").glob("*/*/*/*/manifest.json"))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    nama = sorted(b["nama"] for b in data["berkas"])
    assert nama == ["daftar.pdf", "keputusan.pdf", "lembar-0001.pdf", "lembar-0002.pdf"]
    for b in data["berkas"]:
        assert sha256_berkas(manifest.parent / b["nama"]) == b["sha256"]
    sisa = [p for p in keluaran.rglob("*") if p.name.endswith(".tmp") or ".sementara-" in p.name]
    assert sisa == []
    assert jalankan_sidik(ruang, "verify", "output/arsip").returncode == 0
    with sqlite3.connect(keluaran / "sidik.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        register = db.execute("SELECT path, sha256 FROM register_arsip").fetchall()
        arsip = db.execute("SELECT COUNT(*) FROM peristiwa WHERE aksi = 'arsip'").fetchone()[0]
        ttd = db.execute("SELECT kunci, sha256 FROM dokumen WHERE tahap = 'sign'").fetchall()
        selesai = db.execute("SELECT COUNT(*) FROM langkah WHERE selesai IS NOT NULL").fetchone()
    assert len(register) == 4 and arsip == 4
    assert {Path(p).name: s for p, s in register} == {
        b["nama"]: b["sha256"] for b in data["berkas"]
    }
    assert {f"{k}.pdf": s for k, s in ttd} == {b["nama"]: b["sha256"] for b in data["berkas"]}
    assert selesai[0] == 5
