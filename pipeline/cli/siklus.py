"""Commands for the SOP workflow: review sheet/apply, status, log, due."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import click

from pipeline import alur, ledger, tinjauan
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import SIKLUS, pass_konteks
from pipeline.cli.tabel import tabel
from pipeline.errors import ExitCode
from pipeline.ledger.laporan import StatusSiklus
from pipeline.messages import terjemah
from pipeline.model import Keputusan

JSON = click.option("--json", "sebagai_json", is_flag=True, help="Keluaran JSON untuk skrip.")


def cetak_tunggu(tunggu: alur.Tunggu, workbook: Path | None) -> NoReturn:
    """Say what the cycle waits for and who must act, then exit 13 (not a failure)."""
    wb = str(workbook) if workbook else "BUKU_KERJA"
    s, n = tunggu.siklus.id, len(tunggu.items)
    if tunggu.jenis == "perbaikan":
        click.echo(terjemah("hasil.menunggu_perbaikan", siklus=s, jumlah=n, workbook=wb))
        for c in tunggu.items:
            click.echo(
                terjemah(
                    "hasil.item_perbaikan", no=c.item.no, judul=c.item.judul, catatan=c.catatan
                )
            )
    else:
        click.echo(terjemah("hasil.menunggu_tinjauan", siklus=s, jumlah=n, workbook=wb))
    sys.exit(ExitCode.REVIEW_PENDING)


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
    h = tinjauan.tulis_lembar(k.config(), siklus_id, tujuan)
    jumlah = h.belum + sum(h.jumlah.values())
    click.echo(terjemah("hasil.lembar_tinjauan", siklus=h.siklus, jumlah=jumlah, berkas=h.berkas))


@review.command("apply")
@click.argument("berkas", required=False, type=click.Path(path_type=Path))
@click.option(
    "--all",
    "semua",
    type=click.Choice([k.value for k in Keputusan]),
    help="Satu keputusan untuk seluruh daftar (rapat Tim Pertimbangan).",
)
@click.option("--note", "catatan", default="", help="Catatan keputusan (wajib untuk --all).")
@SIKLUS
@pass_konteks
def review_apply(
    k: Konteks, berkas: Path | None, semua: str | None, catatan: str, siklus_id: str | None
) -> None:
    """Catat keputusan Tim Pertimbangan dari lembar tinjauan yang telah diisi.

    \b
    Contoh:
      sidik review apply input/review.xlsx
      sidik review apply --all dikecualikan --note "Rapat Tim 27/11/2026"
    """
    if (berkas is None) == (semua is None):
        raise click.UsageError(terjemah("tinjauan.berkas_atau_semua"))
    h = tinjauan.terapkan(
        k.config(), berkas, siklus_id, Keputusan(semua) if semua else None, catatan
    )
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
    if h.selesai and h.diubah:
        click.echo(terjemah("hasil.tinjauan_selesai"))


@cli.command()
@click.argument("siklus_id", metavar="[SIKLUS]", required=False)
@JSON
@pass_konteks
def status(k: Konteks, siklus_id: str | None, sebagai_json: bool) -> None:
    """Keadaan siklus per langkah SOP: pelaksana, mulai, selesai, tenggat hari kerja.

    Tenggat dihitung dari mutu baku SOP (1, 1, 2, 2 hari kerja; arsip 1 jam), melewati
    akhir pekan, libur nasional, cuti bersama dan [kalender] libur_kantor.

    \b
    Contoh:
      sidik status
      sidik status dik-20261127-1 --json
    """
    c = k.config()
    semua = ledger.status(c.jalur.ledger, c.kalender.libur_kantor, siklus_id)
    if sebagai_json:
        click.echo(json.dumps([_status_json(s) for s in semua], indent=2, ensure_ascii=False))
        return
    click.echo("\n\n".join(_status_teks(s) for s in semua))


def _waktu(w: datetime | None, jam: bool = True) -> str:
    if w is None:
        return "-"
    return f"{w:%Y-%m-%d %H:%M}" if jam else f"{w:%Y-%m-%d}"


def _status_teks(s: StatusSiklus) -> str:
    keputusan = ", ".join(f"{k} {n}" for k, n in sorted(s.keputusan.items())) or "-"
    judul = terjemah(
        "status.judul",
        siklus=s.siklus.id,
        workbook=s.siklus.workbook,
        dibuka=_waktu(s.siklus.dibuka),
        keputusan=keputusan,
    )
    kolom = ("langkah", "peran", "pelaksana", "mulai", "selesai", "tenggat", "keadaan")
    baris = [
        [
            terjemah(f"sop.{b.langkah.value}"),
            terjemah(f"peran.{b.peran.value}"),
            _nama(b.pejabat) or "-",
            _waktu(b.mulai),
            _waktu(b.selesai),
            _waktu(b.tenggat, jam=b.langkah.value == "arsip"),
            _keadaan(b.mulai, b.selesai, b.terlambat),
        ]
        for b in s.langkah
    ]
    return judul + "\n" + tabel([terjemah(f"kolom.{x}") for x in kolom], baris)


def _nama(pejabat: str) -> str:
    """Names only (the ledger also keeps each NIP)."""
    return "; ".join(p.split(" (NIP")[0] for p in pejabat.split("; ")) if pejabat else ""


def _keadaan(mulai: datetime | None, selesai: datetime | None, telat: bool) -> str:
    kata = "selesai" if selesai else ("berjalan" if mulai else "menunggu")
    teks = terjemah(f"status.{kata}")
    return f"{teks} {terjemah('status.terlambat')}" if telat else teks


def _status_json(s: StatusSiklus) -> dict[str, Any]:
    return {
        "siklus": s.siklus.id,
        "workbook": s.siklus.workbook,
        "dibuka": s.siklus.dibuka.isoformat(),
        "tanggal": s.siklus.tanggal.isoformat(),
        "keputusan": s.keputusan,
        "diarsipkan": s.selesai,
        "langkah": [
            {
                "nomor": b.nomor,
                "langkah": b.langkah.value,
                "peran": b.peran.value,
                "pejabat": b.pejabat,
                "mulai": b.mulai.isoformat() if b.mulai else None,
                "selesai": b.selesai.isoformat() if b.selesai else None,
                "tenggat": b.tenggat.isoformat() if b.tenggat else None,
                "terlambat": b.terlambat,
            }
            for b in s.langkah
        ],
    }


@cli.command()
@click.argument("siklus_id", metavar="[SIKLUS]", required=False)
@JSON
@pass_konteks
def log(k: Konteks, siklus_id: str | None, sebagai_json: bool) -> None:
    """Jejak audit: setiap peristiwa siklus, berurutan (siapa, peran, kapan, hash).

    \b
    Contoh:
      sidik log
      sidik log dik-20261127-1 --json
    """
    peristiwa = ledger.jejak(k.config().jalur.ledger, siklus_id)
    if sebagai_json:
        data = [{**asdict(p), "waktu": p.waktu.isoformat() if p.waktu else None} for p in peristiwa]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    kolom = ("waktu", "siklus", "langkah", "peran", "pelaksana", "aksi", "item", "keterangan")
    baris = [
        [
            f"{p.waktu:%Y-%m-%d %H:%M:%S}" if p.waktu else "-",
            p.siklus,
            terjemah(f"sop.{p.langkah.value}"),
            terjemah(f"peran.{p.peran.value}"),
            _nama(p.pejabat),
            p.aksi,
            str(p.item_no or ""),
            _ringkas(p.keterangan, p.sha256_masuk, p.sha256_keluar),
        ]
        for p in peristiwa
    ]
    click.echo(tabel([terjemah(f"kolom.{x}") for x in kolom], baris))


def _ringkas(keterangan: str, masuk: str | None, keluar: str | None) -> str:
    sha = f"{(masuk or '-')[:8]}→{(keluar or '-')[:8]}" if masuk or keluar else ""
    return "  ".join(x for x in (keterangan[:60], sha) if x)


@cli.command()
@click.option(
    "--within",
    "dalam_hari",
    type=click.IntRange(0, 36500),
    default=90,
    show_default=True,
    help="Jangka waktu yang berakhir dalam sekian hari.",
)
@JSON
@pass_konteks
def due(k: Konteks, dalam_hari: int, sebagai_json: bool) -> None:
    """Informasi dikecualikan yang jangka waktunya segera berakhir (UU KIP Pasal 20).

    Dihitung dari tanggal tanda tangan siklus yang diarsipkan; yang sudah diuji ulang
    dalam siklus lebih baru tidak dicantumkan.

    \b
    Contoh:
      sidik due --within 180
    """
    daftar = ledger.jatuh_tempo_dalam(k.config().jalur.ledger, dalam_hari)
    if sebagai_json:
        data = [
            {**asdict(j), "ditetapkan": str(j.ditetapkan), "berakhir": str(j.berakhir)}
            for j in daftar
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if not daftar:
        click.echo(terjemah("due.kosong", hari=dalam_hari))
        return
    kolom = ("berakhir", "sisa", "siklus", "item", "judul", "unit", "pasal")
    baris = [
        [
            str(j.berakhir),
            str(j.sisa_hari),
            j.siklus,
            str(j.no),
            j.judul,
            j.unit_kerja,
            j.pasal17_huruf,
        ]
        for j in daftar
    ]
    click.echo(tabel([terjemah(f"kolom.{x}") for x in kolom], baris))
    click.echo(terjemah("due.ringkas", jumlah=len(daftar)))
