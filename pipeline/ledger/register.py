"""Two registers kept beside the cycles: the archive register and the letter-number sequence.

The archive register has one row per archived document (cycle, revision, path, SHA-256, unit,
Pasal 17 letter, signer, signing time), and one per filed manifest (its SHA-256, whether
it was sealed and by whom). Letter numbers are handed out per year, atomically: two runs can
never receive the same number, and a number once given is never given again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from pipeline.ledger.buku import Buku


@dataclass(frozen=True)
class EntriArsip:
    """One archived document in the register."""

    siklus: str
    revisi: int
    path: str
    sha256: str
    unit_kerja: str
    pasal17_huruf: str
    penanda_tangan: str
    waktu_ttd: datetime
    diarsipkan: datetime | None = None


def catat_arsip(buku: Buku, entri: Sequence[EntriArsip]) -> None:
    """Add archived documents to the register (an entry already there is left alone)."""
    sekarang = buku.jam().isoformat()
    with buku.transaksi():
        for e in entri:
            buku.db.execute(
                "INSERT OR IGNORE INTO register_arsip (siklus, revisi, path, sha256, unit_kerja,"
                " pasal17_huruf, penanda_tangan, waktu_ttd, diarsipkan)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    e.siklus,
                    e.revisi,
                    e.path,
                    e.sha256,
                    e.unit_kerja,
                    e.pasal17_huruf,
                    e.penanda_tangan,
                    e.waktu_ttd.isoformat(),
                    (e.diarsipkan.isoformat() if e.diarsipkan else sekarang),
                ),
            )


@dataclass(frozen=True)
class ManifestTercatat:
    """One archive manifest as the ledger knows it: its SHA-256, whether it was sealed, by whom.

    ``ttd`` is ``cms`` (``manifest.json.p7s``, sealed with the filing Operator's key),
    ``tidak_dapat`` (their key signs PDFs only, as BSrE's API, or they have none) or
    ``sebelum_ttd`` (filed before manifests were signed). ``penyegel`` and ``nip_penyegel``:
    the sealing certificate's holder ('' when unsealed or recorded before sidik kept it).
    """

    siklus: str
    revisi: int
    path: str
    sha256: str
    ttd: str
    penyegel: str = ""
    nip_penyegel: str = ""


def catat_manifest(buku: Buku, m: ManifestTercatat) -> None:
    """Record a filed manifest's hash (a manifest already recorded is left alone)."""
    with buku.transaksi():
        buku.db.execute(
            "INSERT OR IGNORE INTO manifest_arsip (siklus, revisi, path, sha256, ttd, dicatat,"
            " penyegel, nip_penyegel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                m.siklus,
                m.revisi,
                m.path,
                m.sha256,
                m.ttd,
                buku.jam().isoformat(),
                m.penyegel,
                m.nip_penyegel,
            ),
        )


def manifest_tercatat(buku: Buku) -> list[ManifestTercatat]:
    """Every archive manifest the ledger recorded, in cycle and revision order."""
    return [
        ManifestTercatat(
            b["siklus"],
            b["revisi"],
            b["path"],
            b["sha256"],
            b["ttd"],
            b["penyegel"],
            b["nip_penyegel"],
        )
        for b in buku.db.execute("SELECT * FROM manifest_arsip ORDER BY siklus, revisi")
    ]


def register_arsip(
    buku: Buku, siklus: str | None = None, dari: int = 0, batas: int | None = None
) -> list[EntriArsip]:
    """The register, in filing order; of one cycle when ``siklus`` is given; ``batas``
    entries from position ``dari`` (a page), or all."""
    sql, arg = "SELECT * FROM register_arsip", tuple[str | int, ...]()
    if siklus is not None:
        sql, arg = sql + " WHERE siklus = ?", (siklus,)
    sql += " ORDER BY id"
    if batas is not None:
        sql, arg = sql + " LIMIT ? OFFSET ?", (*arg, batas, dari)
    return [
        EntriArsip(
            b["siklus"],
            b["revisi"],
            b["path"],
            b["sha256"],
            b["unit_kerja"],
            b["pasal17_huruf"],
            b["penanda_tangan"],
            datetime.fromisoformat(b["waktu_ttd"]),
            datetime.fromisoformat(b["diarsipkan"]),
        )
        for b in buku.db.execute(sql, arg)
    ]


def hitung_register(buku: Buku, siklus: str) -> int:
    """How many entries the register holds for cycle ``siklus`` (every revision's)."""
    baris = buku.db.execute("SELECT COUNT(*) FROM register_arsip WHERE siklus = ?", (siklus,))
    return int(baris.fetchone()[0])


def revisi_terakhir(buku: Buku, siklus: str) -> int:
    """The highest archived revision of a cycle (0 if never archived)."""
    baris = buku.db.execute(
        "SELECT MAX(revisi) FROM register_arsip WHERE siklus = ?", (siklus,)
    ).fetchone()
    return int(baris[0] or 0)


def nomor_berikutnya(buku: Buku, tahun: int) -> int:
    """The next letter number of ``tahun`` (1, 2, ...), taken atomically."""
    with buku.transaksi():
        buku.db.execute(
            "INSERT INTO nomor_surat (tahun, terakhir) VALUES (?, 1)"
            " ON CONFLICT (tahun) DO UPDATE SET terakhir = terakhir + 1",
            (tahun,),
        )
        return int(
            buku.db.execute(
                "SELECT terakhir FROM nomor_surat WHERE tahun = ?", (tahun,)
            ).fetchone()[0]
        )


def nomor_dokumen(buku: Buku, siklus: str, tahun: int, nama: Iterable[str]) -> dict[str, int]:
    """Each document's number in the year's sequence, given once and kept for reruns."""
    with buku.transaksi():
        ada = {
            b["nama"]: b["urut"]
            for b in buku.db.execute(
                "SELECT nama, urut FROM nomor_dokumen WHERE siklus = ?", (siklus,)
            )
        }
        hasil = {}
        for k in nama:
            if k not in ada:
                ada[k] = nomor_berikutnya(buku, tahun)
                buku.db.execute(
                    "INSERT INTO nomor_dokumen VALUES (?, ?, ?, ?)", (siklus, k, tahun, ada[k])
                )
            hasil[k] = ada[k]
        return hasil
