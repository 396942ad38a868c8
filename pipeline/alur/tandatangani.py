"""SOP step 4, the Atasan PPID's act: sign every initialled document of the DIK."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pipeline.alur import izin
from pipeline.alur import jalan as kerja
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
from pipeline.alur.ttd_peserta import (
    berkas_tercatat,
    hadir_peserta,
    pastikan_lengkap,
    tinjauan_lengkap,
)
from pipeline.config import Config
from pipeline.ledger.sop import Langkah
from pipeline.model import Dokumen
from pipeline.progres import Kemajuan, tanpa_kemajuan

if TYPE_CHECKING:
    from pipeline.signing.dasar import MintaSandi, Penanda

from pipeline.alur.rencana import Rencana


def tandatangani(
    config: Config,
    siklus_id: str | None = None,
    minta_sandi: MintaSandi | None = None,
    lapor: Lapor = diam,
    penanda: Penanda | None = None,
    kemajuan: Kemajuan = tanpa_kemajuan,
) -> HasilLangkah:
    """SOP step 4: the Atasan PPID's signature on every initialled document of the DIK.

    Each Lembar Pengujian Konsekuensi must first carry the signature of everyone who tested its
    item (:mod:`pipeline.alur.ttd_peserta`); while one waits for a participant it is refused,
    naming them.
    """
    with jalan_terkunci(config, siklus_id, lapor, kemajuan) as j:
        r = rencana_terpisah(j)
        if basi(j, r, "sign"):
            sampai_tanggal(j)
        prasyarat(j, r, "peserta")
        tinjauan_lengkap(j)
        pastikan_lengkap(j, r)
        if basi(j, r, "sign"):
            izin.pastikan(kerja.aktor_dari(j.buku, config), Tindakan.TANDATANGANI, config)
            penanda = penanda or buat_penanda(config, minta_sandi, j.lapor)
        return hasil_langkah(j, "sign", sign_dokumen(j, r, penanda))


def sampai_tanggal(j: Jalan) -> None:
    """Refuse to sign before the day the DIK and the decree carry (see
    :mod:`pipeline.alur.rapat`): no stamp may say an earlier day than its document."""
    tanggal = tanggal_dokumen(j.buku, j.siklus.id, j.siklus.tanggal).penetapan
    pastikan_boleh_ditandatangani(j.siklus.id, tanggal, j.buku.jam().date())


def buat_penanda(config: Config, minta_sandi: MintaSandi | None, lapor: Lapor = diam) -> Penanda:
    """The Atasan PPID's signer, refused before anything is signed if its certificate or key
    is unfit (:func:`pipeline.signing.penanda.penanda_siap`)."""
    from pipeline.signing.penanda import penanda_siap

    return penanda_siap(config, minta_sandi, lapor)


def tandai(penanda: Penanda | None) -> Callable[[bytes], bytes | None] | None:
    """The manifest's signing function of ``penanda`` (None: none; see
    :func:`pipeline.alur.arsipkan.penyegel`)."""
    return penanda.tandai_data if penanda is not None else None


def sign_dokumen(j: Jalan, r: Rencana, penanda: Penanda | None) -> int:
    """Sign every document its participants signed (each Lembar) or initialled (the others)
    and not yet signed; end step 4 when all are."""
    from pipeline.stages.sign import sign

    hadir = hadir_peserta(j)

    def kerjakan(dokumen: list[Dokumen], lapor: Lapor1) -> list[Any]:
        assert penanda is not None  # loaded by the caller whenever something is to be signed
        tercatat = berkas_tercatat(j, [d.nama for d in dokumen])  # as the last act left them
        hasil = sign(dokumen, j.siklus, j.config, penanda, lapor, hadir, tercatat)
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
