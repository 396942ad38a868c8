"""``sidik.toml`` -> a frozen, validated :class:`Config`.

Loaded once per command. Unknown keys are rejected by name, missing required keys
are named, and every path is resolved against the folder holding ``sidik.toml``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigInvalid
from pipeline.legal.nomor import periksa_pola
from pipeline.messages import terjemah
from pipeline.model import Pejabat, UnitKerja

NAMA_BERKAS = "sidik.toml"
WAJIB = object()  # a required text value
WAJIB_TABEL = object()  # a required table (or array of tables), checked by its own reader


@dataclass(frozen=True)
class Instansi:
    """The public body: government, agency, address and the city where it signs."""

    pemerintah: str
    dinas: str
    alamat: str
    kota: str


@dataclass(frozen=True)
class Penomoran:
    """How document numbers are built (pattern with {kode} {urut} {unit} {tahun})."""

    pola: str
    kode: str
    unit: str


@dataclass(frozen=True)
class Penandatanganan:
    """Where the Atasan PPID's key comes from and what the signature says."""

    metode: str
    pkcs12: Path
    sandi_env: str
    sandi_berkas: Path | None
    alasan: str
    lokasi: str
    url_verifikasi: str


@dataclass(frozen=True)
class Verifikasi:
    """Trust roots for ``sidik verify``."""

    akar_tepercaya: tuple[Path, ...]


@dataclass(frozen=True)
class Jalur:
    """Folders and programs sidik uses."""

    templat: Path
    keluaran: Path
    libreoffice: str


@dataclass(frozen=True)
class Config:
    """The whole validated configuration of one workspace."""

    berkas: Path
    instansi: Instansi
    penomoran: Penomoran
    unit_kerja: tuple[UnitKerja, ...]
    operator: Pejabat
    ppid_pelaksana: Pejabat
    tim_pertimbangan: tuple[Pejabat, ...]
    atasan_ppid: Pejabat
    penandatanganan: Penandatanganan
    verifikasi: Verifikasi
    jalur: Jalur

    @property
    def root(self) -> Path:
        """The workspace folder (where ``sidik.toml`` lives)."""
        return self.berkas.parent

    def cari_unit(self, nilai: str) -> UnitKerja | None:
        """The work unit whose code or name matches ``nilai`` (case-insensitive)."""
        kunci = " ".join(nilai.split()).casefold()
        for unit in self.unit_kerja:
            if kunci in (unit.kode.casefold(), unit.nama.casefold()):
                return unit
        return None

    def pemeriksa(self, kode_unit: str) -> Pejabat:
        """The PPID Pelaksana who checks and initials the items of a unit."""
        unit = self.cari_unit(kode_unit)
        return unit.ppid_pelaksana if unit and unit.ppid_pelaksana else self.ppid_pelaksana


class _Pembaca:
    """Reads TOML tables against small schemas, naming the offending key on error."""

    def __init__(self, berkas: Path) -> None:
        self.berkas = berkas

    def galat(self, message_id: str, **params: Any) -> ConfigInvalid:
        return ConfigInvalid(message_id, berkas=str(self.berkas), **params)

    def tabel(self, data: Any, nama: str, skema: Mapping[str, Any]) -> dict[str, Any]:
        """Check ``data`` (the table ``nama``) against ``skema`` {key: default|WAJIB}."""
        if not isinstance(data, dict):
            raise self.galat("konfig.tipe_salah", kunci=nama, tipe="tabel", nilai=data)
        for kunci in data:
            if kunci not in skema:
                raise self.galat(
                    "konfig.kunci_asing", kunci=f"{nama}.{kunci}", dikenal=", ".join(skema)
                )
        hasil = {}
        for kunci, bawaan in skema.items():
            if kunci not in data:
                if bawaan is WAJIB or bawaan is WAJIB_TABEL:
                    raise self.galat("konfig.kunci_wajib", kunci=f"{nama}.{kunci}")
                hasil[kunci] = bawaan
                continue
            hasil[kunci] = self._jenis_cocok(data[kunci], bawaan, f"{nama}.{kunci}")
        return hasil

    def _jenis_cocok(self, nilai: Any, bawaan: Any, kunci: str) -> Any:
        if bawaan is WAJIB_TABEL or bawaan is None or isinstance(bawaan, dict):
            return nilai
        if isinstance(bawaan, list):
            if not isinstance(nilai, list) or not all(isinstance(v, str) for v in nilai):
                raise self.galat("konfig.tipe_salah", kunci=kunci, tipe="daftar teks", nilai=nilai)
            return nilai
        if bawaan is WAJIB or isinstance(bawaan, str):
            if not isinstance(nilai, str) or (bawaan is WAJIB and not nilai.strip()):
                raise self.galat("konfig.tipe_salah", kunci=kunci, tipe="teks", nilai=nilai)
            return nilai.strip()
        return nilai

    def pejabat(self, data: Any, nama: str) -> Pejabat:
        nilai = self.tabel(data, nama, _SKEMA_PEJABAT)
        nip = nilai["nip"].replace(" ", "")
        if not (len(nip) == 18 and nip.isdigit()):
            raise self.galat(
                "konfig.nilai_salah", kunci=f"{nama}.nip", sebab=terjemah("konfig.nip")
            )
        return Pejabat(nilai["nama"], nilai["jabatan"], nip, nilai["paraf"])

    def path(self, nilai: str) -> Path:
        p = Path(nilai).expanduser()
        return p if p.is_absolute() else (self.berkas.parent / p)


_SKEMA_PEJABAT = {"nama": WAJIB, "jabatan": WAJIB, "nip": WAJIB, "paraf": ""}
_SKEMA_ATAS = {
    "instansi": WAJIB_TABEL,
    "penomoran": {},
    "unit_kerja": WAJIB_TABEL,
    "pejabat": WAJIB_TABEL,
    "penandatanganan": WAJIB_TABEL,
    "verifikasi": WAJIB_TABEL,
    "jalur": {},
}
_SKEMA_INSTANSI = {"pemerintah": WAJIB, "dinas": WAJIB, "alamat": WAJIB, "kota": WAJIB}
_SKEMA_PENOMORAN = {"pola": "{kode}/{urut:03d}/{unit}/{tahun}", "kode": "000.8.3", "unit": "PPID"}
_SKEMA_UNIT = {"kode": WAJIB, "nama": WAJIB, "ppid_pelaksana": None}
_SKEMA_PEJABAT_PERAN = {
    "operator": WAJIB_TABEL,
    "ppid_pelaksana": WAJIB_TABEL,
    "tim_pertimbangan": WAJIB_TABEL,
    "atasan_ppid": WAJIB_TABEL,
}
_SKEMA_TTD = {
    "metode": "pkcs12",
    "pkcs12": WAJIB,
    "sandi_env": "SIDIK_SANDI_PKCS12",
    "sandi_berkas": "",
    "alasan": "Penetapan Daftar Informasi Publik yang Dikecualikan",
    "lokasi": "",
    "url_verifikasi": "",
}
_SKEMA_VERIFIKASI: dict[str, Any] = {"akar_tepercaya": []}
_SKEMA_JALUR = {"templat": "templates", "keluaran": "output", "libreoffice": "soffice"}
FOLDER_DEV = Path("certs") / "dev"


def muat(berkas: Path) -> Config:
    """Load and validate ``berkas`` (a ``sidik.toml``); raise :class:`ConfigInvalid`."""
    berkas = berkas.resolve()
    if not berkas.is_file():
        raise ConfigInvalid("konfig.tidak_ada", berkas=str(berkas))
    try:
        data = tomllib.loads(berkas.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigInvalid("konfig.toml_rusak", berkas=str(berkas), sebab=str(e)) from e
    return _bangun(_Pembaca(berkas), data)


def _bangun(r: _Pembaca, data: dict[str, Any]) -> Config:
    atas = r.tabel(data, "sidik.toml", _SKEMA_ATAS)
    pejabat = r.tabel(atas["pejabat"], "pejabat", _SKEMA_PEJABAT_PERAN)
    tim = pejabat["tim_pertimbangan"]
    if not isinstance(tim, list) or not tim:
        raise r.galat(
            "konfig.tipe_salah",
            kunci="pejabat.tim_pertimbangan",
            tipe="daftar [[pejabat.tim_pertimbangan]]",
            nilai=tim,
        )
    return Config(
        berkas=r.berkas,
        instansi=Instansi(**r.tabel(atas["instansi"], "instansi", _SKEMA_INSTANSI)),
        penomoran=_penomoran(r, atas["penomoran"]),
        unit_kerja=_unit_kerja(r, atas["unit_kerja"]),
        operator=r.pejabat(pejabat["operator"], "pejabat.operator"),
        ppid_pelaksana=r.pejabat(pejabat["ppid_pelaksana"], "pejabat.ppid_pelaksana"),
        tim_pertimbangan=tuple(
            r.pejabat(p, f"pejabat.tim_pertimbangan[{i + 1}]") for i, p in enumerate(tim)
        ),
        atasan_ppid=r.pejabat(pejabat["atasan_ppid"], "pejabat.atasan_ppid"),
        penandatanganan=_penandatanganan(r, atas["penandatanganan"]),
        verifikasi=_verifikasi(r, atas["verifikasi"]),
        jalur=_jalur(r, atas["jalur"]),
    )


def _verifikasi(r: _Pembaca, data: Any) -> Verifikasi:
    akar = r.tabel(data, "verifikasi", _SKEMA_VERIFIKASI)["akar_tepercaya"]
    if not akar:
        raise r.galat("konfig.kunci_wajib", kunci="verifikasi.akar_tepercaya")
    return Verifikasi(tuple(r.path(p) for p in akar))


def _penomoran(r: _Pembaca, data: Any) -> Penomoran:
    nilai = r.tabel(data, "penomoran", _SKEMA_PENOMORAN)
    masalah = periksa_pola(nilai["pola"])
    if masalah:
        raise r.galat("konfig.nilai_salah", kunci="penomoran.pola", sebab="; ".join(masalah))
    return Penomoran(**nilai)


def _unit_kerja(r: _Pembaca, data: Any) -> tuple[UnitKerja, ...]:
    if not isinstance(data, list) or not data:
        raise r.galat(
            "konfig.tipe_salah", kunci="unit_kerja", tipe="daftar [[unit_kerja]]", nilai=data
        )
    units: list[UnitKerja] = []
    for i, tabel in enumerate(data, start=1):
        nilai = r.tabel(tabel, f"unit_kerja[{i}]", _SKEMA_UNIT)
        ppid = nilai["ppid_pelaksana"]
        units.append(
            UnitKerja(
                nilai["kode"],
                nilai["nama"],
                r.pejabat(ppid, f"unit_kerja[{i}].ppid_pelaksana") if ppid is not None else None,
            )
        )
        if [u.kode.casefold() for u in units].count(units[-1].kode.casefold()) > 1:
            raise r.galat(
                "konfig.nilai_salah",
                kunci=f"unit_kerja[{i}].kode",
                sebab=terjemah("konfig.unit_ganda", kode=units[-1].kode),
            )
    return tuple(units)


def _penandatanganan(r: _Pembaca, data: Any) -> Penandatanganan:
    nilai = r.tabel(data, "penandatanganan", _SKEMA_TTD)
    if nilai["metode"] != "pkcs12":
        raise r.galat(
            "konfig.nilai_salah",
            kunci="penandatanganan.metode",
            sebab="metode yang didukung: pkcs12",
        )
    pkcs12 = r.path(nilai["pkcs12"])
    sandi_berkas = r.path(nilai["sandi_berkas"]) if nilai["sandi_berkas"] else None
    if sandi_berkas is not None and not _di_folder_dev(r, pkcs12, sandi_berkas):
        raise r.galat(
            "konfig.nilai_salah",
            kunci="penandatanganan.sandi_berkas",
            sebab=terjemah("konfig.sandi_berkas_dev", env=nilai["sandi_env"]),
        )
    return Penandatanganan(
        metode=nilai["metode"],
        pkcs12=pkcs12,
        sandi_env=nilai["sandi_env"],
        sandi_berkas=sandi_berkas,
        alasan=nilai["alasan"],
        lokasi=nilai["lokasi"],
        url_verifikasi=nilai["url_verifikasi"],
    )


def _di_folder_dev(r: _Pembaca, *paths: Path) -> bool:
    dev = (r.berkas.parent / FOLDER_DEV).resolve()
    return all(p.resolve().is_relative_to(dev) for p in paths)


def _jalur(r: _Pembaca, data: Any) -> Jalur:
    nilai = r.tabel(data, "jalur", _SKEMA_JALUR)
    return Jalur(r.path(nilai["templat"]), r.path(nilai["keluaran"]), nilai["libreoffice"])
