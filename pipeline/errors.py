"""Exit codes and exception classes: the one place where failure is defined.

Every exception a user can cause carries its exit code and a message id from the
catalogue in :mod:`pipeline.messages`; the CLI turns it into one clear line.
The exit codes are a stable interface, documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from pipeline.messages import terjemah


class ExitCode(IntEnum):
    """Stable exit codes of the ``sidik`` command."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INPUT_INVALID = 3
    CONFIG_INVALID = 4
    DEPENDENCY_MISSING = 5
    SIGNING_FAILED = 6
    VERIFICATION_FAILED = 7
    LOCK_HELD = 8
    ARCHIVE_CONFLICT = 9
    CONVERSION_FAILED = 10
    TEMPLATE_INVALID = 11
    STEP_NOT_READY = 12
    REVIEW_PENDING = 13  # not a failure: the cycle waits for the Tim Pertimbangan (or Operator)
    CHECK_FAILED = 14  # ``sidik doctor``: at least one readiness check failed
    OUTPUT_REFUSED = 15  # a write would lose data (or cannot be done): nothing was written
    ACT_REFUSED = 16  # the act must be its official's own (``[alur] tindakan_pribadi``)


class SidikError(Exception):
    """Base of every error a user can cause; carries an exit code and a message id."""

    code: ExitCode = ExitCode.ERROR

    def __init__(self, message_id: str, **params: Any) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.params = params

    def pesan(self, lang: str | None = None) -> str:
        """The user-facing message in ``lang`` (default: the active language)."""
        return terjemah(self.message_id, lang, **self.params)

    def __str__(self) -> str:
        return self.pesan()

    def __reduce__(self) -> tuple[Any, ...]:
        # Stages run in forked processes and their errors come back pickled; rebuild from the
        # state, not by calling ``__init__`` with ``args`` (subclasses take other arguments).
        return (_pulihkan, (type(self), self.message_id, self.__dict__))


def _pulihkan(cls: type[SidikError], message_id: str, keadaan: dict[str, Any]) -> SidikError:
    galat = cls.__new__(cls)
    Exception.__init__(galat, message_id)
    galat.__dict__.update(keadaan)
    return galat


class InputInvalid(SidikError):
    """An input file (workbook, PDF) is missing, unreadable or not valid."""

    code = ExitCode.INPUT_INVALID


class ConfigInvalid(SidikError):
    """``sidik.toml`` is missing, malformed or has wrong keys or values."""

    code = ExitCode.CONFIG_INVALID


class DependencyMissing(SidikError):
    """An outside program sidik needs (LibreOffice, pdfsig...) is not installed."""

    code = ExitCode.DEPENDENCY_MISSING


class SigningFailed(SidikError):
    """The key could not be loaded or the signature could not be made."""

    code = ExitCode.SIGNING_FAILED


class ConversionFailed(SidikError):
    """LibreOffice did not turn a DOCX into a PDF."""

    code = ExitCode.CONVERSION_FAILED


class TemplateInvalid(SidikError):
    """A DOCX template is missing or has a syntax error."""

    code = ExitCode.TEMPLATE_INVALID


class ArchiveConflict(SidikError):
    """Filing would overwrite something already archived."""

    code = ExitCode.ARCHIVE_CONFLICT


class StepNotReady(SidikError):
    """A stage was asked to run before the stage it builds on has finished."""

    code = ExitCode.STEP_NOT_READY


class LockHeld(SidikError):
    """Another sidik run holds the workspace lock."""

    code = ExitCode.LOCK_HELD


class VerificationFailed(SidikError):
    """At least one verified file is not VALID."""

    code = ExitCode.VERIFICATION_FAILED


class CheckFailed(SidikError):
    """``sidik doctor`` found at least one problem in the workspace or the machine."""

    code = ExitCode.CHECK_FAILED


class ActRefused(SidikError):
    """An act of the SOP that must be its official's own, attempted by someone else."""

    code = ExitCode.ACT_REFUSED


class OutputRefused(SidikError):
    """sidik refused to write: the target exists and is not its own regenerable output, is a
    symlink, is inside the archive, or cannot be written (disk full, read-only, permission)."""

    code = ExitCode.OUTPUT_REFUSED


@dataclass(frozen=True)
class Masalah:
    """One problem found in an input file, located as precisely as possible."""

    berkas: str
    message_id: str
    lembar: str | None = None
    baris: int | None = None
    kolom: str | None = None
    nilai: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    peringatan: bool = False
    huruf: str | None = None  # the column's letter in the file, when the reader knew it

    def sel(self) -> str:
        """The Excel reference of the problem: ``J7`` for a cell, ``7:7`` for a whole row."""
        if self.baris and self.huruf:
            return f"{self.huruf}{self.baris}"
        return f"{self.baris}:{self.baris}" if self.baris else ""

    def pesan(self, lang: str | None = None) -> str:
        """The problem described in ``lang``."""
        return terjemah(self.message_id, lang, **self.params)

    def lokasi(self, lang: str | None = None) -> str:
        """``file, sheet, row, column`` as one readable phrase."""
        parts = [self.berkas]
        if self.lembar:
            parts.append(terjemah("lokasi.lembar", lang, lembar=self.lembar))
        if self.baris:
            parts.append(terjemah("lokasi.baris", lang, baris=self.baris))
        if self.kolom:
            parts.append(terjemah("lokasi.kolom", lang, kolom=self.kolom))
        if self.baris and self.huruf:
            parts.append(terjemah("lokasi.sel", lang, sel=self.sel()))
        return ", ".join(parts)


class WorkbookInvalid(InputInvalid):
    """The operator workbook has one or more problems; all of them are listed."""

    def __init__(self, berkas: str, masalah: list[Masalah]) -> None:
        super().__init__("workbook.tidak_sah", berkas=berkas, jumlah=len(masalah))
        self.masalah = masalah
