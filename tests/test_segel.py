"""The archive's manifest is sealed by the person who archives (SOP step 5, the Operator), with
their own key: found like every official's (``[penandatanganan.kunci."NIP"]``, else the
development key ``sidik pki dev`` issued them); none when their key is a BSrE account or they
have none, and the page asks their passphrase only when neither a variable nor a file holds it.
The archive itself is sealed in tests/test_arsip.py and from the page in tests/test_web_arsip.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.alur import arsipkan
from pipeline.config import muat
from pipeline.errors import ExitCode, SigningFailed
from pipeline.messages import terjemah
from pipeline.signing.penanda import (
    buat_penanda,
    kredensial_segel,
    penanda_segel,
    segel_perlu_sandi,
)

RUDI = "000000000000000004"  # the sample's Operator


def test_operator_menyegel_dengan_kunci_pengembangannya_sendiri(ruang_dengan_pki: Path) -> None:
    config = muat(ruang_dengan_pki / "sidik.toml")
    ttd = kredensial_segel(config)
    assert ttd is not None and ttd.pkcs12 == ruang_dengan_pki / "certs" / "dev" / f"{RUDI}.p12"
    segel = penanda_segel(config, None, lambda _teks: None)
    assert segel is not None
    assert (segel.identitas.nama, segel.identitas.nip) == ("Rudi Contoh, A.Md.", RUDI)
    assert segel.sertifikat != buat_penanda(config).sertifikat  # not the Atasan PPID's key


def test_halaman_meminta_sandi_operator_hanya_bila_tidak_tersedia(
    ruang_dengan_pki: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = muat(ruang_dengan_pki / "sidik.toml")
    monkeypatch.delenv(f"SIDIK_SANDI_PKCS12_{RUDI}", raising=False)
    assert not segel_perlu_sandi(config)  # the development passphrase file beside the key
    (ruang_dengan_pki / "certs" / "dev" / f"{RUDI}.sandi").unlink()
    assert segel_perlu_sandi(config) and arsipkan.segel_perlu_sandi(config)
    monkeypatch.setenv(f"SIDIK_SANDI_PKCS12_{RUDI}", "dari-lingkungan")
    assert not segel_perlu_sandi(config)


def test_operator_tanpa_kunci_manifest_tidak_disegel(ruang_kerja: Path) -> None:
    # a workspace with a real key for the Atasan (not the development PKI) and none for the
    # Operator: nothing to seal with, the ledger's hash vouches for the manifest, and it is said
    berkas = ruang_kerja / "sidik.toml"
    teks = berkas.read_text(encoding="utf-8")
    teks = teks.replace('pkcs12 = "certs/dev/atasan_ppid.p12"', 'pkcs12 = "kunci/atasan.p12"')
    teks = teks.replace('sandi_berkas = "certs/dev/atasan_ppid.sandi"\n', "")
    berkas.write_text(teks, encoding="utf-8")
    config = muat(berkas)
    laporan: list[str] = []
    assert kredensial_segel(config) is None and not segel_perlu_sandi(config)
    assert arsipkan.penyegel(config, None, laporan.append) is None
    assert laporan == [
        "Manifest arsip tidak disegel: kunci Operator Rudi Contoh, A.Md. hanya menandatangani "
        "PDF (BSrE) atau tidak ada; hash manifest yang dicatat ledger menjadi saksinya."
    ]


def test_kunci_pengembangan_operator_hilang_ditolak_dengan_petunjuk(ruang_kerja: Path) -> None:
    # a development PKI made before the Operator had a key: 'sidik pki dev' completes it
    config = muat(ruang_kerja / "sidik.toml")
    with pytest.raises(SigningFailed) as e:
        arsipkan.penyegel(config)
    assert e.value.code is ExitCode.SIGNING_FAILED
    assert e.value.pesan() == terjemah(
        "ttd.kunci_dev_tidak_ada",
        jabatan=config.operator.jabatan,
        nama=config.operator.nama,
        nip=RUDI,
        berkas=str(ruang_kerja / "certs" / "dev" / f"{RUDI}.p12"),
    )
    assert "'sidik pki dev'" in e.value.pesan()
    assert not arsipkan.segel_perlu_sandi(config)  # the page asks nothing; the act says why


def test_segel_tanpa_penanda_tidak_sah_tanpa_galat(tmp_path: Path) -> None:
    # a manifest.json.p7s that is a CMS SignedData with no signer at all (damaged or forged):
    # the seal is 'not valid' and nobody is named; neither check fails with an error
    from asn1crypto import cms

    from pipeline.verify.ttd_manifest import penyegel_manifest, periksa_ttd_manifest, segel_arsip

    folder = tmp_path / "dik-1"
    folder.mkdir()
    manifest = folder / "manifest.json"
    manifest.write_text("{}", encoding="utf-8")
    kosong = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [],
            "encap_content_info": {"content_type": "data"},
            "signer_infos": [],
        }
    )
    isi = cms.ContentInfo({"content_type": "signed_data", "content": kosong}).dump()
    (folder / "manifest.json.p7s").write_bytes(isi)
    assert penyegel_manifest(manifest) is None
    assert periksa_ttd_manifest(manifest, []).value == "tidak_sah"
    [segel] = segel_arsip([folder / "lembar-0001.pdf"], [])
    assert (segel.penyegel, segel.status.value) == (None, "tidak_sah")
