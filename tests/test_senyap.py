"""Quiet for users: a library's Python warning never reaches stderr; it is in the debug log.

In the suite warnings are errors (``pyproject.toml``, accepted ones by name), so a new one
is seen by the developers, not by the PPID.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import pytest

from pipeline.cli.runtime import alihkan_peringatan
from tests.bantu.cli import jalankan_sidik


def test_peringatan_pustaka_masuk_log_debug_bukan_stderr(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with warnings.catch_warnings():  # restores warnings.showwarning afterwards
        warnings.simplefilter("always")
        alihkan_peringatan()
        with caplog.at_level(logging.DEBUG, logger="pipeline.peringatan"):
            warnings.warn("DSA is deprecated", DeprecationWarning, stacklevel=1)
    assert capsys.readouterr().err == ""
    [catatan] = caplog.records
    assert catatan.levelno == logging.DEBUG and "DeprecationWarning: DSA is deprecated" in (
        catatan.getMessage()
    )


@pytest.mark.parametrize("perintah", [("doctor",), ("verify", "input")])
def test_perintah_nyata_tanpa_peringatan_python(
    ruang_kerja: Path, perintah: tuple[str, ...]
) -> None:
    # the real command, which loads pyhanko and cryptography (cryptography 44+ warns on import)
    hasil = jalankan_sidik(ruang_kerja, *perintah)
    assert "Warning" not in hasil.stderr, hasil.stderr
    assert "warnings.warn" not in hasil.stderr
