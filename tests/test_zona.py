"""An office outside WIB (issue 24): ``[instansi] zona = "WITA"`` (or WIT) in ``sidik.toml``.

The stamp on the page, verify's table, JSON and HTML, the archive list, the manifest, the log,
status and the web pages all speak the office's zone, and deadlines count the office's working
days. ``sidik verify`` outside a workspace speaks WIB unless ``--zona`` names another zone.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pypdf import PdfReader

from pipeline.akun import PeranAkun
from pipeline.config import muat
from pipeline.hashing import sha256_berkas
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.catatan import Peristiwa
from pipeline.ledger.sop import Langkah, Peran
from pipeline.ledger.tenggat import KalenderKerja, tenggat
from pipeline.legal.tanggal import format_tanggal
from pipeline.model import Dokumen, DokumenTertandatangan, JenisDokumen, Siklus
from pipeline.ruang.cek_kunci import masa_berlaku
from pipeline.stages.archive import archive
from pipeline.web import buat_app
from pipeline.zona import ZONA, atur_zona, nama_zona
from tests.bantu import pki_sederhana as pki
from tests.bantu.cli import jalankan_sidik, sidik_di
from tests.bantu.ledger import Jam, siklus_sampai
from tests.bantu.pdf import pdftotext
from tests.bantu.ruang import RAPAT_CONTOH, TANGGAL_CONTOH, buat_pki, salin_ruang_kerja
from tests.web_bantu import LOGIN, buat_akun, masuk

WITA = ZONA["WITA"]


def zona_kantor(ruang: Path, zona: str) -> Path:
    """Write ``zona`` under ``[instansi]`` in the workspace's sidik.toml; the workspace."""
    berkas = ruang / "sidik.toml"
    teks = berkas.read_text(encoding="utf-8")
    berkas.write_text(teks.replace("[instansi]\n", f'[instansi]\nzona = "{zona}"\n', 1), "utf-8")
    return ruang


@pytest.fixture(scope="module")
def bertanda(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A signed PDF and the root that vouches for it, in a folder without a workspace."""
    folder = tmp_path_factory.mktemp("tanpa-ruang")
    akar = pki.buat_akar("Root CA Indonesia Uji")
    data = pki.tanda_tangani(pki.pdf_polos(), pki.buat_penanda(akar, "Budi"), akar)
    (folder / "a.pdf").write_bytes(data)
    return folder / "a.pdf", akar.pem(folder / "akar.pem")


def _verify_json(ruang: Path, pdf: Path, akar: Path, *opsi: str) -> dict[str, str]:
    hasil = sidik_di(ruang, "verify", str(pdf), "--akar", str(akar), "--json", *opsi)
    assert hasil.exit_code == 0, hasil.output
    ttd: dict[str, str] = json.loads(hasil.stdout)["berkas"][0]["tanda_tangan"][0]
    return ttd


# ---- the configuration


def test_zona_bawaan_wib_dan_zona_ditulis_dipakai(ruang_kerja: Path) -> None:
    assert muat(ruang_kerja / "sidik.toml").instansi.zona == "WIB" and nama_zona() == "WIB"
    config = muat(zona_kantor(ruang_kerja, "WITA") / "sidik.toml")
    assert config.instansi.zona == "WITA" and nama_zona() == "WITA"


def test_zona_tidak_dikenal_ditolak_dengan_pilihannya(ruang_kerja: Path) -> None:
    zona_kantor(ruang_kerja, "WITB")
    hasil = sidik_di(ruang_kerja, "status")
    assert hasil.exit_code == 4  # CONFIG_INVALID
    berkas = ruang_kerja.resolve() / "sidik.toml"
    assert hasil.stderr == (
        f"Galat: {berkas}: 'instansi.zona' tidak sah: pilihan yang didukung: WIB, WITA, WIT.\n"
    )


# ---- deadlines: the office's working days


def test_tenggat_dihitung_pada_hari_kerja_kantor() -> None:
    # Thursday 3 December 2026, 23:30 WIB is already Friday 00:30 in Makassar: a WITA office
    # has one working day from Friday, so until Monday; a WIB office until Friday.
    mulai = datetime(2026, 12, 3, 23, 30, tzinfo=ZONA["WIB"])
    kalender = KalenderKerja(())
    assert tenggat(Langkah.KUMPUL, mulai, kalender) == datetime(
        2026, 12, 4, 23, 59, 59, tzinfo=ZONA["WIB"]
    )
    atur_zona("WITA")
    batas = tenggat(Langkah.KUMPUL, mulai, kalender)
    assert batas == datetime(2026, 12, 7, 23, 59, 59, tzinfo=WITA)
    assert batas.isoformat() == "2026-12-07T23:59:59+08:00"


# ---- log, status and the web pages of a WITA office


def _siklus_wib(ruang: Path) -> str:
    """A cycle at step 2 whose events were written at 09:00 WIB, Monday 8 June 2026."""
    jam = Jam(datetime(2026, 6, 8, 9, 0, tzinfo=ZONA["WIB"]))
    (ruang / "output").mkdir()
    with buka_buku(ruang / "output" / "sidik.db", jam) as b:
        siklus = b.siklus_baru("input/dik-2026.xlsx", date(2026, 6, 8), "h").id
        b.mulai_langkah(siklus, Langkah.KUMPUL)
        b.catat(Peristiwa(siklus, Langkah.KUMPUL, Peran.OPERATOR, "Rudi", "item_masuk", 1))
        b.selesaikan_langkah(siklus, Langkah.KUMPUL, "Rudi")
        b.mulai_langkah(siklus, Langkah.PERIKSA)
    return siklus


def test_log_dan_status_dalam_wita(ruang_kerja: Path) -> None:
    siklus = _siklus_wib(zona_kantor(ruang_kerja, "WITA"))
    log = sidik_di(ruang_kerja, "log", "--json")
    assert log.exit_code == 0, log.output
    assert json.loads(log.stdout)[0]["waktu"] == "2026-06-08T10:00:00+08:00"
    tabel = sidik_di(ruang_kerja, "log", env={"COLUMNS": "200"}).stdout.splitlines()
    assert tabel[0].startswith("Waktu (WITA)") and tabel[2].startswith("2026-06-08 10:00:00")
    status = sidik_di(ruang_kerja, "status", siklus)
    assert f"{siklus} (input/dik-2026.xlsx, dibuka 2026-06-08 10:00 WITA)" in status.stdout
    kepala = status.stdout.splitlines()[1]
    assert "Mulai (WITA)" in kepala and "Tenggat (WITA)" in kepala
    [data] = json.loads(sidik_di(ruang_kerja, "status", siklus, "--json").stdout)
    periksa = data["langkah"][1]
    assert periksa["mulai"] == "2026-06-08T10:00:00+08:00"
    assert periksa["tenggat"] == "2026-06-09T23:59:59+08:00"


# ---- verify: the office's zone, WIB outside a workspace unless --zona


def test_verify_di_luar_ruang_kerja_wib_kecuali_zona(bertanda: tuple[Path, Path]) -> None:
    pdf, akar = bertanda
    wib = _verify_json(pdf.parent, pdf, akar)
    assert wib["waktu"].endswith("+07:00") and wib["berlaku_mulai"].endswith("+07:00")
    wita = _verify_json(pdf.parent, pdf, akar, "--zona", "WITA")
    assert wita["waktu"].endswith("+08:00") and wita["berlaku_sampai"].endswith("+08:00")
    assert datetime.fromisoformat(wita["waktu"]) == datetime.fromisoformat(wib["waktu"])
    wit = sidik_di(pdf.parent, "verify", "a.pdf", "--akar", "akar.pem", "--zona", "WIT")
    assert wit.exit_code == 0
    assert "Waktu dalam WIT (zona waktu kantor penanda tangan)." in wit.stdout.splitlines()
    assert re.search(r"\d{4} \d{2}:\d{2}:\d{2} WIT ", wit.stdout)


def test_verify_di_ruang_kerja_wita_tabel_json_dan_html(
    ruang_kerja: Path, bertanda: tuple[Path, Path]
) -> None:
    pdf, akar = bertanda
    zona_kantor(ruang_kerja, "WITA")
    assert _verify_json(ruang_kerja, pdf, akar)["waktu"].endswith("+08:00")
    args = ["verify", str(pdf), "--akar", str(akar), "--report", "laporan.html"]
    hasil = sidik_di(ruang_kerja, "--lang", "en", *args)
    assert hasil.exit_code == 0, hasil.output
    assert "Times in WITA (the signing office's time zone)." in hasil.stdout
    assert re.search(r" \d{2}:\d{2}:\d{2} WITA ", hasil.stdout)
    halaman = (ruang_kerja / "laporan.html").read_text(encoding="utf-8")
    assert " WITA</td>" in halaman and " WIB" not in halaman


# ---- one WITA cycle, end to end with the real tools


@pytest.fixture(scope="module")
def siklus_wita(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's sample cycle in a WITA office, archived; its workspace."""
    ruang = zona_kantor(salin_ruang_kerja(tmp_path_factory.mktemp("wita") / "ruang"), "WITA")
    buat_pki(ruang)
    langkah: list[tuple[str, ...]] = [
        ("run", "input/informasi.xlsx", *TANGGAL_CONTOH),
        ("review", "apply", "input/review.xlsx", *RAPAT_CONTOH),
        ("run", "input/informasi.xlsx"),
    ]
    for args, kode in zip(langkah, (13, 0, 0), strict=True):
        hasil: subprocess.CompletedProcess[str] = jalankan_sidik(ruang, *args)
        assert hasil.returncode == kode, hasil.stderr
    return ruang


def _arsip(ruang: Path) -> Path:
    [manifest] = (ruang / "output" / "arsip").glob("*/*/*/*/manifest.json")
    return manifest.parent


@pytest.mark.libreoffice
@pytest.mark.slow
def test_siklus_wita_stempel_manifest_dan_daftar_arsip(siklus_wita: Path) -> None:
    arsip = _arsip(siklus_wita)
    manifest = json.loads((arsip / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["diarsipkan"].endswith("+08:00")
    for entri in manifest["berkas"]:
        waktu = datetime.fromisoformat(entri["waktu_ttd"])
        assert entri["waktu_ttd"].endswith("+08:00"), entri["nama"]
        stempel = f"{format_tanggal(waktu.date())} {waktu:%H:%M:%S} WITA"
        assert stempel in " ".join(pdftotext(arsip / entri["nama"], "-raw").split()), entri
    daftar = json.loads(jalankan_sidik(siklus_wita, "archive", "list", "--json").stdout)
    assert daftar and all(e["waktu_ttd"].endswith("+08:00") for e in daftar)
    teks = jalankan_sidik(siklus_wita, "archive", "list").stdout
    assert teks.splitlines()[0].endswith("Waktu (WITA)") and "+07:00" not in teks


@pytest.mark.libreoffice
@pytest.mark.slow
def test_siklus_wita_diverifikasi_dalam_wita_dan_dokumen_bertanggal_kantor(
    siklus_wita: Path,
) -> None:
    arsip = _arsip(siklus_wita)
    hasil = jalankan_sidik(siklus_wita, "verify", str(arsip), "--json")
    assert hasil.returncode == 0, hasil.stderr
    for berkas in json.loads(hasil.stdout)["berkas"]:
        assert all(t["waktu"].endswith("+08:00") for t in berkas["tanda_tangan"]), berkas
    tabel = jalankan_sidik(siklus_wita, "verify", str(arsip)).stdout
    assert "Waktu dalam WITA (zona waktu kantor penanda tangan)." in tabel
    assert " WIB" not in tabel
    # the documents are dated the cycle's day at 00:00 on the office's clock
    info = PdfReader(arsip / "daftar.pdf").metadata
    assert info is not None and info["/CreationDate"] == "D:20261203000000+08'00'"


def test_halaman_web_kantor_wita(ruang_kerja: Path) -> None:
    config = muat(zona_kantor(ruang_kerja, "WITA") / "sidik.toml")
    buat_akun(config)
    siklus_sampai(config, Langkah.PERIKSA)  # step 2 began at 10:00 WIB, Monday 8 June 2026
    klien = buat_app(ruang_kerja / "sidik.toml").test_client()
    masuk(klien, LOGIN[PeranAkun.PPID_PELAKSANA])
    beranda = klien.get("/").get_data(as_text=True)
    assert "Tenggat: 09-06-2026 23:59 WITA" in beranda
    status = klien.get("/status").get_data(as_text=True)
    assert "Selesai (WITA)" in status and "Tenggat (WITA)" in status
    assert "<td>08-06-2026 11:00</td>" in status  # step 1 done at 10:00 WIB
    assert "WIB" not in status


def test_arsip_bertanggal_hari_kantor_dan_manifest_dalam_zonanya(ruang_kerja: Path) -> None:
    # signed at 23:30 WIB on 6 December: in Makassar it is already 7 December
    atur_zona("WITA")
    pdf = ruang_kerja / "kerja" / "daftar.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.7\n")
    siklus = Siklus(
        "dik-20261204-1",
        date(2026, 12, 4),
        "h",
        str(ruang_kerja / "input/informasi.xlsx"),
        pdf.parent,
    )
    waktu = datetime(2026, 12, 6, 23, 30, tzinfo=ZONA["WIB"])
    ttd = DokumenTertandatangan(
        Dokumen(JenisDokumen.DAFTAR, "daftar", pdf), "Siti", waktu, sha256_berkas(pdf)
    )
    arsip = archive([ttd], siklus, ruang_kerja / "output", {})
    assert arsip.folder == ruang_kerja / "output/arsip/2026/12/07/dik-20261204-1"
    manifest = json.loads((arsip.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["berkas"][0]["waktu_ttd"] == "2026-12-07T00:30:00+08:00"


def test_doctor_menyebut_masa_berlaku_sertifikat_pada_hari_kantor() -> None:
    # a certificate ending at 19:59:59 UTC on 31 December 2027 ends on 1 January 2028 in Jakarta
    akar = pki.buat_akar("Root CA Indonesia Uji")
    akhir = datetime(2027, 12, 31, 20, 0, tzinfo=UTC)
    selama = timedelta(days=365)
    kunci = pki.buat_penanda(akar, "Budi", mulai=akhir - selama - datetime.now(UTC), selama=selama)
    sertifikat = asn1_x509.Certificate.load(kunci.sertifikat.public_bytes(Encoding.DER))
    sekarang = datetime(2027, 6, 1, tzinfo=UTC)
    assert (
        masa_berlaku(sertifikat, sekarang).pesan() == "berlaku sampai 2028-01-01 (213 hari lagi)."
    )
    atur_zona("WIT")
    assert masa_berlaku(sertifikat, sekarang).params["akhir"] == date(2028, 1, 1)


def test_init_menulis_zona_kantor(tmp_path: Path) -> None:
    args = ["--tanpa-tanya", "--tanpa-pki-dev"]
    assert sidik_di(tmp_path, "init", "wita", *args, "--zona", "WITA").exit_code == 0
    assert sidik_di(tmp_path, "init", "wib", *args).exit_code == 0
    wita = (tmp_path / "wita" / "sidik.toml").read_text(encoding="utf-8")
    assert '\nzona = "WITA"\n' in wita
    assert muat(tmp_path / "wita" / "sidik.toml").instansi.zona == "WITA"
    wib = (tmp_path / "wib" / "sidik.toml").read_text(encoding="utf-8")
    assert '\n# zona = "WIB"\n' in wib  # the default, commented out like every other
