"""sign, sign extend: the Atasan PPID's PAdES signature (SOP step 4) and long-term levels."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.alur import arsipkan, tandatangani, ttd_peserta
from pipeline.cli import Konteks, cli
from pipeline.cli.hasil import cetak_langkah, teks_menunggu_peserta
from pipeline.cli.kemajuan import bilah_kemajuan
from pipeline.cli.opsi import (
    SIKLUS,
    minta_sandi,
    pass_konteks,
)
from pipeline.cli.runtime import pelapor
from pipeline.messages import terjemah


@cli.group(invoke_without_command=True)
@SIKLUS
@click.option(
    "--peran",
    type=click.Choice(["ppid_pelaksana", "tim_pertimbangan", "atasan_ppid"]),
    default="atasan_ppid",
    show_default=True,
    help="Siapa yang menandatangani: peserta uji konsekuensi (di Lembar) atau Atasan PPID.",
)
@click.option("--nip", help="NIP peserta itu (wajib bila perannya dipegang lebih dari satu).")
@pass_konteks
def sign(k: Konteks, siklus_id: str | None, peran: str, nip: str | None) -> None:
    """Tanda tangan elektronik PAdES: peserta uji di Lembar, lalu Atasan PPID (langkah 4).

    Setiap peserta uji konsekuensi (PPID Pelaksana, lalu setiap anggota Tim Pertimbangan yang
    hadir) menandatangani Lembar Pengujian Konsekuensi dengan kuncinya sendiri, berurutan;
    Atasan PPID menandatangani semua dokumen terakhir. Tanpa subperintah: menandatangani
    siklus. 'sidik sign extend' menaikkan arsip ke B-LT/B-LTA.

    \b
    Contoh:
      sidik sign --peran ppid_pelaksana
      sidik sign --peran tim_pertimbangan --nip 197805142005011003
      SIDIK_SANDI_PKCS12=... sidik sign
      sidik sign extend output/arsip/2026/11/27/dik-2f6b060f41b9
    """
    if click.get_current_context().invoked_subcommand is not None:
        return
    if peran != "atasan_ppid":
        _sign_peserta(k, siklus_id, peran, nip)
        return
    hasil = tandatangani.tandatangani(
        k.config(),
        siklus_id,
        minta_sandi(),
        pelapor(k.quiet),
        kemajuan=bilah_kemajuan(k.quiet),
    )
    cetak_langkah(hasil)


def _sign_peserta(k: Konteks, siklus_id: str | None, peran: str, nip: str | None) -> None:
    """One participant signs the Lembar that wait for them; then says who is next."""
    ttd = ttd_peserta.tandatangani_lembar(
        k.config(),
        peran,
        nip,
        siklus_id,
        minta_sandi(),
        pelapor(k.quiet),
        kemajuan=bilah_kemajuan(k.quiet),
    )
    hasil, p = ttd.hasil, ttd.peserta.pejabat
    click.echo(terjemah("hasil.ttd_peserta", nama=p.nama, jumlah=hasil.jumlah, folder=hasil.folder))
    if hasil.tunggu is not None:
        click.echo(teks_menunggu_peserta(hasil.tunggu))
    else:
        click.echo(terjemah("hasil.peserta_lengkap", siklus=hasil.siklus.id))


@sign.command("extend")
@click.argument("jalur", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--tingkat",
    type=click.Choice(["B-LT", "B-LTA"]),
    default="B-LTA",
    show_default=True,
    help="Tingkat PAdES tujuan.",
)
@pass_konteks
def sign_extend(k: Konteks, jalur: tuple[Path, ...], tingkat: str) -> None:
    """Tambahkan data validasi jangka panjang (B-LT/B-LTA) ke PDF yang sudah diarsipkan.

    Berkas arsip tidak pernah diubah: salinan yang dinaikkan disimpan sebagai revisi arsip
    baru <siklus>-rN/ di sebelah folder arsip, dengan manifest.json yang menunjuk manifest
    sebelumnya dan disegel dengan kunci Operator yang mengarsipkan (manifest.json.p7s; tidak
    dengan BSrE).

    \b
    Contoh:
      sidik sign extend output/arsip/2026/11/27/dik-2f6b060f41b9
      sidik sign extend --tingkat B-LT output/arsip/2026/11/27/dik-2f6b060f41b9/daftar.pdf
    """
    config, lapor = k.config(), pelapor(k.quiet)
    for arsip in arsipkan.perpanjang(config, list(jalur), tingkat, minta_sandi(), lapor):
        click.echo(
            terjemah(
                "hasil.perpanjang", jumlah=len(arsip.dokumen), tingkat=tingkat, folder=arsip.folder
            )
        )
