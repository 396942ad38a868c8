"""Commands for auditors and citizens: verify."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.atomic import tulis_teks_atomik
from pipeline.berkas import periksa_tujuan
from pipeline.cli import Konteks, cli
from pipeline.cli.opsi import pass_konteks
from pipeline.cli.tabel import cetak_verifikasi
from pipeline.errors import ConfigInvalid, VerificationFailed
from pipeline.messages import terjemah
from pipeline.verify import tampilan
from pipeline.verify.kurungan import BATAS_BAWAAN
from pipeline.verify.laporan_verifikasi import ke_html, ke_json, laporan_sidik
from pipeline.verify.model import HasilVerifikasi, Putusan
from pipeline.zona import ZONA, atur_zona

if TYPE_CHECKING:
    from asn1crypto.x509 import Certificate

    from pipeline.verify.ttd_manifest import SegelArsip


@cli.command()
@click.argument("jalur", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--akar",
    "akar",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Sertifikat akar tepercaya (PEM/DER), mis. akar BSrE; bawaan: [verifikasi] di "
    "sidik.toml; wajib di luar ruang kerja.",
)
@click.option("--json", "sebagai_json", is_flag=True, help="Hasil sebagai JSON di stdout.")
@click.option(
    "--report",
    "laporan",
    type=click.Path(path_type=Path),
    help="Tulis laporan HTML mandiri yang dapat dicetak.",
)
@click.option(
    "--tunggu-revokasi",
    "tunggu_revokasi",
    type=click.FloatRange(min=0.1),
    default=BATAS_BAWAAN.detik_revokasi,
    show_default=True,
    help="Detik menunggu tiap jawaban OCSP/CRL; yang tidak menjawab: INDETERMINATE TRY_LATER.",
)
@click.option(
    "--zona",
    type=click.Choice(list(ZONA)),
    help="Zona waktu tampilan: WIB, WITA atau WIT (bawaan: [instansi] zona di sidik.toml; "
    "di luar ruang kerja WIB).",
)
@pass_konteks
def verify(
    k: Konteks,
    jalur: tuple[Path, ...],
    akar: tuple[Path, ...],
    sebagai_json: bool,
    laporan: Path | None,
    tunggu_revokasi: float,
    zona: str | None,
) -> None:
    """Periksa tanda tangan PDF (berkas, folder, atau seluruh arsip).

    Untuk setiap berkas: keutuhan, rantai sertifikat ke akar tepercaya, perubahan setelah
    ditandatangani, tingkat PAdES, dan SHA-256 terhadap manifest.json. Keluar 0 hanya bila
    setiap berkas VALID. Status pencabutan yang tidak dapat diperiksa (OCSP/CRL tidak menjawab)
    menjadi INDETERMINATE TRY_LATER, tidak pernah VALID; berkas rusak mendapat putusan
    INVALID FORMAT_FAILURE tanpa menghentikan pemeriksaan berkas lain. Waktu dalam zona
    kantor ([instansi] zona; di luar ruang kerja WIB, kecuali --zona); berkas arsip disebut
    dengan dokumen dan informasinya; tanda tangan yang berakar pada sertifikat BUKAN UNTUK
    PRODUKSI ditandai "sertifikat uji — bukan untuk keperluan resmi".

    \b
    Contoh:
      sidik verify output/arsip
      sidik verify dokumen.pdf --akar akar-bsre.pem --json
      sidik verify output/arsip --report laporan.html
      sidik verify dokumen.pdf --akar akar-bsre.pem --zona WITA
    """
    _atur_zona(k, zona)
    if laporan is not None:  # refused before a long verification, not after
        periksa_tujuan(laporan, laporan_sidik, k.arsip())
    akar_dipakai = list(akar) or _akar_ruang_kerja(k)
    from pipeline.verify.periksa import muat_akar, verifikasi  # pyhanko: only here

    batas = replace(BATAS_BAWAAN, detik_revokasi=tunggu_revokasi)
    tepercaya = muat_akar(akar_dipakai)
    hasil = verifikasi(list(jalur), tepercaya, batas)
    segel = _segel(hasil, tepercaya) if not sebagai_json or laporan is not None else []
    if sebagai_json:
        click.echo(ke_json(hasil))
    else:
        cetak_verifikasi(hasil, [tampilan.teks_segel(s, str(s.folder)) for s in segel])
    if laporan is not None:
        tulis_teks_atomik(laporan, ke_html(hasil, akar_dipakai, jalur, segel))
        click.echo(terjemah("laporan.ditulis", berkas=laporan), err=True)
    tidak_sah = sum(1 for h in hasil if h.putusan is not Putusan.VALID)
    if tidak_sah:
        raise VerificationFailed("verifikasi.tidak_sah", tidak_sah=tidak_sah, jumlah=len(hasil))


def _segel(hasil: list[HasilVerifikasi], akar: list[Certificate]) -> list[SegelArsip]:
    """Each verified archive folder's seal: its signature, and who sealed it."""
    from pipeline.verify.ttd_manifest import segel_arsip  # pyhanko: only here

    return segel_arsip((h.berkas for h in hasil), akar)


def _atur_zona(k: Konteks, zona: str | None) -> None:
    """Times in ``zona`` if given, else in the workspace's zone (WIB outside a workspace)."""
    k.arsip()  # loading the workspace's sidik.toml (once) puts the process in its zone
    if zona is not None:
        atur_zona(zona)


def _akar_ruang_kerja(k: Konteks) -> list[Path]:
    """The workspace's trust roots; outside a workspace, how to name them with --akar."""
    if not k.config_path.is_file():
        raise ConfigInvalid("verifikasi.tanpa_akar", berkas=str(k.config_path))
    return list(k.config().verifikasi.akar_tepercaya)
