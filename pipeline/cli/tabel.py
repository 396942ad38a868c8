"""Plain-text tables for the terminal, fitted to its width where a command asks for it."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import click

from pipeline.messages import terjemah
from pipeline.verify import tampilan
from pipeline.verify.model import HasilVerifikasi, Putusan
from pipeline.zona import nama_zona

ELIPSIS = "\u2026"
JARAK = 2  # spaces between columns
LEBAR_MIN = 12  # a shortened column keeps at least this many characters
KOLOM_WAKTU = frozenset({"waktu", "mulai", "selesai", "tenggat"})


@dataclass(frozen=True)
class Muat:
    """How a table fits the terminal: the free-text columns that may be shortened with an
    ellipsis (widest first, never below :data:`LEBAR_MIN`) and, when that is not enough, the
    columns left out, in this order. Ids are in neither, so they are always shown whole."""

    lentur: frozenset[int]
    buang: tuple[int, ...] = ()


def tabel(
    judul: Sequence[str],
    baris: Sequence[Sequence[str]],
    muat: Muat | None = None,
    lebar_maks: int | None = None,
) -> str:
    """Columns padded to their widest cell; with ``muat``, fitted to ``lebar_maks`` (default:
    the terminal's width, see :func:`lebar_terminal`; not fitted when that is unknown)."""
    asli = [max(len(str(x)) for x in kolom) for kolom in zip(judul, *baris, strict=True)]
    batas = lebar_maks if lebar_maks is not None else lebar_terminal()
    lebar = sesuaikan(asli, muat, batas) if muat and batas else dict(enumerate(asli))
    garis = [
        "  ".join(_potong(str(b[i]), w).ljust(w) for i, w in lebar.items()).rstrip()
        for b in [judul, *baris]
    ]
    garis.insert(1, "  ".join("-" * w for w in lebar.values()))
    return "\n".join(garis)


def kepala(kolom: Sequence[str]) -> list[str]:
    """The headers of the columns ``kolom`` (ids under ``kolom.`` in the catalogue); a column
    of times names the office's zone, ``Waktu (WITA)``, since its cells are on that clock."""
    return [
        terjemah("kolom.dalam_zona", kolom=terjemah(f"kolom.{k}"), zona=nama_zona())
        if k in KOLOM_WAKTU
        else terjemah(f"kolom.{k}")
        for k in kolom
    ]


def lebar_terminal() -> int | None:
    """The terminal's width: ``COLUMNS`` if set, else stdout's terminal; None when stdout is
    not a terminal (a file or a pipe gets every column whole)."""
    kolom = os.environ.get("COLUMNS", "")
    if kolom.isdigit() and int(kolom) > 0:
        return int(kolom)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return None


def sesuaikan(asli: Sequence[int], muat: Muat, batas: int) -> dict[int, int]:
    """The width of each column shown (by index), fitted to ``batas`` as ``muat`` allows."""
    lebar = dict(enumerate(asli))
    terkecil = {i: min(w, LEBAR_MIN) if i in muat.lentur else w for i, w in lebar.items()}
    for i in muat.buang:
        if _total({k: terkecil[k] for k in lebar}) <= batas:
            break
        del lebar[i]
    while _total(lebar) > batas:
        bisa = [i for i in lebar if i in muat.lentur and lebar[i] > terkecil[i]]
        if not bisa:
            break
        lebar[max(bisa, key=lambda i: lebar[i])] -= 1
    return lebar


def _total(lebar: dict[int, int]) -> int:
    return sum(lebar.values()) + JARAK * max(len(lebar) - 1, 0)


def _potong(teks: str, lebar: int) -> str:
    return teks if len(teks) <= lebar else teks[: lebar - 1] + ELIPSIS


def tabel_lipat(
    judul: Sequence[str], baris: Sequence[Sequence[str]], lebar_layar: int, paling_sempit: int
) -> str | None:
    """Like :func:`tabel`, with the last column wrapped so that each line fits ``lebar_layar``.

    None when the other columns leave the last one fewer than ``paling_sempit`` characters.
    """
    lebar = [max(len(x) for x in kolom) for kolom in zip(judul, *baris, strict=True)]
    kiri = sum(lebar[:-1]) + 2 * (len(lebar) - 1)
    lebar[-1] = min(lebar[-1], lebar_layar - kiri)
    if lebar[-1] < paling_sempit:
        return None
    garis: list[str] = []
    for b in [judul, *baris]:
        potongan = textwrap.wrap(b[-1], lebar[-1], break_on_hyphens=False) or [""]
        awal = [c.ljust(w) for c, w in zip(b[:-1], lebar, strict=False)]
        garis.append("  ".join([*awal, potongan[0]]).rstrip())
        garis.extend(" " * kiri + p for p in potongan[1:])
    garis.insert(1, "  ".join("-" * w for w in lebar))
    return "\n".join(garis)


def cetak_verifikasi(hasil: Sequence[HasilVerifikasi], segel: Sequence[str] = ()) -> None:
    """The verification table on stdout (times in the office's zone, reasons in words), the
    signing certificates, a warning for test certificates, ``segel`` (each archive folder's
    seal, in words), then the count of valid files.

    A file signed more than once (or a Lembar whose participants the archive lists) is
    followed by a row per signature, its role, level and verdict, and a row per listed
    participant it has no signature of."""
    kolom = ["berkas", "dokumen", "penanda_tangan", "peran", "waktu", "tingkat", "putusan"]
    baris = [b for h in hasil for b in _baris_verifikasi(h)]
    tanpa = set()
    if not any(h.jenis for h in hasil):  # no archive: no document column to read
        tanpa.add(1)
    if not any(t.peran for h in hasil for t in h.tanda_tangan):  # no field sidik names
        tanpa.add(3)
    tampil = [i for i in range(len(kolom) + 1) if i not in tanpa]
    judul = [terjemah(f"kolom.{k}") for k in [*kolom, "alasan"]]
    click.echo(tabel([judul[i] for i in tampil], [[b[i] for i in tampil] for b in baris]))
    click.echo(terjemah("verifikasi.zona", zona=nama_zona()))
    for kalimat in [*tampilan.sertifikat(hasil), tampilan.peringatan_uji(hasil), *segel]:
        if kalimat:
            click.echo(kalimat)
    sah = sum(1 for h in hasil if h.putusan is Putusan.VALID)
    click.echo(terjemah("hasil.valid", sah=sah, jumlah=len(hasil)))


def _baris_verifikasi(h: HasilVerifikasi) -> list[list[str]]:
    """The file's row, then (see :func:`pipeline.verify.tampilan.rinci`) one per signature,
    numbered in signing order, and one per participant without a signature."""
    terakhir = h.tanda_tangan[-1].peran if h.tanda_tangan else ""
    baris = [
        [
            str(h.berkas),
            tampilan.dokumen(h),
            h.penanda_tangan,
            tampilan.peran(terakhir),
            tampilan.tanggal(h.waktu),
            h.tingkat,
            h.putusan.value,
            tampilan.alasan(h),
        ]
    ]
    if tampilan.rinci(h):
        baris += [[f"  {n}.", "", *tampilan.ttd(t)] for n, t in enumerate(h.tanda_tangan, 1)]
        baris += [["  -", "", *b] for b in tampilan.peserta_tanpa_ttd(h)]
    return baris
