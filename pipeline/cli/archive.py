"""archive, archive list, archive check: filing a signed cycle (SOP step 5) and its register."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.alur import arsipkan
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import (
    SIKLUS,
    minta_sandi,
    pass_konteks,
    tanggal_dari,
)
from pipeline.cli.runtime import pelapor
from pipeline.cli.tabel import kepala, tabel
from pipeline.errors import VerificationFailed
from pipeline.messages import terjemah
from pipeline.verify import tampilan
from pipeline.verify.arsip import LaporanRevisi
from pipeline.zona import iso_kantor


@cli.group(invoke_without_command=True)
@SIKLUS
@pass_konteks
def archive(k: Konteks, siklus_id: str | None) -> None:
    """Langkah 5: arsipkan ke output/arsip/TTTT/BB/HH/<siklus>/ dengan manifest.json.

    Tanpa subperintah: mengarsipkan siklus. 'sidik archive list' menampilkan register arsip,
    'sidik archive check' memeriksa arsip terhadap manifest dan register.

    \b
    Contoh:
      sidik archive
      sidik archive list --huruf h --json
      sidik archive check
    """
    if click.get_current_context().invoked_subcommand is not None:
        return
    hasil = arsipkan.arsipkan(k.config(), siklus_id, pelapor(k.quiet), minta_sandi())
    pesan = "hasil.siklus" if hasil.arsip.baru else "siklus.sudah_diarsipkan"
    click.echo(
        terjemah(
            pesan,
            siklus=hasil.siklus.id,
            jumlah=len(hasil.arsip.dokumen),
            folder=hasil.arsip.folder,
        )
    )


@archive.command("list")
@click.option("--siklus", help="Hanya siklus ini.")
@click.option("--dari", type=click.DateTime(["%Y-%m-%d"]), help="Ditandatangani sejak tanggal.")
@click.option("--sampai", type=click.DateTime(["%Y-%m-%d"]), help="Ditandatangani s.d. tanggal.")
@click.option("--unit", help="Kode unit kerja.")
@click.option("--huruf", help="Huruf Pasal 17 (a-j).")
@click.option("--penanda-tangan", "penanda", help="Nama (sebagian) penanda tangan.")
@click.option("--json", "sebagai_json", is_flag=True, help="Hasil sebagai JSON.")
@pass_konteks
def archive_list(
    k: Konteks,
    siklus: str | None,
    dari: object,
    sampai: object,
    unit: str | None,
    huruf: str | None,
    penanda: str | None,
    sebagai_json: bool,
) -> None:
    """Register arsip: setiap dokumen yang diarsipkan, dengan penyaring.

    \b
    Contoh:
      sidik archive list
      sidik archive list --dari 2026-01-01 --huruf h --json
    """
    saring = arsipkan.SaringArsip(
        siklus, tanggal_dari(dari), tanggal_dari(sampai), unit, huruf, penanda
    )
    entri = arsipkan.daftar_arsip(k.config(), saring)
    if sebagai_json:
        click.echo(
            json.dumps(
                [
                    {
                        "siklus": e.siklus,
                        "revisi": e.revisi,
                        "path": e.path,
                        "sha256": e.sha256,
                        "unit_kerja": e.unit_kerja,
                        "pasal17_huruf": e.pasal17_huruf,
                        "penanda_tangan": e.penanda_tangan,
                        "waktu_ttd": iso_kantor(e.waktu_ttd),
                    }
                    for e in entri
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    kolom = ("siklus", "revisi", "berkas", "unit", "huruf", "penanda_tangan", "waktu")
    click.echo(
        tabel(
            kepala(kolom),
            [
                [
                    e.siklus,
                    str(e.revisi),
                    e.path,
                    e.unit_kerja,
                    e.pasal17_huruf,
                    e.penanda_tangan,
                    iso_kantor(e.waktu_ttd),
                ]
                for e in entri
            ],
        )
    )
    click.echo(terjemah("arsip.jumlah_register", jumlah=len(entri)))


@archive.command("check")
@click.argument("jalur", required=False, type=click.Path(path_type=Path))
@pass_konteks
def archive_check(k: Konteks, jalur: Path | None) -> None:
    """Periksa arsip: berkas hilang, berkas tak tercatat, hash beda, rantai manifest, register.

    Per revisi: SHA-256 manifest terhadap ledger, tanda tangan manifest (manifest.json.p7s)
    sah / tidak ada / tidak sah, dan hash tiap berkas terhadap manifest. Keluar 0 hanya bila
    tidak ada masalah.

    \b
    Contoh:
      sidik archive check
      sidik archive check output/arsip/2026
    """
    config = k.config()
    akar = jalur or config.jalur.keluaran / "arsip"
    hasil = arsipkan.periksa(config, jalur)
    click.echo(_tabel_revisi(hasil.laporan))
    if not hasil.masalah:
        click.echo(terjemah("arsip.beres", folder=akar, jumlah=hasil.revisi))
        return
    click.echo(
        tabel(
            [terjemah("kolom.kode"), terjemah("kolom.berkas"), terjemah("kolom.masalah")],
            [
                [m.kode, str(m.path), terjemah(m.message_id, **dict(m.params))]
                for m in hasil.masalah
            ],
        )
    )
    raise VerificationFailed("arsip.bermasalah", jumlah=len(hasil.masalah), folder=str(akar))


def _tabel_revisi(laporan: list[LaporanRevisi]) -> str:
    """One row per revision: manifest vs ledger, manifest signature and who sealed it (from
    its certificate), files vs manifest."""
    kolom = ("revisi", "folder", "manifest_ledger", "ttd_manifest", "penyegel", "berkas")
    return tabel(
        [terjemah(f"kolom.{c}") for c in kolom],
        [
            [
                str(r.nomor),
                str(r.folder),
                terjemah(f"arsip.ledger.{r.ledger}"),
                terjemah(f"arsip.status_ttd.{r.ttd.value}"),
                tampilan.penyegel(r.penyegel),
                terjemah("arsip.berkas_utuh", utuh=r.utuh, bermasalah=r.bermasalah),
            ]
            for r in laporan
        ],
    )
