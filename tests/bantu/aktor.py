"""Officials bound to OS logins, and sidik run as one of them: acts with an actor."""

from __future__ import annotations

import json
from pathlib import Path

from tests.bantu.cli import jalankan_sidik

PPID, TIM, ATASAN = "andi", "maya", "siti"
PPID_UNIT, TIM_2 = "dewi", "yusuf"  # the sample's unit PPID Pelaksana and second Tim member


def ikat(ruang: Path, *, pribadi: bool, semua: bool = False) -> None:
    """Bind the officials to logins (``pengguna``); optionally make their acts their own.
    ``semua``: also the unit's PPID Pelaksana and the second Tim member."""
    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    if semua:
        toml = toml.replace('paraf = "DC" }', f'paraf = "DC", pengguna = "{PPID_UNIT}" }}', 1)
        kedua = toml.index(
            "[[pejabat.tim_pertimbangan]]", toml.index("[[pejabat.tim_pertimbangan]]") + 1
        )
        toml = (
            f'{toml[:kedua]}[[pejabat.tim_pertimbangan]]\npengguna = "{TIM_2}"{toml[kedua + 28 :]}'
        )

    for tabel, login in (
        ("[pejabat.ppid_pelaksana]", PPID),
        ("[[pejabat.tim_pertimbangan]]", TIM),
        ("[pejabat.atasan_ppid]", ATASAN),
    ):
        toml = toml.replace(tabel, f'{tabel}\npengguna = "{login}"', 1)
    if pribadi:
        toml += "\n[alur]\ntindakan_pribadi = true\n"
    (ruang / "sidik.toml").write_text(toml, encoding="utf-8")


def sebagai(login: str, ruang: Path, *args: str):  # type: ignore[no-untyped-def]
    """``sidik ARGS`` run by the OS user ``login``."""
    return jalankan_sidik(ruang, *args, env={"LOGNAME": login, "USER": login})


def jejak(ruang: Path, login: str = "auditor") -> list[dict[str, object]]:
    hasil = sebagai(login, ruang, "log", "--json")
    assert hasil.returncode == 0, hasil.stderr
    return json.loads(hasil.stdout)  # type: ignore[no-any-return]
