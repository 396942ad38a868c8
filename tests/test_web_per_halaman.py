"""The pages that list every item of a cycle read it 100 items at a time (a cycle of 5,000 on
one page weighs megabytes): the Tim member's review; a decision returns to its page."""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient

from pipeline import ledger
from pipeline.config import Config
from pipeline.ledger.buku import CatatanDokumen, buka_buku
from pipeline.model import Dokumen, JenisDokumen
from tests.web_bantu import masuk, siklus_menunggu_tim, teks, token


def test_tinjauan_dibaca_per_100_informasi_dan_keputusan_kembali_ke_halamannya(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config, 150)
    masuk(klien, "maya")
    pertama = teks(klien.get(f"/siklus/{siklus}/tinjau"))
    assert "Informasi 1–100 dari 150" in pertama and 'id="item-100"' in pertama
    assert 'id="item-101"' not in pertama
    assert f'href="/siklus/{siklus}/tinjau?dari=100">Berikutnya →</a>' in pertama
    kedua = teks(klien.get(f"/siklus/{siklus}/tinjau?dari=100"))
    assert "Informasi 101–150 dari 150" in kedua and 'id="item-150"' in kedua
    assert f'href="/siklus/{siklus}/tinjau?dari=0">← Sebelumnya</a>' in kedua
    assert 'id="item-100"' not in kedua and 'name="dari" value="100"' in kedua
    data = {
        "keputusan": "dikecualikan",
        "sidik_jari": "sha-120",
        "dari": "100",
        "csrf_token": token(klien, "/status"),
    }
    r = klien.post(f"/siklus/{siklus}/tinjau/120", data=data)
    assert r.headers["Location"] == f"/siklus/{siklus}/tinjau?dari=100#item-120"
    halaman = teks(klien.get(r.headers["Location"]))
    assert "Keputusan Anda atas informasi No 120 tercatat: Dikecualikan." in halaman
    [suara] = [p for p in ledger.jejak(config.jalur.ledger) if p.aksi.startswith("suara_")]
    assert (suara.item_no, suara.pengguna) == (120, "maya")


def test_halaman_di_luar_daftar_menampilkan_halaman_terakhir(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config, 150)
    masuk(klien, "maya")
    for dari in ("9999", "abc", "-5"):
        halaman = teks(klien.get(f"/siklus/{siklus}/tinjau?dari={dari}"))
        terakhir = dari == "9999"
        assert ("Informasi 101–150 dari 150" in halaman) == terakhir, dari
        assert ("Informasi 1–100 dari 150" in halaman) == (not terakhir), dari


def _lembar_dikonversi(config: Config, siklus: str, jumlah: int) -> None:
    """Every item's Lembar recorded as converted (the DIK is recorded initialled)."""
    with buka_buku(config.jalur.ledger) as b, b.transaksi():
        for no in range(1, jumlah + 1):
            nama = f"lembar-{no:04d}"
            d = Dokumen(JenisDokumen.LEMBAR_UJI, nama, Path(f"pdf/{nama}.pdf"), no, "SEKRE")
            b.simpan_dokumen(siklus, "convert", CatatanDokumen(d, "sha", "sj", b.jam()))


def test_tinjauan_menautkan_pdf_informasi_di_halamannya_saja(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config, 150)
    _lembar_dikonversi(config, siklus, 150)
    masuk(klien, "maya")
    pertama = teks(klien.get(f"/siklus/{siklus}/tinjau"))
    assert "Buka lembar-0100 (PDF)" in pertama and "lembar-0101" not in pertama
    assert "Dokumen (PDF) (1)" in pertama  # above the items: the DIK, not every Lembar
    assert f'href="/siklus/{siklus}/pdf/daftar"' in pertama
    assert pertama.count("/pdf/lembar-") == 100  # each item's own, once
    kedua = teks(klien.get(f"/siklus/{siklus}/tinjau?dari=100"))
    assert "Buka lembar-0150 (PDF)" in kedua and "lembar-0100" not in kedua
    assert kedua.count("/pdf/lembar-") == 50


def test_dokumen_siklus_dibaca_per_100_dengan_pdf_terkininya(
    klien: FlaskClient, config: Config
) -> None:
    # what "Menunggu saya" links instead of listing every PDF of a cycle on the card
    siklus = siklus_menunggu_tim(config, 150)
    _lembar_dikonversi(config, siklus, 150)
    masuk(klien, "andi")
    pertama = teks(klien.get(f"/siklus/{siklus}/dokumen"))
    assert "Dokumen 1–100 dari 151" in pertama and pertama.count("/pdf/") == 100
    assert f'href="/siklus/{siklus}/pdf/daftar"' in pertama  # by name: the DIK first
    assert f'href="/siklus/{siklus}/dokumen?dari=100">Berikutnya →</a>' in pertama
    kedua = teks(klien.get(f"/siklus/{siklus}/dokumen?dari=100"))
    assert "Dokumen 101–151 dari 151" in kedua and kedua.count("/pdf/") == 51
    assert f'href="/siklus/{siklus}/pdf/lembar-0150"' in kedua
    assert klien.get("/siklus/tidak-ada/dokumen").status_code == 409
    klien.post("/keluar", data={"csrf_token": token(klien, "/")})
    masuk(klien, "audit")
    assert klien.get(f"/siklus/{siklus}/dokumen").status_code == 403
