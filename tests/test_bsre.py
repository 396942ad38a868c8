"""The BSrE client and signer against a loopback server speaking BSrE's API, and the stages
paraf -> sign -> archive end to end with the BSrE signer."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pyhanko.sign import signers

from pipeline.config import Bsre, Config, muat
from pipeline.errors import SigningFailed
from pipeline.hashing import sha256_berkas
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.register import manifest_tercatat
from pipeline.model import Dokumen, JenisDokumen, Siklus
from pipeline.signing.bsre import KlienBsre
from pipeline.signing.penanda import buat_penanda
from pipeline.stages.archive import archive
from pipeline.stages.paraf import paraf
from pipeline.stages.sign import sign
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.pki import PkiUji, pdf_surat, ruang_uji
from tests.bantu.pki.bsre import NIK_ATASAN, NIK_TANPA_SERTIFIKAT, PASSPHRASE, ApiBsre
from tests.bantu.pki.layanan import Layanan

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def api(pki_uji: PkiUji, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    p12 = pki_uji.p12("atasan", b"x", tmp_path_factory.mktemp("bsre") / "bsre.p12")
    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=b"x")
    app = ApiBsre(signer, pki_uji.tsa_url)
    layanan = Layanan(app)
    yield app, layanan
    layanan.henti()


@pytest.fixture
def config(api, pki_uji: PkiUji, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    app, layanan = api
    app.gangguan = ""
    app.lepas = threading.Event()
    monkeypatch.setenv("SIDIK_BSRE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SIDIK_BSRE_SANDI_API", "kunci-api")
    ruang = ruang_uji(tmp_path / "ruang", pki_uji)
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    toml = toml.replace('metode = "pkcs12"', 'metode = "bsre"')
    bsre = f'[penandatanganan.bsre]\nurl = "{layanan.url}"\nnik = "{NIK_ATASAN}"\n'
    bsre += 'pengguna = "sidik"\nbatas_waktu = 5\nulangi = 2\n\n'
    (ruang / "sidik.toml").write_text(toml + "\n" + bsre, "utf-8")
    yield muat(ruang / "sidik.toml")
    app.lepas.set()  # a request this test left hanging ("lambat") ends unrecorded


def _ganti_bsre(config: Config, **ubah: object) -> Config:
    bsre = replace(config.penandatanganan.bsre, **ubah)  # type: ignore[arg-type]
    return replace(config, penandatanganan=replace(config.penandatanganan, bsre=bsre))


def _siklus(ruang: Path, config: Config) -> tuple[Siklus, list[Dokumen]]:
    siklus = Siklus(
        "dik-bsre00000001",
        date(2026, 11, 27),
        "h",
        str(ruang / "input/informasi.xlsx"),
        ruang / "kerja",
    )
    dok = [
        Dokumen(JenisDokumen.DAFTAR, "daftar", pdf_surat(ruang / "pdf/daftar.pdf"), None, "SEKRE"),
        Dokumen(
            JenisDokumen.LEMBAR_UJI, "l1", pdf_surat(ruang / "pdf/lembar-0001.pdf"), 1, "DAFDUK"
        ),
    ]
    return siklus, paraf(dok, siklus, config)  # initialled and signed by the PPID Pelaksana


def test_alur_paraf_sign_archive_dengan_bsre(config: Config, api) -> None:  # type: ignore[no-untyped-def]
    app, _ = api
    ruang = config.root
    siklus, dok = _siklus(ruang, config)
    penanda = buat_penanda(config)
    ditandatangani = sign(dok, siklus, config, penanda)
    arsip = archive(ditandatangani, siklus, ruang / "output", {"pades": "B-T"})
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    for pdf in arsip.dokumen:
        hasil = verifikasi_berkas(pdf, akar)
        assert hasil.putusan is Putusan.VALID, (pdf, hasil.alasan)
        assert hasil.tanda_tangan[-1].waktu_stempel  # BSrE's signature is timestamped (B-T);
        assert hasil.tingkat == "B-B"  # the file's level is its paraf's, [penandatanganan] B-B
        siap = ruang / "kerja" / "paraf" / pdf.name  # initialled, with the footer statement
        assert pdf.read_bytes().startswith(siap.read_bytes())
        permintaan = next(
            p for p in app.permintaan[::-1] if p["linkQR"].endswith(sha256_berkas(siap))
        )
        assert permintaan["tampilan"] == "visible" and permintaan["page"] == "2"
    assert penanda.sertifikat.subject.native["common_name"] == "Dr. Siti Teladan, M.Si."
    assert "passphrase" in app.permintaan[-1]


def test_klien_verifikasi(config: Config, api) -> None:  # type: ignore[no-untyped-def]
    _, layanan = api
    klien = KlienBsre(layanan.url, "sidik", "kunci-api", 2, 0)
    assert klien.verifikasi(pdf_surat(config.root / "a.pdf").read_bytes()) == {
        "jumlah_signature": 0,
        "summary": "-",
    }


@pytest.mark.parametrize(
    ("ubah", "pesan_id", "kalimat"),
    [
        (
            {"nik": "6112999999999999"},
            "bsre.tidak_terdaftar",
            "tidak terdaftar sebagai pengguna BSrE",
        ),
        ({"nik": NIK_TANPA_SERTIFIKAT}, "bsre.tanpa_sertifikat", "tidak memiliki sertifikat aktif"),
    ],
)
def test_pengguna_bermasalah_ditolak_sebelum_ada_dokumen_dikirim(
    config: Config,
    api,
    ubah: dict[str, str],
    pesan_id: str,
    kalimat: str,  # type: ignore[no-untyped-def]
) -> None:
    app, _ = api
    sebelum = len(app.permintaan)
    with pytest.raises(SigningFailed) as e:
        buat_penanda(_ganti_bsre(config, **ubah))
    assert e.value.message_id == pesan_id and kalimat in e.value.pesan("id")
    assert len(app.permintaan) == sebelum


def test_passphrase_salah(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIDIK_BSRE_PASSPHRASE", "keliru")
    siklus, dok = _siklus(config.root, config)
    with pytest.raises(SigningFailed) as e:
        sign(dok[:1], siklus, config, buat_penanda(config))
    assert e.value.message_id == "bsre.passphrase_salah"
    assert "Passphrase BSrE untuk NIK" in e.value.pesan("id")
    assert not (config.root / "kerja" / "ttd").exists()


def test_sertifikat_bsre_milik_orang_lain_ditolak_tanpa_menulis(config: Config) -> None:
    # BSrE makes its certificate known with the first signature: the NIK signed as the Atasan
    # PPID (NIP 000000000000000000) while sidik.toml names another NIP; refused, nothing written
    atasan = replace(config.atasan_ppid, nip="198001012006041001")
    lain = replace(config, atasan_ppid=atasan)
    siklus, dok = _siklus(config.root, config)
    with pytest.raises(SigningFailed) as e:
        sign(dok[:1], siklus, lain, buat_penanda(lain))
    assert e.value.message_id == "ttd.subjek_pejabat_tidak_cocok"
    assert e.value.pesan("id").startswith(
        "Sertifikat penandatangan atas nama Dr. Siti Teladan, M.Si. (NIP 000000000000000000) "
        f"bukan milik {atasan.jabatan} di sidik.toml, Dr. Siti Teladan, M.Si. (NIP "
        "198001012006041001);"
    )
    assert not (config.root / "kerja" / "ttd").exists()


def test_galat_server_sementara_dicoba_ulang(config: Config, api) -> None:  # type: ignore[no-untyped-def]
    app, _ = api
    penanda = buat_penanda(config)
    app.gangguan = "503-sekali"
    siklus, dok = _siklus(config.root, config)
    [hasil] = sign(dok[:1], siklus, config, penanda)
    assert hasil.dokumen.path.is_file()


def test_galat_server_500_tidak_diulang(config: Config, api) -> None:  # type: ignore[no-untyped-def]
    app, _ = api
    penanda = buat_penanda(config)
    app.gangguan = "500"
    siklus, dok = _siklus(config.root, config)
    sebelum = app.dipanggil
    with pytest.raises(SigningFailed) as e:
        sign(dok[:1], siklus, config, penanda)
    assert app.dipanggil == sebelum + 1  # refused at once: a 500 is not tried again
    assert e.value.message_id == "bsre.ditolak" and "HTTP 500" in e.value.pesan("id")


def test_waktu_habis(config: Config, api) -> None:  # type: ignore[no-untyped-def]
    app, _ = api
    config = _ganti_bsre(config, batas_waktu=0.5, ulangi=1)
    penanda = buat_penanda(config)
    app.gangguan = "lambat"
    siklus, dok = _siklus(config.root, config)
    with pytest.raises(SigningFailed) as e:
        sign(dok[:1], siklus, config, penanda)
    assert e.value.message_id == "bsre.waktu_habis"
    assert "tidak menjawab dalam 0.5 detik" in e.value.pesan("id")


def test_server_tidak_dapat_dihubungi(config: Config) -> None:
    mati = _ganti_bsre(config, url="http://127.0.0.1:9", ulangi=1)
    with pytest.raises(SigningFailed) as e:
        buat_penanda(mati)
    assert e.value.message_id == "bsre.tidak_terhubung"


def test_konfigurasi_bsre_dibaca(config: Config) -> None:
    assert isinstance(config.penandatanganan.bsre, Bsre)
    assert config.penandatanganan.metode == "bsre" and config.penandatanganan.bsre.ulangi == 2


@pytest.mark.libreoffice
def test_siklus_lengkap_dengan_bsre_lewat_cli(config: Config, api) -> None:  # type: ignore[no-untyped-def]
    # The README's sample cycle, as a subprocess with the real LibreOffice, but the Atasan
    # PPID's key stays at (the loopback) BSrE: every document is signed over its API.
    from tests.bantu.cli import jalankan_sidik

    app, _ = api
    ruang = config.root
    sebelum = len(app.permintaan)
    # the Operator, who seals the archive's manifest, has no key of their own (BSrE's officials)
    for berkas in ("p12", "sandi"):
        (ruang / "certs" / "dev" / f"{config.operator.nip}.{berkas}").unlink()
    assert jalankan_sidik(ruang, "run", "input/informasi.xlsx").returncode == 13
    tinjau = jalankan_sidik(ruang, "review", "apply", "input/review.xlsx")
    assert tinjau.returncode == 0, tinjau.stderr
    akhir = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert akhir.returncode == 0, akhir.stderr
    assert "15 dokumen ditandatangani dan diarsipkan" in akhir.stdout
    # each of the 15 documents (the Berita Acara too) went to BSrE (found by the hash its QR
    # code carries); the log may also hold a late request of an earlier test's timed-out
    # call, so match, don't count
    tanda = [p for p in app.permintaan[sebelum:] if "passphrase" in p]
    # what the Atasan PPID was given: each Lembar as its participants signed it, the rest
    # as initialled
    kerja = next(ruang.glob("output/kerja/*/paraf")).parent
    siap = {
        sha256_berkas(
            p if not (kerja / "peserta" / p.name).is_file() else kerja / "peserta" / p.name
        )
        for p in (kerja / "paraf").glob("*.pdf")
    }
    assert len(siap) == 15
    assert all(any(p["linkQR"].endswith(h) and p["nik"] == NIK_ATASAN for p in tanda) for h in siap)
    periksa = jalankan_sidik(ruang, "verify", "output/arsip")
    assert periksa.returncode == 0, periksa.stdout
    assert "Valid: 15 dari 15 berkas." in periksa.stdout
    # no key to seal with (BSrE's API signs PDFs only): the manifest stays unsealed, vouched
    # for by the ledger's hash, and the run says so
    assert not list(ruang.glob("output/arsip/*/*/*/*/manifest.json.p7s"))
    assert (
        "Manifest arsip tidak disegel: kunci Operator Rudi Contoh, A.Md. hanya menandatangani "
        "PDF (BSrE) atau tidak ada" in akhir.stderr
    )
    with buka_untuk_baca(config.jalur.ledger) as buku:
        assert [m.ttd for m in manifest_tercatat(buku)] == ["tidak_dapat"]
    cek = jalankan_sidik(ruang, "archive", "check")
    assert cek.returncode == 0, cek.stdout
    assert re.search(r"^1\s+\S+\s+cocok\s+tidak ada\s+-\s", cek.stdout, re.M)
