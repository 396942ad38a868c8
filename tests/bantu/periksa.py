"""A cycle waiting for the PPID Pelaksana's check (step 2), made through the ledger (no
LibreOffice), and a note to send an item back with: shared by the route and browser tests of
the page "Periksa per informasi"."""

from __future__ import annotations

from flask.testing import FlaskClient

from pipeline.config import Config
from pipeline.ledger.sop import Langkah
from pipeline.web.pekerjaan import Pekerjaan
from tests.bantu.ledger import siklus_berisi

CATATAN = "Konsekuensi terlalu umum; sebutkan kerugian yang timbul bila dibuka"


def siklus_menunggu_periksa(config: Config, jumlah: int = 3) -> str:
    """A cycle whose items are collected (step 1 done) and step 2 is open, no document yet."""
    return siklus_berisi(config, Langkah.PERIKSA, jumlah)


def pekerjaan_usai(klien: FlaskClient) -> Pekerjaan:
    """The last job of the client's application, once it has ended."""
    p = klien.application.config["SIDIK_PEKERJAAN"].terakhir
    assert p is not None and p.usai.wait(600), "pekerjaan tidak selesai"
    return p
