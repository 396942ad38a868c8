"""Who was present at each meeting of the Tim Pertimbangan is what was true at that meeting:
recorded as the members give their decisions there, so an item sent back (Perbaiki), corrected
and decided at a later meeting by other members does not change the earlier meeting's list
(its Berita Acara's signers)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pipeline.aktor import Aktor, sebagai
from pipeline.alur.putuskan import putuskan_item
from pipeline.alur.rapat import rapat_tim
from pipeline.config import Config
from pipeline.ledger.buku import CatatanDokumen, buka_buku
from pipeline.medan_ttd import PERAN_TIM
from pipeline.model import Dokumen, Item, JenisDokumen, Keputusan, Pejabat
from pipeline.stages.lembar import peserta_berita_acara
from pipeline.workbook import baca_items

D, P = Keputusan.DIKECUALIKAN, Keputusan.PERBAIKI
RAPAT_1, RAPAT_2 = date(2026, 12, 1), date(2026, 12, 3)


def _siklus_berparaf(config: Config, items: list[Item]) -> str:
    """A cycle of ``items`` whose drafts the PPID Pelaksana initialled: ready for the team."""
    with buka_buku(config.jalur.ledger) as buku:
        s = buku.siklus_baru("input/informasi.xlsx", date(2026, 11, 27), "h").id
        for i in items:
            buku.simpan_item(s, i, f"sha-{i.no}")
        daftar = Dokumen(JenisDokumen.DAFTAR, "daftar", Path("paraf/daftar.pdf"), None, "")
        buku.simpan_dokumen(s, "paraf", CatatanDokumen(daftar, "sha", "sj", datetime.now()))
    return s


def _putus(config: Config, s: str, anggota: Pejabat, no: int, k: Keputusan, hari: date) -> None:
    """``anggota``'s own decision on item ``no`` at the meeting of ``hari``."""
    catatan = "" if k is D else "Sebutkan kerugiannya"
    with sebagai(Aktor(anggota.nama, nip=frozenset({anggota.nip}))):
        putuskan_item(config, s, no, k, catatan, tanggal=hari, paksa_tanggal=True)


def test_hadir_rapat_pertama_tetap_setelah_item_perbaiki_diputus_rapat_kedua(
    config: Config, ruang_kerja: Path
) -> None:
    # [alur] aturan_tim = "ketua": Maya, the chair, decides. Meeting 1: Maya alone exempts
    # item 1 and sends item 2 back. The Operator corrects item 2; meeting 2: Yusuf and Maya
    # decide it. Yusuf was not at meeting 1.
    maya, yusuf = config.tim_pertimbangan
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:2]
    s = _siklus_berparaf(config, items)
    _putus(config, s, maya, 1, D, RAPAT_1)
    _putus(config, s, maya, 2, P, RAPAT_1)
    with buka_buku(config.jalur.ledger) as buku:
        buku.simpan_item(s, items[1], "sha-2-diperbaiki")  # the Operator's correction
    _putus(config, s, yusuf, 2, D, RAPAT_2)
    _putus(config, s, maya, 2, D, RAPAT_2)

    with buka_buku(config.jalur.ledger) as buku:
        rapat = rapat_tim(buku, s, {i.no: i for i in items})
    assert [(r.tanggal, [p.item.no for p in r.putusan], r.hadir) for r in rapat] == [
        (RAPAT_1, [1, 2], (maya.nip,)),
        (RAPAT_2, [2], tuple(sorted((maya.nip, yusuf.nip)))),
    ]
    # the first meeting's Berita Acara is signed by Maya alone of the team; the second's by both
    tim = [
        [p.pejabat.nama for p in peserta_berita_acara(config, r) if p.peran == PERAN_TIM]
        for r in rapat
    ]
    assert tim == [[maya.nama], [maya.nama, yusuf.nama]]
