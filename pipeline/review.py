"""Review a batch of plans, in stages the CLI and the Prefect flows share:

1. `plan_batch`: which inputs are new or changed (content hash + ruleset version), which skipped;
2. `judge_file` in the worker pool (pipeline.workers): read each plan, judge it on its own and
   draft its letter in a worker process, bounded in time and memory;
3. the checks across the batch (copied text) from each plan's digest (`BatchIndex`), then
   `render_review`: write the review JSON and the feedback draft (keeping the previous review
   for a resubmission, never overwriting it unrecorded);
4. `finish_batch`: ideas registry and batch.json.
"""

from __future__ import annotations

import json
import os
import shutil
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch import (Input, OutputError, collect_inputs, failure, output_lock, write_bytes,
                            write_failure, write_json)
from pipeline.ideas import PlanIdentity, load_ideas, match_ideas
from pipeline.ingest import cache as read_cache
from pipeline.ingest import sha256_file
from pipeline.judge.base import PlanView
from pipeline.judge.engine import BatchIndex, PlanDigest, plan_digest, with_batch_findings
from pipeline.judge.engine import review as review_plan_model
from pipeline.judge.rules import Ruleset, load_ruleset, ruleset_version
from pipeline.models import BatchSummary, FailedInput, Review
from pipeline.settings import Settings, get_settings
from pipeline.text import match_key
from pipeline.version import code_version

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
    reviews: dict[str, ReviewLine] = field(default_factory=dict)  # stem -> review (reviewed this run)


@dataclass(frozen=True)
class ReviewLine:
    """What the command line prints of a review."""

    verdict: str
    overall: int
    errors: int
    findings: int

    @classmethod
    def of(cls, rv: Review) -> ReviewLine:
        return cls(rv.verdict, rv.scores.overall, sum(f.severity == "error" for f in rv.findings),
                   len(rv.findings))


def _load_json(p: Path) -> dict | None:
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def plan_batch(inputs: list[Input], out: Path, ruleset: Ruleset | str, force: bool = False) -> BatchPlan:
    """Skip an input whose review in `out` was made from the same bytes with the same rules and
    the same code (and whose feedback letter is there too). `ruleset`: the rules, or just their
    version."""
    version = ruleset if isinstance(ruleset, str) else ruleset.version
    engine = code_version()
    bp = BatchPlan(todo=[], summary=BatchSummary(ruleset=version))
    for inp in inputs:
        prev = None if force else _load_json(out / f"{inp.stem}.review.json")
        if prev and not (out / f"{inp.stem}.feedback.docx").is_file():
            prev = None
        if prev and prev.get("ruleset") == version and prev.get("engine") == engine \
                and prev.get("source") == inp.source:
            try:
                same = prev.get("sha256") == sha256_file(inp.path)
            except OSError:
                same = False
            if same:
                bp.skipped.append((inp, prev))
                continue
        bp.todo.append(inp)
    return bp


@dataclass
class Judged:
    """A plan judged on its own in a worker: its review without the checks across the batch,
    what those checks need of it, and the feedback draft already rendered for that review."""

    review: Review
    digest: PlanDigest
    staged: str | None = None  # the draft, under <out>/.staging/, to be moved into place


STAGING = ".staging"


def preload() -> Ruleset:
    """Load, in the parent, everything `judge_file` uses (the rules, and through them spaCy and
    every check module; the readers; the letter template's libraries), before the workers are
    forked from it: they share it instead of loading it each."""
    import pipeline.extract  # noqa: F401
    import pipeline.render.feedback  # noqa: F401
    from pipeline.judge.nlp import nlp

    nlp()
    return load_ruleset()


def judge_file(inp: Input, out: str | None, reread: bool = False) -> Judged | FailedInput:
    """Read, judge and draft one plan (runs in a worker process: bounded in time and memory,
    and the parent holds only the small result). The rules are those of OCOP_RULES_DIR, already
    loaded when the worker was forked from a `preload`ed parent. The plan is read through the
    reading cache of `out` (pipeline.ingest.cache) unless `reread`: a run after a rule change
    judges again without reading (OCR) again."""
    from pipeline.extract import extract_file
    from pipeline.render.feedback import write_feedback

    ruleset = load_ruleset()
    plan = extract_file(inp.path, inp.source, cache=Path(out) if out is not None else None, reread=reread)
    view = PlanView(plan)
    rv = review_plan_model(plan, None, view, ruleset, scope="plan")
    digest = plan_digest(view, ruleset)
    # (the checks' models cached in the view point back to it: clearing the cache breaks that cycle,
    # so the plan's data is freed at once, not at the next full collection)
    view.__dict__.clear()
    del view, plan
    staged = None
    if out is not None:
        o = Path(out)
        path = o / STAGING / f"{inp.stem}.feedback.docx"
        try:
            write_feedback(rv, path, previous=previous_review(o, inp.stem, rv))
        except OSError as e:  # disk full, no permission: reported, and redone by the next run
            return write_failure(inp, e)
        staged = str(path)
    return Judged(rv, digest, staged)


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


def render_review(out: Path, stem: str, rv: Review, staged: str | None = None) -> None:
    """Write `<stem>.feedback.docx`, then `<stem>.review.json` (the review is written last: it is
    what marks the plan done, so a write that fails half-way leaves the plan to be redone). A
    review being replaced (the producer sent a new version) is first kept under history/ and
    quoted in the new feedback. `staged`: the draft already rendered for `rv` (by `judge_file`),
    moved into place instead of rendered again."""
    from pipeline.render.feedback import write_feedback

    old = out / f"{stem}.review.json"
    prev = None if staged and Path(staged).is_file() else previous_review(out, stem, rv)
    if old.exists():
        data = _load_json(old)
        if data and data.get("sha256") != rv.sha256:
            write_bytes(out / "history" / f"{stem}.{data['sha256'][:12]}.review.json", old.read_bytes())
    if staged and Path(staged).is_file():
        os.replace(staged, out / f"{stem}.feedback.docx")
    else:  # no draft, or it was moved before a write that failed and is now retried
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

    def read(self, inp: Input, rv: Review) -> None:
        self.identities.append(PlanIdentity(inp.source, rv.producer.name, rv.product.name))

    def failed(self, f: FailedInput) -> None:
        self.summary.failed.append(f)

    def reviewed(self, inp: Input, rv: Review) -> None:
        self.summary.reviewed += 1
        self.summary.outputs[inp.source] = inp.stem
        self.verdicts[rv.verdict] += 1

    def finish(self, out: Path, ideas: Path | None) -> BatchSummary:
        self.summary.verdicts = dict(self.verdicts)
        return finish_batch(out, self.summary, self.identities, ideas)


Render = Callable[[Path, str, Review, "str | None"], None]


class _Packed:
    """A review kept compressed while the batch runs (about 2 KB instead of 25 KB as objects):
    the parent holds one per plan of the batch."""

    __slots__ = ("data",)

    def __init__(self, rv: Review) -> None:
        self.data = zlib.compress(rv.model_dump_json().encode("utf-8"), 6)

    def review(self) -> Review:
        return Review.model_validate_json(zlib.decompress(self.data))


class Publisher:
    """The end of a batch, shared by the CLI and the flows: each plan judged on its own (a
    `Judged`, in input order) is added to the batch's index, the checks across the batch
    (copied sections) are run from the digests, and the plan is published (`render_review`). A
    later plan that shares a section with an earlier one has the earlier one published again, once,
    at `finish`: the end result does not depend on the order, and the plans themselves are never
    held here (memory flat in the batch size; the reviews are kept compressed)."""

    def __init__(self, out: Path, ruleset: Ruleset, render: Render | None = None) -> None:
        self.out = out
        self.index = BatchIndex(ruleset=ruleset)
        self.render = render or render_review
        self.own: list[tuple[Input, _Packed]] = []
        self.published: list[_Packed | FailedInput | None] = []
        self.dirty: set[int] = set()  # published plans whose batch findings a later plan changed
        shutil.rmtree(out / STAGING, ignore_errors=True)  # drafts of a run that was killed

    def add(self, inp: Input, judged: Judged) -> None:
        k = self.index.add(judged.digest)
        self.own.append((inp, _Packed(judged.review)))
        self.published.append(None)
        for j in sorted(self.index.related(k)):
            if isinstance(self.published[j], _Packed) and j not in self.dirty:
                # Published again once, by `finish`, however many later plans change it. Until
                # then its review JSON is withdrawn: a run that stops before `finish` leaves the
                # plan not done, and the next run reviews it again.
                self.dirty.add(j)
                (self.out / f"{self.own[j][0].stem}.review.json").unlink(missing_ok=True)
        self._publish(k, judged.staged, judged.review)

    def finish(self) -> None:
        """Publish again the plans whose batch findings changed after they were published."""
        for j in sorted(self.dirty):
            self._publish(j, None, force=True)
        self.dirty.clear()

    def _publish(self, k: int, staged: str | None, rv: Review | None = None, force: bool = False) -> None:
        inp, packed = self.own[k]
        rv = rv or packed.review()
        extra = self.index.findings(k, rv)
        final = with_batch_findings(rv, extra)
        before = self.published[k]
        after = _Packed(final)
        if not force and isinstance(before, _Packed) and after.data == before.data:
            return
        try:
            self.render(self.out, inp.stem, final, None if extra else staged)
        except Exception as e:  # noqa: BLE001 - disk full, a letter that cannot be drafted
            if isinstance(before, _Packed):
                # the version on disk lacks this batch's findings: drop it, so the next run
                # reviews the plan again
                (self.out / f"{inp.stem}.review.json").unlink(missing_ok=True)
            self.published[k] = write_failure(inp, e) if isinstance(e, OSError) else failure(inp, e)
            return
        self.published[k] = after

    def close(self) -> None:
        shutil.rmtree(self.out / STAGING, ignore_errors=True)

    def results(self) -> Iterator[tuple[Input, Review | FailedInput]]:
        """Each plan's published review (or why it could not be published), one at a time."""
        for (inp, _), res in zip(self.own, self.published, strict=True):
            assert res is not None
            yield inp, (res.review() if isinstance(res, _Packed) else res)


def publish_batch(judged: Iterable[tuple[Input, Judged | FailedInput]], out: Path, ruleset: Ruleset,
                  tally: Tally, render: Render | None = None,
                  on_failed: Callable[[FailedInput], None] | None = None) -> Iterator[tuple[Input, Review]]:
    """The end of a batch run, for the CLI and the flows: each plan judged on its own (in input
    order) goes through a `Publisher`; then each published review is yielded, counted in `tally`
    with the failures (`on_failed` sees each failure too)."""

    def failed(f: FailedInput) -> None:
        tally.failed(f)
        if on_failed:
            on_failed(f)

    pub = Publisher(out, ruleset, render)
    try:
        for inp, res in judged:
            if isinstance(res, FailedInput):
                failed(res)
            else:
                tally.read(inp, res.review)
                pub.add(inp, res)
        pub.finish()
    finally:
        pub.close()
    for inp, res in pub.results():
        if isinstance(res, FailedInput):
            failed(res)
        else:
            tally.reviewed(inp, res)
            yield inp, res


def _review_locked(inputs: list[Input], out: Path, ideas: Path | None, progress: Progress | None,
                   force: bool, settings: Settings, ruleset: Ruleset | str) -> BatchResult:
    """Each plan is read, judged on its own and drafted in a worker; here, as the results come
    in (in input order), the checks across the batch (copied sections) are run from each plan's
    digest and the plan is published. A later plan that turns out to share a section with an
    earlier one has that earlier plan published again: the end result does not depend on the
    order, and the parent never holds the plans themselves (memory flat in the batch size)."""
    from pipeline.workers import run_plans

    bp = plan_batch(inputs, out, ruleset, force)
    if bp.todo:
        ruleset = preload()  # before the workers fork: they share it
    tally = Tally(bp.summary)
    result = BatchResult(bp.summary)
    for inp, prev in bp.skipped:
        tally.skipped(inp, prev)
    n = len(bp.todo)
    done = 0

    def on_done(inp: Input, res) -> None:
        nonlocal done
        done += 1
        if progress:
            progress("review", inp, done, n)

    if not bp.todo:
        tally.finish(out, ideas)
        return result
    assert isinstance(ruleset, Ruleset)
    judged = run_plans(bp.todo, judge_file, lambda i: (i, str(out), force), settings, on_done)
    for inp, rv in publish_batch(judged, out, ruleset, tally):
        result.reviews[inp.stem] = ReviewLine.of(rv)
    read_cache.prune(out, settings)
    tally.finish(out, ideas)
    return result


def review_paths(paths: Iterable[str | Path], out: Path, ideas: Path | None = None,
                 progress: Progress | None = None, force: bool = False) -> BatchResult:
    return review_inputs(collect_inputs(paths), out, ideas, progress, force)
