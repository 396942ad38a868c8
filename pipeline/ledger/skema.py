"""The ledger's SQLite schema and its migrations (``PRAGMA user_version``).

Migrations only ever append: a released step is never edited, a new one is added at the end.
The event log is append-only, enforced by triggers that reject UPDATE and DELETE.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pipeline.errors import InputInvalid

MIGRASI: tuple[str, ...] = (
    # 1: cycles, items with their review decision, documents per stage, SOP steps, events,
    #    the archive register, the per-year letter-number sequence and each document's number.
    """
    CREATE TABLE siklus (
        id          TEXT PRIMARY KEY,
        workbook    TEXT NOT NULL,
        tanggal     TEXT NOT NULL,
        dibuka      TEXT NOT NULL,
        hash_item   TEXT NOT NULL
    );
    CREATE INDEX siklus_workbook ON siklus (workbook, dibuka);
    CREATE TABLE item (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        no          INTEGER NOT NULL,
        judul       TEXT NOT NULL,
        unit_kerja  TEXT NOT NULL,
        pasal17_huruf TEXT NOT NULL,
        jangka_waktu_tahun INTEGER,
        data        TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        aktif       INTEGER NOT NULL DEFAULT 1,
        keputusan   TEXT CHECK (keputusan IN ('dikecualikan', 'dibuka', 'perbaiki')),
        catatan     TEXT NOT NULL DEFAULT '',
        diputuskan  TEXT,
        PRIMARY KEY (siklus, no)
    );
    CREATE TABLE dokumen (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        kunci       TEXT NOT NULL,
        tahap       TEXT NOT NULL CHECK (tahap IN ('render', 'convert', 'paraf', 'sign')),
        jenis       TEXT NOT NULL,
        item_no     INTEGER,
        unit_kerja  TEXT NOT NULL DEFAULT '',
        path        TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        sidik_jari  TEXT NOT NULL,
        waktu       TEXT NOT NULL,
        penanda_tangan TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (siklus, kunci, tahap)
    );
    CREATE TABLE langkah (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        langkah     TEXT NOT NULL,
        mulai       TEXT,
        selesai     TEXT,
        pejabat     TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (siklus, langkah)
    );
    CREATE TABLE peristiwa (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        item_no     INTEGER,
        langkah     TEXT NOT NULL,
        peran       TEXT NOT NULL,
        pejabat     TEXT NOT NULL,
        pengguna    TEXT NOT NULL,
        aksi        TEXT NOT NULL,
        waktu       TEXT NOT NULL,
        sha256_masuk  TEXT,
        sha256_keluar TEXT,
        keterangan  TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX peristiwa_siklus ON peristiwa (siklus, id);
    CREATE TRIGGER peristiwa_tanpa_ubah BEFORE UPDATE ON peristiwa
        BEGIN SELECT RAISE(ABORT, 'peristiwa hanya boleh ditambah'); END;
    CREATE TRIGGER peristiwa_tanpa_hapus BEFORE DELETE ON peristiwa
        BEGIN SELECT RAISE(ABORT, 'peristiwa hanya boleh ditambah'); END;
    CREATE TABLE register_arsip (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        revisi      INTEGER NOT NULL,
        path        TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        unit_kerja  TEXT NOT NULL DEFAULT '',
        pasal17_huruf TEXT NOT NULL DEFAULT '',
        penanda_tangan TEXT NOT NULL,
        waktu_ttd   TEXT NOT NULL,
        diarsipkan  TEXT NOT NULL,
        UNIQUE (siklus, revisi, path)
    );
    CREATE TABLE nomor_surat (
        tahun       INTEGER PRIMARY KEY,
        terakhir    INTEGER NOT NULL
    );
    CREATE TABLE info_siklus (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        kunci       TEXT NOT NULL,
        nilai       TEXT NOT NULL,
        PRIMARY KEY (siklus, kunci)
    );
    CREATE TABLE nomor_dokumen (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        kunci       TEXT NOT NULL,
        tahun       INTEGER NOT NULL,
        urut        INTEGER NOT NULL,
        PRIMARY KEY (siklus, kunci),
        UNIQUE (tahun, urut)
    );
    """,
    # 2: each archive manifest's SHA-256 and whether its own signature (manifest.json.p7s) was
    #    made; manifests filed before (revision 1, from the "manifest" event) are taken over.
    """
    CREATE TABLE manifest_arsip (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        revisi      INTEGER NOT NULL,
        path        TEXT NOT NULL UNIQUE,
        sha256      TEXT NOT NULL,
        ttd         TEXT NOT NULL CHECK (ttd IN ('cms', 'tidak_dapat', 'sebelum_ttd')),
        dicatat     TEXT NOT NULL,
        PRIMARY KEY (siklus, revisi)
    );
    INSERT OR IGNORE INTO manifest_arsip (siklus, revisi, path, sha256, ttd, dicatat)
        SELECT siklus, 1, keterangan, sha256_keluar, 'sebelum_ttd', waktu FROM peristiwa
        WHERE aksi = 'manifest' AND sha256_keluar IS NOT NULL;
    """,
    # 3: who acted, and how: the channel (every event before came from the CLI) and whether the
    #    person acted on the official's behalf rather than as that official (NULL: not recorded).
    """
    ALTER TABLE peristiwa ADD COLUMN saluran TEXT NOT NULL DEFAULT 'cli'
        CHECK (saluran IN ('cli', 'web'));
    ALTER TABLE peristiwa ADD COLUMN atas_nama INTEGER CHECK (atas_nama IN (0, 1));
    """,
    # 4: each Tim Pertimbangan member's own decision on an item (its content by SHA-256: a vote
    #    on an item the Operator corrected since does not count); the team's decision follows
    #    from them by [alur] aturan_tim.
    """
    CREATE TABLE suara_tim (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        item_no     INTEGER NOT NULL,
        nip         TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        keputusan   TEXT NOT NULL CHECK (keputusan IN ('dikecualikan', 'dibuka', 'perbaiki')),
        catatan     TEXT NOT NULL DEFAULT '',
        waktu       TEXT NOT NULL,
        PRIMARY KEY (siklus, item_no, nip)
    );
    """,
    # 5: the accounts of ``sidik serve``: a login with its role, the official it is (NIP), its
    #    password as an argon2id hash, an optional TOTP secret; failed logins lock it a while.
    """
    CREATE TABLE akun (
        login       TEXT PRIMARY KEY,
        peran       TEXT NOT NULL CHECK (peran IN ('operator', 'ppid_pelaksana',
                        'tim_pertimbangan', 'atasan_ppid', 'auditor', 'admin')),
        nip         TEXT NOT NULL DEFAULT '',
        hash_sandi  TEXT NOT NULL,
        rahasia_totp TEXT NOT NULL DEFAULT '',
        nonaktif    INTEGER NOT NULL DEFAULT 0 CHECK (nonaktif IN (0, 1)),
        gagal       INTEGER NOT NULL DEFAULT 0,
        terkunci_sampai TEXT,
        dibuat      TEXT NOT NULL
    );
    """,
    # 6: a document's key is its name (``nama``: "lembar-0001"), as in the code; ``kunci`` is
    #    only ever a cryptographic key (docs/glosarium.md).
    """
    ALTER TABLE dokumen RENAME COLUMN kunci TO nama;
    ALTER TABLE info_siklus RENAME COLUMN kunci TO nama;
    ALTER TABLE nomor_dokumen RENAME COLUMN kunci TO nama;
    """,
    # 7: the stage "peserta" (each Lembar signed by everyone who tested its item) between paraf
    #    and sign; a cycle signed before it takes its initialled files as that stage's output.
    """
    CREATE TABLE dokumen_baru (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        nama        TEXT NOT NULL,
        tahap       TEXT NOT NULL
                    CHECK (tahap IN ('render', 'convert', 'paraf', 'peserta', 'sign')),
        jenis       TEXT NOT NULL,
        item_no     INTEGER,
        unit_kerja  TEXT NOT NULL DEFAULT '',
        path        TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        sidik_jari  TEXT NOT NULL,
        waktu       TEXT NOT NULL,
        penanda_tangan TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (siklus, nama, tahap)
    );
    INSERT INTO dokumen_baru SELECT * FROM dokumen;
    INSERT INTO dokumen_baru
        SELECT siklus, nama, 'peserta', jenis, item_no, unit_kerja, path, sha256, sidik_jari,
               waktu, penanda_tangan
        FROM dokumen
        WHERE tahap = 'paraf' AND siklus IN (SELECT siklus FROM dokumen WHERE tahap = 'sign');
    DROP TABLE dokumen;
    ALTER TABLE dokumen_baru RENAME TO dokumen;
    """,
    # 8: an e-mail address per account, and each notification sent: one per person, per act
    #    (a cycle's step, as opened at ``mulai``: a step opened again is a new act) and kind
    #    (``menunggu``: it waits for them; ``terlambat``: its deadline passed), so a rerun of
    #    ``sidik notify`` sends no duplicate.
    """
    ALTER TABLE akun ADD COLUMN surel TEXT NOT NULL DEFAULT '';
    CREATE TABLE notifikasi (
        siklus      TEXT NOT NULL REFERENCES siklus (id),
        langkah     TEXT NOT NULL,
        mulai       TEXT NOT NULL,
        jenis       TEXT NOT NULL CHECK (jenis IN ('menunggu', 'terlambat')),
        login       TEXT NOT NULL REFERENCES akun (login),
        surel       TEXT NOT NULL,
        dikirim     TEXT NOT NULL,
        PRIMARY KEY (siklus, langkah, mulai, jenis, login)
    );
    """,
    # 9: where a web act came from: the client's address (behind the office's proxy, the one
    #    it forwarded); '' for the CLI and for every event before.
    """
    ALTER TABLE peristiwa ADD COLUMN alamat TEXT NOT NULL DEFAULT '';
    """,
    # 10: the web's jobs (``sidik serve``), so that a restart forgets none: who started which
    #    act on which cycle (or on which uploaded workbook, before its cycle exists), its
    #    progress as last recorded, its outcome or refusal and when it ended (NULL: it had not
    #    ended when the server stopped). ``ulang``: the form that starts it again (the page's
    #    path and its fields as JSON; never a passphrase, ``sandi`` only says one is asked).
    """
    CREATE TABLE pekerjaan (
        id          TEXT PRIMARY KEY,
        jenis       TEXT NOT NULL,
        siklus      TEXT NOT NULL,
        login       TEXT NOT NULL,
        mulai       TEXT NOT NULL,
        tahap       TEXT NOT NULL DEFAULT '',
        selesai     INTEGER NOT NULL DEFAULT 0,
        total       INTEGER NOT NULL DEFAULT 0,
        hasil       TEXT NOT NULL DEFAULT '',
        galat       TEXT NOT NULL DEFAULT '',
        usai        TEXT,
        ulang       TEXT NOT NULL DEFAULT '',
        ulang_medan TEXT NOT NULL DEFAULT '[]',
        sandi       INTEGER NOT NULL DEFAULT 0 CHECK (sandi IN (0, 1))
    );
    CREATE INDEX pekerjaan_mulai ON pekerjaan (mulai);
    """,
    # 11: the last verification report of each cycle's archive made in the web page (who, when,
    #    the folders verified and every verdict, as :mod:`pipeline.verify.simpanan` keeps them),
    #    so that a restart of the server forgets none.
    """
    CREATE TABLE laporan_verifikasi (
        siklus      TEXT PRIMARY KEY REFERENCES siklus (id),
        login       TEXT NOT NULL,
        selesai     TEXT NOT NULL,
        folder      TEXT NOT NULL,
        hasil       TEXT NOT NULL
    );
    """,
    # 12: each workbook sidik saved from a checked upload in the page (``input/…``, relative
    #    to the workspace), the name the browser sent and the SHA-256 of the file as sidik
    #    last wrote it: an upload of the same file or name is recognised, and sidik writes a
    #    corrected workbook over that file only while it still holds what sidik wrote.
    """
    CREATE TABLE unggahan (
        path        TEXT PRIMARY KEY,
        nama        TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        login       TEXT NOT NULL,
        waktu       TEXT NOT NULL
    );
    """,
    # 13: the log of acts on accounts (``sidik users`` and the admin's pages): which account,
    #    what was done to it, by whom, through which channel and from which address, when; the
    #    role, NIP or e-mail address it was given (never a password or its hash). Append-only,
    #    as the event log.
    """
    CREATE TABLE peristiwa_akun (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        login       TEXT NOT NULL,
        aksi        TEXT NOT NULL CHECK (aksi IN ('akun_ditambah', 'akun_dinonaktifkan',
                        'sandi_diganti', 'surel_diubah')),
        keterangan  TEXT NOT NULL DEFAULT '',
        pengguna    TEXT NOT NULL,
        saluran     TEXT NOT NULL CHECK (saluran IN ('cli', 'web')),
        alamat      TEXT NOT NULL DEFAULT '',
        waktu       TEXT NOT NULL
    );
    CREATE INDEX peristiwa_akun_login ON peristiwa_akun (login, id);
    CREATE TRIGGER peristiwa_akun_tanpa_ubah BEFORE UPDATE ON peristiwa_akun
        BEGIN SELECT RAISE(ABORT, 'peristiwa hanya boleh ditambah'); END;
    CREATE TRIGGER peristiwa_akun_tanpa_hapus BEFORE DELETE ON peristiwa_akun
        BEGIN SELECT RAISE(ABORT, 'peristiwa hanya boleh ditambah'); END;
    """,
    # 14: who sealed each archive manifest (``manifest.json.p7s``): the name and NIP of the
    #    signing certificate's holder, the Operator who filed it; '' for an unsealed manifest
    #    and for every manifest recorded before (sealed, then, by the Atasan PPID's key).
    """
    ALTER TABLE manifest_arsip ADD COLUMN penyegel TEXT NOT NULL DEFAULT '';
    ALTER TABLE manifest_arsip ADD COLUMN nip_penyegel TEXT NOT NULL DEFAULT '';
    """,
)
VERSI = len(MIGRASI)


def sambung(berkas: Path) -> sqlite3.Connection:
    """Open (creating if needed) the ledger at ``berkas``: WAL, foreign keys, migrated."""
    berkas.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(berkas, timeout=30, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    migrasikan(db, berkas)
    return db


def migrasikan(db: sqlite3.Connection, berkas: Path) -> None:
    """Bring the schema to :data:`VERSI`, each migration in its own transaction."""
    versi = db.execute("PRAGMA user_version").fetchone()[0]
    if versi > VERSI:
        raise InputInvalid("ledger.versi_baru", berkas=str(berkas), versi=versi, dikenal=VERSI)
    for nomor in range(versi, VERSI):
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] == nomor:
                for pernyataan in _pernyataan(MIGRASI[nomor]):
                    db.execute(pernyataan)
                db.execute(f"PRAGMA user_version = {nomor + 1}")
            db.execute("COMMIT")
        except sqlite3.Error:
            db.execute("ROLLBACK")
            raise


def _pernyataan(skrip: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner ``;``)."""
    hasil, buf = [], ""
    for bagian in skrip.split(";"):
        buf += bagian + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                hasil.append(buf.strip())
            buf = ""
    return hasil
