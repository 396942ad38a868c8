"""The signature fields of a Lembar as the signing stages read them: which hold a signature,
and where each participant's cell is, from one reading of the file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from pipeline.config import muat
from pipeline.medan_ttd import baca_medan, medan_ttd
from pipeline.stages.lembar import kotak_peserta, peserta_lembar
from tests.bantu.ruang import SiklusContoh

pytestmark = [pytest.mark.libreoffice]


def _lembar_berparaf(siklus_contoh: SiklusContoh) -> Path:
    return sorted(siklus_contoh.siap_ttd.glob("output/kerja/*/paraf/lembar-*.pdf"))[0]


def test_letak_medan_peserta_adalah_sel_tanda_tangannya(siklus_contoh: SiklusContoh) -> None:
    # the paraf stage made each participant's field in their "Tanda Tangan" cell: read back
    # from the field, the box is the one the cell's text gives, without searching the page
    pdf = _lembar_berparaf(siklus_contoh)
    config = muat(siklus_contoh.siap_ttd / "sidik.toml")
    semua = [p.nip for p in config.tim_pertimbangan]
    peserta = peserta_lembar(config, None, semua, ())[:-1]  # the Atasan's field comes later
    with pdf.open("rb") as f:
        letak = baca_medan(f).letak
    for p in peserta:
        kotak = kotak_peserta(pdf, p)
        assert letak[p.medan] == (kotak.halaman, kotak.kotak), p.pejabat.nama


def test_tanda_tangan_di_medan_bernama_layanan_dihitung_milik_nip_sertifikatnya(
    siklus_contoh: SiklusContoh, tmp_path: Path
) -> None:
    # BSrE's API takes a box, not a field name: its signature lands in a field it names,
    # over the member's empty cell field; the cell counts as signed by the certificate's NIP
    ruang = siklus_contoh.siap_ttd
    config = muat(ruang / "sidik.toml")
    maya, yusuf = config.tim_pertimbangan
    pdf = _lembar_berparaf(siklus_contoh)
    sandi = (ruang / f"certs/dev/{maya.nip}.sandi").read_bytes().strip()
    kunci = signers.SimpleSigner.load_pkcs12(
        str(ruang / f"certs/dev/{maya.nip}.p12"), passphrase=sandi
    )
    assert kunci is not None
    with pdf.open("rb") as f:
        halaman, kotak = baca_medan(f).letak[f"TTE_tim_pertimbangan_{maya.nip}"]
    keluaran = io.BytesIO()
    signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name="BSrE"),
        signer=kunci,
        new_field_spec=fields.SigFieldSpec("BSrE", on_page=halaman, box=kotak),
    ).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes())), output=keluaran)
    keluaran.seek(0)
    terisi = medan_ttd(keluaran)
    assert terisi["BSrE"] and terisi[f"TTE_tim_pertimbangan_{maya.nip}"]
    assert not terisi[f"TTE_tim_pertimbangan_{yusuf.nip}"]
