"""Benchmark: sidik end to end against LibreOffice's per-document floor and the naive path.

For each N it makes a fresh workspace (sidik.toml, templates, dev PKI), a synthetic workbook of
N items, and runs the README's cycle: ``sidik run`` (exit 13) -> ``sidik review apply --all
dikecualikan`` -> ``sidik run``. On the DOCX files that cycle rendered it then measures:

* floor: LibreOffice alone, one DOCX per document, one warm process per core, each with its
  own profile and environment prepared as sidik prepares its own (``libreoffice.siapkan_profil``);
* naive: one ``soffice --convert-to`` process per file, LibreOffice as installed, a fresh
  profile each (a fixed random sample, extrapolated);
* naive, prepared profile: the same files the same way, each profile prepared as sidik's. As
  installed, headless LibreOffice 7.4 runs its graphics render tests at every start (about
  1.3 s); this shows what is left of the naive path without them.

With ``--peserta`` it also runs a second cycle in which every participant of the test signs
as their own act (``sidik sign --peran ... --nip ...``, in order, then the Atasan PPID and the
archive), and reports each participant's batch: Lembar signed, the command's and the signing
stage's seconds, signatures per second. The measured cycle's stage ``peserta`` (``sidik run``
signing on every participant's behalf) is reported against the floor.

Usage::

    .venv/bin/python bench/bench.py --items 50 500 --json bench.json
    .venv/bin/python bench/bench.py --items 500 --peserta   # and each participant's batch
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.external import libreoffice  # noqa: E402  (after the path is set)

SIDIK = str(Path(sys.executable).parent / "sidik")
TAHAP = {  # the first words of sidik's stage lines ("… Merender 52 dokumen")
    "render": ("membuat", "rendering"),
    "convert": ("mengonversi", "converting"),
    "paraf": ("membubuhkan paraf", "stamping paraf"),
    "sign": ("menandatangani", "signing"),
    "peserta": (),  # "<name> menandatangani Lembar ...": found by PESERTA, not by its start
    "archive": ("mengarsipkan", "archiving"),
}

# "<name> menandatangani Lembar dan Berita Acara yang menunggunya …" (earlier "… Lembar
# Pengujian …"): the participants' stage line, found anywhere in the line
PESERTA = (
    "menandatangani lembar dan berita acara",
    "signing the lembar and berita acara",
    "menandatangani lembar pengujian",
    "signing the lembar pengujian",
)


class PengukurRss:
    """Samples the memory of a process and all its descendants from /proc: the summed RSS
    (shared library pages counted once per process) and the summed PSS (shared pages divided
    among the processes that map them, so the tree's real share of RAM).

    Every 0.25 s: one look costs about 22 ms of CPU (the kernel walks each process's page
    tables for its PSS), which at 0.05 s took a quarter of a core from the run being measured.
    LibreOffice's and the stages' memory changes over seconds, not milliseconds."""

    def __init__(self, pid: int, jeda: float = 0.25) -> None:
        self.pid, self.jeda, self.puncak, self.puncak_pss = pid, jeda, 0, 0
        self.rincian: list[tuple[str, int, int]] = []  # at the PSS peak: (name, RSS, PSS)
        self._henti = threading.Event()
        self._utas = threading.Thread(target=self._jalan, daemon=True)
        self._utas.start()

    def _jalan(self) -> None:
        while not self._henti.is_set():
            ukuran = [(p, rss(p), pss(p)) for p in pid_pohon(self.pid)]
            self.puncak = max(self.puncak, sum(r for _, r, _ in ukuran))
            jumlah_pss = sum(s for _, _, s in ukuran)
            if jumlah_pss > self.puncak_pss:
                self.puncak_pss = jumlah_pss
                self.rincian = [(nama(p), r, s) for p, r, s in ukuran if r]
            time.sleep(self.jeda)

    def henti(self) -> tuple[int, int]:
        """Stop; the peaks of RSS and PSS, in bytes."""
        self._henti.set()
        self._utas.join()
        return self.puncak, self.puncak_pss


def pid_pohon(akar: int) -> list[int]:
    """``akar`` and its descendants that are alive now."""
    anak: dict[int, list[int]] = {}
    for entri in os.scandir("/proc"):
        if not entri.name.isdigit():
            continue
        try:
            stat = Path(entri.path, "stat").read_text()
        except OSError:
            continue
        anak.setdefault(int(stat.rpartition(")")[2].split()[1]), []).append(int(entri.name))
    pohon, tumpuk = [], [akar]
    while tumpuk:
        p = tumpuk.pop()
        pohon.append(p)
        tumpuk.extend(anak.get(p, []))
    return pohon


def rss(pid: int) -> int:
    """Bytes of RSS of ``pid`` (0 when it is gone)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError):
        return 0


def nama(pid: int) -> str:
    """The program ``pid`` runs (its /proc comm), or "?" when it is gone."""
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def pss(pid: int) -> int:
    """Bytes of PSS of ``pid`` (0 when it is gone)."""
    try:
        for baris in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if baris.startswith("Pss:"):
                return int(baris.split()[1]) * 1024
    except OSError:
        pass
    return 0


def jalankan(args: list[str], cwd: Path, kode: tuple[int, ...] = (0,)) -> dict:
    """Run a command, timing it, sampling its tree's peak RSS and timestamping stderr lines."""
    mulai = time.monotonic()
    p = subprocess.Popen(
        args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
    )
    ukur = PengukurRss(p.pid)
    baris: list[tuple[float, str]] = []
    assert p.stderr is not None and p.stdout is not None
    for b in p.stderr:
        baris.append((time.monotonic() - mulai, b.rstrip("\n")))
    keluar = p.stdout.read()
    p.wait()
    detik = time.monotonic() - mulai
    puncak, puncak_pss = ukur.henti()
    rincian = [
        {"proses": n, "rss_mb": round(r / 2**20, 1), "pss_mb": round(s / 2**20, 1)}
        for n, r, s in sorted(ukur.rincian, key=lambda x: -x[2])
    ]
    if p.returncode not in kode:
        teks = "\n".join(b for _, b in baris)
        raise GagalBench(f"{' '.join(args)} -> {p.returncode}\n{keluar}\n{teks}")
    return {
        "detik": detik,
        "stdout": keluar,
        "rss": puncak,
        "pss": puncak_pss,
        "rincian": rincian,
        "stderr": baris,
    }


def waktu_tahap(baris: list[tuple[float, str]], akhir: float) -> dict[str, float]:
    """Each stage's time: from its progress line to the next stage's line (or the end)."""
    titik: list[tuple[float, str]] = []
    for t, teks in baris:
        kecil = teks.lower().lstrip("… ").strip()
        for tahap, awalan in TAHAP.items():
            cocok = (
                any(p in kecil for p in PESERTA) if tahap == "peserta" else kecil.startswith(awalan)
            )
            if cocok and not any(n == tahap for _, n in titik):
                titik.append((t, tahap))
    hasil: dict[str, float] = {}
    if titik:
        hasil["mulai"] = titik[0][0]
    for i, (t, tahap) in enumerate(titik):
        ujung = titik[i + 1][0] if i + 1 < len(titik) else akhir
        hasil[tahap] = hasil.get(tahap, 0.0) + ujung - t
    return hasil


def _cocok(tahap: str, awalan: tuple[str, ...], kecil: str) -> bool:
    if tahap == "peserta":  # the line starts with the participant's name
        return any(p in kecil for p in PESERTA)
    return kecil.startswith(awalan)


def siapkan_ruang(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    shutil.copy2(ROOT / "sidik.toml", folder / "sidik.toml")
    shutil.copytree(ROOT / "templates", folder / "templates")
    (folder / "input").mkdir()
    for gambar in (ROOT / "input").glob("*.png"):  # the kop's lambang, as sidik.toml names it
        shutil.copy2(gambar, folder / "input" / gambar.name)
    jalankan([SIDIK, "-q", "pki", "dev"], folder)
    jalankan([SIDIK, "-q", "workbook", "sample", "input/bench.xlsx", "--items", str(n)], folder)
    return folder


def ukur_sidik(ruang: Path) -> dict:
    """The README's cycle: run (exit 13), review apply --all dikecualikan, run."""
    wb = "input/bench.xlsx"
    pertama = jalankan([SIDIK, "run", wb], ruang, kode=(13,))
    tinjau = jalankan(
        [SIDIK, "review", "apply", "--all", "dikecualikan", "--note", "benchmark"], ruang
    )
    kedua = jalankan([SIDIK, "run", wb], ruang)
    tahap: dict[str, float] = {"awal": 0.0}
    for bagian in (pertama, kedua):
        w = waktu_tahap(bagian["stderr"], bagian["detik"])
        tahap["awal"] += w.pop("mulai", bagian["detik"])
        for k, v in w.items():
            tahap[k] = tahap.get(k, 0.0) + v
    tahap["review"] = tinjau["detik"]
    total = pertama["detik"] + tinjau["detik"] + kedua["detik"]
    terbesar = max((pertama, tinjau, kedua), key=lambda b: b["pss"])
    return {
        "detik": total,
        "tahap": {k: round(v, 3) for k, v in tahap.items()},
        "rss_puncak_mb": round(max(pertama["rss"], tinjau["rss"], kedua["rss"]) / 2**20, 1),
        "pss_puncak_mb": round(terbesar["pss"] / 2**20, 1),
        # the process tree at the PSS peak, largest first
        "rincian_puncak": terbesar["rincian"],
        # LibreOffice processes that quit part-way and were followed by a fresh one (sidik logs
        # each as a warning)
        "mulai_ulang": sum(
            "berhenti sebelum" in b for bagian in (pertama, kedua) for _, b in bagian["stderr"]
        ),
        "run_pertama_detik": round(pertama["detik"], 3),
        "run_kedua_detik": round(kedua["detik"], 3),
    }


SOFFICE = shutil.which("soffice") or "soffice"


def soffice_args(profil: Path, keluar: Path, docx: list[Path]) -> list[str]:
    """sidik's own LibreOffice command line, so the floor converts with the same flags."""
    return [str(a) for a in libreoffice.argumen_konversi(SOFFICE, profil, keluar, docx)]


def lingkungan(tmp: Path, siapkan: bool) -> dict[str, str]:
    """LibreOffice's environment: sidik's own (``siapkan``), or as installed."""
    dasar = libreoffice.lingkungan(tmp) if siapkan else {**os.environ, "SAL_USE_VCLPLUGIN": "svp"}
    return {**dasar, "HOME": str(tmp)}


def konversi(docx: list[Path], keluar: Path, tmp: Path, siapkan: bool = True) -> float:
    """One LibreOffice process with a fresh profile converting ``docx``; its wall time.

    ``siapkan``: the profile is prepared as sidik prepares its own (before the clock starts,
    as sidik does it before it starts LibreOffice)."""
    profil = Path(tempfile.mkdtemp(dir=tmp))
    if siapkan:
        libreoffice.siapkan_profil(SOFFICE, profil / "p")
    mulai = time.monotonic()
    subprocess.run(
        soffice_args(profil / "p", keluar, docx),
        env=lingkungan(profil, siapkan),
        capture_output=True,
        check=False,
    )
    return time.monotonic() - mulai


def konversi_semua(docx: list[Path], keluar: Path, tmp: Path, ulang: list[int]) -> None:
    """Convert ``docx`` in one warm process; when LibreOffice stops early (given a long list it
    quits after a few hundred files), go on in a new one, as long as each converts something
    (sidik's own rule)."""
    sisa, sia_sia = docx, 0
    while sisa and sia_sia < 3:
        konversi(sisa, keluar, tmp)
        tinggal = [d for d in sisa if not (keluar / f"{d.stem}.pdf").is_file()]
        sia_sia = sia_sia + 1 if len(tinggal) == len(sisa) else 0
        sisa = tinggal
        if sisa:
            ulang.append(len(sisa))


def ukur_floor(docx: list[Path], tmp: Path, inti: int) -> dict:
    """All documents, one DOCX each, in one warm LibreOffice process per core."""
    keluar = tmp / "floor"
    potongan = [docx[i::inti] for i in range(inti)]
    ulang: list[int] = []
    mulai = time.monotonic()
    utas = [
        threading.Thread(target=konversi_semua, args=(b, keluar, tmp, ulang)) for b in potongan if b
    ]
    for u in utas:
        u.start()
    for u in utas:
        u.join()
    detik = time.monotonic() - mulai
    jadi = len(list(keluar.glob("*.pdf")))
    if jadi != len(docx):
        raise GagalBench(f"floor: {jadi} of {len(docx)} PDFs")
    return {
        "detik": round(detik, 3),
        "dokumen": len(docx),
        "proses": len(utas),
        "mulai_ulang": len(ulang),  # LibreOffice stopped early and was started again
    }


def ukur_naif(docx: list[Path], tmp: Path, sampel: int, benih: int, siapkan: bool) -> dict:
    """One soffice process per file, in sequence; a fixed random sample, extrapolated.
    ``siapkan``: each profile prepared as sidik's (else LibreOffice as installed)."""
    pilih = sorted(random.Random(benih).sample(docx, min(sampel, len(docx))))
    keluar = tmp / ("naif-profil" if siapkan else "naif")
    detik = sum(konversi([d], keluar, tmp, siapkan) for d in pilih)
    per = detik / len(pilih)
    return {
        "detik": round(per * len(docx), 3),
        "detik_diukur": round(detik, 3),
        "dokumen_diukur": len(pilih),
        "diekstrapolasi": len(pilih) < len(docx),
        "detik_per_dokumen": round(per, 3),
    }


def versi() -> dict[str, str]:
    from importlib.metadata import version

    lo = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout
    return {
        "sidik": version("sidik"),
        "libreoffice": lo.strip(),
        "python": platform.python_version(),
        "pyhanko": version("pyhanko"),
    }


def ukur_peserta(ruang: Path) -> dict:
    """Each participant's own act on a fresh cycle, as ``sidik sign --peran --nip`` (their key
    loaded once, the batch spread over the cores), then the Atasan PPID and the archive: per
    participant the Lembar signed, the command's seconds and the signing stage's, and the
    signatures per second of the stage."""
    from pipeline.alur.ttd_peserta import urutan_peserta
    from pipeline.config import muat

    wb = "input/bench.xlsx"
    jalankan([SIDIK, "run", wb], ruang, kode=(13,))
    jalankan([SIDIK, "review", "apply", "--all", "dikecualikan", "--note", "benchmark"], ruang)
    for perintah in (["render", wb], ["convert"], ["paraf"]):
        jalankan([SIDIK, *perintah], ruang)
    hasil = []
    for p in urutan_peserta(muat(ruang / "sidik.toml")):
        args = ["sign", "--peran", p.peran.value, "--nip", p.pejabat.nip]
        b = jalankan([SIDIK, *args], ruang)
        tahap = waktu_tahap(b["stderr"], b["detik"]).get("peserta", 0.0)
        # "… menandatangani N dokumen uji konsekuensi (Lembar, Berita Acara)"
        jumlah = int(re.findall(r"menandatangani (\d+) (?:Lembar|dokumen)", b["stdout"])[0])
        hasil.append(
            {
                "peserta": p.pejabat.nama,
                "peran": p.peran.value,
                "dokumen": jumlah,
                "detik": round(b["detik"], 3),
                "detik_tahap": round(tahap, 3),
                "ttd_per_detik": round(jumlah / tahap, 1) if jumlah and tahap else None,
            }
        )
    atasan = jalankan([SIDIK, "sign"], ruang)
    arsip = jalankan([SIDIK, "run", wb], ruang)
    return {"peserta": hasil, "atasan_detik": round(atasan["detik"], 3),
            "arsip_detik": round(arsip["detik"], 3)}  # fmt: skip


class GagalBench(Exception):
    """A measured command failed: recorded in the results, the other N still run."""


def satu_n(
    n: int, akar: Path, sampel: int, benih: int, hanya_sidik: bool = False, peserta: bool = False
) -> dict:
    ruang = siapkan_ruang(akar / f"n{n}" / "ruang", n)
    try:
        hasil = ukur_sidik(ruang)
    except GagalBench as e:
        return {"items": n, "gagal": str(e)[-2000:]}
    docx = sorted(ruang.glob("output/kerja/*/docx/*.docx"))
    dok = len(docx)
    sidik = {
        **hasil,
        "detik": round(hasil["detik"], 3),
        "dokumen_per_detik": round(dok / hasil["detik"], 2),
    }
    if hanya_sidik:
        return {"items": n, "dokumen": dok, "sidik": sidik}
    tmp = akar / f"n{n}" / "lo"
    tmp.mkdir()
    try:
        floor = ukur_floor(docx, tmp, os.cpu_count() or 1)
    except GagalBench as e:  # sidik's own figures are kept
        return {"items": n, "dokumen": dok, "sidik": sidik, "gagal": str(e)}
    naif = ukur_naif(docx, tmp, sampel, benih, siapkan=False)
    naif_profil = ukur_naif(docx, tmp, sampel, benih, siapkan=True)
    sendiri = ukur_peserta(siapkan_ruang(akar / f"n{n}" / "peserta", n)) if peserta else None
    return {
        **({"ttd_peserta": sendiri} if sendiri else {}),
        "items": n,
        "dokumen": dok,
        "sidik": sidik,
        "floor": {**floor, "dokumen_per_detik": round(dok / floor["detik"], 2)},
        "naif": naif,
        "naif_profil": naif_profil,
        "rasio_sidik_floor": round(hasil["detik"] / floor["detik"], 3),
        "rasio_peserta_floor": round(hasil["tahap"].get("peserta", 0.0) / floor["detik"], 3),
        "rasio_naif_sidik": round(naif["detik"] / hasil["detik"], 2),
        "rasio_naif_profil_sidik": round(naif_profil["detik"] / hasil["detik"], 2),
    }


def tabel(hasil: list[dict]) -> str:
    kepala = (
        "N",
        "docs",
        "sidik s",
        "floor s",
        "naive s",
        "naive(prep) s",
        "sidik/floor",
        "naive/sidik",
        "naive(prep)/sidik",
        "doc/s",
        "peak MB",
        "PSS MB",
        "stages (s)",
    )
    baris: list[tuple[str, ...]] = [kepala]
    for h in hasil:
        if "sidik" in h and "floor" not in h:  # sidik ran; the floor failed or was not asked
            s = h["sidik"]
            baris.append(
                (
                    str(h["items"]),
                    str(h["dokumen"]),
                    f"{s['detik']:.1f}",
                    "FAILED" if "gagal" in h else "-",
                    *[""] * 5,
                    f"{s['dokumen_per_detik']:.1f}",
                    f"{s['rss_puncak_mb']:.0f}",
                    f"{s['pss_puncak_mb']:.0f}",
                    " ".join(f"{k}={v:.1f}" for k, v in s["tahap"].items()),
                )
            )
            continue
        if "gagal" in h:
            baris.append(
                (
                    str(h["items"]),
                    "FAILED: " + h["gagal"].strip().splitlines()[-1][:80],
                    *[""] * (len(kepala) - 2),
                )
            )
            continue
        s = h["sidik"]
        tahap = " ".join(f"{k}={v:.1f}" for k, v in s["tahap"].items())
        naif, naif_profil = (
            f"{h[k]['detik']:.1f}" + ("*" if h[k]["diekstrapolasi"] else "")
            for k in ("naif", "naif_profil")
        )
        baris.append(
            (
                str(h["items"]),
                str(h["dokumen"]),
                f"{s['detik']:.1f}",
                f"{h['floor']['detik']:.1f}",
                naif,
                naif_profil,
                f"{h['rasio_sidik_floor']:.2f}",
                f"{h['rasio_naif_sidik']:.1f}",
                f"{h['rasio_naif_profil_sidik']:.1f}",
                f"{s['dokumen_per_detik']:.1f}",
                f"{s['rss_puncak_mb']:.0f}",
                f"{s['pss_puncak_mb']:.0f}",
                tahap,
            )
        )
    lebar = [max(len(b[i]) for b in baris) for i in range(len(kepala))]
    teks = ["  ".join(c.ljust(w) for c, w in zip(b, lebar, strict=True)) for b in baris]
    teks.insert(1, "  ".join("-" * w for w in lebar))
    return "\n".join(teks)


def tabel_peserta(h: dict) -> str:
    """Each participant's batch at one N, and the participants' stage against the floor."""
    t = h["ttd_peserta"]
    baris = [
        f"N={h['items']}: each participant's own batch (sidik sign --peran --nip)",
        *(
            f"  {p['peran']:<16} {p['peserta']:<32} {p['dokumen']:>4} documents  command "
            f"{p['detik']:.1f} s  stage {p['detik_tahap']:.1f} s  {p['ttd_per_detik']} sig/s"
            for p in t["peserta"]
        ),
        f"  then the Atasan PPID {t['atasan_detik']:.1f} s, the archive {t['arsip_detik']:.1f} s; "
        f"in the measured cycle the participants' stage took "
        f"{h['sidik']['tahap'].get('peserta', 0.0):.1f} s = {h['rasio_peserta_floor']:.2f} x floor",
    ]
    return "\n".join(baris)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, nargs="+", default=[50, 500])
    ap.add_argument("--json", type=Path, help="write the results as JSON here")
    ap.add_argument(
        "--naive-sample",
        type=int,
        default=20,
        help="files timed for the naive path (extrapolated to all; default 20)",
    )
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--keep", type=Path, help="keep the workspaces in this folder")
    ap.add_argument(
        "--sidik-only",
        action="store_true",
        help="measure sidik alone (no floor, no naive path): for memory at large N",
    )
    ap.add_argument(
        "--peserta",
        action="store_true",
        help="also time each participant's own batch (sidik sign --peran --nip) on a second cycle",
    )
    a = ap.parse_args(argv)
    akar = a.keep or Path(tempfile.mkdtemp(prefix="sidik-bench-"))
    try:
        hasil = [satu_n(n, akar, a.naive_sample, a.seed, a.sidik_only, a.peserta) for n in a.items]
    finally:
        if a.keep is None:
            shutil.rmtree(akar, ignore_errors=True)
    laporan = {
        "inti": os.cpu_count(),
        "versi": versi(),
        "hasil": hasil,
        "catatan": "naive: * = timed on a fixed random sample of files, extrapolated",
    }
    print(tabel(hasil))
    for h in hasil:
        if "ttd_peserta" in h:
            print(tabel_peserta(h))
    print(
        f"cores: {laporan['inti']}; " + "; ".join(f"{k} {v}" for k, v in laporan["versi"].items())
    )
    if any(h.get("naif", {}).get("diekstrapolasi") for h in hasil):
        print(laporan["catatan"])
    if a.json:
        a.json.write_text(json.dumps(laporan, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
