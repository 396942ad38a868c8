"""PAdES levels against the loopback test PKI: B-T, B-LT (offline), B-LTA, sign extend,
expired and revoked signer certificates, and pdfsig's opinion on every file."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyhanko.pdf_utils.reader import PdfFileReader

from pipeline.alur.arsipkan import catatan_manifest
from pipeline.cli import cli
from pipeline.config import Config, muat
from pipeline.errors import SigningFailed
from pipeline.external import pdfsig
from pipeline.hashing import sha256_berkas
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.register import (
    EntriArsip,
    catat_arsip,
    catat_manifest,
    manifest_tercatat,
    register_arsip,
)
from pipeline.signing.dasar import OpsiTtd
from pipeline.signing.penanda import PenandaPkcs12, buat_penanda
from pipeline.signing.tampilan import cari_kotak_ttd
from pipeline.verify.arsip import Saksi, periksa_arsip
from pipeline.verify.manifest import StatusTtdManifest
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from pipeline.zona import zona
from tests.bantu.pki import PkiUji, pdf_surat, ruang_uji

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def ruang(pki_uji: PkiUji, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ruang_uji(tmp_path_factory.mktemp("pades") / "ruang", pki_uji)


@pytest.fixture(scope="module")
def config(ruang: Path) -> Config:
    return muat(ruang / "sidik.toml")


def tandatangani(config: Config, tujuan: Path, tingkat: str, penanda=None) -> Path:  # type: ignore[no-untyped-def]
    sumber = pdf_surat(tujuan.with_suffix(".sumber.pdf"))
    penanda = penanda or buat_penanda(config)
    kotak = cari_kotak_ttd(sumber, config.atasan_ppid.nama)
    penanda.tanda_tangani(sumber, tujuan, kotak, OpsiTtd(tingkat, "https://contoh.go.id/v?h=1"))
    return tujuan


def putusan(config: Config, pdf: Path):  # type: ignore[no-untyped-def]
    return verifikasi_berkas(pdf, muat_akar(config.verifikasi.akar_tepercaya))


def pendapat_pdfsig(pki: PkiUji, pdf: Path, tmp: Path) -> list[tuple[str, str]]:
    """pdfsig's (signature, certificate) verdicts, with its online OCSP check against the test
    PKI's responder (which must be running: NSS treats an unreachable responder as a soft failure
    and then trusts the certificate). pdfsig judges the certificate at the present time and
    ignores the revocation data embedded in the file."""
    nss = pdfsig.buat_nssdb(tmp / "nss", [pki.akar])
    keluaran = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(pdf)], capture_output=True, text=True
    ).stdout
    hasil: list[list[str]] = []
    for baris in keluaran.splitlines():
        if baris.startswith("Signature #"):
            hasil.append(["", ""])
        elif "Signature Validation:" in baris:
            hasil[-1][0] = baris.split(": ", 1)[1]
        elif "Certificate Validation:" in baris:
            hasil[-1][1] = baris.split(": ", 1)[1]
    return [(a, b) for a, b in hasil]


def sah(pendapat: tuple[str, str]) -> bool:
    # pdfsig prints no certificate line for a document timestamp
    return pendapat[0] == "Signature is Valid." and pendapat[1] in ("Certificate is Trusted.", "")


def qpdf_bersih(pdf: Path) -> None:
    hasil = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr


def test_b_t_membawa_token_stempel_waktu_dari_tsa(config: Config, tmp_path: Path) -> None:
    pdf = tandatangani(config, tmp_path / "bt.pdf", "B-T")
    [ttd] = PdfFileReader(io.BytesIO(pdf.read_bytes())).embedded_regular_signatures
    [token] = [
        a["values"][0]
        for a in ttd.signer_info["unsigned_attrs"]
        if a["type"].native == "signature_time_stamp_token"
    ]
    [tsa] = [c.chosen for c in token["content"]["certificates"]]
    assert tsa.subject.native["common_name"] == "sidik Uji TSA"
    hasil = putusan(config, pdf)
    assert hasil.putusan is Putusan.VALID, hasil.alasan
    assert hasil.tingkat == "B-T"
    qpdf_bersih(pdf)


@pytest.mark.pdfsig
def test_b_lt_sah_walau_ocsp_dan_crl_mati(config: Config, pki_uji: PkiUji, tmp_path: Path) -> None:
    pdf = tandatangani(config, tmp_path / "blt.pdf", "B-LT")
    assert b"/DSS" in pdf.read_bytes()
    with pki_uji.layanan.mati():
        hasil = putusan(config, pdf)
    assert hasil.putusan is Putusan.VALID, hasil.alasan
    assert hasil.tingkat == "B-LT"
    [pendapat] = pendapat_pdfsig(pki_uji, pdf, tmp_path)
    assert sah(pendapat), pendapat
    qpdf_bersih(pdf)


@pytest.mark.pdfsig
def test_b_lta_mempunyai_stempel_waktu_dokumen(
    config: Config, pki_uji: PkiUji, tmp_path: Path
) -> None:
    pdf = tandatangani(config, tmp_path / "blta.pdf", "B-LTA")
    pembaca = PdfFileReader(io.BytesIO(pdf.read_bytes()))
    assert len(pembaca.embedded_timestamp_signatures) == 1
    with pki_uji.layanan.mati():
        hasil = putusan(config, pdf)
    assert hasil.putusan is Putusan.VALID, hasil.alasan
    assert hasil.tingkat == "B-LTA"
    semua = pendapat_pdfsig(pki_uji, pdf, tmp_path)
    # poppler 22.12 does not check RFC 3161 document timestamps; it agrees on the signature
    assert sah(semua[0]) and semua[1][0] == "Signature has not yet been verified.", semua
    qpdf_bersih(pdf)


def _arsip_b_b(config: Config, folder: Path) -> Path:
    folder.mkdir(parents=True)
    pdf = tandatangani(config, folder.parent / "daftar.pdf", "B-B")
    shutil.move(pdf, folder / "daftar.pdf")
    manifest = {
        "format": "sidik-manifest/1",
        "siklus": folder.name,
        "pades": "B-B",
        "berkas": [{"nama": "daftar.pdf", "sha256": sha256_berkas(folder / "daftar.pdf")}],
        "manifest_sebelumnya": None,
    }
    data = json.dumps(manifest).encode("utf-8")
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.json.p7s").write_bytes(buat_penanda(config).tandai_data(data) or b"")
    for f in [*folder.iterdir(), folder]:
        f.chmod(0o444 if f.is_file() else 0o555)
    return folder


@pytest.mark.pdfsig
def test_sign_extend_menaikkan_b_b_ke_b_lta_sebagai_revisi_baru(
    config: Config, ruang: Path, pki_uji: PkiUji, tmp_path: Path
) -> None:
    arsip = _arsip_b_b(config, tmp_path / "arsip" / "2026" / "11" / "27" / "dik-000000000001")
    sebelum = {p.name: sha256_berkas(p) for p in arsip.iterdir()}
    hasil = CliRunner().invoke(
        cli, ["--config", str(ruang / "sidik.toml"), "sign", "extend", str(arsip)]
    )
    assert hasil.exit_code == 0, hasil.output
    revisi = arsip.parent / "dik-000000000001-r2"
    assert str(revisi) in hasil.stdout and "B-LTA" in hasil.stdout
    assert {p.name: sha256_berkas(p) for p in arsip.iterdir()} == sebelum
    manifest = json.loads((revisi / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["manifest_sebelumnya"] == sebelum["manifest.json"]
    assert manifest["revisi"] == 2 and manifest["pades"] == "B-LTA"
    baru = revisi / "daftar.pdf"
    assert baru.stat().st_mode & 0o222 == 0
    assert baru.read_bytes().startswith((arsip / "daftar.pdf").read_bytes())
    with pki_uji.layanan.mati():
        h = putusan(config, baru)
    assert h.putusan is Putusan.VALID and h.tingkat == "B-LTA", h.alasan
    assert sah(pendapat_pdfsig(pki_uji, baru, tmp_path)[0])
    qpdf_bersih(baru)
    kedua = CliRunner().invoke(
        cli, ["--config", str(ruang / "sidik.toml"), "sign", "extend", str(revisi)]
    )
    assert kedua.exit_code == 0, kedua.output
    ketiga = arsip.parent / "dik-000000000001-r3"
    assert (ketiga / "daftar.pdf").is_file()
    # the revisions form one unbroken chain r1 -> r2 -> r3, as archive check sees it
    assert json.loads((ketiga / "manifest.json").read_text())["manifest_sebelumnya"] == (
        sha256_berkas(revisi / "manifest.json")
    )
    for sisa in arsip.parent.glob("*.sumber.pdf"):  # this test's unsigned input, not archive
        sisa.unlink()
    # each revision's manifest is signed with the signing key, timestamped by the TSA
    hasil = periksa_arsip(tmp_path / "arsip", Saksi(muat_akar(config.verifikasi.akar_tepercaya)))
    assert hasil.masalah == []
    assert [(r.nomor, r.ttd) for r in hasil.laporan] == [
        (1, StatusTtdManifest.SAH),
        (2, StatusTtdManifest.SAH),
        (3, StatusTtdManifest.SAH),
    ]


def test_sign_extend_menolak_berkas_di_luar_arsip(ruang: Path, tmp_path: Path) -> None:
    lepas = pdf_surat(tmp_path / "lepas.pdf")
    hasil = CliRunner().invoke(
        cli, ["--config", str(ruang / "sidik.toml"), "sign", "extend", str(lepas)]
    )
    assert hasil.exit_code == 3
    assert "tidak berada di folder arsip" in hasil.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lepas.pdf"]


def _penanda(pki: PkiUji, config: Config, label: str, tmp: Path) -> PenandaPkcs12:
    from dataclasses import replace

    p12 = pki.p12(label, b"s", tmp / f"{label}.p12")
    ttd = replace(config.penandatanganan, pkcs12=p12, sandi_berkas=None)
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    return PenandaPkcs12(ttd, config.atasan_ppid, lambda _: "s", akar)


def test_sertifikat_kedaluwarsa_ditolak(config: Config, pki_uji: PkiUji, tmp_path: Path) -> None:
    with pytest.raises(SigningFailed) as e:
        _penanda(pki_uji, config, "kedaluwarsa", tmp_path)
    assert e.value.message_id == "ttd.sertifikat_kedaluwarsa"
    assert "minta sertifikat baru" in e.value.pesan("id")


def test_sertifikat_dicabut_ditolak_saat_tingkat_butuh_revokasi(
    config: Config, pki_uji: PkiUji, tmp_path: Path
) -> None:
    penanda = _penanda(pki_uji, config, "dicabut", tmp_path)
    with pytest.raises(SigningFailed) as e:
        tandatangani(config, tmp_path / "x.pdf", "B-LT", penanda)
    assert e.value.message_id == "ttd.sertifikat_dicabut"
    assert "DICABUT" in e.value.pesan("id")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.pdfsig
def test_sebelum_dan_sesudah_pencabutan(config: Config, pki_uji: PkiUji, tmp_path: Path) -> None:
    penanda = _penanda(pki_uji, config, "dicabut_nanti", tmp_path)
    sebelum = pki_uji.sebelum_dicabut  # signed B-LT when the session's PKI started
    pki_uji.tunggu_pencabutan()
    with pytest.raises(SigningFailed) as e:
        tandatangani(
            config,
            tmp_path / "ditolak.pdf",
            "B-LT",
            _penanda(pki_uji, config, "dicabut_nanti", tmp_path),
        )
    assert e.value.message_id == "ttd.sertifikat_dicabut"
    # made anyway at B-T (no revocation check at signing), as an outside tool could
    sesudah = tandatangani(config, tmp_path / "sesudah.pdf", "B-T", penanda)
    h_sebelum, h_sesudah = putusan(config, sebelum), putusan(config, sesudah)
    assert h_sebelum.putusan is Putusan.VALID, h_sebelum.alasan
    assert h_sesudah.putusan is Putusan.INVALID, h_sesudah.alasan
    assert any(a.message_id == "alasan.dicabut_sejak" for a in h_sesudah.alasan)
    # pdfsig asks the OCSP responder and agrees: the signature is intact, the certificate revoked
    dicabut = ("Signature is Valid.", "Certificate has been Revoked.")
    assert pendapat_pdfsig(pki_uji, sesudah, tmp_path / "sesudah") == [dicabut]
    # Known, expected disagreement on the file signed before the revocation: pdfsig validates
    # the certificate at the present time, with no proof of existence (signature timestamp) and
    # no use of the embedded OCSP response, so it says revoked where sidik says VALID.
    assert pendapat_pdfsig(pki_uji, sebelum, tmp_path / "sebelum") == [dicabut]


@pytest.mark.pdfsig
def test_sign_extend_di_ruang_kerja_mencatat_hash_manifest_revisi(
    pki_uji: PkiUji, tmp_path: Path
) -> None:
    # A cycle this workspace filed at B-B; its extended revision's manifest is sealed, and
    # registered in the ledger with its hash, so archive check vouches for both revisions.
    ruang = ruang_uji(tmp_path / "ruang", pki_uji)
    config = muat(ruang / "sidik.toml")
    keluaran = config.jalur.keluaran
    with buka_buku(config.jalur.ledger) as buku:
        siklus = buku.siklus_baru("input/informasi.xlsx", date(2026, 11, 27), "h").id
    arsip = _arsip_b_b(config, keluaran / "arsip/2026/11/27" / siklus)
    for sisa in arsip.parent.glob("*.sumber.pdf"):
        sisa.unlink()
    daftar = arsip / "daftar.pdf"
    with buka_buku(config.jalur.ledger) as buku:
        entri = EntriArsip(
            siklus, 1, daftar.relative_to(keluaran).as_posix(), sha256_berkas(daftar), "",
            "h", config.atasan_ppid.nama, datetime.now(zona()),
        )  # fmt: skip
        catat_arsip(buku, [entri])
        catat_manifest(buku, catatan_manifest(siklus, 1, arsip / "manifest.json", keluaran))
    hasil = CliRunner().invoke(
        cli, ["--config", str(ruang / "sidik.toml"), "sign", "extend", str(arsip)]
    )
    assert hasil.exit_code == 0, hasil.output
    kedua = arsip.parent / f"{siklus}-r2"
    with buka_buku(config.jalur.ledger) as buku:
        tercatat = manifest_tercatat(buku)
        register = register_arsip(buku, siklus)
    assert [(m.revisi, m.ttd) for m in tercatat] == [(1, "cms"), (2, "cms")]
    assert tercatat[1].sha256 == sha256_berkas(kedua / "manifest.json")
    # the first filing sealed with the Atasan's key (as earlier versions did), the revision
    # by the Operator who files it, with their own key: each named from the certificate
    from pipeline.sertifikat import nama_nip

    assert [(m.penyegel, m.nip_penyegel) for m in tercatat] == [
        nama_nip(buat_penanda(config).sertifikat),
        (config.operator.nama, config.operator.nip),
    ]
    assert [(e.revisi, Path(e.path).parent.name) for e in register] == [
        (1, siklus),
        (2, f"{siklus}-r2"),
    ]
    cek = CliRunner().invoke(cli, ["--config", str(ruang / "sidik.toml"), "archive", "check"])
    assert cek.exit_code == 0, cek.output
    assert len(re.findall(r"^[12]\s+\S+\s+cocok\s+sah\s", cek.stdout, re.M)) == 2
