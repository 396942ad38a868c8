"""Files that are not a usable .xlsx: each gets one clear line, exit 3, no traceback, no output.

The files are built here byte by byte: an OLE2 container (old .xls, or an encrypted workbook
with its ``EncryptedPackage`` stream), a renamed CSV, a truncated or damaged zip, a zip bomb,
and a workbook of 100,000 rows, which must be refused in bounded memory.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.errors import ExitCode
from pipeline.workbook import periksa
from pipeline.workbook.contoh import tulis_contoh
from pipeline.workbook.kontrak import KOLOM, MAKS_BARIS, MAKS_UKURAN_TERURAI
from tests.bantu.buku_kerja import baris_sah, buku, ganti_xml
from tests.bantu.cli import sidik_di as sidik

RUSAK = "bukan berkas Excel .xlsx yang sah: isinya rusak atau terpotong"
_AKHIR, _BEBAS, _FAT, _TANPA = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def ole2(aliran: list[str]) -> bytes:
    """A minimal compound file (CFB v3): header, one FAT sector, one directory sector."""
    difat = struct.pack("<I", 0) + struct.pack("<I", _BEBAS) * 108
    kepala = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH6x", 0x3E, 3, 0xFFFE, 9, 6)
        + struct.pack("<9I", 0, 1, 1, 0, 0x1000, _AKHIR, 0, _AKHIR, 0)
        + difat
    )
    fat = struct.pack("<II", _FAT, _AKHIR) + struct.pack("<I", _BEBAS) * 126
    entri = [_entri("Root Entry", 5, anak=1 if aliran else _TANPA)]
    for i, nama in enumerate(aliran, start=1):
        entri.append(_entri(nama, 2, kanan=i + 1 if i < len(aliran) else _TANPA))
    direktori = b"".join(entri).ljust(512, b"\x00")
    return kepala + fat + direktori


def _entri(nama: str, jenis: int, anak: int = _TANPA, kanan: int = _TANPA) -> bytes:
    teks = (nama + "\x00").encode("utf-16-le")
    return (
        teks.ljust(64, b"\x00")
        + struct.pack("<HBBIII", len(teks), jenis, 1, _TANPA, kanan, anak)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", _AKHIR, 0)
    )


def test_ole2_kecil_sah() -> None:
    data = ole2(["EncryptionInfo", "EncryptedPackage"])
    assert (
        len(data) == 512 * 3
        and data[76:80] == bytes(4)
        and data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    )


def periksa_satu(path: Path, config: Config) -> str:
    [m] = periksa(path, config).masalah
    assert (m.berkas, m.lembar, m.baris, m.kolom) == (str(path), None, None, None)
    return m.pesan()


def test_xls_lama(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "lama.xlsx"
    path.write_bytes(ole2(["Workbook", "\x05SummaryInformation"]))
    assert periksa_satu(path, config) == (
        "berkas Excel 97-2003 (.xls) tidak didukung; buka di Excel atau LibreOffice lalu "
        "simpan sebagai 'Excel Workbook (.xlsx)'"
    )


def test_buku_kerja_bersandi(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "sandi.xlsx"
    path.write_bytes(ole2(["EncryptionInfo", "EncryptedPackage"]))
    assert periksa_satu(path, config).startswith(
        "buku kerja dilindungi sandi (terenkripsi) sehingga tidak dapat dibaca"
    )


def test_csv_diganti_nama(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "data.xlsx"
    path.write_text('No,Judul Informasi\n1,"Data, penduduk"\n', encoding="utf-8")
    assert periksa_satu(path, config).startswith("berkas ini berisi teks biasa (mungkin CSV")


def test_berkas_kosong(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(b"")
    assert periksa_satu(path, config).startswith(RUSAK + " (0 byte)")


def test_biner_tak_dikenal(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "foto.xlsx"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    assert periksa_satu(path, config).startswith("bukan berkas Excel .xlsx yang sah (ff d8 ff e0)")


def test_zip_bukan_buku_kerja(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "dokumen.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert periksa_satu(path, config).startswith(
        "bukan berkas Excel .xlsx yang sah (berkas zip tanpa bagian xl/workbook.xml)"
    )


def test_terpotong(tmp_path: Path, config: Config) -> None:
    tulis_contoh(tmp_path / "utuh.xlsx")
    data = (tmp_path / "utuh.xlsx").read_bytes()
    (tmp_path / "potong.xlsx").write_bytes(data[: len(data) // 2])
    assert periksa_satu(tmp_path / "potong.xlsx", config).startswith(RUSAK + " (BadZipFile")


def test_isi_rusak_crc(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "crc.xlsx", [baris_sah()])
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    awal = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[awal + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert periksa_satu(path, config).startswith(RUSAK)


def test_xml_rusak_di_dalam_zip(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "xml.xlsx", [baris_sah()])
    with zipfile.ZipFile(path) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    isi["xl/worksheets/sheet1.xml"] = isi["xl/worksheets/sheet1.xml"][:-40]
    with zipfile.ZipFile(path, "w") as z:
        for nama, data in isi.items():
            z.writestr(nama, data)
    assert periksa_satu(path, config).startswith(RUSAK + " (ParseError")


def test_bom_zip(tmp_path: Path, config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bom.xlsx"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z,
        z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f,
    ):
        nol = bytes(1024 * 1024)
        for _ in range(MAKS_UKURAN_TERURAI // len(nol) + 1):
            f.write(nol)
    assert path.stat().st_size < 1024 * 1024

    # refused from the sizes the package declares: no member is ever opened, let alone inflated
    def dibuka(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member of the bomb was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", dibuka)
    assert periksa_satu(path, config) == (
        "berkas terlalu besar setelah diurai (101 MB; paling banyak 100 MB) dan tidak dibaca; "
        "periksa asal berkas ini"
    )


def tulis_baris_banyak(path: Path, jumlah: int) -> Path:
    """An .xlsx of ``jumlah`` item rows, streamed as XML (openpyxl would take minutes)."""
    buku(path, [baris_sah()])
    with zipfile.ZipFile(path) as z:
        isi = {n: z.read(n) for n in z.namelist()}
    lembar = isi.pop("xl/worksheets/sheet1.xml").decode()
    kepala, ekor = lembar.split("<sheetData>")[0], lembar.split("</sheetData>")[1]
    kepala = kepala.replace('<dimension ref="A1:K2"/>', "")
    judul = "".join(_sel(1, i, k.judul) for i, k in enumerate(KOLOM))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, data in isi.items():
            z.writestr(nama, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'{kepala}<sheetData><row r="1">{judul}</row>'.encode())
            for r in range(2, jumlah + 2):
                nilai = baris_sah(no=r - 1, judul=f"Informasi nomor {r}", jangka_waktu=5)
                sel = "".join(_sel(r, i, v) for i, v in enumerate(nilai) if v is not None)
                f.write(f'<row r="{r}">{sel}</row>'.encode())
            f.write(f"</sheetData>{ekor}".encode())
    return path


def _sel(r: int, i: int, v: object) -> str:
    ref = f"{'ABCDEFGHIJK'[i]}{r}"
    if isinstance(v, int):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'


_UKUR = """
import json, resource, sys, time
from pathlib import Path
from pipeline.config import muat
from pipeline.workbook import periksa
mulai = time.monotonic()
hasil = periksa(Path(sys.argv[1]), muat(Path(sys.argv[2])))
detik = time.monotonic() - mulai
# this process's own peak (VmHWM): ru_maxrss would keep the peak of the pytest process it was
# forked from, which grows with the tests that ran before it
hwm = [b for b in Path("/proc/self/status").read_text().splitlines() if b.startswith("VmHWM")]
maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
mb = int(hwm[0].split()[1]) / 1024 if hwm else maxrss / 1024
masalah = [(m.baris, m.message_id) for m in hasil.masalah]
print(json.dumps({"items": len(hasil.items), "masalah": masalah, "detik": detik, "mb": mb}))
"""


@pytest.mark.slow
def test_seratus_ribu_baris_dalam_waktu_dan_memori_terbatas(
    tmp_path: Path, ruang_kerja: Path
) -> None:
    path = tulis_baris_banyak(tmp_path / "besar.xlsx", 100_000)
    ukur = subprocess.run(
        [sys.executable, "-c", _UKUR, str(path), str(ruang_kerja / "sidik.toml")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    hasil = json.loads(ukur.stdout)
    print(f"100.000 baris: {hasil['detik']:.1f} s, puncak memori {hasil['mb']:.0f} MB")  # -s
    assert hasil["items"] == MAKS_BARIS
    assert hasil["masalah"] == [[MAKS_BARIS + 2, "workbook.terlalu_banyak_baris"]]
    assert hasil["mb"] < 400  # bounded memory; the time it takes is bench's business


@pytest.mark.parametrize(
    "nama, isi",
    [
        ("lama.xlsx", ole2(["Workbook"])),
        ("sandi.xlsx", ole2(["EncryptionInfo", "EncryptedPackage"])),
        ("data.xlsx", b"No;Judul\n1;x\n"),
        ("potong.xlsx", b"PK\x03\x04\x14\x00\x00\x00"),
    ],
)
def test_cli_satu_baris_kode_3_tanpa_jejak(ruang_kerja: Path, nama: str, isi: bytes) -> None:
    (ruang_kerja / "input" / nama).write_bytes(isi)
    for perintah in ("validate", "render", "run"):
        hasil = sidik(ruang_kerja, perintah, f"input/{nama}")
        assert hasil.exit_code == ExitCode.INPUT_INVALID, (perintah, hasil.output)
        keluaran = hasil.stdout + hasil.stderr
        assert "Traceback" not in keluaran
        assert not (ruang_kerja / "output").exists()
    hasil = sidik(ruang_kerja, "validate", f"input/{nama}", env={"COLUMNS": "300"})
    [judul, garis, baris] = hasil.stdout.splitlines()
    assert judul.split() == ["Sel", "Kolom", "Jenis", "Masalah"]
    assert baris.split()[0] == "galat"  # the whole file: no cell
    assert hasil.stderr == (
        f"Galat: input/{nama}: 1 masalah harus diperbaiki di Excel; sesudah itu periksa ulang "
        f"dengan 'sidik validate input/{nama}'.\n"
    )


def test_angka_tak_terurai_di_dalam_lembar(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "angka.xlsx", [baris_sah(pasal17_angka=1)])
    ganti_xml(
        path,
        "xl/worksheets/sheet1.xml",
        '<c r="F2" t="n"><v>1</v></c>',
        '<c r="F2" t="n"><v>abc</v></c>',
    )
    assert periksa_satu(path, config).startswith(RUSAK + " (ValueError")


def test_gaya_rusak(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "gaya.xlsx", [baris_sah()])
    ganti_xml(path, "xl/styles.xml", '<sz val="11"/>', '<sz val="besar"/>')
    assert periksa_satu(path, config).startswith(RUSAK + " (")
