"""The Operator's workbook check in the browser: the same problems as ``sidik validate``, in
a table, and the marked copy to download; the upload is not kept."""

from __future__ import annotations

import io
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook

from tests.bantu.buku_kerja import buku_dua_masalah
from tests.web_bantu import masuk, token

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def unggah(klien: FlaskClient, berkas: Path, **lain: str):  # type: ignore[no-untyped-def]
    data = {
        "csrf_token": token(klien, "/validasi"),
        "buku_kerja": (io.BytesIO(berkas.read_bytes()), berkas.name),
        **lain,
    }
    return klien.post("/validasi", data=data, content_type="multipart/form-data")


def test_buku_kerja_bermasalah_ditunjukkan_per_sel(app: Flask, ruang_kerja: Path) -> None:
    klien = app.test_client()
    masuk(klien, "rudi")
    r = unggah(klien, buku_dua_masalah(ruang_kerja))
    teks = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "salah.xlsx: 2 masalah harus diperbaiki di Excel; sesudah itu periksa ulang." in teks
    assert "<td>D3</td><td>Unit Kerja</td>" in teks
    assert "unit kerja &#39;Bagian Rahasia&#39; tidak ada di sidik.toml (pilihan: " in teks
    assert "<td>H4</td><td>Konsekuensi</td>" in teks
    assert "sel ini wajib diisi; kolom ini tidak boleh kosong" in teks
    assert not list((ruang_kerja / "output").rglob("*.xlsx"))  # nothing kept


def test_buku_kerja_bersih_dan_salinan_bertanda(app: Flask, ruang_kerja: Path) -> None:
    klien = app.test_client()
    masuk(klien, "rudi")
    r = unggah(klien, ruang_kerja / "input" / "informasi.xlsx")
    assert "informasi.xlsx: 12 informasi, tidak ada masalah." in r.get_data(as_text=True)
    r = unggah(klien, buku_dua_masalah(ruang_kerja), unduh="1")
    assert r.status_code == 200 and r.mimetype == XLSX
    assert "laporan-salah.xlsx" in r.headers["Content-Disposition"]
    wb = load_workbook(io.BytesIO(r.get_data()))
    assert wb.sheetnames[0] == "Masalah"  # the marked copy leads with its problems


def test_hanya_operator(app: Flask) -> None:
    klien = app.test_client()
    masuk(klien, "maya")
    assert klien.get("/validasi").status_code == 403
