"""``sidik publish``: the archived, signed DIK as XLSX, CSV and an accessible HTML page."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.config import muat
from pipeline.errors import ExitCode, InputInvalid, VerificationFailed
from pipeline.hashing import sha256_berkas
from pipeline.messages import atur_bahasa
from pipeline.publikasi import muat_terbitan, muat_terkini, terbitkan, terbitkan_terkini
from pipeline.publikasi.tulis import JUDUL, teks_csv_aman
from pipeline.signing.penanda import buat_penanda
from pipeline.stages.archive import arsipkan_revisi
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.halaman import Html, baca_html
from tests.bantu.ruang import buat_pki

SIKLUS = "dik-000000000001"
ARSIP = Path("output/arsip/2026/11/27") / SIKLUS
NAMA = "dik-000000000001"  # the files' name: the cycle id already begins with "dik-"
URL = f"https://ppid.contoh.go.id/dik/2026/{SIKLUS}"


@pytest.fixture(autouse=True)
def _bahasa():
    yield
    atur_bahasa("id")


def arsipkan(ruang: Path, **tambahan: object) -> Path:
    """An archive folder shaped like the archive stage's (PDF bytes do not matter here), its
    manifest (with ``tambahan``) signed with the workspace's dev key as the stage signs it."""
    folder = ruang / ARSIP
    (folder / "sumber").mkdir(parents=True)
    shutil.copy2(ruang / "input/informasi.xlsx", folder / "sumber/informasi.xlsx")
    berkas = [
        {"nama": "keputusan.pdf", "jenis": "surat_keputusan", "item_no": None},
        {"nama": "daftar.pdf", "jenis": "daftar_informasi_dikecualikan", "item_no": None},
    ]
    berkas += [
        {"nama": f"lembar-{n:04d}.pdf", "jenis": "lembar_uji_konsekuensi", "item_no": n}
        for n in range(1, 13)
    ]
    for b in berkas:
        (folder / b["nama"]).write_bytes(b"%PDF-1.7 contoh")
        b["sha256"] = sha256_berkas(folder / b["nama"])
    manifest = {
        "format": "sidik-manifest/1",
        "siklus": SIKLUS,
        "tanggal_siklus": "2026-11-27",
        "sumber": {
            "nama": "sumber/informasi.xlsx",
            "sha256": sha256_berkas(folder / "sumber/informasi.xlsx"),
        },
        "berkas": berkas,
        **tambahan,
    }
    data = json.dumps(manifest).encode("utf-8")
    (folder / "manifest.json").write_bytes(data)
    buat_pki(ruang)
    ttd = buat_penanda(muat(ruang / "sidik.toml")).tandai_data(data)
    assert ttd is not None
    (folder / "manifest.json.p7s").write_bytes(ttd)
    return folder


def tanpa_url_pdf(ruang: Path) -> Path:
    toml = ruang / "sidik.toml"
    toml.write_text(
        "\n".join(b for b in toml.read_text().splitlines() if not b.startswith("url_pdf")),
        encoding="utf-8",
    )
    return toml


def test_publish_menulis_tiga_berkas_dengan_alamat_pdf(ruang_kerja: Path) -> None:
    arsipkan(ruang_kerja)
    hasil = sidik(ruang_kerja, "publish", "--siklus", SIKLUS)
    assert hasil.exit_code == 0, hasil.output
    folder = ruang_kerja / "output/publikasi" / SIKLUS
    # who sealed the archive's manifest, from its certificate: here the Atasan PPID's key,
    # as archives filed by earlier sidik versions were sealed (they publish as before)
    assert hasil.stdout == (
        f"Daftar siklus {SIKLUS} (12 informasi) untuk laman PPID ditulis ke {folder}.\n"
        "Manifest arsipnya disegel oleh: Dr. Siti Teladan, M.Si. (NIP 000000000000000000).\n"
    )
    assert hasil.stderr == ""
    assert sorted(p.name for p in folder.iterdir()) == [
        f"{NAMA}.csv",
        f"{NAMA}.html",
        f"{NAMA}.xlsx",
    ]
    url = URL
    with (folder / f"{NAMA}.csv").open(encoding="utf-8-sig", newline="") as f:
        baris = list(csv.reader(f))
    assert tuple(baris[0]) == JUDUL and len(baris) == 13
    assert baris[1][4].startswith("Pasal 17 huruf h angka 1 Undang-Undang Nomor 14 Tahun 2008")
    assert baris[1][6] == "5 (lima) tahun"
    assert baris[1][-2:] == [f"{url}/lembar-0001.pdf", f"{url}/keputusan.pdf"]
    ws = load_workbook(folder / f"{NAMA}.xlsx").active
    assert [c.value for c in ws[1]] == list(JUDUL) and ws.max_row == 13
    assert ws["J2"].value == f"{url}/keputusan.pdf"


def test_csv_dan_xlsx_tiap_baris_menautkan_lembarnya_dan_keputusan(ruang_kerja: Path) -> None:
    arsipkan(ruang_kerja)
    assert sidik(ruang_kerja, "publish", "--siklus", SIKLUS).exit_code == 0
    folder = ruang_kerja / "output/publikasi" / SIKLUS
    with (folder / f"{NAMA}.csv").open(encoding="utf-8-sig", newline="") as f:
        kepala, *baris = list(csv.reader(f))
    assert kepala[-2:] == ["Lembar Pengujian Konsekuensi (PDF)", "Surat Keputusan (PDF)"]
    assert [b[-2:] for b in baris] == [
        [f"{URL}/lembar-{n:04d}.pdf", f"{URL}/keputusan.pdf"] for n in range(1, 13)
    ]
    assert "daftar.pdf" not in (folder / f"{NAMA}.csv").read_text(encoding="utf-8-sig")
    wb = load_workbook(folder / f"{NAMA}.xlsx")
    assert wb.sheetnames == ["DIK", "Dokumen"]
    dik = [[c.value for c in r] for r in wb["DIK"].iter_rows(min_row=2)]
    assert [r[-2:] for r in dik] == [b[-2:] for b in baris]
    # the signed DIK is linked once, beside the decree, not on every row
    assert [[c.value for c in r] for r in wb["Dokumen"].iter_rows()] == [
        ["Dokumen", "Alamat (PDF)"],
        [
            "Surat Keputusan penetapan Daftar Informasi Publik yang Dikecualikan (PDF)",
            f"{URL}/keputusan.pdf",
        ],
        ["Daftar Informasi Publik yang Dikecualikan (PDF)", f"{URL}/daftar.pdf"],
    ]


def test_halaman_html_mudah_diakses_tanpa_sumber_luar(ruang_kerja: Path) -> None:
    arsipkan(ruang_kerja)
    config = muat(ruang_kerja / "sidik.toml")
    hasil = terbitkan(muat_terbitan(config), config)
    html = hasil.berkas[2].read_text(encoding="utf-8")
    p = Html()
    p.feed(html)
    assert ("html", {"lang": "id"}) in p.tag
    assert "Daftar Informasi Publik yang Dikecualikan" in p.caption
    th = [a for t, a in p.tag if t == "th"]
    kolom = len(JUDUL) - 1  # the DIK is linked once above the table, not on every row
    assert [a["scope"] for a in th[:kolom]] == ["col"] * kolom
    assert sum(1 for a in th if a.get("scope") == "row") == 12
    assert not [t for t, a in p.tag if t in ("script", "link", "img", "iframe") or "src" in a]


def test_halaman_menautkan_keputusan_daftar_dan_setiap_lembar_dengan_alamat_mutlak(
    ruang_kerja: Path,
) -> None:
    arsipkan(ruang_kerja)
    assert sidik(ruang_kerja, "publish", "--siklus", SIKLUS).exit_code == 0
    p = baca_html(ruang_kerja / "output/publikasi" / SIKLUS / f"{NAMA}.html")
    lembar = [f"{URL}/lembar-{n:04d}.pdf" for n in range(1, 13)]
    assert p.tautan() == [
        f"{URL}/keputusan.pdf",
        f"{URL}/daftar.pdf",
        *lembar,
        "https://ppid.contoh.go.id/verifikasi",
    ]
    assert "Surat Keputusan penetapan Daftar Informasi Publik yang Dikecualikan (PDF)" in p.isi()
    assert "Lembar 12 (PDF)" in p.isi()


def test_halaman_menjelaskan_cara_memverifikasi(ruang_kerja: Path) -> None:
    arsipkan(ruang_kerja)
    assert sidik(ruang_kerja, "publish", "--siklus", SIKLUS).exit_code == 0
    p = baca_html(ruang_kerja / "output/publikasi" / SIKLUS / f"{NAMA}.html")
    assert ("section", {"id": "cara-memverifikasi"}) in p.tag
    assert (
        "Cara memverifikasi Setiap PDF di halaman ini ditandatangani secara elektronik. Untuk "
        "memastikan sebuah dokumen asli dan tidak diubah sejak ditandatangani, pindai kode QR "
        "pada tanda tangannya, buka halaman verifikasi https://ppid.contoh.go.id/verifikasi , "
        "atau periksa dengan perintah 'sidik verify <berkas.pdf>'."
    ) in p.isi()


def test_halaman_berbahasa_inggris_dengan_lang_en(ruang_kerja: Path) -> None:
    arsipkan(ruang_kerja)
    assert sidik(ruang_kerja, "--lang", "en", "publish", "--siklus", SIKLUS).exit_code == 0
    p = baca_html(ruang_kerja / "output/publikasi" / SIKLUS / f"{NAMA}.html")
    assert ("html", {"lang": "id"}) in p.tag  # the legal names and headings stay Indonesian
    assert ("section", {"lang": "en", "id": "cara-memverifikasi"}) in p.tag
    assert "How to verify Every PDF on this page is electronically signed." in p.isi()
    assert "Decree determining the List of Exempted Public Information (PDF)" in p.isi()


def test_tanpa_url_verifikasi_cara_tanpa_kode_qr(ruang_kerja: Path) -> None:
    toml = ruang_kerja / "sidik.toml"
    toml.write_text(
        "\n".join(b for b in toml.read_text().splitlines() if not b.startswith("url_verifikasi")),
        encoding="utf-8",
    )
    arsipkan(ruang_kerja)
    assert sidik(ruang_kerja, "publish", "--siklus", SIKLUS).exit_code == 0
    p = baca_html(ruang_kerja / "output/publikasi" / SIKLUS / f"{NAMA}.html")
    assert "kode QR" not in p.isi() and "halaman verifikasi" not in p.isi()
    assert "periksa dengan perintah 'sidik verify <berkas.pdf>' atau buka panel" in p.isi()


def ganti_unit(workbook: Path, lama: str, baru: str) -> None:
    """The operator names a renamed unit in the workbook's Unit Kerja column."""
    wb = load_workbook(workbook)
    for baris in wb["Informasi"].iter_rows():
        for sel in baris:
            if sel.value == lama:
                sel.value = baru
    wb.save(workbook)


def test_nama_badan_dan_unit_ditulis_seperti_di_sidik_toml(ruang_kerja: Path) -> None:
    toml = ruang_kerja / "sidik.toml"
    teks = toml.read_text(encoding="utf-8")
    teks = teks.replace(
        'dinas = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"',
        'dinas = "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)"',
    ).replace('nama = "Sekretariat"', 'nama = "Sekretariat DPRD Kabupaten Kubu Raya"')
    toml.write_text(teks, encoding="utf-8")
    ganti_unit(
        ruang_kerja / "input/informasi.xlsx", "Sekretariat", "Sekretariat DPRD Kabupaten Kubu Raya"
    )
    arsipkan(ruang_kerja)
    assert sidik(ruang_kerja, "publish", "--siklus", SIKLUS).exit_code == 0
    p = baca_html(ruang_kerja / "output/publikasi" / SIKLUS / f"{NAMA}.html")
    badan = "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Kubu Raya"
    assert p.caption.strip() == f"Daftar Informasi Publik yang Dikecualikan {badan}"
    assert f"<h1>Daftar Informasi Publik yang Dikecualikan {badan}</h1>" in (
        ruang_kerja / "output/publikasi" / SIKLUS / f"{NAMA}.html"
    ).read_text(encoding="utf-8")
    assert "Sekretariat DPRD Kabupaten Kubu Raya" in p.isi()


def test_tanpa_url_jalur_relatif_ke_arsip(ruang_kerja: Path) -> None:
    toml = tanpa_url_pdf(ruang_kerja)
    arsip = arsipkan(ruang_kerja)
    config = muat(toml)
    hasil = terbitkan(muat_terbitan(config, SIKLUS), config)
    with hasil.berkas[1].open(encoding="utf-8-sig", newline="") as f:
        pertama = list(csv.reader(f))[1]
    assert pertama[-1] == f"../../arsip/2026/11/27/{SIKLUS}/keputusan.pdf"
    assert (hasil.folder / pertama[-1]).resolve() == (arsip / "keputusan.pdf").resolve()
    assert hasil.tautan_relatif


def test_tanpa_url_publish_memperingatkan_tautan_relatif(ruang_kerja: Path) -> None:
    tanpa_url_pdf(ruang_kerja)
    arsipkan(ruang_kerja)
    hasil = sidik(ruang_kerja, "publish", "--siklus", SIKLUS)
    assert hasil.exit_code == 0
    folder = ruang_kerja / "output/publikasi" / SIKLUS
    assert hasil.stderr == (
        f"Peringatan: [publikasi] url_pdf belum diisi di sidik.toml: tautan PDF di {folder} "
        "relatif ke arsip dan putus bila halaman diunggah ke laman PPID. Isi url_pdf dengan "
        "alamat PDF di laman PPID, lalu jalankan ulang 'sidik publish'.\n"
    )
    p = baca_html(folder / f"{NAMA}.html")
    assert p.tautan()[:2] == [
        f"../../arsip/2026/11/27/{SIKLUS}/keputusan.pdf",
        f"../../arsip/2026/11/27/{SIKLUS}/daftar.pdf",
    ]


@pytest.mark.parametrize("awal", ["=", "+", "-", "@"])
def test_teks_seperti_rumus_dinetralkan(ruang_kerja: Path, awal: str) -> None:
    arsipkan(ruang_kerja)
    config = muat(ruang_kerja / "sidik.toml")
    terbitan = muat_terbitan(config)
    jahat = f'{awal}HYPERLINK("http://contoh.invalid","klik")'
    items = (replace(terbitan.items[0], judul=jahat), *terbitan.items[1:])
    hasil = terbitkan(replace(terbitan, items=items), config)
    sel = load_workbook(hasil.berkas[0]).active["B2"]
    # as the signed DIK writes it: one quote style (typographic), still never a formula
    tampil = jahat.replace('("', "(\u201c").replace('",', "\u201d,").replace(',"', ",\u201c")
    tampil = tampil.replace('")', "\u201d)")
    assert sel.value == tampil and sel.data_type == "s"
    with hasil.berkas[1].open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1][1] == "'" + tampil
    assert teks_csv_aman("5 (lima) tahun") == "5 (lima) tahun"


def test_siklus_belum_diarsipkan(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "publish", "--siklus", "dik-tidakada")
    assert hasil.exit_code == 3
    assert "Siklus dik-tidakada belum diarsipkan" in hasil.stderr
    assert not (ruang_kerja / "output/publikasi").exists()
    with pytest.raises(InputInvalid):
        muat_terbitan(muat(ruang_kerja / "sidik.toml"))


def test_hanya_informasi_yang_tetap_dikecualikan_diterbitkan(ruang_kerja: Path) -> None:
    # The Tim Pertimbangan decided item 2 Dibuka: it is public, so it is not on the list.
    tinjauan = [
        {"no": n, "keputusan": "dibuka" if n == 2 else "dikecualikan"} for n in range(1, 13)
    ]
    arsipkan(ruang_kerja, tinjauan=tinjauan)
    terbitan = muat_terbitan(muat(ruang_kerja / "sidik.toml"), SIKLUS)
    assert [i.no for i in terbitan.items] == [1, *range(3, 13)]


def test_buku_kerja_arsip_yang_diedit_tidak_diterbitkan(ruang_kerja: Path) -> None:
    # Someone changed a title in the archived workbook: its hash no longer matches the manifest.
    from openpyxl import load_workbook as buka

    folder = arsipkan(ruang_kerja)
    sumber = folder / "sumber/informasi.xlsx"
    wb = buka(sumber)
    wb["Informasi"]["B2"] = "Judul yang diganti diam-diam"
    wb.save(sumber)
    hasil = sidik(ruang_kerja, "publish")
    assert hasil.exit_code == ExitCode.VERIFICATION_FAILED
    assert hasil.stderr == (
        f"Galat: Siklus {SIKLUS} tidak diterbitkan: arsipnya tidak utuh (1 masalah), antara "
        f"lain {sumber}: SHA-256 berbeda dari manifest (tercatat "
        f"{json.loads((folder / 'manifest.json').read_text())['sumber']['sha256']}, nyata "
        f"{sha256_berkas(sumber)}). Periksa dengan 'sidik archive check'.\n"
    )
    assert not (ruang_kerja / "output/publikasi").exists()


def test_manifest_yang_diedit_tidak_diterbitkan(ruang_kerja: Path) -> None:
    # The workbook was edited and its new hash written into the manifest: the manifest's
    # signature no longer holds.
    folder = arsipkan(ruang_kerja)
    sumber = folder / "sumber/informasi.xlsx"
    sumber.write_bytes(sumber.read_bytes() + b"\0")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["sumber"]["sha256"] = sha256_berkas(sumber)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(VerificationFailed, match="tanda tangan manifest"):
        muat_terbitan(muat(ruang_kerja / "sidik.toml"))
    assert not (ruang_kerja / "output/publikasi").exists()


# --- the current DIK (the default) on an archive shaped by hand; two real cycles are in
# test_dik_terkini.py


def test_dik_terkini_tanpa_arsip(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "publish")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert hasil.stderr == (
        f"Galat: Belum ada siklus di {ruang_kerja / 'output/arsip'}; mulai dengan "
        "'sidik render BUKU_KERJA'.\n"
    )
    assert not (ruang_kerja / "output/publikasi").exists()


def test_dik_terkini_jangka_waktu_habis_dicantumkan_terpisah(ruang_kerja: Path) -> None:
    # Signed 27 November 2026 (the manifest's date: it records no signing times); on 27
    # November 2031 the two- and five-year exemptions have ended, the ten-year ones hold.
    arsipkan(ruang_kerja)
    config = muat(ruang_kerja / "sidik.toml")
    hasil = terbitkan_terkini(muat_terkini(config, date(2031, 11, 27)), config)
    with (hasil.folder / "dik-terkini-berakhir.csv").open(encoding="utf-8-sig") as f:
        berakhir = list(csv.DictReader(f))
    assert {b["Sebab"] for b in berakhir} == {"Jangka waktu berakhir"}
    assert [b["Berakhir"] for b in berakhir] == ["2028-11-27"] + ["2031-11-27"] * 5
    assert berakhir[0]["Jangka Waktu"].startswith("2 (dua) tahun atau sampai perkara")
    assert {b["Jangka Waktu"] for b in berakhir[1:]} == {"5 (lima) tahun"}
    assert all(b["Siklus"] == b["Siklus yang mengakhiri"] == SIKLUS for b in berakhir)
    with (hasil.folder / "dik-terkini.csv").open(encoding="utf-8-sig") as f:
        berlaku = list(csv.DictReader(f))
    assert len(berlaku) + len(berakhir) == 12 == hasil.jumlah + hasil.berakhir
    assert "5 (lima) tahun" not in {b["Jangka Waktu"] for b in berlaku}
    assert load_workbook(hasil.berkas[0]).sheetnames == ["DIK", "Pengecualian berakhir"]


def test_dik_terkini_tidak_membaca_revisi_arsip(ruang_kerja: Path) -> None:
    # 'sidik sign extend' files new versions as <cycle>-r2/; the cycle is still read once.
    folder = arsipkan(ruang_kerja)
    config = muat(ruang_kerja / "sidik.toml")
    arsipkan_revisi(
        folder, {"daftar.pdf": folder / "daftar.pdf"}, {}, buat_penanda(config).tandai_data
    )
    terkini = muat_terkini(config, date(2027, 1, 4))
    assert list(terkini.terbitan) == [SIKLUS] and terkini.kini.jumlah_siklus == 1
    assert len(terkini.kini.berlaku) == 12
