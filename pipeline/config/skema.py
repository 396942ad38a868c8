"""The reader that checks a table of ``sidik.toml`` against the keys its record declares
(:func:`pipeline.deklarasi.skema_tabel`), naming the offending key on error."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.deklarasi import Jenis, KunciToml, skema_tabel
from pipeline.errors import ConfigInvalid
from pipeline.messages import terjemah
from pipeline.model import Pejabat

FOLDER_DEV = Path("certs") / "dev"
_TEKS_BEBAS = KunciToml(Jenis.TEKS, "", "", "")  # a value of a table of free keys


class Pembaca:
    """Reads TOML tables against their declared keys, naming the offending key on error."""

    def __init__(self, berkas: Path) -> None:
        self.berkas = berkas

    def galat(self, message_id: str, **params: Any) -> ConfigInvalid:
        """A :class:`ConfigInvalid` naming this file."""
        return ConfigInvalid(message_id, berkas=str(self.berkas), **params)

    def tabel(self, data: Any, nama: str, skema: Mapping[str, KunciToml]) -> dict[str, Any]:
        """Check ``data`` (the table ``nama``) against its keys; fill in the defaults."""
        if not isinstance(data, dict):
            raise self.galat("konfig.tipe_salah", kunci=nama, tipe="tabel", nilai=data)
        for kunci in data:
            if kunci not in skema:
                raise self.galat(
                    "konfig.kunci_asing", kunci=f"{nama}.{kunci}", dikenal=", ".join(skema)
                )
        hasil = {}
        for kunci, k in skema.items():
            if kunci in data:
                hasil[kunci] = self._jenis_cocok(data[kunci], k, f"{nama}.{kunci}")
            elif k.wajib:
                raise self.galat("konfig.kunci_wajib", kunci=f"{nama}.{kunci}")
            else:
                hasil[kunci] = copy.deepcopy(k.bawaan)
        return hasil

    def teks_bebas(self, data: Any, nama: str) -> dict[str, str]:
        """A table of free keys (``[paraf.gambar]``), each holding text."""
        skema = dict.fromkeys(data, _TEKS_BEBAS) if isinstance(data, dict) else {}
        return self.tabel(data, nama, skema)

    def _jenis_cocok(self, nilai: Any, k: KunciToml, kunci: str) -> Any:
        if k.jenis is Jenis.BENAR_SALAH and not isinstance(nilai, bool):
            raise self.galat("konfig.tipe_salah", kunci=kunci, tipe=k.jenis.value, nilai=nilai)
        if k.jenis is Jenis.ANGKA and not (isinstance(nilai, int | float) and nilai >= 0):
            raise self.galat("konfig.tipe_salah", kunci=kunci, tipe=k.jenis.value, nilai=nilai)
        if k.jenis is Jenis.DAFTAR_TEKS and not (
            isinstance(nilai, list) and all(isinstance(v, str) for v in nilai)
        ):
            raise self.galat("konfig.tipe_salah", kunci=kunci, tipe=k.jenis.value, nilai=nilai)
        if k.jenis is Jenis.TEKS:
            if not isinstance(nilai, str) or (k.wajib and not nilai.strip()):
                raise self.galat("konfig.tipe_salah", kunci=kunci, tipe=k.jenis.value, nilai=nilai)
            return nilai.strip()
        return nilai  # a table is checked by its own reader

    def pejabat(self, data: Any, nama: str) -> Pejabat:
        """An official's table, with an 18-digit NIP."""
        nilai = self.tabel(data, nama, skema_tabel(Pejabat))
        nip = nilai["nip"].replace(" ", "")
        if not (len(nip) == 18 and nip.isdigit()):
            raise self.galat(
                "konfig.nilai_salah", kunci=f"{nama}.nip", sebab=terjemah("konfig.nip")
            )
        return Pejabat(
            nilai["nama"],
            nilai["jabatan"],
            nip,
            nilai["paraf"],
            nilai["pengguna"],
            nilai["pangkat"],
        )

    def path(self, nilai: str) -> Path:
        """A path from the file, resolved against the folder holding ``sidik.toml``."""
        p = Path(nilai).expanduser()
        return p if p.is_absolute() else (self.berkas.parent / p)
