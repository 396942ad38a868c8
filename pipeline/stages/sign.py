"""Stage sign: the Atasan PPID's PAdES signature, visible in each document's signature block."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.config import Config
from pipeline.hashing import sha256_berkas
from pipeline.model import Dokumen, DokumenTertandatangan, Siklus
from pipeline.signing.penanda import Penanda
from pipeline.signing.tampilan import cari_kotak_ttd


def sign(
    dokumen: Sequence[Dokumen], siklus: Siklus, config: Config, penanda: Penanda
) -> list[DokumenTertandatangan]:
    """Sign every initialled PDF into ``ttd/`` of the work folder."""
    folder = siklus.folder_kerja / "ttd"
    hasil = []
    for dok in dokumen:
        tujuan = folder / dok.path.name
        kotak = cari_kotak_ttd(dok.path, config.atasan_ppid.nama)
        waktu = penanda.tanda_tangani(dok.path, tujuan, kotak)
        hasil.append(
            DokumenTertandatangan(
                dokumen=Dokumen(dok.jenis, dok.kunci, tujuan, dok.item_no, dok.unit_kerja),
                penanda_tangan=config.atasan_ppid.nama,
                waktu=waktu,
                sha256=sha256_berkas(tujuan),
            )
        )
    return hasil
