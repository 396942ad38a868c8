"""``sidik sign extend`` on the sample archive, whose every Lembar carries the paraf, its three
participants' signatures and the Atasan PPID's: raised to B-LTA as a new revision, every
signature still VALID (offline, with the validation data the extension embedded) in sidik's
verification and in poppler's pdfsig."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.config import muat
from pipeline.external import pdfsig
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.cli import jalankan_sidik
from tests.bantu.pki import PkiUji
from tests.bantu.ruang import SiklusContoh, percaya_juga_akar_dev

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice, pytest.mark.pdfsig]
DEV = "certs/dev/root-ca.pem"
SERTIFIKAT_DUA_KALI = "Unknown issue with Certificate or corrupted data."


@pytest.fixture
def ruang(siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path) -> Path:
    """A copy of the sample workspace after its archive, with the test PKI's TSA configured
    for the long-term levels (its root trusted beside the dev root)."""
    ruang = Path(shutil.copytree(siklus_contoh.ruang, tmp_path / "ruang"))
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    tingkat = '\ntingkat = "B-B"\n'
    assert tingkat in toml
    toml = toml.replace(tingkat, f'{tingkat}tsa_url = "{pki_uji.tsa_url}"\n', 1)
    (ruang / "sidik.toml").write_text(toml, encoding="utf-8")
    percaya_juga_akar_dev(pki_uji.akar, ruang)
    return ruang


def test_sign_extend_lembar_bertanda_tangan_semua_peserta_ke_b_lta(
    ruang: Path, siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path
) -> None:
    [arsip] = [p.parent for p in ruang.glob("output/arsip/*/*/*/*/manifest.json")]
    hasil = jalankan_sidik(ruang, "sign", "extend", str(arsip))
    assert hasil.returncode == 0, hasil.stderr
    revisi = arsip.parent / f"{arsip.name}-r2"
    assert f"15 berkas dinaikkan ke B-LTA sebagai revisi arsip baru: {revisi}" in hasil.stdout

    config = muat(ruang / "sidik.toml")
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    tim = [p.nama for p in config.tim_pertimbangan]
    lembar = sorted(revisi.glob("lembar-*.pdf"))
    assert len(lembar) == 12
    with pki_uji.layanan.mati():  # offline: what the files carry must suffice
        periksa = jalankan_sidik(ruang, "verify", str(revisi))
        assert periksa.returncode == 0, periksa.stdout
        assert "Valid: 15 dari 15 berkas." in periksa.stdout
        for pdf in lembar:
            assert pdf.read_bytes().startswith((arsip / pdf.name).read_bytes())
            h = verifikasi_berkas(pdf, akar)
            assert h.putusan is Putusan.VALID and h.tingkat == "B-LTA", (pdf, h.alasan)
            nama = [t.penanda_tangan for t in h.tanda_tangan]
            assert nama[0] == nama[1] and nama[2:] == [*tim, config.atasan_ppid.nama], pdf
            assert all(t.putusan is Putusan.VALID for t in h.tanda_tangan), pdf
            assert [t.putusan for t in h.stempel_dokumen] == [Putusan.VALID], pdf
    nss = pdfsig.buat_nssdb(tmp_path / "nss", [pki_uji.akar, siklus_contoh.ruang / DEV])
    for pdf in lembar:
        _pdfsig_sah(pdfsig.periksa(pdf, nss), pdf)


def _pdfsig_sah(pendapat: list[pdfsig.PendapatPdfsig], pdf: Path) -> None:
    """The five signatures intact in pdfsig, each signer's first trusted: poppler 22.12 may not
    judge a certificate twice in one file (the PPID Pelaksana's paraf, then their cell)."""
    ttd = [p for p in pendapat if p.penanda_tangan and p.tipe != "unknown"]
    assert len(ttd) == 5, (pdf, pendapat)
    dilihat: set[str] = set()
    for p in ttd:
        assert p.tanda_tangan == "Signature is Valid.", (pdf, p)
        if p.penanda_tangan in dilihat:
            assert p.sah or p.sertifikat == SERTIFIKAT_DUA_KALI, (pdf, p)
        else:
            assert p.sah, (pdf, p)
        dilihat.add(p.penanda_tangan)
