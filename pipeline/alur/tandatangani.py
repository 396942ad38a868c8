"""SOP step 4, the Atasan PPID's act: sign every initialled document of the DIK."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from pipeline.alur import izin
from pipeline.alur import jalan as kerja
from pipeline.alur.aturan_tim import wajib_hadir
from pipeline.alur.dokumen import Lapor1, tahap_dokumen
from pipeline.alur.hasil import HasilLangkah, hasil_langkah
from pipeline.alur.izin import Tindakan
from pipeline.alur.jalan import (
    Jalan,
    Lapor,
    basi,
    diam,
    jalan_terkunci,
    prasyarat,
    rencana_terpisah,
)
from pipeline.alur.rapat import pastikan_boleh_ditandatangani, tanggal_dokumen
from pipeline.config import Config
from pipeline.errors import StepNotReady
from pipeline.ledger.sop import Langkah
from pipeline.messages import terjemah
from pipeline.model import Dokumen
from pipeline.progres import Kemajuan, tanpa_kemajuan

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi, Penanda
    from pipeline.stages.lembar import PenandaPeserta

from pipeline.alur.rencana import Rencana


def tandatangani(
    config: Config,
    siklus_id: str | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = diam,
    penanda: Penanda | None = None,
    kemajuan: Kemajuan = tanpa_kemajuan,
    peserta: Mapping[str, Penanda] | None = None,
) -> HasilLangkah:
    """SOP step 4: the Atasan PPID's signature on every initialled document of the DIK.

    With ``peserta`` (the participants' own signers by NIP) every Lembar Pengujian Konsekuensi
    is first signed by everyone who tested its item (see :func:`penanda_peserta`).
    """
    with jalan_terkunci(config, siklus_id, lapor, kemajuan) as j:
        r = rencana_terpisah(j)
        if basi(j, r, "sign"):
            sampai_tanggal(j)
        prasyarat(j, r, "sign")
        tinjauan_lengkap(j)
        if basi(j, r, "sign"):
            izin.pastikan(kerja.aktor_dari(j.buku, config), Tindakan.TANDATANGANI, config)
            penanda = penanda or buat_penanda(config, minta_sandi, j.lapor)
        lembar = penanda_peserta(j, peserta) if peserta is not None else None
        return hasil_langkah(j, "sign", sign_dokumen(j, r, penanda, lembar))


def tinjauan_lengkap(j: Jalan) -> None:
    """Refuse to sign while an item waits for the team's decision."""
    belum = j.buku.items_berkeputusan(j.siklus.id, None)
    if belum:
        raise StepNotReady("alur.tinjauan_belum", siklus=j.siklus.id, jumlah=len(belum))


def sampai_tanggal(j: Jalan) -> None:
    """Refuse to sign before the day the DIK and the decree carry (see
    :mod:`pipeline.alur.rapat`): no stamp may say an earlier day than its document."""
    tanggal = tanggal_dokumen(j.buku, j.siklus.id, j.siklus.tanggal).penetapan
    pastikan_boleh_ditandatangani(j.siklus.id, tanggal, j.buku.jam().date())


def buat_penanda(config: Config, minta_sandi: MintaSandi | None, lapor: Lapor) -> Penanda:
    """The signer, refused before anything is signed if its certificate or key is unfit."""
    from pipeline.signing.penanda import penanda_terperiksa

    penanda, hasil = penanda_terperiksa(config, minta_sandi)
    for cek in hasil.tidak_diperiksa() if hasil else []:
        if cek.pesan_id == "ttd.cek.pencabutan_tak_terjangkau":
            keterangan = terjemah(cek.pesan_id, **cek.params)
            lapor(terjemah("ttd.pencabutan_tidak_diperiksa", keterangan=keterangan))
    return penanda


def penanda_manifest(
    config: Config, minta_sandi: MintaSandi | None, penanda: Penanda | None, lapor: Lapor = diam
) -> Penanda | None:
    """The signer for the manifest; None for BSrE, whose API signs PDFs only."""
    if penanda is not None or config.penandatanganan.metode == "bsre":
        return penanda
    return buat_penanda(config, minta_sandi, lapor)


def tandai(penanda: Penanda | None) -> Callable[[bytes], bytes | None] | None:
    """The manifest's signing function of ``penanda`` (None: none)."""
    return penanda.tandai_data if penanda is not None else None


def penanda_peserta(j: Jalan, penanda: Mapping[str, Penanda]) -> PenandaPeserta:
    """Who signs each Lembar with which signer: the Tim members who decided on its item (all
    of them where the team's decision was recorded as one, without the members' own), those
    the team rule requires, and the participants' signers ``penanda`` by NIP."""
    from pipeline.stages.lembar import PenandaPeserta

    wajib = [p.nip for p in wajib_hadir(j.config.alur.aturan_tim, j.config.tim_pertimbangan)]
    return PenandaPeserta(penanda, hadir_per_item(j), wajib)


def hadir_per_item(j: Jalan) -> dict[int, list[str]]:
    """The NIPs of the Tim members who took part in each item's test, by item number: those
    who decided on it, all of them where the team's decision was recorded as one."""
    tim = j.config.tim_pertimbangan
    suara = j.buku.suara(j.siklus.id)
    return {
        c.item.no: list(suara.get(c.item.no) or (p.nip for p in tim))
        for c in j.buku.items(j.siklus.id)
    }


def sign_dokumen(
    j: Jalan, r: Rencana, penanda: Penanda | None, peserta: PenandaPeserta | None = None
) -> int:
    """Sign every initialled document not yet signed; end step 4 when all are."""
    from pipeline.stages.sign import sign

    def kerjakan(dokumen: list[Dokumen], lapor: Lapor1) -> list[Any]:
        assert penanda is not None  # loaded by the caller whenever something is to be signed
        hasil = sign(dokumen, j.siklus, j.config, penanda, lapor, peserta)
        # after signing: a remote signer (BSrE) makes its certificate known with the first one
        j.buku.simpan_info(j.siklus.id, "sertifikat", _sertifikat(penanda))
        orang = penanda.identitas  # who signed, as the certificate names them
        j.buku.simpan_info(j.siklus.id, "penanda_tangan", {"nama": orang.nama, "nip": orang.nip})
        return hasil

    n = tahap_dokumen(j, r, "sign", kerjakan)
    if not basi(j, r, "sign"):
        with j.buku.transaksi():
            kerja.selesaikan(j.buku, j.config, j.siklus.id, Langkah.TANDA_TANGAN)
    return n


def _sertifikat(penanda: Penanda) -> dict[str, str]:
    s = penanda.sertifikat
    return {
        "subjek": s.subject.human_friendly,
        "penerbit": s.issuer.human_friendly,
        "serial": str(s.serial_number),
        "sha256": s.sha256.hex(),
    }
