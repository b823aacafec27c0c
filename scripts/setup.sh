#!/usr/bin/env bash
# Sets up everything ocop-review needs on a fresh Debian/Ubuntu machine, idempotently:
# system packages (Tesseract with the Vietnamese model, LibreOffice for .doc, poppler for
# pdftoppm, fonts) and a virtualenv in .venv with the pinned Python dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; } || need_apt+=(tesseract-ocr-vie)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "liberation serif" || need_apt+=(fonts-liberation)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || need_apt+=(fonts-liberation2)  # Vietnamese glyphs for LibreOffice
fc-list 2>/dev/null | grep -qi "dejavu sans" || need_apt+=(fonts-dejavu-core)

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${need_apt[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# Reinstall only when pyproject.toml changed since the last install.
stamp=.venv/.ocop-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
fi
# Byte-compile the project once: a shell that sets PYTHONDONTWRITEBYTECODE (this machine's does)
# would otherwise compile every module again in each CLI process and each of its workers (about
# 40 ms of CPU each). Only changed files are rewritten.
.venv/bin/python -m compileall -q pipeline flows.py >/dev/null
echo "setup: ready (.venv, tesseract $(tesseract --version 2>&1 | head -1 | awk '{print $2}'), $(soffice --version 2>/dev/null | awk '{print $1, $2}'))"
