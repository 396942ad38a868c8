"""Verify reports every signature of a Lembar Pengujian Konsekuensi (issue 22).

A Lembar carries the PPID Pelaksana's paraf signature, one signature per participant in their
"Tanda Tangan" cell, then the Atasan PPID's "Mengetahui". ``sidik verify`` names, per file,
each signature's signer (from the certificate), role (from its field), time in WIB, level and
verdict, in the table, the JSON and the HTML report; the file's verdict is the worst of them.

The Lembar here is real (rendered, converted, initialled) and signed by each participant's
own test key with :func:`pipeline.stages.lembar.tandatangani_lembar`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Config, muat
from pipeline.medan_ttd import MEDAN_PARAF
from pipeline.model import Keputusan, Pejabat
from pipeline.stages.lembar import tandatangani_lembar
from pipeline.workbook import baca_items
from tests.bantu.cli import sidik_di
from tests.bantu.lembar import LembarUji, buat_lembar_uji
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

PERAN = ["paraf", "ppid_pelaksana", "tim_pertimbangan", "tim_pertimbangan", "atasan_ppid"]
PERAN_KATA = [
    "Paraf PPID Pelaksana",
    "PPID Pelaksana",
    "Tim Pertimbangan",
    "Tim Pertimbangan",
    "Atasan PPID",
]


@pytest.fixture(scope="module")
def lembar_uji(tmp_path_factory: pytest.TempPathFactory) -> LembarUji:
    return buat_lembar_uji(tmp_path_factory.mktemp("peserta"))


@pytest.fixture(scope="module")
def lengkap(lembar_uji: LembarUji, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Lembar signed by every participant, in order."""
    peserta = lembar_uji.peserta()
    tujuan = tmp_path_factory.mktemp("lengkap") / "lembar-0001.pdf"
    tandatangani_lembar(lembar_uji.lembar, tujuan, peserta, lembar_uji.semua_penanda(peserta))
    return tujuan


def _akar(lembar_uji: LembarUji, folder: Path) -> str:
    return str(shutil.copy(lembar_uji.akar_pem, folder / "akar.pem"))


def test_tabel_menyebut_setiap_tanda_tangan_dengan_perannya(
    lembar_uji: LembarUji, lengkap: Path, tmp_path: Path
) -> None:
    # One row for the file (its verdict, the last signer), then one per signature in signing
    # order: signer from the certificate, role from the field, time in WIB, level, verdict.
    shutil.copy(lengkap, tmp_path / "lembar.pdf")
    hasil = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", _akar(lembar_uji, tmp_path))
    assert hasil.exit_code == 0, hasil.stdout
    baris = hasil.stdout.splitlines()
    assert baris[0].split()[:5] == ["Berkas", "Penanda", "tangan", "Peran", "Waktu"]
    assert baris[2].startswith("lembar.pdf ")
    rinci = baris[3:8]
    peserta = lembar_uji.peserta()
    nama = [peserta[0].pejabat.nama, *(p.pejabat.nama for p in peserta)]
    for n, (b, orang, peran) in enumerate(zip(rinci, nama, PERAN_KATA, strict=True), 1):
        kolom = [k.strip() for k in b.split("  ") if k.strip()]
        assert kolom[0] == f"{n}." and kolom[1:3] == [orang, peran], b
        assert kolom[3].endswith(" WIB") and kolom[4:6] == ["B-B", "VALID"], b
        assert kolom[6] == "tanda tangan utuh dan tepercaya", b
    assert baris[8] == "Waktu dalam WIB (zona waktu kantor penanda tangan)."


def test_json_dan_html_menyebut_peran_nip_dan_tingkat_setiap_tanda_tangan(
    lembar_uji: LembarUji, lengkap: Path, tmp_path: Path
) -> None:
    shutil.copy(lengkap, tmp_path / "lembar.pdf")
    akar = _akar(lembar_uji, tmp_path)
    hasil = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", akar, "--json")
    assert hasil.exit_code == 0
    [berkas] = json.loads(hasil.stdout)["berkas"]
    ttd = berkas["tanda_tangan"]
    peserta = lembar_uji.peserta()
    assert [t["peran"] for t in ttd] == PERAN
    assert [t["medan"] for t in ttd] == [MEDAN_PARAF, *(p.medan for p in peserta)]
    assert [t["nip"] for t in ttd[1:]] == [p.pejabat.nip for p in peserta]
    assert [(t["tingkat"], t["putusan"]) for t in ttd] == [("B-B", "VALID")] * 5
    assert all(t["waktu"].endswith("+07:00") for t in ttd)
    assert berkas["peserta"] == []  # outside an archive: no list to check against

    laporan = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", akar, "--report", "l.html")
    assert laporan.exit_code == 0
    halaman = (tmp_path / "l.html").read_text(encoding="utf-8")
    assert '<th scope="col">Peran</th>' in halaman
    assert halaman.count('<tr class="ttd">') == 5
    for n, peran in enumerate(PERAN_KATA, 1):
        assert f'<td class="no">{n}.</td><td></td><td>' in halaman
        assert f"<td>{peran}</td>" in halaman


def test_putusan_berkas_yang_terburuk_dari_tanda_tangannya(
    lembar_uji: LembarUji, lengkap: Path, tmp_path: Path
) -> None:
    # Trusting only the dev root: the paraf (dev key) is VALID, the participants' signatures
    # (test root) INDETERMINATE, so the file is INDETERMINATE, and each row says which.
    shutil.copy(lengkap, tmp_path / "lembar.pdf")
    dev = shutil.copy(lembar_uji.config.root / "certs/dev/root-ca.pem", tmp_path / "dev.pem")
    hasil = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", str(dev), "--json")
    assert hasil.exit_code == 7
    [berkas] = json.loads(hasil.stdout)["berkas"]
    assert berkas["putusan"] == "INDETERMINATE"
    putusan = [t["putusan"] for t in berkas["tanda_tangan"]]
    assert putusan == ["VALID", *["INDETERMINATE"] * 4]
    assert [a["kode"] for a in berkas["alasan"]] == ["NO_CERTIFICATE_CHAIN_FOUND"]


@pytest.fixture(scope="module")
def arsip_peserta(siklus_contoh: SiklusContoh, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's sample cycle, its Lembar signed by every participant with their dev key,
    then filed; item 1 was decided by the first Tim member alone (their vote the only one),
    so the second did not take part in its test. Returns the workspace."""
    from pipeline.alur.arsipkan import arsipkan
    from pipeline.alur.jalan import muat as muat_siklus
    from pipeline.alur.tandatangani import tandatangani
    from pipeline.ledger import buku_terkunci
    from pipeline.signing.penanda import buat_penanda, penanda_untuk

    ruang = shutil.copytree(siklus_contoh.siap_ttd, tmp_path_factory.mktemp("arsip") / "ruang")
    config = muat(ruang / "sidik.toml")
    pertama = config.tim_pertimbangan[0]
    with buku_terkunci(config.jalur.ledger) as buku, buku.transaksi():
        siklus = muat_siklus(buku, None).id
        item = {c.item.no: c for c in buku.items(siklus)}[1]
        buku.beri_suara(siklus, 1, pertama.nip, item.sha256, Keputusan.DIKECUALIKAN, "")
    lain = [p for p in config.semua_pejabat() if p.nip != config.atasan_ppid.nip]
    peserta = {p.nip: penanda_untuk(config, p) for p in lain if p in _penanda_tangan(config)}
    tandatangani(config, penanda=buat_penanda(config), peserta=peserta)
    arsipkan(config)
    return ruang


def _penanda_tangan(config: Config) -> list[Pejabat]:
    """Every official who signs a Lembar: each unit's PPID Pelaksana and the Tim members."""
    unit = [u.ppid_pelaksana for u in config.unit_kerja if u.ppid_pelaksana]
    return [config.ppid_pelaksana, *unit, *config.tim_pertimbangan]


def _manifest(ruang: Path) -> dict[str, Any]:
    [path] = (ruang / "output" / "arsip").glob("*/*/*/*/manifest.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_manifest_mencatat_peserta_setiap_lembar(arsip_peserta: Path) -> None:
    # Each Lembar's entry lists who had to sign it, in signing order: its unit's PPID
    # Pelaksana, each Tim member (hadir: took part in the item's test, from the ledger's
    # votes; all when the team's decision was recorded as one), the Atasan PPID. The DIK and
    # the SK have no list.
    config = muat(arsip_peserta / "sidik.toml")
    tim, atasan = config.tim_pertimbangan, config.atasan_ppid
    berkas = {e["nama"]: e for e in _manifest(arsip_peserta)["berkas"]}
    lembar = sorted(n for n in berkas if n.startswith("lembar-"))
    assert len(lembar) == 12
    items = baca_items(arsip_peserta / "input/informasi.xlsx", config)
    unit = {i.no: i.unit_kerja for i in items}
    for nama in lembar:
        e = berkas[nama]
        ppid = config.pemeriksa(unit[e["item_no"]])
        hadir_kedua = e["item_no"] != 1  # item 1: the first member decided alone
        assert e["peserta"] == [
            {"peran": "ppid_pelaksana", "nip": ppid.nip, "nama": ppid.nama, "hadir": True},
            {"peran": "tim_pertimbangan", "nip": tim[0].nip, "nama": tim[0].nama, "hadir": True},
            {
                "peran": "tim_pertimbangan",
                "nip": tim[1].nip,
                "nama": tim[1].nama,
                "hadir": hadir_kedua,
            },
            {"peran": "atasan_ppid", "nip": atasan.nip, "nama": atasan.nama, "hadir": True},
        ], nama
    assert "peserta" not in berkas["daftar.pdf"] and "peserta" not in berkas["keputusan.pdf"]


def test_lembar_yang_hanya_ditandatangani_atasan_tanpa_daftar_peserta(
    siklus_contoh: SiklusContoh,
) -> None:
    # The README's cycle as 'sidik run' signs it today (the Atasan PPID alone): no list, so
    # its archive verifies as before (an old manifest without lists is the same case).
    berkas = json.loads((siklus_contoh.arsip / "manifest.json").read_text(encoding="utf-8"))
    assert not [e["nama"] for e in berkas["berkas"] if "peserta" in e]
