"""Long acts started from a page run in a server thread, one at a time per workspace.

Signing 500 documents takes longer than a request may: the page starts a :class:`Pekerjaan`
(job) and answers at once; the job runs in a thread of the server, not of the request, so
closing the browser does not stop it. Its progress (stage, done, total) and outcome are shown
by a status page that refreshes itself, and recorded in the ledger
(:mod:`pipeline.ledger.pekerjaan`): when it starts, at most once a second while it runs (and
at each new stage), and when it ends. After a restart of the server, a finished job still
shows its outcome, and one that had not ended is *terputus* (interrupted): its page offers
to start it again with the same form (the stages are resumable, a rerun completes what is
left and signs nothing twice), asking again for a passphrase the act needs.

The job keeps no secret: a passphrase typed in the page lives only in the function the job
runs (its closure), never in the job's visible state nor in the ledger.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline.errors import SidikError
from pipeline.ledger import pekerjaan as catatan
from pipeline.ledger.buku import Jam, jam_kantor
from pipeline.ledger.pekerjaan import CatatanPekerjaan, Ulang
from pipeline.messages import terjemah
from pipeline.progres import Kemajuan

log = logging.getLogger(__name__)
SELANG_CATAT = 1.0  # seconds between two progress records of a job in the ledger

Kerja = Callable[[Kemajuan], str]
"""What a job does: given the progress callback, perform the act and return its outcome as
the page says it."""


@dataclass
class Pekerjaan:
    """One job: who started which act on which cycle, its progress and its outcome."""

    jenis: str  # the act, e.g. "ttd_peserta" or "ttd_atasan"
    siklus: str
    login: str
    mulai: datetime
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    tahap: str = ""
    selesai: int = 0
    total: int = 0
    hasil: str = ""  # the outcome once done, as the page says it
    galat: str = ""  # the refusal or failure, as the page says it
    usai: threading.Event = field(default_factory=threading.Event, repr=False)
    ulang: Ulang = field(default_factory=Ulang)  # the form that starts it again
    terputus: bool = False  # recorded as running by a server that stopped before its end

    @property
    def berjalan(self) -> bool:
        """Whether the job is still running."""
        return not self.usai.is_set()

    def kemajuan(self, tahap: str, selesai: int, total: int) -> None:
        """The progress callback handed to the library (see :data:`pipeline.progres.Kemajuan`)."""
        self.tahap, self.selesai, self.total = tahap, selesai, total

    def catatan(self, usai: datetime | None = None) -> CatatanPekerjaan:
        """The job as the ledger records it."""
        return CatatanPekerjaan(
            self.id, self.jenis, self.siklus, self.login, self.mulai, self.tahap, self.selesai,
            self.total, self.hasil, self.galat, usai, self.ulang,
        )  # fmt: skip

    @classmethod
    def dari_catatan(cls, c: CatatanPekerjaan) -> Pekerjaan:
        """A job another server recorded: ended, or (without an end) interrupted."""
        p = cls(c.jenis, c.siklus, c.login, c.mulai, c.id, c.tahap, c.selesai, c.total)
        p.hasil, p.galat, p.ulang, p.terputus = c.hasil, c.galat, c.ulang, c.usai is None
        p.usai.set()
        return p


class PekerjaanBerjalan(Exception):
    """A job is already running in this workspace (not a :class:`SidikError`: the page shows
    the running job rather than an error)."""

    def __init__(self, pekerjaan: Pekerjaan) -> None:
        super().__init__(pekerjaan.id)
        self.pekerjaan = pekerjaan


class Antrean:
    """The workspace's jobs: at most one running; each recorded in the ledger at ``ledger``.

    ``jam`` stamps a job's start and end; ``detak`` is the monotonic clock that spaces its
    progress records (:data:`SELANG_CATAT`)."""

    def __init__(
        self, ledger: Path, jam: Jam = jam_kantor, detak: Callable[[], float] = time.monotonic
    ) -> None:
        self._kunci = threading.Lock()
        self.ledger, self.jam, self.detak = ledger, jam, detak
        self.terakhir: Pekerjaan | None = None

    def mulai(  # noqa: PLR0913 - the job's record, and what it runs
        self,
        jenis: str,
        siklus: str,
        login: str,
        sejak: datetime,
        kerja: Kerja,
        ulang: Ulang | None = None,
    ) -> Pekerjaan:
        """Record and start ``kerja`` in a thread of its own, in the caller's context (its
        actor and its language); refused with :class:`PekerjaanBerjalan` while another job
        runs. ``ulang``: the form that starts it again after a restart."""
        with self._kunci:
            if self.terakhir is not None and self.terakhir.berjalan:
                raise PekerjaanBerjalan(self.terakhir)
            p = Pekerjaan(jenis, siklus, login, sejak, ulang=ulang or Ulang())
            catatan.catat_mulai(self.ledger, p.catatan())
            self.terakhir = p
        konteks = contextvars.copy_context()
        utas = threading.Thread(
            target=konteks.run, args=(self._jalankan, p, kerja), name=f"sidik-{jenis}", daemon=True
        )
        utas.start()
        return p

    def cari(self, id_pekerjaan: str) -> Pekerjaan | None:
        """The job of that id: the one this server runs or ran last, else as the ledger
        records it (ended, or interrupted by a restart)."""
        p = self.terakhir
        if p is not None and p.id == id_pekerjaan:
            return p
        c = catatan.pekerjaan(self.ledger, id_pekerjaan)
        return Pekerjaan.dari_catatan(c) if c is not None else None

    def terputus(self, login: str) -> list[Pekerjaan]:
        """The jobs ``login`` started that a restart of the server interrupted and nobody
        started again (see :func:`pipeline.ledger.pekerjaan.terputus`)."""
        p = self.terakhir
        berjalan = p.id if p is not None and p.berjalan else ""
        return [Pekerjaan.dari_catatan(c) for c in catatan.terputus(self.ledger, login, berjalan)]

    def _jalankan(self, p: Pekerjaan, kerja: Kerja) -> None:
        """Run one job to its end: its outcome, or the library's refusal, is kept for the page
        and recorded in the ledger."""
        try:
            p.hasil = kerja(self._pelapor(p))
        except SidikError as e:
            p.galat = e.pesan()
        finally:
            if not p.hasil and not p.galat:  # an unexpected failure: the traceback is in the log
                p.galat = terjemah("web.pekerjaan_gagal")
            self._catat_usai(p)
            p.usai.set()

    def _pelapor(self, p: Pekerjaan) -> Kemajuan:
        """The progress callback: the job's state at once, the ledger at a new stage, at the
        end of a stage, or when :data:`SELANG_CATAT` has passed since the last record."""
        dicatat, tahap_dicatat = self.detak(), ""

        def kemajuan(tahap: str, selesai: int, total: int) -> None:
            nonlocal dicatat, tahap_dicatat
            p.kemajuan(tahap, selesai, total)
            sekarang = self.detak()
            perlu = tahap != tahap_dicatat or selesai >= total or sekarang - dicatat >= SELANG_CATAT
            if perlu and catatan.catat_kemajuan(self.ledger, p.id, tahap, selesai, total):
                dicatat, tahap_dicatat = sekarang, tahap

        return kemajuan

    def _catat_usai(self, p: Pekerjaan) -> None:
        """Record the job's end; a ledger that refuses the write (disk full) is logged, and
        the page still shows the outcome until the server restarts."""
        try:
            catatan.catat_usai(self.ledger, p.catatan(self.jam()))
        except SidikError as e:
            log.error("%s", e.pesan())
