"""Plain-text tables for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

import click

from pipeline.messages import terjemah
from pipeline.verify import tampilan
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


def cetak_verifikasi(hasil: Sequence[HasilVerifikasi]) -> None:
    """The verification table on stdout (times in the office's zone, reasons in words), the
    signing certificates, a warning for test certificates, then the count of valid files."""
    kolom = ["berkas", "dokumen", "penanda_tangan", "waktu", "tingkat", "putusan", "alasan"]
    baris = [_baris_verifikasi(h) for h in hasil]
    if not any(h.jenis for h in hasil):  # no archive: no document column to read
        kolom, baris = kolom[:1] + kolom[2:], [b[:1] + b[2:] for b in baris]
    click.echo(tabel([terjemah(f"kolom.{k}") for k in kolom], baris))
    click.echo(terjemah("verifikasi.zona", zona=tampilan.nama_zona()))
    for kalimat in [*tampilan.sertifikat(hasil), tampilan.peringatan_uji(hasil)]:
        if kalimat:
            click.echo(kalimat)
    sah = sum(1 for h in hasil if h.putusan is Putusan.VALID)
    click.echo(terjemah("hasil.valid", sah=sah, jumlah=len(hasil)))


def _baris_verifikasi(h: HasilVerifikasi) -> list[str]:
    return [
        str(h.berkas),
        tampilan.dokumen(h),
        h.penanda_tangan,
        tampilan.tanggal(h.waktu),
        h.tingkat,
        h.putusan.value,
        tampilan.alasan(h),
    ]
