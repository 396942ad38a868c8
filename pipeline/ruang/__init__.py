"""A workspace for one agency: ``sidik init`` makes it, ``sidik doctor`` checks it is ready.

:mod:`.baru` creates a workspace (``sidik.toml``, templates, input and output folders, an
operator workbook, the development PKI); :mod:`.dokter` runs the readiness checks of
:mod:`.cek_sistem` and :mod:`.cek_kunci`; :mod:`.referensi` writes the configuration and
exit-code references of ``docs/`` from the code, so they cannot drift.
"""
