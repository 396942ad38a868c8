"""Verification results as JSON (for machines) and as a standalone HTML report (for auditors).

The HTML report has no external resources (no scripts, fonts, or images fetched) so it can be
archived, mailed and printed as it is.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.berkas import buka_biasa
from pipeline.messages import bahasa_aktif, terjemah
from pipeline.verify.model import Alasan, HasilTtd, HasilVerifikasi, Putusan

# Marks a report as sidik's regenerable output; ``--report`` writes over nothing else.
PENANDA_HTML = '<meta name="generator" content="sidik laporan-verifikasi">'
_KEPALA = 1024  # the marker lies within the first bytes of the <head>


def ke_json(hasil: Sequence[HasilVerifikasi]) -> str:
    """All results as a JSON document (stable keys, English-independent codes)."""
    return json.dumps(
        {
            "sidik": __version__,
            "jumlah": len(hasil),
            "valid": sum(1 for h in hasil if h.putusan is Putusan.VALID),
            "berkas": [_berkas_json(h) for h in hasil],
        },
        indent=2,
        ensure_ascii=False,
    )


def _berkas_json(h: HasilVerifikasi) -> dict[str, Any]:
    return {
        "berkas": str(h.berkas),
        "putusan": h.putusan.value,
        "tingkat": h.tingkat,
        "sha256": h.sha256,
        "alasan": [_alasan_json(a) for a in h.alasan],
        "tanda_tangan": [_ttd_json(t) for t in h.tanda_tangan],
        "stempel_dokumen": [_ttd_json(t) for t in h.stempel_dokumen],
    }


def _ttd_json(t: HasilTtd) -> dict[str, Any]:
    return {
        "medan": t.medan,
        "penanda_tangan": t.penanda_tangan,
        "waktu": t.waktu,
        "waktu_stempel": t.waktu_stempel,
        "cakupan": t.cakupan,
        "perubahan": t.perubahan,
        "putusan": t.putusan.value,
        "alasan": [_alasan_json(a) for a in t.alasan],
        "sertifikat_sha256": t.sertifikat_sha256,
    }


def _alasan_json(a: Alasan) -> dict[str, str]:
    return {"kode": a.kode, "pesan": teks_alasan(a)}


def teks_alasan(a: Alasan) -> str:
    """A reason in the active language."""
    return terjemah(a.message_id, **dict(a.params))


def laporan_sidik(path: Path) -> bool:
    """Whether ``path`` is a verification report sidik wrote (so writing it again loses nothing)."""
    with buka_biasa(path) as f:
        return PENANDA_HTML.encode() in f.read(_KEPALA)


def ke_html(hasil: Sequence[HasilVerifikasi], akar: Sequence[Path]) -> str:
    """A standalone, printable verification report."""
    e = html.escape
    sah = sum(1 for h in hasil if h.putusan is Putusan.VALID)
    judul = terjemah("laporan.judul")
    kolom = ["berkas", "penanda_tangan", "waktu", "tingkat", "putusan", "alasan", "sha256"]
    kepala = "".join(f'<th scope="col">{e(terjemah("kolom." + k))}</th>' for k in kolom)
    baris = "\n".join(_baris_html(h) for h in hasil)
    dibuat = terjemah(
        "laporan.dibuat",
        versi=__version__,
        waktu=datetime.now().astimezone().isoformat(timespec="seconds"),
        akar=", ".join(str(a) for a in akar),
    )
    return f"""<!DOCTYPE html>
<html lang="{bahasa_aktif()}">
<head><meta charset="utf-8">{PENANDA_HTML}<title>{e(judul)}</title>
<style>
body{{font-family:sans-serif;margin:2em;color:#111}} table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #555;padding:4px 6px;vertical-align:top;font-size:10pt}}
th{{background:#e6e6e6}} td.h{{font-family:monospace;font-size:8pt;word-break:break-all}}
.VALID{{color:#075e07;font-weight:bold}} .INVALID{{color:#a00000;font-weight:bold}}
.INDETERMINATE{{color:#8a5a00;font-weight:bold}} @media print{{body{{margin:0}}}}
</style></head>
<body>
<h1>{e(judul)}</h1>
<p>{e(terjemah("laporan.ringkasan", sah=sah, jumlah=len(hasil)))}</p>
<table>
<caption>{e(terjemah("laporan.keterangan_putusan"))}</caption>
<thead><tr>{kepala}</tr></thead>
<tbody>
{baris}
</tbody>
</table>
<p>{e(dibuat)}</p>
</body>
</html>
"""


def _baris_html(h: HasilVerifikasi) -> str:
    e = html.escape
    alasan = "<br>".join(f"{e(a.kode)}: {e(teks_alasan(a))}" for a in h.alasan)
    return (
        f"<tr><td>{e(str(h.berkas))}</td><td>{e(h.penanda_tangan)}</td>"
        f"<td>{e(h.waktu)}</td><td>{e(h.tingkat)}</td>"
        f'<td class="{h.putusan.value}">{h.putusan.value}</td><td>{alasan}</td>'
        f'<td class="h">{e(h.sha256)}</td></tr>'
    )
