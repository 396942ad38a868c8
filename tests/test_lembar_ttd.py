"""The Lembar Pengujian Konsekuensi signed by every participant of the test, each with their own
key, in order: PPID Pelaksana, each Tim Pertimbangan member, then the Atasan PPID (Mengetahui).

One real Lembar (rendered from the template, converted by LibreOffice, initialled) is signed by
four keys of a test PKI made here; every signature must stay VALID for sidik verify, pyHanko's
own validation (difference analysis) and poppler's pdfsig.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from pipeline.alur.aturan_tim import wajib_hadir
from pipeline.config import Config, muat
from pipeline.errors import ExitCode, SigningFailed
from pipeline.external import libreoffice, pdfsig
from pipeline.model import Dokumen, JenisDokumen, Pejabat, Siklus
from pipeline.signing.dasar import PenandaLokal
from pipeline.stages.lembar import (
    LEBAR_KOLOM,
    PERAN_ATASAN,
    Peserta,
    giliran,
    peserta_lembar,
    siapkan_lembar,
    tandatangani_lembar,
    tandatangani_peserta,
)
from pipeline.stages.paraf import paraf
from pipeline.stages.paraf_ttd import MEDAN_PARAF
from pipeline.stages.render import render
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from pipeline.workbook import baca_items
from tests.bantu.lembar import sertifikat_pejabat
from tests.bantu.pki import PkiUji
from tests.bantu.pki_sederhana import Kunci, buat_akar, penanda_pyhanko
from tests.bantu.ruang import SiklusContoh, buat_pki, salin_ruang_kerja

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


@dataclass(frozen=True)
class Bahan:
    """A workspace, an initialled Lembar of its first item, and a key for every official."""

    config: Config
    lembar: Path
    akar: Kunci
    akar_pem: Path
    kunci: dict[str, Kunci]  # by NIP
    draf: Path | None = None  # the converted Lembar before its paraf (no field, no signature)

    @property
    def akar_semua(self) -> list[Any]:
        """The trust roots: the test root of the participants' keys, and the dev root of the
        PPID Pelaksana's key that signed the paraf."""
        return [self.akar.asn1, *muat_akar((self.akar_pem,))[1:]]


@pytest.fixture(scope="module")
def bahan(tmp_path_factory: pytest.TempPathFactory) -> Bahan:
    ruang = salin_ruang_kerja(tmp_path_factory.mktemp("lembar") / "ruang")
    buat_pki(ruang)  # the PPID Pelaksana's dev key signs the paraf
    config = muat(ruang / "sidik.toml")
    items = baca_items(ruang / "input/informasi.xlsx", config)[:1]
    siklus = Siklus("dik-uji", date(2026, 11, 27), "0" * 64, "x.xlsx", ruang / "kerja")
    [docx] = [d for d in render(items, siklus, config) if d.jenis is JenisDokumen.LEMBAR_UJI]
    [pdf] = libreoffice.konversi_pdfa([docx.path], ruang / "pdf")
    [siap] = paraf([replace(docx, path=pdf)], siklus, config)
    akar = buat_akar("Akar Uji Lembar")
    pejabat = [config.pemeriksa(items[0].unit_kerja), *config.tim_pertimbangan, config.atasan_ppid]
    kunci = {p.nip: sertifikat_pejabat(akar, p) for p in pejabat}
    pem = akar.pem(ruang / "akar.pem")  # the test root, and the dev root of the paraf's key
    pem.write_bytes(pem.read_bytes() + (ruang / "certs/dev/root-ca.pem").read_bytes())
    return Bahan(config, siap.path, akar, pem, kunci, pdf)


def _akar_nss(bahan: Bahan, folder: Path) -> list[Path]:
    """The roots for pdfsig's NSS database, one file each: the test root, the dev root."""
    return [bahan.akar.pem(folder / "akar-uji.pem"), bahan.config.root / "certs/dev/root-ca.pem"]


def _penanda(bahan: Bahan, pejabat: Pejabat) -> PenandaLokal:
    signer = penanda_pyhanko(bahan.kunci[pejabat.nip], bahan.akar)
    return PenandaLokal(signer, bahan.config.penandatanganan, pejabat, [bahan.akar.asn1])


def _semua_penanda(bahan: Bahan, peserta: list[Peserta]) -> dict[str, PenandaLokal]:
    return {p.pejabat.nip: _penanda(bahan, p.pejabat) for p in peserta}


def _peserta(bahan: Bahan, hadir: set[str] | None = None) -> list[Peserta]:
    tim = {p.nip for p in bahan.config.tim_pertimbangan}
    return peserta_lembar(bahan.config, "SEKRE", tim if hadir is None else hadir, set())


def _pyhanko(pdf: Path, bahan: Bahan) -> list[tuple[str, bool, ModificationLevel | None]]:
    """pyHanko's own verdict per signature: field, bottom line, modification level."""
    hasil = []
    with pdf.open("rb") as f:
        for ttd in PdfFileReader(f).embedded_regular_signatures:
            konteks = ValidationContext(trust_roots=bahan.akar_semua)
            status = validate_pdf_signature(ttd, konteks)
            hasil.append((ttd.field_name, status.bottom_line, status.modification_level))
    return hasil


def test_lembar_ditandatangani_setiap_peserta_berurutan_semua_valid(
    bahan: Bahan, tmp_path: Path
) -> None:
    # PPID Pelaksana, both Tim members, then the Atasan PPID sign one after another, each in
    # their own field; the later signatures leave every earlier one VALID in all three
    # validators, and each signer's name comes from their own certificate.
    peserta = _peserta(bahan)
    tujuan = tmp_path / "lembar.pdf"
    hasil = tandatangani_lembar(bahan.lembar, tujuan, peserta, _semua_penanda(bahan, peserta))
    assert [h.peserta for h in hasil] == peserta and all(h.waktu for h in hasil)
    assert tujuan.read_bytes().startswith(bahan.lembar.read_bytes())

    diperiksa = verifikasi_berkas(tujuan, bahan.akar_semua)
    assert diperiksa.putusan is Putusan.VALID
    # first the PPID Pelaksana's paraf signature (invisible), then each participant in turn
    assert [t.putusan for t in diperiksa.tanda_tangan] == [Putusan.VALID] * 5
    nama = [peserta[0].pejabat.nama, *(p.pejabat.nama for p in peserta)]
    assert [t.penanda_tangan for t in diperiksa.tanda_tangan] == nama
    assert [t.medan for t in diperiksa.tanda_tangan] == [MEDAN_PARAF, *(p.medan for p in peserta)]

    pyhanko = _pyhanko(tujuan, bahan)
    assert [medan for medan, _, _ in pyhanko] == [MEDAN_PARAF, *(p.medan for p in peserta)]
    assert all(sah for _, sah, _ in pyhanko)
    assert all(m is None or m <= ModificationLevel.FORM_FILLING for _, _, m in pyhanko)

    nss = pdfsig.buat_nssdb(tmp_path / "nss", _akar_nss(bahan, tmp_path))
    pendapat = pdfsig.periksa(tujuan, nss)
    assert len(pendapat) == 5 and all(p.sah for p in pendapat), pendapat


def test_tanda_tangan_peserta_di_sel_tanda_tangan_masing_masing(
    bahan: Bahan, tmp_path: Path
) -> None:
    # Each participant's field lies in the "Tanda Tangan" column, in their own row (top to
    # bottom in signing order), right of the row's number; the Atasan PPID's above their name.
    peserta = _peserta(bahan)
    siap = tmp_path / "siap.pdf"
    siapkan_lembar(bahan.lembar, siap, peserta)
    widget = _widget(siap)
    kotak = [widget[p.medan] for p in peserta[:-1]]
    judul = _posisi_teks(siap, "Tanda Tangan")
    for halaman, (x1, _, x2, y2) in kotak:
        assert halaman == judul[0]
        assert judul[1] - LEBAR_KOLOM / 2 < x1 < x2 < judul[2] + LEBAR_KOLOM / 2
        assert y2 < judul[3]  # below the heading
    assert [k[1][1] for k in kotak] == sorted((k[1][1] for k in kotak), reverse=True)
    assert giliran(siap, peserta) == peserta[0]


def test_anggota_tidak_hadir_tercatat_dan_selnya_berkata_tidak_hadir(
    bahan: Bahan, tmp_path: Path
) -> None:
    # The second member did not take part: recorded with no signature. On a Lembar initialled
    # as sidik does it (every participant's field made before the paraf signature) their field
    # stays empty; on one without those fields, none is made and their cell says "Tidak hadir".
    # Every signature made is VALID, the paraf's included.
    kedua = bahan.config.tim_pertimbangan[1]
    peserta = _peserta(bahan, {bahan.config.tim_pertimbangan[0].nip})
    assert [p.hadir for p in peserta] == [True, True, False, True]
    tujuan = tmp_path / "lembar.pdf"
    hasil = tandatangani_lembar(bahan.lembar, tujuan, peserta, _semua_penanda(bahan, peserta))
    assert [(h.peserta.pejabat.nip, h.waktu is None) for h in hasil][2] == (kedua.nip, True)
    assert peserta[2].medan in _widget(tujuan) and peserta[2].medan not in _ttd(tujuan)
    diperiksa = verifikasi_berkas(tujuan, bahan.akar_semua)
    assert [t.putusan for t in diperiksa.tanda_tangan] == [Putusan.VALID] * 4  # with the paraf

    tanpa_medan = tmp_path / "tanpa-medan.pdf"  # initialled before the fields existed
    hasil = tandatangani_lembar(
        _tanpa_ttd(bahan), tanpa_medan, peserta, _semua_penanda(bahan, peserta)
    )
    assert peserta[2].medan not in _widget(tanpa_medan)
    teks = " ".join(" ".join(h.extract_text().split()) for h in PdfReader(tanpa_medan).pages)
    assert teks.count("Tidak hadir") == 1


def test_paraf_membuat_medan_peserta_dalam_revisi_parafnya(bahan: Bahan) -> None:
    # The paraf stage writes the marks and every participant's empty field (not the Atasan
    # PPID's) in ONE revision, then its signature covers them: the converted Lembar and two
    # revisions (the fields had a revision of their own before, read and written once more).
    assert bahan.draf is not None
    with bahan.draf.open("rb") as f:
        asal = PdfFileReader(f).xrefs.total_revisions
    with bahan.lembar.open("rb") as f:
        pembaca = PdfFileReader(f)
        assert pembaca.xrefs.total_revisions == asal + 2
        [ttd] = pembaca.embedded_regular_signatures
        assert ttd.field_name == MEDAN_PARAF and ttd.signed_revision == asal + 1
    sendiri = [p.medan for p in _peserta(bahan) if p.peran != PERAN_ATASAN]
    assert sorted(_widget(bahan.lembar)) == sorted([*sendiri, MEDAN_PARAF])


def test_tanda_tangan_di_luar_urutan_ditolak(bahan: Bahan, tmp_path: Path) -> None:
    # The Atasan PPID cannot sign "Mengetahui" before the participants, nor a member before
    # the PPID Pelaksana; nobody signs twice. Exit 6, the message names who is waited for,
    # nothing is written.
    peserta = _peserta(bahan)
    penanda = _semua_penanda(bahan, peserta)
    siap = tmp_path / "siap.pdf"
    siapkan_lembar(bahan.lembar, siap, peserta)
    atasan, ppid = peserta[-1], peserta[0]
    with pytest.raises(SigningFailed) as e:
        tandatangani_peserta(siap, tmp_path / "x.pdf", peserta, atasan, penanda[atasan.pejabat.nip])
    assert e.value.code is ExitCode.SIGNING_FAILED
    assert e.value.message_id == "lembar.bukan_giliran"
    assert e.value.pesan("id") == (
        f"Belum giliran {atasan.pejabat.nama} menandatangani {siap}: menunggu tanda tangan "
        f"{ppid.pejabat.nama}. Urutannya: PPID Pelaksana, anggota Tim Pertimbangan, lalu "
        "Atasan PPID (Mengetahui)."
    )
    assert not (tmp_path / "x.pdf").exists()
    satu = tmp_path / "satu.pdf"
    tandatangani_peserta(siap, satu, peserta, ppid, penanda[ppid.pejabat.nip])
    with pytest.raises(SigningFailed) as e:
        tandatangani_peserta(satu, tmp_path / "x.pdf", peserta, ppid, penanda[ppid.pejabat.nip])
    assert e.value.message_id == "lembar.sudah_ditandatangani"
    assert giliran(satu, peserta) == peserta[1]


def test_anggota_wajib_yang_tidak_hadir_ditolak(config: Config) -> None:
    # Under [alur] aturan_tim = "ketua" the chair must take part; nobody signs in their place.
    ketua = config.tim_pertimbangan[0]
    wajib = {p.nip for p in wajib_hadir("ketua", config.tim_pertimbangan)}
    with pytest.raises(SigningFailed) as e:
        peserta_lembar(config, "SEKRE", {config.tim_pertimbangan[1].nip}, wajib)
    assert e.value.message_id == "lembar.wajib_tidak_hadir"
    assert ketua.nama in e.value.pesan("id")


def test_wajib_hadir_menurut_aturan_tim(config: Config) -> None:
    tim = config.tim_pertimbangan
    assert wajib_hadir("ketua", tim) == (tim[0],)
    assert wajib_hadir("bulat", tim) == tuple(tim)
    assert wajib_hadir("mayoritas", tim) == ()


def _ttd(pdf: Path) -> set[str]:
    """The names of the signature fields of ``pdf`` that hold a signature."""
    return {
        str(a.get_object()["/T"])
        for halaman in PdfReader(pdf).pages
        for a in halaman.get("/Annots", [])
        if a.get_object().get("/FT") == "/Sig" and a.get_object().get("/V") is not None
    }


def _tanpa_ttd(bahan: Bahan) -> Path:
    """A Lembar without the fields the paraf stage makes (nor any signature)."""
    assert bahan.draf is not None
    return bahan.draf


def _widget(pdf: Path) -> dict[str, tuple[int, tuple[float, ...]]]:
    """Every signature field of ``pdf``: its page (0-based) and rectangle, by name."""
    hasil = {}
    for i, halaman in enumerate(PdfReader(pdf).pages):
        for annot in halaman.get("/Annots", []):
            a = annot.get_object()
            if a.get("/FT") == "/Sig":
                hasil[str(a["/T"])] = (i, tuple(float(v) for v in a["/Rect"]))
    return hasil


def _posisi_teks(pdf: Path, teks: str) -> tuple[int, float, float, float]:
    """(page, left, right, baseline) of the first occurrence of ``teks``."""
    import pypdfium2 as pdfium

    with pdfium.PdfDocument(pdf) as dokumen:
        for i in range(len(dokumen)):
            halaman = dokumen[i].get_textpage()
            cocok = halaman.search(teks, match_case=True).get_next()
            if cocok is not None:
                kiri, bawah, _, _ = halaman.get_charbox(cocok[0])
                kanan = halaman.get_charbox(cocok[0] + cocok[1] - 1)[2]
                return i, kiri, kanan, bawah
    raise AssertionError(teks)


def test_tahap_sign_dengan_kunci_setiap_peserta(bahan: Bahan, tmp_path: Path) -> None:
    # The sign stage given the participants' own signers: the Lembar is signed by everyone who
    # tested its item, the Atasan PPID last with the QR code of the verification URL; the DIK
    # by the Atasan PPID alone. Both VALID.
    from pipeline.stages.lembar import PenandaPeserta
    from pipeline.stages.sign import sign
    from tests.bantu.pki import pdf_surat

    c = bahan.config
    peserta = _peserta(bahan)
    penanda = _semua_penanda(bahan, peserta)
    atasan = penanda.pop(c.atasan_ppid.nip)
    siklus = Siklus("dik-uji", date(2026, 11, 27), "h", "x.xlsx", tmp_path / "kerja")
    lembar = Dokumen(JenisDokumen.LEMBAR_UJI, "lembar-0001", bahan.lembar, 1, "SEKRE")
    daftar = Dokumen(JenisDokumen.DAFTAR, "daftar", pdf_surat(tmp_path / "daftar.pdf"), None, "")
    [daftar] = paraf([daftar], siklus, c)  # initialled and signed by the PPID Pelaksana
    semua_hadir = {1: [p.nip for p in c.tim_pertimbangan]}
    hasil = sign([lembar, daftar], siklus, c, atasan, peserta=PenandaPeserta(penanda, semua_hadir))
    akar = bahan.akar_semua
    ttd_lembar = verifikasi_berkas(hasil[0].dokumen.path, akar).tanda_tangan
    nama = [peserta[0].pejabat.nama, *(p.pejabat.nama for p in peserta)]  # the paraf first
    assert [t.penanda_tangan for t in ttd_lembar] == nama
    assert all(t.putusan is Putusan.VALID for t in ttd_lembar)
    [_, ttd_daftar] = verifikasi_berkas(hasil[1].dokumen.path, akar).tanda_tangan
    assert ttd_daftar.penanda_tangan == c.atasan_ppid.nama and ttd_daftar.putusan is Putusan.VALID
    widget = PdfReader(hasil[0].dokumen.path).pages[-1]["/Annots"]
    atasan_ap = next(
        a.get_object()["/AP"]["/N"].get_object()
        for a in widget
        if a.get_object()["/T"] == "TTE_Atasan_PPID"
    )
    assert "/QR" in atasan_ap["/Resources"]["/XObject"]


@pytest.mark.pdfsig
def test_sign_extend_lembar_bertanda_tangan_ganda_ke_b_lta(
    bahan: Bahan, pki_uji: PkiUji, tmp_path: Path
) -> None:
    # Two participants sign B-LT with keys of the loopback PKI (its OCSP, CRLs and TSA), both
    # Tim members absent; extending the file to B-LTA adds the validation data of EVERY
    # signature and one document timestamp: both signatures VALID with the services down,
    # and in pdfsig. (Signed B-T and extended later, the first signature is judged at its
    # own timestamp, before the OCSP responses fetched by the extension: INDETERMINATE
    # offline, for a single signature as much as for several; see the branch's report.)
    from pipeline.config import Penandatanganan
    from pipeline.signing import pades
    from pipeline.signing.penanda import PenandaPkcs12

    akar = pades.muat_akar([pki_uji.akar, bahan.akar_pem])  # with the paraf key's dev root

    def penanda(label: str, pejabat: Pejabat) -> PenandaPkcs12:
        p12 = pki_uji.p12(label, b"s", tmp_path / f"{label}.p12")
        ttd = Penandatanganan(
            "pkcs12", p12, "TIDAK_ADA", None, "uji", "", "", tsa_url=pki_uji.tsa_url
        )
        return PenandaPkcs12(ttd, pejabat, lambda _: "s", akar)

    peserta = _peserta(bahan, set())
    ppid, atasan = peserta[0], peserta[-1]
    kunci = {
        ppid.pejabat.nip: penanda("orang_lain", ppid.pejabat),
        atasan.pejabat.nip: penanda("atasan", atasan.pejabat),
    }
    bertanda = tmp_path / "lembar-blt.pdf"
    hasil = tandatangani_lembar(bahan.lembar, bertanda, peserta, kunci, "B-LT")
    assert [h.waktu is not None for h in hasil] == [True, False, False, True]
    diperpanjang = tmp_path / "lembar-blta.pdf"
    pades.perpanjang(bertanda, diperpanjang, "B-LTA", pki_uji.tsa_url, akar)
    assert diperpanjang.read_bytes().startswith(bertanda.read_bytes())
    with pki_uji.layanan.mati():
        diperiksa = verifikasi_berkas(diperpanjang, akar)
    assert diperiksa.putusan is Putusan.VALID and diperiksa.tingkat == "B-LTA", [
        (t.medan, t.putusan, t.alasan)
        for t in (*diperiksa.tanda_tangan, *diperiksa.stempel_dokumen)
    ]
    assert [t.putusan for t in diperiksa.tanda_tangan] == [Putusan.VALID] * 3  # paraf, two
    nss = pdfsig.buat_nssdb(
        tmp_path / "nss", [pki_uji.akar, bahan.config.root / "certs/dev/root-ca.pem"]
    )
    pendapat = pdfsig.periksa(diperpanjang, nss)
    # the signatures (not the absent members' empty fields, nor the document timestamp)
    ditandatangani = [p for p in pendapat if p.penanda_tangan and p.tipe != "unknown"]
    assert len(ditandatangani) == 3 and all(p.sah for p in ditandatangani), pendapat


def test_langkah_tandatangani_dengan_kunci_peserta_setelah_tinjauan_contoh(
    siklus_contoh: SiklusContoh, bahan: Bahan, tmp_path: Path
) -> None:
    # After the README's sample review (the team's decisions recorded as one, so every member
    # took part), each participant signs as their own act, in order, with their own signer;
    # then the Atasan PPID (the dev key): each Lembar carries its unit's PPID Pelaksana, both
    # Tim members and the Atasan PPID, all VALID; the DIK and the SK the Atasan PPID alone.
    from pipeline.alur.tandatangani import tandatangani
    from pipeline.alur.ttd_peserta import tandatangani_lembar, urutan_peserta
    from pipeline.signing.penanda import buat_penanda

    ruang = shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang")
    config = muat(ruang / "sidik.toml")
    lain = [p for p in config.semua_pejabat() if p.nip != config.atasan_ppid.nip]
    bahan = replace(bahan, kunci={p.nip: sertifikat_pejabat(bahan.akar, p) for p in lain})
    peserta = {p.nip: _penanda(bahan, p) for p in lain}
    ditandatangani = {
        p.pejabat.nama: tandatangani_lembar(
            config, p.peran.value, p.pejabat.nip, penanda=peserta[p.pejabat.nip]
        ).hasil.jumlah
        for p in urutan_peserta(config)
    }
    tim = config.tim_pertimbangan
    # every Lembar and the meeting's Berita Acara, each member
    assert [ditandatangani[p.nama] for p in tim] == [13, 13]
    # and each Lembar's own PPID Pelaksana; the Berita Acara both PPID Pelaksana
    assert sum(ditandatangani.values()) == 12 * 3 + 4
    hasil = tandatangani(config, penanda=buat_penanda(config))
    assert hasil.jumlah == 15  # 12 Lembar, the DIK, the SK and the meeting's Berita Acara
    akar = [*muat_akar(config.verifikasi.akar_tepercaya), bahan.akar.asn1]
    ttd = next((ruang / "output" / "kerja").glob("*/ttd"))
    for pdf in sorted(ttd.glob("lembar-*.pdf")):
        diperiksa = verifikasi_berkas(pdf, akar)
        penanda_tangan = [t.penanda_tangan for t in diperiksa.tanda_tangan]
        assert penanda_tangan[2:] == [  # after the paraf's and the PPID Pelaksana's own
            *(p.nama for p in config.tim_pertimbangan),
            config.atasan_ppid.nama,
        ], pdf
        assert diperiksa.putusan is Putusan.VALID, (pdf, diperiksa.alasan)
    unit = {p.nama for p in config.semua_pejabat()} - {p.nama for p in config.tim_pertimbangan}
    assert {
        verifikasi_berkas(pdf, akar).tanda_tangan[0].penanda_tangan
        for pdf in ttd.glob("lembar-*.pdf")
    } <= unit
    for nama in ("daftar.pdf", "keputusan.pdf"):  # the paraf's signature and the Atasan's
        assert len(verifikasi_berkas(ttd / nama, akar).tanda_tangan) == 2
