"""SOP step 3: the Tim Pertimbangan's review of the initialled draft, item by item.

``review sheet`` writes the review workbook of a checked cycle; ``review apply`` records the
decisions it holds (or one decision for every item not yet decided). Dibuka takes an item out
of the DIK (it stays in the ledger with the reason); Perbaiki sends it back to the Operator
(step 1) with the note; once every item is decided, step 3 ends and the cycle can be signed.
A recorded decision changes only by ``review change``, an explicit act with a reason, logged
with the old and the new value.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

from pipeline.alur import izin
from pipeline.alur import jalan as kerja
from pipeline.alur.aturan_tim import belum_memutuskan, putusan_tim
from pipeline.alur.izin import Tindakan
from pipeline.alur.rapat import catat_hadir, catat_rapat, periksa_tanggal_rapat
from pipeline.atomic import tulis_atomik
from pipeline.berkas import periksa_tujuan, sha256_biasa
from pipeline.config import Config
from pipeline.errors import ActRefused, InputInvalid, Masalah, OutputRefused, StepNotReady
from pipeline.hashing import sha256_berkas
from pipeline.ledger import buku_terkunci
from pipeline.ledger.buku import Buku, CatatanItem, CatatanSiklus
from pipeline.ledger.sop import Langkah
from pipeline.ledger.tenggat import KalenderKerja
from pipeline.legal.jangka import jangka_item
from pipeline.legal.pasal17 import kutipan
from pipeline.model import Keputusan, Pejabat
from pipeline.workbook.penanda import JENIS_TINJAUAN, ditulis_sidik, milik_sidik
from pipeline.workbook.review import (
    LEMBAR_TINJAUAN,
    BarisTinjauan,
    KeputusanItem,
    baca_tinjauan,
    galat_tinjauan,
    huruf_kolom,
    tulis_tinjauan,
)


@dataclass(frozen=True)
class HasilTinjauan:
    """The cycle's decisions after a review command: counts, items pending, items sent back."""

    siklus: str
    berkas: Path | None
    diubah: int
    jumlah: dict[str, int]
    belum: int
    selesai: bool
    dilewati: int = 0  # items ``--all`` left alone because they already had a decision
    menunggu: tuple[str, ...] = ()  # the members whose own decision undecided items wait for


def tulis_lembar(config: Config, siklus_id: str | None, tujuan: Path | None) -> HasilTinjauan:
    """Write the review workbook of a checked cycle (earlier decisions filled in)."""
    with buku_terkunci(config.jalur.ledger) as buku:
        c = kerja.muat(buku, siklus_id)
        _siap_ditinjau(buku, c.id, diubah=False)
        tujuan = tujuan or config.jalur.keluaran / f"tinjauan-{c.id}.xlsx"
        periksa_tujuan(tujuan, partial(_boleh_ditimpa, buku), config.jalur.arsip)
        if kerja.diarsipkan(buku, c.id):
            raise StepNotReady("tinjauan.sudah_diarsipkan", siklus=c.id)
        pdf = _lembar_berparaf(config, buku, c, tujuan.parent)
        baris = [_baris(config, i, pdf.get(i.item.no)) for i in buku.items(c.id) if i.aktif]
        tulis_tinjauan(tujuan, c.id, baris)
        with buku.transaksi():
            kerja.catat(
                buku,
                config,
                c.id,
                Langkah.TINJAU,
                "lembar_tinjauan",
                keluar=sha256_berkas(tujuan),
                keterangan=str(tujuan),
            )
        return _hasil(buku, c.id, tujuan, 0)


def _boleh_ditimpa(buku: Buku, lembar: Path) -> bool:
    """A review sheet as sidik wrote it, or a filled one whose decisions were applied (its
    copy is kept in the cycle's work folder): writing over it loses nothing. A review sheet
    filled in since and not yet applied is refused by name."""
    if milik_sidik(JENIS_TINJAUAN)(lembar):
        return True
    if buku.masukan_tercatat(sha256_biasa(lembar), Langkah.TINJAU):
        return True
    if ditulis_sidik(lembar, JENIS_TINJAUAN):
        raise OutputRefused("tinjauan.lembar_berisi_keputusan", berkas=str(lembar))
    return False


def _lembar_berparaf(config: Config, buku: Buku, c: CatatanSiklus, folder: Path) -> dict[int, str]:
    """Each item's initialled Lembar, as a link relative to ``folder`` (where the sheet is)."""
    kerja_ = kerja.model(config, c).folder_kerja
    hasil = {}
    for d in buku.dokumen(c.id, "paraf").values():
        if d.dokumen.item_no is not None:
            jalur = os.path.relpath(kerja_ / d.dokumen.path, os.path.abspath(folder))
            hasil[d.dokumen.item_no] = Path(jalur).as_posix()
    return hasil


def putuskan(
    config: Config,
    berkas: Path | None,
    siklus_id: str | None = None,
    semua: Keputusan | None = None,
    catatan: str = "",
    tanggal: date | None = None,
    paksa_tanggal: bool = False,
) -> HasilTinjauan:
    """Record the decisions of a filled review workbook, or ``semua`` for every item.

    ``tanggal`` is the day of the Tim's meeting that made them (default: today, the office's day);
    the Lembar of each item decided carries it. A date given is checked (working day, not before
    the cycle opened, not after today) unless ``paksa_tanggal``.
    """
    lembar = baca_tinjauan(berkas) if berkas is not None else None
    if lembar is not None and lembar.masalah:
        raise galat_tinjauan(lembar)
    with buku_terkunci(config.jalur.ledger) as buku:
        izin.pastikan(kerja.aktor_dari(buku, config), Tindakan.PUTUSKAN, config)
        c = _siklus(buku, siklus_id, lembar.siklus if lembar else "")
        _siap_ditinjau(buku, c.id, diubah=False)
        rapat = _tanggal_rapat(buku, config, c, tanggal, paksa_tanggal)
        items = {i.item.no: i for i in buku.items(c.id)}
        dilewati = 0
        if lembar is not None:
            keputusan = _cocokkan(lembar.berkas, lembar.keputusan, items)
        else:  # asks to decide: refused on a signed cycle even when nothing is left undecided
            _siap_ditinjau(buku, c.id, diubah=True)
            keputusan = _untuk_semua(items, semua or Keputusan.DIKECUALIKAN, catatan)
            dilewati = len(items) - len(keputusan)
        anggota = _anggota(buku, config)
        if anggota is not None:  # a member's own decisions: the team's follows by the rule
            return _suara(buku, config, c, (berkas, rapat), anggota, keputusan, items, dilewati)
        keputusan = [k for k in keputusan if _berubah(k, items[k.no])]
        if not keputusan:  # applying the same decisions again changes nothing
            return _hasil(buku, c.id, berkas, 0, dilewati)
        _siap_ditinjau(buku, c.id, diubah=True)
        masuk = _simpan_salinan(config, c, berkas) if berkas else None
        with buku.transaksi():
            catat_hadir(buku, c.id, rapat, None)  # the team's decisions: every member's
            n = _rekam(buku, config, c.id, keputusan, items, masuk, rapat)
            _tindak_lanjut(buku, config, c.id)
        return _hasil(buku, c.id, berkas, n, dilewati)


def putuskan_item(
    config: Config,
    siklus_id: str,
    no: int,
    keputusan: Keputusan,
    catatan: str = "",
    sidik_jari: str | None = None,
    tanggal: date | None = None,
    paksa_tanggal: bool = False,
) -> HasilTinjauan:
    """One Tim member's own decision on one item (the web's per-item form): recorded as their
    vote, the team's decision following by ``[alur] aturan_tim``. ``sidik_jari`` is the item's
    content as the member saw it: a decision on an item corrected since is refused.
    ``tanggal`` is the meeting's day, as for :func:`putuskan` (default: today)."""
    catatan = catatan.strip()
    if keputusan is not Keputusan.DIKECUALIKAN and not catatan:
        raise InputInvalid("tinjauan.catatan_item", keputusan=keputusan.value)
    with buku_terkunci(config.jalur.ledger) as buku:
        izin.pastikan(kerja.aktor_dari(buku, config), Tindakan.PUTUSKAN, config)
        c = kerja.muat(buku, siklus_id)
        _siap_ditinjau(buku, c.id, diubah=True)
        items = {i.item.no: i for i in buku.items(c.id)}
        if no not in items:
            raise InputInvalid("tinjauan.no_tidak_ada_siklus", no=no, siklus=c.id)
        if sidik_jari is not None and items[no].sha256 != sidik_jari:
            raise InputInvalid("tinjauan.item_berubah_sejak_dibuka", no=no)
        anggota = _anggota(buku, config)
        if anggota is None:
            raise ActRefused(
                "izin.putuskan",
                pelaku=buku.aktor.pelaku or "?",
                siapa=izin.siapa(config, Tindakan.PUTUSKAN),
            )
        k = KeputusanItem(no, items[no].sha256, keputusan, catatan, 0)
        rapat = _tanggal_rapat(buku, config, c, tanggal, paksa_tanggal)
        return _suara(buku, config, c, (None, rapat), anggota, [k], items, 0)


def _tanggal_rapat(
    buku: Buku, config: Config, c: CatatanSiklus, tanggal: date | None, paksa: bool
) -> date:
    """The meeting's day: as given (checked unless ``paksa``), else today."""
    hari_ini = buku.jam().date()
    if tanggal is None:
        return hari_ini
    if not paksa:
        kalender = KalenderKerja(config.kalender.libur_kantor)
        periksa_tanggal_rapat(tanggal, c.dibuka.date(), hari_ini, kalender)
    return tanggal


def _anggota(buku: Buku, config: Config) -> Pejabat | None:
    """The Tim member the ledger's actor is (None: someone deciding for the whole team)."""
    aktor = kerja.aktor_dari(buku, config)
    return next((p for p in config.tim_pertimbangan if aktor.adalah(p)), None)


def _suara(
    buku: Buku,
    config: Config,
    c: CatatanSiklus,
    sumber: tuple[Path | None, date],
    anggota: Pejabat,
    keputusan: list[KeputusanItem],
    items: dict[int, CatatanItem],
    dilewati: int,
) -> HasilTinjauan:
    """Record a member's own decisions, then each item's team decision where the rule is met
    (``sumber``: the review workbook, if any, and the meeting's day)."""
    berkas, rapat = sumber
    lama = buku.suara(c.id)
    baru = [k for k in keputusan if lama.get(k.no, {}).get(anggota.nip) != (k.keputusan, k.catatan)]
    if baru:
        _siap_ditinjau(buku, c.id, diubah=True)
    masuk = _simpan_salinan(config, c, berkas) if berkas and baru else None
    oleh = f"{anggota.nama} (NIP {anggota.nip})"
    with buku.transaksi():
        if baru:
            catat_hadir(buku, c.id, rapat, anggota.nip)
        for k in baru:
            buku.beri_suara(c.id, k.no, anggota.nip, items[k.no].sha256, k.keputusan, k.catatan)
            aksi = f"suara_{k.keputusan.value}"
            kerja.catat(
                buku, config, c.id, Langkah.TINJAU, aksi, k.no, masuk, None, k.catatan, oleh=oleh
            )
        tim = _putusan_tim(buku, config, c.id, items)
        n = _rekam(buku, config, c.id, tim, items, masuk, rapat) if tim else 0
        if tim:
            _tindak_lanjut(buku, config, c.id)
    hasil = _hasil(buku, c.id, berkas, n, dilewati)
    return replace(hasil, menunggu=_menunggu(buku, config, c.id))


def _putusan_tim(
    buku: Buku, config: Config, siklus_id: str, items: dict[int, CatatanItem]
) -> list[KeputusanItem]:
    """The items whose team decision the members' decisions now make, and differs from the
    one recorded (the note is the deciding members' notes)."""
    aturan, tim = config.alur.aturan_tim, config.tim_pertimbangan
    hasil = []
    for no, suara in buku.suara(siklus_id).items():
        keputusan = putusan_tim(aturan, tim, {n: k for n, (k, _) in suara.items()})
        if keputusan is None or items[no].keputusan is keputusan:
            continue
        catatan = "; ".join(dict.fromkeys(c for k, c in suara.values() if k is keputusan and c))
        hasil.append(KeputusanItem(no, items[no].sha256, keputusan, catatan, 0))
    return hasil


def _menunggu(buku: Buku, config: Config, siklus_id: str) -> tuple[str, ...]:
    """Names of the members the undecided items still wait for."""
    suara = buku.suara(siklus_id)
    aturan, tim = config.alur.aturan_tim, config.tim_pertimbangan
    nama: dict[str, None] = {}
    for c in buku.items(siklus_id):
        if c.keputusan is None:
            sudah = {n: k for n, (k, _) in suara.get(c.item.no, {}).items()}
            nama.update(dict.fromkeys(p.nama for p in belum_memutuskan(aturan, tim, sudah)))
    return tuple(nama)


def _untuk_semua(
    items: dict[int, CatatanItem], semua: Keputusan, catatan: str
) -> list[KeputusanItem]:
    """``--all``: one decision for every item not yet decided; a recorded one is never
    overwritten (after a Perbaiki, only the corrected item waits for a decision)."""
    if semua is not Keputusan.DIKECUALIKAN and not catatan:
        raise InputInvalid("tinjauan.catatan_semua", keputusan=str(semua))
    return [
        KeputusanItem(n, i.sha256, semua, catatan, 0)
        for n, i in items.items()
        if i.keputusan is None
    ]


def ubah_keputusan(
    config: Config,
    no: int,
    keputusan: Keputusan,
    alasan: str,
    siklus_id: str | None = None,
    tanggal: date | None = None,
    paksa_tanggal: bool = False,
) -> HasilTinjauan:
    """``review change``: change one item's recorded decision, with a reason, on a cycle not
    yet signed; the event keeps the old and the new value. ``tanggal`` is the day of the
    meeting that changed it (as for :func:`putuskan`)."""
    if not alasan.strip():
        raise InputInvalid("tinjauan.alasan_wajib")
    with buku_terkunci(config.jalur.ledger) as buku:
        izin.pastikan(kerja.aktor_dari(buku, config), Tindakan.PUTUSKAN, config)
        c = kerja.muat(buku, siklus_id)
        _siap_ditinjau(buku, c.id, diubah=True)
        rapat = _tanggal_rapat(buku, config, c, tanggal, paksa_tanggal)
        lama = {i.item.no: i for i in buku.items(c.id)}.get(no)
        if lama is None:
            raise InputInvalid("tinjauan.no_tidak_ada_siklus", no=no, siklus=c.id)
        if lama.keputusan is None:
            raise InputInvalid("tinjauan.belum_berkeputusan", no=no, siklus=c.id)
        if lama.keputusan is keputusan:
            return _hasil(buku, c.id, None, 0)
        with buku.transaksi():
            buku.putuskan(c.id, no, keputusan, alasan.strip())
            catat_rapat(buku, c.id, [(no, keputusan, alasan.strip())], rapat)
            anggota = _anggota(buku, config)
            catat_hadir(buku, c.id, rapat, anggota.nip if anggota else None)
            kerja.catat(
                buku, config, c.id, Langkah.TINJAU, "rapat_tim", keterangan=rapat.isoformat()
            )
            kerja.catat(
                buku,
                config,
                c.id,
                Langkah.TINJAU,
                "keputusan_diubah",
                no,
                lama.sha256,
                lama.sha256,
                _perubahan(lama, keputusan, alasan.strip()),
            )
            _tindak_lanjut(buku, config, c.id)
        return _hasil(buku, c.id, None, 1)


def _siklus(buku: Buku, siklus_id: str | None, dari_lembar: str) -> CatatanSiklus:
    """The cycle named, else the one the sheet names (if known here), else the latest."""
    if siklus_id is None and dari_lembar and dari_lembar in {s.id for s in buku.semua_siklus()}:
        siklus_id = dari_lembar
    return kerja.muat(buku, siklus_id)


def _siap_ditinjau(buku: Buku, siklus_id: str, diubah: bool = True) -> None:
    """Review needs an initialled draft (step 2 done once); changes need an unsigned cycle."""
    ttd = buku.langkah(siklus_id).get(Langkah.TANDA_TANGAN)
    ditandatangani = ttd is not None and ttd.selesai is not None
    if diubah and (ditandatangani or kerja.diarsipkan(buku, siklus_id)):
        raise StepNotReady("tinjauan.sudah_ditandatangani", siklus=siklus_id)
    if not buku.dokumen(siklus_id, "paraf"):  # the team reviews an initialled draft
        raise StepNotReady("tinjauan.belum_diperiksa", siklus=siklus_id)


def _cocokkan(
    berkas: Path, keputusan: list[KeputusanItem], items: dict[int, CatatanItem]
) -> list[KeputusanItem]:
    """Each decision's item must exist and be unchanged since the sheet was written."""
    masalah = []
    for k in keputusan:
        item = items.get(k.no)
        if item is None:
            masalah.append(_masalah(berkas, k, "No", "tinjauan.no_tidak_ada", str(k.no)))
        elif item.sha256 != k.sidik_jari:
            masalah.append(_masalah(berkas, k, "Sidik Jari", "tinjauan.item_berubah", None))
    if masalah:
        from pipeline.workbook.review import LembarTinjauan

        raise galat_tinjauan(LembarTinjauan(berkas, "", [], masalah))
    return keputusan


def _masalah(berkas: Path, k: KeputusanItem, kolom: str, pesan: str, nilai: str | None) -> Masalah:
    huruf = huruf_kolom(kolom)
    p = {"no": k.no}
    return Masalah(str(berkas), pesan, LEMBAR_TINJAUAN, k.baris, kolom, nilai, p, huruf=huruf)


def _simpan_salinan(config: Config, c: CatatanSiklus, berkas: Path) -> str:
    """Keep the applied review workbook in the cycle's work folder; return its SHA-256."""
    folder = kerja.model(config, c).folder_kerja / "tinjauan"
    sha = sha256_berkas(berkas)
    tulis_atomik(folder / f"{sha[:12]}-{berkas.name}", lambda p: shutil.copyfile(berkas, p))
    return sha


def _rekam(
    buku: Buku,
    config: Config,
    siklus_id: str,
    keputusan: list[KeputusanItem],
    items: dict[int, CatatanItem],
    masuk: str | None,
    rapat: date,
) -> int:
    """Record the team's decisions, each item's meeting day with them."""
    catat_rapat(buku, siklus_id, ((k.no, k.keputusan, k.catatan) for k in keputusan), rapat)
    kerja.catat(buku, config, siklus_id, Langkah.TINJAU, "rapat_tim", keterangan=rapat.isoformat())
    for k in keputusan:
        lama = items[k.no]
        buku.putuskan(siklus_id, k.no, k.keputusan, k.catatan)
        aksi, keterangan = f"keputusan_{k.keputusan.value}", k.catatan
        if lama.keputusan not in (None, k.keputusan):  # a filled sheet changed a recorded one
            aksi, keterangan = "keputusan_diubah", _perubahan(lama, k.keputusan, k.catatan)
        kerja.catat(
            buku, config, siklus_id, Langkah.TINJAU, aksi, k.no, masuk, lama.sha256, keterangan
        )
    return len(keputusan)


def _perubahan(lama: CatatanItem, baru: Keputusan, alasan: str) -> str:
    """How a changed decision is logged: ``old -> new: reason``."""
    sebelum = lama.keputusan.value if lama.keputusan else "-"
    return f"{sebelum} -> {baru.value}: {alasan}"


def _berubah(k: KeputusanItem, lama: CatatanItem) -> bool:
    return (lama.keputusan, lama.catatan) != (k.keputusan, k.catatan)


def _tindak_lanjut(buku: Buku, config: Config, siklus_id: str) -> None:
    """Perbaiki reopens step 1; a fully decided list ends step 3."""
    items = buku.items(siklus_id)
    if any(i.keputusan is Keputusan.PERBAIKI for i in items):
        buku.buka_ulang(siklus_id, Langkah.KUMPUL)
        kerja.catat(buku, config, siklus_id, Langkah.TINJAU, "kembali_ke_operator")
    elif all(i.keputusan is not None for i in items):
        kerja.selesaikan(buku, config, siklus_id, Langkah.TINJAU)


def _hasil(
    buku: Buku, siklus_id: str, berkas: Path | None, diubah: int, dilewati: int = 0
) -> HasilTinjauan:
    items = buku.items(siklus_id)
    hitung = Counter(i.keputusan.value for i in items if i.keputusan is not None)
    belum = sum(1 for i in items if i.keputusan is None)
    tinjau = buku.langkah(siklus_id).get(Langkah.TINJAU)
    selesai = tinjau is not None and tinjau.selesai is not None
    return HasilTinjauan(siklus_id, berkas, diubah, dict(hitung), belum, selesai, dilewati)


def _baris(config: Config, c: CatatanItem, dokumen: str | None) -> BarisTinjauan:
    """One item's row: its substance, its initialled Lembar, and its decision. A note kept from
    a Perbaiki on an item since corrected (no decision now) is shown apart, never as the note
    of the decision to come."""
    i = c.item
    unit = config.cari_unit(i.unit_kerja)
    dasar = kutipan(i.pasal17_huruf, i.pasal17_angka)
    jangka = jangka_item(i).teks
    diputus = c.keputusan is not None
    return BarisTinjauan(
        i.no,
        i.judul,
        unit.nama if unit else i.unit_kerja,
        dasar,
        jangka,
        c.sha256,
        c.keputusan,
        c.catatan if diputus else "",
        konsekuensi=i.konsekuensi,
        pertimbangan=i.pertimbangan,
        dokumen=dokumen,
        catatan_lalu="" if diputus else c.catatan,
    )
