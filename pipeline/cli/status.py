"""Commands that read a cycle's state from the ledger: status, log, due."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

import click

from pipeline import ledger
from pipeline.alur.berikutnya import LangkahBerikutnya, langkah_berikutnya
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.cli.tabel import Muat, kepala, tabel
from pipeline.config import Config
from pipeline.ledger.catatan import Peristiwa, SaringJejak
from pipeline.ledger.dik_kini import ItemKini
from pipeline.ledger.ringkasan import StatusSiklus
from pipeline.ledger.sop import Langkah, Peran
from pipeline.messages import terjemah
from pipeline.zona import di_kantor, iso_kantor, nama_zona

# log: waktu siklus langkah peran pelaksana oleh aksi item keterangan. Shortened: the words;
# left out on a narrow terminal, in order: who ran it, the role, the official, the step.
MUAT_LOG = Muat(lentur=frozenset({2, 3, 4, 5, 8}), buang=(5, 3, 4, 2))
# due: berakhir sisa siklus item judul unit pasal. Shortened: the title and the unit's name.
MUAT_DUE = Muat(lentur=frozenset({4, 5}))
# dik: no judul unit pasal jangka berakhir siklus item; its ended exemptions: no judul unit
# pasal berakhir sebab siklus item. Shortened: the title, the unit's name, the period/why.
MUAT_DIK = Muat(lentur=frozenset({1, 2, 4}))
MUAT_BERAKHIR = Muat(lentur=frozenset({1, 2, 5}))
JSON = click.option("--json", "sebagai_json", is_flag=True, help="Keluaran JSON untuk skrip.")


@cli.command()
@click.argument("siklus_id", metavar="[SIKLUS]", required=False)
@click.option("--all", "semua_siklus", is_flag=True, help="Juga siklus yang sudah diarsipkan.")
@JSON
@pass_konteks
def status(k: Konteks, siklus_id: str | None, semua_siklus: bool, sebagai_json: bool) -> None:
    """Keadaan siklus per langkah SOP: pelaksana, mulai, selesai, tenggat hari kerja.

    Tanpa SIKLUS: siklus yang masih berjalan (--all: juga yang sudah diarsipkan).
    Tenggat dihitung dari mutu baku SOP (1, 1, 2, 2 hari kerja; arsip 1 jam), melewati
    akhir pekan, libur nasional, cuti bersama dan [kalender] libur_kantor.

    \b
    Contoh:
      sidik status
      sidik status --all
      sidik status dik-20261127-1 --json
    """
    c = k.config()
    semua = ledger.status(c.jalur.ledger, c.kalender.libur_kantor, siklus_id)
    if siklus_id is None and not semua_siklus:
        terbuka = [s for s in semua if not s.selesai]
        if not terbuka and not sebagai_json:
            click.echo(terjemah("status.tidak_ada_terbuka", jumlah=len(semua)))
            return
        semua = terbuka
    if sebagai_json:
        click.echo(json.dumps([_status_json(s) for s in semua], indent=2, ensure_ascii=False))
        return
    click.echo("\n\n".join(_status_teks(s, langkah_berikutnya(c, s)) for s in semua))


def _waktu(w: datetime | None, jam: bool = True) -> str:
    """``w`` on the office's clock (its zone is named in the column's header), or "-"."""
    if w is None:
        return "-"
    w = di_kantor(w)
    return f"{w:%Y-%m-%d %H:%M}" if jam else f"{w:%Y-%m-%d}"


def _status_teks(s: StatusSiklus, berikutnya: LangkahBerikutnya | None) -> str:
    keputusan = ", ".join(f"{k} {n}" for k, n in sorted(s.keputusan.items())) or "-"
    judul = terjemah(
        "status.judul",
        siklus=s.siklus.id,
        workbook=s.siklus.workbook,
        dibuka=f"{_waktu(s.siklus.dibuka)} {nama_zona()}",
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
    teks = judul + "\n" + tabel(kepala(kolom), baris)
    return teks if berikutnya is None else f"{teks}\n{berikutnya.teks()}"


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
        "dibuka": iso_kantor(s.siklus.dibuka),
        "tanggal": s.siklus.tanggal.isoformat(),
        "keputusan": s.keputusan,
        "dikembalikan_oleh": [p.value for p in s.dikembalikan],
        "diarsipkan": s.selesai,
        "langkah": [
            {
                "nomor": b.nomor,
                "langkah": b.langkah.value,
                "peran": b.peran.value,
                "pejabat": b.pejabat,
                "mulai": iso_kantor(b.mulai) or None,
                "selesai": iso_kantor(b.selesai) or None,
                "tenggat": iso_kantor(b.tenggat) or None,
                "terlambat": b.terlambat,
            }
            for b in s.langkah
        ],
    }


@cli.command()
@click.argument("siklus_id", metavar="[SIKLUS]", required=False)
@click.option("--siklus", "siklus_opsi", metavar="SIKLUS", help="Hanya peristiwa siklus ini.")
@click.option("--item", "item_no", type=click.IntRange(1), help="Hanya peristiwa item nomor ini.")
@click.option(
    "--langkah",
    type=click.Choice([lk.value for lk in Langkah]),
    help="Hanya langkah SOP ini.",
)
@click.option("--peran", type=click.Choice([p.value for p in Peran]), help="Hanya peran ini.")
@click.option(
    "--sejak",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Hanya peristiwa sejak tanggal ini (zona waktu kantor).",
)
@click.option(
    "--pelaku",
    metavar="LOGIN",
    help="Hanya peristiwa yang dilakukan login ini (CLI: login sistem; web: akun).",
)
@JSON
@pass_konteks
def log(
    k: Konteks,
    siklus_id: str | None,
    siklus_opsi: str | None,
    item_no: int | None,
    langkah: str | None,
    peran: str | None,
    sejak: datetime | None,
    pelaku: str | None,
    sebagai_json: bool,
) -> None:
    """Jejak audit: setiap peristiwa siklus, berurutan (siapa, peran, kapan, hash).

    Tabel selebar terminal: teks panjang dipendekkan dengan …, kolom yang tidak muat
    ditinggalkan (id tidak pernah dipotong); --json memuat semuanya.

    \b
    Contoh:
      sidik log
      sidik log dik-20261127-1 --json
      sidik log --langkah tinjau --peran tim_pertimbangan --sejak 2026-12-01
      sidik log --siklus dik-20261127-1 --item 3
      sidik log --pelaku maya --json
    """
    saring = SaringJejak(
        siklus=siklus_opsi or siklus_id,
        item_no=item_no,
        langkah=Langkah(langkah) if langkah else None,
        peran=Peran(peran) if peran else None,
        sejak=sejak.date() if sejak else None,
        pengguna=pelaku or None,
    )
    peristiwa = ledger.jejak(k.config().jalur.ledger, saring)
    if sebagai_json:
        data = [_peristiwa_json(p) for p in peristiwa]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    kolom = [*("waktu", "siklus", "langkah", "peran", "pelaksana", "oleh"), "aksi", "item"]
    kolom.append("keterangan")
    baris = [
        [
            f"{di_kantor(p.waktu):%Y-%m-%d %H:%M:%S}" if p.waktu else "-",
            p.siklus,
            terjemah(f"sop.{p.langkah.value}"),
            terjemah(f"peran.{p.peran.value}"),
            _pelaksana(p),
            f"{p.pengguna or '?'} ({p.saluran})",
            p.aksi,
            str(p.item_no or ""),
            _ringkas(p.keterangan, p.sha256_masuk, p.sha256_keluar),
        ]
        for p in peristiwa
    ]
    click.echo(tabel(kepala(kolom), baris, MUAT_LOG))


def _peristiwa_json(p: Peristiwa) -> dict[str, Any]:
    """An event with its codes and, beside each, the words the table shows."""
    return {
        **asdict(p),
        "waktu": iso_kantor(p.waktu) or None,
        "langkah_teks": terjemah(f"sop.{p.langkah.value}"),
        "peran_teks": terjemah(f"peran.{p.peran.value}"),
        "pelaku": p.pengguna,
        "pelaku_teks": _pelaku_teks(p),
    }


def _pelaksana(p: Peristiwa) -> str:
    """The official of the event, "atas nama" when someone else performed it (events from
    before sidik recorded this were all performed by the CLI on the officials' behalf)."""
    if p.atas_nama is False:
        return _nama(p.pejabat)
    return terjemah("log.atas_nama", pejabat=_nama(p.pejabat))


def _pelaku_teks(p: Peristiwa) -> str:
    """Who performed the event, as a sentence: as the official, or on their behalf."""
    pesan = "log.oleh_atas_nama" if p.atas_nama is not False else "log.oleh_sendiri"
    return terjemah(
        pesan,
        pelaku=p.pengguna or "?",
        saluran=p.saluran,
        peran=terjemah(f"peran.{p.peran.value}"),
        pejabat=_nama(p.pejabat),
    )


def _ringkas(keterangan: str, masuk: str | None, keluar: str | None) -> str:
    sha = f"{(masuk or '-')[:8]}→{(keluar or '-')[:8]}" if masuk or keluar else ""
    return "  ".join(x for x in (keterangan, sha) if x)


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

    Dihitung dari tanggal tanda tangan siklus yang diarsipkan, atas DIK terkini yang sama
    dengan 'sidik dik' dan 'sidik publish': yang sudah diuji ulang dalam siklus lebih baru
    (dibuka, atau dikecualikan dengan syarat tertulis) tidak dicantumkan. Unit disebut
    dengan namanya di sidik.toml; judul yang panjang dipendekkan agar tabel muat di
    terminal.

    \b
    Contoh:
      sidik due --within 180
    """
    config = k.config()
    daftar = ledger.jatuh_tempo_dalam(config.jalur.ledger, dalam_hari)
    if sebagai_json:
        data = [
            {
                **asdict(j),
                "ditetapkan": str(j.ditetapkan),
                "berakhir": str(j.berakhir),
                "unit_kerja_teks": nama_unit(config, j.unit_kerja),
            }
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
            nama_unit(config, j.unit_kerja),
            j.pasal17_huruf,
        ]
        for j in daftar
    ]
    click.echo(tabel([terjemah(f"kolom.{x}") for x in kolom], baris, MUAT_DUE))
    click.echo(terjemah("due.ringkas", jumlah=len(daftar)))


@cli.command()
@JSON
@pass_konteks
def dik(k: Konteks, sebagai_json: bool) -> None:
    """DIK badan publik saat ini: setiap informasi yang dikecualikan di semua siklus arsip.

    Keputusan terbaru atas setiap informasi (dikenali dari judul dan unit kerjanya) yang
    berlaku: yang dibuka dalam siklus lebih baru atau yang jangka waktunya telah habis
    dicantumkan terpisah sebagai pengecualian berakhir, dengan tanggal dan siklus yang
    mengakhirinya. 'sidik publish' menerbitkan daftar yang sama dari arsip.

    \b
    Contoh:
      sidik dik
      sidik dik --json
    """
    config = k.config()
    kini = ledger.dik_kini_di(config.jalur.ledger)
    if sebagai_json:
        data = {
            "tanggal": str(kini.tanggal),
            "berlaku": [_json_kini(config, i) for i in kini.berlaku],
            "berakhir": [_json_kini(config, i) for i in kini.berakhir],
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if not kini.berlaku and not kini.berakhir:
        click.echo(terjemah("dik.kosong"))
        return
    if kini.berlaku:
        click.echo(_tabel_kini(config, kini.berlaku))
    click.echo(terjemah("dik.ringkas", jumlah=len(kini.berlaku), tanggal=kini.tanggal))
    if kini.berakhir:
        click.echo(terjemah("dik.berakhir", jumlah=len(kini.berakhir)))
        click.echo(_tabel_berakhir(config, kini.berakhir))


def _json_kini(config: Config, i: ItemKini) -> dict[str, Any]:
    dibuka = i.dibuka
    return {
        "siklus": i.siklus,
        "no": i.no,
        "judul": i.judul,
        "unit_kerja": i.unit_kerja,
        "pasal17_huruf": i.pasal17_huruf,
        "jangka_waktu": i.jangka_waktu,
        "ditetapkan": str(i.ditetapkan),
        "berakhir": str(i.berakhir) if i.berakhir else None,
        "unit_kerja_teks": nama_unit(config, i.unit_kerja),
        "dibuka": {**asdict(dibuka), "tanggal": str(dibuka.tanggal)} if dibuka else None,
    }


def _tabel_kini(config: Config, daftar: tuple[ItemKini, ...]) -> str:
    """The items numbered 1..n, each with where its exemption was set."""
    kolom = ("no", "judul", "unit", "pasal", "jangka", "berakhir", "siklus", "item")
    baris = [
        [
            str(n),
            i.judul,
            nama_unit(config, i.unit_kerja),
            i.pasal17_huruf,
            i.jangka_waktu,
            str(i.berakhir or "-"),
            i.siklus,
            str(i.no),
        ]
        for n, i in enumerate(daftar, 1)
    ]
    return tabel([terjemah(f"kolom.{x}") for x in kolom], baris, MUAT_DIK)


def _tabel_berakhir(config: Config, daftar: tuple[ItemKini, ...]) -> str:
    """The ended exemptions: the day and the cycle that ended each, and why."""
    kolom = ("no", "judul", "unit", "pasal", "berakhir", "sebab", "siklus", "item")
    baris = [
        [
            str(n),
            i.judul,
            nama_unit(config, i.unit_kerja),
            i.pasal17_huruf,
            str(i.berakhir),
            terjemah("dik.sebab.dibuka" if i.dibuka else "dik.sebab.habis"),
            i.diakhiri_oleh,
            str(i.dibuka.no if i.dibuka else i.no),
        ]
        for n, i in enumerate(daftar, 1)
    ]
    return tabel([terjemah(f"kolom.{x}") for x in kolom], baris, MUAT_BERAKHIR)


def nama_unit(config: Config, unit_kerja: str) -> str:
    """The unit's name from ``sidik.toml`` as other commands show it (its code if unknown)."""
    unit = config.cari_unit(unit_kerja)
    return unit.nama if unit else unit_kerja
