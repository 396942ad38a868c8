"""Messages of verification and the archive: verdicts, reports, checks."""

from __future__ import annotations

VERIFIKASI: dict[str, dict[str, str]] = {
    "verifikasi.tanpa_akar": {
        "id": "Tidak ada sertifikat akar tepercaya untuk memeriksa tanda tangan: di sini tidak "
        "ada ruang kerja sidik ({berkas} tidak ditemukan). Sebutkan akar yang Anda percayai "
        "dengan --akar BERKAS.pem, mis. 'sidik verify dokumen.pdf --akar akar-bsre.pem' (boleh "
        "berulang). Dokumen instansi pemerintah ditandatangani dengan sertifikat dari BSrE "
        "(Balai Sertifikasi Elektronik, BSSN), yang menerbitkan sertifikat akarnya (Root CA "
        "Indonesia dan BSrE) di situs webnya; unduh dari sana, atau mintalah kepada instansi "
        "yang menandatangani dokumen.",
        "en": "No trusted root certificate to check the signatures against: there is no sidik "
        "workspace here ({berkas} not found). Name the roots you trust with --akar FILE.pem, "
        "e.g. 'sidik verify document.pdf --akar bsre-root.pem' (may be repeated). Government "
        "documents are signed with certificates from BSrE (Balai Sertifikasi Elektronik, "
        "BSSN), which publishes its root certificates (Root CA Indonesia and BSrE) on its "
        "website; download them from there, or ask the body that signed the document.",
    },
    "kolom.dokumen": {"id": "Dokumen", "en": "Document"},
    "verifikasi.peran_paraf": {"id": "Paraf PPID Pelaksana", "en": "PPID Pelaksana's paraf"},
    "verifikasi.belum_ttd": {"id": "belum menandatangani", "en": "has not signed"},
    "verifikasi.tidak_hadir": {"id": "tidak hadir", "en": "did not take part"},
    "verifikasi.bukan_peserta": {"id": "bukan peserta", "en": "not a participant"},
    "alasan.belum_lengkap": {
        "id": "belum lengkap: tanpa tanda tangan {nama} ({peran})",
        "en": "incomplete: no signature of {nama} ({peran})",
    },
    "alasan.bukan_peserta": {
        "id": "ditandatangani oleh {nama}, bukan peserta pengujian",
        "en": "signed by {nama}, who is not a participant of the test",
    },
    "jenis.lembar_uji_konsekuensi": {
        "id": "Lembar Pengujian Konsekuensi",
        "en": "Consequence Test Sheet",
    },
    "jenis.daftar_informasi_dikecualikan": {
        "id": "Daftar Informasi yang Dikecualikan",
        "en": "List of Exempted Information",
    },
    "jenis.surat_keputusan": {"id": "Surat Keputusan", "en": "Decree"},
    "jenis.berita_acara_pengujian_konsekuensi": {
        "id": "Berita Acara Pengujian Konsekuensi",
        "en": "Record of the Consequence Test Meeting",
    },
    "verifikasi.dokumen_judul": {"id": "{jenis} — {judul}", "en": "{jenis} — {judul}"},
    "verifikasi.sertifikat": {
        "id": "Sertifikat {nama}: diterbitkan oleh {penerbit}; berlaku {mulai} s.d. {sampai}.",
        "en": "Certificate of {nama}: issued by {penerbit}; valid {mulai} to {sampai}.",
    },
    "verifikasi.uji_singkat": {
        "id": "sertifikat uji — bukan untuk keperluan resmi",
        "en": "test certificate — not for official use",
    },
    "verifikasi.uji": {
        "id": "Perhatian: {n} berkas ditandatangani dengan sertifikat uji — bukan untuk "
        "keperluan resmi. Akar sertifikatnya menyatakan BUKAN UNTUK PRODUKSI (dibuat dengan "
        "'sidik pki dev'); VALID di sini hanya berarti berkas utuh sejak ditandatangani. "
        "Dokumen resmi ditandatangani dengan sertifikat BSrE.",
        "en": "Warning: {n} files are signed with a test certificate — not for official use. "
        "Its root says BUKAN UNTUK PRODUKSI (not for production, made by 'sidik pki dev'); "
        "VALID here only means the file is intact since it was signed. Official documents "
        "are signed with BSrE certificates.",
    },
    "verifikasi.zona": {
        "id": "Waktu dalam {zona} (zona waktu kantor penanda tangan).",
        "en": "Times in {zona} (the signing office's time zone).",
    },
    "alasan.stempel_rusak": {
        "id": "stempel waktu dokumen rusak atau tidak sah",
        "en": "document timestamp damaged or invalid",
    },
    "alasan.stempel_tidak_tepercaya": {
        "id": "stempel waktu dokumen tidak berantai ke akar tepercaya",
        "en": "document timestamp does not chain to a trusted root",
    },
    "alasan.rusak_rekursi": {
        "id": "struktur PDF bersarang terlalu dalam atau melingkar; berkas tidak dapat dibaca",
        "en": "PDF structure nested too deeply or circular; the file cannot be read",
    },
    "alasan.rusak_memori": {
        "id": "membaca berkas ini butuh lebih dari {mb} MB memori; berkas tidak dapat dibaca",
        "en": "reading this file needs more than {mb} MB of memory; the file cannot be read",
    },
    "alasan.rusak_waktu": {
        "id": "pemeriksaan berkas ini melewati batas {detik} detik dan dihentikan",
        "en": "checking this file went past the {detik} s limit and was stopped",
    },
    "alasan.rusak_berhenti": {
        "id": "pemeriksa berhenti tanpa putusan pada berkas ini ({sebab})",
        "en": "the checker stopped without a verdict on this file ({sebab})",
    },
    "alasan.revokasi_tak_terjangkau": {
        "id": "status pencabutan sertifikat tidak dapat diperiksa: {penyedia} tidak menjawab; "
        "coba lagi nanti",
        "en": "certificate revocation status could not be checked: {penyedia} did not answer; "
        "try again later",
    },
    "alasan.dicabut_sejak": {
        "id": "sertifikat penanda tangan dicabut sejak {tanggal}",
        "en": "signer's certificate revoked since {tanggal}",
    },
    "alasan.belum_berlaku": {
        "id": "sertifikat belum berlaku pada waktu penandatanganan",
        "en": "certificate not yet valid at signing time",
    },
    "alasan.algoritma_lemah": {
        "id": "tanda tangan atau sertifikatnya memakai algoritma yang tidak lagi diterima karena "
        "lemah (hash tanda tangan: {algoritma})",
        "en": "the signature or its certificate uses an algorithm no longer accepted as it is "
        "weak (signature hash: {algoritma})",
    },
    "alasan.penggunaan_kunci": {
        "id": "penggunaan kunci (key usage) sertifikat tidak mengizinkan tanda tangan "
        "elektronik: perlu non-repudiation",
        "en": "the certificate's key usage does not allow electronic signatures: "
        "non-repudiation is required",
    },
    "alasan.rantai_gagal": {
        "id": "rantai sertifikat ke akar tepercaya tidak dapat divalidasi",
        "en": "the certificate chain to a trusted root could not be validated",
    },
    "alasan.tak_terbaca": {
        "id": "berkas tidak dapat dibaca ({sebab})",
        "en": "the file cannot be read ({sebab})",
    },
    "kolom.tingkat": {"id": "Tingkat", "en": "Level"},
    "kolom.kode": {"id": "Kode", "en": "Code"},
    "laporan.judul": {
        "id": "Laporan Verifikasi Tanda Tangan Elektronik",
        "en": "Electronic Signature Verification Report",
    },
    "laporan.dibuat": {
        "id": "Dibuat oleh sidik {versi} pada {waktu}. Akar tepercaya: {akar}.",
        "en": "Made by sidik {versi} at {waktu}. Trust roots: {akar}.",
    },
    "laporan.ringkasan": {
        "id": "{sah} dari {jumlah} berkas VALID.",
        "en": "{sah} of {jumlah} files VALID.",
    },
    "laporan.ditulis": {
        "id": "Laporan verifikasi ditulis: {berkas}",
        "en": "Verification report written: {berkas}",
    },
    "laporan.keterangan_putusan": {
        "id": "VALID: utuh, dari penanda tangan tepercaya, sesuai manifest. INDETERMINATE: "
        "tidak dapat dipastikan (mis. sertifikat tidak berantai ke akar tepercaya, atau status "
        "pencabutan tidak dapat diperiksa: coba lagi nanti; atau Lembar belum ditandatangani "
        "setiap peserta yang hadir). INVALID: berkas "
        "berubah, rusak, atau tanda tangan tidak sah.",
        "en": "VALID: intact, from a trusted signer, matching the manifest. INDETERMINATE: "
        "cannot be established (e.g. certificate does not chain to a trusted root, or its "
        "revocation status could not be checked: try again later; or a Lembar not yet "
        "signed by every participant who took part). INVALID: the "
        "file changed, is malformed, or the signature is not valid.",
    },
    "kolom.sha256": {"id": "SHA-256", "en": "SHA-256"},
    "kolom.cakupan": {"id": "Cakupan", "en": "Coverage"},
    "arsip.manifest_rusak": {
        "id": "manifest.json tidak dapat dibaca ({sebab})",
        "en": "manifest.json cannot be read ({sebab})",
    },
    "arsip.berkas_hilang": {
        "id": "berkas tercantum di manifest tetapi tidak ada",
        "en": "file listed in the manifest is missing",
    },
    "arsip.hash_beda": {
        "id": "SHA-256 berbeda dari manifest (tercatat {tercatat}, nyata {nyata})",
        "en": "SHA-256 differs from the manifest (recorded {tercatat}, actual {nyata})",
    },
    "arsip.belum_lengkap": {
        "id": "{dokumen} belum lengkap: tanpa tanda tangan {nama} ({peran})",
        "en": "{dokumen} incomplete: no signature of {nama} ({peran})",
    },
    "arsip.tidak_tercatat": {
        "id": "berkas tidak tercantum di manifest mana pun",
        "en": "file is not listed in any manifest",
    },
    "arsip.rantai_putus": {
        "id": "rantai manifest putus pada revisi {revisi}: manifest_sebelumnya tidak sama "
        "dengan SHA-256 manifest revisi sebelumnya",
        "en": "manifest chain broken at revision {revisi}: manifest_sebelumnya does not match "
        "the SHA-256 of the previous revision's manifest",
    },
    "arsip.register_tanpa_berkas": {
        "id": "tercatat di register tetapi berkasnya tidak ada",
        "en": "in the register but the file is missing",
    },
    "arsip.hash_register_beda": {
        "id": "SHA-256 berbeda dari register",
        "en": "SHA-256 differs from the register",
    },
    "arsip.manifest_beda_ledger": {
        "id": "SHA-256 manifest berbeda dari yang dicatat ledger saat diarsipkan: manifest "
        "telah diubah",
        "en": "the manifest's SHA-256 differs from the one the ledger recorded at filing: the "
        "manifest was changed",
    },
    "arsip.ttd_tidak_sah": {
        "id": "tanda tangan manifest (manifest.json.p7s) tidak sah: manifest telah diubah "
        "setelah ditandatangani, atau tanda tangannya rusak",
        "en": "the manifest's signature (manifest.json.p7s) is not valid: the manifest was "
        "changed after it was signed, or the signature is damaged",
    },
    "arsip.ttd_tidak_tepercaya": {
        "id": "tanda tangan manifest utuh tetapi sertifikat penanda tangannya tidak berantai "
        "ke akar tepercaya ([verifikasi] akar_tepercaya)",
        "en": "the manifest's signature is intact but its signer's certificate does not chain "
        "to a trusted root ([verifikasi] akar_tepercaya)",
    },
    "arsip.ttd_hilang": {
        "id": "ledger mencatat manifest ini ditandatangani, tetapi manifest.json.p7s tidak ada",
        "en": "the ledger records this manifest as signed, but manifest.json.p7s is missing",
    },
    "arsip.manifest_tanpa_saksi": {
        "id": "manifest tidak bertanda tangan dan tidak ada hash di ledger yang menjaminnya: "
        "keutuhannya tidak dapat dibuktikan",
        "en": "the manifest is not signed and no hash in the ledger vouches for it: its "
        "integrity cannot be shown",
    },
    "arsip.ledger.cocok": {"id": "cocok", "en": "matches"},
    "arsip.ledger.beda": {"id": "BEDA", "en": "DIFFERS"},
    "arsip.ledger.tidak_tercatat": {"id": "tidak tercatat", "en": "not recorded"},
    "arsip.ledger.tanpa_ledger": {"id": "tanpa ledger", "en": "no ledger"},
    "arsip.status_ttd.sah": {"id": "sah", "en": "valid"},
    "arsip.status_ttd.tidak_ada": {"id": "tidak ada", "en": "missing"},
    "arsip.status_ttd.tidak_sah": {"id": "TIDAK SAH", "en": "INVALID"},
    "arsip.status_ttd.tidak_tepercaya": {"id": "tidak tepercaya", "en": "not trusted"},
    "arsip.berkas_utuh": {
        "id": "{utuh} utuh, {bermasalah} bermasalah",
        "en": "{utuh} intact, {bermasalah} with problems",
    },
    "kolom.folder": {"id": "Folder", "en": "Folder"},
    "kolom.manifest_ledger": {"id": "Manifest vs ledger", "en": "Manifest vs ledger"},
    "kolom.ttd_manifest": {"id": "Tanda tangan manifest", "en": "Manifest signature"},
    "kolom.penyegel": {"id": "Disegel oleh", "en": "Sealed by"},
    "verifikasi.segel": {
        "id": "Manifest arsip {folder}: tanda tangan {status}, disegel oleh {penyegel}.",
        "en": "Archive manifest {folder}: signature {status}, sealed by {penyegel}.",
    },
    "arsip.penyegel": {"id": "{nama} (NIP {nip})", "en": "{nama} (NIP {nip})"},
    "arsip.penyegel_tanpa_nip": {"id": "{nama}", "en": "{nama}"},
    "arsip.tanpa_penyegel": {"id": "-", "en": "-"},
    "arsip.tanpa_segel": {
        "id": "Manifest arsip tidak disegel: kunci Operator {nama} hanya menandatangani PDF "
        "(BSrE) atau tidak ada; hash manifest yang dicatat ledger menjadi saksinya.",
        "en": "The archive's manifest is not sealed: Operator {nama}'s key signs PDFs only "
        "(BSrE) or there is none; the manifest's hash recorded in the ledger vouches for it.",
    },
    "arsip.beres": {
        "id": "Arsip {folder}: {jumlah} revisi diperiksa, tidak ada masalah.",
        "en": "Archive {folder}: {jumlah} revisions checked, no problems.",
    },
    "arsip.bermasalah": {
        "id": "{jumlah} masalah ditemukan di arsip {folder}.",
        "en": "{jumlah} problem(s) found in archive {folder}.",
    },
    "arsip.jumlah_register": {
        "id": "{jumlah} dokumen di register arsip.",
        "en": "{jumlah} documents in the archive register.",
    },
    "kolom.siklus": {"id": "Siklus", "en": "Cycle"},
    "kolom.revisi": {"id": "Revisi", "en": "Revision"},
    "kolom.unit": {"id": "Unit", "en": "Unit"},
    "kolom.huruf": {"id": "Huruf", "en": "Letter"},
}
