"""Second holdout set: ocop-review re-measured on ten more plans nobody tuned it on, written after
the fixes made with the first set (tests/holdout2/README.md).

Same quality bars as tests/test_holdout.py. The slow tests run the real command line over
tests/holdout2/plans and score the reviews with the first set's scorer; a failure message carries
the full table with every miss and false alarm. The fast tests check that the set's own
arithmetic is what its notes say and that every source is built.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.holdout2 import arithmetic
from tests.holdout2.evaluate import EXPECTED, PLANS, evaluate, load_expected, report, run_pipeline


def test_holdout2_arithmetic_is_as_documented(capsys):
    assert arithmetic.main() == 0, capsys.readouterr().out


def test_every_expected_plan_is_built():
    stems = set(load_expected(EXPECTED))
    built = {p.stem for p in PLANS.iterdir() if p.suffix in (".docx", ".doc", ".pdf")}
    sources = {p.stem for p in (EXPECTED.parent / "src").glob("*.md")}
    assert stems and stems == built == sources

# The quality bars are scored over both holdout sets together in tests/test_quality.py.
