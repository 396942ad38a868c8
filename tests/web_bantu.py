"""Shared set-up of the web tests: accounts for every role, a cycle waiting for the Tim
Pertimbangan (made through the ledger, no LibreOffice), and logging in with the CSRF token.
Also a pytest plugin (see tests/conftest.py): the fixtures ``app`` (the application over the
sample workspace, with an account for every role) and ``klien`` (its test client)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from pipeline import akun
from pipeline.akun import PeranAkun
from pipeline.config import Config
from pipeline.ledger.buku import CatatanDokumen, buka_buku
from pipeline.ledger.sop import Langkah
from pipeline.model import Dokumen, JenisDokumen
from pipeline.web import buat_app
from tests.bantu.ledger import siklus_berisi

SANDI = "sandi-yang-cukup-panjang"
NIP = {
    PeranAkun.OPERATOR: "000000000000000004",
    PeranAkun.PPID_PELAKSANA: "000000000000000001",
    PeranAkun.TIM_PERTIMBANGAN: "000000000000000005",  # Maya, the chair
    PeranAkun.ATASAN_PPID: "000000000000000000",
    PeranAkun.AUDITOR: "",
    PeranAkun.ADMIN: "",
}
LOGIN = {
    PeranAkun.OPERATOR: "rudi",
    PeranAkun.PPID_PELAKSANA: "andi",
    PeranAkun.TIM_PERTIMBANGAN: "maya",
    PeranAkun.ATASAN_PPID: "siti",
    PeranAkun.AUDITOR: "audit",
    PeranAkun.ADMIN: "admin",
}


def buat_akun(config: Config) -> None:
    """One account per role, each official's bound to its NIP."""
    for peran, login in LOGIN.items():
        akun.tambah(config, login, peran, NIP[peran], SANDI)


def siklus_menunggu_tim(config: Config, jumlah: int = 2) -> str:
    """A cycle whose drafts are initialled (step 2 done) and step 3 is open."""
    siklus = siklus_berisi(config, Langkah.TINJAU, jumlah)
    with buka_buku(config.jalur.ledger) as b:
        d = Dokumen(JenisDokumen.DAFTAR, "daftar", Path("paraf/daftar.pdf"))
        b.simpan_dokumen(siklus, "paraf", CatatanDokumen(d, "sha", "sj", b.jam()))
    return siklus


def token(klien: FlaskClient, jalur: str = "/masuk") -> str:
    """The CSRF token of the form on the page at ``jalur``."""
    teks = klien.get(jalur).get_data(as_text=True)
    cocok = re.search(r'name="csrf_token" value="([^"]+)"', teks)
    assert cocok, teks
    return cocok.group(1)


def masuk(klien: FlaskClient, login: str, sandi: str = SANDI):  # type: ignore[no-untyped-def]
    """Log in through the form."""
    data = {"login": login, "sandi": sandi, "csrf_token": token(klien)}
    return klien.post("/masuk", data=data)


@pytest.fixture
def app(ruang_kerja: Path, config: Config) -> Flask:
    """The web application over the sample workspace, an account for every role."""
    buat_akun(config)
    return buat_app(ruang_kerja / "sidik.toml")


@pytest.fixture
def klien(app: Flask) -> FlaskClient:
    """A test client of :func:`app`."""
    return app.test_client()


def teks(r: TestResponse) -> str:
    """A response's body as text."""
    return r.get_data(as_text=True)
