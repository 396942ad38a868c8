"""A Tim Pertimbangan member signs the Lembar with the key on their own PKCS#11 token, another
through (the loopback) BSrE, the PPID Pelaksana and the Atasan PPID with their key files: one
Lembar, five signatures by four kinds of credential, every one VALID."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyhanko.sign import signers

from pipeline.config import muat
from pipeline.external import pdfsig, probe
from pipeline.medan_ttd import PERAN_TIM, medan_peserta
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.aktor import jejak
from tests.bantu.cli import jalankan_sidik
from tests.bantu.pki import PkiUji
from tests.bantu.pki.bsre import PASSPHRASE, ApiBsre
from tests.bantu.pki.layanan import Layanan
from tests.bantu.program import MODUL_SOFTHSM, PKCS11_TOOL
from tests.bantu.ruang import SiklusContoh, percaya_juga_akar_dev
from tests.bantu.token import PIN, buat_token, konfigurasi_softhsm

pytestmark = [
    pytest.mark.slow,
    pytest.mark.libreoffice,
    pytest.mark.softhsm,
    pytest.mark.skipif(
        not MODUL_SOFTHSM.is_file() or not probe.tersedia(PKCS11_TOOL),
        reason="softhsm2 and opensc (pkcs11-tool) are not installed",
    ),
]
NIK_YUSUF = "6112000000000006"
DEV = "certs/dev/root-ca.pem"
SERTIFIKAT_DUA_KALI = "Unknown issue with Certificate or corrupted data."


@pytest.fixture
def ruang(siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The sample cycle after the Tim's review, initialled again; Maya's key on her token, Yusuf's
    at BSrE (the fake signs with the key ``sidik pki dev`` issued him), both configured for
    their NIP; the token's CA and the TSA trusted beside the dev root."""
    ruang = Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))
    config = muat(ruang / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    conf = konfigurasi_softhsm(tmp_path / "softhsm")
    buat_token(conf, pki_uji, "token-maya", maya.nama, maya.nip, tmp_path / "softhsm")
    sandi = (ruang / f"certs/dev/{yusuf.nip}.sandi").read_bytes().strip()
    kunci = signers.SimpleSigner.load_pkcs12(
        str(ruang / f"certs/dev/{yusuf.nip}.p12"), passphrase=sandi
    )
    assert kunci is not None
    layanan = Layanan(ApiBsre(kunci, pki_uji.tsa_url, nik=NIK_YUSUF))
    with (ruang / "sidik.toml").open("a", encoding="utf-8") as f:
        f.write(
            f'\n[penandatanganan.pkcs11]\npustaka = "{MODUL_SOFTHSM}"\n'
            f'\n[penandatanganan.bsre]\nurl = "{layanan.url}"\npengguna = "sidik"\n'
            f'\n[penandatanganan.kunci."{maya.nip}"]\nmetode = "pkcs11"\n'
            'pkcs11 = { token = "token-maya", kunci = "token-maya", pin_env = "PIN_MAYA" }\n'
            f'\n[penandatanganan.kunci."{yusuf.nip}"]\nmetode = "bsre"\n'
            f'bsre = {{ nik = "{NIK_YUSUF}", passphrase_env = "PASSPHRASE_YUSUF" }}\n'
        )
    percaya_juga_akar_dev(pki_uji.akar, ruang)
    env = {
        "SOFTHSM2_CONF": str(conf),
        "PIN_MAYA": PIN,
        "PASSPHRASE_YUSUF": PASSPHRASE,
        "SIDIK_BSRE_SANDI_API": "kunci-api",
    }
    # a changed sidik.toml: the documents are made and initialled again before anyone signs
    for perintah in (("render", "input/informasi.xlsx"), ("convert",), ("paraf",)):
        siap = jalankan_sidik(ruang, *perintah, env=env)
        assert siap.returncode == 0, siap.stderr
    yield ruang, env, layanan.app
    layanan.henti()


def test_anggota_tim_menandatangani_dengan_token_dan_bsre(  # type: ignore[no-untyped-def]
    ruang, siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path
) -> None:
    ruang, env, bsre = ruang
    config = muat(ruang / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    for peran, nip in [
        *(("ppid_pelaksana", p.nip) for p in _ppid(config)),
        ("tim_pertimbangan", maya.nip),
        ("tim_pertimbangan", yusuf.nip),
    ]:
        hasil = jalankan_sidik(ruang, "sign", "--peran", peran, "--nip", nip, env=env)
        assert hasil.returncode == 0, hasil.stderr
    # 12 Lembar and the meeting's Berita Acara
    assert f"{yusuf.nama} menandatangani 13 dokumen uji" in hasil.stdout
    assert len([p for p in bsre.permintaan if p.get("nik") == NIK_YUSUF]) == 13
    atasan = jalankan_sidik(ruang, "sign", env=env)
    assert atasan.returncode == 0, atasan.stderr
    arsip = jalankan_sidik(ruang, "run", "input/informasi.xlsx", env=env)
    assert arsip.returncode == 0, arsip.stderr

    periksa = jalankan_sidik(ruang, "verify", "output/arsip", env=env)
    assert periksa.returncode == 0, periksa.stdout
    assert "Valid: 15 dari 15 berkas." in periksa.stdout
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    nss = pdfsig.buat_nssdb(tmp_path / "nss", [pki_uji.akar, siklus_contoh.siap_ttd / DEV])
    lembar = sorted(ruang.glob("output/arsip/*/*/*/*/lembar-*.pdf"))
    manifest = json.loads((lembar[0].parent / "manifest.json").read_text(encoding="utf-8"))
    assert len(lembar) == 12
    for pdf in lembar:
        hasil = verifikasi_berkas(pdf, akar, manifest)
        assert hasil.putusan is Putusan.VALID, (pdf, hasil.alasan)
        assert all(t.putusan is Putusan.VALID for t in hasil.tanda_tangan), pdf
        # BSrE names its own field (its API takes a box): Yusuf's signature is his by his
        # certificate, and stands in his role; his own cell's field stays empty beneath it
        assert [(t.peran, t.penanda_tangan) for t in hasil.tanda_tangan[2:]] == [
            (PERAN_TIM, maya.nama),
            (PERAN_TIM, yusuf.nama),
            ("atasan_ppid", config.atasan_ppid.nama),
        ]
        assert hasil.tanda_tangan[2].medan == medan_peserta(PERAN_TIM, maya.nip)
        assert {p.status for p in hasil.peserta} == {"ditandatangani"}
        _pdfsig_sah(pdfsig.periksa(pdf, nss), pdf)
    ttd_tim = [p for p in jejak(ruang) if p["aksi"] == "ttd_peserta" and p["peran"] == PERAN_TIM]
    assert sorted(str(p["pejabat"]) for p in ttd_tim) == sorted(
        # every Lembar and the meeting's Berita Acara
        [f"{maya.nama} (NIP {maya.nip})"] * 13 + [f"{yusuf.nama} (NIP {yusuf.nip})"] * 13
    )


def _pdfsig_sah(pendapat, pdf: Path) -> None:  # type: ignore[no-untyped-def]
    """Every signature intact in poppler's pdfsig, each signer's first trusted (22.12 may not
    judge a certificate twice in one file: the PPID Pelaksana's paraf and cell)."""
    pendapat = [p for p in pendapat if p.penanda_tangan]
    assert len(pendapat) == 5, pendapat
    dilihat: set[str] = set()
    for p in pendapat:
        assert p.tanda_tangan == "Signature is Valid.", (pdf, p)
        assert p.sah or (p.penanda_tangan in dilihat and p.sertifikat == SERTIFIKAT_DUA_KALI)
        dilihat.add(p.penanda_tangan)


def _ppid(config):  # type: ignore[no-untyped-def]
    from pipeline.alur.ttd_peserta import urutan_peserta

    return [p.pejabat for p in urutan_peserta(config) if p.peran.value == "ppid_pelaksana"]
