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


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    out: Path = tmp_path_factory.mktemp("holdout2_review")
    proc = run_pipeline(out)
    assert proc.returncode == 0, proc.stderr[-2000:]
    scores, totals = evaluate(out)
    return scores, totals, report(scores, totals)


@pytest.mark.slow
def test_sections_found(scored):
    _, t, text = scored
    assert t.section_precision >= 0.95 and t.section_recall >= 0.95, text


@pytest.mark.slow
def test_verdicts(scored):
    _, t, text = scored
    assert t.verdict_accuracy >= 0.90, text


@pytest.mark.slow
def test_planted_defects_caught(scored):
    _, t, text = scored
    assert t.defect_recall >= 0.90, text


@pytest.mark.slow
def test_no_error_on_a_ready_plan(scored):
    _, t, text = scored
    assert t.ready_plans_with_error == 0, text


@pytest.mark.slow
def test_false_alarms_at_most_one_in_twenty_plans(scored):
    _, t, text = scored
    assert t.false_alarms <= t.plans / 20, text
