"""Signing for the Atasan PPID: the Signer seam, its implementations, and the visible stamp.

Importing it makes pyHanko read hex strings (each signature's ``/Contents``) at C speed
(:mod:`pipeline.pdf_heks`), for every process that signs or verifies.
"""

from pipeline import pdf_heks

pdf_heks.pasang()
