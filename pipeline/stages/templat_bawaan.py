"""The default DOCX templates sidik ships: inside the installed package, or the checkout's.

A wheel carries them as ``pipeline/templates/*.docx`` (copied from the top-level ``templates/``
at build time, see ``setup.py``); a source checkout uses ``templates/`` itself.
"""

from __future__ import annotations

from pathlib import Path

import pipeline
from pipeline.errors import TemplateInvalid

_PAKET = Path(pipeline.__file__).resolve().parent


def folder_templat() -> Path:
    """The folder holding the default templates sidik was installed with."""
    for folder in (_PAKET / "templates", _PAKET.parent / "templates"):
        if any(folder.glob("*.docx")):
            return folder
    raise TemplateInvalid("templat.tidak_ada", templat=str(_PAKET / "templates"))
