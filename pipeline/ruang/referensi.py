"""``docs/konfigurasi.md`` and ``docs/kode-keluar.md``, generated from the code so they cannot
drift: the keys and defaults come from :data:`pipeline.config.SKEMA`, the codes from
:class:`pipeline.errors.ExitCode`; this module only adds one sentence per key and per code.

Regenerate with ``python -m pipeline.ruang.referensi docs``; a test fails when they differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pipeline.config import SKEMA, WAJIB, WAJIB_TABEL
from pipeline.errors import ExitCode

KETERANGAN = {
    "instansi.pemerintah": "Pemerintah daerah, baris pertama kop surat.",
    "instansi.dinas": "Nama dinas atau badan publik, baris kedua kop surat.",
    "instansi.alamat": "Alamat kantor (dan laman) di bawah kop surat.",
    "instansi.kota": "Kota tempat dokumen ditetapkan dan ditandatangani.",
    "penomoran.pola": "Pola nomor surat dengan {kode} {urut} {unit} {tahun}.",
    "penomoran.kode": "Kode klasifikasi arsip di nomor surat.",
    "penomoran.unit": "Singkatan unit di nomor surat.",
    "unit_kerja.kode": "Kode unit kerja (dipakai di buku kerja).",
    "unit_kerja.nama": "Nama unit kerja (juga diterima di buku kerja).",
    "unit_kerja.ppid_pelaksana": "Tabel pejabat PPID Pelaksana unit ini (nama, jabatan, nip, "
    "paraf); bila tidak ada, PPID Pelaksana umum yang memaraf.",
    **{
        f"pejabat.{peran}.{k}": teks
        for peran in ("operator", "ppid_pelaksana", "tim_pertimbangan", "atasan_ppid")
        for k, teks in {
            "nama": "Nama lengkap dengan gelar.",
            "jabatan": "Jabatan seperti tertulis di dokumen.",
            "nip": "NIP, 18 angka.",
            "paraf": "Inisial paraf (bawaan: dari nama).",
            "pengguna": "Login pejabat ini (pengguna sistem operasi di CLI): tindakannya "
            "tercatat sebagai tindakannya sendiri, bukan atas namanya.",
        }.items()
    },
    "penandatanganan.metode": "Letak kunci: pkcs12 (berkas), pkcs11 (token), bsre (layanan).",
    "penandatanganan.pkcs12": "Berkas kunci PKCS#12 (.p12); wajib untuk metode pkcs12.",
    "penandatanganan.sandi_env": "Variabel lingkungan berisi sandi PKCS#12.",
    "penandatanganan.sandi_berkas": "Berkas sandi; HANYA untuk kunci pengembangan di certs/dev/.",
    "penandatanganan.alasan": "Alasan penandatanganan di tanda tangan PDF.",
    "penandatanganan.lokasi": "Lokasi penandatanganan di tanda tangan PDF.",
    "penandatanganan.url_verifikasi": "Alamat di kode QR stempel; {sha256} = SHA-256 PDF "
    "sebelum ditandatangani.",
    "penandatanganan.tingkat": "Tingkat PAdES bawaan: B-B, B-T, B-LT, B-LTA.",
    "penandatanganan.tingkat_jenis": "Tingkat PAdES per jenis dokumen (tabel di bawah).",
    "penandatanganan.tsa_url": "Server stempel waktu (RFC 3161); wajib untuk selain B-B.",
    "penandatanganan.teks_kaki": "Pernyataan tanda tangan elektronik di kaki setiap halaman.",
    "penandatanganan.pkcs11": "Tabel token PKCS#11 (di bawah).",
    "penandatanganan.bsre": "Tabel layanan BSrE (di bawah).",
    "penandatanganan.tingkat_jenis.lembar_uji_konsekuensi": "Tingkat untuk Lembar Pengujian.",
    "penandatanganan.tingkat_jenis.daftar_informasi_dikecualikan": "Tingkat untuk DIK.",
    "penandatanganan.tingkat_jenis.surat_keputusan": "Tingkat untuk Surat Keputusan.",
    "penandatanganan.tingkat_jenis.berita_acara_pengujian_konsekuensi": "Tingkat untuk Berita "
    "Acara Pengujian Konsekuensi.",
    "penandatanganan.pkcs11.pustaka": "Modul PKCS#11 (.so / .dll) token.",
    "penandatanganan.pkcs11.token": "Label token.",
    "penandatanganan.pkcs11.kunci": "Label kunci di token.",
    "penandatanganan.pkcs11.sertifikat": "Label sertifikat (bawaan: sama dengan kunci).",
    "penandatanganan.pkcs11.pin_env": "Variabel lingkungan berisi PIN token.",
    "penandatanganan.bsre.url": "Alamat layanan BSrE.",
    "penandatanganan.bsre.nik": "NIK penanda tangan yang terdaftar di BSrE.",
    "penandatanganan.bsre.pengguna": "Akun API BSrE.",
    "penandatanganan.bsre.sandi_api_env": "Variabel lingkungan berisi sandi akun API.",
    "penandatanganan.bsre.passphrase_env": "Variabel lingkungan berisi passphrase sertifikat.",
    "penandatanganan.bsre.batas_waktu": "Batas waktu satu permintaan, detik.",
    "penandatanganan.bsre.ulangi": "Berapa kali kegagalan sementara diulang.",
    "paraf.hierarki": "Paling banyak 3 pemaraf di samping nama penanda tangan: "
    "ppid_pelaksana, operator, tim_pertimbangan.N.",
    "paraf.gambar": 'Gambar paraf PNG per NIP: "NIP" = "jalur.png".',
    "verifikasi.akar_tepercaya": "Sertifikat akar tepercaya (PEM/DER) untuk verify dan doctor.",
    "penetapan.dasar_hukum_tambahan": "Peraturan daerah di MENGINGAT Surat Keputusan.",
    "publikasi.url_pdf": "Alamat PDF di laman PPID: {tahun} {bulan} {hari} {siklus} {berkas}.",
    "jalur.templat": "Folder templat DOCX.",
    "jalur.keluaran": "Folder keluaran (kerja dan arsip).",
    "jalur.libreoffice": "Program LibreOffice: nama di PATH atau jalur lengkap soffice(.exe).",
    "jalur.ledger": "Berkas ledger SQLite (bawaan: <keluaran>/sidik.db).",
    "kalender.libur_kantor": "Hari libur kantor (tanggal ISO), dilewati tenggat.",
    "alur.aturan_tim": "Bagaimana keputusan anggota menjadi keputusan Tim: ketua (anggota "
    "pertama memutuskan), mayoritas (lebih dari separuh anggota), bulat (semua anggota sama). "
    "Berlaku bila anggota Tim memutuskan sendiri (pengguna); keputusan yang dicatat atas nama Tim "
    "adalah keputusan Tim.",
    "alur.tindakan_pribadi": "true: paraf, keputusan Tim dan tanda tangan hanya oleh pejabatnya "
    "sendiri (lihat pengguna); sidik run berhenti dan menyebut siapa yang harus bertindak. "
    "false: CLI menjalankannya atas nama mereka, tercatat demikian.",
}

ARTI_KODE = {
    ExitCode.OK: "berhasil",
    ExitCode.ERROR: "galat internal tak terduga (satu baris; --verbose menampilkan jejak)",
    ExitCode.USAGE: "penggunaan perintah salah",
    ExitCode.INPUT_INVALID: "masukan tidak sah: berkas tidak ada atau tidak terbaca, masalah "
    "buku kerja, siklus tidak dikenal, folder init tidak kosong",
    ExitCode.CONFIG_INVALID: "sidik.toml tidak ada atau tidak sah",
    ExitCode.DEPENDENCY_MISSING: "program atau font yang diperlukan tidak ada",
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
    "Tim dan tanda tangan hanya oleh pejabatnya sendiri (pengguna di sidik.toml)",
}


def _bawaan(nilai: Any) -> str:
    if nilai is WAJIB or nilai is WAJIB_TABEL:
        return "**wajib**"
    if nilai is None or nilai == {}:
        return "–"
    return f"`{json.dumps(nilai, ensure_ascii=False)}`"


def teks_konfigurasi() -> str:
    """The configuration reference, one table per ``sidik.toml`` table."""
    baris = [
        "# Rujukan konfigurasi `sidik.toml`",
        "",
        "<!-- Dibuat oleh `python -m pipeline.ruang.referensi docs` dari pipeline/config.py; "
        "jangan disunting. -->",
        "",
        "Kunci yang tidak dikenal ditolak dengan namanya; kunci wajib yang tidak ada disebut. "
        "Jalur relatif dihitung dari folder `sidik.toml`.",
    ]
    for tabel, skema in SKEMA.items():
        baris += ["", f"## `[{tabel}]`", "", "| kunci | bawaan | keterangan |", "|---|---|---|"]
        baris += [
            f"| `{k}` | {_bawaan(v)} | {KETERANGAN[f'{tabel}.{k}']} |" for k, v in skema.items()
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
