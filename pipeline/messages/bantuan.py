"""The English of sidik's own help (``sidik --lang en COMMAND --help``).

The Indonesian is written once where each command is declared (its docstring, each option's
``help=``) and is what ``docs/perintah.md`` shows; here is its English twin, under the
command's path (``sidik review apply``) or the option's (``sidik review apply --tanggal``).
:mod:`pipeline.cli.bahasa` shows it while the language is English; ``tests/test_bahasa.py``
checks that every command and option has one and that no key names a command that is gone.
"""

from __future__ import annotations

BANTUAN_EN: dict[str, str] = {
    # options several commands share (sidik.cli.opsi): one entry, whichever command
    "--siklus": "Cycle ID (default: the latest cycle).",
    "--json": "JSON output for scripts.",
    "--tanggal": "Date of the documents (default: today in the office's time zone): a working "
    "day, not before the cycle opened, at most 30 days ahead.",
    "--paksa-tanggal": "Accept --tanggal even on a holiday, before the cycle opened, or far ahead.",
    "--password-stdin": "Read the password from the first line of standard input (never from "
    "an argument, so that it shows in no shell history or process list).",
    "sidik": """sidik: the List of Exempted Public Information, from Excel to signed PDF.

    \b
    Examples:
      sidik run input/informasi.xlsx      # the whole cycle
      sidik verify output/arsip           # check the archive's signatures
    """,
    "sidik --config": "The workspace's configuration file.",
    "sidik --lang": "Language of the messages: id (Indonesian) or en (English).",
    "sidik --quiet": "No progress messages.",
    "sidik --verbose": "Details and error tracebacks.",
    "sidik archive": """Step 5: archive into output/arsip/YYYY/MM/DD/<cycle>/ with manifest.json.

    Without a subcommand: archives the cycle. 'sidik archive list' shows the archive register,
    'sidik archive check' checks the archive against the manifest and the register.

    \b
    Examples:
      sidik archive
      sidik archive list --huruf h --json
      sidik archive check
    """,
    "sidik archive check": """Check the archive: missing files, unrecorded files, differing
    hashes, the manifest chain, the register.

    Per revision: the manifest's SHA-256 against the ledger, the manifest's signature
    (manifest.json.p7s) valid / absent / invalid, and each file's hash against the manifest.
    Exits 0 only when there is no problem.

    \b
    Examples:
      sidik archive check
      sidik archive check output/arsip/2026
    """,
    "sidik archive list": """The archive register: every archived document, with filters.

    \b
    Examples:
      sidik archive list
      sidik archive list --dari 2026-01-01 --huruf h --json
    """,
    "sidik archive list --siklus": "Only this cycle.",
    "sidik archive list --dari": "Signed on or after this date.",
    "sidik archive list --sampai": "Signed on or before this date.",
    "sidik archive list --unit": "Work unit code.",
    "sidik archive list --huruf": "Letter of Pasal 17 (a-j).",
    "sidik archive list --penanda-tangan": "The signer's name (or part of it).",
    "sidik archive list --json": "Results as JSON.",
    "sidik completion": """Print the shell completion (tab) script for SHELL.

    The same as _SIDIK_COMPLETE=<shell>_source sidik (click's own feature).

    \b
    Examples:
      sidik completion bash >> ~/.bashrc
      eval "$(sidik completion zsh)"
    """,
    "sidik convert": """Convert the cycle's DOCX to PDF/A-2b (LibreOffice, one process per core).

    \b
    Examples:
      sidik convert
    """,
    "sidik dik": """The body's current DIK: every exempted item across all archived cycles.

    The latest decision on each item (recognised by its title) holds: an item opened in a
    later cycle leaves the list; one whose period has run out is listed apart as an exemption
    that ended.

    \b
    Examples:
      sidik dik
      sidik dik --json
    """,
    "sidik doctor": """Check that this workspace and computer are ready; each problem with its fix.

    LibreOffice and its version, the templates' fonts, the signing key (file, token or BSrE),
    the certificate's validity (at least 30 more days) and its chain to a trusted root, the
    system clock against the timestamp server, the templates, the ledger, the output folder
    and disk space. Exits 0 when all pass, 14 when one fails.

    \b
    Examples:
      sidik doctor
      sidik doctor --json
    """,
    "sidik due": """Exempted items whose period ends soon (UU KIP Pasal 20).

    Counted from the signing date of the archived cycle; items tested again in a later cycle
    are not listed. Units are named as in sidik.toml; long titles are shortened so that the
    table fits the terminal.

    \b
    Examples:
      sidik due --within 180
    """,
    "sidik due --within": "Periods that end within this many days.",
    "sidik init": """Create a new workspace for one public body in FOLDER.

    It holds sidik.toml, the default templates (to edit), input/ with an empty operator
    workbook, an empty output/, and a development PKI. Values not given are asked on the
    terminal; without a terminal they are sample values marked GANTI. A folder that is not
    empty is never overwritten. A real key's password is never written to a file.

    \b
    Examples:
      sidik init dik-dukcapil
      sidik init dik-diskominfo --zona WITA
      sidik init ruang --dinas "DINAS KOMUNIKASI DAN INFORMATIKA" --unit SEKRE=Sekretariat \\
        --atasan-ppid "Dr. Siti, M.Si.;Kepala Dinas selaku Atasan PPID;197001012000032001"
    """,
    "sidik init --pemerintah": "The regional government (first line of the letterhead).",
    "sidik init --dinas": "Name of the agency or public body.",
    "sidik init --alamat": "Office address (a line of the letterhead).",
    "sidik init --kota": "The city where documents are decreed and signed.",
    "sidik init --unit": "A work unit (may be repeated).",
    "sidik init --operator": "The operator official: NAME;POSITION;NIP[;INITIALS].",
    "sidik init --ppid-pelaksana": "The ppid-pelaksana official: NAME;POSITION;NIP[;INITIALS].",
    "sidik init --tim-pertimbangan": "A member of the Tim Pertimbangan (may be repeated): "
    "NAME;POSITION;NIP[;INITIALS].",
    "sidik init --atasan-ppid": "The atasan-ppid official: NAME;POSITION;NIP[;INITIALS].",
    "sidik init --zona": "The office's time zone ([instansi] zona): signing times, the log "
    "and deadlines.",
    "sidik init --pki-dev": "Create a development PKI (test keys) in certs/dev/.",
    "sidik init --tanya": "Ask for the values not given (default: when there is a terminal).",
    "sidik log": """Audit trail: every event of the cycles, in order (who, role, when, hash).

    A table as wide as the terminal: long text is shortened with …, columns that do not fit
    are left out (ids are never cut); --json holds everything.

    \b
    Examples:
      sidik log
      sidik log dik-20261127-1 --json
      sidik log --langkah tinjau --peran tim_pertimbangan --sejak 2026-12-01
      sidik log --siklus dik-20261127-1 --item 3
      sidik log --pelaku maya --json
    """,
    "sidik log --siklus": "Only the events of this cycle.",
    "sidik log --item": "Only the events of the item with this number.",
    "sidik log --langkah": "Only this SOP step.",
    "sidik log --peran": "Only this role.",
    "sidik log --sejak": "Only events from this date on (the office's time zone).",
    "sidik log --pelaku": "Only the events this login performed (CLI: the system login; web: "
    "the account).",
    "sidik paraf": """Step 2: check the PDF drafts; initial them, or send items back to the
    Operator.

    Without options: the PPID Pelaksana's initials on every page of every document. With
    --kembalikan: that item goes back to the Operator (step 1) with its note, and only the
    Lembar named with --item are initialled.

    \b
    Examples:
      sidik paraf
      sidik paraf --item 1 --item 2
      sidik paraf --kembalikan 3 --catatan "Konsekuensi belum spesifik"
    """,
    "sidik paraf --item": "Initial only the Lembar of the item with this number (may be "
    "repeated; default: all). The DIK and the decree are initialled once every item's Lembar "
    "is.",
    "sidik paraf --kembalikan": "Send the item with this number back to the Operator to fix "
    "(may be repeated; needs --catatan).",
    "sidik paraf --catatan": "What the Operator must fix (recorded in the log).",
    "sidik pki": "Keys and certificates.",
    "sidik pki dev": """Create a throw-away development PKI in certs/dev/ (not for real
    documents).

    One key for every signing official in sidik.toml: the Atasan PPID (atasan_ppid.p12), each
    PPID Pelaksana and member of the Tim Pertimbangan (NIP.p12), all issued by the same root;
    each password beside its key (NIP.sandi). Officials added to sidik.toml later get keys
    from a new root added to root-ca.pem; existing keys are never overwritten.

    \b
    Examples:
      sidik pki dev
    """,
    "sidik publish": """The signed DIK for the PPID website: XLSX, CSV and an HTML page.

    Without --siklus: the public body's current DIK from every archived cycle
    (output/publikasi/dik-terkini.*): the latest decision on each item (known by its title
    and unit) holds; items opened in a later cycle or whose period ran out are listed apart as
    ended exemptions, as 'sidik dik' and 'sidik due' show. With --siklus: one cycle's DIK
    (output/publikasi/<cycle>/).

    Read from the archive (manifest.json and the source workbook; an archive that is not
    intact is not published); every file links the signed PDFs: the decree, the DIK and each
    item's Lembar ([publikasi] url_pdf, or paths relative to the archive with a warning):
    each row its item's Lembar and the decree that set it. The HTML page explains how to
    verify.

    \b
    Examples:
      sidik publish
      sidik publish --siklus dik-20261203-1
    """,
    "sidik publish --siklus": "The archived cycle's ID (default: the current DIK from every "
    "cycle).",
    "sidik render": """Step 1: validate the workbook and make the DOCX from the templates.

    \b
    Examples:
      sidik render input/informasi.xlsx
    """,
    "sidik review": "Step 3: the Tim Pertimbangan's review (the review sheet and its decisions).",
    "sidik review apply": """Record the Tim Pertimbangan's decisions from a filled review
    sheet.

    --all decides only the items without a decision; a recorded decision (e.g. Dibuka) is
    changed only with 'sidik review change'. --tanggal is the day of the Tim's meeting that
    decided; each decided item's Lembar Pengujian Konsekuensi is dated that day.

    \b
    Examples:
      sidik review apply input/review.xlsx --tanggal 2026-11-27
      sidik review apply --all dikecualikan --note "Rapat Tim 27/11/2026"
    """,
    "sidik review apply --all": "One decision for every item without one (a meeting of the "
    "Tim Pertimbangan); decisions already recorded are not changed.",
    "sidik review apply --note": "The decision's note (required with --all).",
    "sidik review apply --tanggal": "Date of the Tim Pertimbangan's meeting that decided "
    "(default: today in the office's time zone); the Lembar Pengujian Konsekuensi carries "
    "that date. A working day, not before the cycle opened, not after today.",
    "sidik review apply --paksa-tanggal": "Accept --tanggal even on a holiday, before the "
    "cycle opened, or after today.",
    "sidik review change": """Change one recorded decision (before the cycle is signed).

    The log records the old and the new decision with the reason.

    \b
    Examples:
      sidik review change 7 --keputusan dikecualikan --alasan "Rapat Tim 28/11/2026"
    """,
    "sidik review change --keputusan": "The new decision.",
    "sidik review change --alasan": "Why the decision is changed (required; recorded in the log).",
    "sidik review change --tanggal": "Date of the Tim Pertimbangan's meeting that decided "
    "(default: today in the office's time zone); the Lembar Pengujian Konsekuensi carries "
    "that date. A working day, not before the cycle opened, not after today.",
    "sidik review change --paksa-tanggal": "Accept --tanggal even on a holiday, before the "
    "cycle opened, or after today.",
    "sidik review sheet": """Write the review sheet (one row per item, a choice of Keputusan
    and a Catatan).

    Default: output/tinjauan-<cycle>.xlsx.

    \b
    Examples:
      sidik review sheet
      sidik review sheet /tmp/tinjauan.xlsx --siklus dik-20261127-1
    """,
    "sidik run": """The whole cycle as far as the decisions go: steps 1-2, review, sign,
    archive.

    Without the Tim Pertimbangan's decisions it stops after step 2 with exit code 13 and says
    what to do; run again after 'sidik review apply', it continues the same cycle. It never
    duplicates or overwrites an archive.

    \b
    Examples:
      sidik run input/informasi.xlsx
      sidik run input/informasi.xlsx --tanggal 2026-12-07
    """,
    "sidik serve": """Serve this workspace's web application (waitress); accounts are made
    with 'sidik users add'.

    By default only on 127.0.0.1: for the office network, put it behind a TLS reverse proxy
    (see docs/web.md).

    \b
    Examples:
      sidik serve
      sidik serve --port 8443 --proxy
    """,
    "sidik serve --host": "The address to listen on.",
    "sidik serve --proxy": "Behind the office's TLS reverse proxy: trust its "
    "X-Forwarded-For/Proto, Secure cookies, HSTS.",
    "sidik sign": """PAdES signatures: the test's participants on the Lembar, then the Atasan PPID.

    Every participant of the consequence test (the PPID Pelaksana, then each Tim Pertimbangan
    member who took part) signs the Lembar Pengujian Konsekuensi with their own key, in
    order; the Atasan PPID signs every document last. Without a subcommand: signs the cycle.
    'sidik sign extend' raises an archive to B-LT/B-LTA.

    \b
    Examples:
      sidik sign --peran ppid_pelaksana
      sidik sign --peran tim_pertimbangan --nip 197805142005011003
      SIDIK_SANDI_PKCS12=... sidik sign
      sidik sign extend output/arsip/2026/11/27/dik-2f6b060f41b9
    """,
    "sidik sign --peran": "Who signs: a participant of the test (on the Lembar) or the "
    "Atasan PPID.",
    "sidik sign --nip": "That participant's NIP (required when several officials hold the role).",
    "sidik sign extend": """Add long-term validation data (B-LT/B-LTA) to archived PDFs.

    Archived files are never changed: the raised copies are kept as a new archive revision
    <cycle>-rN/ beside the archive folder, with a manifest.json that points to the previous
    manifest and is signed with the signing key (manifest.json.p7s; not with BSrE).

    \b
    Examples:
      sidik sign extend output/arsip/2026/11/27/dik-2f6b060f41b9
      sidik sign extend --tingkat B-LT output/arsip/2026/11/27/dik-2f6b060f41b9/daftar.pdf
    """,
    "sidik sign extend --tingkat": "The PAdES level to reach.",
    "sidik status": """The cycles' state per SOP step: who, start, end, working-day deadline.

    Without SIKLUS: the cycles still running (--all: the archived ones too). Deadlines follow
    the SOP's time standard (1, 1, 2, 2 working days; archive 1 hour), skipping weekends,
    national holidays, cuti bersama and [kalender] libur_kantor.

    \b
    Examples:
      sidik status
      sidik status --all
      sidik status dik-20261127-1 --json
    """,
    "sidik status --all": "The archived cycles too.",
    "sidik templates": "The DOCX templates of the official documents.",
    "sidik templates check": """Check the templates in the [jalur] templat folder against the
    fields sidik provides.

    For each template: fields used but not provided by sidik, required fields not used, and
    attributes outside sidik's fields (the templates are rendered with sample fields in the
    same sandbox as render). Exits 11 when there is a problem.

    \b
    Examples:
      sidik templates check
    """,
    "sidik users": "Accounts of 'sidik serve': add, list, disable, change password.",
    "sidik users add": """Add an account; an official's account is bound to the official in
    sidik.toml by NIP.

    \b
    Examples:
      printf '%s\\n' "$SANDI" | sidik users add andi --role ppid_pelaksana \\
          --nip 000000000000000001 --password-stdin
      printf '%s\\n' "$SANDI" | sidik users add audit --role auditor --password-stdin
      printf '%s\\n' "$SANDI" | sidik users add siti --role atasan_ppid \\
          --nip 000000000000000000 --email siti@contoh.go.id --password-stdin
    """,
    "sidik users add --role": "The account's role. ppid_pelaksana, tim_pertimbangan and "
    "atasan_ppid need --nip.",
    "sidik users add --nip": "NIP of the official in sidik.toml who owns this account.",
    "sidik users add --totp": "Require a TOTP code (an authenticator app).",
    "sidik users disable": """Disable an account: it cannot log in any more; its acts stay in
    the log.

    \b
    Examples:
      sidik users disable andi
    """,
    "sidik users list": """List the accounts: login, role, NIP, state.

    \b
    Examples:
      sidik users list
    """,
    "sidik users password": """Change an account's password (also unlocks it after repeated
    failed logins).

    \b
    Examples:
      printf '%s\\n' "$SANDI" | sidik users password andi --password-stdin
    """,
    "sidik users email": """Set an account's e-mail address for notifications; without ADDRESS:
    remove it.

    \b
    Examples:
      sidik users email siti siti@contoh.go.id
      sidik users email siti
    """,
    "sidik users add --email": "E-mail address for 'sidik notify' notifications.",
    "sidik users log": """The history of acts on accounts (add, disable, change password, change
    e-mail): when, who did it and through which channel (cli/web); without LOGIN: every
    account. A password is never recorded.

    \b
    Examples:
      sidik users log
      sidik users log andi
    """,
    "sidik notify": """E-mail each person what waits for their act, and a reminder once a
    deadline has passed; each only once (recorded in the ledger).

    The SMTP server is [notifikasi] in sidik.toml; an e-mail address per account ('sidik
    users add --email', 'sidik users email'). The SMTP account's password comes from the
    environment variable [notifikasi] sandi_env. Run it periodically (cron, a systemd timer,
    Task Scheduler): what was sent is not sent again.

    \b
    Examples:
      sidik notify
    """,
    "sidik validate": """Check an operator workbook; report every problem at once in one table.

    Exits with code 0 when there is no error (warnings allowed), 3 when there is one.

    \b
    Examples:
      sidik validate input/informasi.xlsx
      sidik validate input/informasi.xlsx --report laporan.xlsx
    """,
    "sidik validate --report": "Write a copy of the workbook (.xlsx) with the problem cells "
    "coloured and commented.",
    "sidik verify": """Check the signatures of PDFs (files, folders, or the whole archive).

    For each file: integrity, the certificate chain to a trusted root, changes after signing,
    the PAdES level, and the SHA-256 against manifest.json. Exits 0 only when every file is
    VALID. A revocation status that cannot be checked (OCSP/CRL does not answer) becomes
    INDETERMINATE TRY_LATER, never VALID; a damaged file gets the verdict INVALID
    FORMAT_FAILURE without stopping the check of the other files. Times in the office's zone
    ([instansi] zona; outside a workspace WIB, unless --zona); archived files are named by
    their document and item; signatures rooted in a certificate saying BUKAN UNTUK PRODUKSI
    are marked "test certificate — not for official use".

    \b
    Examples:
      sidik verify output/arsip
      sidik verify dokumen.pdf --akar akar-bsre.pem --json
      sidik verify output/arsip --report laporan.html
      sidik verify dokumen.pdf --akar akar-bsre.pem --zona WITA
    """,
    "sidik verify --akar": "Trusted root certificate (PEM/DER), e.g. the BSrE root; default: "
    "[verifikasi] in sidik.toml; required outside a workspace.",
    "sidik verify --json": "Results as JSON on stdout.",
    "sidik verify --report": "Write a self-contained, printable HTML report.",
    "sidik verify --tunggu-revokasi": "Seconds to wait for each OCSP/CRL answer; one that "
    "does not answer: INDETERMINATE TRY_LATER.",
    "sidik verify --zona": "Time zone shown: WIB, WITA or WIT (default: [instansi] zona in "
    "sidik.toml; outside a workspace WIB).",
    "sidik workbook": "The operator workbook: a new one or a sample.",
    "sidik workbook new": """Write an empty operator workbook with instructions, choice lists
    and Excel validation.

    The work units come from sidik.toml. An existing file is never overwritten.

    \b
    Examples:
      sidik workbook new input/informasi-2026.xlsx
    """,
    "sidik workbook sample": """Write a sample workbook (for trials and benchmarks).

    Its items use the work units of sidik.toml, so that it passes 'sidik validate' in this
    workspace; outside a workspace sample units are used.

    \b
    Examples:
      sidik workbook sample /tmp/besar.xlsx --items 500
    """,
    "sidik workbook sample --items": "Number of synthetic items (default: the 12 samples).",
}
