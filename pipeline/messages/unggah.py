"""Messages of the same workbook uploaded twice (:mod:`pipeline.alur.unggah`)."""

from __future__ import annotations


def _p(id_: str, en: str) -> dict[str, str]:
    return {"id": id_, "en": en}


UNGGAH: dict[str, dict[str, str]] = {
    "unggah.identik": _p(
        "Buku kerja ini sama persis (SHA-256) dengan buku kerja siklus {siklus} ({workbook}), "
        "yang belum diarsipkan: tidak ada siklus baru yang dibuka dan tidak ada yang disimpan. "
        "Lanjutkan siklus itu dari Status siklus.",
        "This workbook is the very same file (SHA-256) as the workbook of cycle {siklus} "
        "({workbook}), not archived yet: no new cycle is opened and nothing is saved. Continue "
        "that cycle from Cycle status.",
    ),
    "unggah.ganti": _p(
        "Siklus {siklus} dibuka dari buku kerja bernama sama ({workbook}) dan menunggu "
        "perbaikan Anda. Buku kerja ini dapat menggantikannya: pilih berkas yang diperbaiki "
        "sekali lagi lalu tekan tombol di bawah; siklus {siklus} dilanjutkan dengan buku kerja "
        "itu. Belum ada yang disimpan.",
        "Cycle {siklus} was opened from a workbook of the same name ({workbook}) and waits for "
        "your corrections. This workbook can replace it: choose the corrected file once more "
        "and press the button below; cycle {siklus} then continues with it. Nothing is saved "
        "yet.",
    ),
    "unggah.bukan_milik": _p(
        "Siklus {siklus} menunggu perbaikan, tetapi buku kerjanya {workbook} tidak disimpan "
        "sidik dari unggahan atau telah diubah sejak itu; sidik tidak menulis di atasnya. "
        "Perbaiki berkas itu sendiri, lalu tekan Lanjutkan siklus di Status siklus. Tidak ada "
        "yang disimpan.",
        "Cycle {siklus} waits for corrections, but its workbook {workbook} was not saved by "
        "sidik from an upload, or was changed since; sidik does not write over it. Correct "
        "that file itself, then press Continue the cycle in Cycle status. Nothing is saved.",
    ),
    "unggah.berjalan": _p(
        "Siklus {siklus} dibuka dari buku kerja bernama sama ({workbook}) dan belum "
        "diarsipkan. Siklus itu tidak menunggu perbaikan, jadi buku kerjanya tidak dapat "
        "diganti, dan tidak ada siklus kedua yang dibuka. Untuk siklus baru yang memang lain, "
        "beri berkas ini nama lain. Tidak ada yang disimpan.",
        "Cycle {siklus} was opened from a workbook of the same name ({workbook}) and is not "
        "archived yet. It does not wait for corrections, so its workbook cannot be replaced, "
        "and no second cycle is opened. For a new cycle that really is another, give this "
        "file another name. Nothing is saved.",
    ),
    "unggah.lihat_siklus": _p("Lihat siklus {siklus}", "See cycle {siklus}"),
    "unggah.tombol_ganti": _p(
        "Ganti buku kerja siklus {siklus} lalu lanjutkan",
        "Replace the workbook of cycle {siklus}, then continue",
    ),
}
