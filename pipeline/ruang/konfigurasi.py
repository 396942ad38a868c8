"""The ``sidik.toml`` that ``sidik init`` writes: the agency's values, every other key at its
default but commented out, and above each key its description.

The file is derived from the declaration of the keys (:func:`pipeline.deklarasi.skema_tabel`):
a key added to a record appears here without editing this module. Its comments are in the
language in force (``--lang``): the keys' descriptions and the message catalogue. Values still
holding a placeholder are marked in the file (``GANTI``) so the operator sees what to edit; the
signing section points at the development PKI until a real key is set.
"""

from __future__ import annotations

import json
import textwrap
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import FOLDER_DEV, Config
from pipeline.deklarasi import Jenis, KunciToml, skema_tabel
from pipeline.messages import bahasa_aktif, terjemah
from pipeline.model import Pejabat, UnitKerja
from pipeline.zona import BAWAAN as BAWAAN_ZONA

TANDA = "GANTI"
"""The mark of a placeholder value, in the file and in the documents rendered from it."""


@dataclass(frozen=True)
class DataRuang:
    """What a workspace says about its agency: names, address, work units and officials."""

    pemerintah: str
    dinas: str
    alamat: str
    kota: str
    unit_kerja: tuple[UnitKerja, ...]
    operator: Pejabat
    ppid_pelaksana: Pejabat
    tim_pertimbangan: tuple[Pejabat, ...]
    atasan_ppid: Pejabat
    zona: str = BAWAAN_ZONA  # written only when it is not the default (WIB)

    def isian_contoh(self) -> tuple[str, ...]:
        """The sections whose values are still the placeholders of :data:`CONTOH`."""
        bagian = {
            "instansi": (self.pemerintah, self.dinas, self.alamat, self.kota),
            "unit_kerja": self.unit_kerja,
            "pejabat.operator": self.operator,
            "pejabat.ppid_pelaksana": self.ppid_pelaksana,
            "pejabat.tim_pertimbangan": self.tim_pertimbangan,
            "pejabat.atasan_ppid": self.atasan_ppid,
        }
        return tuple(k for k, v in bagian.items() if v == _NILAI_CONTOH[k])


def _pejabat(peran: str, jabatan: str, nip: str, paraf: str) -> Pejabat:
    return Pejabat(f"{TANDA}: Nama {peran}", f"{TANDA}: {jabatan}", nip, paraf)


CONTOH = DataRuang(
    pemerintah=f"{TANDA}: PEMERINTAH KABUPATEN/KOTA",
    dinas=f"{TANDA}: NAMA DINAS ATAU BADAN",
    alamat=f"{TANDA}: Alamat kantor, kode pos — Laman PPID",
    kota=f"{TANDA}: Kota",
    # The sample's civil-registry units, so that the sample workbook validates as it is.
    unit_kerja=(
        UnitKerja("SEKRE", "Sekretariat"),
        UnitKerja("DAFDUK", "Bidang Pelayanan Pendaftaran Penduduk"),
        UnitKerja("CAPIL", "Bidang Pelayanan Pencatatan Sipil"),
        UnitKerja("PIAK", "Bidang Pengelolaan Informasi Administrasi Kependudukan"),
    ),
    operator=_pejabat("Operator", "Petugas Informasi / Operator PPID", "0" * 17 + "4", "OP"),
    ppid_pelaksana=_pejabat("PPID Pelaksana", "Jabatan PPID Pelaksana", "0" * 17 + "1", "PP"),
    tim_pertimbangan=(
        _pejabat("Anggota Tim Pertimbangan", "Jabatan anggota Tim", "0" * 17 + "5", "TP"),
    ),
    atasan_ppid=_pejabat("Atasan PPID", "Jabatan Atasan PPID", "0" * 18, "AP"),
)
_NILAI_CONTOH = {
    "instansi": (CONTOH.pemerintah, CONTOH.dinas, CONTOH.alamat, CONTOH.kota),
    "unit_kerja": CONTOH.unit_kerja,
    "pejabat.operator": CONTOH.operator,
    "pejabat.ppid_pelaksana": CONTOH.ppid_pelaksana,
    "pejabat.tim_pertimbangan": CONTOH.tim_pertimbangan,
    "pejabat.atasan_ppid": CONTOH.atasan_ppid,
}


_LEBAR = 96
_TEKS_KAKI_DEV = (
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat uji dari PKI "
    "pengembangan sidik, bukan sertifikat BSrE; tidak sah untuk keperluan resmi."
)
_CATATAN = {"penandatanganan": "ruang.toml.kunci_dev"}  # a note above a table, by message id
_TABEL = (Jenis.TABEL, Jenis.DAFTAR_TABEL, Jenis.TABEL_BEBAS)


def teks_konfigurasi(data: DataRuang) -> str:
    """The whole ``sidik.toml`` for ``data``, with the development key configured."""
    penulis = _Penulis(data.isian_contoh())
    penulis.tabel(Config, "", _isian(data))
    kepala = [f"# {b}" for b in terjemah("ruang.toml.kepala").splitlines()]
    return "\n".join(kepala + penulis.baris) + "\n"


def _isian(data: DataRuang) -> dict[str, Any]:
    """The values ``sidik init`` writes; every other key keeps its default."""
    return {
        "instansi": {
            "pemerintah": data.pemerintah,
            "dinas": data.dinas,
            "alamat": data.alamat,
            "kota": data.kota,
            **({"zona": data.zona} if data.zona != BAWAAN_ZONA else {}),
        },
        "unit_kerja": [_nilai_unit(u) for u in data.unit_kerja],
        "pejabat": {
            "operator": _nilai_pejabat(data.operator),
            "ppid_pelaksana": _nilai_pejabat(data.ppid_pelaksana),
            "tim_pertimbangan": [_nilai_pejabat(p) for p in data.tim_pertimbangan],
            "atasan_ppid": _nilai_pejabat(data.atasan_ppid),
        },
        "penandatanganan": {
            "metode": "pkcs12",
            "pkcs12": (FOLDER_DEV / "atasan_ppid.p12").as_posix(),
            "sandi_berkas": (FOLDER_DEV / "atasan_ppid.sandi").as_posix(),
            "lokasi": data.kota.removeprefix(f"{TANDA}: "),
            # the QR code leads to 'sidik serve' here; behind the office's TLS proxy, its
            # public address (docs/web.md)
            "url_verifikasi": "http://127.0.0.1:8080/verifikasi?sha256={sha256}",
            "teks_kaki": _TEKS_KAKI_DEV,
        },
        "paraf": {"hierarki": ["ppid_pelaksana", "tim_pertimbangan.1"]},
        "verifikasi": {"akar_tepercaya": [(FOLDER_DEV / "root-ca.pem").as_posix()]},
    }


def _nilai_pejabat(p: Pejabat) -> dict[str, str]:
    nilai = {"nama": p.nama, "jabatan": p.jabatan, "nip": p.nip}
    return nilai | {k: v for k, v in (("paraf", p.paraf), ("pengguna", p.pengguna)) if v}


def _nilai_unit(u: UnitKerja) -> dict[str, Any]:
    nilai: dict[str, Any] = {"kode": u.kode, "nama": u.nama}
    return nilai | (
        {"ppid_pelaksana": _nilai_pejabat(u.ppid_pelaksana)} if u.ppid_pelaksana else {}
    )


def kunci_toml_ganti(berkas: Path) -> list[str]:
    """The dotted names of the keys of ``berkas`` (a ``sidik.toml``) whose value holds GANTI."""
    data = tomllib.loads(berkas.read_text(encoding="utf-8"))
    return [k for k, v in _daftar(data) if isinstance(v, str) and TANDA in v]


def _daftar(data: Any, awalan: str = "") -> Iterator[tuple[str, Any]]:
    """Dotted key names and their values; a list of tables is numbered (``tim[1].nama``)."""
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _daftar(v, f"{awalan}.{k}" if awalan else k)
    elif isinstance(data, list):
        for i, v in enumerate(data, start=1):
            yield from _daftar(v, f"{awalan}[{i}]")
    else:
        yield awalan, data


class _Penulis:
    """Writes a record's tables depth first, each key described the first time it appears."""

    def __init__(self, contoh: tuple[str, ...]) -> None:
        self.baris: list[str] = []
        self.contoh = set(contoh)  # tables still holding the placeholders, marked once
        self.dijelaskan: set[tuple[type, str]] = set()

    def tabel(
        self,
        rekaman: type,
        jalur: str,
        nilai: dict[str, Any],
        anggota: str = "",
        hidup: bool = True,
    ) -> None:
        """The keys of the table ``jalur`` (a commented example unless ``hidup``), then its
        sub-tables; a key without a value is written commented out, at its default."""
        skema = skema_tabel(rekaman, anggota)
        if asing := set(nilai) - set(skema):  # a value init sets for a key no record declares
            raise ValueError(f"undeclared key(s) {sorted(asing)} in [{jalur}]")
        for nama, k in skema.items():
            if k.jenis not in _TABEL:
                self._jelaskan(rekaman, nama, k, tandai=hidup)
                aktif = hidup and nama in nilai
                isi = nilai[nama] if nama in nilai else _contoh(k)
                self.baris.append(f"{'' if aktif else '# '}{nama} = {_toml(isi)}")
        for nama, k in skema.items():
            if k.jenis in _TABEL:
                sub = f"{jalur}.{nama}" if jalur else nama
                self._sub_tabel(rekaman, nama, k, sub, nilai.get(nama), hidup)

    def _sub_tabel(
        self, rekaman: type, nama: str, k: KunciToml, jalur: str, nilai: Any, hidup: bool
    ) -> None:
        if k.jenis is Jenis.DAFTAR_TABEL and k.tabel is not None:
            for isi in nilai or [{}]:
                self._kepala(rekaman, nama, k, jalur, f"[[{jalur}]]", hidup and bool(nilai))
                self.tabel(k.tabel, jalur, isi, hidup=hidup and bool(nilai))
            return
        hidup = hidup and (nilai is not None or "." not in jalur)
        if not hidup and (rekaman, nama) in self.dijelaskan:
            return  # an absent sub-table is shown once, as an example
        self._kepala(rekaman, nama, k, jalur, f"[{jalur}]", hidup)
        if k.tabel is not None:
            self.tabel(k.tabel, jalur, nilai or {}, k.anggota, hidup)
        for kunci_toml, isi in (nilai or {}).items() if k.tabel is None else ():
            self.baris.append(f"{_toml(kunci_toml)} = {_toml(isi)}")

    def _kepala(
        self, rekaman: type, nama: str, k: KunciToml, jalur: str, kepala: str, hidup: bool
    ) -> None:
        """The comments above a table and its header (none for a table of tables only)."""
        if k.tabel is not None and all(
            x.jenis in _TABEL for x in skema_tabel(k.tabel, k.anggota).values()
        ):
            return
        self.baris.append("")
        self._jelaskan(rekaman, nama, k)
        if jalur in self.contoh:
            self.contoh.discard(jalur)
            self.baris.append(f"# {terjemah('ruang.toml.contoh', tanda=TANDA)}")
        if jalur in _CATATAN:
            self.baris += _komentar(terjemah(_CATATAN[jalur]))
        self.baris.append(kepala if hidup else f"# {kepala}")

    def _jelaskan(self, rekaman: type, nama: str, k: KunciToml, tandai: bool = True) -> None:
        """The key's description, unless given already (an example does not count)."""
        if (rekaman, nama) not in self.dijelaskan:
            if tandai:
                self.dijelaskan.add((rekaman, nama))
            self.baris += _komentar(k.keterangan(bahasa_aktif()))


def _komentar(teks: str) -> list[str]:
    return [f"# {b}" for b in textwrap.wrap(teks, _LEBAR - 2, break_on_hyphens=False)]


def _contoh(k: KunciToml) -> Any:
    """The value a commented-out key shows: its default, or an empty one of its type."""
    if not k.wajib:
        return k.bawaan
    return {Jenis.DAFTAR_TEKS: [], Jenis.ANGKA: 0, Jenis.BENAR_SALAH: False}.get(k.jenis, "")


def _toml(nilai: Any) -> str:
    """A TOML value (JSON's string escapes are valid TOML)."""
    if isinstance(nilai, bool):
        return "true" if nilai else "false"
    if isinstance(nilai, int | float):
        return str(nilai)
    if isinstance(nilai, list):
        return "[" + ", ".join(_toml(v) for v in nilai) + "]"
    return json.dumps(nilai, ensure_ascii=False)
