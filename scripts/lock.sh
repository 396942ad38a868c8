#!/usr/bin/env bash
# sidik — refresh requirements.lock: the exact versions, with hashes, that setup.sh and .ci/run install.
#   bash scripts/lock.sh            re-resolve pyproject.toml's ranges to the newest versions allowed
#   bash scripts/lock.sh -P NAME    move only NAME (and what it needs) to its newest version
# Then run `bash scripts/setup.sh --no-sample && bash scripts/test.sh` and commit the lock if green.
# uv does the resolving (one universal lock for Linux, macOS and Windows); it is installed into a
# throw-away environment, so neither it nor the resolver's choices leak into .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSI="0.13.9"
alat=$(mktemp -d)
trap 'rm -rf "$alat"' EXIT
python3 -m venv "$alat/venv"
"$alat/venv/bin/python" -m pip install -q "uv==$UV_VERSI"
# The build backend that `pip install --no-build-isolation -e .` needs is locked too.
python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))' \
  > "$alat/build.in"
upgrade=(--upgrade)
if [ "${1:-}" = "-P" ]; then
  # uv keeps the versions the output file already pins: start from the current lock, so only
  # NAME (and a dependency new to the lock) moves
  upgrade=(--upgrade-package "$2")
  cp requirements.lock requirements.lock.baru
fi
"$alat/venv/bin/uv" pip compile pyproject.toml "$alat/build.in" --extra test \
  --universal --python-version 3.11 --generate-hashes --no-header "${upgrade[@]}" \
  -o requirements.lock.baru
{
  echo "# requirements.lock — exact versions with hashes; made by scripts/lock.sh, do not edit by hand."
  echo "# Installed by scripts/setup.sh (and so by .ci/run) with pip --require-hashes."
  sed "s|^    # via -r .*/build.in|    # via [build-system] requires (pyproject.toml)|" requirements.lock.baru
} > requirements.lock.tmp
rm requirements.lock.baru
mv requirements.lock.tmp requirements.lock
echo "requirements.lock diperbarui; jalankan setup.sh --no-sample dan test.sh sebelum commit."
