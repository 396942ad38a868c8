"""The standalone HTML page of a published DIK: accessible, Indonesian, no outside resources.

One file the PPID can upload as is: ``lang="id"``, links to the signed decree and DIK above a
table with a caption and header cells with ``scope`` (each row links its own Lembar), a short
"how to verify" section, inline CSS only (no scripts, fonts or images). The page's own
sentences come from the message catalogue; legal names and column headings stay Indonesian.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit, urlunsplit

from pipeline.config import Config
from pipeline.legal.tanggal import format_tanggal
from pipeline.messages import bahasa_aktif, terjemah
from pipeline.publikasi.sumber import Terbitan
from pipeline.stages.konteks import JUDUL_DIK, lingkungan

_GAYA = """
body{font-family:Arial,"Liberation Sans",sans-serif;margin:2rem;color:#111;line-height:1.45}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.5rem 0 .3rem}p{margin:.3rem 0}
table{border-collapse:collapse;width:100%;margin-top:1rem;font-size:.92rem}
caption{text-align:left;font-weight:bold;padding:.4rem 0}
th,td{border:1px solid #555;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#e6e6e6}
a{color:#0645ad}a:focus{outline:3px solid #f90}
"""
_TANDA = "\x00"  # where a link goes inside an escaped catalogue sentence


@dataclass(frozen=True)
class DokumenTerbit:
    """The addresses of the cycle's signed decree (None when not archived) and DIK."""

    keputusan: str | None
    daftar: str


def halaman_html(
    terbitan: Terbitan,
    config: Config,
    judul: Sequence[str],
    baris: Sequence[Sequence[str]],
    dokumen: DokumenTerbit,
) -> str:
    """The whole page as text: heading, the signed documents, the table, how to verify.

    ``baris`` are the rows in ``judul`` order; the last cell of each is its Lembar's address.
    """
    nama = nama_daftar(config)
    ditetapkan = terjemah(
        "publikasi.halaman.ditetapkan",
        kota=config.instansi.kota,
        tanggal=format_tanggal(terbitan.tanggal),
    )
    sel = [[*b[:-1], tautan_lembar(b[0], b[-1])] for b in baris]
    return kerangka(
        config,
        [f"<p{_lang()}>{escape(ditetapkan)}</p>", _dokumen(dokumen), tabel(nama, judul, sel)],
    )


def nama_daftar(config: Config) -> str:
    """The list's legal name with the body's: "Daftar Informasi … Kabupaten Kubu Raya"."""
    return f"{JUDUL_DIK} {lingkungan(config)}"


def kerangka(config: Config, isi: Sequence[str]) -> str:
    """A standalone page: the list's name as title and heading, ``isi``, how to verify."""
    nama = nama_daftar(config)
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
            *isi,
            _cara_verifikasi(config.penandatanganan.url_verifikasi),
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
    )


@dataclass(frozen=True)
class Tautan:
    """A link in a table cell; its label is a catalogue sentence (in the active language)."""

    label: str
    alamat: str


Sel = str | Tautan | tuple[Tautan, ...]  # text, a link, or links one under another


def tautan_lembar(no: str, alamat: str) -> Sel:
    """The cell linking item ``no``'s signed Lembar (empty when it has none)."""
    return Tautan(terjemah("publikasi.halaman.lembar", no=no), alamat) if alamat else ""


def _lang() -> str:
    """A ``lang`` attribute for the catalogue's sentences when they are not Indonesian."""
    return "" if bahasa_aktif() == "id" else f' lang="{bahasa_aktif()}"'


def _dokumen(dokumen: DokumenTerbit) -> str:
    tautan = [("publikasi.halaman.daftar", dokumen.daftar)]
    if dokumen.keputusan:
        tautan.insert(0, ("publikasi.halaman.keputusan", dokumen.keputusan))
    butir = "".join(
        f'<li><a href="{escape(alamat)}">{escape(terjemah(m))}</a></li>' for m, alamat in tautan
    )
    return f"<p{_lang()}>{escape(terjemah('publikasi.halaman.dokumen'))}</p>\n<ul>{butir}</ul>"


def tabel(caption: str, judul: Sequence[str], baris: Sequence[Sequence[Sel]]) -> str:
    """An accessible table: a caption, column headers, each row headed by its second cell."""
    kepala = "".join(f'<th scope="col">{escape(j)}</th>' for j in judul)
    badan = "\n".join(_baris(b) for b in baris)
    return (
        f"<table>\n<caption>{escape(caption)}</caption>\n"
        f"<thead><tr>{kepala}</tr></thead>\n<tbody>\n{badan}\n</tbody>\n</table>"
    )


def _baris(b: Sequence[Sel]) -> str:
    no, judul, *lain = b
    sel = [f'<td>{_isi(no)}</td><th scope="row">{_isi(judul)}</th>']
    sel += [f"<td>{_isi(t)}</td>" for t in lain]
    return "<tr>" + "".join(sel) + "</tr>"


def _isi(sel: Sel) -> str:
    if isinstance(sel, tuple):
        return "<br>".join(_isi(t) for t in sel)
    if isinstance(sel, Tautan):
        return f'<a href="{escape(sel.alamat)}"{_lang()}>{escape(sel.label)}</a>'
    return escape(sel)


def _cara_verifikasi(url_verifikasi: str) -> str:
    """How a citizen checks a signed PDF: the QR code, the verification page, ``sidik verify``."""
    alamat = halaman_verifikasi(url_verifikasi)
    if alamat:
        teks = escape(terjemah("publikasi.halaman.cara_url", alamat=_TANDA))
        teks = teks.replace(_TANDA, f'<a href="{escape(alamat)}">{escape(alamat)}</a>')
    else:
        teks = escape(terjemah("publikasi.halaman.cara"))
    judul = escape(terjemah("publikasi.halaman.cara_judul"))
    return (
        f'<section{_lang()} id="cara-memverifikasi">\n<h2>{judul}</h2>\n<p>{teks}</p>\n</section>'
    )


def halaman_verifikasi(url_verifikasi: str) -> str:
    """The verification page's address: ``[penandatanganan] url_verifikasi`` without the
    document's fields and query (``…/verifikasi?sha256={sha256}`` -> ``…/verifikasi``)."""
    if not url_verifikasi:
        return ""
    bagian = urlsplit(url_verifikasi.split("{")[0])
    return urlunsplit((bagian.scheme, bagian.netloc, bagian.path, "", ""))
