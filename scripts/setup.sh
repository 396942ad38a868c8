#!/usr/bin/env bash
# sidik — set everything up on a fresh Debian/Ubuntu machine and run the sample cycle.
#   1. system packages: LibreOffice Writer/Calc (headless), fonts, poppler-utils, qpdf, NSS tools
#   2. the Python environment in .venv: the exact versions of requirements.lock, then sidik
#   3. a throw-away development PKI in certs/dev/ (never committed)
#   4. the sample cycle: input/informasi.xlsx -> review (input/review.xlsx) -> signed,
#      archived PDFs in output/arsip/
# Pass --no-sample to stop after step 3 (CI does the sample cycle in its tests).
set -euo pipefail
cd "$(dirname "$0")/.."

PAKET_APT=(
  libreoffice-writer-nogui libreoffice-calc-nogui
  fonts-liberation2 fonts-noto-core fonts-dejavu-core
  poppler-utils qpdf libnss3-tools
  softhsm2 opensc
  chromium chromium-driver
)

pasang_paket_sistem() {
  local kurang=()
  for p in "${PAKET_APT[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || kurang+=("$p")
  done
  [ ${#kurang[@]} -eq 0 ] && { echo "paket sistem: lengkap"; return; }
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "memasang paket sistem: ${kurang[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${kurang[@]}"
}

pasang_python() {
  local py="${PYTHON:-python3}"
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  # exact versions with hashes (requirements.lock, see scripts/lock.sh), then sidik itself
  .venv/bin/python -m pip install -q --require-hashes -r requirements.lock
  .venv/bin/python -m pip install -q --no-deps --no-build-isolation -e .
}

pasang_paket_sistem
pasang_python
.venv/bin/sidik pki dev
if [ "${1:-}" != "--no-sample" ]; then
  # steps 1-2, then stop (exit 13) for the Tim Pertimbangan's review
  .venv/bin/sidik run input/informasi.xlsx || [ $? -eq 13 ]
  # the team's filled sample review workbook, decided at its meeting of 27 November 2026 (a
  # past day, hence --paksa-tanggal): the Lembar and the Berita Acara carry that date
  .venv/bin/sidik review apply input/review.xlsx --tanggal 2026-11-27 --paksa-tanggal
  .venv/bin/sidik run input/informasi.xlsx         # steps 4-5: signed and archived
  .venv/bin/sidik verify output/arsip
fi
