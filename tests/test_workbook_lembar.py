"""Every operator workbook sidik writes prints on landscape A4 and its Excel rules agree with
``sidik validate``: ``workbook new``, ``workbook sample`` and ``init``'s ``contoh.xlsx`` alike.

What Excel would accept is read from the rule saved in the file: a list or a length rule is
checked here; a formula rule is computed by LibreOffice Calc, the formula copied into a cell of
each row to judge.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.formula.translate import Translator
from openpyxl.worksheet.datavalidation import DataValidation
from pypdf import PdfReader

from pipeline.config import Config
from pipeline.external import libreoffice
from pipeline.external.libreoffice import konversi_xlsx
from pipeline.workbook import KOLOM, periksa
from pipeline.workbook.baru import buku_operator, tulis_baru
from pipeline.workbook.contoh import baris_contoh, tulis_contoh
from pipeline.workbook.kontrak import kolom
from pipeline.workbook.lembar import TINGGI_BARIS_TEKS, jumlah_baris
from pipeline.workbook.nilai import tampak_angka
from tests.bantu.buku_kerja import validasi_per_kolom
from tests.bantu.cli import sidik_di
from tests.bantu.cli import sidik_di as sidik

BERATURAN = [k for k in KOLOM if k.medan != "no"]  # No takes anything: sidik numbers rows


def buku_sidik(folder: Path, config: Config) -> dict[str, Path]:
    """The three operator workbooks sidik writes, for the same workspace."""
    folder.mkdir(exist_ok=True)
    tulis_contoh(folder / "sample.xlsx", unit_kerja=config.unit_kerja)
    return {"new": tulis_baru(folder / "baru.xlsx", config), "sample": folder / "sample.xlsx"}


def aturan(path: Path) -> dict[str, DataValidation]:
    """The data validations of sheet Informasi, keyed by the record field of their column."""
    per_huruf = validasi_per_kolom(path)
    return {k.medan: per_huruf[chr(ord("A") + i)] for i, k in enumerate(KOLOM)}  # type: ignore[misc]


# --- print setup, headers, error texts ---------------------------------------------------------


def test_setiap_lembar_dicetak_mendatar_selebar_halaman(tmp_path: Path, config: Config) -> None:
    for nama, path in buku_sidik(tmp_path, config).items():
        wb = load_workbook(path)
        terlihat = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        assert [ws.title for ws in terlihat] == ["Informasi", "Petunjuk", "Referensi"], nama
        for ws in terlihat:
            p = ws.page_setup
            assert (p.orientation, p.paperSize, p.fitToWidth, p.fitToHeight) == (
                "landscape",
                9,  # A4
                1,
                0,
            ), (nama, ws.title)
            assert ws.sheet_properties.pageSetUpPr.fitToPage, (nama, ws.title)
        assert wb["Informasi"].print_title_rows == "$1:$1", nama  # headers on every page
        assert wb["Referensi"].print_title_rows == "$3:$3", nama


def test_judul_kolom_dibungkus_dan_tidak_terpotong(tmp_path: Path, config: Config) -> None:
    for nama, path in buku_sidik(tmp_path, config).items():
        ws = load_workbook(path)["Informasi"]
        tinggi = ws.row_dimensions[1].height
        for sel, k in zip(ws[1], KOLOM, strict=True):
            assert sel.value == k.judul and sel.alignment.wrap_text, (nama, k.judul)
            assert tinggi >= TINGGI_BARIS_TEKS * jumlah_baris(k.judul, k.lebar), (nama, k.judul)
            assert ws.column_dimensions[sel.column_letter].alignment.wrap_text  # cells typed later
        assert jumlah_baris("Pasal 17 Huruf", kolom("pasal17_huruf").lebar) > 1  # was cut


def test_isi_contoh_dibungkus_dan_baris_cukup_tinggi(tmp_path: Path, config: Config) -> None:
    ws = load_workbook(buku_sidik(tmp_path, config)["sample"])["Informasi"]
    for baris in ws.iter_rows(min_row=2):
        garis = max(
            jumlah_baris(str(s.value), k.lebar)
            for s, k in zip(baris, KOLOM, strict=True)
            if s.value
        )
        assert all(s.alignment.wrap_text for s in baris)
        assert (ws.row_dimensions[baris[0].row].height or TINGGI_BARIS_TEKS) >= (
            TINGGI_BARIS_TEKS * garis
        )


def test_pesan_galat_excel_per_kolom(tmp_path: Path, config: Config) -> None:
    dv = aturan(tulis_baru(tmp_path / "baru.xlsx", config))
    assert dv["no"].type is None and not dv["no"].showErrorMessage
    for k in BERATURAN:
        v = dv[k.medan]
        assert v.showErrorMessage and v.errorStyle is None, k.judul  # "stop": the entry is refused
        assert v.errorTitle == f"{k.judul} tidak sesuai" and len(v.errorTitle) <= 32
        assert v.error.startswith(k.judul) and len(v.error) <= 255  # Excel's limits
    assert dv["jangka_waktu"].error == (
        "Jangka Waktu diisi jumlah tahun bulat 1 sampai 100, misalnya 5 atau '5 tahun'. Untuk "
        "huruf g sampai j boleh berupa syarat, misalnya 'Selama register berlaku'."
    )
    assert dv["judul"].error == "Judul Informasi diisi 1 sampai 300 karakter."
    assert len({dv[k.medan].error for k in BERATURAN}) == len(BERATURAN)


def test_pesan_galat_excel_dalam_bahasa_inggris(ruang_kerja: Path) -> None:
    assert sidik(ruang_kerja, "--lang", "en", "workbook", "new", "baru.xlsx").exit_code == 0
    dv = aturan(ruang_kerja / "baru.xlsx")
    for k in BERATURAN:
        assert len(dv[k.medan].errorTitle) <= 32 and len(dv[k.medan].error) <= 255, k.judul
    assert dv["jangka_waktu"].errorTitle == "Jangka Waktu: not accepted"
    assert dv["jangka_waktu"].error.startswith("Jangka Waktu takes a whole number of years")


# --- the same rules on every workbook sidik writes ---------------------------------------------


def ringkas(path: Path) -> dict[str, tuple[Any, ...]]:
    """Each column's rule as Excel reads it: type, formulas, range, texts."""
    return {
        m: (v.type, v.operator, v.formula1, v.formula2, str(v.sqref), v.errorTitle, v.error)
        for m, v in aturan(path).items()
    }


def test_contoh_init_membawa_aturan_yang_sama(tmp_path: Path) -> None:
    assert sidik_di(tmp_path, "init", "ruang", "--tanpa-pki-dev").exit_code == 0
    masukan = tmp_path / "ruang" / "input"
    contoh, kosong = masukan / "contoh.xlsx", masukan / "informasi.xlsx"
    assert ringkas(contoh) == ringkas(kosong)
    assert ringkas(contoh)["jangka_waktu"][0] == "custom"
    wb = load_workbook(contoh)
    assert wb.sheetnames == ["Informasi", "Petunjuk", "Referensi", "Aturan"]
    assert wb["Informasi"].page_setup.orientation == "landscape"


def test_sample_sama_aturannya_dengan_new(tmp_path: Path, config: Config) -> None:
    buku = buku_sidik(tmp_path, config)
    assert ringkas(buku["sample"]) == ringkas(buku["new"])


# --- workbook sample in a workspace with its own units -----------------------------------------


def test_sample_memakai_unit_kerja_ruang_kerja(tmp_path: Path) -> None:
    hasil = sidik_di(
        tmp_path, "init", "kominfo", "--tanpa-pki-dev",
        "--unit", "SEKRE=Sekretariat", "--unit", "TIK=Bidang Teknologi Informasi",
    )  # fmt: skip
    assert hasil.exit_code == 0, hasil.stderr
    ruang = tmp_path / "kominfo"
    tulis = sidik_di(ruang, "workbook", "sample", "input/latihan.xlsx")
    assert tulis.exit_code == 0, tulis.stderr
    assert tulis.stdout == "Buku kerja ditulis: input/latihan.xlsx (12 informasi).\n"
    periksa_ = sidik_di(ruang, "validate", "input/latihan.xlsx")
    assert periksa_.exit_code == 0, periksa_.stdout
    assert periksa_.stdout == (
        "input/latihan.xlsx: 12 informasi, tidak ada masalah.\n"
        "Berikutnya (Operator): sidik run input/latihan.xlsx\n"
    )
    ws = load_workbook(ruang / "input" / "latihan.xlsx")["Informasi"]
    unit = {r[0] for r in ws.iter_rows(min_row=2, min_col=4, max_col=4, values_only=True)}
    assert unit == {"Sekretariat", "Bidang Teknologi Informasi"}


def test_sample_di_luar_ruang_kerja_memakai_unit_contoh(tmp_path: Path, config: Config) -> None:
    hasil = sidik_di(tmp_path, "workbook", "sample", "latihan.xlsx", "--items", "3")
    assert hasil.exit_code == 0, hasil.stderr
    assert len(periksa(tmp_path / "latihan.xlsx", config).items) == 3


# --- list and length rules agree with validate (read from the saved rule) ----------------------


def satu_baris(path: Path, config: Config, **ubah: Any) -> set[str | None]:
    """The columns validate refuses when a copy of ``path`` holds one sample row with ``ubah``."""
    nilai = dict(
        zip([k.medan for k in KOLOM], next(baris_contoh(1, config.unit_kerja)), strict=True)
    )
    nilai.update(ubah)
    wb = load_workbook(path)
    for c, k in enumerate(KOLOM, start=1):
        wb["Informasi"].cell(2, c, nilai[k.medan])
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "isi.xlsx")
        return {m.kolom for m in periksa(Path(tmp) / "isi.xlsx", config).galat}


def daftar_aturan(path: Path, dv: DataValidation) -> list[str]:
    """The entries a list rule offers: quoted inline, or a range of another sheet."""
    rumus = dv.formula1
    if rumus.startswith('"'):
        return rumus.strip('"').split(",")
    lembar, rentang = rumus.split("!")
    return [str(r[0].value) for r in load_workbook(path)[lembar][rentang.replace("$", "")]]


def excel_menerima_daftar(path: Path, dv: DataValidation, nilai: Any) -> bool:
    """Excel's list rule: one of the entries, ignoring case."""
    return str(nilai).casefold() in {d.casefold() for d in daftar_aturan(path, dv)}


def excel_menerima_panjang(dv: DataValidation, nilai: Any) -> bool:
    """Excel's textLength rule with operator between."""
    assert dv.operator == "between"
    return int(dv.formula1) <= len(str(nilai)) <= int(dv.formula2)


@pytest.fixture(scope="module")
def buku_kosong(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new workbook for the sample workspace's units (the module's rule tests read it)."""
    from pipeline.workbook.contoh import UNIT_CONTOH

    path = tmp_path_factory.mktemp("lembar") / "baru.xlsx"
    buku_operator(UNIT_CONTOH).save(path)
    return path


UNIT = st.sampled_from(
    ["Sekretariat", "sekretariat", "SEKRE", "piak", "Bidang Pelayanan Pencatatan Sipil", "TIK"]
) | st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=12)


SETELAN = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETELAN
@given(nilai=UNIT)
def test_unit_kerja_excel_sama_dengan_validate(
    buku_kosong: Path, config: Config, nilai: str
) -> None:
    dv = aturan(buku_kosong)["unit_kerja"]
    sah = "Unit Kerja" not in satu_baris(buku_kosong, config, unit_kerja=nilai)
    assert excel_menerima_daftar(buku_kosong, dv, nilai) == sah


@SETELAN
@given(nilai=st.sampled_from(["a", "h", "H", "j", "k", "1", "hh", "ab"]))
def test_pasal17_huruf_excel_sama_dengan_validate(
    buku_kosong: Path, config: Config, nilai: str
) -> None:
    dv = aturan(buku_kosong)["pasal17_huruf"]
    sah = "Pasal 17 Huruf" not in satu_baris(
        buku_kosong, config, pasal17_huruf=nilai, pasal17_angka=None, jangka_waktu="5"
    )
    assert excel_menerima_daftar(buku_kosong, dv, nilai) == sah


@SETELAN
@given(
    medan=st.sampled_from(["judul", "uraian", "konsekuensi", "keterangan"]),
    panjang=st.sampled_from([1, 2, 299, 300, 301, 4999, 5000, 5001]),
)
def test_panjang_teks_excel_sama_dengan_validate(
    buku_kosong: Path, config: Config, medan: str, panjang: int
) -> None:
    nilai = ("Informasi rahasia " * 300)[: panjang - 1] + "x"
    dv = aturan(buku_kosong)[medan]
    sah = kolom(medan).judul not in satu_baris(buku_kosong, config, **{medan: nilai})
    assert excel_menerima_panjang(dv, nilai) == sah


# --- formula rules agree with validate (computed by LibreOffice Calc) --------------------------

# (Pasal 17 Huruf, Angka, Jangka Waktu): each row is judged by validate and by the Excel rules.
JANGKA = [
    ("a", 1, 5),
    ("a", 1, "5"),
    ("a", 1, "5 tahun"),
    ("h", 1, "5 tahun"),
    ("a", 1, "5 Tahun."),
    ("a", 1, "5  thn"),
    ("a", 1, "5\u00a0tahun\u00a0"),
    ("a", 1, "5thn"),
    ("a", 1, "10 th"),
    ("a", 1, "005 tahun"),
    ("a", 1, "100 tahun"),
    ("a", 1, 100),
    ("a", 1, "101 tahun"),
    ("a", 1, 101),
    ("a", 1, 0),
    ("a", 1, "0 tahun"),
    ("a", 1, 2.5),
    ("a", 1, "2.5"),
    ("a", 1, "Selama sistem digunakan"),
    ("j", None, "Selama sistem digunakan"),
    ("g", None, "Selama register berlaku"),
    ("j", None, 5),
    ("j", None, "0 tahun"),
    ("j", None, "101"),
    ("j", None, "1000 tahun"),
    ("j", None, "30 hari setelah putusan"),
    ("a", 1, "5 tahun th"),
    ("a", 1, "5 ."),
    ("a", 1, "1e2"),
    ("a", 1, "lima tahun"),
]
ANGKA = [
    ("h", 1, "5"),
    ("h", 4, "5"),
    ("h", "2", "5"),
    ("h", 9, "5"),
    ("h", 2.5, "5"),
    ("h", "dua", "5"),
    ("a", 7, "5"),
    ("g", 1, "Selama register berlaku"),
    ("j", 2, "Selama sistem digunakan"),
]


def rumus_di_sel(dv: DataValidation, baris: int) -> str:
    """The rule's formula as a cell formula judging row ``baris`` (written for row 2)."""
    return Translator("=" + dv.formula1, origin="A2").translate_formula(f"A{baris}")


Dinilai = tuple[bool, bool]  # (Angka accepted, Jangka Waktu accepted)


def dinilai_excel_dan_validate(
    buku: Path, config: Config, baris: list[tuple[Any, Any, Any]]
) -> tuple[list[Dinilai], list[Dinilai]]:
    """Whether Excel's Angka and Jangka Waktu rules, and validate, accept each row of ``baris``.

    The rows (sample rows with these three cells changed) go into a copy of ``buku``, each
    rule's formula beside them in columns M and N, which validate does not read; Calc computes
    the formulas.
    """
    dv = aturan(buku)
    wb = load_workbook(buku)
    ws = wb["Informasi"]
    contoh = list(baris_contoh(len(baris), config.unit_kerja))
    for r, (isi, (huruf, angka, jangka)) in enumerate(zip(contoh, baris, strict=True), start=2):
        isi[4:6], isi[9] = [huruf, angka], jangka
        for c, nilai in enumerate(isi, start=1):
            ws.cell(r, c, nilai)
        ws.cell(r, 13, rumus_di_sel(dv["pasal17_angka"], r))
        ws.cell(r, 14, rumus_di_sel(dv["jangka_waktu"], r))
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "rumus.xlsx")
        ditolak = {(m.baris, m.kolom) for m in periksa(Path(tmp) / "rumus.xlsx", config).galat}
        calc = konversi_xlsx(Path(tmp) / "rumus.xlsx", Path(tmp) / "calc")
        lembar = load_workbook(calc, data_only=True)["Informasi"]
        hasil = list(
            lembar.iter_rows(
                min_row=2, max_row=len(baris) + 1, min_col=13, max_col=14, values_only=True
            )
        )
    # a blank cell is not judged (allow_blank): Excel accepts it whatever the formula says
    excel = [
        (r[0] is True or b[1] is None, r[1] is True) for b, r in zip(baris, hasil, strict=True)
    ]
    validate = [
        ((n, "Angka") not in ditolak, (n, "Jangka Waktu") not in ditolak)
        for n in range(2, len(baris) + 2)
    ]
    return excel, validate


def beda(baris: list[Any], excel: list[Any], validate: list[Any]) -> list[Any]:
    """Where Excel's rules and validate disagree, less the one known difference: for letters
    g–j, text that looks like a number but is no count of 1–100 years ("1000 tahun", "+5").
    validate refuses it (a number is never taken as a written condition); Excel's rule, at its
    255-character limit, takes it as one. validate is the gate, so only that direction may
    differ, and the test checks it does only that way."""
    hasil = []
    for b, e, v in zip(baris, excel, validate, strict=True):
        huruf, _, jangka = b
        dikenal = isinstance(jangka, str) and huruf in "ghij" and tampak_angka(jangka)
        if e != v and not (dikenal and e == (v[0], True) and v[1] is False):
            hasil.append((b, e))
    return hasil


@pytest.mark.libreoffice
def test_angka_dan_jangka_waktu_excel_sama_dengan_validate(
    buku_kosong: Path, config: Config
) -> None:
    semua = JANGKA + ANGKA
    excel, validate = dinilai_excel_dan_validate(buku_kosong, config, semua)
    assert beda(semua, excel, validate) == []
    dinilai = dict(zip(JANGKA, (j for _, j in excel), strict=False))
    assert dinilai[("h", 1, "5 tahun")] is True  # Excel used to refuse what validate suggests
    assert dinilai[("j", None, "Selama sistem digunakan")] is True
    assert dinilai[("a", 1, 2.5)] is False and dinilai[("a", 1, 0)] is False


@pytest.mark.libreoffice
def test_jangka_waktu_pecahan_ditolak_excel_untuk_huruf_apa_pun(
    buku_kosong: Path, config: Config
) -> None:
    # A numeric period is a whole count of years whatever the letter (validate's rule too,
    # once a numeric cell must be a positive whole number).
    excel, _ = dinilai_excel_dan_validate(buku_kosong, config, [("j", None, 2.5)])
    assert excel == [(True, False)]


# Periods as operators write them: years with or without a unit, in any case and spacing
# (no-break spaces too, pasted from the web),
# numbers, and written conditions. Left out on purpose: dates typed as text and cells of only
# spaces (validate refuses them, Excel's rule cannot tell), and for letters g–j numbers that are
# negative, fractional or past 999 (refused by both; see beda() for number-like text).
TAHUN_DITULIS = st.builds(
    lambda angka, spasi, satuan, titik: f"{angka}{spasi}{satuan}{titik}",
    st.one_of(
        st.integers(0, 120).map(str),
        st.integers(0, 120).map(lambda n: str(n).zfill(3)),
        st.from_regex(r"\A[0-9]{1,4}\Z"),
    ),
    st.sampled_from(["", " ", "  ", "\u00a0"]),
    st.sampled_from(["", "tahun", "Tahun", "THN", "thn", "th", "th n", "tahunan", "bulan"]),
    st.sampled_from(["", ".", "..", " ."]),
)
SYARAT = st.sampled_from(
    ["Selama register berlaku", "sampai perkara inkracht", "30 hari setelah putusan", "th", "+5"]
)
HURUF = st.sampled_from("abcdefghij")
BARIS_JANGKA = st.one_of(
    st.tuples(HURUF, st.just(None), TAHUN_DITULIS),
    st.tuples(HURUF, st.just(None), st.one_of(TAHUN_DITULIS, SYARAT)),
    st.tuples(HURUF, st.just(None), st.one_of(st.integers(0, 120), st.integers(0, 999))),
    st.tuples(
        st.sampled_from("abcdef"),
        st.just(None),
        st.one_of(st.integers(-5, 2000), st.floats(-5, 200, allow_nan=False)),
    ),
)


@pytest.mark.libreoffice
@settings(
    max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(baris=st.lists(BARIS_JANGKA, min_size=40, max_size=40))
def test_sifat_jangka_waktu_excel_sama_dengan_validate(
    buku_kosong: Path, config: Config, baris: list[tuple[Any, Any, Any]]
) -> None:
    excel, validate = dinilai_excel_dan_validate(buku_kosong, config, baris)
    assert beda(baris, excel, validate) == []


def test_rumus_muat_batas_excel(buku_kosong: Path) -> None:
    for k in BERATURAN:
        v = aturan(buku_kosong)[k.medan]
        assert len(v.formula1 or "") <= 255, k.judul  # Excel refuses a longer rule formula


# --- what the operator sees on paper ------------------------------------------------------------


def cetak_pdf(xlsx: Path, keluar: Path) -> Path:
    """Print ``xlsx`` to PDF with LibreOffice Calc, as its print setup says."""
    from pipeline.external.runner import jalankan

    soffice = libreoffice.cari_soffice()
    with tempfile.TemporaryDirectory(prefix="sidik-lo-") as tmp:
        libreoffice.siapkan_profil(soffice, Path(tmp) / "profil")
        args = libreoffice.argumen_konversi(
            soffice, Path(tmp) / "profil", keluar, [xlsx], "pdf:calc_pdf_Export"
        )
        jalankan(args, timeout=libreoffice.DETIK_DASAR, env=libreoffice.lingkungan(Path(tmp)))
    return keluar / f"{xlsx.stem}.pdf"


@pytest.mark.libreoffice
def test_buku_kosong_tercetak_mendatar_dan_judul_terbaca(tmp_path: Path, config: Config) -> None:
    pdf = cetak_pdf(tulis_baru(tmp_path / "baru.xlsx", config), tmp_path / "pdf")
    halaman = PdfReader(pdf).pages
    # Informasi on one page, Petunjuk on one, Referensi on one or two (was 13 portrait pages)
    assert 3 <= len(halaman) <= 4
    assert all(h.mediabox.width > h.mediabox.height for h in halaman)  # landscape
    teks = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    judul = " ".join(teks.split())
    for k in KOLOM:  # every header whole: a wrapped one reads on in the next line
        for kata in k.judul.split():
            assert kata in judul, k.judul
    assert "Huruf" in judul  # "Pasal 17 Huruf" was cut to "Pasal 17"
