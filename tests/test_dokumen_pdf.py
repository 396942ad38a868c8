"""The three documents of the sample cycle as PDF, read like the Komisi Informasi would.

One LibreOffice batch (session fixture) converts the rendered sample cycle plus a long DIK
(25 items, one of 2,000 characters); the tests read the text with ``pdftotext -raw`` and keep
PNGs of the first and last page of each document for a person to look at.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from pipeline.config import Config, muat
from pipeline.external import libreoffice
from pipeline.legal import mengingat, tanggal_terbilang
from pipeline.model import Dokumen, Item, Siklus
from pipeline.stages.konteks import konteks_item
from pipeline.stages.render import render
from pipeline.workbook import baca_items
from tests.bantu.pdf import pdftotext
from tests.bantu.ruang import salin_ruang_kerja

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

TANGGAL = date(2026, 11, 27)
KALIMAT = (
    "Pembukaan informasi ini berpotensi menimbulkan penyalahgunaan data pribadi, "
    "pemalsuan dokumen kependudukan, serta kerugian materiil dan immateriil. "
)
PANJANG = (KALIMAT * (2000 // len(KALIMAT) + 1))[:2000]
DASAR_HUKUM_SOP = (
    "Undang-Undang Nomor 14 Tahun 2008",
    "Peraturan Pemerintah Nomor 61 Tahun 2010",
    "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017",
    "Peraturan Komisi Informasi Nomor 1 Tahun 2021",
    "Peraturan Komisi Informasi Nomor 1 Tahun 2017",
    "Peraturan Bupati Kubu Raya Nomor 22 Tahun 2023",
)


@dataclass(frozen=True)
class Hasil:
    config: Config
    items: list[Item]
    docx: dict[str, Path]
    pdf: dict[str, Path]
    png: Path


def _siklus(ruang: Path, nama: str) -> Siklus:
    return Siklus(nama, TANGGAL, "0" * 64, "input/informasi.xlsx", ruang / "output/kerja" / nama)


def _item_panjang(items: list[Item]) -> list[Item]:
    banyak = [replace(items[i % len(items)], no=i + 1) for i in range(25)]
    banyak[2] = replace(banyak[2], konsekuensi=PANJANG)
    return banyak


@pytest.fixture(scope="session")
def dokumen(tmp_path_factory: pytest.TempPathFactory) -> Hasil:
    ruang = salin_ruang_kerja(tmp_path_factory.mktemp("dokumen") / "ruang")
    config = muat(ruang / "sidik.toml")
    items = baca_items(ruang / "input/informasi.xlsx", config)
    docx: list[Dokumen] = render(items, _siklus(ruang, "contoh"), config)
    panjang = render(_item_panjang(items), _siklus(ruang, "panjang"), config)
    semua = docx + [_ganti_nama(d, f"panjang-{d.nama}") for d in panjang[-2:]]
    pdf = libreoffice.konversi_pdfa(
        [d.path for d in semua], ruang / "pdf", program=config.jalur.libreoffice
    )
    png = ruang / "png"
    png.mkdir()
    hasil = Hasil(
        config,
        items,
        {d.nama: d.path for d in semua},
        {d.nama: p for d, p in zip(semua, pdf, strict=True)},
        png,
    )
    for nama in ("keputusan", "daftar", "lembar-0001", "panjang-daftar"):
        _png_awal_akhir(hasil.pdf[nama], png / nama)
    return hasil


def _ganti_nama(d: Dokumen, nama: str) -> Dokumen:
    """LibreOffice names PDFs after the DOCX: one batch needs distinct names."""
    return replace(d, nama=nama, path=d.path.rename(d.path.with_name(f"{nama}.docx")))


def _png_awal_akhir(pdf: Path, awalan: Path) -> None:
    halaman = _jumlah_halaman(pdf)
    for nomor in sorted({1, halaman}):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(nomor), "-l", str(nomor), "-singlefile"]
            + [str(pdf), f"{awalan}-{nomor}"],
            check=True,
        )


def _jumlah_halaman(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(b for b in info.stdout.splitlines() if b.startswith("Pages:")).split()[1])


@cache
def teks(pdf: Path, halaman: int | None = None) -> str:
    pilihan = ["-f", str(halaman), "-l", str(halaman)] if halaman else []
    keluar = pdftotext(pdf, "-raw", *pilihan)
    # a line may break after the hyphen of "Undang-Undang"; that is not a space
    return " ".join(keluar.replace("-\n", "-").split())


def _rata(s: str) -> str:
    return " ".join(s.split())


def test_surat_keputusan_memuat_enam_unsur_wajib(dokumen: Hasil) -> None:
    t = teks(dokumen.pdf["keputusan"])
    a = dokumen.config.atasan_ppid
    # 1. type of classification
    assert "sebagai INFORMASI YANG DIKECUALIKAN" in t
    # 2. the official who sets it
    assert f"KEPUTUSAN {a.jabatan.upper()}" in t
    assert a.nama in t and a.jabatan in t and f"NIP. {a.nip}" in t
    # 3. the public body and the work units
    assert "dikuasai oleh Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kubu Raya" in t
    for item in dokumen.items:
        assert konteks_item(item, dokumen.config)["unit_kerja"] in t
    # 4. the period, 5. the reasons: stated, and given per item in the attachment
    assert "Jangka waktu pengecualian setiap informasi" in t
    assert "Alasan pengecualian setiap informasi" in t
    _setiap_item_lengkap(dokumen, t)
    # 6. place and date
    assert "Ditetapkan di Sungai Raya pada tanggal 27 November 2026" in t


def test_surat_keputusan_bentuk_keputusan(dokumen: Hasil) -> None:
    t = teks(dokumen.pdf["keputusan"])
    for bagian in ("Menimbang", "Mengingat", "MEMUTUSKAN:", "Menetapkan", "LAMPIRAN"):
        assert bagian in t
    for urutan in ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"):
        assert f"{urutan} :" in t
    assert "Menetapkan 12 (dua belas) informasi" in t
    for dasar in DASAR_HUKUM_SOP:
        assert dasar in t, dasar
    assert len(mengingat(dokumen.config.penetapan.dasar_hukum_tambahan)) == 6
    assert "NOMOR 000.8.3/014/Dukcapil-PPID/2026" in t


def test_lampiran_keputusan_mendatar(dokumen: Hasil) -> None:
    halaman = PdfReader(dokumen.pdf["keputusan"]).pages
    lebar_tinggi = [(float(h.mediabox.width), float(h.mediabox.height)) for h in halaman]
    assert lebar_tinggi[0][0] < lebar_tinggi[0][1]  # the decree: portrait
    assert lebar_tinggi[-1][0] > lebar_tinggi[-1][1]  # the attachment (DIK): landscape
    # the attachment opens the first landscape page (the decree's length varies with Mengingat)
    mendatar = next(i for i, (lebar, tinggi) in enumerate(lebar_tinggi) if lebar > tinggi)
    assert "LAMPIRAN" in halaman[mendatar].extract_text()


def _setiap_item_lengkap(dokumen: Hasil, t: str) -> None:
    for item in dokumen.items:
        isi = konteks_item(item, dokumen.config)
        for kolom in ("judul", "dasar_hukum", "jangka_waktu", "konsekuensi"):
            assert _rata(isi[kolom]) in t, (item.no, kolom)


def test_daftar_memuat_setiap_item_dan_penanda_tangan(dokumen: Hasil) -> None:
    t = teks(dokumen.pdf["daftar"])
    _setiap_item_lengkap(dokumen, t)
    a = dokumen.config.atasan_ppid
    assert a.nama in t and a.jabatan in t and f"NIP. {a.nip}" in t
    assert "Sungai Raya, 27 November 2026" in t


def test_lembar_uji_setiap_item(dokumen: Hasil) -> None:
    tanggal = tanggal_terbilang(TANGGAL)
    assert tanggal == "Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam"
    c = dokumen.config
    for item in dokumen.items:
        t = teks(dokumen.pdf[f"lembar-{item.no:04d}"])
        isi = konteks_item(item, c)
        assert f"Pada hari ini, {tanggal}," in t
        for kolom in ("judul", "dasar_hukum", "jangka_waktu", "pertimbangan"):
            assert _rata(isi[kolom]) in t, (item.no, kolom)
        assert f"ditetapkan sebagai INFORMASI YANG DIKECUALIKAN berdasarkan {isi['pasal17']}" in t
        for p in (c.pemeriksa(item.unit_kerja), *c.tim_pertimbangan):
            assert p.nama in t and f"NIP. {p.nip}" in t
        assert c.atasan_ppid.nama in t and f"NIP. {c.atasan_ppid.nip}" in t


def test_tidak_ada_sisa_templat(dokumen: Hasil) -> None:
    for nama, pdf in dokumen.pdf.items():
        t = teks(pdf)
        for sisa in ("{{", "}}", "{%", "%}", "None"):
            assert sisa not in t, (nama, sisa)


def test_tidak_ada_sel_kosong_di_kolom_wajib(dokumen: Hasil) -> None:
    for nama, docx in dokumen.docx.items():
        doc = Document(str(docx))
        tabel = [t for t in doc.tables if len(t.columns) in (6, 7)]  # lembar 6, DIK 7 columns
        assert tabel, nama
        for t in tabel:
            for baris in t.rows[2:]:
                # every column but Keterangan (optional) must be filled; the DIK's last item
                # is a table nested in its row, with the signature block
                sel_item = baris.cells
                if len(t.columns) == 7 and baris.cells[0]._tc is baris.cells[-1]._tc:
                    sel_item = baris.cells[0].tables[0].rows[0].cells
                for sel in sel_item[:6]:
                    assert sel.text.strip(), (nama, [c.text for c in sel_item])


def test_item_panjang_terbungkus_dan_kepala_tabel_berulang(dokumen: Hasil) -> None:
    pdf = dokumen.pdf["panjang-daftar"]
    halaman = _jumlah_halaman(pdf)
    assert halaman >= 3
    for nomor in range(1, halaman + 1):
        t = teks(pdf, nomor)
        if "Informasi yang" not in t:
            assert nomor == halaman and "Kepala Dinas" in t  # only the signature page
            continue
        assert "Konsekuensi bila Dibuka" in t and "(7)" in t, nomor
    semua = teks(pdf)
    # Nothing of the 2,000 characters is cut off. The row breaks across pages (the repeated
    # header interrupts it there), so count words that occur only in this text.
    for kata in ("Pembukaan", "immateriil"):
        assert semua.count(kata) == PANJANG.count(kata), kata
    assert _rata(PANJANG[-60:]) in semua


@pytest.fixture(scope="module")
def daftar_berbagai_panjang(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """DIKs and SKs of item counts whose signature block used to stand alone on the last page
    (found by trying every count up to 30 with the sample items: the DIK at 2, 6, 12, ...;
    the SK's Lampiran at 2, 5, 10, ...), converted in one batch, by kind and count."""
    ruang = salin_ruang_kerja(tmp_path_factory.mktemp("panjang") / "ruang")
    config = muat(ruang / "sidik.toml")
    items = baca_items(ruang / "input/informasi.xlsx", config)
    docx = []
    for n in (2, 5, 6):
        banyak = [replace(items[i % len(items)], no=i + 1) for i in range(n)]
        dok = render(banyak, _siklus(ruang, f"n{n}"), config)
        docx += [_ganti_nama(d, f"{d.nama}-{n}") for d in dok if not d.nama.startswith("lembar")]
    pdf = libreoffice.konversi_pdfa([d.path for d in docx], ruang / "pdf")
    return {d.nama: p for d, p in zip(docx, pdf, strict=True)}


@pytest.mark.parametrize("nama", ["daftar-2", "daftar-6", "keputusan-2", "keputusan-5"])
def test_blok_tanda_tangan_tidak_sendirian_di_halaman_terakhir(
    daftar_berbagai_panjang: dict[str, Path], nama: str
) -> None:
    # The DIK's (and the SK Lampiran's) signature block stays with the last rows it signs:
    # its last page shows the repeated table headings, the last item and then the signer.
    pdf = daftar_berbagai_panjang[nama]
    n = int(nama.rpartition("-")[2])
    t = teks(pdf, _jumlah_halaman(pdf))
    assert "Konsekuensi bila Dibuka" in t and "Dr. Siti Teladan, M.Si." in t, t
    terakhir = t.index("Dr. Siti Teladan, M.Si.")
    assert f" {n} " in t[:terakhir]  # the last item's number, before the name


def test_blok_tanda_tangan_daftar_contoh_bersama_baris_terakhir(dokumen: Hasil) -> None:
    # The sample's 12 items put the DIK's signature block alone on page 4 before.
    pdf = dokumen.pdf["daftar"]
    t = teks(pdf, _jumlah_halaman(pdf))
    assert "Konsekuensi bila Dibuka" in t and dokumen.items[-1].judul in t


def test_png_halaman_pertama_dan_terakhir(dokumen: Hasil) -> None:
    png = sorted(dokumen.png.glob("*.png"))
    assert len(png) == 8, png
    for p in png:
        assert p.stat().st_size > 5_000, p


def test_pdf_diserahkan_satu_per_satu_selagi_libreoffice_bekerja(
    dokumen: Hasil, tmp_path: Path
) -> None:
    # Each PDF is handed on (to be split or stamped) as soon as it is complete, exactly once,
    # already in its place; the heaviest DOCX are dealt out first so both processes get work.
    docx = [dokumen.docx[k] for k in ("daftar", "keputusan", "lembar-0001", "lembar-0002")]
    diserahkan: list[tuple[int, bool]] = []
    keluar = tmp_path / "pdf"
    pdf = libreoffice.konversi_pdfa(
        docx,
        keluar,
        program=dokumen.config.jalur.libreoffice,
        proses=2,
        bobot=[4, 3, 1, 1],
        jadi=lambda i: diserahkan.append((i, (keluar / f"{docx[i].stem}.pdf").is_file())),
    )
    assert sorted(diserahkan) == [(0, True), (1, True), (2, True), (3, True)]
    assert all(p.is_file() and p.read_bytes().startswith(b"%PDF") for p in pdf)
    assert not list(tmp_path.glob(".lo-*"))


def test_pdf_terakhir_ditahan_selama_proses_terlihat_berjalan(tmp_path: Path) -> None:
    # The process's state is read before the files: one that ends between the two reads was
    # running when the last PDF was looked at, so that PDF waits for the next round instead of
    # counting as left behind (which started a needless fresh LibreOffice for it).
    from concurrent.futures import Future

    from pipeline.external.runner import HasilProses

    docx = [tmp_path / f"d{i}.docx" for i in range(3)]
    for d in docx:
        (tmp_path / f"{d.stem}.pdf").write_bytes(b"%PDF-1.7\n...\n%%EOF\n")
    tugas: Future[HasilProses] = Future()
    tugas.set_result(HasilProses(("soffice",), 0, "", "", 1.0))  # it has ended by now
    assert libreoffice._lengkap(docx, [0, 1, 2], tmp_path, tugas, berhenti=False) == [0, 1]
    assert libreoffice._lengkap(docx, [0, 1, 2], tmp_path, tugas, berhenti=True) == [0, 1, 2]


def test_bagi_beban_seimbang() -> None:
    assert libreoffice.bagi_beban([40, 40, 40, 20, 90, 80], 2) == [[1, 3, 4], [0, 2, 5]]
    assert libreoffice.bagi_beban([1, 1, 1], 5) == [[0], [1], [2]]


def test_docx_yang_tidak_bisa_dikonversi_disebut_namanya(dokumen: Hasil, tmp_path: Path) -> None:
    # LibreOffice skips a file it cannot load and goes on: the good one is still handed on,
    # then the run stops with exit code 10 naming the file that has no PDF.
    from pipeline.errors import ConversionFailed, ExitCode

    rusak = tmp_path / "rusak.docx"
    rusak.write_bytes(b"PK\x03\x04 ini bukan dokumen")
    docx = [dokumen.docx["lembar-0001"], rusak]
    diserahkan: list[int] = []
    with pytest.raises(ConversionFailed) as e:
        libreoffice.konversi_pdfa(
            docx,
            tmp_path / "pdf",
            program=dokumen.config.jalur.libreoffice,
            proses=1,
            jadi=diserahkan.append,
        )
    assert e.value.code is ExitCode.CONVERSION_FAILED
    assert "rusak.docx" in e.value.pesan("id")
    assert diserahkan == [0] and (tmp_path / "pdf" / "lembar-0001.pdf").is_file()
    assert not list(tmp_path.glob(".lo-*"))


_SOFFICE_MATI = """#!{python}
# LibreOffice that dies by SIGKILL after its first PDF, the first {kali} times it is given files
import os, signal, subprocess, sys
from pathlib import Path
hitung = Path({hitung!r})
args = sys.argv[1:]
docx = [a for a in args if a.endswith(".docx")]
ke = int(hitung.read_text()) if hitung.exists() else 0
if not docx or ke >= {kali}:
    os.execv({soffice!r}, [{soffice!r}, *args])
hitung.write_text(str(ke + 1))
subprocess.run([{soffice!r}, *[a for a in args if a not in docx], docx[0]], check=False)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_libreoffice_mati_di_tengah_jalan_diulang_dalam_proses_baru(
    dokumen: Hasil, tmp_path: Path
) -> None:
    # Three LibreOffice processes in a row die by SIGKILL, each once it has written one complete
    # PDF of the files it was given: every time a fresh process takes the files left (as long as
    # each converts something), and every PDF arrives complete and is handed on exactly once.
    # The kill comes from a wrapper around the real LibreOffice, so it lands at the same point
    # on any machine (a thread watching for the first PDF lost the race on a fast one).
    import stat
    import sys

    soffice = libreoffice.cari_soffice(dokumen.config.jalur.libreoffice)
    hitung = tmp_path / "dibunuh"
    pembungkus = tmp_path / "soffice-mati"
    pembungkus.write_text(
        _SOFFICE_MATI.format(python=sys.executable, kali=3, hitung=str(hitung), soffice=soffice)
    )
    pembungkus.chmod(pembungkus.stat().st_mode | stat.S_IXUSR)
    nama = [k for k in sorted(dokumen.docx) if k.startswith("lembar-")][:8]
    docx = [dokumen.docx[k] for k in [*nama, "daftar", "keputusan"]]
    diserahkan: list[int] = []
    pdf = libreoffice.konversi_pdfa(
        docx, tmp_path / "pdf", program=str(pembungkus), proses=1, jadi=diserahkan.append
    )
    assert hitung.read_text() == "3"
    assert sorted(diserahkan) == list(range(len(docx)))
    for p in pdf:
        assert p.read_bytes().rstrip().endswith(b"%%EOF")
        assert len(PdfReader(p).pages) >= 1


@pytest.mark.parametrize("disiapkan", [True, False])
def test_profil_baru_tanpa_uji_grafis(dokumen: Hasil, tmp_path: Path, disiapkan: bool) -> None:
    # Headless, LibreOffice never records that a version has run, so every fresh profile ran
    # its graphics render tests first (1.3 s, a 210 MB peak). A profile sidik prepares says
    # the version has run: the document converts and the tests are not run.
    soffice = libreoffice.cari_soffice(dokumen.config.jalur.libreoffice)
    profil = tmp_path / "profil"
    if disiapkan:
        libreoffice.siapkan_profil(soffice, profil)
    args = libreoffice.argumen_konversi(
        soffice, profil, tmp_path / "pdf", [dokumen.docx["lembar-0001"]]
    )
    subprocess.run(
        [str(a) for a in args],
        env={**os.environ, "HOME": str(tmp_path)},
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (tmp_path / "pdf" / "lembar-0001.pdf").read_bytes().startswith(b"%PDF")
    assert (profil / "user" / "GraphicsRenderTests.log").exists() is not disiapkan


def test_lembar_menulis_nama_badan_seperti_di_sidik_toml(tmp_path: Path) -> None:
    """The signed Lembar's opening sentence keeps "DPRD" and "(Disdukcapil)" as written."""
    ruang = salin_ruang_kerja(tmp_path / "ruang")
    config = muat(ruang / "sidik.toml")
    config = replace(
        config,
        instansi=replace(
            config.instansi,
            pemerintah="Pemerintah Kabupaten Kubu Raya",
            dinas="Sekretariat DPRD dan Dinas Kependudukan (Disdukcapil)",
        ),
    )
    items = baca_items(ruang / "input/informasi.xlsx", config)
    lembar = render(items[:1], _siklus(ruang, "nama"), config)[0]
    [pdf] = libreoffice.konversi_pdfa(
        [lembar.path], ruang / "pdf", program=config.jalur.libreoffice
    )
    assert (
        "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Sekretariat DPRD dan Dinas "
        "Kependudukan (Disdukcapil) Kabupaten Kubu Raya, yang diwakili oleh"
    ) in teks(pdf)
    _png_awal_akhir(pdf, ruang / "lembar-nama")
