"""The citizen's verification page of ``sidik serve``, no login: the QR code on a signed page
opens the document's record in the archive with its verdict now; any PDF can be uploaded and
gets the verdict ``sidik verify`` gives; ``sidik init`` fills the page's address in."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from pipeline.config import muat
from pipeline.hashing import sha256_berkas
from pipeline.verify.qr import sha256_sebelum_ttd
from pipeline.web import buat_app
from tests.bantu import pki_sederhana as pki
from tests.bantu.cli import sidik_di
from tests.bantu.ruang import SiklusContoh


@pytest.fixture
def klien_contoh(siklus_contoh: SiklusContoh) -> FlaskClient:
    return buat_app(siklus_contoh.ruang / "sidik.toml").test_client()


def test_init_mengisi_alamat_verifikasi_agar_qr_ada_sejak_siklus_pertama(tmp_path: Path) -> None:
    hasil = sidik_di(tmp_path, "init", "ruang", "--tanpa-tanya", "--tanpa-pki-dev")
    assert hasil.exit_code == 0, hasil.output
    config = muat(tmp_path / "ruang" / "sidik.toml")
    assert config.penandatanganan.url_verifikasi == (
        "http://127.0.0.1:8080/verifikasi?sha256={sha256}"
    )


def test_hash_qr_adalah_dokumen_sebelum_ttd() -> None:
    sebelum = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
    ttd = b"2 0 obj\n<< /ByteRange [0 XXX 200 30] /Contents <00> >>\nendobj\n%%EOF\n"
    awal = len(sebelum) + ttd.index(b"<00>")  # where the signature's /Contents begins
    ttd = ttd.replace(b"XXX", str(awal).encode())
    assert sha256_sebelum_ttd(sebelum + ttd) == (hashlib.sha256(sebelum).hexdigest(),)
    assert sha256_sebelum_ttd(sebelum) == ()  # not signed: no QR hash


@pytest.mark.slow
@pytest.mark.libreoffice
def test_qr_membuka_catatan_dokumen_dan_putusannya(
    siklus_contoh: SiklusContoh, klien_contoh: FlaskClient
) -> None:
    pdf = siklus_contoh.arsip / "lembar-0003.pdf"
    [siap] = siklus_contoh.ruang.glob(f"output/kerja/*/paraf/{pdf.name}")
    sha = sha256_berkas(siap)  # what the stamp's QR carries
    r = klien_contoh.get(f"/v/{sha}")
    assert r.headers["Location"] == f"/verifikasi?sha256={sha}"
    r = klien_contoh.get(f"/verifikasi?sha256={sha}")
    teks = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "ASLI: tanda tangan sah dan dokumen tidak berubah sejak ditandatangani." in teks
    assert "Lembar Pengujian Konsekuensi" in teks and siklus_contoh.arsip.name in teks
    assert "Dr. Siti Teladan, M.Si." in teks and " WIB" in teks


def test_kode_tak_dikenal_dikatakan_terus_terang(ruang_kerja: Path) -> None:
    klien = buat_app(ruang_kerja / "sidik.toml").test_client()
    r = klien.get("/verifikasi?sha256=" + "0" * 64)
    assert r.status_code == 404
    assert f"Kode {'0' * 64} tidak tercatat di arsip badan publik ini." in r.get_data(True)


@pytest.mark.slow
@pytest.mark.libreoffice
def test_unggah_pdf_bertanda_tangan_dan_pdf_yang_diubah(
    siklus_contoh: SiklusContoh, klien_contoh: FlaskClient, tmp_path: Path
) -> None:
    pdf = siklus_contoh.arsip / "daftar.pdf"
    with pdf.open("rb") as f:
        r = klien_contoh.post(
            "/verifikasi",
            data={"berkas": (f, "daftar.pdf")},
            content_type="multipart/form-data",
        )
    teks = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "ASLI: tanda tangan sah" in teks and sha256_berkas(pdf) in teks
    diubah = tmp_path / "diubah.pdf"
    data = bytearray(pdf.read_bytes())
    posisi = len(data) // 4  # a byte the signature covers
    data[posisi] ^= 0x01
    diubah.write_bytes(bytes(data))
    with diubah.open("rb") as f:
        r = klien_contoh.post(
            "/verifikasi",
            data={"berkas": (f, "daftar.pdf")},
            content_type="multipart/form-data",
        )
    teks = r.get_data(as_text=True)
    assert "TIDAK SAH: dokumen ini tidak boleh dipercaya" in teks, teks
    assert not list(Path("/tmp").glob("sidik-verifikasi-*/dokumen.pdf"))  # nothing kept


def pdf_bertanda_dan_akarnya(ruang: Path, tmp_path: Path, url_verifikasi: str = "") -> Path:
    """A PDF signed under a throw-away root that the workspace trusts (``url_verifikasi``:
    where the workspace's QR codes point, when given)."""
    akar = pki.buat_akar("Akar Uji Dinas")
    pdf = tmp_path / "daftar.pdf"
    pdf.write_bytes(pki.tanda_tangani(pki.pdf_polos(), pki.buat_penanda(akar, "Siti"), akar))
    toml = ruang / "sidik.toml"
    teks = toml.read_text().replace("certs/dev/root-ca.pem", akar.pem(ruang / "akar.pem").name)
    if url_verifikasi:
        lama = muat(toml).penandatanganan.url_verifikasi
        teks = teks.replace(f'url_verifikasi = "{lama}"', f'url_verifikasi = "{url_verifikasi}"')
    toml.write_text(teks)
    return pdf


def unggah(klien: FlaskClient, jalur: str, pdf: Path):  # type: ignore[no-untyped-def]
    with pdf.open("rb") as f:
        return klien.post(jalur, data={"berkas": (f, pdf.name)}, content_type="multipart/form-data")


def test_warga_tanpa_cookie_memverifikasi_pdf_dan_tidak_diberi_cookie(
    ruang_kerja: Path, tmp_path: Path
) -> None:
    # A citizen who scanned a QR code has no session: the upload needs no CSRF token, changes
    # nothing and stores nothing, and the answer sets no cookie.
    pdf = pdf_bertanda_dan_akarnya(ruang_kerja, tmp_path)
    klien = buat_app(ruang_kerja / "sidik.toml").test_client(use_cookies=False)

    halaman = klien.get("/verifikasi")
    assert 'name="berkas"' in halaman.get_data(as_text=True)
    assert "csrf_token" not in halaman.get_data(as_text=True)
    assert "Set-Cookie" not in halaman.headers
    r = unggah(klien, "/verifikasi", pdf)
    teks = r.get_data(as_text=True)
    assert r.status_code == 200, teks
    assert "ASLI: tanda tangan sah dan dokumen tidak berubah sejak ditandatangani." in teks
    assert sha256_berkas(pdf) in teks
    assert "Set-Cookie" not in r.headers
    assert not list(ruang_kerja.rglob("daftar.pdf"))  # nothing kept in the workspace


def test_halaman_juga_di_alamat_url_verifikasi(ruang_kerja: Path, tmp_path: Path) -> None:
    # The QR codes point where [penandatanganan] url_verifikasi says: the page answers there.
    url = "https://ppid.contoh.go.id/dik/cek?sha256={sha256}"
    pdf = pdf_bertanda_dan_akarnya(ruang_kerja, tmp_path, url)
    klien = buat_app(ruang_kerja / "sidik.toml").test_client(use_cookies=False)
    assert 'name="berkas"' in klien.get("/dik/cek").get_data(as_text=True)
    r = klien.get("/dik/cek?sha256=" + "0" * 64)
    assert r.status_code == 404
    assert "tidak tercatat di arsip badan publik ini" in r.get_data(as_text=True)
    r = unggah(klien, "/dik/cek", pdf)
    assert r.status_code == 200 and "Set-Cookie" not in r.headers
    assert "ASLI: tanda tangan sah" in r.get_data(as_text=True)


def test_alamat_url_verifikasi_tidak_mengambil_halaman_lain(
    ruang_kerja: Path, tmp_path: Path
) -> None:
    pdf_bertanda_dan_akarnya(ruang_kerja, tmp_path, "https://ppid.contoh.go.id/masuk?h={sha256}")
    klien = buat_app(ruang_kerja / "sidik.toml").test_client()
    assert 'name="sandi"' in klien.get("/masuk").get_data(as_text=True)  # still the login
