"""One key of ``sidik.toml``, declared once: a dataclass field carrying the key's type in the
file, its default and its description in Indonesian and English (as pyHanko's ``config/api.py``
does with field metadata).

The records of :mod:`pipeline.config` (and :class:`pipeline.model.Pejabat` and
:class:`~pipeline.model.UnitKerja`, which the file also holds) declare their keys with
:func:`kunci_toml`; the validator (:mod:`pipeline.config.skema`), ``docs/konfigurasi.md``
and the file ``sidik init`` writes (:mod:`pipeline.ruang`) are all derived from these fields
by :func:`skema_tabel` and :func:`bagian`, so a key cannot be added in one place only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Jenis(StrEnum):
    """The type of a key's value in the TOML file (the words the error message uses)."""

    TEKS = "teks"
    ANGKA = "angka"
    BENAR_SALAH = "true/false"
    DAFTAR_TEKS = "daftar teks"
    TABEL = "tabel"  # a sub-table whose keys a record declares
    DAFTAR_TABEL = "daftar tabel"  # an array of tables, each declared by a record
    TABEL_BEBAS = "tabel bebas"  # a table of free keys, each holding text


class _Wajib:
    def __repr__(self) -> str:
        return "WAJIB"


WAJIB: Any = _Wajib()
"""The default of a key that must be written."""
TANPA: Any = dataclasses.MISSING
"""No default in Python: the record's constructor needs the value."""
SAMA: Any = object()
"""The Python default is the key's default in the file."""
METADATA = "sidik.toml"
"""The field-metadata entry holding a :class:`KunciToml`."""


@dataclass(frozen=True)
class KunciToml:
    """What ``sidik.toml`` says about one key: type, default, description, sub-table."""

    jenis: Jenis
    bawaan: Any
    id: str
    en: str
    tabel: type | None = None  # the record declaring a sub-table's keys
    kelompok: str = ""  # the sub-table a flat record's key is written under ("pejabat")
    anggota: str = ""  # of such a sub-table: the ``kelompok`` of the keys it holds

    @property
    def wajib(self) -> bool:
        """True when the key must be written (there is no default)."""
        return self.bawaan is WAJIB

    def keterangan(self, bahasa: str = "id") -> str:
        """The key's description in ``bahasa`` ("id" or "en")."""
        return self.en if bahasa == "en" else self.id


def kunci_toml(
    jenis: Jenis,
    bawaan: Any = WAJIB,
    *,
    id: str,  # noqa: A002 - the language code, as in the message catalogue
    en: str,
    python: Any = TANPA,
    tabel: type | None = None,
    kelompok: str = "",
) -> Any:
    """A dataclass field declaring one key of ``sidik.toml``.

    ``bawaan`` is the default in the file (:data:`WAJIB` when the key must be written);
    ``python`` the record's own default (:data:`SAMA` for the same value, :data:`TANPA` for none).
    """
    meta = {METADATA: KunciToml(jenis, bawaan, id, en, tabel, kelompok)}
    default = bawaan if python is SAMA else python
    if isinstance(default, list | dict):
        return dataclasses.field(default_factory=lambda: type(default)(default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def skema_tabel(rekaman: type, kelompok: str = "") -> dict[str, KunciToml]:
    """The keys of the table ``rekaman`` declares, in order (only those under ``kelompok``).

    Keys written under a sub-table of their own (``[pejabat.operator]`` for
    ``Config.operator``) appear as that one sub-table, at the place of its first key.
    """
    hasil: dict[str, KunciToml] = {}
    for medan in dataclasses.fields(rekaman):
        k: KunciToml | None = medan.metadata.get(METADATA)
        if k is None:
            continue
        if k.kelompok == kelompok:
            hasil[medan.name] = k
        elif not kelompok and k.kelompok not in hasil:
            hasil[k.kelompok] = _kelompok(rekaman, k.kelompok)
    return hasil


def _kelompok(rekaman: type, kelompok: str) -> KunciToml:
    """The sub-table ``kelompok`` of a flat record: required when one of its keys is."""
    wajib = any(k.wajib for k in skema_tabel(rekaman, kelompok).values())
    return KunciToml(Jenis.TABEL, WAJIB if wajib else {}, "", "", rekaman, anggota=kelompok)


def bagian(
    rekaman: type, awalan: str = "", kelompok: str = ""
) -> Iterator[tuple[str, dict[str, KunciToml]]]:
    """Every table under ``rekaman``, depth first: its dotted name and its keys."""
    semua = skema_tabel(rekaman, kelompok)
    if awalan:
        yield awalan, semua
    for nama, k in semua.items():
        if k.tabel is not None:
            yield from bagian(k.tabel, f"{awalan}.{nama}" if awalan else nama, k.anggota)
