"""Two Tim Pertimbangan members who both sign through BSrE, each with their own NIK and
passphrase, sign one Lembar after the PPID Pelaksana: both signatures VALID, each reported in
its signer's role, each cell counted as signed. The loopback BSrE names each signature's field
itself (its API takes a box, not a field): "BSrE", then "BSrE-2"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyhanko.sign import signers

from pipeline.alur.ttd_peserta import penanda_peserta
from pipeline.config import muat
from pipeline.hashing import sha256_berkas
from pipeline.medan_ttd import PERAN_PPID, PERAN_TIM, medan_ttd
from pipeline.stages.lembar import _giliran, peserta_lembar, tandatangani_peserta
from pipeline.verify.periksa import Putusan, muat_akar, verifikasi_berkas
from tests.bantu.cli import sidik_di
from tests.bantu.pki import PkiUji
from tests.bantu.pki.bsre import PASSPHRASE, ApiBsre
from tests.bantu.pki.layanan import Layanan
from tests.bantu.ruang import SiklusContoh, percaya_juga_akar_dev

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]
NIK_MAYA, NIK_YUSUF = "6112000000000005", "6112000000000006"


def _kunci(ruang: Path, nip: str) -> signers.SimpleSigner:
    sandi = (ruang / f"certs/dev/{nip}.sandi").read_bytes().strip()
    kunci = signers.SimpleSigner.load_pkcs12(str(ruang / f"certs/dev/{nip}.p12"), passphrase=sandi)
    assert kunci is not None
    return kunci


@pytest.fixture
def ruang(siklus_contoh: SiklusContoh, pki_uji: PkiUji, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The sample initialled; both Tim members configured to sign through the loopback BSrE,
    which holds the key ``sidik pki dev`` issued each of them, under their own NIK."""
    ruang = Path(shutil.copytree(siklus_contoh.siap_ttd, tmp_path / "ruang"))
    maya, yusuf = muat(ruang / "sidik.toml").tim_pertimbangan
    app = ApiBsre(
        _kunci(ruang, maya.nip),
        pki_uji.tsa_url,
        nik=NIK_MAYA,
        akun={NIK_YUSUF: _kunci(ruang, yusuf.nip)},
    )
    layanan = Layanan(app)
    with (ruang / "sidik.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[penandatanganan.bsre]\nurl = "{layanan.url}"\npengguna = "sidik"\n')
        for nip, nik, env in ((maya.nip, NIK_MAYA, "MAYA"), (yusuf.nip, NIK_YUSUF, "YUSUF")):
            f.write(
                f'\n[penandatanganan.kunci."{nip}"]\nmetode = "bsre"\n'
                f'bsre = {{ nik = "{nik}", passphrase_env = "PASSPHRASE_{env}" }}\n'
            )
    percaya_juga_akar_dev(pki_uji.akar, ruang)  # the fake's timestamps come from the test TSA
    monkeypatch.setenv("PASSPHRASE_MAYA", PASSPHRASE)
    monkeypatch.setenv("PASSPHRASE_YUSUF", PASSPHRASE)
    monkeypatch.setenv("SIDIK_BSRE_SANDI_API", "kunci-api")
    yield ruang, app
    layanan.henti()


def test_dua_anggota_tim_lewat_bsre_menandatangani_satu_lembar(ruang, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ruang, bsre = ruang
    config = muat(ruang / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    kini = sorted(ruang.glob("output/kerja/*/paraf/lembar-0001.pdf"))[0]
    peserta = peserta_lembar(config, None, [maya.nip, yusuf.nip], ())
    for ke, p in enumerate(peserta[:-1]):  # the PPID Pelaksana's key file, then BSrE twice
        tujuan = tmp_path / f"lembar-{ke}.pdf"
        penanda = penanda_peserta(config, p.pejabat, None)
        tandatangani_peserta(kini, tujuan, peserta, p, penanda)
        kini = tujuan
    assert [p["nik"] for p in bsre.permintaan] == [NIK_MAYA, NIK_YUSUF]

    with kini.open("rb") as f:
        terisi = {nama for nama, ada in medan_ttd(f).items() if ada}
    assert {"BSrE", "BSrE-2"} <= terisi  # the service's fields
    assert _giliran(terisi, peserta) == peserta[-1]  # both cells signed: the Atasan is next
    # verified as the archive's manifest lists its participants (before the Atasan's turn)
    arsip = tmp_path / "arsip"
    arsip.mkdir()
    pdf = Path(shutil.copy(kini, arsip / "lembar-0001.pdf"))
    daftar = [{"peran": p.peran, "nip": p.pejabat.nip, "nama": p.pejabat.nama, "hadir": True}
              for p in peserta[:-1]]  # fmt: skip
    entri = {"nama": pdf.name, "sha256": sha256_berkas(pdf), "peserta": daftar}
    manifest = {"berkas": [entri]}
    (arsip / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    hasil = verifikasi_berkas(pdf, muat_akar(config.verifikasi.akar_tepercaya), manifest)
    assert hasil.putusan is Putusan.VALID, hasil.alasan
    assert [(t.peran, t.penanda_tangan, t.putusan) for t in hasil.tanda_tangan] == [
        ("paraf", config.ppid_pelaksana.nama, Putusan.VALID),
        (PERAN_PPID, config.ppid_pelaksana.nama, Putusan.VALID),
        (PERAN_TIM, maya.nama, Putusan.VALID),
        (PERAN_TIM, yusuf.nama, Putusan.VALID),
    ]
    assert {p.status for p in hasil.peserta} == {"ditandatangani"}
    laporan = sidik_di(ruang, "verify", str(pdf))
    assert laporan.exit_code == 0, laporan.stdout
    baris = [b.split() for b in laporan.stdout.splitlines() if b.startswith(("  3.", "  4."))]
    for kolom, nama in zip(baris, (maya.nama, yusuf.nama), strict=True):  # one a signature
        teks = " ".join(kolom)
        assert f"{nama} Tim Pertimbangan" in teks and " VALID " in teks, laporan.stdout
