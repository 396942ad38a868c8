"""``sidik users``: the accounts of ``sidik serve``. An official's account is bound to the
configured official by NIP; passwords come only from standard input and are kept as argon2id
hashes; failed logins lock the account for a while."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pyotp
import pytest

from pipeline import akun
from pipeline.aktor import Aktor, Saluran
from pipeline.akun import BATAS_GAGAL, LAMA_KUNCI, PeranAkun
from pipeline.alur.izin import Tindakan
from pipeline.config import Config, muat
from pipeline.errors import ActRefused, ExitCode
from pipeline.zona import zona
from tests.bantu.cli import sidik_di

SANDI = "sandi-yang-cukup-panjang"
NIP_PPID, NIP_MAYA, NIP_ATASAN, NIP_OPERATOR = (
    "000000000000000001",
    "000000000000000005",
    "000000000000000000",
    "000000000000000004",
)


def tambah(ruang: Path, login: str, *opsi: str, sandi: str = SANDI):  # type: ignore[no-untyped-def]
    return sidik_di(ruang, "users", "add", login, *opsi, "--password-stdin", masukan=sandi + "\n")


def baris_akun(ruang: Path, login: str) -> sqlite3.Row:
    db = sqlite3.connect(muat(ruang / "sidik.toml").jalur.ledger)
    db.row_factory = sqlite3.Row
    try:
        return db.execute("SELECT * FROM akun WHERE login = ?", (login,)).fetchone()
    finally:
        db.close()


def test_akun_pejabat_terikat_pada_nip_dan_sandi_tersimpan_sebagai_argon2id(
    ruang_kerja: Path, config: Config
) -> None:
    hasil = tambah(ruang_kerja, "andi", "--role", "ppid_pelaksana", "--nip", NIP_PPID)
    assert hasil.exit_code == 0, hasil.output
    assert hasil.stdout == "Akun andi (PPID Pelaksana) ditambahkan.\n"
    baris = baris_akun(ruang_kerja, "andi")
    assert (baris["peran"], baris["nip"], baris["nonaktif"]) == ("ppid_pelaksana", NIP_PPID, 0)
    assert baris["hash_sandi"].startswith("$argon2id$") and SANDI not in baris["hash_sandi"]
    [andi] = akun.daftar(config)
    assert andi.aktor() == Aktor("andi", Saluran.WEB, frozenset({NIP_PPID}))


def test_nip_yang_bukan_pejabat_peran_itu_ditolak(ruang_kerja: Path) -> None:
    hasil = tambah(ruang_kerja, "maya", "--role", "tim_pertimbangan", "--nip", NIP_PPID)
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert hasil.stderr.startswith(
        f"Galat: NIP {NIP_PPID} bukan NIP pejabat peran tim_pertimbangan di sidik.toml "
        f"(yang ada: Maya Contoh, S.H. ({NIP_MAYA}), "
    )
    assert not muat(ruang_kerja / "sidik.toml").jalur.ledger.exists()  # nothing written


def test_akun_pejabat_tanpa_nip_ditolak_auditor_tanpa_nip_diterima(ruang_kerja: Path) -> None:
    hasil = tambah(ruang_kerja, "siti", "--role", "atasan_ppid")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert "harus terikat pada pejabatnya: sebutkan --nip" in hasil.stderr
    assert tambah(ruang_kerja, "audit", "--role", "auditor").exit_code == 0
    hasil = tambah(ruang_kerja, "admin", "--role", "admin", "--nip", NIP_OPERATOR)
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert "(yang ada: -)" in hasil.stderr


def test_login_ganda_sandi_pendek_dan_tanpa_sandi_ditolak(ruang_kerja: Path) -> None:
    assert tambah(ruang_kerja, "rudi", "--role", "operator").exit_code == 0
    hasil = tambah(ruang_kerja, "rudi", "--role", "auditor")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert hasil.stderr == (
        "Galat: Akun 'rudi' sudah ada. Ganti sandinya dengan 'sidik users password rudi "
        "--password-stdin'.\n"
    )
    hasil = tambah(ruang_kerja, "budi", "--role", "auditor", sandi="pendek")
    assert hasil.stderr == "Galat: Sandi terlalu pendek: paling sedikit 12 karakter.\n"
    hasil = tambah(ruang_kerja, "budi", "--role", "auditor", sandi="")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert "Tidak ada sandi pada masukan standar" in hasil.stderr
    assert baris_akun(ruang_kerja, "budi") is None


def test_daftar_nonaktifkan_dan_ganti_sandi(ruang_kerja: Path, config: Config) -> None:
    assert sidik_di(ruang_kerja, "users", "list").stdout.startswith("Belum ada akun.")
    tambah(ruang_kerja, "rudi", "--role", "operator", "--nip", NIP_OPERATOR)
    tambah(ruang_kerja, "audit", "--role", "auditor")
    hasil = sidik_di(ruang_kerja, "users", "disable", "audit")
    assert hasil.stdout == (
        "Akun audit dinonaktifkan: tidak dapat masuk lagi; tindakannya tetap di log.\n"
    )
    assert sidik_di(ruang_kerja, "users", "list").stdout.splitlines() == [
        "Login  Peran     NIP                 Keadaan",
        "-----  --------  ------------------  --------",
        "audit  Auditor   -                   nonaktif",
        f"rudi   Operator  {NIP_OPERATOR}  aktif",
    ]
    baru = "sandi-baru-yang-panjang"
    hasil = sidik_di(
        ruang_kerja, "users", "password", "rudi", "--password-stdin", masukan=baru + "\n"
    )
    assert hasil.stdout == "Sandi akun rudi diganti.\n"
    assert akun.masuk(config, "rudi", baru).login == "rudi"
    with pytest.raises(ActRefused):
        akun.masuk(config, "rudi", SANDI)
    with pytest.raises(ActRefused):  # a disabled account cannot log in
        akun.masuk(config, "audit", SANDI)
    hasil = sidik_di(ruang_kerja, "users", "disable", "tidak-ada")
    assert hasil.exit_code == ExitCode.INPUT_INVALID
    assert hasil.stderr == (
        "Galat: Tidak ada akun 'tidak-ada'. Lihat akun yang ada dengan 'sidik users list'.\n"
    )


def test_gagal_masuk_berulang_mengunci_akun_untuk_sementara(config: Config) -> None:
    akun.tambah(config, "maya", PeranAkun.TIM_PERTIMBANGAN, NIP_MAYA, SANDI)
    sekarang = datetime(2026, 12, 1, 9, 0, tzinfo=zona())
    for _ in range(BATAS_GAGAL - 1):
        with pytest.raises(ActRefused) as e:
            akun.masuk(config, "maya", "salah-salah-salah", jam=lambda: sekarang)
        assert e.value.message_id == "akun.masuk_gagal"
    with pytest.raises(ActRefused) as e:
        akun.masuk(config, "maya", "salah-salah-salah", jam=lambda: sekarang)
    assert e.value.message_id == "akun.terkunci"
    with pytest.raises(ActRefused) as e:  # locked: even the right password is refused
        akun.masuk(config, "maya", SANDI, jam=lambda: sekarang + LAMA_KUNCI - timedelta(seconds=1))
    assert e.value.message_id == "akun.terkunci"
    nanti = sekarang + LAMA_KUNCI
    assert akun.masuk(config, "maya", SANDI, jam=lambda: nanti).login == "maya"


def test_login_tak_dikenal_ditolak_sama_seperti_sandi_salah(config: Config) -> None:
    with pytest.raises(ActRefused) as e:
        akun.masuk(config, "siapa", SANDI)
    assert e.value.pesan() == "Login, sandi, atau kode tidak cocok."


def test_kode_totp_wajib_bila_diaktifkan(ruang_kerja: Path, config: Config) -> None:
    hasil = tambah(ruang_kerja, "audit", "--role", "auditor", "--totp")
    assert hasil.exit_code == 0
    rahasia = baris_akun(ruang_kerja, "audit")["rahasia_totp"]
    assert f"Kode rahasia TOTP untuk aplikasi autentikator: {rahasia}\notpauth://" in hasil.stdout
    with pytest.raises(ActRefused):
        akun.masuk(config, "audit", SANDI, "000000")
    assert akun.masuk(config, "audit", SANDI, pyotp.TOTP(rahasia).now()).totp


def test_izin_web_menurut_peran_akun_dan_pejabatnya(config: Config) -> None:
    ppid = akun.tambah(config, "andi", PeranAkun.PPID_PELAKSANA, NIP_PPID, SANDI)
    atasan = akun.tambah(config, "siti", PeranAkun.ATASAN_PPID, NIP_ATASAN, SANDI)
    audit = akun.tambah(config, "audit", PeranAkun.AUDITOR, "", SANDI)
    assert akun.boleh(ppid, Tindakan.PARAF, config)
    assert not akun.boleh(ppid, Tindakan.PUTUSKAN, config)
    assert akun.boleh(atasan, Tindakan.TANDATANGANI, config)
    assert not any(akun.boleh(audit, t, config) for t in Tindakan)
