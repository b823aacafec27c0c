"""Score ocop-review on the sixth holdout set (tests/holdout6) with the first set's scorer.

    .venv/bin/python tests/holdout6/evaluate.py                 # review tests/holdout6/plans, then score
    .venv/bin/python tests/holdout6/evaluate.py --out DIR       # score the reviews already in DIR
    .venv/bin/python tests/holdout6/evaluate.py --out DIR --run # review into DIR, then score
    ... [--json FILE] [--quiet]

Same measures and counting rules as tests/holdout/evaluate.py (see tests/holdout/README.md).
"""

from __future__ import annotations

import sys
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
    return _first.main(argv, plans=PLANS, expected=EXPECTED, name="holdout6")


if __name__ == "__main__":
    sys.exit(main())
