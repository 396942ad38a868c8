"""Messages of the auditor's pages: the log's filters, a cycle's printable audit trail, the
archive check and the verification report in the page."""

from __future__ import annotations


def _p(id_: str, en: str) -> dict[str, str]:
    return {"id": id_, "en": en}


AUDIT: dict[str, dict[str, str]] = {
    "audit.kolom_peran": _p("Peran", "Role"),
    "audit.sejak": _p("Sejak tanggal ({zona})", "From date ({zona})"),
    "audit.log_halaman_nav": _p("Halaman log", "Pages of the log"),
    "audit.log_rentang": _p(
        "Peristiwa {awal}–{akhir} dari {jumlah}", "Events {awal}–{akhir} of {jumlah}"
    ),
    "audit.halaman_pertama": _p("« Pertama", "« First"),
    "audit.halaman_terakhir": _p("Terakhir »", "Last »"),
    "audit.jejak": _p("Jejak audit", "Audit trail"),
    "audit.jejak_judul": _p("Jejak audit siklus {siklus}", "Audit trail of cycle {siklus}"),
    "audit.buku_kerja": _p("Buku kerja", "Workbook"),
    "audit.dibuka": _p("Dibuka ({zona})", "Opened ({zona})"),
    "audit.dicetak": _p("Disusun ({zona}), oleh", "Compiled ({zona}), by"),
    "audit.jumlah_peristiwa": _p("Jumlah peristiwa", "Events"),
    "audit.unduh_json": _p("Unduh jejak (JSON)", "Download the trail (JSON)"),
    "audit.petunjuk_cetak": _p(
        "Untuk dokumen cetak atau PDF, pakai Cetak di peramban (Ctrl+P): tanpa navigasi, A4.",
        "For a printed document or a PDF, use the browser's Print (Ctrl+P): no navigation, A4.",
    ),
    "audit.peristiwa": _p("Peristiwa, berurutan", "Events, in order"),
    "audit.jejak_sebagian": _p(
        "Jejak siklus ini lebih dari satu halaman: halaman ini menampilkan {n} peristiwa dan {n} "
        "dokumen sekaligus, dan Cetak mencetak halaman ini saja. Untuk mencetak seluruhnya:",
        "This cycle's trail is longer than a page: this page shows {n} events and {n} documents "
        "at a time, and Print prints this page only. To print all of it:",
    ),
    "audit.rentang_peristiwa": _p(
        "Peristiwa {awal}–{akhir} dari {jumlah}", "Events {awal}–{akhir} of {jumlah}"
    ),
    "audit.rentang_dokumen": _p(
        "Dokumen {awal}–{akhir} dari {jumlah}", "Documents {awal}–{akhir} of {jumlah}"
    ),
    "audit.jejak_lengkap": _p(
        "versi cetak lengkap (siklus besar memerlukan beberapa detik)",
        "the whole trail to print (a large cycle takes a few seconds)",
    ),
    "audit.kolom_sebagai": _p("Sebagai pejabat, peran", "As official, role"),
    "audit.kolom_sha": _p("SHA-256 dokumen", "Documents' SHA-256"),
    "audit.masuk": _p("masuk", "in"),
    "audit.keluar": _p("keluar", "out"),
    "audit.dokumen_arsip": _p(
        "Dokumen arsip dan hash akhirnya", "Archived documents and their final hashes"
    ),
    "audit.belum_diarsipkan": _p("Siklus ini belum diarsipkan.", "This cycle is not archived yet."),
    "audit.kolom_revisi": _p("Revisi", "Revision"),
    "audit.kolom_berkas": _p("Berkas", "File"),
    "audit.kolom_unit_huruf": _p("Unit, huruf Pasal 17", "Unit, Article 17 letter"),
    "audit.kolom_penanda_tangan": _p("Penanda tangan", "Signer"),
    "audit.kolom_waktu_ttd": _p("Ditandatangani ({zona})", "Signed ({zona})"),
    "audit.manifest_ttd.cms": _p(
        "manifest, ditandatangani (manifest.json.p7s)", "manifest, signed (manifest.json.p7s)"
    ),
    "audit.manifest_ttd.tidak_dapat": _p(
        "manifest, tanpa segel (kunci Operator hanya menandatangani PDF, atau tidak ada)",
        "manifest, unsealed (the Operator's key signs PDFs only, or there is none)",
    ),
    "audit.manifest_disegel": _p(
        "manifest, disegel oleh {penyegel} (NIP {nip}) dengan kuncinya (manifest.json.p7s)",
        "manifest, sealed by {penyegel} (NIP {nip}) with their key (manifest.json.p7s)",
    ),
    "audit.manifest_ttd.sebelum_ttd": _p(
        "manifest, diarsipkan sebelum manifest ditandatangani",
        "manifest, filed before manifests were signed",
    ),
    "audit.penanda_tangan": _p("Penanda tangan", "Signers"),
    "audit.belum_ditandatangani": _p(
        "Belum ada dokumen siklus ini yang ditandatangani.",
        "No document of this cycle is signed yet.",
    ),
    "audit.kolom_tanda": _p("Tanda tangan", "Signature"),
    "audit.kolom_jumlah": _p("Dokumen", "Documents"),
    "audit.kolom_terakhir": _p("Terakhir ({zona})", "Last ({zona})"),
    "audit.tanda.paraf": _p("paraf", "initials (paraf)"),
    "audit.tanda.ttd_peserta": _p("peserta uji konsekuensi", "participant of the test"),
    "audit.tanda.ttd_peserta_dipulihkan": _p(
        "peserta uji konsekuensi (dipulihkan setelah proses terhenti)",
        "participant of the test (recovered after a stopped run)",
    ),
    "audit.tanda.sign": _p("tanda tangan dokumen", "document signature"),
    "audit.arsip": _p("Arsip", "Archive"),
    "audit.arsip_judul": _p("Pemeriksaan arsip", "Archive check"),
    "audit.arsip_petunjuk": _p(
        "Sama dengan 'sidik archive check': setiap revisi arsip diperiksa terhadap manifestnya,"
        " tanda tangan manifest, ledger dan register. Halaman ini hanya membaca.",
        "The same as 'sidik archive check': each revision of the archive is checked against its"
        " manifest, the manifest's signature, the ledger and the register. This page only reads.",
    ),
    "audit.arsip_belum_ada": _p(
        "Belum ada arsip: folder {folder} belum ada.",
        "No archive yet: there is no folder {folder}.",
    ),
    "audit.arsip_revisi": _p("Revisi arsip", "Archive revisions"),
    "audit.verifikasi": _p("Laporan verifikasi", "Verification report"),
    "audit.verifikasi_judul": _p(
        "Laporan verifikasi arsip siklus {siklus}",
        "Verification report of cycle {siklus}'s archive",
    ),
    "audit.verifikasi_petunjuk": _p(
        "Sama dengan 'sidik verify' atas folder arsip siklus ini (setiap revisi): putusan setiap"
        " berkas dan setiap tanda tangannya. Pemeriksaan berjalan di server; halaman ini"
        " memperbarui diri sampai selesai. Tidak ada yang ditulis.",
        "The same as 'sidik verify' over this cycle's archive folders (every revision): each"
        " file's verdict and each of its signatures. The check runs on the server; this page"
        " refreshes itself until it ends. Nothing is written.",
    ),
    "audit.verifikasi_folder": _p("Folder arsip", "Archive folders"),
    "audit.verifikasi_mulai": _p("Periksa tanda tangan arsip", "Verify the archive's signatures"),
    "audit.verifikasi_lagi": _p("Periksa lagi", "Verify again"),
    "audit.verifikasi_dibuat": _p(
        "Diperiksa {waktu} ({zona}) oleh {login}.", "Verified {waktu} ({zona}) by {login}."
    ),
    "audit.verifikasi_belum": _p(
        "Arsip siklus ini belum pernah diperiksa dari halaman ini.",
        "This cycle's archive has not been verified from this page yet.",
    ),
    "audit.verifikasi_belum_diarsipkan": _p(
        "Siklus {siklus} belum diarsipkan: belum ada yang dapat diperiksa.",
        "Cycle {siklus} is not archived yet: there is nothing to verify.",
    ),
    "audit.tahap_verifikasi": _p("memeriksa tanda tangan", "verifying signatures"),
    "audit.kerja_berjalan_verifikasi": _p(
        "Pemeriksaan tanda tangan arsip siklus {siklus} masih berjalan di server. Tunggu sampai"
        " selesai, lalu mulai lagi.",
        "The verification of cycle {siklus}'s archive is still running on the server. Wait"
        " until it ends, then start again.",
    ),
    "web.pekerjaan_verifikasi": _p("Pemeriksaan tanda tangan arsip", "Verifying the archive"),
}
