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
    "publikasi.disegel": {
        "id": "Manifest arsipnya disegel oleh: {penyegel}.",
        "en": "Its archive's manifest was sealed by: {penyegel}.",
    },
    "publikasi.ditulis": {
        "id": "Daftar siklus {siklus} ({jumlah} informasi) untuk laman PPID ditulis ke {folder}.",
        "en": "The list of cycle {siklus} ({jumlah} items) for the PPID website was written "
        "to {folder}.",
    },
    "publikasi.terkini_ditulis": {
        "id": "DIK terkini ({jumlah} informasi dikecualikan, {berakhir} pengecualian berakhir; "
        "keputusan terbaru dari {siklus} siklus yang diarsipkan) untuk laman PPID ditulis ke "
        "{folder}.",
        "en": "The current DIK ({jumlah} exempted item(s), {berakhir} ended exemption(s); the "
        "latest decisions of {siklus} archived cycle(s)) for the PPID website was written to "
        "{folder}.",
    },
    "publikasi.terkini.keadaan": {
        "id": "Keadaan per {tanggal}: keputusan terbaru atas setiap informasi dari {siklus} "
        "siklus pengujian yang diarsipkan. Setiap baris menautkan Lembar Pengujian Konsekuensi "
        "dan Surat Keputusan yang menetapkan pengecualiannya.",
        "en": "As of {tanggal}: the latest decision on each item over {siklus} archived review "
        "cycle(s). Each row links the Consequence Test Sheet and the Decree that set its "
        "exemption.",
    },
    "publikasi.terkini.kosong": {
        "id": "Saat ini tidak ada informasi yang dikecualikan.",
        "en": "No information is exempted at present.",
    },
    "publikasi.terkini.berakhir_judul": {
        "id": "Pengecualian berakhir",
        "en": "Ended exemptions",
    },
    "publikasi.terkini.berakhir_teks": {
        "id": "Informasi berikut tidak lagi dikecualikan: dibuka oleh pengujian konsekuensi "
        "dalam siklus yang lebih baru, atau jangka waktu pengecualiannya telah berakhir (UU "
        "KIP Pasal 20: diuji ulang sebelum dikecualikan lagi).",
        "en": "The following information is no longer exempted: opened by a consequence test "
        "in a later cycle, or its period of exemption has ended (UU KIP Pasal 20: tested again "
        "before being exempted again).",
    },
    "publikasi.terkini.berakhir_kosong": {
        "id": "Belum ada pengecualian yang berakhir.",
        "en": "No exemption has ended yet.",
    },
    "publikasi.terkini.lembar": {
        "id": "Lembar {no} (PDF)",
        "en": "Sheet {no} (PDF)",
    },
    "publikasi.terkini.keputusan": {
        "id": "Surat Keputusan (PDF)",
        "en": "Decree (PDF)",
    },
    "publikasi.terkini.ulang": {
        "id": "Lembar pengujian ulang (PDF)",
        "en": "Sheet of the new test (PDF)",
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
