"""Paraf: per-page initials and the hierarchy beside the signer's name, typeset or from PNG."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from pipeline.config import Config, Paraf
from pipeline.errors import InputInvalid
from pipeline.model import Dokumen, JenisDokumen
from pipeline.stages.paraf import bubuhkan_paraf, marka, pejabat_hierarki
from tests.bantu.pki import pdf_surat


def _hierarki(config: Config, *peran: str, gambar: dict[str, Path] | None = None) -> Config:
    paraf = Paraf(tuple(peran), tuple((gambar or {}).items()))
    return replace(config, paraf=paraf)


def test_hierarki_sesuai_konfigurasi(config: Config) -> None:
    c = _hierarki(config, "ppid_pelaksana", "tim_pertimbangan.1", "operator")
    dok = Dokumen(JenisDokumen.LEMBAR_UJI, "l", Path("x.pdf"), 2, "DAFDUK")
    assert [p.nama for p in pejabat_hierarki(c, dok)] == [
        "Dewi Contoh, S.Sos.",
        "Maya Contoh, S.H.",
        "Rudi Contoh, A.Md.",
    ]


def test_paraf_setiap_halaman_dan_hierarki_di_halaman_terakhir(
    config: Config, tmp_path: Path
) -> None:
    c = _hierarki(config, "ppid_pelaksana", "tim_pertimbangan.1", "tim_pertimbangan.2")
    dok = Dokumen(JenisDokumen.DAFTAR, "d", pdf_surat(tmp_path / "a.pdf"), None, "SEKRE")
    hierarki = [(p.jabatan, marka(p, c)) for p in pejabat_hierarki(c, dok)]
    tujuan = tmp_path / "paraf.pdf"
    bubuhkan_paraf(dok.path, tujuan, c.ppid_pelaksana, None, hierarki, c.atasan_ppid)
    halaman = PdfReader(tujuan).pages
    assert "AT" in halaman[0].extract_text() and "MC" not in halaman[0].extract_text()
    terakhir = halaman[-1].extract_text()
    for teks in ("1. Sekretaris selaku PPID Pelaksana", "MC", "YC"):
        assert teks in terakhir
    fonts = subprocess.run(["pdffonts", str(tujuan)], capture_output=True, text=True).stdout
    assert all(" yes " in b for b in fonts.splitlines()[2:])
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(tujuan), str(tmp_path / "h")],
        check=True,
    )
    assert (tmp_path / "h-2.png").stat().st_size > 3000


def _pohon_bertingkat(sumber: Path, tujuan: Path) -> Path:
    """``sumber`` with its pages under two levels of /Pages nodes (2 + the rest) and the
    first page's resources moved up to its parent node, to be inherited."""
    import pikepdf

    with pikepdf.open(sumber) as pdf:
        akar = pdf.Root.Pages
        halaman = [h.obj for h in pdf.pages]
        simpul = []
        for bagian in (halaman[:2], halaman[2:]):
            node = pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Pages, Kids=pikepdf.Array(bagian), Count=len(bagian)
                )
            )
            for h in bagian:
                h.Parent = node
            simpul.append(node)
        simpul[0].Resources = halaman[0].Resources
        del halaman[0].Resources
        akar.Kids = pikepdf.Array(simpul)
        for node in simpul:
            node.Parent = akar
        pdf.save(tujuan)
    return tujuan


def test_halaman_dicari_sekali_jalan_sama_dengan_pyhanko(tmp_path: Path) -> None:
    # pyhanko walks the page tree from the root for every page (quadratic: 14 s for a DIK of
    # 1,150 pages); sidik lists the pages once. Same page and same (inherited) resources for
    # every index, in a tree of several levels.
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    from pipeline.pdfa import PenulisRevisi

    pdf = _pohon_bertingkat(pdf_surat(tmp_path / "a.pdf", halaman=5), tmp_path / "b.pdf")
    with pdf.open("rb") as f1, pdf.open("rb") as f2:
        pyhanko, sidik = IncrementalPdfFileWriter(f1), PenulisRevisi(f2)
        for i in [*range(5), -1]:
            ref_p, res_p = pyhanko.find_page_for_modification(i)
            ref_s, res_s = sidik.find_page_for_modification(i)
            assert ref_p.reference == ref_s.reference
            assert res_p == res_s
        for penulis in (pyhanko, sidik):
            with pytest.raises(PdfError, match="out of range"):
                penulis.find_page_for_modification(5)


def test_paraf_di_setiap_halaman_pohon_bertingkat(config: Config, tmp_path: Path) -> None:
    pdf = _pohon_bertingkat(pdf_surat(tmp_path / "a.pdf", halaman=5), tmp_path / "b.pdf")
    tujuan = tmp_path / "paraf.pdf"
    bubuhkan_paraf(pdf, tujuan, config.ppid_pelaksana)
    halaman = PdfReader(tujuan).pages
    assert len(halaman) == 5
    for h in halaman:
        teks = h.extract_text()
        assert "Paraf" in teks and "AT" in teks and "Surat uji" in teks


def test_paraf_dari_png_transparan(config: Config, tmp_path: Path) -> None:
    png = tmp_path / "paraf-at.png"
    gambar = Image.new("RGBA", (120, 60), (0, 0, 0, 0))
    for x in range(10, 110):
        gambar.putpixel((x, 30 + (x % 20) - 10), (20, 20, 160, 255))
    gambar.save(png)
    c = _hierarki(config, "ppid_pelaksana", gambar={config.ppid_pelaksana.nip: png})
    tujuan = tmp_path / "paraf.pdf"
    bubuhkan_paraf(
        pdf_surat(tmp_path / "a.pdf"), tujuan, c.ppid_pelaksana, marka(c.ppid_pelaksana, c)
    )
    data = tujuan.read_bytes()
    assert b"/SMask" in data and b"/Image" in data
    assert "AT" not in PdfReader(tujuan).pages[0].extract_text()


def test_gambar_paraf_hilang_ditolak(config: Config, tmp_path: Path) -> None:
    c = _hierarki(config, gambar={config.ppid_pelaksana.nip: tmp_path / "tidak-ada.png"})
    with pytest.raises(InputInvalid) as e:
        marka(c.ppid_pelaksana, c)
    assert e.value.message_id == "paraf.gambar_tidak_ada"


def test_jabatan_panjang_di_tabel_paraf_dibungkus_tidak_dipotong(
    config: Config, tmp_path: Path
) -> None:
    # "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan" was cut to "Kepala Bidang
    # Pengelolaan Inform…": the title names who initialled, so it wraps and the row grows.
    c = _hierarki(config, "ppid_pelaksana", "tim_pertimbangan.2")
    dok = Dokumen(JenisDokumen.DAFTAR, "d", pdf_surat(tmp_path / "a.pdf"), None, "SEKRE")
    hierarki = [(p.jabatan, marka(p, c)) for p in pejabat_hierarki(c, dok)]
    tujuan = tmp_path / "paraf.pdf"
    bubuhkan_paraf(dok.path, tujuan, c.ppid_pelaksana, None, hierarki, c.atasan_ppid)
    terakhir = " ".join(PdfReader(tujuan).pages[-1].extract_text().split())
    assert "\u2026" not in terakhir
    assert "2. Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan" in terakhir
    assert "1. Sekretaris selaku PPID Pelaksana" in terakhir
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-l", "1", str(tujuan), str(tmp_path / "h")], check=True
    )
