"""``sidik serve`` through Flask's test client: logging in, CSRF on every form, lockout, idle
expiry, the security headers, which role may do what, and a Tim member's decision recorded as
theirs (channel web) in the ledger."""

from __future__ import annotations

import io
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import TimestampSigner

from pipeline import ledger
from pipeline.aktor import Aktor, Saluran, sebagai
from pipeline.akun import BATAS_GAGAL, PeranAkun
from pipeline.alur.putuskan import putuskan_item
from pipeline.config import Config, muat
from pipeline.ledger.sop import Langkah
from pipeline.model import Keputusan
from pipeline.web import buat_app
from pipeline.web.keamanan import BATAS_DIAM
from tests.bantu.ledger import siklus_sampai
from tests.web_bantu import LOGIN, NIP, buat_akun, masuk, siklus_menunggu_tim, teks, token


def test_setiap_halaman_membawa_kepala_keamanan(klien: FlaskClient) -> None:
    r = klien.get("/masuk")
    assert r.status_code == 200
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    kue = r.headers["Set-Cookie"]
    assert "HttpOnly" in kue and "SameSite=Lax" in kue and "Secure" not in kue
    assert 'lang="id"' in teks(r) and '<label for="sandi">Sandi</label>' in teks(r)


def test_di_belakang_proxy_tls_cookie_secure_dan_hsts(ruang_kerja: Path) -> None:
    klien = buat_app(ruang_kerja / "sidik.toml", proxy=True).test_client()
    r = klien.get("/masuk", headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in r.headers["Set-Cookie"]
    assert r.headers["Strict-Transport-Security"].startswith("max-age=")


def test_masuk_melalui_proxy_tls(ruang_kerja: Path, config: Config) -> None:
    # Behind the office's proxy the request is HTTPS: the form's token and its same-origin
    # Referer (Referrer-Policy: same-origin) must both be there.
    buat_akun(config)
    klien = buat_app(ruang_kerja / "sidik.toml", proxy=True).test_client()
    tls = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "ppid.contoh.go.id"}
    situs = "https://ppid.contoh.go.id"  # the browser's side of the proxy
    halaman = klien.get("/masuk", headers=tls, base_url=situs).get_data(as_text=True)
    tanda = halaman.split('name="csrf_token" value="')[1].split('"')[0]
    data = {"login": "audit", "sandi": "sandi-yang-cukup-panjang", "csrf_token": tanda}
    r = klien.post("/masuk", data=data, headers=tls, base_url=situs)
    assert r.status_code == 400  # no Referer: refused
    rujukan = {**tls, "Referer": "https://ppid.contoh.go.id/masuk"}
    r = klien.post("/masuk", data=data, headers=rujukan, base_url=situs)
    assert (r.status_code, r.headers["Location"]) == (302, "/")


def test_belum_masuk_diarahkan_ke_halaman_masuk(klien: FlaskClient) -> None:
    r = klien.get("/status")
    assert r.status_code == 302
    assert r.headers["Location"] == "/masuk?lanjut=/status"


def test_masuk_lalu_kembali_ke_halaman_yang_diminta_dan_keluar(klien: FlaskClient) -> None:
    r = klien.post(
        "/masuk",
        data={
            "login": "audit",
            "sandi": "sandi-yang-cukup-panjang",
            "lanjut": "/status",
            "csrf_token": token(klien),
        },
    )
    assert (r.status_code, r.headers["Location"]) == (302, "/status")
    assert "Status siklus" in teks(klien.get("/status"))
    r = klien.post("/keluar", data={"csrf_token": token(klien, "/status")})
    assert r.headers["Location"] == "/masuk"
    assert klien.get("/status").status_code == 302


@pytest.mark.parametrize(
    "lanjut", ["//penipu.example/", "/\\penipu.example/", "https://penipu.example/", "x"]
)
def test_lanjut_ke_situs_lain_tidak_diikuti(klien: FlaskClient, lanjut: str) -> None:
    r = klien.post(
        "/masuk",
        data={
            "login": "audit",
            "sandi": "sandi-yang-cukup-panjang",
            "lanjut": lanjut,
            "csrf_token": token(klien),
        },
    )
    assert r.headers["Location"] == "/"
    r = klien.get("/bahasa/en", query_string={"lanjut": lanjut})
    assert r.headers["Location"] == "/"


def test_sandi_dengan_parameter_lama_diperbarui_dan_tetap_masuk(
    klien: FlaskClient, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An account hashed with other argon2 parameters (an older sidik): its first login rehashes
    # the password, and the session it opens lasts (it was dropped at the next page, its
    # password "changed" under it).
    from argon2 import PasswordHasher

    from pipeline import akun

    baru = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(akun, "_HASHER", baru)
    assert masuk(klien, "maya").status_code == 302
    assert "<h1>Menunggu saya</h1>" in teks(klien.get("/"))
    db = sqlite3.connect(config.jalur.ledger)
    try:
        [hash_sandi] = db.execute("SELECT hash_sandi FROM akun WHERE login = 'maya'").fetchone()
    finally:
        db.close()
    assert hash_sandi.startswith("$argon2id$v=19$m=16,t=2,p=1$")


def test_sandi_salah_ditolak_tanpa_menyebut_sebabnya(klien: FlaskClient) -> None:
    r = masuk(klien, "audit", "bukan-sandinya-sama-sekali")
    assert r.status_code == 401
    assert "Login, sandi, atau kode tidak cocok." in teks(r)
    r = masuk(klien, "tidak-ada", "bukan-sandinya-sama-sekali")
    assert r.status_code == 401 and "Login, sandi, atau kode tidak cocok." in teks(r)


def test_akun_dengan_totp_perlu_kode_aplikasi(klien: FlaskClient, config: Config) -> None:
    import pyotp

    from pipeline import akun

    akun.tambah(config, "budi", PeranAkun.AUDITOR, "", "sandi-yang-cukup-panjang", totp=True)
    rahasia = akun.rahasia_totp(config, "budi")
    data = {"login": "budi", "sandi": "sandi-yang-cukup-panjang"}
    totp, sekarang = pyotp.TOTP(rahasia), time.time()
    berlaku = {totp.at(sekarang + d) for d in (-60, -30, 0, 30, 60)}
    salah = next(f"{n:06d}" for n in range(10) if f"{n:06d}" not in berlaku)
    r = klien.post("/masuk", data={**data, "kode": salah, "csrf_token": token(klien)})
    assert r.status_code == 401
    r = klien.post("/masuk", data={**data, "kode": totp.now(), "csrf_token": token(klien)})
    assert (r.status_code, r.headers["Location"]) == (302, "/")


def test_post_tanpa_token_csrf_ditolak(klien: FlaskClient) -> None:
    r = klien.post("/masuk", data={"login": "audit", "sandi": "sandi-yang-cukup-panjang"})
    assert r.status_code == 400
    assert "Formulir ini kedaluwarsa atau tidak berasal dari halaman sidik." in teks(r)
    assert klien.get("/status").status_code == 302  # not logged in
    masuk(klien, "audit")
    r = klien.post("/keluar", data={"csrf_token": "salah"})
    assert r.status_code == 400
    assert klien.get("/status").status_code == 200  # still logged in


def test_gagal_berulang_mengunci_akun(klien: FlaskClient) -> None:
    for _ in range(BATAS_GAGAL):
        assert masuk(klien, "audit", "bukan-sandinya-sama-sekali").status_code == 401
    r = masuk(klien, "audit")  # the right password, too late
    assert r.status_code == 401
    assert "akun ini dikunci sementara" in teks(r)


def test_sesi_berakhir_setelah_diam(klien: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    masuk(klien, "audit")
    assert klien.get("/status").status_code == 200
    nanti = int(time.time() + (BATAS_DIAM + timedelta(minutes=1)).total_seconds())
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: nanti)
    r = klien.get("/status")
    assert (r.status_code, r.headers["Location"]) == (302, "/masuk?lanjut=/status")


def test_akun_dinonaktifkan_keluar_pada_permintaan_berikutnya(
    klien: FlaskClient, config: Config
) -> None:
    from pipeline import akun

    masuk(klien, "audit")
    akun.nonaktifkan(config, "audit")
    assert klien.get("/status").status_code == 302


def test_sandi_diganti_mengakhiri_sesi_yang_ada(klien: FlaskClient, config: Config) -> None:
    from pipeline import akun

    masuk(klien, "audit")
    akun.ganti_sandi(config, "audit", "sandi-baru-yang-panjang")
    assert klien.get("/status").status_code == 302


@pytest.mark.parametrize(
    ("peran", "langkah"),
    [
        (PeranAkun.OPERATOR, Langkah.ARSIP),
        (PeranAkun.PPID_PELAKSANA, Langkah.PERIKSA),
        (PeranAkun.ATASAN_PPID, Langkah.TANDA_TANGAN),
        (PeranAkun.AUDITOR, None),
    ],
)
def test_menunggu_saya_hanya_siklus_pada_langkah_perannya(
    klien: FlaskClient, config: Config, peran: PeranAkun, langkah: Langkah | None
) -> None:
    siklus = {lk: siklus_sampai(config, lk) for lk in (Langkah.PERIKSA, Langkah.TANDA_TANGAN)}
    siklus[Langkah.ARSIP] = siklus_sampai(config, Langkah.ARSIP)
    masuk(klien, LOGIN[peran])
    halaman = teks(klien.get("/"))
    for lk, s in siklus.items():
        assert (s in halaman) == (lk is langkah), (lk, s)
    if langkah is None:
        assert "Tidak ada yang menunggu Anda saat ini." in halaman
    else:
        assert "Tenggat: " in halaman and " WIB" in halaman


def test_bahasa_inggris_atas_pilihan(klien: FlaskClient) -> None:
    r = klien.get("/bahasa/en?lanjut=/masuk")
    assert r.headers["Location"] == "/masuk"
    r = klien.get("/masuk")
    assert 'lang="en"' in teks(r) and '<label for="sandi">Password</label>' in teks(r)


@pytest.mark.parametrize("peran", list(PeranAkun))
def test_hanya_peran_yang_berwenang_boleh_bertindak(
    klien: FlaskClient, config: Config, peran: PeranAkun
) -> None:
    siklus = siklus_menunggu_tim(config)
    masuk(klien, LOGIN[peran])
    tinjau = klien.get(f"/siklus/{siklus}/tinjau")
    assert (tinjau.status_code == 200) == (peran is PeranAkun.TIM_PERTIMBANGAN)
    tanda = token(klien, "/status")
    r = klien.post(
        f"/siklus/{siklus}/tinjau/1", data={"keputusan": "dikecualikan", "csrf_token": tanda}
    )
    assert (r.status_code == 302) == (peran is PeranAkun.TIM_PERTIMBANGAN)
    if peran is not PeranAkun.TIM_PERTIMBANGAN:
        assert r.status_code == 403
        assert "Akun Anda tidak berwenang melakukan tindakan ini." in teks(r)
    paraf = klien.post(f"/siklus/{siklus}/paraf", data={"csrf_token": tanda})
    assert (paraf.status_code == 403) == (peran is not PeranAkun.PPID_PELAKSANA)
    if peran is PeranAkun.PPID_PELAKSANA:  # a job was started: let it end within the test
        assert paraf.status_code == 302
        app_pekerjaan_usai(klien)
    pembaca = peran in (PeranAkun.AUDITOR, PeranAkun.ADMIN)
    for jalur in ("/log", f"/siklus/{siklus}/jejak", f"/siklus/{siklus}/jejak.json", "/arsip"):
        assert klien.get(jalur).status_code == (200 if pembaca else 403), jalur
    verifikasi = f"/siklus/{siklus}/verifikasi"
    assert klien.get(verifikasi).status_code == (200 if pembaca else 403)
    mulai = klien.post(verifikasi, data={"csrf_token": tanda})
    assert mulai.status_code == (302 if pembaca else 403)  # not archived: no job started
    status = teks(klien.get("/status"))
    assert ('href="/arsip"' in status) == pembaca
    assert (f'href="/siklus/{siklus}/jejak"' in status) == pembaca


def test_keputusan_anggota_tim_tercatat_sebagai_miliknya(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)
    masuk(klien, "maya")
    beranda = teks(klien.get("/"))
    assert siklus in beranda and "2 informasi menunggu keputusan Anda." in beranda
    halaman = teks(klien.get(f"/siklus/{siklus}/tinjau"))
    assert "Konsekuensi 1" in halaman and 'value="sha-1"' in halaman
    r = klien.post(
        f"/siklus/{siklus}/tinjau/1",
        data={
            "keputusan": "dikecualikan",
            "catatan": "",
            "sidik_jari": "sha-1",
            "csrf_token": token(klien, f"/siklus/{siklus}/tinjau"),
        },
        follow_redirects=True,
    )
    assert "Keputusan Anda atas informasi No 1 tercatat: Dikecualikan." in teks(r)
    [suara] = [p for p in ledger.jejak(config.jalur.ledger) if p.aksi.startswith("suara_")]
    assert (suara.aksi, suara.item_no, suara.pengguna, suara.saluran, suara.atas_nama) == (
        "suara_dikecualikan",
        1,
        "maya",
        "web",
        False,
    )
    db = sqlite3.connect(config.jalur.ledger)
    try:
        assert db.execute("SELECT item_no, nip, keputusan FROM suara_tim").fetchall() == [
            (1, NIP[PeranAkun.TIM_PERTIMBANGAN], "dikecualikan")
        ]
    finally:
        db.close()
    assert "1 informasi menunggu keputusan Anda." in teks(klien.get("/"))


def test_dibuka_tanpa_catatan_ditolak_dan_tidak_tercatat(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)
    masuk(klien, "maya")
    r = klien.post(
        f"/siklus/{siklus}/tinjau/2",
        data={
            "keputusan": "dibuka",
            "catatan": "  ",
            "sidik_jari": "sha-2",
            "csrf_token": token(klien, f"/siklus/{siklus}/tinjau"),
        },
        follow_redirects=True,
    )
    assert "Keputusan &#39;dibuka&#39; wajib disertai catatan (alasan)." in teks(r)
    assert not [p for p in ledger.jejak(config.jalur.ledger) if p.aksi.startswith("suara_")]


def test_keputusan_atas_isi_yang_sudah_berubah_ditolak(klien: FlaskClient, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    masuk(klien, "maya")
    r = klien.post(
        f"/siklus/{siklus}/tinjau/1",
        data={
            "keputusan": "dikecualikan",
            "sidik_jari": "isi-lama",
            "csrf_token": token(klien, f"/siklus/{siklus}/tinjau"),
        },
        follow_redirects=True,
    )
    assert "Informasi No 1 telah diubah Operator sejak halaman ini dibuka" in teks(r)


def test_auditor_membaca_log_dengan_saringan(klien: FlaskClient, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    maya = Aktor("maya", Saluran.WEB, frozenset({NIP[PeranAkun.TIM_PERTIMBANGAN]}))
    with sebagai(maya):
        putuskan_item(config, siklus, 1, Keputusan.DIKECUALIKAN)
        putuskan_item(config, siklus, 2, Keputusan.DIBUKA, "Sudah diumumkan")
    masuk(klien, "audit")
    r = klien.get(f"/log?siklus={siklus}&item=2&langkah=tinjau")
    assert r.status_code == 200
    baris = teks(r).split("<tbody>")[1]
    assert "suara_dibuka" in baris and "Sudah diumumkan" in baris and "maya (web)" in baris
    assert "suara_dikecualikan" not in baris


def test_unggahan_terlalu_besar_ditolak(app: Flask) -> None:
    from pipeline.web import BATAS_UNGGAH

    assert app.config["MAX_CONTENT_LENGTH"] == BATAS_UNGGAH
    app.config["MAX_CONTENT_LENGTH"] = 4096  # the same refusal, without a 20 MB body in memory
    klien = app.test_client()
    besar = io.BytesIO(b"%PDF-1.7\n" + b"0" * 8192)
    r = klien.post(
        "/verifikasi",
        data={"berkas": (besar, "besar.pdf")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 413
    assert "Berkas terlalu besar (paling besar 20 MB)." in teks(r)


def test_halaman_verifikasi_tanpa_masuk(klien: FlaskClient) -> None:
    r = klien.get("/verifikasi")
    assert r.status_code == 200 and 'name="berkas"' in teks(r)
    r = klien.post("/verifikasi", data={})
    assert r.status_code == 400 and "Pilih berkas PDF yang akan diperiksa." in teks(r)


def app_pekerjaan_usai(klien: FlaskClient):  # type: ignore[no-untyped-def]
    """The last job of the client's application, once it has ended."""
    p = klien.application.config["SIDIK_PEKERJAAN"].terakhir
    assert p is not None and p.usai.wait(600), "pekerjaan tidak selesai"
    return p


@pytest.mark.libreoffice
def test_ppid_pelaksana_membubuhkan_paraf_dari_halamannya(ruang_dengan_pki: Path) -> None:
    from tests.bantu.aktor import ikat, sebagai
    from tests.bantu.buku_kerja import buku_kerja_kecil

    ruang = ruang_dengan_pki
    ikat(ruang, pribadi=True)  # step 2 is the PPID Pelaksana's own act
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    assert sebagai("rudi", ruang, "run", wb).returncode == 13  # waits for the paraf
    config = muat(ruang / "sidik.toml")
    buat_akun(config)
    klien = buat_app(ruang / "sidik.toml").test_client()
    [status] = ledger.status(config.jalur.ledger)
    siklus = status.siklus.id

    masuk(klien, "rudi")  # the Operator may not initial for the PPID Pelaksana
    r = klien.post(f"/siklus/{siklus}/paraf", data={"csrf_token": token(klien, "/")})
    assert r.status_code == 403
    klien.post("/keluar", data={"csrf_token": token(klien, "/")})

    masuk(klien, "andi")
    beranda = teks(klien.get("/"))
    assert siklus in beranda and "Setujui dan bubuhkan paraf pada semua dokumen" in beranda
    r = klien.post(f"/siklus/{siklus}/paraf", data={"csrf_token": token(klien, "/")})
    assert r.status_code == 302 and r.headers["Location"].startswith("/pekerjaan/")
    p = app_pekerjaan_usai(klien)  # a job of the server, as signing is: not in the request
    assert (p.jenis, p.login, p.galat) == ("paraf", "andi", "")
    halaman = teks(klien.get(r.headers["Location"]))
    assert f"Paraf dibubuhkan pada 4 dokumen siklus {siklus}." in halaman
    assert "<h1>Paraf · " in halaman
    assert "Tidak ada yang menunggu Anda saat ini." in teks(klien.get("/"))
    paraf = [p for p in ledger.jejak(config.jalur.ledger) if p.aksi == "paraf"]
    assert len(paraf) == 4
    assert {(p.pengguna, p.saluran) for p in paraf} == {("andi", "web")}
    assert any(p.atas_nama is False for p in paraf)  # his own paraf, not on his behalf
    assert len(list(ruang.glob("output/kerja/*/paraf/*.pdf"))) == 4
