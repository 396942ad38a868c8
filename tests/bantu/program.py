"""The outside programs the tests run besides sidik's own (:data:`pipeline.external.probe.PROGRAM`),
each with its probe, so that a test asks the same question sidik asks."""

from __future__ import annotations

from pathlib import Path

from pipeline.external.probe import Program

PDFTOTEXT = Program("pdftotext", "eksternal.saran_poppler", ("-v",))
PKCS11_TOOL = Program("pkcs11-tool", argumen_versi=None)
MODUL_SOFTHSM = Path("/usr/lib/softhsm/libsofthsm2.so")
"""SoftHSM2's PKCS#11 module, where Debian installs it."""
