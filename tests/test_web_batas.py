"""Guessing passwords from one address is held back, whatever login names are tried: after
too many failed logins from a client address within the window, the login page refuses that
address (429) until the window has passed; other addresses log in as usual. Behind ``--proxy``
the client's address is the one the proxy reports. Time is moved on the ledger's clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from pipeline import akun
from pipeline.config import Config
from pipeline.web import buat_app
from pipeline.web.batas import BATAS_GAGAL_ALAMAT, JENDELA
from pipeline.zona import ZONA
from tests.web_bantu import SANDI, buat_akun, token

PENEBAK = "203.0.113.9"
PEGAWAI = "192.0.2.20"
PROXY = "127.0.0.1"


class Jam:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.sekarang = datetime(2026, 12, 7, 9, 0, tzinfo=ZONA["WIB"])

    def __call__(self) -> datetime:
        return self.sekarang


@pytest.fixture
def jam() -> Jam:
    return Jam()


def masuk_dari(
    klien: FlaskClient, alamat: str, login: str, sandi: str = SANDI, diteruskan: str = ""
):  # type: ignore[no-untyped-def]
    """Log in through the form from the peer ``alamat``; ``diteruskan``: the client's address
    in X-Forwarded-For (what a proxy says, or what anyone may forge)."""
    data = {"login": login, "sandi": sandi, "csrf_token": token(klien)}
    kepala = {"X-Forwarded-For": diteruskan} if diteruskan else {}
    return klien.post("/masuk", data=data, headers=kepala, environ_base={"REMOTE_ADDR": alamat})


def tebak(klien: FlaskClient, alamat: str, jumlah: int, diteruskan: str = "") -> None:
    """``jumlah`` wrong guesses from ``alamat``, each at another login name."""
    for n in range(jumlah):
        salah = "bukan-sandinya-sama-sekali"
        r = masuk_dari(klien, alamat, f"tebakan-{n}", salah, diteruskan=diteruskan)
        assert r.status_code == 401


def test_alamat_yang_terlalu_sering_gagal_ditahan_lalu_dilepas(
    ruang_kerja: Path, config: Config, jam: Jam
) -> None:
    buat_akun(config)
    klien = buat_app(ruang_kerja / "sidik.toml", jam=jam).test_client()
    tebak(klien, PENEBAK, BATAS_GAGAL_ALAMAT)

    jam.sekarang += timedelta(minutes=1)
    r = masuk_dari(klien, PENEBAK, "audit")  # even the right password: not checked at all
    assert r.status_code == 429
    assert r.headers["Retry-After"] == str(int((JENDELA - timedelta(minutes=1)).total_seconds()))
    assert (
        "Terlalu banyak percobaan masuk yang gagal dari alamat Anda. Coba lagi setelah pukul "
        "09:15 WIB." in r.get_data(as_text=True)
    )
    audit = akun.cari(config, "audit")
    assert audit is not None and audit.terkunci_sampai is None  # not counted against the account

    r = masuk_dari(klien, PEGAWAI, "audit")  # another address is not held back
    assert (r.status_code, r.headers["Location"]) == (302, "/")

    jam.sekarang += JENDELA
    r = masuk_dari(klien, PENEBAK, "audit")
    assert (r.status_code, r.headers["Location"]) == (302, "/")


def test_di_bawah_batas_alamat_tetap_boleh_mencoba(
    ruang_kerja: Path, config: Config, jam: Jam
) -> None:
    buat_akun(config)
    klien = buat_app(ruang_kerja / "sidik.toml", jam=jam).test_client()
    tebak(klien, PENEBAK, BATAS_GAGAL_ALAMAT - 1)
    r = masuk_dari(klien, PENEBAK, "audit")
    assert (r.status_code, r.headers["Location"]) == (302, "/")


def test_kegagalan_lama_di_luar_jendela_tidak_dihitung(
    ruang_kerja: Path, config: Config, jam: Jam
) -> None:
    buat_akun(config)
    klien = buat_app(ruang_kerja / "sidik.toml", jam=jam).test_client()
    tebak(klien, PENEBAK, BATAS_GAGAL_ALAMAT - 1)
    jam.sekarang += JENDELA
    tebak(klien, PENEBAK, 1)
    assert masuk_dari(klien, PENEBAK, "audit").status_code == 302


def test_di_belakang_proxy_alamat_klien_dari_proxy(
    ruang_kerja: Path, config: Config, jam: Jam
) -> None:
    buat_akun(config)
    klien = buat_app(ruang_kerja / "sidik.toml", proxy=True, jam=jam).test_client()
    tebak(klien, PROXY, BATAS_GAGAL_ALAMAT, diteruskan=PENEBAK)
    r = masuk_dari(klien, PROXY, "audit", diteruskan=PENEBAK)
    assert r.status_code == 429
    # Every request reaches sidik from the proxy: the office's staff behind it are told
    # apart by the address the proxy forwards, not held back with the guesser.
    r = masuk_dari(klien, PROXY, "audit", diteruskan=PEGAWAI)
    assert (r.status_code, r.headers["Location"]) == (302, "/")


def test_tanpa_proxy_x_forwarded_for_palsu_tidak_meloloskan(
    ruang_kerja: Path, config: Config, jam: Jam
) -> None:
    buat_akun(config)
    klien = buat_app(ruang_kerja / "sidik.toml", jam=jam).test_client()
    tebak(klien, PENEBAK, BATAS_GAGAL_ALAMAT)
    r = masuk_dari(klien, PENEBAK, "audit", diteruskan=PEGAWAI)
    assert r.status_code == 429
