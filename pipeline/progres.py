"""Progress of a long stage, and spreading a stage's documents over worker processes.

The library never prints: a stage calls a :data:`Kemajuan` callback (stage name, documents
done, total) that the CLI turns into a progress bar. :func:`peta` runs a per-document function
over the cores; the function and what it needs (a signer's key, fonts, templates) are set up
once in the parent and inherited by each forked worker, so nothing is loaded per document.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Kemajuan = Callable[[str, int, int], None]
"""``kemajuan(tahap, selesai, total)``: ``selesai`` of ``total`` documents of ``tahap`` done."""
Hitung = Callable[[int, int], None]
"""``hitung(selesai, total)``: one stage's count, for a loop over rows or items."""
LAPOR_SETIAP = 100  # rows or items between two reports of such a loop

MINIMAL_PARALEL = 8  # fewer documents than this are not worth starting worker processes
_TUGAS: list[Callable[[Any], Any]] = []
_SENDIRI: list[Callable[[], Any]] = []
_TANPA_FORK: list[bool] = [False]


def tanpa_fork(aktif: bool = True) -> None:
    """Run every stage in this process, one document after another, never in forked workers:
    for a multi-threaded server (``sidik serve``), where a fork copies other threads' held
    locks (SQLite, logging) into the child, and where two threads would share the work handed
    to the workers (:data:`_TUGAS`)."""
    _TANPA_FORK[0] = aktif


def tanpa_kemajuan(tahap: str, selesai: int, total: int) -> None:
    """The default progress sink: say nothing."""


def jumlah_inti() -> int:
    """How many worker processes a CPU-bound stage uses: one per core."""
    return max(1, os.cpu_count() or 1)


def peta(
    fungsi: Callable[[T], R],
    daftar: Sequence[T],
    lapor: Callable[[int], None] | None = None,
    proses: int | None = None,
) -> list[R]:
    """``[fungsi(x) for x in daftar]``, over one forked process per core when it pays.

    Results keep the order of ``daftar``; ``lapor(n)`` is told how many are done. Without
    ``fork`` (Windows, macOS default) or for a small batch it runs here, one by one.
    """
    lapor = lapor or (lambda _: None)
    n = min(proses or jumlah_inti(), len(daftar))
    if n < 2 or len(daftar) < MINIMAL_PARALEL or "fork" not in _metode_mulai():
        return _berurutan(fungsi, daftar, lapor)
    potongan = _potong(len(daftar), n * 4)
    _TUGAS[:] = [fungsi]
    try:
        with _pool(n) as pool:
            tunggu = {pool.submit(_kerjakan, list(daftar[a:b])): (a, b) for a, b in potongan}
            return _kumpulkan(tunggu, len(daftar), lapor)
    finally:
        _TUGAS.clear()


def di_proses_sendiri(fungsi: Callable[[], R]) -> R:
    """``fungsi()`` in a forked process of its own, so that the memory it takes (a long PDF's
    objects) is given back when it ends rather than kept in this process's heap, where every
    later forked worker would inherit it. Without ``fork`` it runs here."""
    if "fork" not in _metode_mulai():
        return fungsi()
    _SENDIRI[:] = [fungsi]
    try:
        with _pool(1) as pool:
            return pool.submit(_panggil).result()  # type: ignore[no-any-return]
    finally:
        _SENDIRI.clear()


def _pool(proses: int) -> ProcessPoolExecutor:
    """Forked workers that end when this process ends, however it ends (see :func:`_ikut_induk`)."""
    konteks = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(
        max_workers=proses, mp_context=konteks, initializer=_ikut_induk, initargs=(os.getpid(),)
    )


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _ikut_induk(induk: int) -> None:
    """A worker's first act: arrange to die with ``induk``, the process that forked it.

    A pool worker orphaned by a killed parent never sees its task pipe close (it holds the
    writing end too), so it would wait forever; and since it shares the parent's open lock file,
    the workspace would stay locked until someone found and killed it. Linux kills it with the
    parent (``PR_SET_PDEATHSIG``); elsewhere a thread watches for the parent to go.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    else:  # pragma: no cover - not Linux
        threading.Thread(target=_awasi_induk, args=(induk,), daemon=True).start()
    if os.getppid() != induk:  # the parent died before the line above took effect
        os._exit(1)


def _awasi_induk(induk: int) -> None:  # pragma: no cover - not Linux
    while os.getppid() == induk:
        time.sleep(0.5)
    os._exit(1)


def _panggil() -> Any:
    return _SENDIRI[0]()


def _berurutan(fungsi: Callable[[T], R], daftar: Sequence[T], lapor: Callable[[int], None]):  # type: ignore[no-untyped-def]
    hasil = []
    for i, x in enumerate(daftar, 1):
        hasil.append(fungsi(x))
        lapor(i)
    return hasil


def _kumpulkan(tunggu: dict[Future[list[Any]], tuple[int, int]], total: int, lapor):  # type: ignore[no-untyped-def]
    hasil: list[Any] = [None] * total
    selesai, sisa = 0, set(tunggu)
    while sisa:
        jadi, sisa = wait(sisa, return_when=FIRST_COMPLETED)
        for f in jadi:
            a, b = tunggu[f]
            hasil[a:b] = f.result()  # a worker's exception is raised here, as it was
            selesai += b - a
            lapor(selesai)
    return hasil


def _kerjakan(bagian: list[Any]) -> list[Any]:
    return [_TUGAS[0](x) for x in bagian]


def _potong(total: int, bagian: int) -> list[tuple[int, int]]:
    ukuran = max(1, -(-total // bagian))
    return [(a, min(a + ukuran, total)) for a in range(0, total, ukuran)]


def _metode_mulai() -> list[str]:
    return [] if _TANPA_FORK[0] else multiprocessing.get_all_start_methods()
