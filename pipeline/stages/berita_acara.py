"""What the Berita Acara Pengujian Konsekuensi of one meeting of the Tim is filled with.

One Berita Acara per meeting (``review apply --tanggal``): its place and day, the participants
present (the PPID Pelaksana of the items tested and each Tim member present, each with a
signature cell, signed like a Lembar's: :func:`pipeline.stages.lembar.peserta_berita_acara`), and
each item the meeting decided with its decision (Dikecualikan, Dibuka, Perbaiki) and reason. An
item the Tim opened so leaves a signed record of its test, beside its own Lembar.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pipeline.config import Config
from pipeline.legal.pasal17 import NAMA_UU, kutipan_singkat
from pipeline.legal.tanggal import tanggal_terbilang, terbilang
from pipeline.medan_ttd import PERAN_ATASAN, PERAN_PPID, PERAN_TIM
from pipeline.model import Keputusan, PutusanRapat, RapatTim, Siklus
from pipeline.stages.konteks import konteks_item, konteks_umum, lingkungan
from pipeline.stages.lembar import peserta_berita_acara

LABEL = {
    Keputusan.DIKECUALIKAN: "Dikecualikan",
    Keputusan.DIBUKA: "Dibuka",
    Keputusan.PERBAIKI: "Perbaiki",
}


def konteks_berita_acara(
    rapat: RapatTim, siklus: Siklus, config: Config, nomor: str
) -> dict[str, Any]:
    """Variables of the Berita Acara of ``rapat``, dated the day of the meeting."""
    return {
        **konteks_umum(siklus, config, nomor, rapat.tanggal),
        "pembukaan": pembukaan_rapat(rapat, config),
        "keputusan": [baris_putusan(n, p, config) for n, p in enumerate(rapat.putusan, 1)],
        "ringkasan": ringkasan(rapat),
        "penguji": peserta(rapat, config),
    }


def pembukaan_rapat(rapat: RapatTim, config: Config) -> str:
    """The opening sentence: the day in words, the place, what was tested and how many."""
    n = len(rapat.putusan)
    return (
        f"Pada hari ini, {tanggal_terbilang(rapat.tanggal)}, bertempat di "
        f"{config.instansi.kota}, Tim Pertimbangan bersama Pejabat Pengelola Informasi dan "
        f"Dokumentasi (PPID) Pelaksana {lingkungan(config)} telah melaksanakan rapat pengujian "
        f"konsekuensi sebagaimana dimaksud dalam Pasal 19 {NAMA_UU} terhadap {n} "
        f"({terbilang(n)}) informasi, dihadiri oleh peserta yang namanya tercantum di bawah "
        "ini, dengan hasil sebagai berikut:"
    )


def baris_putusan(urut: int, p: PutusanRapat, config: Config) -> dict[str, Any]:
    """One row of the Berita Acara: the item, the decision and its reason."""
    isi = konteks_item(p.item, config)
    return {
        **isi,
        "no": urut,
        "no_item": p.item.no,
        "keputusan": LABEL[p.keputusan],
        "alasan": alasan(p, isi),
    }


def alasan(p: PutusanRapat, isi: dict[str, Any]) -> str:
    """The Tim's reason; for an exemption without a note, the test it passed."""
    if p.catatan.strip():
        return p.catatan.strip()
    dasar = kutipan_singkat(p.item.pasal17_huruf, p.item.pasal17_angka)
    return f"Memenuhi uji konsekuensi berdasarkan {dasar}, jangka waktu {isi['jangka_waktu']}."


def ringkasan(rapat: RapatTim) -> str:
    """How many items each decision took, counted in words."""
    hitung = Counter(p.keputusan for p in rapat.putusan)
    bagian = [f"{LABEL[k]} {hitung[k]} ({terbilang(hitung[k])}) informasi" for k in Keputusan]
    return "Jumlah hasil pengujian: " + "; ".join(bagian) + "."


PERAN_KATA = {PERAN_PPID: "PPID Pelaksana", PERAN_TIM: "Anggota Tim Pertimbangan"}


def peserta(rapat: RapatTim, config: Config) -> list[dict[str, str]]:
    """Who was present, each with a signature cell, in signing order: the PPID Pelaksana of the
    items tested, then each Tim member present at the meeting (one who decided none of its
    items did not attend and is not listed); the Atasan PPID acknowledges below."""
    return [
        {
            "nama": p.pejabat.nama,
            "jabatan": p.pejabat.jabatan,
            "nip": p.pejabat.nip,
            "pangkat": p.pejabat.pangkat,
            "peran": PERAN_KATA[p.peran],
        }
        for p in peserta_berita_acara(config, rapat)
        if p.peran != PERAN_ATASAN
    ]
