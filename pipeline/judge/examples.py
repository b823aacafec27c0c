"""Run a rule's own examples (rules/catalogue/<id>.yml `examples`): the tests call this, and so
can a reviewer who edits a rule (`python -m pipeline.judge.examples [RULE_ID...]`)."""

from __future__ import annotations

import sys

from pipeline.extract import analyse
from pipeline.ingest.text_reader import read_markdown
from pipeline.judge.base import BatchContext, Hit, PlanView
from pipeline.judge.engine import _applies, run_rule
from pipeline.judge.rules import Example, Rule, load_ruleset


def _view(text: str, source: str, category: str | None = None, legal_form: str | None = None) -> PlanView:
    plan = analyse(read_markdown(text, source))
    if category:
        plan.product = plan.product.model_copy(update={"category": category})
    if legal_form:
        plan.producer = plan.producer.model_copy(update={"legal_form": legal_form})
    return PlanView(plan)


def run_example(rule: Rule, ex: Example) -> list[Hit]:
    view = _view(ex.plan, f"<{rule.id}: {ex.name}>", ex.category, ex.legal_form)
    others = [_view(t, f"<{rule.id}: other {i}>") for i, t in enumerate(ex.others)]
    if not _applies(rule, view):
        return []
    return run_rule(rule, view, BatchContext([view, *others]))


def check_rule(rule: Rule) -> list[str]:
    """Problems with a rule's examples, in Vietnamese-free developer English (empty = all good)."""
    problems = []
    for ex in rule.examples.fire:
        if not run_example(rule, ex):
            problems.append(f"{rule.id}: example {ex.name!r} should fire but does not")
    for ex in rule.examples.silent:
        hits = run_example(rule, ex)
        if hits:
            problems.append(f"{rule.id}: example {ex.name!r} should stay silent but fires: {hits[0].evidence!r}")
    return problems


def main(argv: list[str]) -> int:
    rules = [r for r in load_ruleset().rules if not argv or r.id in argv]
    problems = [p for r in rules for p in check_rule(r)]
    for p in problems:
        print(p)
    print(f"{len(rules)} rules, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
