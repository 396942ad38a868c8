"""Messages of the web pages (``sidik serve``)."""

from __future__ import annotations


def _p(id_: str, en: str) -> dict[str, str]:
    return {"id": id_, "en": en}


WEB: dict[str, dict[str, str]] = {
    "web.lompat": _p("Langsung ke isi", "Skip to content"),
    "web.navigasi": _p("Navigasi utama", "Main navigation"),
    "web.menunggu_saya": _p("Menunggu saya", "Waiting for me"),
    "web.status": _p("Status siklus", "Cycle status"),
    "web.log": _p("Log", "Log"),
    "web.verifikasi": _p("Verifikasi dokumen", "Verify a document"),
    "web.keluar": _p("Keluar", "Log out"),
    "web.masuk": _p("Masuk", "Log in"),
    "web.login": _p("Login", "Login"),
    "web.sandi": _p("Sandi", "Password"),
    "web.kode_totp": _p(
        "Kode autentikator (6 angka, bila akun Anda memakainya)",
        "Authenticator code (6 digits, if your account uses one)",
    ),
    "web.galat": _p("Tidak dapat dilanjutkan", "Cannot continue"),
    "web.kembali": _p("Kembali ke halaman utama", "Back to the home page"),
    "web.tidak_ada_menunggu": _p(
        "Tidak ada yang menunggu Anda saat ini.", "Nothing is waiting for you right now."
    ),
    "web.langkah": _p("Langkah {langkah}", "Step {langkah}"),
    "web.tenggat": _p("Tenggat: {waktu} {zona}", "Deadline: {waktu} {zona}"),
    "web.terlambat": _p("terlambat", "late"),
    "web.item_menunggu": _p(
        "{jumlah} informasi menunggu keputusan Anda.", "{jumlah} items wait for your decision."
    ),
    "web.buka_tinjauan": _p("Buka tinjauan", "Open the review"),
    "web.setujui_paraf": _p(
        "Setujui dan bubuhkan paraf pada semua dokumen", "Approve and initial every document"
    ),
    "web.tinjauan": _p("Tinjauan siklus {siklus}", "Review of cycle {siklus}"),
    "web.konsekuensi": _p("Konsekuensi", "Consequence"),
    "web.pertimbangan": _p("Pertimbangan", "Consideration"),
    "web.keputusan_tim": _p("Keputusan Tim", "Team's decision"),
    "web.keputusan_saya": _p("Keputusan saya", "My decision"),
    "web.keputusan_anda": _p("Keputusan Anda atas informasi No {no}", "Your decision on item {no}"),
    "web.belum": _p("belum ada", "none yet"),
    "web.catatan": _p(
        "Catatan (wajib untuk Dibuka dan Perbaiki)", "Note (required for Dibuka and Perbaiki)"
    ),
    "web.simpan_keputusan": _p("Simpan keputusan", "Save decision"),
    "web.suara_tercatat": _p(
        "Keputusan Anda atas informasi No {no} tercatat: {keputusan}.",
        "Your decision on item {no} is recorded: {keputusan}.",
    ),
    "web.paraf_selesai": _p(
        "Paraf dibubuhkan pada {jumlah} dokumen siklus {siklus}.",
        "Initials applied to {jumlah} documents of cycle {siklus}.",
    ),
    "web.belum_ada_siklus": _p("Belum ada siklus.", "No cycle yet."),
    "web.langkah_siklus": _p("Langkah siklus {siklus}", "Steps of cycle {siklus}"),
    "web.kolom_langkah": _p("Langkah", "Step"),
    "web.kolom_selesai": _p("Selesai ({zona})", "Done ({zona})"),
    "web.kolom_tenggat": _p("Tenggat ({zona})", "Deadline ({zona})"),
    "web.kolom_waktu": _p("Waktu ({zona})", "Time ({zona})"),
    "web.kolom_aksi": _p("Aksi", "Action"),
    "web.kolom_pelaku": _p("Pelaku", "Performed by"),
    "web.kolom_pejabat": _p("Pejabat", "Official"),
    "web.kolom_keterangan": _p("Keterangan", "Remarks"),
    "web.siklus": _p("Siklus", "Cycle"),
    "web.item": _p("No informasi", "Item No"),
    "web.semua": _p("Semua", "All"),
    "web.saring": _p("Saring", "Filter"),
    "web.atas_nama": _p("atas nama", "on behalf"),
    "web.verifikasi_judul": _p(
        "Periksa keaslian dokumen bertanda tangan", "Check whether a signed document is genuine"
    ),
    "web.verifikasi_pengantar": _p(
        "Unggah berkas PDF yang Anda terima. Halaman ini memeriksa tanda tangan elektroniknya: "
        "apakah dokumen tidak berubah sejak ditandatangani dan siapa yang menandatanganinya.",
        "Upload the PDF you received. This page checks its electronic signature: whether the "
        "document is unchanged since it was signed, and who signed it.",
    ),
    "web.putusan.VALID": _p(
        "ASLI: tanda tangan sah dan dokumen tidak berubah sejak ditandatangani.",
        "GENUINE: the signature is valid and the document is unchanged since it was signed.",
    ),
    "web.putusan.INDETERMINATE": _p(
        "BELUM DAPAT DIPASTIKAN: tanda tangan tidak dapat diperiksa sepenuhnya.",
        "CANNOT BE CONFIRMED: the signature could not be fully checked.",
    ),
    "web.putusan.INVALID": _p(
        "TIDAK SAH: dokumen ini tidak boleh dipercaya sebagai dokumen resmi.",
        "NOT VALID: this document must not be trusted as an official document.",
    ),
    "web.ditandatangani_oleh": _p("Ditandatangani oleh", "Signed by"),
    "web.waktu_ttd": _p("Waktu tanda tangan", "Signing time"),
    "web.pilih_berkas": _p("Berkas PDF", "PDF file"),
    "web.periksa": _p("Periksa", "Check"),
    "web.pilih_pdf": _p("Pilih berkas PDF yang akan diperiksa.", "Choose the PDF to check."),
    "web.tidak_disimpan": _p(
        "Berkas yang diunggah hanya diperiksa, tidak disimpan.",
        "The uploaded file is only checked, never kept.",
    ),
    "web.csrf": _p(
        "Formulir ini kedaluwarsa atau tidak berasal dari halaman sidik. Muat ulang halaman "
        "dan kirim lagi.",
        "This form has expired or did not come from a sidik page. Reload the page and send "
        "it again.",
    ),
    "web.http_403": _p(
        "Akun Anda tidak berwenang melakukan tindakan ini.",
        "Your account is not allowed to do this.",
    ),
    "web.http_404": _p("Halaman tidak ditemukan.", "Page not found."),
    "web.http_405": _p(
        "Cara permintaan ini tidak diizinkan.", "This request method is not allowed."
    ),
    "web.http_413": _p(
        "Berkas terlalu besar (paling besar 20 MB).", "The file is too large (at most 20 MB)."
    ),
    "web.serve_mulai": _p(
        "sidik serve melayani {alamat} (hentikan dengan Ctrl+C).",
        "sidik serve is serving {alamat} (stop with Ctrl+C).",
    ),
    "web.qr_tidak_dikenal": _p(
        "Kode {sha256} tidak tercatat di arsip badan publik ini. Dokumen dengan kode ini tidak "
        "diterbitkan melalui sidik di sini; periksa berkasnya dengan mengunggahnya di bawah.",
        "Code {sha256} is not in this public body's archive. No document with this code was "
        "issued through sidik here; check the file by uploading it below.",
    ),
    "web.instansi": _p("Badan publik", "Public body"),
    "web.dokumen": _p("Dokumen", "Document"),
    "web.diarsipkan": _p("Diarsipkan", "Archived"),
    "web.validasi": _p("Periksa buku kerja", "Check a workbook"),
    "web.buku_kerja": _p("Buku kerja operator (.xlsx)", "Operator workbook (.xlsx)"),
    "web.unduh_laporan": _p(
        "Periksa dan unduh salinan bertanda", "Check and download the marked copy"
    ),
    "web.pilih_buku_kerja": _p(
        "Pilih buku kerja (.xlsx) yang akan diperiksa.", "Choose the workbook (.xlsx) to check."
    ),
    "web.validasi_gagal": _p(
        "{berkas}: {jumlah} masalah harus diperbaiki di Excel; sesudah itu periksa ulang.",
        "{berkas}: {jumlah} problems must be fixed in Excel; then check it again.",
    ),
    "web.validasi_tidak_disimpan": _p(
        "'Periksa' hanya memeriksa buku kerja yang diunggah, tidak menyimpannya.",
        "'Check' only checks the uploaded workbook; it is not kept.",
    ),
    "web.admin": _p("Admin", "Admin"),
    "web.admin_akun": _p("Akun", "Accounts"),
    "web.admin_konfigurasi": _p("Konfigurasi", "Configuration"),
    "web.admin_dokter": _p("Kesiapan (doctor)", "Readiness (doctor)"),
    "web.admin_tindakan": _p("Tindakan", "Actions"),
    "web.admin_tambah": _p("Tambah akun", "Add an account"),
    "web.admin_login_petunjuk": _p(
        "Huruf kecil, angka, titik, garis bawah atau tanda hubung; diawali huruf atau angka.",
        "Lower-case letters, digits, dots, underscores or hyphens; starting with a letter or "
        "digit.",
    ),
    "web.admin_pejabat": _p("Pejabat (NIP)", "Official (NIP)"),
    "web.admin_tanpa_pejabat": _p("— tanpa pejabat —", "— no official —"),
    "web.admin_pejabat_petunjuk": _p(
        "Wajib untuk PPID Pelaksana, Tim Pertimbangan dan Atasan PPID: akun itu adalah pejabat "
        "tersebut di sidik.toml, sehingga tindakannya tercatat sebagai tindakannya sendiri.",
        "Required for PPID Pelaksana, Tim Pertimbangan and Atasan PPID: the account is that "
        "official of sidik.toml, so its acts are recorded as their own.",
    ),
    "web.admin_sandi_awal": _p(
        "Sandi awal (paling sedikit 12 karakter; sampaikan kepada pemiliknya secara langsung)",
        "Initial password (at least 12 characters; hand it to its owner in person)",
    ),
    "web.admin_login_surel": _p("Login / surel", "Login / e-mail"),
    "web.admin_surel_notifikasi": _p(
        "Alamat surel untuk notifikasi (boleh kosong)",
        "E-mail address for notifications (optional)",
    ),
    "web.admin_ubah_surel": _p("Alamat surel untuk notifikasi", "E-mail address for notifications"),
    "web.admin_surel_baru": _p(
        "Alamat surel baru (kosong: hapus, tanpa notifikasi)",
        "New e-mail address (empty: remove it, no notifications)",
    ),
    "web.admin_simpan_surel": _p("Simpan alamat surel", "Save the e-mail address"),
    "web.admin_sandi_baru": _p("Sandi baru untuk {login}", "New password for {login}"),
    "web.admin_sandi_baru_singkat": _p("sandi baru", "new password"),
    "web.admin_ganti_sandi": _p("Ganti sandi", "Reset password"),
    "web.admin_ganti_sandi_akun": _p("Ganti sandi akun {login}", "Reset the password of {login}"),
    "web.admin_bukan_diri_sendiri": _p(
        "Anda tidak dapat menonaktifkan akun Anda sendiri; mintalah admin lain, atau gunakan "
        "'sidik users disable'.",
        "You cannot disable your own account; ask another admin, or use 'sidik users disable'.",
    ),
    "web.admin_nonaktifkan": _p("Nonaktifkan", "Disable"),
    "web.admin_nonaktifkan_akun": _p("Nonaktifkan akun {login}", "Disable account {login}"),
    "web.admin_belum_ada_akun": _p("Belum ada akun.", "No accounts yet."),
    "web.admin_peran_salah": _p("Pilih peran akun.", "Choose the account's role."),
    "web.admin_konfigurasi_pengantar": _p(
        "Nilai {berkas} seperti dibaca sidik saat layanan dimulai; perubahan berlaku setelah "
        "sidik serve dimulai ulang. Berkas itu tidak memuat sandi atau PIN (hanya nama variabel "
        "lingkungan yang memuatnya); nilai kunci yang menyangkut rahasia tidak ditampilkan.",
        "The values of {berkas} as sidik read them when the service started; a change takes "
        "effect when sidik serve is restarted. That file holds no passphrase or PIN (only the "
        "names of the environment variables that do); keys about a secret are not shown.",
    ),
    "web.admin_kunci": _p("Kunci", "Key"),
    "web.admin_nilai": _p("Nilai", "Value"),
    "web.admin_tersembunyi": _p("(tidak ditampilkan)", "(not shown)"),
    "web.admin_dokter_pengantar": _p(
        "Pemeriksaan 'sidik doctor', dijalankan saat halaman ini pertama kali dibuka dan lagi "
        "setiap kali Anda menekan 'Periksa ulang'. Sandi kunci tidak ditanyakan di halaman ini: "
        "kunci yang sandinya harus diketik dilaporkan tidak dapat dibuka; periksa dengan "
        "'sidik doctor' di komputer penanda tangan.",
        "The checks of 'sidik doctor', run when this page is first opened and again each time "
        "you press 'Check again'. No key passphrase is asked here: a key whose passphrase must "
        "be typed is reported as not opened; check it with 'sidik doctor' on the signer's "
        "computer.",
    ),
    "web.admin_dokter_waktu": _p("Diperiksa pukul {waktu} {zona}.", "Checked at {waktu} {zona}."),
    "web.admin_periksa_ulang": _p("Periksa ulang", "Check again"),
    "web.admin_hasil": _p("Hasil", "Result"),
    "web.admin_pemeriksaan": _p("Pemeriksaan", "Check"),
    "web.masuk_ditahan": _p(
        "Terlalu banyak percobaan masuk yang gagal dari alamat Anda. Coba lagi setelah pukul "
        "{pukul} WIB.",
        "Too many failed logins from your address. Try again after {pukul} WIB.",
    ),
    "web.rahasia_rusak": _p(
        "{berkas} bukan rahasia sesi sidik yang utuh. Hapus berkas itu lalu mulai ulang "
        "sidik serve: rahasia baru dibuat dan semua orang perlu masuk lagi.",
        "{berkas} is not an intact sidik session secret. Delete that file and restart sidik "
        "serve: a new secret is made and everyone must log in again.",
    ),
    "web.lembar_menunggu_anda": _p(
        "{jumlah} dokumen uji konsekuensi (Lembar, Berita Acara) menunggu tanda tangan Anda.",
        "{jumlah} consequence-test documents (Lembar, Berita Acara) wait for your signature.",
    ),
    "web.lembar_menunggu_nanti": _p(
        "{jumlah} dokumen uji konsekuensi (Lembar, Berita Acara) akan menunggu tanda tangan "
        "Anda setelah peserta sebelum Anda menandatanganinya; urutan kini menunggu {nama} "
        "({peran}).",
        "{jumlah} consequence-test documents (Lembar, Berita Acara) will wait for your "
        "signature once the participants before you have signed them; the signing order now "
        "waits for {nama} ({peran}).",
    ),
    "web.lihat_dokumen": _p("Lihat dokumen siklus ini (PDF)", "See this cycle's documents (PDF)"),
    "web.dokumen_judul": _p("Dokumen siklus {siklus}", "Documents of cycle {siklus}"),
    "web.dokumen_rentang": _p(
        "Dokumen {awal}–{akhir} dari {jumlah}", "Documents {awal}–{akhir} of {jumlah}"
    ),
    "web.dokumen_menunggu_ttd": _p(
        "Dokumen siklus ini menunggu tanda tangan Anda.",
        "The documents of this cycle wait for your signature.",
    ),
    "web.sandi_kunci": _p(
        "Sandi kunci tanda tangan Anda (sandi PKCS#12, PIN token, atau passphrase BSrE)",
        "Your signing key's passphrase (PKCS#12 passphrase, token PIN or BSrE passphrase)",
    ),
    "web.sandi_kunci_bantuan": _p(
        "Sandi ini hanya dipakai untuk membuka kunci Anda selama penandatanganan; tidak disimpan "
        "dan tidak dicatat.",
        "The passphrase only unlocks your key while signing; it is neither stored nor logged.",
    ),
    "web.tandatangani_lembar": _p(
        "Tandatangani Lembar dan Berita Acara", "Sign the Lembar and Berita Acara"
    ),
    "web.tandatangani_semua": _p("Tandatangani semua dokumen", "Sign every document"),
    "web.ttd_lembar_selesai": _p(
        "{nama} menandatangani {jumlah} dokumen uji konsekuensi (Lembar, Berita Acara).",
        "{nama} signed {jumlah} consequence-test documents (Lembar, Berita Acara).",
    ),
    "web.ttd_lembar_menunggu": _p(
        "Berikutnya: {siapa} menandatangani {jumlah} dokumen uji konsekuensi siklus {siklus}.",
        "Next: {siapa} signs {jumlah} consequence-test documents of cycle {siklus}.",
    ),
    "web.ttd_lembar_lengkap": _p(
        "Setiap Lembar dan Berita Acara siklus {siklus} telah ditandatangani semua pesertanya. "
        "Berikutnya: Atasan PPID menandatangani.",
        "Every Lembar and Berita Acara of cycle {siklus} is signed by all its participants. "
        "Next: the Atasan PPID signs.",
    ),
    "web.ttd_selesai": _p(
        "{jumlah} dokumen siklus {siklus} ditandatangani. Berikutnya: Operator mengarsipkan.",
        "{jumlah} documents of cycle {siklus} signed. Next: the Operator archives them.",
    ),
    "web.pekerjaan": _p("Penandatanganan", "Signing"),
    "web.tahap_peserta": _p(
        "tanda tangan Lembar dan Berita Acara", "signing the Lembar and Berita Acara"
    ),
    "web.tahap_sign": _p("tanda tangan Atasan PPID", "the Atasan PPID's signature"),
    "web.pekerjaan_berjalan": _p(
        "Penandatanganan siklus {siklus} masih berjalan di server. Tunggu sampai selesai, lalu "
        "mulai lagi.",
        "Signing of cycle {siklus} is still running on the server. Wait until it ends, then "
        "start again.",
    ),
    "web.pekerjaan_sedang": _p(
        "Sedang berjalan di server: {tahap}, {selesai} dari {total} dokumen. Halaman ini "
        "diperbarui sendiri; Anda boleh menutupnya, pekerjaan ini tetap berjalan.",
        "Running on the server: {tahap}, {selesai} of {total} documents. This page refreshes "
        "itself; you may close it, the job goes on.",
    ),
    "web.pekerjaan_mulai": _p(
        "Sedang disiapkan di server. Halaman ini diperbarui sendiri; Anda boleh menutupnya, "
        "pekerjaan ini tetap berjalan.",
        "Being prepared on the server. This page refreshes itself; you may close it, the job "
        "goes on.",
    ),
    "web.pekerjaan_tidak_dikenal": _p(
        "Server tidak mengenal penandatanganan ini: ledger tidak mencatatnya (alamat yang "
        "salah, atau pekerjaan dari sebelum sidik mencatat pekerjaan). Mulai lagi dari Menunggu "
        "saya: yang sudah ditandatangani tidak ditandatangani dua kali.",
        "The server does not know this signing job: the ledger has no record of it (a wrong "
        "address, or a job from before sidik recorded jobs). Start again from Waiting for me: "
        "what is already signed is not signed twice.",
    ),
    "web.pekerjaan_gagal": _p(
        "Penandatanganan terhenti karena kesalahan tak terduga; rinciannya ada di log server. "
        "Mulai lagi dari Menunggu saya: yang sudah ditandatangani tidak ditandatangani dua kali.",
        "Signing stopped on an unexpected error; the details are in the server's log. Start "
        "again from Waiting for me: what is already signed is not signed twice.",
    ),
    "web.pekerjaan_ttd_peserta": _p("Penandatanganan", "Signing"),
    "web.pekerjaan_ttd_atasan": _p("Penandatanganan", "Signing"),
    "web.pekerjaan_paraf": _p("Paraf", "Paraf"),
    "web.pekerjaan_siklus": _p("Jalannya siklus", "Cycle run"),
    "web.kerja_berjalan_paraf": _p(
        "Paraf siklus {siklus} masih berjalan di server. Tunggu sampai selesai, lalu mulai lagi.",
        "The paraf of cycle {siklus} is still running on the server. Wait until it ends, then "
        "start again.",
    ),
    "web.kerja_berjalan_siklus": _p(
        "Siklus {siklus} masih berjalan di server. Tunggu sampai selesai, lalu mulai lagi.",
        "Cycle {siklus} is still running on the server. Wait until it ends, then start again.",
    ),
    "web.tahap_workbook": _p("membaca buku kerja", "reading the workbook"),
    "web.tahap_kumpul": _p("mengumpulkan informasi", "collecting the items"),
    "web.tahap_render": _p("menyusun dokumen", "rendering the documents"),
    "web.tahap_convert": _p("konversi ke PDF/A", "converting to PDF/A"),
    "web.tahap_paraf": _p("paraf PPID Pelaksana", "the PPID Pelaksana's paraf"),
    "web.tahap_arsip": _p("pengarsipan", "archiving"),
    "web.bukan_xlsx": _p(
        "{berkas} bukan buku kerja Excel (.xlsx); simpan sebagai .xlsx lalu unggah lagi.",
        "{berkas} is not an Excel workbook (.xlsx); save it as .xlsx and upload it again.",
    ),
    "web.buka_siklus": _p("Periksa lalu buka siklus", "Check, then open the cycle"),
    "web.buka_siklus_bantuan": _p(
        "Buku kerja tanpa galat disimpan di folder input/ dengan nama baru (tidak menimpa "
        "berkas apa pun), lalu siklusnya dibuka di server: dokumen disusun dan dikonversi, "
        "dengan kemajuan langsung. Buku kerja yang bergalat tidak disimpan.",
        "A workbook without errors is kept in the input/ folder under a new name (it never "
        "replaces a file), then its cycle is opened on the server: the documents are rendered "
        "and converted, with live progress. A workbook with errors is not kept.",
    ),
    "web.lanjutkan_siklus": _p("Lanjutkan siklus", "Continue the cycle"),
    "web.sandi_segel": _p(
        "Sandi kunci Anda untuk menyegel manifest arsip (sandi PKCS#12 atau PIN token)",
        "Your key's passphrase to seal the archive's manifest (PKCS#12 passphrase or token PIN)",
    ),
    "web.sandi_segel_bantuan": _p(
        "Dipakai hanya bila siklus diarsipkan, untuk membuka kunci Anda selama penyegelan; "
        "tidak disimpan dan tidak dicatat.",
        "Used only when the cycle is archived, to unlock your key while sealing; it is "
        "neither stored nor logged.",
    ),
    "web.lanjutkan_bantuan": _p(
        "Menjalankan siklus sejauh keputusan dan tanda tangan yang ada (seperti 'sidik run'); "
        "setelah semua ditandatangani, mengarsipkannya.",
        "Runs the cycle as far as the decisions and signatures so far allow (like 'sidik "
        "run'); once everything is signed, archives it.",
    ),
    "web.siklus_sejauh": _p(
        "Siklus {siklus} dijalankan sejauh yang dapat dilakukan sekarang.",
        "Cycle {siklus} ran as far as it can for now.",
    ),
    "web.paraf_menunggu_anda": _p(
        "{jumlah} dokumen menunggu paraf Anda.", "{jumlah} documents wait for your paraf."
    ),
    "web.menunggu_tinjauan": _p(
        "Siklus {siklus}: langkah 1-2 selesai; {jumlah} informasi menunggu keputusan Tim "
        "Pertimbangan di halaman tinjauan. Sesudah itu, tekan Lanjutkan siklus.",
        "Cycle {siklus}: steps 1-2 done; {jumlah} items wait for the Tim Pertimbangan's "
        "decisions on the review page. Then press Continue the cycle.",
    ),
    "web.menunggu_perbaikan": _p(
        "Siklus {siklus}: {jumlah} informasi dikembalikan {oleh} untuk diperbaiki (No {nomor}). "
        "Perbaiki barisnya di {workbook} sesuai catatan di Log, lalu tekan Lanjutkan siklus.",
        "Cycle {siklus}: {jumlah} item(s) were sent back by the {oleh} for correction (No "
        "{nomor}). Correct their rows in {workbook} as the notes in the Log say, then press "
        "Continue the cycle.",
    ),
    "web.menunggu_paraf": _p(
        "Siklus {siklus}: {jumlah} dokumen menunggu paraf {siapa} di halaman Menunggu saya-nya. "
        "Sesudah itu, tekan Lanjutkan siklus.",
        "Cycle {siklus}: {jumlah} documents wait for the paraf of {siapa} on their Waiting "
        "for me page. Then press Continue the cycle.",
    ),
    "web.menunggu_tanda_tangan_peserta": _p(
        "Siklus {siklus}: {jumlah} Lembar Pengujian Konsekuensi menunggu tanda tangan {siapa} "
        "di halaman Menunggu saya-nya (berurutan: PPID Pelaksana, lalu anggota Tim yang "
        "hadir); lalu Atasan PPID menandatangani. Sesudah itu, tekan Lanjutkan siklus.",
        "Cycle {siklus}: {jumlah} Lembar Pengujian Konsekuensi wait for the signature of "
        "{siapa} on their Waiting for me page (in order: PPID Pelaksana, then the Tim members "
        "present); then the Atasan PPID signs. Then press Continue the cycle.",
    ),
    "web.menunggu_tanda_tangan": _p(
        "Siklus {siklus}: {jumlah} dokumen menunggu tanda tangan {siapa} di halaman Menunggu "
        "saya-nya. Sesudah itu, tekan Lanjutkan siklus untuk mengarsipkan.",
        "Cycle {siklus}: {jumlah} documents wait for the signature of {siapa} on their "
        "Waiting for me page. Then press Continue the cycle to archive them.",
    ),
    "web.menunggu_arsip": _p(
        "Siklus {siklus}: setiap dokumen telah ditandatangani; pengarsipan adalah tindakan "
        "Operator ({siapa}) sendiri: tekan Lanjutkan siklus di halamannya.",
        "Cycle {siklus}: every document is signed; filing is the Operator's ({siapa}) own act: "
        "they press Continue the cycle on their page.",
    ),
    "web.pratinjau": _p("Dokumen (PDF)", "Documents (PDF)"),
    "web.buka_pdf": _p("Buka {nama} (PDF)", "Open {nama} (PDF)"),
    "web.belum_ada_pdf": _p("Belum ada PDF untuk siklus ini.", "No PDF for this cycle yet."),
    "keputusan.dikecualikan": _p("Dikecualikan", "Exempted"),
    "keputusan.dibuka": _p("Dibuka", "Opened"),
    "keputusan.perbaiki": _p("Perbaiki", "To be corrected"),
}
