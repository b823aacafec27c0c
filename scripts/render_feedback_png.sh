#!/usr/bin/env bash
# Render the feedback letter of one review to a PNG of its first page (for the README):
#   scripts/render_feedback_png.sh REVIEW_JSON OUT_PNG
# REVIEW_JSON is a <stem>.review.json; the letter is dated today. Needs LibreOffice (soffice)
# and poppler (pdftoppm). LibreOffice runs with a private profile so it never touches (or waits
# on) a user's running instance.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 REVIEW_JSON OUT_PNG" >&2
  exit 2
fi
review_json=$1
out_png=$2
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
[ -x "$python" ] || python=python3

work=$(mktemp -d "${TMPDIR:-/tmp}/feedback_png.XXXXXX")
profile=/tmp/lo_$$
trap 'rm -rf "$work" "$profile"' EXIT

PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" "$python" - "$review_json" "$work/feedback.docx" <<'PY'
import sys
from pathlib import Path

from pipeline.models import Review
from pipeline.render.feedback import write_feedback

review = Review.model_validate_json(Path(sys.argv[1]).read_text(encoding="utf-8"))
write_feedback(review, Path(sys.argv[2]))
PY

timeout "${OCOP_CONVERT_TIMEOUT_S:-120}" soffice "-env:UserInstallation=file://$profile" --headless \
  --convert-to pdf --outdir "$work" "$work/feedback.docx" >/dev/null
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/feedback.pdf" "$work/page1"
mkdir -p "$(dirname "$out_png")"
mv "$work/page1.png" "$out_png"
echo "$out_png"
