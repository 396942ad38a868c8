"""Acts on accounts are in the ledger's log with who performed them: ``sidik users add``,
``disable``, ``password`` and ``email`` as the OS login (channel ``cli``), the admin's pages
as the admin's account (channel ``web``, with the client's address); never a password. The
accounts' log is append-only; ``sidik users log`` and the admin's accounts page show it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from pipeline import akun
from pipeline.aktor import pengguna_os
from pipeline.config import Config
from pipeline.ledger.buku import buka_buku
from tests.bantu.cli import sidik_di
from tests.web_bantu import masuk, teks, token

SANDI = "sandi-yang-cukup-panjang"
SANDI_BARU = "sandi-baru-yang-cukup-panjang"
NIP_OPERATOR = "000000000000000004"


def ringkas(config: Config) -> list[tuple[str, str, str, str, str, str]]:
    """The accounts' log: account, act, note, by whom, channel, address."""
    return [
        (e.login, e.aksi, e.keterangan, e.pengguna, e.saluran, e.alamat)
        for e in akun.riwayat(config)
    ]


def test_tindakan_cli_atas_akun_tercatat_dengan_pelakunya_tanpa_sandi(
    ruang_kerja: Path, config: Config
) -> None:
    assert sidik_di(ruang_kerja, "users", "log").stdout == (
        "Belum ada tindakan atas akun yang tercatat.\n"
    )
    masukan = SANDI + "\n"
    for perintah in (
        ("add", "rudi", "--role", "operator", "--nip", NIP_OPERATOR, "--password-stdin"),
        ("add", "audit", "--role", "auditor", "--totp", "--password-stdin"),
        ("password", "rudi", "--password-stdin"),
        ("email", "rudi", "rudi@contoh.go.id"),
        ("disable", "audit"),
    ):
        assert sidik_di(ruang_kerja, "users", *perintah, masukan=masukan).exit_code == 0
    saya = pengguna_os()
    assert ringkas(config) == [
        ("rudi", "akun_ditambah", f"operator, NIP {NIP_OPERATOR}", saya, "cli", ""),
        ("audit", "akun_ditambah", "auditor, TOTP", saya, "cli", ""),
        ("rudi", "sandi_diganti", "", saya, "cli", ""),
        ("rudi", "surel_diubah", "rudi@contoh.go.id", saya, "cli", ""),
        ("audit", "akun_dinonaktifkan", "", saya, "cli", ""),
    ]
    keluaran = sidik_di(ruang_kerja, "users", "log", "rudi").stdout.splitlines()
    judul, *baris = [re.split(r"\s{2,}", b) for b in (keluaran[0], *keluaran[2:])]
    assert judul == ["Waktu (WIB)", "Login", "Aksi", "Keterangan", "Dijalankan oleh"]
    assert [b[1:] for b in baris] == [
        ["rudi", "akun ditambah", f"operator, NIP {NIP_OPERATOR}", f"{saya} (cli)"],
        ["rudi", "sandi diganti", "-", f"{saya} (cli)"],
        ["rudi", "alamat surel diubah", "rudi@contoh.go.id", f"{saya} (cli)"],
    ]
    assert SANDI.encode() not in config.jalur.ledger.read_bytes()


def test_riwayat_akun_hanya_dapat_ditambah(config: Config) -> None:
    akun.tambah(config, "audit", akun.PeranAkun.AUDITOR, "", SANDI)
    with buka_buku(config.jalur.ledger) as buku:
        for sql in ("UPDATE peristiwa_akun SET pengguna = 'lain'", "DELETE FROM peristiwa_akun"):
            with pytest.raises(sqlite3.IntegrityError, match="hanya boleh ditambah"):
                buku.db.execute(sql)
    assert [e.aksi for e in akun.riwayat(config)] == ["akun_ditambah"]


def test_tindakan_admin_di_halaman_tercatat_sebagai_akun_admin(
    klien: FlaskClient, config: Config
) -> None:
    sebelum = len(akun.riwayat(config))  # the fixture's accounts, added by the tests' OS user
    masuk(klien, "admin")
    tanda = token(klien, "/admin/")
    data = {"login": "baru", "peran": "auditor", "sandi": SANDI_BARU, "csrf_token": tanda}
    klien.post("/admin/akun", data=data)
    klien.post("/admin/akun/baru/sandi", data={"sandi": SANDI, "csrf_token": tanda})
    klien.post(
        "/admin/surel", data={"login": "baru", "surel": "b@contoh.go.id", "csrf_token": tanda}
    )
    klien.post("/admin/akun/baru/nonaktifkan", data={"csrf_token": tanda})
    assert ringkas(config)[sebelum:] == [
        ("baru", "akun_ditambah", "auditor", "admin", "web", "127.0.0.1"),
        ("baru", "sandi_diganti", "", "admin", "web", "127.0.0.1"),
        ("baru", "surel_diubah", "b@contoh.go.id", "admin", "web", "127.0.0.1"),
        ("baru", "akun_dinonaktifkan", "", "admin", "web", "127.0.0.1"),
    ]
    halaman = teks(klien.get("/admin/"))
    riwayat = halaman.split('id="riwayat-akun"')[1]
    baris = riwayat.split("<tbody>")[1].split("</tr>")
    assert "<td>baru</td><td>akun dinonaktifkan</td>" in baris[0]  # the newest first
    assert "<td>admin (web, 127.0.0.1)</td>" in baris[0]
    assert SANDI_BARU not in halaman
