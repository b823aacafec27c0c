"""Prefect face of the pipeline: schedules, a UI to trigger runs and approve mail, Dask scale-out.

Thin wrappers over the plain functions in `pipeline/` (which never imports Prefect):

- `review_submissions(submissions, out, ideas=None)`: the scheduled batch. Scans the submission
  folder (read only: nothing there is moved, renamed or deleted) and reviews the plans that are
  new or changed since their review in `out` (content hash + ruleset version, `plan_batch`).
  One task per plan and stage: read, judge, render. The review JSON and the feedback draft written
  per plan are the record, so a run killed midway resumes where it stopped.
- `review_plan(path, out)`: one plan, triggered by a reviewer with parameters.
- `send_feedback(out)`: suspends for the reviewer's approval in the UI, then sends what was
  approved (pipeline.deliver).

`python flows.py` serves the deployments (see docs/FLOWS.md). With no Prefect server configured,
a plain call runs in Prefect's ephemeral mode on SQLite.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.input import RunInput
from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.batch import Input, collect_inputs, failure
from pipeline.extract import Plan, extract_file
from pipeline.ideas import PlanIdentity, load_ideas
from pipeline.judge.base import BatchContext, PlanView
from pipeline.judge.engine import review as judge_plan
from pipeline.judge.rules import Ruleset, load_ruleset, ruleset_version
from pipeline.models import BatchSummary, FailedInput, Review
from pipeline.review import finish_batch, plan_batch, render_review
from pipeline.settings import Settings, get_settings


class FlowSettings(BaseSettings):
    """Settings of the Prefect face (environment, prefix OCOP_, or `.env`)."""

    model_config = SettingsConfigDict(env_prefix="OCOP_", env_file=".env", extra="ignore")

    submissions: Path = Field(Path("submissions"), description="Submission folder the schedule scans.")
    out: Path = Field(Path("reviews"), description="Output folder of reviews and feedback drafts.")
    ideas: Path | None = Field(None, description="Registry of approved product ideas (CSV/XLSX).")
    schedule_cron: str = Field("0 7 * * *", description="When the batch runs (cron).")
    schedule_timezone: str = Field("Asia/Ho_Chi_Minh", description="Time zone of the cron schedule.")
    dask_address: str | None = Field(None, description="Dask scheduler (tcp://host:8786); "
                                                       "unset = tasks run in the flow's process.")
    approval_timeout_s: int = Field(7 * 24 * 3600, description="How long a send waits for approval.")


VERDICT_VI = {"ready": "Đạt", "revise": "Cần chỉnh sửa", "sketchy": "Sơ sài"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


# --------------------------------------------------------------------------- helpers

def _pipeline_caches_clear() -> None:
    """Forget every cached settings/rules object of `pipeline` (lru_cache keys on the folder, not
    its content): a long-lived process (a Dask worker, a script calling the flow twice) then sees
    an edited threshold as the CLI does."""
    for name, mod in list(sys.modules.items()):
        if name == "pipeline" or name.startswith("pipeline."):
            for obj in list(vars(mod).values()):
                if callable(getattr(obj, "cache_clear", None)) and hasattr(obj, "cache_info"):
                    obj.cache_clear()


def _current_rules(expected: str | None = None) -> Ruleset:
    """The ruleset of this process, reloaded when the rules on disk (or OCOP_RULES_DIR) changed.
    `expected` is the flow's version: a worker that cannot match it has other rules (a Dask worker
    with another OCOP_RULES_DIR or an older copy of rules/) and must not judge."""
    want = expected or ruleset_version(Settings().rules_dir)
    rs = load_ruleset()
    if rs.version != want:
        _pipeline_caches_clear()
        rs = load_ruleset()
    if rs.version != want:
        raise RuntimeError(f"rules/ of this process ({rs.version}, {get_settings().rules_dir}) "
                           f"differ from the flow's ({want})")
    return rs


def _unfinished(out: Path, stem: str) -> bool:
    """A review JSON with no feedback draft written after it: the run was killed between the two
    writes of `render_review`, so the plan is not done."""
    try:
        return (out / f"{stem}.feedback.docx").stat().st_mtime_ns < \
            (out / f"{stem}.review.json").stat().st_mtime_ns
    except OSError:
        return True


def task_runner(address: str | None = None):
    """Dask when a scheduler address is configured (OCOP_DASK_ADDRESS), else threads in the flow's
    process (reading still happens in worker processes, one per plan)."""
    address = address or FlowSettings().dask_address
    if address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=address)
    return ThreadPoolTaskRunner(max_workers=get_settings().workers or os.cpu_count() or 1)


# --------------------------------------------------------------------------- tasks

_JUDGE_LOCK = threading.Lock()  # judging is CPU-bound Python: one at a time per process
_BATCHES: dict[str, BatchContext] = {}  # the current batch's context, per process


def _is_io_error(task, task_run, state) -> bool:
    return isinstance(state.data, OSError)


def _read(inp: Input, settings: Settings, rules: str) -> Plan | FailedInput:
    from pipeline.workers import read_plans

    _current_rules(rules)
    if multiprocessing.current_process().daemon:
        # A Dask worker process (daemonic) may not start the reading pool: read in place; the
        # worker is then the isolation (see docs/FLOWS.md for keeping the per-plan limits).
        try:
            return extract_file(inp.path, inp.source, settings)
        except Exception as e:  # noqa: BLE001 - a reader's failure is this plan's failure
            return failure(inp, e)
    return next(read_plans([inp], settings))[1]


def _judge(batch_id: str, plans: list[Plan], index: int, inp: Input,
           ruleset: Ruleset) -> Review | FailedInput:
    _current_rules(ruleset.version)
    with _JUDGE_LOCK:
        batch = _BATCHES.get(batch_id)
        if batch is None:
            _BATCHES.clear()
            batch = _BATCHES[batch_id] = BatchContext([PlanView(p) for p in plans])
        try:
            return judge_plan(plans[index], batch, batch.views[index], ruleset)
        except Exception as e:  # noqa: BLE001 - a failure of one plan never stops the batch
            return failure(inp, e)


# Task bodies only call the module-level functions above: a task shipped to a Dask worker is
# pickled by value, and must not drag the lock or the cache with it.

@task(name="read", task_run_name="read {stem}", cache_policy=NO_CACHE)
def read_task(inp: Input, stem: str, settings: Settings, rules: str) -> Plan | FailedInput:
    """Read one plan. A file that cannot be read is a `FailedInput` (a batch.json entry), never a
    task failure, so it is never retried."""
    return _read(inp, settings, rules)


@task(name="judge", task_run_name="judge {stem}", cache_policy=NO_CACHE)
def judge_task(batch_id: str, plans: list[Plan], index: int, inp: Input, stem: str,
               ruleset: Ruleset) -> Review | FailedInput:
    """Judge plan `index` against the whole batch (copied text is a cross-plan check)."""
    return _judge(batch_id, plans, index, inp, ruleset)


@task(name="render", task_run_name="render {stem}", cache_policy=NO_CACHE,
      retries=2, retry_delay_seconds=2, retry_condition_fn=_is_io_error)
def render_task(out: Path, stem: str, result: Review | FailedInput) -> Review | FailedInput:
    """Write the review JSON and the feedback draft; retried on I/O errors only."""
    if isinstance(result, Review):
        render_review(out, stem, result)
    return result


# --------------------------------------------------------------------------- the review flows

def _review(inputs: list[Input], out: Path, ideas: Path | None, force: bool = False) -> BatchSummary:
    log = get_run_logger()
    rules = ruleset_version(Settings().rules_dir)
    ruleset = _current_rules(rules)
    settings = get_settings()
    out.mkdir(parents=True, exist_ok=True)
    if ideas is not None:
        load_ideas(ideas)  # a broken registry stops the run before any work is done
    bp = plan_batch(inputs, out, ruleset, force)
    redo = {i.stem for i, _ in bp.skipped if _unfinished(out, i.stem)}
    bp.todo += [i for i, _ in bp.skipped if i.stem in redo]
    bp.skipped = [(i, p) for i, p in bp.skipped if i.stem not in redo]
    summary = bp.summary
    log.info("%d phương án: %d cần đánh giá, %d không đổi (bỏ qua).", len(inputs), len(bp.todo),
             len(bp.skipped))

    identities: list[PlanIdentity] = []
    verdicts: Counter[str] = Counter()
    rows: list[dict] = []
    for inp, prev in bp.skipped:
        summary.skipped += 1
        summary.outputs[inp.source] = inp.stem
        verdicts[prev.get("verdict")] += 1
        identities.append(PlanIdentity(inp.source, (prev.get("producer") or {}).get("name"),
                                       (prev.get("product") or {}).get("name")))
        rows.append(_row(inp, prev, "không đổi", ruleset))

    # read: one task per plan, in parallel
    reads = [(inp, read_task.submit(inp, inp.stem, settings, rules)) for inp in bp.todo]
    ok: list[tuple[Input, Any]] = []
    for inp, fut in reads:
        try:
            res = fut.result()
        except Exception as e:  # noqa: BLE001 - an orchestration failure is this plan's failure
            res = failure(inp, e)
        if isinstance(res, FailedInput):
            summary.failed.append(res)
            log.warning(res.reason)
        else:
            ok.append((inp, fut))
            identities.append(PlanIdentity(inp.source, res.producer.name, res.product.name))

    # judge against the batch, render as each judgement is ready
    batch_id = f"{_run_id()}:{rules}"
    plan_futures = [f for _, f in ok]
    rendered = []
    for k, (inp, _) in enumerate(ok):
        j = judge_task.submit(batch_id, plan_futures, k, inp, inp.stem, ruleset)
        rendered.append((inp, render_task.submit(out, inp.stem, j)))
    for inp, fut in rendered:
        try:
            res = fut.result()
        except Exception as e:  # noqa: BLE001 - I/O still failing after the retries, or a crash
            res = failure(inp, e)
        if isinstance(res, FailedInput):
            summary.failed.append(res)
            log.warning(res.reason)
            continue
        summary.reviewed += 1
        summary.outputs[inp.source] = inp.stem
        verdicts[res.verdict] += 1
        rows.append(_row(inp, res.model_dump(mode="json"), "đánh giá mới", ruleset))
    summary.verdicts = dict(verdicts)
    finish_batch(out, summary, identities, ideas)
    log.info("Xong: %d phương án được đánh giá, %d không đổi, %d tệp lỗi.", summary.reviewed,
             summary.skipped, len(summary.failed))
    _artifacts(summary, rows, out)
    return summary


def _run_id() -> str:
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    return str(ctx.flow_run.id) if ctx and ctx.flow_run else str(id(ctx))


@flow(name="review-submissions", task_runner=task_runner(), validate_parameters=True)
def review_submissions(submissions: Path, out: Path, ideas: Path | None = None) -> dict:
    """Review the new or changed plans of the submission folder (the scheduled batch)."""
    summary = _review(collect_inputs([submissions]), Path(out), Path(ideas) if ideas else None)
    return summary.model_dump(mode="json")


@flow(name="review-plan", task_runner=ThreadPoolTaskRunner(max_workers=1))
def review_plan(path: Path, out: Path, force: bool = False) -> dict:
    """Review one plan (triggered by a reviewer). `force` reviews it again even if unchanged."""
    summary = _review(collect_inputs([path]), Path(out), None, force)
    return summary.model_dump(mode="json")


# --------------------------------------------------------------------------- artifacts

def _main_findings(review: dict, titles: dict[str, str], n: int = 3) -> str:
    seen: list[str] = []
    for f in sorted(review.get("findings") or [], key=lambda f: SEVERITY_ORDER.get(f["severity"], 3)):
        if f["severity"] == "info":
            continue
        t = titles.get(f["rule"], f["rule"])
        if t not in seen:
            seen.append(t)
    more = f" (+{len(seen) - n})" if len(seen) > n else ""
    return "; ".join(seen[:n]) + more


def _row(inp: Input, review: dict, status: str, ruleset: Ruleset) -> dict:
    titles = {r.id: r.title for r in ruleset.rules}
    s = review.get("scores") or {}
    return {
        "Tệp": Path(inp.source).name,
        "Chủ thể": (review.get("producer") or {}).get("name") or "",
        "Sản phẩm": (review.get("product") or {}).get("name") or "",
        "Kết luận": VERDICT_VI.get(review.get("verdict"), review.get("verdict") or ""),
        "Điểm": s.get("overall"),
        "Đầy đủ": s.get("completeness"),
        "Chiều sâu": s.get("depth"),
        "Khả thi": s.get("feasibility"),
        "Tuân thủ": s.get("compliance"),
        "Lỗi": sum(f["severity"] == "error" for f in review.get("findings") or []),
        "Góp ý chính": _main_findings(review, titles),
        "Lần này": status,
    }


def _md(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def batch_markdown(summary: BatchSummary, out: Path) -> str:
    lines = ["# Kết quả đánh giá phương án SXKD", "",
             f"Thư mục kết quả: `{out}`", "",
             f"- Đánh giá mới: **{summary.reviewed}**",
             f"- Không đổi (bỏ qua): **{summary.skipped}**",
             f"- Tệp không đọc được: **{len(summary.failed)}**", "",
             "| Kết luận | Số phương án |", "| --- | ---: |"]
    for v in ("ready", "revise", "sketchy"):
        lines.append(f"| {VERDICT_VI[v]} | {summary.verdicts.get(v, 0)} |")
    if summary.failed:
        lines += ["", "## Tệp không đọc được", "", "| Tệp | Lý do |", "| --- | --- |"]
        lines += [f"| `{_md(f.source)}` | {_md(f.reason)} |" for f in summary.failed]
    if summary.missing is not None:
        lines += ["", f"## Ý tưởng sản phẩm đã duyệt: {summary.ideas}, đã nhận phương án: "
                      f"{summary.received}"]
        if summary.missing:
            lines += ["", "Chưa nộp phương án:", "", "| Chủ thể | Sản phẩm | Xã |", "| --- | --- | --- |"]
            lines += [f"| {_md(m.get('producer'))} | {_md(m.get('product'))} | {_md(m.get('commune'))} |"
                      for m in summary.missing]
        if summary.unmatched:
            lines += ["", "Phương án không khớp ý tưởng nào:", ""]
            lines += [f"- `{_md(u.get('source'))}`: {_md(u.get('product'))} ({_md(u.get('producer'))})"
                      for u in summary.unmatched]
    return "\n".join(lines) + "\n"


def _artifacts(summary: BatchSummary, rows: list[dict], out: Path) -> None:
    create_markdown_artifact(batch_markdown(summary, out), key="ocop-batch-summary",
                             description="Tóm tắt lượt đánh giá")
    rows = sorted(rows, key=lambda r: r["Tệp"])
    if rows:
        create_table_artifact(rows, key="ocop-reviews", description="Mỗi phương án một dòng")
