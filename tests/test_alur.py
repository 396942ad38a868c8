"""The SOP as a workflow, with the real tools: five steps, review decisions, corrections.

One cycle of three items is walked through all five steps: the Tim Pertimbangan opens one
item (Dibuka) and sends one back (Perbaiki); the Operator corrects it; the team accepts it;
the Atasan PPID signs; the Operator files. The ledger must tell the whole story.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipeline.alur import dokumen
from pipeline.alur import putuskan as tinjauan
from pipeline.alur import siklus as alur
from pipeline.alur.dokumen import JENDELA, ukuran_jendela
from pipeline.alur.hasil import HasilSiklus, Tunggu
from pipeline.alur.kumpulkan import kumpulkan
from pipeline.alur.rencana import buat_rencana
from pipeline.config import muat
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.register import register_arsip
from pipeline.ledger.sop import Langkah
from pipeline.model import Keputusan
from tests.bantu.buku_kerja import buku_kerja_kecil, isi_tinjauan
from tests.bantu.pdf import pdftotext

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def teks_pdf(pdf: Path) -> str:
    return " ".join(pdftotext(pdf).split())


def test_lima_langkah_dengan_dibuka_dan_perbaiki(ruang_dengan_pki: Path) -> None:
    config = muat(ruang_dengan_pki / "sidik.toml")
    wb = buku_kerja_kecil(ruang_dengan_pki, 3)
    judul = [load_workbook(wb)["Informasi"].cell(r, 2).value for r in (2, 3, 4)]

    # Steps 1-2, then the cycle waits for the team (exit 13 on the command line).
    tunggu = alur.jalankan_siklus(config, wb)
    assert isinstance(tunggu, Tunggu) and tunggu.jenis == "tinjauan"
    assert [c.item.no for c in tunggu.items] == [1, 2, 3]
    siklus = tunggu.siklus.id

    # Step 3: the team opens item 2 and sends item 3 back.
    lembar = tinjauan.tulis_lembar(config, None, None).berkas
    assert lembar is not None
    isi_tinjauan(
        lembar,
        {
            1: ("Dikecualikan", "Sesuai uji konsekuensi"),
            2: ("Dibuka", "Sudah diumumkan di laman resmi"),
            3: ("Perbaiki", "Konsekuensi terlalu umum; sebutkan kerugiannya"),
        },
    )
    hasil = tinjauan.putuskan(config, lembar)
    assert hasil.jumlah == {"dikecualikan": 1, "dibuka": 1, "perbaiki": 1} and not hasil.selesai

    # Back to step 1: the run says which item and why, and does nothing else.
    kembali = alur.jalankan_siklus(config, wb)
    assert isinstance(kembali, Tunggu) and kembali.jenis == "perbaikan"
    assert [(c.item.no, c.catatan) for c in kembali.items] == [
        (3, "Konsekuensi terlalu umum; sebutkan kerugiannya")
    ]

    # The Operator corrects item 3; only it needs a new decision.
    buku_kerja = load_workbook(wb)
    buku_kerja["Informasi"]["H4"] = "Disalahgunakan untuk pemalsuan identitas dan penipuan."
    buku_kerja.save(wb)
    lagi = alur.jalankan_siklus(config, wb)
    assert isinstance(lagi, Tunggu) and [c.item.no for c in lagi.items] == [3]
    lembar = tinjauan.tulis_lembar(config, siklus, None).berkas
    assert lembar is not None
    isi_tinjauan(lembar, {3: ("Dikecualikan", "Sudah diperbaiki")})
    assert tinjauan.putuskan(config, lembar).selesai

    # Steps 4-5: the DIK holds only the items decided Dikecualikan; the opened item keeps its
    # signed Lembar, which records the result and the Tim's reason.
    arsip = alur.jalankan_siklus(config, wb)
    assert isinstance(arsip, HasilSiklus) and arsip.siklus.id == siklus
    nama = sorted(p.name for p in arsip.arsip.dokumen)
    [berita_acara] = [n for n in nama if n.startswith("berita-acara-")]
    assert [n for n in nama if n != berita_acara] == ["daftar.pdf", "keputusan.pdf"] + [
        f"lembar-000{n}.pdf" for n in (1, 2, 3)
    ]
    daftar = teks_pdf(arsip.arsip.folder / "daftar.pdf")
    assert judul[0][:30] in daftar and judul[2][:30] in daftar and judul[1][:30] not in daftar
    assert "Menetapkan 2 (dua) informasi" in teks_pdf(arsip.arsip.folder / "keputusan.pdf")
    dibuka = teks_pdf(arsip.arsip.folder / "lembar-0002.pdf")
    assert "dinyatakan TIDAK DIKECUALIKAN dan dibuka sebagai Informasi Publik" in dibuka
    assert "dengan pertimbangan: Sudah diumumkan di laman resmi." in dibuka
    assert "INFORMASI YANG DIKECUALIKAN" not in dibuka
    # The meeting's Berita Acara: each item with its decision and reason (item 3 as decided
    # after its correction, the same day), a signature cell per participant.
    ba = teks_pdf(arsip.arsip.folder / berita_acara)
    assert "BERITA ACARA PENGUJIAN KONSEKUENSI INFORMASI PUBLIK" in ba
    assert "terhadap 3 (tiga) informasi" in ba
    baris = pdftotext(arsip.arsip.folder / berita_acara, "-layout").splitlines()
    assert any(" Dibuka " in b and "Sudah diumumkan di laman resmi" in b for b in baris)
    assert any(" Dikecualikan " in b and "Sudah diperbaiki" in b for b in baris)
    assert "Konsekuensi terlalu umum" not in ba  # item 3's Perbaiki was decided again
    assert "Jumlah hasil pengujian: Dikecualikan 2 (dua) informasi; Dibuka 1 (satu)" in ba
    for orang in config.tim_pertimbangan:
        assert orang.nama in ba
    manifest = json.loads(arsip.arsip.manifest.read_text(encoding="utf-8"))
    assert {"no": 2, "judul": judul[1], "keputusan": "dibuka"}.items() <= next(
        t for t in manifest["tinjauan"] if t["no"] == 2
    ).items()

    with buka_buku(config.jalur.ledger) as buku:
        items = {c.item.no: c for c in buku.items(siklus)}
        peristiwa = buku.peristiwa(siklus)
        langkah = buku.langkah(siklus)
        register = register_arsip(buku, siklus)
        nomor = dict(
            buku.db.execute("SELECT nama, urut FROM nomor_dokumen WHERE siklus = ?", (siklus,))
        )
    # Every letter number given in this cycle is on a filed document: none skipped.
    assert sorted(nomor) == sorted(n.removesuffix(".pdf") for n in nama)
    assert sorted(nomor.values()) == list(range(1, 7))
    # Item 2 left the DIK but stays in the ledger with the reason, and its Lembar is filed.
    assert (items[2].keputusan, items[2].catatan) == (
        Keputusan.DIBUKA,
        "Sudah diumumkan di laman resmi",
    )
    aksi = [(p.aksi, p.item_no) for p in peristiwa]
    for yang_diharapkan in [
        ("siklus_dibuka", None),
        ("keputusan_dibuka", 2),
        ("keputusan_perbaiki", 3),
        ("kembali_ke_operator", None),
        ("item_diperbaiki", 3),
        ("keputusan_dikecualikan", 3),
    ]:
        assert yang_diharapkan in aksi, yang_diharapkan
    assert aksi.index(("keputusan_perbaiki", 3)) < aksi.index(("item_diperbaiki", 3))
    per_aksi = Counter(p.aksi for p in peristiwa)
    assert per_aksi["sign"] == 6 and per_aksi["arsip"] == 6 and len(register) == 6
    # Lembar 1 was converted once: the review and the correction did not touch it.
    assert Counter((p.aksi, p.keterangan) for p in peristiwa)[("convert", "lembar-0001")] == 1
    assert Counter((p.aksi, p.keterangan) for p in peristiwa)[("convert", "lembar-0003")] == 2
    assert all(langkah[lk].selesai is not None for lk in Langkah)
    peran = {p.aksi: p.peran.value for p in peristiwa}
    assert peran["keputusan_dibuka"] == "tim_pertimbangan" and peran["sign"] == "atasan_ppid"
    assert peran["paraf"] == "ppid_pelaksana" and peran["arsip"] == "operator"
    assert all(
        p.sha256_keluar for p in peristiwa if p.aksi in ("render", "convert", "paraf", "sign")
    )

    # Rerunning changes nothing, and the signed cycle refuses new decisions.
    lagi_arsip = alur.jalankan_siklus(config, wb)
    assert isinstance(lagi_arsip, HasilSiklus) and not lagi_arsip.arsip.baru
    with pytest.raises(Exception, match="sudah ditandatangani"):
        tinjauan.putuskan(config, None, siklus, Keputusan.DIBUKA, "berubah pikiran")


@pytest.mark.parametrize("banyak", [0, 1, 3])
def test_sidik_jari_daftar_dihitung_bertahap_sama_dengan_seluruh_teks(banyak: int) -> None:
    # The DIK's fingerprint and the items' hash are hashed item by item (not as one JSON text
    # of every item), and each must be the very same digest: a ledger from an earlier version
    # would otherwise see every stage of an open cycle as out of date, or not find its cycle.
    from dataclasses import asdict
    from datetime import date

    from pipeline.alur.sidik_jari import hash_items, medan_item, medan_rapat, sha_daftar, sha_data
    from pipeline.model import Item, PutusanRapat, RapatTim

    items = [
        Item(n, f"Judul “{n}” — ü", "PIAK", "h", "Konsekuensi", "Pertimbangan", None if n else 5)
        for n in range(1, banyak + 1)
    ]
    awal = ["lingkungan", "2026-11-27", "daftar", "000.1/1/PPID/2026"]
    semua = [asdict(i) for i in items]
    assert sha_daftar(awal, (asdict(i) for i in items)) == sha_data([*awal, semua])
    # likewise the items' hash, which finds a workbook's cycle again
    tanpa_baris = [{k: v for k, v in d.items() if k != "baris"} for d in semua]
    assert hash_items(items) == sha_data(tanpa_baris)
    # the plan takes each item's fields without asdict's deep copy: the very same dict
    assert [medan_item(i) for i in items] == semua
    assert sha_daftar(awal, (medan_item(i) for i in items)) == sha_data([*awal, semua])
    putusan = tuple(PutusanRapat(i, Keputusan.DIKECUALIKAN, "") for i in items)
    for hadir in (None, ("000000000000000005",)):
        rapat = RapatTim(date(2026, 11, 27), putusan, hadir)
        assert sha_data(medan_rapat(rapat)) == sha_data(asdict(rapat))


def test_dokumen_dikerjakan_per_jendela_dan_jendela_selesai_tidak_diulang(
    ruang_dengan_pki: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Convert, paraf and sign take the cycle's documents a window at a time (so the process
    does not hold the whole cycle), and a run that fails in a window keeps the windows before.
    """
    from pipeline.stages import convert as tahap_convert
    from pipeline.stages import paraf as tahap_paraf
    from pipeline.stages import sign as tahap_sign

    monkeypatch.setattr(dokumen, "JENDELA", 3)  # 7 documents go as 4 and 3, never 3, 3 and 1
    config = muat(ruang_dengan_pki / "sidik.toml")
    wb = buku_kerja_kecil(ruang_dengan_pki, 5)  # the DIK, 5 Lembar, the decree: 7 documents
    panggilan: dict[str, list[list[str]]] = {"convert": [], "paraf": [], "sign": []}
    convert_asli = tahap_convert.convert

    def diamati(tahap: str, asli, gagal_ke: int | None = None):  # type: ignore[no-untyped-def]
        def fungsi(dokumen, *args, **kwargs):  # type: ignore[no-untyped-def]
            panggilan[tahap].append([d.nama for d in dokumen])
            if len(panggilan[tahap]) == gagal_ke:
                raise RuntimeError("jendela kedua gagal")
            return asli(dokumen, *args, **kwargs)

        return fungsi

    # The first run fails in convert's second window: the first is recorded, nothing else.
    monkeypatch.setattr(tahap_convert, "convert", diamati("convert", convert_asli, 2))
    with pytest.raises(RuntimeError, match="jendela kedua"):
        alur.jalankan_siklus(config, wb)
    pertama = panggilan["convert"][0]
    assert [len(k) for k in panggilan["convert"]] == [4, 3]

    # The rerun converts only what is left, in windows again, then initials in windows.
    kemajuan: list[tuple[str, int, int]] = []
    monkeypatch.setattr(tahap_convert, "convert", diamati("convert", convert_asli))
    monkeypatch.setattr(tahap_paraf, "paraf", diamati("paraf", tahap_paraf.paraf))
    tunggu = alur.jalankan_siklus(
        config, wb, kemajuan=lambda t, n, total: kemajuan.append((t, n, total))
    )
    assert isinstance(tunggu, Tunggu) and tunggu.jenis == "tinjauan"
    assert [len(k) for k in panggilan["convert"]] == [4, 3, 3]
    sisa = panggilan["convert"][2]
    assert not set(sisa) & set(pertama) and len(set(pertama + sisa)) == 7
    assert [len(k) for k in panggilan["paraf"]] == [4, 3]
    convert_lagi = [(n, total) for t, n, total in kemajuan if t == "convert"]
    assert convert_lagi[-1] == (3, 3) and all(total == 3 for _, total in convert_lagi)
    assert [n for n, _ in convert_lagi] == sorted(n for n, _ in convert_lagi)

    tinjauan.putuskan(config, None, tunggu.siklus.id, Keputusan.DIKECUALIKAN, "sesuai")
    monkeypatch.setattr(tahap_sign, "sign", diamati("sign", tahap_sign.sign))
    kemajuan.clear()
    arsip = alur.jalankan_siklus(
        config, wb, kemajuan=lambda t, n, total: kemajuan.append((t, n, total))
    )
    # the meeting's Berita Acara joins them (initialled alone): 8 documents, signed as 3, 3, 2
    assert isinstance(arsip, HasilSiklus) and len(arsip.arsip.dokumen) == 8
    assert [n for t, n, _ in kemajuan if t == "archive"] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [len(k) for k in panggilan["paraf"]] == [4, 3, 1]
    assert [len(k) for k in panggilan["sign"]] == [3, 3, 2]
    assert sorted(k for bagian in panggilan["sign"] for k in bagian) == sorted(
        k for bagian in panggilan["paraf"] for k in bagian
    )


@pytest.mark.parametrize("jumlah", [1, 7, 499, 500, 502, 749, 751, 1000, 5002])
def test_jendela_sama_besar_tanpa_sisa_kecil(jumlah: int) -> None:
    ukuran = ukuran_jendela(jumlah)
    jendela = [min(ukuran, jumlah - a) for a in range(0, jumlah, ukuran)]
    assert sum(jendela) == jumlah
    assert max(jendela) <= 1.5 * JENDELA
    assert min(jendela) >= min(jumlah, JENDELA // 2)


def test_item_yang_dihapus_dari_workbook_ditarik_dan_tetap_tercatat(ruang_dengan_pki: Path) -> None:
    # Step 1 again after the Operator removed a row: the item leaves the draft DIK, stays in
    # the ledger as withdrawn, and the trail says so.
    config = muat(ruang_dengan_pki / "sidik.toml")
    wb = buku_kerja_kecil(ruang_dengan_pki, 3)
    tunggu = alur.jalankan_siklus(config, wb)
    assert isinstance(tunggu, Tunggu)
    buku_kerja = load_workbook(wb)
    buku_kerja["Informasi"].delete_rows(3)  # item 2
    buku_kerja.save(wb)
    lagi = alur.jalankan_siklus(config, wb)
    assert isinstance(lagi, Tunggu) and lagi.siklus.id == tunggu.siklus.id
    assert [c.item.no for c in lagi.items] == [1, 3]
    with buka_buku(config.jalur.ledger) as buku:
        semua = {c.item.no: c.aktif for c in buku.items(lagi.siklus.id, semua=True)}
        aksi = [(p.aksi, p.item_no) for p in buku.peristiwa(lagi.siklus.id)]
        rencana = buat_rencana(buku, config, lagi.siklus)
    assert semua == {1: True, 2: False, 3: True}
    assert ("item_ditarik", 2) in aksi
    assert rencana.nama_dokumen == ["daftar", "lembar-0001", "lembar-0003", "keputusan"]


def test_langkah_1_melaporkan_kemajuan_dari_prosesnya_sendiri(
    ruang_dengan_pki: Path, tmp_path: Path
) -> None:
    # Step 1 runs in forked processes: their reports must still reach the progress bar.
    config = muat(ruang_dengan_pki / "sidik.toml")
    wb = buku_kerja_kecil(ruang_dengan_pki, 3)
    jejak = tmp_path / "kemajuan.txt"

    def catat(tahap: str, n: int, total: int) -> None:
        with jejak.open("a") as f:  # appended from whichever process reports
            f.write(f"{tahap} {n} {total}\n")

    kumpulkan(config, wb, kemajuan=catat)
    laporan = jejak.read_text().splitlines()
    assert laporan[:3] == ["workbook 3 3", "kumpul 0 3", "kumpul 3 3"]
    assert laporan[-1] == "render 5 5"  # 3 Lembar, the DIK and the decree
