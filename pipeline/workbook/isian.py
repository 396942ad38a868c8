"""The rules for each field of an item: required text, Pasal 17 letter and point, period, unit.

:class:`PemeriksaIsian` checks one normalised value at a time and records what is wrong through
:meth:`PemeriksaIsian.masalah`, which the row walker provides.
"""

from __future__ import annotations

from typing import Any

from pipeline.config import Config
from pipeline.legal.dasar_hukum import menyebut_undang_undang, pasal_pada_perubahan
from pipeline.legal.pasal17 import cari_huruf
from pipeline.workbook.kontrak import MAKS_JUDUL, MAKS_TAHUN, MAKS_TEKS, Kolom
from pipeline.workbook.nilai import (
    sebagai_teks,
    tahun_jangka,
    tampak_angka,
    tampak_tanggal,
    tanda_templat,
)


class PemeriksaIsian:
    """Field rules of the input contract; subclasses say where a problem is recorded."""

    config: Config

    def masalah(
        self,
        message_id: str,
        di_baris: int | None = None,
        di_kolom: str | None = None,
        isi: Any = None,
        peringatan: bool = False,
        **params: Any,
    ) -> None:
        """Record a problem at a cell (implemented by the row walker)."""
        raise NotImplementedError

    def teks(self, baris: int, kolom: Kolom, nilai: Any) -> str:
        """A text field: required if the contract says so, within its length limit."""
        teks = "" if nilai is None else sebagai_teks(nilai)
        if kolom.wajib and not teks:
            self.masalah("workbook.wajib", baris, kolom.judul)
        batas = MAKS_JUDUL if kolom.medan == "judul" else MAKS_TEKS
        if len(teks) > batas:
            potongan = teks[:40] + "…"
            self.masalah(
                "workbook.terlalu_panjang",
                baris,
                kolom.judul,
                potongan,
                panjang=len(teks),
                maks=batas,
            )
        self.cek_templat(baris, kolom.judul, teks)
        return teks

    def cek_templat(self, baris: int, judul_kolom: str, teks: str) -> None:
        """Warn that template markers will be shown literally (they are never executed)."""
        tanda = tanda_templat(teks)
        if tanda is not None:
            self.masalah(
                "workbook.sintaks_templat", baris, judul_kolom, teks, peringatan=True, tanda=tanda
            )

    def huruf(self, baris: int, teks: str) -> str | None:
        """The Pasal 17 letter a–j."""
        if not teks:
            return None
        huruf = cari_huruf(teks)
        if huruf is None:
            self.masalah("workbook.huruf_salah", baris, "Pasal 17 Huruf", teks, nilai=teks)
            return None
        return huruf.kode

    def cek_dasar_undang_undang(self, baris: int, kode: str, dasar_hukum_lain: str) -> None:
        """Warn when a letter that rests on an undang-undang (huruf j) names none in Dasar
        Hukum Lain: the exemption then has no legal basis a hearing would accept."""
        huruf = cari_huruf(kode)
        if huruf and huruf.wajib_undang_undang and not menyebut_undang_undang(dasar_hukum_lain):
            self.masalah(
                "workbook.tanpa_undang_undang",
                baris,
                "Dasar Hukum Lain",
                dasar_hukum_lain or None,
                peringatan=True,
                huruf=kode,
            )

    def cek_pasal_perubahan(self, baris: int, dasar_hukum_lain: str) -> None:
        """Warn when an article is cited as an amending law's own (Pasal 79 UU 24/2013): it is
        an article of the law it amends, as amended (UU 23/2006 as amended by UU 24/2013)."""
        for pasal, dasar in pasal_pada_perubahan(dasar_hukum_lain):
            self.masalah(
                "workbook.pasal_perubahan",
                baris,
                "Dasar Hukum Lain",
                dasar_hukum_lain,
                peringatan=True,
                pasal=pasal,
                undang_undang=dasar.nama.split(" tentang ")[0],
            )

    def angka(self, baris: int, kode: str | None, nilai: Any) -> int | None:
        """The numbered point, which must exist for the letter ``kode``."""
        if nilai in (None, "") or kode is None:
            return None
        huruf = cari_huruf(kode)
        teks = sebagai_teks(nilai)
        angka = int(teks) if teks.isdigit() else None
        if huruf is None or angka is None or angka not in huruf.angka:
            ada = ", ".join(str(a) for a in huruf.angka) if huruf and huruf.angka else "-"
            self.masalah(
                "workbook.angka_salah", baris, "Angka", teks, huruf=kode, nilai=teks, ada=ada
            )
            return None
        return angka

    def jangka(self, baris: int, kode: str | None, nilai: Any) -> tuple[int | None, str]:
        """The period: whole years 1–100, or for letters g–j a written condition.

        A number that is not such a count (``2.5``, ``0``, ``-3``) is refused for every letter:
        it is never taken as a written condition.
        """
        if nilai in (None, ""):
            self.masalah("workbook.wajib", baris, "Jangka Waktu")
            return None, ""
        teks = sebagai_teks(nilai)
        if tampak_tanggal(teks):
            self.masalah("workbook.jangka_tanggal", baris, "Jangka Waktu", teks, nilai=teks)
            return None, ""
        tahun = tahun_jangka(teks)
        if tahun is not None and 1 <= tahun <= MAKS_TAHUN:
            return tahun, ""
        if tampak_angka(nilai):
            self.masalah("workbook.jangka_salah", baris, "Jangka Waktu", teks, nilai=teks)
            return None, ""
        huruf = cari_huruf(kode) if kode else None
        if huruf is not None and not huruf.wajib_jangka_tahun and tahun is None:
            self.cek_templat(baris, "Jangka Waktu", teks)
            return None, teks
        wajib_tahun = huruf is not None and tahun is None
        message_id = "workbook.jangka_wajib_tahun" if wajib_tahun else "workbook.jangka_salah"
        self.masalah(message_id, baris, "Jangka Waktu", teks, huruf=kode, nilai=teks)
        return None, ""

    def unit(self, baris: int, teks: str) -> str | None:
        """The work unit's code, from its code or name in ``sidik.toml``."""
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
