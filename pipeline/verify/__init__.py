"""Verification of signed PDFs: signature, trust, coverage and the archive manifest.

:mod:`pipeline.verify.periksa` holds the verifier (it loads pyhanko); the archive check and
the report models here stay light.
"""
