"""``sidik.toml`` -> a frozen, validated :class:`Config`.

Loaded once per command. Unknown keys are rejected by name, missing required keys
are named, and every path is resolved against the folder holding ``sidik.toml``.
The records live in :mod:`pipeline.config.bagian`, the schema and its reader in
:mod:`pipeline.config.skema`; this module builds one from the other.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.config.bagian import (  # re-exported: the records are this package's API
    TEKS_KAKI_BSRE,
    TINGKAT_PADES,
    Alur,
    Bsre,
    Config,
    Instansi,
    Jalur,
    Kalender,
    Paraf,
    Penandatanganan,
    Penetapan,
    Penomoran,
    Pkcs11,
    Publikasi,
    Verifikasi,
)
from pipeline.config.skema import (
    ATURAN_TIM,
    FOLDER_DEV,
    SKEMA_ALUR,
    SKEMA_ATAS,
    SKEMA_BSRE,
    SKEMA_INSTANSI,
    SKEMA_JALUR,
    SKEMA_KALENDER,
    SKEMA_KUNCI,
    SKEMA_PARAF,
    SKEMA_PEJABAT_PERAN,
    SKEMA_PENETAPAN,
    SKEMA_PENOMORAN,
    SKEMA_PKCS11,
    SKEMA_PUBLIKASI,
    SKEMA_TTD,
    SKEMA_UNIT,
    SKEMA_VERIFIKASI,
    Pembaca,
)
from pipeline.config.skema import SKEMA as SKEMA
from pipeline.config.skema import WAJIB as WAJIB
from pipeline.config.skema import WAJIB_TABEL as WAJIB_TABEL
from pipeline.errors import ConfigInvalid
from pipeline.legal.nomor import periksa_pola
from pipeline.messages import terjemah
from pipeline.model import JenisDokumen, UnitKerja

NAMA_BERKAS = "sidik.toml"

__all__ = [
    "Alur",
    "Bsre",
    "Config",
    "FOLDER_DEV",
    "Instansi",
    "Jalur",
    "Kalender",
    "NAMA_BERKAS",
    "Paraf",
    "Penandatanganan",
    "Penetapan",
    "Penomoran",
    "Pkcs11",
    "Publikasi",
    "SKEMA",
    "TEKS_KAKI_BSRE",
    "TINGKAT_PADES",
    "Verifikasi",
    "WAJIB",
    "WAJIB_TABEL",
    "muat",
]


def muat(berkas: Path) -> Config:
    """Load and validate ``berkas`` (a ``sidik.toml``); raise :class:`ConfigInvalid`."""
    berkas = berkas.resolve()
    if not berkas.is_file():
        raise ConfigInvalid("konfig.tidak_ada", berkas=str(berkas))
    try:
        data = tomllib.loads(berkas.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigInvalid("konfig.toml_rusak", berkas=str(berkas), sebab=str(e)) from e
    return _bangun(Pembaca(berkas), data)


def _bangun(r: Pembaca, data: dict[str, Any]) -> Config:
    atas = r.tabel(data, "sidik.toml", SKEMA_ATAS)
    pejabat = r.tabel(atas["pejabat"], "pejabat", SKEMA_PEJABAT_PERAN)
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
        instansi=Instansi(**r.tabel(atas["instansi"], "instansi", SKEMA_INSTANSI)),
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
        alur=_alur(r, atas["alur"]),
    )


def _alur(r: Pembaca, data: Any) -> Alur:
    alur = Alur(**r.tabel(data, "alur", SKEMA_ALUR))
    if alur.aturan_tim not in ATURAN_TIM:
        sebab = terjemah("konfig.pilihan", pilihan=", ".join(ATURAN_TIM))
        raise r.galat("konfig.nilai_salah", kunci="alur.aturan_tim", sebab=sebab)
    return alur


def _verifikasi(r: Pembaca, data: Any) -> Verifikasi:
    akar = r.tabel(data, "verifikasi", SKEMA_VERIFIKASI)["akar_tepercaya"]
    if not akar:
        raise r.galat("konfig.kunci_wajib", kunci="verifikasi.akar_tepercaya")
    return Verifikasi(tuple(r.path(p) for p in akar))


def _penomoran(r: Pembaca, data: Any) -> Penomoran:
    nilai = r.tabel(data, "penomoran", SKEMA_PENOMORAN)
    masalah = periksa_pola(nilai["pola"])
    if masalah:
        raise r.galat("konfig.nilai_salah", kunci="penomoran.pola", sebab="; ".join(masalah))
    return Penomoran(**nilai)


def _unit_kerja(r: Pembaca, data: Any) -> tuple[UnitKerja, ...]:
    if not isinstance(data, list) or not data:
        raise r.galat(
            "konfig.tipe_salah", kunci="unit_kerja", tipe="daftar [[unit_kerja]]", nilai=data
        )
    units: list[UnitKerja] = []
    for i, tabel in enumerate(data, start=1):
        nilai = r.tabel(tabel, f"unit_kerja[{i}]", SKEMA_UNIT)
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


METODE = ("pkcs12", "pkcs11", "bsre")


def _penandatanganan(r: Pembaca, data: Any) -> Penandatanganan:
    nilai = r.tabel(data, "penandatanganan", SKEMA_TTD)
    metode = _metode(r, nilai["metode"], "penandatanganan")
    if metode == "pkcs12" and not nilai["pkcs12"]:
        raise r.galat("konfig.kunci_wajib", kunci="penandatanganan.pkcs12")
    pkcs12 = r.path(nilai["pkcs12"] or str(FOLDER_DEV / "atasan_ppid.p12"))
    utama = Penandatanganan(
        metode=nilai["metode"],
        pkcs12=pkcs12,
        sandi_env=nilai["sandi_env"],
        sandi_berkas=_sandi_berkas(r, nilai, pkcs12, "penandatanganan"),
        alasan=nilai["alasan"],
        lokasi=nilai["lokasi"],
        url_verifikasi=nilai["url_verifikasi"],
        **_tingkat(r, nilai),
        teks_kaki=nilai["teks_kaki"],
        pkcs11=_pkcs11(r, nilai["pkcs11"]) if metode == "pkcs11" else None,
        bsre=_bsre(r, nilai["bsre"]) if metode == "bsre" else None,
    )
    return replace(utama, kunci=_kunci_pejabat(r, nilai, utama))


def _metode(r: Pembaca, metode: str, tabel: str) -> str:
    if metode not in METODE:
        raise r.galat(
            "konfig.nilai_salah",
            kunci=f"{tabel}.metode",
            sebab=terjemah("konfig.pilihan", pilihan=", ".join(METODE)),
        )
    return metode


def _sandi_berkas(r: Pembaca, nilai: dict[str, Any], pkcs12: Path, tabel: str) -> Path | None:
    """The dev passphrase file, allowed only beside a key in ``certs/dev/``."""
    sandi_berkas = r.path(nilai["sandi_berkas"]) if nilai["sandi_berkas"] else None
    if sandi_berkas is not None and not _di_folder_dev(r, pkcs12, sandi_berkas):
        raise r.galat(
            "konfig.nilai_salah",
            kunci=f"{tabel}.sandi_berkas",
            sebab=terjemah("konfig.sandi_berkas_dev", env=nilai["sandi_env"]),
        )
    return sandi_berkas


def _kunci_pejabat(
    r: Pembaca, mentah: dict[str, Any], utama: Penandatanganan
) -> tuple[tuple[str, Penandatanganan], ...]:
    """``[penandatanganan.kunci."NIP"]``: each official's own key, as ``utama`` otherwise."""
    kunci = mentah["kunci"]
    skema: dict[str, Any] = dict.fromkeys(kunci, {}) if isinstance(kunci, dict) else {}
    semua = r.tabel(kunci, "penandatanganan.kunci", skema)
    hasil = []
    for nip, data in semua.items():
        tabel = f'penandatanganan.kunci."{nip}"'
        if not (len(nip) == 18 and nip.isdigit()):
            raise r.galat("konfig.nilai_salah", kunci=tabel, sebab=terjemah("konfig.nip"))
        nilai = r.tabel(data, tabel, SKEMA_KUNCI)
        nilai["sandi_env"] = nilai["sandi_env"] or f"{utama.sandi_env}_{nip}"
        hasil.append((nip, _kunci_satu(r, tabel, nilai, mentah, utama)))
    return tuple(hasil)


def _kunci_satu(
    r: Pembaca, tabel: str, nilai: dict[str, Any], mentah: dict[str, Any], utama: Penandatanganan
) -> Penandatanganan:
    """One official's key: their metode and secrets; the services' addresses from ``utama``."""
    metode = _metode(r, nilai["metode"] or utama.metode, tabel)
    if metode == "pkcs12" and not nilai["pkcs12"]:
        raise r.galat("konfig.kunci_wajib", kunci=f"{tabel}.pkcs12")
    pkcs12 = r.path(nilai["pkcs12"]) if nilai["pkcs12"] else utama.pkcs12
    pkcs11 = _gabung(mentah["pkcs11"], nilai["pkcs11"])
    bsre = _gabung(mentah["bsre"], nilai["bsre"])
    return replace(
        utama,
        metode=metode,
        pkcs12=pkcs12,
        sandi_env=nilai["sandi_env"],
        sandi_berkas=_sandi_berkas(r, nilai, pkcs12, tabel),
        pkcs11=_pkcs11(r, pkcs11, f"{tabel}.pkcs11") if metode == "pkcs11" else None,
        bsre=_bsre(r, bsre, f"{tabel}.bsre") if metode == "bsre" else None,
    )


def _tingkat(r: Pembaca, nilai: dict[str, Any]) -> dict[str, Any]:
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
                sebab=terjemah("konfig.pilihan", pilihan=", ".join(TINGKAT_PADES)),
            )
    if any(t not in ("", "B-B") for t in semua.values()) and not nilai["tsa_url"]:
        raise r.galat("konfig.kunci_wajib", kunci="penandatanganan.tsa_url")
    return {
        "tingkat": nilai["tingkat"],
        "tingkat_jenis": tuple((k, v) for k, v in per_jenis.items() if v),
        "tsa_url": nilai["tsa_url"],
    }


def _gabung(umum: Any, sendiri: Any) -> Any:
    """An official's own sub-table over the common one (a wrong type is left to the reader)."""
    return umum | sendiri if isinstance(umum, dict) and isinstance(sendiri, dict) else sendiri


def _pkcs11(r: Pembaca, data: Any, tabel: str = "penandatanganan.pkcs11") -> Pkcs11:
    nilai = r.tabel(data, tabel, SKEMA_PKCS11)
    return Pkcs11(
        r.path(nilai["pustaka"]),
        nilai["token"],
        nilai["kunci"],
        nilai["sertifikat"] or nilai["kunci"],
        nilai["pin_env"],
    )


def _bsre(r: Pembaca, data: Any, tabel: str = "penandatanganan.bsre") -> Bsre:
    nilai = r.tabel(data, tabel, SKEMA_BSRE)
    for kunci in ("batas_waktu", "ulangi"):
        if not isinstance(nilai[kunci], int | float) or nilai[kunci] < 0:
            raise r.galat(
                "konfig.tipe_salah",
                kunci=f"{tabel}.{kunci}",
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


def _paraf(r: Pembaca, data: Any, jumlah_tim: int) -> Paraf:
    nilai = r.tabel(data, "paraf", SKEMA_PARAF)
    boleh = {"operator", "ppid_pelaksana"} | {
        f"tim_pertimbangan.{i}" for i in range(1, jumlah_tim + 1)
    }
    hierarki = nilai["hierarki"]
    salah = [h for h in hierarki if h not in boleh]
    if salah or len(hierarki) > 3:
        raise r.galat(
            "konfig.nilai_salah",
            kunci="paraf.hierarki",
            sebab=terjemah("konfig.paling_banyak", n=3, pilihan=", ".join(sorted(boleh))),
        )
    gambar = r.tabel(nilai["gambar"], "paraf.gambar", dict.fromkeys(nilai["gambar"], ""))
    return Paraf(tuple(hierarki), tuple((nip, r.path(p)) for nip, p in gambar.items()))


def _di_folder_dev(r: Pembaca, *paths: Path) -> bool:
    dev = (r.berkas.parent / FOLDER_DEV).resolve()
    return all(p.resolve().is_relative_to(dev) for p in paths)


def _penetapan(r: Pembaca, data: Any) -> Penetapan:
    nilai = r.tabel(data, "penetapan", SKEMA_PENETAPAN)
    return Penetapan(tuple(nilai["dasar_hukum_tambahan"]))


def _publikasi(r: Pembaca, data: Any) -> Publikasi:
    url = r.tabel(data, "publikasi", SKEMA_PUBLIKASI)["url_pdf"]
    try:
        url.format(tahun="2026", bulan="01", hari="01", siklus="dik-x", berkas="daftar.pdf")
    except (KeyError, IndexError, ValueError) as e:
        sebab = terjemah("publikasi.url_pdf", galat=e)
        raise r.galat("konfig.nilai_salah", kunci="publikasi.url_pdf", sebab=sebab) from e
    return Publikasi(url)


def _jalur(r: Pembaca, data: Any) -> Jalur:
    nilai = r.tabel(data, "jalur", SKEMA_JALUR)
    keluaran = r.path(nilai["keluaran"])
    ledger = r.path(nilai["ledger"]) if nilai["ledger"] else keluaran / "sidik.db"
    return Jalur(r.path(nilai["templat"]), keluaran, nilai["libreoffice"], ledger)


def _kalender(r: Pembaca, data: Any) -> Kalender:
    nilai = r.tabel(data, "kalender", SKEMA_KALENDER)["libur_kantor"]
    try:
        return Kalender(tuple(sorted(date.fromisoformat(v) for v in nilai)))
    except ValueError as e:
        raise r.galat("konfig.nilai_salah", kunci="kalender.libur_kantor", sebab=str(e)) from e
