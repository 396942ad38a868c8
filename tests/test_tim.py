"""SOP step 3 as a team: each Tim Pertimbangan member decides for themself, and the team's
decision follows from theirs by ``[alur] aturan_tim`` (chair, majority, unanimity)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.alur.aturan_tim import belum_memutuskan, putusan_tim
from pipeline.model import Keputusan, Pejabat
from tests.bantu.buku_kerja import buku_kerja_kecil, isi_tinjauan
from tests.bantu.cli import jalankan_sidik

D, B = Keputusan.DIKECUALIKAN, Keputusan.DIBUKA
KETUA, ANGGOTA, KETIGA = (Pejabat(f"Anggota {n}", "Tim", str(n) * 18) for n in (1, 2, 3))
TIM = (KETUA, ANGGOTA, KETIGA)


@pytest.mark.parametrize(
    ("aturan", "suara", "tim", "menunggu"),
    [
        ("ketua", {}, None, (KETUA,)),
        ("ketua", {ANGGOTA.nip: D, KETIGA.nip: D}, None, (KETUA,)),
        ("ketua", {KETUA.nip: B}, B, ()),
        ("mayoritas", {KETUA.nip: D}, None, (ANGGOTA, KETIGA)),
        ("mayoritas", {KETUA.nip: D, KETIGA.nip: D}, D, ()),
        ("mayoritas", {KETUA.nip: D, ANGGOTA.nip: B}, None, (KETIGA,)),
        ("bulat", {KETUA.nip: D, ANGGOTA.nip: D}, None, (KETIGA,)),
        ("bulat", {KETUA.nip: D, ANGGOTA.nip: D, KETIGA.nip: D}, D, ()),
        ("bulat", {KETUA.nip: D, ANGGOTA.nip: D, KETIGA.nip: B}, None, TIM),  # must agree
    ],
)
def test_aturan_tim(
    aturan: str, suara: dict[str, Keputusan], tim: Keputusan | None, menunggu: tuple[Pejabat, ...]
) -> None:
    assert putusan_tim(aturan, TIM, suara) is tim
    assert belum_memutuskan(aturan, TIM, suara) == menunggu


def ikat_tim(ruang: Path, aturan: str) -> None:
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    for nama, login in (("Maya Contoh, S.H.", "maya"), ("Yusuf Contoh, S.Kom.", "yusuf")):
        toml = toml.replace(f'nama = "{nama}"', f'nama = "{nama}"\npengguna = "{login}"')
    (ruang / "sidik.toml").write_text(toml + f'\n[alur]\naturan_tim = "{aturan}"\n', "utf-8")


def sebagai(login: str, ruang: Path, *args: str):  # type: ignore[no-untyped-def]
    return jalankan_sidik(ruang, *args, env={"LOGNAME": login, "USER": login})


def keputusan_tim(ruang: Path) -> dict[int, str]:
    """The team's decisions the ledger recorded, per item."""
    log = json.loads(sebagai("rudi", ruang, "log", "--json", "--langkah", "tinjau").stdout)
    return {p["item_no"]: p["aksi"] for p in log if p["aksi"].startswith("keputusan_")}


@pytest.mark.libreoffice
def test_mayoritas_setiap_anggota_memutuskan_sendiri(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    ikat_tim(ruang, "mayoritas")
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    assert sebagai("rudi", ruang, "run", wb).returncode == 13

    # Yusuf decides first: with two members, a majority needs both.
    yusuf = sebagai("yusuf", ruang, "review", "apply", "--all", "dikecualikan")
    assert yusuf.returncode == 0, yusuf.stderr
    assert "menunggu keputusan anggota: Maya Contoh, S.H." in yusuf.stdout
    assert keputusan_tim(ruang) == {}
    assert sebagai("rudi", ruang, "run", wb).returncode == 13  # still waits for the team

    # Maya opens item 2 with a reason, keeps item 1 exempt: item 1 has its majority.
    lembar = ruang / "output" / "tinjauan-maya.xlsx"
    assert sebagai("maya", ruang, "review", "sheet", str(lembar)).returncode == 0
    isi_tinjauan(lembar, {1: ("Dikecualikan", ""), 2: ("Dibuka", "sudah dipublikasikan")})
    maya = sebagai("maya", ruang, "review", "apply", str(lembar))
    assert maya.returncode == 0, maya.stderr
    assert keputusan_tim(ruang) == {1: "keputusan_dikecualikan"}
    assert "Maya Contoh, S.H., Yusuf Contoh, S.Kom." in maya.stdout  # item 2: they must agree

    # Yusuf agrees to open item 2: the team has decided every item.
    lembar2 = ruang / "output" / "tinjauan-yusuf.xlsx"
    assert sebagai("yusuf", ruang, "review", "sheet", str(lembar2)).returncode == 0
    isi_tinjauan(lembar2, {1: ("Dikecualikan", ""), 2: ("Dibuka", "setuju dibuka")})
    assert sebagai("yusuf", ruang, "review", "apply", str(lembar2)).returncode == 0
    assert keputusan_tim(ruang) == {1: "keputusan_dikecualikan", 2: "keputusan_dibuka"}

    log = json.loads(sebagai("rudi", ruang, "log", "--json", "--langkah", "tinjau").stdout)
    suara = {(p["item_no"], p["pelaku"], p["aksi"], p["atas_nama"]) for p in log}
    assert (1, "yusuf", "suara_dikecualikan", False) in suara
    assert (2, "maya", "suara_dibuka", False) in suara
    assert (2, "yusuf", "suara_dibuka", False) in suara
    [maya_2] = [
        p
        for p in log
        if p["item_no"] == 2 and p["aksi"] == "suara_dibuka" and p["pelaku"] == "maya"
    ]
    assert maya_2["pejabat"].startswith("Maya Contoh") and "Yusuf" not in maya_2["pejabat"]


@pytest.mark.libreoffice
def test_ketua_memutuskan_untuk_tim(ruang_dengan_pki: Path) -> None:
    ruang = ruang_dengan_pki
    ikat_tim(ruang, "ketua")
    wb = str(buku_kerja_kecil(ruang, 2).relative_to(ruang))
    assert sebagai("rudi", ruang, "run", wb).returncode == 13
    anggota = sebagai("yusuf", ruang, "review", "apply", "--all", "dikecualikan")
    assert "menunggu keputusan anggota: Maya Contoh, S.H." in anggota.stdout
    assert keputusan_tim(ruang) == {}
    assert sebagai("maya", ruang, "review", "apply", "--all", "dikecualikan").returncode == 0
    assert keputusan_tim(ruang) == {1: "keputusan_dikecualikan", 2: "keputusan_dikecualikan"}


def test_aturan_tim_yang_tidak_dikenal_ditolak(ruang_kerja: Path) -> None:
    toml = ruang_kerja / "sidik.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[alur]\naturan_tim = "voting"\n')
    hasil = jalankan_sidik(ruang_kerja, "status")
    assert hasil.returncode == 4
    assert "alur.aturan_tim" in hasil.stderr and "ketua, mayoritas, bulat" in hasil.stderr
