"""A citizen verifies a document without reading the README (issue 24).

Times in the office's zone (WIB) like the stamp on the page, rows that name the information,
who issued the certificate and until when it is valid, reasons in words (codes in the JSON),
a test certificate marked as one, guidance on ``--akar`` outside a workspace, and an HTML
report that shows no local paths. Files are signed here with a throw-away PKI.
"""

from __future__ import annotations

import hashlib
import html
import json
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.legal.tanggal import format_tanggal
from pipeline.zona import ZONA
from tests.bantu import pki_sederhana as pki
from tests.bantu.cli import jalankan_sidik, sidik_di
from tests.bantu.ruang import SiklusContoh

WIB = ZONA["WIB"]  # outside a workspace, verify speaks WIB
AKAR_DEV = "sidik Dev Root CA (BUKAN UNTUK PRODUKSI)"
JUDUL = "Data pribadi penduduk dalam SIAK (NIK dan Kartu Keluarga)"
PERINGATAN_UJI = (
    "Perhatian: 1 berkas ditandatangani dengan sertifikat uji — bukan untuk keperluan resmi. "
    "Akar sertifikatnya menyatakan BUKAN UNTUK PRODUKSI (dibuat dengan 'sidik pki dev'); "
    "VALID di sini hanya berarti berkas utuh sejak ditandatangani. Dokumen resmi "
    "ditandatangani dengan sertifikat BSrE."
)


@pytest.fixture(scope="module")
def akar_dev() -> pki.Kunci:
    return pki.buat_akar(AKAR_DEV)


@pytest.fixture(scope="module")
def penanda_dev(akar_dev: pki.Kunci) -> pki.Kunci:
    return pki.buat_penanda(akar_dev, "Dr. Siti Teladan, M.Si.")


@pytest.fixture(scope="module")
def bertanda_dev(akar_dev: pki.Kunci, penanda_dev: pki.Kunci) -> bytes:
    return pki.tanda_tangani(pki.pdf_polos(), penanda_dev, akar_dev)


def tanggal_wib(waktu: datetime) -> str:
    return format_tanggal(waktu.astimezone(WIB).date())


def jam_wib(iso: str) -> str:
    """How the stamp writes an ISO time: '6 Desember 2026 03:17:40 WIB'."""
    w = datetime.fromisoformat(iso).astimezone(WIB)
    return f"{format_tanggal(w.date())} {w:%H:%M:%S} WIB"


def arsip_kecil(folder: Path, data: bytes) -> Path:
    """An archive folder as 'sidik archive' files it: one item's sheet and its manifest."""
    folder.mkdir(parents=True)
    (folder / "lembar-0001.pdf").write_bytes(data)
    entri = {
        "nama": "lembar-0001.pdf",
        "jenis": "lembar_uji_konsekuensi",
        "item_no": 1,
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    manifest = {"berkas": [entri], "tinjauan": [{"no": 1, "judul": JUDUL}]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_tabel_waktu_wib_alasan_kata_penerbit_dan_tanda_sertifikat_uji(
    tmp_path: Path, bertanda_dev: bytes, akar_dev: pki.Kunci, penanda_dev: pki.Kunci
) -> None:
    (tmp_path / "a.pdf").write_bytes(bertanda_dev)
    akar = str(akar_dev.pem(tmp_path / "akar.pem"))
    data = json.loads(sidik_di(tmp_path, "verify", "a.pdf", "--akar", akar, "--json").stdout)
    hasil = sidik_di(tmp_path, "verify", "a.pdf", "--akar", akar)
    assert hasil.exit_code == 0  # the verdict stays VALID: the file is intact and trusted
    waktu = data["berkas"][0]["tanda_tangan"][0]["waktu"]
    assert waktu.endswith("+07:00")  # the JSON speaks WIB too, as 'archive list' does
    baris = hasil.stdout.splitlines()
    assert baris[0].split() == [
        "Berkas",
        "Penanda",
        "tangan",
        "Waktu",
        "Tingkat",
        "Putusan",
        "Alasan",
    ]
    assert baris[2].split("  ")[0] == "a.pdf"
    assert jam_wib(waktu) in baris[2] and "+00:00" not in hasil.stdout
    assert baris[2].endswith(
        "VALID    tanda tangan utuh dan tepercaya; sertifikat uji — bukan untuk keperluan resmi"
    )
    assert "TOTAL_PASSED" not in hasil.stdout
    sert = penanda_dev.sertifikat
    assert baris[3:] == [
        "Waktu dalam WIB (zona waktu kantor penanda tangan).",
        f"Sertifikat Dr. Siti Teladan, M.Si.: diterbitkan oleh {AKAR_DEV}; berlaku "
        f"{tanggal_wib(sert.not_valid_before_utc)} s.d. {tanggal_wib(sert.not_valid_after_utc)}.",
        PERINGATAN_UJI,
        "Valid: 1 dari 1 berkas.",
    ]


def test_json_menyimpan_kode_penerbit_masa_berlaku_dan_akar_uji(
    tmp_path: Path, bertanda_dev: bytes, akar_dev: pki.Kunci, penanda_dev: pki.Kunci
) -> None:
    (tmp_path / "a.pdf").write_bytes(bertanda_dev)
    akar = str(akar_dev.pem(tmp_path / "akar.pem"))
    hasil = sidik_di(tmp_path, "verify", "a.pdf", "--akar", akar, "--json")
    assert hasil.exit_code == 0
    berkas = json.loads(hasil.stdout)["berkas"][0]
    assert berkas["alasan"] == [
        {"kode": "TOTAL_PASSED", "pesan": "tanda tangan utuh dan tepercaya"}
    ]
    assert (berkas["akar_uji"], berkas["jenis"], berkas["judul"]) == (True, "", "")
    ttd = berkas["tanda_tangan"][0]
    sert = penanda_dev.sertifikat
    assert ttd["penerbit"] == AKAR_DEV and ttd["akar_uji"] is True
    assert datetime.fromisoformat(ttd["berlaku_mulai"]) == sert.not_valid_before_utc
    assert datetime.fromisoformat(ttd["berlaku_sampai"]) == sert.not_valid_after_utc
    assert ttd["berlaku_mulai"].endswith("+07:00")


def test_akar_resmi_tanpa_tanda_sertifikat_uji(tmp_path: Path) -> None:
    akar = pki.buat_akar("Root CA Indonesia Uji")
    bertanda = pki.tanda_tangani(pki.pdf_polos(), pki.buat_penanda(akar, "Budi"), akar)
    (tmp_path / "a.pdf").write_bytes(bertanda)
    hasil = sidik_di(tmp_path, "verify", "a.pdf", "--akar", str(akar.pem(tmp_path / "akar.pem")))
    assert hasil.exit_code == 0
    assert "sertifikat uji" not in hasil.stdout and "Perhatian" not in hasil.stdout
    assert "diterbitkan oleh Root CA Indonesia Uji; berlaku" in hasil.stdout


def test_baris_arsip_menyebut_dokumen_dan_informasinya(
    tmp_path: Path, bertanda_dev: bytes, akar_dev: pki.Kunci
) -> None:
    arsip_kecil(tmp_path / "arsip" / "dik-1", bertanda_dev)
    akar = str(akar_dev.pem(tmp_path / "akar.pem"))
    hasil = sidik_di(tmp_path, "verify", "arsip", "--akar", akar)
    data = json.loads(sidik_di(tmp_path, "verify", "arsip", "--akar", akar, "--json").stdout)
    assert hasil.exit_code == 0
    baris = hasil.stdout.splitlines()
    assert baris[0].split()[:2] == ["Berkas", "Dokumen"]
    assert baris[2].startswith(
        f"arsip/dik-1/lembar-0001.pdf  Lembar Pengujian Konsekuensi — {JUDUL}  Dr. Siti Teladan"
    )
    berkas = data["berkas"][0]
    assert (berkas["jenis"], berkas["judul"]) == ("lembar_uji_konsekuensi", JUDUL)


def test_tabel_dalam_bahasa_inggris(
    tmp_path: Path, bertanda_dev: bytes, akar_dev: pki.Kunci
) -> None:
    arsip_kecil(tmp_path / "arsip", bertanda_dev)
    akar = str(akar_dev.pem(tmp_path / "akar.pem"))
    hasil = sidik_di(tmp_path, "--lang", "en", "verify", "arsip", "--akar", akar)
    assert hasil.exit_code == 0
    assert f"Consequence Test Sheet — {JUDUL}" in hasil.stdout
    assert "signature intact and trusted; test certificate — not for official use" in hasil.stdout
    assert "Times in WIB (the signing office's time zone)." in hasil.stdout
    assert "Warning: 1 files are signed with a test certificate" in hasil.stdout


def test_laporan_html_tanpa_jalur_lokal_dengan_kata_dan_tanda_uji(
    tmp_path: Path, bertanda_dev: bytes, akar_dev: pki.Kunci
) -> None:
    folder = arsip_kecil(tmp_path / "arsip" / "2026" / "dik-1", bertanda_dev)
    akar = str(akar_dev.pem(tmp_path / "akar.pem"))
    args = ["verify", str(tmp_path / "arsip"), "--akar", akar, "--report", "laporan.html"]
    hasil = sidik_di(tmp_path, *args)
    assert hasil.exit_code == 0
    halaman = (tmp_path / "laporan.html").read_text(encoding="utf-8")
    assert str(tmp_path) not in halaman and str(folder) not in halaman
    assert "<td>2026/dik-1/lembar-0001.pdf<div" in halaman
    assert f"<td>Lembar Pengujian Konsekuensi — {JUDUL}</td>" in halaman
    assert "<td>tanda tangan utuh dan tepercaya; sertifikat uji — bukan untuk keperluan resmi" in (
        halaman
    )
    assert '<p class="uji">' + html.escape(PERINGATAN_UJI) + "</p>" in halaman
    assert "Akar tepercaya: akar.pem." in halaman and "TOTAL_PASSED" not in halaman
    assert " WIB</td>" in halaman and "+00:00" not in halaman


def test_di_luar_ruang_kerja_menjelaskan_akar_dan_bsre(tmp_path: Path, bertanda_dev: bytes) -> None:
    (tmp_path / "a.pdf").write_bytes(bertanda_dev)
    hasil = sidik_di(tmp_path, "verify", "a.pdf")
    assert hasil.exit_code == 4  # configuration, as before: only the words changed
    assert hasil.stderr == (
        "Galat: Tidak ada sertifikat akar tepercaya untuk memeriksa tanda tangan: di sini tidak "
        "ada ruang kerja sidik (sidik.toml tidak ditemukan). Sebutkan akar yang Anda percayai "
        "dengan --akar BERKAS.pem, mis. 'sidik verify dokumen.pdf --akar akar-bsre.pem' (boleh "
        "berulang). Dokumen instansi pemerintah ditandatangani dengan sertifikat dari BSrE "
        "(Balai Sertifikasi Elektronik, BSSN), yang menerbitkan sertifikat akarnya (Root CA "
        "Indonesia dan BSrE) di situs webnya; unduh dari sana, atau mintalah kepada instansi "
        "yang menandatangani dokumen.\n"
    )
    assert hasil.stdout == ""


@pytest.mark.slow
@pytest.mark.libreoffice
def test_arsip_siklus_contoh_dibaca_warga(siklus_contoh: SiklusContoh, tmp_path: Path) -> None:
    laporan = tmp_path / "laporan.html"
    hasil = jalankan_sidik(siklus_contoh.ruang, "verify", "output/arsip", "--report", str(laporan))
    assert hasil.returncode == 0, hasil.stderr
    lembar = [b for b in hasil.stdout.splitlines() if b.endswith("keperluan resmi")]
    assert len(lembar) == 15  # every row carries the test-certificate mark
    assert f"Lembar Pengujian Konsekuensi — {JUDUL}" in hasil.stdout
    assert "Daftar Informasi yang Dikecualikan" in hasil.stdout
    assert "Perhatian: 15 berkas ditandatangani dengan sertifikat uji" in hasil.stdout
    halaman = laporan.read_text(encoding="utf-8")
    assert str(siklus_contoh.ruang) not in halaman and "/lembar-0001.pdf<div" in halaman
