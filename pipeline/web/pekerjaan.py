"""Long acts started from a page run in a server thread, one at a time per workspace.

Signing 500 documents takes longer than a request may: the page starts a :class:`Pekerjaan`
(job) and answers at once; the job runs in a thread of the server, not of the request, so
closing the browser does not stop it. Its progress (stage, done, total) and outcome are kept
in memory only and shown by a status page that refreshes itself. A job lost to a restart of
the server is simply started again: the stages are resumable, a rerun completes what is left
and signs nothing twice.

The job keeps no secret: a passphrase typed in the page lives only in the function the job
runs (its closure), never in the job's visible state.
"""

from __future__ import annotations

import contextvars
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from pipeline.errors import SidikError
from pipeline.messages import terjemah
from pipeline.progres import Kemajuan

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

    @property
    def berjalan(self) -> bool:
        """Whether the job is still running."""
        return not self.usai.is_set()

    def kemajuan(self, tahap: str, selesai: int, total: int) -> None:
        """The progress callback handed to the library (see :data:`pipeline.progres.Kemajuan`)."""
        self.tahap, self.selesai, self.total = tahap, selesai, total


class PekerjaanBerjalan(Exception):
    """A job is already running in this workspace (not a :class:`SidikError`: the page shows
    the running job rather than an error)."""

    def __init__(self, pekerjaan: Pekerjaan) -> None:
        super().__init__(pekerjaan.id)
        self.pekerjaan = pekerjaan


class Antrean:
    """The workspace's jobs: at most one running; the last one kept for its status page."""

    def __init__(self) -> None:
        self._kunci = threading.Lock()
        self.terakhir: Pekerjaan | None = None

    def mulai(
        self, jenis: str, siklus: str, login: str, sejak: datetime, kerja: Kerja
    ) -> Pekerjaan:
        """Start ``kerja`` in a thread of its own, in the caller's context (its actor and its
        language); refused with :class:`PekerjaanBerjalan` while another job runs."""
        with self._kunci:
            if self.terakhir is not None and self.terakhir.berjalan:
                raise PekerjaanBerjalan(self.terakhir)
            p = Pekerjaan(jenis, siklus, login, sejak)
            self.terakhir = p
        konteks = contextvars.copy_context()
        utas = threading.Thread(
            target=konteks.run, args=(_jalankan, p, kerja), name=f"sidik-{jenis}", daemon=True
        )
        utas.start()
        return p

    def cari(self, id_pekerjaan: str) -> Pekerjaan | None:
        """The job of that id, if it is the one this server remembers."""
        p = self.terakhir
        return p if p is not None and p.id == id_pekerjaan else None


def _jalankan(p: Pekerjaan, kerja: Kerja) -> None:
    """Run one job to its end: its outcome, or the library's refusal, is kept for the page."""
    try:
        p.hasil = kerja(p.kemajuan)
    except SidikError as e:
        p.galat = e.pesan()
    finally:
        if not p.hasil and not p.galat:  # an unexpected failure: the traceback is in the log
            p.galat = terjemah("web.pekerjaan_gagal")
        p.usai.set()
