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
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch import (Input, OutputError, collect_inputs, failure, output_lock, write_bytes,
                            write_failure, write_json)
from pipeline.extract import Plan
from pipeline.ideas import PlanIdentity, load_ideas, match_ideas
from pipeline.ingest import sha256_file
from pipeline.judge.base import BatchContext, PlanView
from pipeline.judge.engine import review as review_plan_model
from pipeline.judge.rules import Ruleset, load_ruleset, ruleset_version
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


def plan_batch(inputs: list[Input], out: Path, ruleset: Ruleset | str, force: bool = False) -> BatchPlan:
    """Skip an input whose review in `out` was made from the same bytes with the same rules (and
    whose feedback letter is there too). `ruleset`: the rules, or just their version."""
    version = ruleset if isinstance(ruleset, str) else ruleset.version
    bp = BatchPlan(todo=[], summary=BatchSummary(ruleset=version))
    for inp in inputs:
        prev = None if force else _load_json(out / f"{inp.stem}.review.json")
        if prev and not (out / f"{inp.stem}.feedback.docx").is_file():
            prev = None
        if prev and prev.get("ruleset") == version and prev.get("source") == inp.source:
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
                progress: Progress | None = None,
                workers: int | None = None) -> list[tuple[Input, Review | FailedInput]]:
    """Judge each plan against the batch, in input order. On several cores the plans are judged
    in forked processes that share the batch (the first plan is judged here first, which builds
    the batch-wide indexes once for all); each plan's derived data is dropped once it is judged,
    so memory does not grow with what the judge computed for the plans before it."""
    views = [PlanView(p) for _, p in plans]
    batch = BatchContext(views)
    n = len(plans)

    def judge(k: int) -> Review | FailedInput:
        inp, plan = plans[k]
        try:
            res: Review | FailedInput = review_plan_model(plan, batch, views[k], ruleset)
        except Exception as e:  # noqa: BLE001 - a failure of one plan never stops the batch
            res = failure(inp, e)
        views[k] = PlanView(plan)  # judged: its sentences, figures models... can go
        return res

    results: list[Review | FailedInput | None] = [None] * n
    procs = min(workers or get_settings().workers or os.cpu_count() or 1, n - 1)
    start = 0
    if procs >= 2 and n >= 8 and "fork" in multiprocessing.get_all_start_methods():
        if progress:
            progress("judge", plans[0][0], 1, n)
        results[0] = judge(0)
        start = 1
        try:
            for k, res in _judge_forked(judge, list(range(1, n)), procs):
                results[k] = res
                if progress:
                    progress("judge", plans[k][0], k + 1, n)
        except Exception:  # noqa: BLE001 - a broken pool: what is left is judged here
            pass
    for k in range(start, n):
        if results[k] is None:
            if progress:
                progress("judge", plans[k][0], k + 1, n)
            results[k] = judge(k)
    return [(inp, res) for (inp, _), res in zip(plans, results, strict=True)]  # type: ignore[misc]


_FORKED_JUDGE: Callable[[int], Review | FailedInput] | None = None


def _judge_chunk(indices: list[int]) -> list[tuple[int, Review | FailedInput]]:
    assert _FORKED_JUDGE is not None
    return [(k, _FORKED_JUDGE(k)) for k in indices]


def _judge_forked(judge: Callable[[int], Review | FailedInput], indices: list[int],
                  procs: int) -> Iterator[tuple[int, Review | FailedInput]]:
    """Run `judge` over the indices in `procs` forked processes (they inherit the plans and the
    batch: nothing is pickled on the way in), in chunks, as each chunk is done."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    global _FORKED_JUDGE
    size = max(1, min(8, len(indices) // (4 * procs) or 1))
    chunks = [indices[i:i + size] for i in range(0, len(indices), size)]
    _FORKED_JUDGE = judge
    try:
        with ProcessPoolExecutor(procs, mp_context=multiprocessing.get_context("fork")) as ex:
            for fut in as_completed([ex.submit(_judge_chunk, c) for c in chunks]):
                yield from fut.result()
    finally:
        _FORKED_JUDGE = None


def _same_plan(a: dict, rv: Review) -> bool:
    pa, pr = a.get("product") or {}, a.get("producer") or {}
    return (bool(rv.product.name) and match_key(pa.get("name") or "") == match_key(rv.product.name or "")
            and match_key(pr.get("name") or "") == match_key(rv.producer.name or ""))


_HEADS: dict[Path, tuple[int, int, dict | None]] = {}


def _review_head(p: Path, st: os.stat_result) -> dict | None:
    """What `previous_review` compares of a review JSON (hash, producer, product), read once per
    version of the file: a batch renders after each plan, and reading every earlier review again
    each time would make a batch of N plans read N² files."""
    key = (st.st_mtime_ns, st.st_size)
    hit = _HEADS.get(p)
    if hit is not None and hit[:2] == key:
        return hit[2]
    data = _load_json(p)
    head = None if not isinstance(data, dict) else {
        "sha256": data.get("sha256"), "product": data.get("product"), "producer": data.get("producer")}
    if len(_HEADS) > 100_000:
        _HEADS.clear()
    _HEADS[p] = (*key, head)
    return head


def previous_review(out: Path, stem: str, rv: Review) -> Review | None:
    """The earlier review of the same plan: the same stem with other bytes, or another file of the
    same producer and product (a resubmission under a new name), the most recent first."""
    cands: list[tuple[float, Path]] = []
    for p in out.glob("*.review.json"):
        try:
            st = p.stat()
        except OSError:
            continue
        data = _review_head(p, st)
        if not data or data.get("sha256") == rv.sha256:
            continue
        if p.name == f"{stem}.review.json" or _same_plan(data, rv):
            cands.append((st.st_mtime, p))
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
    # The rules' version decides what is unchanged; the rules themselves (parsing them loads every
    # check, spaCy included: 1-2 s) are loaded only when a plan needs judging. Rules that do not
    # load have a new version, so a broken rule file still stops the run before any work.
    ruleset = ruleset_version(get_settings().rules_dir)
    if ideas is not None:
        load_ideas(ideas)  # a broken registry is a usage error before any work is done
    with output_lock(out, settings.lock_timeout_s):  # one run at a time per output folder
        return _review_locked(inputs, out, ideas, progress, force, settings, ruleset)


@dataclass
class Tally:
    """The bookkeeping of one batch run, shared by the CLI and the flows: counts, verdicts, who
    sent what (for the ideas registry) and the failures."""

    summary: BatchSummary
    identities: list[PlanIdentity] = field(default_factory=list)
    verdicts: Counter[str] = field(default_factory=Counter)

    def skipped(self, inp: Input, prev: dict) -> None:
        self.summary.skipped += 1
        self.summary.outputs[inp.source] = inp.stem
        self.verdicts[prev.get("verdict")] += 1
        self.identities.append(PlanIdentity(inp.source, (prev.get("producer") or {}).get("name"),
                                            (prev.get("product") or {}).get("name")))

    def read(self, inp: Input, plan: Plan) -> None:
        self.identities.append(PlanIdentity(inp.source, plan.producer.name, plan.product.name))

    def failed(self, f: FailedInput) -> None:
        self.summary.failed.append(f)

    def reviewed(self, inp: Input, rv: Review) -> None:
        self.summary.reviewed += 1
        self.summary.outputs[inp.source] = inp.stem
        self.verdicts[rv.verdict] += 1

    def finish(self, out: Path, ideas: Path | None) -> BatchSummary:
        self.summary.verdicts = dict(self.verdicts)
        return finish_batch(out, self.summary, self.identities, ideas)


def _review_locked(inputs: list[Input], out: Path, ideas: Path | None, progress: Progress | None,
                   force: bool, settings: Settings, ruleset: Ruleset | str) -> BatchResult:
    from pipeline.workers import read_plans

    bp = plan_batch(inputs, out, ruleset, force)
    if bp.todo and isinstance(ruleset, str):
        ruleset = load_ruleset()
    tally = Tally(bp.summary)
    result = BatchResult(bp.summary)
    for inp, prev in bp.skipped:
        tally.skipped(inp, prev)
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
            tally.failed(res)
        else:
            plans.append((inp, res))
            tally.read(inp, res)
    for inp, res in judge_plans(plans, ruleset, progress):
        if isinstance(res, FailedInput):
            tally.failed(res)
            continue
        try:
            render_review(out, inp.stem, res)
        except OSError as e:  # disk full, no permission: reported, and redone by the next run
            tally.failed(write_failure(inp, e))
            continue
        except Exception as e:  # noqa: BLE001 - one letter that cannot be drafted stops nothing
            tally.failed(failure(inp, e))
            continue
        result.reviews[inp.stem] = res
        tally.reviewed(inp, res)
    tally.finish(out, ideas)
    return result


def review_paths(paths: Iterable[str | Path], out: Path, ideas: Path | None = None,
                 progress: Progress | None = None, force: bool = False) -> BatchResult:
    return review_inputs(collect_inputs(paths), out, ideas, progress, force)
