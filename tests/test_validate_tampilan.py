"""'sidik validate' as the Operator sees it: Excel cell references, a table that fits the
terminal (one block per problem when narrow), both languages complete, a fitting last line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from pipeline.errors import ExitCode
from tests.bantu.buku_kerja import baris_sah, buku, buku_dua_masalah
from tests.bantu.cli import sidik_di as sidik

PENUTUP = (
    "Galat: input/salah.xlsx: 2 masalah harus diperbaiki di Excel; sesudah itu periksa ulang "
    "dengan 'sidik validate input/salah.xlsx'.\n"
)


def validate(ruang: Path, kolom: int, *awal: str) -> tuple[int, str, str]:
    hasil = sidik(ruang, *awal, "validate", "input/salah.xlsx", env={"COLUMNS": str(kolom)})
    return hasil.exit_code, hasil.stdout, hasil.stderr


def test_tabel_lebar_satu_baris_per_masalah_dengan_sel_excel(ruang_kerja: Path) -> None:
    buku_dua_masalah(ruang_kerja)
    kode, keluaran, galat = validate(ruang_kerja, 200)
    assert kode == ExitCode.INPUT_INVALID
    assert keluaran == (
        "Sel  Kolom        Jenis  Masalah\n"
        "---  -----------  -----  " + "-" * 175 + "\n"
        "D3   Unit Kerja   galat  unit kerja 'Bagian Rahasia' tidak ada di sidik.toml (pilihan: "
        "Sekretariat, Bidang Pelayanan Pendaftaran Penduduk, Bidang Pelayanan Pencatatan Sipil, "
        "Bidang Pengelolaan\n"
        "                         Informasi Administrasi Kependudukan)\n"
        "H4   Konsekuensi  galat  sel ini wajib diisi; kolom ini tidak boleh kosong\n"
    )
    assert galat == PENUTUP
    assert not (ruang_kerja / "output").exists()


def test_tabel_dilipat_ke_lebar_terminal(ruang_kerja: Path) -> None:
    buku_dua_masalah(ruang_kerja)
    kode, keluaran, _ = validate(ruang_kerja, 80)
    assert kode == ExitCode.INPUT_INVALID
    assert keluaran == (
        "Sel  Kolom        Jenis  Masalah\n"
        "---  -----------  -----  " + "-" * 55 + "\n"
        "D3   Unit Kerja   galat  unit kerja 'Bagian Rahasia' tidak ada di sidik.toml\n"
        "                         (pilihan: Sekretariat, Bidang Pelayanan Pendaftaran\n"
        "                         Penduduk, Bidang Pelayanan Pencatatan Sipil, Bidang\n"
        "                         Pengelolaan Informasi Administrasi Kependudukan)\n"
        "H4   Konsekuensi  galat  sel ini wajib diisi; kolom ini tidak boleh kosong\n"
    )
    assert all(len(b) <= 80 for b in keluaran.splitlines())


def test_terminal_sempit_satu_blok_per_masalah(ruang_kerja: Path) -> None:
    buku_dua_masalah(ruang_kerja)
    kode, keluaran, galat = validate(ruang_kerja, 60)
    assert kode == ExitCode.INPUT_INVALID
    assert keluaran == (
        "D3 · Unit Kerja · galat\n"
        "  unit kerja 'Bagian Rahasia' tidak ada di sidik.toml\n"
        "  (pilihan: Sekretariat, Bidang Pelayanan Pendaftaran\n"
        "  Penduduk, Bidang Pelayanan Pencatatan Sipil, Bidang\n"
        "  Pengelolaan Informasi Administrasi Kependudukan)\n"
        "\n"
        "H4 · Konsekuensi · galat\n"
        "  sel ini wajib diisi; kolom ini tidak boleh kosong\n"
    )
    assert galat == PENUTUP


def test_bahasa_inggris_selengkap_bahasa_indonesia(ruang_kerja: Path) -> None:
    buku_dua_masalah(ruang_kerja)
    kode, keluaran, galat = validate(ruang_kerja, 80, "--lang", "en")
    assert kode == ExitCode.INPUT_INVALID
    assert keluaran == (
        "Cell  Column       Kind   Problem\n"
        "----  -----------  -----  " + "-" * 54 + "\n"
        "D3    Unit Kerja   error  work unit 'Bagian Rahasia' is not in sidik.toml\n"
        "                          (choices: Sekretariat, Bidang Pelayanan Pendaftaran\n"
        "                          Penduduk, Bidang Pelayanan Pencatatan Sipil, Bidang\n"
        "                          Pengelolaan Informasi Administrasi Kependudukan)\n"
        "H4    Konsekuensi  error  this cell must be filled in; the column may not be\n"
        "                          left empty\n"
    )
    assert galat == (
        "Error: input/salah.xlsx: 2 problem(s) must be fixed in Excel; then check again "
        "with 'sidik validate input/salah.xlsx'.\n"
    )


def test_sel_mengikuti_kolom_yang_dipindah(ruang_kerja: Path) -> None:
    """The Operator moved 'Keterangan' to column A: the letters are those of the file."""
    berkas = buku_dua_masalah(ruang_kerja)
    wb = load_workbook(berkas)
    ws = wb["Informasi"]
    ws.insert_cols(1)
    ws.move_range("L1:L4", cols=-11)
    wb.save(berkas)
    _, keluaran, _ = validate(ruang_kerja, 200)
    assert [b.split()[0] for b in keluaran.splitlines()[2:] if not b.startswith(" ")] == [
        "E3",
        "I4",
    ]


def test_nilai_yang_tidak_disebut_pesan_ditambahkan(ruang_kerja: Path) -> None:
    rumus = '=HYPERLINK("http://contoh.invalid","klik")'
    buku(ruang_kerja / "input" / "salah.xlsx", [baris_sah(keterangan=rumus)])
    _, keluaran, _ = validate(ruang_kerja, 72)
    assert keluaran == (
        "K2 · Keterangan · galat\n"
        "  sel berisi rumus tanpa nilai tersimpan; buka dan simpan ulang di\n"
        "  Excel, atau ketik nilainya langsung (nilai:\n"
        '  \'=HYPERLINK("http://contoh.invalid","kli…\')\n'
    )


def test_buku_bersih_menyebut_langkah_berikutnya(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "validate", "input/informasi.xlsx")
    assert hasil.exit_code == 0
    assert hasil.stdout == (
        "input/informasi.xlsx: 12 informasi, tidak ada masalah.\n"
        "Berikutnya (Operator): sidik run input/informasi.xlsx\n"
    )
