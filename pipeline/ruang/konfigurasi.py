"""The ``sidik.toml`` that ``sidik init`` writes: the agency's values, commented like the sample.

Values still holding a placeholder are marked in the file (``GANTI``) so the operator sees
what to edit; the signing section points at the development PKI until a real key is set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pipeline.model import Pejabat, UnitKerja

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


def _s(teks: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(teks, ensure_ascii=False)


def _tanda(data: DataRuang, bagian: str) -> str:
    if bagian in data.isian_contoh():
        return f"# {TANDA}: nilai contoh — isi dengan data badan publik Anda.\n"
    return ""


def _tabel_pejabat(judul: str, p: Pejabat) -> str:
    paraf = f"paraf = {_s(p.paraf)}\n" if p.paraf else ""
    return f"{judul}\nnama = {_s(p.nama)}\njabatan = {_s(p.jabatan)}\nnip = {_s(p.nip)}\n{paraf}"


def teks_konfigurasi(data: DataRuang) -> str:
    """The whole ``sidik.toml`` for ``data``, with the development key configured."""
    unit = "\n".join(
        f"[[unit_kerja]]\nkode = {_s(u.kode)}\nnama = {_s(u.nama)}\n" for u in data.unit_kerja
    )
    tim = "\n".join(
        _tabel_pejabat("[[pejabat.tim_pertimbangan]]", p) for p in data.tim_pertimbangan
    )
    return _KERANGKA.format(
        tanda_instansi=_tanda(data, "instansi"),
        pemerintah=_s(data.pemerintah),
        dinas=_s(data.dinas),
        alamat=_s(data.alamat),
        kota=_s(data.kota),
        tanda_unit=_tanda(data, "unit_kerja"),
        unit=unit,
        operator=_tanda(data, "pejabat.operator")
        + _tabel_pejabat("[pejabat.operator]", data.operator),
        ppid=_tanda(data, "pejabat.ppid_pelaksana")
        + _tabel_pejabat("[pejabat.ppid_pelaksana]", data.ppid_pelaksana),
        tim=_tanda(data, "pejabat.tim_pertimbangan") + tim,
        atasan=_tanda(data, "pejabat.atasan_ppid")
        + _tabel_pejabat("[pejabat.atasan_ppid]", data.atasan_ppid),
        lokasi=_s(data.kota.removeprefix(f"{TANDA}: ")),
    )


_KERANGKA = """\
# sidik.toml — konfigurasi satu ruang kerja sidik (satu badan publik), dibuat oleh 'sidik init'.
# Semua jalur relatif terhadap folder berkas ini. Rujukan semua kunci: docs/konfigurasi.md.
# Setelah menyunting, jalankan 'sidik doctor'.

{tanda_instansi}[instansi]
pemerintah = {pemerintah}
dinas = {dinas}
alamat = {alamat}
kota = {kota}

[penomoran]
# Medan yang tersedia: {{kode}} {{urut}} {{unit}} {{tahun}}; {{urut:03d}} = nomor urut tiga digit.
pola = "{{kode}}/{{urut:03d}}/{{unit}}/{{tahun}}"
kode = "000.8.3"
unit = "PPID"

{tanda_unit}{unit}
{operator}
{ppid}
{tim}
{atasan}
[penandatanganan]
# Kunci PENGEMBANGAN sekali pakai di certs/dev/ (dibuat oleh 'sidik init' atau 'sidik pki dev').
# Untuk kunci sungguhan: ganti 'pkcs12' dengan berkas .p12 Anda, hapus 'sandi_berkas' (sandi
# diambil dari variabel lingkungan 'sandi_env' atau ditanyakan), hapus 'teks_kaki', dan ganti
# [verifikasi] akar_tepercaya dengan sertifikat akar penerbit (mis. BSrE). Token PKCS#11 atau
# layanan BSrE: metode = "pkcs11" / "bsre", lihat docs/konfigurasi.md.
metode = "pkcs12"
pkcs12 = "certs/dev/atasan_ppid.p12"
sandi_env = "SIDIK_SANDI_PKCS12"
sandi_berkas = "certs/dev/atasan_ppid.sandi"
alasan = "Penetapan Daftar Informasi Publik yang Dikecualikan"
lokasi = {lokasi}
# Alamat halaman verifikasi 'sidik serve' di kode QR setiap stempel; ganti dengan alamat situs
# kantor di belakang reverse proxy TLS (docs/web.md), mis. https://ppid.contoh.go.id/verifikasi.
url_verifikasi = "http://127.0.0.1:8080/verifikasi?sha256={{sha256}}"
tingkat = "B-B"
teks_kaki = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat uji dari \
PKI pengembangan sidik, bukan sertifikat BSrE; tidak sah untuk keperluan resmi."

[paraf]
hierarki = ["ppid_pelaksana", "tim_pertimbangan.1"]

[verifikasi]
akar_tepercaya = ["certs/dev/root-ca.pem"]

[jalur]
templat = "templates"
keluaran = "output"
libreoffice = "soffice"
"""
