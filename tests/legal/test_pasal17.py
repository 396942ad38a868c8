from __future__ import annotations

import pytest

from pipeline.legal import (
    Huruf,
    angka_sah,
    cari_huruf,
    daftar_huruf,
    kutipan,
    kutipan_singkat,
)


def huruf_ada(kode: str) -> Huruf:
    huruf = cari_huruf(kode)
    assert huruf is not None, kode
    return huruf


JUMLAH_ANGKA = {"a": 5, "b": 0, "c": 7, "d": 0, "e": 7, "f": 4, "g": 0, "h": 5, "i": 0, "j": 0}


def test_daftar_huruf_a_sampai_j_berurutan():
    assert [h.kode for h in daftar_huruf()] == list("abcdefghij")


def test_daftar_huruf_dimuat_sekali():
    assert daftar_huruf() is daftar_huruf()


@pytest.mark.parametrize(("kode", "jumlah"), JUMLAH_ANGKA.items())
def test_jumlah_angka_per_huruf(kode, jumlah):
    huruf = cari_huruf(kode)
    assert huruf is not None
    assert list(huruf.angka) == list(range(1, jumlah + 1))


def test_setiap_huruf_dan_angka_punya_uraian():
    for huruf in daftar_huruf():
        assert huruf.uraian.strip()
        assert all(teks.strip() for teks in huruf.angka.values())


def test_uraian_huruf_h():
    huruf = cari_huruf("h")
    assert huruf is not None
    assert huruf.uraian == "mengungkap rahasia pribadi"
    assert huruf.angka[1] == "riwayat dan kondisi anggota keluarga"


def test_huruf_a_sampai_f_wajib_jangka_tahun():
    for kode in "abcdef":
        assert huruf_ada(kode).wajib_jangka_tahun is True, kode


def test_huruf_g_sampai_j_boleh_permanen():
    for kode in "ghij":
        assert huruf_ada(kode).wajib_jangka_tahun is False, kode


def test_huruf_tidak_bisa_diubah():
    huruf = huruf_ada("h")
    with pytest.raises(AttributeError):
        huruf.kode = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        huruf.angka[9] = "tambahan"  # type: ignore[index]


def test_huruf_bisa_di_hash():
    assert isinstance(hash(huruf_ada("a")), int)


@pytest.mark.parametrize("kode", ["h", "H", " h ", " H\t"])
def test_cari_huruf_abaikan_kapital_dan_spasi(kode):
    huruf = cari_huruf(kode)
    assert isinstance(huruf, Huruf)
    assert huruf.kode == "h"


@pytest.mark.parametrize("kode", ["", "k", "z", "hh", "17"])
def test_cari_huruf_tidak_ada(kode):
    assert cari_huruf(kode) is None


def test_angka_sah():
    assert angka_sah("h", 1)
    assert angka_sah("h", 5)
    assert angka_sah(" A ", 5)
    assert angka_sah("c", 7)
    assert not angka_sah("h", 0)
    assert not angka_sah("h", 6)
    assert not angka_sah("f", 5)
    assert not angka_sah("j", 1)
    assert not angka_sah("z", 1)


@pytest.mark.parametrize(
    ("kode", "angka", "harapan"),
    [
        ("h", 1, "Pasal 17 huruf h angka 1"),
        ("H", 2, "Pasal 17 huruf h angka 2"),
        ("a", 1, "Pasal 17 huruf a angka 1"),
        ("c", 7, "Pasal 17 huruf c angka 7"),
        ("j", None, "Pasal 17 huruf j"),
        (" g ", None, "Pasal 17 huruf g"),
        ("h", None, "Pasal 17 huruf h"),
    ],
)
def test_kutipan(kode, angka, harapan):
    lengkap = " Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
    assert kutipan(kode, angka) == harapan + lengkap
    assert kutipan_singkat(kode, angka) == harapan + " UU KIP"


def test_kutipan_contoh_dari_brief():
    assert kutipan("h", 1) == (
        "Pasal 17 huruf h angka 1 Undang-Undang Nomor 14 Tahun 2008 "
        "tentang Keterbukaan Informasi Publik"
    )
    assert kutipan_singkat("h", 1) == "Pasal 17 huruf h angka 1 UU KIP"


def test_kutipan_huruf_tidak_dikenal():
    with pytest.raises(ValueError, match="tidak memiliki huruf 'k'"):
        kutipan("k")
    with pytest.raises(ValueError, match="huruf"):
        kutipan_singkat("")


def test_kutipan_angka_di_luar_jangkauan():
    with pytest.raises(
        ValueError, match=r"huruf h UU KIP tidak memiliki angka 6 \(yang ada: 1 sampai 5\)"
    ):
        kutipan("h", 6)
    with pytest.raises(ValueError, match="angka 0"):
        kutipan_singkat("a", 0)


def test_kutipan_angka_pada_huruf_tanpa_angka():
    with pytest.raises(ValueError, match="huruf j UU KIP tidak memiliki angka"):
        kutipan("j", 1)
