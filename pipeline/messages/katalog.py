"""Message catalogue: message id -> {"id": Indonesian text, "en": English text}.

The core messages live here; each room adds its own in a module beside this one
(``workbook.py``, ``alur.py``, ``ttd.py``, ``verifikasi.py``), merged into :data:`KATALOG`.
"""

from __future__ import annotations

from pipeline.messages.akun import AKUN
from pipeline.messages.alur import ALUR
from pipeline.messages.audit import AUDIT
from pipeline.messages.berkas import BERKAS
from pipeline.messages.dokumen import DOKUMEN
from pipeline.messages.notifikasi import NOTIFIKASI
from pipeline.messages.progres import PROGRES
from pipeline.messages.ruang import RUANG
from pipeline.messages.ttd import TTD
from pipeline.messages.unggah import UNGGAH
from pipeline.messages.verifikasi import VERIFIKASI
from pipeline.messages.web import WEB
from pipeline.messages.web_pekerjaan import WEB_PEKERJAAN
from pipeline.messages.web_periksa import WEB_PERIKSA
from pipeline.messages.workbook import WORKBOOK

INTI: dict[str, dict[str, str]] = {
    # --- locations
    "lokasi.lembar": {"id": "lembar {lembar}", "en": "sheet {lembar}"},
    "lokasi.baris": {"id": "baris {baris}", "en": "row {baris}"},
    "lokasi.kolom": {"id": "kolom {kolom}", "en": "column {kolom}"},
    "lokasi.sel": {"id": "sel {sel}", "en": "cell {sel}"},
    # --- generic
    "galat.tak_terduga": {
        "id": "Galat internal tak terduga: {galat}. Jalankan ulang dengan --verbose dan "
        "laporkan jejaknya kepada pengembang.",
        "en": "Unexpected internal error: {galat}. Rerun with --verbose and report the "
        "trace to the developers.",
    },
    "galat.prefiks": {"id": "Galat", "en": "Error"},
    "peringatan.prefiks": {"id": "Peringatan", "en": "Warning"},
    "berkas.tidak_ada": {
        "id": "Berkas tidak ditemukan: {berkas}.",
        "en": "File not found: {berkas}.",
    },
    "berkas.tulis_gagal": {
        "id": "Tidak dapat menulis {berkas}: {sebab}.",
        "en": "Cannot write {berkas}: {sebab}.",
    },
    # --- configuration
    "konfig.tidak_ada": {
        "id": "Berkas konfigurasi {berkas} tidak ditemukan. Jalankan sidik dari folder "
        "kerja yang berisi sidik.toml, atau sebutkan dengan --config.",
        "en": "Configuration file {berkas} not found. Run sidik from a workspace that "
        "holds sidik.toml, or name it with --config.",
    },
    "konfig.toml_rusak": {
        "id": "{berkas} bukan TOML yang sah: {sebab}.",
        "en": "{berkas} is not valid TOML: {sebab}.",
    },
    "konfig.kunci_wajib": {
        "id": "{berkas}: kunci wajib '{kunci}' tidak ada.",
        "en": "{berkas}: required key '{kunci}' is missing.",
    },
    "konfig.kunci_asing": {
        "id": "{berkas}: kunci '{kunci}' tidak dikenal (yang dikenal: {dikenal}).",
        "en": "{berkas}: unknown key '{kunci}' (known keys: {dikenal}).",
    },
    "konfig.tipe_salah": {
        "id": "{berkas}: '{kunci}' harus berupa {tipe}, bukan {nilai!r}.",
        "en": "{berkas}: '{kunci}' must be {tipe}, not {nilai!r}.",
    },
    "konfig.nilai_salah": {
        "id": "{berkas}: '{kunci}' tidak sah: {sebab}.",
        "en": "{berkas}: '{kunci}' is not valid: {sebab}.",
    },
    "konfig.pilihan": {
        "id": "pilihan yang didukung: {pilihan}",
        "en": "supported choices: {pilihan}",
    },
    "konfig.lambang": {
        "id": "{jalur} tidak ada atau bukan gambar PNG",
        "en": "{jalur} does not exist or is not a PNG image",
    },
    "konfig.paling_banyak": {
        "id": "paling banyak {n} dari: {pilihan}",
        "en": "at most {n} of: {pilihan}",
    },
    "konfig.nip": {
        "id": "NIP harus 18 angka",
        "en": "an NIP must be 18 digits",
    },
    "konfig.unit_ganda": {
        "id": "kode unit kerja '{kode}' dipakai lebih dari sekali",
        "en": "work unit code '{kode}' is used more than once",
    },
    "konfig.sandi_berkas_dev": {
        "id": "sandi dari berkas hanya boleh untuk kunci pengembangan di certs/dev/; "
        "untuk kunci sungguhan pakai variabel lingkungan '{env}' atau prompt",
        "en": "a passphrase file is only allowed for the development key under certs/dev/; "
        "for a real key use the environment variable '{env}' or the prompt",
    },
    # --- templates and rendering
    "templat.tidak_ada": {
        "id": "Templat {templat} tidak ditemukan.",
        "en": "Template {templat} not found.",
    },
    "templat.rusak": {
        "id": "Templat {templat} rusak: {sebab}.",
        "en": "Template {templat} is broken: {sebab}.",
    },
    # --- external programs
    "eksternal.tidak_ada": {
        "id": "{program} tidak terpasang atau tidak ada di PATH. {saran}",
        "en": "{program} is not installed or not on PATH. {saran}",
    },
    "eksternal.saran_libreoffice": {
        "id": "Pasang dengan: apt-get install libreoffice-writer-nogui "
        "(atau atur [jalur] libreoffice di sidik.toml).",
        "en": "Install it with: apt-get install libreoffice-writer-nogui "
        "(or set [jalur] libreoffice in sidik.toml).",
    },
    "eksternal.saran_poppler": {
        "id": "Pasang dengan: apt-get install poppler-utils.",
        "en": "Install it with: apt-get install poppler-utils.",
    },
    "eksternal.saran_nss": {
        "id": "Pasang dengan: apt-get install libnss3-tools.",
        "en": "Install it with: apt-get install libnss3-tools.",
    },
    "eksternal.waktu_habis": {
        "id": "{program} tidak selesai dalam {detik} detik.",
        "en": "{program} did not finish within {detik} seconds.",
    },
    "konversi.gagal": {
        "id": "LibreOffice tidak menghasilkan PDF untuk {berkas}: {sebab}",
        "en": "LibreOffice produced no PDF for {berkas}: {sebab}",
    },
    "konversi.penanda_hilang": {
        "id": "LibreOffice tidak menyimpan penanda awal dokumen {berkas} di PDF gabungan; "
        "dokumen tidak dapat dipisahkan kembali",
        "en": "LibreOffice kept no start marker for document {berkas} in the combined PDF; "
        "the document cannot be split out again",
    },
    "konversi.tanpa_halaman": {
        "id": "bagian PDF gabungan untuk {berkas} tidak mempunyai halaman",
        "en": "the combined PDF's part for {berkas} has no pages",
    },
    "ttd.tanpa_sertifikat": {
        "id": "Penanda tangan tidak memberikan sertifikat; periksa kunci atau token.",
        "en": "The signer provided no certificate; check the key or token.",
    },
    # --- signing
    "ttd.sandi_salah": {
        "id": "Kunci {berkas} tidak dapat dibuka: sandi salah atau berkas PKCS#12 rusak.",
        "en": "Key {berkas} cannot be opened: wrong passphrase or damaged PKCS#12 file.",
    },
    "ttd.sandi_tidak_ada": {
        "id": "Sandi kunci penandatangan tidak tersedia: isi variabel lingkungan {env} "
        "atau jalankan di terminal agar sidik dapat menanyakannya.",
        "en": "The signing key's passphrase is not available: set the environment "
        "variable {env} or run in a terminal so that sidik can ask for it.",
    },
    "ttd.sandi_prompt": {
        "id": "Sandi kunci {berkas}",
        "en": "Passphrase for key {berkas}",
    },
    "ttd.sertifikat_kedaluwarsa": {
        "id": "Sertifikat penandatangan {subjek} tidak berlaku pada {waktu} "
        "(berlaku {mulai} s.d. {akhir}); minta sertifikat baru.",
        "en": "The signer's certificate {subjek} is not valid at {waktu} "
        "(valid {mulai} to {akhir}); request a new certificate.",
    },
    "ttd.blok_tidak_ada": {
        "id": "Blok tanda tangan (nama '{nama}') tidak ditemukan di halaman terakhir {berkas}; "
        "periksa templat.",
        "en": "The signature block (name '{nama}') was not found on the last page of "
        "{berkas}; check the template.",
    },
    "ttd.gagal": {
        "id": "Penandatanganan {berkas} gagal: {sebab}",
        "en": "Signing {berkas} failed: {sebab}",
    },
    "ttd.teks_tampilan": {
        "id": "Ditandatangani secara elektronik oleh",
        "en": "Ditandatangani secara elektronik oleh",
    },
    "pki.sudah_ada": {
        "id": "PKI pengembangan sudah ada di {folder}; tidak ditimpa (hapus dahulu bila "
        "memang ingin membuat ulang).",
        "en": "The development PKI already exists in {folder}; not overwritten (delete it "
        "first if you really want to recreate it).",
    },
    "pki.dibuat": {
        "id": "PKI pengembangan dibuat: akar {akar}, kunci penandatangan {p12}.",
        "en": "Development PKI created: root {akar}, signing key {p12}.",
    },
    "pki.dibuat_pejabat": {
        "id": "  kunci {jabatan} {nama}: {p12}",
        "en": "  key of the {jabatan} {nama}: {p12}",
    },
    "pki.ditambah": {
        "id": "Kunci pengembangan ditambahkan untuk pejabat yang belum memilikinya, dari akar "
        "baru yang ditambahkan ke {akar} (kunci yang sudah ada tidak diubah):",
        "en": "Development keys added for the officials who had none, from a new root appended "
        "to {akar} (the existing keys are unchanged):",
    },
    # --- cycle and archive
    "siklus.tidak_ada": {
        "id": "Siklus '{siklus}' tidak ditemukan di {folder}.",
        "en": "Cycle '{siklus}' not found in {folder}.",
    },
    "siklus.tidak_ada_satupun": {
        "id": "Belum ada siklus di {folder}; mulai dengan 'sidik render BUKU_KERJA'.",
        "en": "No cycle yet in {folder}; start with 'sidik render WORKBOOK'.",
    },
    "siklus.langkah_belum": {
        "id": "Langkah '{langkah}' belum dapat dijalankan untuk siklus {siklus}: "
        "langkah '{prasyarat}' belum selesai. Jalankan dahulu 'sidik {prasyarat}'.",
        "en": "Step '{langkah}' cannot run yet for cycle {siklus}: step '{prasyarat}' "
        "has not finished. Run 'sidik {prasyarat}' first.",
    },
    "siklus.sudah_diarsipkan": {
        "id": "Siklus {siklus} sudah diarsipkan di {folder}; tidak ada yang diubah.",
        "en": "Cycle {siklus} is already archived in {folder}; nothing was changed.",
    },
    "arsip.bentrok": {
        "id": "Folder arsip {folder} sudah ada dengan isi berbeda; arsip tidak pernah ditimpa.",
        "en": "Archive folder {folder} already exists with different content; the archive "
        "is never overwritten.",
    },
    # --- progress and results
    "langkah.render": {
        "id": "Membuat {jumlah} dokumen DOCX",
        "en": "Rendering {jumlah} DOCX documents",
    },
    "langkah.convert": {
        "id": "Mengonversi {jumlah} dokumen ke PDF/A",
        "en": "Converting {jumlah} documents to PDF/A",
    },
    "langkah.paraf": {
        "id": "Membubuhkan paraf pada {jumlah} dokumen",
        "en": "Stamping paraf on {jumlah} documents",
    },
    "langkah.peserta": {
        "id": "{nama} menandatangani Lembar dan Berita Acara yang menunggunya (dari {jumlah} "
        "dokumen yang belum lengkap)",
        "en": "{nama} signing the Lembar and Berita Acara that wait for them (of {jumlah} "
        "documents not complete)",
    },
    "langkah.peserta_bersama": {
        "id": "{nama} menandatangani Lembar dan Berita Acara yang menunggu mereka, berurutan, "
        "masing-masing dengan kuncinya sendiri (dari {jumlah} dokumen yang belum lengkap; "
        "setiap dokumen dibaca sekali)",
        "en": "{nama} signing the Lembar and Berita Acara that wait for them, in turn, each "
        "with their own key (of {jumlah} documents not complete; each document read once)",
    },
    "langkah.sign": {"id": "Menandatangani {jumlah} dokumen", "en": "Signing {jumlah} documents"},
    "langkah.archive": {
        "id": "Mengarsipkan {jumlah} dokumen",
        "en": "Archiving {jumlah} documents",
    },
    "hasil.siklus": {
        "id": "Siklus {siklus}: {jumlah} dokumen ditandatangani dan diarsipkan di {folder}",
        "en": "Cycle {siklus}: {jumlah} documents signed and archived in {folder}",
    },
    "hasil.langkah": {
        "id": "Siklus {siklus}: langkah '{langkah}' selesai, {jumlah} dokumen di {folder}",
        "en": "Cycle {siklus}: step '{langkah}' done, {jumlah} documents in {folder}",
    },
    "hasil.valid": {
        "id": "Valid: {sah} dari {jumlah} berkas.",
        "en": "Valid: {sah} of {jumlah} files.",
    },
    "hasil.workbook_bersih": {
        "id": "{berkas}: {jumlah} informasi, tidak ada masalah.",
        "en": "{berkas}: {jumlah} items, no problems.",
    },
    "hasil.workbook_ditulis": {
        "id": "Buku kerja ditulis: {berkas} ({jumlah} informasi).",
        "en": "Workbook written: {berkas} ({jumlah} items).",
    },
    # --- verification
    "verifikasi.tidak_sah": {
        "id": "{tidak_sah} dari {jumlah} berkas tidak VALID.",
        "en": "{tidak_sah} of {jumlah} files are not VALID.",
    },
    "verifikasi.tidak_ada_pdf": {
        "id": "Tidak ada berkas PDF di {jalur}.",
        "en": "No PDF file in {jalur}.",
    },
    "verifikasi.akar_tidak_ada": {
        "id": "Akar tepercaya {berkas} tidak dapat dibaca; periksa [verifikasi] di sidik.toml.",
        "en": "Trust root {berkas} cannot be read; check [verifikasi] in sidik.toml.",
    },
    "alasan.utuh": {"id": "tanda tangan utuh dan tepercaya", "en": "signature intact and trusted"},
    "alasan.bukan_pdf": {
        "id": "bukan PDF yang dapat dibaca ({sebab})",
        "en": "not a readable PDF ({sebab})",
    },
    "alasan.terenkripsi": {"id": "PDF terenkripsi", "en": "encrypted PDF"},
    "alasan.tanpa_ttd": {
        "id": "tidak ada tanda tangan elektronik",
        "en": "no electronic signature",
    },
    "alasan.digest": {
        "id": "isi berkas berubah setelah ditandatangani (digest tidak cocok)",
        "en": "content changed after signing (digest mismatch)",
    },
    "alasan.kriptografi": {
        "id": "tanda tangan kriptografis tidak sah",
        "en": "cryptographic signature invalid",
    },
    "alasan.tidak_tepercaya": {
        "id": "sertifikat tidak berantai ke akar tepercaya",
        "en": "certificate does not chain to a trusted root",
    },
    "alasan.dicabut": {"id": "sertifikat dicabut", "en": "certificate revoked"},
    "alasan.kedaluwarsa": {
        "id": "sertifikat tidak berlaku pada waktu penandatanganan",
        "en": "certificate not valid at signing time",
    },
    "alasan.diubah": {
        "id": "ada perubahan setelah tanda tangan ({tingkat})",
        "en": "modified after signing ({tingkat})",
    },
    "alasan.manifest_beda": {
        "id": "SHA-256 berkas tidak sama dengan manifest.json",
        "en": "file SHA-256 differs from manifest.json",
    },
    "alasan.manifest_tanpa_entri": {
        "id": "berkas tidak tercantum di manifest.json",
        "en": "file is not listed in manifest.json",
    },
    "kolom.berkas": {"id": "Berkas", "en": "File"},
    "kolom.penanda_tangan": {"id": "Penanda tangan", "en": "Signer"},
    "kolom.waktu": {"id": "Waktu", "en": "Time"},
    "kolom.putusan": {"id": "Putusan", "en": "Verdict"},
    "kolom.alasan": {"id": "Alasan", "en": "Reason"},
    "kolom.lokasi": {"id": "Lokasi", "en": "Location"},
    "kolom.nilai": {"id": "Nilai", "en": "Value"},
    "kolom.masalah": {"id": "Masalah", "en": "Problem"},
}

KATALOG: dict[str, dict[str, str]] = {
    **INTI,
    **WORKBOOK,
    **ALUR,
    **TTD,
    **VERIFIKASI,
    **DOKUMEN,
    **RUANG,
    **PROGRES,
    **BERKAS,
    **AKUN,
    **WEB,
    **WEB_PERIKSA,
    **AUDIT,
    **NOTIFIKASI,
    **WEB_PEKERJAAN,
    **UNGGAH,
}
