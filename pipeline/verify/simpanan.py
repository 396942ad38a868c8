"""Verification results kept to be shown again (the web's report of a cycle's archive): every
field of :mod:`pipeline.verify.model` as JSON and back, so the page renders a kept report
exactly as it rendered the fresh one. Reasons are kept as codes and message ids, never as
translated text, so a report reads in the language of whoever opens it.

This is sidik's own storage, not an interface; ``sidik verify --json`` is the public format
(:mod:`pipeline.verify.laporan_verifikasi`). Paths are kept relative to ``akar`` (the
workspace) when they lie inside it, so a moved workspace still names its files.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.verify.model import Alasan, HasilTtd, HasilVerifikasi, PesertaLembar, Putusan


def simpan_hasil(hasil: Sequence[HasilVerifikasi], akar: Path) -> str:
    """``hasil`` as JSON, each file's path relative to ``akar`` when inside it."""
    return json.dumps([_ke_dict(h, akar) for h in hasil], ensure_ascii=False)


def muat_hasil(teks: str, akar: Path) -> list[HasilVerifikasi]:
    """The results :func:`simpan_hasil` kept, their paths under ``akar`` again."""
    return [_hasil(d, akar) for d in json.loads(teks)]


def simpan_jalur(jalur: Sequence[Path], akar: Path) -> str:
    """Folders as JSON, relative to ``akar`` when inside it."""
    return json.dumps([_relatif(j, akar) for j in jalur], ensure_ascii=False)


def muat_jalur(teks: str, akar: Path) -> list[Path]:
    """The folders :func:`simpan_jalur` kept."""
    return [akar / j for j in json.loads(teks)]


def _relatif(jalur: Path, akar: Path) -> str:
    return jalur.relative_to(akar).as_posix() if jalur.is_relative_to(akar) else str(jalur)


def _ke_dict(h: HasilVerifikasi, akar: Path) -> dict[str, Any]:
    d = dataclasses.asdict(h)
    d["berkas"] = _relatif(h.berkas, akar)
    return d


def _hasil(d: dict[str, Any], akar: Path) -> HasilVerifikasi:
    return HasilVerifikasi(
        **{
            **d,
            "berkas": akar / d["berkas"],
            "putusan": Putusan(d["putusan"]),
            "alasan": _alasan(d["alasan"]),
            "tanda_tangan": tuple(_ttd(t) for t in d["tanda_tangan"]),
            "stempel_dokumen": tuple(_ttd(t) for t in d["stempel_dokumen"]),
            "peserta": tuple(PesertaLembar(**p) for p in d["peserta"]),
        }
    )


def _ttd(d: dict[str, Any]) -> HasilTtd:
    return HasilTtd(**{**d, "putusan": Putusan(d["putusan"]), "alasan": _alasan(d["alasan"])})


def _alasan(daftar: list[dict[str, Any]]) -> tuple[Alasan, ...]:
    return tuple(
        Alasan(a["kode"], a["message_id"], tuple((k, v) for k, v in a["params"])) for a in daftar
    )
