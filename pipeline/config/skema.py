"""The schema of ``sidik.toml``: which keys each table has, their defaults, and the reader
that checks a table against its schema, naming the offending key on error."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.config.bagian import TEKS_KAKI_BSRE
from pipeline.errors import ConfigInvalid
from pipeline.messages import terjemah
from pipeline.model import JenisDokumen, Pejabat

WAJIB = object()  # a required text value
WAJIB_TABEL = object()  # a required table (or array of tables), checked by its own reader


class Pembaca:
    """Reads TOML tables against small schemas, naming the offending key on error."""

    def __init__(self, berkas: Path) -> None:
        self.berkas = berkas

    def galat(self, message_id: str, **params: Any) -> ConfigInvalid:
        """A :class:`ConfigInvalid` naming this file."""
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
        if isinstance(bawaan, bool):
            if not isinstance(nilai, bool):
                raise self.galat("konfig.tipe_salah", kunci=kunci, tipe="true/false", nilai=nilai)
            return nilai
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
        """An official's table, with an 18-digit NIP."""
        nilai = self.tabel(data, nama, SKEMA_PEJABAT)
        nip = nilai["nip"].replace(" ", "")
        if not (len(nip) == 18 and nip.isdigit()):
            raise self.galat(
                "konfig.nilai_salah", kunci=f"{nama}.nip", sebab=terjemah("konfig.nip")
            )
        return Pejabat(nilai["nama"], nilai["jabatan"], nip, nilai["paraf"], nilai["pengguna"])

    def path(self, nilai: str) -> Path:
        """A path from the file, resolved against the folder holding ``sidik.toml``."""
        p = Path(nilai).expanduser()
        return p if p.is_absolute() else (self.berkas.parent / p)


SKEMA_PEJABAT = {"nama": WAJIB, "jabatan": WAJIB, "nip": WAJIB, "paraf": "", "pengguna": ""}
SKEMA_ATAS = {
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
    "alur": {},
}
SKEMA_INSTANSI = {"pemerintah": WAJIB, "dinas": WAJIB, "alamat": WAJIB, "kota": WAJIB}
SKEMA_PENOMORAN = {"pola": "{kode}/{urut:03d}/{unit}/{tahun}", "kode": "000.8.3", "unit": "PPID"}
SKEMA_UNIT = {"kode": WAJIB, "nama": WAJIB, "ppid_pelaksana": None}
SKEMA_PEJABAT_PERAN = {
    "operator": WAJIB_TABEL,
    "ppid_pelaksana": WAJIB_TABEL,
    "tim_pertimbangan": WAJIB_TABEL,
    "atasan_ppid": WAJIB_TABEL,
}
SKEMA_TTD = {
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
    "kunci": {},
}
SKEMA_KUNCI: dict[str, Any] = {
    "metode": "",  # default: [penandatanganan] metode
    "pkcs12": "",
    "sandi_env": "",  # default: [penandatanganan] sandi_env + "_" + NIP
    "sandi_berkas": "",
    "pkcs11": {},  # token, kunci, sertifikat, pin_env; pustaka as [penandatanganan.pkcs11]
    "bsre": {},  # nik, passphrase_env; url and the API account as [penandatanganan.bsre]
}
"""One official's own key, ``[penandatanganan.kunci."NIP"]``."""
SKEMA_PKCS11 = {
    "pustaka": WAJIB,
    "token": WAJIB,
    "kunci": WAJIB,
    "sertifikat": "",
    "pin_env": "SIDIK_PIN_PKCS11",
}
SKEMA_BSRE = {
    "url": WAJIB,
    "nik": WAJIB,
    "pengguna": "",
    "sandi_api_env": "SIDIK_BSRE_SANDI_API",
    "passphrase_env": "SIDIK_BSRE_PASSPHRASE",
    "batas_waktu": 60,
    "ulangi": 3,
}
SKEMA_PARAF: dict[str, Any] = {"hierarki": ["ppid_pelaksana"], "gambar": {}}
SKEMA_VERIFIKASI: dict[str, Any] = {"akar_tepercaya": []}
SKEMA_PENETAPAN: dict[str, Any] = {"dasar_hukum_tambahan": []}
SKEMA_PUBLIKASI = {"url_pdf": ""}
SKEMA_JALUR = {
    "templat": "templates",
    "keluaran": "output",
    "libreoffice": "soffice",
    "ledger": "",  # default: <keluaran>/sidik.db
}
SKEMA_KALENDER: dict[str, Any] = {"libur_kantor": []}
SKEMA_ALUR: dict[str, Any] = {"tindakan_pribadi": False, "aturan_tim": "ketua"}
ATURAN_TIM = ("ketua", "mayoritas", "bulat")
SKEMA: Mapping[str, Mapping[str, Any]] = {
    "instansi": SKEMA_INSTANSI,
    "penomoran": SKEMA_PENOMORAN,
    "unit_kerja": SKEMA_UNIT,
    "pejabat.operator": SKEMA_PEJABAT,
    "pejabat.ppid_pelaksana": SKEMA_PEJABAT,
    "pejabat.tim_pertimbangan": SKEMA_PEJABAT,
    "pejabat.atasan_ppid": SKEMA_PEJABAT,
    "penandatanganan": SKEMA_TTD,
    "penandatanganan.tingkat_jenis": {j.value: "" for j in JenisDokumen},
    "penandatanganan.pkcs11": SKEMA_PKCS11,
    "penandatanganan.bsre": SKEMA_BSRE,
    'penandatanganan.kunci."NIP"': SKEMA_KUNCI,
    "paraf": SKEMA_PARAF,
    "verifikasi": SKEMA_VERIFIKASI,
    "penetapan": SKEMA_PENETAPAN,
    "publikasi": SKEMA_PUBLIKASI,
    "jalur": SKEMA_JALUR,
    "kalender": SKEMA_KALENDER,
    "alur": SKEMA_ALUR,
}
"""Every table of ``sidik.toml`` with its keys and defaults (:data:`WAJIB` = required);
``docs/konfigurasi.md`` is generated from it (``pipeline.ruang.referensi``)."""
FOLDER_DEV = Path("certs") / "dev"
