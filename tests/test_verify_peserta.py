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

import pytest

from pipeline.medan_ttd import MEDAN_PARAF
from pipeline.stages.lembar import tandatangani_lembar
from tests.bantu.cli import sidik_di
from tests.bantu.lembar import LembarUji, buat_lembar_uji

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
