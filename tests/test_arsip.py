"""SOP step 5 and after: the archive is checked file by file against its manifests.

Each test works on a copy of the session's real sample archive and breaks it one way.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.verify.arsip import periksa_arsip
from tests.conftest import SiklusContoh, jalankan_sidik

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


@pytest.fixture
def arsip(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    salinan = tmp_path / "arsip"
    shutil.copytree(siklus_contoh.ruang / "output" / "arsip", salinan)
    for p in salinan.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    return salinan


def folder_siklus(arsip: Path) -> Path:
    [manifest] = list(arsip.glob("*/*/*/*/manifest.json"))
    return manifest.parent


def kode(arsip: Path) -> list[tuple[str, str]]:
    return [(m.kode, m.path.name) for m in periksa_arsip(arsip).masalah]


def test_arsip_utuh_tanpa_masalah(arsip: Path) -> None:
    hasil = periksa_arsip(arsip)
    assert hasil.revisi == 1 and hasil.masalah == []


def test_hash_di_manifest_diedit(arsip: Path) -> None:
    path = folder_siklus(arsip) / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["berkas"][3]["sha256"] = "0" * 64
    path.write_text(json.dumps(data), encoding="utf-8")
    assert kode(arsip) == [("HASH_BEDA", data["berkas"][3]["nama"])]


def test_berkas_dihapus_dari_revisi(arsip: Path) -> None:
    (folder_siklus(arsip) / "lembar-0005.pdf").unlink()
    assert kode(arsip) == [("BERKAS_HILANG", "lembar-0005.pdf")]


def test_berkas_asing_ditambahkan(arsip: Path) -> None:
    (folder_siklus(arsip) / "sisipan.pdf").write_bytes(b"%PDF-1.7\n")
    assert kode(arsip) == [("TIDAK_TERCATAT", "sisipan.pdf")]


def _revisi_kedua(arsip: Path, sebelumnya: str | None) -> Path:
    pertama = folder_siklus(arsip)
    kedua = pertama.with_name(pertama.name + "-r2")
    kedua.mkdir()
    shutil.copy2(pertama / "daftar.pdf", kedua / "daftar.pdf")
    data = json.loads((pertama / "manifest.json").read_text(encoding="utf-8"))
    data.update(
        revisi=2,
        manifest_sebelumnya=sebelumnya,
        sumber=None,
        lampiran=[],
        berkas=[e for e in data["berkas"] if e["nama"] == "daftar.pdf"],
    )
    (kedua / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    return kedua


def test_rantai_revisi_utuh(arsip: Path) -> None:
    pertama = folder_siklus(arsip) / "manifest.json"
    _revisi_kedua(arsip, hashlib.sha256(pertama.read_bytes()).hexdigest())
    hasil = periksa_arsip(arsip)
    assert hasil.revisi == 2 and hasil.masalah == []


def test_manifest_diedit_memutus_rantai(arsip: Path) -> None:
    pertama = folder_siklus(arsip) / "manifest.json"
    _revisi_kedua(arsip, hashlib.sha256(pertama.read_bytes()).hexdigest())
    data = json.loads(pertama.read_text(encoding="utf-8"))
    data["penanda_tangan"]["nama"] = "Orang Lain"
    pertama.write_text(json.dumps(data), encoding="utf-8")
    assert kode(arsip) == [("RANTAI_PUTUS", "manifest.json")]


def test_manifest_rusak(arsip: Path) -> None:
    (folder_siklus(arsip) / "manifest.json").write_text("{bukan json", encoding="utf-8")
    hasil = kode(arsip)
    assert hasil[0] == ("MANIFEST_RUSAK", "manifest.json")
    assert ("TIDAK_TERCATAT", "daftar.pdf") in hasil


def test_register_tanpa_berkas(arsip: Path) -> None:
    hilang = arsip / "2020/01/01/dik-lama/daftar.pdf"
    assert [(m.kode, m.path) for m in periksa_arsip(arsip, [(hilang, "0" * 64)]).masalah] == [
        ("REGISTER_TANPA_BERKAS", hilang)
    ]


def test_archive_check_cli_pada_arsip_contoh(siklus_contoh: SiklusContoh) -> None:
    hasil = jalankan_sidik(siklus_contoh.ruang, "archive", "check")
    assert hasil.returncode == 0, hasil.stderr
    assert hasil.stdout.startswith("Arsip ") and "1 revisi diperiksa, tidak ada masalah." in (
        hasil.stdout
    )


def test_archive_check_cli_menyebut_setiap_masalah(
    arsip: Path, siklus_contoh: SiklusContoh
) -> None:
    folder = folder_siklus(arsip)
    (folder / "lembar-0002.pdf").unlink()
    (folder / "asing.pdf").write_bytes(b"%PDF-1.7\n")
    hasil = jalankan_sidik(siklus_contoh.ruang, "archive", "check", str(arsip))
    assert hasil.returncode == 7
    assert re.search(
        r"BERKAS_HILANG\s+\S+lembar-0002\.pdf\s+berkas tercantum di manifest", hasil.stdout
    )
    assert re.search(r"TIDAK_TERCATAT\s+\S+asing\.pdf", hasil.stdout)
    assert hasil.stderr == f"Galat: 2 masalah ditemukan di arsip {arsip}.\n"


def test_archive_list_dengan_penyaring(siklus_contoh: SiklusContoh) -> None:
    semua = jalankan_sidik(siklus_contoh.ruang, "archive", "list", "--json")
    assert semua.returncode == 0, semua.stderr
    entri = json.loads(semua.stdout)
    assert len(entri) == len(siklus_contoh.pdf)
    assert {e["revisi"] for e in entri} == {1}
    assert all(e["penanda_tangan"] == "Dr. Siti Teladan, M.Si." for e in entri)
    dafduk = json.loads(
        jalankan_sidik(siklus_contoh.ruang, "archive", "list", "--unit", "DAFDUK", "--json").stdout
    )
    assert dafduk and all(e["unit_kerja"] == "DAFDUK" for e in dafduk)
    huruf_g = json.loads(
        jalankan_sidik(siklus_contoh.ruang, "archive", "list", "--huruf", "g", "--json").stdout
    )
    assert huruf_g and all("g" in e["pasal17_huruf"].split(",") for e in huruf_g)
    kosong = jalankan_sidik(siklus_contoh.ruang, "archive", "list", "--sampai", "2000-01-01")
    assert kosong.returncode == 0 and "0 dokumen di register arsip." in kosong.stdout


def test_jalankan_ulang_lalu_masukan_berubah_revisi_pertama_utuh(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    ruang = tmp_path / "ruang"
    shutil.copytree(siklus_contoh.ruang, ruang)
    pertama = folder_siklus(ruang / "output" / "arsip")
    sebelum = {p: (p.read_bytes(), p.stat().st_mode) for p in pertama.rglob("*") if p.is_file()}
    sama = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert sama.returncode == 0 and "sudah diarsipkan" in sama.stdout
    wb = load_workbook(ruang / "input/informasi.xlsx")
    wb["Informasi"]["H2"] = "Konsekuensi yang dirumuskan ulang oleh operator."
    wb.save(ruang / "input/informasi.xlsx")
    assert jalankan_sidik(ruang, "run", "input/informasi.xlsx").returncode == 13
    assert (
        jalankan_sidik(
            ruang, "review", "apply", "--all", "dikecualikan", "--note", "Rapat tim"
        ).returncode
        == 0
    )
    kedua = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert kedua.returncode == 0, kedua.stderr
    manifest = sorted((ruang / "output" / "arsip").glob("*/*/*/*/manifest.json"))
    assert len(manifest) == 2
    sesudah = {p: (p.read_bytes(), p.stat().st_mode) for p in pertama.rglob("*") if p.is_file()}
    assert sesudah == sebelum
    assert all(mode & 0o222 == 0 for _, mode in sesudah.values())
    assert jalankan_sidik(ruang, "archive", "check").returncode == 0
