"""One test per validation rule of issue 4, each on a workbook built in the test.

Every test asserts the exact row, column and message the operator will read.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from pipeline.config import Config
from pipeline.workbook import KOLOM, baca_items, periksa
from pipeline.workbook.kontrak import MAKS_BARIS
from tests.bantu.buku_kerja import JUDUL, baris_sah, buku, ganti_xml, pesan
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.ruang import salin_ruang_kerja


def test_rumus_dengan_nilai_tersimpan_dipakai(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "r.xlsx", [baris_sah(jangka_waktu="=2+3")])
    ganti_xml(path, "xl/worksheets/sheet1.xml", "<f>2+3</f><v></v>", "<f>2+3</f><v>5</v>")
    [item] = baca_items(path, config)
    assert item.jangka_waktu_tahun == 5


def test_rumus_dengan_nilai_galat(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "r.xlsx", [baris_sah(konsekuensi="=1/0")])
    ganti_xml(
        path,
        "xl/worksheets/sheet1.xml",
        '<c r="H2"><f>1/0</f><v></v></c>',
        '<c r="H2" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    )
    assert pesan(path, config) == [
        (
            2,
            "Konsekuensi",
            "sel berisi nilai galat Excel #DIV/0!; perbaiki rumus atau ketik nilainya langsung",
        )
    ]


def test_teks_berawalan_sama_dengan_bukan_rumus(tmp_path: Path, config: Config) -> None:
    # A text cell that merely starts with '=' (typed with a leading quote) is text, not a formula.
    path = buku(tmp_path / "t.xlsx", [baris_sah()])
    ganti_xml(
        path,
        "xl/worksheets/sheet1.xml",
        '<c r="C2" t="inlineStr"><is><t>',
        '<c r="C2" t="inlineStr"><is><t>=SUM(A1) ',
    )
    [item] = baca_items(path, config)
    assert item.uraian.startswith("=SUM(A1) Data kependudukan")


def test_sel_tanggal_di_kolom_teks(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "d.xlsx", [baris_sah(pasal17_angka=datetime(2026, 1, 2))])
    assert pesan(path, config) == [
        (
            2,
            "Angka",
            "sel berisi tanggal (2026-01-02 00:00:00), padahal kolom ini berisi teks atau angka; "
            "Excel mungkin mengubah ketikan menjadi tanggal. Format sel sebagai Teks lalu ketik "
            "ulang",
        )
    ]


def test_sel_tanggal_di_jangka_waktu(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "d.xlsx", [baris_sah(jangka_waktu=datetime(2030, 12, 31))])
    [(baris, kolom, teks)] = pesan(path, config)
    assert (baris, kolom) == (2, "Jangka Waktu")
    assert teks.startswith("sel berisi tanggal (2030-12-31 00:00:00)")


def test_tanggal_diketik_sebagai_teks_di_jangka_waktu(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "d.xlsx",
        [
            baris_sah(jangka_waktu="31/12/2030"),
            baris_sah(judul="B", pasal17_huruf="j", pasal17_angka=None, jangka_waktu="2030-12-31"),
            baris_sah(judul="C", jangka_waktu="31 Desember 2030"),
        ],
    )
    bentuk = "jangka waktu ditulis sebagai tanggal ('{}'); tulis lamanya dalam tahun, misalnya "
    assert pesan(path, config) == [
        (2, "Jangka Waktu", bentuk.format("31/12/2030") + "'5' atau '5 tahun'"),
        (3, "Jangka Waktu", bentuk.format("2030-12-31") + "'5' atau '5 tahun'"),
        (4, "Jangka Waktu", bentuk.format("31 Desember 2030") + "'5' atau '5 tahun'"),
    ]


def test_syarat_tertulis_yang_menyebut_tanggal_tetap_boleh(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "s.xlsx",
        [baris_sah(pasal17_huruf="j", pasal17_angka=None, jangka_waktu="Sampai 31/12/2030")],
    )
    assert baca_items(path, config)[0].jangka_waktu_syarat == "Sampai 31/12/2030"


def test_spasi_tak_terlihat_dinormalkan(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "s.xlsx",
        [
            baris_sah(
                judul="Data\u202fpenduduk ",
                unit_kerja="\u00a0Sekretariat\u00a0",
                pasal17_huruf=" h\u00a0",
                jangka_waktu="\u00a05\u00a0tahun",
            )
        ],
    )
    [item] = baca_items(path, config)
    assert (item.judul, item.unit_kerja, item.pasal17_huruf, item.jangka_waktu_tahun) == (
        "Data penduduk",
        "SEKRE",
        "h",
        5,
    )


def test_sintaks_templat_hanya_peringatan(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "t.xlsx",
        [baris_sah(judul="Data {{ instansi.dinas }}", pertimbangan="{% for x in y %}")],
    )
    hasil = periksa(path, config)
    assert [(m.baris, m.kolom, m.pesan(), m.peringatan) for m in hasil.masalah] == [
        (
            2,
            "Judul Informasi",
            "berisi '{{'; teks ini akan tampil apa adanya di dokumen (tidak dijalankan)",
            True,
        ),
        (
            2,
            "Pertimbangan",
            "berisi '{%'; teks ini akan tampil apa adanya di dokumen (tidak dijalankan)",
            True,
        ),
    ]
    assert hasil.items[0].judul == "Data {{ instansi.dinas }}"


def test_peringatan_tidak_menyembunyikan_galat_di_sel_yang_sama(
    tmp_path: Path, config: Config
) -> None:
    path = buku(tmp_path / "t.xlsx", [baris_sah(judul="{{ x }}"), baris_sah(judul="{{ x }}")])
    assert [(b, k, t[:14]) for b, k, t in pesan(path, config)] == [
        (2, "Judul Informasi", "berisi '{{'; t"),
        (3, "Judul Informasi", "berisi '{{'; t"),
        (3, "Judul Informasi", "judul informas"),
    ]


def test_judul_ganda_abaikan_huruf_besar_dan_spasi(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "g.xlsx", [baris_sah(judul="Data  X"), baris_sah(judul=" data x")])
    assert pesan(path, config) == [(3, "Judul Informasi", "judul informasi sama dengan baris 2")]


def test_judul_kolom_ganda(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "k.xlsx", [[*baris_sah(), "lagi"]], judul=[*JUDUL, "judul informasi"])
    assert pesan(path, config) == [
        (
            1,
            "L",
            "judul kolom 'Judul Informasi' muncul lebih dari sekali (juga di kolom B)",
        )
    ]


def test_judul_kolom_wajib_hilang_menghentikan_pembacaan(tmp_path: Path, config: Config) -> None:
    judul = [j for j in JUDUL if j != "Unit Kerja"]
    path = buku(tmp_path / "k.xlsx", [baris_sah()[:3] + baris_sah()[4:]], judul=judul)
    assert pesan(path, config) == [
        (1, "Unit Kerja", "judul kolom 'Unit Kerja' tidak ada di baris 1")
    ]


def test_judul_kolom_opsional_hilang_tetap_galat(tmp_path: Path, config: Config) -> None:
    judul = [j for j in JUDUL if j != "Keterangan"]
    path = buku(tmp_path / "k.xlsx", [baris_sah()[:-1]], judul=judul)
    assert pesan(path, config) == [
        (1, "Keterangan", "judul kolom 'Keterangan' tidak ada di baris 1")
    ]


def test_lembar_tidak_ada_sama_sekali_di_antara_beberapa(tmp_path: Path, config: Config) -> None:
    wb = Workbook()
    wb.active.title = "Data"
    wb.create_sheet("informasi ")
    wb.save(tmp_path / "l.xlsx")
    assert pesan(tmp_path / "l.xlsx", config) == [
        (None, None, "lembar 'Informasi' tidak ada (lembar yang ada: Data, informasi )")
    ]


def test_lembar_kosong(tmp_path: Path, config: Config) -> None:
    path = buku(tmp_path / "k.xlsx", [[None] * len(KOLOM)])
    assert pesan(path, config) == [(None, None, "tidak ada satu pun baris informasi")]


def test_baris_melewati_batas(tmp_path: Path, config: Config) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Informasi"
    ws.append(JUDUL)
    ws.append(baris_sah())
    for i, nilai in enumerate(baris_sah(judul="Jauh di bawah"), start=1):
        ws.cell(MAKS_BARIS + 5, i, nilai)
    wb.save(tmp_path / "b.xlsx")
    assert pesan(tmp_path / "b.xlsx", config) == [
        (
            MAKS_BARIS + 5,
            None,
            "lebih dari 10000 baris informasi; pembacaan berhenti di baris ini. "
            "Bagi menjadi beberapa buku kerja",
        )
    ]


def test_baris_kosong_setelah_batas_tidak_dihitung(tmp_path: Path, config: Config) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Informasi"
    ws.append(JUDUL)
    ws.append(baris_sah())
    ws.cell(MAKS_BARIS + 50, 2, "   ")
    wb.save(tmp_path / "b.xlsx")
    assert len(baca_items(tmp_path / "b.xlsx", config)) == 1


def test_dimensi_tersimpan_yang_salah_tidak_menyembunyikan_baris(
    tmp_path: Path, config: Config
) -> None:
    path = buku(tmp_path / "d.xlsx", [baris_sah(), baris_sah(judul="B", unit_kerja="X")])
    ganti_xml(
        path, "xl/worksheets/sheet1.xml", '<dimension ref="A1:K3"/>', '<dimension ref="A1:B2"/>'
    )
    assert [(b, k) for b, k, _ in pesan(path, config)] == [(3, "Unit Kerja")]


def test_pembalik_arah_di_judul_ditolak_dengan_sel_dan_karakter(
    tmp_path: Path, config: Config
) -> None:
    # U+202E shows "AISAHAR" mirrored as "RAHASIA": the signed sentence would read differently
    # from what the Tim Pertimbangan saw in Excel
    path = buku(tmp_path / "b.xlsx", [baris_sah(), baris_sah(judul="Data \u202eAISAHAR\u202c")])
    assert pesan(path, config) == [
        (
            3,
            "Judul Informasi",
            "sel berisi karakter tak terlihat U+202E RIGHT-TO-LEFT OVERRIDE (karakter ke-6); "
            "karakter ini dapat membalik atau menyembunyikan teks di dokumen yang "
            "ditandatangani. Hapus karakter itu, misalnya dengan mengetik ulang teksnya",
        )
    ]
    [masalah] = periksa(path, config).masalah
    assert masalah.nilai == "Data <U+202E>AISAHAR<U+202C>"


@pytest.mark.parametrize(
    "karakter",
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + [chr(c) for c in range(0x200B, 0x2010)]
    + ["\ufeff"]
    + [chr(c) for c in range(0x2060, 0x2065)]
    + ["\u00ad", "\u061c"],  # soft hyphen, Arabic letter mark: also category Cf
)
def test_setiap_karakter_format_ditolak(tmp_path: Path, config: Config, karakter: str) -> None:
    path = buku(tmp_path / "k.xlsx", [baris_sah(konsekuensi=f"Apabila{karakter} dibuka")])
    [(baris, kolom, teks)] = pesan(path, config)
    assert (baris, kolom) == (2, "Konsekuensi")
    assert teks.startswith(f"sel berisi karakter tak terlihat U+{ord(karakter):04X} ")


def test_karakter_format_di_kolom_bukan_teks_juga_ditolak(tmp_path: Path, config: Config) -> None:
    path = buku(
        tmp_path / "k.xlsx",
        [baris_sah(jangka_waktu="5\u2067 tahun", unit_kerja="\u200fSekretariat")],
    )
    assert {(b, k, t.split(" (")[0]) for b, k, t in pesan(path, config)} == {
        (2, "Unit Kerja", "sel berisi karakter tak terlihat U+200F RIGHT-TO-LEFT MARK"),
        (2, "Jangka Waktu", "sel berisi karakter tak terlihat U+2067 RIGHT-TO-LEFT ISOLATE"),
    }


def test_validate_menolak_karakter_format_tanpa_mencetaknya(tmp_path: Path) -> None:
    ruang = salin_ruang_kerja(tmp_path / "ruang")
    buku(ruang / "input/b.xlsx", [baris_sah(judul="Data \u202eAISAHAR")])
    hasil = sidik(ruang, "validate", "input/b.xlsx", env={"COLUMNS": "300"})
    assert hasil.exit_code == 3
    assert "\u202e" not in hasil.output
    [baris] = [b for b in hasil.stdout.splitlines() if b.startswith("B2 ")]
    assert baris.split()[:4] == ["B2", "Judul", "Informasi", "galat"]
    assert "<U+202E>AISAHAR" in baris
    assert "U+202E RIGHT-TO-LEFT OVERRIDE (karakter ke-6)" in baris
    assert hasil.stderr == (
        "Galat: input/b.xlsx: 1 masalah harus diperbaiki di Excel; sesudah itu periksa ulang "
        "dengan 'sidik validate input/b.xlsx'.\n"
    )


@pytest.mark.parametrize("jangka", [2.5, "2,5", "2.5 tahun", 0, -3, "-3", 1000, 1e20])
def test_jangka_waktu_angka_harus_bilangan_bulat_tahun_juga_untuk_huruf_j(
    tmp_path: Path, config: Config, jangka: object
) -> None:
    # letters g-j accept a written condition, but a number is never taken as one
    path = buku(
        tmp_path / "j.xlsx", [baris_sah(pasal17_huruf="j", pasal17_angka=None, jangka_waktu=jangka)]
    )
    [(baris, kolom, teks)] = pesan(path, config)
    assert (baris, kolom) == (2, "Jangka Waktu")
    assert teks.startswith("jangka waktu harus bilangan bulat tahun 1 sampai 100")
