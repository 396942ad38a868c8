"""What the tests share, one module per kind: outside programs, the CLI, PDFs, workspaces.

Test modules import from here (and from ``tests.pki``), never from one another.
"""
