"""Plain-text tables for the terminal."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import click

from pipeline.messages import terjemah
from pipeline.verify.laporan import teks_alasan
from pipeline.verify.model import HasilVerifikasi, Putusan


def tabel(judul: Sequence[str], baris: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell."""
    lebar = [max(len(str(x)) for x in kolom) for kolom in zip(judul, *baris, strict=True)]
    garis = [
        "  ".join(str(c).ljust(w) for c, w in zip(b, lebar, strict=True)).rstrip()
        for b in [judul, *baris]
    ]
    garis.insert(1, "  ".join("-" * w for w in lebar))
    return "\n".join(garis)


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


def cetak_verifikasi(hasil: Sequence[HasilVerifikasi]) -> None:
    """The verification table on stdout, then the count of valid files."""
    kolom = ("berkas", "penanda_tangan", "waktu", "tingkat", "putusan", "alasan")
    judul = [terjemah(f"kolom.{k}") for k in kolom]
    baris = [
        [
            str(h.berkas),
            h.penanda_tangan,
            h.waktu,
            h.tingkat,
            h.putusan.value,
            "; ".join(f"{a.kode}: {teks_alasan(a)}" for a in h.alasan),
        ]
        for h in hasil
    ]
    click.echo(tabel(judul, baris))
    sah = sum(1 for h in hasil if h.putusan is Putusan.VALID)
    click.echo(terjemah("hasil.valid", sah=sah, jumlah=len(hasil)))
