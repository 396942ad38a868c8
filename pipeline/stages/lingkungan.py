"""The Jinja environment every template is rendered in: a sandbox that reaches only sidik's data.

A DOCX template is a file a user may replace, so it must not run code. Jinja's
:class:`~jinja2.sandbox.SandboxedEnvironment` already refuses ``__dunder__`` attributes;
:class:`LingkunganJinja` is stricter: an attribute resolves only when it is a field of one of
sidik's own records (``instansi.dinas``, ``atasan_ppid.nama``) or of Jinja's ``loop``. Keys of
the dicts render gives (``item.judul``) are items, not attributes, and stay reachable; methods of
strings, lists and dicts do not (templates use filters: ``{{ x|upper }}``). None of Jinja's
default globals (``cycler``, ``joiner``, ``namespace``, ``range``, ``lipsum``, ``dict``) is
given: the official templates need none, and each is a way out of the sandbox to guard.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import jinja2
from jinja2.runtime import LoopContext
from jinja2.sandbox import SandboxedEnvironment

BATAS_CACHE = 64  # compiled template parts kept per process (a cycle uses a handful)

ATRIBUT_LOOP = frozenset(
    {"index", "index0", "revindex", "revindex0", "first", "last", "length"}
    | {"depth", "depth0", "previtem", "nextitem", "cycle", "changed"}
)
"""What a template may read of Jinja's ``loop``."""


class LingkunganJinja(SandboxedEnvironment):
    """A sandboxed Jinja environment that compiles each template source once per process.

    docxtpl hands every document's XML parts to :meth:`from_string`; for a batch of one
    template those sources are identical, and compiling them was a third of a render.
    """

    def __init__(self, **opsi: object) -> None:
        super().__init__(**opsi)  # type: ignore[arg-type]
        self.globals.clear()
        self._terkompilasi: dict[str, jinja2.Template] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """True only for a field of sidik's own record or an attribute of ``loop``."""
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, LoopContext):
            return attr in ATRIBUT_LOOP
        return _rekaman_sidik(obj) and attr in {f.name for f in dataclasses.fields(obj)}

    def from_string(  # type: ignore[override]
        self, source: str | jinja2.nodes.Template, globals: object = None, template_class=None
    ) -> jinja2.Template:
        """The compiled template of ``source``, from the cache when it was compiled before."""
        if not isinstance(source, str) or globals is not None or template_class is not None:
            return super().from_string(source, globals, template_class)  # type: ignore[arg-type]
        templat = self._terkompilasi.get(source)
        if templat is None:
            if len(self._terkompilasi) >= BATAS_CACHE:
                self._terkompilasi.clear()
            templat = self._terkompilasi[source] = super().from_string(source)
        return templat


def _rekaman_sidik(obj: object) -> bool:
    """True when ``obj`` is an instance of a dataclass defined in sidik's own package."""
    jenis = type(obj)
    return dataclasses.is_dataclass(obj) and jenis.__module__.split(".")[0] == "pipeline"


JINJA = LingkunganJinja(undefined=jinja2.StrictUndefined, autoescape=True)
"""The Jinja environment of every render: sandboxed, unknown variables fail, values escaped."""
