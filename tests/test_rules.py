"""The rule catalogue: every contract rule exists with its category and default severity, every
rule's own examples fire or stay silent as they say, broken rule files are refused with the file
named, and the generated docs and schemas are up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.judge import docs as rule_docs
from pipeline.judge.examples import check_rule
from pipeline.judge.rules import RuleFileError, load_rule, load_ruleset
from pipeline import schema

CONTRACT = {
    "missing-section": ("completeness", "error"), "thin-section": ("depth", "warning"),
    "no-figures": ("depth", "error"), "boilerplate": ("depth", "error"),
    "revenue-mismatch": ("feasibility", "error"), "profit-mismatch": ("feasibility", "error"),
    "capital-mismatch": ("feasibility", "error"), "table-total-mismatch": ("feasibility", "error"),
    "payback-mismatch": ("feasibility", "error"), "material-shortfall": ("feasibility", "error"),
    "unrealistic-growth": ("feasibility", "error"), "no-sales-channel": ("feasibility", "error"),
    "no-business-registration": ("compliance", "error"), "no-food-safety": ("compliance", "error"),
    "no-alcohol-license": ("compliance", "error"), "no-product-standard": ("compliance", "error"),
    "no-label-plan": ("compliance", "error"), "no-trademark": ("compliance", "warning"),
    "no-environment-measures": ("compliance", "error"), "no-quality-control": ("compliance", "warning"),
    "capacity-exceeded": ("feasibility", "error"), "figure-inconsistent": ("feasibility", "warning"),
    "name-inconsistent": ("depth", "warning"), "outdated-policy": ("compliance", "warning"),
}
RULES = load_ruleset().rules


def test_every_contract_rule_is_defined_with_its_category_and_severity():
    have = {r.id: (r.category, r.severity) for r in RULES}
    assert {k: have.get(k) for k in CONTRACT} == CONTRACT


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule):
    assert rule.examples.fire and rule.examples.silent
    assert check_rule(rule) == []


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / f"{name}.yml"
    p.write_text(text, encoding="utf-8")
    return p


BASE = """id: {id}
category: depth
severity: warning
title: t
rationale: r
message: m
check: {check}
examples:
  fire: [{{name: a, plan: "# I. Thị trường"}}]
  silent: [{{name: b, plan: "# I. Thị trường"}}]
"""


def test_unknown_field_is_an_error_naming_the_file(tmp_path):
    p = _write(tmp_path, "x-rule", BASE.format(id="x-rule", check="{type: plan_figures, min_figurez: 3}"))
    with pytest.raises(RuleFileError, match="x-rule.yml"):
        load_rule(p)


def test_unknown_check_type_is_an_error(tmp_path):
    p = _write(tmp_path, "y-rule", BASE.format(id="y-rule", check="{type: magic}"))
    with pytest.raises(RuleFileError, match="y-rule.yml"):
        load_rule(p)


def test_id_must_match_file_name(tmp_path):
    p = _write(tmp_path, "z-rule", BASE.format(id="other", check="{type: plan_figures}"))
    with pytest.raises(RuleFileError, match="file name"):
        load_rule(p)


def test_rule_without_examples_is_refused(tmp_path):
    text = BASE.format(id="w-rule", check="{type: plan_figures}").replace(
        '  silent: [{name: b, plan: "# I. Thị trường"}]', "  silent: []")
    with pytest.raises(RuleFileError, match="example"):
        load_rule(_write(tmp_path, "w-rule", text))


def test_rule_docs_are_up_to_date():
    assert rule_docs.main(["--check"]) == 0, "run: python -m pipeline.judge.docs"


def test_schemas_are_up_to_date():
    assert schema.main(["--check"]) == 0, "run: python -m pipeline.schema"


def test_sketchy_when_most_of_the_required_and_expected_sections_are_empty():
    """A one-page plan that keeps a heading for each required section and leaves out every
    expected one is "sơ sài" (rules/scoring.yml sketchy_min_hollow_share), though no required
    section is missing; the same plan with its expected sections is not."""
    from pipeline.judge.engine import load_scoring, score
    from pipeline.sections import load_vocabulary

    levels = load_vocabulary().levels
    required = {k for k, lv in levels.items() if lv == "required"}
    expected = {k for k, lv in levels.items() if lv == "expected"}
    scoring = load_scoring()
    assert score([], lambda k: k in required, scoring)[1] == "sketchy"
    assert score([], lambda k: k in required | expected, scoring)[1] == "ready"
