"""Verification results as JSON (for machines) and as a standalone HTML report (for auditors).

The HTML report has no external resources (no scripts, fonts, or images fetched) so it can be
archived, mailed and printed as it is.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import __version__
from pipeline.berkas import buka_biasa
from pipeline.messages import bahasa_aktif, terjemah
from pipeline.verify import tampilan
from pipeline.verify.model import Alasan, HasilTtd, HasilVerifikasi, PesertaLembar, Putusan
from pipeline.verify.tampilan import teks_alasan
from pipeline.zona import nama_zona

if TYPE_CHECKING:
    from pipeline.verify.ttd_manifest import SegelArsip

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
        "jenis": h.jenis,
        "judul": h.judul,
        "putusan": h.putusan.value,
        "akar_uji": h.akar_uji,
        "tingkat": h.tingkat,
        "sha256": h.sha256,
        "alasan": [_alasan_json(a) for a in h.alasan],
        "tanda_tangan": [_ttd_json(t) for t in h.tanda_tangan],
        "stempel_dokumen": [_ttd_json(t) for t in h.stempel_dokumen],
        "peserta": [_peserta_json(p) for p in h.peserta],
    }


def _peserta_json(p: PesertaLembar) -> dict[str, Any]:
    return {"peran": p.peran, "nip": p.nip, "nama": p.nama, "hadir": p.hadir, "status": p.status}


def _ttd_json(t: HasilTtd) -> dict[str, Any]:
    return {
        "medan": t.medan,
        "peran": t.peran,
        "penanda_tangan": t.penanda_tangan,
        "nip": t.nip,
        "bukan_peserta": t.bukan_peserta,
        "tingkat": t.tingkat,
        "waktu": t.waktu,
        "waktu_stempel": t.waktu_stempel,
        "cakupan": t.cakupan,
        "perubahan": t.perubahan,
        "putusan": t.putusan.value,
        "alasan": [_alasan_json(a) for a in t.alasan],
        "sertifikat_sha256": t.sertifikat_sha256,
        "penerbit": t.penerbit,
        "berlaku_mulai": t.berlaku_mulai,
        "berlaku_sampai": t.berlaku_sampai,
        "akar_uji": t.akar_uji,
    }


def _alasan_json(a: Alasan) -> dict[str, str]:
    return {"kode": a.kode, "pesan": teks_alasan(a)}


def laporan_sidik(path: Path) -> bool:
    """Whether ``path`` is a verification report sidik wrote (so writing it again loses nothing)."""
    with buka_biasa(path) as f:
        return PENANDA_HTML.encode() in f.read(_KEPALA)


def ke_html(
    hasil: Sequence[HasilVerifikasi],
    akar: Sequence[Path],
    jalur: Sequence[Path],
    segel: Sequence[SegelArsip] = (),
) -> str:
    """A standalone, printable verification report a citizen can read: files named relative to
    the folders in ``jalur`` (no local paths), times in the office's zone, reasons in words;
    ``segel``: each archive folder's seal (its folder named as its files are)."""
    e = html.escape
    sah = sum(1 for h in hasil if h.putusan is Putusan.VALID)
    judul = terjemah("laporan.judul")
    kolom = ["berkas", "dokumen", "penanda_tangan", "peran", "waktu", "tingkat", "putusan"]
    kolom.append("alasan")
    kepala = "".join(f'<th scope="col">{e(terjemah("kolom." + k))}</th>' for k in kolom)
    baris = "\n".join(_baris_html(h, jalur) for h in hasil)
    dibuat = terjemah(
        "laporan.dibuat",
        versi=__version__,
        waktu=tampilan.tanggal(datetime.now(UTC).isoformat()),
        akar=", ".join(a.name for a in akar),
    )
    uji = tampilan.peringatan_uji(hasil)
    peringatan = f'<p class="uji">{e(uji)}</p>' if uji else ""
    catatan = "".join(f"<li>{e(k)}</li>" for k in tampilan.sertifikat(hasil))
    zona = terjemah("verifikasi.zona", zona=nama_zona())
    return f"""<!DOCTYPE html>
<html lang="{bahasa_aktif()}">
<head><meta charset="utf-8">{PENANDA_HTML}<title>{e(judul)}</title>
<style>
body{{font-family:sans-serif;margin:2em;color:#111}} table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #555;padding:4px 6px;vertical-align:top;font-size:10pt}}
th{{background:#e6e6e6}} .h{{font-family:monospace;font-size:8pt;word-break:break-all;color:#444}}
.VALID{{color:#075e07;font-weight:bold}} .INVALID{{color:#a00000;font-weight:bold}}
.INDETERMINATE{{color:#8a5a00;font-weight:bold}} @media print{{body{{margin:0}}}}
.uji{{border:2px solid #a00000;background:#fff0f0;padding:.6em;font-weight:bold}}
tr.ttd td{{font-size:9pt;border-top-style:dotted}} td.no{{text-align:right}}
</style></head>
<body>
<h1>{e(judul)}</h1>
<p>{e(terjemah("laporan.ringkasan", sah=sah, jumlah=len(hasil)))}</p>
{peringatan}
<table>
<caption>{e(terjemah("laporan.keterangan_putusan"))}</caption>
<thead><tr>{kepala}</tr></thead>
<tbody>
{baris}
</tbody>
</table>
<p>{e(zona)}</p>
{"".join(f"<p>{e(tampilan.teks_segel(s, _nama_folder(s.folder, jalur)))}</p>" for s in segel)}
<ul>{catatan}</ul>
<p>{e(dibuat)}</p>
</body>
</html>
"""


def _nama_folder(folder: Path, jalur: Sequence[Path]) -> str:
    """An archive folder named relative to the folder verified (itself: by its name)."""
    nama = tampilan.nama_relatif(folder, jalur)
    return folder.name if nama == "." else nama


def _baris_html(h: HasilVerifikasi, jalur: Sequence[Path]) -> str:
    """The file's row, then one per signature and per participant without one (as in the
    terminal's table)."""
    e = html.escape
    nama = e(tampilan.nama_relatif(h.berkas, jalur))
    terakhir = h.tanda_tangan[-1].peran if h.tanda_tangan else ""
    berkas = (
        f'<tr><td>{nama}<div class="h">SHA-256 {e(h.sha256)}</div></td>'
        f"<td>{e(tampilan.dokumen(h))}</td><td>{e(h.penanda_tangan)}</td>"
        f"<td>{e(tampilan.peran(terakhir))}</td>"
        f"<td>{e(tampilan.tanggal(h.waktu))}</td><td>{e(h.tingkat)}</td>"
        f'<td class="{h.putusan.value}">{h.putusan.value}</td>'
        f"<td>{e(tampilan.alasan(h))}</td></tr>"
    )
    if not tampilan.rinci(h):
        return berkas
    rinci = [(f"{n}.", tampilan.ttd(t)) for n, t in enumerate(h.tanda_tangan, 1)]
    rinci += [("-", b) for b in tampilan.peserta_tanpa_ttd(h)]
    return "\n".join([berkas, *(_baris_rinci(n, b) for n, b in rinci)])


def _baris_rinci(nomor: str, sel: list[str]) -> str:
    """One signature's (or absent signature's) row under its file's."""
    e = html.escape
    orang, peran, waktu, tingkat, putusan, alasan = sel
    return (
        f'<tr class="ttd"><td class="no">{e(nomor)}</td><td></td><td>{e(orang)}</td>'
        f"<td>{e(peran)}</td><td>{e(waktu)}</td><td>{e(tingkat)}</td>"
        f'<td class="{e(putusan)}">{e(putusan)}</td><td>{e(alasan)}</td></tr>'
    )
