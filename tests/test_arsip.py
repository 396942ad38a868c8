"""SOP step 5 and after: the archive is checked file by file against its manifests.

Each test works on a copy of the session's real sample archive and breaks it one way. The
manifest is sealed by the Operator who archives, with their own key (never the Atasan PPID's).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.config import muat
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.register import ManifestTercatat, manifest_tercatat
from pipeline.sertifikat import muat_akar
from pipeline.verify.arsip import Saksi, periksa_arsip
from pipeline.verify.manifest import Penyegel, StatusTtdManifest
from pipeline.verify.ttd_manifest import penyegel_manifest
from tests.bantu.cli import jalankan_sidik
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]
RUDI = Penyegel("Rudi Contoh, A.Md.", "000000000000000004")  # the sample's Operator
SITI = Penyegel("Dr. Siti Teladan, M.Si.", "000000000000000000")  # the sample's Atasan PPID
DISEGEL_RUDI = r"Rudi Contoh, A\.Md\. \(NIP 000000000000000004\)"


@pytest.fixture
def arsip(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    salinan = tmp_path / "arsip"
    shutil.copytree(siklus_contoh.ruang / "output" / "arsip", salinan)
    for p in salinan.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    return salinan


@pytest.fixture
def ruang(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """A copy of the sample workspace (ledger and archive), writable, to break."""
    salinan = shutil.copytree(siklus_contoh.ruang, tmp_path / "ruang")
    for p in (salinan / "output" / "arsip").rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    return salinan


def tepercaya(siklus_contoh: SiklusContoh) -> Saksi:
    """Only the workspace's trust roots: the archive alone, as an auditor holds it."""
    config = muat(siklus_contoh.ruang / "sidik.toml")
    return Saksi(muat_akar(config.verifikasi.akar_tepercaya))


def folder_siklus(arsip: Path) -> Path:
    [manifest] = list(arsip.glob("*/*/*/*/manifest.json"))
    return manifest.parent


def kode(arsip: Path, saksi: Saksi | None = None) -> list[tuple[str, str]]:
    return [(m.kode, m.path.name) for m in periksa_arsip(arsip, saksi).masalah]


def ganti_penanda_tangan(manifest: Path) -> None:
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["penanda_tangan"]["nama"] = "Orang Lain"
    manifest.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def test_arsip_utuh_tanpa_masalah(arsip: Path, siklus_contoh: SiklusContoh) -> None:
    hasil = periksa_arsip(arsip, tepercaya(siklus_contoh))
    assert hasil.revisi == 1 and hasil.masalah == []
    [laporan] = hasil.laporan
    assert (laporan.nomor, laporan.ledger, laporan.ttd) == (
        1,
        "tanpa_ledger",
        StatusTtdManifest.SAH,
    )
    assert (laporan.utuh, laporan.bermasalah) == (len(siklus_contoh.pdf) + 2, 0)


def test_manifest_ditandatangani_dan_hashnya_dicatat_di_ledger(
    siklus_contoh: SiklusContoh,
) -> None:
    manifest = siklus_contoh.arsip / "manifest.json"
    assert (siklus_contoh.arsip / "manifest.json.p7s").is_file()
    config = muat(siklus_contoh.ruang / "sidik.toml")
    with buka_untuk_baca(config.jalur.ledger) as buku:
        [tercatat] = manifest_tercatat(buku)
    assert tercatat.revisi == 1 and tercatat.ttd == "cms"
    assert tercatat.sha256 == hashlib.sha256(manifest.read_bytes()).hexdigest()
    assert siklus_contoh.ruang / "output" / tercatat.path == manifest
    # the ledger says who sealed it, as the seal's certificate names them: the Operator
    assert (tercatat.penyegel, tercatat.nip_penyegel) == (RUDI.nama, RUDI.nip)


def test_manifest_disegel_operator_dengan_kuncinya_bukan_kunci_atasan(
    arsip: Path, siklus_contoh: SiklusContoh
) -> None:
    # SOP step 5 is the Operator's act: the seal's certificate is theirs, not the Atasan's,
    # and the check says who sealed
    assert penyegel_manifest(siklus_contoh.arsip / "manifest.json") == RUDI
    hasil = periksa_arsip(arsip, tepercaya(siklus_contoh))
    assert hasil.masalah == []
    assert (hasil.laporan[0].ttd, hasil.laporan[0].penyegel) == (StatusTtdManifest.SAH, RUDI)


def test_manifest_lama_disegel_kunci_atasan_tetap_sah(
    arsip: Path, siklus_contoh: SiklusContoh
) -> None:
    # an archive filed by an earlier sidik: its manifest sealed with the Atasan PPID's key
    from pipeline.signing.penanda import buat_penanda

    config = muat(siklus_contoh.ruang / "sidik.toml")
    manifest = folder_siklus(arsip) / "manifest.json"
    segel = buat_penanda(config).tandai_data(manifest.read_bytes())
    assert segel is not None
    (manifest.parent / "manifest.json.p7s").write_bytes(segel)
    hasil = periksa_arsip(arsip, tepercaya(siklus_contoh))
    assert hasil.masalah == []
    assert (hasil.laporan[0].ttd, hasil.laporan[0].penyegel) == (StatusTtdManifest.SAH, SITI)


def test_nama_penanda_tangan_diedit_di_manifest_terbaru_tanpa_ledger(
    arsip: Path, siklus_contoh: SiklusContoh
) -> None:
    # No later revision points to the newest manifest: only its own signature can tell.
    ganti_penanda_tangan(folder_siklus(arsip) / "manifest.json")
    hasil = periksa_arsip(arsip, tepercaya(siklus_contoh))
    assert [(m.kode, m.message_id) for m in hasil.masalah] == [
        ("TTD_MANIFEST_TIDAK_SAH", "arsip.ttd_tidak_sah")
    ]
    assert hasil.laporan[0].ttd is StatusTtdManifest.TIDAK_SAH


def test_tanda_tangan_manifest_dari_akar_tak_dikenal(arsip: Path) -> None:
    hasil = periksa_arsip(arsip, Saksi(akar=()))
    assert [(m.kode, m.message_id) for m in hasil.masalah] == [
        ("TTD_MANIFEST_TIDAK_SAH", "arsip.ttd_tidak_tepercaya")
    ]


def test_manifest_tanpa_tanda_tangan_dan_tanpa_ledger_tidak_terbukti(
    arsip: Path, siklus_contoh: SiklusContoh
) -> None:
    (folder_siklus(arsip) / "manifest.json.p7s").unlink()
    assert kode(arsip, tepercaya(siklus_contoh)) == [("MANIFEST_TANPA_SAKSI", "manifest.json")]


def test_manifest_tanpa_tanda_tangan_dijamin_hash_ledger(
    arsip: Path, siklus_contoh: SiklusContoh
) -> None:
    # BSrE signs PDFs only: the manifest is unsigned and the ledger's hash vouches for it.
    manifest = folder_siklus(arsip) / "manifest.json"
    (manifest.parent / "manifest.json.p7s").unlink()
    saksi = saksi_ledger(siklus_contoh, manifest)
    hasil = periksa_arsip(arsip, saksi)
    assert hasil.masalah == []
    assert (hasil.laporan[0].ledger, hasil.laporan[0].ttd) == (
        "cocok",
        StatusTtdManifest.TIDAK_ADA,
    )
    ganti_penanda_tangan(manifest)
    assert kode(arsip, saksi) == [("MANIFEST_BEDA_LEDGER", "manifest.json")]


def test_archive_check_cli_nama_penanda_tangan_diedit_di_manifest_terbaru(ruang: Path) -> None:
    ganti_penanda_tangan(folder_siklus(ruang / "output/arsip") / "manifest.json")
    hasil = jalankan_sidik(ruang, "archive", "check")
    assert hasil.returncode == 7
    assert re.search(
        rf"1\s+\S+\s+BEDA\s+TIDAK SAH\s+{DISEGEL_RUDI}\s+\d+ utuh, 0 bermasalah", hasil.stdout
    )
    assert re.search(
        r"MANIFEST_BEDA_LEDGER\s+\S+manifest\.json\s+SHA-256 manifest berbeda dari yang dicatat "
        r"ledger",
        hasil.stdout,
    )
    assert re.search(r"TTD_MANIFEST_TIDAK_SAH\s+\S+manifest\.json", hasil.stdout)
    assert hasil.stderr == f"Galat: 2 masalah ditemukan di arsip {ruang / 'output/arsip'}.\n"


def test_archive_check_cli_tanda_tangan_manifest_dihapus(ruang: Path) -> None:
    folder = folder_siklus(ruang / "output/arsip")
    (folder / "manifest.json.p7s").unlink()
    ganti_penanda_tangan(folder / "manifest.json")
    hasil = jalankan_sidik(ruang, "archive", "check")
    assert hasil.returncode == 7
    assert re.search(r"1\s+\S+\s+BEDA\s+tidak ada\s+-\s", hasil.stdout)
    assert re.search(r"TTD_MANIFEST_HILANG\s+\S+manifest\.json\s+ledger mencatat", hasil.stdout)
    assert "MANIFEST_BEDA_LEDGER" in hasil.stdout


def test_hash_di_manifest_diedit(arsip: Path, siklus_contoh: SiklusContoh) -> None:
    path = folder_siklus(arsip) / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["berkas"][3]["sha256"] = "0" * 64
    path.write_text(json.dumps(data), encoding="utf-8")
    assert kode(arsip, tepercaya(siklus_contoh)) == [
        ("TTD_MANIFEST_TIDAK_SAH", "manifest.json"),
        ("HASH_BEDA", data["berkas"][3]["nama"]),
    ]


def test_berkas_dihapus_dari_revisi(arsip: Path, siklus_contoh: SiklusContoh) -> None:
    (folder_siklus(arsip) / "lembar-0005.pdf").unlink()
    assert kode(arsip, tepercaya(siklus_contoh)) == [("BERKAS_HILANG", "lembar-0005.pdf")]


def test_berkas_asing_ditambahkan(arsip: Path, siklus_contoh: SiklusContoh) -> None:
    (folder_siklus(arsip) / "sisipan.pdf").write_bytes(b"%PDF-1.7\n")
    assert kode(arsip, tepercaya(siklus_contoh)) == [("TIDAK_TERCATAT", "sisipan.pdf")]


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


def saksi_ledger(siklus_contoh: SiklusContoh, *manifest: Path) -> Saksi:
    """The trust roots and a ledger that recorded ``manifest`` as they are now."""
    ledger = {
        m.resolve(): ManifestTercatat(
            "dik", n, "-", hashlib.sha256(m.read_bytes()).hexdigest(), "tidak_dapat"
        )
        for n, m in enumerate(manifest, 1)
    }
    return Saksi(tepercaya(siklus_contoh).akar, ledger=ledger)


def test_rantai_revisi_utuh(arsip: Path, siklus_contoh: SiklusContoh) -> None:
    pertama = folder_siklus(arsip) / "manifest.json"
    kedua = _revisi_kedua(arsip, hashlib.sha256(pertama.read_bytes()).hexdigest())
    hasil = periksa_arsip(arsip, saksi_ledger(siklus_contoh, pertama, kedua / "manifest.json"))
    assert hasil.revisi == 2 and hasil.masalah == []


def test_manifest_diedit_memutus_rantai(arsip: Path, siklus_contoh: SiklusContoh) -> None:
    pertama = folder_siklus(arsip) / "manifest.json"
    kedua = _revisi_kedua(arsip, hashlib.sha256(pertama.read_bytes()).hexdigest())
    saksi = saksi_ledger(siklus_contoh, pertama, kedua / "manifest.json")
    ganti_penanda_tangan(pertama)
    assert kode(arsip, saksi) == [
        ("MANIFEST_BEDA_LEDGER", "manifest.json"),
        ("TTD_MANIFEST_TIDAK_SAH", "manifest.json"),
        ("RANTAI_PUTUS", "manifest.json"),
    ]


def test_manifest_rusak(arsip: Path) -> None:
    (folder_siklus(arsip) / "manifest.json").write_text("{bukan json", encoding="utf-8")
    hasil = kode(arsip)
    assert hasil[0] == ("MANIFEST_RUSAK", "manifest.json")
    assert ("TIDAK_TERCATAT", "daftar.pdf") in hasil


def test_register_tanpa_berkas(arsip: Path, siklus_contoh: SiklusContoh) -> None:
    hilang = arsip / "2020/01/01/dik-lama/daftar.pdf"
    saksi = Saksi(tepercaya(siklus_contoh).akar, [(hilang, "0" * 64)])
    assert [(m.kode, m.path) for m in periksa_arsip(arsip, saksi).masalah] == [
        ("REGISTER_TANPA_BERKAS", hilang)
    ]


def test_archive_check_cli_pada_arsip_contoh(siklus_contoh: SiklusContoh) -> None:
    hasil = jalankan_sidik(siklus_contoh.ruang, "archive", "check")
    assert hasil.returncode == 0, hasil.stderr
    baris = rf"^1\s+\S+\s+cocok\s+sah\s+{DISEGEL_RUDI}\s+\d+ utuh, 0 bermasalah$"
    assert re.search(baris, hasil.stdout, re.M)
    assert "Disegel oleh" in hasil.stdout.splitlines()[0]
    assert hasil.stdout.endswith(" 1 revisi diperiksa, tidak ada masalah.\n")


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


def test_sign_lalu_archive_terpisah_operator_menyegel_tanpa_sandi_atasan(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # SOP steps 4 and 5 as separate acts: 'sidik archive' is the Operator's and unlocks their
    # key only; the Atasan's passphrase is not at hand any more (neither file nor variable).
    # A wrong passphrase of the Operator's key is refused (exit 6) and nothing is filed.
    ruang = shutil.copytree(siklus_contoh.siap_atasan, tmp_path / "ruang")
    assert jalankan_sidik(ruang, "sign").returncode == 0
    (ruang / "certs/dev/atasan_ppid.sandi").unlink()
    berkas_sandi = ruang / f"certs/dev/{RUDI.nip}.sandi"
    sandi = berkas_sandi.read_text().strip()
    berkas_sandi.unlink()
    env = {"SIDIK_SANDI_PKCS12": "", f"SIDIK_SANDI_PKCS12_{RUDI.nip}": "bukan-sandinya"}
    salah = jalankan_sidik(ruang, "archive", env=env)
    assert salah.returncode == 6
    # the refusal is the last line (the run's progress may come before it)
    assert salah.stderr.endswith(
        f"Galat: Kunci {ruang / 'certs/dev' / (RUDI.nip + '.p12')} tidak dapat dibuka: sandi "
        "salah atau berkas PKCS#12 rusak.\n"
    ), salah.stderr
    assert not list((ruang / "output").glob("arsip/*/*/*/*/manifest.json"))
    env[f"SIDIK_SANDI_PKCS12_{RUDI.nip}"] = sandi
    hasil = jalankan_sidik(ruang, "archive", env=env)
    assert hasil.returncode == 0, hasil.stderr
    assert penyegel_manifest(folder_siklus(ruang / "output/arsip") / "manifest.json") == RUDI
    cek = jalankan_sidik(ruang, "archive", "check")
    assert cek.returncode == 0, cek.stdout
    assert re.search(rf"^1\s+\S+\s+cocok\s+sah\s+{DISEGEL_RUDI}\s", cek.stdout, re.M)


def test_run_menandatangani_dulu_lalu_segel_operator_dimuat_saat_mengarsipkan(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # the Operator's seal is loaded only when the run files: a wrong passphrase for it leaves
    # the Atasan's signatures made and recorded, nothing filed; the rerun with the right one
    # files without signing anything again
    ruang = shutil.copytree(siklus_contoh.siap_atasan, tmp_path / "ruang")
    berkas_sandi = ruang / f"certs/dev/{RUDI.nip}.sandi"
    sandi = berkas_sandi.read_text().strip()
    berkas_sandi.unlink()
    env = {f"SIDIK_SANDI_PKCS12_{RUDI.nip}": "bukan-sandinya"}
    salah = jalankan_sidik(ruang, "run", "input/informasi.xlsx", env=env)
    assert salah.returncode == 6, salah.stderr
    assert "tidak dapat dibuka: sandi salah" in salah.stderr
    assert "Warning" not in salah.stderr and "DSA" not in salah.stderr, salah.stderr
    assert not list((ruang / "output").glob("arsip/*/*/*/*/manifest.json"))

    def ttd_atasan() -> int:
        with buka_untuk_baca(ruang / "output" / "sidik.db") as buku:
            return sum(1 for p in buku.peristiwa() if p.aksi == "sign")

    ditandatangani = ttd_atasan()
    assert ditandatangani > 0
    env[f"SIDIK_SANDI_PKCS12_{RUDI.nip}"] = sandi
    hasil = jalankan_sidik(ruang, "run", "input/informasi.xlsx", env=env)
    assert hasil.returncode == 0, hasil.stderr
    assert ttd_atasan() == ditandatangani  # nothing signed twice
    assert penyegel_manifest(folder_siklus(ruang / "output/arsip") / "manifest.json") == RUDI
