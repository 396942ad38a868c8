"""SOP step 1: the operator's workbook is read and every mistake is located by cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Config
from pipeline.errors import InputInvalid, WorkbookInvalid
from pipeline.workbook import KOLOM, baca_items, periksa
from pipeline.workbook.contoh import tulis_contoh
from tests.bantu.buku_kerja import JUDUL, baris_sah, buku, pesan


def test_contoh_bersih(tmp_path: Path, config: Config) -> None:
    tulis_contoh(tmp_path / "c.xlsx")
    items = baca_items(tmp_path / "c.xlsx", config)
    assert len(items) == 12
    assert items[0].unit_kerja == "PIAK"
    assert items[0].pasal17_huruf == "h" and items[0].pasal17_angka == 1
    assert items[0].jangka_waktu_tahun == 5
    assert items[5].jangka_waktu_tahun is None
    assert items[5].jangka_waktu_syarat == "Selama register berlaku"


def test_contoh_sintetis_sebanyak_diminta(tmp_path: Path, config: Config) -> None:
    assert tulis_contoh(tmp_path / "b.xlsx", 30) == 30
    items = baca_items(tmp_path / "b.xlsx", config)
    assert len(items) == 30
    assert len({i.judul for i in items}) == 30


def test_wajib_diisi_disebut_baris_dan_kolom(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "w.xlsx", [baris_sah(), baris_sah(judul="Lain", konsekuensi=None)])
    assert pesan(path, config) == [
        (3, "Konsekuensi", "sel ini wajib diisi; kolom ini tidak boleh kosong")
    ]


def test_unit_kerja_tidak_dikenal(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "u.xlsx", [baris_sah(unit_kerja="Bagian Rahasia")])
    [(baris, kolom, teks)] = pesan(path, config)
    assert (baris, kolom) == (2, "Unit Kerja")
    assert teks.startswith("unit kerja 'Bagian Rahasia' tidak ada di sidik.toml")


def test_unit_kerja_boleh_kode_atau_nama_tanpa_peduli_huruf(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "u.xlsx",
        [baris_sah(unit_kerja="piak"), baris_sah(judul="Lain", unit_kerja="  sekretariat ")],
    )
    assert [i.unit_kerja for i in baca_items(path, config)] == ["PIAK", "SEKRE"]


def test_huruf_dan_angka_pasal_17(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "h.xlsx",
        [baris_sah(pasal17_huruf="k"), baris_sah(judul="B", pasal17_huruf="h", pasal17_angka=9)],
    )
    assert pesan(path, config) == [
        (2, "Pasal 17 Huruf", "huruf Pasal 17 harus satu huruf a sampai j, bukan 'k'"),
        (3, "Angka", "Pasal 17 huruf h tidak mempunyai angka 9 (angka yang ada: 1, 2, 3, 4, 5)"),
    ]


@pytest.mark.parametrize("jangka, tahun", [(5, 5), ("5 tahun", 5), ("10 Tahun", 10), (5.0, 5)])
def test_jangka_waktu_tahun(tmp_path: Path, config: Config, jangka: Any, tahun: int) -> None:
    path = buku(tmp_path / "j.xlsx", [baris_sah(jangka_waktu=jangka)])
    assert baca_items(path, config)[0].jangka_waktu_tahun == tahun


def test_huruf_a_sampai_f_wajib_jumlah_tahun(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "j.xlsx",
        [baris_sah(pasal17_huruf="a", pasal17_angka=1, jangka_waktu="sampai perkara selesai")],
    )
    assert pesan(path, config) == [
        (
            2,
            "Jangka Waktu",
            "untuk Pasal 17 huruf a jangka waktu harus berupa jumlah tahun "
            "(UU KIP Pasal 20 ayat 1), bukan 'sampai perkara selesai'",
        )
    ]


def test_jangka_waktu_di_luar_batas(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "j.xlsx", [baris_sah(jangka_waktu=0)])
    [(baris, kolom, teks)] = pesan(path, config)
    assert (baris, kolom) == (2, "Jangka Waktu") and "bukan '0'" in teks


def test_semua_masalah_dilaporkan_sekaligus(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "m.xlsx",
        [
            baris_sah(judul=None),
            baris_sah(judul="B", unit_kerja="X"),
            baris_sah(judul="C", pasal17_huruf="z"),
        ],
    )
    with pytest.raises(WorkbookInvalid) as e:
        baca_items(path, config)
    assert [(m.baris, m.kolom) for m in e.value.masalah] == [
        (2, "Judul Informasi"),
        (3, "Unit Kerja"),
        (4, "Pasal 17 Huruf"),
    ]


def test_judul_ganda(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "g.xlsx", [baris_sah(), baris_sah()])
    [(baris, kolom, teks)] = pesan(path, config)
    assert (baris, kolom, teks) == (3, "Judul Informasi", "judul informasi sama dengan baris 2")


def test_baris_kosong_dilewati_dan_no_diisi(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "k.xlsx",
        [baris_sah(no=None), [None] * len(KOLOM), baris_sah(no=None, judul="B")],
    )
    assert [(i.no, i.baris) for i in baca_items(path, config)] == [(1, 2), (2, 4)]


def test_spasi_dan_nbsp_dinormalkan(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "s.xlsx", [baris_sah(judul="\u00a0 Data penduduk \u00a0")])
    assert baca_items(path, config)[0].judul == "Data penduduk"


def test_lembar_salah_nama(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "l.xlsx", [baris_sah()], lembar="Sheet1")
    assert pesan(path, config) == [
        (None, None, "lembar 'Informasi' tidak ada (lembar yang ada: Sheet1)")
    ]


def test_judul_kolom_hilang_dan_kolom_asing(tmp_path: Path, config: Config) -> None:
    judul = [j if j != "Pertimbangan" else "Alasan" for j in JUDUL]
    path = buku(tmp_path / "k.xlsx", [baris_sah()], judul=judul)
    hasil = periksa(path, config)
    assert [(m.kolom, m.pesan(), m.peringatan) for m in hasil.masalah] == [
        ("I", "kolom 'Alasan' tidak dikenal dan diabaikan", True),
        ("Pertimbangan", "judul kolom 'Pertimbangan' tidak ada di baris 1", False),
    ]


def test_judul_kolom_tanpa_peduli_huruf_dan_spasi(tmp_path: Path, config: Config) -> None:
    judul = [j.upper().replace(" ", "  ") for j in JUDUL]
    path = buku(tmp_path / "k.xlsx", [baris_sah()], judul=judul)
    assert len(baca_items(path, config)) == 1


def test_bukan_xlsx(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "data.xlsx"
    path.write_text("No;Judul Informasi\n1;x\n", encoding="utf-8")
    [m] = periksa(path, config).masalah
    assert (m.lembar, m.baris, m.kolom) == (None, None, None)
    assert m.pesan() == (
        "berkas ini berisi teks biasa (mungkin CSV yang diganti namanya), bukan .xlsx; "
        "buka di Excel lalu simpan sebagai 'Excel Workbook (.xlsx)'"
    )


def test_berkas_tidak_ada(tmp_path: Path, config: Config) -> None:
    with pytest.raises(InputInvalid) as e:
        periksa(tmp_path / "tidak-ada.xlsx", config)
    assert "tidak-ada.xlsx" in e.value.pesan()


def test_rumus_memakai_nilai_tersimpan_atau_galat(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "r.xlsx", [baris_sah(jangka_waktu="=2+3")])
    # openpyxl saves no cached value for a formula: the operator must be told which cell.
    assert pesan(path, config) == [
        (
            2,
            "Jangka Waktu",
            "sel berisi rumus tanpa nilai tersimpan; "
            "buka dan simpan ulang di Excel, atau ketik nilainya langsung",
        )
    ]
