"""The legal bases a decree on exempted information cites under MENGINGAT.

The national laws live in ``dasar_hukum.json`` (shipped with the package); a body adds its own
regional regulations (e.g. a Peraturan Bupati) in ``sidik.toml``, ``[penetapan]
dasar_hukum_tambahan``. The order follows the hierarchy of laws: national first, then regional.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources

_BERKAS_DATA = "dasar_hukum.json"


@cache
def dasar_hukum_nasional() -> tuple[str, ...]:
    """The national laws cited by every decree (UU KIP, PP 61/2010, Permendagri, PerKI)."""
    teks = resources.files("pipeline.legal").joinpath(_BERKAS_DATA).read_text(encoding="utf-8")
    return tuple(json.loads(teks)["nasional"])


def mengingat(tambahan: Sequence[str] = ()) -> list[str]:
    """The MENGINGAT list: the national laws, then ``tambahan`` (regional), without repeats."""
    hasil: list[str] = []
    for dasar in (*dasar_hukum_nasional(), *tambahan):
        if dasar.strip() and dasar not in hasil:
            hasil.append(dasar.strip())
    return hasil
