"""``--tanggal``: the date the documents carry must be one a person could mean.

Not before the cycle opened, not more than 30 days after today (WIB), and a working day of the
Indonesian calendar (holidays, cuti bersama, ``[kalender] libur_kantor``), unless the operator
says ``--paksa-tanggal``. Every refusal is exit 3 and opens no cycle.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.alur.kumpulkan import periksa_tanggal
from pipeline.errors import ExitCode, InputInvalid
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.tenggat import KalenderKerja
from tests.bantu.cli import sidik_di as sidik

KALENDER = KalenderKerja()
SENIN = date(2026, 11, 30)  # "today" of the library tests: a Monday, no holiday


def siklus_di_ledger(ruang: Path) -> list:
    berkas = ruang / "output/sidik.db"
    if not berkas.exists():
        return []
    with buka_buku(berkas) as buku:
        return buku.semua_siklus()


@pytest.mark.parametrize(
    ("tanggal", "message_id"),
    [
        (date(9999, 12, 31), "tanggal.terlalu_jauh"),  # a Friday, but eight millennia ahead
        (date(2026, 12, 31), "tanggal.terlalu_jauh"),  # 31 days after today
        (date(2026, 12, 25), "tanggal.bukan_hari_kerja"),  # Christmas
        (date(2026, 12, 24), "tanggal.bukan_hari_kerja"),  # cuti bersama
        (date(2026, 12, 5), "tanggal.bukan_hari_kerja"),  # a Saturday
        (date(2026, 11, 27), "tanggal.sebelum_dibuka"),  # a Friday before the cycle opened
    ],
)
def test_tanggal_tak_masuk_akal_ditolak(tanggal: date, message_id: str) -> None:
    with pytest.raises(InputInvalid) as e:
        periksa_tanggal(tanggal, SENIN, SENIN, KALENDER)
    assert e.value.message_id == message_id
    assert e.value.params["tanggal"] == tanggal.isoformat()


@pytest.mark.parametrize("tanggal", [SENIN, date(2026, 12, 30), date(2026, 12, 1)])
def test_hari_kerja_dari_hari_dibuka_sampai_30_hari_diterima(tanggal: date) -> None:
    periksa_tanggal(tanggal, SENIN, SENIN, KALENDER)


def test_libur_kantor_bukan_hari_kerja() -> None:
    with pytest.raises(InputInvalid) as e:
        periksa_tanggal(date(2026, 12, 2), SENIN, SENIN, KalenderKerja([date(2026, 12, 2)]))
    assert e.value.pesan("id") == (
        "Tanggal 2026-12-02 (Rabu) bukan hari kerja: libur kantor. Pilih hari kerja, atau "
        "tambahkan --paksa-tanggal bila tanggal itu memang disengaja."
    )


def test_render_menolak_25_desember(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "render", "input/informasi.xlsx", "--tanggal", "2026-12-25")
    assert hasil.exit_code == ExitCode.INPUT_INVALID == 3
    assert hasil.stderr == (
        "Galat: Tanggal 2026-12-25 (Jumat) bukan hari kerja: Christmas Day. Pilih hari kerja, "
        "atau tambahkan --paksa-tanggal bila tanggal itu memang disengaja.\n"
    )
    assert siklus_di_ledger(ruang_kerja) == []
    assert not (ruang_kerja / "output/kerja").exists() or not any(
        (ruang_kerja / "output/kerja").glob("*/docx/*.docx")
    )


def test_render_menolak_hari_sabtu(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "render", "input/informasi.xlsx", "--tanggal", "2026-11-28")
    assert hasil.exit_code == 3
    assert hasil.stderr.startswith("Galat: Tanggal 2026-11-28 (Sabtu) bukan hari kerja: ")
    assert "akhir pekan" in hasil.stderr
    assert siklus_di_ledger(ruang_kerja) == []


def test_run_menolak_9999_12_31(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "run", "input/informasi.xlsx", "--tanggal", "9999-12-31")
    assert hasil.exit_code == 3
    assert hasil.stderr.startswith(
        "Galat: Tanggal 9999-12-31 lebih dari 30 hari setelah hari ini; tanggal terjauh "
    )
    assert siklus_di_ledger(ruang_kerja) == []


def test_tanggal_sebelum_siklus_dibuka_ditolak(ruang_kerja: Path) -> None:
    assert sidik(ruang_kerja, "-q", "render", "input/informasi.xlsx").exit_code == 0
    [siklus] = siklus_di_ledger(ruang_kerja)
    hasil = sidik(ruang_kerja, "render", "input/informasi.xlsx", "--tanggal", "2020-03-02")
    assert hasil.exit_code == 3
    assert hasil.stderr == (
        f"Galat: Tanggal 2020-03-02 lebih awal dari dibukanya siklus ({siklus.dibuka.date()}); "
        "dokumen tidak dapat bertanggal sebelum uji konsekuensinya dimulai. Pakai tanggal "
        "hari ini atau sesudahnya, atau tambahkan --paksa-tanggal bila tanggal itu memang "
        "disengaja.\n"
    )
    assert siklus_di_ledger(ruang_kerja) == [siklus]


def test_paksa_tanggal_menerima_hari_libur(ruang_kerja: Path) -> None:
    hasil = sidik(
        ruang_kerja,
        "-q",
        "render",
        "input/informasi.xlsx",
        "--tanggal",
        "2026-12-25",
        "--paksa-tanggal",
    )
    assert hasil.exit_code == 0, hasil.stderr
    [siklus] = siklus_di_ledger(ruang_kerja)
    assert siklus.tanggal == date(2026, 12, 25)
