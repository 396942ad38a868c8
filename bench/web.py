"""Benchmark of ``sidik serve``: every page each role sees, with a ledger of thousands of items,
and the citizen's verification of an uploaded 10 MB signed PDF (issue 21: "every page answers
in under 200 ms with 5,000 items in the ledger; verifying an uploaded 10 MB PDF takes under
1 s"). A benchmark, not a timed test: it prints what it measured and flags what misses.

The workspace is built through the ledger's API and the library's acts, not LibreOffice (a
cycle of 5,000 items takes minutes to convert, and the pages read the ledger, not the PDFs):
three cycles of N items each, one waiting at each official's step, so every role's
"Menunggu saya" has work on it:

* step 2 (PPID Pelaksana): items collected, every document rendered and converted;
* step 3 (Tim Pertimbangan): the drafts initialled, one member's decisions on half the items;
* step 4 (Atasan PPID): every item decided Dikecualikan by the library's act
  (:func:`pipeline.alur.putuskan.putuskan`), the Berita Acara of the meeting, the documents
  initialled and signed by every participant.

Each document is recorded at each stage with the fingerprint the cycle's plan gives it
(:func:`pipeline.alur.rencana.buat_rencana`), so the stages' "what is current" reads the
state a real run leaves, and each stage's event is in the audit trail (about 4 per item).

The application (:func:`pipeline.web.buat_app`) is served by waitress on 127.0.0.1, as
``sidik serve`` serves it, and asked over HTTP by a client in this process: the times include
the WSGI server, the session cookie and the security headers. Each role logs in through the
form; each page is asked ``--ulang`` times after one warm-up request; the median and the
maximum are reported.

Usage::

    .venv/bin/python bench/web.py                       # N=5,000, 5 requests per page
    .venv/bin/python bench/web.py --items 500 --ulang 3 --json web.json
"""

from __future__ import annotations

import argparse
import http.cookiejar
import io
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import warnings
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore", message="DSA is deprecated")  # pyhanko's import, not ours

from pipeline import akun  # noqa: E402  (after the path is set)
from pipeline.aktor import Aktor, Saluran, sebagai  # noqa: E402
from pipeline.akun import PeranAkun  # noqa: E402
from pipeline.config import Config, muat  # noqa: E402
from pipeline.ledger.buku import (  # noqa: E402
    Buku,
    CatatanDokumen,
    Jam,
    Peristiwa,
    buka_buku,
    jam_kantor,
)
from pipeline.ledger.sop import Langkah, Peran  # noqa: E402
from pipeline.model import Dokumen, Item, JenisDokumen, Keputusan  # noqa: E402

SIDIK = str(Path(sys.executable).parent / "sidik")
SANDI = "sandi-bench-yang-panjang"
BATAS_HALAMAN_MS = 200.0
BATAS_VERIFIKASI_MS = 1000.0
AKUN = {  # login: (role, NIP of the sample's official)
    "rudi": (PeranAkun.OPERATOR, "000000000000000004"),
    "andi": (PeranAkun.PPID_PELAKSANA, "000000000000000001"),
    "maya": (PeranAkun.TIM_PERTIMBANGAN, "000000000000000005"),
    "siti": (PeranAkun.ATASAN_PPID, "000000000000000000"),
    "audit": (PeranAkun.AUDITOR, ""),
    "admin": (PeranAkun.ADMIN, ""),
}
UNIT = ("SEKRE", "DAFDUK", "CAPIL", "PIAK")


# --- the workspace -------------------------------------------------------------------------


def siapkan_ruang(folder: Path) -> Config:
    """A workspace like ``sidik init``'s sample: sidik.toml, templates, the kop's image, the
    dev PKI (for the signed PDF and the verifier's trust roots), one account per role."""
    folder.mkdir(parents=True)
    shutil.copy2(ROOT / "sidik.toml", folder / "sidik.toml")
    shutil.copytree(ROOT / "templates", folder / "templates")
    (folder / "input").mkdir()
    for gambar in (ROOT / "input").glob("*.png"):
        shutil.copy2(gambar, folder / "input" / gambar.name)
    subprocess.run([SIDIK, "-q", "pki", "dev"], cwd=folder, check=True, capture_output=True)
    config = muat(folder / "sidik.toml")
    config.jalur.ledger.parent.mkdir(parents=True, exist_ok=True)
    for login, (peran, nip) in AKUN.items():
        akun.tambah(config, login, peran, nip, SANDI)
    return config


def item_contoh(no: int) -> Item:
    """An item with text of the length offices write (a few sentences each)."""
    return Item(
        no,
        f"Data pribadi penduduk pada berkas permohonan layanan nomor {no}",
        UNIT[no % len(UNIT)],
        "h",
        "Membuka informasi ini dapat mengungkap rahasia pribadi penduduk, yaitu riwayat dan "
        f"kondisi anggota keluarga, sehingga merugikan pemiliknya (berkas {no}).",
        "Kepentingan melindungi rahasia pribadi lebih besar daripada kepentingan publik atas "
        "informasi ini; ringkasan statistiknya tetap diumumkan.",
        5,
    )


def buat_siklus(config: Config, n: int, terbuka: Langkah, hari: int, jam: Jam) -> str:
    """A cycle of ``n`` items whose steps before ``terbuka`` are done (see the module doc)."""
    with buka_buku(config.jalur.ledger, jam) as b, b.transaksi():
        siklus = b.siklus_baru(f"input/dik-{hari}.xlsx", date(2026, 11, hari), "h").id
        for no in range(1, n + 1):
            b.simpan_item(siklus, item_contoh(no), f"{no:064x}")
        catat_semua(b, siklus, Langkah.KUMPUL, "item_dikumpulkan", range(1, n + 1))
        b.mulai_langkah(siklus, Langkah.KUMPUL)
        b.selesaikan_langkah(siklus, Langkah.KUMPUL, "Rudi")
        b.mulai_langkah(siklus, Langkah.PERIKSA)
    tahap = ["render", "convert"]
    if terbuka is not Langkah.PERIKSA:
        tahap.append("paraf")
    catat_dokumen(config, siklus, tahap, jam)
    if terbuka is Langkah.PERIKSA:
        return siklus
    with buka_buku(config.jalur.ledger, jam) as b:
        b.selesaikan_langkah(siklus, Langkah.PERIKSA, "Andi")
        b.mulai_langkah(siklus, Langkah.TINJAU)
    if terbuka is Langkah.TINJAU:
        suara_separuh(config, siklus, n, jam)
        return siklus
    putuskan_semua(config, siklus)
    catat_dokumen(config, siklus, ["render", "convert", "paraf", "peserta"], jam)
    return siklus


def catat_semua(b: Buku, siklus: str, langkah: Langkah, aksi: str, nomor: range) -> None:
    """One event of ``aksi`` per item, as the step's official."""
    peran = {Langkah.KUMPUL: Peran.OPERATOR, Langkah.PERIKSA: Peran.PPID_PELAKSANA}.get(
        langkah, Peran.TIM_PERTIMBANGAN
    )
    for no in nomor:
        b.catat(Peristiwa(siklus, langkah, peran, "Pejabat (NIP 0)", aksi, no, f"{no:064x}"))


def catat_dokumen(config: Config, siklus: str, tahap: list[str], jam: Jam) -> None:
    """Record every document of the cycle's plan at each stage of ``tahap``, with the plan's
    fingerprint, and each stage's event per document."""
    from pipeline.alur.rencana import buat_rencana

    with buka_buku(config.jalur.ledger, jam) as b, b.transaksi():
        r = buat_rencana(b, config, b.siklus(siklus))
        items = {c.item.no: c.item for c in b.items(siklus)}
        for t in tahap:
            for nama, sj in r.sidik_jari.items():
                d = dokumen(nama, items, t)
                sha = uuid.uuid5(uuid.NAMESPACE_URL, f"{siklus}/{t}/{nama}").hex * 2
                b.simpan_dokumen(siklus, t, CatatanDokumen(d, sha, sj, b.jam()))
                langkah = Langkah.TINJAU if t == "peserta" else Langkah.PERIKSA
                b.catat(
                    Peristiwa(
                        siklus, langkah, Peran.PPID_PELAKSANA, "Andi (NIP 1)", t, d.item_no, sha
                    )
                )


def dokumen(nama: str, items: dict[int, Item], tahap: str) -> Dokumen:
    """The document ``nama`` as a stage records it."""
    folder = {"render": "docx", "convert": "pdf"}.get(tahap, tahap)
    akhiran = ".docx" if tahap == "render" else ".pdf"
    path = Path(folder) / f"{nama}{akhiran}"
    if nama.startswith("lembar-"):
        no = int(nama.removeprefix("lembar-"))
        return Dokumen(JenisDokumen.LEMBAR_UJI, nama, path, no, items[no].unit_kerja)
    jenis = {"daftar": JenisDokumen.DAFTAR, "keputusan": JenisDokumen.SURAT_KEPUTUSAN}
    return Dokumen(jenis.get(nama, JenisDokumen.BERITA_ACARA), nama, path)


def suara_separuh(config: Config, siklus: str, n: int, jam: Jam) -> None:
    """The chair's own votes on the first half of the items (the rest wait for them)."""
    with buka_buku(config.jalur.ledger, jam) as b, b.transaksi():
        for no in range(1, n // 2 + 1):
            b.beri_suara(siklus, no, "000000000000000006", f"{no:064x}", Keputusan.DIKECUALIKAN, "")
        catat_semua(b, siklus, Langkah.TINJAU, "suara_dikecualikan", range(1, n // 2 + 1))


def putuskan_semua(config: Config, siklus: str) -> None:
    """Every item decided Dikecualikan by the library's act (``review apply --all``)."""
    from pipeline.alur.putuskan import putuskan

    operator = Aktor("rudi", Saluran.CLI, frozenset())
    with sebagai(operator):
        putuskan(config, None, siklus, semua=Keputusan.DIKECUALIKAN)
    with buka_buku(config.jalur.ledger) as b:
        b.selesaikan_langkah(siklus, Langkah.TINJAU, "Tim")
        b.mulai_langkah(siklus, Langkah.TANDA_TANGAN)


def buat_ruang(folder: Path, n: int) -> tuple[Config, dict[Langkah, str]]:
    """The workspace with its three cycles of ``n`` items, by the step each waits at."""
    config = siapkan_ruang(folder)
    jam = jam_kantor
    siklus = {}
    for hari, lk in ((2, Langkah.TANDA_TANGAN), (3, Langkah.TINJAU), (4, Langkah.PERIKSA)):
        siklus[lk] = buat_siklus(config, n, lk, hari, jam)
    return config, siklus


def pdf_bertanda(config: Config, tujuan: Path, mb: int) -> Path:
    """A PDF of about ``mb`` MB signed by the Atasan PPID's dev key: one page and an embedded
    file of random (incompressible) bytes, then a PAdES signature over the whole file."""
    import pikepdf

    from pipeline.signing.dasar import OpsiTtd
    from pipeline.signing.penanda import penanda_terperiksa

    mentah = tujuan.with_suffix(".mentah.pdf")
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        pdf.attachments["lampiran.bin"] = pikepdf.AttachedFileSpec(pdf, os.urandom(mb << 20))
        pdf.save(mentah)
    penanda, _ = penanda_terperiksa(config)
    penanda.tanda_tangani(mentah, tujuan, None, OpsiTtd("B-B"))
    mentah.unlink()
    return tujuan


# --- asking the server ---------------------------------------------------------------------


class Klien:
    """One browser: its own cookies (the session), asking the served application."""

    def __init__(self, dasar: str) -> None:
        self.dasar = dasar
        kue = http.cookiejar.CookieJar()
        self.pembuka = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(kue))

    def minta(self, jalur: str, data: bytes | None = None, jenis: str = "") -> tuple[int, bytes]:
        """The status and body of one request (redirects followed)."""
        r = urllib.request.Request(self.dasar + jalur, data=data)
        if jenis:
            r.add_header("Content-Type", jenis)
        try:
            with self.pembuka.open(r, timeout=600) as jawab:
                return jawab.status, jawab.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def masuk(self, login: str) -> None:
        """Log in through the form, with its CSRF token."""
        _, isi = self.minta("/masuk")
        cocok = re.search(rb'name="csrf_token" value="([^"]+)"', isi)
        assert cocok, "tidak ada token CSRF di /masuk"
        data = {"login": login, "sandi": SANDI, "csrf_token": cocok.group(1).decode()}
        kode, isi = self.minta("/masuk", urllib.parse.urlencode(data).encode())
        assert kode == 200 and b"Keluar" in isi, f"{login} tidak dapat masuk ({kode})"


def ukur(klien: Klien, jalur: str, ulang: int, **minta: object) -> dict:
    """Median and maximum milliseconds of ``ulang`` requests for ``jalur`` (after one warm-up),
    with its status and size."""
    kode, isi = klien.minta(jalur, **minta)  # type: ignore[arg-type]
    waktu = []
    for _ in range(ulang):
        mulai = time.perf_counter()
        kode, isi = klien.minta(jalur, **minta)  # type: ignore[arg-type]
        waktu.append((time.perf_counter() - mulai) * 1000)
    return {
        "status": kode,
        "kb": round(len(isi) / 1024, 1),
        "median_ms": round(statistics.median(waktu), 1),
        "maks_ms": round(max(waktu), 1),
    }


def halaman_peran(siklus: dict[Langkah, str]) -> dict[str, list[str]]:
    """The GET pages each role sees (its navigation and the pages its waiting work links)."""
    umum = ["/", "/status"]
    log = ["/log", f"/log?siklus={siklus[Langkah.TANDA_TANGAN]}&item=17"]
    # the log's last page (its deepest OFFSET); a cycle's audit trail, its first and last
    # pages (1,000 events a page) and its whole print
    jejak = f"/siklus/{siklus[Langkah.TANDA_TANGAN]}/jejak"
    audit = ["/log?dari=999999999", jejak, f"{jejak}?dari=999999999", f"{jejak}/lengkap"]
    return {
        "rudi": [*umum, "/validasi"],
        "andi": [*umum, f"/siklus/{siklus[Langkah.PERIKSA]}/periksa"],
        "maya": [*umum, f"/siklus/{siklus[Langkah.TINJAU]}/tinjau"],
        "siti": [*umum, f"/siklus/{siklus[Langkah.TANDA_TANGAN]}/dokumen"],
        "audit": [*umum, *log, *audit],
        "admin": [*umum, *log, "/admin/", "/admin/konfigurasi", "/admin/dokter"],
        "": ["/verifikasi", f"/verifikasi?sha256={'0' * 64}"],
    }


def multipart(nama: str, berkas: Path) -> tuple[bytes, str]:
    """The body of a form upload of ``berkas`` in field ``nama``, and its content type."""
    batas = uuid.uuid4().hex
    kepala = (
        f'--{batas}\r\nContent-Disposition: form-data; name="{nama}"; '
        f'filename="{berkas.name}"\r\nContent-Type: application/pdf\r\n\r\n'
    ).encode()
    badan = io.BytesIO()
    badan.write(kepala)
    badan.write(berkas.read_bytes())
    badan.write(f"\r\n--{batas}--\r\n".encode())
    return badan.getvalue(), f"multipart/form-data; boundary={batas}"


def layani(config: Config) -> tuple[str, object]:
    """``sidik serve``'s application on waitress, on a free loopback port, in a thread."""
    import waitress

    from pipeline.web import buat_app

    app = buat_app(config.jalur.ledger.parent.parent / "sidik.toml")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = waitress.create_server(app, host="127.0.0.1", port=port, threads=4, ident="sidik")
    threading.Thread(target=server.run, daemon=True).start()
    return f"http://127.0.0.1:{port}", server


def ukur_semua(dasar: str, siklus: dict[Langkah, str], pdf: Path, ulang: int) -> list[dict]:
    """Every role's pages, then the upload to the verification page."""
    hasil = []
    for login, semua in halaman_peran(siklus).items():
        klien = Klien(dasar)
        if login:
            klien.masuk(login)
        for jalur in semua:
            print(f"  {login or 'publik'} {jalur}", file=sys.stderr, flush=True)
            hasil.append({"akun": login or "-", "halaman": jalur, **ukur(klien, jalur, ulang)})
    data, jenis = multipart("berkas", pdf)
    klien = Klien(dasar)
    unggah = ukur(klien, "/verifikasi", ulang, data=data, jenis=jenis)
    _, isi = klien.minta("/verifikasi", data=data, jenis=jenis)
    unggah["sah"] = b"putusan-valid" in isi  # the same verdict as sidik verify: VALID
    hasil.append({"akun": "-", "halaman": f"POST /verifikasi ({pdf.stat().st_size >> 20} MB)"})
    hasil[-1].update(unggah)
    return hasil


# --- report --------------------------------------------------------------------------------


def batas(baris: dict) -> float:
    """The target the issue sets for a row."""
    return BATAS_VERIFIKASI_MS if baris["halaman"].startswith("POST") else BATAS_HALAMAN_MS


def tabel(hasil: list[dict]) -> str:
    """The measurements as a table, rows over their target flagged."""
    kepala = f"{'akun':<6} {'halaman':<42} {'kode':>4} {'kB':>8} {'median ms':>10} {'maks ms':>8}"
    baris = [kepala, "-" * len(kepala)]
    for h in hasil:
        lewat = "  > target" if h["median_ms"] > batas(h) else ""
        baris.append(
            f"{h['akun']:<6} {h['halaman'][:42]:<42} {h['status']:>4} {h['kb']:>8} "
            f"{h['median_ms']:>10} {h['maks_ms']:>8}{lewat}"
        )
    return "\n".join(baris)


def mesin() -> dict:
    """The machine and versions the figures were taken on."""
    from importlib.metadata import version

    return {
        "inti": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "sidik": version("sidik"),
        "waitress": version("waitress"),
    }


def main(argv: list[str] | None = None) -> int:
    """Build the workspace, serve it, measure every page; print the table (and write JSON)."""
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument("--items", type=int, default=5000, help="items per cycle (default 5000)")
    a.add_argument("--ulang", type=int, default=5, help="requests per page (default 5)")
    a.add_argument("--pdf-mb", type=int, default=10, help="size of the uploaded PDF in MB")
    a.add_argument("--json", type=Path, help="also write the results to this file")
    a.add_argument("--simpan", type=Path, help="build the workspace in this new folder and keep it")
    args = a.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sidik-bench-web-") as tmp:
        folder = args.simpan or Path(tmp)
        mulai = time.perf_counter()
        config, siklus = buat_ruang(folder / "ruang", args.items)
        pdf = pdf_bertanda(config, folder / "bertanda.pdf", args.pdf_mb)
        siap = time.perf_counter() - mulai
        print(f"ruang kerja: 3 siklus x {args.items} informasi, {siap:.0f} s", file=sys.stderr)
        dasar, server = layani(config)
        try:
            hasil = ukur_semua(dasar, siklus, pdf, args.ulang)
        finally:
            server.close()  # type: ignore[attr-defined]
    print(tabel(hasil))
    if args.json:
        data = {"items_per_siklus": args.items, "siklus": 3, "ulang": args.ulang}
        data.update(mesin=mesin(), hasil=hasil)
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
