"""What one web request sets stays with that request: the actor the ledger records
(``aktor.sebagai``) and the language of its messages (``messages.dalam_bahasa``), while the
requests served beside it in other threads, and the CLI, keep their own."""

from __future__ import annotations

import threading
from pathlib import Path

from pipeline.aktor import Aktor, Saluran, pengguna_os, sebagai
from pipeline.ledger.buku import buka_buku
from pipeline.messages import bahasa_aktif, dalam_bahasa, terjemah


def _di_utas_lain(fungsi):  # type: ignore[no-untyped-def]
    hasil = []
    utas = threading.Thread(target=lambda: hasil.append(fungsi()))
    utas.start()
    utas.join()
    return hasil[0]


def test_buku_mencatat_aktor_permintaan_hanya_di_dalamnya(tmp_path: Path) -> None:
    maya = Aktor("maya", Saluran.WEB, frozenset({"000000000000000005"}))
    with sebagai(maya):
        with buka_buku(tmp_path / "sidik.db") as buku:
            assert buku.aktor == maya

        def di_sana() -> Aktor:
            with buka_buku(tmp_path / "sidik.db") as b:
                return b.aktor

        assert _di_utas_lain(di_sana) == Aktor(pengguna_os())  # another request's thread
    with buka_buku(tmp_path / "sidik.db") as buku:
        assert buku.aktor == Aktor(pengguna_os())  # the CLI: the OS user


def test_bahasa_permintaan_tidak_mengubah_bahasa_proses() -> None:
    with dalam_bahasa("en"):
        assert bahasa_aktif() == "en"
        assert terjemah("web.masuk") == "Log in"
        assert _di_utas_lain(lambda: terjemah("web.masuk")) == "Masuk"
    assert bahasa_aktif() == "id" and terjemah("web.masuk") == "Masuk"
