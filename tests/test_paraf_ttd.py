"""The paraf backed by a signature (issue 22): the PPID Pelaksana who checked a document signs
the initialled file with their own key, invisibly; the Atasan PPID signs only documents whose
paraf signature is there, VALID and the checking official's; and the Atasan's signature keeps
the paraf's VALID for sidik, for pyHanko's own difference analysis and for pdfsig."""

from __future__ import annotations

import io
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from pipeline.config import Config, muat
from pipeline.errors import ExitCode, SigningFailed
from pipeline.external import pdfsig
from pipeline.model import Dokumen, JenisDokumen, Siklus
from pipeline.signing.penanda import buat_penanda, penanda_untuk
from pipeline.stages.paraf import bubuhkan_paraf, paraf
from pipeline.stages.paraf_ttd import MEDAN_PARAF, tandatangani_paraf
from pipeline.stages.sign import sign
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.cli import sidik_di
from tests.bantu.pki import pdf_surat
from tests.bantu.ruang import SiklusContoh

DEWI = "Dewi Contoh, S.Sos."  # the DAFDUK unit's own PPID Pelaksana
ATASAN = "Dr. Siti Teladan, M.Si."


@pytest.fixture
def config(ruang_dengan_pki: Path) -> Config:
    return muat(ruang_dengan_pki / "sidik.toml")


def _siklus(config: Config) -> Siklus:
    return Siklus("dik-uji", date(2026, 11, 27), "h", "x.xlsx", config.root / "kerja")


def _dokumen(config: Config, unit: str = "DAFDUK") -> Dokumen:
    pdf = pdf_surat(config.root / "pdf" / "lembar-0001.pdf")
    return Dokumen(JenisDokumen.LEMBAR_UJI, "l1", pdf, 1, unit)


def _ttd(pdf: Path) -> list:  # type: ignore[type-arg]
    return list(PdfFileReader(io.BytesIO(pdf.read_bytes())).embedded_regular_signatures)


def test_paraf_ditandatangani_tak_terlihat_oleh_ppid_pelaksana_unitnya(config: Config) -> None:
    [hasil] = paraf([_dokumen(config)], _siklus(config), config)
    [ttd] = _ttd(hasil.path)
    assert ttd.field_name == MEDAN_PARAF
    assert ttd.signer_cert.subject.native["common_name"] == DEWI
    assert ttd.signer_cert.subject.native["serial_number"] == "NIP:000000000000000002"
    widget = ttd.sig_field
    assert [float(v) for v in widget["/Rect"]] == [0, 0, 0, 0]  # invisible: no box on a page
    assert ttd.docmdp_level is None  # an approval signature: nothing locked for the next ones
    assert "/Perms" not in PdfFileReader(io.BytesIO(hasil.path.read_bytes())).root
    assert ttd.sig_object["/Reason"] == "Paraf PPID Pelaksana: dokumen telah diperiksa"
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    periksa = verifikasi_berkas(hasil.path, akar)
    assert periksa.putusan is Putusan.VALID, periksa.alasan
    assert [(t.medan, t.penanda_tangan) for t in periksa.tanda_tangan] == [(MEDAN_PARAF, DEWI)]


@pytest.mark.pdfsig
def test_ttd_atasan_menjaga_ttd_paraf_valid_bagi_pyhanko_dan_pdfsig(
    config: Config, tmp_path: Path
) -> None:
    siklus = _siklus(config)
    [hasil] = sign(paraf([_dokumen(config)], siklus, config), siklus, config, buat_penanda(config))
    pdf = hasil.dokumen.path
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    # pyHanko's own validation, with its own (default) difference policy
    konteks = ValidationContext(trust_roots=akar, allow_fetching=False)
    status = [validate_pdf_signature(s, konteks) for s in _ttd(pdf)]
    assert [s.signing_cert.subject.native["common_name"] for s in status] == [DEWI, ATASAN]
    assert all(s.bottom_line for s in status), [s.pretty_print_details() for s in status]
    assert status[0].modification_level is ModificationLevel.FORM_FILLING  # a signature added
    # sidik's verdict, per signature
    periksa = verifikasi_berkas(pdf, akar)
    assert periksa.putusan is Putusan.VALID, periksa.alasan
    assert [(t.medan, t.putusan) for t in periksa.tanda_tangan] == [
        (MEDAN_PARAF, Putusan.VALID),
        ("TTE_Atasan_PPID", Putusan.VALID),
    ]
    # and poppler's
    nssdb = pdfsig.buat_nssdb(tmp_path / "nss", config.verifikasi.akar_tepercaya)
    pendapat = pdfsig.periksa(pdf, nssdb)
    assert [(p.penanda_tangan, p.sah, p.seluruh_dokumen) for p in pendapat] == [
        (DEWI, True, False),
        (ATASAN, True, True),
    ]


def _tidak_ditandatangani(config: Config) -> None:
    assert not (config.root / "kerja" / "ttd").exists()


def test_tanpa_ttd_paraf_atasan_menolak(config: Config) -> None:
    # initials drawn, but no PPID Pelaksana signed them: not ready for the Atasan PPID
    dok = _dokumen(config)
    tujuan = config.root / "kerja" / "paraf" / dok.path.name
    bubuhkan_paraf(dok.path, tujuan, config.pemeriksa("DAFDUK"))
    with pytest.raises(SigningFailed) as e:
        sign(
            [Dokumen(dok.jenis, dok.nama, tujuan, 1, "DAFDUK")],
            _siklus(config),
            config,
            buat_penanda(config),
        )
    assert e.value.code is ExitCode.SIGNING_FAILED
    assert e.value.pesan("id") == (
        f"{tujuan} tidak bertanda tangan paraf {DEWI} (NIP 000000000000000002): belum siap "
        "untuk tanda tangan berikutnya; penandatanganan dihentikan. Jalankan 'sidik paraf' lagi."
    )
    _tidak_ditandatangani(config)


def test_paraf_yang_diubah_setelah_ditandatangani_ditolak(config: Config) -> None:
    [hasil] = paraf([_dokumen(config)], _siklus(config), config)
    data = bytearray(hasil.path.read_bytes())
    awal = data.index(b"stream", data.index(b"/Length")) + 20
    data[awal] ^= 0x01  # one byte of the page content the PPID Pelaksana signed
    hasil.path.write_bytes(bytes(data))
    with pytest.raises(SigningFailed) as e:
        sign([hasil], _siklus(config), config, buat_penanda(config))
    assert e.value.message_id == "ttd.paraf_tidak_sah"
    assert e.value.pesan("id").startswith(
        f"Tanda tangan paraf {DEWI} (NIP 000000000000000002) pada {hasil.path} tidak sah: "
    )
    assert e.value.pesan("id").endswith(
        "; belum siap untuk tanda tangan berikutnya, penandatanganan dihentikan."
    )
    _tidak_ditandatangani(config)


def test_paraf_ditandatangani_orang_lain_ditolak(config: Config) -> None:
    # a Tim member's key in the paraf's field: the document is not checked by its PPID
    dok = _dokumen(config)
    tujuan = config.root / "kerja" / "paraf" / dok.path.name
    bubuhkan_paraf(dok.path, tujuan, config.pemeriksa("DAFDUK"))
    tandatangani_paraf(tujuan, penanda_untuk(config, config.tim_pertimbangan[0]))
    with pytest.raises(SigningFailed) as e:
        sign(
            [Dokumen(dok.jenis, dok.nama, tujuan, 1, "DAFDUK")],
            _siklus(config),
            config,
            buat_penanda(config),
        )
    assert e.value.pesan("id") == (
        f"Paraf pada {tujuan} ditandatangani Maya Contoh, S.H. (NIP 000000000000000005), bukan "
        f"PPID Pelaksana pemeriksanya, {DEWI} (NIP 000000000000000002); belum siap untuk tanda "
        "tangan berikutnya, penandatanganan dihentikan."
    )
    _tidak_ditandatangani(config)


@pytest.mark.libreoffice
def test_sign_menolak_siklus_yang_satu_parafnya_dirusak(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # the sample cycle before step 4 (the participants signed), one Lembar altered under its
    # paraf: sign refuses with exit 6, one line, and signs none of the documents
    ruang = Path(shutil.copytree(siklus_contoh.siap_atasan, tmp_path / "ruang"))
    [lembar] = ruang.glob("output/kerja/*/peserta/lembar-0003.pdf")
    data = bytearray(lembar.read_bytes())
    data[data.index(b"stream", data.index(b"/Length")) + 20] ^= 0x01  # page content changed
    lembar.write_bytes(bytes(data))
    hasil = sidik_di(ruang, "-q", "sign")
    assert hasil.exit_code == ExitCode.SIGNING_FAILED == 6, hasil.stderr
    [baris] = hasil.stderr.splitlines()
    assert baris.startswith("Galat: Tanda tangan paraf Andi Teladan, S.E. (NIP ")
    assert str(lembar.relative_to(ruang)) in baris or str(lembar) in baris
    assert not list(ruang.glob("output/kerja/*/ttd/*.pdf"))
    db = sqlite3.connect(ruang / "output" / "sidik.db")
    try:
        assert db.execute("SELECT count(*) FROM peristiwa WHERE aksi = 'sign'").fetchone()[0] == 0
    finally:
        db.close()


def test_ttd_paraf_diperiksa_tanpa_layanan_ocsp(pki_uji, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a PPID Pelaksana whose certificate names an OCSP responder: the gate before the next
    # signer judges offline (one request per document of a batch would be too many), so it
    # passes with the responder down; revocation is for 'sidik verify' to report
    from pipeline.config import Penandatanganan
    from pipeline.model import Pejabat
    from pipeline.signing.penanda import PenandaPkcs12
    from pipeline.stages.paraf_ttd import periksa_paraf
    from tests.bantu.pki.ca import NAMA_ATASAN, NIP_ATASAN

    p12 = pki_uji.p12("atasan", b"s", tmp_path / "ppid.p12")
    ttd = Penandatanganan("pkcs12", p12, "TIDAK_ADA", None, "uji", "", "")
    pejabat = Pejabat(NAMA_ATASAN, "PPID Pelaksana", NIP_ATASAN)
    akar = muat_akar([pki_uji.akar])
    assert pki_uji.sertifikat("atasan").ocsp_urls
    pdf = pdf_surat(tmp_path / "surat.pdf")
    tandatangani_paraf(pdf, PenandaPkcs12(ttd, pejabat, lambda _: "s", akar))
    with pki_uji.layanan.mati():
        periksa_paraf(pdf, pejabat, akar)  # no refusal


@pytest.mark.slow
def test_dokumen_b_lta_tetap_b_lta_dengan_ttd_paraf(pki_uji, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # a file is as long-term as its weakest signature: the paraf is signed at B-LT (its own
    # timestamp and validation data), the Atasan's at B-LTA with the archive timestamp last
    from tests.bantu.pki import ruang_uji

    ruang = ruang_uji(
        tmp_path / "ruang", pki_uji, 'tingkat_jenis = { lembar_uji_konsekuensi = "B-LTA" }'
    )
    config = muat(ruang / "sidik.toml")
    siklus = _siklus(config)
    [diparaf] = paraf([_dokumen(config)], siklus, config)
    assert b"/DSS" in diparaf.path.read_bytes()
    [hasil] = sign([diparaf], siklus, config, buat_penanda(config))
    with pki_uji.layanan.mati():  # judged from what the file carries
        periksa = verifikasi_berkas(hasil.dokumen.path, muat_akar(config.verifikasi.akar_tepercaya))
    assert periksa.putusan is Putusan.VALID, periksa.alasan
    assert periksa.tingkat == "B-LTA"
    assert [(t.medan, t.putusan) for t in periksa.tanda_tangan] == [
        (MEDAN_PARAF, Putusan.VALID),
        ("TTE_Atasan_PPID", Putusan.VALID),
    ]
