"""Each file's verdict in a forked child of its own, bounded in wall time and memory.

Why a child and not a depth or size pre-check: a pre-check must foresee every way a PDF can be
hostile (nesting, reference cycles, declared stream lengths, compression bombs, pathological
xref tables) in every code path of pyhanko and asn1crypto, and one it misses still takes the
whole run down. A child bounded by ``RLIMIT_AS`` and a wall clock needs no such foresight: a
``RecursionError`` or ``MemoryError`` in it, a hang, or even a crash of the interpreter ends
only that child, and the file still gets its verdict (FORMAT_FAILURE, with the reason). The
cost is one ``fork`` per file, milliseconds beside the seconds a validation takes; where there
is no ``fork`` (Windows) the file is checked here, with the exceptions still caught.
"""

from __future__ import annotations

import math
import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.verify.model import Alasan, HasilVerifikasi, Putusan

_KELUAR_TANPA_PUTUSAN = 70  # the child ended without writing a verdict (EX_SOFTWARE)


@dataclass(frozen=True)
class Batas:
    """Bounds on verifying one file: its wall time, the memory its child may add, and how
    long to wait for each OCSP/CRL/certificate request (a slow responder times out here)."""

    detik_berkas: float = 120.0
    memori_mb: int = 1024
    detik_revokasi: float = 10.0


BATAS_BAWAAN = Batas()


def rusak(
    pdf: Path, sha: str, message_id: str, params: tuple[tuple[str, str], ...] = ()
) -> HasilVerifikasi:
    """The verdict on a file that could not be read through: INVALID, FORMAT_FAILURE."""
    alasan = (Alasan("FORMAT_FAILURE", message_id, params),)
    return HasilVerifikasi(pdf, Putusan.INVALID, alasan, sha256=sha)


def dalam_kurungan(
    pdf: Path, sha: str, periksa: Callable[[], HasilVerifikasi], batas: Batas
) -> HasilVerifikasi:
    """``periksa()`` for ``pdf`` in a bounded child; a verdict however the child ends."""
    if not hasattr(os, "fork"):  # pragma: no cover - not POSIX
        return _tertangkap(pdf, sha, periksa, batas)
    baca, tulis = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        os.close(baca)
        _anak(pdf, sha, periksa, batas, tulis)
    os.close(tulis)
    data, tepat_waktu = _terima(baca, time.monotonic() + batas.detik_berkas)
    if not tepat_waktu:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if not tepat_waktu:
        return rusak(pdf, sha, "alasan.rusak_waktu", (("detik", f"{batas.detik_berkas:g}"),))
    if data and os.waitstatus_to_exitcode(status) == 0:
        hasil: HasilVerifikasi = pickle.loads(data)  # written whole by our own child, above
        return hasil
    return rusak(pdf, sha, "alasan.rusak_berhenti", (("sebab", _sebab_berhenti(status)),))


def _anak(
    pdf: Path, sha: str, periksa: Callable[[], HasilVerifikasi], batas: Batas, tulis: int
) -> None:
    kode = _KELUAR_TANPA_PUTUSAN
    try:
        # The child's own bound, should its parent be killed before it: SIGALRM ends it a
        # second after the parent would have.
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(math.ceil(batas.detik_berkas) + 1)
        _batasi_memori(batas.memori_mb)
        data = pickle.dumps(_tertangkap(pdf, sha, periksa, batas))
        with os.fdopen(tulis, "wb") as keluar:
            keluar.write(data)
        kode = 0
    finally:
        os._exit(kode)  # whatever happened, the child ends here


def _tertangkap(
    pdf: Path, sha: str, periksa: Callable[[], HasilVerifikasi], batas: Batas
) -> HasilVerifikasi:
    """``periksa()``, with the failures of a hostile file turned into its verdict."""
    try:
        return periksa()
    except RecursionError:
        return rusak(pdf, sha, "alasan.rusak_rekursi")
    except MemoryError:
        return rusak(pdf, sha, "alasan.rusak_memori", (("mb", str(batas.memori_mb)),))


def _batasi_memori(mb: int) -> None:
    """Let this process grow by at most ``mb`` MB of address space beyond what it has now."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            sekarang = int(f.read().split()[0]) * resource.getpagesize()
    except OSError:  # pragma: no cover - no /proc: bound the total instead
        sekarang = 0
    batas = sekarang + mb * 1024 * 1024
    lunak, keras = resource.getrlimit(resource.RLIMIT_AS)
    if keras != resource.RLIM_INFINITY:
        batas = min(batas, keras)
    if lunak == resource.RLIM_INFINITY or batas < lunak:
        resource.setrlimit(resource.RLIMIT_AS, (batas, keras))


def _terima(baca: int, tenggat: float) -> tuple[bytes, bool]:
    """Everything the child writes until it closes the pipe, or what came before ``tenggat``."""
    potongan: list[bytes] = []
    with os.fdopen(baca, "rb", buffering=0) as masuk:
        while True:
            sisa = tenggat - time.monotonic()
            if sisa <= 0 or not select.select([masuk], [], [], sisa)[0]:
                return b"", False
            data = masuk.read(1 << 16)
            if not data:
                return b"".join(potongan), True
            potongan.append(data)


def _sebab_berhenti(status: int) -> str:
    if os.WIFSIGNALED(status):
        return signal.Signals(os.WTERMSIG(status)).name
    return f"exit {os.waitstatus_to_exitcode(status)}"
