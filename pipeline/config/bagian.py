"""The sections of ``sidik.toml`` as frozen records, and the whole :class:`Config`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.model import Pejabat, UnitKerja


@dataclass(frozen=True)
class Instansi:
    """The public body: government, agency, address and the city where it signs."""

    pemerintah: str
    dinas: str
    alamat: str
    kota: str


@dataclass(frozen=True)
class Penomoran:
    """How document numbers are built (pattern with {kode} {urut} {unit} {tahun})."""

    pola: str
    kode: str
    unit: str


@dataclass(frozen=True)
class Pkcs11:
    """A key on a PKCS#11 token: module, token label, key and certificate labels, PIN source."""

    pustaka: Path
    token: str
    kunci: str
    sertifikat: str
    pin_env: str


@dataclass(frozen=True)
class Bsre:
    """BSrE's remote signing service: where it is, who signs, and where secrets come from."""

    url: str
    nik: str
    pengguna: str
    sandi_api_env: str
    passphrase_env: str
    batas_waktu: float
    ulangi: int


TINGKAT_PADES = ("B-B", "B-T", "B-LT", "B-LTA")
TEKS_KAKI_BSRE = (
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik "
    "yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN"
)


@dataclass(frozen=True)
class Penandatanganan:
    """Where the Atasan PPID's key comes from and what the signatures say; other officials'
    keys in :attr:`kunci`."""

    metode: str
    pkcs12: Path
    sandi_env: str
    sandi_berkas: Path | None
    alasan: str
    lokasi: str
    url_verifikasi: str
    tingkat: str = "B-B"
    tingkat_jenis: tuple[tuple[str, str], ...] = ()
    tsa_url: str = ""
    teks_kaki: str = TEKS_KAKI_BSRE
    pkcs11: Pkcs11 | None = None
    bsre: Bsre | None = None
    kunci: tuple[tuple[str, Penandatanganan], ...] = ()
    """Officials' own credentials, ``[penandatanganan.kunci."NIP"]``: NIP -> this record with
    their metode, key and secrets (everything else as above)."""

    def kunci_untuk(self, nip: str) -> Penandatanganan | None:
        """The credential declared for the official with ``nip``, if any."""
        return dict(self.kunci).get(nip)

    def tingkat_untuk(self, jenis: str) -> str:
        """The PAdES level for documents of ``jenis`` (its own, else the default)."""
        return dict(self.tingkat_jenis).get(jenis, self.tingkat)


@dataclass(frozen=True)
class Paraf:
    """Paraf settings: the hierarchy initialling beside the signer, and initials images."""

    hierarki: tuple[str, ...] = ("ppid_pelaksana",)
    gambar: tuple[tuple[str, Path], ...] = ()

    def gambar_untuk(self, nip: str) -> Path | None:
        """The PNG of the official with ``nip``, if one is configured."""
        return dict(self.gambar).get(nip)


@dataclass(frozen=True)
class Verifikasi:
    """Trust roots for ``sidik verify``."""

    akar_tepercaya: tuple[Path, ...]


@dataclass(frozen=True)
class Penetapan:
    """The decree (Surat Keputusan): regional laws cited after the national ones."""

    dasar_hukum_tambahan: tuple[str, ...] = ()


@dataclass(frozen=True)
class Publikasi:
    """``sidik publish``: where the website serves the signed PDFs.

    ``url_pdf`` is a pattern with {tahun} {bulan} {hari} {siklus} {berkas}; empty means the
    exports give the PDF's path relative to the export folder.
    """

    url_pdf: str = ""


@dataclass(frozen=True)
class Jalur:
    """Folders and programs sidik uses."""

    templat: Path
    keluaran: Path
    libreoffice: str
    ledger: Path = Path("output") / "sidik.db"

    @property
    def arsip(self) -> Path:
        """The archive, ``<keluaran>/arsip``: sidik never writes a user's file into it."""
        return self.keluaran / "arsip"


@dataclass(frozen=True)
class Kalender:
    """The office's extra closed days, on top of weekends and national holidays."""

    libur_kantor: tuple[date, ...] = ()


@dataclass(frozen=True)
class Alur:
    """How the SOP's acts are performed: with ``tindakan_pribadi`` the paraf, the Tim's
    decisions and the signature are each their official's own act (their login, see
    ``pengguna``); without it (a one-person office) the CLI performs them on their behalf."""

    tindakan_pribadi: bool = False
    aturan_tim: str = "ketua"  # how members' decisions make the team's: ketua, mayoritas, bulat


@dataclass(frozen=True)
class Config:
    """The whole validated configuration of one workspace."""

    berkas: Path
    instansi: Instansi
    penomoran: Penomoran
    unit_kerja: tuple[UnitKerja, ...]
    operator: Pejabat
    ppid_pelaksana: Pejabat
    tim_pertimbangan: tuple[Pejabat, ...]
    atasan_ppid: Pejabat
    penandatanganan: Penandatanganan
    verifikasi: Verifikasi
    jalur: Jalur
    penetapan: Penetapan = Penetapan()
    publikasi: Publikasi = Publikasi()
    paraf: Paraf = field(default_factory=Paraf)
    kalender: Kalender = Kalender()
    alur: Alur = Alur()

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

    def pemeriksa(self, kode_unit: str) -> Pejabat:
        """The PPID Pelaksana who checks and initials the items of a unit."""
        unit = self.cari_unit(kode_unit)
        return unit.ppid_pelaksana if unit and unit.ppid_pelaksana else self.ppid_pelaksana

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
