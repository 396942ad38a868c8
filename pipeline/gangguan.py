"""Fault injection for the crash tests: a run kills itself at a named point of the workflow.

The crash tests must not depend on when a kill lands (a fast machine finishes before a timed
kill). Instead the environment variable :data:`VARIABEL` names the points where the run dies,
and the workflow calls :func:`titik` at each of them; the ledger calls :func:`peristiwa` as it
records each event. Unset (always, outside the tests) each call is one dictionary look-up.

``SIDIK_MATI_DI="convert.catat"`` kills the run at the first window of convert whose files are
written but not yet recorded; ``SIDIK_MATI_DI="peristiwa.12"`` when the ledger's 12th event is
being recorded (inside its transaction, so the event and what it records are lost together).
Several points may be given, separated by commas. The whole process group dies by SIGKILL, as
a power cut or the OOM killer would end it, LibreOffice and forked workers included; the tests
start ``sidik`` as the leader of a group of its own.

The points (:data:`TITIK`) are the boundaries of every stage: ``<tahap>.mulai`` before a stage
changes anything, ``<tahap>.catat`` after a window's files are written and before the ledger
records them, ``<tahap>.selesai`` after it is recorded; step 1 has ``kumpulkan.mulai`` and
``kumpulkan.selesai`` (its items in the ledger, the plan not yet made), step 5
``archive.rakit`` (the folder assembled, not yet renamed into place) and ``archive.daftar``
(filed, not yet registered).
"""

from __future__ import annotations

import os
import signal

VARIABEL = "SIDIK_MATI_DI"
TITIK = (
    "kumpulkan.mulai",
    "kumpulkan.selesai",
    *(
        f"{t}.{saat}"
        for t in ("render", "convert", "paraf", "peserta", "sign")
        for saat in ("mulai", "catat", "selesai")
    ),
    "archive.mulai",
    "archive.rakit",
    "archive.daftar",
    "archive.selesai",
)


def titik(nama: str) -> None:
    """Die here if :data:`VARIABEL` names the point ``nama`` (one of :data:`TITIK`)."""
    sasaran = os.environ.get(VARIABEL)
    if sasaran and nama in sasaran.split(","):
        _mati()


def peristiwa(ke: int) -> None:
    """Die here if :data:`VARIABEL` names ``peristiwa.<ke>``: the ledger's ``ke``-th event."""
    titik(f"peristiwa.{ke}")


def aktif() -> bool:
    """Whether any fault is asked for (the ledger counts its events only then)."""
    return bool(os.environ.get(VARIABEL))


def _mati() -> None:
    try:
        os.killpg(os.getpgrp(), signal.SIGKILL)
    finally:  # not reached; outside a group of its own, the process alone
        os.kill(os.getpid(), signal.SIGKILL)
