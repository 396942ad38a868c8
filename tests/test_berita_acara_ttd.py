"""The Berita Acara Pengujian Konsekuensi of a meeting is signed by everyone present at it, as
the Lembar is (issue 23): the PPID Pelaksana of the items it decided, each Tim member present
(who decided one of its items), each with their own key, in the Lembar's order, in one act with
their Lembar; then the Atasan PPID's "Mengetahui". A member who decided none of the meeting's
items did not attend it and is not asked; a Berita Acara missing a participant's signature is
"belum lengkap", naming them."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.alur.rapat import hadir_rapat
from pipeline.alur.ttd_peserta import penanda_peserta
from pipeline.config import Config, muat
from pipeline.errors import ExitCode, SigningFailed
from pipeline.external import pdfsig
from pipeline.medan_ttd import medan_ttd
from pipeline.messages import terjemah
from pipeline.model import Item, Keputusan, PutusanRapat, RapatTim
from pipeline.stages.lembar import (
    Peserta,
    peserta_berita_acara,
    tandatangani_lembar,
    tandatangani_peserta,
)
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.aktor import jejak
from tests.bantu.cli import jalankan_sidik
from tests.bantu.pdf import pdftotext
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice]
BERITA_ACARA = "berita-acara-20261127.pdf"  # the sample's one meeting, 27 November 2026
DOKUMEN = "dokumen uji konsekuensi (Lembar, Berita Acara)"


@pytest.fixture
def siap(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample cycle after the Tim's meeting, initialled, nobody has signed yet."""
    return Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))


def _rapat_contoh(config: Config, hadir: tuple[str, ...] | None = None) -> RapatTim:
    """A meeting deciding one item of each PPID Pelaksana's units (the sample's two)."""
    unit = next(u.kode for u in config.unit_kerja if u.ppid_pelaksana)
    umum = next(u.kode for u in config.unit_kerja if not u.ppid_pelaksana)
    putusan = tuple(
        PutusanRapat(Item(n, "Informasi", kode, "h", "k", "p", 5), Keputusan.DIKECUALIKAN, "")
        for n, kode in ((1, umum), (2, unit))
    )
    return RapatTim(date(2026, 11, 27), putusan, hadir)


def _nama(peserta: list[Peserta]) -> list[str]:
    return [p.pejabat.nama for p in peserta]


def test_yang_hadir_adalah_anggota_yang_memutuskan_informasi_rapat_itu(config: Config) -> None:
    # From the data: a member who decided none of the meeting's items did not attend it; where
    # an item's decision was recorded as the team's (no member's own), everyone did.
    putusan = _rapat_contoh(config).putusan
    suara = {1: {"M": "dikecualikan"}, 2: {"M": "dibuka", "Y": "dibuka"}}
    assert hadir_rapat(putusan, suara) == ("M", "Y")
    assert hadir_rapat(putusan, {1: {"M": "dikecualikan"}, 2: {"M": "dibuka"}}) == ("M",)
    assert hadir_rapat(putusan, {1: {"M": "dikecualikan"}}) is None


def test_penanda_tangan_berita_acara_berurutan_seperti_lembar(config: Config) -> None:
    # The PPID Pelaksana of the units whose items the meeting decided, in the configuration's
    # order, each Tim member present, the Atasan PPID last; an absent member is not one of them.
    maya, yusuf = config.tim_pertimbangan
    ppid = [p.nama for p in config.ppid_semua()]
    atasan = config.atasan_ppid.nama
    semua = peserta_berita_acara(config, _rapat_contoh(config))
    assert _nama(semua) == [*ppid, maya.nama, yusuf.nama, atasan]
    assert [p.peran for p in semua] == [
        "ppid_pelaksana",
        "ppid_pelaksana",
        "tim_pertimbangan",
        "tim_pertimbangan",
        "atasan_ppid",
    ]
    tanpa_yusuf = peserta_berita_acara(config, _rapat_contoh(config, (maya.nip,)))
    assert _nama(tanpa_yusuf) == [*ppid, maya.nama, atasan]


def test_arsip_contoh_berita_acara_ditandatangani_semua_yang_hadir(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # The README's first command: the meeting's Berita Acara carries the paraf, the signature
    # of both PPID Pelaksana and both Tim members, each in their cell, then the Atasan PPID's;
    # every one VALID in sidik's (pyHanko's) verification and in pdfsig; the manifest lists them.
    config = muat(siklus_contoh.ruang / "sidik.toml")
    pdf = siklus_contoh.arsip / BERITA_ACARA
    hasil = verifikasi_berkas(pdf, muat_akar(config.verifikasi.akar_tepercaya))
    assert hasil.putusan is Putusan.VALID, hasil.alasan
    ppid = [p.nama for p in config.ppid_semua()]
    tim = [p.nama for p in config.tim_pertimbangan]
    nama = [t.penanda_tangan for t in hasil.tanda_tangan]
    assert nama == [config.ppid_pelaksana.nama, *ppid, *tim, config.atasan_ppid.nama]
    peran = [t.peran for t in hasil.tanda_tangan]
    assert peran == ["paraf", *["ppid_pelaksana"] * 2, *["tim_pertimbangan"] * 2, "atasan_ppid"]
    nss = pdfsig.buat_nssdb(tmp_path / "nss", [siklus_contoh.ruang / "certs/dev/root-ca.pem"])
    pendapat = [p for p in pdfsig.periksa(pdf, nss) if p.penanda_tangan]
    assert len(pendapat) == 6
    assert all(p.tanda_tangan == "Signature is Valid." for p in pendapat), pendapat

    manifest = json.loads((siklus_contoh.arsip / "manifest.json").read_text(encoding="utf-8"))
    [entri] = [e for e in manifest["berkas"] if e["nama"] == BERITA_ACARA]
    assert [(p["nama"], p["hadir"]) for p in entri["peserta"]] == [
        (n, True) for n in [*ppid, *tim, config.atasan_ppid.nama]
    ]
    teks = pdftotext(pdf)
    assert "Yang hadir dan menandatangani:" in teks and all(n in teks for n in ppid + tim)


def test_setiap_peserta_menandatangani_berita_acara_berurutan_bersama_lembarnya(
    siap: Path,
) -> None:
    # One act per participant signs their Lembar and the meeting's Berita Acara, in order on
    # each document: a Tim member before the PPID Pelaksana is refused (the Berita Acara
    # counted among what waits), and signs the Berita Acara only after both PPID Pelaksana,
    # though her Lembar of the first unit are hers already; the Atasan PPID signs it last.
    config = muat(siap / "sidik.toml")
    andi, dewi = config.ppid_semua()
    maya, yusuf = config.tim_pertimbangan
    ba = siap / "output" / "kerja"

    def tanda(peran: str, nip: str) -> str:
        hasil = jalankan_sidik(siap, "sign", "--peran", peran, "--nip", nip)
        assert hasil.returncode == 0, hasil.stderr
        return hasil.stdout

    dahulu = jalankan_sidik(siap, "sign", "--peran", "tim_pertimbangan", "--nip", maya.nip)
    assert dahulu.returncode == ExitCode.STEP_NOT_READY, dahulu.stderr
    assert dahulu.stderr.startswith(
        f"Galat: Belum giliran {maya.nama}: 10 {DOKUMEN} menunggu tanda tangan {andi.nama} "
        "(PPID Pelaksana) lebih dahulu;"
    )
    # his 9 Lembar and the Berita Acara
    assert f"{andi.nama} menandatangani 10 {DOKUMEN}" in tanda("ppid_pelaksana", andi.nip)
    # her turn on Andi's 9 Lembar; the Berita Acara waits for Dewi first
    assert f"{maya.nama} menandatangani 9 {DOKUMEN}" in tanda("tim_pertimbangan", maya.nip)
    [dokumen] = ba.glob(f"*/peserta/{BERITA_ACARA}")
    with dokumen.open("rb") as f:
        terisi = {n for n, ada in medan_ttd(f).items() if ada}
    assert terisi == {f"TTE_ppid_pelaksana_{andi.nip}", "Paraf_PPID_Pelaksana"}
    assert f"{dewi.nama} menandatangani 4 {DOKUMEN}" in tanda("ppid_pelaksana", dewi.nip)
    assert f"{maya.nama} menandatangani 4 {DOKUMEN}" in tanda("tim_pertimbangan", maya.nip)
    terakhir = tanda("tim_pertimbangan", yusuf.nip)
    assert f"{yusuf.nama} menandatangani 13 {DOKUMEN}" in terakhir
    assert "Setiap Lembar dan Berita Acara Pengujian Konsekuensi siklus" in terakhir
    assert jalankan_sidik(siap, "sign").returncode == 0

    [ttd] = ba.glob(f"*/ttd/{BERITA_ACARA}")
    hasil_ttd = verifikasi_berkas(ttd, muat_akar(config.verifikasi.akar_tepercaya))
    assert hasil_ttd.putusan is Putusan.VALID, hasil_ttd.alasan
    nama = [t.penanda_tangan for t in hasil_ttd.tanda_tangan][1:]
    assert nama == [andi.nama, dewi.nama, maya.nama, yusuf.nama, config.atasan_ppid.nama]
    ba_ttd = [e for e in jejak(siap) if e["aksi"] == "ttd_peserta" and e["item_no"] is None]
    assert len(ba_ttd) == 4, ba_ttd


def test_berita_acara_menolak_tanda_tangan_yang_mendahului_gilirannya(siap: Path) -> None:
    # The stage's own guard, as for the Lembar: a Tim member cannot sign the Berita Acara
    # before both PPID Pelaksana, nothing is written.
    config = muat(siap / "sidik.toml")
    [sumber] = (siap / "output" / "kerja").glob(f"*/paraf/{BERITA_ACARA}")
    peserta = peserta_berita_acara(config, _rapat_contoh(config))
    maya = peserta[2]
    tujuan = siap / "maya.pdf"
    penanda = penanda_peserta(config, maya.pejabat, None)
    with pytest.raises(SigningFailed) as e:
        tandatangani_peserta(sumber, tujuan, peserta, maya, penanda)
    assert e.value.message_id == "lembar.bukan_giliran"
    assert e.value.params["giliran"] == config.ppid_pelaksana.nama
    assert not tujuan.exists()


def test_anggota_yang_tidak_hadir_rapat_tidak_diminta_menandatangani(siap: Path) -> None:
    # Maya alone decided every item of the meeting (her own decisions recorded, Yusuf's none,
    # and the meeting's attendance as her decisions there record it): Yusuf did not attend.
    # The Berita Acara is made again without him, signed by those present, and the Atasan PPID
    # is not kept waiting for him.
    from pipeline.alur.jalan import muat as muat_siklus
    from pipeline.alur.rapat import KUNCI_BERITA_ACARA, KUNCI_HADIR
    from pipeline.ledger import buku_terkunci

    config = muat(siap / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    with buku_terkunci(config.jalur.ledger) as buku, buku.transaksi():
        siklus = muat_siklus(buku, None).id
        for c in buku.items(siklus):
            buku.beri_suara(siklus, c.item.no, maya.nip, c.sha256, Keputusan.DIKECUALIKAN, "")
        rapat = buku.info(siklus)[KUNCI_BERITA_ACARA]
        buku.simpan_info(siklus, KUNCI_HADIR, dict.fromkeys(rapat, [maya.nip]))
    hasil = jalankan_sidik(siap, "run", "input/informasi.xlsx")
    assert hasil.returncode == 0, hasil.stderr
    assert f"{yusuf.nama} menandatangani" not in hasil.stderr

    [arsip] = (siap / "output" / "arsip").glob("*/*/*/*")
    pdf = arsip / BERITA_ACARA
    assert yusuf.nama not in pdftotext(pdf) and maya.nama in pdftotext(pdf)
    laporan = verifikasi_berkas(pdf, muat_akar(config.verifikasi.akar_tepercaya))
    assert laporan.putusan is Putusan.VALID, laporan.alasan
    nama = [t.penanda_tangan for t in laporan.tanda_tangan][1:]
    ppid = [p.nama for p in config.ppid_semua()]
    assert nama == [*ppid, maya.nama, config.atasan_ppid.nama]
    manifest = json.loads((arsip / "manifest.json").read_text(encoding="utf-8"))
    [entri] = [e for e in manifest["berkas"] if e["nama"] == BERITA_ACARA]
    assert yusuf.nip not in [p["nip"] for p in entri["peserta"]]
    assert not [e for e in jejak(siap) if str(e["pejabat"]).startswith(yusuf.nama)]


def _arsip_berita_acara(folder: Path, pdf: Path, peserta: list[Peserta]) -> Path:
    """An archive folder as 'sidik archive' files it: the Berita Acara and a manifest whose
    entry lists ``peserta``."""
    folder.mkdir(parents=True)
    salinan = Path(shutil.copy(pdf, folder / BERITA_ACARA))
    entri: dict[str, Any] = {
        "nama": BERITA_ACARA,
        "jenis": "berita_acara_pengujian_konsekuensi",
        "item_no": None,
        "sha256": hashlib.sha256(salinan.read_bytes()).hexdigest(),
        "peserta": [
            {"peran": p.peran, "nip": p.pejabat.nip, "nama": p.pejabat.nama, "hadir": p.hadir}
            for p in peserta
        ],
    }
    manifest = {"berkas": [entri], "tinjauan": []}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_berita_acara_tanpa_tanda_tangan_peserta_belum_lengkap(siap: Path) -> None:
    # A Berita Acara the Atasan PPID signed while Yusuf, present at the meeting, had not: not
    # VALID, "belum lengkap" naming him, in verify and in archive check.
    from pipeline.verify.arsip import periksa_arsip

    config = muat(siap / "sidik.toml")
    yusuf = config.tim_pertimbangan[1]
    [sumber] = (siap / "output" / "kerja").glob(f"*/paraf/{BERITA_ACARA}")
    semua = peserta_berita_acara(config, _rapat_contoh(config))
    tanpa_yusuf = [p for p in semua if p.pejabat != yusuf]
    penanda = {p.pejabat.nip: penanda_peserta(config, p.pejabat, None) for p in tanpa_yusuf}
    pdf = siap / "tanpa-yusuf.pdf"
    tandatangani_lembar(sumber, pdf, tanpa_yusuf, penanda)
    folder = _arsip_berita_acara(siap / "arsip" / "dik-1", pdf, semua)

    hasil = jalankan_sidik(siap, "verify", "arsip", "--json")
    assert hasil.returncode == ExitCode.VERIFICATION_FAILED, hasil.stdout
    [berkas] = json.loads(hasil.stdout)["berkas"]
    assert berkas["putusan"] == "INDETERMINATE"
    assert berkas["alasan"] == [
        {
            "kode": "SIGNER_MISSING",
            "pesan": f"belum lengkap: tanpa tanda tangan {yusuf.nama} (Tim Pertimbangan)",
        }
    ]
    [kurang] = [m for m in periksa_arsip(siap / "arsip").masalah if m.kode.endswith("LENGKAP")]
    assert kurang.path == folder / BERITA_ACARA
    assert terjemah(kurang.message_id, **dict(kurang.params)) == (
        "Berita Acara Pengujian Konsekuensi belum lengkap: tanpa tanda tangan "
        f"{yusuf.nama} (Tim Pertimbangan)"
    )
