"""The configuration as sidik read it, key by key, for the admin page: what each value is,
with its declared description, and never a secret.

``sidik.toml`` holds no passphrase or PIN (only the names of the environment variables that
do, and a development key's passphrase file); even so, any key whose name speaks of a secret
(:data:`_RAHASIA`) is shown as hidden unless it names an environment variable (``*_env``).
Environment variables themselves are never read here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.deklarasi import METADATA, KunciToml

_RAHASIA = ("sandi", "pin", "passphrase", "rahasia", "password", "secret", "token_api")
TERSEMBUNYI = object()
"""The value of a key that is not shown."""


@dataclass(frozen=True)
class NilaiTerbaca:
    """One key of the configuration as read: its dotted name, value and description."""

    kunci: str
    nilai: Any  # the value, or TERSEMBUNYI
    deklarasi: KunciToml | None

    def teks(self) -> str:
        """The value as one line of text ("" for an empty value)."""
        return _teks(self.nilai)

    @property
    def tersembunyi(self) -> bool:
        """True when the value is withheld (a key naming a secret)."""
        return self.nilai is TERSEMBUNYI

    def keterangan(self, bahasa: str = "id") -> str:
        """The key's declared description in ``bahasa``, if it has one."""
        return self.deklarasi.keterangan(bahasa) if self.deklarasi else ""


def nilai_terbaca(config: Config) -> list[NilaiTerbaca]:
    """Every value of ``config``, in declaration order (nested records flattened); paths
    inside the workspace relative to it, as ``sidik.toml`` writes them."""
    return list(_telusuri(config, "", config.berkas.parent))


def _telusuri(rekaman: Any, awalan: str, akar: Path) -> Iterator[NilaiTerbaca]:
    for medan in dataclasses.fields(rekaman):
        nama = f"{awalan}{medan.name}"
        nilai = getattr(rekaman, medan.name)
        if dataclasses.is_dataclass(nilai):
            yield from _telusuri(nilai, f"{nama}.", akar)
        elif _daftar_rekaman(nilai):
            for i, isi in enumerate(nilai, start=1):
                yield from _telusuri(isi, f"{nama}.{i}.", akar)
        elif medan.name != "berkas" or awalan:
            nilai = _sembunyikan(medan.name, _relatif(nilai, akar))
            yield NilaiTerbaca(nama, nilai, medan.metadata.get(METADATA))


def _relatif(nilai: Any, akar: Path) -> Any:
    if isinstance(nilai, Path) and nilai.is_relative_to(akar):
        return nilai.relative_to(akar)
    if isinstance(nilai, tuple) and nilai and isinstance(nilai[0], Path):
        return tuple(_relatif(n, akar) for n in nilai)
    return nilai


def _daftar_rekaman(nilai: Any) -> bool:
    return isinstance(nilai, tuple | list) and bool(nilai) and dataclasses.is_dataclass(nilai[0])


def _sembunyikan(nama: str, nilai: Any) -> Any:
    rahasia = any(kata in nama for kata in _RAHASIA) and not nama.endswith("_env")
    return TERSEMBUNYI if rahasia and nilai else nilai


def _teks(nilai: Any) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        return "true" if nilai else "false"
    if isinstance(nilai, tuple | list | frozenset):
        return ", ".join(_teks(n) for n in nilai)
    if isinstance(nilai, dict):
        return ", ".join(f"{k} = {_teks(v)}" for k, v in nilai.items())
    if isinstance(nilai, Path):
        return str(nilai)
    return str(nilai)
