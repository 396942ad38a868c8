"""``sidik.toml`` -> a frozen, validated :class:`Config`.

Loaded once per command. Unknown keys are rejected by name, missing required keys
are named, and every path is resolved against the folder holding ``sidik.toml``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigInvalid
from pipeline.legal.nomor import periksa_pola
from pipeline.messages import terjemah
from pipeline.model import JenisDokumen, Pejabat, UnitKerja

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
class Pkcs11:
    """A key on a PKCS#11 token: module, token label, key and certificate labels, PIN source."""

    pustaka: Path
    token: str
    kunci: str
    sertifikat: str
    pin_env: str


@dataclass(frozen=True)
class Bsre:
    """BSrE's remote signing service: where it is, who signs, and where secrets come from."""

    url: str
    nik: str
    pengguna: str
    sandi_api_env: str
    passphrase_env: str
    batas_waktu: float
    ulangi: int


TINGKAT_PADES = ("B-B", "B-T", "B-LT", "B-LTA")
TEKS_KAKI_BSRE = (
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik "
    "yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN"
)


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
    tingkat: str = "B-B"
    tingkat_jenis: tuple[tuple[str, str], ...] = ()
    tsa_url: str = ""
    teks_kaki: str = TEKS_KAKI_BSRE
    pkcs11: Pkcs11 | None = None
    bsre: Bsre | None = None

    def tingkat_untuk(self, jenis: str) -> str:
        """The PAdES level for documents of ``jenis`` (its own, else the default)."""
        return dict(self.tingkat_jenis).get(jenis, self.tingkat)


@dataclass(frozen=True)
class Paraf:
    """Paraf settings: the hierarchy initialling beside the signer, and initials images."""

    hierarki: tuple[str, ...] = ("ppid_pelaksana",)
    gambar: tuple[tuple[str, Path], ...] = ()

    def gambar_untuk(self, nip: str) -> Path | None:
        """The PNG of the official with ``nip``, if one is configured."""
        return dict(self.gambar).get(nip)


@dataclass(frozen=True)
class Verifikasi:
    """Trust roots for ``sidik verify``."""

    akar_tepercaya: tuple[Path, ...]


@dataclass(frozen=True)
class Penetapan:
    """The decree (Surat Keputusan): regional laws cited after the national ones."""

    dasar_hukum_tambahan: tuple[str, ...] = ()


@dataclass(frozen=True)
class Publikasi:
    """``sidik publish``: where the website serves the signed PDFs.

    ``url_pdf`` is a pattern with {tahun} {bulan} {hari} {siklus} {berkas}; empty means the
    exports give the PDF's path relative to the export folder.
    """

    url_pdf: str = ""


@dataclass(frozen=True)
class Jalur:
    """Folders and programs sidik uses."""

    templat: Path
    keluaran: Path
    libreoffice: str
    ledger: Path = Path("output") / "sidik.db"


@dataclass(frozen=True)
class Kalender:
    """The office's extra closed days, on top of weekends and national holidays."""

    libur_kantor: tuple[date, ...] = ()


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
    penetapan: Penetapan = Penetapan()
    publikasi: Publikasi = Publikasi()
    paraf: Paraf = field(default_factory=Paraf)
    kalender: Kalender = Kalender()

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
    "penetapan": {},
    "publikasi": {},
    "paraf": {},
    "kalender": {},
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
    "pkcs12": "",
    "sandi_env": "SIDIK_SANDI_PKCS12",
    "sandi_berkas": "",
    "alasan": "Penetapan Daftar Informasi Publik yang Dikecualikan",
    "lokasi": "",
    "url_verifikasi": "",
    "tingkat": "B-B",
    "tingkat_jenis": {},
    "tsa_url": "",
    "teks_kaki": TEKS_KAKI_BSRE,
    "pkcs11": {},
    "bsre": {},
}
_SKEMA_PKCS11 = {
    "pustaka": WAJIB,
    "token": WAJIB,
    "kunci": WAJIB,
    "sertifikat": "",
    "pin_env": "SIDIK_PIN_PKCS11",
}
_SKEMA_BSRE = {
    "url": WAJIB,
    "nik": WAJIB,
    "pengguna": "",
    "sandi_api_env": "SIDIK_BSRE_SANDI_API",
    "passphrase_env": "SIDIK_BSRE_PASSPHRASE",
    "batas_waktu": 60,
    "ulangi": 3,
}
_SKEMA_PARAF: dict[str, Any] = {"hierarki": ["ppid_pelaksana"], "gambar": {}}
_SKEMA_VERIFIKASI: dict[str, Any] = {"akar_tepercaya": []}
_SKEMA_PENETAPAN: dict[str, Any] = {"dasar_hukum_tambahan": []}
_SKEMA_PUBLIKASI = {"url_pdf": ""}
_SKEMA_JALUR = {
    "templat": "templates",
    "keluaran": "output",
    "libreoffice": "soffice",
    "ledger": "",  # default: <keluaran>/sidik.db
}
_SKEMA_KALENDER: dict[str, Any] = {"libur_kantor": []}
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
        penetapan=_penetapan(r, atas["penetapan"]),
        publikasi=_publikasi(r, atas["publikasi"]),
        paraf=_paraf(r, atas["paraf"], len(tim)),
        kalender=_kalender(r, atas["kalender"]),
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
    metode = nilai["metode"]
    if metode not in ("pkcs12", "pkcs11", "bsre"):
        raise r.galat(
            "konfig.nilai_salah",
            kunci="penandatanganan.metode",
            sebab="metode yang didukung: pkcs12, pkcs11, bsre",
        )
    if metode == "pkcs12" and not nilai["pkcs12"]:
        raise r.galat("konfig.kunci_wajib", kunci="penandatanganan.pkcs12")
    pkcs12 = r.path(nilai["pkcs12"] or str(FOLDER_DEV / "atasan_ppid.p12"))
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
        **_tingkat(r, nilai),
        teks_kaki=nilai["teks_kaki"],
        pkcs11=_pkcs11(r, nilai["pkcs11"]) if metode == "pkcs11" else None,
        bsre=_bsre(r, nilai["bsre"]) if metode == "bsre" else None,
    )


def _tingkat(r: _Pembaca, nilai: dict[str, Any]) -> dict[str, Any]:
    """The default PAdES level, levels per document type, and the TSA they may need."""
    per_jenis = r.tabel(
        nilai["tingkat_jenis"], "penandatanganan.tingkat_jenis", {j.value: "" for j in JenisDokumen}
    )
    semua = {"tingkat": nilai["tingkat"]} | {f"tingkat_jenis.{k}": v for k, v in per_jenis.items()}
    for kunci, tingkat in semua.items():
        if tingkat and tingkat not in TINGKAT_PADES:
            raise r.galat(
                "konfig.nilai_salah",
                kunci=f"penandatanganan.{kunci}",
                sebab="tingkat PAdES: " + ", ".join(TINGKAT_PADES),
            )
    if any(t not in ("", "B-B") for t in semua.values()) and not nilai["tsa_url"]:
        raise r.galat("konfig.kunci_wajib", kunci="penandatanganan.tsa_url")
    return {
        "tingkat": nilai["tingkat"],
        "tingkat_jenis": tuple((k, v) for k, v in per_jenis.items() if v),
        "tsa_url": nilai["tsa_url"],
    }


def _pkcs11(r: _Pembaca, data: Any) -> Pkcs11:
    nilai = r.tabel(data, "penandatanganan.pkcs11", _SKEMA_PKCS11)
    return Pkcs11(
        r.path(nilai["pustaka"]),
        nilai["token"],
        nilai["kunci"],
        nilai["sertifikat"] or nilai["kunci"],
        nilai["pin_env"],
    )


def _bsre(r: _Pembaca, data: Any) -> Bsre:
    nilai = r.tabel(data, "penandatanganan.bsre", _SKEMA_BSRE)
    for kunci in ("batas_waktu", "ulangi"):
        if not isinstance(nilai[kunci], int | float) or nilai[kunci] < 0:
            raise r.galat(
                "konfig.tipe_salah",
                kunci=f"penandatanganan.bsre.{kunci}",
                tipe="angka",
                nilai=nilai[kunci],
            )
    return Bsre(
        nilai["url"].rstrip("/"),
        nilai["nik"],
        nilai["pengguna"],
        nilai["sandi_api_env"],
        nilai["passphrase_env"],
        float(nilai["batas_waktu"]),
        int(nilai["ulangi"]),
    )


def _paraf(r: _Pembaca, data: Any, jumlah_tim: int) -> Paraf:
    nilai = r.tabel(data, "paraf", _SKEMA_PARAF)
    boleh = {"operator", "ppid_pelaksana"} | {
        f"tim_pertimbangan.{i}" for i in range(1, jumlah_tim + 1)
    }
    hierarki = nilai["hierarki"]
    salah = [h for h in hierarki if h not in boleh]
    if salah or len(hierarki) > 3:
        raise r.galat(
            "konfig.nilai_salah",
            kunci="paraf.hierarki",
            sebab="paling banyak 3 dari: " + ", ".join(sorted(boleh)),
        )
    gambar = r.tabel(nilai["gambar"], "paraf.gambar", dict.fromkeys(nilai["gambar"], ""))
    return Paraf(tuple(hierarki), tuple((nip, r.path(p)) for nip, p in gambar.items()))


def _di_folder_dev(r: _Pembaca, *paths: Path) -> bool:
    dev = (r.berkas.parent / FOLDER_DEV).resolve()
    return all(p.resolve().is_relative_to(dev) for p in paths)


def _penetapan(r: _Pembaca, data: Any) -> Penetapan:
    nilai = r.tabel(data, "penetapan", _SKEMA_PENETAPAN)
    return Penetapan(tuple(nilai["dasar_hukum_tambahan"]))


def _publikasi(r: _Pembaca, data: Any) -> Publikasi:
    url = r.tabel(data, "publikasi", _SKEMA_PUBLIKASI)["url_pdf"]
    try:
        url.format(tahun="2026", bulan="01", hari="01", siklus="dik-x", berkas="daftar.pdf")
    except (KeyError, IndexError, ValueError) as e:
        sebab = terjemah("publikasi.url_pdf", galat=e)
        raise r.galat("konfig.nilai_salah", kunci="publikasi.url_pdf", sebab=sebab) from e
    return Publikasi(url)


def _jalur(r: _Pembaca, data: Any) -> Jalur:
    nilai = r.tabel(data, "jalur", _SKEMA_JALUR)
    keluaran = r.path(nilai["keluaran"])
    ledger = r.path(nilai["ledger"]) if nilai["ledger"] else keluaran / "sidik.db"
    return Jalur(r.path(nilai["templat"]), keluaran, nilai["libreoffice"], ledger)


def _kalender(r: _Pembaca, data: Any) -> Kalender:
    nilai = r.tabel(data, "kalender", _SKEMA_KALENDER)["libur_kantor"]
    try:
        return Kalender(tuple(sorted(date.fromisoformat(v) for v in nilai)))
    except ValueError as e:
        raise r.galat("konfig.nilai_salah", kunci="kalender.libur_kantor", sebab=str(e)) from e
