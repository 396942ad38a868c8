"""Signing for the Atasan PPID: the Signer seam, its implementations, and the visible stamp."""
