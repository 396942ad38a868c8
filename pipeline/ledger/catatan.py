"""The ledger's records: what the ledger returns, and how its rows become them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from pipeline.ledger.sop import Langkah, Peran
from pipeline.model import Dokumen, Item, JenisDokumen, Keputusan
from pipeline.zona import zona


@dataclass(frozen=True)
class CatatanSiklus:
    """A cycle as the ledger holds it."""

    id: str
    workbook: str
    tanggal: date
    dibuka: datetime
    hash_item: str


@dataclass(frozen=True)
class CatatanItem:
    """An item of a cycle with its current review decision."""

    item: Item
    sha256: str
    aktif: bool
    keputusan: Keputusan | None
    catatan: str


@dataclass(frozen=True)
class RingkasanItem:
    """What the ledger knows of an item without its content: hash, active, decision."""

    sha256: str
    aktif: bool
    keputusan: Keputusan | None


@dataclass(frozen=True)
class TtdTercatat:
    """A participant's signature as the ledger recorded it: the document, its file before and
    after (SHA-256), and who signed in which role (``Nama (NIP …)`` as the certificate says)."""

    nama: str
    sha256_masuk: str
    sha256_keluar: str
    peran: str
    pejabat: str


@dataclass(frozen=True)
class CatatanDokumen:
    """A document at one stage: its file (relative to the work folder) and what made it."""

    dokumen: Dokumen
    sha256: str
    sidik_jari: str
    waktu: datetime
    penanda_tangan: str = ""


AKSI_PULIH = "ttd_peserta_dipulihkan"
"""The event of a participant's signature found in its file after a crash lost its record."""
AKSI_TTD_PESERTA = ("ttd_peserta", AKSI_PULIH)
"""The events of a participant's signature: made, or recovered after a crash (every reader of
the participants' signatures counts both)."""


@dataclass(frozen=True)
class SaringJejak:
    """Which events of the audit trail to show (``sidik log``): every field set must match."""

    siklus: str | None = None
    item_no: int | None = None
    langkah: Langkah | None = None
    peran: Peran | None = None
    sejak: date | None = None  # from this day on, on the office's clock
    pengguna: str | None = None  # who performed it: the OS login (CLI) or the account (web)

    def sql(self) -> tuple[str, tuple[object, ...]]:
        """The WHERE clause (possibly empty) and its parameters."""
        syarat = {
            "siklus = ?": self.siklus,
            "item_no = ?": self.item_no,
            "langkah = ?": self.langkah.value if self.langkah else None,
            "peran = ?": self.peran.value if self.peran else None,
            # compared as instants (SQLite reads the stored offset), from the office's midnight
            "julianday(waktu) >= julianday(?)": _tengah_malam(self.sejak) if self.sejak else None,
            "pengguna = ?": self.pengguna,
        }
        dipakai = {k: v for k, v in syarat.items() if v is not None}
        return (" WHERE " + " AND ".join(dipakai) if dipakai else "", tuple(dipakai.values()))


def _tengah_malam(hari: date) -> str:
    """The start of ``hari`` on the office's clock, as an ISO time with its offset."""
    return datetime.combine(hari, time(), tzinfo=zona()).isoformat()


@dataclass(frozen=True)
class Peristiwa:
    """One line of the append-only audit trail."""

    siklus: str
    langkah: Langkah
    peran: Peran
    pejabat: str
    aksi: str
    item_no: int | None = None
    sha256_masuk: str | None = None
    sha256_keluar: str | None = None
    keterangan: str = ""
    waktu: datetime | None = None
    pengguna: str = ""  # who acted: the OS login (CLI) or the account (web)
    id: int = 0
    saluran: str = ""  # cli or web ("" : the ledger's actor's)
    atas_nama: bool | None = None  # acted on the official's behalf (None: not recorded)
    alamat: str = ""  # the web client's address ("" : the CLI, or before sidik recorded it)


@dataclass(frozen=True)
class CatatanLangkah:
    """When a step of a cycle started and ended, and who completed it."""

    langkah: Langkah
    mulai: datetime | None
    selesai: datetime | None
    pejabat: str


def waktu_dari(teks: str | None) -> datetime | None:
    """An ISO timestamp column (or NULL) as a datetime."""
    return datetime.fromisoformat(teks) if teks else None


def siklus_dari(b: sqlite3.Row) -> CatatanSiklus:
    """A cycle row as a record."""
    return CatatanSiklus(
        b["id"],
        b["workbook"],
        date.fromisoformat(b["tanggal"]),
        datetime.fromisoformat(b["dibuka"]),
        b["hash_item"],
    )


def item_dari(b: sqlite3.Row) -> CatatanItem:
    """An item row as a record."""
    return CatatanItem(
        Item(**json.loads(b["data"])),
        b["sha256"],
        bool(b["aktif"]),
        Keputusan(b["keputusan"]) if b["keputusan"] else None,
        b["catatan"],
    )


def dokumen_dari(b: sqlite3.Row) -> CatatanDokumen:
    """A document row as a record."""
    dok = Dokumen(
        JenisDokumen(b["jenis"]), b["nama"], Path(b["path"]), b["item_no"], b["unit_kerja"]
    )
    return CatatanDokumen(
        dok, b["sha256"], b["sidik_jari"], datetime.fromisoformat(b["waktu"]), b["penanda_tangan"]
    )


def peristiwa_dari(b: sqlite3.Row) -> Peristiwa:
    """An event row as a record."""
    return Peristiwa(
        siklus=b["siklus"],
        langkah=Langkah(b["langkah"]),
        peran=Peran(b["peran"]),
        pejabat=b["pejabat"],
        aksi=b["aksi"],
        item_no=b["item_no"],
        sha256_masuk=b["sha256_masuk"],
        sha256_keluar=b["sha256_keluar"],
        keterangan=b["keterangan"],
        waktu=datetime.fromisoformat(b["waktu"]),
        pengguna=b["pengguna"],
        id=b["id"],
        saluran=b["saluran"],
        atas_nama=None if b["atas_nama"] is None else bool(b["atas_nama"]),
        alamat=b["alamat"],
    )
