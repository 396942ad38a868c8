"""Messages of the e-mail notifications (``sidik notify``)."""

from __future__ import annotations

NOTIFIKASI: dict[str, dict[str, str]] = {
    "notifikasi.mati": {
        "id": "Notifikasi surel belum diatur: isi [notifikasi] smtp_host dan pengirim di {berkas}.",
        "en": "E-mail notifications are not set up: fill in [notifikasi] smtp_host and "
        "pengirim in {berkas}.",
    },
    "notifikasi.sandi_tidak_ada": {
        "id": "Variabel lingkungan {env} (sandi akun SMTP {pengguna}) tidak diisi.",
        "en": "The environment variable {env} (the password of SMTP account {pengguna}) is "
        "not set.",
    },
    "notifikasi.smtp_gagal": {
        "id": "Server SMTP {server} tidak dapat dipakai: {sebab}. Periksa [notifikasi] di "
        "sidik.toml dan jaringan; yang belum terkirim dikirim pada sidik notify berikutnya.",
        "en": "The SMTP server {server} cannot be used: {sebab}. Check [notifikasi] in "
        "sidik.toml and the network; what was not sent goes out at the next sidik notify.",
    },
    "notifikasi.judul": {
        "id": "[sidik] {jumlah} siklus DIK menunggu tindakan Anda",
        "en": "[sidik] {jumlah} DIK cycles wait for you",
    },
    "notifikasi.judul_terlambat": {
        "id": "[sidik] Tenggat terlewat: {jumlah} siklus DIK menunggu tindakan Anda",
        "en": "[sidik] Deadline passed: {jumlah} DIK cycles wait for you",
    },
    "notifikasi.salam": {"id": "Yth. {login},", "en": "Dear {login},"},
    "notifikasi.pengantar": {
        "id": "yang menunggu tindakan Anda dalam penetapan Daftar Informasi yang Dikecualikan:",
        "en": "what waits for you in establishing the list of exempted information (DIK):",
    },
    "notifikasi.baris_menunggu": {
        "id": "siklus {siklus}, langkah {langkah}; tenggat {tenggat} WIB",
        "en": "cycle {siklus}, step {langkah}; deadline {tenggat} WIB",
    },
    "notifikasi.baris_terlambat": {
        "id": "PENGINGAT: tenggat siklus {siklus}, langkah {langkah} ({tenggat} WIB) telah "
        "terlewat",
        "en": "REMINDER: the deadline of cycle {siklus}, step {langkah} ({tenggat} WIB) has passed",
    },
    "notifikasi.tautan": {
        "id": "Buka {url} dan masuk dengan akun Anda untuk bertindak.",
        "en": "Open {url} and log in with your account to act.",
    },
    "notifikasi.penutup": {
        "id": "Surel ini dikirim otomatis oleh sidik, {instansi}.",
        "en": "This e-mail was sent automatically by sidik, {instansi}.",
    },
    "notifikasi.terkirim": {
        "id": "{surel} surel dikirim ({jumlah} pemberitahuan).",
        "en": "{surel} e-mails sent ({jumlah} notices).",
    },
    "notifikasi.tidak_ada": {
        "id": "Tidak ada pemberitahuan baru untuk dikirim.",
        "en": "No new notices to send.",
    },
}
