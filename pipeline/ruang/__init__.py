"""A workspace for one agency: ``sidik init`` makes it, ``sidik doctor`` checks it is ready.

:mod:`.baru` creates a workspace (``sidik.toml``, templates, input and output folders, an
operator workbook, the development PKI) laid out as :mod:`.susunan` says; :mod:`.dokter` runs
the readiness checks of :mod:`.cek_sistem`, :mod:`.cek_kunci` and :mod:`.cek_isian`, each
returning the records of :mod:`.temuan`; :mod:`.referensi` writes the configuration and
exit-code references of ``docs/`` from the code, so they cannot drift.
"""
