"""The web benchmark runs at a small N and writes its JSON with every page of every role, so
it cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bantu.ruang import ROOT

pytestmark = pytest.mark.slow


def test_bench_web_kecil_mengukur_setiap_halaman_dan_verifikasi(tmp_path: Path) -> None:
    keluar = tmp_path / "web.json"
    perintah = [sys.executable, str(ROOT / "bench" / "web.py"), "--items", "20", "--ulang", "1"]
    hasil = subprocess.run(
        [*perintah, "--pdf-mb", "1", "--json", str(keluar)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert hasil.returncode == 0, hasil.stderr + hasil.stdout
    data = json.loads(keluar.read_text())
    assert (data["items_per_siklus"], data["siklus"], data["ulang"]) == (20, 3, 1)
    halaman = {(h["akun"], h["halaman"].split("?")[0]): h for h in data["hasil"]}
    for akun in ("rudi", "andi", "maya", "siti", "audit", "admin"):
        assert halaman[(akun, "/")]["status"] == 200 and halaman[(akun, "/status")]["status"] == 200
    assert any(a == "andi" and h.endswith("/periksa") for a, h in halaman)
    assert any(a == "maya" and h.endswith("/tinjau") for a, h in halaman)
    [unggah] = [h for h in data["hasil"] if h["halaman"].startswith("POST /verifikasi")]
    assert unggah["status"] == 200 and unggah["sah"] is True  # the signed PDF verifies VALID
    assert all(h["median_ms"] > 0 for h in data["hasil"])
    assert "median ms" in hasil.stdout
