"""Messages of the operator workbook: validation, reports, new workbooks.

The ``workbook.petunjuk.*``, ``workbook.kolom_petunjuk.*`` and ``workbook.dv.*`` entries are the
text ``sidik workbook new`` writes into the workbook itself (hints, the Petunjuk sheet).
"""

from __future__ import annotations

_VALIDASI: dict[str, dict[str, str]] = {
    "workbook.tidak_sah": {
        "id": "{berkas}: {jumlah} masalah ditemukan; tidak ada dokumen yang dibuat.",
        "en": "{berkas}: {jumlah} problem(s) found; no document was made.",
    },
    "workbook.validasi_gagal": {
        "id": "{berkas}: {jumlah} masalah harus diperbaiki di Excel; sesudah itu periksa "
        "ulang dengan 'sidik validate {berkas}'.",
        "en": "{berkas}: {jumlah} problem(s) must be fixed in Excel; then check again with "
        "'sidik validate {berkas}'.",
    },
    "workbook.berikutnya_run": {
        "id": "Berikutnya (Operator): sidik run {berkas}",
        "en": "Next (Operator): sidik run {berkas}",
    },
    "workbook.pesan_dengan_nilai": {
        "id": "{pesan} (nilai: '{nilai}')",
        "en": "{pesan} (value: '{nilai}')",
    },
    "workbook.bukan_xlsx": {
        "id": "bukan berkas Excel .xlsx yang sah ({sebab}); simpan ulang sebagai "
        "'Excel Workbook (.xlsx)'",
        "en": "not a valid Excel .xlsx file ({sebab}); save it again as 'Excel Workbook (.xlsx)'",
    },
    "workbook.lembar_tidak_ada": {
        "id": "lembar '{lembar}' tidak ada (lembar yang ada: {ada})",
        "en": "sheet '{lembar}' is missing (sheets present: {ada})",
    },
    "workbook.kolom_tidak_ada": {
        "id": "judul kolom '{kolom}' tidak ada di baris 1",
        "en": "column header '{kolom}' is missing from row 1",
    },
    "workbook.kolom_asing": {
        "id": "kolom '{kolom}' tidak dikenal dan diabaikan",
        "en": "unknown column '{kolom}' is ignored",
    },
    "workbook.kosong": {
        "id": "tidak ada satu pun baris informasi",
        "en": "there is not a single information row",
    },
    "workbook.wajib": {
        "id": "sel ini wajib diisi; kolom ini tidak boleh kosong",
        "en": "this cell must be filled in; the column may not be left empty",
    },
    "workbook.terlalu_panjang": {
        "id": "terlalu panjang ({panjang} karakter; paling banyak {maks})",
        "en": "too long ({panjang} characters; at most {maks})",
    },
    "workbook.unit_tidak_dikenal": {
        "id": "unit kerja '{nilai}' tidak ada di sidik.toml (pilihan: {pilihan})",
        "en": "work unit '{nilai}' is not in sidik.toml (choices: {pilihan})",
    },
    "workbook.huruf_salah": {
        "id": "huruf Pasal 17 harus satu huruf a sampai j, bukan '{nilai}'",
        "en": "the Pasal 17 letter must be one letter a to j, not '{nilai}'",
    },
    "workbook.angka_salah": {
        "id": "Pasal 17 huruf {huruf} tidak mempunyai angka {nilai} (angka yang ada: {ada})",
        "en": "Pasal 17 letter {huruf} has no point {nilai} (points that exist: {ada})",
    },
    "workbook.jangka_salah": {
        "id": "jangka waktu harus bilangan bulat tahun 1 sampai 100 (misalnya '5' atau "
        "'5 tahun'), bukan '{nilai}'",
        "en": "the period must be a whole number of years from 1 to 100 (e.g. '5' or "
        "'5 tahun'), not '{nilai}'",
    },
    "workbook.jangka_wajib_tahun": {
        "id": "untuk Pasal 17 huruf {huruf} jangka waktu harus berupa jumlah tahun "
        "(UU KIP Pasal 20 ayat 1), bukan '{nilai}'",
        "en": "for Pasal 17 letter {huruf} the period must be a number of years "
        "(UU KIP Pasal 20(1)), not '{nilai}'",
    },
    "workbook.rumus_tanpa_nilai": {
        "id": "sel berisi rumus tanpa nilai tersimpan; buka dan simpan ulang di Excel, "
        "atau ketik nilainya langsung",
        "en": "the cell holds a formula with no saved value; open and save it again in "
        "Excel, or type the value directly",
    },
    "workbook.judul_ganda": {
        "id": "judul informasi sama dengan baris {baris_lain}",
        "en": "same information title as row {baris_lain}",
    },
    "workbook.terlalu_banyak_baris": {
        "id": "lebih dari {maks} baris informasi; pembacaan berhenti di baris ini. Bagi "
        "menjadi beberapa buku kerja",
        "en": "more than {maks} information rows; reading stopped at this row. Split it "
        "into several workbooks",
    },
}

_BERKAS: dict[str, dict[str, str]] = {
    "workbook.zip_tanpa_workbook": {
        "id": "berkas zip tanpa bagian xl/workbook.xml",
        "en": "a zip file without an xl/workbook.xml part",
    },
    "workbook.xls_lama": {
        "id": "berkas Excel 97-2003 (.xls) tidak didukung; buka di Excel atau LibreOffice "
        "lalu simpan sebagai 'Excel Workbook (.xlsx)'",
        "en": "Excel 97-2003 (.xls) files are not supported; open it in Excel or LibreOffice "
        "and save it as 'Excel Workbook (.xlsx)'",
    },
    "workbook.bersandi": {
        "id": "buku kerja dilindungi sandi (terenkripsi) sehingga tidak dapat dibaca; buka "
        "di Excel, hapus sandinya (File > Info > Protect Workbook), lalu simpan ulang",
        "en": "the workbook is password-protected (encrypted) and cannot be read; open it in "
        "Excel, remove the password (File > Info > Protect Workbook), and save it again",
    },
    "workbook.teks_bukan_xlsx": {
        "id": "berkas ini berisi teks biasa (mungkin CSV yang diganti namanya), bukan .xlsx; "
        "buka di Excel lalu simpan sebagai 'Excel Workbook (.xlsx)'",
        "en": "this file holds plain text (perhaps a renamed CSV), not .xlsx; open it in "
        "Excel and save it as 'Excel Workbook (.xlsx)'",
    },
    "workbook.rusak": {
        "id": "bukan berkas Excel .xlsx yang sah: isinya rusak atau terpotong ({sebab}); "
        "salin ulang berkas aslinya atau simpan ulang dari Excel",
        "en": "not a valid Excel .xlsx file: its content is damaged or truncated ({sebab}); "
        "copy the original again or save it again from Excel",
    },
    "workbook.bom_zip": {
        "id": "berkas terlalu besar setelah diurai ({ukuran} MB; paling banyak {maks} MB) dan "
        "tidak dibaca; periksa asal berkas ini",
        "en": "the file is too large once uncompressed ({ukuran} MB; at most {maks} MB) and "
        "was not read; check where this file came from",
    },
    "workbook.calc_gagal": {
        "id": "LibreOffice Calc tidak menyimpan {berkas} sebagai .xlsx: {sebab}",
        "en": "LibreOffice Calc did not save {berkas} as .xlsx: {sebab}",
    },
    "workbook.sudah_ada": {
        "id": "{berkas} sudah ada; sidik tidak menimpa berkas. Pilih nama lain atau hapus dahulu.",
        "en": "{berkas} already exists; sidik does not overwrite files. Choose another name "
        "or delete it first.",
    },
    "workbook.laporan_menimpa_masukan": {
        "id": "Laporan {berkas} akan menimpa buku kerja yang diperiksa; pilih nama lain.",
        "en": "Report {berkas} would overwrite the workbook being checked; choose another name.",
    },
    "workbook.baru_ditulis": {
        "id": "Buku kerja baru ditulis: {berkas} (isi mulai baris 2 lembar Informasi).",
        "en": "New workbook written: {berkas} (fill in from row 2 of sheet Informasi).",
    },
    "workbook.laporan_ditulis": {
        "id": "Laporan ditulis: {berkas} ({jumlah} sel ditandai).",
        "en": "Report written: {berkas} ({jumlah} cells marked).",
    },
}

_SEL: dict[str, dict[str, str]] = {
    "workbook.kolom_ganda": {
        "id": "judul kolom '{kolom}' muncul lebih dari sekali (juga di kolom {lain})",
        "en": "column header '{kolom}' appears more than once (also in column {lain})",
    },
    "workbook.rumus_galat": {
        "id": "sel berisi nilai galat Excel {nilai}; perbaiki rumus atau ketik nilainya langsung",
        "en": "the cell holds the Excel error value {nilai}; fix the formula or type the "
        "value directly",
    },
    "workbook.sel_tanggal": {
        "id": "sel berisi tanggal ({nilai}), padahal kolom ini berisi teks atau angka; "
        "Excel mungkin mengubah ketikan menjadi tanggal. Format sel sebagai Teks lalu "
        "ketik ulang",
        "en": "the cell holds a date ({nilai}) where text or a number is expected; Excel may "
        "have turned what was typed into a date. Format the cell as Text and type it again",
    },
    "workbook.karakter_format": {
        "id": "sel berisi karakter tak terlihat {karakter} (karakter ke-{posisi}); karakter ini "
        "dapat membalik atau menyembunyikan teks di dokumen yang ditandatangani. Hapus "
        "karakter itu, misalnya dengan mengetik ulang teksnya",
        "en": "the cell holds the invisible character {karakter} (character {posisi}); it can "
        "reverse or hide text in the signed documents. Delete it, e.g. by typing the text "
        "again",
    },
    "workbook.jangka_tanggal": {
        "id": "jangka waktu ditulis sebagai tanggal ('{nilai}'); tulis lamanya dalam tahun, "
        "misalnya '5' atau '5 tahun'",
        "en": "the period is written as a date ('{nilai}'); write its length in years, "
        "e.g. '5' or '5 tahun'",
    },
    "workbook.tanpa_undang_undang": {
        "id": "Pasal 17 huruf {huruf} hanya untuk informasi yang dirahasiakan oleh undang-undang, "
        "tetapi Dasar Hukum Lain tidak menyebut undang-undang; sebutkan pasal dan undang-undangnya "
        "(mis. Pasal 79 Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013)",
        "en": "Pasal 17 letter {huruf} applies only to information an undang-undang (statute) "
        "keeps secret, but Dasar Hukum Lain names no undang-undang; name the article and the "
        "statute (e.g. Pasal 79 Undang-Undang Nomor 23 Tahun 2006 as amended by Undang-Undang "
        "Nomor 24 Tahun 2013)",
    },
    "workbook.pasal_perubahan": {
        "id": "{pasal} adalah pasal {undang_undang} sebagaimana telah diubah, bukan pasal "
        "undang-undang perubahannya; tulis '{pasal} {undang_undang} sebagaimana telah diubah "
        "dengan ...'",
        "en": "{pasal} is an article of {undang_undang} as amended, not of the amending law; "
        "write '{pasal} {undang_undang} sebagaimana telah diubah dengan ...'",
    },
    "workbook.sintaks_templat": {
        "id": "berisi '{tanda}'; teks ini akan tampil apa adanya di dokumen (tidak dijalankan)",
        "en": "contains '{tanda}'; this text will appear as typed in the document (it is "
        "not executed)",
    },
    "workbook.laporan_lembar": {"id": "Masalah", "en": "Problems"},
    "workbook.laporan_penulis": {"id": "sidik validate", "en": "sidik validate"},
    "workbook.jenis_galat": {"id": "galat", "en": "error"},
    "workbook.jenis_peringatan": {"id": "peringatan", "en": "warning"},
    "kolom.lembar": {"id": "Lembar", "en": "Sheet"},
    "kolom.baris": {"id": "Baris", "en": "Row"},
    "kolom.kolom": {"id": "Kolom", "en": "Column"},
    "kolom.sel": {"id": "Sel", "en": "Cell"},
    "kolom.jenis": {"id": "Jenis", "en": "Kind"},
}

# Hints shown by Excel/Calc when a cell is selected (title <= 32, text <= 255 characters).
_PETUNJUK_KOLOM: dict[str, dict[str, str]] = {
    "workbook.kolom_petunjuk.no": {
        "id": "Nomor urut; boleh dikosongkan (diisi otomatis).",
        "en": "Sequence number; may be left blank (filled in automatically).",
    },
    "workbook.kolom_petunjuk.judul": {
        "id": "Informasi yang diusulkan dikecualikan, 1 sampai 300 karakter. Tidak boleh "
        "sama dengan baris lain.",
        "en": "The information proposed for exemption, 1 to 300 characters. Must not repeat "
        "another row.",
    },
    "workbook.kolom_petunjuk.uraian": {
        "id": "Penjelasan singkat isi informasi (boleh kosong).",
        "en": "A short description of the information (optional).",
    },
    "workbook.kolom_petunjuk.unit_kerja": {
        "id": "Pilih unit kerja dari daftar (kode unit juga diterima).",
        "en": "Choose the work unit from the list (its code is also accepted).",
    },
    "workbook.kolom_petunjuk.pasal17_huruf": {
        "id": "Satu huruf a sampai j dasar pengecualian (lihat lembar Referensi).",
        "en": "One letter a to j, the ground for exemption (see sheet Referensi).",
    },
    "workbook.kolom_petunjuk.pasal17_angka": {
        "id": "Angka pada huruf tersebut bila ada (lihat lembar Referensi); boleh kosong.",
        "en": "The numbered point of that letter, if any (see sheet Referensi); optional.",
    },
    "workbook.kolom_petunjuk.dasar_hukum_lain": {
        "id": "Undang-undang atau peraturan lain yang menjadi dasar (boleh kosong).",
        "en": "Other laws or regulations relied on (optional).",
    },
    "workbook.kolom_petunjuk.konsekuensi": {
        "id": "Akibat atau kerugian bila informasi dibuka (wajib).",
        "en": "The harm if the information is opened (required).",
    },
    "workbook.kolom_petunjuk.pertimbangan": {
        "id": "Mengapa menutup informasi melindungi kepentingan yang lebih besar (wajib).",
        "en": "Why closing it protects a larger interest than opening it (required).",
    },
    "workbook.kolom_petunjuk.jangka_waktu": {
        "id": "Jumlah tahun 1 sampai 100. Untuk huruf g sampai j boleh berupa syarat, "
        "misalnya 'Selama register berlaku'.",
        "en": "A number of years from 1 to 100. For letters g to j a condition is also "
        "accepted, e.g. 'Selama register berlaku'.",
    },
    "workbook.kolom_petunjuk.keterangan": {
        "id": "Catatan tambahan (boleh kosong).",
        "en": "Further notes (optional).",
    },
    "workbook.dv.judul_galat": {"id": "{kolom} tidak sesuai", "en": "{kolom}: not accepted"},
}

# Excel's error text per column when a rule refuses an entry (text <= 255 characters).
_GALAT_KOLOM: dict[str, dict[str, str]] = {
    "workbook.dv.galat.judul": {
        "id": "Judul Informasi diisi 1 sampai 300 karakter.",
        "en": "Judul Informasi takes 1 to 300 characters.",
    },
    "workbook.dv.galat.uraian": {
        "id": "Uraian paling banyak 5000 karakter.",
        "en": "Uraian takes at most 5000 characters.",
    },
    "workbook.dv.galat.unit_kerja": {
        "id": "Unit Kerja harus salah satu unit dari daftar: nama atau kode unit di lembar "
        "Referensi (dari sidik.toml).",
        "en": "Unit Kerja must be one of the listed units: a unit's name or code from sheet "
        "Referensi (from sidik.toml).",
    },
    "workbook.dv.galat.pasal17_huruf": {
        "id": "Pasal 17 Huruf diisi satu huruf a sampai j (lihat lembar Referensi).",
        "en": "Pasal 17 Huruf takes one letter a to j (see sheet Referensi).",
    },
    "workbook.dv.galat.pasal17_angka": {
        "id": "Angka harus nomor yang ada pada huruf di kolom Pasal 17 Huruf (lihat lembar "
        "Referensi), atau dikosongkan.",
        "en": "Angka must be a numbered point of the letter in column Pasal 17 Huruf (see "
        "sheet Referensi), or blank.",
    },
    "workbook.dv.galat.dasar_hukum_lain": {
        "id": "Dasar Hukum Lain paling banyak 5000 karakter.",
        "en": "Dasar Hukum Lain takes at most 5000 characters.",
    },
    "workbook.dv.galat.konsekuensi": {
        "id": "Konsekuensi paling banyak 5000 karakter.",
        "en": "Konsekuensi takes at most 5000 characters.",
    },
    "workbook.dv.galat.pertimbangan": {
        "id": "Pertimbangan paling banyak 5000 karakter.",
        "en": "Pertimbangan takes at most 5000 characters.",
    },
    "workbook.dv.galat.jangka_waktu": {
        "id": "Jangka Waktu diisi jumlah tahun bulat 1 sampai 100, misalnya 5 atau '5 tahun'. "
        "Untuk huruf g sampai j boleh berupa syarat, misalnya 'Selama register berlaku'.",
        "en": "Jangka Waktu takes a whole number of years from 1 to 100, e.g. 5 or '5 tahun'. "
        "For letters g to j a condition is also accepted, e.g. 'Selama register berlaku'.",
    },
    "workbook.dv.galat.keterangan": {
        "id": "Keterangan paling banyak 5000 karakter.",
        "en": "Keterangan takes at most 5000 characters.",
    },
}

_ISI: dict[str, dict[str, str]] = {
    "workbook.petunjuk.judul": {
        "id": "Petunjuk pengisian buku kerja informasi yang dikecualikan",
        "en": "How to fill in the exempted-information workbook",
    },
    "workbook.petunjuk.1": {
        "id": "1. Isi lembar 'Informasi' mulai baris 2, satu informasi per baris. Jangan "
        "mengubah judul kolom di baris 1 maupun nama lembarnya.",
        "en": "1. Fill in sheet 'Informasi' from row 2, one item per row. Do not change the "
        "column headers in row 1 or the sheet's name.",
    },
    "workbook.petunjuk.2": {
        "id": "2. Kolom wajib: Judul Informasi, Unit Kerja, Pasal 17 Huruf, Konsekuensi, "
        "Pertimbangan, Jangka Waktu. Kolom lain boleh kosong.",
        "en": "2. Required columns: Judul Informasi, Unit Kerja, Pasal 17 Huruf, "
        "Konsekuensi, Pertimbangan, Jangka Waktu. The others may be left blank.",
    },
    "workbook.petunjuk.3": {
        "id": "3. Pilih Unit Kerja dan Pasal 17 Huruf dari daftar pilihan. Angka harus ada "
        "pada huruf yang dipilih; daftarnya di lembar 'Referensi'.",
        "en": "3. Choose Unit Kerja and Pasal 17 Huruf from the drop-down lists. Angka must "
        "exist for the chosen letter; see sheet 'Referensi'.",
    },
    "workbook.petunjuk.4": {
        "id": "4. Jangka Waktu: jumlah tahun 1 sampai 100 (misalnya 5 atau '5 tahun'). "
        "Untuk huruf a sampai f wajib berupa tahun (UU KIP Pasal 20 ayat 1); untuk huruf g "
        "sampai j boleh berupa syarat tertulis.",
        "en": "4. Jangka Waktu: a number of years from 1 to 100 (e.g. 5 or '5 tahun'). For "
        "letters a to f it must be years (UU KIP Pasal 20(1)); for g to j a written "
        "condition is also accepted.",
    },
    "workbook.petunjuk.5": {
        "id": "5. Ketik nilai, bukan rumus. Jangan menulis tanggal sebagai jangka waktu, dan "
        "jangan memakai judul informasi yang sama dua kali.",
        "en": "5. Type values, not formulas. Do not write a date as the period, and do not "
        "use the same information title twice.",
    },
    "workbook.petunjuk.6": {
        "id": "6. Simpan sebagai 'Excel Workbook (.xlsx)' tanpa sandi, lalu periksa dengan: "
        "sidik validate NAMA_BERKAS.xlsx --report laporan.xlsx",
        "en": "6. Save as 'Excel Workbook (.xlsx)' without a password, then check it with: "
        "sidik validate FILE_NAME.xlsx --report report.xlsx",
    },
    "workbook.petunjuk.7": {
        "id": "7. Laporan menandai setiap sel bermasalah dengan warna dan komentar. Perbaiki "
        "di buku kerja ini (bukan di laporan), lalu periksa lagi.",
        "en": "7. The report marks every problem cell with a colour and a comment. Fix them "
        "in this workbook (not in the report), then check again.",
    },
    "workbook.referensi.judul": {
        "id": "Dasar pengecualian menurut Pasal 17 UU 14/2008 (UU KIP)",
        "en": "Grounds for exemption under Pasal 17 of UU 14/2008 (UU KIP)",
    },
    "workbook.referensi.huruf": {"id": "Huruf", "en": "Letter"},
    "workbook.referensi.angka": {"id": "Angka", "en": "Point"},
    "workbook.referensi.uraian": {"id": "Uraian", "en": "Description"},
    "workbook.referensi.wajib_tahun": {
        "id": "Jangka waktu wajib tahun",
        "en": "Period must be years",
    },
    "workbook.petunjuk.kolom": {
        "id": "Kolom lembar Informasi",
        "en": "Columns of sheet Informasi",
    },
    "workbook.petunjuk.wajib": {"id": "Wajib", "en": "Required"},
    "workbook.petunjuk.isi": {"id": "Petunjuk", "en": "Hint"},
    "workbook.referensi.ya": {"id": "ya", "en": "yes"},
    "workbook.referensi.tidak": {"id": "tidak", "en": "no"},
    "workbook.referensi.unit": {
        "id": "Unit kerja (dari sidik.toml)",
        "en": "Work units (from sidik.toml)",
    },
    "workbook.referensi.kode": {"id": "Kode", "en": "Code"},
    "workbook.referensi.nama": {"id": "Nama", "en": "Name"},
}

WORKBOOK: dict[str, dict[str, str]] = {
    **_VALIDASI,
    **_BERKAS,
    **_SEL,
    **_PETUNJUK_KOLOM,
    **_GALAT_KOLOM,
    **_ISI,
}
