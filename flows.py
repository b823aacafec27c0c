"""Prefect face of the pipeline: schedules, a UI to trigger runs and approve mail, Dask scale-out.

Thin wrappers over the plain functions in `pipeline/` (which never imports Prefect):

- `review_submissions(submissions, out, ideas=None)`: the scheduled batch. Scans the submission
  folder (read only: nothing there is moved, renamed or deleted) and reviews the plans that are
  new or changed since their review in `out` (content hash + ruleset version, `plan_batch`).
  One task per plan reads it, judges it on its own and drafts its letter (in a worker process, as
  the CLI does); the flow then runs the checks across the batch (copied sections) from each
  plan's digest and publishes it (a render task, retried on I/O errors). The review JSON (written
  after the feedback draft) is each plan's record, so a run killed midway resumes where it
  stopped.
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
from pathlib import Path
from typing import Any, Literal

# The embedded default (no server configured) starts a temporary server on first use: on a new
# PREFECT_HOME it runs the database migrations, which on a busy 2-core machine outlasts Prefect's
# 20 s default (docs/FLOWS.md). Set before Prefect reads its settings; the environment wins.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.input import RunInput  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402
from pydantic import BaseModel, Field  # noqa: E402
from pydantic_settings import BaseSettings, SettingsConfigDict  # noqa: E402

from pipeline.batch import Input, collect_inputs, failure  # noqa: E402
from pipeline.ideas import load_ideas  # noqa: E402
from pipeline.ingest import cache as read_cache  # noqa: E402
from pipeline.judge.rules import Ruleset, load_ruleset, ruleset_version  # noqa: E402
from pipeline.models import BatchSummary, FailedInput, Review  # noqa: E402
from pipeline.review import Judged, Tally, judge_file, plan_batch, publish_batch, render_review  # noqa: E402
from pipeline.settings import Settings, get_settings  # noqa: E402


class FlowSettings(BaseSettings):
    """Settings of the Prefect face (environment, prefix OCOP_, or `.env`)."""

    model_config = SettingsConfigDict(env_prefix="OCOP_", env_file=".env", extra="ignore")

    submissions: Path = Field(Path("submissions"),
                              description="Submission folder the schedule scans.")
    out: Path = Field(Path("reviews"), description="Output folder of reviews and feedback drafts.")
    ideas: Path | None = Field(None, description="Registry of approved product ideas (CSV/XLSX).")
    schedule_cron: str = Field("0 7 * * *", description="When the batch runs (cron).")
    schedule_timezone: str = Field("Asia/Ho_Chi_Minh",
                                   description="Time zone of the cron schedule.")
    dask_address: str | None = Field(None, description="Dask scheduler (tcp://host:8786); "
                                                       "unset = tasks run in the flow's process.")
    approval_timeout_s: int = Field(7 * 24 * 3600,
                                    description="How long a send waits for the decisions.")


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


def task_runner(address: str | None = None):
    """Dask when a scheduler address is configured (OCOP_DASK_ADDRESS), else threads in the flow's
    process (reading still happens in worker processes, one per plan)."""
    address = address or FlowSettings().dask_address
    if address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=address)
    return ThreadPoolTaskRunner(max_workers=get_settings().workers or os.cpu_count() or 1)


# --------------------------------------------------------------------------- tasks

def _is_io_error(task, task_run, state) -> bool:
    return isinstance(state.data, OSError)


_POOLS: dict[str, Any] = {}  # the worker pool of each running flow, by key (tasks in this process)


def _review_one(inp: Input, settings: Settings, rules: str, out: Path, pool_key: str,
                force: bool = False) -> Judged | FailedInput:
    """Read, judge on its own and draft one plan: in the flow's worker pool (bounded in time and
    memory, pipeline.workers), like the CLI."""
    from pipeline.workers import WorkerPool

    pool, own_pool = _POOLS.get(pool_key), None
    if pool is None:
        # A Dask worker (another process, maybe another machine). The flow drafts the letter: the
        # output folder may not be reachable from there.
        _current_rules(rules)
        if multiprocessing.current_process().daemon:
            # a daemonic worker may not start processes: judge in place, the Dask worker being
            # the isolation (docs/FLOWS.md)
            try:
                return judge_file(inp, None)
            except Exception as e:  # noqa: BLE001 - a reader's failure is this plan's failure
                return failure(inp, e)
        pool = own_pool = WorkerPool(settings, 1, start="forkserver")
    try:
        res = pool.result(inp, pool.submit(judge_file, (inp, None if own_pool else str(out), force)))
    finally:
        if own_pool is not None:
            own_pool.close()
    if isinstance(res, Judged) and res.review.ruleset != rules:
        raise RuntimeError(f"the worker judged with rules {res.review.ruleset}, the flow's are {rules}")
    return res


# Task bodies only call the module-level functions above: a task shipped to a Dask worker is
# pickled by value, and must not drag the flow's state with it.

@task(name="review", task_run_name="review {stem}", cache_policy=NO_CACHE)
def review_task(inp: Input, stem: str, settings: Settings, rules: str, out: Path,
                pool_key: str = "", force: bool = False) -> Judged | FailedInput:
    """Read one plan, judge it on its own and draft its letter. A file that cannot be read is a
    `FailedInput` (a batch.json entry), never a task failure, so it is never retried. The checks
    across the batch (copied sections) are run by the flow from each plan's digest."""
    return _review_one(inp, settings, rules, out, pool_key, force)


@task(name="render", task_run_name="render {stem}", cache_policy=NO_CACHE,
      retries=2, retry_delay_seconds=2, retry_condition_fn=_is_io_error)
def render_task(out: Path, stem: str, review: Review, staged: str | None = None) -> None:
    """Write the review JSON and the feedback draft; retried on I/O errors only."""
    render_review(out, stem, review, staged)


# --------------------------------------------------------------------------- the review flows

def _review(inputs: list[Input], out: Path, ideas: Path | None,
            force: bool = False) -> BatchSummary:
    log = get_run_logger()
    get_settings.cache_clear()  # a long-lived process (serve, a script) sees today's settings
    rules = ruleset_version(Settings().rules_dir)
    ruleset = _current_rules(rules)
    settings = get_settings()
    out.mkdir(parents=True, exist_ok=True)
    if ideas is not None:
        load_ideas(ideas)  # a broken registry stops the run before any work is done
    # The review JSON, written after the feedback draft, is each plan's record: a plan whose run
    # was killed before it has no (or an older) review JSON and is reviewed again.
    bp = plan_batch(inputs, out, ruleset, force)
    summary = bp.summary
    log.info("%d phương án: %d cần đánh giá, %d không đổi (bỏ qua).", len(inputs), len(bp.todo),
             len(bp.skipped))

    tally = Tally(summary)
    rows: list[dict] = []
    for inp, prev in bp.skipped:
        tally.skipped(inp, prev)
        rows.append(_row(inp, prev, "không đổi", ruleset))

    # One worker pool for the run, started from a fork server: the flow's process runs Prefect's
    # threads, and forking it while one of them holds a lock can hang the child (pipeline.workers).
    pool_key = f"{os.getpid()}:{id(bp)}"
    if bp.todo and not FlowSettings().dask_address:
        from pipeline.workers import WorkerPool

        _POOLS[pool_key] = WorkerPool(settings, len(bp.todo), start="forkserver")
    try:
        # read, judge on its own and draft: one task per plan, in parallel
        futures = [(inp, review_task.submit(inp, inp.stem, settings, rules, out, pool_key, force)) for inp in bp.todo]
        _publish_all(futures, out, ruleset, tally, rows, log)
    finally:
        if (pool := _POOLS.pop(pool_key, None)) is not None:
            pool.close()
    read_cache.prune(out, settings)
    tally.finish(out, ideas)
    log.info("Xong: %d phương án được đánh giá, %d không đổi, %d tệp lỗi.", summary.reviewed,
             summary.skipped, len(summary.failed))
    _artifacts(summary, rows, out)
    return summary


def _publish_all(futures: list[tuple[Input, Any]], out: Path, ruleset: Ruleset, tally: Tally,
                 rows: list[dict], log) -> None:
    """In input order, the checks across the batch and the publishing (pipeline.review), each plan
    published by a render task."""

    def judged():
        for inp, fut in futures:
            try:
                yield inp, fut.result()
            except Exception as e:  # noqa: BLE001 - an orchestration failure is this plan's failure
                yield inp, failure(inp, e)

    render = lambda o, stem, rv, staged: render_task(o, stem, rv, staged)  # noqa: E731
    for inp, rv in publish_batch(judged(), out, ruleset, tally, render, lambda f: log.warning(f.reason)):
        rows.append(_row(inp, rv.model_dump(mode="json"), "đánh giá mới", ruleset))


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
    findings = review.get("findings") or []
    for f in sorted(findings, key=lambda f: SEVERITY_ORDER.get(f["severity"], 3)):
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
            lines += ["", "Chưa nộp phương án:", "",
                      "| Chủ thể | Sản phẩm | Xã |", "| --- | --- | --- |"]
            lines += [f"| {_md(m.get('producer'))} | {_md(m.get('product'))} | "
                      f"{_md(m.get('commune'))} |" for m in summary.missing]
        if summary.unmatched:
            lines += ["", "Phương án không khớp ý tưởng nào:", ""]
            lines += [f"- `{_md(u.get('source'))}`: {_md(u.get('product'))} "
                      f"({_md(u.get('producer'))})" for u in summary.unmatched]
    return "\n".join(lines) + "\n"


def _artifacts(summary: BatchSummary, rows: list[dict], out: Path) -> None:
    create_markdown_artifact(batch_markdown(summary, out), key="ocop-batch-summary",
                             description="Tóm tắt lượt đánh giá")
    rows = sorted(rows, key=lambda r: r["Tệp"])
    if rows:
        create_table_artifact(rows, key="ocop-reviews", description="Mỗi phương án một dòng")


# --------------------------------------------------------------------------- approval and sending

DECISIONS = {"gửi": "approve", "giữ lại": "hold", "để sau": "later"}


class DraftDecision(BaseModel):
    """The reviewer's decision on one feedback draft (one row of the resume form)."""

    stem: str = Field(title="Bản góp ý")
    decision: Literal["gửi", "giữ lại", "để sau"] = Field(
        "để sau", title="Quyết định",
        description="gửi: duyệt và gửi thư; giữ lại: không gửi cho đến khi duyệt lại; "
                    "để sau: chưa quyết định")
    note: str = Field("", title="Lời nhắn kèm",
                      description="Đoạn đưa lên đầu thư (để trống: dùng lời nhắn chung)")
    key: str = Field("", title="Mã bản nháp", json_schema_extra={"readOnly": True},
                     description="Không sửa: để nhận ra bản góp ý đã đổi sau khi hiển thị")


class FeedbackApproval(RunInput):
    """The resume form of `send_feedback`."""

    reviewer: str = Field(min_length=1, title="Người duyệt (họ và tên)")
    note: str = Field("", title="Lời nhắn chung",
                      description="Đưa lên đầu mỗi thư được duyệt không có lời nhắn riêng")
    drafts: list[DraftDecision] = Field(default_factory=list, title="Các bản góp ý")


def approval_form(rows: list[DraftDecision], description: str) -> type[FeedbackApproval]:
    """The resume form, one row per draft shown (the UI renders its JSON schema)."""
    import pydantic

    form = pydantic.create_model(
        "FeedbackApproval", __base__=FeedbackApproval,
        drafts=(list[DraftDecision], Field(default=rows, title="Các bản góp ý")))
    form._description = description
    return form


def _review_of(out: Path, stem: str) -> dict:
    import json

    try:
        return json.loads((out / f"{stem}.review.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


STATE_VI = {"draft": "chờ duyệt", "approved": "đã duyệt, chưa gửi", "held": "đang giữ lại",
            "failed": "gửi lỗi", "sending": "đang gửi", "sent": "đã gửi"}


def approval_markdown(out: Path, drafts: list, unsendable: list) -> str:
    titles = {r.id: r.title for r in load_ruleset().rules}
    lines = [f"## Duyệt gửi góp ý ({out})", "",
             "Chọn **gửi** cho từng bản góp ý được phép gửi cho chủ thể, **giữ lại** để không gửi, "
             "**để sau** để quyết định sau. Có thể sửa lời nhắn đưa lên đầu thư.", "",
             "| Bản góp ý | Chủ thể | Sản phẩm | Kết luận | Điểm | Lỗi | Góp ý chính | Gửi tới "
             "| Trạng thái |",
             "| --- | --- | --- | --- | ---: | ---: | --- | --- | --- |"]
    for d in drafts:
        rv = _review_of(out, d.stem)
        errors = sum(f.get("severity") == "error" for f in rv.get("findings") or [])
        state = STATE_VI.get(d.state.value, d.state.value)
        if d.last_error:
            state += f": {d.last_error}"
        verdict = VERDICT_VI.get(rv.get("verdict"), "?")
        score = (rv.get("scores") or {}).get("overall", "")
        lines.append(f"| {_md(d.stem)} | {_md(d.producer)} | {_md(d.product)} | {verdict} | "
                     f"{score} | {errors} | {_md(_main_findings(rv, titles))} | {_md(d.recipient)} | "
                     f"{_md(state)} |")
    if unsendable:
        lines += ["", "Không gửi được (cần sửa trước):", ""]
        lines += [f"- {_md(d.stem)}: {_md(d.last_error or 'không có địa chỉ email')}"
                  for d in unsendable]
    return "\n".join(lines) + "\n"


@task(name="list-drafts", cache_policy=NO_CACHE)
def list_drafts_task(out: Path) -> list:
    from pipeline.deliver import list_drafts

    return list_drafts(out)


@task(name="record-decisions", cache_policy=NO_CACHE)
def decide_task(out: Path, answer: FeedbackApproval, shown: dict[str, str]) -> dict[str, list[str]]:
    """Apply the reviewer's decisions. A draft that changed since it was shown (the plan was
    reviewed again) is not approved: its new version needs its own look."""
    from pipeline.deliver import approve, hold, list_drafts

    log = get_run_logger()
    current = {d.stem: d.key for d in list_drafts(out)}
    done: dict[str, list[str]] = {"approved": [], "held": [], "changed": []}
    notes: dict[str | None, list[str]] = {}
    held: list[str] = []
    for d in answer.drafts:
        what = DECISIONS[d.decision]
        if what == "later":
            continue
        key = d.key or shown.get(d.stem)
        if d.stem not in current or current[d.stem] != key:
            log.warning("Bản góp ý %s đã thay đổi sau khi hiển thị: chưa xử lý, cần duyệt lại.",
                        d.stem)
            done["changed"].append(d.stem)
        elif what == "hold":
            held.append(d.stem)
        else:
            note = (d.note or answer.note).strip() or None
            notes.setdefault(note, []).append(d.stem)
    if held:
        hold(out, held, by=answer.reviewer)
        done["held"] = held
    for note, stems in notes.items():
        approve(out, stems, by=answer.reviewer, note=note)
        done["approved"] += stems
    return done


@task(name="send", cache_policy=NO_CACHE)
def send_task(out: Path) -> dict:
    from pipeline.deliver import send_approved

    report = send_approved(out)
    return {"via": report.via, "error": report.error,
            **{k: [d.stem for d in getattr(report, k)] for k in
               ("sent", "failed", "no_email", "deferred", "skipped")}}


def _in_deployment() -> bool:
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    return bool(ctx and ctx.flow_run and ctx.flow_run.deployment_id)


@flow(name="send-feedback", task_runner=ThreadPoolTaskRunner(max_workers=1))
def send_feedback(out: Path) -> dict:
    """Show the feedback drafts to the reviewer, wait for the decisions, send what was approved.

    In a deployment the run is suspended (no process waits) and resumes when the reviewer submits
    the form in the UI; called directly, it pauses in place until the form is submitted."""
    from prefect.flow_runs import pause_flow_run, suspend_flow_run

    log = get_run_logger()
    out = Path(out)
    drafts = list_drafts_task(out)
    open_ = [d for d in drafts if d.state.value in ("draft", "held", "approved")
             or (d.state.value == "failed" and not d.no_email and d.recipient)]
    unsendable = [d for d in drafts if d.state.value == "failed" and d not in open_]
    decisions: dict[str, list[str]] = {"approved": [], "held": [], "changed": []}
    if open_:
        rows = [DraftDecision(stem=d.stem, key=d.key, note=d.note or "",
                              decision="gửi" if d.state.value == "approved" else "để sau")
                for d in open_]
        form = approval_form(rows, approval_markdown(out, open_, unsendable))
        timeout = FlowSettings().approval_timeout_s
        if _in_deployment():
            answer = suspend_flow_run(wait_for_input=form, timeout=timeout, key="approval")
        else:
            answer = pause_flow_run(wait_for_input=form, timeout=timeout, key="approval")
        decisions = decide_task(out, answer, {d.stem: d.key for d in open_})
    else:
        log.info("Không có bản góp ý nào chờ duyệt trong %s.", out)
    report = send_task(out)
    log.info("Đã gửi %d thư; lỗi %d; chưa có email %d; để lần sau %d.", len(report["sent"]),
             len(report["failed"]), len(report["no_email"]), len(report["deferred"]))
    create_markdown_artifact(send_markdown(report, decisions), key="ocop-send-report",
                             description="Kết quả gửi góp ý")
    return {**report, "decisions": decisions}


def send_markdown(report: dict, decisions: dict[str, list[str]]) -> str:
    lines = ["# Gửi góp ý", "", f"Gửi qua: {report['via']}", ""]
    if report.get("error"):
        lines += [f"**Dừng giữa chừng:** {_md(report['error'])}", ""]
    for label, items in (("Đã duyệt lần này", decisions.get("approved")),
                         ("Giữ lại", decisions.get("held")),
                         ("Đã đổi sau khi hiển thị, cần duyệt lại", decisions.get("changed")),
                         ("Đã gửi", report["sent"]), ("Gửi lỗi", report["failed"]),
                         ("Chưa có địa chỉ email", report["no_email"]),
                         ("Để lần gửi sau", report["deferred"])):
        if items:
            lines.append(f"- {label}: {', '.join(items)}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- serving

def deployments(fs: FlowSettings | None = None) -> list:
    """The deployments `python flows.py` serves."""
    from prefect.schedules import Cron

    fs = fs or FlowSettings()
    out = str(fs.out.resolve())
    return [
        review_submissions.to_deployment(
            name="daily", schedule=Cron(fs.schedule_cron, timezone=fs.schedule_timezone),
            parameters={"submissions": str(fs.submissions.resolve()), "out": out,
                        "ideas": str(fs.ideas.resolve()) if fs.ideas else None},
            concurrency_limit=1,
            description="Đánh giá các phương án mới hoặc đã sửa trong thư mục nộp hồ sơ."),
        review_plan.to_deployment(
            name="on-demand", parameters={"out": out},
            description="Đánh giá một phương án (đường dẫn tệp), do cán bộ thẩm định yêu cầu."),
        send_feedback.to_deployment(
            name="approval", parameters={"out": out},
            description="Duyệt từng bản góp ý trên giao diện Prefect rồi gửi thư cho chủ thể."),
    ]


if __name__ == "__main__":
    from prefect import serve

    serve(*deployments())
