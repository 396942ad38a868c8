"""The audit trail of one cycle, as an auditor prints or files it: every event in order (when,
the SOP step, the act, who performed it, as which official, on whose behalf, through which
channel and from where, the item, the documents' SHA-256 in and out), the documents the
archive holds with their final hashes (the register, per revision, and each manifest's
recorded hash) and who signed. Read from the ledger only: nothing is written."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from pipeline.config import Config
from pipeline.ledger import buka_untuk_baca
from pipeline.ledger.catatan import CatatanSiklus, Peristiwa
from pipeline.ledger.register import (
    EntriArsip,
    ManifestTercatat,
    manifest_tercatat,
    register_arsip,
)
from pipeline.ledger.sop import Peran
from pipeline.messages import terjemah
from pipeline.zona import iso_kantor

AKSI_TTD = ("paraf", "ttd_peserta", "ttd_peserta_dipulihkan", "sign")
"""The events that put a signature on a document: the paraf, a participant's (or one recovered
after a crash lost its record), the Atasan's."""


@dataclass(frozen=True)
class PenandaTangan:
    """One person's signatures of one kind in the cycle: how many documents, last when."""

    pejabat: str
    peran: Peran
    aksi: str
    jumlah: int
    terakhir: datetime | None


@dataclass(frozen=True)
class JejakSiklus:
    """A cycle's audit trail with its archived documents and its signers."""

    siklus: CatatanSiklus
    peristiwa: list[Peristiwa]
    dokumen: list[EntriArsip]
    manifest: list[ManifestTercatat]
    penanda_tangan: list[PenandaTangan]


def jejak_siklus(config: Config, siklus_id: str) -> JejakSiklus:
    """The trail of ``siklus_id``; :class:`InputInvalid` when the ledger does not know it."""
    with buka_untuk_baca(config.jalur.ledger) as buku:
        siklus = buku.siklus(siklus_id)
        peristiwa = buku.peristiwa(siklus_id)
        dokumen = register_arsip(buku, siklus_id)
        manifest = [m for m in manifest_tercatat(buku) if m.siklus == siklus_id]
    return JejakSiklus(siklus, peristiwa, dokumen, manifest, penanda_tangan(peristiwa))


def penanda_tangan(peristiwa: list[Peristiwa]) -> list[PenandaTangan]:
    """Who signed, in the order they first did: one row per official and kind of signature."""
    hitung: dict[tuple[str, Peran, str], list[Peristiwa]] = {}
    for p in peristiwa:
        if p.aksi in AKSI_TTD:
            hitung.setdefault((p.pejabat, p.peran, p.aksi), []).append(p)
    return [
        PenandaTangan(pejabat, peran, aksi, len(daftar), daftar[-1].waktu)
        for (pejabat, peran, aksi), daftar in hitung.items()
    ]


def ke_json(j: JejakSiklus) -> dict[str, Any]:
    """The trail as the download holds it: codes beside their words, times in ISO 8601 on the
    office's clock, every hash in full."""
    return {
        "siklus": {
            **asdict(j.siklus),
            "tanggal": j.siklus.tanggal.isoformat(),
            "dibuka": iso_kantor(j.siklus.dibuka),
        },
        "peristiwa": [_peristiwa_json(p) for p in j.peristiwa],
        "dokumen": [
            {
                **asdict(e),
                "waktu_ttd": iso_kantor(e.waktu_ttd),
                "diarsipkan": iso_kantor(e.diarsipkan),
            }
            for e in j.dokumen
        ],
        "manifest": [asdict(m) for m in j.manifest],
        "penanda_tangan": [
            {**asdict(t), "peran": t.peran.value, "terakhir": iso_kantor(t.terakhir)}
            for t in j.penanda_tangan
        ],
    }


def _peristiwa_json(p: Peristiwa) -> dict[str, Any]:
    return {
        **asdict(p),
        "langkah": p.langkah.value,
        "peran": p.peran.value,
        "waktu": iso_kantor(p.waktu),
        "langkah_teks": terjemah(f"sop.{p.langkah.value}"),
        "peran_teks": terjemah(f"peran.{p.peran.value}"),
    }
