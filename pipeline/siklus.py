"""A cycle's work folder: ``output/kerja/<cycle>/`` with its identity and each finished stage.

A stage's record (``tahap-<stage>.json``) is written atomically only after all its files are
in place, so a crash leaves the record of the last complete stage and a rerun resumes there.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pipeline.atomic import tulis_teks_atomik
from pipeline.errors import InputInvalid, StepNotReady
from pipeline.model import Dokumen, DokumenTertandatangan, Item, JenisDokumen, Siklus

LANGKAH = ("render", "convert", "paraf", "sign", "archive")
FOLDER_KERJA = "kerja"


def hash_item(items: Sequence[Item]) -> str:
    """A SHA-256 over the items' content (row numbers excluded): the cycle's identity."""
    isi = [{k: v for k, v in asdict(i).items() if k != "baris"} for i in items]
    return hashlib.sha256(json.dumps(isi, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def buka(keluaran: Path, workbook: Path, items: Sequence[Item], tanggal: date) -> Siklus:
    """Open the cycle of these items, or reopen it (same id, same date) if it exists."""
    h = hash_item(items)
    siklus_id = f"dik-{h[:12]}"
    folder = keluaran / FOLDER_KERJA / siklus_id
    if (folder / "siklus.json").is_file():
        return muat(keluaran, siklus_id)
    salinan = folder / "sumber" / workbook.name
    salinan.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(workbook, salinan)
    tulis_teks_atomik(
        folder / "siklus.json",
        json.dumps(
            {
                "id": siklus_id,
                "tanggal": tanggal.isoformat(),
                "hash_item": h,
                "workbook": f"sumber/{workbook.name}",
                "asal": str(workbook),
            },
            indent=2,
            ensure_ascii=False,
        ),
    )
    return Siklus(siklus_id, tanggal, h, str(salinan), folder)


def muat(keluaran: Path, siklus_id: str | None = None) -> Siklus:
    """The cycle ``siklus_id``, or the most recently opened one when not named."""
    akar = keluaran / FOLDER_KERJA
    if siklus_id is None:
        semua = sorted(akar.glob("*/siklus.json"), key=lambda p: p.stat().st_mtime)
        if not semua:
            raise InputInvalid("siklus.tidak_ada_satupun", folder=str(akar))
        siklus_id = semua[-1].parent.name
    berkas = akar / siklus_id / "siklus.json"
    if not berkas.is_file():
        raise InputInvalid("siklus.tidak_ada", siklus=siklus_id, folder=str(akar))
    data = json.loads(berkas.read_text(encoding="utf-8"))
    folder = berkas.parent
    return Siklus(
        data["id"],
        date.fromisoformat(data["tanggal"]),
        data["hash_item"],
        str(folder / data["workbook"]),
        folder,
    )


def simpan_tahap(
    siklus: Siklus, langkah: str, dokumen: Sequence[Dokumen], info: dict[str, Any] | None = None
) -> None:
    """Record that ``langkah`` finished with ``dokumen``; later stages' records are dropped."""
    for sesudah in LANGKAH[LANGKAH.index(langkah) + 1 :]:
        (siklus.folder_kerja / f"tahap-{sesudah}.json").unlink(missing_ok=True)
    data = {
        "langkah": langkah,
        "info": info or {},
        "dokumen": [_dok_json(d, siklus.folder_kerja) for d in dokumen],
    }
    tulis_teks_atomik(
        siklus.folder_kerja / f"tahap-{langkah}.json",
        json.dumps(data, indent=2, ensure_ascii=False),
    )


def simpan_tertandatangan(
    siklus: Siklus, dokumen: Sequence[DokumenTertandatangan], info: dict[str, Any]
) -> None:
    """Record the signed documents with their signer, time and hash."""
    simpan_tahap(
        siklus,
        "sign",
        [d.dokumen for d in dokumen],
        {
            **info,
            "tanda_tangan": {
                d.dokumen.kunci: {
                    "penanda_tangan": d.penanda_tangan,
                    "waktu": d.waktu.isoformat(),
                    "sha256": d.sha256,
                }
                for d in dokumen
            },
        },
    )


def selesai(siklus: Siklus, langkah: str) -> bool:
    """Whether ``langkah`` has a record in this cycle."""
    return (siklus.folder_kerja / f"tahap-{langkah}.json").is_file()


def muat_tahap(siklus: Siklus, langkah: str, untuk: str) -> tuple[list[Dokumen], dict[str, Any]]:
    """The documents and info ``langkah`` recorded; :class:`StepNotReady` if it has not run."""
    berkas = siklus.folder_kerja / f"tahap-{langkah}.json"
    if not berkas.is_file():
        raise StepNotReady(
            "siklus.langkah_belum", langkah=untuk, siklus=siklus.id, prasyarat=langkah
        )
    data = json.loads(berkas.read_text(encoding="utf-8"))
    return [_dok_dari_json(d, siklus.folder_kerja) for d in data["dokumen"]], data["info"]


def muat_tertandatangan(siklus: Siklus) -> tuple[list[DokumenTertandatangan], dict[str, Any]]:
    """The signed documents of the cycle, as the sign stage recorded them."""
    dokumen, info = muat_tahap(siklus, "sign", "archive")
    ttd = info["tanda_tangan"]
    return [
        DokumenTertandatangan(
            d,
            ttd[d.kunci]["penanda_tangan"],
            datetime.fromisoformat(ttd[d.kunci]["waktu"]),
            ttd[d.kunci]["sha256"],
        )
        for d in dokumen
    ], info


def _dok_json(d: Dokumen, folder: Path) -> dict[str, Any]:
    return {
        "jenis": d.jenis.value,
        "kunci": d.kunci,
        "path": str(d.path.relative_to(folder)),
        "item_no": d.item_no,
        "unit_kerja": d.unit_kerja,
    }


def _dok_dari_json(d: dict[str, Any], folder: Path) -> Dokumen:
    return Dokumen(
        JenisDokumen(d["jenis"]), d["kunci"], folder / d["path"], d["item_no"], d["unit_kerja"]
    )
