"""Messages of the official documents: template checks and the publication export."""

from __future__ import annotations

DOKUMEN: dict[str, dict[str, str]] = {
    "templat.sintaks": {
        "id": "Templat {templat} rusak di paragraf ke-{paragraf} (\u201c{teks}\u201d): {sebab}. "
        "Perbaiki tag {{{{ }}}} atau {{% %}} di paragraf itu.",
        "en": "Template {templat} is broken at paragraph {paragraf} (\u201c{teks}\u201d): "
        "{sebab}. Fix the {{{{ }}}} or {{% %}} tag in that paragraph.",
    },
    "templat.variabel": {
        "id": "Templat {templat} memakai isian yang tidak disediakan sidik: {sebab}. "
        "Jalankan 'sidik templates check'.",
        "en": "Template {templat} uses a value sidik does not provide: {sebab}. "
        "Run 'sidik templates check'.",
    },
    "templat.terlarang": {
        "id": "Templat {templat} memakai atribut yang tidak disediakan sidik di paragraf "
        "ke-{paragraf} (\u201c{teks}\u201d): {sebab}. Templat hanya membaca isian sidik; untuk "
        "mengubah teks pakai filter, misalnya {{{{ nama|upper }}}}.",
        "en": "Template {templat} uses an attribute sidik does not provide at paragraph "
        "{paragraf} (\u201c{teks}\u201d): {sebab}. Templates only read sidik's values; to "
        "change text use a filter, e.g. {{{{ nama|upper }}}}.",
    },
    "templat.periksa_sah": {
        "id": "{templat}: sah.",
        "en": "{templat}: valid.",
    },
    "templat.periksa_tidak_dikenal": {
        "id": "{templat}: isian yang tidak disediakan sidik: {nama}.",
        "en": "{templat}: variables sidik does not provide: {nama}.",
    },
    "templat.periksa_tidak_ada": {
        "id": "{templat}: isian wajib yang tidak dipakai: {nama}.",
        "en": "{templat}: required variables not used: {nama}.",
    },
    "templat.periksa_gagal": {
        "id": "{jumlah} dari {total} templat bermasalah.",
        "en": "{jumlah} of {total} templates have problems.",
    },
    "publikasi.ditulis": {
        "id": "Daftar siklus {siklus} ({jumlah} informasi) untuk laman PPID ditulis ke {folder}.",
        "en": "The list of cycle {siklus} ({jumlah} items) for the PPID website was written "
        "to {folder}.",
    },
    "publikasi.belum_diarsipkan": {
        "id": "Siklus {siklus} belum diarsipkan; yang diterbitkan hanya DIK bertanda tangan. "
        "Jalankan dahulu 'sidik run' atau 'sidik archive'.",
        "en": "Cycle {siklus} is not archived yet; only a signed DIK is published. "
        "Run 'sidik run' or 'sidik archive' first.",
    },
    "publikasi.arsip_tidak_utuh": {
        "id": "Siklus {siklus} tidak diterbitkan: arsipnya tidak utuh ({jumlah} masalah), "
        "antara lain {berkas}: {masalah}. Periksa dengan 'sidik archive check'.",
        "en": "Cycle {siklus} was not published: its archive is not intact ({jumlah} "
        "problem(s)), among them {berkas}: {masalah}. Check it with 'sidik archive check'.",
    },
    "publikasi.tanpa_daftar": {
        "id": "{manifest} tidak mencantumkan DIK bertanda tangan (daftar.pdf).",
        "en": "{manifest} lists no signed DIK (daftar.pdf).",
    },
    "publikasi.tanpa_url_pdf": {
        "id": "[publikasi] url_pdf belum diisi di sidik.toml: tautan PDF di {folder} relatif ke "
        "arsip dan putus bila halaman diunggah ke laman PPID. Isi url_pdf dengan alamat PDF di "
        "laman PPID, lalu jalankan ulang 'sidik publish'.",
        "en": "[publikasi] url_pdf is not set in sidik.toml: the PDF links in {folder} are "
        "relative to the archive and break once the page is uploaded to the PPID website. Set "
        "url_pdf to the PDFs' address on the PPID website, then rerun 'sidik publish'.",
    },
    "publikasi.halaman.ditetapkan": {
        "id": "Ditetapkan di {kota} pada tanggal {tanggal}.",
        "en": "Determined at {kota} on {tanggal}.",
    },
    "publikasi.halaman.dokumen": {
        "id": "Dokumen bertanda tangan elektronik:",
        "en": "Electronically signed documents:",
    },
    "publikasi.halaman.keputusan": {
        "id": "Surat Keputusan penetapan Daftar Informasi Publik yang Dikecualikan (PDF)",
        "en": "Decree determining the List of Exempted Public Information (PDF)",
    },
    "publikasi.halaman.daftar": {
        "id": "Daftar Informasi Publik yang Dikecualikan (PDF)",
        "en": "List of Exempted Public Information (PDF)",
    },
    "publikasi.halaman.lembar": {
        "id": "Lembar {no} (PDF)",
        "en": "Sheet {no} (PDF)",
    },
    "publikasi.halaman.cara_judul": {
        "id": "Cara memverifikasi",
        "en": "How to verify",
    },
    "publikasi.halaman.cara_url": {
        "id": "Setiap PDF di halaman ini ditandatangani secara elektronik. Untuk memastikan "
        "sebuah dokumen asli dan tidak diubah sejak ditandatangani, pindai kode QR pada tanda "
        "tangannya, buka halaman verifikasi {alamat}, atau periksa dengan "
        "perintah 'sidik verify <berkas.pdf>'.",
        "en": "Every PDF on this page is electronically signed. To make sure a document is "
        "genuine and unchanged since it was signed, scan the QR code on its signature, open "
        "the verification page {alamat}, or check it with the command "
        "'sidik verify <file.pdf>'.",
    },
    "publikasi.halaman.cara": {
        "id": "Setiap PDF di halaman ini ditandatangani secara elektronik. Untuk memastikan "
        "sebuah dokumen asli dan tidak diubah sejak ditandatangani, periksa dengan perintah "
        "'sidik verify <berkas.pdf>' atau buka panel tanda tangan di aplikasi pembaca PDF.",
        "en": "Every PDF on this page is electronically signed. To make sure a document is "
        "genuine and unchanged since it was signed, check it with the command "
        "'sidik verify <file.pdf>' or open the signature panel of a PDF reader.",
    },
    "publikasi.url_pdf": {
        "id": "isian yang boleh: {{tahun}} {{bulan}} {{hari}} {{siklus}} {{berkas}} ({galat})",
        "en": "allowed fields: {{tahun}} {{bulan}} {{hari}} {{siklus}} {{berkas}} ({galat})",
    },
}
