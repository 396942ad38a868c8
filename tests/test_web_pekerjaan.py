"""The web's jobs survive a restart of the server (``sidik serve``): each job is recorded in the
ledger when it starts, at most once a second while it runs, and when it ends; a second
application over the same workspace (the server started again) shows a finished job's
outcome, and a job that never ended as interrupted, with the form that starts it again
(asking again for the passphrase the act needs, which is never stored)."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from pathlib import Path

from flask import Flask

from pipeline.config import Config
from pipeline.ledger import pekerjaan as catatan
from pipeline.ledger.pekerjaan import CatatanPekerjaan, Ulang
from pipeline.ledger.sop import Langkah
from pipeline.progres import Kemajuan
from pipeline.web import buat_app
from pipeline.web.pekerjaan import Antrean
from pipeline.web.tanda_tangan import ulang_ini
from tests.bantu.ledger import siklus_sampai
from tests.web_bantu import masuk, siklus_menunggu_tim, teks, token

BATAS_TUNGGU = 600  # seconds: a guard against a hung job, never a timing assumption
SEKARANG = datetime(2026, 12, 7, 9, 0)
SANDI_KUNCI = "sandi-kunci-yang-diketik-7Qx"


class Detak:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.detik = 100.0

    def __call__(self) -> float:
        return self.detik


def test_pekerjaan_yang_selesai_tetap_dikenal_sesudah_layanan_dimulai_ulang(
    tmp_path: Path,
) -> None:
    ledger = tmp_path / "sidik.db"
    p = Antrean(ledger, lambda: SEKARANG).mulai(
        "ttd_atasan", "dik-1", "siti", SEKARANG, lambda k: "3 dokumen ditandatangani."
    )
    assert p.usai.wait(BATAS_TUNGGU)
    lagi = Antrean(ledger).cari(p.id)  # the server started again: nothing in memory
    assert lagi is not None and lagi is not p
    assert (lagi.jenis, lagi.siklus, lagi.login, lagi.mulai) == (
        "ttd_atasan",
        "dik-1",
        "siti",
        SEKARANG,
    )
    assert (lagi.berjalan, lagi.terputus, lagi.hasil, lagi.galat) == (
        False,
        False,
        "3 dokumen ditandatangani.",
        "",
    )
    rekaman = catatan.pekerjaan(ledger, p.id)
    assert rekaman is not None and rekaman.usai == SEKARANG


def test_kemajuan_dicatat_paling_sering_sekali_sedetik_dan_di_setiap_tahap(
    tmp_path: Path,
) -> None:
    ledger, detak = tmp_path / "sidik.db", Detak()
    tercatat: list[tuple[str, int, int]] = []

    def kerja(kemajuan: Kemajuan) -> str:
        p = antrean.terakhir  # this job, set before its thread starts
        assert p is not None
        for tahap, selesai, total, maju in (
            ("paraf", 1, 3, 0.0),  # a new stage: recorded
            ("paraf", 2, 3, 0.5),  # half a second later: not
            ("paraf", 3, 3, 0.0),  # the stage's end: recorded
            ("sign", 1, 500, 0.0),  # a new stage
            ("sign", 2, 500, 0.9),  # not yet a second
            ("sign", 3, 500, 0.1),  # a second since the last record
            ("sign", 4, 500, 0.0),
        ):
            detak.detik += maju
            kemajuan(tahap, selesai, total)
            c = catatan.pekerjaan(ledger, p.id)
            assert c is not None
            tercatat.append((c.tahap, c.selesai, c.total))
        return "selesai"

    antrean = Antrean(ledger, lambda: SEKARANG, detak)
    p = antrean.mulai("siklus", "dik-1", "rudi", SEKARANG, kerja)
    assert p.usai.wait(BATAS_TUNGGU) and p.hasil == "selesai", p.galat
    assert tercatat == [
        ("paraf", 1, 3),
        ("paraf", 1, 3),
        ("paraf", 3, 3),
        ("sign", 1, 500),
        ("sign", 1, 500),
        ("sign", 3, 500),
        ("sign", 3, 500),
    ]
    c = catatan.pekerjaan(ledger, p.id)
    assert c is not None and (c.tahap, c.selesai, c.hasil) == ("sign", 4, "selesai")


def test_tanda_tangan_terputus_ditawarkan_lagi_dengan_sandi_diketik_ulang(
    app: Flask, config: Config, ruang_kerja: Path
) -> None:
    siklus = siklus_sampai(config, Langkah.TANDA_TANGAN)
    lepas, sudah_melapor = threading.Event(), threading.Event()

    def kerja(kemajuan: Kemajuan) -> str:
        kemajuan("sign", 120, 500)
        sudah_melapor.set()
        assert lepas.wait(BATAS_TUNGGU)
        return "tidak pernah dilihat"

    # the Atasan PPID's signing, started by the form as the page posts it, then the server stops
    jalur = f"/siklus/{siklus}/ttd"
    formulir = {"sandi": SANDI_KUNCI, "csrf_token": "t"}
    with app.test_request_context(jalur, method="POST", data=formulir):
        p = app.config["SIDIK_PEKERJAAN"].mulai(
            "ttd_atasan", siklus, "siti", SEKARANG, kerja, ulang_ini(sandi=True)
        )
    try:
        assert sudah_melapor.wait(BATAS_TUNGGU)
        baru = buat_app(ruang_kerja / "sidik.toml")  # the server started again
        klien = baru.test_client()
        masuk(klien, "siti")
        # Menunggu saya lists it, with the way to its page
        beranda = teks(klien.get("/"))
        assert "Pekerjaan Anda yang dimulai" in beranda
        assert "Tercatat terakhir: 120 dari 500 dokumen." in beranda
        assert f'href="/pekerjaan/{p.id}"' in beranda
        halaman = teks(klien.get(f"/pekerjaan/{p.id}"))
        assert "http-equiv" not in halaman  # it does not run here: no refreshing
        assert "Pekerjaan ini terputus: layanan dimulai ulang sebelum pekerjaan ini selesai" in (
            halaman
        )
        assert "tercatat terakhir: 120 dari 500 dokumen" in halaman
        assert f'<form class="formulir ulang" method="post" action="{jalur}"' in halaman
        assert '<input type="password" id="sandi-ulang" name="sandi"' in halaman
        assert "ketik lagi sandi kunci Anda" in halaman
        assert SANDI_KUNCI not in halaman
        assert SANDI_KUNCI.encode() not in config.jalur.ledger.read_bytes()
        # another account does not see it
        lain = baru.test_client()
        masuk(lain, "rudi")
        assert lain.get(f"/pekerjaan/{p.id}").status_code == 403
        # the button posts the same form to the same act, which starts a new job
        r = klien.post(jalur, data={"sandi": "", "csrf_token": token(klien, f"/pekerjaan/{p.id}")})
        kedua = baru.config["SIDIK_PEKERJAAN"].terakhir
        assert kedua is not None and kedua.id != p.id
        assert (r.status_code, r.headers["Location"]) == (302, f"/pekerjaan/{kedua.id}")
        assert kedua.usai.wait(BATAS_TUNGGU)
        # started again: no longer listed as interrupted; nor on another's home page
        assert f"/pekerjaan/{p.id}" not in teks(klien.get("/"))
        assert "Pekerjaan Anda yang dimulai" not in teks(lain.get("/"))
    finally:
        lepas.set()
    assert p.usai.wait(BATAS_TUNGGU)


def _terputus(config: Config, jenis: str, siklus: str, ulang: Ulang) -> str:
    """A job recorded as started by a server that stopped before it ended; its id."""
    c = CatatanPekerjaan(uuid.uuid4().hex, jenis, siklus, "rudi", SEKARANG, ulang=ulang)
    catatan.catat_mulai(config.jalur.ledger, c)
    return c.id


def test_membuka_siklus_yang_terputus_dilanjutkan_dari_siklusnya(
    app: Flask, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)  # opened from input/informasi.xlsx
    dibuka = _terputus(config, "siklus", "input/informasi.xlsx", Ulang())
    belum = _terputus(config, "siklus", "input/lain.xlsx", Ulang())
    klien = app.test_client()
    masuk(klien, "rudi")
    halaman = teks(klien.get(f"/pekerjaan/{dibuka}"))
    assert "Pekerjaan ini terputus" in halaman
    assert f'action="/siklus/{siklus}/lanjutkan"' in halaman
    assert 'name="sandi"' not in halaman  # running the cycle asks for no passphrase
    halaman = teks(klien.get(f"/pekerjaan/{belum}"))
    assert "Siklusnya belum dibuka ketika pekerjaan ini terputus" in halaman
    assert 'href="/validasi"' in halaman and 'class="formulir ulang"' not in halaman
    # both listed on the Operator's home page; the upload that opened no cycle until the
    # Operator uploads again, the other until a job on the cycle it opened is started (as
    # 'Lanjutkan siklus' does: a job named by the cycle, not the workbook)
    beranda = teks(klien.get("/"))
    assert f'href="/pekerjaan/{dibuka}"' in beranda and f'href="/pekerjaan/{belum}"' in beranda
    _terputus(config, "siklus", "input/lain-20261207-100000.xlsx", Ulang())
    beranda = teks(klien.get("/"))
    assert f'href="/pekerjaan/{dibuka}"' in beranda and f'href="/pekerjaan/{belum}"' not in beranda
    _terputus(config, "siklus", siklus, Ulang())
    assert f'href="/pekerjaan/{dibuka}"' not in teks(klien.get("/"))
