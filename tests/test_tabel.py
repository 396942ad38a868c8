"""Terminal tables fitted to the terminal's width: words shortened, ids never."""

from __future__ import annotations

from pipeline.cli.tabel import Muat, sesuaikan, tabel

JUDUL = ["Siklus", "Item", "Judul", "Unit"]
BARIS = [["dik-20261127-1", "12", "Data pribadi penduduk dalam SIAK", "Sekretariat DPRD"]]
MUAT = Muat(lentur=frozenset({2, 3}))


def test_kolom_teks_terlebar_dipendekkan_lebih_dahulu() -> None:
    teks = tabel(JUDUL, BARIS, MUAT, lebar_maks=60)
    assert teks.splitlines()[2] == "dik-20261127-1  12    Data pribadi pendud…  Sekretariat DPRD"
    assert max(len(b) for b in teks.splitlines()) == 60


def test_id_tidak_pernah_dipotong_walau_terminal_terlalu_sempit() -> None:
    teks = tabel(JUDUL, BARIS, MUAT, lebar_maks=20)
    assert teks.splitlines()[2] == "dik-20261127-1  12    Data pribad…  Sekretariat…"


def test_kolom_ditinggalkan_menurut_urutan_bila_tetap_tidak_muat() -> None:
    assert list(sesuaikan([14, 4, 32, 16], Muat(frozenset({2, 3}), buang=(3,)), 45)) == [0, 1, 2]
    assert list(sesuaikan([14, 4, 32, 16], Muat(frozenset({2, 3}), buang=(3,)), 80)) == [0, 1, 2, 3]


def test_tanpa_aturan_muat_tabel_utuh() -> None:
    assert "Data pribadi penduduk dalam SIAK" in tabel(JUDUL, BARIS, lebar_maks=20)
