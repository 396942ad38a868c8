"""Signing from the page (``sidik serve``): the background job that runs an official's
signature in a server thread, who may start it (every role against both acts, another
official's NIP, the form without its CSRF token), and the typed passphrase kept out of every
place it could leak (the job's state, the pages, the ledger, the log)."""

from __future__ import annotations

import logging
import shutil
import threading
from datetime import datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape

from pipeline import akun, ledger
from pipeline.aktor import Aktor, Saluran, aktor_aktif, sebagai
from pipeline.akun import PeranAkun
from pipeline.config import Config, muat
from pipeline.errors import SigningFailed, StepNotReady
from pipeline.ledger.sop import Langkah
from pipeline.progres import Kemajuan
from pipeline.web import buat_app
from pipeline.web.pekerjaan import Antrean, Pekerjaan, PekerjaanBerjalan
from tests.bantu.cli import jalankan_sidik
from tests.bantu.ledger import siklus_sampai
from tests.bantu.ruang import SiklusContoh
from tests.web_bantu import LOGIN, NIP, SANDI, buat_akun, masuk, teks, token

SANDI_KUNCI = "sandi-kunci-yang-diketik-7Qx"
BATAS_TUNGGU = 600  # seconds: a guard against a hung job, never a timing assumption
SEKARANG = datetime(2026, 12, 7, 9, 0)


def pekerjaan_terakhir(app: Flask) -> Pekerjaan | None:
    """The workspace's last job, once it has ended."""
    p: Pekerjaan | None = app.config["SIDIK_PEKERJAAN"].terakhir
    if p is not None:
        assert p.usai.wait(BATAS_TUNGGU), "pekerjaan tidak selesai"
    return p


def test_pekerjaan_berjalan_di_utas_server_satu_per_ruang_kerja(tmp_path: Path) -> None:
    antrean = Antrean(tmp_path / "sidik.db")
    sudah_melapor, lepas = threading.Event(), threading.Event()

    def kerja(kemajuan: Kemajuan) -> str:
        kemajuan("sign", 1, 3)
        sudah_melapor.set()
        assert lepas.wait(BATAS_TUNGGU)
        return "3 dokumen ditandatangani."

    p = antrean.mulai("ttd_atasan", "dik-1", "siti", SEKARANG, kerja)
    assert sudah_melapor.wait(BATAS_TUNGGU)
    assert p.berjalan and (p.tahap, p.selesai, p.total) == ("sign", 1, 3)
    with pytest.raises(PekerjaanBerjalan) as e:  # one at a time per workspace
        antrean.mulai("ttd_peserta", "dik-1", "andi", SEKARANG, kerja)
    assert e.value.pekerjaan is p
    lepas.set()
    assert p.usai.wait(BATAS_TUNGGU)
    assert (p.berjalan, p.hasil, p.galat) == (False, "3 dokumen ditandatangani.", "")
    assert antrean.cari(p.id) is p and antrean.cari("lain") is None
    kedua = antrean.mulai("ttd_atasan", "dik-1", "siti", SEKARANG, lambda _k: "lagi")
    assert kedua.usai.wait(BATAS_TUNGGU) and kedua.hasil == "lagi"


def test_pekerjaan_membawa_aktor_dan_menyimpan_penolakan_pustaka(tmp_path: Path) -> None:
    antrean = Antrean(tmp_path / "sidik.db")
    siti = Aktor("siti", Saluran.WEB, frozenset({NIP[PeranAkun.ATASAN_PPID]}))
    with sebagai(siti):  # as a request of siti's starts it
        p = antrean.mulai("ttd_atasan", "dik-1", "siti", SEKARANG, lambda _k: aktor_aktif().pelaku)
    assert p.usai.wait(BATAS_TUNGGU) and p.hasil == "siti"

    def ditolak(_k: Kemajuan) -> str:
        raise StepNotReady("alur.tinjauan_belum", siklus="dik-1", jumlah=2)

    p = antrean.mulai("ttd_atasan", "dik-1", "siti", SEKARANG, ditolak)
    assert p.usai.wait(BATAS_TUNGGU)
    assert (
        p.hasil == ""
        and p.galat == StepNotReady("alur.tinjauan_belum", siklus="dik-1", jumlah=2).pesan()
    )


BOLEH = {
    "ttd-lembar": (PeranAkun.PPID_PELAKSANA, PeranAkun.TIM_PERTIMBANGAN),
    "ttd": (PeranAkun.ATASAN_PPID,),
}


@pytest.mark.parametrize("tindakan", list(BOLEH))
@pytest.mark.parametrize("peran", list(PeranAkun))
def test_hanya_pejabat_yang_berwenang_memulai_penandatanganan(
    app: Flask, klien: FlaskClient, config: Config, peran: PeranAkun, tindakan: str
) -> None:
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    masuk(klien, LOGIN[peran])
    data = {"sandi": SANDI_KUNCI, "csrf_token": token(klien, "/status")}
    r = klien.post(f"/siklus/{siklus}/{tindakan}", data=data)
    if peran not in BOLEH[tindakan]:
        assert r.status_code == 403
        assert "Akun Anda tidak berwenang melakukan tindakan ini." in teks(r)
        assert pekerjaan_terakhir(app) is None
        return
    p = pekerjaan_terakhir(app)
    assert p is not None and (p.login, p.siklus) == (LOGIN[peran], siklus)
    assert (r.status_code, r.headers["Location"]) == (302, f"/pekerjaan/{p.id}")
    status = klien.get(r.headers["Location"])
    assert status.status_code == 200 and 'http-equiv="refresh"' not in teks(status)
    assert str(escape(p.galat or p.hasil)) in teks(status)  # the library's own words


@pytest.mark.parametrize("tindakan", list(BOLEH))
def test_formulir_tanpa_token_csrf_ditolak(
    app: Flask, klien: FlaskClient, config: Config, tindakan: str
) -> None:
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    masuk(klien, "siti" if tindakan == "ttd" else "andi")
    r = klien.post(f"/siklus/{siklus}/{tindakan}", data={"sandi": SANDI_KUNCI})
    assert r.status_code == 400
    assert "Formulir ini kedaluwarsa atau tidak berasal dari halaman sidik." in teks(r)
    assert pekerjaan_terakhir(app) is None


def test_peserta_tidak_boleh_menandatangani_untuk_pejabat_lain(
    app: Flask, klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    masuk(klien, "andi")
    dewi = "000000000000000002"  # the unit's own PPID Pelaksana
    data = {"sandi": SANDI_KUNCI, "nip": dewi, "csrf_token": token(klien, "/status")}
    r = klien.post(f"/siklus/{siklus}/ttd-lembar", data=data)
    assert r.status_code == 403
    assert pekerjaan_terakhir(app) is None


def test_status_pekerjaan_hanya_untuk_akun_yang_memulainya(
    app: Flask, klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    masuk(klien, "siti")
    data = {"sandi": SANDI_KUNCI, "csrf_token": token(klien, "/status")}
    alamat = klien.post(f"/siklus/{siklus}/ttd", data=data).headers["Location"]
    pekerjaan_terakhir(app)
    klien.post("/keluar", data={"csrf_token": token(klien, "/status")})
    masuk(klien, "andi")
    assert klien.get(alamat).status_code == 403
    r = klien.get("/pekerjaan/tidak-dikenal")  # e.g. the server was restarted since
    assert r.status_code == 200
    assert "Server tidak mengenal penandatanganan ini" in teks(r)


def test_sandi_yang_diketik_tidak_disimpan_dicatat_atau_ditampilkan(
    app: Flask, klien: FlaskClient, config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    masuk(klien, "siti")
    data = {"sandi": SANDI_KUNCI, "csrf_token": token(klien, "/status")}
    r = klien.post(f"/siklus/{siklus}/ttd", data=data)
    p = pekerjaan_terakhir(app)
    assert p is not None
    halaman = [r, klien.get(r.headers["Location"]), klien.get("/"), klien.get("/status")]
    assert SANDI_KUNCI not in r.headers["Location"]
    assert all(SANDI_KUNCI not in teks(h) for h in halaman)
    assert SANDI_KUNCI not in repr(vars(p))
    assert SANDI_KUNCI not in caplog.text
    assert SANDI_KUNCI.encode() not in config.jalur.ledger.read_bytes()


@pytest.mark.libreoffice
def test_setiap_peserta_lalu_atasan_menandatangani_dari_halamannya(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # The sample after the Tim's review, initialled: each participant signs the Lembar from
    # their own page, in order; the Atasan PPID, refused until then, signs the batch; the
    # Operator archives and the archive verifies.
    ruang = Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))
    config = muat(ruang / "sidik.toml")
    buat_akun(config)
    akun.tambah(config, "dewi", PeranAkun.PPID_PELAKSANA, "000000000000000002", SANDI)
    akun.tambah(config, "yusuf", PeranAkun.TIM_PERTIMBANGAN, "000000000000000006", SANDI)
    app = buat_app(ruang / "sidik.toml")
    [status] = ledger.status(config.jalur.ledger)
    siklus = status.siklus.id

    p = _tandatangani(app, "siti", f"/siklus/{siklus}/ttd")
    andi = config.ppid_pelaksana.nama
    dokumen = "dokumen uji konsekuensi (Lembar, Berita Acara)"
    assert f"10 {dokumen} menunggu tanda tangan {andi} (PPID" in p.galat
    assert not list(ruang.glob("output/kerja/*/ttd/*.pdf"))

    # each one's Lembar and the meeting's Berita Acara
    for login, jumlah in (("andi", 10), ("dewi", 4), ("maya", 13), ("yusuf", 13)):
        klien = app.test_client()
        masuk(klien, login)
        beranda = teks(klien.get("/"))
        assert f"{jumlah} {dokumen} menunggu tanda tangan Anda." in beranda
        p = _tandatangani(app, login, f"/siklus/{siklus}/ttd-lembar", klien)
        assert p.galat == "" and f"menandatangani {jumlah} dokumen uji" in p.hasil, p
        assert "Tidak ada yang menunggu Anda saat ini." in teks(klien.get("/"))
    assert "telah ditandatangani semua pesertanya" in p.hasil

    p = _tandatangani(app, "siti", f"/siklus/{siklus}/ttd")
    assert p.galat == "" and f"dokumen siklus {siklus} ditandatangani." in p.hasil, p
    ttd = [e for e in ledger.jejak(config.jalur.ledger) if e.aksi == "ttd_peserta"]
    assert len(ttd) == 40
    assert {(e.pengguna, e.saluran, e.atas_nama) for e in ttd} == {
        (login, "web", False) for login in ("andi", "dewi", "maya", "yusuf")
    }
    run = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert run.returncode == 0, run.stderr
    verify = jalankan_sidik(ruang, "verify", "output/arsip")
    assert verify.returncode == 0 and "VALID" in verify.stdout, verify.stderr


def _tandatangani(
    app: Flask, login: str, alamat: str, klien: FlaskClient | None = None
) -> Pekerjaan:
    """``login`` types the passphrase in their page and starts signing; the ended job."""
    if klien is None:
        klien = app.test_client()
        masuk(klien, login)
    data = {"sandi": SANDI_KUNCI, "csrf_token": token(klien, "/")}
    r = klien.post(alamat, data=data)
    assert r.status_code == 302, teks(r)
    p = pekerjaan_terakhir(app)
    assert p is not None
    return p


@pytest.mark.libreoffice
def test_sandi_pkcs12_yang_diketik_membuka_kunci_atasan_tanpa_tersimpan(
    siklus_contoh: SiklusContoh,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A key whose passphrase is nowhere but in its owner's head: the Atasan PPID types it in
    # the page. A wrong one is refused and signs nothing; the right one signs every document.
    # Neither is kept anywhere the server writes or shows.
    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("SIDIK_SANDI_PKCS12", raising=False)
    ruang = Path(shutil.copytree(siklus_contoh.siap_atasan, tmp_path / "ruang"))
    berkas_sandi = ruang / "certs/dev/atasan_ppid.sandi"
    sandi = berkas_sandi.read_text(encoding="utf-8").strip()
    berkas_sandi.unlink()  # the key's passphrase must now be typed
    config = muat(ruang / "sidik.toml")
    buat_akun(config)
    app = buat_app(ruang / "sidik.toml")
    klien = app.test_client()
    masuk(klien, "siti")
    [status] = ledger.status(config.jalur.ledger)
    alamat = f"/siklus/{status.siklus.id}/ttd"

    salah = "bukan-sandi-kunci-siti"
    r = klien.post(alamat, data={"sandi": salah, "csrf_token": token(klien, "/")})
    p = pekerjaan_terakhir(app)
    assert p is not None and p.hasil == "", p
    assert (
        p.galat
        == SigningFailed("ttd.sandi_salah", berkas=str(config.penandatanganan.pkcs12)).pesan()
    )
    assert not list(ruang.glob("output/kerja/*/ttd/*.pdf"))
    halaman = [r, klien.get(r.headers["Location"])]

    r = klien.post(alamat, data={"sandi": sandi, "csrf_token": token(klien, "/")})
    p = pekerjaan_terakhir(app)
    assert p is not None and p.galat == "" and "ditandatangani." in p.hasil, p
    assert list(ruang.glob("output/kerja/*/ttd/*.pdf"))
    halaman += [r, klien.get(r.headers["Location"]), klien.get("/")]
    for rahasia in (salah, sandi):
        assert all(
            rahasia not in teks(h) and rahasia not in h.headers.get("Location", "") for h in halaman
        )
        assert rahasia not in repr(vars(p)) and rahasia not in caplog.text
        assert rahasia.encode() not in config.jalur.ledger.read_bytes()


def test_halaman_status_memperbarui_diri_selama_pekerjaan_berjalan(
    app: Flask, klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    sudah_melapor, lepas = threading.Event(), threading.Event()

    def kerja(kemajuan: Kemajuan) -> str:
        kemajuan("sign", 120, 500)
        sudah_melapor.set()
        assert lepas.wait(BATAS_TUNGGU)
        return "500 dokumen ditandatangani."

    antrean: Antrean = app.config["SIDIK_PEKERJAAN"]
    p = antrean.mulai("ttd_atasan", siklus, "siti", SEKARANG, kerja)
    try:
        assert sudah_melapor.wait(BATAS_TUNGGU)
        masuk(klien, "siti")
        halaman = teks(klien.get(f"/pekerjaan/{p.id}"))
        assert '<meta http-equiv="refresh" content="2">' in halaman
        sedang = "Sedang berjalan di server: tanda tangan Atasan PPID, 120 dari 500 dokumen."
        assert sedang in halaman
        assert '<progress max="500" value="120">' in halaman
        # a second start while it runs: told so, and shown the running job
        data = {"sandi": SANDI_KUNCI, "csrf_token": token(klien, "/status")}
        r = klien.post(f"/siklus/{siklus}/ttd", data=data, follow_redirects=True)
        assert f"Penandatanganan siklus {siklus} masih berjalan di server." in teks(r)
        assert r.request.path == f"/pekerjaan/{p.id}"
        assert antrean.terakhir is p
    finally:
        lepas.set()
    assert p.usai.wait(BATAS_TUNGGU)
    halaman = teks(klien.get(f"/pekerjaan/{p.id}"))
    assert "http-equiv" not in halaman and "500 dokumen ditandatangani." in halaman
