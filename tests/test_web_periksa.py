"""The PPID Pelaksana's check item by item in the page (SOP step 2): send an item back to the
Operator with a note, or initial the Lembar of the items chosen; the Operator's "Menunggu
saya" and the cycle status then show the item sent back, with the note and who sent it."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from pipeline import ledger
from pipeline.akun import PeranAkun
from pipeline.config import Config, muat
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.sop import Langkah
from pipeline.model import Keputusan
from pipeline.web import buat_app
from tests.bantu.periksa import CATATAN, pekerjaan_usai, siklus_menunggu_periksa
from tests.web_bantu import LOGIN, buat_akun, masuk, teks, token


def kembalikan(klien: FlaskClient, siklus: str, no: int, catatan: str, csrf: bool = True):  # type: ignore[no-untyped-def]
    """Press Kembalikan beside item ``no`` with ``catatan``."""
    data = {"catatan": catatan}
    if csrf:
        data["csrf_token"] = token(klien, "/status")
    return klien.post(f"/siklus/{siklus}/periksa/{no}/kembalikan", data=data)


def dikembalikan(config: Config) -> list[ledger.Peristiwa]:
    """The ledger's events of items sent back."""
    return [p for p in ledger.jejak(config.jalur.ledger) if p.aksi == "item_dikembalikan"]


@pytest.mark.parametrize("peran", list(PeranAkun))
def test_hanya_ppid_pelaksana_memeriksa_dan_mengembalikan(
    klien: FlaskClient, config: Config, peran: PeranAkun
) -> None:
    siklus = siklus_menunggu_periksa(config)
    masuk(klien, LOGIN[peran])
    ppid = peran is PeranAkun.PPID_PELAKSANA
    assert klien.get(f"/siklus/{siklus}/periksa").status_code == (200 if ppid else 403)
    r = kembalikan(klien, siklus, 1, CATATAN)
    assert r.status_code == (302 if ppid else 403)
    assert len(dikembalikan(config)) == (1 if ppid else 0)
    tanda = token(klien, "/status")
    r = klien.post(f"/siklus/{siklus}/periksa/paraf", data={"csrf_token": tanda})
    assert r.status_code == (302 if ppid else 403)  # no item chosen: back to the page


def test_pengembalian_tanpa_token_csrf_ditolak(klien: FlaskClient, config: Config) -> None:
    siklus = siklus_menunggu_periksa(config)
    masuk(klien, "andi")
    r = kembalikan(klien, siklus, 1, CATATAN, csrf=False)
    assert r.status_code == 400
    assert "Formulir ini kedaluwarsa atau tidak berasal dari halaman sidik." in teks(r)
    assert dikembalikan(config) == []


def test_pengembalian_tanpa_catatan_ditolak_dengan_pesan_jelas(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_periksa(config)
    masuk(klien, "andi")
    r = kembalikan(klien, siklus, 2, "   ")
    assert r.headers["Location"] == f"/siklus/{siklus}/periksa#item-2"
    halaman = teks(klien.get(r.headers["Location"]))
    assert (
        "Informasi No 2 tidak dikembalikan: tulis catatan apa yang harus diperbaiki Operator."
        in halaman
    )
    assert dikembalikan(config) == []
    [status] = ledger.status(config.jalur.ledger)
    assert status.keputusan == {"belum": 3}


def test_ppid_pelaksana_mengembalikan_informasi_dengan_catatan_sebagai_dirinya(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_periksa(config)
    masuk(klien, "andi")
    halaman = teks(klien.get("/"))
    assert f'href="/siklus/{siklus}/periksa">Periksa per informasi</a>' in halaman
    halaman = teks(klien.get(f"/siklus/{siklus}/periksa"))
    assert 'name="catatan" rows="2" required' in halaman and "1. Informasi 1" in halaman
    r = kembalikan(klien, siklus, 3, CATATAN)
    halaman = teks(klien.get(r.headers["Location"]))
    assert (
        "Informasi No 3 dikembalikan kepada Operator untuk diperbaiki (langkah 1) dengan "
        "catatan: Konsekuensi terlalu umum" in halaman
    )
    assert "Dikembalikan PPID Pelaksana Andi Teladan, S.E. (NIP 000000000000000001) (andi)" in (
        halaman
    )
    [p] = dikembalikan(config)
    assert (p.item_no, p.keterangan, p.langkah) == (3, CATATAN, Langkah.PERIKSA)
    assert (p.pengguna, p.saluran, p.atas_nama) == ("andi", "web", False)
    [status] = ledger.status(config.jalur.ledger)
    assert status.keputusan == {"belum": 2, "perbaiki": 1}
    terbuka = next(b for b in status.langkah if b.selesai is None)
    assert terbuka.langkah is Langkah.KUMPUL  # step 1 reopened for the Operator
    # no longer on his Menunggu saya (step 1 is the Operator's): the status leads to the page
    assert f"/siklus/{siklus}/periksa" not in teks(klien.get("/"))
    status_halaman = teks(klien.get("/status"))
    assert f'href="/siklus/{siklus}/periksa">Periksa per informasi</a>' in status_halaman


def test_operator_melihat_informasi_yang_dikembalikan_dengan_catatan_dan_pengirimnya(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_periksa(config)
    masuk(klien, "andi")
    kembalikan(klien, siklus, 3, CATATAN)
    klien.post("/keluar", data={"csrf_token": token(klien, "/")})
    masuk(klien, "rudi")
    for jalur in ("/", "/status"):
        halaman = teks(klien.get(jalur))
        assert "Informasi yang dikembalikan untuk diperbaiki" in halaman, jalur
        assert "3. Informasi 3" in halaman
        assert "Dikembalikan PPID Pelaksana Andi Teladan, S.E." in halaman
        assert "(andi)" in halaman and f"Catatan: {CATATAN}" in halaman
    assert "1. Informasi 1" not in teks(klien.get("/"))


def test_informasi_yang_sudah_diputus_tim_tidak_dapat_dikembalikan(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_periksa(config)
    with buka_buku(config.jalur.ledger) as b:
        b.putuskan(siklus, 1, Keputusan.DIKECUALIKAN, "")
    masuk(klien, "andi")
    halaman = teks(klien.get(f"/siklus/{siklus}/periksa"))
    assert 'action="/siklus/' + siklus + '/periksa/1/kembalikan"' not in halaman
    assert "Keputusan Tim: Dikecualikan" in halaman
    r = kembalikan(klien, siklus, 1, CATATAN)  # a form kept from before: refused by the library
    halaman = teks(klien.get(r.headers["Location"]))
    assert f"Informasi No 1 siklus {siklus} sudah diputus Tim Pertimbangan" in halaman
    assert dikembalikan(config) == []


def test_paraf_pilihan_tanpa_informasi_dipilih_diminta_memilih(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_periksa(config)
    masuk(klien, "andi")
    r = klien.post(f"/siklus/{siklus}/periksa/paraf", data={"csrf_token": token(klien, "/")})
    assert r.headers["Location"] == f"/siklus/{siklus}/periksa"
    assert "Pilih sedikitnya satu informasi untuk diparaf." in teks(
        klien.get(f"/siklus/{siklus}/periksa")
    )
    assert klien.application.config["SIDIK_PEKERJAAN"].terakhir is None  # no job started


def test_dengan_tindakan_pribadi_pengembalian_tercatat_sebagai_tindakan_ppid_sendiri(
    ruang_kerja: Path,
) -> None:
    from tests.bantu.aktor import ikat

    ikat(ruang_kerja, pribadi=True)
    config = muat(ruang_kerja / "sidik.toml")
    buat_akun(config)
    klien = buat_app(ruang_kerja / "sidik.toml").test_client()
    siklus = siklus_menunggu_periksa(config)
    masuk(klien, "andi")
    assert kembalikan(klien, siklus, 1, CATATAN).status_code == 302
    [p] = dikembalikan(config)
    assert (p.pengguna, p.atas_nama) == ("andi", False)


def test_daftar_panjang_dibaca_per_100_informasi_dan_pengembalian_kembali_ke_halamannya(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_periksa(config, 150)
    masuk(klien, "andi")
    pertama = teks(klien.get(f"/siklus/{siklus}/periksa"))
    assert "Informasi 1–100 dari 150" in pertama and 'id="item-100"' in pertama
    assert 'id="item-101"' not in pertama
    assert f'href="/siklus/{siklus}/periksa?dari=100">Berikutnya →</a>' in pertama
    kedua = teks(klien.get(f"/siklus/{siklus}/periksa?dari=100"))
    assert "Informasi 101–150 dari 150" in kedua and 'id="item-150"' in kedua
    assert 'id="item-100"' not in kedua and 'name="dari" value="100"' in kedua
    data = {"catatan": CATATAN, "dari": "100", "csrf_token": token(klien, "/status")}
    r = klien.post(f"/siklus/{siklus}/periksa/120/kembalikan", data=data)
    assert r.headers["Location"] == f"/siklus/{siklus}/periksa?dari=100#item-120"
    assert "Informasi No 120 dikembalikan kepada Operator" in teks(klien.get(r.headers["Location"]))


@pytest.mark.libreoffice
def test_ppid_mengembalikan_satu_dan_memaraf_yang_dipilih_dari_halaman(
    ruang_dengan_pki: Path,
) -> None:
    from tests.bantu.aktor import ikat, sebagai
    from tests.bantu.buku_kerja import buku_kerja_kecil

    ruang = ruang_dengan_pki
    ikat(ruang, pribadi=True)  # step 2 is the PPID Pelaksana's own act
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    assert sebagai("rudi", ruang, "run", wb).returncode == 13  # waits for the paraf
    config = muat(ruang / "sidik.toml")
    buat_akun(config)
    klien = buat_app(ruang / "sidik.toml").test_client()
    [status] = ledger.status(config.jalur.ledger)
    siklus = status.siklus.id
    masuk(klien, "andi")

    kembalikan(klien, siklus, 2, CATATAN)
    halaman = teks(klien.get(f"/siklus/{siklus}/periksa"))
    assert 'name="item" value="1"' in halaman and 'name="item" value="2"' not in halaman
    data = {"item": ["1"], "csrf_token": token(klien, f"/siklus/{siklus}/periksa")}
    r = klien.post(f"/siklus/{siklus}/periksa/paraf", data=data)
    p = pekerjaan_usai(klien)
    assert (p.jenis, p.login, p.galat) == ("paraf", "andi", "")
    assert p.hasil == (
        f"Paraf dibubuhkan pada 1 dokumen siklus {siklus}. DIK dan Surat Keputusan belum "
        "diparaf: keduanya mencakup setiap informasi dan diparaf setelah Lembar setiap "
        "informasi diparaf; menunggu Lembar 1 informasi (No 2)."
    )
    assert r.headers["Location"] == f"/pekerjaan/{p.id}"
    paraf = [e for e in ledger.jejak(config.jalur.ledger) if e.aksi == "paraf"]
    assert [(e.item_no, e.pengguna, e.saluran) for e in paraf] == [(1, "andi", "web")]
    halaman = teks(klien.get(f"/siklus/{siklus}/periksa"))
    assert "Lembar sudah diparaf" in halaman and "Lembar menunggu paraf" not in halaman
