"""Messages of setting up an office: ``sidik init``, ``sidik doctor``, ``sidik completion``."""

from __future__ import annotations

_JUDUL = {
    "libreoffice": ("LibreOffice", "LibreOffice"),
    "font": ("Font", "Font"),
    "isian": ("Isian sidik.toml", "sidik.toml values"),
    "kunci": ("Kunci penanda tangan", "Signing key"),
    "pengembangan": ("Kunci pengembangan", "Development key"),
    "kunci_peserta": ("Kunci peserta uji", "Participants' keys"),
    "kunci_segel": ("Kunci segel arsip", "Archive seal key"),
    "sertifikat": ("Masa berlaku sertifikat", "Certificate validity"),
    "rantai": ("Rantai sertifikat", "Certificate chain"),
    "pencabutan": ("Status pencabutan", "Revocation status"),
    "penggunaan": ("Penggunaan kunci", "Key usage"),
    "pasangan": ("Kunci dan sertifikat", "Key and certificate"),
    "subjek": ("Pemilik sertifikat", "Certificate holder"),
    "jam": ("Jam sistem", "System clock"),
    "templat": ("Templat", "Templates"),
    "ledger": ("Ledger", "Ledger"),
    "keluaran": ("Folder keluaran", "Output folder"),
    "disk": ("Ruang disk", "Disk space"),
}
_STATUS = {
    "lulus": ("OK", "OK"),
    "peringatan": ("AWAS", "WARN"),
    "gagal": ("GAGAL", "FAIL"),
    "dilewati": ("LEWAT", "SKIP"),
}
_TANYA = {
    "pemerintah": ("Pemerintah daerah (kop surat)", "Regional government (letterhead)"),
    "dinas": ("Nama dinas atau badan publik", "Name of the agency"),
    "alamat": ("Alamat kantor", "Office address"),
    "kota": ("Kota penetapan", "City where documents are signed"),
    "unit": (
        "Unit kerja KODE=Nama (kosongkan untuk selesai)",
        "Work unit CODE=Name (leave empty to finish)",
    ),
    "operator": ("Operator {format} (kosong = contoh)", "Operator {format} (empty = placeholder)"),
    "ppid_pelaksana": (
        "PPID Pelaksana {format} (kosong = contoh)",
        "PPID Pelaksana {format} (empty = placeholder)",
    ),
    "tim_pertimbangan": (
        "Anggota Tim Pertimbangan {format} (kosongkan untuk selesai)",
        "Tim Pertimbangan member {format} (leave empty to finish)",
    ),
    "atasan_ppid": (
        "Atasan PPID {format} (kosong = contoh)",
        "Atasan PPID {format} (empty = placeholder)",
    ),
}

RUANG: dict[str, dict[str, str]] = {
    **{f"dokter.judul.{k}": {"id": i, "en": e} for k, (i, e) in _JUDUL.items()},
    **{f"dokter.status.{k}": {"id": i, "en": e} for k, (i, e) in _STATUS.items()},
    **{f"ruang.tanya.{k}": {"id": i, "en": e} for k, (i, e) in _TANYA.items()},
    # --- sidik init
    "ruang.sudah_ada": {
        "id": "{folder} sudah ada dan tidak kosong; 'sidik init' tidak pernah menimpa ruang "
        "kerja. Pilih folder baru.",
        "en": "{folder} already exists and is not empty; 'sidik init' never overwrites a "
        "workspace. Choose a new folder.",
    },
    "ruang.pejabat_salah": {
        "id": "'{nilai}' bukan NAMA;JABATAN;NIP[;PARAF]",
        "en": "'{nilai}' is not NAME;POSITION;NIP[;INITIALS]",
    },
    "ruang.unit_salah": {
        "id": "'{nilai}' bukan KODE=Nama",
        "en": "'{nilai}' is not CODE=Name",
    },
    "ruang.dibuat": {
        "id": "Ruang kerja dibuat di {folder}: sidik.toml, templates/, input/, output/; buku "
        "kerja operator kosong: {workbook}.",
        "en": "Workspace created in {folder}: sidik.toml, templates/, input/, output/; empty "
        "operator workbook: {workbook}.",
    },
    "ruang.pki_dev": {
        "id": "PKI pengembangan dibuat (kunci UJI, bukan untuk dokumen resmi): {p12}, akar {akar}.",
        "en": "Development PKI created (a TEST key, not for official documents): {p12}, root "
        "{akar}.",
    },
    "ruang.contoh": {
        "id": "Buku kerja contoh untuk siklus uji coba: {berkas}.",
        "en": "Sample workbook for a trial cycle: {berkas}.",
    },
    "ruang.berikutnya": {
        "id": "Berikutnya (Operator):",
        "en": "Next (Operator):",
    },
    "ruang.langkah_sunting": {
        "id": "sunting {berkas}: ganti nilai bertanda GANTI di {kunci}",
        "en": "edit {berkas}: replace the values marked GANTI in {kunci}",
    },
    "ruang.langkah_unit": {
        "id": "sunting {berkas}: [[unit_kerja]] masih berisi unit kerja contoh; tulis unit "
        "kerja badan publik Anda",
        "en": "edit {berkas}: [[unit_kerja]] still holds the sample work units; write your "
        "public body's work units",
    },
    "ruang.langkah_doctor": {
        "id": "cd {folder} && sidik doctor",
        "en": "cd {folder} && sidik doctor",
    },
    "ruang.langkah_uji": {
        "id": "sidik run {workbook}   (siklus uji coba dengan buku kerja contoh)",
        "en": "sidik run {workbook}   (a trial cycle with the sample workbook)",
    },
    "ruang.langkah_run": {
        "id": "isi {workbook} dengan daftar informasi Anda, lalu: sidik run {workbook}",
        "en": "fill in {workbook} with your list of information, then: sidik run {workbook}",
    },
    # --- sidik doctor: the report
    "dokter.perbaikan": {"id": "Perbaikan", "en": "Fix"},
    "dokter.ringkas": {
        "id": "{lulus} lulus, {peringatan} peringatan, {gagal} gagal, {dilewati} dilewati.",
        "en": "{lulus} passed, {peringatan} warnings, {gagal} failed, {dilewati} skipped.",
    },
    "dokter.isian": {
        "id": "tidak ada lagi nilai bertanda GANTI.",
        "en": "no value marked GANTI is left.",
    },
    "dokter.isian_ganti": {
        "id": "{jumlah} nilai masih bertanda GANTI: {kunci}.",
        "en": "{jumlah} values still marked GANTI: {kunci}.",
    },
    "dokter.saran.isian": {
        "id": "Sunting {berkas}: isi kunci-kunci itu dengan data badan publik Anda (dokumen "
        "yang dibuat sekarang memuat teks GANTI).",
        "en": "Edit {berkas}: give those keys your public body's values (documents made now "
        "carry the text GANTI).",
    },
    "dokter.bukan_kunci_dev": {
        "id": "kunci penanda tangan bukan kunci pengembangan.",
        "en": "the signing key is not the development key.",
    },
    "dokter.kunci_dev": {
        "id": "{berkas} adalah kunci pengembangan (BUKAN UNTUK PRODUKSI); tanda tangannya "
        "hanya untuk uji coba.",
        "en": "{berkas} is the development key (NOT FOR PRODUCTION); its signatures are for "
        "trials only.",
    },
    "dokter.saran.kunci_dev": {
        "id": "Sebelum dokumen resmi, atur [penandatanganan] di sidik.toml ke kunci Atasan PPID "
        "yang sungguhan (pkcs12, pkcs11, atau bsre) dan akarnya di [verifikasi].",
        "en": "Before official documents, set [penandatanganan] in sidik.toml to the Atasan "
        "PPID's real key (pkcs12, pkcs11 or bsre) and its root in [verifikasi].",
    },
    "dokter.berikutnya": {
        "id": "Berikutnya (Operator): sidik run {workbook}",
        "en": "Next (Operator): sidik run {workbook}",
    },
    "dokter.gagal": {
        "id": "{gagal} dari {jumlah} pemeriksaan gagal; perbaiki yang bertanda GAGAL, lalu "
        "jalankan 'sidik doctor' lagi.",
        "en": "{gagal} of {jumlah} checks failed; fix those marked FAIL, then run "
        "'sidik doctor' again.",
    },
    # --- LibreOffice and fonts
    "dokter.libreoffice": {"id": "{versi}", "en": "{versi}"},
    "dokter.saran.libreoffice": {
        "id": "Pasang LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; "
        "Windows: libreoffice.org), atau tulis letak soffice di [jalur] libreoffice.",
        "en": "Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; "
        "Windows: libreoffice.org), or give soffice's location in [jalur] libreoffice.",
    },
    "eksternal.saran_fontconfig": {
        "id": "apt-get install fontconfig",
        "en": "apt-get install fontconfig",
    },
    "dokter.font_ada": {"id": "{font} terpasang.", "en": "{font} is installed."},
    "dokter.font_seukuran": {
        "id": "{font} tidak terpasang; LibreOffice memakai {pengganti}, yang ukurannya sama "
        "(tata letak tidak bergeser).",
        "en": "{font} is not installed; LibreOffice uses {pengganti}, which has the same "
        "metrics (the layout does not move).",
    },
    "dokter.font_diganti": {
        "id": "{font} tidak terpasang; LibreOffice menggantinya dengan {pengganti}, sehingga "
        "tata letak dokumen dapat bergeser.",
        "en": "{font} is not installed; LibreOffice replaces it with {pengganti}, so the "
        "documents' layout may shift.",
    },
    "dokter.saran.font": {
        "id": "Pasang font {font}, atau ganti font itu di templat dengan font yang terpasang.",
        "en": "Install the font {font}, or change the templates to a font that is installed.",
    },
    "dokter.font_tanpa_fontconfig": {
        "id": "{font}: fontconfig (fc-match) tidak ada, penggantian tidak dapat diperiksa.",
        "en": "{font}: fontconfig (fc-match) is missing, substitution cannot be checked.",
    },
    "dokter.font_tanam": {
        "id": "font untuk paraf dan stempel: {berkas}.",
        "en": "font for paraf and stamp: {berkas}.",
    },
    "dokter.saran.font_tanam": {
        "id": "Pasang fonts-liberation2 dan fonts-noto-core (Windows: Arial sudah ada).",
        "en": "Install fonts-liberation2 and fonts-noto-core (Windows: Arial is present).",
    },
    # --- the key, its certificate, its chain, the clock
    "dokter.kunci": {
        "id": "{metode}: {subjek}.",
        "en": "{metode}: {subjek}.",
    },
    "dokter.kunci_peserta": {
        "id": "{jumlah} peserta uji konsekuensi ({nama}) menandatangani Lembar dan Berita Acara "
        "dengan kuncinya sendiri, sertifikat atas nama dan NIP masing-masing.",
        "en": "{jumlah} participants of the consequence test ({nama}) sign the Lembar and the "
        "Berita Acara with their own key, each certificate in their own name and NIP.",
    },
    "dokter.kunci_segel": {
        "id": "Operator {nama} (NIP {nip}) menyegel manifest arsip dengan kuncinya sendiri.",
        "en": "Operator {nama} (NIP {nip}) seals the archive's manifest with their own key.",
    },
    "dokter.tanpa_segel": {
        "id": "Operator {nama} tidak punya kunci selain akun BSrE: manifest arsip tidak disegel; "
        "hash yang dicatat ledger menjadi saksinya.",
        "en": "Operator {nama} has no key but a BSrE account: the archive's manifest is not "
        "sealed; the hash recorded in the ledger vouches for it.",
    },
    "dokter.saran.kunci_segel": {
        "id": "Operator yang mengarsipkan menyegel manifest arsip dengan kuncinya sendiri: "
        'nyatakan kuncinya di [penandatanganan.kunci."NIP"] sidik.toml (PKCS#12 atau token '
        "PKCS#11), atau, untuk uji coba, 'sidik pki dev'.",
        "en": "The Operator who archives seals the archive's manifest with their own key: "
        'declare it under [penandatanganan.kunci."NIP"] in sidik.toml (PKCS#12 or a PKCS#11 '
        "token), or, for a trial, 'sidik pki dev'.",
    },
    "dokter.saran.kunci_peserta": {
        "id": "Setiap PPID Pelaksana dan anggota Tim Pertimbangan menandatangani Lembar dan "
        "Berita Acara dengan kuncinya sendiri: nyatakan kuncinya di "
        '[penandatanganan.kunci."NIP"] sidik.toml (PKCS#12, token PKCS#11, atau akun BSrE), '
        "atau, untuk uji coba, 'sidik pki dev'.",
        "en": "Each PPID Pelaksana and Tim Pertimbangan member signs the Lembar and the Berita "
        'Acara with their own key: declare it under [penandatanganan.kunci."NIP"] in '
        "sidik.toml (PKCS#12, a PKCS#11 token or a BSrE account), or, for a trial, "
        "'sidik pki dev'.",
    },
    "dokter.kunci_bsre": {
        "id": "layanan BSrE {url} menjawab; NIK {nik} terdaftar dan aktif.",
        "en": "BSrE service {url} answers; NIK {nik} is registered and active.",
    },
    "dokter.saran.kunci_pkcs12": {
        "id": "Buat kunci pengembangan dengan 'sidik pki dev', atau atur [penandatanganan] "
        "pkcs12 ke berkas .p12 Anda dan berikan sandinya lewat variabel lingkungan yang "
        "dinamai sandi_env (bawaan SIDIK_SANDI_PKCS12).",
        "en": "Create the development key with 'sidik pki dev', or set [penandatanganan] "
        "pkcs12 to your .p12 file and give its passphrase in the environment variable named "
        "by sandi_env (default SIDIK_SANDI_PKCS12).",
    },
    "dokter.saran.kunci_pkcs11": {
        "id": "Pasang token dan periksa [penandatanganan.pkcs11] pustaka, token, kunci; PIN "
        "lewat variabel lingkungan pin_env (bawaan SIDIK_PIN_PKCS11).",
        "en": "Plug in the token and check [penandatanganan.pkcs11] pustaka, token, kunci; "
        "the PIN goes in the environment variable pin_env (default SIDIK_PIN_PKCS11).",
    },
    "dokter.saran.kunci_bsre": {
        "id": "Periksa [penandatanganan.bsre] url dan nik, jaringan ke BSrE, dan variabel "
        "lingkungan passphrase_env dan sandi_api_env.",
        "en": "Check [penandatanganan.bsre] url and nik, the network to BSrE, and the "
        "environment variables passphrase_env and sandi_api_env.",
    },
    "dokter.lewat_tanpa_kunci": {
        "id": "kunci tidak dapat dibuka.",
        "en": "the key cannot be opened.",
    },
    "dokter.lewat_bsre": {
        "id": "sertifikat disimpan dan diperiksa oleh BSrE saat menandatangani.",
        "en": "the certificate is kept and checked by BSrE when signing.",
    },
    "dokter.sertifikat": {
        "id": "berlaku sampai {akhir} ({hari} hari lagi).",
        "en": "valid until {akhir} ({hari} days left).",
    },
    "dokter.sertifikat_tidak_berlaku": {
        "id": "sertifikat {subjek} tidak berlaku sekarang (berlaku {mulai} s.d. {akhir}).",
        "en": "certificate {subjek} is not valid now (valid {mulai} to {akhir}).",
    },
    "dokter.sertifikat_segera_habis": {
        "id": "sertifikat {subjek} berakhir {akhir}, {hari} hari lagi.",
        "en": "certificate {subjek} ends on {akhir}, in {hari} days.",
    },
    "dokter.saran.sertifikat": {
        "id": "Minta sertifikat baru kepada penerbitnya (BSrE) dan pasang di [penandatanganan]; "
        "untuk kunci pengembangan hapus certs/dev/ lalu jalankan 'sidik pki dev'.",
        "en": "Request a new certificate from its issuer (BSrE) and set it in "
        "[penandatanganan]; for the development key delete certs/dev/ and run 'sidik pki dev'.",
    },
    "dokter.rantai": {
        "id": "sampai ke akar tepercaya {akar}.",
        "en": "reaches the trusted root {akar}.",
    },
    "dokter.rantai_tidak_tepercaya": {
        "id": "sertifikat {subjek} tidak sampai ke akar tepercaya ({akar}): {sebab}",
        "en": "certificate {subjek} does not reach a trusted root ({akar}): {sebab}",
    },
    "dokter.saran.rantai": {
        "id": "Tulis sertifikat akar penerbit kunci (mis. akar BSrE, PEM) di [verifikasi] "
        "akar_tepercaya.",
        "en": "Put the root certificate of the key's issuer (e.g. the BSrE root, PEM) in "
        "[verifikasi] akar_tepercaya.",
    },
    "dokter.sertifikat_dicabut": {
        "id": "sertifikat {subjek} telah DICABUT menurut OCSP/CRL penerbitnya.",
        "en": "certificate {subjek} has been REVOKED according to its issuer's OCSP/CRL.",
    },
    "dokter.penggunaan_bukan_ttd": {
        "id": "sertifikat {subjek} tidak untuk tanda tangan (penggunaan kunci: {penggunaan}; "
        "perlu digitalSignature atau nonRepudiation).",
        "en": "certificate {subjek} is not for signatures (key usage: {penggunaan}; "
        "digitalSignature or nonRepudiation is needed).",
    },
    "dokter.kunci_tidak_cocok": {
        "id": "kunci privat tidak cocok dengan sertifikat {subjek} ({sebab}).",
        "en": "the private key does not match the certificate {subjek} ({sebab}).",
    },
    "dokter.subjek_tidak_cocok": {
        "id": "sertifikat atas nama {nama_sertifikat} (NIP {nip_sertifikat}), bukan {nama} "
        "(NIP {nip}) di [pejabat.atasan_ppid].",
        "en": "the certificate is issued to {nama_sertifikat} (NIP {nip_sertifikat}), not to "
        "{nama} (NIP {nip}) in [pejabat.atasan_ppid].",
    },
    "dokter.saran.pasangan": {
        "id": "Pasang kunci privat dan sertifikat yang sepasang (ekspor ulang berkas PKCS#12 "
        "atau periksa label kunci dan sertifikat di token).",
        "en": "Install a private key and certificate that belong together (export the PKCS#12 "
        "file again, or check the key and certificate labels on the token).",
    },
    "dokter.saran.subjek": {
        "id": "Pasang kunci Atasan PPID yang dikonfigurasi, atau perbaiki nama dan NIP di "
        "[pejabat.atasan_ppid] agar sama dengan sertifikat.",
        "en": "Install the configured Atasan PPID's key, or correct the name and NIP in "
        "[pejabat.atasan_ppid] to match the certificate.",
    },
    "dokter.jam_tanpa_tsa": {
        "id": "tidak ada [penandatanganan] tsa_url (tingkat B-B); jam tidak dibandingkan.",
        "en": "no [penandatanganan] tsa_url (level B-B); the clock is not compared.",
    },
    "dokter.jam": {
        "id": "selisih dengan server stempel waktu {url}: {detik} detik.",
        "en": "difference from the timestamp server {url}: {detik} seconds.",
    },
    "dokter.jam_meleset": {
        "id": "jam komputer ini berselisih {detik} detik dengan server stempel waktu {url} "
        "(batas {batas} detik).",
        "en": "this computer's clock is {detik} seconds off the timestamp server {url} "
        "(limit {batas} seconds).",
    },
    "dokter.saran.jam": {
        "id": "Setel jam sistem dan aktifkan sinkronisasi waktu otomatis (NTP).",
        "en": "Set the system clock and turn on automatic time synchronisation (NTP).",
    },
    "dokter.tsa_tidak_menjawab": {
        "id": "server stempel waktu {url} tidak menjawab: {sebab}",
        "en": "the timestamp server {url} does not answer: {sebab}",
    },
    "dokter.saran.tsa": {
        "id": "Periksa jaringan dan [penandatanganan] tsa_url.",
        "en": "Check the network and [penandatanganan] tsa_url.",
    },
    # --- templates, ledger, output, disk
    "dokter.templat": {
        "id": "{jumlah} templat di {folder} sah.",
        "en": "{jumlah} templates in {folder} are valid.",
    },
    "dokter.templat_gagal": {"id": "{sebab}", "en": "{sebab}"},
    "dokter.saran.templat": {
        "id": "Perbaiki templat yang disebut (rincian: 'sidik templates check'), atau salin "
        "ulang templat bawaan dari ruang kerja baru ('sidik init').",
        "en": "Fix the template named (details: 'sidik templates check'), or copy the default "
        "templates again from a new workspace ('sidik init').",
    },
    "dokter.ledger": {
        "id": "{berkas} terbaca, skema versi {versi}.",
        "en": "{berkas} is readable, schema version {versi}.",
    },
    "dokter.ledger_migrasi": {
        "id": "{berkas} terbaca, skema versi {versi}; dinaikkan otomatis ke {dikenal} pada "
        "perintah berikutnya.",
        "en": "{berkas} is readable, schema version {versi}; upgraded to {dikenal} "
        "automatically by the next command.",
    },
    "dokter.ledger_belum_ada": {
        "id": "{berkas} belum ada; dibuat pada 'sidik run' pertama.",
        "en": "{berkas} does not exist yet; the first 'sidik run' creates it.",
    },
    "dokter.ledger_rusak": {
        "id": "{berkas} tidak dapat dibaca: {sebab}.",
        "en": "{berkas} cannot be read: {sebab}.",
    },
    "dokter.saran.ledger": {
        "id": "Pulihkan ledger dari cadangan; arsip di output/arsip/ tetap utuh.",
        "en": "Restore the ledger from a backup; the archive in output/arsip/ is intact.",
    },
    "dokter.saran.ledger_baru": {
        "id": "Ledger dibuat oleh sidik yang lebih baru: perbarui sidik.",
        "en": "The ledger was made by a newer sidik: upgrade sidik.",
    },
    "dokter.keluaran": {"id": "{folder} dapat ditulis.", "en": "{folder} is writable."},
    "dokter.keluaran_bukan_folder": {
        "id": "{folder} bukan folder.",
        "en": "{folder} is not a folder.",
    },
    "dokter.keluaran_tidak_dapat_ditulis": {
        "id": "{folder} tidak dapat ditulis: {sebab}.",
        "en": "{folder} is not writable: {sebab}.",
    },
    "dokter.saran.keluaran": {
        "id": "Beri pengguna ini hak tulis atas folder [jalur] keluaran, atau pilih folder "
        "lain di sidik.toml.",
        "en": "Give this user write access to the [jalur] keluaran folder, or choose another "
        "folder in sidik.toml.",
    },
    "dokter.disk": {
        "id": "{bebas} MB bebas di {folder}.",
        "en": "{bebas} MB free in {folder}.",
    },
    "dokter.disk_penuh": {
        "id": "hanya {bebas} MB bebas di {folder} (perlu paling sedikit {batas} MB).",
        "en": "only {bebas} MB free in {folder} (at least {batas} MB needed).",
    },
    "dokter.saran.disk": {
        "id": "Kosongkan ruang disk atau pindahkan [jalur] keluaran ke disk lain.",
        "en": "Free some disk space or move [jalur] keluaran to another disk.",
    },
    # --- the sidik.toml that 'sidik init' writes (comment lines; the keys' own descriptions
    # come from their declarations in pipeline/config/bagian.py)
    "ruang.toml.kepala": {
        "id": "sidik.toml — konfigurasi satu ruang kerja sidik (satu badan publik), dibuat oleh "
        "'sidik init'.\nSemua jalur relatif terhadap folder berkas ini. Rujukan semua kunci: "
        "docs/konfigurasi.md.\nKunci yang diawali '#' memakai nilai bawaannya. Setelah "
        "menyunting, jalankan 'sidik doctor'.",
        "en": "sidik.toml — the configuration of one sidik workspace (one public body), made by "
        "'sidik init'.\nEvery path is relative to this file's folder. Every key: "
        "docs/konfigurasi.md.\nA key starting with '#' keeps its default. After editing, run "
        "'sidik doctor'.",
    },
    "ruang.toml.contoh": {
        "id": "{tanda}: nilai contoh — isi dengan data badan publik Anda.",
        "en": "{tanda}: sample values — fill in your public body's data.",
    },
    "ruang.toml.kunci_dev": {
        "id": "Kunci PENGEMBANGAN sekali pakai di certs/dev/ (dibuat oleh 'sidik init' atau "
        "'sidik pki dev'). Untuk kunci sungguhan: ganti 'pkcs12' dengan berkas .p12 Anda, hapus "
        "'sandi_berkas' (sandi diambil dari variabel lingkungan 'sandi_env' atau ditanyakan), "
        "hapus 'teks_kaki', dan ganti [verifikasi] akar_tepercaya dengan sertifikat akar "
        'penerbit (mis. BSrE). Token PKCS#11 atau layanan BSrE: metode = "pkcs11" / "bsre" '
        "dan tabelnya di bawah.",
        "en": "A throwaway DEVELOPMENT key under certs/dev/ (made by 'sidik init' or 'sidik pki "
        "dev'). For a real key: set 'pkcs12' to your .p12 file, remove 'sandi_berkas' (the "
        "passphrase then comes from the environment variable 'sandi_env' or a prompt), remove "
        "'teks_kaki', and set [verifikasi] akar_tepercaya to the issuer's root certificate (e.g. "
        'BSrE). A PKCS#11 token or the BSrE service: metode = "pkcs11" / "bsre" and its '
        "table below.",
    },
}
