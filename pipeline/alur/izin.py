"""Who may perform which act of the SOP: one permission function for the CLI and the web.

Three acts belong to a person, not to whoever runs the tool: the PPID Pelaksana's paraf, the
Tim Pertimbangan's decisions and the Atasan PPID's signature. With ``[alur] tindakan_pribadi``
each may be performed only by its official (the actor bound to them, see :mod:`pipeline.aktor`);
without it (a one-person office, the sample cycle) anyone may perform them, and the ledger
records that they did so on the official's behalf. Collecting and archiving are the Operator's
tasks and may always be done on their behalf.
"""

from __future__ import annotations

from enum import StrEnum

from pipeline.aktor import Aktor
from pipeline.config import Config
from pipeline.errors import ActRefused
from pipeline.model import Pejabat


class Tindakan(StrEnum):
    """The acts that are an official's own."""

    PARAF = "paraf"
    PUTUSKAN = "putuskan"
    TANDATANGANI = "tandatangani"


def pelaku_sah(config: Config, tindakan: Tindakan) -> tuple[Pejabat, ...]:
    """The officials whose own act ``tindakan`` is."""
    if tindakan is Tindakan.PARAF:
        unit = tuple(u.ppid_pelaksana for u in config.unit_kerja if u.ppid_pelaksana)
        return (config.ppid_pelaksana, *unit)
    if tindakan is Tindakan.PUTUSKAN:
        return config.tim_pertimbangan
    return (config.atasan_ppid,)


def boleh(aktor: Aktor, tindakan: Tindakan, config: Config) -> bool:
    """Whether ``aktor`` may perform ``tindakan`` now."""
    if not config.alur.tindakan_pribadi:
        return True
    return aktor.salah_satu(pelaku_sah(config, tindakan))


def siapa(config: Config, tindakan: Tindakan) -> str:
    """Who must act, as a user reads it: names with their login where one is configured."""
    return ", ".join(nama_pejabat(p) for p in pelaku_sah(config, tindakan))


def nama_pejabat(p: Pejabat) -> str:
    """An official as a user reads them: their name, with their login where one is set."""
    return f"{p.nama} ({p.pengguna})" if p.pengguna else p.nama


def boleh_menyegel(aktor: Aktor, config: Config) -> bool:
    """Whether ``aktor`` may file the archive, sealing it with the Operator's key: under
    ``[alur] tindakan_pribadi`` not another official (one bound to the PPID Pelaksana's, a Tim
    member's or the Atasan PPID's NIP) unless they are the Operator too."""
    if not config.alur.tindakan_pribadi or aktor.adalah(config.operator):
        return True
    return not aktor.salah_satu(p for t in Tindakan for p in pelaku_sah(config, t))


def pastikan_menyegel(aktor: Aktor, config: Config) -> None:
    """Refuse (:class:`ActRefused`) filing by another official (see :func:`boleh_menyegel`)."""
    if not boleh_menyegel(aktor, config):
        siapa = nama_pejabat(config.operator)
        raise ActRefused("izin.arsip", pelaku=aktor.pelaku or "?", siapa=siapa)


def pastikan_pejabat(aktor: Aktor, pejabat: Pejabat, config: Config) -> None:
    """Refuse (:class:`ActRefused`) an actor who may not sign as ``pejabat`` (a participant's
    signature on the Lembar is theirs alone under ``[alur] tindakan_pribadi``)."""
    if config.alur.tindakan_pribadi and not aktor.salah_satu((pejabat,)):
        raise ActRefused(
            "izin.ttd_peserta", pelaku=aktor.pelaku or "?", siapa=nama_pejabat(pejabat)
        )


def boleh_pejabat(aktor: Aktor, pejabat: Pejabat, config: Config) -> bool:
    """Whether ``aktor`` may sign as ``pejabat`` now."""
    return not config.alur.tindakan_pribadi or aktor.salah_satu((pejabat,))


def pastikan(aktor: Aktor, tindakan: Tindakan, config: Config) -> None:
    """Refuse (:class:`ActRefused`) an act that must be another official's own."""
    if not boleh(aktor, tindakan, config):
        raise ActRefused(
            f"izin.{tindakan.value}", pelaku=aktor.pelaku or "?", siapa=siapa(config, tindakan)
        )
