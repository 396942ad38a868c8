"""Small frozen records passed between the rooms of sidik.

Stages, the workbook reader and the verifier meet here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from pipeline.deklarasi import SAMA, Jenis, kunci_toml
from pipeline.zona import zona


@dataclass(frozen=True)
class Pejabat:
    """An official: name, position, NIP, the initials used for paraf, and the login through
    which this person acts (``pengguna``; "" when not bound, so every act is on their behalf);
    ``pangkat`` is the rank and grade a signature block shows ("Pembina Utama Muda (IV/c)")."""

    nama: str = kunci_toml(Jenis.TEKS, id="Nama lengkap dengan gelar.", en="Full name with titles.")
    jabatan: str = kunci_toml(
        Jenis.TEKS,
        id="Jabatan seperti tertulis di dokumen.",
        en="Position as written in the documents.",
    )
    nip: str = kunci_toml(Jenis.TEKS, id="NIP, 18 angka.", en="NIP, 18 digits.")
    paraf: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Inisial paraf (bawaan: dari nama).",
        en="Initials for the paraf (default: from the name).",
    )
    pengguna: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id="Login pejabat ini (pengguna sistem operasi di CLI): tindakannya tercatat sebagai "
        "tindakannya sendiri, bukan atas namanya.",
        en="This official's login (the operating-system user on the CLI): their acts are "
        "recorded as their own, not on their behalf.",
    )
    pangkat: str = kunci_toml(
        Jenis.TEKS,
        "",
        python=SAMA,
        id='Pangkat/golongan di blok tanda tangan, mis. "Pembina Utama Muda (IV/c)"; kosong: '
        "tidak ditulis.",
        en='Rank and grade in the signature block, e.g. "Pembina Utama Muda (IV/c)"; empty: '
        "not shown.",
    )


@dataclass(frozen=True)
class UnitKerja:
    """A work unit of the agency, with the PPID Pelaksana who checks its items."""

    kode: str = kunci_toml(
        Jenis.TEKS,
        id="Kode unit kerja (dipakai di buku kerja).",
        en="Work unit code (used in the workbook).",
    )
    nama: str = kunci_toml(
        Jenis.TEKS,
        id="Nama unit kerja (juga diterima di buku kerja).",
        en="Work unit name (also accepted in the workbook).",
    )
    ppid_pelaksana: Pejabat | None = kunci_toml(
        Jenis.TABEL,
        None,
        python=SAMA,
        tabel=Pejabat,
        id="Tabel pejabat PPID Pelaksana unit ini (nama, jabatan, nip, paraf); bila tidak ada, "
        "PPID Pelaksana umum yang memaraf.",
        en="The table of this unit's PPID Pelaksana (nama, jabatan, nip, paraf); without it, "
        "the general PPID Pelaksana initials.",
    )


@dataclass(frozen=True)
class Item:
    """One candidate exempted information, as the operator entered it (normalised)."""

    no: int
    judul: str
    unit_kerja: str
    pasal17_huruf: str
    konsekuensi: str
    pertimbangan: str
    jangka_waktu_tahun: int | None
    jangka_waktu_syarat: str = ""
    pasal17_angka: int | None = None
    uraian: str = ""
    dasar_hukum_lain: str = ""
    keterangan: str = ""
    baris: int = 0


class JenisDokumen(StrEnum):
    """The kinds of document a cycle produces."""

    LEMBAR_UJI = "lembar_uji_konsekuensi"
    DAFTAR = "daftar_informasi_dikecualikan"
    SURAT_KEPUTUSAN = "surat_keputusan"
    BERITA_ACARA = "berita_acara_pengujian_konsekuensi"  # one per meeting of the Tim


class Keputusan(StrEnum):
    """The Tim Pertimbangan's decision on one item (SOP step 3)."""

    DIKECUALIKAN = "dikecualikan"  # stays in the DIK
    DIBUKA = "dibuka"  # leaves the DIK: the information is public
    PERBAIKI = "perbaiki"  # back to the Operator (step 1) with a note


@dataclass(frozen=True)
class Siklus:
    """A review cycle: one workbook's items taken through the SOP."""

    id: str
    tanggal: date
    hash_item: str
    workbook: str
    folder_kerja: Path

    @property
    def waktu_dokumen(self) -> datetime:
        """The time the documents' metadata carry until they are signed: the cycle's date at
        00:00 in the office's zone. Not the time of the run, so the same items give the same bytes
        on every run; the signature alone records when the Atasan PPID signed."""
        return datetime.combine(self.tanggal, time(0), zona())


@dataclass(frozen=True)
class TanggalDokumen:
    """The date of each document of a cycle."""

    siklus: date  # the cycle's date: the day the Atasan PPID is to sign
    rapat: dict[int, date] = field(default_factory=dict)  # item no -> the meeting deciding it

    def lembar(self, no: int) -> date:
        """The date of item ``no``'s Lembar: its meeting, else (a draft) the cycle's date."""
        return self.rapat.get(no, self.siklus)

    @property
    def penetapan(self) -> date:
        """The date of the DIK and the Surat Keputusan: the cycle's, or the last meeting's."""
        return max([self.siklus, *self.rapat.values()])


@dataclass(frozen=True)
class PutusanRapat:
    """One item as a meeting of the Tim Pertimbangan decided it, with the reason given."""

    item: Item
    keputusan: Keputusan
    catatan: str


@dataclass(frozen=True)
class RapatTim:
    """A meeting of the Tim Pertimbangan: its day, what it decided item by item, and who of the
    Tim was present (their NIPs: those who decided one of its items; None: every member, the
    team's decision recorded as one)."""

    tanggal: date
    putusan: tuple[PutusanRapat, ...]
    hadir: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Dokumen:
    """A document of a cycle at some stage: its kind, stable name ("lembar-0001") and file."""

    jenis: JenisDokumen
    nama: str
    path: Path
    item_no: int | None = None
    unit_kerja: str = ""


@dataclass(frozen=True)
class DokumenTertandatangan:
    """A signed document with what the manifest records about its signature."""

    dokumen: Dokumen
    penanda_tangan: str
    waktu: datetime
    sha256: str


@dataclass(frozen=True)
class Arsip:
    """A filed cycle: its archive folder and the manifest written there."""

    folder: Path
    manifest: Path
    dokumen: tuple[Path, ...] = field(default_factory=tuple)
    baru: bool = True
