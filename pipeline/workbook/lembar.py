"""What every operator workbook sidik writes carries: print setup and Excel's data validation.

:func:`siapkan_buku` is applied to ``workbook new``, ``workbook sample`` and ``init``'s
``contoh.xlsx`` alike. Each column's Excel rule accepts what ``sidik validate`` accepts for a
filled cell (blank required cells are left to ``validate``), and names the column and what
is allowed when it refuses. The rules look values up in the hidden sheet ``Aturan``: the
written forms of a period in years (``5``, ``5 tahun``, ``5 thn.`` ...), the work units by
name and code, and the Pasal 17 letters with their points. The Jangka rule needs Excel 2013
or later (``UNICHAR``), or LibreOffice Calc; a rule's formula stays within Excel's 255 characters.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.legal.pasal17 import daftar_huruf
from pipeline.messages import terjemah
from pipeline.model import UnitKerja
from pipeline.workbook.kontrak import (
    KOLOM,
    LEMBAR_ATURAN,
    LEMBAR_INFORMASI,
    MAKS_BARIS,
    MAKS_JUDUL,
    MAKS_TAHUN,
    MAKS_TEKS,
    Kolom,
    kolom,
)

BARIS_AKHIR = MAKS_BARIS + 1
TINGGI_BARIS_TEKS = 15.0  # points per line of 11 pt text
LEBAR_BAWAAN = 8.43  # a column's width when none is set
_TEBAL = Font(bold=True)
_ISI_JUDUL = PatternFill("solid", fgColor="DDDDDD")
BUNGKUS = Alignment(wrap_text=True, vertical="top")
_SATUAN_TAHUN = ("", "tahun", "thn", "th")


def siapkan_buku(wb: Workbook, unit_kerja: Sequence[UnitKerja]) -> None:
    """Give ``wb``'s sheet ``Informasi`` its headers, widths and rules; set up every sheet to print.

    Adds the hidden sheet ``Aturan`` the rules refer to.
    """
    aturan = _lembar_aturan(wb, unit_kerja)
    informasi = wb[LEMBAR_INFORMASI]
    _judul_kolom(informasi)
    for k in KOLOM:
        informasi.add_data_validation(validasi_kolom(k, aturan))
    for ws in wb.worksheets:
        if ws.sheet_state == "visible":
            sesuaikan_tinggi(ws)
            atur_cetak(ws, "1:1" if ws is informasi else None)


def atur_cetak(ws: Worksheet, baris_judul: str | None = None) -> None:
    """Print ``ws`` landscape on A4, one page wide, repeating ``baris_judul`` on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if baris_judul is not None:
        ws.print_title_rows = baris_judul


def jumlah_baris(teks: str, lebar: float) -> int:
    """The lines ``teks`` wraps into in a column ``lebar`` characters wide (with a margin)."""
    muat = max(int(lebar) - 2, 1)
    return sum(len(textwrap.wrap(p, muat)) or 1 if len(p) > muat else 1 for p in teks.split("\n"))


def sesuaikan_tinggi(ws: Worksheet) -> None:
    """Make each row tall enough for its wrapped cells, as Excel and Calc do not on opening."""
    lebar = {huruf: d.width or LEBAR_BAWAAN for huruf, d in list(ws.column_dimensions.items())}
    for baris in ws.iter_rows():
        garis = max(
            (
                jumlah_baris(str(sel.value), lebar.get(sel.column_letter, LEBAR_BAWAAN))
                for sel in baris
                if sel.value is not None and sel.alignment.wrap_text
            ),
            default=1,
        )
        if garis > 1:
            ws.row_dimensions[baris[0].row].height = TINGGI_BARIS_TEKS * garis


def _judul_kolom(ws: Worksheet) -> None:
    """Bold wrapped headers; cells filled later wrap too; panes frozen."""
    for i, k in enumerate(KOLOM, start=1):
        sel = ws.cell(1, i, k.judul)
        sel.font, sel.fill, sel.alignment = _TEBAL, _ISI_JUDUL, BUNGKUS
        dimensi = ws.column_dimensions[get_column_letter(i)]
        dimensi.width = k.lebar
        dimensi.alignment = BUNGKUS  # cells the operator fills later wrap as well
    ws.freeze_panes = "A2"


class RentangAturan:
    """Where the lookup lists of the hidden sheet ``Aturan`` are (the year forms by name)."""

    jangka = "sidik_tahun"
    jangka_sah = "sidik_tahun_sah"

    def __init__(self, jangka: int, unit: int, angka: int) -> None:
        self.rentang_jangka = f"{LEMBAR_ATURAN}!$A$1:$A${jangka}"
        self.rentang_jangka_sah = f"{LEMBAR_ATURAN}!$B$1:$B${jangka}"
        self.unit = f"{LEMBAR_ATURAN}!$D$1:$D${max(unit, 1)}"
        self.huruf = f"{LEMBAR_ATURAN}!$F$1:$F${angka}"
        self.angka = f"{LEMBAR_ATURAN}!$G$1:$G${angka}"


def bentuk_tahun() -> Iterator[tuple[str, bool]]:
    """Every written period in years ``validate`` reads, as the Jangka rule compares it.

    One to three digits, then optionally ``tahun``/``thn``/``th``, ending in one dot (the rule
    turns no-break spaces into spaces, trims and lowers the text, joins " t" to "t" and adds
    the dot). True when the years are 1–100.
    """
    for n in range(1000):
        angka = sorted({str(n), str(n).zfill(2), str(n).zfill(3)} if n < 100 else {str(n)})
        for teks in angka:
            for satuan in _SATUAN_TAHUN:
                yield f"{teks}{satuan}.", 1 <= n <= MAKS_TAHUN


def _lembar_aturan(wb: Workbook, unit_kerja: Sequence[UnitKerja]) -> RentangAturan:
    ws = wb.create_sheet(LEMBAR_ATURAN)
    ws.sheet_state = "hidden"
    n_jangka = 0
    for n_jangka, (teks, sah) in enumerate(bentuk_tahun(), start=1):
        ws.cell(n_jangka, 1, teks)
        ws.cell(n_jangka, 2, 2 if sah else 1)
    pilihan = [u.nama for u in unit_kerja] + [u.kode for u in unit_kerja]
    for n, teks in enumerate(pilihan, start=1):
        ws.cell(n, 4, teks)
    n_angka = 0
    for h in daftar_huruf():
        for angka in h.angka:
            n_angka += 1
            ws.cell(n_angka, 6, h.kode)
            ws.cell(n_angka, 7, angka)
    rentang = RentangAturan(n_jangka, len(pilihan), n_angka)
    for nama, tujuan in (
        (rentang.jangka, rentang.rentang_jangka),
        (rentang.jangka_sah, rentang.rentang_jangka_sah),
    ):
        wb.defined_names[nama] = DefinedName(nama, attr_text=tujuan)
    return rentang


def huruf_kolom(medan: str) -> str:
    """The column letter of record field ``medan`` in sheet ``Informasi``."""
    return get_column_letter(KOLOM.index(kolom(medan)) + 1)


def validasi_kolom(k: Kolom, aturan: RentangAturan) -> DataValidation:
    """The rule, input hint and error text of column ``k`` over rows 2 .. BARIS_AKHIR."""
    dv = aturan_kolom(k, aturan)
    dv.allow_blank = True  # required cells are checked by sidik validate, not by Excel
    dv.showInputMessage = True
    dv.promptTitle, dv.prompt = k.judul, terjemah(k.petunjuk_id)
    if dv.type is not None:
        dv.showErrorMessage = True
        dv.errorTitle = terjemah("workbook.dv.judul_galat", kolom=k.judul)
        dv.error = terjemah(f"workbook.dv.galat.{k.medan}")
    huruf = huruf_kolom(k.medan)
    dv.add(f"{huruf}2:{huruf}{BARIS_AKHIR}")
    return dv


def aturan_kolom(k: Kolom, aturan: RentangAturan) -> DataValidation:
    """Excel's rule for column ``k``: what ``validate`` accepts in a filled cell."""
    if k.medan == "no":  # anything: validate numbers the rows itself
        return DataValidation()
    if k.medan == "unit_kerja":
        return DataValidation("list", formula1=aturan.unit)
    if k.medan == "pasal17_huruf":
        return DataValidation("list", formula1='"' + ",".join(h.kode for h in daftar_huruf()) + '"')
    if k.medan == "pasal17_angka":
        return DataValidation("custom", formula1=rumus_angka(aturan))
    if k.medan == "jangka_waktu":
        return DataValidation("custom", formula1=rumus_jangka(aturan))
    batas = MAKS_JUDUL if k.medan == "judul" else MAKS_TEKS
    return DataValidation("textLength", operator="between", formula1="1", formula2=str(batas))


def rumus_angka(aturan: RentangAturan) -> str:
    """A point that the row's letter has; anything while the letter is blank or unknown."""
    a, e = f"{huruf_kolom('pasal17_angka')}2", f"{huruf_kolom('pasal17_huruf')}2"
    kode = ",".join(f'{e}="{h.kode}"' for h in daftar_huruf())
    return f"OR(NOT(OR({kode})),COUNTIFS({aturan.huruf},{e},{aturan.angka},{a})>0)"


def rumus_jangka(aturan: RentangAturan) -> str:
    """Whole years 1–100 (a number, or text like "5 tahun"), or text for letters g–j.

    Text is looked up among :func:`bentuk_tahun`: found in range is accepted, found out of
    range refused, not found is a written condition, accepted when the letter allows one.
    """
    j, e = f"{huruf_kolom('jangka_waktu')}2", f"{huruf_kolom('pasal17_huruf')}2"
    bebas = ",".join(f'{e}="{h.kode}"' for h in daftar_huruf() if not h.wajib_jangka_tahun)
    bersih = f'TRIM(SUBSTITUTE({j},_xlfn.UNICHAR(160)," "))'  # no-break spaces count as spaces
    teks = f'SUBSTITUTE(SUBSTITUTE(LOWER({bersih})," t","t")&".","..",".")'
    cari = f"SUMPRODUCT(({aturan.jangka}={teks})*{aturan.jangka_sah})"
    tahun = f"AND({j}=INT({j}),{j}>=1,{j}<={MAKS_TAHUN})"
    return f"IF(ISNUMBER({j}),{tahun},AND(ISTEXT({j}),CHOOSE({cari}+1,OR({bebas}),FALSE,TRUE)))"
