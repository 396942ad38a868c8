"""A long DIK and decree go through LibreOffice in volumes and come back as one PDF/A each:
every item once and in order, pages numbered through, the numbers where LibreOffice sets them,
and the cycle initials, signs and verifies such a document like any other."""

from __future__ import annotations

import ctypes
import re
import subprocess
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from lxml import etree

from pipeline.config import Config, muat
from pipeline.external import libreoffice
from pipeline.model import Dokumen, JenisDokumen, Siklus
from pipeline.stages import convert as tahap_convert
from pipeline.stages import jilid
from pipeline.stages.convert import convert, rencana_satuan
from pipeline.stages.gabungan import DOKUMEN_XML, R, W, tulis_paket
from pipeline.stages.render import render
from pipeline.workbook import baca_items
from tests.bantu.cli import sidik_di
from tests.bantu.ruang import buat_pki, salin_ruang_kerja

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

ITEMS = 250  # the DIK table in three parts: 100, 100 and 50 rows
_W = f"{{{W}}}"


@dataclass(frozen=True)
class Panjang:
    config: Config
    judul: list[str]
    docx: dict[JenisDokumen, Dokumen]
    siklus: Siklus


@pytest.fixture(scope="module")
def panjang(tmp_path_factory: pytest.TempPathFactory) -> Panjang:
    ruang = salin_ruang_kerja(tmp_path_factory.mktemp("jilid") / "ruang")
    config = muat(ruang / "sidik.toml")
    contoh = baca_items(ruang / "input/informasi.xlsx", config)
    items = [
        replace(contoh[i % len(contoh)], no=i + 1, judul=f"Informasi nomor urut {i + 1:04d}")
        for i in range(ITEMS)
    ]
    siklus = Siklus("panjang", date(2026, 11, 27), "0" * 64, "x.xlsx", ruang / "output/kerja/p")
    dokumen = render(items, siklus, config)
    docx: dict[JenisDokumen, Dokumen] = {d.jenis: d for d in dokumen}
    lembar = next(d for d in dokumen if d.jenis == JenisDokumen.LEMBAR_UJI)
    return Panjang(
        config, [i.judul for i in items], {**docx, JenisDokumen.LEMBAR_UJI: lembar}, siklus
    )


def badan(docx: Path) -> etree._Element:
    with zipfile.ZipFile(docx) as z:
        return etree.fromstring(z.read(DOKUMEN_XML)).find(f"{_W}body")


def teks(docx: Path) -> str:
    return "".join(badan(docx).itertext())


def test_daftar_dipecah_pada_batas_bagian_tabel(panjang: Panjang, tmp_path: Path) -> None:
    daftar = panjang.docx[JenisDokumen.DAFTAR].path
    j = jilid.pecah_docx(daftar, tmp_path, bagian_per_jilid=1)
    assert j is not None and len(j.bagian) == 3
    for ke, volume in enumerate(j.bagian):
        b = badan(volume)
        bagian = [
            t for t in b.iter(f"{_W}tbl") if t.find(f"{_W}tr/{_W}trPr/{_W}tblHeader") is not None
        ]
        assert len(bagian) == 1  # one part of the table, with its heading rows
        baris = len(bagian[0].findall(f"{_W}tr")) - 2
        assert baris == (100, 100, 50)[ke]
        for sect in b.iter(f"{_W}sectPr"):  # every page has the header, now without its text
            [acuan] = [
                r for r in sect.findall(f"{_W}headerReference") if r.get(f"{_W}type") == "default"
            ]
            assert acuan.get(f"{{{R}}}id") == "rIdSidikJilid"
            # the first page of the document (in volume 1) has its own header, without number
            assert (sect.find(f"{_W}titlePg") is not None) == (ke == 0)
        with zipfile.ZipFile(volume) as z:
            kaki = z.read(f"word/{jilid.KAKI_JILID}")
        assert b"instrText" not in kaki and b"PAGE" not in kaki and b"<w:jc" in kaki
    assert "PEMERINTAH" in teks(j.bagian[0]) and "PEMERINTAH" not in teks(j.bagian[1])
    assert panjang.config.atasan_ppid.nama in teks(j.bagian[-1])
    assert panjang.config.atasan_ppid.nama not in teks(j.bagian[0])
    # every item, in order, exactly once over the volumes
    semua = "".join(teks(v) for v in j.bagian)
    assert [semua.count(judul) for judul in panjang.judul] == [1] * ITEMS
    assert semua.index(panjang.judul[0]) < semua.index(panjang.judul[-1])
    assert j.kaki.teks(7, 58) == "- 7 -"
    assert (j.kaki.ukuran, j.kaki.rata, j.kaki.atas, j.kaki.tanpa_pertama) == (
        11.0,
        "center",
        True,
        True,
    )


def test_rencana_konversi_daftar_dan_keputusan_berjilid(panjang: Panjang, tmp_path: Path) -> None:
    jenis = (JenisDokumen.LEMBAR_UJI, JenisDokumen.DAFTAR, JenisDokumen.SURAT_KEPUTUSAN)
    lembar, daftar, keputusan = (panjang.docx[j] for j in jenis)
    satuan = rencana_satuan([lembar, daftar, keputusan], tmp_path, 2, bagian_per_jilid=1)
    per_dokumen = {
        s.dokumen[0].jenis: [x for x in satuan if x.dokumen == s.dokumen] for s in satuan
    }
    assert [s.jilid for s in per_dokumen[JenisDokumen.LEMBAR_UJI]] == [None]
    assert len(per_dokumen[JenisDokumen.DAFTAR]) == 3
    assert len(per_dokumen[JenisDokumen.SURAT_KEPUTUSAN]) == 3
    for jenis in (JenisDokumen.DAFTAR, JenisDokumen.SURAT_KEPUTUSAN):
        assert all(s.jilid is not None and s.docx in s.jilid.bagian for s in per_dokumen[jenis])


class RekamanGabung:
    """Which documents the convert stage joins from volumes, from how many, and whether joining
    the same volumes again gives the same bytes. The join runs in a forked process, so the spy
    writes to a file; the real join still runs."""

    def __init__(self, berkas: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.berkas, asli = berkas, tahap_convert.gabung_pdf

        def gabung(j: jilid.Jilid, pdf: list[Path], tujuan: Path, waktu: datetime) -> None:
            asli(j, pdf, tujuan, waktu)
            lagi = tujuan.with_name(f"lagi-{tujuan.name}")
            asli(j, pdf, lagi, waktu)
            sama = lagi.read_bytes() == tujuan.read_bytes()
            lagi.unlink()
            with berkas.open("a") as f:
                f.write(f"{tujuan.stem} {len(pdf)} {sama}\n")

        monkeypatch.setattr(tahap_convert, "gabung_pdf", gabung)

    def __call__(self) -> list[tuple[str, int, bool]]:
        baris = self.berkas.read_text().split("\n") if self.berkas.exists() else []
        return sorted((b.split()[0], int(b.split()[1]), b.split()[2] == "True") for b in baris if b)


def test_yang_muat_satu_jilid_dan_lembar_tidak_dipecah(panjang: Panjang, tmp_path: Path) -> None:
    assert jilid.pecah_docx(panjang.docx[JenisDokumen.DAFTAR].path, tmp_path, 3) is None
    assert jilid.pecah_docx(panjang.docx[JenisDokumen.LEMBAR_UJI].path, tmp_path, 1) is None


@pytest.mark.parametrize(
    ("lama", "baru"),
    [
        (b'<w:sz w:val="22"/>', b'<w:rFonts w:ascii="Times New Roman"/><w:sz w:val="22"/>'),
        (b" PAGE ", b" SECTIONPAGES "),
    ],
    ids=["wajah-lain", "bidang-lain"],
)
def test_kaki_yang_tak_bisa_digambar_ulang_dikonversi_utuh(
    panjang: Panjang, tmp_path: Path, lama: bytes, baru: bytes
) -> None:
    daftar = panjang.docx[JenisDokumen.DAFTAR].path
    with zipfile.ZipFile(daftar) as z:
        kaki = z.read("word/header1.xml")
    assert lama in kaki
    ubahan = tmp_path / "ubahan.docx"
    tulis_paket(daftar, ubahan, {"word/header1.xml": kaki.replace(lama, baru)})
    assert jilid.pecah_docx(daftar, tmp_path / "asli", 1) is not None
    assert jilid.pecah_docx(ubahan, tmp_path / "v", 1) is None


NOMOR_HALAMAN = re.compile(r"(?m)^- \d+ -\r?$")


def garis_kaki(pdf: Path) -> list[tuple[str, float, float]]:
    """Per page: the line that counts pages ("" on the first page, which has none), and where
    its first character sits."""
    dok = pdfium.PdfDocument(pdf)
    hasil = []
    for ke, halaman in enumerate(dok):
        tp = halaman.get_textpage()
        isi = tp.get_text_range()
        baris = NOMOR_HALAMAN.findall(isi)
        if ke == 0:
            assert baris == [], isi[:200]
            hasil.append(("", 0.0, 0.0))
            continue
        assert len(baris) == 1, isi[:200]
        k = NOMOR_HALAMAN.search(isi).start()  # type: ignore[union-attr]
        x, y = ctypes.c_double(), ctypes.c_double()
        pdfium.raw.FPDFText_GetCharOrigin(tp, k, x, y)
        hasil.append((baris[0].strip(), x.value, y.value))
    return hasil


def bernomor(n: int) -> list[str]:
    """The page-number lines of a document of ``n`` pages: none on the first."""
    return ["", *(f"- {i} -" for i in range(2, n + 1))]


def test_jilid_menjadi_satu_pdfa_bernomor_halaman(
    panjang: Panjang, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dok = [panjang.docx[JenisDokumen.DAFTAR], panjang.docx[JenisDokumen.SURAT_KEPUTUSAN]]
    laporan: list[int] = []
    siklus = replace(panjang.siklus, folder_kerja=tmp_path / "kerja")
    digabung = RekamanGabung(tmp_path / "gabung.txt", monkeypatch)
    hasil = convert(dok, siklus, panjang.config, laporan.append, bagian_per_jilid=1)
    utuh = libreoffice.konversi_pdfa([d.path for d in dok], tmp_path / "utuh")
    # joined from 3 volumes each, byte-stable: the same volumes give the same file
    assert digabung() == [("daftar", 3, True), ("keputusan", 3, True)] and laporan[-1] == 2
    for berjilid, sekaligus in zip([d.path for d in hasil], utuh, strict=True):
        kaki, kaki_utuh = garis_kaki(berjilid), garis_kaki(sekaligus)
        n = len(kaki)
        # each volume begins on a new page: at most one more page per volume after the first
        assert len(kaki_utuh) <= n <= len(kaki_utuh) + 2
        assert [k[0] for k in kaki] == bernomor(n)
        # where LibreOffice sets the line: the second page (portrait for the decree), the last
        for a, b in ((kaki[1], kaki_utuh[1]), (kaki[-1], kaki_utuh[-1])):
            assert a[1] == pytest.approx(b[1] - (len(a[0]) - len(b[0])) * 2.5, abs=0.5)
            assert a[2] == pytest.approx(b[2], abs=0.2)
        isi = subprocess.run(
            ["pdftotext", str(berjilid), "-"], capture_output=True, text=True, check=True
        ).stdout
        posisi = [isi.find(judul) for judul in panjang.judul]
        assert [isi.count(judul) for judul in panjang.judul] == [1] * ITEMS
        assert posisi == sorted(posisi)
        with pikepdf.open(berjilid) as pdf:
            meta = pdf.open_metadata()
            assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
            assert "/OutputIntents" in pdf.Root and pdf.check_pdf_syntax() == []


def test_siklus_dengan_daftar_berjilid_ditandatangani_dan_terverifikasi(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jilid, "BAGIAN_PER_JILID", 1)
    digabung = RekamanGabung(tmp_path / "gabung.txt", monkeypatch)
    ruang = salin_ruang_kerja(tmp_path / "ruang")
    buat_pki(ruang)
    wb = "input/banyak.xlsx"
    assert sidik_di(ruang, "-q", "workbook", "sample", wb, "--items", "130").exit_code == 0
    assert sidik_di(ruang, "-q", "run", wb).exit_code == 13
    tinjau = sidik_di(ruang, "-q", "review", "apply", "--all", "dikecualikan", "--note", "uji")
    assert tinjau.exit_code == 0, tinjau.output
    akhir = sidik_di(ruang, "-q", "run", wb)
    assert akhir.exit_code == 0, akhir.output
    # 130 items: two parts of the table, so two volumes each
    assert digabung() == [("daftar", 2, True), ("keputusan", 2, True)]
    [daftar] = (ruang / "output/arsip").glob("*/*/*/*/*daftar*.pdf")
    periksa = sidik_di(ruang, "verify", str(daftar))
    assert periksa.exit_code == 0, periksa.output
    pdfsig = subprocess.run(["pdfsig", str(daftar)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in pdfsig
    kaki = [k[0] for k in garis_kaki(daftar)]
    assert len(kaki) >= 2
    assert kaki == bernomor(len(kaki))
    for halaman in pdfium.PdfDocument(daftar):  # the paraf is on every page of the whole
        assert "Paraf" in halaman.get_textpage().get_text_range()
