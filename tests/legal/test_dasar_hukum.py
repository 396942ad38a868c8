from __future__ import annotations

from pipeline.legal import baris_referensi, dasar_hukum_nasional, kutipan_singkat, mengingat


def test_dasar_hukum_nasional_sop():
    nasional = dasar_hukum_nasional()
    for awal in (
        "Undang-Undang Nomor 14 Tahun 2008",
        "Peraturan Pemerintah Nomor 61 Tahun 2010",
        "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2017",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021",
    ):
        assert sum(d.startswith(awal) for d in nasional) == 1, awal


def test_mengingat_nasional_lalu_daerah_tanpa_ganda():
    perbup = "Peraturan Bupati Kubu Raya Nomor 22 Tahun 2023"
    hasil = mengingat([perbup, " ", perbup])
    assert hasil[:-1] == list(dasar_hukum_nasional())
    assert hasil[-1] == perbup


def test_baris_referensi_dari_pasal17_json():
    baris = baris_referensi()
    assert len(baris) == 10 + 5 + 7 + 7 + 4 + 5  # letters + numbered points of a, c, e, f, h
    h1 = next(b for b in baris if b.huruf == "h" and b.angka == 1)
    assert h1.kutipan == kutipan_singkat("h", 1) == "Pasal 17 huruf h angka 1 UU KIP"
    assert h1.uraian == "riwayat dan kondisi anggota keluarga"
    assert [b.huruf for b in baris if b.angka is None] == list("abcdefghij")
    assert all(b.wajib_jangka_tahun == (b.huruf in "abcdef") for b in baris)
