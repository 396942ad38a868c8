"""A run killed between a participant's signatures and their record keeps the signatures in the
files and loses the events: the next act records them as recovered, dated by the signatures,
and signs nothing twice. A file changed by anything else since its last record is refused.

The crash is the run's own (``SIDIK_MATI_DI="peserta.catat"``: the window's files signed, not
yet recorded), so it lands at the same place on any machine."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers

from pipeline import gangguan
from pipeline.alur.menunggu_ttd import lembar_menunggu
from pipeline.config import muat
from pipeline.errors import ExitCode
from pipeline.hashing import sha256_berkas
from pipeline.medan_ttd import PERAN_PPID, PERAN_TIM, medan_peserta
from pipeline.signing import pades
from pipeline.stages.lembar import Peserta
from pipeline.stages.peserta_pulih import RevisiAsing, ttd_terlewat
from pipeline.zona import di_kantor
from tests.bantu.cli import SIDIK, jalankan_sidik
from tests.bantu.pki import PkiUji
from tests.bantu.pki_sederhana import tambah_anotasi
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice]
AKSI_PULIH = "ttd_peserta_dipulihkan"


@pytest.fixture
def siap(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample cycle after the Tim's review, initialled, nobody has signed a Lembar yet."""
    return Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))


def mati_di(ruang: Path, titik: str, *args: str) -> None:
    """``sidik ARGS`` killing itself at ``titik`` (in a process group of its own)."""
    p = subprocess.run(
        [SIDIK, "-q", *args],
        cwd=ruang,
        env={**os.environ, gangguan.VARIABEL: titik},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        start_new_session=True,
        timeout=600,
        check=False,
    )
    assert p.returncode == -signal.SIGKILL, (titik, p.returncode, p.stderr)


def peristiwa_ttd(ruang: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(ruang / "output" / "sidik.db") as db:
        db.row_factory = sqlite3.Row
        sql = "SELECT * FROM peristiwa WHERE aksi LIKE 'ttd_peserta%' ORDER BY id"
        return list(db.execute(sql))


def berkas_peserta(ruang: Path) -> list[Path]:
    return sorted((ruang / "output" / "kerja").glob("*/peserta/*.pdf"))


def tanda_tangan(pdf: Path) -> list[tuple[str, object]]:
    with pdf.open("rb") as f:
        ttd = PdfFileReader(f, strict=False).embedded_regular_signatures
        return [(s.field_name, s.self_reported_timestamp) for s in ttd]


def test_ttd_yang_catatannya_hilang_dipulihkan_tanpa_ditandatangani_ulang(siap: Path) -> None:
    config = muat(siap / "sidik.toml")
    andi = config.ppid_pelaksana
    medan_andi = medan_peserta(PERAN_PPID, andi.nip)
    # his 9 Lembar and the meeting's Berita Acara signed, the run killed before their record
    mati_di(siap, "peserta.catat", "sign", "--peran", "ppid_pelaksana", "--nip", andi.nip)
    ditandatangani = berkas_peserta(siap)
    assert len(ditandatangani) == 10 and peristiwa_ttd(siap) == []
    isi = {p: p.read_bytes() for p in ditandatangani}

    lagi = jalankan_sidik(siap, "sign", "--peran", "ppid_pelaksana", "--nip", andi.nip)
    assert lagi.returncode == 0, lagi.stderr
    assert f"{andi.nama} menandatangani 0 dokumen uji" in lagi.stdout
    assert (
        "10 tanda tangan peserta yang ada di berkas tetapi belum tercatat (proses terhenti "
        "sebelum mencatatnya) dicatat sebagai dipulihkan; tidak ada yang ditandatangani ulang."
    ) in lagi.stderr
    assert {p: p.read_bytes() for p in berkas_peserta(siap)} == isi  # nothing signed twice
    catatan = peristiwa_ttd(siap)
    assert len(catatan) == 10 and {c["aksi"] for c in catatan} == {AKSI_PULIH}
    for c in catatan:
        pdf = next(p for p in ditandatangani if p.stem == c["keterangan"])
        [(medan, waktu)] = [t for t in tanda_tangan(pdf) if t[0] == medan_andi]
        assert c["pejabat"] == f"{andi.nama} (NIP {andi.nip})" and c["peran"] == PERAN_PPID
        assert c["waktu"] == di_kantor(waktu).isoformat()  # when he signed, as it says
        assert c["sha256_keluar"] == sha256_berkas(pdf)
    # the home page's count, read from the ledger, counts the recovered signatures too
    menunggu = lembar_menunggu(config, peristiwa_ttd(siap)[0]["siklus"])
    assert andi.nip not in menunggu.sekarang and sum(menunggu.sekarang.values()) > 0

    # the next participant signs from the recorded files; the unit's PPID Pelaksana first
    unit = next(u.ppid_pelaksana for u in config.unit_kerja if u.ppid_pelaksana)
    assert unit is not None
    dewi = jalankan_sidik(siap, "sign", "--peran", "ppid_pelaksana", "--nip", unit.nip)
    assert dewi.returncode == 0, dewi.stderr
    assert "dipulihkan" not in dewi.stderr
    assert [c["aksi"] for c in peristiwa_ttd(siap)][10:] == ["ttd_peserta"] * 4
    for pdf in berkas_peserta(siap):
        medan = [m for m, _ in tanda_tangan(pdf)]
        assert len(medan) == len(set(medan)), pdf  # each field signed once


def test_perubahan_lain_setelah_crash_ditolak_peserta_berikutnya(siap: Path) -> None:
    # killed as above; then someone appends a note to one Lembar. The others' signatures are
    # recovered; that one is not a signature: the next participant to open it is refused (its
    # paraf no longer holds, as after any change), and nothing of it is recorded
    config = muat(siap / "sidik.toml")
    andi, maya = config.ppid_pelaksana, config.tim_pertimbangan[0]
    mati_di(siap, "peserta.catat", "sign", "--peran", "ppid_pelaksana", "--nip", andi.nip)
    [lembar] = [p for p in berkas_peserta(siap) if p.name == "lembar-0003.pdf"]
    lembar.write_bytes(tambah_anotasi(lembar.read_bytes()))

    for nip in [p.nip for p in _ppid(config)]:
        hasil = jalankan_sidik(siap, "sign", "--peran", "ppid_pelaksana", "--nip", nip)
        assert hasil.returncode == 0, hasil.stderr
    dipulihkan = [c["keterangan"] for c in peristiwa_ttd(siap) if c["aksi"] == AKSI_PULIH]
    assert len(dipulihkan) == 9 and "lembar-0003" not in dipulihkan

    hasil = jalankan_sidik(siap, "sign", "--peran", "tim_pertimbangan", "--nip", maya.nip)
    assert hasil.returncode == ExitCode.SIGNING_FAILED, hasil.stderr
    baris = hasil.stderr.splitlines()[-1]
    assert baris.startswith("Galat: Tanda tangan paraf ") and "lembar-0003.pdf" in baris, baris
    assert "tidak sah: ada perubahan setelah tanda tangan" in baris
    assert not [c for c in peristiwa_ttd(siap) if c["keterangan"] == "lembar-0003"]
    assert not [c for c in peristiwa_ttd(siap) if maya.nip in c["pejabat"]]


def test_ttd_orang_lain_di_sel_peserta_ditolak_peserta_berikutnya(siap: Path) -> None:
    # after the crash, one Lembar's file holds a signature in Andi's cell by Yusuf's key: its
    # paraf still holds, but it is not Andi's. Not recovered; Maya is refused, naming it
    config = muat(siap / "sidik.toml")
    andi, (maya, yusuf) = config.ppid_pelaksana, config.tim_pertimbangan
    mati_di(siap, "peserta.catat", "sign", "--peran", "ppid_pelaksana", "--nip", andi.nip)
    [lembar] = [p for p in berkas_peserta(siap) if p.name == "lembar-0001.pdf"]
    [paraf] = list((siap / "output" / "kerja").glob("*/paraf/lembar-0001.pdf"))
    medan = medan_peserta(PERAN_PPID, andi.nip)
    lembar.write_bytes(_tandatangani(paraf.read_bytes(), medan, _kunci(siap, yusuf.nip)))
    for nip in [p.nip for p in _ppid(config)]:
        hasil = jalankan_sidik(siap, "sign", "--peran", "ppid_pelaksana", "--nip", nip)
        assert hasil.returncode == 0, hasil.stderr

    hasil = jalankan_sidik(siap, "sign", "--peran", "tim_pertimbangan", "--nip", maya.nip)
    assert hasil.returncode == ExitCode.SIGNING_FAILED, hasil.stderr
    assert hasil.stderr.splitlines()[-1] == (
        f"Galat: {lembar} berubah sejak tindakan terakhir yang tercatat, dan perubahannya bukan "
        f"tanda tangan peserta yang gilirannya: tanda tangan di medan {medan} (NIP {yusuf.nip}) "
        f"bukan milik {andi.nama}, yang gilirannya; belum siap untuk tanda tangan berikutnya, "
        "penandatanganan dihentikan. Periksa siapa yang mengubah berkas itu."
    )
    assert not [c for c in peristiwa_ttd(siap) if c["keterangan"] == "lembar-0001"]
    assert not [c for c in peristiwa_ttd(siap) if maya.nip in c["pejabat"]]


def _ppid(config):  # type: ignore[no-untyped-def]
    from pipeline.alur.ttd_peserta import urutan_peserta

    return [p.pejabat for p in urutan_peserta(config) if p.peran.value == "ppid_pelaksana"]


# --- the check itself, on one initialled Lembar of the sample


def _kunci(ruang: Path, nip: str) -> signers.SimpleSigner:
    sandi = (ruang / f"certs/dev/{nip}.sandi").read_bytes().strip()
    kunci = signers.SimpleSigner.load_pkcs12(str(ruang / f"certs/dev/{nip}.p12"), passphrase=sandi)
    assert kunci is not None
    return kunci


def _tandatangani(data: bytes, medan: str, kunci: signers.SimpleSigner) -> bytes:
    keluar = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name=medan), signer=kunci).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(data)), output=keluar
    )
    return keluar.getvalue()


@pytest.fixture
def lembar(siklus_contoh: SiklusContoh, tmp_path: Path) -> tuple[Path, bytes, list[Peserta]]:
    """An initialled Lembar of the general PPID Pelaksana, its bytes, its participants."""
    ruang = siklus_contoh.siap_ttd
    config = muat(ruang / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    paraf = sorted(ruang.glob("output/kerja/*/paraf/lembar-0001.pdf"))[0]
    peserta = [
        Peserta(config.ppid_pelaksana, PERAN_PPID),
        Peserta(maya, PERAN_TIM),
        Peserta(yusuf, PERAN_TIM),
    ]
    return tmp_path / "lembar-0001.pdf", paraf.read_bytes(), peserta


def _akar(siklus_contoh: SiklusContoh) -> list:  # type: ignore[type-arg]
    return pades.muat_akar(muat(siklus_contoh.siap_ttd / "sidik.toml").verifikasi.akar_tepercaya)


def test_dua_ttd_berurutan_setelah_paraf_dipulihkan_masing_masing(
    siklus_contoh: SiklusContoh, lembar: tuple[Path, bytes, list[Peserta]]
) -> None:
    pdf, paraf, (andi, maya, _) = lembar
    ruang = siklus_contoh.siap_ttd
    satu = _tandatangani(paraf, andi.medan, _kunci(ruang, andi.pejabat.nip))
    pdf.write_bytes(_tandatangani(satu, maya.medan, _kunci(ruang, maya.pejabat.nip)))
    tercatat = {sha(paraf)}
    hasil = ttd_terlewat(pdf, tercatat, lembar[2], _akar(siklus_contoh))
    assert [(t.peserta, t.penanda_tangan.nip) for t in hasil] == [
        (andi, andi.pejabat.nip),
        (maya, maya.pejabat.nip),
    ]
    assert [(t.sha256_masuk, t.sha256) for t in hasil] == [
        (sha(paraf), sha(satu)),
        (sha(satu), sha256_berkas(pdf)),
    ]
    # from the first one's record, only the second is missing; from the file's, none
    assert [t.peserta for t in ttd_terlewat(pdf, {sha(satu)}, lembar[2], _akar(siklus_contoh))] == [
        maya
    ]
    assert ttd_terlewat(pdf, {sha256_berkas(pdf)}, lembar[2], _akar(siklus_contoh)) == []


def test_ttd_b_lt_dengan_data_validasinya_dipulihkan(
    siklus_contoh: SiklusContoh,
    lembar: tuple[Path, bytes, list[Peserta]],
    pki_uji: PkiUji,
    tmp_path: Path,
) -> None:
    # Maya signs B-LT with a key of the loopback PKI (its OCSP and TSA): her act appends her
    # signature, then a revision of validation data (the DSS). Both are hers to recover; the
    # file after her act is the whole file
    from pipeline.config import Penandatanganan
    from pipeline.signing.penanda import PenandaPkcs12
    from pipeline.stages.lembar import tandatangani_peserta

    pdf, paraf, peserta = lembar
    andi, maya = peserta[0], peserta[1]
    satu = tmp_path / "satu.pdf"
    satu.write_bytes(
        _tandatangani(paraf, andi.medan, _kunci(siklus_contoh.siap_ttd, andi.pejabat.nip))
    )
    akar = pades.muat_akar([pki_uji.akar, siklus_contoh.siap_ttd / "certs/dev/root-ca.pem"])
    p12 = pki_uji.p12("maya", b"s", tmp_path / "maya.p12")
    ttd = Penandatanganan("pkcs12", p12, "TIDAK_ADA", None, "uji", "", "", tsa_url=pki_uji.tsa_url)
    penanda = PenandaPkcs12(ttd, maya.pejabat, lambda _: "s", akar)
    tandatangani_peserta(satu, pdf, peserta, maya, penanda, "B-LT", terisi={andi.medan})
    with pdf.open("rb") as f:
        assert PdfFileReader(f, strict=False).xrefs.total_revisions > 5  # the DSS after hers
    hasil = ttd_terlewat(pdf, {sha(paraf)}, peserta, akar)
    assert [(t.peserta, t.sha256_masuk, t.sha256) for t in hasil] == [
        (andi, sha(paraf), sha256_berkas(satu)),
        (maya, sha256_berkas(satu), sha256_berkas(pdf)),
    ]


def test_ttd_di_medan_yang_dinamai_layanan_dipulihkan_milik_nip_sertifikatnya(
    siklus_contoh: SiklusContoh, lembar: tuple[Path, bytes, list[Peserta]]
) -> None:
    # BSrE names its own field: Andi's signature there is his, by his certificate's NIP
    pdf, paraf, (andi, _, _) = lembar
    pdf.write_bytes(_tandatangani(paraf, "BSrE", _kunci(siklus_contoh.siap_ttd, andi.pejabat.nip)))
    [ttd] = ttd_terlewat(pdf, {sha(paraf)}, lembar[2], _akar(siklus_contoh))
    assert ttd.peserta == andi and ttd.sha256 == sha256_berkas(pdf)


@pytest.mark.parametrize(
    ("kasus", "pesan"),
    [
        ("kunci_lain", "pulih.bukan_pemilik"),  # Yusuf's key in Andi's cell
        ("melompati", "pulih.bukan_pemilik"),  # Maya's own cell before Andi signed
        ("anotasi", "pulih.bukan_ttd"),
        ("bukan_awal", "pulih.bukan_awal"),
    ],
)
def test_selain_ttd_peserta_yang_gilirannya_bukan_pemulihan(
    siklus_contoh: SiklusContoh, lembar: tuple[Path, bytes, list[Peserta]], kasus: str, pesan: str
) -> None:
    pdf, paraf, (andi, maya, yusuf) = lembar
    ruang = siklus_contoh.siap_ttd
    data = {
        "kunci_lain": lambda: _tandatangani(paraf, andi.medan, _kunci(ruang, yusuf.pejabat.nip)),
        "melompati": lambda: _tandatangani(paraf, maya.medan, _kunci(ruang, maya.pejabat.nip)),
        "anotasi": lambda: tambah_anotasi(paraf),
        "bukan_awal": lambda: paraf.replace(b"%%EOF", b"%%EOF ", 1),
    }[kasus]()
    pdf.write_bytes(data)
    with pytest.raises(RevisiAsing) as galat:
        ttd_terlewat(pdf, {sha(paraf)}, lembar[2], _akar(siklus_contoh))
    assert galat.value.pesan_id == pesan


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
