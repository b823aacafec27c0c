"""Review a batch of plans: read each, judge each against the batch, write the review JSON (and
the feedback draft), and summarise the batch in batch.json. Plain functions: the CLI and the
Prefect flows are two faces over them."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch import Input, collect_inputs, failure, write_json
from pipeline.extract import Plan, extract_file
from pipeline.ideas import PlanIdentity, load_ideas, match_ideas
from pipeline.ingest import sha256_file
from pipeline.judge.base import BatchContext, PlanView
from pipeline.judge.engine import review as review_plan_model
from pipeline.judge.rules import load_ruleset
from pipeline.models import BatchSummary, FailedInput, Review

Progress = Callable[[str, Input, int, int], None]


@dataclass
class BatchResult:
    summary: BatchSummary
    reviews: dict[str, Review] = field(default_factory=dict)  # stem -> review (reviewed this run)


def _previous(out: Path, stem: str) -> dict | None:
    p = out / f"{stem}.review.json"
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_review(out: Path, stem: str, rv: Review) -> None:
    write_json(out / f"{stem}.review.json", rv)
    try:
        from pipeline.render.feedback import write_feedback
    except ImportError:
        return
    write_feedback(rv, out / f"{stem}.feedback.docx")


def review_inputs(inputs: list[Input], out: Path, ideas: Path | None = None,
                  progress: Progress | None = None, force: bool = False) -> BatchResult:
    out.mkdir(parents=True, exist_ok=True)
    ruleset = load_ruleset()
    summary = BatchSummary(ruleset=ruleset.version)
    result = BatchResult(summary)
    plans: list[tuple[Input, Plan]] = []
    identities: list[PlanIdentity] = []
    n = len(inputs)
    for k, inp in enumerate(inputs, 1):
        if progress:
            progress("read", inp, k, n)
        try:
            prev = None if force else _previous(out, inp.stem)
            if prev and prev.get("ruleset") == ruleset.version and prev.get("source") == inp.source:
                if prev.get("sha256") == sha256_file(inp.path):
                    summary.skipped += 1
                    summary.outputs[inp.source] = inp.stem
                    v = prev.get("verdict")
                    summary.verdicts[v] = summary.verdicts.get(v, 0) + 1
                    identities.append(PlanIdentity(inp.source, (prev.get("producer") or {}).get("name"),
                                                   (prev.get("product") or {}).get("name")))
                    continue
            plan = extract_file(inp.path, inp.source)
            plans.append((inp, plan))
            identities.append(PlanIdentity(inp.source, plan.producer.name, plan.product.name))
        except Exception as e:  # noqa: BLE001 - every failure becomes a batch.json entry
            summary.failed.append(failure(inp, e))
    views = [PlanView(p) for _, p in plans]
    batch = BatchContext(views)
    verdicts: Counter[str] = Counter(summary.verdicts)
    for k, ((inp, plan), view) in enumerate(zip(plans, views, strict=True), 1):
        if progress:
            progress("judge", inp, k, len(plans))
        try:
            rv = review_plan_model(plan, batch, view, ruleset)
            write_review(out, inp.stem, rv)
        except Exception as e:  # noqa: BLE001
            summary.failed.append(failure(inp, e))
            continue
        result.reviews[inp.stem] = rv
        summary.reviewed += 1
        summary.outputs[inp.source] = inp.stem
        verdicts[rv.verdict] += 1
    summary.verdicts = dict(sorted(verdicts.items()))
    if ideas is not None:
        registry = load_ideas(ideas)
        missing, unmatched, _ = match_ideas(registry, identities)
        summary.ideas = len(registry)
        summary.received = len(registry) - len(missing)
        summary.missing = [i.model_dump() for i in missing]
        summary.unmatched = [u.model_dump() for u in unmatched]
    summary.failed.sort(key=lambda f: f.source)
    write_json(out / "batch.json", summary)
    return result


def review_paths(paths: Iterable[str | Path], out: Path, ideas: Path | None = None,
                 progress: Progress | None = None, force: bool = False) -> BatchResult:
    return review_inputs(collect_inputs(paths), out, ideas, progress, force)


def failed_reasons(summary: BatchSummary) -> list[FailedInput]:
    return summary.failed
