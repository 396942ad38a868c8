"""The standalone HTML page of a published DIK: accessible, Indonesian, no outside resources.

One file the PPID can upload as is: ``lang="id"``, a table with a caption and header cells
with ``scope``, links to the signed PDFs, inline CSS only (no scripts, fonts or images).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from pipeline.config import Config
from pipeline.legal.tanggal import format_tanggal
from pipeline.publikasi.sumber import Terbitan
from pipeline.stages.konteks import lingkungan

_GAYA = """
body{font-family:Arial,"Liberation Sans",sans-serif;margin:2rem;color:#111;line-height:1.45}
h1{font-size:1.4rem;margin:0 0 .3rem}p{margin:.3rem 0}
table{border-collapse:collapse;width:100%;margin-top:1rem;font-size:.92rem}
caption{text-align:left;font-weight:bold;padding:.4rem 0}
th,td{border:1px solid #555;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#e6e6e6}
a{color:#0645ad}a:focus{outline:3px solid #f90}
"""
_KOLOM_PDF = 2  # the last two columns hold links to signed PDFs


def halaman_html(
    terbitan: Terbitan,
    config: Config,
    judul: Sequence[str],
    baris: Sequence[Sequence[str]],
    daftar_pdf: str,
) -> str:
    """The whole page as text: heading, where the signed DIK is, and the table."""
    nama = f"Daftar Informasi Publik yang Dikecualikan {lingkungan(config)}"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="id">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(nama)}</title>",
            f"<style>{_GAYA}</style>",
            "</head>",
            "<body>",
            "<main>",
            f"<h1>{escape(nama)}</h1>",
            f"<p>Ditetapkan di {escape(config.instansi.kota)} pada tanggal "
            f"{escape(format_tanggal(terbitan.tanggal))}.</p>",
            f'<p>Dokumen bertanda tangan elektronik: <a href="{escape(daftar_pdf)}">'
            f"Daftar Informasi Publik yang Dikecualikan (PDF)</a>.</p>",
            _tabel(nama, judul, baris),
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _tabel(nama: str, judul: Sequence[str], baris: Sequence[Sequence[str]]) -> str:
    kepala = "".join(f'<th scope="col">{escape(j)}</th>' for j in judul)
    badan = "\n".join(_baris(b) for b in baris)
    return (
        f"<table>\n<caption>{escape(nama)}</caption>\n"
        f"<thead><tr>{kepala}</tr></thead>\n<tbody>\n{badan}\n</tbody>\n</table>"
    )


def _baris(b: Sequence[str]) -> str:
    no, judul, *isi = b
    teks = isi[:-_KOLOM_PDF]
    tautan = isi[-_KOLOM_PDF:]
    sel = [f'<td>{escape(no)}</td><th scope="row">{escape(judul)}</th>']
    sel += [f"<td>{escape(t)}</td>" for t in teks]
    sel += [f'<td><a href="{escape(t)}">PDF</a></td>' if t else "<td></td>" for t in tautan]
    return "<tr>" + "".join(sel) + "</tr>"
