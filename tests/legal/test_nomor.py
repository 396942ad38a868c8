from __future__ import annotations

import pytest

from pipeline.legal import format_nomor, periksa_pola


def nomor(pola: str, urut: int = 122) -> str:
    return format_nomor(pola, kode="000.8.3", urut=urut, unit="Dukcapil-Sekre", tahun=2026)


def test_format_nomor_pola_seperti_contoh_sop():
    assert nomor("{kode}/{urut}/{unit}") == "000.8.3/122/Dukcapil-Sekre"


def test_format_nomor_dengan_tahun():
    hasil = nomor("{kode}/{urut}/{unit}/{tahun}")
    assert hasil == "000.8.3/122/Dukcapil-Sekre/2026"


def test_format_nomor_urut_diberi_nol_di_depan():
    hasil = nomor("{kode}/{urut:03d}/{unit}", urut=7)
    assert hasil == "000.8.3/007/Dukcapil-Sekre"


def test_format_nomor_isian_boleh_diulang_dan_dilewati():
    assert nomor("{urut}-{tahun}/{tahun}") == "122-2026/2026"


@pytest.mark.parametrize(
    "pola",
    ["{kode}/{urut}/{unit}", "{kode}/{urut:03d}/{unit}/{tahun}", "B-{urut}/{unit}/{{x}}"],
)
def test_periksa_pola_sah(pola):
    assert periksa_pola(pola) == []


def test_periksa_pola_isian_tidak_dikenal():
    masalah = periksa_pola("{kode}/{nomor}/{unit}/{urut}")
    assert len(masalah) == 1
    assert "{nomor} tidak dikenal" in masalah[0]


@pytest.mark.parametrize(
    "pola", ["{}/{urut}", "{0}/{urut}", "{kode.upper}/{urut}", "{kode[0]}/{urut}"]
)
def test_periksa_pola_isian_posisi_atau_atribut_ditolak(pola):
    masalah = periksa_pola(pola)
    assert masalah
    assert "tidak dikenal" in masalah[0]


@pytest.mark.parametrize("pola", ["{kode}/{urut", "{kode}}/{urut}", "kode}/{urut}", "{kode/{urut}"])
def test_periksa_pola_kurung_tidak_seimbang(pola):
    masalah = periksa_pola(pola)
    assert len(masalah) == 1
    assert "kurung kurawal tidak seimbang" in masalah[0]


def test_periksa_pola_tanpa_urut():
    assert periksa_pola("{kode}/{unit}") == ["pola harus memuat isian {urut} (nomor urut)"]
    assert periksa_pola("") == ["pola harus memuat isian {urut} (nomor urut)"]


def test_periksa_pola_spesifikasi_format_salah():
    masalah = periksa_pola("{kode:03d}/{urut}")
    assert len(masalah) == 1
    assert "spesifikasi format" in masalah[0]


def test_periksa_pola_isian_bersarang():
    assert "bersarang" in periksa_pola("{urut:{kode}}")[0]


def test_format_nomor_pola_salah_menimbulkan_valueerror():
    with pytest.raises(ValueError, match=r"pola nomor .* tidak sah: isian \{nomor\} tidak dikenal"):
        nomor("{kode}/{nomor}/{urut}")
    with pytest.raises(ValueError, match="kurung kurawal tidak seimbang"):
        nomor("{kode}/{urut")


@pytest.mark.parametrize(
    ("urut", "harapan"), [(1, "001"), (11, "011"), (100, "100"), (1000, "1000")]
)
def test_format_nomor_urut_tepi(urut, harapan):
    hasil = format_nomor(
        "{kode}/{urut:03d}/{unit}/{tahun}", kode="000.8.3", urut=urut, unit="U", tahun=2026
    )
    assert hasil == f"000.8.3/{harapan}/U/2026"


def test_format_nomor_urut_per_tahun_dari_penghitung():
    # the ledger's counter restarts each year; the pattern shows the year beside the sequence
    penghitung: dict[int, int] = {}

    def berikutnya(tahun: int) -> int:
        penghitung[tahun] = penghitung.get(tahun, 0) + 1
        return penghitung[tahun]

    pola = "{kode}/{urut:03d}/{unit}/{tahun}"
    nomor = [
        format_nomor(pola, kode="000.8.3", urut=berikutnya(t), unit="U", tahun=t)
        for t in (2026, 2026, 2027, 2026)
    ]
    assert nomor == [
        "000.8.3/001/U/2026",
        "000.8.3/002/U/2026",
        "000.8.3/001/U/2027",
        "000.8.3/003/U/2026",
    ]
