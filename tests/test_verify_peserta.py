"""Verify reports every signature of a Lembar Pengujian Konsekuensi (issue 22).

A Lembar carries the PPID Pelaksana's paraf signature, one signature per participant in their
"Tanda Tangan" cell, then the Atasan PPID's "Mengetahui". ``sidik verify`` names, per file,
each signature's signer (from the certificate), role (from its field), time in WIB, level and
verdict, in the table, the JSON and the HTML report; the file's verdict is the worst of them.

The Lembar here is real (rendered, converted, initialled) and signed by each participant's
own test key with :func:`pipeline.stages.lembar.tandatangani_lembar`.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Config, muat
from pipeline.hashing import sha256_berkas
from pipeline.medan_ttd import MEDAN_PARAF
from pipeline.messages import terjemah
from pipeline.model import Keputusan, Pejabat
from pipeline.stages.lembar import tandatangani_lembar
from pipeline.web import buat_app
from pipeline.workbook import baca_items
from tests.bantu.cli import jalankan_sidik, sidik_di
from tests.bantu.lembar import LembarUji, buat_lembar_uji, sertifikat_pejabat
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

PERAN = ["paraf", "ppid_pelaksana", "tim_pertimbangan", "tim_pertimbangan", "atasan_ppid"]
PERAN_KATA = [
    "Paraf PPID Pelaksana",
    "PPID Pelaksana",
    "Tim Pertimbangan",
    "Tim Pertimbangan",
    "Atasan PPID",
]


@pytest.fixture(scope="module")
def lembar_uji(tmp_path_factory: pytest.TempPathFactory) -> LembarUji:
    return buat_lembar_uji(tmp_path_factory.mktemp("peserta"))


@pytest.fixture(scope="module")
def lengkap(lembar_uji: LembarUji, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Lembar signed by every participant, in order."""
    peserta = lembar_uji.peserta()
    tujuan = tmp_path_factory.mktemp("lengkap") / "lembar-0001.pdf"
    tandatangani_lembar(lembar_uji.lembar, tujuan, peserta, lembar_uji.semua_penanda(peserta))
    return tujuan


def _akar(lembar_uji: LembarUji, folder: Path) -> str:
    return str(shutil.copy(lembar_uji.akar_pem, folder / "akar.pem"))


def test_tabel_menyebut_setiap_tanda_tangan_dengan_perannya(
    lembar_uji: LembarUji, lengkap: Path, tmp_path: Path
) -> None:
    # One row for the file (its verdict, the last signer), then one per signature in signing
    # order: signer from the certificate, role from the field, time in WIB, level, verdict.
    shutil.copy(lengkap, tmp_path / "lembar.pdf")
    hasil = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", _akar(lembar_uji, tmp_path))
    assert hasil.exit_code == 0, hasil.stdout
    baris = hasil.stdout.splitlines()
    assert baris[0].split()[:5] == ["Berkas", "Penanda", "tangan", "Peran", "Waktu"]
    assert baris[2].startswith("lembar.pdf ")
    rinci = baris[3:8]
    peserta = lembar_uji.peserta()
    nama = [peserta[0].pejabat.nama, *(p.pejabat.nama for p in peserta)]
    for n, (b, orang, peran) in enumerate(zip(rinci, nama, PERAN_KATA, strict=True), 1):
        kolom = [k.strip() for k in b.split("  ") if k.strip()]
        assert kolom[0] == f"{n}." and kolom[1:3] == [orang, peran], b
        assert kolom[3].endswith(" WIB") and kolom[4:6] == ["B-B", "VALID"], b
        assert kolom[6] == "tanda tangan utuh dan tepercaya", b
    assert baris[8] == "Waktu dalam WIB (zona waktu kantor penanda tangan)."


def test_json_dan_html_menyebut_peran_nip_dan_tingkat_setiap_tanda_tangan(
    lembar_uji: LembarUji, lengkap: Path, tmp_path: Path
) -> None:
    shutil.copy(lengkap, tmp_path / "lembar.pdf")
    akar = _akar(lembar_uji, tmp_path)
    hasil = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", akar, "--json")
    assert hasil.exit_code == 0
    [berkas] = json.loads(hasil.stdout)["berkas"]
    ttd = berkas["tanda_tangan"]
    peserta = lembar_uji.peserta()
    assert [t["peran"] for t in ttd] == PERAN
    assert [t["medan"] for t in ttd] == [MEDAN_PARAF, *(p.medan for p in peserta)]
    assert [t["nip"] for t in ttd[1:]] == [p.pejabat.nip for p in peserta]
    assert [(t["tingkat"], t["putusan"]) for t in ttd] == [("B-B", "VALID")] * 5
    assert all(t["waktu"].endswith("+07:00") for t in ttd)
    assert berkas["peserta"] == []  # outside an archive: no list to check against

    laporan = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", akar, "--report", "l.html")
    assert laporan.exit_code == 0
    halaman = (tmp_path / "l.html").read_text(encoding="utf-8")
    assert '<th scope="col">Peran</th>' in halaman
    assert halaman.count('<tr class="ttd">') == 5
    for n, peran in enumerate(PERAN_KATA, 1):
        assert f'<td class="no">{n}.</td><td></td><td>' in halaman
        assert f"<td>{peran}</td>" in halaman


def test_putusan_berkas_yang_terburuk_dari_tanda_tangannya(
    lembar_uji: LembarUji, lengkap: Path, tmp_path: Path
) -> None:
    # Trusting only the dev root: the paraf (dev key) is VALID, the participants' signatures
    # (test root) INDETERMINATE, so the file is INDETERMINATE, and each row says which.
    shutil.copy(lengkap, tmp_path / "lembar.pdf")
    dev = shutil.copy(lembar_uji.config.root / "certs/dev/root-ca.pem", tmp_path / "dev.pem")
    hasil = sidik_di(tmp_path, "verify", "lembar.pdf", "--akar", str(dev), "--json")
    assert hasil.exit_code == 7
    [berkas] = json.loads(hasil.stdout)["berkas"]
    assert berkas["putusan"] == "INDETERMINATE"
    putusan = [t["putusan"] for t in berkas["tanda_tangan"]]
    assert putusan == ["VALID", *["INDETERMINATE"] * 4]
    assert [a["kode"] for a in berkas["alasan"]] == ["NO_CERTIFICATE_CHAIN_FOUND"]


@pytest.fixture(scope="module")
def arsip_peserta(siklus_contoh: SiklusContoh, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's sample cycle, its Lembar signed by every participant with their dev key,
    then filed; item 1 was decided by the first Tim member alone (their vote the only one),
    so the second did not take part in its test. Returns the workspace."""
    from pipeline.alur.jalan import muat as muat_siklus
    from pipeline.ledger import buku_terkunci

    ruang = shutil.copytree(siklus_contoh.siap_ttd, tmp_path_factory.mktemp("arsip") / "ruang")
    config = muat(ruang / "sidik.toml")
    pertama = config.tim_pertimbangan[0]
    with buku_terkunci(config.jalur.ledger) as buku, buku.transaksi():
        siklus = muat_siklus(buku, None).id
        item = {c.item.no: c for c in buku.items(siklus)}[1]
        buku.beri_suara(siklus, 1, pertama.nip, item.sha256, Keputusan.DIKECUALIKAN, "")
    # item 1's Lembar is made again (its cell of the absent member says "Tidak hadir"), then
    # each participant signs (on their behalf), the Atasan PPID last, and the cycle is filed
    hasil = jalankan_sidik(ruang, "run", "input/informasi.xlsx")
    assert hasil.returncode == 0, hasil.stderr
    return ruang


def _penanda_tangan(config: Config) -> list[Pejabat]:
    """Every official who signs a Lembar: each unit's PPID Pelaksana and the Tim members."""
    unit = [u.ppid_pelaksana for u in config.unit_kerja if u.ppid_pelaksana]
    return [config.ppid_pelaksana, *unit, *config.tim_pertimbangan]


def _manifest(ruang: Path) -> dict[str, Any]:
    [path] = (ruang / "output" / "arsip").glob("*/*/*/*/manifest.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_manifest_mencatat_peserta_setiap_lembar(arsip_peserta: Path) -> None:
    # Each Lembar's entry lists who had to sign it, in signing order: its unit's PPID
    # Pelaksana, each Tim member (hadir: took part in the item's test, from the ledger's
    # votes; all when the team's decision was recorded as one), the Atasan PPID. The DIK and
    # the SK have no list.
    config = muat(arsip_peserta / "sidik.toml")
    tim, atasan = config.tim_pertimbangan, config.atasan_ppid
    berkas = {e["nama"]: e for e in _manifest(arsip_peserta)["berkas"]}
    lembar = sorted(n for n in berkas if n.startswith("lembar-"))
    assert len(lembar) == 12
    items = baca_items(arsip_peserta / "input/informasi.xlsx", config)
    unit = {i.no: i.unit_kerja for i in items}
    for nama in lembar:
        e = berkas[nama]
        ppid = config.pemeriksa(unit[e["item_no"]])
        hadir_kedua = e["item_no"] != 1  # item 1: the first member decided alone
        assert e["peserta"] == [
            {"peran": "ppid_pelaksana", "nip": ppid.nip, "nama": ppid.nama, "hadir": True},
            {"peran": "tim_pertimbangan", "nip": tim[0].nip, "nama": tim[0].nama, "hadir": True},
            {
                "peran": "tim_pertimbangan",
                "nip": tim[1].nip,
                "nama": tim[1].nama,
                "hadir": hadir_kedua,
            },
            {"peran": "atasan_ppid", "nip": atasan.nip, "nama": atasan.nama, "hadir": True},
        ], nama
    assert "peserta" not in berkas["daftar.pdf"] and "peserta" not in berkas["keputusan.pdf"]


def test_arsip_contoh_mencatat_peserta_setiap_lembar(siklus_contoh: SiklusContoh) -> None:
    # The README's cycle ('sidik run' signs for every participant): each Lembar's entry lists
    # its participants, all of whom took part (the team's decision recorded as one), and the
    # DIK and the SK none.
    berkas = json.loads((siklus_contoh.arsip / "manifest.json").read_text(encoding="utf-8"))
    daftar = {e["nama"]: e.get("peserta") for e in berkas["berkas"]}
    lembar = [n for n in daftar if n.startswith("lembar-")]
    assert len(lembar) == 12 and all(daftar[n] for n in lembar)
    assert all(p["hadir"] for n in lembar for p in daftar[n])
    assert daftar["daftar.pdf"] is None and daftar["keputusan.pdf"] is None


# --- completeness: an archived Lembar checked against its manifest's list of participants


def _arsip(folder: Path, lembar: Path, peserta: list[dict[str, Any]] | None) -> Path:
    """An archive folder as 'sidik archive' files it: the Lembar of item 1 and a manifest
    whose entry lists ``peserta`` (None: an entry from before there were lists)."""
    folder.mkdir(parents=True)
    pdf = Path(shutil.copy(lembar, folder / "lembar-0001.pdf"))
    entri: dict[str, Any] = {
        "nama": pdf.name,
        "jenis": "lembar_uji_konsekuensi",
        "item_no": 1,
        "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(),
    }
    if peserta is not None:
        entri["peserta"] = peserta
    manifest = {"berkas": [entri], "tinjauan": [{"no": 1, "judul": "Data uji"}]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def _daftar(lembar_uji: LembarUji, tidak_hadir: set[str] = frozenset()) -> list[dict[str, Any]]:
    """The manifest's list for the Lembar: every participant, those in ``tidak_hadir`` (NIPs)
    as not having taken part."""
    return [
        {
            "peran": p.peran,
            "nip": p.pejabat.nip,
            "nama": p.pejabat.nama,
            "hadir": p.pejabat.nip not in tidak_hadir,
        }
        for p in lembar_uji.peserta()
    ]


@pytest.fixture(scope="module")
def tanpa_kedua(lembar_uji: LembarUji, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Lembar signed without the second Tim member (their field left empty)."""
    peserta = lembar_uji.peserta({lembar_uji.config.tim_pertimbangan[0].nip})
    tujuan = tmp_path_factory.mktemp("tanpa-kedua") / "lembar-0001.pdf"
    tandatangani_lembar(lembar_uji.lembar, tujuan, peserta, lembar_uji.semua_penanda(peserta))
    return tujuan


def _verify(lembar_uji: LembarUji, tmp_path: Path, *args: str) -> tuple[int, str, dict[str, Any]]:
    """``sidik verify arsip`` as a table (exit code, stdout) and its JSON's only file."""
    akar = _akar(lembar_uji, tmp_path)
    tabel = sidik_di(tmp_path, *args, "verify", "arsip", "--akar", akar)
    data = json.loads(sidik_di(tmp_path, "verify", "arsip", "--akar", akar, "--json").stdout)
    [berkas] = data["berkas"]
    return tabel.exit_code, tabel.stdout, berkas


def test_lembar_lengkap_valid(lembar_uji: LembarUji, lengkap: Path, tmp_path: Path) -> None:
    _arsip(tmp_path / "arsip", lengkap, _daftar(lembar_uji))
    kode, keluaran, berkas = _verify(lembar_uji, tmp_path)
    assert kode == 0, keluaran
    assert berkas["putusan"] == "VALID"
    assert [p["status"] for p in berkas["peserta"]] == ["ditandatangani"] * 4
    assert "belum" not in keluaran and "tidak hadir" not in keluaran


def test_lembar_tanpa_tanda_tangan_anggota_tim_belum_lengkap(
    lembar_uji: LembarUji, tanpa_kedua: Path, tmp_path: Path
) -> None:
    # The manifest says the second member took part, the Lembar lacks their signature: not
    # VALID, and the reason names whom it misses (table, JSON, in English too).
    kedua = lembar_uji.config.tim_pertimbangan[1]
    _arsip(tmp_path / "arsip", tanpa_kedua, _daftar(lembar_uji))
    kode, keluaran, berkas = _verify(lembar_uji, tmp_path)
    assert kode == 7
    assert berkas["putusan"] == "INDETERMINATE"
    assert berkas["alasan"] == [
        {
            "kode": "SIGNER_MISSING",
            "pesan": f"belum lengkap: tanpa tanda tangan {kedua.nama} (Tim Pertimbangan)",
        }
    ]
    assert [p["status"] for p in berkas["peserta"]] == [
        "ditandatangani",
        "ditandatangani",
        "belum",
        "ditandatangani",
    ]
    baris = keluaran.splitlines()
    assert (
        f"INDETERMINATE  belum lengkap: tanpa tanda tangan {kedua.nama} (Tim Pertimbangan)"
        in (baris[2])
    )
    [belum] = [b for b in baris if b.startswith("  -")]
    assert [k.strip() for k in belum.split("  ") if k.strip()] == [
        "-",
        kedua.nama,
        "Tim Pertimbangan",
        "belum menandatangani",
    ]
    inggris = _verify(lembar_uji, tmp_path, "--lang", "en")[1]
    assert f"incomplete: no signature of {kedua.nama} (Tim Pertimbangan)" in inggris


def test_anggota_tidak_hadir_tidak_dihitung_kurang(
    lembar_uji: LembarUji, tanpa_kedua: Path, tmp_path: Path
) -> None:
    # The same Lembar, the manifest saying the second member did not take part: VALID, and
    # the member is reported as absent, not as missing.
    kedua = lembar_uji.config.tim_pertimbangan[1]
    _arsip(tmp_path / "arsip", tanpa_kedua, _daftar(lembar_uji, {kedua.nip}))
    kode, keluaran, berkas = _verify(lembar_uji, tmp_path)
    assert kode == 0, keluaran
    assert berkas["putusan"] == "VALID"
    assert berkas["peserta"][2] == {
        "peran": "tim_pertimbangan",
        "nip": kedua.nip,
        "nama": kedua.nama,
        "hadir": False,
        "status": "tidak_hadir",
    }
    [absen] = [b for b in keluaran.splitlines() if b.startswith("  -")]
    assert [k.strip() for k in absen.split("  ") if k.strip()][1:] == [
        kedua.nama,
        "Tim Pertimbangan",
        "tidak hadir",
    ]
    assert "belum lengkap" not in keluaran


def test_manifest_lama_tanpa_daftar_peserta_tetap_valid(
    lembar_uji: LembarUji, tanpa_kedua: Path, tmp_path: Path
) -> None:
    # A manifest filed before there were lists asks nothing of its Lembar.
    _arsip(tmp_path / "arsip", tanpa_kedua, None)
    kode, keluaran, berkas = _verify(lembar_uji, tmp_path)
    assert kode == 0, keluaran
    assert berkas["putusan"] == "VALID" and berkas["peserta"] == []


def test_penanda_tangan_bukan_peserta_disebut(lembar_uji: LembarUji, tmp_path: Path) -> None:
    # The second member's cell signed with the key of someone not on the team: that
    # signature is named as not a participant's, and the member's signature is missing.
    config = lembar_uji.config
    kedua = config.tim_pertimbangan[1]
    luar = Pejabat("Budi Orang Luar, S.T.", "Staf", "199001012020121001")
    peserta = lembar_uji.peserta()
    penanda = lembar_uji.semua_penanda(peserta)
    penanda[kedua.nip] = lembar_uji.penanda(kedua, sertifikat_pejabat(lembar_uji.akar, luar))
    bertanda = tmp_path / "bertanda.pdf"
    tandatangani_lembar(lembar_uji.lembar, bertanda, peserta, penanda)
    _arsip(tmp_path / "arsip", bertanda, _daftar(lembar_uji))
    kode, keluaran, berkas = _verify(lembar_uji, tmp_path)
    assert kode == 7
    assert berkas["putusan"] == "INDETERMINATE"
    assert [a["pesan"] for a in berkas["alasan"]] == [
        f"belum lengkap: tanpa tanda tangan {kedua.nama} (Tim Pertimbangan)",
        f"ditandatangani oleh {luar.nama}, bukan peserta pengujian",
    ]
    [ttd] = [t for t in berkas["tanda_tangan"] if t["bukan_peserta"]]
    assert (ttd["penanda_tangan"], ttd["nip"], ttd["peran"], ttd["putusan"]) == (
        luar.nama,
        luar.nip,
        "tim_pertimbangan",
        "VALID",  # the signature itself is intact and trusted
    )
    [baris] = [b for b in keluaran.splitlines() if luar.nama in b and b.startswith("  ")]
    assert baris.endswith("tanda tangan utuh dan tepercaya; bukan peserta")


def test_arsip_siklus_bertanda_peserta_valid_dan_anggota_absen_disebut(
    arsip_peserta: Path,
) -> None:
    # The whole archive of the cycle signed by every participant: every file VALID (item 1's
    # Lembar complete without the member who did not take part, who is shown as absent);
    # 'archive check' finds nothing wrong (it checks hashes and manifests, not signatures).
    config = muat(arsip_peserta / "sidik.toml")
    kedua = config.tim_pertimbangan[1]
    hasil = jalankan_sidik(arsip_peserta, "verify", "output/arsip")
    assert hasil.returncode == 0, hasil.stdout
    assert "Valid: 15 dari 15 berkas." in hasil.stdout
    baris = hasil.stdout.splitlines()
    awal = next(i for i, b in enumerate(baris) if "/lembar-0001.pdf " in b)
    rinci = baris[awal + 1 : awal + 7]  # paraf, PPID Pelaksana, one member, Atasan, absent
    assert [b.split()[0] for b in rinci[:5]] == ["1.", "2.", "3.", "4.", "-"], rinci
    assert kedua.nama in rinci[4] and rinci[4].endswith("tidak hadir")
    periksa = jalankan_sidik(arsip_peserta, "archive", "check")
    assert periksa.returncode == 0, periksa.stdout + periksa.stderr


def test_halaman_verifikasi_web_memakai_putusan_yang_sama(
    arsip_peserta: Path, tmp_path: Path
) -> None:
    # The QR page of item 1's Lembar names each signer with their role and the absent member;
    # with a manifest saying that member took part, it gives sidik verify's verdict and
    # reason: not genuine as it stands, incomplete without them.
    ruang = shutil.copytree(arsip_peserta, tmp_path / "ruang", symlinks=True)
    kedua = muat(ruang / "sidik.toml").tim_pertimbangan[1]
    [siap] = ruang.glob("output/kerja/*/paraf/lembar-0001.pdf")
    klien = buat_app(ruang / "sidik.toml").test_client()
    teks = klien.get(f"/verifikasi?sha256={sha256_berkas(siap)}").get_data(as_text=True)
    assert "ASLI: tanda tangan sah" in teks
    assert f"{kedua.nama}: tidak hadir" in teks and "(Tim Pertimbangan)" in teks
    assert "(Paraf PPID Pelaksana)" in teks and "(Atasan PPID)" in teks

    [manifest] = ruang.glob("output/arsip/*/*/*/*/manifest.json")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for e in data["berkas"]:
        for p in e.get("peserta", []):
            p["hadir"] = True
    manifest.chmod(0o644)
    manifest.write_text(json.dumps(data), encoding="utf-8")
    teks = klien.get(f"/verifikasi?sha256={sha256_berkas(siap)}").get_data(as_text=True)
    assert "ASLI: tanda tangan sah" not in teks
    assert f"belum lengkap: tanpa tanda tangan {kedua.nama} (Tim Pertimbangan)" in teks
    assert f"{kedua.nama}: belum menandatangani" in teks


def test_revisi_arsip_mewarisi_daftar_peserta(tmp_path: Path) -> None:
    # sign extend files new copies as a revision: each entry keeps the document's kind, item
    # and participants, so the revision's Lembar is checked as the first filing's was.
    from pipeline.stages.archive import arsipkan_revisi

    lama = tmp_path / "arsip" / "dik-1"
    lama.mkdir(parents=True)
    (lama / "lembar-0001.pdf").write_bytes(b"%PDF lama")
    peserta = [{"peran": "atasan_ppid", "nip": "1" * 18, "nama": "Atasan", "hadir": True}]
    entri = {"nama": "lembar-0001.pdf", "jenis": "lembar_uji_konsekuensi", "item_no": 1}
    manifest = {"siklus": "dik-1", "berkas": [{**entri, "sha256": "x", "peserta": peserta}]}
    (lama / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    baru = tmp_path / "baru.pdf"
    baru.write_bytes(b"%PDF baru")
    arsip = arsipkan_revisi(lama, {"lembar-0001.pdf": baru}, {"pades": "B-LTA"})
    [e] = json.loads(arsip.manifest.read_text(encoding="utf-8"))["berkas"]
    assert {k: e[k] for k in ("nama", "jenis", "item_no", "peserta")} == {
        **entri,
        "peserta": peserta,
    }
    assert e["sha256"] == hashlib.sha256(b"%PDF baru").hexdigest()


def test_archive_check_menyebut_lembar_belum_lengkap(
    lembar_uji: LembarUji, tanpa_kedua: Path, tmp_path: Path
) -> None:
    # archive check reads each listed Lembar's form: a participant who took part and whose
    # field holds no signature is a problem (the signatures themselves are verify's work).
    from pipeline.verify.arsip import periksa_arsip

    kedua = lembar_uji.config.tim_pertimbangan[1]
    folder = _arsip(tmp_path / "arsip" / "dik-1", tanpa_kedua, _daftar(lembar_uji))
    masalah = periksa_arsip(tmp_path / "arsip").masalah
    [kurang] = [m for m in masalah if m.kode == "LEMBAR_BELUM_LENGKAP"]
    assert kurang.path == folder / "lembar-0001.pdf"
    assert terjemah(kurang.message_id, **dict(kurang.params)) == (
        f"Lembar Pengujian Konsekuensi belum lengkap: tanpa tanda tangan {kedua.nama} "
        "(Tim Pertimbangan)"
    )
    absen = _arsip(tmp_path / "absen" / "dik-1", tanpa_kedua, _daftar(lembar_uji, {kedua.nip}))
    assert not [m for m in periksa_arsip(absen.parent).masalah if m.kode.startswith("LEMBAR")]


def test_sel_anggota_yang_tidak_ikut_bertuliskan_tidak_hadir(arsip_peserta: Path) -> None:
    # Item 1 was decided by the first member alone: its Lembar, made again after the decision,
    # says "Tidak hadir" in the second member's cell (under the paraf's signature, so every
    # signature stays VALID), and only the first member signed it; item 2's Lembar has none.
    from tests.bantu.pdf import pdftotext

    [arsip] = (arsip_peserta / "output" / "arsip").glob("*/*/*/*")
    assert "Tidak hadir" in pdftotext(arsip / "lembar-0001.pdf")
    assert "Tidak hadir" not in pdftotext(arsip / "lembar-0002.pdf")
    hasil = jalankan_sidik(arsip_peserta, "verify", str(arsip / "lembar-0001.pdf"), "--json")
    assert hasil.returncode == 0, hasil.stdout
    [berkas] = json.loads(hasil.stdout)["berkas"]
    peran = [t["peran"] for t in berkas["tanda_tangan"]]
    assert peran == ["paraf", "ppid_pelaksana", "tim_pertimbangan", "atasan_ppid"]
