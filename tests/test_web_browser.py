"""``sidik serve`` in a real browser: the system's headless chromium, driven through
chromium-driver (selenium), against the real command serving on a free loopback port.

Each test saves a screenshot of the pages it walks through (into ``SIDIK_TANGKAPAN`` when set,
for the role guides; else the test's own folder)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import ledger
from pipeline.akun import BATAS_GAGAL
from pipeline.config import Config, muat
from tests.bantu.cli import SIDIK
from tests.bantu.ruang import SiklusContoh
from tests.web_bantu import SANDI, buat_akun, siklus_menunggu_tim

pytestmark = pytest.mark.browser
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytestmark = [pytest.mark.browser, pytest.mark.skip(reason="chromium-driver not installed")]


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tunggu_siap(port: int, proses: subprocess.Popen[str]) -> None:
    """Poll the socket until the server accepts; fail if the server dies (or, as a guard
    against hanging the suite, never answers in a minute's worth of polls)."""
    for _ in range(600):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            try:  # between polls, wait on the process itself: it may have died
                proses.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                continue
            break
    galat = proses.stderr.read() if proses.stderr and proses.poll() is not None else ""
    raise AssertionError(f"sidik serve tidak siap: {galat}")


@pytest.fixture
def server_untuk(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    """Start ``sidik serve`` for a workspace; yields the base URL; stopped after the test."""
    proses: list[subprocess.Popen[str]] = []

    def mulai(ruang: Path) -> str:
        port = _port_bebas()
        p = subprocess.Popen(
            [SIDIK, "serve", "--port", str(port)],
            cwd=ruang,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        proses.append(p)
        _tunggu_siap(port, p)
        return f"http://127.0.0.1:{port}"

    yield mulai
    for p in proses:
        p.terminate()
        p.wait(timeout=30)
        if p.stderr is not None:
            p.stderr.close()


@pytest.fixture
def peramban(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opsi = webdriver.ChromeOptions()
    opsi.binary_location = str(CHROMIUM)
    for a in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profil'}",
        "--window-size=1000,900",
    ):
        opsi.add_argument(a)
    d = webdriver.Chrome(options=opsi, service=Service(str(CHROMEDRIVER)))
    d.implicitly_wait(10)  # an element not there yet is waited for, up to this long
    try:
        yield d
    finally:
        d.quit()


@pytest.fixture
def tangkapan(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SIDIK_TANGKAPAN", tmp_path / "tangkapan"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def klik(d, elemen, tunggu: float = 30) -> None:  # type: ignore[no-untyped-def]
    """Click a link or button that loads a new page, and wait until the old one is gone (so
    that nothing is looked for on the page being left); ``tunggu`` seconds guard a hang."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    lama = d.find_element(By.TAG_NAME, "html")
    elemen.click()

    def sudah_pergi(_: object) -> bool:
        try:
            lama.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:  # chromedriver, mid-navigation: the node left the DOM
            if "does not belong to the document" not in str(e):
                raise
            return True
        return False

    WebDriverWait(d, tunggu).until(sudah_pergi)


def masuk(d, url: str, login: str, sandi: str = SANDI, tunggu: float = 30) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    d.get(f"{url}/masuk")
    d.find_element(By.ID, "login").send_keys(login)
    d.find_element(By.ID, "sandi").send_keys(sandi)
    klik(d, d.find_element(By.CSS_SELECTOR, "form.formulir button[type=submit]"), tunggu)


@pytest.fixture
def ruang_tim(ruang_kerja: Path, config: Config) -> tuple[Path, str]:
    buat_akun(config)
    return ruang_kerja, siklus_menunggu_tim(config)


def test_anggota_tim_memutuskan_dari_halamannya(  # type: ignore[no-untyped-def]
    ruang_tim: tuple[Path, str], server_untuk, peramban, tangkapan: Path
) -> None:
    from selenium.webdriver.common.by import By

    ruang, siklus = ruang_tim
    url = server_untuk(ruang)
    peramban.get(f"{url}/masuk")
    peramban.save_screenshot(str(tangkapan / "masuk.png"))
    masuk(peramban, url, "maya")
    assert peramban.find_element(By.TAG_NAME, "h1").text == "Menunggu saya"
    assert "2 informasi menunggu keputusan Anda." in peramban.page_source
    peramban.save_screenshot(str(tangkapan / "menunggu-saya-tim.png"))
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Buka tinjauan"))
    kartu = peramban.find_element(By.ID, "item-2")
    kartu.find_element(By.CSS_SELECTOR, "input[value=dibuka]").click()
    kartu.find_element(By.ID, "catatan-2").send_keys("Sudah diumumkan di situs")
    klik(peramban, kartu.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    pesan = peramban.find_element(By.CSS_SELECTOR, "#item-2 p.pesan.berhasil").text
    assert pesan == "Keputusan Anda atas informasi No 2 tercatat: Dibuka."
    saya = peramban.find_element(By.CSS_SELECTOR, "#item-2 .keputusan-saya").text
    assert saya == "Dibuka — Sudah diumumkan di situs"
    peramban.save_screenshot(str(tangkapan / "tinjauan-tim.png"))
    config = muat(ruang / "sidik.toml")
    [suara] = [p for p in ledger.jejak(config.jalur.ledger) if p.aksi.startswith("suara_")]
    assert (suara.aksi, suara.item_no, suara.pengguna, suara.saluran, suara.atas_nama) == (
        "suara_dibuka",
        2,
        "maya",
        "web",
        False,
    )
    assert suara.keterangan == "Sudah diumumkan di situs"


def test_ppid_pelaksana_mengembalikan_informasi_dengan_catatan_di_halaman(  # type: ignore[no-untyped-def]
    ruang_kerja: Path, config: Config, server_untuk, peramban, tangkapan: Path
) -> None:
    from selenium.webdriver.common.by import By

    from tests.bantu.periksa import CATATAN, siklus_menunggu_periksa

    buat_akun(config)
    siklus = siklus_menunggu_periksa(config)
    url = server_untuk(ruang_kerja)
    masuk(peramban, url, "andi")
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Periksa per informasi"))
    baris = peramban.find_element(By.ID, "item-2")
    baris.find_element(By.ID, "catatan-2").send_keys(CATATAN)
    klik(peramban, baris.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    pesan = peramban.find_element(By.CSS_SELECTOR, "#item-2 p.pesan.berhasil").text
    assert pesan.startswith("Informasi No 2 dikembalikan kepada Operator untuk diperbaiki")
    peramban.save_screenshot(str(tangkapan / "periksa-kembalikan.png"))
    keluar(peramban)
    masuk(peramban, url, "rudi")
    daftar = peramban.find_element(By.CSS_SELECTOR, f"#siklus-{siklus} + * ~ ul.kembali").text
    assert "2. Informasi 2" in daftar and f"Catatan: {CATATAN}" in daftar
    assert "Dikembalikan PPID Pelaksana Andi Teladan, S.E." in daftar
    peramban.save_screenshot(str(tangkapan / "operator-item-dikembalikan.png"))


def test_form_dari_situs_lain_tanpa_token_ditolak(  # type: ignore[no-untyped-def]
    ruang_tim: tuple[Path, str], server_untuk, peramban, tangkapan: Path
) -> None:
    from selenium.webdriver.common.by import By

    ruang, siklus = ruang_tim
    url = server_untuk(ruang)
    masuk(peramban, url, "maya")
    # Another site's page makes the logged-in browser POST a decision: no CSRF token.
    serangan = (
        f'<form method="post" action="{url}/siklus/{siklus}/tinjau/1">'
        '<input name="keputusan" value="dibuka"><input name="catatan" value="x">'
        '<button id="kirim">kirim</button></form>'
    )
    peramban.get("data:text/html;charset=utf-8," + serangan)
    klik(peramban, peramban.find_element(By.ID, "kirim"))
    assert "Formulir ini kedaluwarsa atau tidak berasal dari halaman sidik." in (
        peramban.find_element(By.CSS_SELECTOR, "p.pesan.galat").text
    )
    config = muat(ruang / "sidik.toml")
    assert not [p for p in ledger.jejak(config.jalur.ledger) if p.aksi.startswith("suara_")]


def test_akun_terkunci_setelah_gagal_berulang(  # type: ignore[no-untyped-def]
    ruang_tim: tuple[Path, str], server_untuk, peramban, tangkapan: Path
) -> None:
    from selenium.webdriver.common.by import By

    ruang, _ = ruang_tim
    url = server_untuk(ruang)
    for _ in range(BATAS_GAGAL):
        masuk(peramban, url, "andi", "bukan-sandinya-sama-sekali")
        galat = peramban.find_element(By.ID, "galat-masuk").text
    assert "dikunci sementara" in galat
    masuk(peramban, url, "andi")  # the right password: still locked
    assert "dikunci sementara" in peramban.find_element(By.ID, "galat-masuk").text
    peramban.save_screenshot(str(tangkapan / "masuk-terkunci.png"))


@pytest.mark.slow
@pytest.mark.libreoffice
def test_warga_memverifikasi_pdf_dan_membuka_qr(  # type: ignore[no-untyped-def]
    siklus_contoh: SiklusContoh, server_untuk, peramban, tangkapan: Path, tmp_path: Path
) -> None:
    import zxingcpp
    from PIL import Image
    from selenium.webdriver.common.by import By

    ruang = tmp_path / "ruang"  # the sample's archive, served by its own server
    shutil.copytree(siklus_contoh.ruang, ruang)
    url = server_untuk(ruang)
    pdf = ruang / siklus_contoh.arsip.relative_to(siklus_contoh.ruang) / "lembar-0002.pdf"
    peramban.get(f"{url}/verifikasi")
    peramban.find_element(By.ID, "berkas").send_keys(str(pdf))
    klik(peramban, peramban.find_element(By.CSS_SELECTOR, "form.formulir button[type=submit]"))
    putusan = peramban.find_element(By.ID, "putusan").text
    assert putusan.startswith("ASLI: tanda tangan sah")
    peramban.save_screenshot(str(tangkapan / "verifikasi-unggah.png"))
    # The QR code on the signed page, read as a phone reads it, opened on this server.
    png = tmp_path / "halaman"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", "-f", "2", "-l", "2", str(pdf), str(png)],
        check=True,
    )
    [kode] = zxingcpp.read_barcodes(Image.open(png.with_suffix(".png")))
    _, _, sha = kode.text.partition("?sha256=")
    peramban.set_window_size(390, 844)  # a phone
    peramban.get(f"{url}/verifikasi?sha256={sha}")
    assert peramban.find_element(By.ID, "putusan").text.startswith("ASLI")
    assert "Lembar Pengujian Konsekuensi" in peramban.find_element(By.CSS_SELECTOR, ".dokumen").text
    peramban.save_screenshot(str(tangkapan / "verifikasi-qr-ponsel.png"))


def test_auditor_membaca_status_dan_log_dalam_dua_bahasa(  # type: ignore[no-untyped-def]
    ruang_tim: tuple[Path, str], server_untuk, peramban, tangkapan: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from pipeline.aktor import Aktor, Saluran, sebagai
    from pipeline.alur.putuskan import putuskan_item
    from pipeline.model import Keputusan

    ruang, siklus = ruang_tim
    config = muat(ruang / "sidik.toml")
    with sebagai(Aktor("maya", Saluran.WEB, frozenset({"000000000000000005"}))):
        putuskan_item(config, siklus, 1, Keputusan.PERBAIKI, "Konsekuensi belum jelas")
    url = server_untuk(ruang)
    masuk(peramban, url, "audit")
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Status siklus"))
    assert peramban.find_element(By.ID, f"status-{siklus}").text == siklus
    peramban.save_screenshot(str(tangkapan / "status.png"))
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Log"))
    Select(peramban.find_element(By.ID, "s-langkah")).select_by_value("tinjau")
    klik(peramban, peramban.find_element(By.CSS_SELECTOR, "form.saring button"))
    baris = peramban.find_element(By.CSS_SELECTOR, "table.jejak tbody").text
    assert "suara_perbaiki" in baris and "maya (web)" in baris
    peramban.save_screenshot(str(tangkapan / "log-auditor.png"))
    klik(peramban, peramban.find_element(By.LINK_TEXT, "English"))
    assert peramban.find_element(By.TAG_NAME, "h1").text == "Log"
    assert peramban.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "en"
    assert peramban.find_element(By.CSS_SELECTOR, "label[for=s-langkah]").text == "Step"
    peramban.set_window_size(390, 844)
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Waiting for me"))
    assert "Nothing is waiting for you right now." in peramban.page_source
    peramban.save_screenshot(str(tangkapan / "menunggu-saya-ponsel-en.png"))


def test_operator_memeriksa_buku_kerja(  # type: ignore[no-untyped-def]
    ruang_tim: tuple[Path, str], server_untuk, peramban, tangkapan: Path
) -> None:
    from selenium.webdriver.common.by import By

    from tests.bantu.buku_kerja import buku_dua_masalah

    ruang, _ = ruang_tim
    salah = buku_dua_masalah(ruang)
    url = server_untuk(ruang)
    masuk(peramban, url, "rudi")
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Periksa buku kerja"))
    peramban.find_element(By.ID, "buku_kerja").send_keys(str(salah))
    klik(peramban, peramban.find_element(By.CSS_SELECTOR, "form.formulir button[type=submit]"))
    judul = peramban.find_element(By.ID, "hasil-validasi").text
    assert judul.startswith("salah.xlsx: 2 masalah harus diperbaiki di Excel")
    pertama = peramban.find_elements(By.CSS_SELECTOR, "table.masalah tbody td:first-child")
    sel = [b.text for b in pertama]
    assert sel == ["D3", "H4"]
    peramban.save_screenshot(str(tangkapan / "validasi-operator.png"))


def test_admin_menambah_akun_di_halamannya(  # type: ignore[no-untyped-def]
    ruang_tim: tuple[Path, str], server_untuk, peramban, tangkapan: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from pipeline import akun
    from pipeline.akun import PeranAkun

    ruang, _ = ruang_tim
    url = server_untuk(ruang)
    masuk(peramban, url, "admin")
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Admin"))
    assert peramban.find_element(By.TAG_NAME, "h1").text == "Akun"
    peramban.find_element(By.ID, "login").send_keys("yusuf")
    Select(peramban.find_element(By.ID, "peran")).select_by_value("tim_pertimbangan")
    Select(peramban.find_element(By.ID, "nip")).select_by_value("000000000000000006")
    peramban.find_element(By.ID, "surel").send_keys("yusuf@contoh.go.id")
    peramban.find_element(By.ID, "sandi").send_keys("sandi-awal-yusuf-panjang")
    klik(peramban, peramban.find_element(By.CSS_SELECTOR, "#tambah-akun + form button"))
    pesan = peramban.find_element(By.CSS_SELECTOR, "p.pesan.berhasil").text
    assert pesan == "Akun yusuf (Tim Pertimbangan) ditambahkan."
    baris = peramban.find_element(By.ID, "akun-yusuf").text
    assert "Tim Pertimbangan" in baris and "000000000000000006" in baris and "aktif" in baris
    assert "yusuf@contoh.go.id" in baris
    tinggi = peramban.execute_script("return document.documentElement.scrollHeight")
    peramban.set_window_size(1000, tinggi + 160)  # the whole page: the new row and the form
    peramban.save_screenshot(str(tangkapan / "admin-akun.png"))
    peramban.set_window_size(1000, 900)
    yusuf = akun.cari(muat(ruang / "sidik.toml"), "yusuf")
    assert yusuf is not None and yusuf.peran is PeranAkun.TIM_PERTIMBANGAN
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Konfigurasi"))
    assert "penandatanganan.url_verifikasi" in peramban.page_source
    peramban.save_screenshot(str(tangkapan / "admin-konfigurasi.png"))
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Kesiapan (doctor)"))
    assert "LibreOffice" in peramban.find_element(By.CSS_SELECTOR, "table.dokter").text
    peramban.save_screenshot(str(tangkapan / "admin-dokter.png"))


BATAS_LAMBAT = 300  # seconds: a guard against a hang for pages that read or sign the Lembar


def tunggu_hasil_pekerjaan(d):  # type: ignore[no-untyped-def]
    """The signing job's outcome, once its self-refreshing status page shows one."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def hasil(d):  # type: ignore[no-untyped-def]
        return d.find_elements(By.CSS_SELECTOR, "main p.pesan") or False

    tunggu = WebDriverWait(d, BATAS_LAMBAT, ignored_exceptions=(StaleElementReferenceException,))
    return tunggu.until(hasil)[0]


def tandatangani_di_halaman(d, tombol: str, sandi: str = "sandi-kunci-diketik"):  # type: ignore[no-untyped-def]
    """Type the key's passphrase in the card of Menunggu saya, start signing, and wait for
    the job's outcome."""
    from selenium.webdriver.common.by import By

    kartu = d.find_element(By.XPATH, f"//form[.//button[normalize-space()='{tombol}']]")
    kartu.find_element(By.CSS_SELECTOR, "input[type=password]").send_keys(sandi)
    klik(d, kartu.find_element(By.CSS_SELECTOR, "button[type=submit]"), BATAS_LAMBAT)
    return tunggu_hasil_pekerjaan(d)


def keluar(d) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    klik(d, d.find_element(By.CSS_SELECTOR, "form.keluar button"), BATAS_LAMBAT)


def _ruang_sop(ruang: Path) -> Config:
    """The sample workspace where every official acts for themself in the page: one PPID
    Pelaksana (the unit's own is left out, so five accounts walk the SOP), both Tim members
    decide (``bulat``), and the dev keys of every official."""
    from tests.bantu.ruang import buat_pki

    toml = (ruang / "sidik.toml").read_text(encoding="utf-8")
    awal = toml.index("ppid_pelaksana = { nama = ")
    toml = toml[:awal] + toml[toml.index("\n", awal) + 1 :]
    toml += '\n[alur]\ntindakan_pribadi = true\naturan_tim = "bulat"\n'
    (ruang / "sidik.toml").write_text(toml, encoding="utf-8")
    buat_pki(ruang)
    return muat(ruang / "sidik.toml")


def _lanjutkan_siklus(d, siklus: str):  # type: ignore[no-untyped-def]
    """The Operator presses "Lanjutkan siklus" on the cycle's status card; the job's outcome."""
    from selenium.webdriver.common.by import By

    klik(d, d.find_element(By.LINK_TEXT, "Status siklus"), BATAS_LAMBAT)
    kartu = d.find_element(By.XPATH, f"//section[@aria-labelledby='status-{siklus}']")
    klik(d, kartu.find_element(By.CSS_SELECTOR, "form.lanjutkan button"), BATAS_LAMBAT)
    return tunggu_hasil_pekerjaan(d)


def _paraf_di_halaman(d, url: str):  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    masuk(d, url, "andi", tunggu=BATAS_LAMBAT)
    tombol = "//button[normalize-space()='Setujui dan bubuhkan paraf pada semua dokumen']"
    klik(d, d.find_element(By.XPATH, tombol), BATAS_LAMBAT)
    return tunggu_hasil_pekerjaan(d)


def _putuskan_semua_di_halaman(d, url: str, login: str, jumlah: int, tangkapan: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    masuk(d, url, login, tunggu=BATAS_LAMBAT)
    klik(d, d.find_element(By.LINK_TEXT, "Buka tinjauan"), BATAS_LAMBAT)
    for no in range(1, jumlah + 1):
        kartu = d.find_element(By.ID, f"item-{no}")
        kartu.find_element(By.CSS_SELECTOR, "input[value=dikecualikan]").click()
        klik(d, kartu.find_element(By.CSS_SELECTOR, "button[type=submit]"), BATAS_LAMBAT)
        assert "tercatat: Dikecualikan" in d.find_element(By.ID, f"item-{no}").text
    if login == "maya":
        d.find_element(By.ID, "item-1").location_once_scrolled_into_view  # noqa: B018
        d.save_screenshot(str(tangkapan / "tinjauan-tim-pdf.png"))
    keluar(d)


@pytest.mark.slow
@pytest.mark.libreoffice
def test_lima_akun_menjalankan_seluruh_sop_di_halaman(  # type: ignore[no-untyped-def]
    ruang_kerja: Path, server_untuk, peramban, tangkapan: Path, tmp_path: Path
) -> None:
    # The issue's "done when": the Operator uploads the workbook and opens the cycle, the PPID
    # Pelaksana initials, each Tim member decides, everyone signs, the Operator archives,
    # all in the pages; the archive verifies and a signed page's QR opens its record.
    import zxingcpp
    from PIL import Image
    from selenium.webdriver.common.by import By

    from pipeline import akun
    from pipeline.akun import PeranAkun
    from tests.bantu.cli import jalankan_sidik

    config = _ruang_sop(ruang_kerja)
    buat_akun(config)
    akun.tambah(config, "yusuf", PeranAkun.TIM_PERTIMBANGAN, "000000000000000006", SANDI)
    url = server_untuk(ruang_kerja)
    d = peramban

    masuk(d, url, "rudi", tunggu=BATAS_LAMBAT)
    klik(d, d.find_element(By.LINK_TEXT, "Periksa buku kerja"))
    d.find_element(By.ID, "buku_kerja").send_keys(str(ruang_kerja / "input" / "informasi.xlsx"))
    d.save_screenshot(str(tangkapan / "buka-siklus-operator.png"))
    klik(d, d.find_element(By.XPATH, "//button[normalize-space()='Periksa lalu buka siklus']"))
    pesan = tunggu_hasil_pekerjaan(d)
    [status] = ledger.status(config.jalur.ledger)
    siklus = status.siklus.id
    assert status.siklus.workbook.startswith("input/informasi-"), status.siklus.workbook
    assert f"Siklus {siklus} dijalankan sejauh" in pesan.text, pesan.text
    d.save_screenshot(str(tangkapan / "siklus-dibuka.png"))
    keluar(d)

    pesan = _paraf_di_halaman(d, url)
    assert "Paraf dibubuhkan pada" in pesan.text, pesan.text
    d.save_screenshot(str(tangkapan / "paraf-selesai.png"))
    keluar(d)
    for login in ("maya", "yusuf"):
        _putuskan_semua_di_halaman(d, url, login, 12, tangkapan)

    # the meeting made its Berita Acara: rendered, converted, then initialled like the rest
    masuk(d, url, "rudi", tunggu=BATAS_LAMBAT)
    pesan = _lanjutkan_siklus(d, siklus)
    assert f"dokumen menunggu paraf {config.ppid_pelaksana.nama}" in pesan.text, pesan.text
    keluar(d)
    masuk(d, url, "andi", tunggu=BATAS_LAMBAT)
    assert "1 dokumen menunggu paraf Anda." in d.find_element(By.ID, "isi").text
    klik(d, d.find_element(By.CSS_SELECTOR, "a.dokumen-siklus"))  # the cycle's documents
    d.save_screenshot(str(tangkapan / "paraf-berita-acara.png"))
    pdf = d.find_element(By.CSS_SELECTOR, "ul.dokumen a").get_attribute("href")
    keluar(d)
    pesan = _paraf_di_halaman(d, url)
    assert "Paraf dibubuhkan pada 1 dokumen" in pesan.text, pesan.text
    keluar(d)

    masuk(d, url, "rudi", tunggu=BATAS_LAMBAT)
    pesan = _lanjutkan_siklus(d, siklus)
    assert "Lembar Pengujian Konsekuensi menunggu tanda tangan" in pesan.text, pesan.text
    d.save_screenshot(str(tangkapan / "siklus-menunggu-peserta.png"))
    keluar(d)
    # too early for the Atasan PPID: the documents wait for their participants, refused
    masuk(d, url, "siti", tunggu=BATAS_LAMBAT)
    d.save_screenshot(str(tangkapan / "menunggu-saya-atasan.png"))
    pesan = tandatangani_di_halaman(d, "Tandatangani semua dokumen")
    assert "galat" in pesan.get_attribute("class")
    assert f"menunggu tanda tangan {config.ppid_pelaksana.nama}" in pesan.text, pesan.text
    d.save_screenshot(str(tangkapan / "ttd-atasan-ditolak.png"))
    keluar(d)
    for login in ("andi", "maya", "yusuf"):  # each in turn, 12 Lembar and the Berita Acara
        masuk(d, url, login, tunggu=BATAS_LAMBAT)
        teks = "13 dokumen uji konsekuensi (Lembar, Berita Acara) menunggu tanda tangan Anda."
        assert teks in d.find_element(By.ID, "isi").text
        if login == "maya":
            d.save_screenshot(str(tangkapan / "menunggu-saya-ttd-lembar.png"))
        pesan = tandatangani_di_halaman(d, "Tandatangani Lembar dan Berita Acara")
        assert "menandatangani 13 dokumen uji" in pesan.text, pesan.text
        if login == "maya":
            d.save_screenshot(str(tangkapan / "ttd-lembar-selesai.png"))
        keluar(d)
    masuk(d, url, "siti", tunggu=BATAS_LAMBAT)
    klik(d, d.find_element(By.CSS_SELECTOR, "a.dokumen-siklus"))
    d.save_screenshot(str(tangkapan / "ttd-atasan-pratinjau.png"))
    d.get(f"{url}/")
    pesan = tandatangani_di_halaman(d, "Tandatangani semua dokumen")
    assert "ditandatangani. Berikutnya: Operator mengarsipkan." in pesan.text, pesan.text
    d.save_screenshot(str(tangkapan / "ttd-atasan-selesai.png"))
    keluar(d)

    masuk(d, url, "rudi", tunggu=BATAS_LAMBAT)
    pesan = _lanjutkan_siklus(d, siklus)
    assert f"Siklus {siklus}: 15 dokumen ditandatangani dan diarsipkan di output/arsip/" in (
        pesan.text
    ), pesan.text
    d.save_screenshot(str(tangkapan / "siklus-diarsipkan.png"))
    verify = jalankan_sidik(ruang_kerja, "verify", "output/arsip")
    assert verify.returncode == 0 and "VALID" in verify.stdout, verify.stderr
    # an official's preview link opens the PDF itself (the browser shows it inline)
    import urllib.request

    kue = {c["name"]: c["value"] for c in d.get_cookies()}
    minta = urllib.request.Request(pdf, headers={"Cookie": f"sidik_sesi={kue['sidik_sesi']}"})
    with urllib.request.urlopen(minta) as jawab:
        assert jawab.headers["Content-Type"] == "application/pdf"
        assert jawab.headers["Content-Disposition"].startswith("inline;")
        assert jawab.read().startswith(b"%PDF")
    # the QR code on a signed page, read as a phone reads it, opens its record here
    [arsip] = list((ruang_kerja / "output" / "arsip").glob("*/*/*/*/"))
    png = tmp_path / "halaman"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-png",
            "-singlefile",
            "-f",
            "2",
            "-l",
            "2",
            str(arsip / "lembar-0002.pdf"),
            str(png),
        ],
        check=True,
    )
    [kode] = zxingcpp.read_barcodes(Image.open(png.with_suffix(".png")))
    _, _, sha = kode.text.partition("?sha256=")
    d.get(f"{url}/verifikasi?sha256={sha}")
    assert d.find_element(By.ID, "putusan").text.startswith("ASLI")
    assert "Lembar Pengujian Konsekuensi" in d.find_element(By.CSS_SELECTOR, ".dokumen").text


def _tangkap_di(d, css: str, berkas: Path) -> None:  # type: ignore[no-untyped-def]
    """A screenshot of the window scrolled to the element ``css``."""
    from selenium.webdriver.common.by import By

    d.execute_script("arguments[0].scrollIntoView()", d.find_element(By.CSS_SELECTOR, css))
    d.save_screenshot(str(berkas))


@pytest.mark.slow
@pytest.mark.libreoffice
def test_auditor_membaca_dan_mencetak_jejak_siklus_yang_diarsipkan(  # type: ignore[no-untyped-def]
    siklus_contoh: SiklusContoh, server_untuk, peramban, tangkapan: Path, tmp_path: Path
) -> None:
    import base64

    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    ruang = Path(shutil.copytree(siklus_contoh.ruang, tmp_path / "ruang"))
    buat_akun(muat(ruang / "sidik.toml"))
    [status] = ledger.status(muat(ruang / "sidik.toml").jalur.ledger)
    siklus = status.siklus.id
    url = server_untuk(ruang)
    peramban.set_window_size(1280, 900)
    masuk(peramban, url, "audit")
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Status siklus"))
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Jejak audit"))
    assert peramban.find_element(By.TAG_NAME, "h1").text == f"Jejak audit siklus {siklus}"
    dokumen = peramban.find_element(By.CSS_SELECTOR, "#h-dokumen + .gulir tbody").text
    assert "daftar.pdf" in dokumen and "manifest.json" in dokumen
    peramban.save_screenshot(str(tangkapan / "jejak-audit.png"))
    _tangkap_di(peramban, "#h-dokumen", tangkapan / "jejak-audit-dokumen.png")
    # on paper: no navigation, the A4 landscape pages the stylesheet asks for
    peramban.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not peramban.find_element(By.CSS_SELECTOR, "header.kepala").is_displayed()
    _tangkap_di(peramban, "h1", tangkapan / "jejak-audit-media-cetak.png")
    pdf = peramban.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
    cetak = tmp_path / "jejak.pdf"
    cetak.write_bytes(base64.b64decode(pdf["data"]))
    info = subprocess.run(["pdfinfo", str(cetak)], capture_output=True, text=True, check=True)
    [ukuran] = [b for b in info.stdout.splitlines() if b.startswith("Page size:")]
    lebar, _, tinggi = ukuran.split()[2:5]
    assert "(A4)" in ukuran and float(lebar) > float(tinggi), ukuran  # A4, landscape
    teks_cetak = subprocess.run(
        ["pdftotext", "-layout", str(cetak), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Jejak audit siklus {siklus}" in teks_cetak and "Menunggu saya" not in teks_cetak
    assert "Unduh jejak" not in teks_cetak  # the page's own links are not printed
    halaman_a4 = tmp_path / "a4"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            str(cetak),
            str(halaman_a4),
        ],
        check=True,
    )
    shutil.copy(halaman_a4.with_suffix(".png"), tangkapan / "jejak-audit-a4.png")
    peramban.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    # the archive check and the cycle's verification report, from the trail's links
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Pemeriksaan arsip"))
    assert "1 revisi diperiksa, tidak ada masalah." in peramban.page_source
    peramban.save_screenshot(str(tangkapan / "arsip-periksa.png"))
    peramban.back()
    klik(peramban, peramban.find_element(By.LINK_TEXT, "Laporan verifikasi"))
    klik(peramban, peramban.find_element(By.CSS_SELECTOR, "form.tanpa-cetak button"))
    # the page refreshes itself while the job runs; 300 s only guard against a hang
    WebDriverWait(peramban, 300, ignored_exceptions=(WebDriverException,)).until(
        lambda d: "Valid: 15 dari 15 berkas." in d.page_source
    )
    assert peramban.find_element(By.CSS_SELECTOR, "table.verifikasi-arsip").is_displayed()
    peramban.save_screenshot(str(tangkapan / "verifikasi-arsip.png"))
