#!/usr/bin/env bash
# sidik — try the newest releases pyproject.toml allows, without touching .venv or the lock.
# Drift is seen on purpose: this builds a throw-away environment from the ranges alone, prints the
# versions that differ from requirements.lock, and runs the whole suite there (warnings are errors,
# so a new deprecation shows up as a failing test). Green: `bash scripts/lock.sh` and commit.
set -euo pipefail
cd "$(dirname "$0")/.."
coba=$(mktemp -d)
trap 'rm -rf "$coba"' EXIT
python3 -m venv "$coba/venv"
"$coba/venv/bin/python" -m pip install -q --upgrade pip
"$coba/venv/bin/python" -m pip install -q --upgrade ".[test]"
echo "== versi yang berbeda dari requirements.lock (terkunci -> terbaru):"
"$coba/venv/bin/python" - <<'PY'
import re
from importlib.metadata import distributions
kunci = dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)", open("requirements.lock").read(), re.M))
kunci = {k.lower().replace("_", "-"): v for k, v in kunci.items()}
for d in sorted(distributions(), key=lambda d: d.metadata["Name"].lower()):
    nama = d.metadata["Name"].lower().replace("_", "-")
    if nama in kunci and kunci[nama] != d.version:
        print(f"  {nama}: {kunci[nama]} -> {d.version}")
PY
echo "== seluruh uji dengan versi terbaru:"
"$coba/venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
