"""The sign stage with the dev PKCS#12 key: footer statement, QR hash, stamp, PDF/A markers,
and the [penandatanganan] configuration of levels and methods."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pipeline.config import Config, muat
from pipeline.errors import ConfigInvalid
from pipeline.hashing import sha256_berkas
from pipeline.model import Dokumen, JenisDokumen, Siklus
from pipeline.signing.dasar import NAMA_MEDAN
from pipeline.signing.penanda import buat_penanda
from pipeline.stages.paraf import paraf
from pipeline.stages.sign import sign
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.pki import pdf_surat
from tests.bantu.ruang import SiklusContoh


def test_sign_kaki_qr_dan_stempel(ruang_dengan_pki: Path, tmp_path: Path) -> None:
    config = muat(ruang_dengan_pki / "sidik.toml")
    siklus = Siklus("dik-uji", date(2026, 11, 27), "h", "x.xlsx", tmp_path / "kerja")
    dok = Dokumen(JenisDokumen.DAFTAR, "daftar", pdf_surat(tmp_path / "daftar.pdf"), None, "SEKRE")
    [siap_dok] = paraf([dok], siklus, config)  # the paraf stage draws the footer statement too
    [hasil] = sign([siap_dok], siklus, config, buat_penanda(config))
    pdf = hasil.dokumen.path
    siap = tmp_path / "kerja" / "paraf" / "daftar.pdf"
    data = pdf.read_bytes()
    assert data.startswith(siap.read_bytes())  # the QR's hash can be checked on the prefix
    assert hasil.sha256 == sha256_berkas(pdf)
    teks = " ".join(PdfReader(pdf).pages[-1].extract_text().split())
    assert "Dokumen ini telah ditandatangani secara elektronik" in teks
    assert "sertifikat uji" in teks.lower()  # the sample's dev statement
    hasil_v = verifikasi_berkas(pdf, muat_akar(config.verifikasi.akar_tepercaya))
    assert hasil_v.putusan is Putusan.VALID and hasil_v.tingkat == "B-B"
    widget = PdfReader(pdf).pages[-1]["/Annots"][0].get_object()
    ap = widget["/AP"]["/N"].get_object()
    assert "/QR" in ap["/Resources"]["/XObject"]
    cek = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert cek.returncode == 0, cek.stdout
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSans" in fonts and all(" yes " in b for b in fonts.splitlines()[2:])


def test_url_verifikasi_membawa_sha256_dokumen_sebelum_ttd(ruang_dengan_pki: Path) -> None:
    from pipeline.signing.stempel import tautan_verifikasi

    config = muat(ruang_dengan_pki / "sidik.toml")
    berkas = pdf_surat(ruang_dengan_pki / "a.pdf")
    tautan = tautan_verifikasi(config.penandatanganan.url_verifikasi, berkas)
    assert tautan.endswith(sha256_berkas(berkas))


def _toml(ruang: Path, *baris: str) -> Config:
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8").replace('tingkat = "B-B"\n', "")
    toml = toml.replace("[penandatanganan]\n", "[penandatanganan]\n" + "\n".join(baris) + "\n", 1)
    (ruang / "sidik.toml").write_text(toml, encoding="utf-8")
    return muat(ruang / "sidik.toml")


def test_tingkat_per_jenis_dokumen(ruang_kerja: Path) -> None:
    c = _toml(
        ruang_kerja,
        'tingkat = "B-T"',
        'tsa_url = "http://tsa.contoh"',
        'tingkat_jenis = { daftar_informasi_dikecualikan = "B-LTA" }',
    )
    ttd = c.penandatanganan
    assert ttd.tingkat_untuk("daftar_informasi_dikecualikan") == "B-LTA"
    assert ttd.tingkat_untuk("lembar_uji_konsekuensi") == "B-T"


@pytest.mark.parametrize(
    ("baris", "kunci"),
    [
        (['tingkat = "B-X"'], "penandatanganan.tingkat"),
        (['tingkat = "B-T"'], "penandatanganan.tsa_url"),
        (['tingkat_jenis = { surat_cinta = "B-B" }'], "penandatanganan.tingkat_jenis.surat_cinta"),
    ],
)
def test_konfigurasi_tingkat_salah_ditolak(ruang_kerja: Path, baris: list[str], kunci: str) -> None:
    with pytest.raises(ConfigInvalid) as e:
        _toml(ruang_kerja, *baris)
    assert kunci in e.value.pesan("id")


def test_metode_tidak_dikenal_ditolak(ruang_kerja: Path) -> None:
    toml = (ruang_kerja / "sidik.toml").read_text(encoding="utf-8")
    (ruang_kerja / "sidik.toml").write_text(toml.replace('metode = "pkcs12"', 'metode = "usb"'))
    with pytest.raises(ConfigInvalid) as e:
        muat(ruang_kerja / "sidik.toml")
    assert "pkcs12, pkcs11, bsre" in e.value.pesan("id")


def test_ruang_tanda_tangan_dipakai_ulang_dan_diperkirakan_lagi_bila_kurang(
    ruang_dengan_pki: Path, tmp_path: Path
) -> None:
    # The first signature's room (pyhanko's estimate) is kept for the batch; a room too small
    # for the signature is given up and estimated again, never a failed or truncated signature.
    from pyhanko.pdf_utils.reader import PdfFileReader

    from pipeline.signing.dasar import OpsiTtd, ruang_tanda_tangan
    from pipeline.signing.tampilan import cari_kotak_ttd

    config = muat(ruang_dengan_pki / "sidik.toml")
    penanda = buat_penanda(config)
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    hasil = []
    for i, cadangan in enumerate([None, None, 64]):
        sumber = pdf_surat(tmp_path / f"s{i}.pdf")
        if cadangan is not None:
            penanda._cadangan["B-B"] = cadangan  # type: ignore[attr-defined]
        kotak = cari_kotak_ttd(sumber, config.atasan_ppid.nama)
        penanda.tanda_tangani(sumber, tmp_path / f"t{i}.pdf", kotak, OpsiTtd("B-B"))
        [ttd] = PdfFileReader(io.BytesIO((tmp_path / f"t{i}.pdf").read_bytes())).embedded_signatures
        ruang = ruang_tanda_tangan((tmp_path / f"t{i}.pdf").read_bytes())
        assert ruang == 2 * len(ttd.sig_object["/Contents"])
        hasil.append(ruang)
        assert verifikasi_berkas(tmp_path / f"t{i}.pdf", akar).putusan is Putusan.VALID
    assert hasil[0] == hasil[1] == hasil[2] > 64


def _cms(signer, digest: bytes, *, pades: bool = True, kelas=None) -> bytes:
    import asyncio
    from datetime import UTC, datetime

    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    tanda = (kelas or type(signer)).async_sign
    pengaturan = PdfCMSSignedAttributes(signing_time=datetime.now(UTC))
    ci = asyncio.run(
        tanda(signer, digest, "sha256", use_pades=pades, signed_attr_settings=pengaturan)
    )
    return ci.dump()


def test_cms_dari_cetakan_sama_persis_dengan_buatan_pyhanko(
    ruang_dengan_pki: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # After the first B-B signature the container is the template with the new digest, signed
    # anew: byte for byte what pyhanko itself builds (RSA PKCS#1 v1.5 is deterministic), and
    # pyhanko's attribute builder is not called again.
    import hashlib

    from pyhanko.sign import signers

    config = muat(ruang_dengan_pki / "sidik.toml")
    signer = buat_penanda(config)._signer  # type: ignore[attr-defined]
    pertama, kedua = hashlib.sha256(b"satu").digest(), hashlib.sha256(b"dua").digest()
    _cms(signer, pertama)
    assert [c for c in signer._cetakan.values() if c is not None]
    dipanggil = []
    asli = signers.SimpleSigner.signed_attrs

    async def intip(self, *a, **k):  # type: ignore[no-untyped-def]
        dipanggil.append(1)
        return await asli(self, *a, **k)

    monkeypatch.setattr(signers.SimpleSigner, "signed_attrs", intip)
    dari_cetakan = _cms(signer, kedua)
    assert dipanggil == []
    assert dari_cetakan == _cms(signer, kedua, kelas=signers.SimpleSigner)
    assert dipanggil == [1]
    assert kedua in dari_cetakan and pertama not in dari_cetakan


def test_cms_dengan_waktu_penandatanganan_tidak_dari_cetakan(ruang_dengan_pki: Path) -> None:
    # Outside PAdES the signed attributes carry the signing time: every container is pyhanko's.
    import time

    from asn1crypto import cms

    config = muat(ruang_dengan_pki / "sidik.toml")
    signer = buat_penanda(config)._signer  # type: ignore[attr-defined]
    waktu = []
    for _ in range(2):
        ci = cms.ContentInfo.load(_cms(signer, bytes(32), pades=False))
        atribut = ci["content"]["signer_infos"][0]["signed_attrs"]
        waktu.append(
            next(a["values"][0].native for a in atribut if a["type"].native == "signing_time")
        )
        time.sleep(1.1)
    assert waktu[0] < waktu[1]
    assert list(signer._cetakan.values()) == [None]


def test_potongan_huruf_stempel_memuat_semua_aksara_teks() -> None:
    from fontTools.ttLib import TTFont

    from pipeline.fonts import cari_font
    from pipeline.signing.fon import aksara, potongan_fon

    teks = "Kepala Dinas\nDr. Siti Teladan, M.Si.\nNIP. 1980\nŞükrü Ñandú — 27 Mei 2026"
    cmap = TTFont(io.BytesIO(potongan_fon(str(cari_font("stempel")), aksara(teks)))).getBestCmap()
    assert {ord(h) for h in teks if h != "\n"} | {ord(d) for d in "0123456789"} <= set(cmap)
    assert len(cmap) < 80  # a cut, not the whole font


def test_tanpa_nama_penanda_tangan_ditolak_dengan_nama_berkas(
    ruang_dengan_pki: Path, tmp_path: Path
) -> None:
    # A document whose template does not print the Atasan PPID's name has no place for the
    # stamp: refused with exit code 6, naming the file and the name looked for, nothing written.
    from pipeline.errors import ExitCode, SigningFailed
    from pipeline.signing.tampilan import cari_kotak_ttd, cari_nama

    config = muat(ruang_dengan_pki / "sidik.toml")
    lain = pdf_surat(tmp_path / "lain.pdf", nama="Orang Lain, S.H.")
    assert cari_nama(lain, config.atasan_ppid.nama) is None
    assert cari_nama(lain, "Orang   Lain, S.H.")[:1] == (1,)  # whitespace is normalised
    siklus = Siklus("dik-uji", date(2026, 11, 27), "h", "x.xlsx", tmp_path / "kerja")
    dok = Dokumen(JenisDokumen.DAFTAR, "lain", lain, None, "SEKRE")
    [diparaf] = paraf([dok], siklus, config)
    with pytest.raises(SigningFailed) as e:
        sign([diparaf], siklus, config, buat_penanda(config))
    assert e.value.code is ExitCode.SIGNING_FAILED
    assert e.value.message_id == "ttd.blok_tidak_ada"
    assert str(diparaf.path) in e.value.pesan("id") and config.atasan_ppid.nama in e.value.pesan(
        "id"
    )
    assert not (tmp_path / "kerja" / "ttd" / "lain.pdf").exists()
    with pytest.raises(SigningFailed):
        cari_kotak_ttd(lain, config.atasan_ppid.nama)


def _pdf_keputusan(tujuan: Path, nama: str) -> Path:
    """A decree of three pages: text, its own signature block under 'Ditetapkan di' on page 2,
    and a Lampiran that ends with the signer's name again (as the SK template prints it)."""
    from reportlab.pdfgen import canvas

    from tests.bantu.pki import pdf_surat

    pdf_surat(tujuan)  # registers the test font
    c = canvas.Canvas(str(tujuan), pagesize=(595, 842), initialFontName="SidikUji")
    c.drawString(72, 760, "KEPUTUSAN KEPALA DINAS")
    c.showPage()
    c.setFont("SidikUji", 11)
    c.drawString(72, 760, "KELIMA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    c.drawString(300, 600, "Ditetapkan di Sungai Raya")
    c.drawString(300, 586, "pada tanggal 27 November 2026")
    c.drawString(300, 572, "Kepala Dinas selaku Atasan PPID")
    c.drawString(300, 460, nama)
    c.showPage()
    c.setFont("SidikUji", 11)
    c.drawString(72, 760, "LAMPIRAN KEPUTUSAN")
    c.drawString(300, 400, "Kepala Dinas selaku Atasan PPID")
    c.drawString(300, 300, nama)
    c.showPage()
    c.save()
    return tujuan


def test_keputusan_ditandatangani_di_blok_ditetapkan_bukan_di_akhir_lampiran(
    ruang_dengan_pki: Path, tmp_path: Path
) -> None:
    # A decree is signed where it says "Ditetapkan di ... pada tanggal ...": the Atasan PPID's
    # stamp stands above their name on page 2, not above the name ending the Lampiran. The
    # other documents keep their stamp at their last (only) signature block.
    config = muat(ruang_dengan_pki / "sidik.toml")
    siklus = Siklus("dik-uji", date(2026, 11, 27), "h", "x.xlsx", tmp_path / "kerja")
    sumber = _pdf_keputusan(tmp_path / "keputusan.pdf", config.atasan_ppid.nama)
    sk = Dokumen(JenisDokumen.SURAT_KEPUTUSAN, "keputusan", sumber, None, None)
    daftar = Dokumen(JenisDokumen.DAFTAR, "daftar", sumber.rename(tmp_path / "d.pdf"), None, None)
    sumber = _pdf_keputusan(tmp_path / "keputusan.pdf", config.atasan_ppid.nama)
    diparaf = paraf([sk, daftar], siklus, config)  # the PPID Pelaksana's signed paraf first
    hasil = sign(diparaf, siklus, config, buat_penanda(config))
    [(hal_sk, kotak_sk), (hal_daftar, kotak_daftar)] = [_widget(h.dokumen.path) for h in hasil]
    assert hal_sk == 1 and 460 < kotak_sk[1] < 600  # above the name, below "Ditetapkan di"
    assert hal_daftar == 2 and kotak_daftar[1] > 300
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    assert verifikasi_berkas(hasil[0].dokumen.path, akar).putusan is Putusan.VALID


def _widget(pdf: Path, medan: str = NAMA_MEDAN) -> tuple[int, list[float]]:
    """The page (0-based) and rectangle of the signature widget ``medan`` of ``pdf`` (the
    Atasan PPID's; the PPID Pelaksana's paraf signature is invisible)."""
    for i, halaman in enumerate(PdfReader(pdf).pages):
        for annot in halaman.get("/Annots", []):
            a = annot.get_object()
            nama = a.get("/T") or a.get("/Parent", {}).get("/T")
            if nama == medan:
                return i, [float(v) for v in a["/Rect"]]
    raise AssertionError(f"no signature widget {medan} in {pdf}")


def test_keputusan_contoh_bertanda_tangan_di_halaman_ditetapkan(
    siklus_contoh: SiklusContoh,
) -> None:
    # The sample cycle's real SK (LibreOffice): the stamp and the paraf hierarchy stand on the
    # page of "Ditetapkan di", beside the Atasan PPID's name; the Lampiran's last page keeps
    # its paraf box and footer, without the stamp.
    pdf = siklus_contoh.arsip / "keputusan.pdf"
    halaman, kotak = _widget(pdf)
    halaman_semua = PdfReader(pdf).pages
    teks = " ".join(halaman_semua[halaman].extract_text().split())
    assert "Ditetapkan di" in teks and "1. Sekretaris selaku PPID" in teks  # the hierarchy
    assert halaman < len(halaman_semua) - 1
    terakhir = " ".join(halaman_semua[-1].extract_text().split())
    assert "1. Sekretaris selaku PPID" not in terakhir
    assert "Dokumen ini telah ditandatangani secara elektronik" in terakhir
