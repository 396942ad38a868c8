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
