"""SOP step 5: file a signed cycle, register every archived document, and say it once.

If a run is killed after the archive folder was renamed into place but before the ledger
recorded it, the next run finds the folder, checks it against the signed documents and
registers it: the cycle is filed exactly once.
"""

from __future__ import annotations

import platform
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from pipeline import siklus as kerja
from pipeline.errors import ArchiveConflict
from pipeline.hashing import sha256_berkas
from pipeline.ledger.register import EntriArsip, catat_arsip, register_arsip
from pipeline.ledger.sop import Langkah
from pipeline.messages import terjemah
from pipeline.model import Arsip, DokumenTertandatangan, Keputusan
from pipeline.siklus import Jalan, Rencana
from pipeline.stages.archive import NAMA_MANIFEST, archive, bersihkan_sisa, cari_arsip


def arsipkan(j: Jalan, r: Rencana) -> Arsip:
    """File the cycle's signed documents (once); ``baru`` False when filed before."""
    keluaran = j.config.jalur.keluaran
    if kerja.diarsipkan(j.buku, j.siklus.id):
        folder = keluaran / register_arsip(j.buku, j.siklus.id)[0].path
        return Arsip(folder.parent, folder.parent / NAMA_MANIFEST, baru=False)
    kerja.prasyarat(j, r, "archive")
    dokumen = _tertandatangan(j, r)
    ada = cari_arsip(keluaran, j.siklus.id)
    if ada is None:
        bersihkan_sisa(keluaran)
        j.lapor(terjemah("langkah.archive", jumlah=len(dokumen)))
        siklus = replace(j.siklus, hash_item=kerja.hash_items(r.items))
        arsip = archive(dokumen, siklus, keluaran, keterangan(j))
    else:
        arsip = _adopsi(ada, dokumen)
    _daftarkan(j, r, arsip, dokumen)
    return arsip


def _tertandatangan(j: Jalan, r: Rencana) -> list[DokumenTertandatangan]:
    ttd = j.buku.dokumen(j.siklus.id, "sign")
    return [
        DokumenTertandatangan(
            kerja.mutlak(j, ttd[k].dokumen), ttd[k].penanda_tangan, ttd[k].waktu, ttd[k].sha256
        )
        for k in r.kunci
    ]


def _adopsi(folder: Any, dokumen: list[DokumenTertandatangan]) -> Arsip:
    """An archive folder a killed run filed: accepted only if it holds exactly what was signed."""
    berkas = tuple(folder / d.dokumen.path.name for d in dokumen)
    for b, d in zip(berkas, dokumen, strict=True):
        if not b.is_file() or sha256_berkas(b) != d.sha256:
            raise ArchiveConflict("arsip.bentrok", folder=str(folder))
    return Arsip(folder, folder / NAMA_MANIFEST, berkas)


def _daftarkan(j: Jalan, r: Rencana, arsip: Arsip, dokumen: list[DokumenTertandatangan]) -> None:
    keluaran = j.config.jalur.keluaran
    huruf = {i.no: i.pasal17_huruf for i in r.items}
    semua = ",".join(sorted(set(huruf.values())))
    entri = [
        EntriArsip(
            j.siklus.id,
            1,
            (arsip.folder / d.dokumen.path.name).relative_to(keluaran).as_posix(),
            d.sha256,
            d.dokumen.unit_kerja,
            huruf.get(d.dokumen.item_no or 0, semua),
            d.penanda_tangan,
            d.waktu,
        )
        for d in dokumen
    ]
    with j.buku.transaksi():
        catat_arsip(j.buku, entri)
        for d, e in zip(dokumen, entri, strict=True):
            kerja.catat(
                j.buku,
                j.config,
                j.siklus.id,
                Langkah.ARSIP,
                "arsip",
                d.dokumen.item_no,
                d.sha256,
                d.sha256,
                e.path,
            )
        kerja.catat(
            j.buku,
            j.config,
            j.siklus.id,
            Langkah.ARSIP,
            "manifest",
            keluar=sha256_berkas(arsip.manifest),
            keterangan=arsip.manifest.relative_to(keluaran).as_posix(),
        )
        kerja.selesaikan(j.buku, j.config, j.siklus.id, Langkah.ARSIP)


def keterangan(j: Jalan) -> dict[str, Any]:
    """What the manifest says beyond the files: agency, signer, review decisions, tools."""
    config, info = j.config, j.buku.info(j.siklus.id)
    a = config.atasan_ppid
    return {
        "instansi": {"pemerintah": config.instansi.pemerintah, "dinas": config.instansi.dinas},
        "penanda_tangan": {
            "nama": a.nama,
            "jabatan": a.jabatan,
            "nip": a.nip,
            "sertifikat": info.get("sertifikat", {}),
        },
        "pades": "B-B",
        "tinjauan": [
            {"no": c.item.no, "judul": c.item.judul, "keputusan": c.keputusan, "catatan": c.catatan}
            for c in j.buku.items(j.siklus.id)
            if c.keputusan in (Keputusan.DIKECUALIKAN, Keputusan.DIBUKA)
        ],
        "alat": {"libreoffice": info.get("libreoffice", ""), **versi_pustaka()},
    }


def versi_pustaka() -> dict[str, str]:
    """Versions of Python and the libraries that shape the output."""
    hasil = {"python": platform.python_version()}
    for nama in ("pyhanko", "pyhanko-certvalidator", "pypdf", "docxtpl", "openpyxl", "reportlab"):
        try:
            hasil[nama] = version(nama)
        except PackageNotFoundError:
            hasil[nama] = ""
    return hasil
