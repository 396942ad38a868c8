"""The office's time zone, WIB, WITA or WIT: the one place that knows Indonesia's zones.

Every time a user reads (the signature stamp, verify's table, JSON and HTML, the archive list,
the log, status, due, the manifests, the web pages) and every working day a deadline counts is
in the zone of the office whose ``sidik.toml`` is loaded (``[instansi] zona``): loading it puts
the process in that zone, as ``--lang`` puts it in a language. Without a workspace (``sidik
verify`` of a PDF someone sent) the zone is WIB unless ``--zona`` names another.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

ZONA: dict[str, ZoneInfo] = {
    "WIB": ZoneInfo("Asia/Jakarta"),  # UTC+7: Sumatra, Java, West and Central Kalimantan
    "WITA": ZoneInfo("Asia/Makassar"),  # UTC+8: Bali, Nusa Tenggara, Sulawesi, East Kalimantan
    "WIT": ZoneInfo("Asia/Jayapura"),  # UTC+9: Maluku and Papua
}
"""Each zone by the name its people say, as written in ``sidik.toml`` and on the stamp."""
BAWAAN = "WIB"
_aktif = BAWAAN


def atur_zona(nama: str) -> None:
    """Put the process in the zone ``nama`` (a key of :data:`ZONA`)."""
    global _aktif
    if nama not in ZONA:
        raise ValueError(f"unknown zone {nama!r}; use one of {tuple(ZONA)}")
    _aktif = nama


def nama_zona() -> str:
    """The zone in force, as its people say it: ``WIB``, ``WITA`` or ``WIT``."""
    return _aktif


def zona() -> ZoneInfo:
    """The zone in force, for :mod:`datetime`."""
    return ZONA[_aktif]


def sekarang() -> datetime:
    """Now, in the office's zone, to the second."""
    return datetime.now(zona()).replace(microsecond=0)


def di_kantor(waktu: datetime) -> datetime:
    """``waktu`` (aware) as the office's clock shows it."""
    return waktu.astimezone(zona())


def iso_kantor(waktu: datetime | None) -> str:
    """``waktu`` as ISO 8601 in the office's zone (``2026-12-06T03:17:40+07:00``), or ''."""
    return di_kantor(waktu).isoformat(timespec="seconds") if waktu else ""
