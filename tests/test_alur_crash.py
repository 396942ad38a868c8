"""Crash safety and the lock, with real subprocesses of ``sidik``.

A run is killed with SIGKILL (its whole process group, LibreOffice included) at every named
point of the workflow (:data:`pipeline.gangguan.TITIK`: each stage's start, between its files
and their record, after the record; the archive assembled, filed, registered) and at an event
in the middle of a stage's transaction, then run again: the cycle must finish with no
duplicate document, no half-written file and a consistent ledger. The kills come from the run
itself (``SIDIK_MATI_DI``), so they land at the same place on any machine, fast or slow. A
second run started while one holds the workspace is refused.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import gangguan
from pipeline.config import muat
from pipeline.hashing import sha256_berkas
from tests.bantu.buku_kerja import buku_kerja_kecil
from tests.bantu.cli import SIDIK, jalankan_sidik

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL of a process group is POSIX"),
]

# The SOP's order: steps 1-2 up to the Tim Pertimbangan's review, then the participants'
# signatures on the Lembar and steps 4-5.
SEBELUM_TINJAUAN = [
    t for t in gangguan.TITIK if t.split(".")[0] in ("kumpulkan", "render", "convert", "paraf")
]
SESUDAH_TINJAUAN = [t for t in gangguan.TITIK if t.split(".")[0] in ("peserta", "sign", "archive")]


def jumlah_peristiwa(ruang: Path) -> int:
    with sqlite3.connect(ruang / "output" / "sidik.db") as sambungan:
        return int(sambungan.execute("SELECT COUNT(*) FROM peristiwa").fetchone()[0])


def mati_di(ruang: Path, wb: str, titik: str, *perintah: str) -> None:
    """``sidik run`` (or ``perintah``) that kills itself at ``titik``; that it died by SIGKILL
    proves the run reached the point (a run that finished or failed first exits with its own
    code)."""
    p = subprocess.run(
        [SIDIK, "-q", *(perintah or ("run", wb))],
        cwd=ruang,
        env={**os.environ, gangguan.VARIABEL: titik},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        start_new_session=True,  # its own process group: LibreOffice dies with it
        timeout=600,
        check=False,
    )
    assert p.returncode == -signal.SIGKILL, (titik, p.returncode, p.stderr)


def test_setiap_titik_gangguan_diuji() -> None:
    assert list(gangguan.TITIK) == SEBELUM_TINJAUAN + SESUDAH_TINJAUAN


def test_sigkill_di_setiap_titik_lalu_ulang(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))

    # Steps 1-2, killed at each boundary in turn; each rerun picks up where the last one died.
    for titik in SEBELUM_TINJAUAN:
        mati_di(ruang, wb, titik)
        if titik == "convert.selesai":  # and once inside paraf's transaction: 2nd of its events
            mati_di(ruang, wb, f"peristiwa.{jumlah_peristiwa(ruang) + 2}")
    assert jalankan_sidik(ruang, "run", wb).returncode == 13

    tinjau = jalankan_sidik(ruang, "review", "apply", "--all", "dikecualikan", "--note", "rapat")
    assert tinjau.returncode == 0, tinjau.stderr

    # The participants' signatures, then steps 4-5: signing and filing, killed at each boundary.
    # `sidik run` signs for every participant in one pass (each document read once), so only
    # one of its runs reaches the end of that pass: after the run killed at the pass's start,
    # the first participant's own act is killed at the end of its pass, then the run's pass
    # for the others before its record.
    ppid = muat(ruang / "sidik.toml").ppid_pelaksana
    for titik in SESUDAH_TINJAUAN:
        if titik == "peserta.selesai":
            continue  # reached by the participant's own act
        mati_di(ruang, wb, titik)
        if titik == "peserta.mulai":
            sendiri = ("sign", "--peran", "ppid_pelaksana", "--nip", ppid.nip)
            mati_di(ruang, wb, "peserta.selesai", *sendiri)
        if titik == "sign.mulai":  # inside the signatures' transaction
            mati_di(ruang, wb, f"peristiwa.{jumlah_peristiwa(ruang) + 2}")
    akhir = jalankan_sidik(ruang, "run", wb)
    assert akhir.returncode == 0, akhir.stderr
    periksa_keadaan_akhir(ruang)
    assert "sudah diarsipkan" in jalankan_sidik(ruang, "run", wb).stdout


def test_run_kedua_ditolak_selama_gembok_dipegang(ruang_dengan_pki: Path) -> None:
    # Deterministic: this test process holds the workspace lock (the same code a run uses)
    # while a real second 'sidik run' starts; it must refuse, name the holder, touch nothing.
    from pipeline.ledger.buku import jam_kantor
    from pipeline.ledger.gembok import gembok_ruang_kerja, path_gembok

    ruang = ruang_dengan_pki
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    with gembok_ruang_kerja(path_gembok(ruang / "output" / "sidik.db"), jam_kantor()):
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
    [berita_acara] = [n for n in nama if n.startswith("berita-acara-")]  # the Tim's meeting
    assert [n for n in nama if n != berita_acara] == [
        "daftar.pdf",
        "keputusan.pdf",
        "lembar-0001.pdf",
        "lembar-0002.pdf",
    ]
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
        ttd = db.execute("SELECT nama, sha256 FROM dokumen WHERE tahap = 'sign'").fetchall()
        selesai = db.execute("SELECT COUNT(*) FROM langkah WHERE selesai IS NOT NULL").fetchone()
    assert len(register) == 5 and arsip == 5
    assert {Path(p).name: s for p, s in register} == {
        b["nama"]: b["sha256"] for b in data["berkas"]
    }
    assert {f"{k}.pdf": s for k, s in ttd} == {b["nama"]: b["sha256"] for b in data["berkas"]}
    assert selesai[0] == 5
    # every participant's signature in a file has its event, even the ones made just before a
    # kill at peserta.catat (recorded on the rerun as recovered)
    assert _ttd_peserta_dalam_berkas(manifest.parent) == _ttd_peserta_tercatat(keluaran)


def _ttd_peserta_dalam_berkas(arsip: Path) -> dict[str, int]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from pipeline.medan_ttd import PERAN_PPID, PERAN_TIM, peran_medan

    hasil = {}
    for pdf in sorted(arsip.glob("*.pdf")):
        with pdf.open("rb") as f:
            ttd = PdfFileReader(f, strict=False).embedded_regular_signatures
            n = sum(1 for t in ttd if peran_medan(t.field_name) in (PERAN_PPID, PERAN_TIM))
        if n:
            hasil[pdf.stem] = n
    return hasil


def _ttd_peserta_tercatat(keluaran: Path) -> dict[str, int]:
    with sqlite3.connect(keluaran / "sidik.db") as db:
        baris = db.execute(
            "SELECT keterangan, COUNT(*) FROM peristiwa"
            " WHERE aksi IN ('ttd_peserta', 'ttd_peserta_dipulihkan') GROUP BY keterangan"
        ).fetchall()
    return {k: n for k, n in baris}
