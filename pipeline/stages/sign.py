"""Stage sign: the Atasan PPID's PAdES signature, visible in each document's signature block
(a decree's: the one under "Ditetapkan di", not the Lampiran's).

Each initialled PDF (its paraf and footer statement already drawn by the paraf stage) is
signed at the PAdES level configured for its document type into ``ttd/``.
:func:`perpanjang_arsip` later raises archived files to B-LT/B-LTA as a new archive revision.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from pipeline.config import Config
from pipeline.errors import InputInvalid
from pipeline.hashing import sha256_berkas
from pipeline.model import Arsip, Dokumen, DokumenTertandatangan, JenisDokumen, Siklus
from pipeline.progres import peta
from pipeline.signing import pades
from pipeline.signing.dasar import OpsiTtd, Penanda, PenandaLokal
from pipeline.signing.penanda import PenandaPkcs12
from pipeline.signing.stempel import siapkan_stempel, tautan_verifikasi
from pipeline.signing.tampilan import cari_kotak_ttd, jangkar_untuk
from pipeline.stages.archive import NAMA_MANIFEST, Tandai, arsipkan_revisi
from pipeline.stages.lembar import (
    PESERTA_MENANDATANGANI,
    PenandaPeserta,
    punya_medan_peserta,
    sign_lembar,
)
from pipeline.stages.paraf_ttd import periksa_paraf_semua
from pipeline.zona import zona


def sign(
    dokumen: Sequence[Dokumen],
    siklus: Siklus,
    config: Config,
    penanda: Penanda,
    lapor: Callable[[int], None] | None = None,
    peserta: PenandaPeserta | None = None,
    tercatat: Mapping[str, str] | None = None,
) -> list[DokumenTertandatangan]:
    """Sign every initialled PDF into ``ttd/`` of the work folder, once each one's paraf is
    checked (:func:`periksa_paraf_semua`; ``tercatat``: each file as the last recorded act
    left it).

    With a key file the batch is spread over the cores (each forked worker inherits the key
    loaded once); a token or a remote service signs here, one document after another.
    ``lapor(n)`` hears how many documents are done. With ``peserta`` (the participants' own
    signers) each Lembar Pengujian Konsekuensi is signed by everyone who tested its item, and
    each Berita Acara by everyone present at its meeting, before the Atasan PPID
    (:mod:`pipeline.stages.lembar`); without, by the Atasan PPID alone.
    """
    ttd = config.penandatanganan

    def satu(dok: Dokumen) -> DokumenTertandatangan:
        tujuan = siklus.folder_kerja / "ttd" / dok.path.name
        opsi = OpsiTtd(
            ttd.tingkat_untuk(dok.jenis.value), tautan_verifikasi(ttd.url_verifikasi, dok.path)
        )
        if peserta is not None and _lembar_peserta(dok, peserta):
            waktu = sign_lembar(dok, tujuan, config, penanda, peserta, opsi)
        else:
            kotak = cari_kotak_ttd(dok.path, config.atasan_ppid.nama, jangkar_untuk(dok.jenis))
            waktu = penanda.tanda_tangani(dok.path, tujuan, kotak, opsi)
        return DokumenTertandatangan(
            dokumen=Dokumen(dok.jenis, dok.nama, tujuan, dok.item_no, dok.unit_kerja),
            penanda_tangan=penanda.identitas.nama,  # as the certificate names them
            waktu=waktu,
            sha256=sha256_berkas(tujuan),
        )

    periksa_paraf_semua(dokumen, config, tercatat)  # the paraf signed by its PPID, or none signed
    semua = [penanda, *(peserta.penanda.values() if peserta is not None else ())]
    for lokal in (p for p in semua if isinstance(p, PenandaLokal)):
        for tingkat in {ttd.tingkat_untuk(d.jenis.value) for d in dokumen}:
            lokal.konteks(tingkat)  # revocation checked once, before the workers fork
    if isinstance(penanda, PenandaLokal):
        siapkan_stempel(penanda.identitas, datetime.now(zona()))  # the font too
    proses = None if isinstance(penanda, PenandaPkcs12) else 1
    return peta(satu, dokumen, lapor, proses)


def _lembar_peserta(dok: Dokumen, peserta: PenandaPeserta) -> bool:
    """Whether ``dok`` is a Lembar or a Berita Acara its participants sign (all of them when
    their signers are given; otherwise those with the participants' fields, which the paraf
    stage makes)."""
    if dok.jenis not in PESERTA_MENANDATANGANI:
        return False
    if dok.jenis is JenisDokumen.BERITA_ACARA and dok.nama not in peserta.rapat:
        return False
    return bool(peserta.penanda) or punya_medan_peserta(dok.path)


def perpanjang_arsip(
    jalur: Sequence[Path],
    config: Config,
    tingkat: str = "B-LTA",
    tandai: Tandai | None = None,
) -> list[Arsip]:
    """Raise archived PDFs to ``tingkat`` (B-LT or B-LTA), filed as a new archive revision.

    ``jalur`` names archived PDFs or archive folders. The archived files are only read; the
    upgraded copies go into ``<cycle>-rN/`` beside each archive folder, with a manifest that
    points to the previous one (signed by ``tandai`` when given).
    """
    if tingkat not in ("B-LT", "B-LTA"):
        raise InputInvalid("ttd.tingkat_perpanjang", tingkat=tingkat)
    if not config.penandatanganan.tsa_url and tingkat == "B-LTA":
        raise InputInvalid("ttd.tsa_tidak_ada")
    akar = pades.muat_akar(config.verifikasi.akar_tepercaya)
    hasil = []
    for folder, berkas in _per_folder_arsip(jalur).items():
        with tempfile.TemporaryDirectory(prefix="sidik-perpanjang-") as tmp:
            baru = {}
            for pdf in berkas:
                baru[pdf.name] = Path(tmp) / pdf.name
                pades.perpanjang(pdf, baru[pdf.name], tingkat, config.penandatanganan.tsa_url, akar)
            keterangan = {
                "pades": tingkat,
                "perpanjangan": {
                    "waktu": datetime.now(zona()).isoformat(timespec="seconds"),
                    "tsa": config.penandatanganan.tsa_url,
                },
            }
            hasil.append(arsipkan_revisi(folder, baru, keterangan, tandai))
    return hasil


def _per_folder_arsip(jalur: Sequence[Path]) -> dict[Path, list[Path]]:
    kelompok: dict[Path, list[Path]] = defaultdict(list)
    for j in jalur:
        pdf = sorted(j.glob("*.pdf")) if j.is_dir() else [j]
        if not pdf or not all(p.is_file() for p in pdf):
            raise InputInvalid("berkas.tidak_ada", berkas=str(j))
        for p in pdf:
            if not (p.parent / NAMA_MANIFEST).is_file():
                raise InputInvalid("ttd.bukan_arsip", berkas=str(p))
            kelompok[p.parent.resolve()].append(p)
    return dict(kelompok)
