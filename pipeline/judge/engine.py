"""The rule engine: applicable rules -> hits -> findings -> scores -> verdict -> Review.

Nothing here knows a rule's content: which rules exist, their thresholds, messages, severities,
applicability and the scoring weights all come from `rules/`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field

from pipeline.extract import Plan, section_summaries
from pipeline.judge.base import BatchContext, Hit, PlanView, section_order
from pipeline.judge.registry import runner
from pipeline.judge.rules import Rule, Ruleset, load_ruleset
from pipeline.models import Finding, Review, Scores
from pipeline.sections import load_vocabulary
from pipeline.settings import get_settings

CATEGORIES = ("completeness", "depth", "feasibility", "compliance")


# ---------------------------------------------------------------- formatting for messages

def format_number(value: float, decimals: int = 2) -> str:
    """Vietnamese number format: 1250000.5 -> '1.250.000,5'."""
    if value is None:
        return ""
    neg = value < 0
    value = abs(value)
    whole = int(value)
    frac = round(value - whole, decimals)
    if frac >= 1:
        whole += 1
        frac = 0.0
    s = f"{whole:,}".replace(",", ".")
    if frac:
        s += "," + f"{frac:.{decimals}f}"[2:].rstrip("0")
    return ("-" if neg else "") + s


def format_vnd(value: float) -> str:
    if value is None:
        return ""
    if abs(value) >= 1e9:
        return f"{format_number(value / 1e9, 3)} tỷ đồng"
    if abs(value) >= 1e6:
        return f"{format_number(value / 1e6, 2)} triệu đồng"
    return f"{format_number(value, 0)} đồng"


def format_pct(value: float) -> str:
    return f"{format_number(value, 1)}%"


@lru_cache(maxsize=1)
def message_env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(autoescape=False, keep_trailing_newline=False)
    env.filters.update(vnd=format_vnd, num=format_number, pct=format_pct)
    return env


@lru_cache(maxsize=256)
def _template(source: str):
    return message_env().from_string(source)


def render_message(rule: Rule, params: dict[str, Any]) -> str:
    text = _template(rule.message).render(**params)
    if rule.fix:
        fix = _template(rule.fix).render(**params)
        text = f"{text.rstrip()} {fix.strip()}"
    return " ".join(text.split())


# ---------------------------------------------------------------- scoring

class _Scoring(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    penalty: dict[str, int]
    weights: dict[str, float]
    completeness_weights: dict[str, float]
    sketchy_min_hollow_required_share: float = Field(ge=0, le=1)
    sketchy_rules: list[str] = Field(default_factory=list)
    hollow_rules: list[str] = Field(default_factory=list)


@lru_cache(maxsize=4)
def load_scoring(path: Path | None = None) -> _Scoring:
    path = path or get_settings().rules_dir / "scoring.yml"
    return _Scoring.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def score(findings: list[Finding], view: PlanView, scoring: _Scoring) -> tuple[Scores, str]:
    vocab = load_vocabulary()
    total = present = 0.0
    required = [k for k, lv in vocab.levels.items() if lv == "required"]
    for key, level in vocab.levels.items():
        w = scoring.completeness_weights.get(level, 0.0)
        total += w
        if view.has(key):
            present += w
    values: dict[str, int] = {"completeness": round(100 * present / total) if total else 100}
    for cat in ("depth", "feasibility", "compliance"):
        lost = sum(scoring.penalty.get(f.severity, 0) for f in findings if f.category == cat)
        values[cat] = max(0, 100 - lost)
    # Completeness also loses the penalties of its findings beyond the coverage measure? No:
    # coverage already is the measure; penalties would count a missing section twice.
    overall = sum(values[c] * scoring.weights.get(c, 0) for c in CATEGORIES)
    wsum = sum(scoring.weights.get(c, 0) for c in CATEGORIES) or 1
    values["overall"] = round(overall / wsum)
    # Verdict: "sơ sài" when most required sections are missing or hollow, or a sketchy rule fired.
    hollow = {f.section for f in findings if f.rule in scoring.hollow_rules and f.section in required}
    missing = {k for k in required if not view.has(k)}
    share = len(hollow | missing) / len(required) if required else 0
    if share >= scoring.sketchy_min_hollow_required_share or any(
            f.rule in scoring.sketchy_rules for f in findings):
        verdict = "sketchy"
    elif any(f.severity == "error" for f in findings):
        verdict = "revise"
    else:
        verdict = "ready"
    return Scores(**values), verdict


# ---------------------------------------------------------------- running rules

def _applies(rule: Rule, view: PlanView) -> bool:
    try:
        from pipeline.judge.applicability import applies
    except ImportError:
        return True
    return bool(applies(rule.id, view))


def _legal_titles(rule: Rule) -> list[str]:
    if not rule.legal_basis:
        return []
    try:
        from pipeline.judge.checks.legal import load_register
    except ImportError:
        return list(rule.legal_basis)
    reg = load_register()
    out = []
    for ref in rule.legal_basis:
        inst = reg.get(ref) if isinstance(reg, dict) else None
        out.append(getattr(inst, "cited", None) or getattr(inst, "title", None) or ref)
    return out


def run_rule(rule: Rule, view: PlanView, batch: BatchContext) -> list[Hit]:
    hits: list[Hit] = []
    for spec in rule.checks:
        hits.extend(runner(spec.type)(spec, view, batch))
    return hits


def judge(view: PlanView, batch: BatchContext, ruleset: Ruleset | None = None) -> list[Finding]:
    ruleset = ruleset or load_ruleset()
    vocab = load_vocabulary()
    findings: list[Finding] = []
    for rule in ruleset.rules:
        if not _applies(rule, view):
            continue
        legal = _legal_titles(rule)
        seen: set[tuple[str | None, str]] = set()
        for hit in run_rule(rule, view, batch):
            if (hit.section, hit.evidence) in seen:
                continue
            seen.add((hit.section, hit.evidence))
            params = {"section_name": vocab.names.get(hit.section or "", ""), "legal": legal,
                      "product": view.plan.product.name or "sản phẩm", **hit.params}
            findings.append(Finding(
                rule=rule.id, category=rule.category, severity=hit.severity or rule.severity,
                section=hit.section, message=render_message(rule, params), evidence=hit.evidence,
                legal_basis=legal,
            ))
    findings.sort(key=lambda f: (section_order(f.section), f.rule, f.evidence))
    return findings


def review(plan: Plan, batch: BatchContext | None = None, view: PlanView | None = None,
           ruleset: Ruleset | None = None) -> Review:
    ruleset = ruleset or load_ruleset()
    view = view or PlanView(plan)
    batch = batch or BatchContext([view])
    findings = judge(view, batch, ruleset)
    scores, verdict = score(findings, view, load_scoring())
    d = plan.document
    return Review(
        source=d.source, sha256=d.sha256, format=d.format, producer=plan.producer,
        product=plan.product, sections=section_summaries(plan.sections), findings=findings,
        scores=scores, verdict=verdict, ruleset=ruleset.version, problems=d.problems,
    )
