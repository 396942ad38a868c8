"""Each key of sidik.toml is declared once, in its record; the validator, docs/konfigurasi.md and
the file ``sidik init`` writes know exactly the declared keys, found here by introspection, so a
key added in one place only fails a test."""

from __future__ import annotations

import copy
import dataclasses
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Alur, Bsre, Config, Instansi, Jalur, TingkatJenis, _bangun, muat
from pipeline.config.skema import Pembaca
from pipeline.deklarasi import METADATA, Jenis, KunciToml, bagian, skema_tabel
from pipeline.errors import ConfigInvalid
from pipeline.model import JenisDokumen, Pejabat, UnitKerja
from pipeline.ruang.konfigurasi import CONTOH, teks_konfigurasi
from tests.bantu.ruang import ROOT

BAGIAN = dict(bagian(Config))
"""Every table of the file, by dotted name, with its declared keys."""
_TABEL = (Jenis.TABEL, Jenis.DAFTAR_TABEL, Jenis.TABEL_BEBAS)


def _rekaman() -> set[type]:
    """Every record holding a table of the file."""
    semua = [skema_tabel(Config), *BAGIAN.values()]
    return {Config} | {k.tabel for s in semua for k in s.values() if k.tabel}


def test_setiap_medan_setiap_rekaman_adalah_kunci_yang_dideklarasikan() -> None:
    assert {Instansi, Jalur, Alur, Pejabat, UnitKerja, Bsre, TingkatJenis} <= _rekaman()
    for rekaman in _rekaman():
        for medan in dataclasses.fields(rekaman):
            if (rekaman, medan.name) == (Config, "berkas"):
                continue  # where the file was read from, not a key in it
            k = medan.metadata.get(METADATA)
            assert isinstance(k, KunciToml), f"{rekaman.__name__}.{medan.name} is not declared"
            assert k.id.strip() and k.en.strip(), f"{rekaman.__name__}.{medan.name}"


def test_tingkat_jenis_punya_satu_kunci_per_jenis_dokumen() -> None:
    assert list(skema_tabel(TingkatJenis)) == [j.value for j in JenisDokumen]


def test_setiap_kunci_ada_di_rujukan_konfigurasi() -> None:
    teks = (ROOT / "docs" / "konfigurasi.md").read_text(encoding="utf-8")
    di_rujukan = {
        judul: re.findall(r"^\| `(\w+)` \|", isi, re.M)
        for judul, isi in re.findall(r"^## `\[([\w.]+)\]`\n(.*?)(?=^## |\Z)", teks, re.M | re.S)
    }
    assert di_rujukan == {nama: list(skema) for nama, skema in BAGIAN.items()}


def _isi_berkas_init(teks: str) -> tuple[set[str], set[str]]:
    """The tables (headers) and dotted keys of an init file, written or commented out."""
    kepala, kunci, tabel = set(), set(), ""
    for baris in teks.splitlines():
        if m := re.fullmatch(r"(?:# )?\[\[?([\w.]+)\]\]?", baris):
            tabel = m[1]
            kepala.add(tabel)
        elif m := re.fullmatch(r"(?:# )?(\w+) = .*", baris):
            kunci.add(f"{tabel}.{m[1]}")
    return kepala, kunci


def test_setiap_kunci_ada_di_berkas_sidik_init() -> None:
    kepala, kunci = _isi_berkas_init(teks_konfigurasi(CONTOH))
    for tabel in skema_tabel(Config):
        assert any(h == tabel or h.startswith(f"{tabel}.") for h in kepala), tabel
    for nama, skema in BAGIAN.items():
        for k_nama, k in skema.items():
            diharapkan = kepala if k.jenis in _TABEL else kunci
            assert f"{nama}.{k_nama}" in diharapkan, f"{nama}.{k_nama}"
    assert kunci <= {f"{n}.{k}" for n, s in BAGIAN.items() for k in s}  # and nothing else


def test_berkas_sidik_init_menyimpan_setiap_nilai_data_ruang(tmp_path: Path) -> None:
    ppid_unit = Pejabat("Dewi", "Kepala Bidang", "0" * 17 + "2", "DC", "dewi")
    data = dataclasses.replace(
        CONTOH,
        unit_kerja=(UnitKerja("UM", "Umum", ppid_unit), UnitKerja("TIK", "Teknologi")),
        tim_pertimbangan=(*CONTOH.tim_pertimbangan, Pejabat("Citra", "Tim", "0" * 17 + "6")),
    )
    (tmp_path / "sidik.toml").write_text(teks_konfigurasi(data), encoding="utf-8")
    config = muat(tmp_path / "sidik.toml")
    assert config.unit_kerja == data.unit_kerja
    assert config.tim_pertimbangan == data.tim_pertimbangan
    assert (config.operator, config.atasan_ppid) == (data.operator, data.atasan_ppid)


def _data_contoh() -> dict[str, Any]:
    """The sample sidik.toml, with a valid table for every optional sub-table."""
    data = tomllib.loads((ROOT / "sidik.toml").read_text(encoding="utf-8"))
    ttd = data["penandatanganan"]
    ttd["pkcs11"] = {"pustaka": "m.so", "token": "t", "kunci": "k"}
    ttd["bsre"] = {"url": "https://bsre", "nik": "1"}
    ttd["tingkat_jenis"] = {}
    data["unit_kerja"][0]["ppid_pelaksana"] = dict(data["pejabat"]["ppid_pelaksana"])
    data["instansi"].pop("lambang", None)  # a picture beside the sample, not beside tmp_path
    return data


def _tabel_di(data: dict[str, Any], nama: str) -> dict[str, Any]:
    """The table ``nama`` inside ``data`` (the first of an array); its signing method chosen."""
    if nama.startswith(("penandatanganan.pkcs11", "penandatanganan.bsre")):
        data["penandatanganan"]["metode"] = nama.split(".")[1]
    for bagian_ in nama.split(".") if nama else ():
        data = data.setdefault(bagian_, {})
        data = data[0] if isinstance(data, list) else data
    if nama == "penandatanganan.kunci":  # one table per official, named by their NIP
        data = data.setdefault("000000000000000001", {})
    return data


def _galat(berkas: Path, data: dict[str, Any]) -> str:
    with pytest.raises(ConfigInvalid) as e:
        _bangun(Pembaca(berkas), data)
    return e.value.pesan()


@pytest.mark.parametrize("nama", ["", *BAGIAN])
def test_validator_mengenal_tepat_kunci_yang_dideklarasikan(tmp_path: Path, nama: str) -> None:
    data = _data_contoh()
    _tabel_di(data, nama)["kunci_asing"] = "x"
    pesan = _galat(tmp_path / "sidik.toml", data)
    assert ".kunci_asing' tidak dikenal" in pesan, pesan
    dikenal = re.search(r"\(yang dikenal: (.*)\)\.$", pesan)
    assert dikenal is not None, pesan
    assert dikenal[1].split(", ") == list(BAGIAN[nama] if nama else skema_tabel(Config))


SALAH = {Jenis.TEKS: 5, Jenis.ANGKA: "lima", Jenis.BENAR_SALAH: "ya", Jenis.DAFTAR_TEKS: 5}


@pytest.mark.parametrize(
    ("nama", "kunci", "jenis"),
    [(n, k, v.jenis) for n, s in BAGIAN.items() for k, v in s.items() if v.jenis in SALAH],
)
def test_validator_memeriksa_jenis_yang_dideklarasikan(
    tmp_path: Path, nama: str, kunci: str, jenis: Jenis
) -> None:
    data = _data_contoh()
    tabel = _tabel_di(data, nama)
    tabel[kunci] = copy.deepcopy(SALAH[jenis])
    pesan = _galat(tmp_path / "sidik.toml", data)
    assert f".{kunci}' harus berupa {jenis.value}, bukan {SALAH[jenis]!r}." in pesan, pesan


def test_nilai_init_untuk_kunci_yang_tidak_dideklarasikan_tidak_hilang_diam_diam() -> None:
    from pipeline.ruang.konfigurasi import _Penulis

    with pytest.raises(ValueError, match=r"undeclared key\(s\) \['lokasi_ttd'\] in \[jalur\]"):
        _Penulis(()).tabel(Jalur, "jalur", {"lokasi_ttd": "x"})


def test_tabel_pejabat_wajib_karena_setiap_perannya_wajib(tmp_path: Path) -> None:
    data = _data_contoh()
    del data["pejabat"]
    assert _galat(tmp_path / "sidik.toml", data).endswith(
        "kunci wajib 'sidik.toml.pejabat' tidak ada."
    )
