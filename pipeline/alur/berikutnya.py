"""The next step of a cycle, read from the ledger: which SOP step is open, whose act it is,
the official (and their login) who must do it, and the exact command with the cycle's real
workbook. ``run``, ``review apply`` and ``status`` print it; the web pages will show it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import ledger
from pipeline.alur import izin
from pipeline.alur.izin import Tindakan
from pipeline.config import Config
from pipeline.ledger.ringkasan import StatusSiklus
from pipeline.ledger.sop import Langkah, Peran, nomor_langkah
from pipeline.messages import terjemah

_TINDAKAN = {
    Langkah.PERIKSA: Tindakan.PARAF,
    Langkah.TINJAU: Tindakan.PUTUSKAN,
    Langkah.TANDA_TANGAN: Tindakan.TANDATANGANI,
}
_PERINTAH_PRIBADI = {Langkah.PERIKSA: "sidik paraf", Langkah.TANDA_TANGAN: "sidik sign"}


@dataclass(frozen=True)
class LangkahBerikutnya:
    """What a cycle waits for: the open step, whose it is, who acts, and the command."""

    siklus: str
    langkah: Langkah
    peran: Peran
    siapa: str  # the person at the keyboard: "Nama (login)", or the role's officials
    pesan_id: str  # the sentence: by the official themselves, or by the Operator on their behalf
    perintah: str
    dikembalikan: tuple[Peran, ...] = ()  # step 1 reopened: who sent the items back

    def teks(self, lang: str | None = None) -> str:
        """The next step as one line for the user."""
        return terjemah(
            self.pesan_id,
            lang,
            nomor=nomor_langkah(self.langkah),
            langkah=terjemah(f"sop.{self.langkah.value}", lang),
            peran=terjemah(f"peran.{self.peran.value}", lang),
            siapa=self.siapa,
            perintah=self.perintah,
            oleh=nama_pengembali(self.dikembalikan, lang),
        )


def nama_pengembali(oleh: tuple[Peran, ...], lang: str | None = None) -> str:
    """Who sent items back, as a user reads it ("PPID Pelaksana dan Tim Pertimbangan").
    A Perbaiki recorded without its event (ledgers from before step 2 could send items back)
    is the Tim Pertimbangan's."""
    nama = [terjemah(f"peran.{p.value}", lang) for p in oleh or (Peran.TIM_PERTIMBANGAN,)]
    return terjemah("daftar.dan", lang, a=nama[0], b=nama[1]) if len(nama) == 2 else nama[0]


def langkah_berikutnya(config: Config, status: StatusSiklus) -> LangkahBerikutnya | None:
    """The next step of the cycle ``status`` describes; None once it is archived."""
    terbuka = next((b for b in status.langkah if b.selesai is None), None)
    if terbuka is None:
        return None
    siklus, workbook = status.siklus.id, status.siklus.workbook
    run = f"sidik run {workbook}"
    if status.keputusan.get("perbaiki") and terbuka.langkah is Langkah.KUMPUL:
        langkah = _operator(config, siklus, Langkah.KUMPUL, "berikutnya.perbaikan", run)
        return replace(langkah, dikembalikan=status.dikembalikan)
    if terbuka.langkah is Langkah.TINJAU:
        siapa = izin.siapa(config, Tindakan.PUTUSKAN)
        lembar = _relatif(config, config.jalur.keluaran / f"tinjauan-{siklus}.xlsx")
        return LangkahBerikutnya(
            siklus, Langkah.TINJAU, Peran.TIM_PERTIMBANGAN, siapa, "berikutnya.tinjau", lembar
        )
    tindakan = _TINDAKAN.get(terbuka.langkah)
    pribadi = config.alur.tindakan_pribadi
    if terbuka.langkah is Langkah.TANDA_TANGAN and status.paraf_menunggu and pribadi:
        siapa = izin.siapa(config, Tindakan.PARAF)  # a document the meeting made, first
        return LangkahBerikutnya(
            siklus,
            Langkah.PERIKSA,
            Peran.PPID_PELAKSANA,
            siapa,
            "berikutnya.sendiri",
            _PERINTAH_PRIBADI[Langkah.PERIKSA],
        )
    if terbuka.langkah is Langkah.TANDA_TANGAN and status.lembar_menunggu and pribadi:
        return _peserta(config, siklus)
    if tindakan is not None and pribadi:
        siapa = izin.siapa(config, tindakan)
        perintah = _PERINTAH_PRIBADI[terbuka.langkah]
        return LangkahBerikutnya(
            siklus, terbuka.langkah, terbuka.peran, siapa, "berikutnya.sendiri", perintah
        )
    if terbuka.peran is Peran.OPERATOR:
        return _operator(config, siklus, terbuka.langkah, "berikutnya.sendiri", run)
    return _operator(config, siklus, terbuka.langkah, "berikutnya.atas_nama", run, terbuka.peran)


def _peserta(config: Config, siklus: str) -> LangkahBerikutnya:
    """Step 4 waits first for the participants' signatures on the Lembar, each their own."""
    ppid = izin.siapa(config, Tindakan.PARAF)
    tim = izin.siapa(config, Tindakan.PUTUSKAN)
    return LangkahBerikutnya(
        siklus,
        Langkah.TANDA_TANGAN,
        Peran.PPID_PELAKSANA,
        terjemah("daftar.dan", a=ppid, b=tim),
        "berikutnya.ttd_peserta",
        "sidik sign --peran ppid_pelaksana, sidik sign --peran tim_pertimbangan",
    )


def untuk_siklus(config: Config, siklus_id: str) -> LangkahBerikutnya | None:
    """The next step of cycle ``siklus_id``, read from the ledger."""
    [status] = ledger.status(config.jalur.ledger, config.kalender.libur_kantor, siklus_id)
    return langkah_berikutnya(config, status)


def _operator(
    config: Config,
    siklus: str,
    langkah: Langkah,
    pesan_id: str,
    perintah: str,
    peran: Peran = Peran.OPERATOR,
) -> LangkahBerikutnya:
    """A step the Operator performs (for an official, when ``peran`` is theirs)."""
    return LangkahBerikutnya(
        siklus, langkah, peran, izin.nama_pejabat(config.operator), pesan_id, perintah
    )


def _relatif(config: Config, jalur: Path) -> str:
    """``jalur`` as the user types it in the workspace (relative to sidik.toml's folder)."""
    ruang = config.root
    return jalur.relative_to(ruang).as_posix() if jalur.is_relative_to(ruang) else str(jalur)
