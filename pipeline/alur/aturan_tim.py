"""How the Tim Pertimbangan's members' own decisions make the team's decision on an item.

``[alur] aturan_tim``: ``ketua`` — the chair (the first ``[[pejabat.tim_pertimbangan]]``)
decides; ``mayoritas`` — a decision more than half of the members took; ``bulat`` — every
member took the same decision. Until the rule is met the item waits for the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from pipeline.model import Keputusan, Pejabat


def putusan_tim(
    aturan: str, anggota: Sequence[Pejabat], suara: Mapping[str, Keputusan]
) -> Keputusan | None:
    """The team's decision from the members' (NIP -> decision), or None while it waits."""
    if not anggota:
        return None
    if aturan == "ketua":
        return suara.get(anggota[0].nip)
    hitung = Counter(k for nip, k in suara.items() if nip in {p.nip for p in anggota})
    if not hitung:
        return None
    keputusan, n = hitung.most_common(1)[0]
    if aturan == "bulat":
        return keputusan if n == len(anggota) else None
    return keputusan if 2 * n > len(anggota) else None


def belum_memutuskan(
    aturan: str, anggota: Sequence[Pejabat], suara: Mapping[str, Keputusan]
) -> tuple[Pejabat, ...]:
    """The members whose decision the item still waits for: the chair alone under ketua; those
    who have not decided; or, when all have and the rule is still not met (no majority, not
    unanimous), every member, who must agree on one decision."""
    if putusan_tim(aturan, anggota, suara) is not None:
        return ()
    if aturan == "ketua":
        return (anggota[0],) if anggota else ()
    belum = tuple(p for p in anggota if p.nip not in suara)
    return belum or tuple(anggota)


def wajib_hadir(aturan: str, anggota: Sequence[Pejabat]) -> tuple[Pejabat, ...]:
    """The members who must take part in testing every item, so sign its Lembar: the chair
    under ketua, everyone under bulat; under mayoritas no member in particular."""
    if aturan == "ketua":
        return tuple(anggota[:1])
    if aturan == "bulat":
        return tuple(anggota)
    return ()


def hadir_uji(
    anggota: Sequence[Pejabat],
    suara: Mapping[int, Mapping[str, object]],
    diputus: Collection[int],
) -> dict[int, list[str]]:
    """The NIPs of the members who took part in the test of each decided item (``diputus``),
    by item number: those who decided on it (``suara``, the members' own decisions). An item
    left out (not yet decided, or the team's decision recorded as one) had all of them."""
    return {
        no: [p.nip for p in anggota if p.nip in oleh]
        for no, oleh in suara.items()
        if oleh and no in diputus
    }


def tidak_hadir(
    anggota: Sequence[Pejabat], hadir: Mapping[int, Sequence[str]], no: int
) -> list[str]:
    """The NIPs of the members who did not take part in item ``no``'s test (none: all did)."""
    ikut = hadir.get(no)
    return [] if ikut is None else [p.nip for p in anggota if p.nip not in ikut]
