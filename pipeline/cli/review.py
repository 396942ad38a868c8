"""Step 3, the Tim Pertimbangan's review: ``review sheet``, ``review apply``, ``review change``."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.alur import putuskan
from pipeline.alur.berikutnya import untuk_siklus
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import (
    PAKSA_TANGGAL_RAPAT,
    SIKLUS,
    TANGGAL_RAPAT,
    pass_konteks,
    tanggal_dari,
)
from pipeline.messages import terjemah
from pipeline.model import Keputusan


@cli.group()
def review() -> None:
    """Langkah 3: tinjauan Tim Pertimbangan (lembar tinjauan dan keputusannya)."""


@review.command("sheet")
@click.argument("tujuan", required=False, type=click.Path(path_type=Path))
@SIKLUS
@pass_konteks
def review_sheet(k: Konteks, tujuan: Path | None, siklus_id: str | None) -> None:
    """Tulis lembar tinjauan (satu baris per informasi, pilihan Keputusan dan Catatan).

    Bawaan: output/tinjauan-<siklus>.xlsx.

    \b
    Contoh:
      sidik review sheet
      sidik review sheet /tmp/tinjauan.xlsx --siklus dik-20261127-1
    """
    h = putuskan.tulis_lembar(k.config(), siklus_id, tujuan)
    jumlah = h.belum + sum(h.jumlah.values())
    pesan = terjemah(
        "hasil.lembar_tinjauan", siklus=h.siklus, jumlah=jumlah, belum=h.belum, berkas=h.berkas
    )
    click.echo(pesan)


@review.command("apply")
@click.argument("berkas", required=False, type=click.Path(path_type=Path))
@click.option(
    "--all",
    "semua",
    type=click.Choice([k.value for k in Keputusan]),
    help="Satu keputusan untuk setiap informasi yang belum berkeputusan (rapat Tim "
    "Pertimbangan); keputusan yang sudah tercatat tidak diubah.",
)
@click.option("--note", "catatan", default="", help="Catatan keputusan (wajib untuk --all).")
@TANGGAL_RAPAT
@PAKSA_TANGGAL_RAPAT
@SIKLUS
@pass_konteks
def review_apply(
    k: Konteks,
    berkas: Path | None,
    semua: str | None,
    catatan: str,
    tanggal: object,
    paksa_tanggal: bool,
    siklus_id: str | None,
) -> None:
    """Catat keputusan Tim Pertimbangan dari lembar tinjauan yang telah diisi.

    --all hanya memutus informasi yang belum berkeputusan; keputusan yang tercatat (mis. Dibuka)
    diubah hanya dengan 'sidik review change'. --tanggal adalah hari rapat Tim yang memutus;
    Lembar Pengujian Konsekuensi setiap informasi yang diputus bertanggal hari itu.

    \b
    Contoh:
      sidik review apply input/review.xlsx --tanggal 2026-11-27
      sidik review apply --all dikecualikan --note "Rapat Tim 27/11/2026"
    """
    if (berkas is None) == (semua is None):
        raise click.UsageError(terjemah("tinjauan.berkas_atau_semua"))
    h = putuskan.putuskan(
        k.config(),
        berkas,
        siklus_id,
        Keputusan(semua) if semua else None,
        catatan,
        tanggal_dari(tanggal),
        paksa_tanggal,
    )
    _cetak(h, k)


@review.command("change")
@click.argument("no", type=int)
@click.option(
    "--keputusan",
    required=True,
    type=click.Choice([k.value for k in Keputusan]),
    help="Keputusan yang baru.",
)
@click.option("--alasan", default="", help="Mengapa keputusan diubah (wajib; dicatat di log).")
@TANGGAL_RAPAT
@PAKSA_TANGGAL_RAPAT
@SIKLUS
@pass_konteks
def review_change(
    k: Konteks,
    no: int,
    keputusan: str,
    alasan: str,
    tanggal: object,
    paksa_tanggal: bool,
    siklus_id: str | None,
) -> None:
    """Ubah satu keputusan yang sudah tercatat (sebelum siklus ditandatangani).

    Log mencatat keputusan lama dan baru beserta alasannya.

    \b
    Contoh:
      sidik review change 7 --keputusan dikecualikan --alasan "Rapat Tim 28/11/2026"
    """
    hari = tanggal_dari(tanggal)
    h = putuskan.ubah_keputusan(
        k.config(), no, Keputusan(keputusan), alasan, siklus_id, hari, paksa_tanggal
    )
    _cetak(h, k)


def _cetak(h: putuskan.HasilTinjauan, k: Konteks) -> None:
    """The decisions recorded, then the cycle's next step (from the ledger)."""
    click.echo(
        terjemah(
            "hasil.tinjauan",
            siklus=h.siklus,
            diubah=h.diubah,
            belum=h.belum,
            dikecualikan=h.jumlah.get("dikecualikan", 0),
            dibuka=h.jumlah.get("dibuka", 0),
            perbaiki=h.jumlah.get("perbaiki", 0),
        )
    )
    if h.dilewati:
        click.echo(terjemah("hasil.tinjauan_dilewati", jumlah=h.dilewati))
    if h.menunggu:
        click.echo(terjemah("hasil.tinjauan_menunggu_anggota", nama=", ".join(h.menunggu)))
    if h.selesai and h.diubah:
        click.echo(terjemah("hasil.tinjauan_selesai"))
    berikutnya = untuk_siklus(k.config(), h.siklus)
    if berikutnya is not None:
        click.echo(berikutnya.teks())
