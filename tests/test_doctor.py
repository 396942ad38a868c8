"""``sidik doctor``: a workspace made by ``sidik init`` passes; each broken thing fails with its
message, its fix and exit 14."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from pipeline.errors import ExitCode
from pipeline.messages import atur_bahasa
from pipeline.ruang.baru import buat_ruang
from pipeline.ruang.konfigurasi import CONTOH
from tests.bantu.cli import jalankan_sidik, sidik_di
from tests.bantu.pki import PkiUji
from tests.bantu.pki.ca import NAMA_ATASAN

GAGAL = (
    "Galat: 1 dari 20 pemeriksaan gagal; perbaiki yang bertanda GAGAL, lalu jalankan "
    "'sidik doctor' lagi.\n"
)


@pytest.fixture(autouse=True)
def _bahasa():
    yield
    atur_bahasa("id")


@pytest.fixture(scope="module")
def ruang_induk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One workspace made by init (with its dev PKI), copied by each test."""
    return buat_ruang(tmp_path_factory.mktemp("induk") / "ruang", CONTOH).folder


@pytest.fixture
def ruang(ruang_induk: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(ruang_induk, tmp_path / "ruang"))


def dokter(ruang: Path, *args: str) -> Result:
    return sidik_di(ruang, *args, "doctor")


def baris(hasil: Result, judul: str) -> list[str]:
    """The report lines of the checks named ``judul`` (with their fix lines)."""
    semua = hasil.stdout.splitlines()
    keluar = []
    for i, b in enumerate(semua):
        if b[9:].startswith(f"{judul}:"):
            keluar.append(b)
            if i + 1 < len(semua) and semua[i + 1].startswith("         Perbaikan:"):
                keluar.append(semua[i + 1])
    return keluar


def test_ruang_baru_lulus(ruang: Path) -> None:
    hasil = dokter(ruang)
    assert hasil.exit_code == 0, hasil.stdout + hasil.stderr
    assert hasil.stderr == ""
    assert hasil.stdout.endswith(
        "16 lulus, 2 peringatan, 0 gagal, 2 dilewati.\n"
        "Berikutnya (Operator): sidik run input/contoh.xlsx\n"
    )
    [peserta] = baris(hasil, "Kunci peserta uji")
    assert peserta.startswith("[  OK  ] Kunci peserta uji: ")
    assert "menandatangani Lembar dan Berita Acara dengan kuncinya sendiri" in peserta
    assert baris(hasil, "Kunci segel arsip") == [
        f"[  OK  ] Kunci segel arsip: Operator {CONTOH.operator.nama} (NIP "
        f"{CONTOH.operator.nip}) menyegel manifest arsip dengan kuncinya sendiri."
    ]
    assert baris(hasil, "Jam sistem") == [
        "[LEWAT ] Jam sistem: tidak ada [penandatanganan] tsa_url (tingkat B-B); jam tidak "
        "dibandingkan."
    ]
    assert baris(hasil, "Rantai sertifikat") == [
        f"[  OK  ] Rantai sertifikat: sampai ke akar tepercaya {ruang}/certs/dev/root-ca.pem."
    ]
    # what 'sign' checks before signing: the dev certificate names no OCSP/CRL service
    assert baris(hasil, "Status pencabutan") == [
        "[LEWAT ] Status pencabutan: tidak diperiksa: sertifikat tidak menyebut layanan OCSP/CRL."
    ]
    assert baris(hasil, "Penggunaan kunci") == [
        "[  OK  ] Penggunaan kunci: penggunaan kunci mengizinkan tanda tangan."
    ]
    assert baris(hasil, "Kunci dan sertifikat") == [
        "[  OK  ] Kunci dan sertifikat: kunci privat cocok dengan sertifikat."
    ]
    assert baris(hasil, "Pemilik sertifikat") == [
        "[  OK  ] Pemilik sertifikat: atas nama GANTI: Nama Atasan PPID (NIP 000000000000000000), "
        "Atasan PPID di [pejabat.atasan_ppid]."
    ]
    assert baris(hasil, "Templat") == [f"[  OK  ] Templat: 4 templat di {ruang}/templates sah."]
    assert baris(hasil, "Ledger") == [
        f"[  OK  ] Ledger: {ruang}/output/sidik.db belum ada; dibuat pada 'sidik run' pertama."
    ]


def test_json(ruang: Path) -> None:
    hasil = dokter(ruang, "--lang", "en")
    data = json.loads(
        CliRunner().invoke(cli, ["--config", str(ruang / "sidik.toml"), "doctor", "--json"]).stdout
    )
    assert hasil.exit_code == 0
    assert data["siap"] is True
    assert data["ringkasan"] == {"lulus": 16, "peringatan": 2, "gagal": 0, "dilewati": 2}
    kode = [p["kode"] for p in data["pemeriksaan"]]
    assert kode[0] == "libreoffice" and kode[-1] == "disk"
    semua = {"kunci", "sertifikat", "rantai", "kunci_segel", "jam", "templat", "ledger", "keluaran"}
    assert semua <= set(kode)
    assert "[ SKIP ] System clock: no [penandatanganan] tsa_url" in hasil.stdout


@pytest.mark.libreoffice
def test_libreoffice_tidak_ada_di_path(ruang: Path) -> None:
    hasil = jalankan_sidik(ruang, "doctor", env={"PATH": str(Path(sys.executable).parent)})
    assert hasil.returncode == ExitCode.CHECK_FAILED == 14
    assert hasil.stdout.splitlines()[:2] == [
        "[GAGAL ] LibreOffice: soffice tidak terpasang atau tidak ada di PATH. Pasang dengan: "
        "apt-get install libreoffice-writer-nogui (atau atur [jalur] libreoffice di sidik.toml).",
        "         Perbaikan: Pasang LibreOffice (Debian/Ubuntu: apt-get install "
        "libreoffice-writer-nogui; Windows: libreoffice.org), atau tulis letak soffice di "
        "[jalur] libreoffice.",
    ]
    # without fontconfig on PATH the substitution cannot be checked: skipped, not failed
    assert "[LEWAT ] Font: Arial: fontconfig (fc-match) tidak ada" in hasil.stdout
    assert hasil.stderr == GAGAL


def _kunci_uji(ruang: Path, pki_uji: PkiUji, label: str, akar: Path | None) -> None:
    """Put the test PKI's ``label`` key where the workspace's dev key was, and make the test
    PKI's Atasan PPID the workspace's; with ``akar``, its root is trusted too (the others'
    dev keys still chain to the dev root, as in an office whose officials' keys come from two
    issuers)."""
    dev = ruang / "certs" / "dev"
    pki_uji.p12(label, b"sandi-uji", dev / "atasan_ppid.p12")
    (dev / "atasan_ppid.sandi").write_bytes(b"sandi-uji\n")
    if akar is not None:
        with (dev / "root-ca.pem").open("ab") as f:
            f.write(akar.read_bytes())
    toml = ruang / "sidik.toml"
    teks = toml.read_text(encoding="utf-8")
    toml.write_text(teks.replace("GANTI: Nama Atasan PPID", NAMA_ATASAN), encoding="utf-8")


def test_sertifikat_kedaluwarsa(ruang: Path, pki_uji: PkiUji) -> None:
    _kunci_uji(ruang, pki_uji, "kedaluwarsa", pki_uji.akar)
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    [temuan, perbaikan] = baris(hasil, "Masa berlaku sertifikat")
    assert temuan.startswith("[GAGAL ] Masa berlaku sertifikat: sertifikat ")
    assert "Penanda Kedaluwarsa" in temuan and "tidak berlaku sekarang (berlaku " in temuan
    assert perbaikan == (
        "         Perbaikan: Minta sertifikat baru kepada penerbitnya (BSrE) dan pasang di "
        "[penandatanganan]; untuk kunci pengembangan hapus certs/dev/ lalu jalankan "
        "'sidik pki dev'."
    )
    # the chain itself is fine: judged while the certificate was valid
    assert baris(hasil, "Rantai sertifikat")[0].startswith("[  OK  ]")
    assert baris(hasil, "Status pencabutan") == [
        "[LEWAT ] Status pencabutan: tidak diperiksa: sertifikat tidak berlaku sekarang."
    ]
    assert baris(hasil, "Pemilik sertifikat")[0].startswith(  # not the Atasan PPID's either
        "[GAGAL ] Pemilik sertifikat: sertifikat atas nama Penanda Kedaluwarsa (NIP -)"
    )
    assert hasil.stderr == GAGAL.replace("1 dari", "2 dari")


def test_rantai_tidak_tepercaya(ruang: Path, pki_uji: PkiUji) -> None:
    _kunci_uji(ruang, pki_uji, "atasan", akar=None)  # the dev root does not issue it
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    [temuan, perbaikan] = baris(hasil, "Rantai sertifikat")
    assert temuan.startswith("[GAGAL ] Rantai sertifikat: sertifikat ")
    assert f"tidak sampai ke akar tepercaya ({ruang}/certs/dev/root-ca.pem)" in temuan
    assert perbaikan == (
        "         Perbaikan: Tulis sertifikat akar penerbit kunci (mis. akar BSrE, PEM) di "
        "[verifikasi] akar_tepercaya."
    )
    assert baris(hasil, "Masa berlaku sertifikat")[0].startswith("[  OK  ]")
    assert hasil.stderr == GAGAL


def test_rantai_dengan_perantara_dan_jam_terhadap_tsa(ruang: Path, pki_uji: PkiUji) -> None:
    _kunci_uji(ruang, pki_uji, "atasan", pki_uji.akar)
    toml = ruang / "sidik.toml"
    toml.write_text(
        toml.read_text().replace(
            'tingkat = "B-B"', f'tingkat = "B-B"\ntsa_url = "{pki_uji.tsa_url}"'
        )
    )
    hasil = dokter(ruang)
    assert hasil.exit_code == 0, hasil.stdout
    [jam] = baris(hasil, "Jam sistem")
    assert jam.startswith(
        f"[  OK  ] Jam sistem: selisih dengan server stempel waktu {pki_uji.tsa_url}: "
    )


@pytest.mark.parametrize(
    ("label", "judul", "temuan", "perbaikan"),
    [
        (
            "dicabut",
            "Status pencabutan",
            "sertifikat Penanda Dicabut telah DICABUT menurut OCSP/CRL penerbitnya.",
            "Minta sertifikat baru kepada penerbitnya (BSrE)",
        ),
        (
            "enkripsi",
            "Penggunaan kunci",
            f"sertifikat {NAMA_ATASAN} tidak untuk tanda tangan (penggunaan kunci: "
            "key_encipherment; perlu digitalSignature atau nonRepudiation).",
            "Minta sertifikat baru kepada penerbitnya (BSrE)",
        ),
        (
            "orang_lain",
            "Pemilik sertifikat",
            "sertifikat atas nama Budi Lain, S.H. (NIP 199001012020121001), bukan "
            f"{NAMA_ATASAN} (NIP 000000000000000000) di [pejabat.atasan_ppid].",
            "Pasang kunci Atasan PPID yang dikonfigurasi, atau perbaiki nama dan NIP",
        ),
    ],
)
def test_sertifikat_yang_akan_ditolak_saat_menandatangani(
    ruang: Path, pki_uji: PkiUji, label: str, judul: str, temuan: str, perbaikan: str
) -> None:
    # doctor shows what 'sign' would refuse, as a failed check with its fix
    _kunci_uji(ruang, pki_uji, label, pki_uji.akar)
    hasil = dokter(ruang)
    assert hasil.exit_code == ExitCode.CHECK_FAILED == 14
    assert baris(hasil, judul)[0] == f"[GAGAL ] {judul}: {temuan}"
    assert baris(hasil, judul)[1].startswith(f"         Perbaikan: {perbaikan}")


def test_pkcs12_tanpa_sertifikat_penanda(ruang: Path, pki_uji: PkiUji) -> None:
    # a key exported without its certificate: a failed check, not an AttributeError
    p12 = ruang / "certs" / "dev" / "atasan_ppid.p12"
    pki_uji.p12_tanpa_sertifikat("atasan", b"sandi-uji", p12)
    (ruang / "certs" / "dev" / "atasan_ppid.sandi").write_bytes(b"sandi-uji\n")
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    assert baris(hasil, "Kunci penanda tangan")[0] == (
        f"[GAGAL ] Kunci penanda tangan: Berkas PKCS#12 {p12} tidak memuat sertifikat penanda "
        "tangan (hanya kunci atau rantai penerbit); ekspor ulang kunci beserta sertifikatnya."
    )
    assert baris(hasil, "Pemilik sertifikat") == [
        "[LEWAT ] Pemilik sertifikat: kunci tidak dapat dibuka."
    ]
    assert hasil.stderr == GAGAL


def test_kunci_tidak_ada(ruang: Path) -> None:
    (ruang / "certs/dev/atasan_ppid.p12").unlink()
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    assert baris(hasil, "Kunci penanda tangan")[0] == (
        f"[GAGAL ] Kunci penanda tangan: Berkas tidak ditemukan: {ruang}/certs/dev/atasan_ppid.p12."
    )
    assert baris(hasil, "Rantai sertifikat") == [
        "[LEWAT ] Rantai sertifikat: kunci tidak dapat dibuka."
    ]


def _rusak_sintaks(docx: Path) -> None:
    """An unclosed {% if %} after the kop's first line, as a hand edit might leave it (the
    kop opens with a {%p %} tag paragraph, which docxtpl replaces whole)."""
    with zipfile.ZipFile(docx) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    xml = isi["word/document.xml"].decode()
    isi["word/document.xml"] = xml.replace("}}</w:t>", "}}{% if %}</w:t>", 1).encode()
    with zipfile.ZipFile(docx, "w") as z:
        for nama, data in isi.items():
            z.writestr(nama, data)


def test_templat_rusak(ruang: Path) -> None:
    _rusak_sintaks(ruang / "templates/surat_keputusan.docx")
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    [temuan, perbaikan] = baris(hasil, "Templat")
    assert temuan.startswith(f"[GAGAL ] Templat: Templat {ruang}/templates/surat_keputusan.docx")
    assert perbaikan.startswith("         Perbaikan: Perbaiki templat yang disebut")
    assert hasil.stderr == GAGAL


def test_keluaran_bukan_folder(ruang: Path) -> None:
    (ruang / "output").rmdir()
    (ruang / "output").write_text("bukan folder")
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    assert baris(hasil, "Folder keluaran") == [
        f"[GAGAL ] Folder keluaran: {ruang}/output bukan folder.",
        "         Perbaikan: Beri pengguna ini hak tulis atas folder [jalur] keluaran, atau "
        "pilih folder lain di sidik.toml.",
    ]
    assert hasil.stderr == GAGAL


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_keluaran_tidak_dapat_ditulis(ruang: Path) -> None:
    (ruang / "output").chmod(0o500)
    try:
        hasil = dokter(ruang)
    finally:
        (ruang / "output").chmod(0o755)
    assert hasil.exit_code == 14
    assert baris(hasil, "Folder keluaran")[0] == (
        f"[GAGAL ] Folder keluaran: {ruang}/output tidak dapat ditulis: Permission denied."
    )


def test_ledger_dari_sidik_yang_lebih_baru(ruang: Path) -> None:
    db = sqlite3.connect(ruang / "output/sidik.db")
    db.execute("PRAGMA user_version = 99")
    db.close()
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    [temuan, perbaikan] = baris(hasil, "Ledger")
    assert temuan.startswith("[GAGAL ] Ledger: ")
    assert perbaikan == (
        "         Perbaikan: Ledger dibuat oleh sidik yang lebih baru: perbarui sidik."
    )


def test_ledger_rusak(ruang: Path) -> None:
    (ruang / "output/sidik.db").write_bytes(b"bukan sqlite" * 100)
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    assert baris(hasil, "Ledger")[0] == (
        f"[GAGAL ] Ledger: {ruang}/output/sidik.db tidak dapat dibaca: file is not a database."
    )


def test_quiet_hanya_yang_gagal(ruang: Path) -> None:
    (ruang / "templates/daftar_informasi_dikecualikan.docx").unlink()
    hasil = dokter(ruang, "-q")
    assert hasil.exit_code == 14
    assert hasil.stdout.splitlines()[0].startswith("[GAGAL ] Templat: ")
    assert hasil.stdout.endswith("15 lulus, 2 peringatan, 1 gagal, 2 dilewati.\n")
    assert "[  OK  ]" not in hasil.stdout


def test_ruang_baru_memperingatkan_isian_ganti_dan_kunci_pengembangan(ruang: Path) -> None:
    hasil = dokter(ruang)
    assert hasil.exit_code == 0
    assert baris(hasil, "Isian sidik.toml") == [
        "[ AWAS ] Isian sidik.toml: 12 nilai masih bertanda GANTI: instansi.pemerintah, "
        "instansi.dinas, instansi.alamat, instansi.kota, pejabat.operator.nama, "
        "pejabat.operator.jabatan, pejabat.ppid_pelaksana.nama, pejabat.ppid_pelaksana.jabatan, "
        "pejabat.tim_pertimbangan[1].nama, pejabat.tim_pertimbangan[1].jabatan, "
        "pejabat.atasan_ppid.nama, pejabat.atasan_ppid.jabatan.",
        f"         Perbaikan: Sunting {ruang}/sidik.toml: isi kunci-kunci itu dengan data badan "
        "publik Anda (dokumen yang dibuat sekarang memuat teks GANTI).",
    ]
    assert baris(hasil, "Kunci pengembangan") == [
        f"[ AWAS ] Kunci pengembangan: {ruang}/certs/dev/atasan_ppid.p12 adalah kunci "
        "pengembangan (BUKAN UNTUK PRODUKSI); tanda tangannya hanya untuk uji coba.",
        "         Perbaikan: Sebelum dokumen resmi, atur [penandatanganan] di sidik.toml ke "
        "kunci Atasan PPID yang sungguhan (pkcs12, pkcs11, atau bsre) dan akarnya di "
        "[verifikasi].",
    ]


def test_isian_lengkap_dan_kunci_kantor_tanpa_peringatan(ruang: Path, pki_uji: PkiUji) -> None:
    """The office filled sidik.toml and put the Atasan PPID's own key outside certs/dev."""
    toml = ruang / "sidik.toml"
    teks = toml.read_text(encoding="utf-8").replace("GANTI: Nama Atasan PPID", NAMA_ATASAN)
    toml.write_text(teks.replace("GANTI: ", ""), encoding="utf-8")
    # the other officials' keys (here development keys, issued again in their filled names)
    for p12 in (ruang / "certs" / "dev").glob("0*.p12"):
        p12.unlink()
    assert sidik_di(ruang, "pki", "dev").exit_code == 0
    kantor = ruang / "certs" / "kantor"
    kantor.mkdir()
    pki_uji.p12("atasan", b"sandi-uji", kantor / "atasan_ppid.p12")
    # the office trusts its own root and the one the others' keys chain to
    akar = pki_uji.akar.read_bytes() + (ruang / "certs" / "dev" / "root-ca.pem").read_bytes()
    (kantor / "root-ca.pem").write_bytes(akar)
    teks = toml.read_text(encoding="utf-8").replace(
        "certs/dev/atasan_ppid.p12", str(kantor / "atasan_ppid.p12")
    )
    teks = teks.replace('sandi_berkas = "certs/dev/atasan_ppid.sandi"\n', "")
    teks = teks.replace("certs/dev/root-ca.pem", str(kantor / "root-ca.pem"))
    toml.write_text(teks, encoding="utf-8")
    hasil = sidik_di(ruang, "doctor", env={"SIDIK_SANDI_PKCS12": "sandi-uji"})
    assert hasil.exit_code == 0, hasil.stdout
    assert baris(hasil, "Kunci peserta uji")[0].startswith("[  OK  ] Kunci peserta uji: 2 ")
    assert baris(hasil, "Isian sidik.toml") == [
        "[  OK  ] Isian sidik.toml: tidak ada lagi nilai bertanda GANTI."
    ]
    assert baris(hasil, "Kunci pengembangan") == [
        "[  OK  ] Kunci pengembangan: kunci penanda tangan bukan kunci pengembangan."
    ]
    assert "[ AWAS ]" not in hasil.stdout


def test_sertifikat_pengembangan_di_luar_certs_dev_tetap_diperingatkan(ruang: Path) -> None:
    """The dev key copied elsewhere is still the dev key: its certificate says so."""
    kantor = ruang / "certs" / "kantor"
    shutil.copytree(ruang / "certs" / "dev", kantor)
    toml = ruang / "sidik.toml"
    teks = toml.read_text(encoding="utf-8").replace(
        "certs/dev/atasan_ppid.p12", "certs/kantor/atasan_ppid.p12"
    )
    toml.write_text(teks.replace('sandi_berkas = "certs/dev/atasan_ppid.sandi"\n', ""))
    sandi = (kantor / "atasan_ppid.sandi").read_text(encoding="utf-8").strip()
    hasil = sidik_di(ruang, "doctor", env={"SIDIK_SANDI_PKCS12": sandi})
    assert hasil.exit_code == 0, hasil.stdout
    assert baris(hasil, "Kunci pengembangan")[0] == (
        f"[ AWAS ] Kunci pengembangan: {ruang}/certs/kantor/atasan_ppid.p12 adalah kunci "
        "pengembangan (BUKAN UNTUK PRODUKSI); tanda tangannya hanya untuk uji coba."
    )


def test_kunci_anggota_tim_yang_tidak_ada_disebut(ruang: Path) -> None:
    # Every participant of the test signs the Lembar with their own key: doctor finds a Tim
    # member without one before a cycle needs it, and says where keys are declared.
    from pipeline.config import muat

    anggota = muat(ruang / "sidik.toml").tim_pertimbangan[-1]
    (ruang / "certs" / "dev" / f"{anggota.nip}.p12").unlink()
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    gagal, saran = baris(hasil, "Kunci peserta uji")
    assert gagal.startswith("[GAGAL ] Kunci peserta uji: ") and anggota.nama in gagal
    assert '[penandatanganan.kunci."NIP"]' in saran


def test_kunci_segel_operator_yang_tidak_ada_disebut(ruang: Path) -> None:
    # The Operator seals the archive's manifest with their own key: a development PKI made
    # before they had one is found before the first archive needs it, with the fix.
    (ruang / "certs" / "dev" / f"{CONTOH.operator.nip}.p12").unlink()
    hasil = dokter(ruang)
    assert hasil.exit_code == 14
    gagal, saran = baris(hasil, "Kunci segel arsip")
    assert gagal.startswith("[GAGAL ] Kunci segel arsip: Kunci pengembangan ")
    assert CONTOH.operator.nama in gagal and "'sidik pki dev'" in gagal
    assert saran.startswith("         Perbaikan: Operator yang mengarsipkan menyegel manifest")
