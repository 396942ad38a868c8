"""``--tanggal``: the date the documents carry must be one a person could mean.

Not before the cycle opened, not more than 30 days after today (WIB), and a working day of the
Indonesian calendar (holidays, cuti bersama, ``[kalender] libur_kantor``), unless the operator
says ``--paksa-tanggal``. Every refusal is exit 3 and opens no cycle.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from pipeline.alur.kumpulkan import periksa_tanggal
from pipeline.alur.rapat import periksa_tanggal_rapat
from pipeline.errors import ExitCode, InputInvalid
from pipeline.ledger.buku import buka_buku, jam_kantor
from pipeline.ledger.tenggat import KalenderKerja
from pipeline.legal.tanggal import format_tanggal
from tests.bantu.buku_kerja import buku_kerja_kecil
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.dokumen import teks_docx

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


# --- the Tim's meeting: the day the Lembar carries (review apply --tanggal)

DIBUKA = date(2026, 11, 30)  # the cycle opened on a Monday


@pytest.mark.parametrize(
    ("tanggal", "message_id"),
    [
        (date(2026, 12, 5), "tanggal.bukan_hari_kerja"),  # a Saturday
        (date(2026, 12, 25), "tanggal.bukan_hari_kerja"),  # Christmas
        (date(2026, 11, 27), "tanggal.rapat_sebelum_dibuka"),  # before the drafts existed
        (date(2026, 12, 4), "tanggal.rapat_belum_terjadi"),  # Friday, but today is Thursday
    ],
)
def test_tanggal_rapat_tak_masuk_akal_ditolak(tanggal: date, message_id: str) -> None:
    with pytest.raises(InputInvalid) as e:
        periksa_tanggal_rapat(tanggal, DIBUKA, date(2026, 12, 3), KALENDER)
    assert e.value.message_id == message_id


@pytest.mark.parametrize("tanggal", [DIBUKA, date(2026, 12, 1), date(2026, 12, 3)])
def test_rapat_pada_hari_kerja_sejak_dibuka_sampai_hari_ini_diterima(tanggal: date) -> None:
    periksa_tanggal_rapat(tanggal, DIBUKA, date(2026, 12, 3), KALENDER)


def test_pesan_rapat_sesudah_hari_ini() -> None:
    with pytest.raises(InputInvalid) as e:
        periksa_tanggal_rapat(date(2026, 12, 4), DIBUKA, date(2026, 12, 3), KALENDER)
    assert e.value.pesan("id") == (
        "Tanggal rapat 2026-12-04 sesudah hari ini (2026-12-03); keputusan dicatat setelah "
        "rapatnya. Periksa tanggalnya, atau tambahkan --paksa-tanggal bila tanggal itu memang "
        "disengaja."
    )


def test_tanda_tangan_sebelum_tanggal_dokumen_ditolak(ruang_kerja: Path) -> None:
    # The cycle is dated two working days ahead (the Atasan signs then): signing today would
    # stamp an earlier day than the decree says, so sign refuses before anything else.
    hari_ini = jam_kantor().date()
    nanti = KALENDER.tambah_hari_kerja(hari_ini, 2)
    wb = ("input/informasi.xlsx", "--tanggal", nanti.isoformat())
    assert sidik(ruang_kerja, "-q", "render", *wb).exit_code == 0
    [siklus] = siklus_di_ledger(ruang_kerja)
    hasil = sidik(ruang_kerja, "sign")
    assert hasil.exit_code == ExitCode.STEP_NOT_READY == 12
    assert re.fullmatch(
        f"Galat: Dokumen siklus {siklus.id} bertanggal {nanti.isoformat()}; tanda tangan tidak "
        r"dapat dibubuhkan sebelum tanggal itu \(hari ini \d{4}-\d\d-\d\d\)\. Tandatangani pada "
        "tanggal tersebut atau sesudahnya.\n",
        hasil.stderr,
    ), hasil.stderr


def rapat_di_ledger(ruang: Path) -> tuple[dict, list[str]]:
    """The meeting dates recorded per item, and the 'rapat_tim' events' dates."""
    with buka_buku(ruang / "output/sidik.db") as buku:
        [s] = buku.semua_siklus()
        peristiwa = [p.keterangan for p in buku.peristiwa(s.id) if p.aksi == "rapat_tim"]
        return buku.info(s.id).get("rapat_tim", {}), peristiwa


@pytest.mark.libreoffice
@pytest.mark.slow
def test_review_apply_mencatat_tanggal_rapat_dan_lembar_bertanggal_rapat(
    ruang_dengan_pki: Path,
) -> None:
    ruang = ruang_dengan_pki
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    assert sidik(ruang, "-q", "run", wb).exit_code == 13  # waits for the team
    semua = ("review", "apply", "--all", "dikecualikan")

    sabtu = sidik(ruang, *semua, "--tanggal", "2026-11-28")
    assert sabtu.exit_code == ExitCode.INPUT_INVALID == 3
    assert sabtu.stderr.startswith("Galat: Tanggal 2026-11-28 (Sabtu) bukan hari kerja: ")
    assert rapat_di_ledger(ruang) == ({}, [])

    # Tuesday 1 December: before this cycle opened in a test run later, so said on purpose.
    hasil = sidik(ruang, *semua, "--tanggal", "2026-12-01", "--paksa-tanggal")
    assert hasil.exit_code == 0, hasil.stderr
    assert rapat_di_ledger(ruang) == ({"1": "2026-12-01", "2": "2026-12-01"}, ["2026-12-01"])

    hasil = sidik(ruang, "-q", "run", wb)
    assert hasil.exit_code == 0, hasil.stderr
    [docx] = ruang.glob("output/kerja/*/docx")
    lembar = teks_docx(docx / "lembar-0002.docx")
    assert "Pada hari ini, Selasa tanggal satu bulan Desember tahun dua ribu dua puluh enam," in (
        lembar
    )
    [siklus] = siklus_di_ledger(ruang)
    assert f"pada tanggal {format_tanggal(siklus.tanggal)}" in teks_docx(docx / "keputusan.docx")


@pytest.mark.libreoffice
@pytest.mark.slow
def test_run_tidak_menandatangani_sebelum_tanggal_siklus(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    wb = str(buku_kerja_kecil(ruang, 1).relative_to(ruang))
    nanti = KALENDER.tambah_hari_kerja(jam_kantor().date(), 2)
    assert sidik(ruang, "-q", "run", wb, "--tanggal", nanti.isoformat()).exit_code == 13
    assert sidik(ruang, "-q", "review", "apply", "--all", "dikecualikan").exit_code == 0
    hasil = sidik(ruang, "run", wb)
    assert hasil.exit_code == ExitCode.STEP_NOT_READY == 12
    assert f"bertanggal {nanti.isoformat()}; tanda tangan tidak dapat dibubuhkan" in hasil.stderr
    assert list(ruang.glob("output/kerja/*/paraf/*.pdf")) and not list(
        ruang.glob("output/kerja/*/ttd/*")
    )
    assert not (ruang / "output/arsip").exists() or not any((ruang / "output/arsip").iterdir())
