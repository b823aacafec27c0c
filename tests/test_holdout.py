"""Holdout quality bars: ocop-review on ten plans nobody tuned it on (tests/holdout/README.md).

The slow tests run the real command line over tests/holdout/plans and score the reviews with
tests/holdout/evaluate.py; a failure message carries the full table with every miss and false
alarm. The fast test only checks that the holdout's own arithmetic is what its notes say.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.holdout import arithmetic
from tests.holdout.evaluate import EXPECTED, PLANS, evaluate, load_expected, report, run_pipeline


def test_holdout_arithmetic_is_as_documented(capsys):
    assert arithmetic.main() == 0, capsys.readouterr().out


def test_every_expected_plan_is_built():
    stems = set(load_expected(EXPECTED))
    built = {p.stem for p in PLANS.iterdir() if p.suffix in (".docx", ".doc", ".pdf")}
    assert stems and stems == built

# The quality bars are scored over both holdout sets together in tests/test_quality.py.
