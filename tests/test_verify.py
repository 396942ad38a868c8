"""An auditor verifies signed PDFs: one verdict per file, with a reason, agreeing with pdfsig.

Every file here is made by the test itself from a throw-away PKI; no LibreOffice needed.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from certomancer.registry import CertLabel
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import MDPPerm
from pyhanko.sign.validation.dss import DocumentSecurityStore

from pipeline.external import pdfsig
from pipeline.legal.tanggal import format_tanggal
from pipeline.messages import terjemah
from pipeline.verify.kurungan import Batas, dalam_kurungan
from pipeline.verify.model import Alasan, HasilVerifikasi, Putusan
from pipeline.verify.periksa import muat_akar, verifikasi_berkas
from pipeline.verify.perubahan import perubahan_diizinkan
from pipeline.zona import zona
from tests.bantu import pki_sederhana as pki
from tests.bantu.cli import sidik_di
from tests.bantu.pki import PkiUji


@pytest.fixture(scope="module")
def akar() -> pki.Kunci:
    return pki.buat_akar("Akar Uji sidik")


@pytest.fixture(scope="module")
def penanda(akar: pki.Kunci) -> pki.Kunci:
    return pki.buat_penanda(akar, "Dr. Siti Teladan, M.Si.")


@pytest.fixture(scope="module")
def bertanda(akar: pki.Kunci, penanda: pki.Kunci) -> bytes:
    return pki.tanda_tangani(pki.pdf_polos(), penanda, akar)


@pytest.fixture(scope="module")
def nssdb(tmp_path_factory: pytest.TempPathFactory, akar: pki.Kunci) -> Path:
    folder = tmp_path_factory.mktemp("nss")
    return pdfsig.buat_nssdb(folder / "db", [akar.pem(folder / "akar.pem")])


def pesan_id(a: Alasan) -> str:
    """A reason in Indonesian, whatever language an earlier test left active."""
    return terjemah(a.message_id, "id", **dict(a.params))


def tulis(tmp_path: Path, nama: str, data: bytes) -> Path:
    path = tmp_path / nama
    path.write_bytes(data)
    return path


def kode(pdf: Path, akar: pki.Kunci) -> tuple[Putusan, list[str], str]:
    hasil = verifikasi_berkas(pdf, [akar.asn1])
    return hasil.putusan, [a.kode for a in hasil.alasan], hasil.tingkat


@pytest.mark.pdfsig
def test_berkas_utuh_valid(tmp_path: Path, bertanda: bytes, akar: pki.Kunci, nssdb: Path) -> None:
    pdf = tulis(tmp_path, "utuh.pdf", bertanda)
    assert kode(pdf, akar) == (Putusan.VALID, ["TOTAL_PASSED"], "B-B")
    [pendapat] = pdfsig.periksa(pdf, nssdb)
    assert pendapat.sah and pendapat.seluruh_dokumen is True


def _balik_satu_byte(bertanda: bytes) -> bytes:
    """The signed file with one bit of its page content flipped."""
    data = bytearray(bertanda)
    posisi = data.index(b"stream", data.index(b"/Length")) + 12
    data[posisi] ^= 0x01
    return bytes(data)


@pytest.mark.pdfsig
def test_satu_byte_dibalik_invalid_digest(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci, nssdb: Path
) -> None:
    pdf = tulis(tmp_path, "dibalik.pdf", _balik_satu_byte(bertanda))
    assert kode(pdf, akar)[:2] == (Putusan.INVALID, ["HASH_FAILURE"])
    [pendapat] = pdfsig.periksa(pdf, nssdb)
    assert pendapat.tanda_tangan == "Digest Mismatch."


@pytest.mark.pdfsig
@pytest.mark.parametrize(
    "ubah", [pki.tambah_anotasi, pki.ganti_isi_halaman], ids=["anotasi", "isi-halaman"]
)
def test_pembaruan_setelah_ttd_yang_mengubah_isi_invalid(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci, nssdb: Path, ubah
) -> None:  # type: ignore[no-untyped-def]
    pdf = tulis(tmp_path, "diubah.pdf", ubah(bertanda))
    hasil = verifikasi_berkas(pdf, [akar.asn1])
    assert hasil.putusan is Putusan.INVALID
    assert [a.kode for a in hasil.alasan] == ["SIG_CONSTRAINTS_FAILURE"]
    assert hasil.tanda_tangan[0].cakupan == "ENTIRE_REVISION"
    # pdfsig agrees on the facts beneath: the signature is intact, but bytes follow it.
    # It does not judge what they change; sidik's difference analysis does.
    [pendapat] = pdfsig.periksa(pdf, nssdb)
    assert pendapat.tanda_tangan == "Signature is Valid."
    assert pendapat.seluruh_dokumen is False


@pytest.mark.parametrize("ubah", [pki.ganti_info, pki.ganti_judul_xmp], ids=["info", "xmp"])
def test_pembaruan_metadata_setelah_ttd_b_b_invalid(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci, ubah
) -> None:  # type: ignore[no-untyped-def]
    pdf = tulis(tmp_path, "info.pdf", ubah(bertanda))
    hasil = verifikasi_berkas(pdf, [akar.asn1])
    assert (hasil.putusan, [a.kode for a in hasil.alasan], hasil.tingkat) == (
        Putusan.INVALID,
        ["SIG_CONSTRAINTS_FAILURE"],
        "B-B",
    )
    assert pesan_id(hasil.alasan[0]) == "ada perubahan setelah tanda tangan (OTHER)"
    assert hasil.tanda_tangan[0].perubahan == "OTHER"


@pytest.mark.parametrize(
    ("izin", "putusan"),
    [(MDPPerm.FILL_FORMS, Putusan.VALID), (None, Putusan.VALID)],
    ids=["sertifikasi-isi-formulir", "persetujuan"],
)
def test_ttd_kedua_dinilai_menurut_izin_docmdp_ttd_pertama(
    tmp_path: Path, akar: pki.Kunci, penanda: pki.Kunci, izin: MDPPerm | None, putusan: Putusan
) -> None:
    pertama = pki.tanda_tangani(pki.pdf_polos(), penanda, akar, docmdp=izin)
    kedua = pki.buat_penanda(akar, "Anggota Tim Pertimbangan")
    pdf = tulis(tmp_path, "dua.pdf", pki.tanda_tangani(pertama, kedua, akar, medan="TTE2"))
    hasil = verifikasi_berkas(pdf, [akar.asn1])
    ttd_pertama, ttd_kedua = hasil.tanda_tangan
    assert (ttd_pertama.perubahan, ttd_pertama.putusan) == ("FORM_FILLING", putusan)
    assert ttd_kedua.putusan is Putusan.VALID
    assert hasil.putusan is putusan, hasil.alasan


@pytest.mark.parametrize(
    ("tingkat", "izin", "boleh"),
    [
        (ModificationLevel.LTA_UPDATES, MDPPerm.NO_CHANGES, True),
        (ModificationLevel.FORM_FILLING, MDPPerm.NO_CHANGES, False),
        (ModificationLevel.FORM_FILLING, MDPPerm.FILL_FORMS, True),
        (ModificationLevel.ANNOTATIONS, MDPPerm.FILL_FORMS, False),
        (ModificationLevel.ANNOTATIONS, MDPPerm.ANNOTATE, True),
        (ModificationLevel.FORM_FILLING, None, True),
        (ModificationLevel.ANNOTATIONS, None, False),
        (ModificationLevel.OTHER, MDPPerm.ANNOTATE, False),
        (None, None, False),
    ],
)
def test_perubahan_yang_diizinkan_menurut_docmdp(
    tingkat: ModificationLevel | None, izin: MDPPerm | None, boleh: bool
) -> None:
    assert perubahan_diizinkan(tingkat, izin) is boleh


@pytest.mark.pdfsig
def test_pembaruan_hanya_data_validasi_tetap_valid(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci, penanda: pki.Kunci, nssdb: Path
) -> None:
    pdf = tulis(tmp_path, "dss.pdf", pki.tambah_dss(bertanda, penanda, akar))
    hasil = verifikasi_berkas(pdf, [akar.asn1])
    assert hasil.putusan is Putusan.VALID
    assert hasil.tanda_tangan[0].perubahan == "LTA_UPDATES"
    [pendapat] = pdfsig.periksa(pdf, nssdb)
    assert pendapat.sah and pendapat.seluruh_dokumen is False


@pytest.mark.pdfsig
def test_akar_tidak_tepercaya_indeterminate(
    tmp_path: Path, bertanda: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    lain = pki.buat_akar("Akar Lain")
    pdf = tulis(tmp_path, "asing.pdf", bertanda)
    assert kode(pdf, lain)[:2] == (Putusan.INDETERMINATE, ["NO_CERTIFICATE_CHAIN_FOUND"])
    folder = tmp_path_factory.mktemp("nss-lain")
    [pendapat] = pdfsig.periksa(pdf, pdfsig.buat_nssdb(folder / "db", [lain.pem(folder / "a.pem")]))
    assert pendapat.tanda_tangan == "Signature is Valid."
    assert pendapat.sertifikat == "Certificate issuer isn't Trusted."


@pytest.mark.pdfsig
def test_sertifikat_kedaluwarsa_indeterminate(tmp_path: Path, akar: pki.Kunci, nssdb: Path) -> None:
    lama = pki.buat_penanda(
        akar, "Pejabat Lama", mulai=timedelta(days=-400), selama=timedelta(days=365)
    )
    pdf = tulis(tmp_path, "lama.pdf", pki.tanda_tangani(pki.pdf_polos(), lama, akar))
    assert kode(pdf, akar)[:2] == (Putusan.INDETERMINATE, ["OUT_OF_BOUNDS_NO_POE"])
    [pendapat] = pdfsig.periksa(pdf, nssdb)
    assert pendapat.sertifikat == "Certificate has Expired"


def test_setiap_sebab_punya_penjelasan_sendiri(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci, penanda: pki.Kunci
) -> None:
    def tanda(oleh: pki.Kunci, **opsi: str) -> bytes:
        return pki.tanda_tangani(pki.pdf_polos(), oleh, akar, **opsi)  # type: ignore[arg-type]

    enkripsi = pki.buat_penanda(akar, "Kunci Enkripsi", penggunaan=pki.PENGGUNAAN_ENKRIPSI)
    asing = pki.buat_akar("Akar Lain")
    enkripsi_asing = pki.buat_penanda(asing, "Asing", penggunaan=pki.PENGGUNAAN_ENKRIPSI)
    lama = pki.buat_penanda(akar, "Lama", mulai=timedelta(days=-400), selama=timedelta(days=365))
    nanti = pki.buat_penanda(akar, "Nanti", mulai=timedelta(days=10))
    berkas = {
        "penggunaan-kunci": tanda(enkripsi),
        "hash-lemah": tanda(penanda, hash_="sha1"),
        "akar-asing": pki.tanda_tangani(pki.pdf_polos(), pki.buat_penanda(asing, "Asing"), asing),
        "akar-asing-dan-penggunaan-kunci": pki.tanda_tangani(
            pki.pdf_polos(), enkripsi_asing, asing
        ),
        "diubah": pki.tambah_anotasi(bertanda),
        "byte-diubah": _balik_satu_byte(bertanda),
        "kedaluwarsa": tanda(lama),
        "belum-berlaku": tanda(nanti),
    }
    alasan = {}
    for nama, data in berkas.items():
        hasil = verifikasi_berkas(tulis(tmp_path, f"{nama}.pdf", data), [akar.asn1])
        [a] = hasil.alasan
        alasan[nama] = (hasil.putusan.value, a.kode, pesan_id(a))
    assert alasan == {
        "penggunaan-kunci": (
            "INDETERMINATE",
            "CHAIN_CONSTRAINTS_FAILURE",
            "penggunaan kunci (key usage) sertifikat tidak mengizinkan tanda tangan "
            "elektronik: perlu non-repudiation",
        ),
        "hash-lemah": (
            "INDETERMINATE",
            "CRYPTO_CONSTRAINTS_FAILURE",
            "tanda tangan atau sertifikatnya memakai algoritma yang tidak lagi diterima karena "
            "lemah (hash tanda tangan: SHA1)",
        ),
        "akar-asing": (
            "INDETERMINATE",
            "NO_CERTIFICATE_CHAIN_FOUND",
            "sertifikat tidak berantai ke akar tepercaya",
        ),
        "akar-asing-dan-penggunaan-kunci": (  # the root first: nothing else can be trusted
            "INDETERMINATE",
            "NO_CERTIFICATE_CHAIN_FOUND",
            "sertifikat tidak berantai ke akar tepercaya",
        ),
        "diubah": (
            "INVALID",
            "SIG_CONSTRAINTS_FAILURE",
            "ada perubahan setelah tanda tangan (OTHER)",
        ),
        "byte-diubah": (
            "INVALID",
            "HASH_FAILURE",
            "isi berkas berubah setelah ditandatangani (digest tidak cocok)",
        ),
        "kedaluwarsa": (
            "INDETERMINATE",
            "OUT_OF_BOUNDS_NO_POE",
            "sertifikat tidak berlaku pada waktu penandatanganan",
        ),
        "belum-berlaku": (
            "INDETERMINATE",
            "NOT_YET_VALID",
            "sertifikat belum berlaku pada waktu penandatanganan",
        ),
    }
    satu_sebab = [pesan for nama, (_, _, pesan) in alasan.items() if "-dan-" not in nama]
    assert len(set(satu_sebab)) == len(satu_sebab)  # no two causes share a sentence


def test_bukan_pdf_terpotong_terenkripsi(tmp_path: Path, bertanda: bytes, akar: pki.Kunci) -> None:
    assert kode(tulis(tmp_path, "teks.pdf", b"bukan PDF sama sekali"), akar)[:2] == (
        Putusan.INVALID,
        ["FORMAT_FAILURE"],
    )
    assert kode(tulis(tmp_path, "potong.pdf", bertanda[: len(bertanda) // 2]), akar)[:2] == (
        Putusan.INVALID,
        ["FORMAT_FAILURE"],
    )
    assert kode(tulis(tmp_path, "enkripsi.pdf", pki.pdf_terenkripsi()), akar)[:2] == (
        Putusan.INDETERMINATE,
        ["ENCRYPTED"],
    )
    assert kode(tulis(tmp_path, "polos.pdf", pki.pdf_polos()), akar)[:2] == (
        Putusan.INVALID,
        ["NO_SIGNATURE"],
    )


def test_cli_tanpa_ruang_kerja_dengan_akar_json(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci
) -> None:
    tulis(tmp_path, "a.pdf", bertanda)
    tulis(tmp_path, "b.pdf", pki.tambah_anotasi(bertanda))
    hasil = sidik_di(
        tmp_path,
        "verify",
        "a.pdf",
        "b.pdf",
        "--akar",
        str(akar.pem(tmp_path / "akar.pem")),
        "--json",
    )
    assert hasil.exit_code == 7
    data = json.loads(hasil.stdout)
    assert (data["jumlah"], data["valid"]) == (2, 1)
    assert [b["putusan"] for b in data["berkas"]] == ["VALID", "INVALID"]
    assert data["berkas"][1]["alasan"][0]["kode"] == "SIG_CONSTRAINTS_FAILURE"
    assert data["berkas"][0]["tanda_tangan"][0]["penanda_tangan"] == "Dr. Siti Teladan, M.Si."
    assert hasil.stderr == "Galat: 1 dari 2 berkas tidak VALID.\n"


def test_cli_tidak_tepercaya_tanpa_jejak_galat(tmp_path: Path, bertanda: bytes) -> None:
    lain = pki.buat_akar("Akar Lain")
    tulis(tmp_path, "a.pdf", bertanda)
    hasil = sidik_di(
        tmp_path, "--lang", "en", "verify", "a.pdf", "--akar", str(lain.pem(tmp_path / "lain.pem"))
    )
    assert hasil.exit_code == 7
    assert "INDETERMINATE" in hasil.stdout
    assert "certificate does not chain to a trusted root" in hasil.stdout
    assert "Traceback" not in hasil.stderr and "Traceback" not in hasil.stdout


def test_laporan_html_mandiri(tmp_path: Path, bertanda: bytes, akar: pki.Kunci) -> None:
    tulis(tmp_path, "a.pdf", bertanda)
    hasil = sidik_di(
        tmp_path,
        "verify",
        "a.pdf",
        "--akar",
        str(akar.pem(tmp_path / "akar.pem")),
        "--report",
        "laporan.html",
    )
    assert hasil.exit_code == 0
    halaman = (tmp_path / "laporan.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in halaman
    assert "Laporan Verifikasi Tanda Tangan Elektronik" in halaman
    assert "Dr. Siti Teladan, M.Si." in halaman and 'class="VALID"' in halaman
    assert not re.search(r"(src|href)=|<script|@import|url\(", halaman)


def test_folder_dengan_pdf_jahat_setiap_berkas_mendapat_putusan(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci
) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    tulis(folder, "a-baik.pdf", bertanda)
    tulis(folder, "b-bersarang.pdf", pki.bersarang_dalam(bertanda, 1000))
    tulis(folder, "c-melingkar.pdf", pki.melingkar(bertanda))
    tulis(folder, "d-aliran-raksasa.pdf", pki.aliran_raksasa(bertanda))
    hasil = sidik_di(
        tmp_path, "verify", "arsip", "--akar", str(akar.pem(tmp_path / "akar.pem")), "--json"
    )
    assert hasil.exit_code == 7
    data = json.loads(hasil.stdout)
    assert (data["jumlah"], data["valid"]) == (4, 1)
    berkas = data["berkas"]
    putusan = {Path(b["berkas"]).name: (b["putusan"], b["alasan"][0]["kode"]) for b in berkas}
    assert putusan == {
        "a-baik.pdf": ("VALID", "TOTAL_PASSED"),
        "b-bersarang.pdf": ("INVALID", "FORMAT_FAILURE"),
        "c-melingkar.pdf": ("INVALID", "FORMAT_FAILURE"),
        "d-aliran-raksasa.pdf": ("INVALID", "FORMAT_FAILURE"),
    }
    pesan = {Path(b["berkas"]).name: b["alasan"][0]["pesan"] for b in berkas}
    assert pesan["b-bersarang.pdf"] == (
        "struktur PDF bersarang terlalu dalam atau melingkar; berkas tidak dapat dibaca"
    )
    assert pesan["d-aliran-raksasa.pdf"] == (
        "membaca berkas ini butuh lebih dari 1024 MB memori; berkas tidak dapat dibaca"
    )
    assert hasil.stderr == "Galat: 3 dari 4 berkas tidak VALID.\n"


def test_folder_bernama_pdf_dilewati_berkas_hilang_tetap_berputusan(
    tmp_path: Path, bertanda: bytes, akar: pki.Kunci
) -> None:
    folder = tmp_path / "arsip"
    (folder / "lampiran.pdf").mkdir(parents=True)
    tulis(folder, "a.pdf", bertanda)
    hasil = sidik_di(
        tmp_path, "verify", "arsip", "--akar", str(akar.pem(tmp_path / "akar.pem")), "--json"
    )
    assert hasil.exit_code == 0, hasil.output
    assert [Path(b["berkas"]).name for b in json.loads(hasil.stdout)["berkas"]] == ["a.pdf"]
    hilang = verifikasi_berkas(tmp_path / "hilang.pdf", [akar.asn1])
    assert (hilang.putusan, [pesan_id(a) for a in hilang.alasan]) == (
        Putusan.INVALID,
        ["berkas tidak dapat dibaca (FileNotFoundError)"],
    )


def test_pemeriksa_yang_macet_atau_mati_tetap_memberi_putusan(tmp_path: Path) -> None:
    pdf = tulis(tmp_path, "a.pdf", b"%PDF-1.7")
    batas = Batas(detik_berkas=0.5)

    def macet() -> HasilVerifikasi:
        threading.Event().wait()  # never set: the child hangs until it is killed
        raise AssertionError

    def mati() -> HasilVerifikasi:
        os.kill(os.getpid(), signal.SIGKILL)
        raise AssertionError

    h = dalam_kurungan(pdf, "ab", macet, batas)
    assert (h.putusan, [a.message_id for a in h.alasan]) == (
        Putusan.INVALID,
        ["alasan.rusak_waktu"],
    )
    assert pesan_id(h.alasan[0]) == (
        "pemeriksaan berkas ini melewati batas 0.5 detik dan dihentikan"
    )
    h = dalam_kurungan(pdf, "ab", mati, batas)
    assert pesan_id(h.alasan[0]) == "pemeriksa berhenti tanpa putusan pada berkas ini (SIGKILL)"
    assert h.sha256 == "ab"


def _b_b_dari_pki_uji(
    pki_uji: PkiUji, folder: Path, nama: str, label: str = "atasan", stempel: bool = False
) -> Path:
    """A B-B file (B-T with ``stempel``) signed by the loopback PKI's ``label``, whose
    certificate names its OCSP responder and CRL (no validation data embedded)."""
    p12 = pki_uji.p12(label, b"s", folder / f"{label}.p12")
    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=b"s")
    keluar = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pki.pdf_polos())),
        signers.PdfSignatureMetadata(field_name="TTE", subfilter=fields.SigSeedSubFilter.PADES),
        signer=signer,
        output=keluar,
        timestamper=timestamps.HTTPTimeStamper(pki_uji.tsa_url) if stempel else None,
    )
    return tulis(folder, nama, keluar.getvalue())


@pytest.mark.slow
def test_revokasi_tak_terjangkau_indeterminate_try_later(pki_uji: PkiUji, tmp_path: Path) -> None:
    pdf = _b_b_dari_pki_uji(pki_uji, tmp_path, "a.pdf")
    akar = muat_akar([pki_uji.akar])
    assert verifikasi_berkas(pdf, akar).putusan is Putusan.VALID  # the responders answer
    with pki_uji.layanan.mati():
        hasil = verifikasi_berkas(pdf, akar)
    assert (hasil.putusan, [a.kode for a in hasil.alasan]) == (Putusan.INDETERMINATE, ["TRY_LATER"])
    url = f"{pki_uji.layanan.url}/sidik-uji/crls/root/latest.crl"
    assert pesan_id(hasil.alasan[0]) == (
        f"status pencabutan sertifikat tidak dapat diperiksa: {url} tidak menjawab; coba lagi nanti"
    )


@pytest.mark.slow
def test_dss_tanpa_data_pencabutan_tidak_valid_tanpa_bertanya(
    pki_uji: PkiUji, tmp_path: Path
) -> None:
    bt = _b_b_dari_pki_uji(pki_uji, tmp_path, "bt.pdf", stempel=True)
    sertifikat = [pki_uji.sertifikat("atasan"), pki_uji.sertifikat("interm")]
    with bt.open("r+b") as f:  # a DSS with the chain but no OCSP response nor CRL
        DocumentSecurityStore.add_dss(f, None, certs=sertifikat)
    akar = muat_akar([pki_uji.akar])
    assert verifikasi_berkas(bt, akar).putusan is Putusan.VALID  # asked online, answered
    with pki_uji.layanan.mati():
        hasil = verifikasi_berkas(bt, akar)
    assert (hasil.putusan, [a.kode for a in hasil.alasan]) == (Putusan.INDETERMINATE, ["TRY_LATER"])


@pytest.mark.slow
def test_responder_macet_habis_waktu_per_berkas_tanpa_menghentikan_run(
    pki_uji: PkiUji, tmp_path: Path
) -> None:
    _b_b_dari_pki_uji(pki_uji, tmp_path, "a.pdf")
    _b_b_dari_pki_uji(pki_uji, tmp_path, "b.pdf")
    args = ["verify", "a.pdf", "b.pdf", "--akar", str(pki_uji.akar), "--tunggu-revokasi", "0.5"]
    with pki_uji.layanan.macet():
        hasil = sidik_di(tmp_path, *args, "--json", "--report", "laporan.html")
        tabel = sidik_di(tmp_path, "--lang", "en", *args)
    assert hasil.exit_code == 7 and tabel.exit_code == 7
    data = json.loads(hasil.stdout)
    assert [(b["putusan"], b["alasan"][0]["kode"]) for b in data["berkas"]] == [
        ("INDETERMINATE", "TRY_LATER")
    ] * 2
    assert "tidak menjawab; coba lagi nanti" in data["berkas"][0]["alasan"][0]["pesan"]
    assert hasil.stderr.endswith("Galat: 2 dari 2 berkas tidak VALID.\n")
    assert "INDETERMINATE  certificate revocation status could not be checked" in tabel.stdout
    assert "TRY_LATER" not in tabel.stdout  # the code stays in the JSON; people read words
    halaman = (tmp_path / "laporan.html").read_text(encoding="utf-8")
    assert 'class="INDETERMINATE"' in halaman and "<td>status pencabutan" in halaman


@pytest.mark.slow
def test_sertifikat_dicabut_invalid_dengan_tanggal_pencabutan(
    pki_uji: PkiUji, tmp_path: Path
) -> None:
    pdf = _b_b_dari_pki_uji(pki_uji, tmp_path, "dicabut.pdf", "dicabut")
    hasil = verifikasi_berkas(pdf, muat_akar([pki_uji.akar]))
    assert (hasil.putusan, [a.kode for a in hasil.alasan]) == (Putusan.INVALID, ["REVOKED_NO_POE"])
    spek = pki_uji.arsitektur.get_cert_spec(CertLabel("dicabut"))
    assert spek.revocation is not None
    sejak = spek.revocation.revoked_since.astimezone(zona())  # in WIB, as the stamp writes it
    tanggal = f"{format_tanggal(sejak.date())} {sejak:%H:%M:%S} WIB"
    assert pesan_id(hasil.alasan[0]) == f"sertifikat penanda tangan dicabut sejak {tanggal}"
