"""Reading the documents sidik renders: a DOCX's text as a reader sees it."""

from __future__ import annotations

from pathlib import Path

from docx import Document


def teks_docx(docx: Path) -> str:
    """Every paragraph's text (body and tables), one space between words."""
    doc = Document(str(docx))
    paragraf = doc.element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
    )
    teks = ("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t")) for p in paragraf)
    return " ".join(" ".join(teks).split())
