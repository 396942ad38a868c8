"""What may change in a PDF after it was signed, and whether a signature allows what did.

pyHanko's default difference policy files every change to the trailer's ``/Info`` dictionary
and to the XMP metadata under LTA_UPDATES, the level of validation data and document
timestamps: a signed file whose title or author was rewritten afterwards would still be VALID.
Here both may change after signing only in what a tool adding validation data writes as
bookkeeping (producer, modification and metadata dates); any other change of them is
unexplained, so of level OTHER.

What a signature allows follows its DocMDP permission (a certification signature's ``/P``, or
its field's ``/Lock``): the changes up to that level (ISO 32000-2 12.8.2.2). After an approval
signature without one, later signatures and form filling are allowed (what a second signer
writes, and what PDF viewers accept), annotations and any other change are not.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.metadata import model as meta
from pyhanko.pdf_utils.metadata.xmp_xml import parse_xmp
from pyhanko.pdf_utils.misc import IndirectObjectExpected
from pyhanko.pdf_utils.reader import HistoricalResolver, RawPdfPath
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    DocInfoRule,
    MetadataUpdateRule,
    ModificationLevel,
    QualifiedWhitelistRule,
    StandardDiffPolicy,
)
from pyhanko.sign.diff_analysis.commons import safe_whitelist
from pyhanko.sign.diff_analysis.rules_api import Context, ReferenceUpdate, WhitelistRule
from pyhanko.sign.fields import MDPPerm

PEMBUKUAN = frozenset({"/Producer", "/ModDate"})
"""``/Info`` entries a tool adding validation data rewrites (pyHanko, Adobe): not content."""
PEMBUKUAN_XMP = frozenset(
    {
        meta.PDF_PRODUCER,
        meta.XMP_MODDATE,
        meta.ExpandedName(ns=meta.NS["xmp"], local_name="MetadataDate"),
    }
)
"""The same bookkeeping in XMP: pdf:Producer, xmp:ModifyDate, xmp:MetadataDate."""

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


class XmpPembukuanRule(MetadataUpdateRule):
    """pyHanko's XMP rule, allowing only updates that change nothing but
    :data:`PEMBUKUAN_XMP` properties (the same bookkeeping, as XMP writes it)."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterable[ReferenceUpdate]:
        """pyHanko's approval, when the XMP properties (bookkeeping aside) are unchanged."""
        if _xmp(old.root) != _xmp(new.root):
            return  # left unexplained: the change is of level OTHER
        yield from super().apply(old, new)


def _xmp(katalog: generic.DictionaryObject) -> dict[Any, Any]:
    """The XMP properties of a revision's catalogue other than bookkeeping."""
    try:
        aliran = katalog.get_value_as_reference("/Metadata").get_object()
    except KeyError:
        return {}
    except IndirectObjectExpected:
        return {"": "/Metadata langsung"}  # pyHanko's rule refuses it as well
    if not isinstance(aliran, generic.StreamObject):
        return {"": repr(aliran)}
    try:
        akar = parse_xmp(io.BytesIO(aliran.data))
    except ValueError:
        return {"": aliran.data}  # unreadable: equal only if the bytes are
    return {k: v for struktur in akar for k, v in struktur if k not in PEMBUKUAN_XMP}


_PENGGANTI: dict[type, WhitelistRule] = {
    DocInfoRule: InfoPembukuanRule(),
    MetadataUpdateRule: XmpPembukuanRule(),
}


def _ganti(aturan: QualifiedWhitelistRule) -> QualifiedWhitelistRule:
    pengganti = _PENGGANTI.get(type(getattr(aturan, "rule", aturan)))
    if pengganti is None:
        return aturan
    return pengganti.as_qualified(ModificationLevel.LTA_UPDATES)


KEBIJAKAN_PERUBAHAN = StandardDiffPolicy(
    global_rules=[_ganti(a) for a in DEFAULT_DIFF_POLICY.global_rules],
    form_rule=DEFAULT_DIFF_POLICY.form_rule,
)
"""pyHanko's default policy with ``/Info`` and XMP judged by the rules above."""


def perubahan_diizinkan(tingkat: ModificationLevel | None, docmdp: MDPPerm | None) -> bool:
    """Whether changes of ``tingkat`` after a signature with DocMDP ``docmdp`` are allowed."""
    if tingkat is None or tingkat is ModificationLevel.OTHER:
        return False  # unknown (no difference analysis) or unexplained
    batas = _TANPA_DOCMDP.value if docmdp is None else docmdp.value
    return tingkat.value <= batas
