"""The SOP's acts, each performed by someone the ledger names.

One module per act or step, in the SOP's order:

- :mod:`~pipeline.alur.kumpulkan` — step 1, the Operator collects the workbook's items
  (:func:`kumpulkan`, which also renders the drafts);
- :mod:`~pipeline.alur.periksa` — step 2, the PPID Pelaksana checks and initials (:func:`paraf`);
- :mod:`~pipeline.alur.putuskan` — step 3, the Tim Pertimbangan decides (:func:`putuskan`,
  :func:`ubah_keputusan`, the rule in :mod:`~pipeline.alur.aturan_tim`);
- :mod:`~pipeline.alur.tandatangani` — step 4, the Atasan PPID signs (:func:`tandatangani`);
- :mod:`~pipeline.alur.arsipkan` — step 5, the Operator archives (:func:`arsipkan`);
- :mod:`~pipeline.alur.siklus` — ``sidik run``: the acts in order, as far as the decisions and
  permissions allow (:func:`jalankan_siklus`).

Beneath them: the run object and the recording of acts (:mod:`~pipeline.alur.jalan`), the plan
(:mod:`~pipeline.alur.rencana`, :mod:`~pipeline.alur.sidik_jari`), the per-document stages in
windows (:mod:`~pipeline.alur.dokumen`), who may act (:mod:`~pipeline.alur.izin`) and what comes
next (:mod:`~pipeline.alur.berikutnya`). Every act takes its actor from the ledger
(:attr:`pipeline.ledger.buku.Buku.aktor`) and refuses one without the role.

The package imports nothing itself: each face imports the act it calls, so that a command
which only reads the ledger does not load the stages.
"""
