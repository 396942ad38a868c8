"""The run object and the ledger's record of acts: who performed a step's act, on whose
behalf, and whether a stage's output is current."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from pipeline.aktor import Aktor, Saluran, aktor_cli
from pipeline.alur.rencana import Rencana, buat_rencana
from pipeline.config import Config
from pipeline.errors import InputInvalid, StepNotReady
from pipeline.ledger import buku_terkunci
from pipeline.ledger.buku import Buku, CatatanSiklus, Peristiwa, buka_buku
from pipeline.ledger.register import revisi_terakhir
from pipeline.ledger.sop import MUTU_BAKU, URUTAN, Langkah, Peran
from pipeline.model import Dokumen, Pejabat, Siklus
from pipeline.progres import Kemajuan, di_proses_sendiri, tanpa_kemajuan

FOLDER_KERJA = "kerja"
# per-document stages, in order; "peserta": each Lembar signed by everyone who tested its item
TAHAP = ("render", "convert", "paraf", "peserta", "sign")
Lapor = Callable[[str], None]


def diam(_: str) -> None:
    """Default progress sink: say nothing."""


def model(config: Config, c: CatatanSiklus, hash_item: str | None = None) -> Siklus:
    """The :class:`Siklus` record the stages take, with its work folder."""
    folder = config.jalur.keluaran / FOLDER_KERJA / c.id
    sumber = folder / "sumber" / Path(c.workbook).name
    return Siklus(c.id, c.tanggal, hash_item or c.hash_item, str(sumber), folder)


def diarsipkan(buku: Buku, siklus_id: str) -> bool:
    """Whether the cycle is in the archive register."""
    return revisi_terakhir(buku, siklus_id) > 0


def muat(buku: Buku, siklus_id: str | None) -> CatatanSiklus:
    """The cycle ``siklus_id``, or the most recently opened one."""
    if siklus_id is not None:
        return buku.siklus(siklus_id)
    semua = buku.semua_siklus()
    if not semua:
        raise InputInvalid("siklus.tidak_ada_satupun", folder=buku.berkas)
    return semua[-1]


def pejabat(config: Config, peran: Peran) -> str:
    """The official(s) of a role as the ledger names them."""
    if peran is Peran.TIM_PERTIMBANGAN:
        return "; ".join(_nama(p) for p in config.tim_pertimbangan)
    daftar: dict[Peran, Pejabat] = {
        Peran.OPERATOR: config.operator,
        Peran.PPID_PELAKSANA: config.ppid_pelaksana,
        Peran.ATASAN_PPID: config.atasan_ppid,
    }
    return _nama(daftar[peran])


def _nama(p: Pejabat) -> str:
    return f"{p.nama} (NIP {p.nip})"


def catat(
    buku: Buku,
    config: Config,
    siklus_id: str,
    langkah: Langkah,
    aksi: str,
    item_no: int | None = None,
    masuk: str | None = None,
    keluar: str | None = None,
    keterangan: str = "",
    oleh: str | None = None,
    peran: Peran | None = None,
    waktu: datetime | None = None,
) -> None:
    """Append an event of ``langkah``: its role's official (or ``oleh``, acting in ``peran``),
    and whether the ledger's actor performed it as that official or on their behalf; at
    ``waktu`` where the act's own time is known (a recovered signature's), else now."""
    peran = peran or MUTU_BAKU[langkah].peran
    pejabat_ = oleh or pejabat(config, peran)
    buku.catat(
        Peristiwa(
            siklus_id,
            langkah,
            peran,
            pejabat_,
            aksi,
            item_no,
            masuk,
            keluar,
            keterangan,
            waktu=waktu,
            atas_nama=not any(f"(NIP {n})" in pejabat_ for n in aktor_dari(buku, config).nip),
        )
    )


def aktor_dari(buku: Buku, config: Config) -> Aktor:
    """The ledger's actor with the officials they are: on the CLI, bound by each official's
    ``pengguna``; on the web, as the account says."""
    aktor = buku.aktor
    if aktor.saluran is Saluran.CLI and not aktor.nip:
        return aktor_cli(config.semua_pejabat(), aktor.pelaku)
    return aktor


def selesaikan(buku: Buku, config: Config, siklus_id: str, langkah: Langkah) -> None:
    """Record that a step ended now (once) and hand off to the next step."""
    if buku.selesaikan_langkah(siklus_id, langkah, pejabat(config, MUTU_BAKU[langkah].peran)):
        catat(buku, config, siklus_id, langkah, "langkah_selesai")
        if langkah is not URUTAN[-1]:
            buku.mulai_langkah(siklus_id, URUTAN[URUTAN.index(langkah) + 1])


@dataclass(frozen=True)
class Jalan:
    """One locked run on one cycle: configuration, ledger, the cycle, progress sinks."""

    config: Config
    buku: Buku
    siklus: Siklus
    lapor: Lapor = diam
    kemajuan: Kemajuan = tanpa_kemajuan

    def pelapor(self, tahap: str, total: int, awal: int = 0) -> Callable[[int], None]:
        """What one stage (or one window of it, from ``awal``) tells of the documents done."""
        return lambda selesai: self.kemajuan(tahap, awal + selesai, total)


def basi(j: Jalan, r: Rencana, tahap: str) -> list[str]:
    """The documents whose ``tahap`` output is missing or was made from other inputs."""
    ada = j.buku.sidik_jari_dokumen(j.siklus.id, tahap)
    return [k for k, sj in r.sidik_jari.items() if ada.get(k) != sj]


def mutlak(j: Jalan, d: Dokumen) -> Dokumen:
    """``d`` with its path inside the cycle's work folder made absolute."""
    return Dokumen(d.jenis, d.nama, j.siklus.folder_kerja / d.path, d.item_no, d.unit_kerja)


def prasyarat(j: Jalan, r: Rencana, tahap: str) -> None:
    """Refuse ``tahap`` while an earlier stage is not current, naming the earliest one."""
    for sebelum in TAHAP[: TAHAP.index(tahap)] if tahap in TAHAP else TAHAP:
        if basi(j, r, sebelum):
            raise StepNotReady(
                "siklus.langkah_belum", langkah=tahap, siklus=j.siklus.id, prasyarat=sebelum
            )


@contextmanager
def jalan_terkunci(
    config: Config, siklus_id: str | None, lapor: Lapor, kemajuan: Kemajuan = tanpa_kemajuan
) -> Iterator[Jalan]:
    """A run on cycle ``siklus_id`` (None: the latest), holding the workspace lock."""
    with buku_terkunci(config.jalur.ledger) as buku:
        yield buka_jalan(config, buku, muat(buku, siklus_id), lapor, kemajuan)


def buka_jalan(
    config: Config, buku: Buku, catatan: CatatanSiklus, lapor: Lapor, kemajuan: Kemajuan
) -> Jalan:
    """The run object for cycle ``catatan`` on a ledger already locked."""
    return Jalan(config, buku, model(config, catatan), lapor, kemajuan)


def rencana_terpisah(j: Jalan) -> Rencana:
    """The cycle's plan, made in a forked process (it reads every item) like step 1's."""
    return di_proses_sendiri(partial(_rencana_sendiri, j.config, j.siklus))


def _rencana_sendiri(config: Config, siklus: Siklus) -> Rencana:
    with buka_buku(config.jalur.ledger) as buku:
        return buat_rencana(buku, config, siklus)
