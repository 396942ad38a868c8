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
}
