#!/usr/bin/env bash
# The main job on the embedded default: set up, then read every bundled sample plan.
# Usage: scripts/run.sh [OUT_DIR]   (default: ./reviews)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
out=${1:-reviews}
set +e
.venv/bin/ocop-review extract samples/plans --out "$out" --html
status=$?
set -e
echo "Kết quả trong thư mục: $out"
exit $status
