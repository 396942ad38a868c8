"""The sections of ``sidik.toml`` as frozen records, and the whole :class:`Config`.

Each key of the file is declared here once (``[penandatanganan]`` in
:mod:`pipeline.config.penandatanganan`), as a field made by
:func:`pipeline.deklarasi.kunci_toml`: type, default, description. The validator,
``docs/konfigurasi.md`` and the file ``sidik init`` writes are derived from these fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.config.penandatanganan import Penandatanganan
from pipeline.deklarasi import SAMA, Jenis, kunci_toml
from pipeline.model import Pejabat, UnitKerja
from pipeline.zona import BAWAAN as BAWAAN_ZONA

ATURAN_TIM = ("ketua", "mayoritas", "bulat")
KERTAS = ("A4", "F4")


@dataclass(frozen=True)
class Instansi:
    """The public body: government, agency, address, the city where it signs, the image of
    the lambang daerah in the letterhead (None: a letterhead of text only), and its time zone."""

    pemerintah: str = kunci_toml(
        Jenis.TEKS,
        id="Pemerintah daerah, baris pertama kop surat.",
        en="The regional government, first line of the letterhead.",
    )
    dinas: str = kunci_toml(
        Jenis.TEKS,
        id="Nama dinas atau badan publik, baris kedua kop surat.",
        en="The agency or public body, second line of the letterhead.",
    )
    alamat: str = kunci_toml(
        Jenis.TEKS,
        id="Alamat kantor (dan laman) di bawah kop surat.",
        en="Office address (and website) under the letterhead.",
    )
    kota: str = kunci_toml(
        Jenis.TEKS,
        id="Kota tempat dokumen ditetapkan dan ditandatangani.",
        en="The city where the documents are decreed and signed.",
    )
    lambang: Path | None = kunci_toml(
        Jenis.TEKS,
        "",
        python=None,
        id="Gambar lambang daerah (PNG) di kiri kop surat; kosong: kop tanpa gambar.",
        en="The regional emblem (PNG) at the left of the letterhead; empty: a text letterhead.",
    )
    zona: str = kunci_toml(
        Jenis.TEKS,
        BAWAAN_ZONA,
        python=SAMA,
        id="Zona waktu kantor: WIB, WITA atau WIT. Waktu di stempel tanda tangan, hasil "
        "verify, arsip, log dan tenggat memakai zona ini; hari kerja dihitung di zona ini.",
        en="The office's time zone: WIB, WITA or WIT. The signature stamp, verify's results, "
        "the archive, the log and deadlines show times in it; working days are counted in it.",
    )


@dataclass(frozen=True)
class Penomoran:
    """How document numbers are built (pattern with {kode} {urut} {unit} {tahun})."""

    pola: str = kunci_toml(
        Jenis.TEKS,
        "{kode}/{urut:03d}/{unit}/{tahun}",
        python=SAMA,
        id="Pola nomor surat dengan {kode} {urut} {unit} {tahun}; {urut:03d} = nomor urut "
        "tiga digit.",
        en="Document number pattern with {kode} {urut} {unit} {tahun}; {urut:03d} = a "
        "three-digit sequence number.",
    )
    kode: str = kunci_toml(
        Jenis.TEKS,
        "000.8.3",
        python=SAMA,
        id="Kode klasifikasi arsip di nomor surat.",
        en="Archive classification code in the document number.",
    )
    unit: str = kunci_toml(
        Jenis.TEKS,
        "PPID",
        python=SAMA,
        id="Singkatan unit di nomor surat.",
        en="Unit abbreviation in the document number.",
    )


@dataclass(frozen=True)
class Paraf:
    """Paraf settings: the hierarchy initialling beside the signer, and initials images."""

    hierarki: tuple[str, ...] = kunci_toml(
        Jenis.DAFTAR_TEKS,
        ["ppid_pelaksana"],
        python=("ppid_pelaksana",),
        id="Paling banyak 3 pemaraf di samping nama penanda tangan: ppid_pelaksana, operator, "
        "tim_pertimbangan.N.",
        en="At most 3 initialling officials beside the signer's name: ppid_pelaksana, "
        "operator, tim_pertimbangan.N.",
    )
    gambar: tuple[tuple[str, Path], ...] = kunci_toml(
        Jenis.TABEL_BEBAS,
        {},
        python=(),
        id='Gambar paraf PNG per NIP: "NIP" = "jalur.png".',
        en='Initials image (PNG) per NIP: "NIP" = "path.png".',
    )

    def gambar_untuk(self, nip: str) -> Path | None:
        """The PNG of the official with ``nip``, if one is configured."""
        return dict(self.gambar).get(nip)


@dataclass(frozen=True)
class Verifikasi:
    """Trust roots for ``sidik verify``."""

    akar_tepercaya: tuple[Path, ...] = kunci_toml(
        Jenis.DAFTAR_TEKS,
        id="Sertifikat akar tepercaya (PEM/DER) untuk verify dan doctor.",
        en="Trusted root certificates (PEM/DER) for verify and doctor.",
    )


@dataclass(frozen=True)
class Penetapan:
    """The decree (Surat Keputusan): regional laws cited after the national ones, and who
    receives a copy (Tembusan)."""

    dasar_hukum_tambahan: tuple[str, ...] = kunci_toml(
        Jenis.DAFTAR_TEKS,
        [],
        python=(),
        id="Peraturan daerah di MENGINGAT Surat Keputusan.",
        en="Regional regulations cited under MENGINGAT in the decree.",
    )
    tembusan: tuple[str, ...] = kunci_toml(
        Jenis.DAFTAR_TEKS,
        [],
        python=(),
        id="Penerima tembusan Surat Keputusan, berurutan; kosong: tanpa Tembusan.",
        en="Who receives a copy of the decree (Tembusan), in order; empty: no Tembusan.",
    )


@dataclass(frozen=True)
class Publikasi:
    """``sidik publish``: where the website serves the signed PDFs."""

    url_pdf: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Alamat PDF di laman PPID: {tahun} {bulan} {hari} {siklus} {berkas}; kosong = "
        "jalur relatif dari folder publikasi ke arsip.",
        en="The PDF's address on the PPID website: {tahun} {bulan} {hari} {siklus} {berkas}; "
        "empty = the path relative from the export folder to the archive.",
    )


@dataclass(frozen=True)
class Jalur:
    """Folders and programs sidik uses."""

    templat: Path = kunci_toml(
        Jenis.TEKS, "templates", id="Folder templat DOCX.", en="Folder of DOCX templates."
    )
    keluaran: Path = kunci_toml(
        Jenis.TEKS,
        "output",
        id="Folder keluaran (kerja dan arsip).",
        en="Output folder (work and archive).",
    )
    libreoffice: str = kunci_toml(
        Jenis.TEKS,
        "soffice",
        id="Program LibreOffice: nama di PATH atau jalur lengkap soffice(.exe).",
        en="The LibreOffice program: a name on PATH or the full path of soffice(.exe).",
    )
    ledger: Path = kunci_toml(
        Jenis.TEKS,
        "",
        python=Path("output") / "sidik.db",
        id="Berkas ledger SQLite (bawaan: <keluaran>/sidik.db).",
        en="The SQLite ledger file (default: <keluaran>/sidik.db).",
    )

    @property
    def arsip(self) -> Path:
        """The archive, ``<keluaran>/arsip``: sidik never writes a user's file into it."""
        return self.keluaran / "arsip"


@dataclass(frozen=True)
class Kalender:
    """The office's extra closed days, on top of weekends and national holidays."""

    libur_kantor: tuple[date, ...] = kunci_toml(
        Jenis.DAFTAR_TEKS,
        [],
        python=(),
        id="Hari libur kantor (tanggal ISO), dilewati tenggat.",
        en="Office holidays (ISO dates), skipped by deadlines.",
    )


@dataclass(frozen=True)
class Alur:
    """How the SOP's acts are performed: with ``tindakan_pribadi`` the paraf, the Tim's
    decisions and the signature are each their official's own act (their login, see
    ``pengguna``); without it (a one-person office) the CLI performs them on their behalf."""

    tindakan_pribadi: bool = kunci_toml(
        Jenis.BENAR_SALAH,
        False,
        python=SAMA,
        id="true: paraf, keputusan Tim dan tanda tangan hanya oleh pejabatnya sendiri (lihat "
        "pengguna), dan pengarsipan (segel manifest dengan kunci Operator) bukan oleh pejabat "
        "lain; sidik run berhenti dan menyebut siapa yang harus bertindak. false: CLI "
        "menjalankannya atas nama mereka, tercatat demikian.",
        en="true: paraf, the Tim's decisions and the signature only by the officials "
        "themselves (see pengguna), and filing (the manifest sealed with the Operator's key) "
        "not by another official; sidik run stops and names who must act. false: the CLI "
        "performs them on their behalf, recorded as such.",
    )
    aturan_tim: str = kunci_toml(
        Jenis.TEKS,
        "ketua",
        python=SAMA,
        id="Bagaimana keputusan anggota menjadi keputusan Tim: ketua (anggota pertama "
        "memutuskan), mayoritas (lebih dari separuh anggota), bulat (semua anggota sama). "
        "Berlaku bila anggota Tim memutuskan sendiri (pengguna); keputusan yang dicatat atas "
        "nama Tim adalah keputusan Tim.",
        en="How members' decisions make the Tim's: ketua (the first member decides), "
        "mayoritas (more than half the members), bulat (all members agree). Applies when "
        "members decide themselves (pengguna); a decision recorded on the Tim's behalf is the "
        "Tim's.",
    )


@dataclass(frozen=True)
class Naskah:
    """How the documents are set as naskah dinas: the paper, A4 or F4 (215 x 330 mm)."""

    kertas: str = kunci_toml(
        Jenis.TEKS,
        "A4",
        python=SAMA,
        id="Ukuran kertas dokumen: A4 atau F4 (215 x 330 mm).",
        en="The documents' paper: A4 or F4 (215 x 330 mm).",
    )


@dataclass(frozen=True)
class Notifikasi:
    """E-mail to each person a step waits for, and a reminder when its deadline passed
    (``sidik notify``). Off while ``smtp_host`` is empty. The SMTP password is never in the
    file: it is read from the environment variable named by ``sandi_env``."""

    smtp_host: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Server SMTP kantor; kosong = tanpa notifikasi surel.",
        en="The office's SMTP server; empty = no e-mail notifications.",
    )
    smtp_port: int = kunci_toml(
        Jenis.ANGKA,
        587,
        python=SAMA,
        id="Port server SMTP (587 dengan STARTTLS, 25 tanpa).",
        en="The SMTP server's port (587 with STARTTLS, 25 without).",
    )
    starttls: bool = kunci_toml(
        Jenis.BENAR_SALAH,
        True,
        python=SAMA,
        id="true: sambungan dienkripsi dengan STARTTLS sebelum masuk dan mengirim.",
        en="true: the connection is encrypted with STARTTLS before logging in and sending.",
    )
    pengirim: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Alamat pengirim surel, mis. ppid@contoh.go.id; wajib bila smtp_host diisi.",
        en="The sender's address, e.g. ppid@contoh.go.id; required when smtp_host is set.",
    )
    pengguna: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Login akun SMTP; kosong = server tanpa login.",
        en="The SMTP account's login; empty = a server without login.",
    )
    sandi_env: str = kunci_toml(
        Jenis.TEKS,
        "SIDIK_SMTP_SANDI",
        python=SAMA,
        id="Variabel lingkungan berisi sandi akun SMTP (tidak pernah di berkas ini).",
        en="Environment variable holding the SMTP account's password (never in this file).",
    )
    url_situs: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Alamat sidik serve untuk tautan di surel, mis. https://ppid.contoh.go.id/.",
        en="The address of sidik serve for the link in each e-mail, e.g. "
        "https://ppid.contoh.go.id/.",
    )

    @property
    def aktif(self) -> bool:
        """True when notifications are configured (an SMTP server is named)."""
        return bool(self.smtp_host)


@dataclass(frozen=True)
class Config:
    """The whole validated configuration of one workspace."""

    berkas: Path  # where it was read from: not a key of the file
    instansi: Instansi = kunci_toml(
        Jenis.TABEL,
        tabel=Instansi,
        id="Badan publik: kop surat dan kota penetapan.",
        en="The public body: letterhead and the city of the decree.",
    )
    penomoran: Penomoran = kunci_toml(
        Jenis.TABEL, {}, tabel=Penomoran, id="Nomor surat.", en="Document numbers."
    )
    unit_kerja: tuple[UnitKerja, ...] = kunci_toml(
        Jenis.DAFTAR_TABEL,
        tabel=UnitKerja,
        id="Unit kerja badan publik, satu [[unit_kerja]] per unit.",
        en="The body's work units, one [[unit_kerja]] per unit.",
    )
    operator: Pejabat = kunci_toml(
        Jenis.TABEL,
        tabel=Pejabat,
        kelompok="pejabat",
        id="Operator PPID: mengumpulkan daftar informasi dan mengarsipkan.",
        en="The PPID operator: collects the list of information and archives.",
    )
    ppid_pelaksana: Pejabat = kunci_toml(
        Jenis.TABEL,
        tabel=Pejabat,
        kelompok="pejabat",
        id="PPID Pelaksana: memeriksa dan memaraf (kecuali unit dengan PPID Pelaksana sendiri).",
        en="The PPID Pelaksana: checks and initials (except units with their own).",
    )
    tim_pertimbangan: tuple[Pejabat, ...] = kunci_toml(
        Jenis.DAFTAR_TABEL,
        tabel=Pejabat,
        kelompok="pejabat",
        id="Tim Pertimbangan, satu [[pejabat.tim_pertimbangan]] per anggota; yang pertama "
        "adalah ketua.",
        en="The Tim Pertimbangan, one [[pejabat.tim_pertimbangan]] per member; the first is "
        "the chair.",
    )
    atasan_ppid: Pejabat = kunci_toml(
        Jenis.TABEL,
        tabel=Pejabat,
        kelompok="pejabat",
        id="Atasan PPID: menetapkan dan menandatangani.",
        en="The Atasan PPID: decrees and signs.",
    )
    penandatanganan: Penandatanganan = kunci_toml(
        Jenis.TABEL,
        tabel=Penandatanganan,
        id="Tanda tangan elektronik Atasan PPID: letak kunci dan isi tanda tangan.",
        en="The Atasan PPID's electronic signature: where the key is, what it says.",
    )
    verifikasi: Verifikasi = kunci_toml(
        Jenis.TABEL,
        tabel=Verifikasi,
        id="Akar tepercaya untuk sidik verify.",
        en="Trust roots for sidik verify.",
    )
    jalur: Jalur = kunci_toml(
        Jenis.TABEL,
        {},
        tabel=Jalur,
        id="Folder dan program yang dipakai sidik.",
        en="Folders and programs sidik uses.",
    )
    penetapan: Penetapan = kunci_toml(
        Jenis.TABEL,
        {},
        python=Penetapan(),
        tabel=Penetapan,
        id="Surat Keputusan penetapan DIK.",
        en="The decree establishing the DIK.",
    )
    publikasi: Publikasi = kunci_toml(
        Jenis.TABEL,
        {},
        python=Publikasi(),
        tabel=Publikasi,
        id="sidik publish: alamat PDF bertanda tangan di laman PPID.",
        en="sidik publish: where the PPID website serves the signed PDFs.",
    )
    paraf: Paraf = kunci_toml(
        Jenis.TABEL,
        {},
        python=Paraf(),
        tabel=Paraf,
        id="Paraf di samping nama penanda tangan.",
        en="Initials beside the signer's name.",
    )
    kalender: Kalender = kunci_toml(
        Jenis.TABEL,
        {},
        python=Kalender(),
        tabel=Kalender,
        id="Hari libur kantor, di samping akhir pekan dan libur nasional.",
        en="Office holidays, on top of weekends and national holidays.",
    )
    alur: Alur = kunci_toml(
        Jenis.TABEL,
        {},
        python=Alur(),
        tabel=Alur,
        id="Bagaimana tindakan SOP dijalankan.",
        en="How the SOP's acts are performed.",
    )
    naskah: Naskah = kunci_toml(
        Jenis.TABEL,
        {},
        python=Naskah(),
        tabel=Naskah,
        id="Tata naskah dinas dokumen.",
        en="How the documents are set as naskah dinas.",
    )
    notifikasi: Notifikasi = kunci_toml(
        Jenis.TABEL,
        {},
        python=Notifikasi(),
        tabel=Notifikasi,
        id="Notifikasi surel: apa yang menunggu setiap orang, dan pengingat tenggat.",
        en="E-mail notifications: what waits for each person, and deadline reminders.",
    )

    @property
    def root(self) -> Path:
        """The workspace folder (where ``sidik.toml`` lives)."""
        return self.berkas.parent

    def cari_unit(self, nilai: str) -> UnitKerja | None:
        """The work unit whose code or name matches ``nilai`` (case-insensitive)."""
        kunci = " ".join(nilai.split()).casefold()
        for unit in self.unit_kerja:
            if kunci in (unit.kode.casefold(), unit.nama.casefold()):
                return unit
        return None

    def pemeriksa(self, kode_unit: str | None) -> Pejabat:
        """The PPID Pelaksana who checks and initials the items of a unit (the main one for a
        document of no unit)."""
        unit = self.cari_unit(kode_unit) if kode_unit else None
        return unit.ppid_pelaksana if unit and unit.ppid_pelaksana else self.ppid_pelaksana

    def ppid_semua(self) -> tuple[Pejabat, ...]:
        """Every PPID Pelaksana: the general one, then each unit's own (each once)."""
        unit = (u.ppid_pelaksana for u in self.unit_kerja if u.ppid_pelaksana)
        return tuple({p.nip: p for p in (self.ppid_pelaksana, *unit)}.values())

    def semua_pejabat(self) -> tuple[Pejabat, ...]:
        """Every configured official: the four roles and each unit's own PPID Pelaksana."""
        unit = tuple(u.ppid_pelaksana for u in self.unit_kerja if u.ppid_pelaksana)
        return (
            self.operator,
            self.ppid_pelaksana,
            *self.tim_pertimbangan,
            self.atasan_ppid,
            *unit,
        )
