"""The row walker: reads the ``Informasi`` sheet once, in bounded rows and columns.

Headers are matched in row 1; rows 2 to ``MAKS_BARIS + 1`` become items; a non-blank row past
that stops the reading with one problem, so a 100,000-row file costs no more than the limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from pipeline.config import Config
from pipeline.errors import Masalah
from pipeline.model import Item
from pipeline.progres import LAPOR_SETIAP, Hitung
from pipeline.workbook.berkas import buka_baca_saja, urai
from pipeline.workbook.isian import PemeriksaIsian
from pipeline.workbook.kontrak import KOLOM, LEMBAR_INFORMASI, MAKS_BARIS, Kolom, bentuk_judul
from pipeline.workbook.nilai import (
    karakter_format,
    kosong,
    nama_karakter,
    nilai_galat,
    nilai_tanggal,
    normalkan_teks,
    tampakkan,
)

_HURUF = re.compile(r"[A-Z]{1,3}")
_TEKS = [k for k in KOLOM if k.medan not in ("no", "pasal17_angka", "jangka_waktu")]


@dataclass
class HasilBaca:
    """What reading a workbook found: the valid items and every problem (errors and warnings)."""

    berkas: Path
    items: list[Item] = field(default_factory=list)
    masalah: list[Masalah] = field(default_factory=list)

    @property
    def galat(self) -> list[Masalah]:
        """The problems that block rendering (warnings excluded)."""
        return [m for m in self.masalah if not m.peringatan]


class Pembaca(PemeriksaIsian):
    """Walks the ``Informasi`` sheet row by row, collecting items and problems."""

    def __init__(self, berkas: Path, config: Config, hasil: HasilBaca) -> None:
        self.berkas, self.config, self.hasil = berkas, config, hasil
        self.nilai_tersimpan: dict[tuple[int, int], Any] | None = None
        self.sel_bermasalah: set[tuple[int, str]] = set()
        self.batas_kolom = len(KOLOM)
        self.huruf_judul: dict[str, str] = {}  # contract header -> its column letter here

    def masalah(
        self,
        message_id: str,
        di_baris: int | None = None,
        di_kolom: str | None = None,
        isi: Any = None,
        peringatan: bool = False,
        **params: Any,
    ) -> None:
        """Record a problem; after an error in a cell, nothing more is said about that cell."""
        if di_baris is not None and di_kolom is not None:
            if (di_baris, di_kolom) in self.sel_bermasalah:
                return
            if not peringatan:
                self.sel_bermasalah.add((di_baris, di_kolom))
        nilai = None if isi is None else str(isi)
        self.hasil.masalah.append(
            Masalah(
                str(self.berkas),
                message_id,
                LEMBAR_INFORMASI,
                di_baris,
                di_kolom,
                nilai,
                params,
                peringatan,
                self._huruf(di_kolom),
            )
        )

    def _huruf(self, kolom: str | None) -> str | None:
        """The letter of a column named by its contract header or already by its letter."""
        if kolom is None:
            return None
        if kolom in self.huruf_judul:
            return self.huruf_judul[kolom]
        return kolom if _HURUF.fullmatch(kolom) else None

    def baca(
        self,
        lembar: Any,
        lapor: Hitung | None = None,
        baris_tersimpan: int | None = None,
    ) -> None:
        """Read the headers, then every data row up to the row limit.

        ``lapor(rows read, rows expected)`` is told every :data:`LAPOR_SETIAP` rows; what is
        expected is the row count the file saved (``baris_tersimpan``, headers included), grown
        to what was read if the file said less.
        """
        judul = next(urai(lembar.iter_rows(min_row=1, max_row=1)), ())
        peta = self._peta_kolom(judul)
        if peta is None:
            return
        self.batas_kolom = max(peta.values()) + 1
        judul_dilihat: dict[str, int] = {}
        baris_data = urai(lembar.iter_rows(min_row=2, max_col=self.batas_kolom))
        total = min(max((baris_tersimpan or 1) - 1, 1), MAKS_BARIS + 1)
        dibaca = 0
        for nomor, sel in enumerate(baris_data, start=2):
            dibaca = nomor - 1
            if lapor is not None and dibaca % LAPOR_SETIAP == 0:
                total = max(total, dibaca)
                lapor(dibaca, total)
            if all(kosong(c.value) for c in sel):
                continue
            if nomor > MAKS_BARIS + 1:
                self.masalah("workbook.terlalu_banyak_baris", nomor, maks=MAKS_BARIS)
                break
            nilai = {k.medan: self._nilai(sel, i, nomor, k) for k, i in peta.items()}
            item = self._item(nomor, nilai)
            if item is not None:
                self._cek_judul_ganda(item, judul_dilihat)
        if lapor is not None:
            lapor(max(total, dibaca), max(total, dibaca))
        if not self.hasil.items and not self.hasil.galat:
            self.masalah("workbook.kosong")

    def _peta_kolom(self, judul: tuple[Any, ...]) -> dict[Kolom, int] | None:
        dikenal = {bentuk_judul(k.judul): k for k in KOLOM}
        peta: dict[Kolom, int] = {}
        for i, sel in enumerate(judul):
            if kosong(sel.value):
                continue
            teks = normalkan_teks(str(sel.value))
            kolom = dikenal.get(bentuk_judul(teks))
            huruf = get_column_letter(i + 1)
            if kolom is None:
                self.masalah("workbook.kolom_asing", 1, huruf, peringatan=True, kolom=teks)
            elif kolom in peta:
                lain = get_column_letter(peta[kolom] + 1)
                self.masalah("workbook.kolom_ganda", 1, huruf, teks, kolom=kolom.judul, lain=lain)
            else:
                peta[kolom] = i
                self.huruf_judul[kolom.judul] = huruf
        hilang = [k for k in KOLOM if k not in peta]
        for k in hilang:
            self.masalah("workbook.kolom_tidak_ada", 1, k.judul, kolom=k.judul)
        if any(k.wajib for k in hilang) or self.hasil.galat:
            return None
        return peta

    def _nilai(self, sel: tuple[Any, ...], i: int, baris: int, kolom: Kolom) -> Any:
        if i >= len(sel):
            return None
        v = sel[i].value
        if sel[i].data_type == "f":
            v = self._tersimpan(baris, i + 1)
            if v is None:
                self.masalah("workbook.rumus_tanpa_nilai", baris, kolom.judul, sel[i].value)
                return None
        if nilai_galat(v):
            self.masalah("workbook.rumus_galat", baris, kolom.judul, v, nilai=v)
            return None
        if nilai_tanggal(v):
            self.masalah("workbook.sel_tanggal", baris, kolom.judul, v, nilai=v)
            return None
        if isinstance(v, str):
            return self._teks_tampak(v, baris, kolom)
        return v

    def _teks_tampak(self, teks: str, baris: int, kolom: Kolom) -> str | None:
        """``teks`` normalised; None, with a problem naming it, when it holds an invisible
        format character (which could reverse or hide words of the signed documents)."""
        ditemukan = karakter_format(teks)
        if ditemukan is None:
            return normalkan_teks(teks)
        posisi, karakter = ditemukan
        self.masalah(
            "workbook.karakter_format",
            baris,
            kolom.judul,
            tampakkan(teks),
            karakter=nama_karakter(karakter),
            posisi=posisi,
        )
        return None

    def _tersimpan(self, baris: int, kolom: int) -> Any:
        """The cached value Excel saved for a formula cell (loaded only when needed)."""
        if self.nilai_tersimpan is None:
            wb = buka_baca_saja(self.berkas, data_only=True)
            try:
                lembar = wb[LEMBAR_INFORMASI]
                lembar.reset_dimensions()
                baris_iter = urai(
                    lembar.iter_rows(
                        max_row=MAKS_BARIS + 1, max_col=self.batas_kolom, values_only=True
                    )
                )
                self.nilai_tersimpan = {
                    (r, c): v
                    for r, row in enumerate(baris_iter, 1)
                    for c, v in enumerate(row, 1)
                    if v is not None
                }
            finally:
                wb.close()
        return self.nilai_tersimpan.get((baris, kolom))

    def _item(self, baris: int, nilai: dict[str, Any]) -> Item | None:
        jumlah_awal = len(self.hasil.galat)
        teks = {k.medan: self.teks(baris, k, nilai.get(k.medan)) for k in _TEKS}
        huruf = self.huruf(baris, teks["pasal17_huruf"])
        angka = self.angka(baris, huruf, nilai.get("pasal17_angka"))
        tahun, syarat = self.jangka(baris, huruf, nilai.get("jangka_waktu"))
        unit = self.unit(baris, teks["unit_kerja"])
        if len(self.hasil.galat) > jumlah_awal or huruf is None or unit is None:
            return None
        item = Item(
            no=self._no(nilai.get("no")),
            judul=teks["judul"],
            unit_kerja=unit,
            pasal17_huruf=huruf,
            pasal17_angka=angka,
            konsekuensi=teks["konsekuensi"],
            pertimbangan=teks["pertimbangan"],
            jangka_waktu_tahun=tahun,
            jangka_waktu_syarat=syarat,
            uraian=teks["uraian"],
            dasar_hukum_lain=teks["dasar_hukum_lain"],
            keterangan=teks["keterangan"],
            baris=baris,
        )
        self.cek_dasar_undang_undang(baris, huruf, item.dasar_hukum_lain)
        self.cek_pasal_perubahan(baris, item.dasar_hukum_lain)
        self.hasil.items.append(item)
        return item

    def _no(self, nilai: Any) -> int:
        if isinstance(nilai, (int, float)) and not isinstance(nilai, bool) and nilai >= 1:
            return int(nilai)
        return len(self.hasil.items) + 1

    def _cek_judul_ganda(self, item: Item, dilihat: dict[str, int]) -> None:
        bentuk = " ".join(item.judul.split()).casefold()
        if bentuk in dilihat:
            self.masalah(
                "workbook.judul_ganda",
                item.baris,
                "Judul Informasi",
                item.judul,
                baris_lain=dilihat[bentuk],
            )
        else:
            dilihat[bentuk] = item.baris
