"""Verification of signed PDFs: signature, trust, coverage and the archive manifest."""

from pipeline.verify.model import HasilTtd, HasilVerifikasi, Putusan
from pipeline.verify.periksa import verifikasi, verifikasi_berkas

__all__ = ["HasilTtd", "HasilVerifikasi", "Putusan", "verifikasi", "verifikasi_berkas"]
