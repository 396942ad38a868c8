"""What the tests share, one module per kind: outside programs, the CLI, PDFs, workspaces.

Test modules import from here, never from one another (nor from ``conftest.py``, which holds
the fixtures only); ``tests.bantu.pki`` is also registered as a pytest plugin for its fixtures.
"""
