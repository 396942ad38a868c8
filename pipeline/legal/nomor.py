"""Nomor naskah dinas menurut pola yang dapat diatur, mis. ``000.8.3/122/Dukcapil-Sekre``."""

from __future__ import annotations

from string import Formatter

NAMA_ISIAN: frozenset[str] = frozenset({"kode", "urut", "unit", "tahun"})
"""Nama isian yang boleh dipakai dalam pola nomor."""

_CONTOH = {"kode": "000.8.3", "urut": 1, "unit": "Unit", "tahun": 2026}


def _isian(pola: str) -> list[tuple[str, str]]:
    """Kembalikan pasangan (nama isian, spesifikasi format) dalam ``pola``.

    Menimbulkan ``ValueError`` (dari ``string.Formatter``) bila kurung kurawal tidak seimbang.
    """
    return [
        (nama, spesifikasi or "")
        for _, nama, spesifikasi, _ in Formatter().parse(pola)
        if nama is not None
    ]


def _masalah_isian(nama: str, spesifikasi: str) -> list[str]:
    masalah = []
    if nama not in NAMA_ISIAN:
        izin = ", ".join("{" + n + "}" for n in sorted(NAMA_ISIAN))
        masalah.append(f"isian {{{nama}}} tidak dikenal (yang boleh: {izin})")
    if "{" in spesifikasi:
        masalah.append(f"isian {{{nama}}} memakai isian bersarang, yang tidak didukung")
    return masalah


def _masalah_format(pola: str) -> list[str]:
    try:
        pola.format(**_CONTOH)
    except (ValueError, TypeError) as galat:
        return [f"spesifikasi format tidak cocok dengan isiannya: {galat}"]
    return []


def periksa_pola(pola: str) -> list[str]:
    """Periksa pola nomor; kembalikan daftar masalah (kosong bila pola sah).

    Pola memakai isian gaya ``str.format``: ``{kode}``, ``{urut}`` (boleh ``{urut:03d}``),
    ``{unit}``, dan ``{tahun}``; ``{urut}`` wajib ada agar setiap nomor berbeda.
    """
    try:
        isian = _isian(pola)
    except ValueError as galat:
        return [f"kurung kurawal tidak seimbang dalam pola {pola!r}: {galat}"]
    masalah = [m for nama, spesifikasi in isian for m in _masalah_isian(nama, spesifikasi)]
    if "urut" not in {nama for nama, _ in isian}:
        masalah.append("pola harus memuat isian {urut} (nomor urut)")
    return masalah or _masalah_format(pola)


def format_nomor(pola: str, *, kode: str, urut: int, unit: str, tahun: int) -> str:
    """Bentuk nomor naskah dari ``pola``, mis. "{kode}/{urut}/{unit}" → "000.8.3/122/Dukcapil".

    Menimbulkan ``ValueError`` (pesan berbahasa Indonesia) bila pola tidak sah.
    """
    masalah = periksa_pola(pola)
    if masalah:
        raise ValueError(f"pola nomor {pola!r} tidak sah: " + "; ".join(masalah))
    return pola.format(kode=kode, urut=urut, unit=unit, tahun=tahun)
