"""Score ocop-review on the second holdout set (tests/holdout2) with the first set's scorer.

    .venv/bin/python tests/holdout2/evaluate.py                 # review tests/holdout2/plans, then score
    .venv/bin/python tests/holdout2/evaluate.py --out DIR       # score the reviews already in DIR
    .venv/bin/python tests/holdout2/evaluate.py --out DIR --run # review into DIR, then score
    ... [--json FILE] [--quiet]

Same measures and counting rules as tests/holdout/evaluate.py (see tests/holdout/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.holdout import evaluate as _first  # noqa: E402

PLANS, EXPECTED = HERE / "plans", HERE / "expected"
report = _first.report
load_expected = _first.load_expected


def run_pipeline(out: Path, plans: Path = PLANS, timeout: int = 1800):
    return _first.run_pipeline(out, plans=plans, timeout=timeout)


def evaluate(out: Path, expected: Path = EXPECTED):
    return _first.evaluate(out, expected=expected)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score ocop-review on the second holdout set.")
    ap.add_argument("--out", type=Path, help="folder of <stem>.review.json (default: a fresh run)")
    ap.add_argument("--run", action="store_true", help="run the review into --out first")
    ap.add_argument("--json", type=Path, help="also write the scores as JSON")
    ap.add_argument("--quiet", action="store_true", help="only the table and the totals")
    ns = ap.parse_args(argv)
    tmp = None
    out = ns.out
    if out is None:
        tmp = tempfile.TemporaryDirectory(prefix="holdout2_review_")
        out = Path(tmp.name)
    if ns.run or ns.out is None:
        proc = run_pipeline(out)
        if proc.returncode not in (0, 1):
            print(proc.stderr, file=sys.stderr)
            return 2
    scores, t = evaluate(out)
    print(report(scores, t, detail=not ns.quiet))
    if ns.json:
        ns.json.write_text(json.dumps({"totals": t.__dict__, "plans": [
            {**{k: v for k, v in s.__dict__.items() if k not in ("infos",)},
             "precision": s.precision, "recall": s.recall, "verdict_ok": s.verdict_ok}
            for s in scores]}, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
