"""sidik.toml is validated on load: every wrong or missing key is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import muat
from pipeline.errors import ConfigInvalid, ExitCode
from pipeline.messages import atur_bahasa


@pytest.fixture(autouse=True)
def _bahasa_indonesia():
    atur_bahasa("id")
    yield
    atur_bahasa("id")


def _ubah(ruang: Path, lama: str, baru: str) -> Path:
    berkas = ruang / "sidik.toml"
    teks = berkas.read_text(encoding="utf-8")
    assert lama in teks
    berkas.write_text(teks.replace(lama, baru, 1), encoding="utf-8")
    return berkas


def test_contoh_dimuat_dengan_semua_peran(ruang_kerja: Path) -> None:
    config = muat(ruang_kerja / "sidik.toml")
    assert config.atasan_ppid.nip == "000000000000000000"
    assert [u.kode for u in config.unit_kerja] == ["SEKRE", "DAFDUK", "CAPIL", "PIAK"]
    assert len(config.tim_pertimbangan) == 2
    assert config.pemeriksa("DAFDUK").paraf == "DC"
    assert config.pemeriksa("SEKRE") == config.ppid_pelaksana
    assert config.penandatanganan.pkcs12 == ruang_kerja / "certs/dev/atasan_ppid.p12"


def test_berkas_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(ConfigInvalid) as e:
        muat(tmp_path / "sidik.toml")
    assert e.value.code == ExitCode.CONFIG_INVALID
    assert "tidak ditemukan" in e.value.pesan()


def test_kunci_asing_disebut_namanya(ruang_kerja: Path) -> None:
    berkas = _ubah(ruang_kerja, 'kota = "Sungai Raya"', 'kota = "Sungai Raya"\nkabupaten = "x"')
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "'instansi.kabupaten' tidak dikenal" in e.value.pesan()


def test_kunci_wajib_hilang_disebut(ruang_kerja: Path) -> None:
    berkas = _ubah(ruang_kerja, 'dinas = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"\n', "")
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "kunci wajib 'instansi.dinas' tidak ada" in e.value.pesan()


def test_nip_harus_18_angka(ruang_kerja: Path) -> None:
    berkas = _ubah(ruang_kerja, 'nip = "000000000000000000"', 'nip = "12345"')
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "pejabat.atasan_ppid.nip" in e.value.pesan()
    assert "18 angka" in e.value.pesan()


def test_toml_rusak(ruang_kerja: Path) -> None:
    berkas = _ubah(ruang_kerja, "[instansi]", "[instansi")
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "bukan TOML yang sah" in e.value.pesan()


def test_sandi_berkas_hanya_untuk_kunci_dev(ruang_kerja: Path) -> None:
    berkas = _ubah(
        ruang_kerja, 'pkcs12 = "certs/dev/atasan_ppid.p12"', 'pkcs12 = "/etc/kunci/atasan.p12"'
    )
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "penandatanganan.sandi_berkas" in e.value.pesan()
    assert "SIDIK_SANDI_PKCS12" in e.value.pesan()


def test_pola_nomor_salah_ditolak(ruang_kerja: Path) -> None:
    berkas = _ubah(ruang_kerja, 'pola = "{kode}/{urut:03d}/{unit}/{tahun}"', 'pola = "{kode}/{x}"')
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "penomoran.pola" in e.value.pesan()


def test_pesan_dalam_bahasa_inggris(ruang_kerja: Path) -> None:
    berkas = _ubah(ruang_kerja, 'kota = "Sungai Raya"', 'kota = "Sungai Raya"\nkabupaten = "x"')
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "unknown key 'instansi.kabupaten'" in e.value.pesan("en")


# Every wrong value a reader of sidik.toml can meet, with the exact sentence it gets: the
# validator is derived from the declaration of each key, and these sentences must not move.
SALAH = [
    ("[instansi]", "lain = 1\n\n[instansi]",
     "kunci 'sidik.toml.lain' tidak dikenal (yang dikenal: instansi, penomoran, unit_kerja, "
     "pejabat, penandatanganan, verifikasi, jalur, penetapan, publikasi, paraf, kalender, alur, "
     "naskah, notifikasi)."),
    ('kota = "Sungai Raya"', "kota = 5", "'instansi.kota' harus berupa teks, bukan 5."),
    ('kota = "Sungai Raya"', 'kota = "  "', "'instansi.kota' harus berupa teks, bukan '  '."),
    ("[pejabat.operator]", '[pejabat.sekretaris]\nnama = "x"\n\n[pejabat.operator]',
     "kunci 'pejabat.sekretaris' tidak dikenal (yang dikenal: operator, ppid_pelaksana, "
     "tim_pertimbangan, atasan_ppid)."),
    ('nip = "000000000000000004"', 'nip = "000000000000000004"\njabatan_lain = "x"',
     "kunci 'pejabat.operator.jabatan_lain' tidak dikenal (yang dikenal: nama, jabatan, nip, "
     "paraf, pengguna, pangkat)."),
    ('nip = "000000000000000004"', 'nip = "000000000000000004"\npengguna = true',
     "'pejabat.operator.pengguna' harus berupa teks, bukan True."),
    ("[paraf]", '[alur]\ntindakan_pribadi = "ya"\n\n[paraf]',
     "'alur.tindakan_pribadi' harus berupa true/false, bukan 'ya'."),
    ("[paraf]", '[alur]\naturan_tim = "undian"\n\n[paraf]',
     "'alur.aturan_tim' tidak sah: pilihan yang didukung: ketua, mayoritas, bulat."),
    ("[paraf]", '[kalender]\nlibur_kantor = ["2026-13-01"]\n\n[paraf]',
     "'kalender.libur_kantor' tidak sah: month must be in 1..12."),
    ("[paraf]", '[kalender]\nlibur_kantor = "2026-01-01"\n\n[paraf]',
     "'kalender.libur_kantor' harus berupa daftar teks, bukan '2026-01-01'."),
    ('akar_tepercaya = ["certs/dev/root-ca.pem"]', "akar_tepercaya = []",
     "kunci wajib 'verifikasi.akar_tepercaya' tidak ada."),
    ('[verifikasi]\nakar_tepercaya = ["certs/dev/root-ca.pem"]', "",
     "kunci wajib 'sidik.toml.verifikasi' tidak ada."),
    ('hierarki = ["ppid_pelaksana", "tim_pertimbangan.1"]',
     'hierarki = ["ppid_pelaksana", "tim_pertimbangan.3"]',
     "'paraf.hierarki' tidak sah: paling banyak 3 dari: operator, ppid_pelaksana, "
     "tim_pertimbangan.1, tim_pertimbangan.2."),
    ('hierarki = ["ppid_pelaksana", "tim_pertimbangan.1"]',
     'hierarki = ["ppid_pelaksana"]\n[paraf.gambar]\n"000000000000000001" = 7',
     "'paraf.gambar.000000000000000001' harus berupa teks, bukan 7."),
    ('metode = "pkcs12"', 'metode = "pkcs11"\npkcs11 = { token = "t", kunci = "k" }',
     "kunci wajib 'penandatanganan.pkcs11.pustaka' tidak ada."),
    ('metode = "pkcs12"',
     'metode = "pkcs11"\npkcs11 = { pustaka = "/x.so", token = "t", kunci = "k", pin = "1" }',
     "kunci 'penandatanganan.pkcs11.pin' tidak dikenal (yang dikenal: pustaka, token, kunci, "
     "sertifikat, pin_env)."),
    ('metode = "pkcs12"', 'metode = "bsre"\nbsre = { url = "u", nik = "1", batas_waktu = -1 }',
     "'penandatanganan.bsre.batas_waktu' harus berupa angka, bukan -1."),
    ('metode = "pkcs12"', 'metode = "bsre"\nbsre = { url = "u", nik = "1", ulangi = "tiga" }',
     "'penandatanganan.bsre.ulangi' harus berupa angka, bukan 'tiga'."),
    ('metode = "pkcs12"', 'metode = "bsre"\nbsre = "https://b/"',
     "'penandatanganan.bsre' harus berupa tabel, bukan 'https://b/'."),
    ('tingkat = "B-B"', 'tingkat = "B-B"\ntingkat_jenis = { surat_keputusan = 1 }',
     "'penandatanganan.tingkat_jenis.surat_keputusan' harus berupa teks, bukan 1."),
    ('tingkat = "B-B"', 'tingkat = "B-B"\ntingkat_jenis = "B-B"',
     "'penandatanganan.tingkat_jenis' harus berupa tabel, bukan 'B-B'."),
    ('url_pdf = "https://ppid.contoh.go.id/dik/{tahun}/{siklus}/{berkas}"', 'url_pdf = ["x"]',
     "'publikasi.url_pdf' harus berupa teks, bukan ['x']."),
    ("dasar_hukum_tambahan = [\n  \"Peraturan", 'dasar_hukum_tambahan = [\n  1, "Peraturan',
     "'penetapan.dasar_hukum_tambahan' harus berupa daftar teks, bukan [1, 'Peraturan Bupati "
     "Kubu Raya Nomor 22 Tahun 2023 tentang Pedoman Standar Layanan Informasi di Lingkungan "
     "Pemerintah Daerah Kabupaten Kubu Raya']."),
    ('[[unit_kerja]]\nkode = "CAPIL"', '[[unit_kerja]]\nkode = "sekre"',
     "'unit_kerja[3].kode' tidak sah: kode unit kerja 'sekre' dipakai lebih dari sekali."),
    ('kode = "SEKRE"', 'kode = "SEKRE"\nppid_pelaksana = { nama = "x", jabatan = "y", nip = "1" }',
     "'unit_kerja[1].ppid_pelaksana.nip' tidak sah: NIP harus 18 angka."),
    ('kode = "SEKRE"', 'kode = "SEKRE"\nppid_pelaksana = "Andi"',
     "'unit_kerja[1].ppid_pelaksana' harus berupa tabel, bukan 'Andi'."),
    ('libreoffice = "soffice"', 'libreoffice = "soffice"\nledger = 5',
     "'jalur.ledger' harus berupa teks, bukan 5."),
]  # fmt: skip


@pytest.mark.parametrize(("lama", "baru", "pesan"), SALAH)
def test_setiap_nilai_salah_disebut_dengan_kalimat_yang_sama(
    ruang_kerja: Path, lama: str, baru: str, pesan: str
) -> None:
    berkas = _ubah(ruang_kerja, lama, baru)
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert e.value.code == ExitCode.CONFIG_INVALID
    assert e.value.pesan() == f"{berkas.resolve()}: {pesan}"


MINIMAL = """\
[instansi]
pemerintah = "PEMKOT"
dinas = "DINAS"
alamat = "Jalan"
kota = "Kota"

[[unit_kerja]]
kode = "UM"
nama = "Umum"

[pejabat.operator]
nama = "O"
jabatan = "Operator"
nip = "000000000000000004"

[pejabat.ppid_pelaksana]
nama = "P"
jabatan = "PPID"
nip = "000000000000000001"

[[pejabat.tim_pertimbangan]]
nama = "T"
jabatan = "Tim"
nip = "000000000000000005"

[pejabat.atasan_ppid]
nama = "A"
jabatan = "Atasan"
nip = "000000000000000000"

[penandatanganan]
pkcs12 = "kunci.p12"

[verifikasi]
akar_tepercaya = ["akar.pem"]
"""


def test_kunci_yang_tidak_ditulis_memakai_bawaannya(tmp_path: Path) -> None:
    (tmp_path / "sidik.toml").write_text(MINIMAL, encoding="utf-8")
    c = muat(tmp_path / "sidik.toml")
    assert (c.penomoran.pola, c.penomoran.kode, c.penomoran.unit) == (
        "{kode}/{urut:03d}/{unit}/{tahun}",
        "000.8.3",
        "PPID",
    )
    ttd = c.penandatanganan
    assert (ttd.metode, ttd.sandi_env, ttd.sandi_berkas, ttd.tingkat, ttd.tsa_url) == (
        "pkcs12", "SIDIK_SANDI_PKCS12", None, "B-B", ""
    )  # fmt: skip
    assert ttd.alasan == "Penetapan Daftar Informasi Publik yang Dikecualikan"
    assert ttd.teks_kaki.endswith("(BSrE), BSSN") and ttd.pkcs11 is None and ttd.bsre is None
    assert c.jalur.templat == tmp_path / "templates"
    assert (c.jalur.libreoffice, c.jalur.ledger) == ("soffice", tmp_path / "output/sidik.db")
    assert (c.paraf.hierarki, c.paraf.gambar) == (("ppid_pelaksana",), ())
    assert (c.alur.tindakan_pribadi, c.alur.aturan_tim) == (False, "ketua")
    assert (c.kalender.libur_kantor, c.penetapan.dasar_hukum_tambahan) == ((), ())
    assert c.publikasi.url_pdf == "" and c.operator.pengguna == "" and c.operator.paraf == ""
    assert c.unit_kerja[0].ppid_pelaksana is None


def test_bawaan_bsre_dan_pkcs11(tmp_path: Path) -> None:
    layanan = 'metode = "bsre"\nbsre = { url = "https://b/", nik = "1" }'
    bsre = MINIMAL.replace('pkcs12 = "kunci.p12"', layanan)
    (tmp_path / "sidik.toml").write_text(bsre, encoding="utf-8")
    b = muat(tmp_path / "sidik.toml").penandatanganan.bsre
    assert b is not None
    assert (b.url, b.pengguna, b.sandi_api_env, b.passphrase_env, b.batas_waktu, b.ulangi) == (
        "https://b", "", "SIDIK_BSRE_SANDI_API", "SIDIK_BSRE_PASSPHRASE", 60.0, 3
    )  # fmt: skip
    token = 'metode = "pkcs11"\npkcs11 = { pustaka = "m.so", token = "t", kunci = "k" }'
    (tmp_path / "sidik.toml").write_text(MINIMAL.replace('pkcs12 = "kunci.p12"', token), "utf-8")
    p = muat(tmp_path / "sidik.toml").penandatanganan.pkcs11
    assert p is not None
    assert (p.pustaka, p.sertifikat, p.pin_env) == (tmp_path / "m.so", "k", "SIDIK_PIN_PKCS11")


def test_lambang_bukan_png_ditolak(ruang_kerja: Path) -> None:
    (ruang_kerja / "input/lambang.jpg").write_bytes(b"\xff\xd8\xff\xe0 bukan png")
    berkas = _ubah(ruang_kerja, "input/lambang-contoh.png", "input/lambang.jpg")
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert e.value.code is ExitCode.CONFIG_INVALID
    assert e.value.pesan("id") == (
        f"{berkas.resolve()}: 'instansi.lambang' tidak sah: "
        f"{ruang_kerja.resolve() / 'input/lambang.jpg'} tidak ada atau bukan gambar PNG."
    )


def test_naskah_kertas_hanya_a4_atau_f4(ruang_kerja: Path) -> None:
    berkas = ruang_kerja / "sidik.toml"
    berkas.write_text(berkas.read_text(encoding="utf-8") + '\n[naskah]\nkertas = "Legal"\n')
    with pytest.raises(ConfigInvalid) as e:
        muat(berkas)
    assert "'naskah.kertas'" in e.value.pesan("id") and "A4, F4" in e.value.pesan("id")
