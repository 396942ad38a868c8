"""Every participant of the consequence test signs the Lembar with their own key, as their own
act and in order — the PPID Pelaksana, each Tim Pertimbangan member who took part — before the
Atasan PPID, who is refused while a Lembar still waits for one of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.config import muat
from pipeline.errors import ExitCode
from pipeline.external import pdfsig
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.aktor import PPID, ikat, jejak, sebagai
from tests.bantu.cli import jalankan_sidik
from tests.bantu.pki_sederhana import tambah_anotasi
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice]
SERTIFIKAT_DUA_KALI = "Unknown issue with Certificate or corrupted data."
DOKUMEN = "dokumen uji konsekuensi (Lembar, Berita Acara)"  # what one act signs


@pytest.fixture
def siap(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample cycle after the Tim's review, initialled, nobody has signed a Lembar yet."""
    return Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))


def _lembar(ruang: Path, folder: str) -> list[Path]:
    return sorted((ruang / "output" / "kerja").glob(f"*/{folder}/lembar-*.pdf"))


def test_arsip_contoh_setiap_lembar_ditandatangani_semua_peserta(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # The README's first command: `sidik run` performed each participant's signature on their
    # behalf (the development keys), recorded as such, each in the participant's own role.
    config = muat(siklus_contoh.ruang / "sidik.toml")
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    tim = [p.nama for p in config.tim_pertimbangan]
    lembar = sorted(siklus_contoh.arsip.glob("lembar-*.pdf"))
    nss = pdfsig.buat_nssdb(tmp_path / "nss", [siklus_contoh.ruang / "certs/dev/root-ca.pem"])
    assert len(lembar) == 12
    for pdf in lembar:
        hasil = verifikasi_berkas(pdf, akar)
        assert hasil.putusan is Putusan.VALID, (pdf, hasil.alasan)
        nama = [t.penanda_tangan for t in hasil.tanda_tangan]
        # the paraf's invisible signature and the PPID Pelaksana's own, both Tim members, and
        # the Atasan PPID's "Mengetahui"
        assert nama[0] == nama[1] and nama[2:] == [*tim, config.atasan_ppid.nama], pdf
        pendapat = [p for p in pdfsig.periksa(pdf, nss) if p.penanda_tangan]
        assert len(pendapat) == 5, pendapat
        assert all(p.tanda_tangan == "Signature is Valid." for p in pendapat), pendapat
        # poppler's pdfsig (22.12) may not judge a certificate twice in one file: the PPID
        # Pelaksana's second signature (their cell, after their paraf's) can read "Unknown
        # issue with Certificate", where pyHanko (above) finds it VALID; the first signature of
        # every signer is trusted.
        dilihat: set[str] = set()
        for p in pendapat:
            if p.penanda_tangan in dilihat:
                assert p.sah or p.sertifikat == SERTIFIKAT_DUA_KALI, (pdf, p)
            else:
                assert p.sah, (pdf, p)
            dilihat.add(p.penanda_tangan)
    ttd = [p for p in jejak(siklus_contoh.ruang) if p["aksi"] == "ttd_peserta"]
    # each Lembar: its PPID Pelaksana and both Tim members; the meeting's Berita Acara: both
    # PPID Pelaksana and both members
    assert len(ttd) == 12 * 3 + 4
    assert {p["peran"] for p in ttd} == {"ppid_pelaksana", "tim_pertimbangan"}
    assert all(p["atas_nama"] is True and p["langkah"] == "tinjau" for p in ttd)
    per_tim = {n: sum(1 for p in ttd if str(p["pejabat"]).startswith(n)) for n in tim}
    assert per_tim == dict.fromkeys(tim, 13)


def test_atasan_ditolak_selama_lembar_menunggu_peserta(siap: Path) -> None:
    # the general PPID Pelaksana's 9 Lembar and the meeting's Berita Acara come first (the
    # sample's third unit has its own PPID Pelaksana)
    andi = muat(siap / "sidik.toml").ppid_pelaksana
    hasil = jalankan_sidik(siap, "sign")
    assert hasil.returncode == ExitCode.STEP_NOT_READY, hasil.stderr
    assert f"10 {DOKUMEN} menunggu tanda tangan {andi.nama} (PPID" in hasil.stderr
    assert "sidik sign --peran ppid_pelaksana --nip" in hasil.stderr
    assert not list((siap / "output" / "kerja").glob("*/ttd/*.pdf"))


def test_anggota_tim_tidak_boleh_mendahului_ppid_pelaksana(siap: Path) -> None:
    config = muat(siap / "sidik.toml")
    maya = config.tim_pertimbangan[0]
    hasil = jalankan_sidik(siap, "sign", "--peran", "tim_pertimbangan", "--nip", maya.nip)
    assert hasil.returncode == ExitCode.STEP_NOT_READY, hasil.stderr
    assert hasil.stderr.startswith(f"Galat: Belum giliran {maya.nama}: ")
    assert "(PPID Pelaksana) lebih dahulu" in hasil.stderr
    assert _lembar(siap, "peserta") == []


def test_setiap_peserta_menandatangani_sendiri_berurutan(siap: Path) -> None:
    # With [alur] tindakan_pribadi each signature is its participant's own act: the run stops
    # and names whom the Lembar wait for; each signs from their own login, in order.
    ikat(siap, pribadi=True)
    config = muat(siap / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    # binding the officials changed the configuration: the documents are made and initialled
    # again (the PPID Pelaksana's own act) before anyone signs
    assert sebagai("rudi", siap, "run", "input/informasi.xlsx").returncode == 13
    assert sebagai(PPID, siap, "paraf").returncode == 0
    run = sebagai("rudi", siap, "run", "input/informasi.xlsx")
    assert run.returncode == ExitCode.REVIEW_PENDING, run.stderr
    andi = config.ppid_pelaksana
    assert f"menunggu tanda tangan {andi.nama} pada 10 dokumen uji" in run.stdout
    assert f"'sidik sign --peran ppid_pelaksana --nip {andi.nip}'" in run.stdout

    lain = sebagai("rudi", siap, "sign", "--peran", "ppid_pelaksana", "--nip", andi.nip)
    assert lain.returncode == ExitCode.ACT_REFUSED, lain.stderr
    assert "tindakan pesertanya sendiri" in lain.stderr

    ppid = sebagai(PPID, siap, "sign", "--peran", "ppid_pelaksana")  # his own NIP, by login
    assert ppid.returncode == 0, ppid.stderr
    assert f"{andi.nama} menandatangani 10 dokumen uji" in ppid.stdout
    # the unit's Lembar wait for its own PPID Pelaksana, who is not bound to a login here
    assert "menunggu tanda tangan" in ppid.stdout

    # the sample's second unit has its own PPID Pelaksana: they sign its Lembar
    unit = next(u.ppid_pelaksana for u in config.unit_kerja if u.ppid_pelaksana)
    assert unit is not None
    sendiri = jalankan_sidik(siap, "sign", "--peran", "ppid_pelaksana", "--nip", unit.nip)
    assert sendiri.returncode == ExitCode.ACT_REFUSED, sendiri.stderr  # not bound: refused


def test_tanpa_tindakan_pribadi_peserta_berurutan_lalu_atasan(siap: Path) -> None:
    config = muat(siap / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    for peran, nip in [
        *(("ppid_pelaksana", p.nip) for p in _ppid(config)),
        ("tim_pertimbangan", maya.nip),
    ]:
        hasil = jalankan_sidik(siap, "sign", "--peran", peran, "--nip", nip)
        assert hasil.returncode == 0, hasil.stderr
    atasan = jalankan_sidik(siap, "sign")
    assert atasan.returncode == ExitCode.STEP_NOT_READY, atasan.stderr
    assert f"menunggu tanda tangan {yusuf.nama} (Tim Pertimbangan)" in atasan.stderr

    terakhir = jalankan_sidik(siap, "sign", "--peran", "tim_pertimbangan", "--nip", yusuf.nip)
    assert terakhir.returncode == 0, terakhir.stderr
    assert f"{yusuf.nama} menandatangani 13 dokumen uji" in terakhir.stdout
    assert "telah ditandatangani semua pesertanya" in terakhir.stdout
    lagi = jalankan_sidik(siap, "sign", "--peran", "tim_pertimbangan", "--nip", yusuf.nip)
    assert lagi.returncode == 0 and f"{yusuf.nama} menandatangani 0 dokumen uji" in lagi.stdout

    assert jalankan_sidik(siap, "sign").returncode == 0
    akar = muat_akar(config.verifikasi.akar_tepercaya)
    for pdf in _lembar(siap, "ttd"):
        hasil = verifikasi_berkas(pdf, akar)
        assert hasil.putusan is Putusan.VALID and len(hasil.tanda_tangan) == 5, pdf
    ttd = [p for p in jejak(siap) if p["aksi"] == "ttd_peserta"]
    # 12 Lembar by 3 participants each, the Berita Acara by both PPID Pelaksana and both members
    assert len(ttd) == 40 and all(p["pelaku"] != PPID and p["atas_nama"] for p in ttd)


def test_lembar_yang_diubah_di_antara_dua_peserta_ditolak_peserta_berikutnya(siap: Path) -> None:
    # The PPID Pelaksana signed; then someone appends a change to one Lembar's page (a note
    # on it, an incremental update that keeps every signed byte). The next participant's
    # signature is refused before it is made (its paraf no longer holds: exit 6, one line
    # naming the file), and the refusal is no act of theirs in the ledger.
    config = muat(siap / "sidik.toml")
    maya = config.tim_pertimbangan[0]
    for p in _ppid(config):
        hasil = jalankan_sidik(siap, "sign", "--peran", "ppid_pelaksana", "--nip", p.nip)
        assert hasil.returncode == 0, hasil.stderr
    [lembar] = [p for p in _lembar(siap, "peserta") if p.name == "lembar-0003.pdf"]
    lembar.write_bytes(tambah_anotasi(lembar.read_bytes()))

    hasil = jalankan_sidik(siap, "sign", "--peran", "tim_pertimbangan", "--nip", maya.nip)
    assert hasil.returncode == ExitCode.SIGNING_FAILED, hasil.stderr
    baris = hasil.stderr.splitlines()[-1]  # after the line that says what starts
    assert baris.startswith("Galat: Tanda tangan paraf ") and "lembar-0003.pdf" in baris, baris
    assert "tidak sah: ada perubahan setelah tanda tangan" in baris
    ttd = [p for p in jejak(siap) if p["aksi"] == "ttd_peserta"]
    assert ttd and not [p for p in ttd if maya.nip in p["pejabat"]]


def test_sertifikat_yang_bukan_milik_peserta_ditolak(siap: Path) -> None:
    # Maya's key declared to be Yusuf's certificate: the run loads every participant's key
    # before any of them signs, and refuses Maya's, naming both, before anything is signed.
    config = muat(siap / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    with (siap / "sidik.toml").open("a", encoding="utf-8") as f:
        f.write(
            f'\n[penandatanganan.kunci."{maya.nip}"]\npkcs12 = "certs/dev/{yusuf.nip}.p12"\n'
            f'sandi_berkas = "certs/dev/{yusuf.nip}.sandi"\n'
        )
    hasil = jalankan_sidik(siap, "run", "input/informasi.xlsx")
    assert hasil.returncode == ExitCode.SIGNING_FAILED, hasil.stderr
    assert yusuf.nama in hasil.stderr and maya.nama in hasil.stderr
    assert [p for p in jejak(siap) if p["aksi"] == "ttd_peserta"] == []
    assert _lembar(siap, "peserta") == []
    assert not list((siap / "output" / "kerja").glob("*/ttd/*.pdf"))


def _ppid(config):  # type: ignore[no-untyped-def]
    from pipeline.alur.ttd_peserta import urutan_peserta

    return [p.pejabat for p in urutan_peserta(config) if p.peran.value == "ppid_pelaksana"]


def test_run_membaca_setiap_dokumen_sekali_untuk_semua_peserta(siap: Path) -> None:
    # `sidik run` signing on every participant's behalf opens each incomplete document once
    # (the 12 Lembar and the meeting's Berita Acara), not once per participant (10, 4, 13 and
    # 13 before): each participant in turn signs the bytes the one before left. Each
    # signature is still its own event, in signing order, each file one chain of revisions.
    import re

    config = muat(siap / "sidik.toml")
    run = jalankan_sidik(siap, "run", "input/informasi.xlsx")
    assert run.returncode == 0, run.stderr
    baris = r"(\S.*?) menandatangani Lembar dan Berita Acara .*?\(dari (\d+) "
    dibuka = re.findall(baris, run.stderr)
    nama = [*(p.nama for p in _ppid(config)), *(p.nama for p in config.tim_pertimbangan)]
    assert [(n.lstrip("… "), int(j)) for n, j in dibuka] == [("; ".join(nama), 13)]
    ttd = [p for p in jejak(siap) if p["aksi"] == "ttd_peserta"]
    assert len(ttd) == 40
    for nama_dok in {p["keterangan"] for p in ttd}:
        rantai = [p for p in ttd if p["keterangan"] == nama_dok]
        # each signs exactly what the one before left
        pasangan = zip(rantai, rantai[1:], strict=False)
        assert all(a["sha256_keluar"] == b["sha256_masuk"] for a, b in pasangan), nama_dok


def test_peran_dengan_beberapa_pejabat_minta_nip(config) -> None:  # type: ignore[no-untyped-def]
    # The sample has two PPID Pelaksana (the general one, a unit's): without --nip and without
    # a login bound to one of them, sidik names both, one line, exit 3.
    from pipeline.alur.ttd_peserta import cari_peserta
    from pipeline.errors import InputInvalid

    with pytest.raises(InputInvalid) as e:
        cari_peserta(config, "ppid_pelaksana", None)
    assert e.value.code == ExitCode.INPUT_INVALID == 3
    pesan = e.value.pesan("id")
    assert pesan.startswith("Tidak ada satu peserta uji konsekuensi berperan ppid_pelaksana")
    assert all(f"{p.nama} (NIP {p.nip})" in pesan for p in config.ppid_semua())
    assert cari_peserta(config, "ppid_pelaksana", None, {config.ppid_pelaksana.nip}).pejabat == (
        config.ppid_pelaksana
    )
