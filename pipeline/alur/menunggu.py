"""What waits for one person ("Menunggu saya"): the cycles whose open SOP step is their
role's, with the step's working-day deadline from the ledger; for a Tim Pertimbangan member,
the items still waiting for their own decision. The web's home page shows it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pipeline.alur.aturan_tim import belum_memutuskan
from pipeline.alur.berikutnya import LangkahBerikutnya, langkah_berikutnya
from pipeline.config import Config
from pipeline.ledger import buka_untuk_baca, jam_kantor
from pipeline.ledger.buku import Buku
from pipeline.ledger.ringkasan import StatusLangkah, status_siklus
from pipeline.ledger.sop import MUTU_BAKU, URUTAN, Langkah, Peran
from pipeline.ledger.tenggat import KalenderKerja
from pipeline.model import Item, Keputusan


@dataclass(frozen=True)
class Menunggu:
    """One cycle waiting for this person: its open step, deadline, and (for a Tim member) the
    items still waiting for their own decision."""

    siklus: str
    workbook: str
    langkah: StatusLangkah
    berikutnya: LangkahBerikutnya | None
    items: tuple[int, ...] = ()


def menunggu(
    config: Config, peran: Peran | None, nip: str = "", sekarang: datetime | None = None
) -> list[Menunggu]:
    """The cycles whose open step belongs to ``peran`` (oldest first); none for a role that
    performs no step (auditor, admin) or before the first cycle."""
    if peran is None or not config.jalur.ledger.is_file():
        return []
    kalender = KalenderKerja(config.kalender.libur_kantor)
    hasil = []
    with buka_untuk_baca(config.jalur.ledger) as buku:
        for c in buku.semua_siklus():
            if _peran_terbuka(buku, c.id) is not peran:
                continue  # the status (its counts) only of the cycles that wait for peran
            status = status_siklus(buku, c.id, kalender, sekarang or jam_kantor())
            terbuka = next((b for b in status.langkah if b.selesai is None), None)
            if terbuka is None or terbuka.peran is not peran:
                continue
            tinjau = terbuka.langkah is Langkah.TINJAU
            items = _belum_diputus(buku, config, c.id, nip) if tinjau else ()
            berikutnya = langkah_berikutnya(config, status)
            hasil.append(Menunggu(c.id, c.workbook, terbuka, berikutnya, items))
    return hasil


def siklus_menunggu(config: Config, peran: Peran) -> list[str]:
    """The cycles whose open step belongs to ``peran`` (oldest first), without their status:
    where step 4's documents may wait for a participant's paraf or signature."""
    if not config.jalur.ledger.is_file():
        return []
    with buka_untuk_baca(config.jalur.ledger) as buku:
        return [c.id for c in buku.semua_siklus() if _peran_terbuka(buku, c.id) is peran]


def _peran_terbuka(buku: Buku, siklus_id: str) -> Peran | None:
    """The role whose step of the cycle is open (the first not ended), as its status says."""
    tercatat = buku.langkah(siklus_id)
    for lk in URUTAN:
        c = tercatat.get(lk)
        if c is None or c.selesai is None:
            return MUTU_BAKU[lk].peran
    return None


def _belum_diputus(buku: Buku, config: Config, siklus_id: str, nip: str) -> tuple[int, ...]:
    """The undecided items still waiting for member ``nip``'s own decision (read without
    their content)."""
    aturan, tim = config.alur.aturan_tim, config.tim_pertimbangan
    suara = buku.suara(siklus_id)
    menunggu_saya: dict[frozenset[tuple[str, Keputusan]], bool] = {}  # by the votes so far
    hasil = []
    for no, c in sorted(buku.ringkasan_items(siklus_id).items()):
        if not c.aktif or c.keputusan is not None:
            continue
        sudah = frozenset((n, k) for n, (k, _) in suara.get(no, {}).items())
        if sudah not in menunggu_saya:
            belum = belum_memutuskan(aturan, tim, dict(sudah))
            menunggu_saya[sudah] = any(p.nip == nip for p in belum)
        if menunggu_saya[sudah]:
            hasil.append(no)
    return tuple(hasil)


@dataclass(frozen=True)
class ItemTinjauan:
    """An item as a Tim member reviews it: its content, the team's decision so far, and the
    member's own."""

    item: Item
    sha256: str
    keputusan: Keputusan | None
    catatan: str
    suara: tuple[Keputusan, str] | None


def tinjauan_anggota(
    config: Config,
    siklus_id: str,
    nip: str,
    pilih_awal: Callable[[int], int] = lambda _: 0,
    batas: int | None = None,
) -> tuple[list[ItemTinjauan], int]:
    """The active items of cycle ``siklus_id`` with the team's and member ``nip``'s decisions,
    and how many there are: all of them, or ``batas`` from the position ``pilih_awal`` gives
    for that number (one page, only its items read)."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        buku.siklus(siklus_id)  # an unknown cycle is an error
        jumlah = buku.jumlah_items(siklus_id)
        items = (
            buku.items(siklus_id)
            if batas is None
            else buku.items_halaman(siklus_id, pilih_awal(jumlah), batas)
        )
        suara = buku.suara(siklus_id)
        return [
            ItemTinjauan(
                c.item, c.sha256, c.keputusan, c.catatan, suara.get(c.item.no, {}).get(nip)
            )
            for c in items
        ], jumlah
