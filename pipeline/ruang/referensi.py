"""``docs/konfigurasi.md`` and ``docs/kode-keluar.md``, generated from the code so they cannot
drift: each key, its type, default and description from its declaration in the records of
:mod:`pipeline.config` (:func:`pipeline.deklarasi.bagian`), the codes from
:class:`pipeline.errors.ExitCode`; this module only adds one sentence per code.

Regenerate with ``python -m pipeline.ruang.referensi docs``; a test fails when they differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.config import Config
from pipeline.deklarasi import Jenis, KunciToml, bagian
from pipeline.errors import ExitCode

ARTI_KODE = {
    ExitCode.OK: "berhasil",
    ExitCode.ERROR: "galat internal tak terduga (satu baris; --verbose menampilkan jejak)",
    ExitCode.USAGE: "penggunaan perintah salah",
    ExitCode.INPUT_INVALID: "masukan tidak sah: berkas tidak ada atau tidak terbaca, masalah "
    "buku kerja, siklus tidak dikenal, folder init tidak kosong",
    ExitCode.CONFIG_INVALID: "sidik.toml tidak ada atau tidak sah",
    ExitCode.DEPENDENCY_MISSING: "program atau font yang diperlukan tidak ada; server SMTP "
    "notifikasi tidak dapat dipakai (sidik notify)",
    ExitCode.SIGNING_FAILED: "penandatanganan gagal, atau ditolak sebelum dokumen pertama: sandi "
    "salah; sertifikat kedaluwarsa, dicabut, tidak tepercaya, bukan untuk tanda tangan, tidak "
    "sepasang dengan kunci, atau bukan milik Atasan PPID di sidik.toml",
    ExitCode.VERIFICATION_FAILED: "verifikasi: paling sedikit satu berkas tidak VALID; arsip "
    "tidak utuh (archive check, publish)",
    ExitCode.LOCK_HELD: "ruang kerja sedang dipakai proses sidik lain",
    ExitCode.ARCHIVE_CONFLICT: "sidik akan menimpa berkas arsip",
    ExitCode.CONVERSION_FAILED: "LibreOffice tidak menghasilkan PDF",
    ExitCode.TEMPLATE_INVALID: "templat tidak ada atau rusak",
    ExitCode.STEP_NOT_READY: "langkah dijalankan sebelum langkah yang mendahuluinya",
    ExitCode.REVIEW_PENDING: "bukan kegagalan: siklus menunggu keputusan Tim Pertimbangan "
    "atau perbaikan Operator",
    ExitCode.CHECK_FAILED: "sidik doctor: paling sedikit satu pemeriksaan gagal",
    ExitCode.OUTPUT_REFUSED: "sidik menolak menulis: tujuan sudah ada dan bukan keluaran sidik "
    "yang dapat dibuat ulang, berupa tautan simbolik, berada di dalam arsip, atau tidak dapat "
    "ditulis (disk penuh, hanya-baca, tanpa izin); tidak ada yang ditulis",
    ExitCode.ACT_REFUSED: "tindakan ditolak: dengan [alur] tindakan_pribadi, paraf, keputusan "
    "Tim dan tanda tangan hanya oleh pejabatnya sendiri (pengguna di sidik.toml), pengarsipan "
    "bukan oleh pejabat lain",
}


def _bawaan(k: KunciToml) -> str:
    if k.wajib:
        return "**wajib**"
    if k.bawaan is None or k.jenis in (Jenis.TABEL, Jenis.DAFTAR_TABEL, Jenis.TABEL_BEBAS):
        return "–"
    return f"`{json.dumps(k.bawaan, ensure_ascii=False)}`"


def teks_konfigurasi() -> str:
    """The configuration reference, one table per ``sidik.toml`` table."""
    baris = [
        "# Rujukan konfigurasi `sidik.toml`",
        "",
        "<!-- Dibuat oleh `python -m pipeline.ruang.referensi docs` dari deklarasi setiap kunci "
        "(pipeline/deklarasi.py) di pipeline/config/ dan pipeline/model.py; jangan disunting. -->",
        "",
        "Kunci yang tidak dikenal ditolak dengan namanya; kunci wajib yang tidak ada disebut. "
        "Jalur relatif dihitung dari folder `sidik.toml`.",
    ]
    for tabel, skema in bagian(Config):
        baris += ["", f"## `[{tabel}]`", "", "| kunci | jenis | bawaan | keterangan |"]
        baris += ["|---|---|---|---|"]
        baris += [
            f"| `{nama}` | {k.jenis.value} | {_bawaan(k)} | {k.keterangan()} |"
            for nama, k in skema.items()
        ]
    return "\n".join(baris) + "\n"


def teks_kode_keluar() -> str:
    """The exit-code reference, from :class:`ExitCode`."""
    baris = [
        "# Kode keluar `sidik`",
        "",
        "<!-- Dibuat oleh `python -m pipeline.ruang.referensi docs` dari pipeline/errors.py; "
        "jangan disunting. -->",
        "",
        "Kode keluar adalah antarmuka yang stabil: skrip boleh bergantung padanya.",
        "",
        "| kode | nama | arti |",
        "|---|---|---|",
    ]
    baris += [f"| {k.value} | `{k.name}` | {ARTI_KODE[k]} |" for k in ExitCode]
    return "\n".join(baris) + "\n"


def tulis(folder: Path) -> None:
    """Write both references into ``folder``."""
    (folder / "konfigurasi.md").write_text(teks_konfigurasi(), encoding="utf-8")
    (folder / "kode-keluar.md").write_text(teks_kode_keluar(), encoding="utf-8")


if __name__ == "__main__":
    tulis(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
