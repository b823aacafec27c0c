#!/usr/bin/env bash
# Set up, then run the whole test suite (the same command CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PYTHONHASHSEED=0
exec .venv/bin/python -m pytest "$@"
