"""Plain-text tables for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

import click

from pipeline.messages import terjemah
from pipeline.verify.periksa import HasilVerifikasi, Putusan


def tabel(judul: Sequence[str], baris: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell."""
    lebar = [max(len(str(x)) for x in kolom) for kolom in zip(judul, *baris, strict=True)]
    garis = [
        "  ".join(str(c).ljust(w) for c, w in zip(b, lebar, strict=True)).rstrip()
        for b in [judul, *baris]
    ]
    garis.insert(1, "  ".join("-" * w for w in lebar))
    return "\n".join(garis)


def cetak_verifikasi(hasil: Sequence[HasilVerifikasi]) -> None:
    """The verification table on stdout, then the count of valid files."""
    judul = [
        terjemah(f"kolom.{k}") for k in ("berkas", "penanda_tangan", "waktu", "putusan", "alasan")
    ]
    baris = [
        [
            str(h.berkas),
            h.penanda_tangan,
            h.waktu,
            h.putusan.value,
            "; ".join(terjemah(a.message_id, **dict(a.params)) for a in h.alasan),
        ]
        for h in hasil
    ]
    click.echo(tabel(judul, baris))
    sah = sum(1 for h in hasil if h.putusan is Putusan.VALID)
    click.echo(terjemah("hasil.valid", sah=sah, jumlah=len(hasil)))
