"""The body's current DIK (``sidik publish``, ``sidik dik``, ``sidik due``) over two archived
cycles made with the real tools: the sample cycle exempts twelve items; a later meeting of the
Tim tests the first of them again and opens it, and exempts a new item."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.hashing import sha256_berkas
from tests.bantu.buku_kerja import isi_tinjauan
from tests.bantu.cli import jalankan_sidik
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.halaman import baca_html
from tests.bantu.ruang import RAPAT_CONTOH, TANGGAL_CONTOH, SiklusContoh

DIBUKA = "Data pribadi penduduk dalam SIAK"  # the sample's item 1 begins so
BARU = "Rekaman kamera pengawas ruang server pusat data"
ALASAN = "Telah diumumkan sebagai informasi serta-merta; tidak lagi dikecualikan"


def buku_siklus_2(ruang: Path) -> Path:
    """The second cycle's workbook: the sample's item 1 as it was, and a new item."""
    berkas = ruang / "input" / "siklus-2.xlsx"
    wb = load_workbook(ruang / "input" / "informasi.xlsx")
    ws = wb["Informasi"]
    ws.delete_rows(4, 1000)
    ws["B3"] = BARU
    wb.save(berkas)
    return berkas


@pytest.fixture(scope="module")
def dua_siklus(siklus_contoh: SiklusContoh, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with the sample cycle archived, then a second cycle run to its archive."""
    ruang = tmp_path_factory.mktemp("dik-terkini") / "ruang"
    shutil.copytree(siklus_contoh.ruang, ruang, symlinks=True)
    wb = str(buku_siklus_2(ruang).relative_to(ruang))
    assert jalankan_sidik(ruang, "run", wb, *TANGGAL_CONTOH).returncode == 13
    lembar = ruang / "output" / "tinjauan-2.xlsx"
    assert jalankan_sidik(ruang, "review", "sheet", str(lembar)).returncode == 0
    isi_tinjauan(lembar, {1: ("Dibuka", ALASAN), 2: ("Dikecualikan", "Keamanan sistem")})
    tinjau = jalankan_sidik(ruang, "review", "apply", str(lembar), *RAPAT_CONTOH)
    assert tinjau.returncode == 0, tinjau.stderr
    akhir = jalankan_sidik(ruang, "run", wb)
    assert akhir.returncode == 0, akhir.stderr
    return ruang


def siklus_arsip(ruang: Path) -> list[dict]:
    """The archived cycles' manifests, the sample's first."""
    semua = [
        json.loads(m.read_text(encoding="utf-8"))
        for m in (ruang / "output/arsip").glob("*/*/*/*/manifest.json")
    ]
    return sorted(semua, key=lambda m: min(b["waktu_ttd"] for b in m["berkas"]))


def baca_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_informasi_dibuka_di_siklus_2_keluar_dari_dik_terkini(dua_siklus: Path) -> None:
    satu, dua = (m["siklus"] for m in siklus_arsip(dua_siklus))
    hasil = sidik(dua_siklus, "publish")
    assert hasil.exit_code == 0, hasil.output
    folder = dua_siklus / "output/publikasi"
    assert hasil.stdout == (
        "DIK terkini (12 informasi dikecualikan, 1 pengecualian berakhir; keputusan terbaru "
        f"dari 2 siklus yang diarsipkan) untuk laman PPID ditulis ke {folder}.\n"
    )
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == [
        "dik-terkini-berakhir.csv",
        "dik-terkini.csv",
        "dik-terkini.html",
        "dik-terkini.xlsx",
    ]
    berlaku = baca_csv(folder / "dik-terkini.csv")
    judul = [b["Informasi yang Dikecualikan"] for b in berlaku]
    assert not [j for j in judul if j.startswith(DIBUKA)]  # opened: no longer exempted
    assert [b["No"] for b in berlaku] == [str(n) for n in range(1, 13)]  # numbered 1..n
    assert [b["Siklus"] for b in berlaku] == [satu] * 11 + [dua]  # the new item joined
    assert judul[-1] == BARU and berlaku[-1]["Jangka Waktu"] == "10 (sepuluh) tahun"

    [berakhir] = baca_csv(folder / "dik-terkini-berakhir.csv")
    assert berakhir["Informasi yang Dikecualikan"].startswith(DIBUKA)
    assert (berakhir["Siklus"], berakhir["Siklus yang mengakhiri"]) == (satu, dua)
    assert berakhir["Sebab"] == f"Dibuka: {ALASAN}"
    assert (
        berakhir["Berakhir"]
        == min(b["waktu_ttd"] for b in siklus_arsip(dua_siklus)[1]["berkas"])[:10]
    )  # the day cycle 2 was signed


def test_setiap_baris_menautkan_lembar_dan_sk_yang_menetapkannya(dua_siklus: Path) -> None:
    satu, dua = siklus_arsip(dua_siklus)
    assert sidik(dua_siklus, "publish").exit_code == 0
    berlaku = baca_csv(dua_siklus / "output/publikasi/dik-terkini.csv")
    url = "https://ppid.contoh.go.id/dik/2026"  # [publikasi] url_pdf of the sample sidik.toml

    def alamat(manifest: dict, jenis: str, no: int | None = None) -> str:
        [nama] = [
            b["nama"] for b in manifest["berkas"] if b["jenis"] == jenis and b["item_no"] == no
        ]
        return f"{url}/{manifest['siklus']}/{nama}"

    kedua = berlaku[0]  # the sample's item 2, set by cycle 1
    assert kedua["Lembar Pengujian Konsekuensi (PDF)"] == alamat(satu, "lembar_uji_konsekuensi", 2)
    assert kedua["Surat Keputusan (PDF)"] == alamat(satu, "surat_keputusan")
    baru = berlaku[-1]  # set by cycle 2, where it is item 2
    assert baru["Lembar Pengujian Konsekuensi (PDF)"] == alamat(dua, "lembar_uji_konsekuensi", 2)
    assert baru["Surat Keputusan (PDF)"] == alamat(dua, "surat_keputusan")
    assert baru["Daftar bertanda tangan (PDF)"] == alamat(dua, "daftar_informasi_dikecualikan")
    [berakhir] = baca_csv(dua_siklus / "output/publikasi/dik-terkini-berakhir.csv")
    assert berakhir["Lembar Pengujian Konsekuensi (PDF)"] == alamat(
        satu, "lembar_uji_konsekuensi", 1
    )


def test_due_dan_dik_sepakat_dengan_dik_terkini(dua_siklus: Path) -> None:
    assert sidik(dua_siklus, "publish").exit_code == 0
    berlaku = baca_csv(dua_siklus / "output/publikasi/dik-terkini.csv")
    dik = json.loads(sidik(dua_siklus, "dik", "--json").stdout)
    due = json.loads(sidik(dua_siklus, "due", "--within", "36500", "--json").stdout)
    # the same items, in force on the same terms, read from the ledger and from the archive
    assert [(i["siklus"], i["no"]) for i in dik["berlaku"]] == [
        (b["Siklus"], int(b["Lembar Pengujian Konsekuensi (PDF)"][-8:-4])) for b in berlaku
    ]
    assert [i["berakhir"] or "" for i in dik["berlaku"]] == [b["Berlaku sampai"] for b in berlaku]
    # the opened item is no longer "exempt until 2031" from cycle 1
    assert not [j for j in due if j["judul"].startswith(DIBUKA)]
    bertanggal = {(b["Siklus"], b["Berlaku sampai"]) for b in berlaku if b["Berlaku sampai"]}
    assert {(j["siklus"], j["berakhir"]) for j in due} == bertanggal
    [ditutup] = dik["berakhir"]
    assert ditutup["judul"].startswith(DIBUKA) and ditutup["dibuka"]["catatan"] == ALASAN


def test_publish_siklus_tetap_menulis_dik_satu_siklus(dua_siklus: Path) -> None:
    satu, _ = (m["siklus"] for m in siklus_arsip(dua_siklus))
    hasil = sidik(dua_siklus, "publish", "--siklus", satu)
    assert hasil.exit_code == 0, hasil.output
    folder = dua_siklus / "output/publikasi" / satu
    assert hasil.stdout == (
        f"Daftar siklus {satu} (12 informasi) untuk laman PPID ditulis ke {folder}.\n"
        "Manifest arsipnya disegel oleh: Rudi Contoh, A.Md. (NIP 000000000000000004).\n"
    )
    [tulisan] = folder.glob("*.csv")
    assert baca_csv(tulisan)[0]["Informasi yang Dikecualikan"].startswith(DIBUKA)


def test_publish_hanya_membaca_arsip(dua_siklus: Path) -> None:
    arsip = dua_siklus / "output/arsip"
    sebelum = {p: sha256_berkas(p) for p in arsip.rglob("*") if p.is_file()}
    assert sidik(dua_siklus, "publish").exit_code == 0
    assert {p: sha256_berkas(p) for p in arsip.rglob("*") if p.is_file()} == sebelum


def test_halaman_dik_terkini_mudah_diakses_dengan_pengecualian_berakhir(dua_siklus: Path) -> None:
    assert sidik(dua_siklus, "publish").exit_code == 0
    satu, dua = (m["siklus"] for m in siklus_arsip(dua_siklus))
    p = baca_html(dua_siklus / "output/publikasi/dik-terkini.html")
    assert ("html", {"lang": "id"}) in p.tag
    assert ("section", {"id": "pengecualian-berakhir"}) in p.tag
    assert sum(1 for t, a in p.tag if t == "th" and a.get("scope") == "row") == 12 + 1
    assert not [t for t, a in p.tag if t in ("script", "link", "img", "iframe") or "src" in a]
    url = "https://ppid.contoh.go.id/dik/2026"
    tautan = p.tautan()
    # each row: its Lembar, then the decree of the cycle that set it
    assert tautan[:2] == [f"{url}/{satu}/lembar-0002.pdf", f"{url}/{satu}/keputusan.pdf"]
    assert tautan[22:24] == [f"{url}/{dua}/lembar-0002.pdf", f"{url}/{dua}/keputusan.pdf"]
    # the ended one: the Lembar that set it, the Lembar of the test that opened it
    assert tautan[24:26] == [f"{url}/{satu}/lembar-0001.pdf", f"{url}/{dua}/lembar-0001.pdf"]
    isi = p.isi()
    assert "Keadaan per " in isi and "dari 2 siklus pengujian yang diarsipkan" in isi
    assert "Pengecualian berakhir Informasi berikut tidak lagi dikecualikan" in isi
    assert f"Dibuka: {ALASAN}" in isi


def test_halaman_dik_terkini_berbahasa_inggris(dua_siklus: Path) -> None:
    assert sidik(dua_siklus, "--lang", "en", "publish").exit_code == 0
    p = baca_html(dua_siklus / "output/publikasi/dik-terkini.html")
    assert ("html", {"lang": "id"}) in p.tag  # the legal names and headings stay Indonesian
    assert ("h2", {"lang": "en"}) in p.tag
    assert "Ended exemptions The following information is no longer exempted" in p.isi()


def test_dik_dan_due_di_terminal_menyebut_siklus_yang_membuka(dua_siklus: Path) -> None:
    _, dua = (m["siklus"] for m in siklus_arsip(dua_siklus))
    teks = sidik(dua_siklus, "dik", env={"COLUMNS": "250"}).stdout.splitlines()
    i = teks.index(
        "Pengecualian berakhir (1): dibuka dalam siklus lebih baru, atau jangka waktunya habis "
        "(uji ulang sebelum dikecualikan lagi, UU KIP Pasal 20):"
    )
    assert teks[i + 1].split()[:3] == ["No", "Judul", "informasi"]
    baris = teks[i + 3]
    assert baris.startswith(f"1   {DIBUKA}") and f"dibuka  {dua}  1" in baris
    due = sidik(dua_siklus, "due", "--within", "36500", env={"COLUMNS": "250"}).stdout
    assert DIBUKA not in due and BARU in due
