"""SOP step 1: ``sidik validate`` checks that each item's legal basis is cited as a hearing
would accept it (warnings: the operator decides, the documents are still made)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from pipeline.config import Config
from pipeline.legal.dasar_hukum import pasal_pada_perubahan
from pipeline.workbook import KOLOM, baca_items, periksa
from pipeline.workbook.contoh import CONTOH, baris_contoh, tulis_contoh

ADMINDUK = (
    "Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan Undang-Undang Nomor 24 "
    "Tahun 2013"
)


def _buku(path: Path, **ubah: Any) -> Path:
    nilai = dict(zip([k.medan for k in KOLOM], next(baris_contoh(1)), strict=True))
    nilai.update(ubah)
    wb = Workbook()
    ws = wb.active
    ws.title = "Informasi"
    ws.append([k.judul for k in KOLOM])
    ws.append([nilai[k.medan] for k in KOLOM])
    wb.save(path)
    return path


def _masalah(path: Path, config: Config) -> list[tuple[int | None, str | None, str, bool]]:
    return [(m.baris, m.kolom, m.pesan(), m.peringatan) for m in periksa(path, config).masalah]


def test_huruf_j_tanpa_undang_undang_diperingatkan(tmp_path: Path, config: Config) -> None:
    path = _buku(
        tmp_path / "j.xlsx",
        pasal17_huruf="j",
        pasal17_angka=None,
        dasar_hukum_lain="Peraturan Menteri Dalam Negeri tentang keamanan SIAK",
    )
    assert _masalah(path, config) == [
        (
            2,
            "Dasar Hukum Lain",
            "Pasal 17 huruf j hanya untuk informasi yang dirahasiakan oleh undang-undang, tetapi "
            "Dasar Hukum Lain tidak menyebut undang-undang; sebutkan pasal dan undang-undangnya "
            f"(mis. Pasal 79 {ADMINDUK})",
            True,
        )
    ]
    assert len(baca_items(path, config)) == 1  # a warning: the item is still read


def test_huruf_j_dengan_undang_undang_tanpa_peringatan(tmp_path: Path, config: Config) -> None:
    for dasar in (f"Pasal 79 {ADMINDUK}", "Kitab Undang-Undang Hukum Acara Pidana"):
        path = _buku(
            tmp_path / "j.xlsx", pasal17_huruf="j", pasal17_angka=None, dasar_hukum_lain=dasar
        )
        assert _masalah(path, config) == [], dasar


def test_pasal_undang_undang_perubahan_diperingatkan(tmp_path: Path, config: Config) -> None:
    path = _buku(tmp_path / "p.xlsx", dasar_hukum_lain="Pasal 79 Undang-Undang Nomor 24 Tahun 2013")
    assert _masalah(path, config) == [
        (
            2,
            "Dasar Hukum Lain",
            "Pasal 79 adalah pasal Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah, "
            "bukan pasal undang-undang perubahannya; tulis 'Pasal 79 Undang-Undang Nomor 23 "
            "Tahun 2006 sebagaimana telah diubah dengan ...'",
            True,
        )
    ]


def test_contoh_mengajarkan_kutipan_yang_benar(tmp_path: Path, config: Config) -> None:
    """The sample validates without a single warning: huruf j rests on an undang-undang, and
    articles of UU 24/2013 are cited as articles of UU 23/2006 as amended."""
    tulis_contoh(tmp_path / "contoh.xlsx")
    assert periksa(tmp_path / "contoh.xlsx", config).masalah == []
    for judul, *_, huruf, _angka, lain, _k, _p, _j, _ket in CONTOH:
        assert pasal_pada_perubahan(lain) == [], judul
        if huruf == "j":
            assert "Undang-Undang Nomor" in lain, judul


def test_contoh_di_ruang_kerja_sama_dengan_generator(config: Config, ruang_kerja: Path) -> None:
    """input/informasi.xlsx is the generator's sample, so it teaches the same citations."""
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)
    assert [i.dasar_hukum_lain for i in items] == [c[5] for c in CONTOH]
    assert periksa(ruang_kerja / "input/informasi.xlsx", config).masalah == []
