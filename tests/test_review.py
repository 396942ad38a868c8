"""The review workbook: written with a drop-down, read back with every problem located."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.errors import InputInvalid
from pipeline.model import Keputusan
from pipeline.workbook.review import BarisTinjauan, baca_tinjauan, galat_tinjauan, tulis_tinjauan

BARIS = [
    BarisTinjauan(
        1, '=HYPERLINK("http://x")', "Sekretariat", "Pasal 17 huruf h", "5 tahun", "a" * 64
    ),
    BarisTinjauan(2, "Data biometrik", "Dafduk", "Pasal 17 huruf j", "10 tahun", "b" * 64),
    BarisTinjauan(3, "Register akta", "Capil", "Pasal 17 huruf g", "selamanya", "c" * 64),
]


def isi(berkas: Path, keputusan: dict[int, tuple[str | None, str | None]]) -> None:
    wb = load_workbook(berkas)
    ws = wb["Tinjauan"]
    for baris, (k, catatan) in keputusan.items():
        ws.cell(baris, 6).value = k
        ws.cell(baris, 7).value = catatan
    wb.save(berkas)


def test_lembar_tinjauan_ditulis_dengan_pilihan_dan_sel_aman(tmp_path: Path) -> None:
    berkas = tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS)
    wb = load_workbook(berkas)
    ws = wb["Tinjauan"]
    assert [c.value for c in ws[1]] == [
        "No", "Judul Informasi", "Unit Kerja", "Dasar Hukum", "Jangka Waktu", "Keputusan",
        "Catatan", "Sidik Jari",
    ]  # fmt: skip
    [dv] = ws.data_validations.dataValidation
    assert dv.formula1 == '"Dikecualikan,Dibuka,Perbaiki"' and "F2:F4" in str(dv.sqref)
    assert (dv.errorTitle, dv.error) == (
        "Keputusan tidak sesuai",
        "Keputusan diisi Dikecualikan, Dibuka atau Perbaiki (pilih dari daftar).",
    )
    assert ws["B2"].data_type == "s" and ws["B2"].value.startswith("=HYPERLINK")
    assert ws.column_dimensions["H"].hidden
    assert wb["Siklus"]["B1"].value == "dik-20261127-1"


def test_lembar_tinjauan_dicetak_mendatar_dengan_judul_berulang(tmp_path: Path) -> None:
    wb = load_workbook(tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS))
    for ws in wb.worksheets:
        assert (ws.page_setup.orientation, ws.page_setup.fitToWidth) == ("landscape", 1)
        assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert wb["Tinjauan"].print_title_rows == "$1:$1"


def test_keputusan_dibaca_kembali(tmp_path: Path) -> None:
    berkas = tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS)
    isi(berkas, {2: ("dikecualikan", None), 3: (" Dibuka ", "Sudah diumumkan di laman")})
    lembar = baca_tinjauan(berkas)
    assert lembar.siklus == "dik-20261127-1" and not lembar.masalah
    assert [(k.no, k.keputusan, k.catatan, k.baris) for k in lembar.keputusan] == [
        (1, Keputusan.DIKECUALIKAN, "", 2),
        (2, Keputusan.DIBUKA, "Sudah diumumkan di laman", 3),
    ]
    assert lembar.keputusan[0].sidik_jari == "a" * 64


def test_masalah_dengan_baris_dan_kolom(tmp_path: Path) -> None:
    berkas = tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS)
    isi(berkas, {2: ("Ditolak", None), 3: ("Perbaiki", None), 4: ("Dibuka", "   ")})
    lembar = baca_tinjauan(berkas)
    assert [(m.baris, m.kolom, m.message_id) for m in lembar.masalah] == [
        (2, "Keputusan", "tinjauan.keputusan_salah"),
        (3, "Catatan", "tinjauan.catatan_wajib"),
        (4, "Catatan", "tinjauan.catatan_wajib"),
    ]
    galat = galat_tinjauan(lembar)
    assert galat.pesan().endswith("3 masalah ditemukan; tidak ada keputusan yang dicatat.")


def test_bukan_lembar_tinjauan(tmp_path: Path) -> None:
    (tmp_path / "rusak.xlsx").write_bytes(b"bukan xlsx")
    with pytest.raises(InputInvalid, match="bukan lembar tinjauan"):
        baca_tinjauan(tmp_path / "rusak.xlsx")
    with pytest.raises(InputInvalid, match="lembar 'Tinjauan' tidak ada"):
        baca_tinjauan(Path(__file__).parent.parent / "input" / "informasi.xlsx")
