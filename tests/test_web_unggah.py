"""The same workbook uploaded twice in the Operator's page (SOP step 1): the very same file as
a cycle not archived yet is refused, naming that cycle; a workbook of the same name that
differs replaces the cycle's workbook only while the cycle waits for the Operator's
corrections, and only over a file sidik itself saved from an upload and that still holds what
sidik wrote; otherwise refused. Cycles made through the ledger (no LibreOffice)."""

from __future__ import annotations

import hashlib
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook

from pipeline import ledger
from pipeline.alur import unggah
from pipeline.alur.sidik_jari import hash_items, sha_item
from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.sop import Langkah
from pipeline.model import Keputusan
from pipeline.workbook import periksa
from tests.web_bantu import masuk, siklus_menunggu_tim, teks, token

DIUNGGAH = "input/informasi-20261207-093005.xlsx"  # as sidik saved the first upload


def buka_siklus(klien: FlaskClient, isi: bytes, nama: str, **lain: str):  # type: ignore[no-untyped-def]
    """Press "Periksa lalu buka siklus" (or the replacement's button) with ``isi`` as ``nama``."""
    data = {"csrf_token": token(klien, "/validasi"), "buku_kerja": (io.BytesIO(isi), nama), **lain}
    return klien.post("/siklus/buka", data=data, content_type="multipart/form-data")


def isi_input(ruang: Path) -> dict[str, bytes]:
    """Every file of the workspace's input/ folder, by name."""
    return {p.name: p.read_bytes() for p in sorted((ruang / "input").iterdir())}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def siklus_dari_unggahan(config: Config, perbaikan: bool) -> str:
    """A cycle opened from the sample workbook uploaded as informasi.xlsx (saved and recorded
    as the page does), its items as the workbook holds them; at step 3, or (``perbaikan``)
    with item 2 sent back and step 1 open again for the Operator."""
    tersimpan = config.root / DIUNGGAH
    shutil.copyfile(config.root / "input" / "informasi.xlsx", tersimpan)
    items = periksa(tersimpan, config).items
    config.jalur.ledger.parent.mkdir(parents=True, exist_ok=True)
    unggah.catat_simpanan(config, tersimpan, "informasi.xlsx", "rudi")
    with buka_buku(config.jalur.ledger) as b:
        siklus = b.siklus_baru(DIUNGGAH, date(2026, 12, 7), hash_items(items)).id
        for item in items:
            b.simpan_item(siklus, item, sha_item(item))
        for lk in (Langkah.KUMPUL, Langkah.PERIKSA):
            b.selesaikan_langkah(siklus, lk, "Pejabat")
        b.mulai_langkah(siklus, Langkah.TINJAU)
        if perbaikan:
            b.putuskan(siklus, 2, Keputusan.PERBAIKI, "Sebutkan kerugiannya")
            b.buka_ulang(siklus, Langkah.KUMPUL)
    return siklus


def diperbaiki(config: Config, tujuan: Path, ubah: bool = True) -> bytes:
    """The sample workbook saved again at ``tujuan``: another file of the same list, with
    item 2's consequence corrected (``ubah``) or, not yet, as it was."""
    wb = load_workbook(config.root / "input" / "informasi.xlsx")
    ws = wb["Informasi"]
    if ubah:
        kolom = [c.value for c in ws[1]].index("Konsekuensi") + 1
        ws.cell(3, kolom).value = f"{ws.cell(3, kolom).value} Kerugiannya disebutkan."
    wb.save(tujuan)
    return tujuan.read_bytes()


@pytest.fixture
def operator(klien: FlaskClient) -> FlaskClient:
    masuk(klien, "rudi")
    return klien


def test_buku_kerja_yang_sama_persis_ditolak_menyebut_siklusnya(
    app: Flask, operator: FlaskClient, config: Config, ruang_kerja: Path
) -> None:
    siklus = siklus_menunggu_tim(config)  # opened from input/informasi.xlsx (by the CLI)
    sebelum = isi_input(ruang_kerja)
    isi = (ruang_kerja / "input" / "informasi.xlsx").read_bytes()
    r = buka_siklus(operator, isi, "salinan apa saja.xlsx")  # the name does not matter
    assert r.status_code == 409
    halaman = teks(r)
    assert (
        f"Buku kerja ini sama persis (SHA-256) dengan buku kerja siklus {siklus} "
        "(input/informasi.xlsx), yang belum diarsipkan: tidak ada siklus baru yang dibuka dan "
        "tidak ada yang disimpan. Lanjutkan siklus itu dari Status siklus." in halaman
    )
    assert f'<a href="/status#status-{siklus}">Lihat siklus {siklus}</a>' in halaman
    assert 'name="ganti"' not in halaman
    assert isi_input(ruang_kerja) == sebelum
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None
    assert len(ledger.status(config.jalur.ledger)) == 1


def test_buku_kerja_bernama_sama_untuk_siklus_yang_tidak_menunggu_perbaikan_ditolak(
    app: Flask, operator: FlaskClient, config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    siklus = siklus_dari_unggahan(config, perbaikan=False)
    lain = diperbaiki(config, tmp_path / "informasi.xlsx")
    sebelum = isi_input(ruang_kerja)
    r = buka_siklus(operator, lain, "informasi.xlsx")
    assert r.status_code == 409
    halaman = teks(r)
    assert (
        f"Siklus {siklus} dibuka dari buku kerja bernama sama ({DIUNGGAH}) dan belum "
        "diarsipkan. Siklus itu tidak menunggu perbaikan, jadi buku kerjanya tidak dapat "
        "diganti, dan tidak ada siklus kedua yang dibuka." in halaman
    )
    assert 'name="ganti"' not in halaman and f'href="/status#status-{siklus}"' in halaman
    assert isi_input(ruang_kerja) == sebelum
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None


def test_buku_kerja_diperbaiki_menggantikan_buku_kerja_siklus_yang_menunggu_perbaikan(
    app: Flask, operator: FlaskClient, config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    siklus = siklus_dari_unggahan(config, perbaikan=True)
    asli = (ruang_kerja / DIUNGGAH).read_bytes()
    # item 2 not corrected yet (the run stops there again, before any conversion)
    baru = diperbaiki(config, tmp_path / "informasi.xlsx", ubah=False)
    assert baru != asli
    sebelum = isi_input(ruang_kerja)
    # offered first, nothing written
    r = buka_siklus(operator, baru, "informasi.xlsx")
    assert r.status_code == 409
    halaman = teks(r)
    assert (
        f"Siklus {siklus} dibuka dari buku kerja bernama sama ({DIUNGGAH}) dan menunggu "
        "perbaikan Anda." in halaman
    )
    assert f'<input type="hidden" name="ganti" value="{siklus}">' in halaman
    assert f"Ganti buku kerja siklus {siklus} lalu lanjutkan</button>" in halaman
    assert isi_input(ruang_kerja) == sebelum
    # the Operator chooses the file again and presses the button
    r = buka_siklus(operator, baru, "informasi.xlsx", ganti=siklus)
    assert r.status_code == 302
    p = app.config["SIDIK_PEKERJAAN"].terakhir
    assert r.headers["Location"] == f"/pekerjaan/{p.id}"
    assert (p.jenis, p.siklus, p.login, p.ulang.path) == (
        "siklus",
        siklus,
        "rudi",
        f"/siklus/{siklus}/lanjutkan",
    )
    assert p.usai.wait(600), "pekerjaan tidak selesai"
    assert (p.galat, p.hasil) == (
        "",
        f"Siklus {siklus} dijalankan sejauh yang dapat dilakukan sekarang. Siklus {siklus}: 1 "
        "informasi dikembalikan Tim Pertimbangan untuk diperbaiki (No 2). Perbaiki barisnya di "
        f"{DIUNGGAH} sesuai catatan di Log, lalu tekan Lanjutkan siklus.",
    )
    assert isi_input(ruang_kerja) == {**sebelum, Path(DIUNGGAH).name: baru}  # no new file
    [diganti] = [e for e in ledger.jejak(config.jalur.ledger) if e.aksi == "buku_kerja_diganti"]
    assert (diganti.siklus, diganti.langkah, diganti.keterangan) == (
        siklus,
        Langkah.KUMPUL,
        DIUNGGAH,
    )
    assert (diganti.sha256_masuk, diganti.sha256_keluar) == (sha(asli), sha(baru))
    assert (diganti.pengguna, diganti.saluran) == ("rudi", "web")
    assert len(ledger.status(config.jalur.ledger)) == 1  # no second cycle
    # what sidik wrote is recorded: the next corrected upload may replace it again
    lagi = buka_siklus(operator, diperbaiki(config, tmp_path / "lagi.xlsx"), "informasi.xlsx")
    assert lagi.status_code == 409 and 'name="ganti"' in teks(lagi)


def test_buku_kerja_yang_bukan_simpanan_sidik_tidak_ditimpa(
    operator: FlaskClient, config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    siklus = siklus_dari_unggahan(config, perbaikan=True)
    disunting = ruang_kerja / DIUNGGAH  # the Operator edited the saved file meanwhile
    diperbaiki(config, disunting)
    sebelum = isi_input(ruang_kerja)
    baru = (ruang_kerja / "input" / "informasi.xlsx").read_bytes()
    r = buka_siklus(operator, baru, "informasi.xlsx", ganti=siklus)
    assert r.status_code == 409
    assert (
        f"Siklus {siklus} menunggu perbaikan, tetapi buku kerjanya {DIUNGGAH} tidak disimpan "
        "sidik dari unggahan atau telah diubah sejak itu; sidik tidak menulis di atasnya."
        in teks(r)
    )
    assert 'name="ganti"' not in teks(r)
    assert isi_input(ruang_kerja) == sebelum
    # the library refuses the same, whoever calls it
    sumber = tmp_path / "informasi.xlsx"
    sumber.write_bytes(baru)
    with pytest.raises(InputInvalid) as e:
        unggah.ganti_buku_kerja(config, siklus, sumber, "informasi.xlsx", "rudi")
    assert e.value.message_id == "unggah.bukan_milik"
    assert isi_input(ruang_kerja) == sebelum


def test_buku_kerja_siklus_dari_cli_yang_hilang_tidak_ditulis(
    config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    # a cycle opened with 'sidik run' (no upload recorded), items sent back, its workbook
    # since deleted: an upload of the same name is not sidik's to write there
    asal = config.root / "input" / "informasi.xlsx"
    items = periksa(asal, config).items
    config.jalur.ledger.parent.mkdir(parents=True, exist_ok=True)
    with buka_buku(config.jalur.ledger) as b:
        siklus = b.siklus_baru("input/informasi.xlsx", date(2026, 12, 7), hash_items(items)).id
        for item in items:
            b.simpan_item(siklus, item, sha_item(item))
        for lk in (Langkah.KUMPUL, Langkah.PERIKSA):
            b.selesaikan_langkah(siklus, lk, "Pejabat")
        b.mulai_langkah(siklus, Langkah.TINJAU)
        b.putuskan(siklus, 2, Keputusan.PERBAIKI, "Sebutkan kerugiannya")
        b.buka_ulang(siklus, Langkah.KUMPUL)
    sumber = tmp_path / "informasi.xlsx"
    diperbaiki(config, sumber)
    asal.unlink()
    with pytest.raises(InputInvalid) as e:
        unggah.ganti_buku_kerja(config, siklus, sumber, "informasi.xlsx", "rudi")
    assert e.value.message_id == "unggah.bukan_milik"
    assert not asal.exists()
