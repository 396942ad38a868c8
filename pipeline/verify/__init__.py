"""Verification of signed PDFs: signature, trust, coverage and the archive manifest."""

from pipeline.verify.periksa import HasilVerifikasi, Putusan, verifikasi, verifikasi_berkas

__all__ = ["HasilVerifikasi", "Putusan", "verifikasi", "verifikasi_berkas"]
