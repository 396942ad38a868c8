"""Dasar pengecualian informasi menurut Pasal 17 UU 14/2008 (UU KIP).

Datanya hanya ada di ``pasal17.json``; modul ini memuat, memeriksa, dan
menyajikannya sebagai :class:`Huruf`, serta membentuk kutipan pasal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

NAMA_UU = "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
NAMA_UU_SINGKAT = "UU KIP"
_BERKAS_DATA = "pasal17.json"


@dataclass(frozen=True)
class Huruf:
    """Satu huruf Pasal 17 UU KIP beserta angka-angkanya.

    ``wajib_jangka_tahun`` benar untuk huruf a–f: menurut Pasal 20 ayat (1)
    pengecualiannya tidak permanen, sehingga jangka waktu (tahun) wajib ditetapkan.
    ``wajib_undang_undang`` benar untuk huruf j: dasarnya harus sebuah undang-undang.
    """

    kode: str
    uraian: str
    angka: Mapping[int, str] = field(hash=False)
    wajib_jangka_tahun: bool
    wajib_undang_undang: bool = False


def _buat_huruf(kode: str, data: Mapping[str, Any]) -> Huruf:
    angka = {int(nomor): teks for nomor, teks in data["angka"].items()}
    if sorted(angka) != list(range(1, len(angka) + 1)):
        raise ValueError(f"{_BERKAS_DATA}: angka huruf {kode} harus berurutan mulai dari 1")
    return Huruf(
        kode=kode,
        uraian=data["uraian"],
        angka=MappingProxyType(dict(sorted(angka.items()))),
        wajib_jangka_tahun=bool(data["wajib_jangka_tahun"]),
        wajib_undang_undang=bool(data.get("wajib_undang_undang", False)),
    )


@cache
def daftar_huruf() -> tuple[Huruf, ...]:
    """Kembalikan huruf a sampai j Pasal 17 UU KIP, berurutan (dimuat sekali)."""
    teks = resources.files("pipeline.legal").joinpath(_BERKAS_DATA).read_text(encoding="utf-8")
    data = json.loads(teks)["huruf"]
    return tuple(_buat_huruf(kode, data[kode]) for kode in sorted(data))


def _normalkan(kode: str) -> str:
    return kode.strip().lower()


def cari_huruf(kode: str) -> Huruf | None:
    """Cari huruf menurut kodenya, tanpa peduli huruf besar/kecil dan spasi (" H " → h)."""
    kode = _normalkan(kode)
    return next((huruf for huruf in daftar_huruf() if huruf.kode == kode), None)


def angka_sah(kode: str, angka: int) -> bool:
    """Periksa apakah ``angka`` ada pada huruf ``kode``."""
    huruf = cari_huruf(kode)
    return huruf is not None and angka in huruf.angka


def _rujukan(kode: str, angka: int | None) -> str:
    huruf = cari_huruf(kode)
    if huruf is None:
        kode_sah = ", ".join(h.kode for h in daftar_huruf())
        raise ValueError(f"Pasal 17 UU KIP tidak memiliki huruf {kode!r} (yang ada: {kode_sah})")
    if angka is None:
        return f"Pasal 17 huruf {huruf.kode}"
    if angka not in huruf.angka:
        raise ValueError(_pesan_angka_salah(huruf, angka))
    return f"Pasal 17 huruf {huruf.kode} angka {angka}"


def _pesan_angka_salah(huruf: Huruf, angka: int) -> str:
    if not huruf.angka:
        return f"Pasal 17 huruf {huruf.kode} UU KIP tidak memiliki angka (diberikan: {angka})"
    return (
        f"Pasal 17 huruf {huruf.kode} UU KIP tidak memiliki angka {angka} "
        f"(yang ada: 1 sampai {len(huruf.angka)})"
    )


def kutipan(kode: str, angka: int | None = None) -> str:
    """Bentuk kutipan lengkap, mis. "Pasal 17 huruf h angka 1 Undang-Undang Nomor 14 ...".

    Menimbulkan ``ValueError`` bila huruf atau angkanya tidak ada.
    """
    return f"{_rujukan(kode, angka)} {NAMA_UU}"


def kutipan_singkat(kode: str, angka: int | None = None) -> str:
    """Bentuk kutipan singkat, mis. "Pasal 17 huruf h angka 1 UU KIP"."""
    return f"{_rujukan(kode, angka)} {NAMA_UU_SINGKAT}"


@dataclass(frozen=True)
class BarisReferensi:
    """One row of the workbook's ``Referensi`` sheet: a letter, or one numbered point of it."""

    huruf: str
    angka: int | None
    uraian: str
    kutipan: str
    wajib_jangka_tahun: bool


def baris_referensi() -> list[BarisReferensi]:
    """Every letter of Pasal 17 followed by its numbered points, ready for a reference table.

    The same data and citations the documents use, so the operator picks what will be printed.
    """
    baris: list[BarisReferensi] = []
    for h in daftar_huruf():
        baris.append(
            BarisReferensi(h.kode, None, h.uraian, kutipan_singkat(h.kode), h.wajib_jangka_tahun)
        )
        baris += [
            BarisReferensi(h.kode, n, teks, kutipan_singkat(h.kode, n), h.wajib_jangka_tahun)
            for n, teks in h.angka.items()
        ]
    return baris
