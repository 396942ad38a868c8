"""Before the first signature, the signing certificate is checked (issue 20, section 4): valid
now, trusted, not revoked, for signatures, the key's own, and the configured Atasan PPID's.
A certificate that fails stops ``sign`` and ``run`` with exit 6 before anything is written;
``doctor`` shows each check with its fix."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.config import Config, muat
from pipeline.errors import ExitCode, SigningFailed
from pipeline.messages import terjemah
from pipeline.sertifikat import muat_akar
from pipeline.signing.dasar import NAMA_MEDAN
from pipeline.signing.kelayakan import Hasil, periksa_penanda
from pipeline.signing.penanda import penanda_terperiksa
from tests.bantu.cli import sidik_di
from tests.bantu.pki import PkiUji, ruang_uji
from tests.bantu.pki.ca import NAMA_ATASAN, NAMA_MAYA, NIP_ATASAN, NIP_MAYA
from tests.bantu.pki_sederhana import buat_akar
from tests.bantu.ruang import SiklusContoh, percaya_juga_akar_dev

SANDI = b"sandi-uji"


def _pasang(ruang: Path, pki: PkiUji, label: str, *, akar_uji: bool = True) -> None:
    """Put the test PKI's ``label`` key where the workspace's key is; trust the test root
    unless ``akar_uji`` is False (the workspace's dev root then does not issue it). The dev
    root stays trusted: the PPID Pelaksana's dev keys signed the paraf."""
    dev = ruang / "certs" / "dev"
    if label == "tanpa_sertifikat":
        pki.p12_tanpa_sertifikat("atasan", SANDI, dev / "atasan_ppid.p12")
    else:
        pki.p12(label, SANDI, dev / "atasan_ppid.p12")
    (dev / "atasan_ppid.sandi").write_bytes(SANDI + b"\n")
    if akar_uji:
        percaya_juga_akar_dev(pki.akar, ruang)
    else:  # a root that did not issue it
        buat_akar("Akar Lain").pem(dev / "root-ca.pem")


def _subjek(pki: PkiUji, label: str) -> str:
    return str(pki.sertifikat(label).subject.native["common_name"])


# (case, key label, trust the test root, message id, its parameters given the PKI and workspace)
KASUS = [
    ("dicabut", "dicabut", True, "ttd.sertifikat_dicabut"),
    ("bukan_untuk_ttd", "enkripsi", True, "ttd.sertifikat_bukan_untuk_ttd"),
    ("akar_tidak_tepercaya", "atasan", False, "ttd.sertifikat_tidak_tepercaya"),
    ("kedaluwarsa", "kedaluwarsa", True, "ttd.sertifikat_kedaluwarsa"),
    ("tanpa_sertifikat", "tanpa_sertifikat", True, "ttd.pkcs12_tanpa_sertifikat"),
    ("orang_lain", "orang_lain", True, "ttd.subjek_tidak_cocok"),
]


def _pesan_awal(kasus: str, pki: PkiUji, ruang: Path) -> str:
    """The start of the refusal's message (the rest names dates or a validator's reason)."""
    if kasus == "dicabut":
        return terjemah("ttd.sertifikat_dicabut", "id", subjek=_subjek(pki, "dicabut"))
    if kasus == "bukan_untuk_ttd":
        return terjemah(
            "ttd.sertifikat_bukan_untuk_ttd",
            "id",
            subjek=NAMA_ATASAN,
            penggunaan="key_encipherment",
        )
    if kasus == "akar_tidak_tepercaya":
        return f"Sertifikat penandatangan {NAMA_ATASAN} tidak sampai ke akar tepercaya"
    if kasus == "kedaluwarsa":
        return f"Sertifikat penandatangan {_subjek(pki, 'kedaluwarsa')} tidak berlaku pada "
    if kasus == "tanpa_sertifikat":
        berkas = ruang / "certs" / "dev" / "atasan_ppid.p12"
        return terjemah("ttd.pkcs12_tanpa_sertifikat", "id", berkas=str(berkas))
    return terjemah(
        "ttd.subjek_tidak_cocok",
        "id",
        nama_sertifikat="Budi Lain, S.H.",
        nip_sertifikat="199001012020121001",
        nama=NAMA_ATASAN,
        nip=NIP_ATASAN,
    )


@pytest.fixture
def ruang(pki_uji: PkiUji, tmp_path: Path) -> Path:
    """A workspace signing with the test PKI (its 'atasan' key, the sample's Atasan PPID)."""
    return ruang_uji(tmp_path / "ruang", pki_uji)


def test_sertifikat_yang_layak_lulus_semua_pemeriksaan(ruang: Path, pki_uji: PkiUji) -> None:
    penanda, hasil = penanda_terperiksa(muat(ruang / "sidik.toml"))
    assert hasil is not None
    assert [(c.kode, c.hasil) for c in hasil.cek] == [
        ("masa_berlaku", Hasil.LULUS),
        ("rantai", Hasil.LULUS),
        ("pencabutan", Hasil.LULUS),  # asked the test PKI's OCSP responder
        ("penggunaan", Hasil.LULUS),
        ("pasangan", Hasil.LULUS),
        ("subjek", Hasil.LULUS),
    ]
    # the stamp and the manifest name the official as the certificate does
    assert (penanda.identitas.nama, penanda.identitas.nip) == (NAMA_ATASAN, NIP_ATASAN)


@pytest.mark.parametrize(
    ("kasus", "label", "akar_uji", "pesan_id"), KASUS, ids=[k[0] for k in KASUS]
)
def test_sertifikat_tidak_layak_ditolak_sebelum_menandatangani(
    ruang: Path, pki_uji: PkiUji, kasus: str, label: str, akar_uji: bool, pesan_id: str
) -> None:
    _pasang(ruang, pki_uji, label, akar_uji=akar_uji)
    with pytest.raises(SigningFailed) as e:
        penanda_terperiksa(muat(ruang / "sidik.toml"))
    assert e.value.code is ExitCode.SIGNING_FAILED
    assert e.value.message_id == pesan_id
    assert e.value.pesan("id").startswith(_pesan_awal(kasus, pki_uji, ruang))


def test_kunci_yang_bukan_pasangan_sertifikat_ditolak(ruang: Path) -> None:
    # A key that is not the certificate's own signs a probe the certificate cannot verify.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from pipeline.signing.kunci_cepat import SimpleSignerCepat
    from pipeline.signing.penanda import muat_pkcs12

    config = muat(ruang / "sidik.toml")
    asli = muat_pkcs12(config.penandatanganan, None)
    lain = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    from asn1crypto import keys

    kunci_lain = keys.PrivateKeyInfo.load(
        lain.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = SimpleSignerCepat(
        signing_key=kunci_lain, signing_cert=asli.signing_cert, cert_registry=asli.cert_registry
    )
    hasil = periksa_penanda(signer, config.atasan_ppid, muat_akar(config.verifikasi.akar_tepercaya))
    [gagal] = hasil.gagal()
    assert (gagal.kode, gagal.pesan_id) == ("pasangan", "ttd.kunci_tidak_cocok")
    with pytest.raises(SigningFailed) as e:
        hasil.tegakkan()
    assert e.value.pesan("id") == (
        f"Kunci privat tidak cocok dengan sertifikat {NAMA_ATASAN} (InvalidSignature); tidak "
        "ada dokumen yang ditandatangani. Pasang kunci dan sertifikat yang sepasang."
    )


def test_ocsp_dan_crl_tak_terjangkau_dikatakan_tidak_diperiksa(
    ruang: Path, pki_uji: PkiUji
) -> None:
    # Soft-fail: signing goes on, but the outcome says the status was not checked and why.
    config = muat(ruang / "sidik.toml")
    with pki_uji.layanan.mati():
        _, hasil = penanda_terperiksa(config)
    assert hasil is not None
    [cek] = hasil.tidak_diperiksa()
    assert (cek.kode, cek.pesan_id) == ("pencabutan", "ttd.cek.pencabutan_tak_terjangkau")
    assert terjemah(cek.pesan_id, "en", **cek.params).startswith(
        "not checked: the issuer's OCSP/CRL responder is unreachable ("
    )


def test_nama_dicocokkan_tanpa_peduli_huruf_besar_dan_spasi(ruang: Path) -> None:
    toml = ruang / "sidik.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            f'nama = "{NAMA_ATASAN}"', 'nama = "dr.  SITI Teladan, m.si."'
        ),
        encoding="utf-8",
    )
    penanda, hasil = penanda_terperiksa(muat(toml))
    assert hasil is not None and hasil.gagal() == []
    assert penanda.identitas.nama == NAMA_ATASAN  # as written in the certificate


def test_nip_lain_dengan_nama_sama_ditolak(ruang: Path) -> None:
    # the name alone is not enough: the NIP in the certificate must be the configured one
    toml = ruang / "sidik.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            f'nip = "{NIP_ATASAN}"', 'nip = "198001012006041001"'
        ),
        encoding="utf-8",
    )
    with pytest.raises(SigningFailed) as e:
        penanda_terperiksa(muat(toml))
    assert e.value.message_id == "ttd.subjek_tidak_cocok"
    assert e.value.pesan("id").startswith(
        f"Sertifikat penandatangan atas nama {NAMA_ATASAN} (NIP {NIP_ATASAN}) bukan Atasan PPID "
        f"di [pejabat.atasan_ppid], {NAMA_ATASAN} (NIP 198001012006041001);"
    )


# --- the CLI: sign and run stop at step 4 with exit 6, nothing signed or filed


def _siap_ttd(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample after the review, every Lembar signed by its participants: the Atasan's turn."""
    return Path(shutil.copytree(siklus_contoh.siap_atasan, tmp_path / "ruang"))


def _jumlah_peristiwa_sign(ruang: Path) -> int:
    db = sqlite3.connect(ruang / "output" / "sidik.db")
    try:
        return int(db.execute("SELECT count(*) FROM peristiwa WHERE aksi = 'sign'").fetchone()[0])
    finally:
        db.close()


@pytest.mark.libreoffice
@pytest.mark.parametrize("perintah", [("sign",), ("run", "input/informasi.xlsx")])
@pytest.mark.parametrize(
    ("kasus", "label", "akar_uji", "pesan_id"), KASUS, ids=[k[0] for k in KASUS]
)
def test_sign_dan_run_menolak_sertifikat_tanpa_menulis_apa_pun(
    siklus_contoh: SiklusContoh,
    pki_uji: PkiUji,
    tmp_path: Path,
    perintah: tuple[str, ...],
    kasus: str,
    label: str,
    akar_uji: bool,
    pesan_id: str,
) -> None:
    ruang = _siap_ttd(siklus_contoh, tmp_path)
    _pasang(ruang, pki_uji, label, akar_uji=akar_uji)
    hasil = sidik_di(ruang, "-q", *perintah)
    assert hasil.exit_code == ExitCode.SIGNING_FAILED == 6, hasil.stderr
    [baris] = hasil.stderr.splitlines()
    assert baris.startswith("Galat: " + _pesan_awal(kasus, pki_uji, ruang))
    assert not list((ruang / "output").rglob("ttd/*.pdf"))
    assert not (ruang / "output" / "arsip").exists()
    assert _jumlah_peristiwa_sign(ruang) == 0


@pytest.mark.libreoffice
def test_sign_tanpa_ocsp_menandatangani_dengan_peringatan(
    siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path
) -> None:
    # The responder is down: revocation is soft-fail, and the user is told it was not checked.
    ruang = _siap_ttd(siklus_contoh, tmp_path)
    _pasang(ruang, pki_uji, "atasan")
    with pki_uji.layanan.mati():
        hasil = sidik_di(ruang, "sign")
    assert hasil.exit_code == 0, hasil.stderr
    [peringatan] = [b for b in hasil.stderr.splitlines() if "Peringatan:" in b]
    assert peringatan.startswith(
        "… Peringatan: status pencabutan sertifikat penandatangan tidak diperiksa: layanan "
        "OCSP/CRL penerbit tidak dapat dihubungi ("
    )
    assert _jumlah_peristiwa_sign(ruang) == 15


@pytest.mark.libreoffice
def test_peserta_tanpa_ocsp_menandatangani_dengan_peringatan(
    siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path
) -> None:
    # A Tim member's own key names an OCSP responder that does not answer: they sign their
    # Lembar, and are told, as the Atasan PPID is, that its revocation was not checked.
    from pipeline.alur.ttd_peserta import urutan_peserta

    ruang = Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))
    dev = ruang / "certs" / "dev"
    pki_uji.p12("maya", SANDI, dev / f"{NIP_MAYA}.p12")
    (dev / f"{NIP_MAYA}.sandi").write_bytes(SANDI + b"\n")
    percaya_juga_akar_dev(pki_uji.akar, ruang)
    config = muat(ruang / "sidik.toml")
    for p in urutan_peserta(config):
        if p.peran.value == "ppid_pelaksana":
            ppid = sidik_di(ruang, "sign", "--peran", "ppid_pelaksana", "--nip", p.pejabat.nip)
            assert ppid.exit_code == 0, ppid.stderr
    with pki_uji.layanan.mati():
        hasil = sidik_di(ruang, "sign", "--peran", "tim_pertimbangan", "--nip", NIP_MAYA)
    assert hasil.exit_code == 0, hasil.stderr
    [peringatan] = [b for b in hasil.stderr.splitlines() if "Peringatan:" in b]
    assert peringatan.startswith(
        "… Peringatan: status pencabutan sertifikat penandatangan tidak diperiksa: layanan "
        "OCSP/CRL penerbit tidak dapat dihubungi ("
    )
    assert f"{NAMA_MAYA} menandatangani 13 dokumen uji konsekuensi" in hasil.stdout


@pytest.mark.libreoffice
def test_stempel_dan_manifest_memakai_nama_dari_sertifikat(
    siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path
) -> None:
    # sidik.toml writes the name in capitals (the documents print it so); the stamp, the
    # archive register and the manifest say who signed as the certificate does.
    import json

    from pypdf import PdfReader

    ruang = _siap_ttd(siklus_contoh, tmp_path)
    _pasang(ruang, pki_uji, "atasan")
    toml = ruang / "sidik.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            f'[pejabat.atasan_ppid]\nnama = "{NAMA_ATASAN}"',
            f'[pejabat.atasan_ppid]\nnama = "{NAMA_ATASAN.upper()}"',
        ),
        encoding="utf-8",
    )
    hasil = sidik_di(ruang, "-q", "run", "input/informasi.xlsx")
    assert hasil.exit_code == 0, hasil.stderr
    [manifest] = (ruang / "output" / "arsip").glob("*/*/*/*/manifest.json")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert (data["penanda_tangan"]["nama"], data["penanda_tangan"]["nip"]) == (
        NAMA_ATASAN,
        NIP_ATASAN,
    )
    for pdf in sorted(manifest.parent.glob("*.pdf")):
        [nilai] = [
            a.get_object()["/V"].get_object()
            for halaman in PdfReader(pdf).pages
            for a in halaman.get("/Annots", [])
            if a.get_object().get("/T") == NAMA_MEDAN
        ]  # the Atasan's stamp: on the last page, or at the decree's own signature block
        assert nilai["/Name"] == NAMA_ATASAN
    daftar = sidik_di(ruang, "archive", "list", "--json")
    assert {e["penanda_tangan"] for e in json.loads(daftar.stdout)} == {NAMA_ATASAN}


def test_konfigurasi_contoh_tidak_berubah(config: Config) -> None:
    # the certificates above are made for the sample's Atasan PPID
    assert (config.atasan_ppid.nama, config.atasan_ppid.nip) == (NAMA_ATASAN, NIP_ATASAN)
