"""The ledger: schema and migrations, append-only events, registers, lock, status and due."""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from pipeline import ledger
from pipeline.cli import cli
from pipeline.errors import ExitCode, LockHeld
from pipeline.ledger import skema
from pipeline.ledger.buku import Buku, Peristiwa, buka_buku
from pipeline.ledger.gembok import baca_pemegang, gembok_ruang_kerja
from pipeline.ledger.register import (
    EntriArsip,
    ManifestTercatat,
    catat_arsip,
    manifest_tercatat,
    nomor_berikutnya,
    nomor_dokumen,
    register_arsip,
)
from pipeline.ledger.sop import Langkah, Peran
from pipeline.messages import terjemah
from pipeline.model import Keputusan
from tests.bantu.cli import jalankan_sidik, sidik_di
from tests.bantu.ledger import WIB, Jam, item


@pytest.fixture
def jam() -> Jam:
    return Jam(datetime(2026, 5, 29, 9, 0, tzinfo=WIB))  # a Friday before a long weekend


@pytest.fixture
def buku(tmp_path: Path, jam: Jam) -> Iterator[Buku]:
    with buka_buku(tmp_path / "sidik.db", jam) as b:
        yield b


def test_skema_berversi_wal_dan_kunci_asing(buku: Buku, tmp_path: Path) -> None:
    assert buku.db.execute("PRAGMA user_version").fetchone()[0] == skema.VERSI
    assert buku.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert buku.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        buku.db.execute(
            "INSERT INTO item (siklus, no, judul, unit_kerja, pasal17_huruf, data,"
            " sha256) VALUES ('tidak-ada', 1, 'x', 'x', 'h', '{}', 'x')"
        )
    with buka_buku(tmp_path / "sidik.db") as lagi:  # reopening migrates nothing twice
        assert lagi.db.execute("PRAGMA user_version").fetchone()[0] == skema.VERSI


def test_migrasi_2_mengambil_alih_hash_manifest_yang_sudah_diarsipkan(tmp_path: Path) -> None:
    # A ledger of version 1 that filed a cycle: its manifest's hash was only in the event log.
    db = sqlite3.connect(tmp_path / "lama.db", isolation_level=None)
    for pernyataan in skema._pernyataan(skema.MIGRASI[0]):
        db.execute(pernyataan)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO siklus VALUES ('dik-1', 'a.xlsx', '2026-05-29', 'x', 'h')")
    db.execute(
        "INSERT INTO peristiwa (siklus, langkah, peran, pejabat, pengguna, aksi, waktu,"
        " sha256_keluar, keterangan) VALUES ('dik-1', 'arsip', 'operator', 'Rudi', 'rudi',"
        " 'manifest', '2026-05-29T10:00:00+07:00', ?, 'arsip/2026/05/29/dik-1/manifest.json')",
        ("a" * 64,),
    )
    db.close()
    with buka_buku(tmp_path / "lama.db") as b:
        assert manifest_tercatat(b) == [
            ManifestTercatat(
                "dik-1", 1, "arsip/2026/05/29/dik-1/manifest.json", "a" * 64, "sebelum_ttd"
            )
        ]


def test_ledger_dari_versi_lebih_baru_ditolak(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "baru.db")
    db.execute(f"PRAGMA user_version = {skema.VERSI + 1}")
    db.close()
    with pytest.raises(Exception, match="lebih baru") as e, buka_buku(tmp_path / "baru.db"):
        pass
    assert e.value.code == ExitCode.INPUT_INVALID  # type: ignore[attr-defined]


def test_log_peristiwa_hanya_boleh_ditambah(buku: Buku) -> None:
    s = buku.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h")
    buku.catat(Peristiwa(s.id, Langkah.KUMPUL, Peran.OPERATOR, "Rudi", "uji"))
    with pytest.raises(sqlite3.DatabaseError, match="hanya boleh ditambah"):
        buku.db.execute("UPDATE peristiwa SET aksi = 'palsu'")
    with pytest.raises(sqlite3.DatabaseError, match="hanya boleh ditambah"):
        buku.db.execute("DELETE FROM peristiwa")
    [p] = buku.peristiwa(s.id)
    assert (p.aksi, p.pejabat, p.waktu) == ("uji", "Rudi", datetime(2026, 5, 29, 9, tzinfo=WIB))


def test_id_siklus_eksplisit_per_hari(buku: Buku, jam: Jam) -> None:
    a = buku.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h1")
    b = buku.siklus_baru("input/b.xlsx", date(2026, 5, 29), "h2")
    jam.maju(days=1)
    c = buku.siklus_baru("input/a.xlsx", date(2026, 5, 30), "h3")
    assert [a.id, b.id, c.id] == ["dik-20260529-1", "dik-20260529-2", "dik-20260530-1"]
    assert buku.siklus_untuk("input/a.xlsx") == c


def test_item_berubah_kehilangan_keputusannya(buku: Buku) -> None:
    s = buku.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h")
    buku.simpan_item(s.id, item(1), "sha1")
    buku.putuskan(s.id, 1, Keputusan.PERBAIKI, "perjelas konsekuensi")
    assert buku.items(s.id)[0].keputusan is Keputusan.PERBAIKI
    buku.simpan_item(s.id, item(1, "Informasi 1 diperbaiki"), "sha2")
    [c] = buku.items(s.id)
    assert (c.keputusan, c.sha256, c.item.judul) == (None, "sha2", "Informasi 1 diperbaiki")


def test_item_dibaca_menurut_keputusan_tanpa_membaca_yang_lain(buku: Buku) -> None:
    s = buku.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h")
    for no in (1, 2, 3, 4):
        buku.simpan_item(s.id, item(no), f"sha{no}")
    buku.putuskan(s.id, 1, Keputusan.PERBAIKI, "perjelas")
    buku.putuskan(s.id, 2, Keputusan.DIKECUALIKAN, "sesuai")
    buku.tarik_item(s.id, 4)  # withdrawn: kept, but no longer waits for anyone
    assert [c.item.no for c in buku.items_berkeputusan(s.id, None)] == [3]
    assert [c.item.no for c in buku.items_berkeputusan(s.id, Keputusan.PERBAIKI)] == [1]
    assert buku.items_berkeputusan(s.id, Keputusan.DIBUKA) == []
    assert buku.ada_belum_diputus(s.id)
    ringkas = buku.ringkasan_items(s.id)
    assert {no: (r.sha256, r.aktif, r.keputusan) for no, r in ringkas.items()} == {
        1: ("sha1", True, Keputusan.PERBAIKI),
        2: ("sha2", True, Keputusan.DIKECUALIKAN),
        3: ("sha3", True, None),
        4: ("sha4", False, None),
    }
    buku.putuskan(s.id, 3, Keputusan.DIBUKA, "sudah terbuka")
    assert not buku.ada_belum_diputus(s.id)


def test_nomor_surat_per_tahun_berurutan_dan_tidak_pernah_ganda(tmp_path: Path) -> None:
    berkas = tmp_path / "sidik.db"
    with buka_buku(berkas) as b:
        assert [nomor_berikutnya(b, 2026) for _ in range(3)] == [1, 2, 3]
        assert nomor_berikutnya(b, 2027) == 1
    hasil: list[int] = []

    def ambil() -> None:
        with buka_buku(berkas) as b:
            hasil.extend(nomor_berikutnya(b, 2026) for _ in range(20))

    benang = [threading.Thread(target=ambil) for _ in range(4)]
    for t in benang:
        t.start()
    for t in benang:
        t.join()
    assert sorted(hasil) == list(range(4, 84))


def test_nomor_dokumen_tetap_saat_diulang(buku: Buku) -> None:
    s = buku.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h")
    pertama = nomor_dokumen(buku, s.id, 2026, ["daftar", "lembar-0001"])
    kedua = nomor_dokumen(buku, s.id, 2026, ["daftar", "lembar-0001", "lembar-0002"])
    assert pertama == {"daftar": 1, "lembar-0001": 2}
    assert kedua == {**pertama, "lembar-0002": 3}


def test_register_arsip(buku: Buku) -> None:
    s = buku.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h")
    e = EntriArsip(
        s.id,
        1,
        "arsip/2026/05/29/x/daftar.pdf",
        "ab" * 32,
        "",
        "h,j",
        "Dr. Siti",
        datetime(2026, 5, 29, 10, tzinfo=WIB),
    )
    catat_arsip(buku, [e, e])  # the same entry twice is registered once
    [baris] = register_arsip(buku, s.id)
    assert (baris.path, baris.pasal17_huruf, baris.revisi) == (e.path, "h,j", 1)


def test_gembok_kedua_ditolak_dengan_pemegangnya(tmp_path: Path) -> None:
    berkas = tmp_path / "sidik.lock"
    sejak = datetime(2026, 5, 29, 9, tzinfo=WIB)
    with gembok_ruang_kerja(berkas, sejak):
        assert baca_pemegang(berkas)["pid"] == os.getpid()
        with pytest.raises(LockHeld) as e, gembok_ruang_kerja(berkas, sejak):
            pass
    assert e.value.code == ExitCode.LOCK_HELD == 8
    assert (
        f"pid {os.getpid()}" in e.value.pesan()
        and "sejak 2026-05-29T09:00:00+07:00" in e.value.pesan()
    )
    assert baca_pemegang(berkas) == {}  # released and emptied


def test_gembok_basi_dari_proses_yang_dibunuh_diambil_alih(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    berkas = tmp_path / "sidik.lock"
    berkas.write_text(json.dumps({"pid": 999999, "host": "lama", "sejak": "2026-05-28"}))
    with caplog.at_level(logging.WARNING), gembok_ruang_kerja(berkas, datetime.now(WIB)):
        assert baca_pemegang(berkas)["pid"] == os.getpid()
    assert "gembok basi" in caplog.text and "999999" in caplog.text


def test_run_kedua_ditolak_selama_gembok_dipegang(ruang_kerja: Path) -> None:
    berkas = ruang_kerja / "output" / "sidik.lock"
    with gembok_ruang_kerja(berkas, datetime(2026, 5, 29, 9, tzinfo=WIB)):
        hasil = jalankan_sidik(ruang_kerja, "run", "input/informasi.xlsx")
    assert hasil.returncode == ExitCode.LOCK_HELD == 8
    assert hasil.stderr.startswith(
        f"Galat: Ruang kerja sedang dipakai oleh run lain (pid {os.getpid()}"
    )
    assert "sejak 2026-05-29T09:00:00+07:00" in hasil.stderr
    assert not (ruang_kerja / "output" / "kerja").exists()


def _siklus_diarsipkan(buku: Buku, jam: Jam, judul: str = "Data lama") -> str:
    """A cycle walked through the five steps by hand, two days late at review."""
    s = buku.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h")
    buku.simpan_item(s.id, item(1, judul), "a")
    buku.simpan_item(s.id, item(2, "Tanpa jangka", tahun=None), "b")
    for no in (1, 2):
        buku.putuskan(s.id, no, Keputusan.DIKECUALIKAN, "")
    for lk, maju in ((Langkah.KUMPUL, 1), (Langkah.PERIKSA, 2), (Langkah.TINJAU, 24 * 6)):
        buku.mulai_langkah(s.id, lk)
        jam.maju(hours=maju)
        buku.selesaikan_langkah(s.id, lk, "Pejabat")
    buku.mulai_langkah(s.id, Langkah.TANDA_TANGAN)
    catat_arsip(buku, [EntriArsip(s.id, 1, "arsip/x.pdf", "0", "", "h", "Dr. Siti", jam())])
    return s.id


def test_status_tenggat_dan_terlambat(buku: Buku, jam: Jam, tmp_path: Path) -> None:
    siklus = _siklus_diarsipkan(buku, jam)
    [s] = ledger.status(tmp_path / "sidik.db", (), siklus, jam())
    k = {b.langkah: b for b in s.langkah}
    # started Fri 29 May 2026 09:00; 1 working day after the long weekend -> Tue 2 June
    assert k[Langkah.KUMPUL].tenggat.date() == date(2026, 6, 2)  # type: ignore[union-attr]
    assert not k[Langkah.KUMPUL].terlambat
    # review started Fri 29 May 12:00, ended Thu 4 June: due Wed 3 June -> late
    assert k[Langkah.TINJAU].tenggat.date() == date(2026, 6, 3)  # type: ignore[union-attr]
    assert k[Langkah.TINJAU].terlambat
    assert k[Langkah.ARSIP].mulai is None and not k[Langkah.ARSIP].terlambat
    assert s.keputusan == {"dikecualikan": 2}


def test_due_jangka_waktu_berakhir(buku: Buku, jam: Jam, tmp_path: Path) -> None:
    siklus = _siklus_diarsipkan(buku, jam)
    ditandatangani = jam().date()  # 4 June 2026; 5 years -> 4 June 2031
    [j] = ledger.jatuh_tempo_dalam(tmp_path / "sidik.db", 30, date(2031, 5, 20))
    assert (j.siklus, j.no, j.berakhir, j.sisa_hari) == (siklus, 1, date(2031, 6, 4), 15)
    assert j.ditetapkan == ditandatangani
    assert ledger.jatuh_tempo_dalam(tmp_path / "sidik.db", 10, date(2031, 5, 20)) == []


def test_due_item_dibuka_di_siklus_berikutnya_tidak_lagi_dikecualikan(
    buku: Buku, jam: Jam, tmp_path: Path
) -> None:
    # Cycle 1 exempts "Data lama" for 5 years; cycle 2 tests it again and opens it (Dibuka):
    # 'sidik due' must not keep reporting cycle 1's exemption.
    _siklus_diarsipkan(buku, jam)
    jam.maju(days=30)
    s2 = buku.siklus_baru("input/b.xlsx", date(2026, 7, 6), "h2").id
    buku.simpan_item(s2, item(1, "Data  LAMA"), "a2")  # the same title, however written
    buku.putuskan(s2, 1, Keputusan.DIBUKA, "tidak lagi rahasia")
    catat_arsip(buku, [EntriArsip(s2, 1, "arsip/y.pdf", "1", "", "h", "Dr. Siti", jam())])
    assert ledger.jatuh_tempo_dalam(tmp_path / "sidik.db", 36500, date(2031, 5, 20)) == []


def test_cli_status_log_due(ruang_kerja: Path, jam: Jam) -> None:
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        siklus = _siklus_diarsipkan(b, jam)
        b.catat(Peristiwa(siklus, Langkah.KUMPUL, Peran.OPERATOR, "Rudi (NIP 1)", "item_masuk", 1))
    lama = Path.cwd()
    os.chdir(ruang_kerja)
    try:
        runner = CliRunner()
        status = runner.invoke(cli, ["status", siklus, "--json"])
        teks = runner.invoke(cli, ["status"])
        log = runner.invoke(cli, ["log", "--json"])
        due = runner.invoke(cli, ["due", "--within", "30"])
        tidak_ada = runner.invoke(cli, ["status", "dik-19990101-1"])
    finally:
        os.chdir(lama)
    assert status.exit_code == 0, status.output
    [data] = json.loads(status.stdout)
    assert data["langkah"][2]["terlambat"] is True and data["diarsipkan"] is False
    assert "3 tinjau" in teks.stdout and "TERLAMBAT" in teks.stdout
    assert json.loads(log.stdout)[0]["aksi"] == "item_masuk"
    assert "Tidak ada informasi dikecualikan" in due.stdout
    assert tidak_ada.exit_code == 3 and "tidak ditemukan" in tidak_ada.stderr


def test_status_tanpa_ledger(ruang_kerja: Path) -> None:
    hasil = jalankan_sidik(ruang_kerja, "status")
    assert hasil.returncode == 3 and "Belum ada siklus" in hasil.stderr
    assert not (ruang_kerja / "output").exists()


def test_log_disaring_seperti_auditor_membacanya(ruang_kerja: Path, jam: Jam) -> None:
    # An auditor asks: what did the Tim Pertimbangan do, on which item, since when?
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        siklus = b.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h").id
        lain = b.siklus_baru("input/b.xlsx", date(2026, 5, 29), "h").id
        b.catat(Peristiwa(siklus, Langkah.KUMPUL, Peran.OPERATOR, "Rudi", "item_masuk", 1))
        jam.maju(days=3)
        b.catat(Peristiwa(siklus, Langkah.TINJAU, Peran.TIM_PERTIMBANGAN, "Tim", "putusan", 1))
        b.catat(Peristiwa(siklus, Langkah.TINJAU, Peran.TIM_PERTIMBANGAN, "Tim", "putusan", 2))
        b.catat(Peristiwa(lain, Langkah.TINJAU, Peran.TIM_PERTIMBANGAN, "Tim", "putusan", 1))

    def log(*args: str) -> list[tuple[str, str, int]]:
        hasil = sidik_di(ruang_kerja, "log", "--json", *args)
        assert hasil.exit_code == 0, hasil.output
        return [(p["siklus"], p["aksi"], p["item_no"]) for p in json.loads(hasil.stdout)]

    assert len(log()) == 4
    assert log("--siklus", siklus, "--item", "1") == [
        (siklus, "item_masuk", 1),
        (siklus, "putusan", 1),
    ]
    assert log(siklus, "--peran", "tim_pertimbangan") == [
        (siklus, "putusan", 1),
        (siklus, "putusan", 2),
    ]
    assert log("--langkah", "tinjau", "--sejak", "2026-06-01", "--item", "1") == [
        (siklus, "putusan", 1),
        (lain, "putusan", 1),
    ]
    assert log("--langkah", "kumpul", "--sejak", "2026-06-01") == []
    # a time stored with another zone's offset falls on its own side of the office's
    # midnight: 00:30 WITA on 2 June is 23:30 WIB on 1 June
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        larut = datetime(2026, 6, 2, 0, 30, tzinfo=ZoneInfo("Asia/Makassar"))
        b.catat(Peristiwa(lain, Langkah.TINJAU, Peran.OPERATOR, "Rudi", "larut", 9, waktu=larut))
    assert (lain, "larut", 9) in log("--sejak", "2026-06-01")
    assert (lain, "larut", 9) not in log("--sejak", "2026-06-02")
    # the JSON keeps the codes and gives the table's words beside them
    [p] = json.loads(sidik_di(ruang_kerja, "log", "--json", "--langkah", "kumpul").stdout)
    assert (p["langkah"], p["peran"]) == ("kumpul", "operator")
    assert p["langkah_teks"] == terjemah("sop.kumpul") and p["peran_teks"] == "Operator"
    salah = sidik_di(ruang_kerja, "log", "--peran", "kepala")
    assert salah.exit_code == 2 and "kepala" in salah.stderr


def test_status_menampilkan_siklus_berjalan_kecuali_diminta_semua(
    ruang_kerja: Path, jam: Jam
) -> None:
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        lama = _siklus_diarsipkan(b, jam)
        b.mulai_langkah(lama, Langkah.ARSIP)
        b.selesaikan_langkah(lama, Langkah.ARSIP, "Rudi")
    hanya_arsip = sidik_di(ruang_kerja, "status")
    assert hanya_arsip.exit_code == 0
    assert hanya_arsip.stdout == (
        "Tidak ada siklus yang masih berjalan; 1 siklus sudah diarsipkan "
        "(lihat semuanya: sidik status --all).\n"
    )
    assert lama in sidik_di(ruang_kerja, "status", "--all").stdout
    assert lama in sidik_di(ruang_kerja, "status", lama).stdout  # named: shown whatever its state
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        baru = b.siklus_baru("input/b.xlsx", date(2026, 6, 8), "h").id
        b.mulai_langkah(baru, Langkah.KUMPUL)
    [berjalan] = json.loads(sidik_di(ruang_kerja, "status", "--json").stdout)
    assert berjalan["siklus"] == baru
    assert len(json.loads(sidik_di(ruang_kerja, "status", "--all", "--json").stdout)) == 2


JUDUL_PANJANG = (
    "Data pribadi penduduk dalam Sistem Informasi Administrasi Kependudukan beserta riwayat "
    "perubahannya"
)


def _baris(teks: str) -> list[str]:
    return teks.splitlines()


def test_due_menyebut_nama_unit_dan_muat_di_terminal_80_kolom(ruang_kerja: Path, jam: Jam) -> None:
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        siklus = _siklus_diarsipkan(b, jam, JUDUL_PANJANG)
    hasil = sidik_di(ruang_kerja, "due", "--within", "36500", env={"COLUMNS": "80"})
    assert hasil.exit_code == 0, hasil.output
    kepala, _, baris, _ = _baris(hasil.stdout)
    assert max(len(b) for b in _baris(hasil.stdout)[:3]) <= 80
    assert kepala.startswith("Berakhir    Sisa hari  Siklus          Item  Judul infor\u2026  Unit")
    # the ids whole, the title shortened, the unit by its name in sidik.toml (SEKRE)
    sel = [k.strip() for k in baris.split("  ") if k.strip()]
    assert sel[0] == "2031-06-04"
    assert sel[2:] == [siklus, "1", "Data pribad\u2026", "Sekretariat", "h"]


def test_due_lebar_tidak_dipotong(ruang_kerja: Path, jam: Jam) -> None:
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        _siklus_diarsipkan(b, jam, JUDUL_PANJANG)
    hasil = sidik_di(ruang_kerja, "due", "--within", "36500", env={"COLUMNS": "250"})
    assert JUDUL_PANJANG in hasil.stdout and "\u2026" not in hasil.stdout
    data = json.loads(sidik_di(ruang_kerja, "due", "--within", "36500", "--json").stdout)
    assert (data[0]["unit_kerja"], data[0]["unit_kerja_teks"]) == ("SEKRE", "Sekretariat")


def _satu_peristiwa_panjang(ruang: Path, jam: Jam) -> str:
    """A cycle whose one event has a long description; its id."""
    with buka_buku(ruang / "output" / "sidik.db", jam) as b:
        siklus = b.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h").id
        b.catat(
            Peristiwa(
                siklus,
                Langkah.KUMPUL,
                Peran.OPERATOR,
                "Rudi",
                "item_masuk",
                12,
                keterangan=JUDUL_PANJANG,
            )
        )
    return siklus


def test_log_muat_di_terminal_80_kolom_tanpa_memotong_id(ruang_kerja: Path, jam: Jam) -> None:
    siklus = _satu_peristiwa_panjang(ruang_kerja, jam)
    hasil = sidik_di(ruang_kerja, "log", env={"COLUMNS": "80"})
    assert hasil.exit_code == 0, hasil.output
    kepala, _, *baris = _baris(hasil.stdout)
    assert max(len(b) for b in _baris(hasil.stdout)) <= 80
    # who ran it, in which role and for whom are left out on a narrow terminal ('sidik log
    # --json' has them all)
    kata = ["Waktu", "(WIB)", "Siklus", "Langkah", "Aksi", "Item", "Keterangan"]
    assert kepala.split() == kata  # the times' column names the office's zone
    sel = [k.strip() for k in baris[-1].split("  ") if k.strip()]
    assert sel[1:] == [siklus, terjemah("sop.kumpul"), "item_masuk", "12", sel[-1]]
    assert sel[-1] == "Data pribad\u2026"
    assert len(baris[-1]) == 80


def test_log_di_terminal_lebar_atau_ke_berkas_utuh(ruang_kerja: Path, jam: Jam) -> None:
    _satu_peristiwa_panjang(ruang_kerja, jam)
    for env in ({"COLUMNS": "300"}, {"COLUMNS": None}):  # a wide terminal; a pipe
        hasil = CliRunner().invoke(
            cli, ["--config", str(ruang_kerja / "sidik.toml"), "log"], env=env
        )
        assert hasil.exit_code == 0, hasil.output
        assert "Dijalankan oleh" in hasil.stdout and JUDUL_PANJANG in hasil.stdout


def test_dik_kini_keputusan_terbaru_per_informasi_dan_yang_berakhir(
    buku: Buku, jam: Jam, tmp_path: Path
) -> None:
    # Cycle 1 (signed 4 June 2026) exempts "Data lama" for 5 years and another item on a
    # written condition; cycle 2 opens "Data lama" and exempts a new item for 1 year.
    _siklus_diarsipkan(buku, jam)
    jam.maju(days=30)
    s2 = buku.siklus_baru("input/b.xlsx", date(2026, 7, 6), "h2").id
    buku.simpan_item(s2, item(1, "Data  LAMA"), "a2")
    buku.simpan_item(s2, item(2, "Data baru", tahun=1), "b2")
    buku.putuskan(s2, 1, Keputusan.DIBUKA, "tidak lagi rahasia")
    buku.putuskan(s2, 2, Keputusan.DIKECUALIKAN, "")
    catat_arsip(buku, [EntriArsip(s2, 1, "arsip/y.pdf", "1", "", "h", "Dr. Siti", jam())])

    kini = ledger.dik_kini_di(tmp_path / "sidik.db", date(2027, 1, 4))
    assert [(i.judul, i.jangka_waktu, i.berakhir) for i in kini.berlaku] == [
        ("Tanpa jangka", "", None),  # no period, no written condition: never ends
        ("Data baru", "1 (satu) tahun", date(2027, 7, 4)),
    ]
    # "Data lama" was opened by cycle 2: listed apart, with the cycle and the day that ended it
    [dibuka] = kini.berakhir
    assert (dibuka.judul, dibuka.diakhiri_oleh, dibuka.berakhir) == ("Data lama", s2, jam().date())
    assert dibuka.dibuka is not None and dibuka.dibuka.catatan == "tidak lagi rahasia"
    # a year later the new item's exemption has ended too: listed apart, no longer in force
    nanti = ledger.dik_kini_di(tmp_path / "sidik.db", date(2027, 7, 4))
    assert [i.judul for i in nanti.berlaku] == ["Tanpa jangka"]
    assert [(i.judul, i.diakhiri_oleh) for i in nanti.berakhir] == [
        ("Data lama", s2),
        ("Data baru", s2),
    ]


def test_dik_kini_informasi_dikenali_dari_judul_dan_unit(
    buku: Buku, jam: Jam, tmp_path: Path
) -> None:
    # Cycle 2 opens "Data lama" of another unit: a different item; cycle 1's stays in force.
    s1 = _siklus_diarsipkan(buku, jam)
    jam.maju(days=30)
    s2 = buku.siklus_baru("input/b.xlsx", date(2026, 7, 6), "h2").id
    buku.simpan_item(s2, replace(item(1, "Data lama"), unit_kerja="DAFDUK"), "a2")
    buku.putuskan(s2, 1, Keputusan.DIBUKA, "milik unit lain")
    catat_arsip(buku, [EntriArsip(s2, 1, "arsip/y.pdf", "1", "", "h", "Dr. Siti", jam())])
    kini = ledger.dik_kini_di(tmp_path / "sidik.db", date(2027, 1, 4))
    assert [(i.judul, i.siklus) for i in kini.berlaku][0] == ("Data lama", s1)
    assert kini.berakhir == ()
    [j] = ledger.jatuh_tempo_dalam(tmp_path / "sidik.db", 36500, date(2027, 1, 4))
    assert (j.judul, j.siklus) == ("Data lama", s1)


def test_dik_kini_dua_siklus_sehari_yang_terakhir_ditandatangani_menang(
    buku: Buku, jam: Jam, tmp_path: Path
) -> None:
    # Two cycles opened the same morning; the second one (dik-...-2) is signed at 10:00 and
    # exempts the item, the first (dik-...-1) is signed at 11:00 and opens it: opened it is.
    pertama = buku.siklus_baru("input/a.xlsx", date(2026, 6, 8), "h1").id
    kedua = buku.siklus_baru("input/b.xlsx", date(2026, 6, 8), "h2").id
    for s, keputusan in ((kedua, Keputusan.DIKECUALIKAN), (pertama, Keputusan.DIBUKA)):
        buku.simpan_item(s, item(1, "Data lama"), s)
        buku.putuskan(s, 1, keputusan, "")
        jam.maju(hours=1)
        catat_arsip(buku, [EntriArsip(s, 1, f"arsip/{s}.pdf", s, "", "h", "Dr. Siti", jam())])
    kini = ledger.dik_kini_di(tmp_path / "sidik.db", date(2026, 6, 9))
    assert kini.berlaku == ()
    assert [i.diakhiri_oleh for i in kini.berakhir] == [pertama]
    assert ledger.jatuh_tempo_dalam(tmp_path / "sidik.db", 36500, date(2026, 6, 9)) == []


def test_cli_dik_menampilkan_dik_kini(ruang_kerja: Path, jam: Jam) -> None:
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        siklus = _siklus_diarsipkan(b, jam)  # signed 4 June 2026: in force until 2031
    teks = sidik_di(ruang_kerja, "dik")
    data = sidik_di(ruang_kerja, "dik", "--json")
    assert teks.exit_code == 0, teks.output
    baris = teks.stdout.splitlines()
    assert baris[0].split() == [
        "No", "Judul", "informasi", "Unit", "Pasal", "17", "Jangka", "waktu", "Berakhir",
        "Siklus", "Item",
    ]  # fmt: skip
    assert baris[2].split()[:4] == ["1", "Data", "lama", "Sekretariat"]  # its name in sidik.toml
    assert "5 (lima) tahun  2031-06-04" in baris[2] and siklus in baris[2]
    assert re.fullmatch(
        r"2 informasi dikecualikan per \d{4}-\d\d-\d\d \(keputusan terbaru setiap informasi "
        r"dari siklus yang diarsipkan\)\.",
        baris[-1],
    )
    kini = json.loads(data.stdout)
    assert [i["judul"] for i in kini["berlaku"]] == ["Data lama", "Tanpa jangka"]
    assert kini["berlaku"][0]["berakhir"] == "2031-06-04" and kini["berakhir"] == []


def test_cli_dik_tanpa_arsip(ruang_kerja: Path, jam: Jam) -> None:
    with buka_buku(ruang_kerja / "output" / "sidik.db", jam) as b:
        b.siklus_baru("input/a.xlsx", date(2026, 5, 29), "h")
    hasil = sidik_di(ruang_kerja, "dik")
    assert hasil.exit_code == 0
    assert hasil.stdout == (
        "Belum ada informasi yang dikecualikan: belum ada siklus yang diarsipkan, atau semua "
        "informasinya telah dibuka.\n"
    )
