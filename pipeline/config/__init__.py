"""``sidik.toml`` -> a frozen, validated :class:`Config`.

Loaded once per command. Unknown keys are rejected by name, missing required keys
are named, and every path is resolved against the folder holding ``sidik.toml``.
The records live in :mod:`pipeline.config.bagian` and :mod:`pipeline.config.penandatanganan`,
each key declared once as a field (:mod:`pipeline.deklarasi`); the reader in
:mod:`pipeline.config.skema` checks each table against the keys its record declares; this
module builds the records.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.config.bagian import (  # re-exported: the records are this package's API
    ATURAN_TIM,
    KERTAS,
    Alur,
    Config,
    Instansi,
    Jalur,
    Kalender,
    Naskah,
    Notifikasi,
    Paraf,
    Penetapan,
    Penomoran,
    Publikasi,
    Verifikasi,
)
from pipeline.config.penandatanganan import (
    TEKS_KAKI_BSRE,
    TINGKAT_PADES,
    Bsre,
    KunciPejabat,
    Penandatanganan,
    Pkcs11,
    TingkatJenis,
)
from pipeline.config.skema import FOLDER_DEV, Pembaca
from pipeline.deklarasi import skema_tabel
from pipeline.errors import ConfigInvalid
from pipeline.legal.nomor import periksa_pola
from pipeline.messages import terjemah
from pipeline.model import UnitKerja
from pipeline.zona import ZONA, atur_zona

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
    "Naskah",
    "Notifikasi",
    "Paraf",
    "Penandatanganan",
    "Penetapan",
    "Penomoran",
    "Pkcs11",
    "Publikasi",
    "TEKS_KAKI_BSRE",
    "TINGKAT_PADES",
    "TingkatJenis",
    "Verifikasi",
    "muat",
]


def muat(berkas: Path) -> Config:
    """Load and validate ``berkas`` (a ``sidik.toml``); raise :class:`ConfigInvalid`.

    The process is then in the office's time zone (``[instansi] zona``, see
    :mod:`pipeline.zona`): every time shown and every working day counted is the office's.
    """
    berkas = berkas.resolve()
    if not berkas.is_file():
        raise ConfigInvalid("konfig.tidak_ada", berkas=str(berkas))
    try:
        data = tomllib.loads(berkas.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigInvalid("konfig.toml_rusak", berkas=str(berkas), sebab=str(e)) from e
    config = _bangun(Pembaca(berkas), data)
    atur_zona(config.instansi.zona)
    return config


def _bangun(r: Pembaca, data: dict[str, Any]) -> Config:
    atas = r.tabel(data, "sidik.toml", skema_tabel(Config))
    pejabat = r.tabel(atas["pejabat"], "pejabat", skema_tabel(Config, "pejabat"))
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
        instansi=_instansi(r, atas["instansi"]),
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
        naskah=_naskah(r, atas["naskah"]),
        notifikasi=_notifikasi(r, atas["notifikasi"]),
    )


def _notifikasi(r: Pembaca, data: Any) -> Notifikasi:
    n = Notifikasi(**r.tabel(data, "notifikasi", skema_tabel(Notifikasi)))
    if n.aktif and "@" not in n.pengirim:
        raise r.galat("konfig.kunci_wajib", kunci="notifikasi.pengirim")
    return n


def _instansi(r: Pembaca, data: Any) -> Instansi:
    nilai = r.tabel(data, "instansi", skema_tabel(Instansi))
    jalur = nilai.pop("lambang")
    lambang = r.path(jalur) if jalur else None
    if lambang is not None and not _png(lambang):
        sebab = terjemah("konfig.lambang", jalur=str(lambang))
        raise r.galat("konfig.nilai_salah", kunci="instansi.lambang", sebab=sebab)
    if nilai["zona"] not in ZONA:
        sebab = terjemah("konfig.pilihan", pilihan=", ".join(ZONA))
        raise r.galat("konfig.nilai_salah", kunci="instansi.zona", sebab=sebab)
    return Instansi(**nilai, lambang=lambang)


def _png(path: Path) -> bool:
    """True when ``path`` is a file that starts as a PNG image does."""
    try:
        with path.open("rb") as f:
            return f.read(8) == b"\x89PNG\r\n\x1a\n"
    except OSError:
        return False


def _naskah(r: Pembaca, data: Any) -> Naskah:
    naskah = Naskah(**r.tabel(data, "naskah", skema_tabel(Naskah)))
    if naskah.kertas not in KERTAS:
        sebab = terjemah("konfig.pilihan", pilihan=", ".join(KERTAS))
        raise r.galat("konfig.nilai_salah", kunci="naskah.kertas", sebab=sebab)
    return naskah


def _alur(r: Pembaca, data: Any) -> Alur:
    alur = Alur(**r.tabel(data, "alur", skema_tabel(Alur)))
    if alur.aturan_tim not in ATURAN_TIM:
        sebab = terjemah("konfig.pilihan", pilihan=", ".join(ATURAN_TIM))
        raise r.galat("konfig.nilai_salah", kunci="alur.aturan_tim", sebab=sebab)
    return alur


def _verifikasi(r: Pembaca, data: Any) -> Verifikasi:
    akar = r.tabel(data, "verifikasi", skema_tabel(Verifikasi))["akar_tepercaya"]
    if not akar:
        raise r.galat("konfig.kunci_wajib", kunci="verifikasi.akar_tepercaya")
    return Verifikasi(tuple(r.path(p) for p in akar))


def _penomoran(r: Pembaca, data: Any) -> Penomoran:
    nilai = r.tabel(data, "penomoran", skema_tabel(Penomoran))
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
        nilai = r.tabel(tabel, f"unit_kerja[{i}]", skema_tabel(UnitKerja))
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
    nilai = r.tabel(data, "penandatanganan", skema_tabel(Penandatanganan))
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
    if not isinstance(kunci, dict):
        raise r.galat("konfig.tipe_salah", kunci="penandatanganan.kunci", tipe="tabel", nilai=kunci)
    hasil = []
    for nip, data in kunci.items():
        tabel = f'penandatanganan.kunci."{nip}"'
        if not (len(nip) == 18 and nip.isdigit()):
            raise r.galat("konfig.nilai_salah", kunci=tabel, sebab=terjemah("konfig.nip"))
        nilai = r.tabel(data, tabel, skema_tabel(KunciPejabat))
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


def _gabung(umum: Any, sendiri: Any) -> Any:
    """An official's own sub-table over the common one (a wrong type is left to the reader)."""
    return umum | sendiri if isinstance(umum, dict) and isinstance(sendiri, dict) else sendiri


def _tingkat(r: Pembaca, nilai: dict[str, Any]) -> dict[str, Any]:
    """The default PAdES level, levels per document type, and the TSA they may need."""
    per_jenis = r.tabel(
        nilai["tingkat_jenis"], "penandatanganan.tingkat_jenis", skema_tabel(TingkatJenis)
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


def _pkcs11(r: Pembaca, data: Any, tabel: str = "penandatanganan.pkcs11") -> Pkcs11:
    nilai = r.tabel(data, tabel, skema_tabel(Pkcs11))
    return Pkcs11(
        r.path(nilai["pustaka"]),
        nilai["token"],
        nilai["kunci"],
        nilai["sertifikat"] or nilai["kunci"],
        nilai["pin_env"],
    )


def _bsre(r: Pembaca, data: Any, tabel: str = "penandatanganan.bsre") -> Bsre:
    nilai = r.tabel(data, tabel, skema_tabel(Bsre))
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
    nilai = r.tabel(data, "paraf", skema_tabel(Paraf))
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
    gambar = r.teks_bebas(nilai["gambar"], "paraf.gambar")
    return Paraf(tuple(hierarki), tuple((nip, r.path(p)) for nip, p in gambar.items()))


def _di_folder_dev(r: Pembaca, *paths: Path) -> bool:
    dev = (r.berkas.parent / FOLDER_DEV).resolve()
    return all(p.resolve().is_relative_to(dev) for p in paths)


def _penetapan(r: Pembaca, data: Any) -> Penetapan:
    nilai = r.tabel(data, "penetapan", skema_tabel(Penetapan))
    return Penetapan(tuple(nilai["dasar_hukum_tambahan"]), tuple(nilai["tembusan"]))


def _publikasi(r: Pembaca, data: Any) -> Publikasi:
    url = r.tabel(data, "publikasi", skema_tabel(Publikasi))["url_pdf"]
    try:
        url.format(tahun="2026", bulan="01", hari="01", siklus="dik-x", berkas="daftar.pdf")
    except (KeyError, IndexError, ValueError) as e:
        sebab = terjemah("publikasi.url_pdf", galat=e)
        raise r.galat("konfig.nilai_salah", kunci="publikasi.url_pdf", sebab=sebab) from e
    return Publikasi(url)


def _jalur(r: Pembaca, data: Any) -> Jalur:
    nilai = r.tabel(data, "jalur", skema_tabel(Jalur))
    keluaran = r.path(nilai["keluaran"])
    ledger = r.path(nilai["ledger"]) if nilai["ledger"] else keluaran / "sidik.db"
    return Jalur(r.path(nilai["templat"]), keluaran, nilai["libreoffice"], ledger)


def _kalender(r: Pembaca, data: Any) -> Kalender:
    nilai = r.tabel(data, "kalender", skema_tabel(Kalender))["libur_kantor"]
    try:
        return Kalender(tuple(sorted(date.fromisoformat(v) for v in nilai)))
    except ValueError as e:
        raise r.galat("konfig.nilai_salah", kunci="kalender.libur_kantor", sebab=str(e)) from e
