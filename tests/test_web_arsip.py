"""The auditor's archive pages over the README's archived sample: the archive check in the
page (``sidik archive check``'s result, read only, with who sealed each manifest) and a
cycle's verification report (``sidik verify``'s verdicts, run as a background job). And the
Operator archiving from the page: the manifest sealed with their own key, its passphrase
typed in the page."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from flask import Flask

from pipeline import ledger
from pipeline.config import muat
from pipeline.verify.manifest import StatusTtdManifest
from pipeline.verify.periksa import muat_akar, verifikasi
from pipeline.verify.simpanan import muat_hasil, simpan_hasil
from pipeline.verify.ttd_manifest import penyegel_manifest, periksa_ttd_manifest
from pipeline.web import buat_app
from tests.bantu.cli import jalankan_sidik
from tests.bantu.ruang import SiklusContoh
from tests.web_bantu import buat_akun, masuk, teks, token

pytestmark = pytest.mark.libreoffice
NIP_RUDI = "000000000000000004"  # the sample's Operator


@pytest.fixture
def ruang(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """A copy of the archived sample, an account for every role."""
    ruang = Path(shutil.copytree(siklus_contoh.ruang, tmp_path / "ruang"))
    buat_akun(muat(ruang / "sidik.toml"))
    return ruang


@pytest.fixture
def app(ruang: Path) -> Flask:
    return buat_app(ruang / "sidik.toml")


def _keadaan(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder`` with its SHA-256 and modification time."""
    return {
        str(f.relative_to(folder)): (
            hashlib.sha256(f.read_bytes()).hexdigest(),
            f.stat().st_mtime_ns,
        )
        for f in sorted(folder.rglob("*"))
        if f.is_file()
    }


def test_auditor_memeriksa_arsip_di_halaman(app: Flask, ruang: Path) -> None:
    klien = app.test_client()
    masuk(klien, "audit")
    sebelum = _keadaan(ruang / "output")
    r = klien.get("/arsip")
    assert r.status_code == 200
    halaman = teks(r)
    [folder] = [p.relative_to(ruang) for p in (ruang / "output" / "arsip").glob("*/*/*/*")]
    baris = halaman.split("<tbody>")[1].split("</tbody>")[0]
    assert f"<td>1</td><td>{folder}</td>" in baris
    assert "<td>cocok</td>" in baris and "<td>sah</td>" in baris
    assert "<td>Rudi Contoh, A.Md. (NIP 000000000000000004)</td>" in baris  # who sealed
    assert "<td>17 utuh, 0 bermasalah</td>" in baris
    assert "Arsip output/arsip: 1 revisi diperiksa, tidak ada masalah." in halaman
    assert str(ruang) not in halaman  # no server path
    assert _keadaan(ruang / "output") == sebelum  # nothing written


def test_arsip_yang_diubah_disebut_masalahnya(app: Flask, ruang: Path) -> None:
    [lembar] = (ruang / "output" / "arsip").glob("*/*/*/*/lembar-0001.pdf")
    lembar.write_bytes(lembar.read_bytes() + b"%ubah\n")
    nyata = hashlib.sha256(lembar.read_bytes()).hexdigest()
    klien = app.test_client()
    masuk(klien, "audit")
    halaman = teks(klien.get("/arsip"))
    assert "<td>16 utuh, 1 bermasalah</td>" in halaman
    assert "2 masalah ditemukan di arsip output/arsip." in halaman
    masalah = halaman.split("<tbody>")[2]
    tempat = lembar.relative_to(ruang)
    assert f'<td class="hash">HASH_BEDA</td><td>{tempat}</td>' in masalah
    assert f"nyata {nyata})" in masalah and "SHA-256 berbeda dari register" in masalah


def _pekerjaan_usai(app: Flask):  # type: ignore[no-untyped-def]
    p = app.config["SIDIK_PEKERJAAN"].terakhir
    assert p is not None and p.usai.wait(600), "pekerjaan tidak selesai"
    return p


def test_auditor_membaca_laporan_verifikasi_arsip_siklus(app: Flask, ruang: Path) -> None:
    config = muat(ruang / "sidik.toml")
    [status] = ledger.status(config.jalur.ledger)
    siklus = status.siklus.id
    klien = app.test_client()
    masuk(klien, "audit")
    jalur = f"/siklus/{siklus}/verifikasi"
    halaman = teks(klien.get(jalur))
    assert "Arsip siklus ini belum pernah diperiksa dari halaman ini." in halaman
    sebelum = _keadaan(ruang / "output" / "arsip")
    r = klien.post(jalur, data={"csrf_token": token(klien, jalur)})
    assert (r.status_code, r.headers["Location"]) == (302, jalur)
    p = _pekerjaan_usai(app)
    assert (p.jenis, p.siklus, p.login, p.galat) == ("verifikasi", siklus, "audit", "")
    assert p.hasil == "Valid: 15 dari 15 berkas."
    halaman = teks(klien.get(jalur))
    assert "Valid: 15 dari 15 berkas." in halaman and "Diperiksa " in halaman
    # the library's verdicts, file by file, signature by signature
    [folder] = (ruang / "output" / "arsip").glob("*/*/*/*")
    harapan = verifikasi([folder], muat_akar(list(config.verifikasi.akar_tepercaya)))
    assert len(harapan) == 15
    baris = halaman.split("<tbody>")[1]
    for h in harapan:
        assert f"<td>{h.berkas.relative_to(folder.parent)}</td>" in baris
    assert baris.count('<tr class="berkas putusan-valid">') == 15
    lembar = baris.split("lembar-0001.pdf")[1].split('<tr class="berkas')[0]
    assert "<td>Paraf PPID Pelaksana</td>" in lembar and "<td>Atasan PPID</td>" in lembar
    assert "<td>B-B</td>" in lembar and "<td>VALID</td>" in lembar and "WIB" in lembar
    assert str(ruang) not in halaman
    assert _keadaan(ruang / "output" / "arsip") == sebelum  # nothing written in the archive
    # kept in the ledger: the server started again shows the same report, when and by whom
    assert muat_hasil(simpan_hasil(harapan, ruang), ruang) == harapan
    klien = buat_app(ruang / "sidik.toml").test_client()
    masuk(klien, "admin")
    lagi = teks(klien.get(jalur))
    dibuat = halaman.split("<p>Diperiksa ")[1].split("</p>")[0]
    assert dibuat.endswith("oleh audit.") and f"<p>Diperiksa {dibuat}</p>" in lagi
    assert lagi.split("<tbody>")[1] == baris
    assert "Periksa lagi" in lagi and "Valid: 15 dari 15 berkas." in lagi


def test_operator_mengarsipkan_dari_halaman_dengan_sandinya_sendiri(
    siklus_contoh: SiklusContoh, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Atasan PPID signed (their act); their passphrase is not at hand any more, nor is
    # the Operator's in a file or variable: the page asks the Operator for theirs, and the
    # manifest is sealed with their key. A wrong one is refused and nothing is filed.
    ruang = Path(shutil.copytree(siklus_contoh.siap_atasan, tmp_path / "ruang"))
    assert jalankan_sidik(ruang, "sign").returncode == 0
    dev = ruang / "certs" / "dev"
    (dev / "atasan_ppid.sandi").unlink()
    sandi = (dev / f"{NIP_RUDI}.sandi").read_text().strip()
    (dev / f"{NIP_RUDI}.sandi").unlink()
    for env in ("SIDIK_SANDI_PKCS12", f"SIDIK_SANDI_PKCS12_{NIP_RUDI}"):
        monkeypatch.delenv(env, raising=False)
    config = muat(ruang / "sidik.toml")
    buat_akun(config)
    app = buat_app(ruang / "sidik.toml")
    klien = app.test_client()
    masuk(klien, "rudi")
    assert "Sandi kunci Anda untuk menyegel manifest arsip" in teks(klien.get("/status"))
    [status] = ledger.status(config.jalur.ledger)
    jalur = f"/siklus/{status.siklus.id}/lanjutkan"
    r = klien.post(jalur, data={"csrf_token": token(klien, "/status"), "sandi": "bukan-sandinya"})
    assert r.status_code == 302
    p = _pekerjaan_usai(app)
    assert p.galat == (
        f"Kunci {dev / (NIP_RUDI + '.p12')} tidak dapat dibuka: sandi salah atau berkas "
        "PKCS#12 rusak."
    )
    assert not list((ruang / "output").glob("arsip/*/*/*/*/manifest.json"))
    klien.post(jalur, data={"csrf_token": token(klien, "/status"), "sandi": sandi})
    p = _pekerjaan_usai(app)
    assert (p.login, p.galat) == ("rudi", "") and "diarsipkan di output/arsip/" in p.hasil
    [manifest] = (ruang / "output").glob("arsip/*/*/*/*/manifest.json")
    akar = muat_akar(list(config.verifikasi.akar_tepercaya))
    assert periksa_ttd_manifest(manifest, akar) is StatusTtdManifest.SAH
    segel = penyegel_manifest(manifest)
    assert segel is not None and (segel.nama, segel.nip) == ("Rudi Contoh, A.Md.", NIP_RUDI)
    # never stored: neither in the ledger (its jobs' forms) nor anywhere in the workspace
    simpanan = [f.read_bytes() for f in (ruang / "output").rglob("*") if f.is_file()]
    assert not any(sandi.encode() in isi for isi in simpanan)
