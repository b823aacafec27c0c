"""The rule engine: applicable rules -> hits -> findings -> scores -> verdict -> Review.

Nothing here knows a rule's content: which rules exist, their thresholds, messages, severities,
applicability and the scoring weights all come from `rules/`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field

from pipeline import datafile
from pipeline.extract import Plan, section_summaries
from pipeline.judge.base import BatchContext, Hit, PlanView, section_order
from pipeline.judge.registry import is_batch, module, runner
from pipeline.judge.rules import Rule, Ruleset, load_ruleset
from pipeline.models import Finding, Review, Scores
from pipeline.sections import load_vocabulary
from pipeline.settings import get_settings
from pipeline.version import code_version

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
    sketchy_min_hollow_share: float = Field(1.0, ge=0, le=1)  # of required and expected sections together
    sketchy_rules: list[str] = Field(default_factory=list)
    hollow_rules: list[str] = Field(default_factory=list)


@lru_cache(maxsize=4)
def load_scoring(path: Path | None = None) -> _Scoring:
    path = path or get_settings().rules_dir / "scoring.yml"
    return _Scoring.model_validate(datafile.safe_load(path.read_text(encoding="utf-8")))


def score(findings: list[Finding], has: Callable[[str], bool], scoring: _Scoring) -> tuple[Scores, str]:
    """Scores and verdict from the findings; `has(key)`: the plan has that section."""
    vocab = load_vocabulary()
    total = present = 0.0
    required = [k for k, lv in vocab.levels.items() if lv == "required"]
    for key, level in vocab.levels.items():
        w = scoring.completeness_weights.get(level, 0.0)
        total += w
        if has(key):
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
    # Verdict: "sơ sài" when most required sections, or most of the required and expected ones
    # together, are missing or hollow, or a sketchy rule fired.
    counted = [k for k, lv in vocab.levels.items() if lv in ("required", "expected")]
    hollow_all = {f.section for f in findings if f.rule in scoring.hollow_rules}
    hollow = hollow_all & set(required)
    missing = {k for k in required if not has(k)}
    share = len(hollow | missing) / len(required) if required else 0
    empty = {k for k in counted if not has(k)} | (hollow_all & set(counted))
    share_all = len(empty) / len(counted) if counted else 0
    if share >= scoring.sketchy_min_hollow_required_share or \
            share_all >= scoring.sketchy_min_hollow_share or any(f.rule in scoring.sketchy_rules for f in findings):
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


Scope = Literal["all", "plan", "batch"]


def _in_scope(type_name: str, scope: Scope) -> bool:
    return scope == "all" or is_batch(type_name) == (scope == "batch")


def run_rule(rule: Rule, view: PlanView, batch: BatchContext, scope: Scope = "all") -> list[Hit]:
    """The rule's hits. scope "plan": its checks of the plan alone; "batch": its checks across
    the batch (copied text); "all": both, against `batch`."""
    hits: list[Hit] = []
    for spec in rule.checks:
        if _in_scope(spec.type, scope):
            hits.extend(runner(spec.type)(spec, view, batch))
    return hits


def _findings(rule: Rule, hits: list[Hit], product: str | None,
              seen: set[tuple[str | None, str]] | None = None) -> list[Finding]:
    vocab = load_vocabulary()
    legal = _legal_titles(rule)
    seen = set() if seen is None else seen
    out = []
    for hit in hits:
        if (hit.section, hit.evidence) in seen:
            continue
        seen.add((hit.section, hit.evidence))
        params = {"section_name": vocab.names.get(hit.section or "", ""), "legal": legal,
                  "product": product or "sản phẩm", **hit.params}
        out.append(Finding(
            rule=rule.id, category=rule.category, severity=hit.severity or rule.severity,
            section=hit.section, message=render_message(rule, params), evidence=hit.evidence,
            legal_basis=legal,
        ))
    return out


def _sort(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (section_order(f.section), f.rule, f.evidence))


def judge(view: PlanView, batch: BatchContext, ruleset: Ruleset | None = None,
          scope: Scope = "all") -> list[Finding]:
    ruleset = ruleset or load_ruleset()
    findings: list[Finding] = []
    for rule in ruleset.rules:
        if not _applies(rule, view):
            continue
        if not any(_in_scope(c.type, scope) for c in rule.checks):
            continue
        findings.extend(_findings(rule, run_rule(rule, view, batch, scope), view.plan.product.name))
    return _sort(findings)


def review(plan: Plan, batch: BatchContext | None = None, view: PlanView | None = None,
           ruleset: Ruleset | None = None, scope: Scope = "all") -> Review:
    """The plan's review. scope "plan" leaves out the checks across the batch: the plan is then
    judged alone (in a reading worker), and `plan_digest` + `with_batch_findings` add the rest."""
    ruleset = ruleset or load_ruleset()
    view = view or PlanView(plan)
    batch = batch or BatchContext([view])
    findings = judge(view, batch, ruleset, scope)
    scores, verdict = score(findings, view.has, load_scoring())
    d = plan.document
    return Review(
        source=d.source, sha256=d.sha256, format=d.format, producer=plan.producer,
        product=plan.product, sections=section_summaries(plan.sections), findings=findings,
        scores=scores, verdict=verdict, ruleset=ruleset.version, engine=code_version(),
        problems=d.problems,
    )


# ---------------------------------------------------------------- checks across the batch

PlanDigest = dict[tuple[str, int], Any]  # (rule id, index of the check in the rule) -> digest


def plan_digest(view: PlanView, ruleset: Ruleset | None = None) -> PlanDigest:
    """What the batch-level checks of the rules that apply to this plan need of it."""
    ruleset = ruleset or load_ruleset()
    out: PlanDigest = {}
    for rule in ruleset.rules:
        batch_checks = [(k, c) for k, c in enumerate(rule.checks) if is_batch(c.type)]
        if batch_checks and _applies(rule, view):
            for k, spec in batch_checks:
                out[(rule.id, k)] = module(spec.type).digest(spec, view)
    return out


class BatchIndex:
    """The digests of every plan of a batch, indexed once per check."""

    def __init__(self, digests: list[PlanDigest | None] | None = None, ruleset: Ruleset | None = None) -> None:
        self.digests = list(digests or [])
        self.ruleset = ruleset or load_ruleset()
        self._indexes: dict[tuple[str, int], Any] = {}
        self._columns: dict[tuple[str, int], list[Any]] = {}

    def _column(self, key: tuple[str, int]) -> list[Any]:
        col = self._columns.get(key)
        if col is None:
            col = self._columns[key] = []
        col.extend(d.get(key) if d else None for d in self.digests[len(col):])
        return col

    def _index(self, key: tuple[str, int], spec: Any) -> tuple[list[Any], Any]:
        col = self._column(key)
        if key not in self._indexes:
            self._indexes[key] = module(spec.type).index(spec, col)
        return col, self._indexes[key]

    def add(self, digest: PlanDigest | None) -> int:
        """Append one plan's digest (a batch judged as its plans are read); its index."""
        self.digests.append(digest)
        return len(self.digests) - 1

    def _checks(self, me: int) -> Iterator[tuple[Rule, Any, list[Any], Any]]:
        """(rule, check, column of digests, index) of each batch-level check plan `me` has a
        digest for (the rules that apply to it)."""
        mine = self.digests[me] or {}
        for rule in self.ruleset.rules:
            for k, spec in enumerate(rule.checks):
                if (rule.id, k) in mine:
                    yield (rule, spec, *self._index((rule.id, k), spec))

    def related(self, me: int) -> set[int]:
        """The plans whose batch findings plan `me` can change."""
        out: set[int] = set()
        for _rule, spec, col, idx in self._checks(me):
            out |= module(spec.type).related(spec, me, col, idx)
        return out - {me}

    def findings(self, me: int, rv: Review) -> list[Finding]:
        """Findings of the batch-level checks for plan `me` (whose own review is `rv`)."""
        out: list[Finding] = []
        for rule, spec, col, idx in self._checks(me):
            seen = {(f.section, f.evidence) for f in rv.findings if f.rule == rule.id}
            seen |= {(f.section, f.evidence) for f in out if f.rule == rule.id}
            out.extend(_findings(rule, module(spec.type).run_batch(spec, me, col, idx), rv.product.name, seen))
        return out


def with_batch_findings(rv: Review, extra: list[Finding]) -> Review:
    """`rv` with the findings across the batch added, scored again."""
    if not extra:
        return rv
    findings = _sort(rv.findings + extra)
    present = {s.key for s in rv.sections}
    scores, verdict = score(findings, present.__contains__, load_scoring())
    return rv.model_copy(update={"findings": findings, "scores": scores, "verdict": verdict})
