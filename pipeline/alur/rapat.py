"""The dates the cycle's documents carry, each the day of the act it records.

A Lembar Pengujian Konsekuensi is dated the day the Tim Pertimbangan met and decided its item
(``review apply --tanggal``), kept in the ledger with the decision. The DIK and the Surat
Keputusan carry the day the Atasan PPID signs: the cycle's date (``run --tanggal``), or the last
meeting's if that is later, since a decree cannot predate the test it rests on. No signature is
made before the date its document carries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from pipeline.errors import InputInvalid, StepNotReady
from pipeline.ledger.buku import Buku
from pipeline.ledger.tenggat import KalenderKerja
from pipeline.legal.tanggal import nama_hari
from pipeline.model import Item, Keputusan, PutusanRapat, RapatTim, TanggalDokumen

KUNCI_INFO = "rapat_tim"
"""The ledger's fact (``info_siklus``) holding each decided item's meeting date."""
KUNCI_BERITA_ACARA = "berita_acara"
"""The ledger's fact holding each meeting's decisions: day -> item no -> [decision, reason]."""
KUNCI_HADIR = "hadir_rapat"
"""The ledger's fact holding who was present at each meeting, recorded as they decided there:
day -> the NIPs of the members who gave their own decisions, or null (every member: a
decision recorded as the team's)."""


def tanggal_dokumen(buku: Buku, siklus_id: str, tanggal_siklus: date) -> TanggalDokumen:
    """The documents' dates as the ledger has them: the meetings of the items decided now."""
    tercatat = buku.info(siklus_id).get(KUNCI_INFO, {})
    ringkas = buku.ringkasan_items(siklus_id)  # not the items: 5,000 are about 7 MB
    diputus = {n for n, c in ringkas.items() if c.aktif and c.keputusan is not None}
    rapat = {int(n): date.fromisoformat(t) for n, t in tercatat.items() if int(n) in diputus}
    return TanggalDokumen(tanggal_siklus, rapat)


def catat_rapat(
    buku: Buku, siklus_id: str, putusan: Iterable[tuple[int, Keputusan, str]], tanggal: date
) -> None:
    """Record that the meeting of ``tanggal`` decided each item of ``putusan`` (no, decision,
    reason) so, inside a transaction of the caller: the item's Lembar is dated that day, and
    the meeting's Berita Acara lists the decision (a later meeting's decision on the same
    item goes into that meeting's, the earlier one stays as it was decided then)."""
    putusan = list(putusan)
    info = buku.info(siklus_id)
    hari = tanggal.isoformat()
    tercatat = dict(info.get(KUNCI_INFO, {}))
    tercatat.update((str(n), hari) for n, _, _ in putusan)
    buku.simpan_info(siklus_id, KUNCI_INFO, dict(sorted(tercatat.items(), key=_urut)))
    berita = dict(info.get(KUNCI_BERITA_ACARA, {}))
    rapat = dict(berita.get(hari, {}))
    rapat.update((str(n), [k.value, catatan]) for n, k, catatan in putusan)
    berita[hari] = dict(sorted(rapat.items(), key=_urut))
    buku.simpan_info(siklus_id, KUNCI_BERITA_ACARA, dict(sorted(berita.items())))


def catat_hadir(buku: Buku, siklus_id: str, tanggal: date, nip: str | None) -> None:
    """Record, inside a transaction of the caller, that the member ``nip`` gave their own
    decisions at the meeting of ``tanggal`` (None: a decision recorded as the team's, made by
    every member): who was present there, as it was then (see :func:`rapat_tim`)."""
    hadir = dict(buku.info(siklus_id).get(KUNCI_HADIR, {}))
    hari = tanggal.isoformat()
    lama = hadir.get(hari, [])
    hadir[hari] = None if nip is None or lama is None else sorted({*lama, nip})
    buku.simpan_info(siklus_id, KUNCI_HADIR, dict(sorted(hadir.items())))


def rapat_tim(buku: Buku, siklus_id: str, items: Mapping[int, Item]) -> list[RapatTim]:
    """The cycle's meetings in date order, each with what it decided (``items``: every item
    of the cycle by number, withdrawn ones too) and who was present, as recorded at the
    meeting (:func:`catat_hadir`); for a meeting recorded before sidik kept that, read from
    the members' decisions on the items' current content (:func:`hadir_rapat`)."""
    info = buku.info(siklus_id)
    berita, tercatat = info.get(KUNCI_BERITA_ACARA, {}), info.get(KUNCI_HADIR, {})
    suara = buku.suara(siklus_id) if set(berita) - set(tercatat) else {}
    hasil = []
    for hari, putusan in sorted(berita.items()):
        diputus = tuple(
            PutusanRapat(items[int(n)], Keputusan(k), catatan)
            for n, (k, catatan) in putusan.items()
            if int(n) in items
        )
        if hari in tercatat:
            hadir = None if tercatat[hari] is None else tuple(tercatat[hari])
        else:
            hadir = hadir_rapat(diputus, suara)
        hasil.append(RapatTim(date.fromisoformat(hari), diputus, hadir))
    return hasil


def hadir_rapat(
    putusan: Iterable[PutusanRapat], suara: Mapping[int, Mapping[str, object]]
) -> tuple[str, ...] | None:
    """The NIPs of the Tim members present at a meeting: a member who decided none of the
    items it decided (``suara``: the members' own decisions, by item) did not attend it. None
    (every member) where an item's decision was recorded as the team's, without theirs."""
    oleh = [suara.get(p.item.no) for p in putusan]
    if not oleh or not all(oleh):
        return None
    return tuple(sorted({nip for o in oleh if o for nip in o}))


def _urut(pasangan: tuple[str, str]) -> int:
    return int(pasangan[0])


def pastikan_hari_kerja(tanggal: date, kalender: KalenderKerja) -> None:
    """Refuse (:class:`InputInvalid`) a date that is not a working day of ``kalender``."""
    libur = kalender.libur(tanggal)
    if libur is not None:
        raise InputInvalid(
            "tanggal.bukan_hari_kerja",
            tanggal=tanggal.isoformat(),
            hari=nama_hari(tanggal),
            alasan=libur,
        )


def periksa_tanggal_rapat(
    tanggal: date, dibuka: date, hari_ini: date, kalender: KalenderKerja
) -> None:
    """Refuse a meeting date no one could mean, with :class:`InputInvalid` saying why.

    A working day of ``kalender``, not before the cycle opened (the Tim reviews the drafts the
    cycle made) and not after ``hari_ini`` (a decision is recorded after its meeting).
    """
    teks = tanggal.isoformat()
    pastikan_hari_kerja(tanggal, kalender)
    if tanggal < dibuka:
        raise InputInvalid("tanggal.rapat_sebelum_dibuka", tanggal=teks, dibuka=dibuka.isoformat())
    if tanggal > hari_ini:
        raise InputInvalid(
            "tanggal.rapat_belum_terjadi", tanggal=teks, hari_ini=hari_ini.isoformat()
        )


def pastikan_boleh_ditandatangani(siklus_id: str, tanggal: date, hari_ini: date) -> None:
    """Refuse (:class:`StepNotReady`) to sign before the day the documents carry: a stamp
    saying 6 December on a decree dated 7 December."""
    if hari_ini < tanggal:
        raise StepNotReady(
            "tanggal.ttd_sebelum_tanggal",
            siklus=siklus_id,
            tanggal=tanggal.isoformat(),
            hari_ini=hari_ini.isoformat(),
        )
