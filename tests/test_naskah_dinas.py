"""The documents written as naskah dinas: one period everywhere, punctuation, citations.

What render gives the templates for the sample workbook, read like a Komisi Informasi hearing
would read the signed documents (no LibreOffice needed; the PDFs are read in
``test_naskah_dinas_pdf.py``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pipeline.config import Config
from pipeline.legal.jangka import huruf_kecil_awal, jangka_item
from pipeline.model import Item, Siklus
from pipeline.stages import konteks
from pipeline.workbook import baca_items

TANGGAL = date(2026, 11, 27)


def _siklus(ruang: Path) -> Siklus:
    return Siklus("dik-uji", TANGGAL, "0" * 64, "input/informasi.xlsx", ruang / "output/kerja/x")


def _item(config: Config, ruang: Path, judul_awal: str) -> Item:
    items = baca_items(ruang / "input/informasi.xlsx", config)
    return next(i for i in items if i.judul.startswith(judul_awal))


def test_syarat_di_keterangan_menjadi_bagian_jangka_waktu_di_lembar_dan_daftar(
    config: Config, ruang_kerja: Path
) -> None:
    """The sample's "Sampai perkara berkekuatan hukum tetap" reads the same in both."""
    item = _item(config, ruang_kerja, "Data penduduk yang diminta penyidik")
    assert item.keterangan == "Sampai perkara berkekuatan hukum tetap"
    jangka = "2 (dua) tahun atau sampai perkara berkekuatan hukum tetap"
    lembar = konteks.konteks_lembar(item, _siklus(ruang_kerja), config, "1")
    daftar = konteks.konteks_daftar([item], _siklus(ruang_kerja), config, "2")
    assert lembar["item"]["jangka_waktu"] == daftar["items"][0]["jangka_waktu"] == jangka
    assert f"untuk jangka waktu {jangka}, sesuai Pasal 17" in lembar["keputusan"]
    # the condition is said once, as the period: Keterangan does not repeat it
    assert daftar["items"][0]["keterangan"] == ""


def test_keterangan_biasa_tetap_keterangan(config: Config, ruang_kerja: Path) -> None:
    item = replace(_item(config, ruang_kerja, "Riwayat kesehatan"), keterangan="Arsip aktif.")
    assert jangka_item(item).teks == "5 (lima) tahun"
    assert konteks.konteks_item(item, config)["keterangan"] == "Arsip aktif."


def test_syarat_di_tengah_kalimat_berhuruf_kecil(config: Config, ruang_kerja: Path) -> None:
    item = _item(config, ruang_kerja, "Hak akses dan kata sandi SIAK")
    lembar = konteks.konteks_lembar(item, _siklus(ruang_kerja), config, "1")
    assert lembar["item"]["jangka_waktu"] == "Selama sistem digunakan"  # a cell starts upper
    assert "untuk jangka waktu selama sistem digunakan, sesuai" in lembar["keputusan"]
    assert huruf_kecil_awal("SIAK masih dipakai") == "SIAK masih dipakai"


def test_koma_sebelum_selaku_setelah_gelar(config: Config, ruang_kerja: Path) -> None:
    item = _item(config, ruang_kerja, "Riwayat kesehatan")
    lembar = konteks.konteks_lembar(item, _siklus(ruang_kerja), config, "1")
    assert "yang diwakili oleh Andi Teladan, S.E., selaku PPID Pelaksana," in lembar["pembukaan"]


def test_satu_gaya_tanda_petik(config: Config, ruang_kerja: Path) -> None:
    item = replace(
        _item(config, ruang_kerja, "Riwayat kesehatan"),
        judul='Riwayat "medical check-up" pegawai',
        konsekuensi='Terungkapnya "rekam medis".',
    )
    lembar = konteks.konteks_lembar(item, _siklus(ruang_kerja), config, "1")
    assert lembar["item"]["judul"] == "Riwayat \u201cmedical check-up\u201d pegawai"
    assert lembar["item"]["konsekuensi"] == "Terungkapnya \u201crekam medis\u201d."
    assert '"' not in lembar["keputusan"]


def _mengingat(config: Config, ruang: Path) -> list[str]:
    items = baca_items(ruang / "input/informasi.xlsx", config)
    return konteks.konteks_keputusan(items, _siklus(ruang), config, "3")["mengingat"]


def test_mengingat_diakhiri_titik_koma_dan_yang_terakhir_titik(
    config: Config, ruang_kerja: Path
) -> None:
    mengingat = _mengingat(config, ruang_kerja)
    assert all(m.endswith(";") for m in mengingat[:-1])
    assert mengingat[-1].endswith(".") and not mengingat[-1].endswith(";.")


def test_mengingat_menyebut_pengundangan_setiap_undang_undang(
    config: Config, ruang_kerja: Path
) -> None:
    for m in _mengingat(config, ruang_kerja):
        if m.startswith(("Undang-Undang", "Peraturan Pemerintah")):
            assert "(Lembaran Negara Republik Indonesia Tahun " in m, m
            assert "Tambahan Lembaran Negara Republik Indonesia Nomor " in m, m


def test_mengingat_menyebut_berita_negara_yang_dicocokkan(
    config: Config, ruang_kerja: Path
) -> None:
    """Berita Negara numbers as the official gazette prints them (docs/naskah-dinas.md)."""
    mengingat = _mengingat(config, ruang_kerja)
    permendagri = next(m for m in mengingat if m.startswith("Peraturan Menteri Dalam Negeri"))
    assert permendagri.endswith("(Berita Negara Republik Indonesia Tahun 2017 Nomor 157);")
    perki_2021 = next(m for m in mengingat if "Standar Layanan Informasi Publik" in m)
    assert perki_2021.endswith(
        "(Berita Negara Republik Indonesia Tahun 2021 Nomor 741, Tambahan Berita Negara "
        "Republik Indonesia Nomor 37);"
    )


def test_mengingat_memuat_undang_undang_dasar_pengecualian_dari_dasar_hukum_item(
    config: Config, ruang_kerja: Path
) -> None:
    mengingat = _mengingat(config, ruang_kerja)
    adminduk = [m for m in mengingat if "Administrasi Kependudukan" in m]
    assert len(adminduk) == 1  # the amending law is cited with the law it amends, once
    assert adminduk[0].startswith(
        "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan (Lembaran Negara "
        "Republik Indonesia Tahun 2006 Nomor 124, Tambahan Lembaran Negara Republik Indonesia "
        "Nomor 4674) sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013"
    )
    assert any(
        m.startswith("Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan") for m in mengingat
    )
    # the hierarchy of laws, then the year: UU before PP before the ministerial rules
    awal = [m.split(" tentang ")[0] for m in mengingat]
    assert (
        awal.index("Undang-Undang Nomor 23 Tahun 2006")
        < awal.index("Undang-Undang Nomor 14 Tahun 2008")
        < awal.index("Peraturan Pemerintah Nomor 61 Tahun 2010")
    )
    assert mengingat[-1].startswith("Peraturan Bupati Kubu Raya")  # regional last


def _docx_dengan_tag_di_properti(templat: Path, tujuan: Path) -> Path:
    """A copy of ``templat`` whose core properties hold a tag: docxtpl renders it itself."""
    import zipfile

    with zipfile.ZipFile(templat) as a, zipfile.ZipFile(tujuan, "w") as b:
        for nama in a.namelist():
            data = a.read(nama)
            if nama == "docProps/core.xml":
                data = data.replace(b"<dc:title>", b"<dc:title>{{ nomor }} ")
            b.writestr(nama, data)
    return tujuan


def test_lambang_di_kop_dengan_kedua_cara_render(config: Config, ruang_kerja: Path) -> None:
    """The configured PNG is the kop's picture, whichever renderer writes the document."""
    import zipfile

    from pipeline.model import Dokumen, JenisDokumen
    from pipeline.stages.lambang import bagian_lambang
    from pipeline.stages.render import Templat, cetak_docx

    lambang = config.instansi.lambang
    assert lambang is not None
    item = _item(config, ruang_kerja, "Riwayat kesehatan")
    isi = konteks.konteks_lembar(item, _siklus(ruang_kerja), config, "1")
    assert isi["lambang"] == {"cx": "660000", "cy": "792000"}  # 240 x 288 px at 2.2 cm high
    templat = Templat(config.jalur.templat).path(JenisDokumen.LEMBAR_UJI)
    lambat = _docx_dengan_tag_di_properti(templat, ruang_kerja / "lambat.docx")
    for sumber in (templat, lambat):
        tujuan = ruang_kerja / f"{sumber.stem}-hasil.docx"
        cetak_docx(sumber, tujuan, isi, Dokumen(JenisDokumen.LEMBAR_UJI, "k", Path()), lambang)
        with zipfile.ZipFile(tujuan) as z:
            paket = {n: z.read(n) for n in z.namelist()}
        nama = bagian_lambang(paket)
        assert nama is not None and paket[nama] == lambang.read_bytes(), sumber.name
        assert b'cx="660000" cy="792000"' in paket["word/document.xml"]
