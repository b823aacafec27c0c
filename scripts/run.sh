#!/usr/bin/env bash
# The main job on the embedded default: set up, then review every bundled sample plan
# (samples/plans) against the approved-ideas registry (samples/ideas.csv).
# Usage: scripts/run.sh [OUT_DIR]   (default: ./reviews)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
out=${1:-reviews}
set +e
.venv/bin/ocop-review review samples/plans --out "$out" --ideas samples/ideas.csv
status=$?
set -e
.venv/bin/ocop-review extract samples/plans --out "$out/extract" --html >/dev/null 2>&1 || true
echo "Kết quả: $out/*.review.json, $out/*.feedback.docx, $out/batch.json; trang kiểm tra trích xuất: $out/extract/*.extract.html"
exit $status
