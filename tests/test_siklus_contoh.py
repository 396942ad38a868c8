"""The README's sample cycle, end to end with the real tools, checked like an auditor would.

One real run (session fixture) of ``sidik run input/informasi.xlsx`` in a subprocess; the tests
read what it produced and never change it (tampering happens on copies).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from pipeline.external import pdfsig
from pipeline.hashing import sha256_berkas
from tests.bantu.cli import jalankan_sidik
from tests.bantu.pdf import pdftotext
from tests.bantu.ruang import RAPAT_CONTOH, SiklusContoh, buat_pki, salin_ruang_kerja

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

DUA_KALI = "Unknown issue with Certificate or corrupted data."


def teks_pdf(pdf: Path) -> str:
    return pdftotext(pdf, "-raw")


def test_satu_lembar_uji_per_item_dan_satu_daftar(siklus_contoh: SiklusContoh) -> None:
    nama = [p.name for p in siklus_contoh.pdf]
    # and the Berita Acara of the Tim's one meeting (Friday 27 November)
    assert nama == ["berita-acara-20261127.pdf", "daftar.pdf", "keputusan.pdf"] + [
        f"lembar-{i:04d}.pdf" for i in range(1, 13)
    ]
    assert "15 dokumen ditandatangani dan diarsipkan" in siklus_contoh.run.stdout


def test_arsip_bertanggal_dengan_manifest_yang_cocok(siklus_contoh: SiklusContoh) -> None:
    arsip = siklus_contoh.arsip
    assert re.fullmatch(
        r"\d{4}/\d{2}/\d{2}/dik-\d{8}-\d+",
        str(arsip.relative_to(siklus_contoh.ruang / "output" / "arsip")),
    )
    manifest = json.loads((arsip / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pades"] == "B-B"
    assert manifest["penanda_tangan"]["nip"] == "000000000000000000"
    assert manifest["alat"]["libreoffice"].startswith("LibreOffice")
    assert manifest["alat"]["pyhanko"]
    for entri in manifest["berkas"]:
        assert sha256_berkas(arsip / entri["nama"]) == entri["sha256"]
    assert sha256_berkas(arsip / manifest["sumber"]["nama"]) == manifest["sumber"]["sha256"]
    # the Tim Pertimbangan's review workbook is filed as received, byte for byte
    [tinjauan] = manifest["lampiran"]
    assert tinjauan["nama"].startswith("sumber/tinjauan/") and tinjauan["nama"].endswith(
        "review.xlsx"
    )
    assert tinjauan["sha256"] == sha256_berkas(siklus_contoh.ruang / "input/review.xlsx")
    assert sha256_berkas(arsip / tinjauan["nama"]) == tinjauan["sha256"]
    assert [t["keputusan"] for t in manifest["tinjauan"]] == ["dikecualikan"] * 12
    tanggal = arsip.relative_to(arsip.parents[3]).parts[:3]
    assert manifest["berkas"][0]["waktu_ttd"].startswith("-".join(tanggal))


def test_berkas_arsip_hanya_baca(siklus_contoh: SiklusContoh) -> None:
    for f in siklus_contoh.arsip.rglob("*"):
        if f.is_file():
            assert f.stat().st_mode & 0o222 == 0, f


def test_verify_menyatakan_semua_valid(siklus_contoh: SiklusContoh) -> None:
    hasil = jalankan_sidik(siklus_contoh.ruang, "verify", "output/arsip")
    assert hasil.returncode == 0, hasil.stderr
    berkas = [b for b in hasil.stdout.splitlines() if b.startswith("output/arsip/")]
    assert len(berkas) == 15 and all("  VALID  " in b for b in berkas)  # the column
    # under each, every signature, each VALID: a Lembar's paraf, its PPID Pelaksana's, both Tim
    # members' and the Atasan PPID's; the Berita Acara's paraf, both PPID Pelaksana's, both
    # members' and the Atasan PPID's; the DIK's and the SK's paraf and Atasan
    rinci = [b for b in hasil.stdout.splitlines() if b.startswith("  ")]
    assert len(rinci) == 12 * 5 + 6 + 2 * 2 and all("  VALID  " in b for b in rinci)
    assert "Valid: 15 dari 15 berkas." in hasil.stdout


@pytest.mark.pdfsig
def test_pdfsig_setuju_tanda_tangan_sah_dan_tepercaya(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # every file: the paraf signed by the PPID Pelaksana who checked it, then the Atasan PPID;
    # a Lembar and the Berita Acara also their participants' (pdfsig lists the fields in the
    # form's order: the participants' cells, made before the paraf's signature, first)
    nssdb = pdfsig.buat_nssdb(tmp_path / "nss", [siklus_contoh.ruang / "certs/dev/root-ca.pem"])
    paraf = set()
    for pdf in siklus_contoh.pdf:
        pendapat = [p for p in pdfsig.periksa(pdf, nssdb) if p.penanda_tangan]
        assert {p.tipe for p in pendapat} == {"ETSI.CAdES.detached"}
        assert all(p.tanda_tangan == "Signature is Valid." for p in pendapat), (pdf, pendapat)
        dilihat: set[str] = set()
        for p in pendapat:  # pdfsig 22.12 may not judge one certificate twice in a file
            assert p.sah or (p.penanda_tangan in dilihat and p.sertifikat == DUA_KALI), p
            dilihat.add(p.penanda_tangan)
        nama = [p.penanda_tangan for p in pendapat]
        assert nama[-1] == "Dr. Siti Teladan, M.Si."
        if pdf.name.startswith("lembar-"):
            assert nama[1:3] == ["Maya Contoh, S.H.", "Yusuf Contoh, S.Kom."], pdf
            assert nama[0] == nama[3], pdf  # the PPID Pelaksana's cell and their paraf
        elif pdf.name.startswith("berita-acara-"):
            ppid, tim = ["Andi Teladan, S.E.", "Dewi Contoh, S.Sos."], nama[2:4]
            assert nama[:2] == ppid and tim == ["Maya Contoh, S.H.", "Yusuf Contoh, S.Kom."]
            assert nama[4] == ppid[0], pdf  # the paraf of the general PPID Pelaksana
        else:
            assert len(nama) == 2, pdf
        paraf.add(nama[-2])
    assert paraf == {"Andi Teladan, S.E.", "Dewi Contoh, S.Sos."}  # DAFDUK has its own PPID


def test_verify_melaporkan_ttd_paraf_dan_atasan(siklus_contoh: SiklusContoh) -> None:
    hasil = jalankan_sidik(siklus_contoh.ruang, "verify", "output/arsip", "--json")
    assert hasil.returncode == 0, hasil.stderr
    data = json.loads(hasil.stdout)
    assert len(data["berkas"]) == 15  # 12 Lembar, the DIK, the SK, the meeting's Berita Acara
    for berkas in data["berkas"]:
        ttd = [(t["peran"], t["putusan"]) for t in berkas["tanda_tangan"]]
        peserta = ["ppid_pelaksana", "tim_pertimbangan", "tim_pertimbangan"]
        nama = berkas["berkas"].rpartition("/")[2]
        if nama.startswith("lembar-"):
            peran = ["paraf", *peserta, "atasan_ppid"]
        elif nama.startswith("berita-acara-"):  # both PPID Pelaksana, those present
            peran = ["paraf", "ppid_pelaksana", *peserta, "atasan_ppid"]
        else:
            peran = ["paraf", "atasan_ppid"]
        assert ttd == [(p, "VALID") for p in peran], berkas
        assert berkas["tanda_tangan"][0]["penanda_tangan"] in (
            "Andi Teladan, S.E.",
            "Dewi Contoh, S.Sos.",
        )


def _balik_satu_byte_dalam_stream(pdf: Path) -> None:
    data = bytearray(pdf.read_bytes())
    awal = data.index(b"stream", data.index(b"/Length")) + 20
    data[awal] ^= 0x01
    pdf.chmod(0o644)
    pdf.write_bytes(bytes(data))


@pytest.mark.pdfsig
def test_satu_byte_diubah_terdeteksi_sidik_dan_pdfsig(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    salinan = tmp_path / "daftar.pdf"
    shutil.copy2(siklus_contoh.arsip / "daftar.pdf", salinan)
    _balik_satu_byte_dalam_stream(salinan)
    hasil = jalankan_sidik(siklus_contoh.ruang, "verify", str(salinan))
    assert hasil.returncode == 7
    assert "INVALID" in hasil.stdout
    assert "digest tidak cocok" in hasil.stdout
    assert "Galat: 1 dari 1 berkas tidak VALID." in hasil.stderr
    nssdb = pdfsig.buat_nssdb(tmp_path / "nss", [siklus_contoh.ruang / "certs/dev/root-ca.pem"])
    pendapat = pdfsig.periksa(salinan, nssdb)  # the byte is under the paraf's and the Atasan's
    assert [p.tanda_tangan for p in pendapat] == ["Digest Mismatch."] * 2


def test_berkas_di_arsip_diubah_ditolak_manifest(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    salinan = tmp_path / "arsip"
    shutil.copytree(siklus_contoh.arsip, salinan)
    lembar = salinan / "lembar-0001.pdf"
    lembar.chmod(0o644)
    with lembar.open("ab") as f:
        f.write(b"\n% ditambahkan setelah ditandatangani\n")
    hasil = jalankan_sidik(siklus_contoh.ruang, "verify", str(salinan))
    assert hasil.returncode == 7
    baris = [b for b in hasil.stdout.splitlines() if "lembar-0001.pdf" in b][0]
    assert "INVALID" in baris and "manifest.json" in baris


def test_isi_daftar_lengkap(siklus_contoh: SiklusContoh) -> None:
    teks = " ".join(teks_pdf(siklus_contoh.arsip / "daftar.pdf").split())
    assert "DAFTAR INFORMASI PUBLIK YANG DIKECUALIKAN" in teks
    for judul in (
        "Data biometrik penduduk",
        "Register akta pencatatan sipil",
        "Hak akses dan kata sandi SIAK",
    ):
        assert judul in teks
    assert "Pasal 17 huruf h angka 1" in teks
    assert "5 (lima) tahun" in teks
    assert "Dr. Siti Teladan, M.Si." in teks and "NIP. 000000000000000000" in teks
    assert "{{" not in teks and "{%" not in teks and "None" not in teks


def test_lembar_uji_membuka_dengan_tanggal_terbilang(siklus_contoh: SiklusContoh) -> None:
    teks = " ".join(teks_pdf(siklus_contoh.arsip / "lembar-0001.pdf").split())
    assert re.search(r"Pada hari ini, \w+ tanggal [a-z ]+ bulan \w+ tahun dua ribu [a-z ]+,", teks)
    assert "LEMBAR PENGUJIAN KONSEKUENSI" in teks
    assert "Data pribadi penduduk dalam SIAK" in teks


def test_lembar_bertanggal_rapat_tim_sk_dan_dik_bertanggal_tanda_tangan(
    siklus_contoh: SiklusContoh,
) -> None:
    # The Tim met on Friday 27 November (review apply --tanggal), whatever day the suite runs;
    # the DIK and the decree carry the cycle's date, the day the Atasan PPID signs.
    for pdf in siklus_contoh.arsip.glob("lembar-*.pdf"):
        teks = " ".join(teks_pdf(pdf).split())
        assert (
            "Pada hari ini, Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh "
            "enam, " in teks
        ), pdf.name
        assert "Sungai Raya, 27 November 2026" in teks, pdf.name
    keputusan = " ".join(teks_pdf(siklus_contoh.arsip / "keputusan.pdf").split())
    assert "pada tanggal 3 Desember 2026" in keputusan
    daftar = " ".join(teks_pdf(siklus_contoh.arsip / "daftar.pdf").split())
    assert "Sungai Raya, 3 Desember 2026" in daftar and "27 November 2026" not in daftar
    # no stamp says an earlier day than its document
    manifest = json.loads((siklus_contoh.arsip / "manifest.json").read_text(encoding="utf-8"))
    for entri in manifest["berkas"]:
        assert entri["waktu_ttd"][:10] >= "2026-12-03", entri


def test_paraf_pada_setiap_halaman_sebagai_isi_halaman(siklus_contoh: SiklusContoh) -> None:
    for pdf in siklus_contoh.pdf:
        pembaca = PdfReader(pdf)
        for halaman in pembaca.pages:
            teks = halaman.extract_text()
            assert "Paraf" in teks and re.search(r"\b(AT|DC)\b", teks), pdf
            # the only annotation is the signature widget, on the signed page
            for annot in halaman.get("/Annots", []) or []:
                assert annot.get_object()["/FT"] == "/Sig"


def test_paraf_pemeriksa_sesuai_unit(siklus_contoh: SiklusContoh) -> None:
    # item 2 (biometrik) belongs to DAFDUK, whose PPID Pelaksana initials "DC"
    assert "DC" in PdfReader(siklus_contoh.arsip / "lembar-0002.pdf").pages[0].extract_text()
    assert "AT" in PdfReader(siklus_contoh.arsip / "daftar.pdf").pages[0].extract_text()


def test_semua_font_tertanam_dan_pdfa(siklus_contoh: SiklusContoh) -> None:
    for pdf in (siklus_contoh.arsip / "daftar.pdf", siklus_contoh.arsip / "lembar-0001.pdf"):
        fonts = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert fonts and all(" yes " in f for f in fonts), fonts
        assert b"<pdfaid:part>2</pdfaid:part>" in pdf.read_bytes()


def test_tanda_tangan_tampak_di_atas_nama_penanda_tangan(siklus_contoh: SiklusContoh) -> None:
    pembaca = PdfReader(siklus_contoh.arsip / "daftar.pdf")
    terakhir = pembaca.pages[-1]
    [widget] = [a.get_object() for a in terakhir["/Annots"]]
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    assert x2 - x1 > 200 and y2 - y1 > 60
    posisi: list[float] = []
    terakhir.extract_text(
        visitor_text=lambda t, cm, tm, *_: (
            posisi.append(tm[5] * cm[3] + cm[5]) if "Siti Teladan" in t else None
        )
    )
    assert posisi and min(posisi) < y1 < min(posisi) + 30


def test_halaman_dapat_dirender(siklus_contoh: SiklusContoh, tmp_path: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "40",
            "-l",
            "1",
            str(siklus_contoh.arsip / "daftar.pdf"),
            str(tmp_path / "h"),
        ],
        check=True,
    )
    [png] = list(tmp_path.glob("h-*.png"))
    assert png.stat().st_size > 5_000


def test_menjalankan_ulang_tidak_menggandakan_atau_menimpa(siklus_contoh: SiklusContoh) -> None:
    sebelum = {
        p: sha256_berkas(p)
        for p in (siklus_contoh.ruang / "output/arsip").rglob("*")
        if p.is_file()
    }
    hasil = jalankan_sidik(siklus_contoh.ruang, "run", "input/informasi.xlsx")
    assert hasil.returncode == 0, hasil.stderr
    assert "sudah diarsipkan" in hasil.stdout
    sesudah = {
        p: sha256_berkas(p)
        for p in (siklus_contoh.ruang / "output/arsip").rglob("*")
        if p.is_file()
    }
    assert sesudah == sebelum


def test_kode_qr_terbaca_dari_halaman_dan_membawa_sha256_dokumen_yang_ditandatangani(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # Looked at as a citizen's phone would: the signed page rendered to an image, the QR code
    # read by an independent decoder (zxing-cpp); its URL carries the SHA-256 of the prefix of
    # the signed file that the signature covers first (the initialled document).
    import zxingcpp  # installed with the test extras
    from PIL import Image

    for pdf in [siklus_contoh.arsip / "daftar.pdf", siklus_contoh.arsip / "lembar-0003.pdf"]:
        halaman = len(PdfReader(pdf).pages)
        png = tmp_path / pdf.stem
        subprocess.run(
            ["pdftoppm", "-r", "150", "-png", "-singlefile", "-f", str(halaman), "-l", str(halaman)]
            + [str(pdf), str(png)],
            check=True,
        )
        [kode] = zxingcpp.read_barcodes(Image.open(png.with_suffix(".png")))
        awal, _, sha = kode.text.partition("?sha256=")
        assert awal == "https://ppid.contoh.go.id/verifikasi", kode.text
        # what the Atasan PPID signed: a Lembar as its participants signed it
        [siap] = siklus_contoh.ruang.glob(f"output/kerja/*/paraf/{pdf.name}")
        peserta = siap.parent.parent / "peserta" / pdf.name
        siap = peserta if peserta.exists() else siap
        assert pdf.read_bytes().startswith(siap.read_bytes())
        assert sha == sha256_berkas(siap)


def test_metadata_info_dan_xmp_setara_seperti_diminta_pdfa(siklus_contoh: SiklusContoh) -> None:
    # PDF/A-2 (ISO 19005-2, 6.6.2.3.1): each entry of the information dictionary has an
    # equivalent XMP property; pyhanko's revisions (paraf, signature) must keep it so.
    manifest = json.loads((siklus_contoh.arsip / "manifest.json").read_text())
    tanggal = date.fromisoformat(manifest["tanggal_siklus"])
    for pdf in siklus_contoh.pdf:
        pembaca = PdfReader(pdf)
        xmp = pembaca.xmp_metadata
        assert xmp is not None and xmp.pdfaid_part == "2" and xmp.pdfaid_conformance == "B"
        info = pembaca.metadata
        assert info["/Producer"] == xmp.pdf_producer, pdf.name
        assert info["/Title"] == xmp.dc_title["x-default"], pdf.name
        assert info["/Creator"] == xmp.xmp_creator_tool, pdf.name
        assert "/ModDate" not in info or xmp.xmp_modify_date is not None
        # dated the cycle's date (00:00 WIB), not the time LibreOffice ran (see the test below)
        assert info["/CreationDate"] == f"D:{tanggal:%Y%m%d}000000+07'00'", pdf.name
        assert xmp.xmp_create_date == datetime(
            tanggal.year, tanggal.month, tanggal.day
        ) - timedelta(hours=7), pdf.name


def _sebelum_ttd_pertama(pdf: bytes) -> bytes:
    """The revisions before the first signature's (up to the end of the file it signed)."""
    akhir = pdf.rindex(b"%%EOF", 0, pdf.index(b"/ByteRange")) + len(b"%%EOF")
    return pdf[: akhir + 1 if pdf[akhir : akhir + 1] == b"\n" else akhir]


def test_siklus_yang_sama_dijalankan_lagi_memberi_byte_yang_sama_kecuali_tanda_tangan(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # The same workbook, review and date in a fresh workspace, at a later time: LibreOffice
    # stamps each conversion with its time (information dictionary, XMP, ICC profile) and
    # pyhanko each revision, so without care every file would differ. Everything up to the
    # first signature (the PPID Pelaksana's over the paraf) must be the same bytes; each
    # signature adds its own time.
    tanggal = json.loads((siklus_contoh.arsip / "manifest.json").read_text())["tanggal_siklus"]
    ruang = salin_ruang_kerja(tmp_path / "lagi")
    buat_pki(ruang)
    # the sample's dates are in the past by now: said on purpose
    paksa = ("--tanggal", tanggal, "--paksa-tanggal")
    pertama = jalankan_sidik(ruang, "run", "input/informasi.xlsx", *paksa)
    assert pertama.returncode == 13, pertama.stderr
    tinjau = jalankan_sidik(ruang, "review", "apply", "input/review.xlsx", *RAPAT_CONTOH)
    assert tinjau.returncode == 0, tinjau.stderr
    hasil = jalankan_sidik(ruang, "run", "input/informasi.xlsx", *paksa)
    assert hasil.returncode == 0, hasil.stderr

    [paraf] = siklus_contoh.ruang.glob("output/kerja/*/paraf")
    [paraf_lagi] = ruang.glob("output/kerja/*/paraf")
    nama = sorted(p.name for p in paraf.glob("*.pdf"))
    assert (
        nama
        == sorted(p.name for p in paraf_lagi.glob("*.pdf"))
        == [p.name for p in siklus_contoh.pdf]
    )
    [arsip_lagi] = ruang.glob("output/arsip/*/*/*/*")
    for n in nama:
        siap = (paraf_lagi / n).read_bytes()
        assert _sebelum_ttd_pertama(siap) == _sebelum_ttd_pertama((paraf / n).read_bytes()), n
        ditandatangani = (arsip_lagi / n).read_bytes()
        assert ditandatangani.startswith(siap) and len(ditandatangani) > len(siap), n
