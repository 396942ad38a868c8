"""A participant's signatures whose events a crash lost, recorded as recovered.

A run killed between a participant's signatures and their record (``peserta.catat``) keeps the
signatures in the files and loses the events. Before the participants' stage looks at a window
of documents again, :func:`pulihkan` finds each file in ``peserta/`` that differs from what the
ledger recorded and, where the difference is exactly the lost signatures
(:func:`pipeline.stages.peserta_pulih.ttd_terlewat`), records each as an event of its own
kind, :data:`AKSI_PULIH`, dated with the signing time the signature states: the signer, as
their certificate names them, in their role; the person whose run recorded it as ``pengguna``.
Nothing is signed again. A file changed otherwise is refused when someone is about to sign it
(as every changed file is: its paraf checked, then the change named).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.alur import jalan as kerja
from pipeline.alur.jalan import Jalan
from pipeline.errors import SigningFailed
from pipeline.hashing import sha256_berkas
from pipeline.ledger.catatan import AKSI_PULIH
from pipeline.ledger.sop import Langkah, Peran
from pipeline.messages import terjemah
from pipeline.model import Dokumen
from pipeline.signing import pades
from pipeline.stages.lembar import PenandaPeserta, peserta_dokumen
from pipeline.stages.paraf_ttd import periksa_paraf
from pipeline.stages.peserta import FOLDER, turunan
from pipeline.stages.peserta_pulih import RevisiAsing, TtdTerlewat, ttd_terlewat


def pulihkan(
    j: Jalan,
    dokumen: Sequence[Dokumen],
    paraf: Mapping[str, str],
    hadir: PenandaPeserta,
    tegas: bool,
) -> None:
    """Record, as recovered, the participants' signatures each of ``dokumen`` (initialled
    files; ``paraf``: their SHA-256 by name) carries in ``peserta/`` without their event.

    ``tegas``: a participant is about to sign; a file that differs from the recorded ones by
    anything else is refused (:class:`SigningFailed`) before anything is signed. Otherwise it
    is left as it is for the next signer's check."""
    tercatat = j.buku.ttd_peserta_terakhir(j.siklus.id)
    akar = pades.muat_akar(j.config.verifikasi.akar_tepercaya)
    temuan: list[tuple[Dokumen, TtdTerlewat]] = []
    for dok in dokumen:
        tujuan = j.siklus.folder_kerja / FOLDER / dok.path.name
        catat = {paraf[dok.nama], tercatat.get(dok.nama, paraf[dok.nama])}
        if not tujuan.is_file() or sha256_berkas(tujuan) in catat:
            continue  # the usual case: nothing signed since the last record
        peserta = peserta_dokumen(j.config, dok, hadir)
        if peserta is None or not turunan(tujuan, dok.path):
            continue  # a file of an earlier paraf, signed again from the new one
        try:
            temuan += ((dok, t) for t in ttd_terlewat(tujuan, catat, peserta, akar))
        except RevisiAsing as e:
            if tegas:
                periksa_paraf(tujuan, j.config.pemeriksa(dok.unit_kerja), akar)
                sebab = terjemah(e.pesan_id, **e.params)
                raise SigningFailed("pulih.revisi_asing", berkas=str(tujuan), sebab=sebab) from e
    if temuan:
        _catat(j, temuan)


def _catat(j: Jalan, temuan: Sequence[tuple[Dokumen, TtdTerlewat]]) -> None:
    """Each recovered signature as its signer's event, at the time it states."""
    with j.buku.transaksi():
        for dok, t in temuan:
            kerja.catat(
                j.buku,
                j.config,
                j.siklus.id,
                Langkah.TINJAU,
                AKSI_PULIH,
                dok.item_no,
                t.sha256_masuk,
                t.sha256,
                dok.nama,
                oleh=f"{t.penanda_tangan.nama} (NIP {t.penanda_tangan.nip})",
                peran=Peran(t.peserta.peran),
                waktu=t.waktu,
            )
    j.lapor(terjemah("pulih.dicatat", jumlah=len(temuan)))
