"""Review a batch of plans, in stages the CLI and the Prefect flows share:

1. `plan_batch`: which inputs are new or changed (content hash + ruleset version), which skipped;
2. `read_plans` (pipeline.workers): read each plan in a worker process, bounded in time and memory;
3. `judge_plans`: judge each plan against the batch (the batch matters for copied text);
4. `render_review`: write the review JSON and the feedback draft (keeping the previous review
   for a resubmission, never overwriting it unrecorded);
5. `finish_batch`: ideas registry and batch.json.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch import (Input, OutputError, collect_inputs, failure, output_lock, write_bytes,
                            write_failure, write_json)
from pipeline.extract import Plan
from pipeline.ideas import PlanIdentity, load_ideas, match_ideas
from pipeline.ingest import sha256_file
from pipeline.judge.base import BatchContext, PlanView
from pipeline.judge.engine import review as review_plan_model
from pipeline.judge.rules import Ruleset, load_ruleset
from pipeline.models import BatchSummary, FailedInput, Review
from pipeline.settings import Settings, get_settings
from pipeline.text import match_key

Progress = Callable[[str, Input, int, int], None]


@dataclass
class BatchPlan:
    """What a run has to do: the inputs to review and what it already knows of the others."""

    todo: list[Input]
    skipped: list[tuple[Input, dict]] = field(default_factory=list)  # (input, previous review JSON)
    summary: BatchSummary = field(default_factory=BatchSummary)


@dataclass
class BatchResult:
    summary: BatchSummary
    reviews: dict[str, Review] = field(default_factory=dict)  # stem -> review (reviewed this run)


def _load_json(p: Path) -> dict | None:
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def plan_batch(inputs: list[Input], out: Path, ruleset: Ruleset, force: bool = False) -> BatchPlan:
    """Skip an input whose review in `out` was made from the same bytes with the same rules (and
    whose feedback letter is there too)."""
    bp = BatchPlan(todo=[], summary=BatchSummary(ruleset=ruleset.version))
    for inp in inputs:
        prev = None if force else _load_json(out / f"{inp.stem}.review.json")
        if prev and not (out / f"{inp.stem}.feedback.docx").is_file():
            prev = None
        if prev and prev.get("ruleset") == ruleset.version and prev.get("source") == inp.source:
            try:
                same = prev.get("sha256") == sha256_file(inp.path)
            except OSError:
                same = False
            if same:
                bp.skipped.append((inp, prev))
                continue
        bp.todo.append(inp)
    return bp


def judge_plans(plans: list[tuple[Input, Plan]], ruleset: Ruleset,
                progress: Progress | None = None) -> list[tuple[Input, Review | FailedInput]]:
    views = [PlanView(p) for _, p in plans]
    batch = BatchContext(views)
    out: list[tuple[Input, Review | FailedInput]] = []
    for k, ((inp, plan), view) in enumerate(zip(plans, views, strict=True), 1):
        if progress:
            progress("judge", inp, k, len(plans))
        try:
            out.append((inp, review_plan_model(plan, batch, view, ruleset)))
        except Exception as e:  # noqa: BLE001 - a failure of one plan never stops the batch
            out.append((inp, failure(inp, e)))
    return out


def _same_plan(a: dict, rv: Review) -> bool:
    pa, pr = a.get("product") or {}, a.get("producer") or {}
    return (bool(rv.product.name) and match_key(pa.get("name") or "") == match_key(rv.product.name or "")
            and match_key(pr.get("name") or "") == match_key(rv.producer.name or ""))


def previous_review(out: Path, stem: str, rv: Review) -> Review | None:
    """The earlier review of the same plan: the same stem with other bytes, or another file of the
    same producer and product (a resubmission under a new name), the most recent first."""
    cands: list[tuple[float, Path]] = []
    for p in out.glob("*.review.json"):
        data = _load_json(p)
        if not data or data.get("sha256") == rv.sha256:
            continue
        if p.name == f"{stem}.review.json" or _same_plan(data, rv):
            cands.append((p.stat().st_mtime, p))
    for _, p in sorted(cands, reverse=True):
        try:
            return Review.model_validate_json(p.read_text(encoding="utf-8"))
        except ValueError:
            continue
    return None


def render_review(out: Path, stem: str, rv: Review) -> None:
    """Write `<stem>.feedback.docx`, then `<stem>.review.json` (the review is written last: it is
    what marks the plan done, so a write that fails half-way leaves the plan to be redone). A
    review being replaced (the producer sent a new version) is first kept under history/ and
    quoted in the new feedback."""
    from pipeline.render.feedback import write_feedback

    prev = previous_review(out, stem, rv)
    old = out / f"{stem}.review.json"
    if old.exists():
        data = _load_json(old)
        if data and data.get("sha256") != rv.sha256:
            write_bytes(out / "history" / f"{stem}.{data['sha256'][:12]}.review.json", old.read_bytes())
    write_feedback(rv, out / f"{stem}.feedback.docx", previous=prev)
    write_json(old, rv)


def finish_batch(out: Path, summary: BatchSummary, identities: list[PlanIdentity],
                 ideas: Path | None) -> BatchSummary:
    if ideas is not None:
        registry = load_ideas(ideas)
        missing, unmatched, _ = match_ideas(registry, identities)
        summary.ideas = len(registry)
        summary.received = len(registry) - len(missing)
        summary.missing = [i.model_dump() for i in missing]
        summary.unmatched = [u.model_dump() for u in unmatched]
    from pipeline.report_xlsx import write_batch_xlsx

    summary.failed.sort(key=lambda f: f.source)
    summary.verdicts = dict(sorted(summary.verdicts.items()))
    for name, write in (("batch.json", lambda p: write_json(p, summary)),
                        ("batch.xlsx", lambda p: write_batch_xlsx(p, summary, out))):
        try:
            write(out / name)
        except OSError as e:
            raise OutputError(out / name, e) from None
    return summary


def review_inputs(inputs: list[Input], out: Path, ideas: Path | None = None,
                  progress: Progress | None = None, force: bool = False,
                  settings: Settings | None = None) -> BatchResult:
    settings = settings or get_settings()
    ruleset = load_ruleset()
    if ideas is not None:
        load_ideas(ideas)  # a broken registry is a usage error before any work is done
    with output_lock(out, settings.lock_timeout_s):  # one run at a time per output folder
        return _review_locked(inputs, out, ideas, progress, force, settings, ruleset)


def _review_locked(inputs: list[Input], out: Path, ideas: Path | None, progress: Progress | None,
                   force: bool, settings: Settings, ruleset: Ruleset) -> BatchResult:
    from pipeline.workers import read_plans

    bp = plan_batch(inputs, out, ruleset, force)
    summary = bp.summary
    result = BatchResult(summary)
    identities: list[PlanIdentity] = []
    verdicts: Counter[str] = Counter()
    for inp, prev in bp.skipped:
        summary.skipped += 1
        summary.outputs[inp.source] = inp.stem
        verdicts[prev.get("verdict")] += 1
        identities.append(PlanIdentity(inp.source, (prev.get("producer") or {}).get("name"),
                                       (prev.get("product") or {}).get("name")))
    plans: list[tuple[Input, Plan]] = []
    n = len(bp.todo)
    done = 0

    def on_done(inp: Input, res) -> None:
        nonlocal done
        done += 1
        if progress:
            progress("read", inp, done, n)

    for inp, res in read_plans(bp.todo, settings, on_done):
        if isinstance(res, FailedInput):
            summary.failed.append(res)
        else:
            plans.append((inp, res))
            identities.append(PlanIdentity(inp.source, res.producer.name, res.product.name))
    for inp, res in judge_plans(plans, ruleset, progress):
        if isinstance(res, FailedInput):
            summary.failed.append(res)
            continue
        try:
            render_review(out, inp.stem, res)
        except OSError as e:  # disk full, no permission: reported, and redone by the next run
            summary.failed.append(write_failure(inp, e))
            continue
        except Exception as e:  # noqa: BLE001 - one letter that cannot be drafted stops nothing
            summary.failed.append(failure(inp, e))
            continue
        result.reviews[inp.stem] = res
        summary.reviewed += 1
        summary.outputs[inp.source] = inp.stem
        verdicts[res.verdict] += 1
    summary.verdicts = dict(verdicts)
    finish_batch(out, summary, identities, ideas)
    return result


def review_paths(paths: Iterable[str | Path], out: Path, ideas: Path | None = None,
                 progress: Progress | None = None, force: bool = False) -> BatchResult:
    return review_inputs(collect_inputs(paths), out, ideas, progress, force)
