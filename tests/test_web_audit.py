"""The auditor's pages through Flask's test client: the log's filters (as ``sidik log``'s),
a cycle's printable audit trail and its download, the archive check and a cycle's
verification report, each read only, for the auditor and the admin only."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pipeline import ledger
from pipeline.aktor import Aktor, sebagai
from pipeline.config import Config
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.catatan import Peristiwa, SaringJejak
from pipeline.ledger.sop import Langkah, Peran
from pipeline.web import buat_app
from tests.bantu.cli import sidik_di
from tests.bantu.ledger import WIB
from tests.web_bantu import SANDI, buat_akun, masuk, siklus_menunggu_tim, teks, token


def _peristiwa(config: Config, siklus: str, peran: Peran, aksi: str, waktu: datetime) -> None:
    with buka_buku(config.jalur.ledger) as b:
        b.catat(Peristiwa(siklus, Langkah.TINJAU, peran, "Pejabat", aksi, 1, waktu=waktu))


def _baris(halaman: str) -> str:
    return halaman.split("<tbody>")[1].split("</tbody>")[0]


def test_auditor_menyaring_log_menurut_peran_dan_tanggal(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)
    _peristiwa(
        config,
        siklus,
        Peran.TIM_PERTIMBANGAN,
        "rapat_lama",
        datetime(2026, 11, 30, 23, 59, tzinfo=WIB),
    )
    _peristiwa(
        config,
        siklus,
        Peran.TIM_PERTIMBANGAN,
        "rapat_baru",
        datetime(2026, 12, 1, 0, 1, tzinfo=WIB),
    )
    _peristiwa(
        config, siklus, Peran.ATASAN_PPID, "catatan_atasan", datetime(2026, 12, 2, 8, 0, tzinfo=WIB)
    )
    masuk(klien, "audit")
    r = klien.get("/log?peran=tim_pertimbangan&sejak=2026-12-01")
    assert r.status_code == 200
    baris = _baris(teks(r))
    assert "rapat_baru" in baris
    assert "rapat_lama" not in baris and "catatan_atasan" not in baris
    assert '<option value="tim_pertimbangan" selected>' in teks(r)
    assert 'name="sejak" type="date" value="2026-12-01"' in teks(r)


def _peristiwa_oleh(config: Config, siklus: str, login: str, aksi: str) -> None:
    with sebagai(Aktor(login)):
        _peristiwa(config, siklus, Peran.OPERATOR, aksi, datetime(2026, 12, 2, tzinfo=WIB))


def test_auditor_menyaring_log_menurut_pelaku(klien: FlaskClient, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    _peristiwa_oleh(config, siklus, "rudi", "oleh_rudi")
    _peristiwa_oleh(config, siklus, "andi", "oleh_andi")
    masuk(klien, "audit")
    halaman = teks(klien.get("/log?pelaku=rudi"))
    assert "oleh_rudi" in _baris(halaman) and "oleh_andi" not in _baris(halaman)
    assert 'name="pelaku" value="rudi"' in halaman
    assert f'<a href="/siklus/{siklus}/jejak">{siklus}</a>' in _baris(halaman)  # its trail


def test_sidik_log_menyaring_menurut_pelaku(ruang_kerja: Path, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    _peristiwa_oleh(config, siklus, "rudi", "oleh_rudi")
    _peristiwa_oleh(config, siklus, "andi", "oleh_andi")
    hasil = sidik_di(ruang_kerja, "log", "--pelaku", "andi", "--json")
    assert hasil.exit_code == 0, hasil.output
    assert [(p["aksi"], p["pelaku"]) for p in json.loads(hasil.stdout)] == [("oleh_andi", "andi")]


@pytest.mark.parametrize(
    "salah",
    [
        "peran=bupati",
        "sejak=1-12-2026",
        "item=satu",
        "item=%C2%B2",  # a superscript two: a digit to str.isdigit, not to int()
        "item=99999999999999999999",  # beyond SQLite's integers
        "dari=%C2%B2",
    ],
)
def test_saringan_log_yang_tidak_dikenal_diabaikan(
    klien: FlaskClient, config: Config, salah: str
) -> None:
    siklus = siklus_menunggu_tim(config)
    _peristiwa(
        config, siklus, Peran.ATASAN_PPID, "catatan_atasan", datetime(2026, 12, 2, 8, 0, tzinfo=WIB)
    )
    masuk(klien, "audit")
    r = klien.get(f"/log?{salah}")
    assert r.status_code == 200 and "catatan_atasan" in _baris(teks(r))


def _rapat_banyak(config: Config, siklus: str, jumlah: int) -> None:
    """``jumlah`` events of the Tim, ``rapat_0`` on, and one of the Atasan PPID's after each
    hundred (the filter leaves those out)."""
    with buka_buku(config.jalur.ledger) as b, b.transaksi():
        for n in range(jumlah):
            b.catat(Peristiwa(siklus, Langkah.TINJAU, Peran.TIM_PERTIMBANGAN, "Tim", f"rapat_{n}"))
            if n % 100 == 99:
                b.catat(Peristiwa(siklus, Langkah.TINJAU, Peran.ATASAN_PPID, "Atasan", "lain"))


def _aksi(halaman: str) -> list[str]:
    return [b.split("<td>")[4].split("</td>")[0] for b in _baris(halaman).split("<tr>")[1:]]


def test_log_dibaca_per_200_peristiwa_dengan_saringan_yang_tetap(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)
    _rapat_banyak(config, siklus, 450)
    masuk(klien, "audit")
    pertama = teks(klien.get(f"/log?siklus={siklus}&peran=tim_pertimbangan"))
    assert "Peristiwa 1–200 dari 450" in pertama
    assert _aksi(pertama) == [f"rapat_{n}" for n in range(200)]  # in sidik log's order
    lanjut = f"/log?siklus={siklus}&amp;peran=tim_pertimbangan&amp;dari=200"
    assert f'<a href="{lanjut}" rel="next">Berikutnya →</a>' in pertama
    assert "Sebelumnya" not in pertama
    kedua = teks(klien.get(lanjut.replace("&amp;", "&")))
    assert "Peristiwa 201–400 dari 450" in kedua
    assert _aksi(kedua) == [f"rapat_{n}" for n in range(200, 400)]
    kembali = f"/log?siklus={siklus}&amp;peran=tim_pertimbangan&amp;dari=0"
    assert f'<a href="{kembali}" rel="prev">← Sebelumnya</a>' in kedua
    akhir = f"/log?siklus={siklus}&amp;peran=tim_pertimbangan&amp;dari=400"
    assert f'<a href="{akhir}">Terakhir »</a>' in kedua
    ketiga = teks(klien.get(akhir.replace("&amp;", "&")))
    assert _aksi(ketiga) == [f"rapat_{n}" for n in range(400, 450)]
    assert "Peristiwa 401–450 dari 450" in ketiga and "Berikutnya" not in ketiga


def test_halaman_log_di_luar_jejak_menampilkan_halaman_terakhir(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)
    _rapat_banyak(config, siklus, 250)  # and 2 of the Atasan PPID: 252 events
    masuk(klien, "audit")
    for dari, rentang in (
        ("9999", "201–252"),
        ("abc", "1–200"),
        ("-5", "1–200"),
        ("250", "201–252"),
    ):
        assert f"Peristiwa {rentang} dari 252" in teks(klien.get(f"/log?dari={dari}")), dari
    sedikit = teks(klien.get(f"/log?siklus={siklus}&peran=atasan_ppid"))
    assert _aksi(sedikit) == ["lain", "lain"] and "Peristiwa" not in sedikit  # one page: no nav


def test_halaman_jejak_dari_buku_sama_dengan_potongan_jejak_utuh(
    config: Config,
) -> None:
    siklus = siklus_menunggu_tim(config)
    _rapat_banyak(config, siklus, 250)
    saring = SaringJejak(siklus=siklus, peran=Peran.TIM_PERTIMBANGAN)
    utuh = ledger.jejak(config.jalur.ledger, saring)
    for dari in (0, 199, 200, 240, 1000):
        h = ledger.jejak_halaman(config.jalur.ledger, saring, dari, 100)
        awal = min(dari // 100 * 100, 200)
        assert (h.isi, h.dari, h.jumlah) == (utuh[awal : awal + 100], awal, 250), dari


def _suara_maya(klien: FlaskClient, siklus: str, **kirim: Any) -> None:
    tanda = klien.get(f"/siklus/{siklus}/tinjau", **kirim).get_data(as_text=True)
    data = {
        "keputusan": "dikecualikan",
        "sidik_jari": "sha-1",
        "csrf_token": tanda.split('name="csrf_token" value="')[1].split('"')[0],
    }
    r = klien.post(f"/siklus/{siklus}/tinjau/1", data=data, **kirim)
    assert r.status_code == 302


def test_tindakan_web_mencatat_alamat_klien_di_belakang_proxy(
    ruang_kerja: Path, config: Config
) -> None:
    buat_akun(config)
    siklus = siklus_menunggu_tim(config)
    klien = buat_app(ruang_kerja / "sidik.toml", proxy=True).test_client()
    situs = "https://ppid.contoh.go.id"
    kepala = {
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "ppid.contoh.go.id",
        "X-Forwarded-For": "203.0.113.7",
        "Referer": f"{situs}/masuk",
    }
    kirim: dict[str, Any] = {"headers": kepala, "base_url": situs}
    tanda = klien.get("/masuk", **kirim).get_data(as_text=True)
    data = {"login": "maya", "sandi": SANDI}
    data["csrf_token"] = tanda.split('name="csrf_token" value="')[1].split('"')[0]
    assert klien.post("/masuk", data=data, **kirim).status_code == 302
    kepala["Referer"] = f"{situs}/siklus/{siklus}/tinjau"
    _suara_maya(klien, siklus, **kirim)
    [suara] = [p for p in ledger.jejak(config.jalur.ledger) if p.aksi.startswith("suara_")]
    assert (suara.pengguna, suara.saluran, suara.alamat) == ("maya", "web", "203.0.113.7")
    # an event of the CLI names no address; 'sidik log --json' shows both
    _peristiwa(config, siklus, Peran.ATASAN_PPID, "catatan_cli", datetime(2026, 12, 2, tzinfo=WIB))
    hasil = sidik_di(ruang_kerja, "log", "--json")
    alamat = {p["aksi"]: (p["saluran"], p["alamat"]) for p in json.loads(hasil.stdout)}
    assert alamat["suara_dikecualikan"] == ("web", "203.0.113.7")
    assert alamat["catatan_cli"] == ("cli", "")


def test_tanpa_proxy_alamat_adalah_alamat_koneksi(klien: FlaskClient, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    masuk(klien, "maya")
    _suara_maya(klien, siklus, environ_base={"REMOTE_ADDR": "192.0.2.44"})
    [suara] = [p for p in ledger.jejak(config.jalur.ledger) if p.aksi.startswith("suara_")]
    assert suara.alamat == "192.0.2.44"


def _jejak_tercatat(config: Config, siklus: str, klien: FlaskClient) -> None:
    """Maya's decision on item 1 through the page (from 192.0.2.44), then a paraf from the
    CLI with the document's hashes in and out."""
    masuk(klien, "maya")
    _suara_maya(klien, siklus, environ_base={"REMOTE_ADDR": "192.0.2.44"})
    klien.post("/keluar", data={"csrf_token": token(klien, "/")})
    with buka_buku(config.jalur.ledger) as b:
        b.catat(
            Peristiwa(
                siklus,
                Langkah.PERIKSA,
                Peran.PPID_PELAKSANA,
                "Andi Teladan, S.E. (NIP 000000000000000001)",
                "paraf",
                1,
                "a" * 64,
                "b" * 64,
                "lembar-0001",
                waktu=datetime(2026, 12, 2, 9, 30, tzinfo=WIB),
            )
        )


def test_auditor_membaca_jejak_siklus_yang_dapat_dicetak(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)
    _jejak_tercatat(config, siklus, klien)
    masuk(klien, "audit")
    assert f'href="/siklus/{siklus}/jejak"' in teks(klien.get("/status"))
    r = klien.get(f"/siklus/{siklus}/jejak")
    assert r.status_code == 200
    halaman = teks(r)
    assert f"<h1>Jejak audit siklus {siklus}</h1>" in halaman
    assert 'href="/static/cetak.css"' in halaman
    baris = _baris(halaman.split('id="h-peristiwa"')[1])
    [suara] = [b for b in baris.split("<tr>") if "suara_dikecualikan" in b]
    [paraf] = [b for b in baris.split("<tr>") if "<td>paraf</td>" in b]
    assert baris.index("suara_dikecualikan") < baris.index("<td>paraf</td>")  # in order
    assert "suara_dikecualikan" in suara and "maya (web)" in suara and "192.0.2.44" in suara
    assert "Tim Pertimbangan" in suara and "atas nama" not in suara
    assert "02-12-2026 09:30:00" in paraf and "paraf" in paraf and "(cli)" in paraf
    masuk_keluar = f'masuk {"a" * 32}<wbr>{"a" * 32}</span><span class="sha">keluar {"b" * 32}'
    assert masuk_keluar in paraf and "atas nama" in paraf
    assert "Siklus ini belum diarsipkan." in halaman
    assert "<td>Andi Teladan, S.E. (NIP 000000000000000001)</td><td>PPID Pelaksana</td>" in halaman


def test_jejak_siklus_diunduh_sebagai_json(klien: FlaskClient, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    _jejak_tercatat(config, siklus, klien)
    with buka_buku(config.jalur.ledger) as b:  # Andi's second paraf, a day later
        andi = "Andi Teladan, S.E. (NIP 000000000000000001)"
        kedua = datetime(2026, 12, 3, 10, 0, tzinfo=WIB)
        b.catat(Peristiwa(siklus, Langkah.PERIKSA, Peran.PPID_PELAKSANA, andi, "paraf", 2,
                          keterangan="lembar-0002", waktu=kedua))  # fmt: skip
    masuk(klien, "audit")
    r = klien.get(f"/siklus/{siklus}/jejak.json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    assert r.headers["Content-Disposition"] == f'attachment; filename="jejak-{siklus}.json"'
    data = json.loads(teks(r))
    assert data["siklus"]["id"] == siklus and data["siklus"]["tanggal"] == "2026-12-01"
    assert len(data["peristiwa"]) == len(ledger.jejak(config.jalur.ledger))
    asal = {p["aksi"]: (p["saluran"], p["alamat"]) for p in data["peristiwa"]}
    assert asal["suara_dikecualikan"] == ("web", "192.0.2.44") and asal["paraf"] == ("cli", "")
    [paraf, _] = [p for p in data["peristiwa"] if p["aksi"] == "paraf"]
    assert paraf["waktu"] == "2026-12-02T09:30:00+07:00" and paraf["sha256_keluar"] == "b" * 64
    assert paraf["langkah_teks"] == "2 periksa & paraf" and paraf["peran"] == "ppid_pelaksana"
    assert data["penanda_tangan"] == [
        {
            "pejabat": "Andi Teladan, S.E. (NIP 000000000000000001)",
            "peran": "ppid_pelaksana",
            "aksi": "paraf",
            "jumlah": 2,
            "terakhir": "2026-12-03T10:00:00+07:00",  # the last of them
        }
    ]
    assert data["dokumen"] == [] and data["manifest"] == []


@pytest.mark.parametrize("jalur", ["/siklus/tidak-ada/jejak", "/siklus/tidak-ada/jejak.json"])
def test_jejak_siklus_yang_tidak_ada(klien: FlaskClient, config: Config, jalur: str) -> None:
    siklus_menunggu_tim(config)
    masuk(klien, "audit")
    r = klien.get(jalur)
    assert r.status_code == 404 and "Halaman tidak ditemukan." in teks(r)


def test_jejak_dalam_bahasa_inggris(klien: FlaskClient, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    masuk(klien, "audit")
    halaman = teks(klien.get(f"/siklus/{siklus}/jejak?lang=en"))
    assert f"<h1>Audit trail of cycle {siklus}</h1>" in halaman
    assert "This cycle is not archived yet." in halaman and "Download the trail (JSON)" in halaman


def test_halaman_arsip_sebelum_ada_arsip(klien: FlaskClient, config: Config) -> None:
    siklus_menunggu_tim(config)
    masuk(klien, "audit")
    r = klien.get("/arsip")
    assert r.status_code == 200
    assert "Belum ada arsip: folder output/arsip belum ada." in teks(r)
    assert not (config.jalur.keluaran / "arsip").exists()
    r = klien.get("/arsip?lang=en")
    assert "<h1>Archive check</h1>" in teks(r)
    assert "No archive yet: there is no folder output/arsip." in teks(r)


def test_laporan_verifikasi_siklus_yang_belum_diarsipkan(app: Flask, config: Config) -> None:
    siklus = siklus_menunggu_tim(config)
    klien = app.test_client()
    masuk(klien, "audit")
    jalur = f"/siklus/{siklus}/verifikasi"
    assert f"Siklus {siklus} belum diarsipkan" in teks(klien.get(jalur))
    r = klien.post(jalur, data={"csrf_token": token(klien, jalur)}, follow_redirects=True)
    assert f"Siklus {siklus} belum diarsipkan: belum ada yang dapat diperiksa." in teks(r)
    assert app.config["SIDIK_PEKERJAAN"].terakhir is None  # no job started


def test_pekerjaan_lain_menunggu_pemeriksaan_arsip_selesai(app: Flask, config: Config) -> None:
    # a verification holds the workspace (a job that waits for the test): the PPID
    # Pelaksana's paraf is not started, and says what runs
    siklus = siklus_menunggu_tim(config)
    lepas = threading.Event()
    antrean = app.config["SIDIK_PEKERJAAN"]
    p = antrean.mulai(
        "verifikasi",
        siklus,
        "audit",
        datetime(2026, 12, 6, tzinfo=WIB),
        lambda _k: str(lepas.wait(600)),
    )
    klien = app.test_client()
    masuk(klien, "andi")
    r = klien.post(
        f"/siklus/{siklus}/paraf", data={"csrf_token": token(klien, "/")}, follow_redirects=True
    )
    assert f"Pemeriksaan tanda tangan arsip siklus {siklus} masih berjalan di server." in teks(r)
    assert antrean.terakhir is p
    lepas.set()
    assert p.usai.wait(600) and p.hasil == "True"


def test_jejak_siklus_panjang_dibaca_per_halaman_dan_dicetak_utuh(
    klien: FlaskClient, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a page of 100 events (1,000 in the service): a trail of 250 and more reads in three
    # pages; each keeps the other list's page; the whole one prints at /jejak/lengkap
    from pipeline.web import audit

    monkeypatch.setattr(audit, "PER_HALAMAN_JEJAK", 100)
    siklus = siklus_menunggu_tim(config)
    _jejak_tercatat(config, siklus, klien)  # Maya's vote, Andi's paraf
    _rapat_banyak(config, siklus, 250)
    utuh = ledger.jejak(config.jalur.ledger, SaringJejak(siklus=siklus))
    masuk(klien, "audit")

    def nomor(halaman: str) -> list[int]:
        baris = _baris(halaman.split('id="h-peristiwa"')[1]).split("<tr>")[1:]
        return [int(b.split("<td>")[1].split("</td>")[0]) for b in baris]

    pertama = teks(klien.get(f"/siklus/{siklus}/jejak"))
    assert nomor(pertama) == list(range(1, 101))
    assert f"Peristiwa 1–100 dari {len(utuh)}" in pertama
    assert f'href="/siklus/{siklus}/jejak?dari=100&amp;dok=0"' in pertama
    assert "Cetak mencetak halaman ini saja" in pertama
    assert f'href="/siklus/{siklus}/jejak/lengkap"' in pertama
    assert f"<dd>{len(utuh)}</dd>" in pertama  # the count of the whole trail
    kedua = teks(klien.get(f"/siklus/{siklus}/jejak?dari=150"))  # rounded to its page
    assert nomor(kedua) == list(range(101, 201))
    akhir = (len(utuh) - 1) // 100 * 100
    terakhir = teks(klien.get(f"/siklus/{siklus}/jejak?dari=99999"))
    assert nomor(terakhir) == list(range(akhir + 1, len(utuh) + 1))
    # the signers are counted over the whole cycle on every page, as the download counts them
    ttd = json.loads(teks(klien.get(f"/siklus/{siklus}/jejak.json")))["penanda_tangan"]
    assert ttd  # Andi's paraf
    for halaman in (pertama, terakhir):
        for t in ttd:
            assert f"<td>{t['pejabat']}</td>" in halaman.split('id="h-penanda"')[1]
    lengkap = teks(klien.get(f"/siklus/{siklus}/jejak/lengkap"))
    assert nomor(lengkap) == list(range(1, len(utuh) + 1))
    assert "Cetak mencetak halaman ini saja" not in lengkap
    assert klien.get("/siklus/tidak-ada/jejak/lengkap").status_code == 404


@pytest.mark.parametrize("tanya", ["dari=%C2%B2", "dok=%D9%A1", "dari=99999999999999999999"])
def test_halaman_jejak_dengan_nomor_yang_bukan_angka(
    klien: FlaskClient, config: Config, tanya: str
) -> None:
    siklus = siklus_menunggu_tim(config)
    masuk(klien, "audit")
    r = klien.get(f"/siklus/{siklus}/jejak?{tanya}")
    assert r.status_code == 200 and f"Jejak audit siklus {siklus}" in teks(r)
