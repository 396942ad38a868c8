"""The auditor's pages through Flask's test client: the log's filters (as ``sidik log``'s),
a cycle's printable audit trail and its download, the archive check and a cycle's
verification report, each read only, for the auditor and the admin only."""

from __future__ import annotations

from datetime import datetime

import pytest
from flask.testing import FlaskClient

from pipeline.config import Config
from pipeline.ledger.buku import buka_buku
from pipeline.ledger.catatan import Peristiwa
from pipeline.ledger.sop import Langkah, Peran
from tests.bantu.ledger import WIB
from tests.web_bantu import masuk, siklus_menunggu_tim, teks


def _peristiwa(config: Config, siklus: str, peran: Peran, aksi: str, waktu: datetime) -> None:
    with buka_buku(config.jalur.ledger) as b:
        b.catat(Peristiwa(siklus, Langkah.TINJAU, peran, "Pejabat", aksi, 1, waktu=waktu))


def _baris(halaman: str) -> str:
    return halaman.split("<tbody>")[1].split("</tbody>")[0]


def test_auditor_menyaring_log_menurut_peran_dan_tanggal(
    klien: FlaskClient, config: Config
) -> None:
    siklus = siklus_menunggu_tim(config)
    _peristiwa(
        config,
        siklus,
        Peran.TIM_PERTIMBANGAN,
        "rapat_lama",
        datetime(2026, 11, 30, 23, 59, tzinfo=WIB),
    )
    _peristiwa(
        config,
        siklus,
        Peran.TIM_PERTIMBANGAN,
        "rapat_baru",
        datetime(2026, 12, 1, 0, 1, tzinfo=WIB),
    )
    _peristiwa(
        config, siklus, Peran.ATASAN_PPID, "catatan_atasan", datetime(2026, 12, 2, 8, 0, tzinfo=WIB)
    )
    masuk(klien, "audit")
    r = klien.get("/log?peran=tim_pertimbangan&sejak=2026-12-01")
    assert r.status_code == 200
    baris = _baris(teks(r))
    assert "rapat_baru" in baris
    assert "rapat_lama" not in baris and "catatan_atasan" not in baris
    assert '<option value="tim_pertimbangan" selected>' in teks(r)
    assert 'name="sejak" type="date" value="2026-12-01"' in teks(r)


@pytest.mark.parametrize("salah", ["peran=bupati", "sejak=1-12-2026", "item=satu"])
def test_saringan_log_yang_tidak_dikenal_diabaikan(
    klien: FlaskClient, config: Config, salah: str
) -> None:
    siklus = siklus_menunggu_tim(config)
    _peristiwa(
        config, siklus, Peran.ATASAN_PPID, "catatan_atasan", datetime(2026, 12, 2, 8, 0, tzinfo=WIB)
    )
    masuk(klien, "audit")
    r = klien.get(f"/log?{salah}")
    assert r.status_code == 200 and "catatan_atasan" in _baris(teks(r))
