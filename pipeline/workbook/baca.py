"""Read and validate the operator workbook; every problem is located by sheet, row, column."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from pipeline.config import Config
from pipeline.errors import InputInvalid, Masalah, WorkbookInvalid
from pipeline.legal.pasal17 import cari_huruf
from pipeline.model import Item
from pipeline.workbook.kontrak import (
    KOLOM,
    LEMBAR_INFORMASI,
    MAKS_BARIS,
    MAKS_JUDUL,
    MAKS_TEKS,
    Kolom,
    kunci_judul,
)

MAKS_UKURAN_TERURAI = 200 * 1024 * 1024  # a larger uncompressed .xlsx is refused (zip bomb)
_JANGKA = re.compile(r"^(\d{1,3})(?:\s*(?:tahun|thn|th))?\.?$", re.IGNORECASE)


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


def baca_items(berkas: Path, config: Config) -> list[Item]:
    """The items of a valid workbook; raise :class:`WorkbookInvalid` listing all problems."""
    hasil = periksa(berkas, config)
    if hasil.galat:
        raise WorkbookInvalid(str(berkas), hasil.masalah)
    return hasil.items


def periksa(berkas: Path, config: Config) -> HasilBaca:
    """Validate ``berkas`` against the input contract without raising for its content."""
    if not berkas.is_file():
        raise InputInvalid("berkas.tidak_ada", berkas=str(berkas))
    hasil = HasilBaca(berkas)
    lembar = _buka_lembar(berkas, hasil)
    if lembar is None:
        return hasil
    _Pembaca(berkas, config, hasil).baca(lembar)
    return hasil


def _buka_lembar(berkas: Path, hasil: HasilBaca) -> Any:
    try:
        _periksa_zip(berkas)
        wb = load_workbook(berkas, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as e:
        hasil.masalah.append(
            Masalah(str(berkas), "workbook.bukan_xlsx", params={"sebab": _sebab(e)})
        )
        return None
    if LEMBAR_INFORMASI not in wb.sheetnames:
        hasil.masalah.append(
            Masalah(
                str(berkas),
                "workbook.lembar_tidak_ada",
                params={"lembar": LEMBAR_INFORMASI, "ada": ", ".join(wb.sheetnames)},
            )
        )
        return None
    return wb[LEMBAR_INFORMASI]


def _periksa_zip(berkas: Path) -> None:
    with zipfile.ZipFile(berkas) as z:
        if sum(i.file_size for i in z.infolist()) > MAKS_UKURAN_TERURAI:
            raise ValueError("terlalu besar setelah diurai")


def _sebab(e: Exception) -> str:
    return type(e).__name__ + (f": {e}" if str(e) else "")


class _Pembaca:
    """Walks the ``Informasi`` sheet row by row, collecting items and problems."""

    def __init__(self, berkas: Path, config: Config, hasil: HasilBaca) -> None:
        self.berkas, self.config, self.hasil = berkas, config, hasil
        self.nilai_tersimpan: dict[tuple[int, int], Any] | None = None
        self.sel_bermasalah: set[tuple[int, str]] = set()

    def masalah(
        self,
        message_id: str,
        di_baris: int | None = None,
        di_kolom: str | None = None,
        isi: Any = None,
        peringatan: bool = False,
        **params: Any,
    ) -> None:
        """Record a problem; a cell gets only its first problem (no echo of the same cause)."""
        if di_baris is not None and di_kolom is not None:
            if (di_baris, di_kolom) in self.sel_bermasalah:
                return
            self.sel_bermasalah.add((di_baris, di_kolom))
        self.hasil.masalah.append(
            Masalah(
                str(self.berkas),
                message_id,
                LEMBAR_INFORMASI,
                di_baris,
                di_kolom,
                None if isi is None else str(isi),
                params,
                peringatan,
            )
        )

    def baca(self, lembar: Any) -> None:
        baris_iter = lembar.iter_rows()
        judul = next(baris_iter, ())
        peta = self._peta_kolom(judul)
        if peta is None:
            return
        judul_dilihat: dict[str, int] = {}
        for nomor, sel in enumerate(baris_iter, start=2):
            if nomor - 1 > MAKS_BARIS:
                self.masalah(
                    "workbook.terlalu_banyak_baris", jumlah=lembar.max_row - 1, maks=MAKS_BARIS
                )
                return
            nilai = {k.medan: self._nilai(sel, i, nomor, k) for k, i in peta.items()}
            if all(v in (None, "") for v in nilai.values()):
                continue
            item = self._item(nomor, nilai)
            if item is not None:
                self._cek_judul_ganda(item, judul_dilihat)
        if not self.hasil.items and not self.hasil.galat:
            self.masalah("workbook.kosong")

    def _peta_kolom(self, judul: tuple[Any, ...]) -> dict[Kolom, int] | None:
        indeks = {kunci_judul(str(c.value)): i for i, c in enumerate(judul) if c.value is not None}
        dikenal = {kunci_judul(k.judul) for k in KOLOM}
        for teks, i in indeks.items():
            if teks not in dikenal:
                self.masalah(
                    "workbook.kolom_asing",
                    1,
                    get_column_letter(i + 1),
                    peringatan=True,
                    kolom=str(judul[i].value),
                )
        hilang = [k for k in KOLOM if kunci_judul(k.judul) not in indeks]
        for k in hilang:
            self.masalah("workbook.kolom_tidak_ada", 1, k.judul, kolom=k.judul)
        if any(k.wajib for k in hilang):
            return None
        return {k: indeks[kunci_judul(k.judul)] for k in KOLOM if k not in hilang}

    def _nilai(self, sel: tuple[Any, ...], i: int, baris: int, kolom: Kolom) -> Any:
        if i >= len(sel):
            return None
        v = sel[i].value
        if isinstance(v, str) and v.startswith("="):
            v = self._tersimpan(baris, i + 1)
            if v is None:
                self.masalah("workbook.rumus_tanpa_nilai", baris, kolom.judul, sel[i].value)
                return None
        if isinstance(v, str):
            v = v.replace("\u00a0", " ").replace("\r\n", "\n").strip()
        return v

    def _tersimpan(self, baris: int, kolom: int) -> Any:
        """The cached value Excel saved for a formula cell (loaded only when needed)."""
        if self.nilai_tersimpan is None:
            wb = load_workbook(self.berkas, read_only=True, data_only=True)
            self.nilai_tersimpan = {
                (r, c): v
                for r, row in enumerate(wb[LEMBAR_INFORMASI].iter_rows(values_only=True), 1)
                for c, v in enumerate(row, 1)
                if v is not None
            }
        return self.nilai_tersimpan.get((baris, kolom))

    def _item(self, baris: int, nilai: dict[str, Any]) -> Item | None:
        jumlah_awal = len(self.hasil.galat)
        teks = {
            k.medan: self._teks(baris, k, nilai.get(k.medan))
            for k in KOLOM
            if k.medan not in ("no", "pasal17_angka", "jangka_waktu")
        }
        huruf = self._huruf(baris, teks["pasal17_huruf"])
        angka = self._angka(baris, huruf, nilai.get("pasal17_angka"))
        tahun, syarat = self._jangka(baris, huruf, nilai.get("jangka_waktu"))
        unit = self._unit(baris, teks["unit_kerja"])
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
        self.hasil.items.append(item)
        return item

    def _no(self, nilai: Any) -> int:
        if isinstance(nilai, (int, float)) and not isinstance(nilai, bool) and nilai >= 1:
            return int(nilai)
        return len(self.hasil.items) + 1

    def _teks(self, baris: int, kolom: Kolom, nilai: Any) -> str:
        teks = "" if nilai is None else _sebagai_teks(nilai)
        if kolom.wajib and not teks:
            self.masalah("workbook.wajib", baris, kolom.judul)
        batas = MAKS_JUDUL if kolom.medan == "judul" else MAKS_TEKS
        if len(teks) > batas:
            self.masalah(
                "workbook.terlalu_panjang",
                baris,
                kolom.judul,
                teks[:40] + "…",
                panjang=len(teks),
                maks=batas,
            )
        return teks

    def _huruf(self, baris: int, teks: str) -> str | None:
        if not teks:
            return None
        huruf = cari_huruf(teks)
        if huruf is None:
            self.masalah("workbook.huruf_salah", baris, "Pasal 17 Huruf", teks, nilai=teks)
            return None
        return huruf.kode

    def _angka(self, baris: int, kode: str | None, nilai: Any) -> int | None:
        if nilai in (None, "") or kode is None:
            return None
        huruf = cari_huruf(kode)
        teks = _sebagai_teks(nilai)
        angka = int(teks) if teks.isdigit() else None
        if huruf is None or angka is None or angka not in huruf.angka:
            ada = ", ".join(str(a) for a in huruf.angka) if huruf and huruf.angka else "-"
            self.masalah(
                "workbook.angka_salah", baris, "Angka", teks, huruf=kode, nilai=teks, ada=ada
            )
            return None
        return angka

    def _jangka(self, baris: int, kode: str | None, nilai: Any) -> tuple[int | None, str]:
        if nilai in (None, ""):
            self.masalah("workbook.wajib", baris, "Jangka Waktu")
            return None, ""
        teks = _sebagai_teks(nilai)
        cocok = _JANGKA.match(teks)
        if cocok and 1 <= int(cocok.group(1)) <= 100:
            return int(cocok.group(1)), ""
        huruf = cari_huruf(kode) if kode else None
        if huruf is not None and not huruf.wajib_jangka_tahun and not cocok:
            return None, teks
        message_id = (
            "workbook.jangka_wajib_tahun" if huruf and not cocok else "workbook.jangka_salah"
        )
        self.masalah(message_id, baris, "Jangka Waktu", teks, huruf=kode, nilai=teks)
        return None, ""

    def _unit(self, baris: int, teks: str) -> str | None:
        if not teks:
            return None
        unit = self.config.cari_unit(teks)
        if unit is None:
            pilihan = ", ".join(u.nama for u in self.config.unit_kerja)
            self.masalah(
                "workbook.unit_tidak_dikenal",
                baris,
                "Unit Kerja",
                teks,
                nilai=teks,
                pilihan=pilihan,
            )
            return None
        return unit.kode

    def _cek_judul_ganda(self, item: Item, dilihat: dict[str, int]) -> None:
        kunci = " ".join(item.judul.split()).casefold()
        if kunci in dilihat:
            self.masalah(
                "workbook.judul_ganda",
                item.baris,
                "Judul Informasi",
                item.judul,
                baris_lain=dilihat[kunci],
            )
        else:
            dilihat[kunci] = item.baris


def _sebagai_teks(nilai: Any) -> str:
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    return str(nilai).strip()


def baris_item(items: list[Item]) -> Iterator[tuple[int, Item]]:
    """Items with their sheet row numbers (for reports)."""
    return ((i.baris, i) for i in items)
