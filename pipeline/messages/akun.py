"""Messages of the accounts of ``sidik serve`` (``sidik users``) and of logging in."""

from __future__ import annotations

AKUN: dict[str, dict[str, str]] = {
    "akun.sudah_ada": {
        "id": "Akun '{login}' sudah ada. Ganti sandinya dengan 'sidik users password {login} "
        "--password-stdin'.",
        "en": "Account '{login}' already exists. Change its password with 'sidik users "
        "password {login} --password-stdin'.",
    },
    "akun.tidak_ada": {
        "id": "Tidak ada akun '{login}'. Lihat akun yang ada dengan 'sidik users list'.",
        "en": "There is no account '{login}'. See the accounts with 'sidik users list'.",
    },
    "akun.login_salah": {
        "id": "Login '{login}' tidak sah: gunakan huruf kecil, angka, titik, garis bawah atau "
        "tanda hubung (paling banyak 64), diawali huruf atau angka.",
        "en": "Login '{login}' is not valid: use lower-case letters, digits, dots, "
        "underscores or hyphens (at most 64), starting with a letter or digit.",
    },
    "akun.sandi_pendek": {
        "id": "Sandi terlalu pendek: paling sedikit {panjang} karakter.",
        "en": "The password is too short: at least {panjang} characters.",
    },
    "akun.sandi_kosong": {
        "id": "Tidak ada sandi pada masukan standar. Contoh: "
        "printf '%s\\n' \"$SANDI\" | sidik users add LOGIN --role auditor --password-stdin",
        "en": "No password on standard input. Example: "
        "printf '%s\\n' \"$PASSWORD\" | sidik users add LOGIN --role auditor --password-stdin",
    },
    "akun.nip_wajib": {
        "id": "Akun peran {peran} harus terikat pada pejabatnya: sebutkan --nip dengan NIP "
        "pejabat itu di sidik.toml.",
        "en": "An account of role {peran} must be bound to its official: give --nip with that "
        "official's NIP from sidik.toml.",
    },
    "akun.nip_bukan_pejabat": {
        "id": "NIP {nip} bukan NIP pejabat peran {peran} di sidik.toml (yang ada: {ada}).",
        "en": "NIP {nip} is not the NIP of an official of role {peran} in sidik.toml "
        "(configured: {ada}).",
    },
    "akun.masuk_gagal": {
        "id": "Login, sandi, atau kode tidak cocok.",
        "en": "Login, password or code does not match.",
    },
    "akun.terkunci": {
        "id": "Terlalu banyak percobaan masuk yang gagal: akun ini dikunci sementara. Coba "
        "lagi nanti, atau minta admin mengganti sandinya.",
        "en": "Too many failed logins: this account is locked for a while. Try again later, "
        "or ask an admin to reset its password.",
    },
    "akun.surel_salah": {
        "id": "'{surel}' bukan alamat surel yang sah (mis. nama@contoh.go.id).",
        "en": "'{surel}' is not a valid e-mail address (e.g. name@contoh.go.id).",
    },
    "akun.surel_diubah": {
        "id": "Alamat surel akun {login}: {surel}.",
        "en": "E-mail address of account {login}: {surel}.",
    },
    "akun.surel_dihapus": {
        "id": "Akun {login} tidak lagi mempunyai alamat surel: tidak ada notifikasi untuknya.",
        "en": "Account {login} no longer has an e-mail address: no notifications for it.",
    },
    "akun.ditambah": {
        "id": "Akun {login} ({peran}) ditambahkan.",
        "en": "Account {login} ({peran}) added.",
    },
    "akun.totp": {
        "id": "Kode rahasia TOTP untuk aplikasi autentikator: {rahasia}\n{uri}",
        "en": "TOTP secret for the authenticator app: {rahasia}\n{uri}",
    },
    "akun.dinonaktifkan": {
        "id": "Akun {login} dinonaktifkan: tidak dapat masuk lagi; tindakannya tetap di log.",
        "en": "Account {login} disabled: it can no longer log in; its acts stay in the log.",
    },
    "akun.sandi_diganti": {
        "id": "Sandi akun {login} diganti.",
        "en": "The password of account {login} was changed.",
    },
    "akun.belum_ada": {
        "id": "Belum ada akun. Tambahkan dengan 'sidik users add LOGIN --role PERAN "
        "--password-stdin'.",
        "en": "No accounts yet. Add one with 'sidik users add LOGIN --role ROLE --password-stdin'.",
    },
    "kolom.login": {"id": "Login", "en": "Login"},
    "kolom.peran": {"id": "Peran", "en": "Role"},
    "kolom.nip": {"id": "NIP", "en": "NIP"},
    "kolom.keadaan": {"id": "Keadaan", "en": "State"},
    "akun.aktif": {"id": "aktif", "en": "active"},
    "akun.nonaktif": {"id": "nonaktif", "en": "disabled"},
    "akun.terkunci_sampai": {"id": "terkunci s.d. {waktu}", "en": "locked until {waktu}"},
    "peran.auditor": {"id": "Auditor", "en": "Auditor"},
    "peran.admin": {"id": "Admin", "en": "Admin"},
    # the accounts' log (``sidik users log``, the admin's accounts page)
    "akun.aksi.akun_ditambah": {"id": "akun ditambah", "en": "account added"},
    "akun.aksi.akun_dinonaktifkan": {"id": "akun dinonaktifkan", "en": "account disabled"},
    "akun.aksi.sandi_diganti": {"id": "sandi diganti", "en": "password changed"},
    "akun.aksi.surel_diubah": {"id": "alamat surel diubah", "en": "e-mail address changed"},
    "akun.riwayat_kosong": {
        "id": "Belum ada tindakan atas akun yang tercatat.",
        "en": "No act on an account is recorded yet.",
    },
    "akun.riwayat_judul": {"id": "Riwayat akun", "en": "Account history"},
    "akun.riwayat_petunjuk": {
        "id": "Tindakan atas akun (sidik users dan halaman ini), yang terbaru di atas, paling "
        "banyak {jumlah}; semuanya: sidik users log. Sandi tidak pernah dicatat.",
        "en": "Acts on accounts (sidik users and this page), newest first, at most {jumlah}; "
        "all of them: sidik users log. A password is never recorded.",
    },
}
