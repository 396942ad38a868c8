"""What may change in a PDF after it was signed, and whether a signature allows what did.

pyHanko's default difference policy files every change to the trailer's ``/Info`` dictionary
under LTA_UPDATES, the level of validation data and document timestamps: a signed file whose
title or author was rewritten afterwards would still be VALID. Here ``/Info`` may change after
signing only in what a tool adding validation data writes as bookkeeping (``/Producer``,
``/ModDate``); any other change of it is unexplained, so of level OTHER.

What a signature allows follows its DocMDP permission (a certification signature's ``/P``, or
its field's ``/Lock``): the changes up to that level (ISO 32000-2 12.8.2.2). After an approval
signature without one, later signatures and form filling are allowed (what a second signer
writes, and what PDF viewers accept), annotations and any other change are not.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import HistoricalResolver, RawPdfPath
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    DocInfoRule,
    ModificationLevel,
    QualifiedWhitelistRule,
    StandardDiffPolicy,
)
from pyhanko.sign.diff_analysis.commons import safe_whitelist
from pyhanko.sign.diff_analysis.rules_api import Context, ReferenceUpdate, WhitelistRule
from pyhanko.sign.fields import MDPPerm

PEMBUKUAN = frozenset({"/Producer", "/ModDate"})
"""``/Info`` entries a tool adding validation data rewrites (pyHanko, Adobe): not content."""

_TANPA_DOCMDP = ModificationLevel.FORM_FILLING


class InfoPembukuanRule(WhitelistRule):
    """Allow an update of ``/Info`` that changes nothing but :data:`PEMBUKUAN` entries."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterable[ReferenceUpdate]:
        """The new ``/Info`` reference, when its content (bookkeeping aside) is unchanged."""
        baru = new.trailer_view.get_value_as_reference("/Info", optional=True)
        if baru is None:
            return
        lama = old.trailer_view.get_value_as_reference("/Info", optional=True)
        if _isi(lama) != _isi(baru):
            return  # left unexplained: the change is of level OTHER
        konteks = Context.from_absolute(old, RawPdfPath("/Info"))
        yield from map(
            ReferenceUpdate.curry_ref(context_checked=konteks), safe_whitelist(old, lama, baru)
        )


def _isi(ref: generic.Reference | None) -> dict[str, Any]:
    """An ``/Info`` dictionary's entries other than bookkeeping, as plain values."""
    if ref is None:
        return {}
    info = ref.get_object()
    if not isinstance(info, generic.DictionaryObject):
        return {"": repr(info)}
    return {k: repr(info[k]) for k in info if k not in PEMBUKUAN}


def _ganti_info(aturan: QualifiedWhitelistRule) -> QualifiedWhitelistRule:
    if getattr(aturan, "rule", None).__class__ is DocInfoRule:
        return InfoPembukuanRule().as_qualified(ModificationLevel.LTA_UPDATES)
    return aturan


KEBIJAKAN_PERUBAHAN = StandardDiffPolicy(
    global_rules=[_ganti_info(a) for a in DEFAULT_DIFF_POLICY.global_rules],
    form_rule=DEFAULT_DIFF_POLICY.form_rule,
)
"""pyHanko's default policy with ``/Info`` judged by :class:`InfoPembukuanRule`."""


def perubahan_diizinkan(tingkat: ModificationLevel | None, docmdp: MDPPerm | None) -> bool:
    """Whether changes of ``tingkat`` after a signature with DocMDP ``docmdp`` are allowed."""
    if tingkat is None or tingkat is ModificationLevel.OTHER:
        return False  # unknown (no difference analysis) or unexplained
    batas = _TANPA_DOCMDP.value if docmdp is None else docmdp.value
    return tingkat.value <= batas
