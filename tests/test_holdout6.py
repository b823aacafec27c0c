"""Sixth holdout set: ocop-review measured on twelve more plans nobody tuned it on, written blind
(new products, communes, producers and layouts; tests/holdout6/README.md records the blind score).

The fast tests check that the set's own arithmetic is what its notes say and that every source is
built. Scoring: `.venv/bin/python tests/holdout6/evaluate.py --out DIR --run` (same scorer and
counting rules as tests/holdout/evaluate.py).
"""

from __future__ import annotations

from tests.holdout6 import arithmetic
from tests.holdout6.evaluate import EXPECTED, PLANS, load_expected


def test_holdout6_arithmetic_is_as_documented(capsys):
    assert arithmetic.main() == 0, capsys.readouterr().out


def test_every_expected_plan_is_built():
    stems = set(load_expected(EXPECTED))
    built = {p.stem for p in PLANS.iterdir() if p.suffix in (".docx", ".doc", ".pdf")}
    sources = {p.stem for p in (EXPECTED.parent / "src").glob("*.md")}
    assert stems and stems == built == sources
