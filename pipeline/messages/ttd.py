"""Messages of signing: PAdES levels, tokens, BSrE, paraf hierarchy."""

from __future__ import annotations

TTD: dict[str, dict[str, str]] = {
    # --- certificate status at signing time
    "ttd.sertifikat_dicabut": {
        "id": "Sertifikat penandatangan {subjek} telah DICABUT (menurut OCSP/CRL penerbitnya); "
        "tidak ada dokumen yang ditandatangani. Minta sertifikat baru kepada penerbit.",
        "en": "The signer's certificate {subjek} has been REVOKED (according to its issuer's "
        "OCSP/CRL); no document was signed. Request a new certificate from the issuer.",
    },
    "ttd.sertifikat_tidak_berlaku": {
        "id": "Sertifikat penandatangan {subjek} atau rantainya tidak berlaku: {sebab}.",
        "en": "The signer's certificate {subjek} or its chain is not valid: {sebab}.",
    },
    "ttd.sertifikat_tidak_sah": {
        "id": "Sertifikat penandatangan {subjek} tidak dapat divalidasi ({sebab}); periksa "
        "[verifikasi] akar_tepercaya dan apakah layanan OCSP/CRL penerbit dapat dihubungi.",
        "en": "The signer's certificate {subjek} cannot be validated ({sebab}); check "
        "[verifikasi] akar_tepercaya and whether the issuer's OCSP/CRL service is reachable.",
    },
    # --- the preflight of the signing certificate (pipeline.signing.kelayakan)
    "ttd.pkcs12_tanpa_sertifikat": {
        "id": "Berkas PKCS#12 {berkas} tidak memuat sertifikat penanda tangan (hanya kunci "
        "atau rantai penerbit); ekspor ulang kunci beserta sertifikatnya.",
        "en": "The PKCS#12 file {berkas} holds no signer's certificate (only a key or the "
        "issuer's chain); export the key again together with its certificate.",
    },
    "ttd.pkcs12_tanpa_kunci": {
        "id": "Berkas PKCS#12 {berkas} tidak memuat kunci privat; ekspor ulang kunci beserta "
        "sertifikatnya.",
        "en": "The PKCS#12 file {berkas} holds no private key; export the key again together "
        "with its certificate.",
    },
    "ttd.sertifikat_tidak_tepercaya": {
        "id": "Sertifikat penandatangan {subjek} tidak sampai ke akar tepercaya di [verifikasi] "
        "akar_tepercaya ({sebab}); tidak ada dokumen yang ditandatangani. Tulis akar penerbit "
        "kunci (mis. akar BSrE) di [verifikasi] akar_tepercaya.",
        "en": "The signer's certificate {subjek} does not reach a trusted root in [verifikasi] "
        "akar_tepercaya ({sebab}); no document was signed. Put the root of the key's issuer "
        "(e.g. the BSrE root) in [verifikasi] akar_tepercaya.",
    },
    "ttd.sertifikat_bukan_untuk_ttd": {
        "id": "Sertifikat penandatangan {subjek} tidak boleh dipakai untuk tanda tangan "
        "(penggunaan kunci: {penggunaan}; perlu digitalSignature atau nonRepudiation); tidak "
        "ada dokumen yang ditandatangani. Minta sertifikat tanda tangan kepada penerbit.",
        "en": "The signer's certificate {subjek} may not be used for signatures (key usage: "
        "{penggunaan}; digitalSignature or nonRepudiation is needed); no document was signed. "
        "Request a signing certificate from the issuer.",
    },
    "ttd.kunci_tidak_cocok": {
        "id": "Kunci privat tidak cocok dengan sertifikat {subjek} ({sebab}); tidak ada "
        "dokumen yang ditandatangani. Pasang kunci dan sertifikat yang sepasang.",
        "en": "The private key does not match the certificate {subjek} ({sebab}); no document "
        "was signed. Install a key and certificate that belong together.",
    },
    "ttd.subjek_tidak_cocok": {
        "id": "Sertifikat penandatangan atas nama {nama_sertifikat} (NIP {nip_sertifikat}) bukan "
        "Atasan PPID di [pejabat.atasan_ppid], {nama} (NIP {nip}); tidak ada dokumen yang "
        "ditandatangani. Pasang kunci pejabat itu, atau perbaiki [pejabat.atasan_ppid].",
        "en": "The signer's certificate is issued to {nama_sertifikat} (NIP {nip_sertifikat}), "
        "not to the Atasan PPID in [pejabat.atasan_ppid], {nama} (NIP {nip}); no document was "
        "signed. Install that official's key, or correct [pejabat.atasan_ppid].",
    },
    "ttd.subjek_pejabat_tidak_cocok": {
        "id": "Sertifikat penandatangan atas nama {nama_sertifikat} (NIP {nip_sertifikat}) bukan "
        "milik {jabatan} di sidik.toml, {nama} (NIP {nip}); tidak ada dokumen yang "
        'ditandatangani. Pasang kunci pejabat itu ([penandatanganan.kunci."{nip}"]), atau '
        "perbaiki nama dan NIP-nya di sidik.toml.",
        "en": "The signer's certificate is issued to {nama_sertifikat} (NIP {nip_sertifikat}), "
        "not to the {jabatan} in sidik.toml, {nama} (NIP {nip}); no document was signed. "
        'Install that official\'s key ([penandatanganan.kunci."{nip}"]), or correct their '
        "name and NIP in sidik.toml.",
    },
    "ttd.kunci_pejabat_tidak_ada": {
        "id": "Tidak ada kunci untuk {jabatan} {nama} (NIP {nip}): nyatakan kuncinya di "
        '[penandatanganan.kunci."{nip}"] sidik.toml.',
        "en": "No key for the {jabatan} {nama} (NIP {nip}): declare it under "
        '[penandatanganan.kunci."{nip}"] in sidik.toml.',
    },
    "ttd.kunci_dev_tidak_ada": {
        "id": "Kunci pengembangan {jabatan} {nama} (NIP {nip}) tidak ada: {berkas}. Jalankan "
        "'sidik pki dev', atau nyatakan kuncinya di [penandatanganan.kunci.\"{nip}\"].",
        "en": "The development key of the {jabatan} {nama} (NIP {nip}) is missing: {berkas}. "
        "Run 'sidik pki dev', or declare their key under [penandatanganan.kunci.\"{nip}\"].",
    },
    "ttd.paraf_tanpa_ttd": {
        "id": "{berkas} tidak bertanda tangan paraf {nama} (NIP {nip}): belum siap untuk tanda "
        "tangan berikutnya; penandatanganan dihentikan. Jalankan 'sidik paraf' lagi.",
        "en": "{berkas} carries no paraf signature of {nama} (NIP {nip}): not ready for the next "
        "signature; signing stopped. Run 'sidik paraf' again.",
    },
    "ttd.paraf_tidak_sah": {
        "id": "Tanda tangan paraf {nama} (NIP {nip}) pada {berkas} tidak sah: {sebab}; belum "
        "siap untuk tanda tangan berikutnya, penandatanganan dihentikan.",
        "en": "The paraf signature of {nama} (NIP {nip}) on {berkas} is not valid: {sebab}; not "
        "ready for the next signature, signing stopped.",
    },
    "ttd.paraf_bukan_pemeriksa": {
        "id": "Paraf pada {berkas} ditandatangani {nama_ttd} (NIP {nip_ttd}), bukan PPID "
        "Pelaksana pemeriksanya, {nama} (NIP {nip}); belum siap untuk tanda tangan berikutnya, "
        "penandatanganan dihentikan.",
        "en": "The paraf on {berkas} is signed by {nama_ttd} (NIP {nip_ttd}), not by the PPID "
        "Pelaksana who checks it, {nama} (NIP {nip}); not ready for the next signature, signing "
        "stopped.",
    },
    "ttd.cek.masa_berlaku": {
        "id": "berlaku {mulai} s.d. {akhir}.",
        "en": "valid {mulai} to {akhir}.",
    },
    "ttd.cek.rantai": {
        "id": "sampai ke akar tepercaya.",
        "en": "reaches a trusted root.",
    },
    "ttd.cek.pencabutan": {
        "id": "tidak dicabut menurut OCSP/CRL penerbit.",
        "en": "not revoked according to the issuer's OCSP/CRL.",
    },
    "ttd.cek.pencabutan_tak_terjangkau": {
        "id": "tidak diperiksa: layanan OCSP/CRL penerbit tidak dapat dihubungi ({sebab}).",
        "en": "not checked: the issuer's OCSP/CRL responder is unreachable ({sebab}).",
    },
    "ttd.cek.pencabutan_tanpa_layanan": {
        "id": "tidak diperiksa: sertifikat tidak menyebut layanan OCSP/CRL.",
        "en": "not checked: the certificate names no OCSP/CRL service.",
    },
    "ttd.cek.pencabutan_tanpa_rantai": {
        "id": "tidak diperiksa: rantai sertifikat tidak sah.",
        "en": "not checked: the certificate chain is not valid.",
    },
    "ttd.cek.pencabutan_tidak_berlaku": {
        "id": "tidak diperiksa: sertifikat tidak berlaku sekarang.",
        "en": "not checked: the certificate is not valid now.",
    },
    "ttd.cek.penggunaan": {
        "id": "penggunaan kunci mengizinkan tanda tangan.",
        "en": "the key usage allows signatures.",
    },
    "ttd.cek.pasangan": {
        "id": "kunci privat cocok dengan sertifikat.",
        "en": "the private key matches the certificate.",
    },
    "ttd.cek.subjek": {
        "id": "atas nama {nama} (NIP {nip}), Atasan PPID di [pejabat.atasan_ppid].",
        "en": "issued to {nama} (NIP {nip}), the Atasan PPID in [pejabat.atasan_ppid].",
    },
    "ttd.pencabutan_tidak_diperiksa": {
        "id": "Peringatan: status pencabutan sertifikat penandatangan {keterangan}",
        "en": "Warning: the signer's certificate revocation status {keterangan}",
    },
    "ttd.perpanjang_gagal": {
        "id": "Data validasi jangka panjang tidak dapat ditambahkan ke {berkas}: {sebab}",
        "en": "Long-term validation data cannot be added to {berkas}: {sebab}",
    },
    "ttd.tingkat_perpanjang": {
        "id": "'sign extend' hanya menaikkan ke B-LT atau B-LTA, bukan {tingkat}.",
        "en": "'sign extend' only raises files to B-LT or B-LTA, not {tingkat}.",
    },
    "ttd.tsa_tidak_ada": {
        "id": "B-LTA memerlukan otoritas stempel waktu: isi [penandatanganan] tsa_url.",
        "en": "B-LTA needs a timestamp authority: set [penandatanganan] tsa_url.",
    },
    "ttd.bukan_arsip": {
        "id": "{berkas} tidak berada di folder arsip (tidak ada manifest.json di sebelahnya); "
        "'sign extend' hanya untuk berkas yang sudah diarsipkan.",
        "en": "{berkas} is not in an archive folder (no manifest.json beside it); "
        "'sign extend' is only for archived files.",
    },
    "hasil.perpanjang": {
        "id": "{jumlah} berkas dinaikkan ke {tingkat} sebagai revisi arsip baru: {folder}",
        "en": "{jumlah} file(s) raised to {tingkat} as a new archive revision: {folder}",
    },
    # --- PKCS#11 tokens
    "ttd.pin_prompt": {"id": "PIN token {token}", "en": "PIN of token {token}"},
    "ttd.pin_tidak_ada": {
        "id": "PIN token tidak tersedia: isi variabel lingkungan {env} atau jalankan di "
        "terminal agar sidik dapat menanyakannya.",
        "en": "The token PIN is not available: set the environment variable {env} or run "
        "in a terminal so that sidik can ask for it.",
    },
    "ttd.token_gagal": {
        "id": "Token PKCS#11 '{token}' atau kunci '{kunci}' tidak dapat dipakai ({sebab}): "
        "periksa label token dan kunci, PIN, dan apakah token terpasang.",
        "en": "PKCS#11 token '{token}' or key '{kunci}' cannot be used ({sebab}): check the "
        "token and key labels, the PIN, and whether the token is plugged in.",
    },
    # --- BSrE remote signing
    "bsre.tidak_terdaftar": {
        "id": "NIK {nik} tidak terdaftar sebagai pengguna BSrE; daftarkan penanda tangan "
        "melalui admin TTE instansi.",
        "en": "NIK {nik} is not registered as a BSrE user; register the signer through the "
        "agency's e-signature administrator.",
    },
    "bsre.tanpa_sertifikat": {
        "id": "Pengguna BSrE dengan NIK {nik} tidak memiliki sertifikat aktif (status: "
        "{status}); ajukan atau perbarui sertifikat di BSrE.",
        "en": "The BSrE user with NIK {nik} has no active certificate (status: {status}); "
        "apply for or renew the certificate at BSrE.",
    },
    "bsre.passphrase_salah": {
        "id": "Passphrase BSrE untuk NIK {nik} salah; tidak ada dokumen yang ditandatangani.",
        "en": "The BSrE passphrase for NIK {nik} is wrong; no document was signed.",
    },
    "bsre.akun_api_ditolak": {
        "id": "Akun API BSrE ditolak (HTTP 401): periksa [penandatanganan.bsre] pengguna dan "
        "variabel lingkungan sandi_api_env.",
        "en": "The BSrE API account was refused (HTTP 401): check [penandatanganan.bsre] "
        "pengguna and the sandi_api_env environment variable.",
    },
    "bsre.ditolak": {
        "id": "BSrE menolak permintaan (HTTP {status}): {pesan}",
        "en": "BSrE refused the request (HTTP {status}): {pesan}",
    },
    "bsre.waktu_habis": {
        "id": "BSrE ({url}) tidak menjawab dalam {detik} detik, juga setelah dicoba ulang; "
        "coba lagi nanti.",
        "en": "BSrE ({url}) did not answer within {detik} seconds, even after retrying; "
        "try again later.",
    },
    "bsre.tidak_terhubung": {
        "id": "Tidak dapat menghubungi BSrE di {url} ({sebab}); periksa jaringan dan "
        "[penandatanganan.bsre] url.",
        "en": "Cannot reach BSrE at {url} ({sebab}); check the network and "
        "[penandatanganan.bsre] url.",
    },
    "bsre.passphrase_prompt": {
        "id": "Passphrase BSrE untuk NIK {nik}",
        "en": "BSrE passphrase for NIK {nik}",
    },
    "bsre.passphrase_tidak_ada": {
        "id": "Passphrase BSrE tidak tersedia: isi variabel lingkungan {env} atau jalankan "
        "di terminal agar sidik dapat menanyakannya.",
        "en": "The BSrE passphrase is not available: set the environment variable {env} or "
        "run in a terminal so that sidik can ask for it.",
    },
    "bsre.belum_menandatangani": {
        "id": "Sertifikat BSrE baru diketahui setelah dokumen pertama ditandatangani.",
        "en": "The BSrE certificate is only known after the first document is signed.",
    },
    "bsre.isi_berubah": {
        "id": "BSrE mengembalikan {berkas} dengan isi yang berbeda dari yang dikirim; "
        "hasilnya ditolak.",
        "en": "BSrE returned {berkas} with content different from what was sent; "
        "the result is refused.",
    },
    # --- paraf
    "paraf.gambar_tidak_ada": {
        "id": "Gambar paraf {berkas} tidak ditemukan atau bukan PNG; periksa [paraf.gambar].",
        "en": "Paraf image {berkas} not found or not a PNG; check [paraf.gambar].",
    },
    # --- the Lembar signed by every participant (pipeline.stages.lembar)
    "lembar.tidak_hadir": {"id": "Tidak hadir", "en": "Tidak hadir"},  # document text
    "lembar.wajib_tidak_hadir": {
        "id": "Anggota Tim Pertimbangan {nama} wajib ikut menguji menurut [alur] aturan_tim, "
        "tetapi tidak tercatat memutuskan; Lembar tidak ditandatangani. Anggota itu memutuskan "
        "dulu (sidik review apply).",
        "en": "Tim Pertimbangan member {nama} must take part in the test under [alur] "
        "aturan_tim but recorded no decision; the Lembar was not signed. That member decides "
        "first (sidik review apply).",
    },
    "lembar.bukan_giliran": {
        "id": "Belum giliran {nama} menandatangani {berkas}: menunggu tanda tangan {giliran}. "
        "Urutannya: PPID Pelaksana, anggota Tim Pertimbangan, lalu Atasan PPID (Mengetahui).",
        "en": "It is not {nama}'s turn to sign {berkas}: it waits for {giliran}'s signature. "
        "The order: PPID Pelaksana, the Tim Pertimbangan members, then the Atasan PPID "
        "(Mengetahui).",
    },
    "lembar.sudah_ditandatangani": {
        "id": "{nama} sudah menandatangani {berkas}; tidak ditandatangani dua kali.",
        "en": "{nama} has already signed {berkas}; it is not signed twice.",
    },
    "lembar.bukan_peserta": {
        "id": "{nama} tidak tercatat ikut menguji dalam {berkas}; hanya peserta yang hadir "
        "yang menandatangani Lembar dan Berita Acara Pengujian Konsekuensi.",
        "en": "{nama} is not recorded as taking part in the test of {berkas}; only the "
        "participants present sign the Lembar and Berita Acara Pengujian Konsekuensi.",
    },
    "lembar.tanpa_penanda": {
        "id": "Tidak ada kunci penanda tangan untuk {nama} ({peran}); setiap peserta "
        "menandatangani Lembar dan Berita Acara dengan kuncinya sendiri.",
        "en": "No signing key for {nama} ({peran}); every participant signs the Lembar and "
        "the Berita Acara with their own key.",
    },
    "paraf.judul_hierarki": {"id": "Paraf", "en": "Paraf"},
    # --- verification details
    "alasan.utuh_ltv": {
        "id": "tanda tangan utuh dan tepercaya (divalidasi dengan data validasi tertanam, "
        "pada waktu stempel waktu {waktu})",
        "en": "signature intact and trusted (validated with embedded validation data, "
        "at the timestamp time {waktu})",
    },
    "alasan.stempel_waktu_dokumen": {
        "id": "stempel waktu dokumen tidak sah atau tidak tepercaya",
        "en": "document timestamp invalid or untrusted",
    },
    # --- participants' signatures a crash left unrecorded (pipeline.stages.peserta_pulih)
    "pulih.dicatat": {
        "id": "{jumlah} tanda tangan peserta yang ada di berkas tetapi belum tercatat (proses "
        "terhenti sebelum mencatatnya) dicatat sebagai dipulihkan; tidak ada yang ditandatangani "
        "ulang.",
        "en": "{jumlah} participants' signatures present in the files but not recorded (the run "
        "stopped before recording them) recorded as recovered; nothing was signed again.",
    },
    "pulih.revisi_asing": {
        "id": "{berkas} berubah sejak tindakan terakhir yang tercatat, dan perubahannya bukan "
        "tanda tangan peserta yang gilirannya: {sebab}; belum siap untuk tanda tangan "
        "berikutnya, penandatanganan dihentikan. Periksa siapa yang mengubah berkas itu.",
        "en": "{berkas} changed since the last recorded act, and the change is not the "
        "signature of the participants whose turn it was: {sebab}; not ready for the next "
        "signature, signing stopped. Check who changed the file.",
    },
    "pulih.bukan_awal": {
        "id": "berkas yang tercatat bukan awal berkas ini",
        "en": "the recorded file is not the beginning of this file",
    },
    "pulih.tanpa_eof": {
        "id": "revisi {revisi} tidak berakhir dengan %%EOF",
        "en": "revision {revisi} does not end with %%EOF",
    },
    "pulih.sisa": {
        "id": "ada bita setelah revisi terakhir",
        "en": "there are bytes after the last revision",
    },
    "pulih.bukan_ttd": {
        "id": "revisi {revisi} bukan tanda tangan",
        "en": "revision {revisi} is not a signature",
    },
    "pulih.perubahan": {
        "id": "revisi {revisi} mengubah lebih dari tanda tangan dan data validasinya",
        "en": "revision {revisi} changes more than a signature and its validation data",
    },
    "pulih.bukan_giliran": {
        "id": "tanda tangan di medan {medan} bukan giliran peserta mana pun",
        "en": "the signature in field {medan} is not any participant's turn",
    },
    "pulih.bukan_pemilik": {
        "id": "tanda tangan di medan {medan} (NIP {nip}) bukan milik {nama}, yang gilirannya",
        "en": "the signature in field {medan} (NIP {nip}) is not that of {nama}, whose turn it was",
    },
    "pulih.tidak_sah": {
        "id": "tanda tangan di medan {medan} tidak sah",
        "en": "the signature in field {medan} is not valid",
    },
}
