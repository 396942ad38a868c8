"""The documents' contract and ``sidik templates check`` (no LibreOffice needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from pipeline.alur.rapat import catat_rapat, rapat_tim, tanggal_dokumen
from pipeline.config import Config
from pipeline.errors import ExitCode, TemplateInvalid
from pipeline.ledger.buku import buka_buku
from pipeline.messages import atur_bahasa
from pipeline.model import JenisDokumen, Keputusan, Siklus, TanggalDokumen
from pipeline.stages import konteks
from pipeline.stages.render import nama_dokumen_siklus, nomor_dalam_siklus, nomor_dokumen, render
from pipeline.stages.templat import KONTRAK, periksa_folder, variabel_templat
from pipeline.workbook import baca_items
from tests.bantu.cli import sidik_di as sidik
from tests.bantu.dokumen import teks_docx

TANGGAL = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _bahasa():
    yield
    atur_bahasa("id")


def siklus_di(ruang: Path) -> Siklus:
    return Siklus("dik-uji", TANGGAL, "0" * 64, "input/informasi.xlsx", ruang / "output/kerja/x")


def ubah_paragraf(docx: Path, lama: str, baru: str) -> None:
    """Replace the text of the first paragraph (body or table) whose text contains ``lama``."""
    doc = Document(str(docx))
    for p in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
    ):
        teks = "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
        if lama in teks:
            runs = [t for t in p.iter() if t.tag.endswith("}t")]
            runs[0].text = teks.replace(lama, baru)
            for t in runs[1:]:
                t.text = ""
            doc.save(str(docx))
            return
    raise AssertionError(f"{lama!r} not in {docx}")


def konteks_contoh(config: Config, ruang: Path, lembar: int = 0) -> dict[JenisDokumen, dict]:
    """What render gives each template for the sample workbook (the Lembar of item ``lembar``)."""
    items = baca_items(ruang / "input/informasi.xlsx", config)
    s = siklus_di(ruang)
    return {
        JenisDokumen.LEMBAR_UJI: konteks.konteks_lembar(items[lembar], s, config, "1"),
        JenisDokumen.DAFTAR: konteks.konteks_daftar(items, s, config, "2"),
        JenisDokumen.SURAT_KEPUTUSAN: konteks.konteks_keputusan(items, s, config, "3"),
    }


def test_konteks_memberi_tepat_isian_kontrak(config: Config, ruang_kerja: Path) -> None:
    for jenis, isi in konteks_contoh(config, ruang_kerja).items():
        assert set(isi) == KONTRAK[jenis].disediakan, jenis
        assert KONTRAK[jenis].wajib <= KONTRAK[jenis].disediakan


def test_templat_bawaan_memenuhi_kontrak(config: Config, ruang_kerja: Path) -> None:
    hasil = periksa_folder(ruang_kerja / "templates", config)
    assert [h.jenis for h in hasil] == list(JenisDokumen)
    assert all(h.sah for h in hasil), hasil


def test_render_memakai_nomor_dari_pemanggil(config: Config, ruang_kerja: Path) -> None:
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:2]
    nama = nama_dokumen_siklus(items)
    assert nama == ["daftar", "lembar-0001", "lembar-0002", "keputusan"]
    nomor = {k: f"NOMOR-{k}" for k in nama}
    dokumen = render(items, siklus_di(ruang_kerja), config, nomor)
    assert [d.nama for d in dokumen] == ["lembar-0001", "lembar-0002", "daftar", "keputusan"]
    for d in dokumen:
        teks = "\n".join(p.text for p in Document(str(d.path)).paragraphs)
        assert f"NOMOR-{d.nama}" in teks, d.nama


def test_nomor_berurutan_per_tahun(config: Config, ruang_kerja: Path) -> None:
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:2]
    dalam = nomor_dalam_siklus(items, siklus_di(ruang_kerja), config)
    assert dalam["daftar"] == "000.8.3/001/Dukcapil-PPID/2026"
    assert dalam["keputusan"] == "000.8.3/004/Dukcapil-PPID/2026"
    buku: dict[int, int] = {2026: 121}  # a ledger that already numbered 121 letters this year

    def berikutnya(tahun: int) -> int:
        buku[tahun] = buku.get(tahun, 0) + 1
        return buku[tahun]

    nomor = nomor_dokumen(config, 2026, nama_dokumen_siklus(items), berikutnya)
    assert nomor["daftar"] == "000.8.3/122/Dukcapil-PPID/2026"
    assert nomor["keputusan"] == "000.8.3/125/Dukcapil-PPID/2026"
    assert nomor_dokumen(config, 2027, ["daftar"], berikutnya)["daftar"].endswith(
        "/001/Dukcapil-PPID/2027"
    )


def test_templates_check_bawaan_lolos(ruang_kerja: Path) -> None:
    hasil = sidik(ruang_kerja, "templates", "check")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.stdout.count(": sah.") == 4
    assert hasil.stderr == ""


def test_templates_check_salinan_rusak_melaporkan_isian(ruang_kerja: Path) -> None:
    lembar = ruang_kerja / "templates/lembar_uji_konsekuensi.docx"
    ubah_paragraf(lembar, "{{ pembukaan }}", "{{ pembuka_lain }} {{ kepala.nama }}")
    hasil = sidik(ruang_kerja, "templates", "check")
    assert hasil.exit_code == ExitCode.TEMPLATE_INVALID == 11
    assert f"{lembar}: isian yang tidak disediakan sidik: kepala, pembuka_lain.\n" in hasil.stdout
    assert f"{lembar}: isian wajib yang tidak dipakai: pembukaan.\n" in hasil.stdout
    assert hasil.stdout.count(": sah.") == 3
    assert hasil.stderr == "1 dari 4 templat bermasalah.\n"


def test_templates_check_galat_sintaks_menyebut_paragraf(ruang_kerja: Path) -> None:
    sk = ruang_kerja / "templates/surat_keputusan.docx"
    ubah_paragraf(sk, "MEMUTUSKAN:", "MEMUTUSKAN: {% if %}")
    hasil = sidik(ruang_kerja, "templates", "check")
    assert hasil.exit_code == 11
    [baris] = [b for b in hasil.stdout.splitlines() if "surat_keputusan" in b]
    assert baris.startswith(f"Galat: Templat {sk} rusak di paragraf ke-")
    assert "(“MEMUTUSKAN: {% if %}”)" in baris
    assert "Traceback" not in hasil.output


def test_templates_check_templat_hilang(ruang_kerja: Path) -> None:
    (ruang_kerja / "templates/daftar_informasi_dikecualikan.docx").unlink()
    hasil = sidik(ruang_kerja, "--lang", "en", "templates", "check")
    assert hasil.exit_code == 11
    assert "daftar_informasi_dikecualikan.docx not found." in hasil.stdout


def test_templates_check_berkas_bukan_docx(ruang_kerja: Path) -> None:
    # e.g. a template saved as .doc, or a download that is really an HTML page
    sk = ruang_kerja / "templates/surat_keputusan.docx"
    sk.write_bytes(b"<html>bukan dokumen Word</html>")
    hasil = sidik(ruang_kerja, "templates", "check")
    assert hasil.exit_code == 11
    [baris] = [b for b in hasil.stdout.splitlines() if "surat_keputusan" in b]
    assert baris.startswith(f"Galat: Templat {sk} rusak:")
    assert "Traceback" not in hasil.output and "tak terduga" not in hasil.output


def test_render_templat_rusak_menyebut_templat_dan_paragraf(
    config: Config, ruang_kerja: Path
) -> None:
    lembar = ruang_kerja / "templates/lembar_uji_konsekuensi.docx"
    ubah_paragraf(lembar, "{{ keputusan }}", "{{ keputusan }} {% for x in %}")
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:1]
    with pytest.raises(TemplateInvalid) as e:
        render(items, siklus_di(ruang_kerja), config)
    assert e.value.message_id == "templat.sintaks"
    assert e.value.params["templat"] == str(lembar)
    assert "{% for x in %}" in e.value.params["teks"]
    with pytest.raises(TemplateInvalid):
        variabel_templat(lembar)
    assert not (ruang_kerja / "output/kerja/x/docx/lembar-0001.docx").exists()


def test_run_dengan_templat_rusak_satu_baris_kode_11(ruang_kerja: Path) -> None:
    # render runs in a process of its own: the template's error must still reach the user as
    # one line with its exit code, and nothing is recorded as rendered
    lembar = ruang_kerja / "templates/lembar_uji_konsekuensi.docx"
    ubah_paragraf(lembar, "{{ keputusan }}", "{{ keputusan }} {% for x in %}")
    hasil = sidik(ruang_kerja, "run", "input/informasi.xlsx")
    assert hasil.exit_code == ExitCode.TEMPLATE_INVALID
    [baris] = [b for b in hasil.output.splitlines() if b.startswith("Galat:")]
    assert baris.startswith(f"Galat: Templat {lembar} rusak di paragraf ke-")
    assert "Traceback" not in hasil.output and "tak terduga" not in hasil.output
    with buka_buku(ruang_kerja / "output/sidik.db") as buku:
        [siklus] = buku.semua_siklus()
        assert buku.dokumen(siklus.id, "render") == {}


def test_render_cepat_sama_dengan_docxtpl(
    config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    # The per-process prepared template writes the same body, header and footer XML as
    # docxtpl's own render, and carries every other part of the template unchanged.
    import zipfile

    from docxtpl import DocxTemplate

    from pipeline.model import Dokumen
    from pipeline.stages.render import Templat, cetak_docx
    from pipeline.stages.templat import JINJA

    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)
    for jenis, konteks_ in konteks_contoh(config, ruang_kerja, lembar=1).items():
        templat = Templat(config.jalur.templat).path(jenis)
        cepat = cetak_docx(
            templat, tmp_path / f"{jenis.value}.docx", konteks_, Dokumen(jenis, "k", Path())
        )
        tpl = DocxTemplate(templat)
        tpl.render(konteks_, jinja_env=JINJA, autoescape=True)
        tpl.save(tmp_path / f"{jenis.value}-docxtpl.docx")
        with (
            zipfile.ZipFile(cepat.path) as a,
            zipfile.ZipFile(tmp_path / f"{jenis.value}-docxtpl.docx") as b,
            zipfile.ZipFile(templat) as t,
        ):
            assert a.read("word/document.xml") == b.read("word/document.xml"), jenis
            kepala = {"word/header1.xml", "word/header2.xml"}  # page number, first page's
            for nama in kepala:
                assert a.read(nama) == b.read(nama), (jenis, nama)
            assert sorted(a.namelist()) == sorted(t.namelist())
            for nama in set(t.namelist()) - {"word/document.xml", *kepala}:
                assert a.read(nama) == t.read(nama), nama
        teks = "".join(Document(str(cepat.path)).element.body.itertext())
        assert items[1].judul in teks, jenis


def perintah_sentuh(bukti: Path) -> str:
    """A template expression that, were it run, would create ``bukti`` through the shell."""
    return f"{{{{ cycler.__init__.__globals__.os.popen('touch {bukti}').read() }}}}"


def test_templat_tidak_dapat_menjalankan_perintah_saat_render(
    config: Config, ruang_kerja: Path, tmp_path: Path
) -> None:
    bukti = tmp_path / "perintah-dijalankan"
    lembar = ruang_kerja / "templates/lembar_uji_konsekuensi.docx"
    ubah_paragraf(lembar, "{{ keputusan }}", "{{ keputusan }} " + perintah_sentuh(bukti))
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:1]
    with pytest.raises(TemplateInvalid) as e:
        render(items, siklus_di(ruang_kerja), config)
    assert e.value.params["templat"] == str(lembar)
    assert not bukti.exists()
    assert not (ruang_kerja / "output/kerja/x/docx/lembar-0001.docx").exists()


def test_templates_check_menolak_perintah_dan_tidak_menjalankannya(
    ruang_kerja: Path, tmp_path: Path
) -> None:
    bukti = tmp_path / "perintah-dijalankan"
    lembar = ruang_kerja / "templates/lembar_uji_konsekuensi.docx"
    ubah_paragraf(lembar, "{{ keputusan }}", "{{ keputusan }} " + perintah_sentuh(bukti))
    hasil = sidik(ruang_kerja, "templates", "check")
    assert hasil.exit_code == ExitCode.TEMPLATE_INVALID == 11
    assert f"{lembar}: isian yang tidak disediakan sidik: cycler.\n" in hasil.stdout
    assert hasil.stderr == "1 dari 4 templat bermasalah.\n"
    assert not bukti.exists()


@pytest.mark.parametrize(
    "ungkapan",
    [
        "{{ item.judul.__class__.__mro__[1].__subclasses__() }}",
        "{{ instansi.__class__.__init__.__globals__ }}",
        "{{ item.items() }}",
        "{{ atasan_ppid.nama.upper() }}",
        "{{ item.judul|attr('__class__') }}",
        "{{ (penguji|map(attribute='__class__')|first).__name__ }}",
    ],
)
def test_render_menolak_atribut_di_luar_isian_sidik(
    config: Config, ruang_kerja: Path, ungkapan: str
) -> None:
    lembar = ruang_kerja / "templates/lembar_uji_konsekuensi.docx"
    ubah_paragraf(lembar, "{{ keputusan }}", "{{ keputusan }} " + ungkapan)
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:1]
    with pytest.raises(TemplateInvalid) as e:
        render(items, siklus_di(ruang_kerja), config)
    assert e.value.message_id == "templat.terlarang"
    assert e.value.params["templat"] == str(lembar)
    assert ungkapan in e.value.params["teks"]
    assert not (ruang_kerja / "output/kerja/x/docx/lembar-0001.docx").exists()


def test_templates_check_menyebut_templat_dan_ungkapan_terlarang(ruang_kerja: Path) -> None:
    sk = ruang_kerja / "templates/surat_keputusan.docx"
    ungkapan = "{{ tentang.__class__.__mro__[1].__subclasses__() }}"
    ubah_paragraf(sk, "MEMUTUSKAN:", "MEMUTUSKAN: " + ungkapan)
    hasil = sidik(ruang_kerja, "templates", "check")
    assert hasil.exit_code == 11
    [baris] = [b for b in hasil.stdout.splitlines() if "surat_keputusan" in b]
    assert baris.startswith(f"Galat: Templat {sk} memakai atribut yang tidak disediakan sidik ")
    assert f"(\u201cMEMUTUSKAN: {ungkapan}\u201d)" in baris
    assert "'__class__'" in baris
    assert hasil.stdout.count(": sah.") == 3
    assert hasil.stderr == "1 dari 4 templat bermasalah.\n"


@pytest.mark.parametrize(
    ("ungkapan", "sebab"),
    [
        # in a branch the sample values never take: found by reading the template
        ("{% if false %}{{ nomor.__class__ }}{% endif %}", "'__class__'"),
        ("{{ penguji|map(attribute='nama.__class__')|join }}", "'__class__'"),
        ("{{ (item|attr('judul')).upper() }}", "'upper'"),
        ("{{ item.items() }}", "'items'"),
        # a name sidik provides (loop.index) read as a method of a string: found by rendering
        # with sample values in the sandbox
        ("{{ keputusan.index('B') }}", "'index' (str)"),
    ],
)
def test_templates_check_menemukan_atribut_terlarang(
    ruang_kerja: Path, ungkapan: str, sebab: str
) -> None:
    lembar = ruang_kerja / "templates/lembar_uji_konsekuensi.docx"
    ubah_paragraf(lembar, "{{ keputusan }}", "{{ keputusan }} " + ungkapan)
    hasil = sidik(ruang_kerja, "--lang", "en", "templates", "check")
    assert hasil.exit_code == 11
    [baris] = [b for b in hasil.stdout.splitlines() if "lembar_uji" in b]
    assert baris.startswith(
        f"Error: Template {lembar} uses an attribute sidik does not provide at paragraph "
    )
    assert f"(\u201c{{{{ keputusan }}}} {ungkapan}\u201d): {sebab}. " in baris


def _instansi(config: Config, pemerintah: str, dinas: str) -> Config:
    return replace(config, instansi=replace(config.instansi, pemerintah=pemerintah, dinas=dinas))


@pytest.mark.parametrize(
    ("pemerintah", "dinas", "badan"),
    [
        (
            "Pemerintah Kabupaten Kubu Raya",
            "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)",
            "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Kubu Raya",
        ),
        (
            "PEMERINTAH KABUPATEN KUBU RAYA",
            "Sekretariat DPRD",
            "Sekretariat DPRD Kabupaten Kubu Raya",
        ),
        (
            "PEMERINTAH KABUPATEN KUBU RAYA",
            "SEKRETARIAT DPRD (SETWAN)",
            "Sekretariat DPRD (Setwan) Kabupaten Kubu Raya",
        ),
        (
            "PEMERINTAH KABUPATEN KUBU RAYA",
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kubu Raya",
        ),
    ],
)
def test_nama_badan_ditulis_seperti_di_sidik_toml(
    config: Config, ruang_kerja: Path, pemerintah: str, dinas: str, badan: str
) -> None:
    """Kapital seperti ditulis; hanya kop surat berhuruf kapital semua yang dijadikan judul."""
    konteks_badan = konteks_contoh(_instansi(config, pemerintah, dinas), ruang_kerja)
    lembar = konteks_badan[JenisDokumen.LEMBAR_UJI]
    assert f"Dokumentasi (PPID) {badan}, yang diwakili oleh" in lembar["pembukaan"]
    keputusan = konteks_badan[JenisDokumen.SURAT_KEPUTUSAN]
    assert keputusan["menimbang"][-1].endswith(f"di Lingkungan {badan};")
    assert konteks.lingkungan(_instansi(config, pemerintah, dinas)) == badan


def test_lembar_bertanggal_rapat_tim_sk_dan_dik_bertanggal_penetapan(
    config: Config, ruang_kerja: Path
) -> None:
    # Item 1 was decided at the Tim's meeting on Tuesday 1 December; item 2 not yet (a draft).
    # The cycle is to be signed on Thursday 3 December: the DIK and the decree say so.
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:2]
    siklus = replace(siklus_di(ruang_kerja), tanggal=date(2026, 12, 3))
    tanggal = TanggalDokumen(date(2026, 12, 3), {1: date(2026, 12, 1)})
    dokumen = {
        d.nama: teks_docx(d.path) for d in render(items, siklus, config, None, None, tanggal)
    }
    assert (
        "Pada hari ini, Selasa tanggal satu bulan Desember tahun dua ribu dua puluh enam, "
        in dokumen["lembar-0001"]
    )
    assert "Sungai Raya, 1 Desember 2026" in dokumen["lembar-0001"]
    assert "Pada hari ini, Kamis tanggal tiga bulan Desember" in dokumen["lembar-0002"]
    assert "pada tanggal 3 Desember 2026" in dokumen["keputusan"]
    assert "1 Desember 2026" not in dokumen["keputusan"] + dokumen["daftar"]
    assert "Sungai Raya, 3 Desember 2026" in dokumen["daftar"]


def test_sk_tidak_bertanggal_sebelum_rapat_yang_mendasarinya() -> None:
    # A meeting after the cycle's date moves the decree's date to the meeting's day.
    tanggal = TanggalDokumen(date(2026, 12, 1), {1: date(2026, 12, 1), 2: date(2026, 12, 4)})
    assert tanggal.penetapan == date(2026, 12, 4)
    assert (tanggal.lembar(1), tanggal.lembar(2), tanggal.lembar(3)) == (
        date(2026, 12, 1),
        date(2026, 12, 4),
        date(2026, 12, 1),
    )


def nomor_baris_tabel(docx: Path) -> list[str]:
    """The first cell of every table row whose first cell is a number (the rows' No), tables
    nested in a cell included (the DIK's last row holds its item with the signature block)."""

    def baris(tabel: Any) -> list[str]:
        hasil = []
        for r in tabel.rows:
            if r.cells and r.cells[0].text.strip().isdigit():
                hasil.append(r.cells[0].text.strip())
            for sel in dict.fromkeys(r.cells):  # a merged cell appears once per column
                for dalam in sel.tables:
                    hasil += baris(dalam)
        return hasil

    return [n for t in Document(str(docx)).tables for n in baris(t)]


def test_dik_bernomor_1_sampai_n_tanpa_celah_dan_sk_menghitungnya(
    config: Config, ruang_kerja: Path
) -> None:
    # Item 3 was decided Dibuka: the DIK holds items 1, 2 and 4, numbered 1, 2, 3; the decree
    # speaks of 3 (tiga) items and its attachment is numbered the same.
    semua = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:4]
    dibuka = {3: "Sudah diumumkan di laman resmi."}
    hasil = render(semua, siklus_di(ruang_kerja), config, None, None, None, dibuka)
    dokumen = {d.nama: d.path for d in hasil}
    assert nomor_baris_tabel(dokumen["daftar"]) == ["1", "2", "3"]
    assert nomor_baris_tabel(dokumen["keputusan"])[-3:] == ["1", "2", "3"]
    assert "Menetapkan 3 (tiga) informasi" in teks_docx(dokumen["keputusan"])
    # each Lembar keeps the item's own number from the workbook
    assert nomor_baris_tabel(dokumen["lembar-0004"])[0] == "4"
    # the opened item keeps its Lembar, which records the result and the Tim's reason
    lembar = teks_docx(dokumen["lembar-0003"])
    assert (
        f"informasi \u201c{semua[2].judul}\u201d dinyatakan TIDAK DIKECUALIKAN dan dibuka "
        "sebagai Informasi Publik yang dapat diakses oleh Pemohon Informasi Publik, dengan "
        "pertimbangan: Sudah diumumkan di laman resmi." in lembar
    )
    assert semua[2].judul not in teks_docx(dokumen["daftar"])


def test_ruang_kerja_lama_tanpa_templat_berita_acara_memakai_bawaan(ruang_kerja: Path) -> None:
    # A workspace made before the Berita Acara existed: its templates folder lacks it; sidik's
    # default one is checked and used, the others are the workspace's own.
    (ruang_kerja / "templates/berita_acara_pengujian_konsekuensi.docx").unlink()
    hasil = sidik(ruang_kerja, "templates", "check")
    assert hasil.exit_code == 0, hasil.output
    assert hasil.stdout.count(": sah.") == 4
    assert f"{ruang_kerja}/templates/berita_acara" not in hasil.stdout


def test_berita_acara_per_rapat_mencatat_keputusan_saat_itu(
    config: Config, ruang_kerja: Path
) -> None:
    # Meeting 1 exempts item 1 and sends item 2 back; meeting 2 exempts the corrected item 2.
    # Each meeting keeps its own Berita Acara with the decisions it took then.
    items = baca_items(ruang_kerja / "input/informasi.xlsx", config)[:2]
    with buka_buku(ruang_kerja / "output/sidik.db") as buku:
        s = buku.siklus_baru("input/informasi.xlsx", TANGGAL, "h").id
        for i in items:
            buku.simpan_item(s, i, f"sha-{i.no}")
        D, P = Keputusan.DIKECUALIKAN, Keputusan.PERBAIKI
        catat_rapat(buku, s, [(1, D, ""), (2, P, "Sebutkan kerugiannya")], date(2026, 12, 1))
        catat_rapat(buku, s, [(2, D, "Sudah diperbaiki")], date(2026, 12, 3))
        rapat = rapat_tim(buku, s, {i.no: i for i in items})
        tanggal = tanggal_dokumen(buku, s, TANGGAL)
    assert [
        (r.tanggal, [(p.item.no, p.keputusan, p.catatan) for p in r.putusan]) for r in rapat
    ] == [
        (date(2026, 12, 1), [(1, D, ""), (2, P, "Sebutkan kerugiannya")]),
        (date(2026, 12, 3), [(2, D, "Sudah diperbaiki")]),
    ]
    assert tanggal.rapat == {}  # no decision in the items table: Lembar stay drafts
    dokumen = render(items, siklus_di(ruang_kerja), config, None, None, None, None, rapat)
    teks = {d.nama: teks_docx(d.path) for d in dokumen}
    pertama = teks["berita-acara-20261201"]
    assert "Pada hari ini, Selasa tanggal satu bulan Desember tahun dua ribu dua puluh enam, " in (
        pertama
    )
    assert "terhadap 2 (dua) informasi" in pertama and "Sebutkan kerugiannya" in pertama
    assert "Memenuhi uji konsekuensi berdasarkan Pasal 17 huruf h angka 1 UU KIP" in pertama
    assert "Jumlah hasil pengujian: Dikecualikan 1 (satu) informasi; Dibuka 0 (nol) " in pertama
    kedua = teks["berita-acara-20261203"]
    assert "terhadap 1 (satu) informasi" in kedua and "Sudah diperbaiki" in kedua
    assert "Sungai Raya, 3 Desember 2026" in kedua
