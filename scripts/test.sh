#!/usr/bin/env bash
# sidik — the whole test suite (real LibreOffice, pyhanko, pdfsig), then lint and types.
set -euo pipefail
cd "$(dirname "$0")/.."
# one worker per core (pytest-xdist), each test file whole on one worker: a file's module
# fixtures (a signed cycle, a PKI) are built once
.venv/bin/python -m pytest -q -n auto --dist loadfile "$@"
.venv/bin/ruff check pipeline tests tools bench
.venv/bin/mypy pipeline
