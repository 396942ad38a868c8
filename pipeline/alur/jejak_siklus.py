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
from pipeline.ledger import awal_halaman, buka_untuk_baca
from pipeline.ledger.catatan import AKSI_TTD_PESERTA, CatatanSiklus, Peristiwa, SaringJejak
from pipeline.ledger.register import (
    EntriArsip,
    ManifestTercatat,
    hitung_register,
    manifest_tercatat,
    register_arsip,
)
from pipeline.ledger.sop import Peran
from pipeline.messages import terjemah
from pipeline.zona import iso_kantor

AKSI_TTD = ("paraf", *AKSI_TTD_PESERTA, "sign")
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
    """A cycle's audit trail with its archived documents and its signers: whole, or one page
    of its events and documents (``per_halaman`` of each, from ``dari`` and ``dari_dokumen``)
    with how many there are in all."""

    siklus: CatatanSiklus
    peristiwa: list[Peristiwa]
    dokumen: list[EntriArsip]
    manifest: list[ManifestTercatat]
    penanda_tangan: list[PenandaTangan]
    jumlah_peristiwa: int = 0
    jumlah_dokumen: int = 0
    dari: int = 0
    dari_dokumen: int = 0
    per_halaman: int | None = None  # None: the whole trail

    @property
    def sebagian(self) -> bool:
        """Whether this is one page of a trail longer than a page."""
        n = self.per_halaman
        return n is not None and max(self.jumlah_peristiwa, self.jumlah_dokumen) > n


def jejak_siklus(
    config: Config,
    siklus_id: str,
    per_halaman: int | None = None,
    dari: int = 0,
    dari_dokumen: int = 0,
) -> JejakSiklus:
    """The trail of ``siklus_id``, whole or (``per_halaman``) the page of events that holds
    position ``dari`` and of archived documents that holds ``dari_dokumen`` (rounded down to
    a page's start, kept within the list), read as such from the ledger; the signers are
    counted over the whole cycle either way. :class:`InputInvalid` when the ledger does not
    know the cycle."""
    saring = SaringJejak(siklus=siklus_id)
    with buka_untuk_baca(config.jalur.ledger) as buku:
        siklus = buku.siklus(siklus_id)
        n_peristiwa, n_dokumen = buku.hitung_jejak(saring), hitung_register(buku, siklus_id)
        if per_halaman is not None:
            dari = awal_halaman(dari, n_peristiwa, per_halaman)
            dari_dokumen = awal_halaman(dari_dokumen, n_dokumen, per_halaman)
        peristiwa = buku.jejak(saring, dari, per_halaman)
        dokumen = register_arsip(buku, siklus_id, dari_dokumen, per_halaman)
        manifest = [m for m in manifest_tercatat(buku) if m.siklus == siklus_id]
        ttd = [PenandaTangan(*t) for t in buku.tanda_per_pejabat(siklus_id, AKSI_TTD)]
    return JejakSiklus(
        siklus, peristiwa, dokumen, manifest, ttd,
        n_peristiwa, n_dokumen, dari, dari_dokumen, per_halaman,
    )  # fmt: skip


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
