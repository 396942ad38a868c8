"""Messages of the auditor's pages: the log's filters, a cycle's printable audit trail, the
archive check and the verification report in the page."""

from __future__ import annotations


def _p(id_: str, en: str) -> dict[str, str]:
    return {"id": id_, "en": en}


AUDIT: dict[str, dict[str, str]] = {
    "audit.kolom_peran": _p("Peran", "Role"),
    "audit.sejak": _p("Sejak tanggal ({zona})", "From date ({zona})"),
}
