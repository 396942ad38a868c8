"""Messages of the SOP workflow: ledger, review, status, log, deadlines, lock."""

from __future__ import annotations

ALUR: dict[str, dict[str, str]] = {
    # --- acts that are an official's own ([alur] tindakan_pribadi)
    "izin.paraf": {
        "id": "Paraf adalah tindakan PPID Pelaksana sendiri ([alur] tindakan_pribadi), bukan "
        "tindakan pengguna '{pelaku}'. Yang dapat memaraf: {siapa}.",
        "en": "The paraf is the PPID Pelaksana's own act ([alur] tindakan_pribadi), not user "
        "'{pelaku}''s. Who may initial: {siapa}.",
    },
    "izin.putuskan": {
        "id": "Keputusan atas item adalah tindakan anggota Tim Pertimbangan sendiri ([alur] "
        "tindakan_pribadi), bukan tindakan pengguna '{pelaku}'. Yang dapat memutuskan: {siapa}.",
        "en": "Deciding an item is a Tim Pertimbangan member's own act ([alur] "
        "tindakan_pribadi), not user '{pelaku}''s. Who may decide: {siapa}.",
    },
    "izin.tandatangani": {
        "id": "Tanda tangan adalah tindakan Atasan PPID sendiri ([alur] tindakan_pribadi), bukan "
        "tindakan pengguna '{pelaku}'. Yang dapat menandatangani: {siapa}.",
        "en": "The signature is the Atasan PPID's own act ([alur] tindakan_pribadi), not user "
        "'{pelaku}''s. Who may sign: {siapa}.",
    },
    "izin.arsip": {
        "id": "Pengarsipan, yang menyegel manifest dengan kunci Operator, adalah tindakan "
        "Operator sendiri ([alur] tindakan_pribadi), bukan tindakan pengguna '{pelaku}'. Yang "
        "dapat mengarsipkan: {siapa}.",
        "en": "Filing, which seals the manifest with the Operator's key, is the Operator's own "
        "act ([alur] tindakan_pribadi), not user '{pelaku}''s. Who may file: {siapa}.",
    },
    "izin.ttd_peserta": {
        "id": "Tanda tangan di Lembar dan Berita Acara Pengujian Konsekuensi adalah tindakan "
        "pesertanya sendiri ([alur] tindakan_pribadi), bukan tindakan pengguna '{pelaku}'. Yang "
        "dapat menandatangani: {siapa}.",
        "en": "A signature on the Lembar and the Berita Acara Pengujian Konsekuensi is its "
        "participant's own act ([alur] tindakan_pribadi), not user '{pelaku}''s. Who may sign: "
        "{siapa}.",
    },
    "lembar.bukan_giliran_peserta": {
        "id": "Belum giliran {nama}: {jumlah} dokumen uji konsekuensi (Lembar, Berita Acara) "
        "menunggu tanda tangan {giliran} ({peran}) lebih dahulu; peserta menandatangani "
        "berurutan (PPID Pelaksana, lalu anggota Tim Pertimbangan, Atasan PPID terakhir).",
        "en": "Not yet {nama}'s turn: {jumlah} consequence-test documents (Lembar, Berita "
        "Acara) wait for the signature of {giliran} ({peran}) first; participants sign in order "
        "(PPID Pelaksana, then the Tim Pertimbangan members, the Atasan PPID last).",
    },
    "peserta.tidak_dikenal": {
        "id": "Tidak ada satu peserta uji konsekuensi berperan {peran} dengan NIP {nip}; "
        "pilih dengan --nip salah satu dari: {pilihan}.",
        "en": "No single participant of the consequence test in role {peran} with NIP {nip}; "
        "choose with --nip one of: {pilihan}.",
    },
    "lembar.menunggu_peserta": {
        "id": "Siklus {siklus} belum dapat ditandatangani Atasan PPID: {jumlah} dokumen uji "
        "konsekuensi (Lembar, Berita Acara) menunggu tanda tangan {nama} ({peran}). Berikutnya: "
        "peserta itu menandatangani, 'sidik sign --peran {kode_peran} --nip {nip}'.",
        "en": "Cycle {siklus} cannot be signed by the Atasan PPID yet: {jumlah} consequence-test "
        "documents (Lembar, Berita Acara) wait for the signature of {nama} ({peran}). Next: "
        "that participant signs, 'sidik sign --peran {kode_peran} --nip {nip}'.",
    },
    "hasil.menunggu_ttd_peserta": {
        "id": "Siklus {siklus} menunggu tanda tangan {siapa} pada {jumlah} dokumen uji "
        "konsekuensi (Lembar, Berita Acara). Berikutnya: {siapa} menandatangani, 'sidik sign "
        "--peran {kode_peran} --nip {nip}'.",
        "en": "Cycle {siklus} waits for the signature of {siapa} on {jumlah} consequence-test "
        "documents (Lembar, Berita Acara). Next: {siapa} signs, 'sidik sign --peran "
        "{kode_peran} --nip {nip}'.",
    },
    "hasil.peserta_lengkap": {
        "id": "Setiap Lembar dan Berita Acara Pengujian Konsekuensi siklus {siklus} telah "
        "ditandatangani semua pesertanya. Berikutnya: Atasan PPID menandatangani, 'sidik sign'.",
        "en": "Every Lembar and Berita Acara Pengujian Konsekuensi of cycle {siklus} is signed "
        "by all its participants. Next: the Atasan PPID signs, 'sidik sign'.",
    },
    "hasil.ttd_peserta": {
        "id": "{nama} menandatangani {jumlah} dokumen uji konsekuensi (Lembar, Berita Acara) di "
        "{folder}.",
        "en": "{nama} signed {jumlah} consequence-test documents (Lembar, Berita Acara) in "
        "{folder}.",
    },
    "hasil.menunggu_paraf": {
        "id": "Siklus {siklus}: {jumlah} dokumen siap diparaf. Paraf adalah tindakan PPID "
        "Pelaksana sendiri ([alur] tindakan_pribadi). Berikutnya, oleh PPID Pelaksana ({siapa}): "
        "'sidik paraf', lalu 'sidik run {workbook}'.",
        "en": "Cycle {siklus}: {jumlah} documents are ready for paraf. The paraf is the PPID "
        "Pelaksana's own act ([alur] tindakan_pribadi). Next, by the PPID Pelaksana ({siapa}): "
        "'sidik paraf', then 'sidik run {workbook}'.",
    },
    # --- step 2: the PPID Pelaksana's check (sidik paraf)
    "periksa.item_tidak_ada": {
        "id": "Informasi No {no} tidak ada dalam rancangan DIK siklus {siklus}; sebutkan nomor "
        "informasi dari kolom No buku kerja.",
        "en": "Item No {no} is not in the draft DIK of cycle {siklus}; give an item number from "
        "the workbook's No column.",
    },
    "periksa.item_dikembalikan": {
        "id": "Informasi No {no} siklus {siklus} sedang dikembalikan kepada Operator untuk "
        "diperbaiki; Lembarnya diparaf setelah barisnya diperbaiki dan 'sidik run' dijalankan "
        "ulang.",
        "en": "Item No {no} of cycle {siklus} is sent back to the Operator for correction; its "
        "Lembar is initialled once its row is corrected and 'sidik run' is run again.",
    },
    "periksa.sudah_diputus": {
        "id": "Informasi No {no} siklus {siklus} sudah diputus Tim Pertimbangan ({keputusan}); "
        "PPID Pelaksana hanya mengembalikan informasi yang belum diputus. Mengubah keputusan "
        "adalah tindakan Tim: 'sidik review change'.",
        "en": "Item No {no} of cycle {siklus} is already decided by the Tim Pertimbangan "
        "({keputusan}); the PPID Pelaksana sends back only items not yet decided. Changing a "
        "decision is the team's act: 'sidik review change'.",
    },
    "periksa.catatan_wajib": {
        "id": "Mengembalikan informasi kepada Operator wajib disertai catatan apa yang harus "
        "diperbaiki (--catatan TEKS).",
        "en": "Sending items back to the Operator requires a note of what to correct "
        "(--catatan TEXT).",
    },
    "periksa.catatan_tanpa_kembalikan": {
        "id": "--catatan hanya dipakai bersama --kembalikan NO.",
        "en": "--catatan is used only with --kembalikan NO.",
    },
    "periksa.item_ganda": {
        "id": "Informasi No {no} disebut pada --item dan --kembalikan sekaligus; pilih salah satu.",
        "en": "Item No {no} is given to both --item and --kembalikan; choose one.",
    },
    "hasil.dikembalikan": {
        "id": "Siklus {siklus}: {jumlah} informasi dikembalikan PPID Pelaksana kepada Operator "
        "untuk diperbaiki (langkah 1):",
        "en": "Cycle {siklus}: {jumlah} item(s) sent back by the PPID Pelaksana to the Operator "
        "for correction (step 1):",
    },
    "hasil.paraf_menunggu": {
        "id": "DIK dan Surat Keputusan belum diparaf: keduanya mencakup setiap informasi dan "
        "diparaf setelah Lembar setiap informasi diparaf; menunggu Lembar {jumlah} informasi "
        "(No {nomor}).",
        "en": "The DIK and the Surat Keputusan are not initialled yet: they cover every item "
        "and are initialled once every item's Lembar is; waiting for the Lembar of {jumlah} "
        "item(s) (No {nomor}).",
    },
    "daftar.dan": {"id": "{a} dan {b}", "en": "{a} and {b}"},
    "hasil.menunggu_tanda_tangan": {
        "id": "Siklus {siklus}: {jumlah} dokumen siap ditandatangani. Tanda tangan adalah "
        "tindakan Atasan PPID sendiri ([alur] tindakan_pribadi). Berikutnya, oleh {siapa}: "
        "'sidik sign', lalu 'sidik run {workbook}'.",
        "en": "Cycle {siklus}: {jumlah} documents are ready to sign. The signature is the "
        "Atasan PPID's own act ([alur] tindakan_pribadi). Next, by {siapa}: 'sidik sign', then "
        "'sidik run {workbook}'.",
    },
    "hasil.menunggu_arsip": {
        "id": "Siklus {siklus}: setiap dokumen telah ditandatangani. Pengarsipan (langkah 5) "
        "adalah tindakan Operator sendiri, yang menyegel manifestnya dengan kuncinya ([alur] "
        "tindakan_pribadi). Berikutnya, oleh {siapa}: 'sidik run {workbook}' (atau "
        "'sidik archive').",
        "en": "Cycle {siklus}: every document is signed. Filing (step 5) is the Operator's own "
        "act, who seals its manifest with their key ([alur] tindakan_pribadi). Next, by "
        "{siapa}: 'sidik run {workbook}' (or 'sidik archive').",
    },
    "kolom.oleh": {"id": "Dijalankan oleh", "en": "Performed by"},
    "log.atas_nama": {"id": "atas nama {pejabat}", "en": "on behalf of {pejabat}"},
    "log.oleh_atas_nama": {
        "id": "dijalankan oleh {pelaku} ({saluran}) atas nama {peran} {pejabat}",
        "en": "performed by {pelaku} ({saluran}) on behalf of {peran} {pejabat}",
    },
    "log.oleh_sendiri": {
        "id": "dijalankan oleh {pelaku} ({saluran}) sebagai {peran} {pejabat}",
        "en": "performed by {pelaku} ({saluran}) as {peran} {pejabat}",
    },
    # --- the date the documents carry (--tanggal)
    "tanggal.bukan_hari_kerja": {
        "id": "Tanggal {tanggal} ({hari}) bukan hari kerja: {alasan}. Pilih hari kerja, atau "
        "tambahkan --paksa-tanggal bila tanggal itu memang disengaja.",
        "en": "The date {tanggal} ({hari}) is not a working day: {alasan}. Choose a working "
        "day, or add --paksa-tanggal if that date is intended.",
    },
    "tanggal.sebelum_dibuka": {
        "id": "Tanggal {tanggal} lebih awal dari dibukanya siklus ({dibuka}); dokumen tidak "
        "dapat bertanggal sebelum uji konsekuensinya dimulai. Pakai tanggal hari ini atau "
        "sesudahnya, atau tambahkan --paksa-tanggal bila tanggal itu memang disengaja.",
        "en": "The date {tanggal} is before the cycle was opened ({dibuka}); the documents "
        "cannot be dated before their test of consequences began. Use today or a later date, "
        "or add --paksa-tanggal if that date is intended.",
    },
    "tanggal.terlalu_jauh": {
        "id": "Tanggal {tanggal} lebih dari {hari} hari setelah hari ini; tanggal terjauh "
        "adalah {batas}. Periksa ketikan tahunnya, atau tambahkan --paksa-tanggal bila "
        "tanggal itu memang disengaja.",
        "en": "The date {tanggal} is more than {hari} days after today; the latest date is "
        "{batas}. Check the year typed, or add --paksa-tanggal if that date is intended.",
    },
    "tanggal.rapat_sebelum_dibuka": {
        "id": "Tanggal rapat {tanggal} lebih awal dari dibukanya siklus ({dibuka}); Tim "
        "Pertimbangan menguji rancangan yang dibuat siklus ini. Periksa tanggalnya, atau "
        "tambahkan --paksa-tanggal bila tanggal itu memang disengaja.",
        "en": "The meeting date {tanggal} is before the cycle was opened ({dibuka}); the Tim "
        "Pertimbangan tests the drafts this cycle made. Check the date, or add --paksa-tanggal "
        "if that date is intended.",
    },
    "tanggal.rapat_belum_terjadi": {
        "id": "Tanggal rapat {tanggal} sesudah hari ini ({hari_ini}); keputusan dicatat "
        "setelah rapatnya. Periksa tanggalnya, atau tambahkan --paksa-tanggal bila tanggal "
        "itu memang disengaja.",
        "en": "The meeting date {tanggal} is after today ({hari_ini}); decisions are recorded "
        "after their meeting. Check the date, or add --paksa-tanggal if that date is intended.",
    },
    "tanggal.ttd_sebelum_tanggal": {
        "id": "Dokumen siklus {siklus} bertanggal {tanggal}; tanda tangan tidak dapat "
        "dibubuhkan sebelum tanggal itu (hari ini {hari_ini}). Tandatangani pada tanggal "
        "tersebut atau sesudahnya.",
        "en": "The documents of cycle {siklus} are dated {tanggal}; they cannot be signed "
        "before that date (today is {hari_ini}). Sign on that date or later.",
    },
    # --- ledger and lock
    "ledger.versi_baru": {
        "id": "Ledger {berkas} berskema versi {versi}, lebih baru dari yang dikenal sidik ini "
        "({dikenal}); perbarui sidik.",
        "en": "Ledger {berkas} has schema version {versi}, newer than this sidik knows "
        "({dikenal}); upgrade sidik.",
    },
    "gembok.dipegang": {
        "id": "Ruang kerja sedang dipakai oleh run lain (pid {pid} di {host}, sejak {sejak}: "
        "{perintah}); tunggu sampai selesai lalu ulangi. Kunci: {berkas}.",
        "en": "The workspace is in use by another run (pid {pid} on {host}, since {sejak}: "
        "{perintah}); wait until it ends, then try again. Lock: {berkas}.",
    },
    # --- the cycle waits
    "alur.tinjauan_belum": {
        "id": "Langkah 'sign' belum dapat dijalankan untuk siklus {siklus}: {jumlah} informasi "
        "belum diputus Tim Pertimbangan. Jalankan dahulu 'sidik review sheet', isi, lalu "
        "'sidik review apply BERKAS'.",
        "en": "Step 'sign' cannot run yet for cycle {siklus}: {jumlah} item(s) have no "
        "decision of the Tim Pertimbangan. First run 'sidik review sheet', fill it in, then "
        "'sidik review apply FILE'.",
    },
    "hasil.menunggu_tinjauan": {
        "id": "Siklus {siklus}: langkah 1-2 selesai; {jumlah} informasi menunggu keputusan Tim "
        "Pertimbangan (langkah 3). Tim mengisi Keputusan (Dikecualikan/Dibuka/Perbaiki) dan "
        "Catatan di lembar tinjauan (atau memutuskan semuanya sekaligus: 'sidik review apply "
        "--all dikecualikan --note TEKS'), lalu 'sidik run {workbook}' dijalankan ulang.",
        "en": "Cycle {siklus}: steps 1-2 done; {jumlah} item(s) await the Tim Pertimbangan's "
        "decision (step 3). The team fills in Keputusan (Dikecualikan/Dibuka/Perbaiki) and "
        "Catatan in the review workbook (or decides them all at once: 'sidik review apply --all "
        "dikecualikan --note TEXT'), then 'sidik run {workbook}' is run again.",
    },
    "hasil.menunggu_perbaikan": {
        "id": "Siklus {siklus}: {jumlah} informasi dikembalikan {oleh} untuk diperbaiki "
        "Operator (langkah 1). Perbaiki barisnya di {workbook} sesuai catatan, lalu jalankan "
        "ulang 'sidik run {workbook}':",
        "en": "Cycle {siklus}: {jumlah} item(s) were sent back by the {oleh} for the Operator "
        "to correct (step 1). Correct their rows in {workbook} as noted, then run "
        "'sidik run {workbook}' again:",
    },
    "hasil.item_perbaikan": {
        "id": "  No {no} {judul}: {catatan}",
        "en": "  No {no} {judul}: {catatan}",
    },
    # --- review
    "tinjauan.dv.galat": {
        "id": "Keputusan diisi Dikecualikan, Dibuka atau Perbaiki (pilih dari daftar).",
        "en": "Keputusan takes Dikecualikan, Dibuka or Perbaiki (choose from the list).",
    },
    "tinjauan.petunjuk": {
        "id": "Isi kolom Keputusan tiap baris di lembar Tinjauan: Dikecualikan (tetap dalam DIK), "
        "Dibuka (dikeluarkan dari DIK; tulis alasannya di Catatan) atau Perbaiki (kembali ke "
        "Operator; tulis apa yang harus diperbaiki di Catatan). Jangan ubah kolom lain. Lalu: "
        "sidik review apply BERKAS.",
        "en": "Fill in the Keputusan column of each row on the Tinjauan sheet: Dikecualikan "
        "(stays in the DIK), Dibuka (taken out of the DIK; give the reason in Catatan) or "
        "Perbaiki (back to the Operator; say what to correct in Catatan). Do not change other "
        "columns. Then: sidik review apply FILE.",
    },
    "tinjauan.bukan_xlsx": {
        "id": "{berkas} bukan lembar tinjauan .xlsx yang sah ({sebab}).",
        "en": "{berkas} is not a valid .xlsx review workbook ({sebab}).",
    },
    "tinjauan.lembar_tidak_ada": {
        "id": "{berkas}: lembar '{lembar}' tidak ada; buat lembar tinjauan dengan "
        "'sidik review sheet'.",
        "en": "{berkas}: sheet '{lembar}' is missing; make the review workbook with "
        "'sidik review sheet'.",
    },
    "tinjauan.kolom_tidak_ada": {
        "id": "{berkas}: kolom '{kolom}' tidak ada di baris 1 lembar Tinjauan.",
        "en": "{berkas}: column '{kolom}' is missing from row 1 of the Tinjauan sheet.",
    },
    "tinjauan.tidak_sah": {
        "id": "{berkas}: {jumlah} masalah ditemukan; tidak ada keputusan yang dicatat.",
        "en": "{berkas}: {jumlah} problem(s) found; no decision was recorded.",
    },
    "tinjauan.keputusan_salah": {
        "id": "keputusan harus Dikecualikan, Dibuka atau Perbaiki",
        "en": "the decision must be Dikecualikan, Dibuka or Perbaiki",
    },
    "tinjauan.catatan_wajib": {
        "id": "keputusan '{keputusan}' wajib disertai Catatan (alasan)",
        "en": "decision '{keputusan}' requires a Catatan (the reason)",
    },
    "tinjauan.no_salah": {
        "id": "No harus nomor informasi dari lembar tinjauan",
        "en": "No must be an item number from the review workbook",
    },
    "tinjauan.no_tidak_ada": {
        "id": "informasi No {no} tidak ada (lagi) dalam siklus ini",
        "en": "item No {no} is not (or no longer) in this cycle",
    },
    "tinjauan.item_berubah": {
        "id": "informasi No {no} telah berubah sejak lembar tinjauan ditulis; tulis lembar "
        "baru dengan 'sidik review sheet'",
        "en": "item No {no} changed after the review workbook was written; write a new one "
        "with 'sidik review sheet'",
    },
    "tinjauan.catatan_item": {
        "id": "Keputusan '{keputusan}' wajib disertai catatan (alasan).",
        "en": "Decision '{keputusan}' requires a note (the reason).",
    },
    "tinjauan.item_berubah_sejak_dibuka": {
        "id": "Informasi No {no} telah diubah Operator sejak halaman ini dibuka; muat ulang "
        "halaman dan periksa isinya sebelum memutuskan.",
        "en": "Item No {no} was changed by the Operator after this page was opened; reload "
        "the page and check it before deciding.",
    },
    "tinjauan.catatan_semua": {
        "id": "Keputusan '{keputusan}' untuk seluruh daftar wajib disertai --note (alasan).",
        "en": "Decision '{keputusan}' for the whole list requires --note (the reason).",
    },
    "tinjauan.berkas_atau_semua": {
        "id": "Sebutkan BERKAS lembar tinjauan atau --all KEPUTUSAN (salah satu saja).",
        "en": "Give either the review workbook FILE or --all DECISION (exactly one).",
    },
    "tinjauan.sudah_ditandatangani": {
        "id": "Siklus {siklus} sudah ditandatangani; keputusan tidak dapat diubah lagi.",
        "en": "Cycle {siklus} is already signed; decisions can no longer change.",
    },
    "tinjauan.belum_diperiksa": {
        "id": "Langkah 'review' belum dapat dijalankan untuk siklus {siklus}: draf belum "
        "diperiksa dan diparaf (langkah 2). Jalankan dahulu 'sidik run BUKU_KERJA'.",
        "en": "Step 'review' cannot run yet for cycle {siklus}: the draft has not been checked "
        "and initialled (step 2). First run 'sidik run WORKBOOK'.",
    },
    "hasil.lembar_tinjauan": {
        "id": "Siklus {siklus}: lembar tinjauan ({jumlah} informasi, {belum} menunggu keputusan) "
        "ditulis ke {berkas}. Setelah diisi Tim Pertimbangan: 'sidik review apply {berkas}'.",
        "en": "Cycle {siklus}: review workbook ({jumlah} items, {belum} awaiting a decision) "
        "written to {berkas}. Once the Tim Pertimbangan has filled it in: "
        "'sidik review apply {berkas}'.",
    },
    "tinjauan.buka_pdf": {"id": "Buka PDF", "en": "Open PDF"},
    "tinjauan.sudah_diarsipkan": {
        "id": "Siklus {siklus} sudah diarsipkan; lembar tinjauan tidak ditulis lagi. Keputusannya "
        "tercatat: 'sidik log --siklus {siklus}'.",
        "en": "Cycle {siklus} is already archived; no review workbook is written for it. Its "
        "decisions are recorded: 'sidik log --siklus {siklus}'.",
    },
    "tinjauan.lembar_berisi_keputusan": {
        "id": "Tidak menimpa {berkas}: lembar ini berisi keputusan yang belum dicatat. Catat "
        "dahulu dengan 'sidik review apply {berkas}', atau tulis lembar baru di tempat lain.",
        "en": "Not overwriting {berkas}: it holds decisions not yet recorded. Record them first "
        "with 'sidik review apply {berkas}', or write the new sheet elsewhere.",
    },
    "hasil.tinjauan": {
        "id": "Siklus {siklus}: {diubah} keputusan dicatat; dikecualikan {dikecualikan}, "
        "dibuka {dibuka}, perbaiki {perbaiki}, belum diputus {belum}.",
        "en": "Cycle {siklus}: {diubah} decision(s) recorded; dikecualikan {dikecualikan}, "
        "dibuka {dibuka}, perbaiki {perbaiki}, undecided {belum}.",
    },
    "hasil.tinjauan_menunggu_anggota": {
        "id": "Keputusan Anda tercatat; keputusan Tim atas item yang belum diputuskan menunggu "
        "keputusan anggota: {nama} ([alur] aturan_tim).",
        "en": "Your decisions are recorded; the team's decision on the items still open waits "
        "for the decisions of: {nama} ([alur] aturan_tim).",
    },
    "hasil.tinjauan_dilewati": {
        "id": "{jumlah} informasi yang sudah berkeputusan dilewati: --all tidak mengubah "
        "keputusan yang tercatat. Untuk mengubah satu keputusan: 'sidik review change NO "
        "--keputusan KEPUTUSAN --alasan TEKS'.",
        "en": "{jumlah} item(s) already decided were skipped: --all does not change a recorded "
        "decision. To change one decision: 'sidik review change NO --keputusan DECISION "
        "--alasan TEXT'.",
    },
    "tinjauan.alasan_wajib": {
        "id": "Mengubah keputusan yang tercatat wajib disertai alasan (--alasan TEKS).",
        "en": "Changing a recorded decision requires a reason (--alasan TEXT).",
    },
    "tinjauan.no_tidak_ada_siklus": {
        "id": "Informasi No {no} tidak ada dalam siklus {siklus}.",
        "en": "Item No {no} is not in cycle {siklus}.",
    },
    "tinjauan.belum_berkeputusan": {
        "id": "Informasi No {no} di siklus {siklus} belum berkeputusan; tidak ada yang diubah. "
        "Catat keputusannya dengan 'sidik review apply'.",
        "en": "Item No {no} of cycle {siklus} has no decision yet; nothing to change. Record "
        "its decision with 'sidik review apply'.",
    },
    "hasil.tinjauan_selesai": {
        "id": "Langkah 3 selesai: setiap informasi sudah berkeputusan.",
        "en": "Step 3 done: every item has a decision.",
    },
    # --- the next step of a cycle (pipeline/alur/berikutnya.py)
    "berikutnya.sendiri": {
        "id": "Berikutnya — langkah {langkah}, oleh {peran} {siapa}: {perintah}",
        "en": "Next — step {langkah}, by the {peran} {siapa}: {perintah}",
    },
    "berikutnya.ttd_peserta": {
        "id": "Berikutnya — sebelum langkah {langkah}, setiap peserta uji konsekuensi "
        "menandatangani Lembar dan Berita Acara-nya sendiri, berurutan (PPID Pelaksana, lalu "
        "anggota Tim Pertimbangan yang hadir), {siapa}: {perintah}",
        "en": "Next — before step {langkah}, every participant of the consequence test signs "
        "their own Lembar and Berita Acara, in order (the PPID Pelaksana, then the Tim "
        "Pertimbangan members who took part), {siapa}: {perintah}",
    },
    "berikutnya.atas_nama": {
        "id": "Berikutnya — langkah {langkah}, oleh Operator {siapa} atas nama {peran}: {perintah}",
        "en": "Next — step {langkah}, by the Operator {siapa} on behalf of the {peran}: {perintah}",
    },
    "berikutnya.verifikasi": {
        "id": "Berikutnya — siapa pun dapat memeriksa arsip kapan saja: sidik verify {folder}",
        "en": "Next — anyone can check the archive at any time: sidik verify {folder}",
    },
    "berikutnya.tinjau": {
        "id": "Berikutnya — langkah {langkah}, oleh {peran} {siapa}: sidik review sheet, isi "
        "kolom Keputusan dan Catatan, lalu sidik review apply {perintah}",
        "en": "Next — step {langkah}, by the {peran} {siapa}: sidik review sheet, fill in "
        "Keputusan and Catatan, then sidik review apply {perintah}",
    },
    "berikutnya.perbaikan": {
        "id": "Berikutnya — langkah {langkah}, oleh {peran} {siapa}: perbaiki baris yang "
        "dikembalikan {oleh}, lalu {perintah}",
        "en": "Next — step {langkah}, by the {peran} {siapa}: fix the rows the {oleh} sent "
        "back, then {perintah}",
    },
    # --- status, log, due
    "sop.kumpul": {"id": "1 kumpulkan", "en": "1 collect"},
    "sop.periksa": {"id": "2 periksa & paraf", "en": "2 check & initial"},
    "sop.tinjau": {"id": "3 tinjau", "en": "3 review"},
    "sop.tanda_tangan": {"id": "4 tanda tangan", "en": "4 sign"},
    "sop.arsip": {"id": "5 arsipkan", "en": "5 archive"},
    "peran.operator": {"id": "Operator", "en": "Operator"},
    "peran.ppid_pelaksana": {"id": "PPID Pelaksana", "en": "PPID Pelaksana"},
    "peran.tim_pertimbangan": {"id": "Tim Pertimbangan", "en": "Tim Pertimbangan"},
    "peran.atasan_ppid": {"id": "Atasan PPID", "en": "Atasan PPID"},
    "status.judul": {
        "id": "Siklus {siklus} ({workbook}, dibuka {dibuka}) — informasi: {keputusan}",
        "en": "Cycle {siklus} ({workbook}, opened {dibuka}) — items: {keputusan}",
    },
    "status.selesai": {"id": "selesai", "en": "done"},
    "status.tidak_ada_terbuka": {
        "id": "Tidak ada siklus yang masih berjalan; {jumlah} siklus sudah diarsipkan "
        "(lihat semuanya: sidik status --all).",
        "en": "No cycle is in progress; {jumlah} cycle(s) archived "
        "(see them all: sidik status --all).",
    },
    "status.berjalan": {"id": "berjalan", "en": "in progress"},
    "status.menunggu": {"id": "menunggu", "en": "waiting"},
    "status.terlambat": {"id": "TERLAMBAT", "en": "LATE"},
    "kolom.langkah": {"id": "Langkah", "en": "Step"},
    "kolom.peran": {"id": "Peran", "en": "Role"},
    "kolom.pelaksana": {"id": "Pelaksana", "en": "Official"},
    "kolom.mulai": {"id": "Mulai", "en": "Start"},
    "kolom.selesai": {"id": "Selesai", "en": "End"},
    "kolom.tenggat": {"id": "Tenggat", "en": "Deadline"},
    "kolom.dalam_zona": {"id": "{kolom} ({zona})", "en": "{kolom} ({zona})"},
    "kolom.keadaan": {"id": "Keadaan", "en": "State"},
    "kolom.aksi": {"id": "Aksi", "en": "Action"},
    "kolom.item": {"id": "Item", "en": "Item"},
    "kolom.keterangan": {"id": "Keterangan", "en": "Note"},
    "kolom.sha256": {"id": "SHA-256 masuk→keluar", "en": "SHA-256 in→out"},
    "kolom.siklus": {"id": "Siklus", "en": "Cycle"},
    "kolom.judul": {"id": "Judul informasi", "en": "Information"},
    "kolom.unit": {"id": "Unit", "en": "Unit"},
    "kolom.pasal": {"id": "Pasal 17", "en": "Pasal 17"},
    "kolom.berakhir": {"id": "Berakhir", "en": "Ends"},
    "kolom.sisa": {"id": "Sisa hari", "en": "Days left"},
    "kolom.no": {"id": "No", "en": "No"},
    "kolom.jangka": {"id": "Jangka waktu", "en": "Period"},
    "kolom.sebab": {"id": "Sebab", "en": "Why"},
    "dik.sebab.dibuka": {"id": "dibuka", "en": "opened"},
    "dik.sebab.habis": {"id": "jangka waktu habis", "en": "period ran out"},
    "dik.kosong": {
        "id": "Belum ada informasi yang dikecualikan: belum ada siklus yang diarsipkan, atau "
        "semua informasinya telah dibuka.",
        "en": "No exempted information yet: no cycle is archived, or all of it was opened.",
    },
    "dik.ringkas": {
        "id": "{jumlah} informasi dikecualikan per {tanggal} (keputusan terbaru setiap "
        "informasi dari siklus yang diarsipkan).",
        "en": "{jumlah} item(s) exempted as of {tanggal} (each item's latest decision over the "
        "archived cycles).",
    },
    "dik.berakhir": {
        "id": "Pengecualian berakhir ({jumlah}): dibuka dalam siklus lebih baru, atau jangka "
        "waktunya habis (uji ulang sebelum dikecualikan lagi, UU KIP Pasal 20):",
        "en": "Exemptions ended ({jumlah}): opened in a later cycle, or their period ran out "
        "(test again before exempting again, UU KIP Pasal 20):",
    },
    "due.kosong": {
        "id": "Tidak ada informasi dikecualikan yang jangka waktunya berakhir dalam {hari} hari.",
        "en": "No exempted information whose period ends within {hari} days.",
    },
    "due.ringkas": {
        "id": "{jumlah} informasi harus diuji ulang (UU KIP Pasal 20); masukkan ke buku kerja "
        "siklus baru.",
        "en": "{jumlah} item(s) must be tested again (UU KIP Pasal 20); put them in a new "
        "cycle's workbook.",
    },
}
