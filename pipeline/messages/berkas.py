"""Messages of writing files safely: refusals, failed writes, and paths that are not files."""

from __future__ import annotations

BERKAS: dict[str, dict[str, str]] = {
    "berkas.tolak_ada": {
        "id": "{berkas} sudah ada dan bukan keluaran sidik yang dapat dibuat ulang; sidik tidak "
        "menimpanya. Pilih nama lain, atau pindahkan berkas itu dahulu.",
        "en": "{berkas} already exists and is not output sidik can make again; sidik does not "
        "overwrite it. Choose another name, or move that file away first.",
    },
    "berkas.tolak_tautan": {
        "id": "{berkas} adalah tautan simbolik; sidik tidak menulis melalui tautan. Pilih nama "
        "lain, atau hapus tautan itu dahulu.",
        "en": "{berkas} is a symbolic link; sidik does not write through links. Choose another "
        "name, or remove the link first.",
    },
    "berkas.tolak_folder": {
        "id": "{berkas} adalah folder; sebutkan nama berkas.",
        "en": "{berkas} is a folder; name a file.",
    },
    "berkas.tolak_lain": {
        "id": "{berkas} bukan berkas biasa (FIFO, perangkat, atau soket); sidik tidak menulis ke "
        "sana. Pilih nama lain.",
        "en": "{berkas} is not a regular file (a FIFO, device or socket); sidik does not write "
        "there. Choose another name.",
    },
    "berkas.tolak_arsip": {
        "id": "{berkas} berada di dalam arsip; arsip hanya diisi oleh sidik run/archive dan tidak "
        "pernah diubah. Tulis ke luar output/arsip/.",
        "en": "{berkas} is inside the archive; only sidik run/archive files there and nothing "
        "there is ever changed. Write outside output/arsip/.",
    },
    "berkas.disk_penuh": {
        "id": "Disk penuh saat menulis {berkas}; tidak ada yang ditulis. Kosongkan ruang di "
        "{folder} lalu jalankan ulang.",
        "en": "Disk full while writing {berkas}; nothing was written. Free space in {folder} "
        "and run again.",
    },
    "berkas.hanya_baca": {
        "id": "{folder} hanya dapat dibaca; {berkas} tidak ditulis. Pasang ulang dengan izin "
        "tulis atau pilih tempat lain.",
        "en": "{folder} is read-only; {berkas} was not written. Remount it writable or choose "
        "another place.",
    },
    "berkas.tanpa_izin": {
        "id": "Tidak ada izin menulis {berkas}; tidak ada yang ditulis. Periksa hak akses "
        "{folder} atau pilih tempat lain.",
        "en": "No permission to write {berkas}; nothing was written. Check the permissions of "
        "{folder} or choose another place.",
    },
    "berkas.folder_bukan_folder": {
        "id": "{berkas} tidak dapat ditulis: salah satu folder di jalurnya adalah berkas. Pilih "
        "tempat lain.",
        "en": "{berkas} cannot be written: a folder on its path is a file. Choose another place.",
    },
    # --- verify and archive check: paths that are not regular files are reported, never read
    "alasan.tautan": {
        "id": "tautan simbolik, tidak diikuti; periksa berkas tujuannya secara langsung",
        "en": "symbolic link, not followed; verify the file it points to directly",
    },
    "alasan.bukan_berkas_biasa": {
        "id": "bukan berkas biasa (FIFO, perangkat, atau soket), tidak dibaca",
        "en": "not a regular file (a FIFO, device or socket), not read",
    },
    "arsip.tautan": {
        "id": "tautan simbolik di dalam arsip (tidak diikuti); arsip hanya berisi berkas dan "
        "folder sungguhan",
        "en": "symbolic link inside the archive (not followed); an archive holds only real "
        "files and folders",
    },
    "arsip.bukan_berkas_biasa": {
        "id": "bukan berkas biasa (FIFO, perangkat, atau soket) di dalam arsip, tidak dibaca",
        "en": "not a regular file (a FIFO, device or socket) inside the archive, not read",
    },
}
