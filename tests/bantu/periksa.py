"""A cycle waiting for the PPID Pelaksana's check (step 2), made through the ledger (no
LibreOffice), and a note to send an item back with: shared by the route and browser tests of
the page "Periksa per informasi"."""

from __future__ import annotations

from datetime import date

from flask.testing import FlaskClient

from pipeline.config import Config
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.sop import Langkah
from pipeline.model import Item
from pipeline.web.pekerjaan import Pekerjaan

CATATAN = "Konsekuensi terlalu umum; sebutkan kerugian yang timbul bila dibuka"


def siklus_menunggu_periksa(config: Config, jumlah: int = 3) -> str:
    """A cycle whose items are collected (step 1 done) and step 2 is open, no document yet."""
    config.jalur.ledger.parent.mkdir(parents=True, exist_ok=True)
    with buka_buku(config.jalur.ledger) as b:
        siklus = b.siklus_baru("input/informasi.xlsx", date(2026, 12, 1), "h").id
        for no in range(1, jumlah + 1):
            item = Item(no, f"Informasi {no}", "SEKRE", "h", f"Konsekuensi {no}", f"Alasan {no}", 5)
            b.simpan_item(siklus, item, f"sha-{no}")
        b.mulai_langkah(siklus, Langkah.KUMPUL)
        b.selesaikan_langkah(siklus, Langkah.KUMPUL, "Pejabat")
        b.mulai_langkah(siklus, Langkah.PERIKSA)
    return siklus


def pekerjaan_usai(klien: FlaskClient) -> Pekerjaan:
    """The last job of the client's application, once it has ended."""
    p = klien.application.config["SIDIK_PEKERJAAN"].terakhir
    assert p is not None and p.usai.wait(600), "pekerjaan tidak selesai"
    return p
