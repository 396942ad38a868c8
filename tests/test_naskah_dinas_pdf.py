"""The sample cycle's documents as PDF, read and looked at as naskah dinas.

One LibreOffice batch (module fixture) converts the rendered sample cycle; the tests read the
text with ``pdftotext -raw`` and keep a PNG of every page (``pdftoppm -r 70``) for a person to
look at.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from pipeline.config import Config, muat
from pipeline.external import libreoffice
from pipeline.model import Item, Siklus
from pipeline.stages.konteks import konteks_item
from pipeline.stages.render import render
from pipeline.workbook import baca_items
from tests.conftest import salin_ruang_kerja

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

TANGGAL = date(2026, 11, 27)
KOLOM_LEMBAR = ("judul", "uraian", "dasar_hukum", "konsekuensi", "pertimbangan", "jangka_waktu")
KOLOM_DAFTAR = ("judul", "uraian", "dasar_hukum", "konsekuensi", "jangka_waktu", "keterangan")


@dataclass(frozen=True)
class Naskah:
    config: Config
    items: list[Item]
    pdf: dict[str, Path]
    png: Path


@pytest.fixture(scope="module")
def naskah(tmp_path_factory: pytest.TempPathFactory) -> Naskah:
    ruang = salin_ruang_kerja(tmp_path_factory.mktemp("naskah") / "ruang")
    return _naskah(ruang, muat(ruang / "sidik.toml"))


def _naskah(ruang: Path, config: Config) -> Naskah:
    items = baca_items(ruang / "input/informasi.xlsx", config)
    siklus = Siklus("naskah", TANGGAL, "0" * 64, "input/informasi.xlsx", ruang / "output/kerja/n")
    docx = render(items, siklus, config)
    pdf = libreoffice.konversi_pdfa(
        [d.path for d in docx], ruang / "pdf", program=config.jalur.libreoffice
    )
    png = ruang / "png"
    png.mkdir()
    for p in pdf:
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(p), str(png / p.stem)], check=True)
    return Naskah(config, items, {d.kunci: p for d, p in zip(docx, pdf, strict=True)}, png)


def teks(pdf: Path) -> str:
    keluar = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # a line may break after the hyphen of "Undang-Undang"; that is not a space
    return " ".join(keluar.replace("-\n", "-").split())


def _kata(s: str) -> set[str]:
    return {k.strip(".,;:()\u201c\u201d") for k in s.split()} - {""}


def test_tidak_ada_kata_terpotong_di_lembar_dan_daftar(naskah: Naskah) -> None:
    """Every word of every item stands whole in the PDF ("digunaka|n" was broken in the
    Lembar's narrow Jangka Waktu column)."""
    for kunci, pdf in naskah.pdf.items():
        if kunci == "keputusan":
            continue
        ada = _kata(teks(pdf))
        daftar = kunci == "daftar"
        items = naskah.items if daftar else [naskah.items[int(kunci[-4:]) - 1]]
        for item in items:
            isi = konteks_item(item, naskah.config)
            for kolom in KOLOM_DAFTAR if daftar else KOLOM_LEMBAR:
                hilang = _kata(isi[kolom]) - ada
                assert not hilang, (kunci, item.no, kolom, hilang)


def test_jangka_waktu_dan_syaratnya_sama_di_lembar_dan_daftar(naskah: Naskah) -> None:
    jangka = "2 (dua) tahun atau sampai perkara berkekuatan hukum tetap"
    assert f"untuk jangka waktu {jangka}, sesuai Pasal 17" in teks(naskah.pdf["lembar-0010"])
    assert jangka in teks(naskah.pdf["daftar"])
    assert jangka in teks(naskah.pdf["keputusan"])


def test_mengingat_bertanda_baca_dan_berpengundangan(naskah: Naskah) -> None:
    t = teks(naskah.pdf["keputusan"])
    mengingat = t[t.index("Mengingat") : t.index("MEMUTUSKAN")].strip()
    butir = re.split(r" \d+\. ", mengingat)[1:]
    assert len(butir) == 12
    assert all(b.endswith(";") for b in butir[:-1]) and butir[-1].endswith(".")
    assert "Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006" in t
    assert "(Lembaran Negara Republik Indonesia Tahun 2022 Nomor 196" in t
