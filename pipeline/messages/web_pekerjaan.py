"""Messages of the web's jobs kept in the ledger (:mod:`pipeline.web.pekerjaan`): a job
interrupted by a restart of the server, and the verification report kept across restarts."""

from __future__ import annotations


def _p(id_: str, en: str) -> dict[str, str]:
    return {"id": id_, "en": en}


WEB_PEKERJAAN: dict[str, dict[str, str]] = {
    "web.pekerjaan_terputus": _p(
        "Pekerjaan ini terputus: layanan dimulai ulang sebelum pekerjaan ini selesai (tercatat "
        "terakhir: {selesai} dari {total} dokumen). Mulai lagi: tahapnya dilanjutkan, yang sudah "
        "selesai tidak dikerjakan atau ditandatangani dua kali.",
        "This job was interrupted: the service restarted before it ended (last recorded: "
        "{selesai} of {total} documents). Start it again: its stages resume, nothing already "
        "done is done or signed twice.",
    ),
    "web.pekerjaan_terputus_sandi": _p(
        "Sandi tidak pernah disimpan: ketik lagi sandi kunci Anda (kosongkan untuk kunci "
        "pengembangan).",
        "A passphrase is never stored: type your key's passphrase again (leave it empty for a "
        "development key).",
    ),
    "web.pekerjaan_mulai_lagi": _p("Mulai lagi", "Start again"),
    "web.terputus_kartu": _p(
        "Pekerjaan Anda yang dimulai {waktu} {zona} terputus karena layanan dimulai ulang.",
        "Your job started {waktu} {zona} was interrupted by a restart of the service.",
    ),
    "web.terputus_kemajuan": _p(
        "Tercatat terakhir: {selesai} dari {total} dokumen.",
        "Last recorded: {selesai} of {total} documents.",
    ),
    "web.terputus_buka": _p("Buka dan mulai lagi", "Open and start again"),
    "web.pekerjaan_terputus_tanpa_siklus": _p(
        "Siklusnya belum dibuka ketika pekerjaan ini terputus; unggah buku kerjanya lagi.",
        "Its cycle was not opened yet when this job was interrupted; upload the workbook again.",
    ),
}
