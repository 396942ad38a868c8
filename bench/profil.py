"""CPU time per document of sidik's own stages, in ONE process: paraf, the participants'
signatures (``peserta``), the Atasan PPID's (``sign``) and the archive.

The wall clock of ``bench.py`` moves with the machine's load (other processes share the
cores); the CPU time one process spends on each document moves much less. Here every stage
runs in this process, one document after another (``progres.tanpa_fork``), under cProfile with
``time.process_time`` as its clock, on a workspace prepared once and kept:

1. ``ruang/``: a workbook of N items (as ``bench.py`` makes it), rendered and converted by
   ``sidik`` itself (subprocesses; LibreOffice is not what is measured here);
2. a copy, ``ukur/``: ``sidik paraf`` in this process; ``sidik review apply --all
   dikecualikan`` (a subprocess); then ``sidik run`` in this process: the participants'
   signatures on every Lembar and Berita Acara, the Atasan PPID's, the archive.

Each stage's CPU is the ``time.process_time`` spent in its workflow function (``paraf_dokumen``,
``tandatangani_semua``, ``sign_dokumen``, ``simpan_arsip``). With ``--cprofile`` the two
commands also run under cProfile, whose profiles are kept beside the workspace (``paraf.prof``,
``run.prof``, for ``python -m pstats``): to see where the time goes, not how much it is
(cProfile inflates pure-Python code several times, fontTools' about tenfold).

Usage::

    .venv/bin/python bench/profil.py --items 100 --keep /tmp/profil --json profil.json
    .venv/bin/python bench/profil.py --items 100 --keep /tmp/profil   # again: reuses ruang/
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import ROOT, SIDIK, jalankan, siapkan_ruang  # noqa: E402  (bench.py beside this)

WB = "input/bench.xlsx"
TAHAP = {  # stage -> the workflow function whose cumulative CPU it is
    "paraf": "paraf_dokumen",
    "peserta": "tandatangani_semua",
    "sign": "sign_dokumen",
    "archive": "simpan_arsip",
}


def siapkan(akar: Path, n: int) -> Path:
    """The workspace rendered and converted (made once; kept for the next measurement)."""
    ruang = akar / "ruang"
    if not (ruang / "output").is_dir():
        shutil.rmtree(ruang, ignore_errors=True)
        siapkan_ruang(ruang, n)
        jalankan([SIDIK, "-q", "render", WB], ruang)
        jalankan([SIDIK, "-q", "convert"], ruang)
    return ruang


def sidik_di_sini(args: list[str], profil: cProfile.Profile | None, keluar: Path) -> None:
    """``sidik args`` in this process (profiled into ``keluar`` with ``profil``)."""
    from pipeline.cli import cli

    if profil is not None:
        profil.enable()
    try:
        cli.main(["-q", *args], prog_name="sidik", standalone_mode=False)
    finally:
        if profil is not None:
            profil.disable()
            profil.dump_stats(str(keluar))


def ukur_tahap() -> dict[str, float]:
    """Wrap each stage's workflow function where ``sidik run`` and ``sidik paraf`` call it,
    so that its CPU seconds add up in the returned dict."""
    from pipeline.alur import periksa, siklus

    cpu: dict[str, float] = {}

    def bungkus(tahap: str, fungsi: Any) -> Any:
        def diukur(*args: Any, **kwargs: Any) -> Any:
            mulai = time.process_time()
            try:
                return fungsi(*args, **kwargs)
            finally:
                cpu[tahap] = cpu.get(tahap, 0.0) + time.process_time() - mulai

        return diukur

    for tahap, nama in TAHAP.items():
        for modul in (siklus, periksa):
            if hasattr(modul, nama):
                setattr(modul, nama, bungkus(tahap, getattr(modul, nama)))
    return cpu


def jumlah_dokumen(ruang: Path) -> dict[str, int]:
    """How many documents each stage worked: all for paraf and sign, the Lembar and Berita
    Acara (each signed by every participant) for peserta."""
    semua = list(ruang.glob("output/kerja/*/paraf/*.pdf"))
    peserta = list(ruang.glob("output/kerja/*/peserta/*.pdf"))
    return {"paraf": len(semua), "peserta": len(peserta), "sign": len(semua),
            "archive": len(semua)}  # fmt: skip


def ukur(akar: Path, n: int, profil: bool = False) -> dict:
    """Measure every stage once on a fresh copy of the prepared workspace."""
    from pipeline.progres import tanpa_fork

    ruang = siapkan(akar, n)
    ukur = akar / "ukur"
    shutil.rmtree(ukur, ignore_errors=True)
    shutil.copytree(ruang, ukur, symlinks=True)
    tanpa_fork(True)
    cpu = ukur_tahap()
    asal = Path.cwd()
    os.chdir(ukur)
    try:
        mulai = time.process_time()
        baru = (lambda: cProfile.Profile(time.process_time)) if profil else (lambda: None)
        sidik_di_sini(["paraf"], baru(), akar / "paraf.prof")
        jalankan([SIDIK, "-q", "review", "apply", "--all", "dikecualikan", "--note", "p"], ukur)
        sidik_di_sini(["run", WB], baru(), akar / "run.prof")
        total = time.process_time() - mulai
    finally:
        os.chdir(asal)
    dok = jumlah_dokumen(ukur)
    return {
        "items": n,
        "dokumen": dok,
        "cpu_detik": {k: round(v, 3) for k, v in cpu.items()},
        "cpu_ms_per_dokumen": {k: round(1000 * v / dok[k], 1) for k, v in cpu.items() if dok[k]},
        "cpu_detik_total": round(total, 3),
        "cprofile": profil,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--keep", type=Path, required=True, help="the kept workspace's folder")
    ap.add_argument("--json", type=Path, help="write the result as JSON here")
    ap.add_argument("--cprofile", action="store_true", help="also keep cProfile's profiles")
    a = ap.parse_args(argv)
    a.keep.mkdir(parents=True, exist_ok=True)
    hasil = ukur(a.keep.resolve(), a.items, a.cprofile)
    teks = json.dumps(hasil, indent=2, ensure_ascii=False)
    print(teks)
    if a.json:
        a.json.write_text(teks + "\n")
    return 0


if __name__ == "__main__":
    assert ROOT.is_dir()
    sys.exit(main())
