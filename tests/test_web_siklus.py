"""The Operator opens and continues a cycle from the page: the upload checked and kept in one
POST (nothing kept when the check fails), ``sidik run``'s act as a background job of the
Operator with its progress, and who may do it (every role, the form without its CSRF token)."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pipeline import ledger
from pipeline.akun import PeranAkun
from pipeline.config import Config
from pipeline.errors import OutputRefused
from pipeline.ledger.sop import Langkah
from pipeline.web.pekerjaan import Pekerjaan
from pipeline.workbook.unggahan import simpan_unggahan
from tests.bantu.buku_kerja import buku_dua_masalah
from tests.bantu.ledger import siklus_sampai
from tests.web_bantu import LOGIN, masuk, teks, token

BATAS_TUNGGU = 900  # seconds: a guard against a hung job, never a timing assumption
SAAT = datetime(2026, 12, 7, 9, 30, 5)


def buka_siklus(klien: FlaskClient, isi: bytes, nama: str, **lain: str):  # type: ignore[no-untyped-def]
    """Press "Periksa lalu buka siklus" with ``isi`` uploaded as ``nama``."""
    data = {"csrf_token": token(klien, "/validasi"), "buku_kerja": (io.BytesIO(isi), nama), **lain}
    return klien.post("/siklus/buka", data=data, content_type="multipart/form-data")


def isi_input(ruang: Path) -> dict[str, bytes]:
    """Every file of the workspace's input/ folder, by name."""
    return {p.name: p.read_bytes() for p in sorted((ruang / "input").iterdir())}


def pekerjaan_usai(app: Flask) -> Pekerjaan:
    p: Pekerjaan | None = app.config["SIDIK_PEKERJAAN"].terakhir
    assert p is not None
    assert p.usai.wait(BATAS_TUNGGU), "pekerjaan tidak selesai"
    return p


def test_buku_kerja_bergalat_tidak_disimpan_dan_siklus_tidak_dibuka(
    app: Flask, klien: FlaskClient, ruang_kerja: Path, config: Config
) -> None:
    salah = buku_dua_masalah(ruang_kerja)
    sebelum = isi_input(ruang_kerja)
    masuk(klien, "rudi")
    r = buka_siklus(klien, salah.read_bytes(), "salah.xlsx")
    assert r.status_code == 422
    assert "salah.xlsx: 2 masalah harus diperbaiki di Excel; sesudah itu periksa ulang." in teks(r)
    assert "<td>D3</td><td>Unit Kerja</td>" in teks(r)
    assert isi_input(ruang_kerja) == sebelum  # nothing kept
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None  # no job started
    assert ledger.status(config.jalur.ledger) == []  # no cycle opened


@pytest.mark.parametrize(
    ("nama", "isi"),
    [("catatan.txt", b"bukan buku kerja"), ("daftar.pdf", b"%PDF-1.7\n"), ("tanpa-akhiran", b"")],
)
def test_unggahan_bukan_xlsx_ditolak_dengan_pesan_jelas(
    app: Flask, klien: FlaskClient, ruang_kerja: Path, nama: str, isi: bytes
) -> None:
    sebelum = isi_input(ruang_kerja)
    masuk(klien, "rudi")
    r = buka_siklus(klien, isi, nama)
    assert r.status_code == 400
    pesan = f"{nama} bukan buku kerja Excel (.xlsx); simpan sebagai .xlsx lalu unggah lagi."
    assert pesan in teks(r)
    assert isi_input(ruang_kerja) == sebelum
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None


def test_berkas_xlsx_palsu_ditolak_oleh_pemeriksaan(
    app: Flask, klien: FlaskClient, ruang_kerja: Path
) -> None:
    sebelum = isi_input(ruang_kerja)
    masuk(klien, "rudi")
    r = buka_siklus(klien, b"ini teks biasa, bukan zip", "informasi.xlsx")
    assert r.status_code == 422
    assert "informasi.xlsx: 1 masalah harus diperbaiki di Excel" in teks(r)
    assert isi_input(ruang_kerja) == sebelum
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None


def test_unggahan_terlalu_besar_ditolak(app: Flask, klien: FlaskClient, ruang_kerja: Path) -> None:
    sebelum = isi_input(ruang_kerja)
    masuk(klien, "rudi")
    app.config["MAX_CONTENT_LENGTH"] = 4096  # the same refusal, without a 20 MB body in memory
    r = buka_siklus(klien, b"PK\3\4" + b"0" * 8192, "besar.xlsx")
    assert r.status_code == 413
    assert "Berkas terlalu besar (paling besar 20 MB)." in teks(r)
    assert isi_input(ruang_kerja) == sebelum


def test_tanpa_berkas_diminta_memilih(app: Flask, klien: FlaskClient) -> None:
    masuk(klien, "rudi")
    r = klien.post("/siklus/buka", data={"csrf_token": token(klien, "/validasi")})
    assert r.status_code == 400
    assert "Pilih buku kerja (.xlsx) yang akan diperiksa." in teks(r)


@pytest.mark.parametrize("peran", list(PeranAkun))
def test_hanya_operator_membuka_dan_melanjutkan_siklus(
    app: Flask, klien: FlaskClient, ruang_kerja: Path, config: Config, peran: PeranAkun
) -> None:
    siklus = siklus_sampai(config, Langkah.ARSIP)
    sebelum = isi_input(ruang_kerja)
    masuk(klien, LOGIN[peran])
    tanda = token(klien, "/status")
    halaman = teks(klien.get("/status"))
    assert ("Lanjutkan siklus" in halaman) == (peran is PeranAkun.OPERATOR)
    if peran is PeranAkun.OPERATOR:
        return  # what the Operator's presses do is told below
    data = {"csrf_token": tanda, "buku_kerja": (io.BytesIO(b"x"), "informasi.xlsx")}
    r = klien.post("/siklus/buka", data=data, content_type="multipart/form-data")
    assert r.status_code == 403
    assert "Akun Anda tidak berwenang melakukan tindakan ini." in teks(r)
    r = klien.post(f"/siklus/{siklus}/lanjutkan", data={"csrf_token": tanda})
    assert r.status_code == 403
    assert isi_input(ruang_kerja) == sebelum
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None


def test_formulir_tanpa_token_csrf_ditolak(
    app: Flask, klien: FlaskClient, ruang_kerja: Path, config: Config
) -> None:
    siklus = siklus_sampai(config, Langkah.ARSIP)
    sebelum = isi_input(ruang_kerja)
    masuk(klien, "rudi")
    buku = (ruang_kerja / "input" / "informasi.xlsx").read_bytes()
    data = {"buku_kerja": (io.BytesIO(buku), "informasi.xlsx")}
    r = klien.post("/siklus/buka", data=data, content_type="multipart/form-data")
    assert r.status_code == 400
    assert "Formulir ini kedaluwarsa atau tidak berasal dari halaman sidik." in teks(r)
    r = klien.post(f"/siklus/{siklus}/lanjutkan")
    assert r.status_code == 400
    assert isi_input(ruang_kerja) == sebelum
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None


def test_siklus_yang_tidak_ada_tidak_dilanjutkan(
    app: Flask, klien: FlaskClient, config: Config
) -> None:
    siklus_sampai(config, Langkah.ARSIP)
    masuk(klien, "rudi")
    r = klien.post("/siklus/dik-19990101-1/lanjutkan", data={"csrf_token": token(klien, "/")})
    assert r.status_code == 409
    assert "dik-19990101-1" in teks(r)
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None


def test_unggahan_disimpan_dengan_nama_baru_tanpa_menimpa(
    config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    sumber = tmp_path / "unggahan.xlsx"
    sumber.write_bytes(b"isi buku kerja")
    pertama = simpan_unggahan(config, sumber, "DIK 2026 (final).xlsx", SAAT)
    assert pertama == ruang_kerja / "input" / "DIK-2026-final-20261207-093005.xlsx"
    kedua = simpan_unggahan(config, sumber, "DIK 2026 (final).xlsx", SAAT)
    assert kedua.name == "DIK-2026-final-20261207-093005-2.xlsx"
    assert pertama.read_bytes() == kedua.read_bytes() == b"isi buku kerja"
    lain = simpan_unggahan(config, sumber, "../../../etc/passwd.xlsx", SAAT)
    assert lain.parent == ruang_kerja / "input" and lain.name == "passwd-20261207-093005.xlsx"


def test_unggahan_tidak_ditulis_melalui_tautan_simbolik(
    config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    sumber = tmp_path / "unggahan.xlsx"
    sumber.write_bytes(b"isi buku kerja")
    korban = tmp_path / "korban.xlsx"
    korban.write_bytes(b"milik orang lain")
    (ruang_kerja / "input" / "informasi-20261207-093005.xlsx").symlink_to(korban)
    baru = simpan_unggahan(config, sumber, "informasi.xlsx", SAAT)
    assert baru.name == "informasi-20261207-093005-2.xlsx"  # the link's name is passed over
    assert korban.read_bytes() == b"milik orang lain"
    lain = tmp_path / "folder-lain"
    lain.mkdir()
    os.rename(ruang_kerja / "input", ruang_kerja / "input-asli")
    (ruang_kerja / "input").symlink_to(lain, target_is_directory=True)
    with pytest.raises(OutputRefused) as e:
        simpan_unggahan(config, sumber, "informasi.xlsx", SAAT)
    tautan = f"{ruang_kerja / 'input'} adalah tautan simbolik; sidik tidak menulis melalui tautan."
    assert e.value.pesan().startswith(tautan)
    assert not list(lain.iterdir())


@pytest.mark.slow
@pytest.mark.libreoffice
def test_operator_membuka_siklus_dari_halaman_sebagai_pekerjaan(
    ruang_dengan_pki: Path, app: Flask, klien: FlaskClient, ruang_kerja: Path, config: Config
) -> None:
    asli = (ruang_kerja / "input" / "informasi.xlsx").read_bytes()
    sebelum = isi_input(ruang_kerja)
    masuk(klien, "rudi")
    r = buka_siklus(klien, asli, "informasi.xlsx")
    assert r.status_code == 302 and r.headers["Location"].startswith("/pekerjaan/")
    p = pekerjaan_usai(app)
    assert (p.jenis, p.login, p.galat) == ("siklus", "rudi", "")
    [baru] = set(isi_input(ruang_kerja)) - set(sebelum)
    assert baru.startswith("informasi-") and baru.endswith(".xlsx")
    assert (ruang_kerja / "input" / baru).read_bytes() == asli
    assert isi_input(ruang_kerja)["informasi.xlsx"] == asli  # nothing overwritten
    [status] = ledger.status(config.jalur.ledger)
    s = status.siklus
    assert s.workbook == f"input/{baru}"
    assert f"Siklus {s.id} dijalankan sejauh yang dapat dilakukan sekarang." in p.hasil
    assert "Tim Pertimbangan" in p.hasil  # the sample: paraf on behalf, then the Tim decides
    dibuka = [e for e in ledger.jejak(config.jalur.ledger) if e.aksi == "siklus_dibuka"]
    assert [(e.pengguna, e.saluran) for e in dibuka] == [("rudi", "web")]
    halaman = teks(klien.get(r.headers["Location"]))
    assert "http-equiv" not in halaman and p.hasil.split(".")[0] in halaman
    # the Operator continues the same cycle: it still waits for the Tim, nothing new opened
    r = klien.post(f"/siklus/{s.id}/lanjutkan", data={"csrf_token": token(klien, "/status")})
    assert r.status_code == 302
    p = pekerjaan_usai(app)
    assert p.galat == "" and f"Siklus {s.id} dijalankan sejauh" in p.hasil
    assert len(ledger.status(config.jalur.ledger)) == 1


@pytest.mark.parametrize(
    ("jenis", "login", "judul", "tahap", "berjalan"),
    [
        ("siklus", "rudi", "Jalannya siklus", "konversi ke PDF/A", "Siklus {s} masih berjalan"),
        ("paraf", "andi", "Paraf", "paraf PPID Pelaksana", "Paraf siklus {s} masih berjalan"),
    ],
)
def test_halaman_pekerjaan_menyebut_tindakan_dan_tahapnya(
    app: Flask,
    klien: FlaskClient,
    config: Config,
    jenis: str,
    login: str,
    judul: str,
    tahap: str,
    berjalan: str,
) -> None:
    import threading

    from pipeline.progres import Kemajuan
    from pipeline.web.pekerjaan import Antrean

    siklus = siklus_sampai(config, Langkah.PERIKSA)
    sudah_melapor, lepas = threading.Event(), threading.Event()

    def kerja(kemajuan: Kemajuan) -> str:
        kemajuan("paraf" if jenis == "paraf" else "convert", 3, 14)
        sudah_melapor.set()
        assert lepas.wait(BATAS_TUNGGU)
        return "Selesai."

    antrean: Antrean = app.config["SIDIK_PEKERJAAN"]
    p = antrean.mulai(jenis, siklus, login, SAAT, kerja)
    try:
        assert sudah_melapor.wait(BATAS_TUNGGU)
        masuk(klien, login)
        halaman = teks(klien.get(f"/pekerjaan/{p.id}"))
        assert f"<h1>{judul} · {siklus}</h1>" in halaman
        assert f"Sedang berjalan di server: {tahap}, 3 dari 14 dokumen." in halaman
        assert '<progress max="14" value="3">' in halaman
        # the Operator, meanwhile, is told the workspace is busy, and with what
        masuk(klien, "rudi")
        data = {"csrf_token": token(klien, "/status")}
        r = klien.post(f"/siklus/{siklus}/lanjutkan", data=data, follow_redirects=True)
        assert berjalan.format(s=siklus) in teks(r)
        assert antrean.terakhir is p
    finally:
        lepas.set()
    assert p.usai.wait(BATAS_TUNGGU)


def catat_pdf(config: Config, siklus: str, tahap: str, nama: str, path: str, jam: int) -> None:
    """Record document ``nama`` at ``tahap`` with its file at ``path`` (of the work folder)."""
    from pipeline.ledger.buku import CatatanDokumen, buka_buku
    from pipeline.model import Dokumen, JenisDokumen

    item_no = int(nama.split("-")[1]) if nama.startswith("lembar-") else None
    jenis = JenisDokumen.LEMBAR_UJI if item_no else JenisDokumen.DAFTAR
    d = Dokumen(jenis, nama, Path(path), item_no)
    waktu = datetime(2026, 12, 1, jam, 0).astimezone()
    with buka_buku(config.jalur.ledger) as b:
        b.simpan_dokumen(siklus, tahap, CatatanDokumen(d, "sha", f"sj-{tahap}", waktu))


def folder_kerja(config: Config, siklus: str) -> Path:
    return config.jalur.keluaran / "kerja" / siklus


def test_pejabat_membuka_pdf_terkini_dokumen_sebelum_bertindak(
    app: Flask, klien: FlaskClient, config: Config
) -> None:
    from tests.web_bantu import siklus_menunggu_tim

    siklus = siklus_menunggu_tim(config)  # records paraf/daftar.pdf
    kerja = folder_kerja(config, siklus)
    for path, isi in (("paraf/daftar.pdf", b"%PDF paraf"), ("pdf/lembar-0001.pdf", b"%PDF l1")):
        (kerja / path).parent.mkdir(parents=True, exist_ok=True)
        (kerja / path).write_bytes(isi)
    catat_pdf(config, siklus, "convert", "lembar-0001", "pdf/lembar-0001.pdf", 8)
    catat_pdf(config, siklus, "convert", "daftar", "pdf/daftar-lama.pdf", 1)  # older draft
    masuk(klien, "maya")
    tinjau = teks(klien.get(f"/siklus/{siklus}/tinjau"))
    assert f'href="/siklus/{siklus}/pdf/lembar-0001">Buka lembar-0001 (PDF)</a>' in tinjau
    assert "Dokumen (PDF) (1)" in tinjau  # above the items: the list's own (the DIK)
    r = klien.get(f"/siklus/{siklus}/pdf/daftar")
    assert r.status_code == 200 and r.mimetype == "application/pdf"
    assert r.headers["Content-Disposition"] == f"inline; filename={siklus}-daftar.pdf"
    assert r.get_data() == b"%PDF paraf"  # the newest record: the initialled one
    assert klien.get(f"/siklus/{siklus}/pdf/lembar-0001").get_data() == b"%PDF l1"


@pytest.mark.parametrize("peran", list(PeranAkun))
def test_pdf_hanya_untuk_peran_yang_bertindak_atas_dokumen(
    app: Flask, klien: FlaskClient, config: Config, peran: PeranAkun
) -> None:
    from tests.web_bantu import siklus_menunggu_tim

    siklus = siklus_menunggu_tim(config)
    berkas = folder_kerja(config, siklus) / "paraf" / "daftar.pdf"
    berkas.parent.mkdir(parents=True)
    berkas.write_bytes(b"%PDF paraf")
    alamat = f"/siklus/{siklus}/pdf/daftar"
    assert klien.get(alamat).status_code == 302  # not logged in: to the login page
    masuk(klien, LOGIN[peran])
    r = klien.get(alamat)
    boleh = peran not in (PeranAkun.AUDITOR, PeranAkun.ADMIN)
    assert r.status_code == (200 if boleh else 403)


def test_pdf_hanya_dari_catatan_ledger_di_folder_kerja(
    app: Flask, klien: FlaskClient, config: Config, tmp_path: Path
) -> None:
    from tests.web_bantu import siklus_menunggu_tim

    siklus = siklus_menunggu_tim(config)
    kerja = folder_kerja(config, siklus)
    (kerja / "paraf").mkdir(parents=True)
    rahasia = tmp_path / "rahasia.pdf"
    rahasia.write_bytes(b"%PDF rahasia")
    (kerja / "paraf" / "daftar.pdf").symlink_to(rahasia)  # a link where the record points
    catat_pdf(config, siklus, "convert", "lembar-0001", "../../../../rahasia.pdf", 8)
    (kerja / "pdf").mkdir()
    (kerja / "pdf" / "sk.pdf").write_bytes(b"%PDF sk")  # a file no record names
    masuk(klien, "maya")
    for nama in ("daftar", "lembar-0001", "sk", "..%2F..%2Fsidik.toml", "tidak-ada"):
        r = klien.get(f"/siklus/{siklus}/pdf/{nama}")
        assert r.status_code == 404, nama
        assert b"rahasia" not in r.get_data()
    r = klien.get("/siklus/dik-19990101-1/pdf/daftar")  # an unknown cycle: said so
    assert r.status_code == 409 and "dik-19990101-1" in teks(r)


@pytest.mark.parametrize(
    ("langkah", "login"), [(Langkah.PERIKSA, "andi"), (Langkah.TANDA_TANGAN, "siti")]
)
def test_kartu_paraf_dan_tanda_tangan_menautkan_dokumen_siklus(
    app: Flask, klien: FlaskClient, config: Config, langkah: Langkah, login: str
) -> None:
    # the card links the cycle's documents page (a cycle of 5,000 listed on the card weighed
    # 730 kB), which links each document's PDF
    siklus = siklus_sampai(config, langkah)
    catat_pdf(config, siklus, "convert", "lembar-0001", "pdf/lembar-0001.pdf", 8)
    catat_pdf(config, siklus, "convert", "daftar", "pdf/daftar.pdf", 8)
    masuk(klien, login)
    beranda = teks(klien.get("/"))
    assert f'href="/siklus/{siklus}/dokumen">Lihat dokumen siklus ini (PDF)</a>' in beranda
    assert "/pdf/" not in beranda
    dokumen = teks(klien.get(f"/siklus/{siklus}/dokumen"))
    for nama in ("daftar", "lembar-0001"):
        assert (
            f'<a class="pdf" href="/siklus/{siklus}/pdf/{nama}" aria-label="Buka {nama} (PDF)">'
            in (dokumen)
        )


def test_hasil_pekerjaan_siklus_menyebut_yang_ditunggu_dan_siapa(config: Config) -> None:
    from datetime import date

    from pipeline.alur.hasil import Tunggu
    from pipeline.ledger.buku import CatatanItem
    from pipeline.ledger.sop import Peran
    from pipeline.model import Item, Siklus
    from pipeline.web.siklus import hasil_run

    s = Siklus("dik-20261207-1", date(2026, 12, 7), "h", "output/kerja/x/sumber/a.xlsx", Path())
    wb = config.root / "input" / "informasi-20261207-093005.xlsx"
    andi, siti = "Andi Teladan, S.E. (andi)", "Dr. Siti Teladan, M.Si. (siti)"
    paraf = hasil_run(config, Tunggu(s, "paraf", (), 14, andi), wb)
    assert paraf == (
        "Siklus dik-20261207-1 dijalankan sejauh yang dapat dilakukan sekarang. Siklus "
        "dik-20261207-1: 14 dokumen menunggu paraf Andi Teladan, S.E. (andi) di halaman Menunggu "
        "saya-nya. Sesudah itu, tekan Lanjutkan siklus."
    )
    ttd = hasil_run(config, Tunggu(s, "tanda_tangan", (), 15, siti), wb)
    assert "15 dokumen menunggu tanda tangan Dr. Siti Teladan, M.Si. (siti)" in ttd
    assert "tekan Lanjutkan siklus untuk mengarsipkan." in ttd
    peserta = hasil_run(config, Tunggu(s, "tanda_tangan_peserta", (), 12, andi), wb)
    assert "12 Lembar Pengujian Konsekuensi menunggu tanda tangan Andi Teladan" in peserta
    item = CatatanItem(Item(3, "Judul", "SEKRE", "h", "K", "P", 5), "sha", True, None, "Kurang")
    kembali = Tunggu(s, "perbaikan", (item,), oleh=(Peran.PPID_PELAKSANA,))
    perbaiki = (
        "1 informasi dikembalikan PPID Pelaksana untuk diperbaiki (No 3). Perbaiki barisnya di "
        "input/informasi-20261207-093005.xlsx sesuai catatan di Log, lalu tekan Lanjutkan siklus."
    )
    assert perbaiki in hasil_run(config, kembali, wb)


def test_selama_pekerjaan_lain_berjalan_unggahan_tidak_disimpan(
    app: Flask, klien: FlaskClient, ruang_kerja: Path, config: Config
) -> None:
    import threading

    from pipeline.progres import Kemajuan
    from pipeline.web.pekerjaan import Antrean

    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    lepas = threading.Event()

    def kerja(kemajuan: Kemajuan) -> str:
        assert lepas.wait(BATAS_TUNGGU)
        return "Selesai."

    antrean: Antrean = app.config["SIDIK_PEKERJAAN"]
    p = antrean.mulai("ttd_atasan", siklus, "siti", SAAT, kerja)
    sebelum = isi_input(ruang_kerja)
    try:
        masuk(klien, "rudi")
        buku = (ruang_kerja / "input" / "informasi.xlsx").read_bytes()
        r = buka_siklus(klien, buku, "informasi.xlsx")
        assert r.status_code == 302 and r.headers["Location"] == "/"
        halaman = teks(klien.get("/"))
        assert f"Penandatanganan siklus {siklus} masih berjalan di server." in halaman
        assert isi_input(ruang_kerja) == sebelum  # nothing kept for a cycle not opened
        assert antrean.terakhir is p
    finally:
        lepas.set()
    assert p.usai.wait(BATAS_TUNGGU)
