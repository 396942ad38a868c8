"""The admin's pages of ``sidik serve``: the accounts (add with role, official and initial
password; disable; reset the password — the same library as ``sidik users``), the
configuration as read without a secret, and ``sidik doctor``'s results. Only an admin may
see or do any of it: every role is tried against every admin act."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from pipeline import akun
from pipeline.akun import PeranAkun
from pipeline.config import Config
from pipeline.web import buat_app
from pipeline.zona import ZONA
from tests.web_bantu import LOGIN, NIP, SANDI, buat_akun, masuk, teks, token

SANDI_BARU = "sandi-baru-yang-cukup-panjang"
YUSUF = "000000000000000006"  # the second Tim Pertimbangan member, without an account yet


def sebagai_admin(klien: FlaskClient) -> str:
    """Log in as the admin; the CSRF token of the admin's forms."""
    assert masuk(klien, "admin").status_code == 302
    return token(klien, "/admin/")


class JamUji:
    """A clock the test moves by hand."""

    def __init__(self, sekarang: datetime) -> None:
        self.sekarang = sekarang

    def __call__(self) -> datetime:
        return self.sekarang


def keadaan_akun(config: Config) -> list[tuple[str, str, str, bool, str, str]]:
    return [
        (a.login, a.peran.value, a.nip, a.nonaktif, a.versi, a.surel) for a in akun.daftar(config)
    ]


TINDAKAN_ADMIN: dict[str, Callable[[FlaskClient, str], TestResponse]] = {
    "daftar akun": lambda k, _: k.get("/admin/"),
    "konfigurasi": lambda k, _: k.get("/admin/konfigurasi"),
    "doctor": lambda k, _: k.get("/admin/dokter"),
    "doctor ulang": lambda k, tanda: k.post("/admin/dokter", data={"csrf_token": tanda}),
    "tambah akun": lambda k, tanda: k.post(
        "/admin/akun",
        data={"login": "baru", "peran": "auditor", "sandi": SANDI_BARU, "csrf_token": tanda},
    ),
    "nonaktifkan": lambda k, tanda: k.post(
        "/admin/akun/audit/nonaktifkan", data={"csrf_token": tanda}
    ),
    "ganti sandi": lambda k, tanda: k.post(
        "/admin/akun/audit/sandi", data={"sandi": SANDI_BARU, "csrf_token": tanda}
    ),
    "ubah surel": lambda k, tanda: k.post(
        "/admin/surel", data={"login": "audit", "surel": "a@contoh.go.id", "csrf_token": tanda}
    ),
}


@pytest.mark.parametrize("peran", list(PeranAkun))
def test_hanya_admin_boleh_setiap_tindakan_admin(
    klien: FlaskClient, config: Config, peran: PeranAkun
) -> None:
    masuk(klien, LOGIN[peran])
    tanda = token(klien, "/status")
    sebelum = keadaan_akun(config)
    for nama, tindakan in TINDAKAN_ADMIN.items():
        r = tindakan(klien, tanda)
        if peran is PeranAkun.ADMIN:
            assert r.status_code in (200, 302), nama
            if r.status_code == 302:
                assert r.headers["Location"] in ("/admin/", "/admin/dokter"), nama
        else:
            assert r.status_code == 403, nama
            assert "Akun Anda tidak berwenang melakukan tindakan ini." in teks(r), nama
    if peran is not PeranAkun.ADMIN:
        assert keadaan_akun(config) == sebelum  # nothing changed
        assert "/admin/" not in teks(klien.get("/status"))  # no link to what they may not see
    else:
        setelah = {a[0]: a for a in keadaan_akun(config)}
        assert "baru" in setelah and setelah["audit"][3] is True
        assert setelah["audit"][5] == "a@contoh.go.id"


def test_tanpa_masuk_diarahkan_ke_halaman_masuk(klien: FlaskClient, config: Config) -> None:
    tanda = token(klien)
    sebelum = keadaan_akun(config)
    for nama, tindakan in TINDAKAN_ADMIN.items():
        r = tindakan(klien, tanda)
        assert r.status_code == 302 and r.headers["Location"].startswith("/masuk?lanjut="), nama
    assert keadaan_akun(config) == sebelum


def test_admin_menambah_akun_pejabat_yang_lalu_dapat_masuk(
    klien: FlaskClient, app: Flask, config: Config
) -> None:
    tanda = sebagai_admin(klien)
    halaman = teks(klien.get("/admin/"))
    assert f'<option value="{YUSUF}">Yusuf Contoh, S.Kom. ({YUSUF})</option>' in halaman
    r = klien.post(
        "/admin/akun",
        data={
            "login": "yusuf",
            "peran": "tim_pertimbangan",
            "nip": YUSUF,
            "surel": "yusuf@contoh.go.id",
            "sandi": SANDI_BARU,
            "csrf_token": tanda,
        },
        follow_redirects=True,
    )
    assert "Akun yusuf (Tim Pertimbangan) ditambahkan." in teks(r)
    assert '<tr id="akun-yusuf">' in teks(r)
    assert '<span class="surel">yusuf@contoh.go.id</span>' in teks(r)
    yusuf = akun.cari(config, "yusuf")
    assert yusuf is not None
    assert (yusuf.peran, yusuf.nip, yusuf.surel) == (
        PeranAkun.TIM_PERTIMBANGAN,
        YUSUF,
        "yusuf@contoh.go.id",
    )
    assert masuk(app.test_client(), "yusuf", SANDI_BARU).status_code == 302


@pytest.mark.parametrize(
    ("data", "pesan"),
    [
        (
            {"login": "palsu", "peran": "atasan_ppid", "nip": YUSUF},
            f"NIP {YUSUF} bukan NIP pejabat peran atasan_ppid di sidik.toml (yang ada: "
            "Dr. Siti Teladan, M.Si. (000000000000000000)).",
        ),
        (
            {"login": "tanpa-nip", "peran": "ppid_pelaksana"},
            "Akun peran ppid_pelaksana harus terikat pada pejabatnya: sebutkan --nip dengan NIP "
            "pejabat itu di sidik.toml.",
        ),
        (
            {"login": "pendek", "peran": "auditor", "sandi": "pendek"},
            "Sandi terlalu pendek: paling sedikit 12 karakter.",
        ),
        (
            {"login": "audit", "peran": "auditor"},
            "Akun 'audit' sudah ada. Ganti sandinya dengan 'sidik users password audit "
            "--password-stdin'.",
        ),
        (
            {"login": "Bukan Login", "peran": "auditor"},
            "Login 'Bukan Login' tidak sah: gunakan huruf kecil, angka, titik, garis bawah atau "
            "tanda hubung (paling banyak 64), diawali huruf atau angka.",
        ),
        ({"login": "tanpa-peran", "peran": "raja"}, "Pilih peran akun."),
        (
            {"login": "bersurel", "peran": "auditor", "surel": "bukan surel"},
            "'bukan surel' bukan alamat surel yang sah (mis. nama@contoh.go.id).",
        ),
    ],
)
def test_akun_yang_salah_ditolak_dengan_sebabnya_dan_tidak_ditambahkan(
    klien: FlaskClient, config: Config, data: dict[str, str], pesan: str
) -> None:
    tanda = sebagai_admin(klien)
    sebelum = keadaan_akun(config)
    kirim = {"sandi": SANDI_BARU, "nip": "", **data, "csrf_token": tanda}
    r = klien.post("/admin/akun", data=kirim, follow_redirects=True)
    assert r.status_code == 200
    galat = teks(r).split('class="pesan galat" role="alert">')[1].split("</p>")[0]
    assert galat.replace("&#39;", "'") == pesan
    assert keadaan_akun(config) == sebelum


def test_admin_menonaktifkan_akun_yang_lalu_keluar(app: Flask, config: Config) -> None:
    auditor = app.test_client()
    masuk(auditor, "audit")
    assert auditor.get("/status").status_code == 200
    admin = app.test_client()
    tanda = sebagai_admin(admin)
    r = admin.post(
        "/admin/akun/audit/nonaktifkan", data={"csrf_token": tanda}, follow_redirects=True
    )
    assert "Akun audit dinonaktifkan: tidak dapat masuk lagi; tindakannya tetap di log." in teks(r)
    baris = teks(r).split('<tr id="akun-audit">')[1].split("</tr>")[0]
    assert "<td>nonaktif</td>" in baris and "Nonaktifkan" not in baris
    assert auditor.get("/status").status_code == 302  # logged out at the next request
    assert masuk(app.test_client(), "audit").status_code == 401


def test_admin_tidak_menonaktifkan_akunnya_sendiri(klien: FlaskClient, config: Config) -> None:
    tanda = sebagai_admin(klien)
    assert 'action="/admin/akun/admin/nonaktifkan"' not in teks(klien.get("/admin/"))
    r = klien.post(
        "/admin/akun/admin/nonaktifkan", data={"csrf_token": tanda}, follow_redirects=True
    )
    assert (
        "Anda tidak dapat menonaktifkan akun Anda sendiri; mintalah admin lain, atau gunakan "
        "&#39;sidik users disable&#39;." in teks(r)
    )
    admin = akun.cari(config, "admin")
    assert admin is not None and not admin.nonaktif


def test_admin_mengganti_sandi_dan_membuka_kunci(app: Flask, config: Config) -> None:
    for _ in range(akun.BATAS_GAGAL):
        masuk(app.test_client(), "audit", "bukan-sandinya-sama-sekali")
    assert "terkunci s.d." in teks(_halaman_admin(app))
    admin = app.test_client()
    tanda = sebagai_admin(admin)
    r = admin.post(
        "/admin/akun/audit/sandi",
        data={"sandi": SANDI_BARU, "csrf_token": tanda},
        follow_redirects=True,
    )
    assert "Sandi akun audit diganti." in teks(r)
    assert masuk(app.test_client(), "audit", SANDI).status_code == 401
    assert masuk(app.test_client(), "audit", SANDI_BARU).status_code == 302


def test_ganti_sandi_akun_yang_tidak_ada(klien: FlaskClient) -> None:
    tanda = sebagai_admin(klien)
    r = klien.post(
        "/admin/akun/siapa/sandi",
        data={"sandi": SANDI_BARU, "csrf_token": tanda},
        follow_redirects=True,
    )
    assert "siapa" in teks(r).split('class="pesan galat"')[1]


def _halaman_admin(app: Flask) -> TestResponse:
    klien = app.test_client()
    sebagai_admin(klien)
    return klien.get("/admin/")


def test_konfigurasi_seperti_dibaca_tanpa_rahasia(
    klien: FlaskClient, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIDIK_SANDI_PKCS12", "sandi-dari-lingkungan-99")
    sebagai_admin(klien)
    r = klien.get("/admin/konfigurasi")
    halaman = teks(r)
    assert r.status_code == 200
    assert "penandatanganan.url_verifikasi" in halaman
    assert config.penandatanganan.url_verifikasi in halaman
    assert "atasan_ppid.nip" in halaman and NIP[PeranAkun.ATASAN_PPID] in halaman
    akar = halaman.split("verifikasi.akar_tepercaya")[1].split("</tr>")[0]
    assert "<td>certs/dev/root-ca.pem</td>" in akar  # as sidik.toml writes it
    baris = halaman.split("penandatanganan.sandi_berkas")[1].split("</tr>")[0]
    assert "(tidak ditampilkan)" in baris and ".sandi" not in baris
    assert "SIDIK_SANDI_PKCS12" in halaman  # the variable's name, never its value
    assert "sandi-dari-lingkungan-99" not in halaman


def test_hasil_doctor_di_halaman_admin(klien: FlaskClient, config: Config) -> None:
    sebagai_admin(klien)
    r = klien.get("/admin/dokter")
    halaman = teks(r)
    assert r.status_code == 200
    assert "LibreOffice" in halaman and "Ledger" in halaman
    # this workspace has no keys: the signing key check fails, with its fix
    kunci = config.penandatanganan.pkcs12
    assert f"Berkas tidak ditemukan: {kunci}." in halaman and "Perbaikan:" in halaman
    assert "gagal" in halaman.split('role="status">')[1].split("</p>")[0]


def test_hasil_doctor_disimpan_sampai_diperiksa_ulang(ruang_kerja: Path, config: Config) -> None:
    # the checks take a second: the page shows the last result with its time, and runs them
    # again only when the admin asks ("Periksa ulang", a form with its CSRF token)
    buat_akun(config)
    jam = JamUji(datetime(2026, 12, 7, 9, 0, tzinfo=ZONA["WIB"]))
    klien = buat_app(ruang_kerja / "sidik.toml", jam=jam).test_client()
    tanda = sebagai_admin(klien)
    assert "Diperiksa pukul 07-12-2026 09:00:00 WIB." in teks(klien.get("/admin/dokter"))

    jam.sekarang += timedelta(minutes=5)
    halaman = teks(klien.get("/admin/dokter"))
    assert "Diperiksa pukul 07-12-2026 09:00:00 WIB." in halaman  # not run again
    assert "Berkas tidak ditemukan:" in halaman  # the kept result, whole
    assert klien.post("/admin/dokter", data={}).status_code == 400  # no CSRF token: refused
    assert "Diperiksa pukul 07-12-2026 09:00:00 WIB." in teks(klien.get("/admin/dokter"))

    r = klien.post("/admin/dokter", data={"csrf_token": tanda}, follow_redirects=True)
    assert r.status_code == 200 and "Diperiksa pukul 07-12-2026 09:05:00 WIB." in teks(r)
    assert '<button type="submit">Periksa ulang</button>' in teks(r)


def test_halaman_admin_dalam_bahasa_inggris(klien: FlaskClient) -> None:
    sebagai_admin(klien)
    klien.get("/bahasa/en")
    halaman = teks(klien.get("/admin/"))
    assert "<h1>Accounts</h1>" in halaman and "Add an account" in halaman
    assert "<h1>Configuration</h1>" in teks(klien.get("/admin/konfigurasi"))
    dokter = teks(klien.get("/admin/dokter"))
    assert "<h1>Readiness (doctor)</h1>" in dokter and "passed" in dokter


def test_admin_mengubah_dan_menghapus_alamat_surel(klien: FlaskClient, config: Config) -> None:
    tanda = sebagai_admin(klien)
    data = {"login": "maya", "surel": "maya@contoh.go.id", "csrf_token": tanda}
    r = klien.post("/admin/surel", data=data, follow_redirects=True)
    assert "Alamat surel akun maya: maya@contoh.go.id." in teks(r)
    maya = akun.cari(config, "maya")
    assert maya is not None and maya.surel == "maya@contoh.go.id"
    r = klien.post("/admin/surel", data={**data, "surel": ""}, follow_redirects=True)
    assert "Akun maya tidak lagi mempunyai alamat surel" in teks(r)
    r = klien.post("/admin/surel", data={**data, "surel": "maya"}, follow_redirects=True)
    assert "&#39;maya&#39; bukan alamat surel yang sah" in teks(r)
    maya = akun.cari(config, "maya")
    assert maya is not None and maya.surel == ""
