"""Failed logins counted per client address, beside the per-account lockout of
:mod:`pipeline.akun`: :data:`BATAS_GAGAL_ALAMAT` failures from one address within
:data:`JENDELA` hold that address back, whatever login names it tried, until the oldest of
them is older than the window. Held-back attempts are not checked at all (no password hash
computed, nothing counted against an account).

The count is kept in the server's memory (one waitress process): a restart forgets it, the
per-account lockout in the ledger stays. Behind ``--proxy`` the address is the client's as the
proxy reports it (ProxyFix), else the peer's. Time is the ledger's clock (``jam``), so tests
move it instead of waiting.
"""

from __future__ import annotations

import threading
from collections import deque
from datetime import datetime, timedelta

from pipeline.ledger.buku import Jam, jam_kantor

BATAS_GAGAL_ALAMAT = 20  # failed logins from one address within JENDELA that hold it back
JENDELA = timedelta(minutes=15)
_ALAMAT_MAKS = 10_000  # addresses remembered before the stale ones are swept out


class BatasAlamat:
    """The failed logins of each client address within the last :data:`JENDELA`."""

    def __init__(
        self, jam: Jam = jam_kantor, batas: int = BATAS_GAGAL_ALAMAT, jendela: timedelta = JENDELA
    ) -> None:
        self.jam = jam
        self.batas = batas
        self.jendela = jendela
        self._gagal: dict[str, deque[datetime]] = {}
        self._serentak = threading.Lock()  # waitress answers in several threads

    def ditahan_sampai(self, alamat: str) -> datetime | None:
        """Until when ``alamat`` is held back, or None when it may try to log in."""
        with self._serentak:
            waktu = self._terkini(alamat)
            if len(waktu) < self.batas:
                return None
            return waktu[-self.batas] + self.jendela

    def catat_gagal(self, alamat: str) -> None:
        """Count one failed login from ``alamat``."""
        with self._serentak:
            if len(self._gagal) >= _ALAMAT_MAKS:
                self._sapu()
            self._gagal[alamat] = self._terkini(alamat)
            self._gagal[alamat].append(self.jam())

    def _terkini(self, alamat: str) -> deque[datetime]:
        """The failures of ``alamat`` still within the window (older ones dropped)."""
        waktu = self._gagal.get(alamat, deque())
        batas_lama = self.jam() - self.jendela
        while waktu and waktu[0] <= batas_lama:
            waktu.popleft()
        return waktu

    def _sapu(self) -> None:
        for alamat in list(self._gagal):
            if not self._terkini(alamat):
                del self._gagal[alamat]
