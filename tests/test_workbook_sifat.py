"""Properties: no cell content crashes validation or rendering; template text stays literal;
an invalid workbook never changes anything under ``output/``."""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from pipeline.config import Config
from pipeline.errors import ExitCode
from pipeline.messages.katalog import KATALOG
from pipeline.model import Siklus
from pipeline.stages.render import render
from pipeline.workbook import KOLOM, baca_items, periksa
from tests.bantu.buku_kerja import baris_sah, buku
from tests.bantu.cli import sidik_di as sidik

# Any text a spreadsheet can hold (XML forbids control characters; openpyxl refuses them).
TEKS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60).map(
    lambda s: ILLEGAL_CHARACTERS_RE.sub("", s)
)
NILAI = st.one_of(
    TEKS,
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
)
MEDAN_TEKS = [k.medan for k in KOLOM if k.medan != "no"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SETELAN = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETELAN
@given(baris=st.integers(1, 3), kolom=st.integers(1, len(KOLOM) + 1), nilai=NILAI)
def test_isi_sel_apa_pun_tidak_meruntuhkan_validasi(
    config: Config, baris: int, kolom: int, nilai: Any
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = buku(Path(tmp) / "acak.xlsx", [baris_sah(), baris_sah(judul="Kedua")])
        wb = load_workbook(path)
        wb["Informasi"].cell(baris, kolom, nilai)
        wb.save(path)
        hasil = periksa(path, config)
    for m in hasil.masalah:
        assert m.message_id in KATALOG and m.pesan() and m.lokasi()
    if not hasil.galat:
        assert len(hasil.items) == 2


def siklus_uji(folder: Path) -> Siklus:
    return Siklus("dik-uji", date(2026, 11, 27), "0" * 64, "acak.xlsx", folder)


def teks_docx(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        akar = etree.fromstring(z.read("word/document.xml"))
    # a line break or tab in a cell's text is rendered as <w:br/> or <w:tab/> between runs
    return "".join(
        (e.text or "") if e.tag == f"{W}t" else " " for e in akar.iter(f"{W}t", f"{W}br", f"{W}tab")
    )


@SETELAN
@given(ubah=st.dictionaries(st.sampled_from(MEDAN_TEKS), TEKS, max_size=4))
@example(ubah={"judul": "0\n0"})  # found by hypothesis: a line break in the title
def test_teks_acak_tidak_meruntuhkan_render(config: Config, ubah: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = buku(Path(tmp) / "acak.xlsx", [baris_sah(**ubah)])
        hasil = periksa(path, config)
        if hasil.galat:
            return
        dokumen = render(hasil.items, siklus_uji(Path(tmp) / "kerja"), config)
        assert all(d.path.is_file() for d in dokumen)
        lembar = teks_docx(dokumen[0].path)
        assert " ".join(hasil.items[0].judul.split()) in " ".join(lembar.split())


def test_sintaks_templat_tampil_apa_adanya(tmp_path: Path, config: Config) -> None:
    jebakan = "{{ instansi.dinas }} {% for x in [1,2] %}X{% endfor %} {{ 7*7 }} <w:t>&amp; {#"
    path = buku(
        tmp_path / "t.xlsx",
        [baris_sah(judul=jebakan, konsekuensi="{{ item.__class__ }}", uraian="{%- raw %}")],
    )
    items = baca_items(path, config)
    dokumen = render(items, siklus_uji(tmp_path / "kerja"), config)
    for d in dokumen[:2]:
        teks = teks_docx(d.path)
        assert jebakan in teks, d.nama
        assert "49" not in teks.replace(jebakan, "")
    lembar = teks_docx(dokumen[0].path)
    assert "{{ item.__class__ }}" in lembar and "XX" not in lembar


def potret(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under ``folder`` with its size, modification time and SHA-256."""
    return {
        str(p.relative_to(folder)): (
            p.stat().st_size,
            p.stat().st_mtime_ns,
            hashlib.sha256(p.read_bytes()).hexdigest(),
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_render_dan_run_menolak_tanpa_mengubah_output(ruang_kerja: Path) -> None:
    assert sidik(ruang_kerja, "-q", "render", "input/informasi.xlsx").exit_code == 0
    sebelum = potret(ruang_kerja / "output")
    assert sebelum
    buku(ruang_kerja / "input" / "salah.xlsx", [baris_sah(pasal17_huruf="z")])
    for perintah in ("render", "run"):
        hasil = sidik(ruang_kerja, perintah, "input/salah.xlsx")
        assert hasil.exit_code == ExitCode.INPUT_INVALID, hasil.output
        assert hasil.stderr.splitlines() == [
            "Galat: input/salah.xlsx, lembar Informasi, baris 2, kolom Pasal 17 Huruf, sel E2: "
            "huruf Pasal 17 harus satu huruf a sampai j, bukan 'z' (nilai: 'z')",
            "Galat: input/salah.xlsx: 1 masalah ditemukan; tidak ada dokumen yang dibuat.",
        ]
        assert potret(ruang_kerja / "output") == sebelum
