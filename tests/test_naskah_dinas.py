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
