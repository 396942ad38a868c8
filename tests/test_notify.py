"""E-mail notifications (``sidik notify``): each person with an e-mail address is told what waits
for them, and reminded once when the step's deadline has passed; a rerun sends nothing twice.
Sent to a real SMTP server on loopback (tests/bantu/smtp.py); the deadline is passed by moving
the clock, not by waiting."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pipeline import akun
from pipeline.akun import PeranAkun
from pipeline.config import Config, muat
from pipeline.ledger.buku import jam_kantor
from pipeline.notifikasi import kirim_notifikasi
from tests.bantu.cli import sidik_di
from tests.bantu.smtp import KotakSurat, server_smtp
from tests.web_bantu import SANDI, buat_akun, siklus_menunggu_tim

MAYA = "maya@contoh.go.id"


@pytest.fixture
def smtp() -> Iterator[tuple[int, KotakSurat]]:
    with server_smtp() as s:
        yield s


def atur_notifikasi(ruang: Path, port: int, tambahan: str = "") -> Config:
    """Point ``[notifikasi]`` of the workspace at the loopback server."""
    toml = ruang / "sidik.toml"
    toml.write_text(
        toml.read_text()
        + f'\n[notifikasi]\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\nstarttls = false\n'
        + f'pengirim = "ppid@contoh.go.id"\nurl_situs = "https://ppid.contoh.go.id/"\n{tambahan}'
    )
    return muat(toml)


def tercatat(config: Config) -> list[tuple[str, str, str, str]]:
    db = sqlite3.connect(config.jalur.ledger)
    try:
        kueri = "SELECT siklus, langkah, jenis, surel FROM notifikasi ORDER BY dikirim, jenis"
        return db.execute(kueri).fetchall()
    finally:
        db.close()


@pytest.fixture
def ruang_notifikasi(ruang_kerja: Path, smtp: tuple[int, KotakSurat]) -> tuple[Config, str]:
    """Accounts for every role, Maya (the Tim's chair) with an e-mail address, and a cycle
    waiting for the Tim Pertimbangan."""
    config = atur_notifikasi(ruang_kerja, smtp[0])
    buat_akun(config)
    akun.ubah_surel(config, "maya", MAYA)
    return config, siklus_menunggu_tim(config)


def test_yang_ditunggu_diberi_tahu_sekali(
    ruang_kerja: Path, ruang_notifikasi: tuple[Config, str], smtp: tuple[int, KotakSurat]
) -> None:
    config, siklus = ruang_notifikasi
    _, kotak = smtp
    hasil = sidik_di(ruang_kerja, "notify")
    assert (hasil.exit_code, hasil.stdout) == (0, "1 surel dikirim (1 pemberitahuan).\n")
    [pesan] = kotak.pesan
    assert (pesan["From"], pesan["To"]) == ("ppid@contoh.go.id", MAYA)
    assert pesan["Subject"] == "[sidik] 1 siklus DIK menunggu tindakan Anda"
    isi = pesan.get_content()
    assert isi.startswith("Yth. maya,\n")
    assert f"- siklus {siklus}, langkah 3 tinjau; tenggat " in isi
    assert "Buka https://ppid.contoh.go.id/ dan masuk dengan akun Anda untuk bertindak." in isi
    assert tercatat(config) == [(siklus, "tinjau", "menunggu", MAYA)]

    lagi = sidik_di(ruang_kerja, "notify")  # a rerun (cron): nothing twice
    assert (lagi.exit_code, lagi.stdout) == (0, "Tidak ada pemberitahuan baru untuk dikirim.\n")
    assert len(kotak.pesan) == 1


def test_pengingat_sekali_setelah_tenggat_terlewat(
    ruang_notifikasi: tuple[Config, str], smtp: tuple[int, KotakSurat]
) -> None:
    config, siklus = ruang_notifikasi
    _, kotak = smtp
    assert kirim_notifikasi(config).surel == 1
    nanti = jam_kantor() + timedelta(days=30)  # well past the step's working-day deadline
    h = kirim_notifikasi(config, jam=lambda: nanti)
    assert [p.jenis.value for p in h.pemberitahuan] == ["terlambat"]
    pengingat = kotak.pesan[-1]
    judul = "[sidik] Tenggat terlewat: 1 siklus DIK menunggu tindakan Anda"
    assert pengingat["Subject"] == judul
    assert f"PENGINGAT: tenggat siklus {siklus}, langkah 3 tinjau (" in pengingat.get_content()
    assert kirim_notifikasi(config, jam=lambda: nanti).surel == 0  # once only
    assert len(kotak.pesan) == 2
    assert [j for _, _, j, _ in tercatat(config)] == ["menunggu", "terlambat"]


def test_sudah_terlambat_saat_pertama_kali_satu_baris_pengingat(
    ruang_notifikasi: tuple[Config, str], smtp: tuple[int, KotakSurat]
) -> None:
    config, siklus = ruang_notifikasi
    _, kotak = smtp
    nanti = jam_kantor() + timedelta(days=30)
    h = kirim_notifikasi(config, jam=lambda: nanti)
    assert [p.jenis.value for p in h.pemberitahuan] == ["menunggu", "terlambat"]
    [pesan] = kotak.pesan
    baris = [b for b in pesan.get_content().splitlines() if b.startswith("- ")]
    assert len(baris) == 1 and baris[0].startswith(f"- PENGINGAT: tenggat siklus {siklus}")
    assert kirim_notifikasi(config, jam=lambda: nanti).surel == 0  # both recorded


def test_tanpa_surel_atau_nonaktif_tidak_dikirimi(
    ruang_notifikasi: tuple[Config, str], smtp: tuple[int, KotakSurat]
) -> None:
    config, _ = ruang_notifikasi
    _, kotak = smtp
    akun.ubah_surel(config, "andi", "andi@contoh.go.id")  # nothing waits for the PPID now
    akun.nonaktifkan(config, "maya")
    assert kirim_notifikasi(config).surel == 0
    assert kotak.pesan == [] and tercatat(config) == []


def test_server_smtp_mati_tidak_ada_yang_tercatat_lalu_dikirim_kemudian(
    ruang_kerja: Path, ruang_notifikasi: tuple[Config, str], smtp: tuple[int, KotakSurat]
) -> None:
    config, siklus = ruang_notifikasi
    port, kotak = smtp
    kotak.tolak_data = True
    hasil = sidik_di(ruang_kerja, "notify")
    assert hasil.exit_code == 5
    assert hasil.stderr.startswith(f"Galat: Server SMTP 127.0.0.1:{port} tidak dapat dipakai: ")
    assert "yang belum terkirim dikirim pada sidik notify berikutnya." in hasil.stderr
    assert "Traceback" not in hasil.stderr
    assert tercatat(config) == []
    kotak.tolak_data = False
    assert sidik_di(ruang_kerja, "notify").exit_code == 0
    assert kotak.kepada() == [MAYA] and len(tercatat(config)) == 1


def test_server_tidak_terjangkau(ruang_kerja: Path, config: Config) -> None:
    with server_smtp() as (port, _):
        pass  # the port is free again: nothing listens there
    config = atur_notifikasi(ruang_kerja, port)
    buat_akun(config)
    akun.ubah_surel(config, "maya", MAYA)
    siklus_menunggu_tim(config)
    hasil = sidik_di(ruang_kerja, "notify")
    assert hasil.exit_code == 5
    assert f"Server SMTP 127.0.0.1:{port} tidak dapat dipakai" in hasil.stderr
    assert tercatat(config) == []


def test_login_smtp_dengan_sandi_dari_lingkungan(
    ruang_kerja: Path, smtp: tuple[int, KotakSurat]
) -> None:
    port, kotak = smtp
    config = atur_notifikasi(ruang_kerja, port, 'pengguna = "ppid"\nsandi_env = "SANDI_SMTP_UJI"\n')
    buat_akun(config)
    akun.ubah_surel(config, "maya", MAYA)
    siklus_menunggu_tim(config)
    tanpa = sidik_di(ruang_kerja, "notify", env={"SANDI_SMTP_UJI": ""})
    assert tanpa.exit_code == 4
    assert tanpa.stderr == (
        "Galat: Variabel lingkungan SANDI_SMTP_UJI (sandi akun SMTP ppid) tidak diisi.\n"
    )
    hasil = sidik_di(ruang_kerja, "notify", env={"SANDI_SMTP_UJI": "sandi-smtp-rahasia"})
    assert hasil.exit_code == 0, hasil.output
    assert kotak.masuk == [("ppid", "sandi-smtp-rahasia")] and kotak.kepada() == [MAYA]
    assert "sandi-smtp-rahasia" not in (ruang_kerja / "sidik.toml").read_text()


def test_notify_tanpa_pengaturan_menyebut_caranya(ruang_kerja: Path) -> None:
    hasil = sidik_di(ruang_kerja, "notify")
    assert hasil.exit_code == 4
    assert hasil.stderr == (
        "Galat: Notifikasi surel belum diatur: isi [notifikasi] smtp_host dan pengirim di "
        f"{(ruang_kerja / 'sidik.toml').resolve()}.\n"
    )


def test_pengirim_wajib_bila_smtp_diisi(ruang_kerja: Path) -> None:
    toml = ruang_kerja / "sidik.toml"
    toml.write_text(toml.read_text() + '\n[notifikasi]\nsmtp_host = "smtp.contoh.go.id"\n')
    hasil = sidik_di(ruang_kerja, "notify")
    assert hasil.exit_code == 4 and "notifikasi.pengirim" in hasil.stderr


def test_alamat_surel_akun_dari_cli(ruang_kerja: Path, config: Config) -> None:
    hasil = sidik_di(
        ruang_kerja,
        "users",
        "add",
        "siti",
        "--role",
        "atasan_ppid",
        "--nip",
        "000000000000000000",
        "--email",
        "siti@contoh.go.id",
        "--password-stdin",
        masukan=SANDI + "\n",
    )
    assert hasil.exit_code == 0, hasil.output
    siti = akun.cari(config, "siti")
    assert siti is not None and siti.surel == "siti@contoh.go.id"
    salah = sidik_di(ruang_kerja, "users", "email", "siti", "bukan surel")
    assert salah.exit_code == 3
    assert salah.stderr == (
        "Galat: 'bukan surel' bukan alamat surel yang sah (mis. nama@contoh.go.id).\n"
    )
    hapus = sidik_di(ruang_kerja, "users", "email", "siti")
    assert hapus.stdout == (
        "Akun siti tidak lagi mempunyai alamat surel: tidak ada notifikasi untuknya.\n"
    )
    siti = akun.cari(config, "siti")
    assert siti is not None and siti.surel == "" and siti.peran is PeranAkun.ATASAN_PPID
