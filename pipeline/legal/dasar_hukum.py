"""The legal bases a decree on exempted information cites under MENGINGAT.

The regulations live in ``dasar_hukum.json`` (shipped with the package), each with its name, its
promulgation (Lembaran Negara/Tambahan or Berita Negara) and its amendment chain (UU 23/2006
→ UU 24/2013). A decree cites the national laws of the SOP, then the laws the items' Dasar
Hukum name (an amending law is cited as the law it amends "sebagaimana telah diubah dengan"
it), in the order of the hierarchy of laws and then by year; a body adds its own regional
regulations (e.g. a Peraturan Bupati) in ``sidik.toml``, ``[penetapan]
dasar_hukum_tambahan``, which come last.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_BERKAS_DATA = "dasar_hukum.json"
_JENIS = {"UU": "Undang-Undang", "PP": "Peraturan Pemerintah"}
_URUTAN_JENIS = ("UU", "PP", "Permendagri", "Perki")
_SEBUTAN = re.compile(r"\b(Undang-Undang|Peraturan Pemerintah) Nomor (\d+) Tahun (\d{4})\b")
_PASAL_UU = re.compile(
    r"\b(Pasal \d+[A-Z]?(?: ayat \(\d+\))?) Undang-Undang Nomor (\d+) Tahun (\d{4})"
)
_UNDANG_UNDANG = re.compile(
    r"\bUndang-Undang\b|\bUU\b|\bPerppu\b|\bKUHA?P\b|\bKUHPerdata\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Peraturan:
    """One regulation: its key ("UU 23/2006"), name, promulgation and amendments."""

    kode: str
    nama: str
    pengundangan: str = ""
    diubah_dengan: tuple[str, ...] = ()
    mengubah: str = ""
    sebutan_lain: tuple[str, ...] = ()

    @property
    def kutipan(self) -> str:
        """Its name with its promulgation in brackets, as MENGINGAT writes it."""
        return f"{self.nama} ({self.pengundangan})" if self.pengundangan else self.nama

    @property
    def urutan(self) -> tuple[int, int, int]:
        """Hierarchy of laws first (UU, PP, ministerial, commission), then year and number."""
        jenis, nomor = self.kode.split(" ")
        angka, tahun = nomor.split("/")
        return _URUTAN_JENIS.index(jenis), int(tahun), int(angka)


def _peraturan(kode: str, data: Mapping[str, Any]) -> Peraturan:
    return Peraturan(
        kode,
        data["nama"],
        data.get("pengundangan", ""),
        tuple(data.get("diubah_dengan", ())),
        data.get("mengubah", ""),
        tuple(data.get("sebutan_lain", ())),
    )


@cache
def _data() -> dict[str, Any]:
    teks = resources.files("pipeline.legal").joinpath(_BERKAS_DATA).read_text(encoding="utf-8")
    return dict(json.loads(teks))


@cache
def daftar_peraturan() -> Mapping[str, Peraturan]:
    """Every regulation sidik knows, by key ("UU 14/2008")."""
    return {k: _peraturan(k, v) for k, v in _data()["peraturan"].items()}


def kutipan_lengkap(kode: str) -> str:
    """The citation of ``kode`` with its amendments: "UU 23/2006 (...) sebagaimana telah
    diubah dengan UU 24/2013 (...)", or "... beberapa kali diubah, terakhir dengan ..."."""
    semua = daftar_peraturan()
    dasar = semua[kode]
    if not dasar.diubah_dengan:
        return dasar.kutipan
    terakhir = semua[dasar.diubah_dengan[-1]].kutipan
    if len(dasar.diubah_dengan) == 1:
        return f"{dasar.kutipan} sebagaimana telah diubah dengan {terakhir}"
    return f"{dasar.kutipan} sebagaimana telah beberapa kali diubah, terakhir dengan {terakhir}"


@cache
def dasar_hukum_nasional() -> tuple[str, ...]:
    """The national laws cited by every decree (UU KIP, PP 61/2010, Permendagri, PerKI)."""
    return tuple(kutipan_lengkap(k) for k in _data()["nasional"])


def peraturan_disebut(teks: str) -> list[Peraturan]:
    """The known regulations ``teks`` names ("Pasal 79 Undang-Undang Nomor 24 Tahun 2013";
    "Kitab Undang-Undang Hukum Acara Pidana"), an amending law as the law it amends."""
    semua = daftar_peraturan()
    kode = [
        f"{'UU' if j == 'Undang-Undang' else 'PP'} {n}/{t}" for j, n, t in _SEBUTAN.findall(teks)
    ]
    kode += [p.kode for p in semua.values() if any(s in teks for s in p.sebutan_lain)]
    hasil: dict[str, Peraturan] = {}
    for k in kode:
        if k in semua:
            dasar = semua[k].mengubah or k
            hasil[dasar] = semua[dasar]
    return list(hasil.values())


def pasal_pada_perubahan(teks: str) -> list[tuple[str, Peraturan]]:
    """Articles ``teks`` cites as if they were an amending law's own ("Pasal 79 Undang-Undang
    Nomor 24 Tahun 2013"): each with the law it belongs to as amended (UU 23/2006)."""
    semua = daftar_peraturan()
    hasil = []
    for pasal, nomor, tahun in _PASAL_UU.findall(teks):
        ubah = semua.get(f"UU {nomor}/{tahun}")
        if ubah is not None and ubah.mengubah:
            hasil.append((pasal, semua[ubah.mengubah]))
    return hasil


def menyebut_undang_undang(teks: str) -> bool:
    """True when ``teks`` names an undang-undang (or a Perppu or a Kitab Undang-Undang)."""
    return bool(_UNDANG_UNDANG.search(teks))


def mengingat(tambahan: Sequence[str] = (), dasar_item: Iterable[str] = ()) -> list[str]:
    """The MENGINGAT list, without repeats: the national laws and the known laws named in the
    items' Dasar Hukum ``dasar_item`` in the order of the hierarchy of laws, then ``tambahan``
    (regional) as configured."""
    nasional = _data()["nasional"]
    dari_item = {p.kode: p for teks in dasar_item for p in peraturan_disebut(teks)}
    kode = sorted({*nasional, *dari_item}, key=lambda k: daftar_peraturan()[k].urutan)
    hasil: list[str] = []
    for dasar in (*(kutipan_lengkap(k) for k in kode), *tambahan):
        if dasar.strip() and dasar.strip() not in hasil:
            hasil.append(dasar.strip())
    return hasil


def tanda_baca_daftar(daftar: Sequence[str]) -> list[str]:
    """Each item of a list in a decree (MENGINGAT, Tembusan) ends with ";", the last with
    "." (as naskah dinas writes them)."""
    bersih = [d.rstrip(" ;.") for d in daftar]
    return [f"{d};" for d in bersih[:-1]] + [f"{d}." for d in bersih[-1:]]
