"""Commands for setting up an office: init, doctor, completion."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click
from click.shell_completion import get_completion_class

from pipeline import __version__
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import minta_sandi, pass_konteks
from pipeline.errors import CheckFailed
from pipeline.messages import terjemah
from pipeline.model import Pejabat, UnitKerja
from pipeline.ruang.baru import HasilInit, buat_ruang
from pipeline.ruang.dokter import periksa_ruang, workbook_berikutnya
from pipeline.ruang.konfigurasi import CONTOH, DataRuang
from pipeline.ruang.temuan import Status, Temuan, ringkasan
from pipeline.zona import BAWAAN as BAWAAN_ZONA
from pipeline.zona import ZONA

_PEJABAT = "NAMA;JABATAN;NIP[;PARAF]"


def _pejabat(_ctx: click.Context, param: click.Parameter, nilai: object) -> object:
    """Parse ``NAMA;JABATAN;NIP[;PARAF]`` (one value or several)."""
    if nilai is None:
        return None
    if isinstance(nilai, tuple):
        return tuple(_satu_pejabat(v, param) for v in nilai)
    return _satu_pejabat(str(nilai), param)


def _satu_pejabat(teks: str, param: click.Parameter) -> Pejabat:
    bagian = [b.strip() for b in teks.split(";")]
    if len(bagian) not in (3, 4) or not all(bagian[:3]):
        raise click.BadParameter(terjemah("ruang.pejabat_salah", nilai=teks), param=param)
    nip = bagian[2].replace(" ", "")
    if not (len(nip) == 18 and nip.isdigit()):
        raise click.BadParameter(terjemah("konfig.nip"), param=param)
    return Pejabat(bagian[0], bagian[1], nip, bagian[3] if len(bagian) == 4 else "")


def _unit(_ctx: click.Context, param: click.Parameter, nilai: tuple[str, ...]) -> object:
    """Parse ``KODE=Nama`` work units."""
    hasil = []
    for teks in nilai:
        kode, _, nama = teks.partition("=")
        if not kode.strip() or not nama.strip():
            raise click.BadParameter(terjemah("ruang.unit_salah", nilai=teks), param=param)
        hasil.append(UnitKerja(kode.strip(), nama.strip()))
    return tuple(hasil)


def _opsi_pejabat(nama: str, banyak: bool = False):  # type: ignore[no-untyped-def]
    bantuan = "Anggota Tim Pertimbangan (boleh berulang)" if banyak else f"Pejabat {nama}"
    return click.option(
        f"--{nama}",
        metavar=_PEJABAT,
        multiple=banyak,
        callback=_pejabat,
        help=f"{bantuan}: {_PEJABAT}.",
    )


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--pemerintah", help="Pemerintah daerah (baris pertama kop surat).")
@click.option("--dinas", help="Nama dinas atau badan publik.")
@click.option("--alamat", help="Alamat kantor (baris kop surat).")
@click.option("--kota", help="Kota tempat penetapan dan penandatanganan.")
@click.option(
    "--zona",
    type=click.Choice(list(ZONA)),
    default=BAWAAN_ZONA,
    show_default=True,
    help="Zona waktu kantor ([instansi] zona): waktu tanda tangan, log dan tenggat.",
)
@click.option(
    "--unit",
    "unit",
    multiple=True,
    metavar="KODE=NAMA",
    callback=_unit,
    help="Unit kerja (boleh berulang).",
)
@_opsi_pejabat("operator")
@_opsi_pejabat("ppid-pelaksana")
@_opsi_pejabat("tim-pertimbangan", banyak=True)
@_opsi_pejabat("atasan-ppid")
@click.option(
    "--pki-dev/--tanpa-pki-dev",
    "pki_dev",
    default=True,
    show_default=True,
    help="Buat PKI pengembangan (kunci uji) di certs/dev/.",
)
@click.option(
    "--tanya/--tanpa-tanya",
    "tanya",
    default=None,
    help="Tanyakan isian yang tidak diberikan (bawaan: bila ada terminal).",
)
@pass_konteks
def init(
    k: Konteks, folder: Path, pki_dev: bool, tanya: bool | None, zona: str, **isian: object
) -> None:
    """Buat ruang kerja baru untuk satu badan publik di FOLDER.

    Berisi sidik.toml, templat bawaan (untuk disunting), input/ dengan buku kerja operator
    kosong, output/ kosong, dan PKI pengembangan. Isian yang tidak diberikan ditanyakan di
    terminal; tanpa terminal diisi nilai contoh bertanda GANTI. Folder yang tidak kosong tidak
    pernah ditimpa. Sandi kunci sungguhan tidak pernah ditulis ke berkas.

    \b
    Contoh:
      sidik init dik-dukcapil
      sidik init dik-diskominfo --zona WITA
      sidik init ruang --dinas "DINAS KOMUNIKASI DAN INFORMATIKA" --unit SEKRE=Sekretariat \\
        --atasan-ppid "Dr. Siti, M.Si.;Kepala Dinas selaku Atasan PPID;197001012000032001"
    """
    tanya = sys.stdin.isatty() if tanya is None else tanya
    data = replace(_data_ruang(isian, tanya), zona=zona)
    hasil = buat_ruang(folder, data, pki_dev=pki_dev)
    _cetak_init(hasil, k.quiet)


def _data_ruang(isian: dict[str, object], tanya: bool) -> DataRuang:
    """The agency's values: given as options, asked on a terminal, or the placeholders."""

    def nilai(kunci: str, contoh: object) -> object:
        if isian.get(kunci):
            return isian[kunci]
        return _tanya(kunci, contoh) if tanya else contoh

    return DataRuang(
        pemerintah=str(nilai("pemerintah", CONTOH.pemerintah)),
        dinas=str(nilai("dinas", CONTOH.dinas)),
        alamat=str(nilai("alamat", CONTOH.alamat)),
        kota=str(nilai("kota", CONTOH.kota)),
        unit_kerja=nilai("unit", CONTOH.unit_kerja),  # type: ignore[arg-type]
        operator=nilai("operator", CONTOH.operator),  # type: ignore[arg-type]
        ppid_pelaksana=nilai("ppid_pelaksana", CONTOH.ppid_pelaksana),  # type: ignore[arg-type]
        tim_pertimbangan=nilai("tim_pertimbangan", CONTOH.tim_pertimbangan),  # type: ignore[arg-type]
        atasan_ppid=nilai("atasan_ppid", CONTOH.atasan_ppid),  # type: ignore[arg-type]
    )


def _tanya(kunci: str, contoh: object) -> object:
    """Ask for one value on the terminal; an empty answer keeps the placeholder."""
    if isinstance(contoh, str):
        return click.prompt(terjemah(f"ruang.tanya.{kunci}"), default=contoh, err=True)
    if kunci == "unit":
        teks = _tanya_daftar(terjemah("ruang.tanya.unit"))
        return _unit(click.get_current_context(), click.Option(["--unit"]), teks) or contoh
    param = click.Option([f"--{kunci}"])
    if kunci == "tim_pertimbangan":
        teks = _tanya_daftar(terjemah("ruang.tanya.tim_pertimbangan", format=_PEJABAT))
        return tuple(_satu_pejabat(t, param) for t in teks) or contoh
    jawab = click.prompt(
        terjemah(f"ruang.tanya.{kunci}", format=_PEJABAT), default="", show_default=False, err=True
    )
    return _satu_pejabat(jawab, param) if jawab.strip() else contoh


def _tanya_daftar(prompt: str) -> tuple[str, ...]:
    """Ask repeatedly until an empty answer."""
    hasil = []
    while jawab := click.prompt(prompt, default="", show_default=False, err=True).strip():
        hasil.append(jawab)
    return tuple(hasil)


def _cetak_init(hasil: HasilInit, quiet: bool) -> None:
    click.echo(terjemah("ruang.dibuat", folder=hasil.folder, workbook=hasil.workbook))
    if hasil.pki is not None:
        click.echo(terjemah("ruang.pki_dev", akar=hasil.pki.akar, p12=hasil.pki.p12))
    if hasil.contoh is not None:
        click.echo(terjemah("ruang.contoh", berkas=hasil.contoh))
    if not quiet:
        click.echo("\n".join(_langkah_init(hasil)))


def _langkah_init(hasil: HasilInit) -> list[str]:
    """The numbered steps after init: edit sidik.toml (if needed), doctor, a first run."""
    toml = hasil.folder / "sidik.toml"
    langkah = []
    if hasil.kunci_toml_ganti:
        kunci = ", ".join(hasil.kunci_toml_ganti)
        langkah.append(terjemah("ruang.langkah_sunting", berkas=toml, kunci=kunci))
    if "unit_kerja" in hasil.isian_contoh:
        langkah.append(terjemah("ruang.langkah_unit", berkas=toml))
    langkah.append(terjemah("ruang.langkah_doctor", folder=hasil.folder))
    if hasil.contoh is not None:
        contoh = hasil.contoh.relative_to(hasil.folder)
        langkah.append(terjemah("ruang.langkah_uji", workbook=contoh))
    workbook = hasil.workbook.relative_to(hasil.folder)
    langkah.append(terjemah("ruang.langkah_run", workbook=workbook))
    judul = terjemah("ruang.berikutnya")
    return [judul, *(f"  {i}. {t}" for i, t in enumerate(langkah, start=1))]


@cli.command()
@click.option("--json", "sebagai_json", is_flag=True, help="Keluaran JSON untuk skrip.")
@pass_konteks
def doctor(k: Konteks, sebagai_json: bool) -> None:
    """Periksa kesiapan ruang kerja dan komputer ini; setiap masalah dengan perbaikannya.

    LibreOffice dan versinya, font templat, kunci penanda tangan (berkas, token, atau BSrE),
    masa berlaku sertifikat (paling sedikit 30 hari lagi) dan rantainya ke akar tepercaya, jam
    sistem terhadap server stempel waktu, templat, ledger, folder keluaran, dan ruang disk.
    Keluar 0 bila semua lulus, 14 bila ada yang gagal.

    \b
    Contoh:
      sidik doctor
      sidik doctor --json
    """
    temuan = periksa_ruang(k.config(), minta_sandi())
    if sebagai_json:
        click.echo(json.dumps(_json(temuan), indent=2, ensure_ascii=False))
    else:
        _cetak_temuan(temuan, k.quiet)
    jumlah = ringkasan(temuan)
    if jumlah[Status.GAGAL]:
        raise CheckFailed("dokter.gagal", gagal=jumlah[Status.GAGAL], jumlah=len(temuan))
    if not sebagai_json:
        click.echo(terjemah("dokter.berikutnya", workbook=workbook_berikutnya(k.config())))


def _cetak_temuan(temuan: list[Temuan], quiet: bool) -> None:
    for t in temuan:
        if quiet and t.status is not Status.GAGAL:
            continue
        label = terjemah(f"dokter.status.{t.status.value}")
        click.echo(f"[{label:^6}] {t.judul()}: {t.pesan()}")
        if t.saran():
            click.echo(f"         {terjemah('dokter.perbaikan')}: {t.saran()}")
    jumlah = ringkasan(temuan)
    click.echo(
        terjemah(
            "dokter.ringkas",
            lulus=jumlah[Status.LULUS],
            peringatan=jumlah[Status.PERINGATAN],
            gagal=jumlah[Status.GAGAL],
            dilewati=jumlah[Status.DILEWATI],
        )
    )


def _json(temuan: list[Temuan]) -> dict[str, object]:
    jumlah = ringkasan(temuan)
    return {
        "sidik": __version__,
        "siap": not jumlah[Status.GAGAL],
        "ringkasan": {s.value: n for s, n in jumlah.items()},
        "pemeriksaan": [
            {
                "kode": t.kode,
                "judul": t.judul(),
                "status": t.status.value,
                "pesan": t.pesan(),
                "perbaikan": t.saran(),
            }
            for t in temuan
        ],
    }


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Cetak skrip pelengkapan otomatis (tab) untuk SHELL.

    Sama dengan _SIDIK_COMPLETE=<shell>_source sidik (fitur bawaan click).

    \b
    Contoh:
      sidik completion bash >> ~/.bashrc
      eval "$(sidik completion zsh)"
    """
    root = click.get_current_context().find_root().command
    kelas = get_completion_class(shell)
    assert kelas is not None
    click.echo(kelas(root, {}, "sidik", "_SIDIK_COMPLETE").source())
