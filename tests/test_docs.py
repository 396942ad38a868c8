"""docs/: the generated references match the code, and every role has its guide."""

from __future__ import annotations

import re

from pipeline.errors import ExitCode
from pipeline.ruang import referensi
from tests.bantu.ruang import ROOT

DOCS = ROOT / "docs"
PERAN = ("operator", "ppid-pelaksana", "tim-pertimbangan", "atasan-ppid", "auditor")


def test_rujukan_konfigurasi_sama_dengan_skema() -> None:
    # regenerate with: python -m pipeline.ruang.referensi docs
    assert (DOCS / "konfigurasi.md").read_text(encoding="utf-8") == referensi.teks_konfigurasi()


def test_rujukan_kode_keluar_sama_dengan_exitcode() -> None:
    assert (DOCS / "kode-keluar.md").read_text(encoding="utf-8") == referensi.teks_kode_keluar()


def test_readme_mencantumkan_setiap_kode_keluar() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tabel = readme.split("## Exit codes (stable)")[1].split("\n## ")[0]
    kode = [int(k) for k in re.findall(r"^\| (\d+) \|", tabel, re.M)]
    assert kode == [k.value for k in ExitCode]


def test_setiap_peran_punya_panduan_dengan_keluaran_nyata() -> None:
    indeks = (DOCS / "README.md").read_text(encoding="utf-8")
    for peran in PERAN:
        teks = (DOCS / f"{peran}.md").read_text(encoding="utf-8")
        assert f"({peran}.md)" in indeks, peran
        assert re.search(r"^\$ sidik ", teks, re.M), peran  # a command with its output


def test_glosarium_menunjuk_kode_yang_ada() -> None:
    from pipeline.ledger.sop import Langkah, Peran

    teks = (ROOT / "docs" / "glosarium.md").read_text(encoding="utf-8")
    berkas = set(re.findall(r"`([\w/]+\.py)`", teks))
    assert berkas, "the glossary names no module"
    ada = [p / b for b in sorted(berkas) for p in (ROOT, ROOT / "pipeline") if (p / b).is_file()]
    hilang = [b for b in sorted(berkas) if not any(a.as_posix().endswith(b) for a in ada)]
    assert hilang == []
    for istilah in [*(lk.value for lk in Langkah), *(p.value for p in Peran)]:
        assert f"`{istilah}`" in teks, istilah


def test_rujukan_perintah_sama_dengan_bantuan_setiap_perintah() -> None:
    import subprocess
    import sys

    # in a fresh process: this one's commands may keep a help option made in English
    baru = subprocess.run(
        [sys.executable, "-m", "pipeline.cli.rujukan", "-"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    ).stdout
    berkas = ROOT / "docs" / "perintah.md"
    assert berkas.read_text(encoding="utf-8") == baru, (
        "docs/perintah.md is stale: python -m pipeline.cli.rujukan docs/perintah.md"
    )
    teks = berkas.read_text(encoding="utf-8")
    for perintah in ("sidik run", "sidik review change", "sidik archive check", "sidik log"):
        assert f"## `{perintah}`" in teks
