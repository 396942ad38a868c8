"""Sample operator workbooks: the shipped sample and synthetic ones of any size (``--items N``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from pipeline.atomic import tulis_atomik
from pipeline.berkas import periksa_tujuan
from pipeline.model import UnitKerja
from pipeline.workbook.baru import buku_operator
from pipeline.workbook.penanda import JENIS_CONTOH, milik_sidik, tandai

# Typical items of a civil-registry office (domain.md section 3). Columns follow KOLOM:
# judul, uraian, unit, huruf, angka, dasar hukum lain, konsekuensi, pertimbangan, jangka, ket.
CONTOH: tuple[tuple[str, str, str, str, int | None, str, str, str, str, str], ...] = (
    (
        "Data pribadi penduduk dalam SIAK (NIK dan Kartu Keluarga)",
        "Data kependudukan perseorangan yang tersimpan dalam Sistem Informasi Administrasi "
        "Kependudukan.",
        "PIAK",
        "h",
        1,
        "Pasal 79 Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013; Undang-Undang Nomor 27 Tahun 2022",
        "Penyalahgunaan identitas penduduk untuk penipuan, pinjaman daring ilegal, dan "
        "pemalsuan dokumen.",
        "Perlindungan data pribadi penduduk lebih besar manfaatnya daripada keterbukaan data "
        "perseorangan yang tidak menyangkut kepentingan umum.",
        "5",
        "",
    ),
    (
        "Data biometrik penduduk (sidik jari, iris mata, tanda tangan)",
        "Rekaman biometrik hasil perekaman KTP elektronik.",
        "DAFDUK",
        "h",
        2,
        "Pasal 84 Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013",
        "Pemalsuan identitas dan akses tidak sah ke layanan yang memakai verifikasi biometrik.",
        "Data biometrik tidak dapat diganti bila bocor; kerugian bagi penduduk bersifat permanen.",
        "10",
        "",
    ),
    (
        "Catatan kecacatan fisik dan/atau mental penduduk",
        "Keterangan disabilitas dan aib yang tercatat dalam database kependudukan.",
        "PIAK",
        "h",
        2,
        "Pasal 84 Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013",
        "Stigma, diskriminasi, dan pelanggaran martabat penduduk yang bersangkutan.",
        "Hak atas privasi dan martabat penduduk lebih diutamakan.",
        "10",
        "",
    ),
    (
        "Formulir permohonan F-1 beserta dokumen persyaratan",
        "Formulir biodata keluarga yang telah diisi dan salinan dokumen pendukung.",
        "DAFDUK",
        "h",
        1,
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
        "Terungkapnya susunan dan kondisi keluarga pemohon.",
        "Menutup formulir melindungi pemohon tanpa mengurangi akuntabilitas layanan.",
        "5",
        "",
    ),
    (
        "Salinan KTP-el dan Kartu Keluarga pemohon layanan",
        "Salinan dokumen kependudukan yang diserahkan pemohon.",
        "DAFDUK",
        "h",
        1,
        "Pasal 79 Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013",
        "Penyalahgunaan salinan dokumen untuk kejahatan identitas.",
        "Kepentingan pelindungan data pribadi lebih besar.",
        "5",
        "",
    ),
    (
        "Register akta pencatatan sipil",
        "Buku register akta kelahiran, kematian, perkawinan, dan perceraian.",
        "CAPIL",
        "g",
        None,
        "Pasal 8 Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013",
        "Terungkapnya isi akta otentik yang bersifat pribadi.",
        "Akta hanya diberikan kepada yang bersangkutan sesuai ketentuan.",
        "Selama register berlaku",
        "",
    ),
    (
        "Catatan pengangkatan anak",
        "Data penetapan pengadilan dan pencatatan pengangkatan anak.",
        "CAPIL",
        "h",
        1,
        "Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak",
        "Terungkapnya asal-usul anak yang dapat merugikan tumbuh kembangnya.",
        "Kepentingan terbaik bagi anak lebih diutamakan.",
        "25",
        "",
    ),
    (
        "Hak akses dan kata sandi SIAK",
        "Nama pengguna, kata sandi, dan token akses petugas ke SIAK.",
        "PIAK",
        "j",
        None,
        "Pasal 79 ayat (1) dan Pasal 86 Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah "
        "diubah dengan Undang-Undang Nomor 24 Tahun 2013",
        "Akses tidak sah ke database kependudukan nasional.",
        "Keamanan sistem melindungi data seluruh penduduk.",
        "Selama sistem digunakan",
        "",
    ),
    (
        "Konfigurasi jaringan dan keamanan server SIAK",
        "Topologi jaringan, alamat IP, dan konfigurasi firewall.",
        "PIAK",
        "j",
        None,
        "Pasal 79 ayat (1) Undang-Undang Nomor 23 Tahun 2006 sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013; Pasal 35 Undang-Undang Nomor 27 Tahun 2022",
        "Serangan siber terhadap infrastruktur data kependudukan.",
        "Keamanan infrastruktur lebih besar manfaatnya daripada keterbukaan rincian teknis.",
        "Selama konfigurasi berlaku",
        "",
    ),
    (
        "Data penduduk yang diminta penyidik untuk perkara berjalan",
        "Data yang diserahkan kepada aparat penegak hukum atas permintaan resmi.",
        "SEKRE",
        "a",
        1,
        "Kitab Undang-Undang Hukum Acara Pidana",
        "Terhambatnya proses penyidikan tindak pidana.",
        "Kelancaran penegakan hukum lebih diutamakan.",
        "2",
        "Sampai perkara berkekuatan hukum tetap",
    ),
    (
        "Riwayat kesehatan pegawai",
        "Hasil pemeriksaan kesehatan dan rekam medis pegawai dinas.",
        "SEKRE",
        "h",
        2,
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "Terungkapnya kondisi kesehatan pribadi pegawai.",
        "Hak privasi pegawai lebih diutamakan.",
        "5",
        "",
    ),
    (
        "Hasil penilaian kinerja dan kompetensi pegawai",
        "Evaluasi kapabilitas dan rekomendasi kemampuan pegawai.",
        "SEKRE",
        "h",
        4,
        "Peraturan Pemerintah Nomor 30 Tahun 2019",
        "Terungkapnya evaluasi pribadi yang dapat merugikan pegawai.",
        "Kerahasiaan evaluasi pribadi menjaga objektivitas penilaian.",
        "5",
        "",
    ),
)

# The sample's own units, in the order a workspace's units stand in for them.
UNIT_CONTOH: tuple[UnitKerja, ...] = (
    UnitKerja("SEKRE", "Sekretariat"),
    UnitKerja("DAFDUK", "Bidang Pelayanan Pendaftaran Penduduk"),
    UnitKerja("CAPIL", "Bidang Pelayanan Pencatatan Sipil"),
    UnitKerja("PIAK", "Bidang Pengelolaan Informasi Administrasi Kependudukan"),
)


def baris_contoh(
    jumlah: int | None = None, unit_kerja: Sequence[UnitKerja] = UNIT_CONTOH
) -> Iterator[list[object]]:
    """Rows for the ``Informasi`` sheet: the sample items, repeated with numbered variants.

    Each item names one of ``unit_kerja`` (a workspace's own units), so the rows validate in
    that workspace; with the sample's units every item keeps its own unit.
    """
    jumlah = len(CONTOH) if jumlah is None else jumlah
    kode_contoh = [u.kode for u in UNIT_CONTOH]
    for i in range(jumlah):
        judul, uraian, unit, huruf, angka, lain, kons, pert, jangka, ket = CONTOH[i % len(CONTOH)]
        putaran = i // len(CONTOH)
        if putaran:
            judul = f"{judul} (berkas {putaran + 1})"
        nama = unit_kerja[kode_contoh.index(unit) % len(unit_kerja)].nama
        yield [i + 1, judul, uraian, nama, huruf, angka, lain, kons, pert, jangka, ket]


def tulis_contoh(
    tujuan: Path,
    jumlah: int | None = None,
    unit_kerja: Sequence[UnitKerja] = UNIT_CONTOH,
    arsip: Path | None = None,
) -> int:
    """Write a sample operator workbook of ``jumlah`` items (default: the 12 samples).

    It has the sheets, rules and print setup of ``workbook new`` for ``unit_kerja``. An
    existing file is replaced only when it is an unchanged sample sidik wrote; nothing is
    written into ``arsip``.
    """
    periksa_tujuan(tujuan, milik_sidik(JENIS_CONTOH), arsip)
    baris = list(baris_contoh(jumlah, unit_kerja))
    tulis_atomik(tujuan, tandai(buku_operator(unit_kerja, baris), JENIS_CONTOH).save)
    return len(baris)
