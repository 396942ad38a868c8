#!/usr/bin/env bash
# sidik — the whole test suite (real LibreOffice, pyhanko, pdfsig), then lint and types.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest -q "$@"
.venv/bin/ruff check pipeline tests tools bench
.venv/bin/mypy pipeline
