"""The sample cycle's documents as PDF, read and looked at as naskah dinas.

One LibreOffice batch (module fixture) converts the rendered sample cycle; the tests read the
text with ``pdftotext -raw`` and keep a PNG of every page (``pdftoppm -r 70``) for a person to
look at.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from pipeline.config import Config, Naskah, muat
from pipeline.external import libreoffice
from pipeline.model import Item, Siklus
from pipeline.stages.konteks import konteks_item
from pipeline.stages.render import render
from pipeline.workbook import baca_items
from tests.bantu.ruang import salin_ruang_kerja

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

TANGGAL = date(2026, 11, 27)
KOLOM_LEMBAR = ("judul", "uraian", "dasar_hukum", "konsekuensi", "pertimbangan", "jangka_waktu")
KOLOM_DAFTAR = ("judul", "uraian", "dasar_hukum", "konsekuensi", "jangka_waktu", "keterangan")


@dataclass(frozen=True)
class Dokumen:
    config: Config
    items: list[Item]
    pdf: dict[str, Path]
    png: Path


@pytest.fixture(scope="module")
def naskah(tmp_path_factory: pytest.TempPathFactory) -> Dokumen:
    ruang = salin_ruang_kerja(tmp_path_factory.mktemp("naskah") / "ruang")
    return _naskah(ruang, muat(ruang / "sidik.toml"))


def _naskah(ruang: Path, config: Config) -> Dokumen:
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
    return Dokumen(config, items, {d.nama: p for d, p in zip(docx, pdf, strict=True)}, png)


def teks(pdf: Path) -> str:
    keluar = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # a line may break after the hyphen of "Undang-Undang"; that is not a space; the page's
    # number may fall in the middle of a sentence
    keluar = re.sub(r"(^|\n)- \d+ -\n", "\n", keluar)
    return " ".join(keluar.replace("-\n", "-").split())


def _kata(s: str) -> set[str]:
    return {k.strip(".,;:()\u201c\u201d") for k in s.split()} - {""}


def test_tidak_ada_kata_terpotong_di_lembar_dan_daftar(naskah: Dokumen) -> None:
    """Every word of every item stands whole in the PDF ("digunaka|n" was broken in the
    Lembar's narrow Jangka Waktu column)."""
    for nama, pdf in naskah.pdf.items():
        if nama == "keputusan":
            continue
        ada = _kata(teks(pdf))
        daftar = nama == "daftar"
        items = naskah.items if daftar else [naskah.items[int(nama[-4:]) - 1]]
        for item in items:
            isi = konteks_item(item, naskah.config)
            for kolom in KOLOM_DAFTAR if daftar else KOLOM_LEMBAR:
                hilang = _kata(isi[kolom]) - ada
                assert not hilang, (nama, item.no, kolom, hilang)


def test_jangka_waktu_dan_syaratnya_sama_di_lembar_dan_daftar(naskah: Dokumen) -> None:
    jangka = "2 (dua) tahun atau sampai perkara berkekuatan hukum tetap"
    assert f"untuk jangka waktu {jangka}, sesuai Pasal 17" in teks(naskah.pdf["lembar-0010"])
    assert jangka in teks(naskah.pdf["daftar"])
    assert jangka in teks(naskah.pdf["keputusan"])


def test_mengingat_bertanda_baca_dan_berpengundangan(naskah: Dokumen) -> None:
    t = teks(naskah.pdf["keputusan"])
    mengingat = t[t.index("Mengingat") : t.index("MEMUTUSKAN")].strip()
    butir = re.split(r" \d+\. ", mengingat)[1:]
    assert len(butir) == 12
    assert all(b.endswith(";") for b in butir[:-1]) and butir[-1].endswith(".")
    assert "Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006" in t
    assert "(Lembaran Negara Republik Indonesia Tahun 2022 Nomor 196" in t


PANGKAT_ATASAN = "Pembina Utama Muda (IV/c)"
PANGKAT_PPID = "Pembina (IV/a)"
TEMBUSAN = ("Bupati Kubu Raya (sebagai laporan)", "Komisi Informasi Provinsi Kalimantan Barat")


@pytest.fixture(scope="module")
def naskah_f4(tmp_path_factory: pytest.TempPathFactory) -> Dokumen:
    """The decree and a Lembar of an office on F4 paper, with ranks and a Tembusan, and no
    lambang."""
    ruang = salin_ruang_kerja(tmp_path_factory.mktemp("naskah-f4") / "ruang")
    config = muat(ruang / "sidik.toml")
    config = replace(
        config,
        atasan_ppid=replace(config.atasan_ppid, pangkat=PANGKAT_ATASAN),
        ppid_pelaksana=replace(config.ppid_pelaksana, pangkat=PANGKAT_PPID),
        penetapan=replace(config.penetapan, tembusan=TEMBUSAN),
        naskah=Naskah(kertas="F4"),
        instansi=replace(config.instansi, lambang=None),
    )
    items = baca_items(ruang / "input/informasi.xlsx", config)[:1]
    siklus = Siklus("f4", TANGGAL, "0" * 64, "input/informasi.xlsx", ruang / "output/kerja/f4")
    docx = [d for d in render(items, siklus, config) if d.nama != "daftar"]
    pdf = libreoffice.konversi_pdfa(
        [d.path for d in docx], ruang / "pdf", program=config.jalur.libreoffice
    )
    png = ruang / "png"
    png.mkdir()
    for p in pdf:
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(p), str(png / p.stem)], check=True)
    return Dokumen(config, items, {d.nama: p for d, p in zip(docx, pdf, strict=True)}, png)


def test_blok_tanda_tangan_dengan_pangkat_golongan(naskah_f4: Dokumen) -> None:
    a = naskah_f4.config.atasan_ppid
    for pdf in naskah_f4.pdf.values():
        assert f"{a.nama} {PANGKAT_ATASAN} NIP. {a.nip}" in teks(pdf)
    ppid = naskah_f4.config.ppid_pelaksana
    assert f"{ppid.nama} {PANGKAT_PPID} NIP. {ppid.nip}" in teks(naskah_f4.pdf["lembar-0001"])


def test_tanpa_pangkat_tidak_ada_baris_kosong(naskah: Dokumen) -> None:
    a = naskah.config.atasan_ppid
    assert f"{a.nama} NIP. {a.nip}" in teks(naskah.pdf["keputusan"])


def test_tembusan_keputusan(naskah_f4: Dokumen, naskah: Dokumen) -> None:
    t = teks(naskah_f4.pdf["keputusan"])
    assert (
        "Tembusan Keputusan ini disampaikan kepada Yth.: 1. Bupati Kubu Raya (sebagai laporan); "
        "2. Komisi Informasi Provinsi Kalimantan Barat."
    ) in t
    assert t.index("Tembusan") < t.index("LAMPIRAN")  # under the signature, before the list
    assert "Tembusan" not in teks(naskah.pdf["keputusan"])  # none configured: none printed


def test_kertas_f4_atau_a4(naskah_f4: Dokumen, naskah: Dokumen) -> None:
    mm = 72 / 25.4
    for hasil, kertas in ((naskah_f4, (215 * mm, 330 * mm)), (naskah, (210 * mm, 297 * mm))):
        for pdf in hasil.pdf.values():
            for h in PdfReader(pdf).pages:
                ukuran = sorted((float(h.mediabox.width), float(h.mediabox.height)))
                assert all(abs(u - k) < 1.5 for u, k in zip(ukuran, kertas, strict=True)), (
                    pdf.name,
                    ukuran,
                )


def _gambar(pdf: Path, halaman: int) -> list[tuple[int, int]]:
    """(width, height) in pixels of the images drawn on ``halaman``."""
    keluar = subprocess.run(
        ["pdfimages", "-list", "-f", str(halaman), "-l", str(halaman), str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    return [(int(b.split()[3]), int(b.split()[4])) for b in keluar]


def test_kop_dengan_lambang_daerah_dari_sidik_toml(naskah: Dokumen, naskah_f4: Dokumen) -> None:
    lambang = naskah.config.instansi.lambang
    assert lambang is not None and lambang.name == "lambang-contoh.png"
    for nama, pdf in naskah.pdf.items():
        gambar = _gambar(pdf, 1)  # the image and its transparency mask
        assert gambar and all(abs(w / h - 240 / 288) < 0.02 for w, h in gambar), (nama, gambar)
        assert _gambar(pdf, 2) == [], nama  # the kop is on the first page only
    for nama, pdf in naskah_f4.pdf.items():
        assert _gambar(pdf, 1) == [], nama  # no lambang configured: a kop of text
        assert "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL" in teks(pdf)


CM = 72 / 2.54
NOMOR_HALAMAN = re.compile(r"(?m)^- (\d+) -\r?$")
# Ruang tepi of the tata naskah dinas (docs/naskah-dinas.md): top 2, right 2, bottom 2.5, left 3
TEPI_CM = {"atas": 2.0, "kanan": 2.0, "bawah": 2.5, "kiri": 3.0}


def _kotak_huruf(tp: pdfium.PdfTextPage, awal: int, akhir: int) -> tuple[float, ...]:
    """left, bottom, right, top of the characters ``awal`` to ``akhir`` (exclusive), blanks
    left out."""
    kotak = [tp.get_charbox(i) for i in range(awal, akhir)]
    kotak = [k for k in kotak if k[2] > k[0]]
    return (
        min(k[0] for k in kotak),
        min(k[1] for k in kotak),
        max(k[2] for k in kotak),
        max(k[3] for k in kotak),
    )


def _halaman(hasil: Dokumen):  # type: ignore[no-untyped-def]
    for nama, pdf in hasil.pdf.items():
        for ke, halaman in enumerate(pdfium.PdfDocument(pdf), 1):
            yield nama, ke, halaman


def test_nomor_halaman_di_tengah_atas_kecuali_halaman_pertama(
    naskah: Dokumen, naskah_f4: Dokumen
) -> None:
    """ "- 2 -" centred between the margins, in the header (above the 2 cm top margin), on every
    page but the first; the decree's attachment goes on numbering the decree's pages."""
    for hasil in (naskah, naskah_f4):
        for nama, ke, halaman in _halaman(hasil):
            tp = halaman.get_textpage()
            isi = tp.get_text_range()
            nomor = list(NOMOR_HALAMAN.finditer(isi))
            assert [m.group(1) for m in nomor] == ([] if ke == 1 else [str(ke)]), (nama, ke)
            if ke == 1:
                continue
            lebar, tinggi = halaman.get_size()
            kiri, _, kanan, atas = _kotak_huruf(tp, nomor[0].start(), nomor[0].end())
            tengah = (TEPI_CM["kiri"] * CM + lebar - TEPI_CM["kanan"] * CM) / 2
            assert abs((kiri + kanan) / 2 - tengah) < 2, (nama, ke, kiri, kanan)
            assert tinggi - TEPI_CM["atas"] * CM < atas < tinggi - 1.0 * CM, (nama, ke, atas)


def test_teks_di_dalam_ruang_tepi(naskah: Dokumen, naskah_f4: Dokumen) -> None:
    """No character outside the ruang tepi (the page number in the header excepted)."""
    for hasil in (naskah, naskah_f4):
        for nama, ke, halaman in _halaman(hasil):
            tp = halaman.get_textpage()
            isi = tp.get_text_range()
            nomor = NOMOR_HALAMAN.search(isi)
            awal = nomor.end() if nomor is not None and nomor.start() == 0 else 0
            lebar, tinggi = halaman.get_size()
            kiri, bawah, kanan, atas = _kotak_huruf(tp, awal, tp.count_chars())
            assert kiri >= TEPI_CM["kiri"] * CM - 1, (nama, ke, kiri)
            assert kanan <= lebar - TEPI_CM["kanan"] * CM + 1, (nama, ke, kanan)
            assert bawah >= TEPI_CM["bawah"] * CM - 1, (nama, ke, bawah)
            assert atas <= tinggi - TEPI_CM["atas"] * CM + 1, (nama, ke, atas)


REFERENSI = Path(__file__).parent / "referensi" / "naskah"
"""Reference pages (grey PNG at 70 dpi) of the sample cycle. After an intended change of the
templates, look at the new pages, then write them with ``SIDIK_REFERENSI_BARU=1``."""
BATAS_BEDA = 0.001  # share of pixels that may differ clearly; a 12 pt shift of the signature
# block changes 0.36 % of its page, the same pages rendered twice here differ by 0


def _halaman_acuan(png: Path) -> dict[str, Path]:
    """The first and last page of the Lembar of item 1, the DIK and the decree."""
    hasil: dict[str, Path] = {}
    for awalan in ("lembar-0001", "daftar", "keputusan"):
        halaman = sorted(png.glob(f"{awalan}-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        hasil[f"{awalan}-awal"], hasil[f"{awalan}-akhir"] = halaman[0], halaman[-1]
    return hasil


def _beda(gambar: Path, acuan: Path, simpan: Path) -> float:
    """The share of pixels whose grey differs by more than a quarter; the difference is
    saved as ``simpan`` for a person to look at."""
    from PIL import Image, ImageChops

    a, b = Image.open(gambar).convert("L"), Image.open(acuan).convert("L")
    if a.size != b.size:
        return 1.0
    beda = ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0)
    beda.save(simpan)
    return beda.histogram()[255] / (a.size[0] * a.size[1])


def test_tata_letak_halaman_sama_dengan_referensi(naskah: Dokumen) -> None:
    """A template change that moves the kop, a table or the signature block is seen here."""
    import os

    from PIL import Image

    beda = {}
    for nama, png in _halaman_acuan(naskah.png).items():
        acuan = REFERENSI / f"{nama}.png"
        if os.environ.get("SIDIK_REFERENSI_BARU"):
            REFERENSI.mkdir(parents=True, exist_ok=True)
            Image.open(png).convert("L").save(acuan, optimize=True)
        beda[nama] = _beda(png, acuan, naskah.png / f"beda-{nama}.png")
    lain = {nama: f"{b:.3%}" for nama, b in beda.items() if b >= BATAS_BEDA}
    assert not lain, (
        f"pages differ from tests/referensi/naskah (see {naskah.png}/beda-*.png): {lain}"
    )
