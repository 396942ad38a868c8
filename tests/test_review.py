"""The review: its workbook (a drop-down, every problem located) and the decisions it records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.config import muat
from pipeline.errors import InputInvalid
from pipeline.ledger import buka_untuk_baca
from pipeline.model import Keputusan
from pipeline.workbook.review import (
    BarisTinjauan,
    baca_tinjauan,
    galat_tinjauan,
    huruf_kolom,
    tulis_tinjauan,
)
from tests.bantu.buku_kerja import isi_tinjauan_per_baris as isi
from tests.bantu.cli import jalankan_sidik
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.ruang import SiklusContoh

KEPUTUSAN, CATATAN = huruf_kolom("Keputusan"), huruf_kolom("Catatan")
BARIS = [
    BarisTinjauan(
        1, '=HYPERLINK("http://x")', "Sekretariat", "Pasal 17 huruf h", "5 tahun", "a" * 64
    ),
    BarisTinjauan(2, "Data biometrik", "Dafduk", "Pasal 17 huruf j", "10 tahun", "b" * 64),
    BarisTinjauan(3, "Register akta", "Capil", "Pasal 17 huruf g", "selamanya", "c" * 64),
]


def test_lembar_tinjauan_ditulis_dengan_pilihan_dan_sel_aman(tmp_path: Path) -> None:
    berkas = tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS)
    wb = load_workbook(berkas)
    ws = wb["Tinjauan"]
    assert [c.value for c in ws[1]] == [
        "No", "Judul Informasi", "Unit Kerja", "Dasar Hukum", "Jangka Waktu", "Konsekuensi",
        "Pertimbangan", "Dokumen", "Keputusan", "Catatan", "Catatan Sebelumnya", "Sidik Jari",
    ]  # fmt: skip
    [dv] = ws.data_validations.dataValidation
    assert dv.formula1 == '"Dikecualikan,Dibuka,Perbaiki"' and "I2:I4" in str(dv.sqref)
    assert (dv.errorTitle, dv.error) == (
        "Keputusan tidak sesuai",
        "Keputusan diisi Dikecualikan, Dibuka atau Perbaiki (pilih dari daftar).",
    )
    assert ws["B2"].data_type == "s" and ws["B2"].value.startswith("=HYPERLINK")
    assert ws.column_dimensions["L"].hidden
    assert wb["Siklus"]["B1"].value == "dik-20261127-1"


def test_lembar_tinjauan_dicetak_mendatar_dengan_judul_berulang(tmp_path: Path) -> None:
    wb = load_workbook(tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS))
    for ws in wb.worksheets:
        assert (ws.page_setup.orientation, ws.page_setup.fitToWidth) == ("landscape", 1)
        assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert wb["Tinjauan"].print_title_rows == "$1:$1"


def test_keputusan_dibaca_kembali(tmp_path: Path) -> None:
    berkas = tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS)
    isi(berkas, {2: ("dikecualikan", None), 3: (" Dibuka ", "Sudah diumumkan di laman")})
    lembar = baca_tinjauan(berkas)
    assert lembar.siklus == "dik-20261127-1" and not lembar.masalah
    assert [(k.no, k.keputusan, k.catatan, k.baris) for k in lembar.keputusan] == [
        (1, Keputusan.DIKECUALIKAN, "", 2),
        (2, Keputusan.DIBUKA, "Sudah diumumkan di laman", 3),
    ]
    assert lembar.keputusan[0].sidik_jari == "a" * 64


def test_masalah_dengan_baris_dan_kolom(tmp_path: Path) -> None:
    berkas = tulis_tinjauan(tmp_path / "t.xlsx", "dik-20261127-1", BARIS)
    isi(berkas, {2: ("Ditolak", None), 3: ("Perbaiki", None), 4: ("Dibuka", "   ")})
    lembar = baca_tinjauan(berkas)
    assert [(m.baris, m.kolom, m.message_id) for m in lembar.masalah] == [
        (2, "Keputusan", "tinjauan.keputusan_salah"),
        (3, "Catatan", "tinjauan.catatan_wajib"),
        (4, "Catatan", "tinjauan.catatan_wajib"),
    ]
    assert [m.sel() for m in lembar.masalah] == ["I2", "J3", "J4"]  # as Excel names the cells
    assert (
        lembar.masalah[1]
        .lokasi()
        .endswith("t.xlsx, lembar Tinjauan, baris 3, kolom Catatan, sel J3")
    )
    galat = galat_tinjauan(lembar)
    assert galat.pesan().endswith("3 masalah ditemukan; tidak ada keputusan yang dicatat.")


def test_bukan_lembar_tinjauan(tmp_path: Path) -> None:
    (tmp_path / "rusak.xlsx").write_bytes(b"bukan xlsx")
    with pytest.raises(InputInvalid, match="bukan lembar tinjauan"):
        baca_tinjauan(tmp_path / "rusak.xlsx")
    with pytest.raises(InputInvalid, match="lembar 'Tinjauan' tidak ada"):
        baca_tinjauan(Path(__file__).parent.parent / "input" / "informasi.xlsx")


# --- the decisions in the ledger: --all never overwrites one, review change is explicit


def keputusan_di_ledger(ruang: Path) -> dict[int, str | None]:
    config = muat(ruang / "sidik.toml")
    with buka_untuk_baca(config.jalur.ledger) as buku:
        [s] = buku.semua_siklus()
        return {i.item.no: i.keputusan.value if i.keputusan else None for i in buku.items(s.id)}


@pytest.mark.libreoffice
@pytest.mark.slow
def test_setelah_perbaiki_all_dikecualikan_tidak_mengubah_yang_dibuka(
    ruang_dengan_pki: Path,
) -> None:
    # The team opens items 2 and 3 and sends item 4 back; the Operator corrects item 4; sidik's
    # hint says 'review apply --all dikecualikan': only item 4 may be decided by it.
    ruang = ruang_dengan_pki
    assert jalankan_sidik(ruang, "run", "input/informasi.xlsx").returncode == 13
    lembar = ruang / "output/tinjauan.xlsx"
    assert jalankan_sidik(ruang, "review", "sheet", str(lembar)).returncode == 0
    isian: dict[int, tuple[str | None, str | None]] = {
        b: ("Dikecualikan", None) for b in range(2, 14)
    }
    isian |= {3: ("Dibuka", "Sudah diumumkan"), 4: ("Dibuka", "Tidak rahasia")}
    isian[5] = ("Perbaiki", "Konsekuensi belum spesifik")
    isi(lembar, isian)
    assert jalankan_sidik(ruang, "review", "apply", str(lembar)).returncode == 0
    wb = load_workbook(ruang / "input/informasi.xlsx")
    wb["Informasi"]["H5"] = "Konsekuensi yang dirumuskan ulang oleh operator."
    wb.save(ruang / "input/informasi.xlsx")
    tunggu = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert tunggu.returncode == 13 and "--all dikecualikan" in tunggu.stdout
    lembar_baru_ditinjau_dari_substansinya(ruang, ruang / "output/ulang.xlsx")
    semua = jalankan_sidik(ruang, "review", "apply", "--all", "dikecualikan", "--note", "Rapat")
    assert semua.returncode == 0, semua.stderr
    assert semua.stdout.startswith(
        "Siklus dik-"
    ) and ": 1 keputusan dicatat; dikecualikan 10, dibuka 2, perbaiki 0, belum diputus 0.\n" in (
        semua.stdout
    )
    assert "11 informasi yang sudah berkeputusan dilewati" in semua.stdout
    assert keputusan_di_ledger(ruang) == {
        n: ("dibuka" if n in (2, 3) else "dikecualikan") for n in range(1, 13)
    }
    akhir = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert akhir.returncode == 0, akhir.stderr
    [manifest] = (ruang / "output/arsip").glob("*/*/*/*/manifest.json")
    tinjauan = json.loads(manifest.read_text(encoding="utf-8"))["tinjauan"]
    assert [t["no"] for t in tinjauan if t["keputusan"] == "dibuka"] == [2, 3]


@pytest.fixture
def siap_ttd(siklus_contoh: SiklusContoh, tmp_path: Path) -> Path:
    """The sample workspace after the review (all 12 Dikecualikan), not yet signed."""
    return shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang")


@pytest.mark.libreoffice
@pytest.mark.slow
def test_ubah_keputusan_tanpa_alasan_ditolak(siap_ttd: Path) -> None:
    hasil = sidik(siap_ttd, "review", "change", "2", "--keputusan", "dibuka")
    assert hasil.exit_code == 3
    assert hasil.stderr == (
        "Galat: Mengubah keputusan yang tercatat wajib disertai alasan (--alasan TEKS).\n"
    )
    assert keputusan_di_ledger(siap_ttd)[2] == "dikecualikan"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_ubah_keputusan_dicatat_dengan_nilai_lama_dan_baru(siap_ttd: Path) -> None:
    hasil = sidik(
        siap_ttd, "review", "change", "2", "--keputusan", "dibuka", "--alasan", "Sudah diumumkan"
    )
    assert hasil.exit_code == 0, hasil.output
    assert ": 1 keputusan dicatat; dikecualikan 11, dibuka 1, perbaiki 0" in hasil.stdout
    assert hasil.stdout.splitlines()[-1] == (  # the workbook the ledger recorded for the cycle
        "Berikutnya — langkah 4 tanda tangan, oleh Operator Rudi Contoh, A.Md. atas nama "
        "Atasan PPID: sidik run input/informasi.xlsx"
    )
    assert keputusan_di_ledger(siap_ttd)[2] == "dibuka"
    config = muat(siap_ttd / "sidik.toml")
    with buka_untuk_baca(config.jalur.ledger) as buku:
        [p] = [p for p in buku.peristiwa() if p.aksi == "keputusan_diubah"]
    assert (p.item_no, p.keterangan) == (2, "dikecualikan -> dibuka: Sudah diumumkan")
    assert p.peran.value == "tim_pertimbangan"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_ubah_keputusan_siklus_bertanda_tangan_ditolak(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    ruang = shutil.copytree(siklus_contoh.ruang, tmp_path / "ruang")
    hasil = sidik(ruang, "review", "change", "2", "--keputusan", "dibuka", "--alasan", "Terlambat")
    assert hasil.exit_code == 12
    assert "sudah ditandatangani; keputusan tidak dapat diubah lagi" in hasil.stderr
    assert keputusan_di_ledger(ruang)[2] == "dikecualikan"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_ubah_keputusan_informasi_yang_tidak_ada(siap_ttd: Path) -> None:
    hasil = sidik(siap_ttd, "review", "change", "99", "--keputusan", "dibuka", "--alasan", "x")
    assert hasil.exit_code == 3 and "Informasi No 99 tidak ada dalam siklus dik-" in hasil.stderr


@pytest.mark.libreoffice
@pytest.mark.slow
def test_lembar_yang_mengubah_keputusan_tercatat_dicatat_dengan_nilai_lama(siap_ttd: Path) -> None:
    lembar = siap_ttd / "output/tinjauan-ulang.xlsx"
    assert sidik(siap_ttd, "review", "sheet", str(lembar)).exit_code == 0
    isi(lembar, {3: ("Dibuka", "Sudah diumumkan")})
    hasil = sidik(siap_ttd, "review", "apply", str(lembar))
    assert hasil.exit_code == 0, hasil.output
    config = muat(siap_ttd / "sidik.toml")
    with buka_untuk_baca(config.jalur.ledger) as buku:
        [p] = [p for p in buku.peristiwa() if p.aksi == "keputusan_diubah"]
    assert (p.item_no, p.keterangan) == (2, "dikecualikan -> dibuka: Sudah diumumkan")


def lembar_baru_ditinjau_dari_substansinya(ruang: Path, lembar: Path) -> None:
    """The sheet after a correction: what the Tim decides from, and only the pending row open.

    Item 4 was sent back ("Konsekuensi belum spesifik") and corrected: its row waits for a
    decision, with the corrected Konsekuensi, a link to its initialled Lembar, and the old note
    apart from the Catatan of the decision to come."""
    hasil = jalankan_sidik(ruang, "review", "sheet", str(lembar))
    assert hasil.returncode == 0, hasil.stderr
    assert "(12 informasi, 1 menunggu keputusan)" in hasil.stdout
    ws = load_workbook(lembar)["Tinjauan"]
    kolom = {sel.value: sel.column_letter for sel in ws[1]}
    baris = {ws[f"A{r}"].value: r for r in range(2, ws.max_row + 1)}
    r = baris[4]
    assert (
        ws[f"{kolom['Konsekuensi']}{r}"].value == "Konsekuensi yang dirumuskan ulang oleh operator."
    )
    assert ws[f"{kolom['Pertimbangan']}{r}"].value  # the substance of the test, in the sheet
    assert (
        ws[f"{kolom['Keputusan']}{r}"].value is None and ws[f"{kolom['Catatan']}{r}"].value is None
    )
    assert ws[f"{kolom['Catatan Sebelumnya']}{r}"].value == "Konsekuensi belum spesifik"
    assert ws[f"{kolom['Catatan']}{baris[2]}"].value == "Sudah diumumkan"  # decided: its own note
    for no, r in baris.items():  # every row links its initialled Lembar, relative to the sheet
        tautan = ws[f"{kolom['Dokumen']}{r}"].hyperlink
        assert tautan is not None and (lembar.parent / tautan.target).is_file(), no
        assert (lembar.parent / tautan.target).parent.name == "paraf"
    [aturan] = ws.conditional_formatting
    assert aturan.rules[0].formula == [f"LEN(TRIM(${kolom['Keputusan']}2))=0"]
    assert ws.print_area == f"'Tinjauan'!$A$1:${kolom['Catatan Sebelumnya']}$13"


def test_review_sheet_ditolak_untuk_siklus_yang_sudah_diarsipkan(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    ruang = shutil.copytree(siklus_contoh.ruang, tmp_path / "ruang", symlinks=True)
    hasil = sidik(ruang, "review", "sheet", "lembar.xlsx")
    assert hasil.exit_code == 12, hasil.stderr
    assert "sudah diarsipkan; lembar tinjauan tidak ditulis lagi" in hasil.stderr
    assert not (ruang / "lembar.xlsx").exists()


@pytest.mark.libreoffice
@pytest.mark.slow
def test_ubah_keputusan_dengan_tanggal_rapat_masuk_berita_acara_rapat_itu(siap_ttd: Path) -> None:
    # The sample was decided at the meeting of 27 November; a later meeting opens item 2.
    hasil = sidik(
        siap_ttd,
        "review",
        "change",
        "2",
        "--keputusan",
        "dibuka",
        "--alasan",
        "Sudah diumumkan",
        "--tanggal",
        "2026-11-30",
        "--paksa-tanggal",
    )
    assert hasil.exit_code == 0, hasil.output
    config = muat(siap_ttd / "sidik.toml")
    with buka_untuk_baca(config.jalur.ledger) as buku:
        [s] = buku.semua_siklus()
        info = buku.info(s.id)
    assert info["rapat_tim"]["2"] == "2026-11-30" and info["rapat_tim"]["1"] == "2026-11-27"
    assert info["berita_acara"]["2026-11-27"]["2"][0] == "dikecualikan"  # as decided then
    assert info["berita_acara"]["2026-11-30"] == {"2": ["dibuka", "Sudah diumumkan"]}
