"""``sidik workbook new``: the empty workbook guides the operator and survives LibreOffice Calc."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.config import Config
from pipeline.errors import ExitCode, InputInvalid
from pipeline.external.libreoffice import konversi_xlsx
from pipeline.legal.pasal17 import daftar_huruf
from pipeline.workbook import KOLOM, periksa
from pipeline.workbook.baru import tulis_baru, tulis_tanpa_timpa
from pipeline.workbook.contoh import baris_contoh
from tests.bantu.buku_kerja import validasi_per_kolom
from tests.bantu.cli import sidik_di as sidik


def isi_contoh(path: Path) -> Path:
    """Fill the new workbook with the 12 sample items, as an operator would with Excel."""
    wb = load_workbook(path)
    ws = wb["Informasi"]
    for r, baris in enumerate(baris_contoh(), start=2):
        for c, nilai in enumerate(baris, start=1):
            ws.cell(r, c, nilai)
    wb.save(path)
    return path


def test_lembar_judul_lebar_dan_beku(tmp_path: Path, config: Config) -> None:
    path = tulis_baru(tmp_path / "baru.xlsx", config)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Informasi", "Petunjuk", "Referensi", "Aturan"]
    assert [ws.sheet_state for ws in wb.worksheets] == ["visible"] * 3 + ["hidden"]
    ws = wb["Informasi"]
    assert [c.value for c in ws[1]] == [k.judul for k in KOLOM]
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width == KOLOM[1].lebar and ws[1][0].font.bold
    assert ws.max_row == 1


def test_validasi_dan_petunjuk_setiap_kolom(tmp_path: Path, config: Config) -> None:
    dv = validasi_per_kolom(tulis_baru(tmp_path / "baru.xlsx", config))
    assert sorted(dv) == list("ABCDEFGHIJK")
    for huruf, k in zip("ABCDEFGHIJK", KOLOM, strict=True):
        v = dv[huruf]
        assert str(v.sqref) == f"{huruf}2:{huruf}10001"
        assert v.showInputMessage and v.promptTitle == k.judul
        assert 0 < len(v.prompt) <= 255 and len(v.promptTitle) <= 32  # Excel's limits
        assert v.allow_blank
    assert dv["A"].type is None  # No: anything, sidik numbers the rows itself
    # names then codes of the 4 units; no errorStyle: Excel's default, "stop"
    assert (dv["D"].type, dv["D"].formula1, dv["D"].errorStyle) == (
        "list",
        "Aturan!$D$1:$D$8",
        None,
    )
    assert (dv["E"].type, dv["E"].formula1) == ("list", '"a,b,c,d,e,f,g,h,i,j"')
    assert dv["F"].type == "custom" and dv["F"].formula1.startswith('OR(NOT(OR(E2="a",')
    assert dv["J"].type == "custom" and dv["J"].formula1 == (
        "IF(ISNUMBER(J2),AND(J2=INT(J2),J2>=1,J2<=100),AND(ISTEXT(J2),CHOOSE(SUMPRODUCT(("
        "sidik_tahun=SUBSTITUTE(SUBSTITUTE(LOWER(TRIM(SUBSTITUTE(J2,_xlfn.UNICHAR(160),"
        '" ")))," t","t")&".","..","."))*sidik_tahun_sah)+1,OR(E2="g",E2="h",E2="i",E2="j"),'
        "FALSE,TRUE)))"
    )
    nama = load_workbook(tmp_path / "baru.xlsx").defined_names
    assert nama["sidik_tahun"].attr_text == "Aturan!$A$1:$A$4440"
    assert nama["sidik_tahun_sah"].attr_text == "Aturan!$B$1:$B$4440"
    assert len(dv["J"].formula1) <= 255  # Excel's limit for a rule's formula (UNICHAR: 2013 on)
    assert (dv["B"].type, dv["B"].formula2) == ("textLength", "300")


def test_referensi_dari_pasal17_dan_sidik_toml(tmp_path: Path, config: Config) -> None:
    ws = load_workbook(tulis_baru(tmp_path / "baru.xlsx", config))["Referensi"]
    baris = [tuple(c.value for c in r[:3]) for r in ws.iter_rows(min_row=4) if r[0].value]
    harapan = []
    for h in daftar_huruf():
        harapan.append((h.kode, None, h.uraian))
        harapan += [(h.kode, n, teks) for n, teks in h.angka.items()]
    assert baris == harapan
    unit = [(r[5].value, r[6].value) for r in ws.iter_rows(min_row=4, max_row=7)]
    assert unit == [(u.kode, u.nama) for u in config.unit_kerja]


def test_petunjuk_berbahasa_indonesia(tmp_path: Path, config: Config) -> None:
    ws = load_workbook(tulis_baru(tmp_path / "baru.xlsx", config))["Petunjuk"]
    teks = [c.value for c in ws["A"] if c.value]
    assert teks[0] == "Petunjuk pengisian buku kerja informasi yang dikecualikan"
    assert teks[1].startswith("1. Isi lembar 'Informasi' mulai baris 2")
    assert "Judul Informasi" in teks and "Jangka Waktu" in teks


def test_buku_baru_diisi_contoh_bersih(tmp_path: Path, config: Config) -> None:
    path = isi_contoh(tulis_baru(tmp_path / "baru.xlsx", config))
    hasil = periksa(path, config)
    assert hasil.masalah == [] and len(hasil.items) == 12


def test_tidak_pernah_menimpa(tmp_path: Path, config: Config) -> None:
    (tmp_path / "d").mkdir()
    path = tmp_path / "d" / "ada.xlsx"
    path.write_bytes(b"milik operator")
    with pytest.raises(InputInvalid) as e:
        tulis_baru(path, config)
    assert e.value.pesan() == (
        f"{path} sudah ada; sidik tidak menimpa berkas. Pilih nama lain atau hapus dahulu."
    )
    assert path.read_bytes() == b"milik operator"
    assert os.listdir(tmp_path / "d") == ["ada.xlsx"]


def test_tidak_menimpa_berkas_yang_muncul_saat_menulis(tmp_path: Path) -> None:
    path = tmp_path / "balapan.xlsx"

    def penulis(sementara: Path) -> None:
        sementara.write_bytes(b"buku baru")
        path.write_bytes(b"ditulis orang lain sementara itu")

    with pytest.raises(InputInvalid):
        tulis_tanpa_timpa(path, penulis)
    assert path.read_bytes() == b"ditulis orang lain sementara itu"
    assert os.listdir(tmp_path) == ["balapan.xlsx"]


def test_cli_workbook_new(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "workbook", "new", "input/baru.xlsx")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.stdout == (
        "Buku kerja baru ditulis: input/baru.xlsx (isi mulai baris 2 lembar Informasi).\n"
    )
    lagi = sidik(ruang_kerja, "workbook", "new", "input/baru.xlsx")
    assert lagi.exit_code == ExitCode.INPUT_INVALID
    assert lagi.stderr == (
        "Galat: input/baru.xlsx sudah ada; sidik tidak menimpa berkas. "
        "Pilih nama lain atau hapus dahulu.\n"
    )


def test_cli_workbook_new_bahasa_inggris(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "--lang", "en", "workbook", "new", "baru.xlsx")
    assert (
        hasil.stdout == "New workbook written: baru.xlsx (fill in from row 2 of sheet Informasi).\n"
    )
    ws = load_workbook(ruang_kerja / "baru.xlsx")["Petunjuk"]
    assert ws["A1"].value == "How to fill in the exempted-information workbook"


@pytest.mark.libreoffice
def test_pulang_pergi_libreoffice_calc(tmp_path: Path, config: Config) -> None:
    asal = isi_contoh(tulis_baru(tmp_path / "baru.xlsx", config))
    calc = konversi_xlsx(asal, tmp_path / "calc")
    assert calc == tmp_path / "calc" / "baru.xlsx"
    sebelum, sesudah = validasi_per_kolom(asal), validasi_per_kolom(calc)
    assert sorted(sesudah) == sorted(sebelum)
    for huruf, v in sesudah.items():
        s = sebelum[huruf]
        assert (v.type, v.prompt, v.promptTitle, v.errorTitle, v.error) == (
            s.type,
            s.prompt,
            s.promptTitle,
            s.errorTitle,
            s.error,
        ), huruf
        if s.type is not None:  # Calc writes "0" as the formula of a rule that allows anything
            # and the constants FALSE, TRUE as 0, 1 (the same to Excel and Calc)
            assert v.formula1 == s.formula1.replace(",FALSE,TRUE)", ",0,1)"), huruf
        # Calc keeps a validation only down to 1000 rows below the last filled one.
        assert str(v.sqref).startswith(f"{huruf}2:{huruf}")
    wb = load_workbook(calc)
    assert wb.sheetnames == ["Informasi", "Petunjuk", "Referensi", "Aturan"]
    assert wb["Aturan"].sheet_state == "hidden"
    assert wb.defined_names["sidik_tahun"].attr_text == "Aturan!$A$1:$A$4440"
    for ws in wb.worksheets[:3]:
        assert (ws.page_setup.orientation, ws.page_setup.fitToWidth) == ("landscape", 1)
    assert wb["Informasi"].print_title_rows == "$1:$1"
    hasil = periksa(calc, config)
    assert hasil.masalah == [] and len(hasil.items) == 12


@pytest.mark.libreoffice
def test_xls_lama_sungguhan_dari_calc(tmp_path: Path, ruang_kerja: Path) -> None:
    from pipeline.external.runner import jalankan

    profil = (tmp_path / "profil").as_uri()
    jalankan(
        [
            "soffice",
            f"-env:UserInstallation={profil}",
            "--headless",
            "--convert-to",
            "xls",
            "--outdir",
            tmp_path,
            ruang_kerja / "input" / "informasi.xlsx",
        ],
        timeout=90,
    )
    xls = tmp_path / "informasi.xls"
    (ruang_kerja / "input" / "lama.xlsx").write_bytes(xls.read_bytes())
    hasil = sidik(ruang_kerja, "validate", "input/lama.xlsx")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert "berkas Excel 97-2003 (.xls) tidak didukung" in hasil.stdout
