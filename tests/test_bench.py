"""The benchmark runs at a small N and writes its JSON with every field, so it cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bantu.ruang import ROOT

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def test_bench_kecil_menulis_json_lengkap(tmp_path: Path) -> None:
    keluar = tmp_path / "bench.json"
    hasil = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "bench.py"),
            "--items",
            "3",
            "--naive-sample",
            "1",
            "--json",
            str(keluar),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert hasil.returncode == 0, hasil.stderr + hasil.stdout
    data = json.loads(keluar.read_text())
    assert data["inti"] >= 1
    assert set(data["versi"]) == {"sidik", "libreoffice", "python", "pyhanko"}
    [n3] = data["hasil"]
    assert n3["items"] == 3 and n3["dokumen"] == 6  # 3 Lembar, DIK, SK, one Berita Acara
    assert n3["rasio_sidik_floor"] > 0 and n3["rasio_naif_sidik"] > 0
    assert n3["sidik"]["rss_puncak_mb"] > 0 and n3["sidik"]["dokumen_per_detik"] > 0
    assert 0 < n3["sidik"]["pss_puncak_mb"] <= n3["sidik"]["rss_puncak_mb"]
    assert isinstance(n3["sidik"]["mulai_ulang"], int)  # LibreOffice restarts seen
    rincian = n3["sidik"]["rincian_puncak"]  # the tree at the peak: sidik and its children
    assert any(r["proses"] == "sidik" for r in rincian)
    assert sum(r["pss_mb"] for r in rincian) == pytest.approx(n3["sidik"]["pss_puncak_mb"], 0.01)
    assert {"render", "convert", "paraf", "sign", "archive"} <= set(n3["sidik"]["tahap"])
    assert n3["floor"]["dokumen"] == 6 and n3["floor"]["proses"] >= 1
    for naif in ("naif", "naif_profil"):  # as installed; profiles prepared like sidik's
        assert n3[naif]["dokumen_diukur"] == 1 and n3[naif]["diekstrapolasi"] is True
    assert n3["rasio_naif_profil_sidik"] > 0
    assert "sidik/floor" in hasil.stdout and "naive/sidik" in hasil.stdout


def test_bilah_kemajuan_hanya_setelah_satu_detik_lalu_baris_baru() -> None:
    import io

    from pipeline.cli.kemajuan import BilahKemajuan

    jam = iter([0.0, 0.5, 2.0, 2.05, 4.0])
    keluar = io.StringIO()
    bilah = BilahKemajuan(keluar, jam=lambda: next(jam))
    bilah("convert", 0, 10)  # starts the stage's clock
    bilah("convert", 2, 10)  # under a second: nothing drawn
    assert keluar.getvalue() == ""
    bilah("convert", 5, 10)
    assert keluar.getvalue().startswith("\rconvert  [############------------] 5/10")
    bilah("convert", 6, 10)  # redrawn at most every 0.1 s
    bilah("convert", 10, 10)
    assert keluar.getvalue().endswith("10/10 dokumen, 2.5 dok/detik, sisa 0:00\n")


def test_bilah_kemajuan_diam_tanpa_terminal() -> None:
    import io

    from pipeline.cli.kemajuan import bilah_kemajuan
    from pipeline.progres import tanpa_kemajuan

    assert bilah_kemajuan(False, io.StringIO()) is tanpa_kemajuan
    assert bilah_kemajuan(True) is tanpa_kemajuan


def test_peta_paralel_menjaga_urutan_dan_melaporkan() -> None:
    from pipeline.progres import peta

    faktor = 3  # a closure: inherited by the forked workers, never pickled
    laporan: list[int] = []
    hasil = peta(lambda x: x * faktor, list(range(40)), laporan.append, proses=2)
    assert hasil == [x * 3 for x in range(40)]
    assert laporan[-1] == 40 and laporan == sorted(laporan)


def test_bilah_langkah_1_menghitung_baris_dan_informasi() -> None:
    from pipeline.cli.kemajuan import baris

    assert baris("workbook", 100, 250, 2.0).endswith("100/250 baris, 50.0 baris/detik, sisa 0:03")
    assert "100/250 informasi, 50.0 informasi/detik" in baris("kumpul", 100, 250, 2.0)
    assert "100/250 dokumen" in baris("sign", 100, 250, 2.0)


def test_membaca_buku_kerja_melaporkan_baris(ruang_kerja: Path) -> None:
    from pipeline.config import muat
    from pipeline.workbook import baca_items
    from pipeline.workbook.contoh import tulis_contoh

    berkas = ruang_kerja / "input" / "250.xlsx"
    tulis_contoh(berkas, 250)
    laporan: list[tuple[int, int]] = []
    items = baca_items(
        berkas, muat(ruang_kerja / "sidik.toml"), lambda n, t: laporan.append((n, t))
    )
    assert len(items) == 250
    assert laporan == [(100, 250), (200, 250), (250, 250)]  # the total is the saved row count
