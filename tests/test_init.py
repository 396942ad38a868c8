"""``sidik init``: a new workspace that passes ``sidik doctor`` and runs a whole cycle unedited."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from pipeline.config import muat
from pipeline.errors import ExitCode
from pipeline.stages.templat_bawaan import folder_templat
from tests.bantu.cli import jalankan_sidik, sidik_di
from tests.bantu.ruang import ROOT


def test_tanpa_terminal_menulis_nilai_contoh(tmp_path: Path) -> None:
    hasil = sidik_di(tmp_path, "init", "ruang")
    ruang = tmp_path / "ruang"
    assert hasil.exit_code == 0, hasil.stderr
    assert hasil.stdout.splitlines() == [
        f"Ruang kerja dibuat di {ruang}: sidik.toml, templates/, input/, output/; buku kerja "
        f"operator kosong: {ruang}/input/informasi.xlsx.",
        f"PKI pengembangan dibuat (kunci UJI, bukan untuk dokumen resmi): "
        f"{ruang}/certs/dev/atasan_ppid.p12, akar {ruang}/certs/dev/root-ca.pem.",
        f"Buku kerja contoh untuk siklus uji coba: {ruang}/input/contoh.xlsx.",
        "Berikutnya (Operator):",
        f"  1. sunting {ruang}/sidik.toml: ganti nilai bertanda GANTI di instansi.pemerintah, "
        "instansi.dinas, instansi.alamat, instansi.kota, pejabat.operator.nama, "
        "pejabat.operator.jabatan, pejabat.ppid_pelaksana.nama, pejabat.ppid_pelaksana.jabatan, "
        "pejabat.tim_pertimbangan[1].nama, pejabat.tim_pertimbangan[1].jabatan, "
        "pejabat.atasan_ppid.nama, pejabat.atasan_ppid.jabatan",
        f"  2. sunting {ruang}/sidik.toml: [[unit_kerja]] masih berisi unit kerja contoh; tulis "
        "unit kerja badan publik Anda",
        f"  3. cd {ruang} && sidik doctor",
        "  4. sidik run input/contoh.xlsx   (siklus uji coba dengan buku kerja contoh)",
        "  5. isi input/informasi.xlsx dengan daftar informasi Anda, lalu: sidik run "
        "input/informasi.xlsx",
    ]
    assert sorted(p.name for p in ruang.iterdir()) == [
        ".gitignore",
        "certs",
        "input",
        "output",
        "sidik.toml",
        "templates",
    ]
    assert list((ruang / "output").iterdir()) == []
    assert sorted(p.name for p in (ruang / "input").iterdir()) == ["contoh.xlsx", "informasi.xlsx"]
    templat = sorted(p.name for p in (ruang / "templates").iterdir())
    assert templat == sorted(p.name for p in folder_templat().glob("*.docx"))
    for nama in templat:  # the shipped defaults, byte for byte
        assert (ruang / "templates" / nama).read_bytes() == (ROOT / "templates" / nama).read_bytes()
    config = muat(ruang / "sidik.toml")
    assert config.atasan_ppid.nama == "GANTI: Nama Atasan PPID"
    assert "# GANTI: nilai contoh" in (ruang / "sidik.toml").read_text()
    # the dev key's passphrase lives beside it, readable by the owner only
    assert (ruang / "certs/dev/atasan_ppid.sandi").stat().st_mode & 0o077 == 0
    assert not list(tmp_path.glob(".ruang.init-*"))


def test_dengan_opsi(tmp_path: Path) -> None:
    hasil = sidik_di(
        tmp_path, "init", "kominfo", "--tanpa-pki-dev",
        "--pemerintah", "PEMERINTAH KOTA CONTOH", "--dinas", "DINAS KOMINFO",
        "--alamat", "Jalan Merdeka 1", "--kota", "Kota Contoh",
        "--unit", "SEKRE=Sekretariat", "--unit", "TIK=Bidang Teknologi Informasi",
        "--operator", "Budi;Operator PPID;199001012020121001",
        "--ppid-pelaksana", "Ani, S.E.;Sekretaris;198501012010012001;AN",
        "--tim-pertimbangan", "Citra;Kasubbag Umum;198701012011012001",
        "--atasan-ppid", "Dr. Dodi, M.Si.;Kepala Dinas selaku Atasan PPID;197001012000031001",
    )  # fmt: skip
    assert hasil.exit_code == 0, hasil.stderr
    ruang = tmp_path / "kominfo"
    config = muat(ruang / "sidik.toml")
    assert [u.kode for u in config.unit_kerja] == ["SEKRE", "TIK"]
    assert config.ppid_pelaksana.paraf == "AN"
    assert config.atasan_ppid.nip == "197001012000031001"
    assert "GANTI" not in (ruang / "sidik.toml").read_text().split("[penandatanganan]")[0]
    assert "sunting" not in hasil.stdout and "PKI" not in hasil.stdout
    assert not (ruang / "certs").exists() and not (ruang / "input/contoh.xlsx").exists()


def test_bertanya_di_terminal(tmp_path: Path) -> None:
    jawaban = "\n".join(
        ["PEMKOT", "DINAS X", "Jalan Y", "Kota Z", "UM=Umum", "",
         "Budi;Operator;199001012020121001", "", "Citra;Tim;198701012011012001", "", ""]
    )  # fmt: skip
    hasil = sidik_di(tmp_path, "init", "r", "--tanya", "--tanpa-pki-dev", masukan=jawaban + "\n")
    assert hasil.exit_code == 0, hasil.stderr
    config = muat(tmp_path / "r/sidik.toml")
    assert (config.instansi.dinas, config.unit_kerja[0].nama) == ("DINAS X", "Umum")
    assert config.operator.nama == "Budi"
    assert config.ppid_pelaksana.nama == "GANTI: Nama PPID Pelaksana"  # empty answer
    assert "pejabat.ppid_pelaksana.jabatan, pejabat.atasan_ppid.nama, " in hasil.stdout


def test_pejabat_salah_tulis(tmp_path: Path) -> None:
    hasil = sidik_di(tmp_path, "init", "r", "--atasan-ppid", "Dodi;Kepala;123")
    assert hasil.exit_code == ExitCode.USAGE == 2
    assert "Nilai '--atasan-ppid' tidak sah: NIP harus 18 angka" in hasil.stderr
    assert not (tmp_path / "r").exists()


def test_tidak_pernah_menimpa(tmp_path: Path) -> None:
    ruang = tmp_path / "ada"
    ruang.mkdir()
    (ruang / "sidik.toml").write_text("# milik kantor\n")
    hasil = sidik_di(tmp_path, "init", "ada")
    assert hasil.exit_code == ExitCode.INPUT_INVALID == 3
    assert hasil.stderr == (
        f"Galat: {ruang} sudah ada dan tidak kosong; 'sidik init' tidak pernah menimpa ruang "
        "kerja. Pilih folder baru.\n"
    )
    assert [p.name for p in ruang.iterdir()] == ["sidik.toml"]
    assert (ruang / "sidik.toml").read_text() == "# milik kantor\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada"]


def test_folder_kosong_boleh(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    assert sidik_di(tmp_path, "init", "kosong", "--tanpa-pki-dev").exit_code == 0
    assert (tmp_path / "kosong/sidik.toml").is_file()


@pytest.mark.slow
@pytest.mark.libreoffice
def test_dari_folder_kosong_sampai_verify(tmp_path: Path) -> None:
    """init, edit nothing, doctor passes with the dev key, and a whole cycle runs."""
    assert jalankan_sidik(tmp_path, "init", "ruang").returncode == 0
    ruang = tmp_path / "ruang"
    dokter = jalankan_sidik(ruang, "doctor", "--json")
    assert dokter.returncode == 0, dokter.stdout
    assert json.loads(dokter.stdout)["siap"] is True
    pertama = jalankan_sidik(ruang, "run", "input/contoh.xlsx")
    assert pertama.returncode == ExitCode.REVIEW_PENDING, pertama.stderr
    tinjau = jalankan_sidik(
        ruang, "review", "apply", "--all", "dikecualikan", "--note", "Rapat Tim Pertimbangan"
    )
    assert tinjau.returncode == 0, tinjau.stderr
    kedua = jalankan_sidik(ruang, "run", "input/contoh.xlsx")
    assert kedua.returncode == 0, kedua.stderr
    verify = jalankan_sidik(ruang, "verify", "output/arsip", "--report", "laporan.html")
    assert verify.returncode == 0, verify.stdout
    assert verify.stdout.endswith("Valid: 15 dari 15 berkas.\n")
    [manifest] = (ruang / "output/arsip").glob("*/*/*/*/manifest.json")
    # the manifest sealed by the Operator, with the key 'sidik pki dev' issued them at init;
    # the report says so as the terminal does
    operator = muat(ruang / "sidik.toml").operator

    def segel(folder: Path) -> str:
        return (
            f"Manifest arsip {folder}: tanda tangan sah, disegel oleh {operator.nama} "
            f"(NIP {operator.nip})."
        )

    assert f"{segel(manifest.parent.relative_to(ruang))}\n" in verify.stdout
    # the report names the folder from the one verified, as its files (no local paths)
    laporan = (ruang / "laporan.html").read_text(encoding="utf-8")
    assert f"<p>{html.escape(segel(manifest.parent.relative_to(ruang / 'output/arsip')))}</p>" in (
        laporan
    )
    versi = jalankan_sidik(ruang, "--version").stdout
    assert versi == f"sidik, versi {json.loads(manifest.read_text())['sidik']}\n"


def test_komentar_sidik_toml_mengikuti_bahasa(tmp_path: Path) -> None:
    """The comments come from each key's declared description, in the language in force;
    the values (and so the configuration) are the same."""
    for bahasa in ("id", "en"):
        hasil = sidik_di(tmp_path, "--lang", bahasa, "init", bahasa, "--tanpa-pki-dev")
        assert hasil.exit_code == 0, hasil.stderr
    id_, en = ((tmp_path / b / "sidik.toml").read_text(encoding="utf-8") for b in ("id", "en"))
    assert '# Tingkat PAdES bawaan: B-B, B-T, B-LT, B-LTA.\n# tingkat = "B-B"\n' in id_
    assert '# Default PAdES level: B-B, B-T, B-LT, B-LTA.\n# tingkat = "B-B"\n' in en
    assert "# GANTI: sample values — fill in your public body's data.\n[instansi]\n" in en
    nilai = [b for b in id_.splitlines() if not b.startswith("#")]
    assert nilai == [b for b in en.splitlines() if not b.startswith("#")]
    config_id, config_en = (muat(tmp_path / b / "sidik.toml") for b in ("id", "en"))
    assert (config_id.instansi, config_id.semua_pejabat()) == (
        config_en.instansi,
        config_en.semua_pejabat(),
    )
