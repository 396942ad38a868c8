"""Messages of the PPID Pelaksana's check item by item in the page, and of the items sent
back as the Operator sees them (``sidik serve``)."""

from __future__ import annotations


def _p(id_: str, en: str) -> dict[str, str]:
    return {"id": id_, "en": en}


WEB_PERIKSA: dict[str, dict[str, str]] = {
    "web.periksa_buka": _p("Periksa per informasi", "Check item by item"),
    "web.periksa_judul": _p("Periksa per informasi · {siklus}", "Check item by item · {siklus}"),
    "web.periksa_bantuan": _p(
        "Buka Lembar setiap informasi. Centang informasi yang Anda setujui lalu tekan Bubuhkan "
        "paraf pada informasi yang dipilih; DIK dan Surat Keputusan diparaf setelah Lembar "
        "setiap informasi diparaf. Informasi yang harus diperbaiki dikembalikan kepada Operator "
        "dengan catatan (wajib); hanya informasi yang belum diputus Tim Pertimbangan.",
        "Open each item's Lembar. Tick the items you approve, then press Initial the chosen "
        "items; the DIK and the Surat Keputusan are initialled once every item's Lembar is. An "
        "item to be corrected is sent back to the Operator with a note (required); only items "
        "the Tim Pertimbangan has not decided yet.",
    ),
    "web.periksa_kolom_paraf": _p("Pilih", "Choose"),
    "web.periksa_kolom_informasi": _p("Informasi", "Item"),
    "web.periksa_kolom_keadaan": _p("Keadaan", "State"),
    "web.periksa_kolom_kembalikan": _p("Kembalikan kepada Operator", "Send back to the Operator"),
    "web.periksa_pilih": _p("Pilih informasi No {no} untuk diparaf", "Choose item {no} to initial"),
    "web.periksa_diparaf": _p("Lembar sudah diparaf", "Lembar initialled"),
    "web.periksa_belum_diparaf": _p("Lembar menunggu paraf", "Lembar waiting for the paraf"),
    "web.periksa_catatan": _p(
        "Catatan untuk Operator atas informasi No {no}", "Note to the Operator on item {no}"
    ),
    "web.periksa_catatan_contoh": _p("Apa yang harus diperbaiki", "What to correct"),
    "web.periksa_kembalikan": _p("Kembalikan", "Send back"),
    "web.periksa_paraf_pilihan": _p(
        "Bubuhkan paraf pada informasi yang dipilih", "Initial the chosen items"
    ),
    "web.periksa_pilih_item": _p(
        "Pilih sedikitnya satu informasi untuk diparaf.", "Choose at least one item to initial."
    ),
    "web.periksa_catatan_wajib": _p(
        "Informasi No {no} tidak dikembalikan: tulis catatan apa yang harus diperbaiki Operator.",
        "Item {no} was not sent back: write a note of what the Operator must correct.",
    ),
    "web.periksa_dikembalikan": _p(
        "Informasi No {no} dikembalikan kepada Operator untuk diperbaiki (langkah 1) dengan "
        "catatan: {catatan}",
        "Item {no} was sent back to the Operator for correction (step 1) with the note: {catatan}",
    ),
    "web.halaman_nav": _p("Halaman daftar", "Pages of the list"),
    "web.halaman_sebelumnya": _p("← Sebelumnya", "← Previous"),
    "web.halaman_berikutnya": _p("Berikutnya →", "Next →"),
    "web.halaman_rentang": _p(
        "Informasi {awal}–{akhir} dari {jumlah}", "Items {awal}–{akhir} of {jumlah}"
    ),
    "web.dikembalikan_oleh": _p(
        "Dikembalikan {peran} {pejabat} ({akun}), {waktu} {zona}",
        "Sent back by the {peran} {pejabat} ({akun}), {waktu} {zona}",
    ),
    "web.dikembalikan": _p("Dikembalikan untuk diperbaiki", "Sent back for correction"),
    "web.catatan_kembali": _p("Catatan: {catatan}", "Note: {catatan}"),
    "web.item_dikembalikan_judul": _p(
        "Informasi yang dikembalikan untuk diperbaiki", "Items sent back for correction"
    ),
}
