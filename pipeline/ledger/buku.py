"""The ledger: cycles, their items and decisions, documents per stage, SOP steps, events.

:class:`Buku` is the only way into the SQLite file. Every change runs inside
:meth:`Buku.transaksi`, so a killed process leaves the ledger as it was before or after a
change, never half-way.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pipeline import gangguan
from pipeline.aktor import Aktor, aktor_aktif
from pipeline.berkas import menulis, tolak_bukan_biasa
from pipeline.errors import InputInvalid, OutputRefused
from pipeline.ledger import skema
from pipeline.ledger.catatan import (
    AKSI_TTD_PESERTA,
    CatatanDokumen,
    CatatanItem,
    CatatanLangkah,
    CatatanSiklus,
    Peristiwa,
    RingkasanItem,
    SaringJejak,
    TtdTercatat,
    dokumen_dari,
    item_dari,
    peristiwa_dari,
    siklus_dari,
    waktu_dari,
)
from pipeline.ledger.sop import Langkah, Peran, sesudah
from pipeline.model import Dokumen, Item, JenisDokumen, Keputusan
from pipeline.zona import sekarang

Jam = Callable[[], datetime]
_PESAN_SQLITE = {  # SQLite's primary result codes of a write the user can fix
    sqlite3.SQLITE_FULL: "berkas.disk_penuh",
    sqlite3.SQLITE_READONLY: "berkas.hanya_baca",
}
_PARAMETER_PER_KUERI = 500  # keys per ``IN (...)``: SQLite before 3.32 allows 999 parameters
AKSI_KEMBALI = ("item_dikembalikan", "keputusan_perbaiki", "keputusan_diubah")
"""The events that send an item back to the Operator (or change its decision): the PPID
Pelaksana's at step 2, the Tim Pertimbangan's at step 3."""


def jam_kantor() -> datetime:
    """Now, in the office's time zone (``[instansi] zona``), to the second."""
    return sekarang()


class Buku:
    """The ledger of one workspace (see the module docstring)."""

    def __init__(
        self, db: sqlite3.Connection, jam: Jam = jam_kantor, aktor: Aktor | None = None
    ) -> None:
        self.db = db
        self.jam = jam
        self.aktor = aktor or aktor_aktif()  # who this connection's events are by
        self._dalam_transaksi = False

    @contextmanager
    def transaksi(self) -> Iterator[None]:
        """Run the block as one write transaction (nested blocks join the outer one)."""
        if self._dalam_transaksi:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._dalam_transaksi = True
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        finally:
            self._dalam_transaksi = False

    # --- cycles
    def siklus_baru(self, workbook: str, tanggal: date, hash_item: str) -> CatatanSiklus:
        """Open a cycle ``dik-YYYYMMDD-N`` (N counts the cycles opened that day)."""
        dibuka = self.jam()
        with self.transaksi():
            awalan = f"dik-{dibuka:%Y%m%d}-"
            n = self.db.execute(
                "SELECT COUNT(*) FROM siklus WHERE id LIKE ?", (awalan + "%",)
            ).fetchone()[0]
            siklus_id = f"{awalan}{n + 1}"
            self.db.execute(
                "INSERT INTO siklus VALUES (?, ?, ?, ?, ?)",
                (siklus_id, workbook, tanggal.isoformat(), dibuka.isoformat(), hash_item),
            )
        return CatatanSiklus(siklus_id, workbook, tanggal, dibuka, hash_item)

    def siklus(self, siklus_id: str) -> CatatanSiklus:
        """The cycle ``siklus_id``; :class:`InputInvalid` when unknown."""
        baris = self.db.execute("SELECT * FROM siklus WHERE id = ?", (siklus_id,)).fetchone()
        if baris is None:
            raise InputInvalid("siklus.tidak_ada", siklus=siklus_id, folder=self.berkas)
        return siklus_dari(baris)

    def semua_siklus(self) -> list[CatatanSiklus]:
        """Every cycle, oldest first."""
        return [siklus_dari(b) for b in self.db.execute("SELECT * FROM siklus ORDER BY dibuka, id")]

    def siklus_untuk(self, workbook: str) -> CatatanSiklus | None:
        """The most recent cycle opened from ``workbook``."""
        baris = self.db.execute(
            "SELECT * FROM siklus WHERE workbook = ? ORDER BY dibuka DESC, id DESC LIMIT 1",
            (workbook,),
        ).fetchone()
        return siklus_dari(baris) if baris else None

    def ubah_hash(self, siklus_id: str, hash_item: str) -> None:
        """Record the hash of the cycle's current workbook items."""
        self.db.execute("UPDATE siklus SET hash_item = ? WHERE id = ?", (hash_item, siklus_id))

    @property
    def berkas(self) -> str:
        """The ledger file's path."""
        return str(self.db.execute("PRAGMA database_list").fetchone()[2])

    # --- items
    def items(self, siklus_id: str, *, semua: bool = False) -> list[CatatanItem]:
        """The cycle's items in order (only active ones unless ``semua``)."""
        sql = "SELECT * FROM item WHERE siklus = ?" + ("" if semua else " AND aktif = 1")
        return [item_dari(b) for b in self.db.execute(sql + " ORDER BY no", (siklus_id,))]

    def items_halaman(self, siklus_id: str, dari: int, batas: int) -> list[CatatanItem]:
        """``batas`` of the cycle's active items in order, from position ``dari`` (one page of
        a long list, read as such)."""
        sql = "SELECT * FROM item WHERE siklus = ? AND aktif = 1 ORDER BY no LIMIT ? OFFSET ?"
        return [item_dari(b) for b in self.db.execute(sql, (siklus_id, batas, dari))]

    def jumlah_items(self, siklus_id: str) -> int:
        """How many active items the cycle has."""
        sql = "SELECT COUNT(*) FROM item WHERE siklus = ? AND aktif = 1"
        return int(self.db.execute(sql, (siklus_id,)).fetchone()[0])

    def items_berkeputusan(self, siklus_id: str, keputusan: Keputusan | None) -> list[CatatanItem]:
        """The cycle's active items decided ``keputusan`` (None: not yet decided), in order,
        without reading the others."""
        sql = "SELECT * FROM item WHERE siklus = ? AND aktif = 1 AND "
        if keputusan is None:
            baris = self.db.execute(sql + "keputusan IS NULL ORDER BY no", (siklus_id,))
        else:
            baris = self.db.execute(sql + "keputusan = ? ORDER BY no", (siklus_id, keputusan.value))
        return [item_dari(b) for b in baris]

    def ada_belum_diputus(self, siklus_id: str) -> bool:
        """Whether an active item of the cycle still waits for the team's decision."""
        baris = self.db.execute(
            "SELECT 1 FROM item WHERE siklus = ? AND aktif = 1 AND keputusan IS NULL LIMIT 1",
            (siklus_id,),
        )
        return baris.fetchone() is not None

    def hitung_keputusan(self, siklus_id: str) -> dict[str, int]:
        """How many active items of the cycle have each decision ("belum": none yet), in the
        order each first occurs among the items, without reading the items."""
        baris = self.db.execute(
            "SELECT COALESCE(keputusan, 'belum'), COUNT(*) FROM item"
            " WHERE siklus = ? AND aktif = 1 GROUP BY 1 ORDER BY MIN(no)",
            (siklus_id,),
        )
        return {b[0]: b[1] for b in baris}

    def ringkasan_items(self, siklus_id: str) -> dict[int, RingkasanItem]:
        """Every item of the cycle, withdrawn ones too, by number: its content's hash, whether
        active, its decision (what step 1 compares a workbook with, without reading items)."""
        baris = self.db.execute(
            "SELECT no, sha256, aktif, keputusan FROM item WHERE siklus = ?", (siklus_id,)
        )
        return {
            b["no"]: RingkasanItem(
                b["sha256"], bool(b["aktif"]), Keputusan(b["keputusan"]) if b["keputusan"] else None
            )
            for b in baris
        }

    def simpan_item(self, siklus_id: str, item: Item, sha: str) -> None:
        """Insert or replace an item's content; its decision is cleared (to be reviewed)."""
        self.db.execute(
            "INSERT INTO item (siklus, no, judul, unit_kerja, pasal17_huruf, jangka_waktu_tahun,"
            " data, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (siklus, no) DO UPDATE"
            " SET judul = excluded.judul, unit_kerja = excluded.unit_kerja,"
            " pasal17_huruf = excluded.pasal17_huruf, data = excluded.data,"
            " jangka_waktu_tahun = excluded.jangka_waktu_tahun, sha256 = excluded.sha256,"
            " aktif = 1, keputusan = NULL, diputuskan = NULL",
            (
                siklus_id,
                item.no,
                item.judul,
                item.unit_kerja,
                item.pasal17_huruf,
                item.jangka_waktu_tahun,
                json.dumps(asdict(item), ensure_ascii=False, sort_keys=True),
                sha,
            ),
        )

    def tarik_item(self, siklus_id: str, no: int) -> None:
        """Mark an item no longer in the workbook as withdrawn (kept for the record)."""
        self.db.execute("UPDATE item SET aktif = 0 WHERE siklus = ? AND no = ?", (siklus_id, no))

    def putuskan(self, siklus_id: str, no: int, keputusan: Keputusan, catatan: str) -> None:
        """Record the Tim Pertimbangan's decision and note on one item (or the PPID
        Pelaksana's sending it back: Perbaiki)."""
        self.db.execute(
            "UPDATE item SET keputusan = ?, catatan = ?, diputuskan = ?"
            " WHERE siklus = ? AND no = ?",
            (keputusan.value, catatan, self.jam().isoformat(), siklus_id, no),
        )

    def pengembali(self, siklus_id: str) -> dict[int, Peran]:
        """Who sent back each item now waiting for the Operator's correction (Perbaiki): the
        role of the latest event of :data:`AKSI_KEMBALI` on it (none: decided without one)."""
        tanda = ",".join("?" * len(AKSI_KEMBALI))
        baris = self.db.execute(
            "SELECT i.no, (SELECT p.peran FROM peristiwa p WHERE p.siklus = i.siklus"
            f" AND p.item_no = i.no AND p.aksi IN ({tanda}) ORDER BY p.id DESC LIMIT 1)"
            " FROM item i WHERE i.siklus = ? AND i.aktif = 1 AND i.keputusan = ?",
            (*AKSI_KEMBALI, siklus_id, Keputusan.PERBAIKI.value),
        )
        return {b[0]: Peran(b[1]) for b in baris if b[1] is not None}

    def kembali_terakhir(self, siklus_id: str) -> dict[int, Peristiwa]:
        """The latest event of :data:`AKSI_KEMBALI` on each item now sent back (Perbaiki):
        who sent it back, when, and the note (what the Operator's pages show)."""
        tanda = ",".join("?" * len(AKSI_KEMBALI))
        baris = self.db.execute(
            "SELECT p.* FROM peristiwa p JOIN item i ON i.siklus = p.siklus AND i.no = p.item_no"
            f" WHERE p.siklus = ? AND i.aktif = 1 AND i.keputusan = ? AND p.aksi IN ({tanda})"
            " ORDER BY p.id",
            (siklus_id, Keputusan.PERBAIKI.value, *AKSI_KEMBALI),
        )
        return {p.item_no: p for p in map(peristiwa_dari, baris) if p.item_no is not None}

    def beri_suara(
        self, siklus_id: str, no: int, nip: str, sha256: str, keputusan: Keputusan, catatan: str
    ) -> None:
        """Record (or replace) one Tim member's own decision on one item's current content."""
        self.db.execute(
            "INSERT OR REPLACE INTO suara_tim (siklus, item_no, nip, sha256, keputusan, catatan,"
            " waktu) VALUES (?,?,?,?,?,?,?)",
            (siklus_id, no, nip, sha256, keputusan.value, catatan, self.jam().isoformat()),
        )

    def suara(self, siklus_id: str) -> dict[int, dict[str, tuple[Keputusan, str]]]:
        """Each item's members' decisions (NIP -> decision, note) on its current content."""
        hasil: dict[int, dict[str, tuple[Keputusan, str]]] = {}
        for b in self.db.execute(
            "SELECT s.item_no, s.nip, s.keputusan, s.catatan FROM suara_tim s JOIN item i"
            " ON i.siklus = s.siklus AND i.no = s.item_no AND i.sha256 = s.sha256"
            " WHERE s.siklus = ?",
            (siklus_id,),
        ):
            hasil.setdefault(b[0], {})[b[1]] = (Keputusan(b[2]), b[3])
        return hasil

    # --- documents
    def dokumen(
        self, siklus_id: str, tahap: str, nama: Sequence[str] | None = None
    ) -> dict[str, CatatanDokumen]:
        """The documents recorded at ``tahap``, by name (only those of ``nama`` if given)."""
        sql = "SELECT * FROM dokumen WHERE siklus = ? AND tahap = ?"
        if nama is None:
            baris = self.db.execute(sql + " ORDER BY nama", (siklus_id, tahap))
            return {b["nama"]: dokumen_dari(b) for b in baris}
        hasil: dict[str, CatatanDokumen] = {}
        for a in range(0, len(nama), _PARAMETER_PER_KUERI):
            bagian = nama[a : a + _PARAMETER_PER_KUERI]
            tanda = ",".join("?" * len(bagian))
            baris = self.db.execute(f"{sql} AND nama IN ({tanda})", (siklus_id, tahap, *bagian))
            hasil.update((b["nama"], dokumen_dari(b)) for b in baris)
        return hasil

    def dokumen_item(
        self, siklus_id: str, tahap: str, nomor: Sequence[int]
    ) -> dict[str, CatatanDokumen]:
        """The documents recorded at ``tahap`` of items ``nomor`` and those of the whole list
        (no item: the DIK, the decree, each meeting's Berita Acara), by name."""
        hasil: dict[str, CatatanDokumen] = {}
        sql = "SELECT * FROM dokumen WHERE siklus = ? AND tahap = ? AND (item_no IS NULL"
        for a in range(0, max(len(nomor), 1), _PARAMETER_PER_KUERI):
            bagian = nomor[a : a + _PARAMETER_PER_KUERI]
            tanda = ",".join("?" * len(bagian))
            baris = self.db.execute(f"{sql} OR item_no IN ({tanda}))", (siklus_id, tahap, *bagian))
            hasil.update((b["nama"], dokumen_dari(b)) for b in baris)
        return hasil

    def nama_dokumen(self, siklus_id: str, tahap: Sequence[str]) -> list[str]:
        """The names of the documents recorded at any of ``tahap``, in order, without
        reading their records."""
        tanda = ",".join("?" * len(tahap))
        baris = self.db.execute(
            f"SELECT DISTINCT nama FROM dokumen WHERE siklus = ? AND tahap IN ({tanda})"
            " ORDER BY nama",
            (siklus_id, *tahap),
        )
        return [b[0] for b in baris]

    def sidik_jari_dokumen(self, siklus_id: str, tahap: str) -> dict[str, str]:
        """Each document's fingerprint at ``tahap``, by name: whether it is current, without
        reading its record."""
        baris = self.db.execute(
            "SELECT nama, sidik_jari FROM dokumen WHERE siklus = ? AND tahap = ?",
            (siklus_id, tahap),
        )
        return {b["nama"]: b["sidik_jari"] for b in baris}

    def simpan_dokumen(self, siklus_id: str, tahap: str, c: CatatanDokumen) -> None:
        """Record (or replace) a document at ``tahap``."""
        d = c.dokumen
        self.db.execute(
            "INSERT OR REPLACE INTO dokumen VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                siklus_id,
                d.nama,
                tahap,
                d.jenis.value,
                d.item_no,
                d.unit_kerja,
                str(d.path),
                c.sha256,
                c.sidik_jari,
                c.waktu.isoformat(),
                c.penanda_tangan,
            ),
        )

    def belum_paraf(self, siklus_id: str) -> int:
        """How many converted documents are not yet initialled from the same draft (stage
        ``paraf`` missing or made from another): after step 2, a document the Tim's meeting
        made (its Berita Acara) or changed."""
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM dokumen p LEFT JOIN dokumen q ON q.siklus = p.siklus"
                " AND q.nama = p.nama AND q.tahap = 'paraf'"
                " WHERE p.siklus = ? AND p.tahap = 'convert'"
                " AND (q.sidik_jari IS NULL OR q.sidik_jari != p.sidik_jari)",
                (siklus_id,),
            ).fetchone()[0]
        )

    def belum_dikonversi(self, siklus_id: str) -> int:
        """How many rendered documents are not converted from the same draft (stage
        ``convert`` missing or made from another): a run that stopped between the two."""
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM dokumen p LEFT JOIN dokumen q ON q.siklus = p.siklus"
                " AND q.nama = p.nama AND q.tahap = 'convert'"
                " WHERE p.siklus = ? AND p.tahap = 'render'"
                " AND (q.sidik_jari IS NULL OR q.sidik_jari != p.sidik_jari)",
                (siklus_id,),
            ).fetchone()[0]
        )

    def paraf_belum_lengkap(
        self, siklus_id: str, jenis: Sequence[str]
    ) -> list[tuple[Dokumen, str]]:
        """The initialled documents of kinds ``jenis`` not yet recorded as signed by all their
        participants (stage ``peserta`` missing or made from another draft), by name, each
        with its initialled file's SHA-256 (the document's path is not read)."""
        tanda = ",".join("?" * len(jenis))
        baris = self.db.execute(
            "SELECT p.nama, p.jenis, p.item_no, p.unit_kerja, p.sha256 FROM dokumen p"
            " LEFT JOIN dokumen q ON q.siklus = p.siklus AND q.nama = p.nama"
            " AND q.tahap = 'peserta'"
            f" WHERE p.siklus = ? AND p.tahap = 'paraf' AND p.jenis IN ({tanda})"
            " AND (q.sidik_jari IS NULL OR q.sidik_jari != p.sidik_jari) ORDER BY p.nama",
            (siklus_id, *jenis),
        )
        tanpa = Path()
        return [(Dokumen(JenisDokumen(j), n, tanpa, no, u), sha) for n, j, no, u, sha in baris]

    def ttd_peserta(self, siklus_id: str) -> list[TtdTercatat]:
        """Every participant's signature recorded in the cycle, in order; a signature
        recovered after a crash counts."""
        baris = self.db.execute(
            "SELECT keterangan, sha256_masuk, sha256_keluar, peran, pejabat FROM peristiwa"
            " WHERE siklus = ? AND aksi IN (?, ?) ORDER BY id",
            (siklus_id, *AKSI_TTD_PESERTA),
        )
        return [TtdTercatat(*b) for b in baris]

    def waktu_putusan(self, siklus_id: str) -> dict[int, datetime]:
        """When each decided active item's decision was recorded, by number."""
        baris = self.db.execute(
            "SELECT no, diputuskan FROM item WHERE siklus = ? AND aktif = 1"
            " AND diputuskan IS NOT NULL",
            (siklus_id,),
        )
        return {b[0]: datetime.fromisoformat(b[1]) for b in baris}

    def unit_items(self, siklus_id: str) -> dict[int, str]:
        """Every item's unit (withdrawn ones too), by number, without its content."""
        baris = self.db.execute("SELECT no, unit_kerja FROM item WHERE siklus = ?", (siklus_id,))
        return {b[0]: b[1] for b in baris}

    def belum_lengkap_peserta(self, siklus_id: str) -> int:
        """How many initialled documents are not yet recorded as signed by all their
        participants (stage ``peserta`` missing, or made from another draft)."""
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM dokumen p LEFT JOIN dokumen q ON q.siklus = p.siklus"
                " AND q.nama = p.nama AND q.tahap = 'peserta'"
                " WHERE p.siklus = ? AND p.tahap = 'paraf'"
                " AND (q.sidik_jari IS NULL OR q.sidik_jari != p.sidik_jari)",
                (siklus_id,),
            ).fetchone()[0]
        )

    def info(self, siklus_id: str) -> dict[str, Any]:
        """Facts about the cycle kept for its manifest (tool versions, certificate)."""
        baris = self.db.execute(
            "SELECT nama, nilai FROM info_siklus WHERE siklus = ?", (siklus_id,)
        )
        return {b["nama"]: json.loads(b["nilai"]) for b in baris}

    def simpan_info(self, siklus_id: str, nama: str, nilai: Any) -> None:
        """Keep one fact about the cycle (replacing an older value)."""
        self.db.execute(
            "INSERT OR REPLACE INTO info_siklus VALUES (?, ?, ?)",
            (siklus_id, nama, json.dumps(nilai, ensure_ascii=False)),
        )

    # --- SOP steps
    def langkah(self, siklus_id: str) -> dict[Langkah, CatatanLangkah]:
        """The recorded start and end of each step of the cycle."""
        hasil = {}
        for b in self.db.execute("SELECT * FROM langkah WHERE siklus = ?", (siklus_id,)):
            lk = Langkah(b["langkah"])
            hasil[lk] = CatatanLangkah(
                lk, waktu_dari(b["mulai"]), waktu_dari(b["selesai"]), b["pejabat"]
            )
        return hasil

    def mulai_langkah(self, siklus_id: str, langkah: Langkah) -> None:
        """Record that ``langkah`` started now, unless it already has a start."""
        self.db.execute(
            "INSERT INTO langkah (siklus, langkah, mulai) VALUES (?, ?, ?) ON CONFLICT DO UPDATE"
            " SET mulai = COALESCE(mulai, excluded.mulai)",
            (siklus_id, langkah.value, self.jam().isoformat()),
        )

    def selesaikan_langkah(self, siklus_id: str, langkah: Langkah, pejabat: str) -> bool:
        """Record that ``langkah`` ended now (once); True if this call ended it."""
        self.mulai_langkah(siklus_id, langkah)
        kursor = self.db.execute(
            "UPDATE langkah SET selesai = ?, pejabat = ? WHERE siklus = ? AND langkah = ?"
            " AND selesai IS NULL",
            (self.jam().isoformat(), pejabat, siklus_id, langkah.value),
        )
        return kursor.rowcount > 0

    def buka_ulang(self, siklus_id: str, dari: Langkah) -> None:
        """Reopen the cycle from ``dari``: it starts again now, the later steps are cleared."""
        for lk in sesudah(dari):
            self.db.execute(
                "UPDATE langkah SET mulai = NULL, selesai = NULL, pejabat = ''"
                " WHERE siklus = ? AND langkah = ?",
                (siklus_id, lk.value),
            )
        self.mulai_langkah(siklus_id, dari)

    # --- events
    def catat(self, p: Peristiwa) -> None:
        """Append ``p`` to the audit trail, stamped with now and by this ledger's actor."""
        if gangguan.aktif():  # the crash tests' "die at the ledger's n-th event"
            ke = self.db.execute("SELECT COUNT(*) FROM peristiwa").fetchone()[0] + 1
            gangguan.peristiwa(ke)
        self.db.execute(
            "INSERT INTO peristiwa (siklus, item_no, langkah, peran, pejabat, pengguna, aksi,"
            " waktu, sha256_masuk, sha256_keluar, keterangan, saluran, atas_nama, alamat)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                p.siklus,
                p.item_no,
                p.langkah.value,
                p.peran.value,
                p.pejabat,
                p.pengguna or self.aktor.pelaku,
                p.aksi,
                (p.waktu or self.jam()).isoformat(),
                p.sha256_masuk,
                p.sha256_keluar,
                p.keterangan,
                p.saluran or self.aktor.saluran.value,
                p.atas_nama,
                p.alamat or self.aktor.alamat,
            ),
        )

    def masukan_tercatat(self, sha256: str, langkah: Langkah) -> bool:
        """Whether a file with this SHA-256 was taken in by an act of ``langkah`` (a review
        sheet whose decisions were applied: what it says is in the ledger)."""
        baris = self.db.execute(
            "SELECT 1 FROM peristiwa WHERE sha256_masuk = ? AND langkah = ? LIMIT 1",
            (sha256, langkah.value),
        )
        return baris.fetchone() is not None

    def ttd_peserta_terakhir(self, siklus_id: str) -> dict[str, str]:
        """Each document's file as the last participant's signature recorded it (SHA-256 of
        the signed file), by document name; a signature recovered after a crash counts."""
        baris = self.db.execute(
            "SELECT keterangan, sha256_keluar FROM peristiwa WHERE siklus = ?"
            " AND aksi IN (?, ?) ORDER BY id",
            (siklus_id, *AKSI_TTD_PESERTA),
        )
        return {b["keterangan"]: b["sha256_keluar"] for b in baris}

    def peristiwa(self, siklus_id: str | None = None) -> list[Peristiwa]:
        """The audit trail in order, of one cycle or of all."""
        return self.jejak(SaringJejak(siklus=siklus_id))

    def jejak(
        self, saring: SaringJejak, dari: int = 0, batas: int | None = None
    ) -> list[Peristiwa]:
        """The events that ``saring`` selects, in order; ``batas`` of them from position
        ``dari`` (a page of the log, read as such: LIMIT and OFFSET), or all."""
        where, arg = saring.sql()
        sql = f"SELECT * FROM peristiwa{where} ORDER BY id"
        if batas is not None:
            sql, arg = f"{sql} LIMIT ? OFFSET ?", (*arg, batas, dari)
        return [peristiwa_dari(b) for b in self.db.execute(sql, arg)]

    def hitung_jejak(self, saring: SaringJejak) -> int:
        """How many events ``saring`` selects."""
        where, arg = saring.sql()
        return int(self.db.execute(f"SELECT COUNT(*) FROM peristiwa{where}", arg).fetchone()[0])

    def tanda_per_pejabat(
        self, siklus_id: str, aksi: Sequence[str]
    ) -> list[tuple[str, Peran, str, int, datetime | None]]:
        """Per official, role and act of ``aksi`` in the cycle: how many events, and when the
        last recorded one happened (in the order each first acted)."""
        tanda = ", ".join("?" * len(aksi))
        baris = self.db.execute(
            "SELECT g.pejabat, g.peran, g.aksi, g.n, p.waktu FROM ("
            "SELECT pejabat, peran, aksi, COUNT(*) AS n, MIN(id) AS awal, MAX(id) AS akhir"
            f" FROM peristiwa WHERE siklus = ? AND aksi IN ({tanda})"
            " GROUP BY pejabat, peran, aksi) g JOIN peristiwa p ON p.id = g.akhir"
            " ORDER BY g.awal",
            (siklus_id, *aksi),
        )
        return [(b[0], Peran(b[1]), b[2], int(b[3]), waktu_dari(b[4])) for b in baris]


@contextmanager
def buka_buku(berkas: Path, jam: Jam = jam_kantor) -> Iterator[Buku]:
    """Open the ledger at ``berkas`` (created and migrated if needed) and close it after.

    The ledger must be a real file, not a symlink. A full disk or a read-only ledger, when
    opening it or in any write of the block, is :class:`OutputRefused` naming it (SQLite rolls
    the unfinished transaction back, so nothing half-written remains).
    """
    tolak_bukan_biasa(berkas)
    with menulis(berkas), _sqlite_menulis(berkas):
        db = skema.sambung(berkas)
        try:
            yield Buku(db, jam)
        finally:
            db.close()


@contextmanager
def _sqlite_menulis(berkas: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as e:
        pesan = _PESAN_SQLITE.get(getattr(e, "sqlite_errorcode", 0) & 0xFF)
        if pesan is None:
            raise
        raise OutputRefused(pesan, berkas=str(berkas), folder=str(berkas.parent)) from e


__all__ = [
    "Buku",
    "CatatanDokumen",
    "CatatanItem",
    "CatatanLangkah",
    "CatatanSiklus",
    "Peristiwa",
    "buka_buku",
    "jam_kantor",
]
