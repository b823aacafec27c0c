"""`ocop-review`: the face of the pipeline for a person at a terminal.

Heavy modules (pdfplumber, spaCy, Prefect) are imported inside the commands that need them,
so `ocop-review --help` stays fast. Exit status: 0 every input read, 1 at least one input
could not be read or its results not written (listed in batch.json; or batch.json itself could
not be written), 2 nothing done: bad usage, or the output folder is held by another run for
longer than OCOP_LOCK_TIMEOUT_S, or cannot be created. `approve` and `send`: 0 all well, 1 a draft
could not be approved or sent (listed on stderr), 2 bad usage (no such folder or draft, bad settings).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Đọc và góp ý phương án sản xuất kinh doanh OCOP (ocop-review).",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

PathsArg = Annotated[list[Path], typer.Argument(help="Tệp hoặc thư mục phương án (.docx, .doc, .pdf).")]


def _echo_err(msg: str) -> None:
    typer.echo(msg, err=True)


class _Progress:
    """A progress bar on stderr (counts, current file, elapsed, ETA) when stderr is a terminal;
    plain lines otherwise, so logs and CI output stay readable."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label, self.done = total, label, 0
        self._rich = None

    def __enter__(self) -> _Progress:
        if sys.stderr.isatty():
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self._rich = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TimeElapsedColumn(), TextColumn("còn"), TimeRemainingColumn(),
                                  TextColumn("{task.fields[current]}"), transient=False)
            self._rich.start()
            self._task = self._rich.add_task(self.label, total=self.total, current="")
        return self

    def advance(self, inp) -> None:
        self.done += 1
        if self._rich is not None:
            self._rich.update(self._task, advance=1, current=inp.source[-60:])
        else:
            _echo_err(f"[{self.done}/{self.total}] {inp.source}")

    def error(self, reason: str) -> None:
        if self._rich is not None:
            self._rich.console.print(f"LỖI: {reason}", markup=False, highlight=False)
        else:
            _echo_err(f"LỖI: {reason}")

    def __exit__(self, *exc) -> None:
        if self._rich is not None:
            self._rich.stop()


@app.command()
def extract(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Thư mục kết quả.")] = Path("extracts"),
    html: Annotated[bool, typer.Option("--html", help="Ghi thêm trang HTML kiểm tra (<stem>.extract.html).")] = False,
) -> None:
    """Đọc phương án, không chấm điểm: ghi <stem>.extract.json cho từng tệp và batch.json."""
    from pipeline.batch import OutputBusy, OutputError, collect_inputs, output_lock, write_json
    from pipeline.ingest import cache as read_cache
    from pipeline.models import BatchSummary, FailedInput
    from pipeline.settings import get_settings
    from pipeline.workers import extract_plans

    inputs = collect_inputs(paths)
    if not inputs:
        _echo_err("Không tìm thấy tệp phương án nào (.docx, .doc, .pdf) trong đường dẫn đã cho.")
        raise typer.Exit(2)
    summary = BatchSummary()
    try:
        with output_lock(out, get_settings().lock_timeout_s), _Progress(len(inputs), "Đọc") as bar:
            # each worker reads its plan and writes <stem>.extract.json (and .html) itself
            for inp, res in extract_plans(inputs, out, html, on_done=lambda i, r: bar.advance(i)):
                if isinstance(res, FailedInput):
                    summary.failed.append(res)
                    bar.error(res.reason)
                    continue
                summary.extracted += 1
                summary.outputs[inp.source] = inp.stem
            read_cache.prune(out, get_settings())
            try:
                write_json(out / "batch.json", summary)
            except OSError as e:
                raise OutputError(out / "batch.json", e) from None
    except (OutputBusy, OutputError) as e:
        _echo_err(f"LỖI: {e.reason}")
        raise typer.Exit(1 if getattr(e, "started", False) else 2) from None
    typer.echo(f"Xong: {summary.extracted} tệp đọc được, {len(summary.failed)} tệp lỗi. Kết quả: {out}")
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def review(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Thư mục kết quả.")] = Path("reviews"),
    ideas: Annotated[Path | None, typer.Option("--ideas", help="Danh sách ý tưởng sản phẩm đã duyệt (CSV/XLSX).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Đọc và đánh giá lại cả những phương án không thay đổi.")] = False,
) -> None:
    """Đánh giá phương án: ghi <stem>.review.json, <stem>.feedback.docx và batch.json."""
    from pipeline.batch import OutputBusy, OutputError, collect_inputs
    from pipeline.ideas import IdeasError
    from pipeline.judge.rules import RuleFileError
    from pipeline.review import review_inputs

    inputs = collect_inputs(paths)
    if not inputs:
        _echo_err("Không tìm thấy tệp phương án nào (.docx, .doc, .pdf) trong đường dẫn đã cho.")
        raise typer.Exit(2)

    try:
        with _Progress(len(inputs), "Đánh giá") as bar:
            result = review_inputs(inputs, out, ideas,
                                   lambda stage, inp, k, n: bar.advance(inp) if stage == "review" else None,
                                   force)
    except (IdeasError, RuleFileError) as e:
        _echo_err(f"LỖI: {e}")
        raise typer.Exit(2) from None
    except OutputBusy as e:  # another run holds the output folder: nothing done
        _echo_err(f"LỖI: {e.reason}")
        raise typer.Exit(2) from None
    except OutputError as e:  # the folder cannot be written (2: nothing done; 1: batch.json lost)
        _echo_err(f"LỖI: {e.reason}")
        raise typer.Exit(1 if e.started else 2) from None
    s = result.summary
    for f in s.failed:
        _echo_err(f"LỖI: {f.reason}")
    for stem, rv in sorted(result.reviews.items()):
        typer.echo(f"{stem}: {VERDICT_VI[rv.verdict]} (điểm {rv.overall}, {rv.errors} lỗi, "
                   f"{rv.findings} góp ý)")
    if s.missing is not None:
        typer.echo(f"Ý tưởng đã duyệt: {s.ideas}; đã nhận phương án: {s.received}.")
        for m in s.missing:
            typer.echo(f"  Chưa nộp: {m['product']} ({m['producer']})")
    typer.echo(f"Xong: {s.reviewed} phương án được đánh giá, {s.skipped} không đổi (bỏ qua), "
               f"{len(s.failed)} tệp lỗi. Kết quả: {out}")
    raise typer.Exit(1 if s.failed else 0)


VERDICT_VI = {"ready": "đạt, có thể trình Hội đồng", "revise": "cần chỉnh sửa", "sketchy": "sơ sài"}


DirArg = Annotated[Path, typer.Argument(metavar="DIR", help="Thư mục kết quả đánh giá (<stem>.review.json và <stem>.feedback.docx).")]


def _local_time(t) -> str:
    from datetime import UTC

    return t.replace(tzinfo=UTC).astimezone().strftime("%H:%M ngày %d/%m/%Y") if t else ""


def _mail_settings():
    from pydantic import ValidationError

    from pipeline.deliver import MailSettings

    try:
        return MailSettings()
    except ValidationError as e:
        bad = ", ".join("OCOP_" + str(err["loc"][0]).upper() for err in e.errors() if err.get("loc"))
        _echo_err(f"LỖI: thiết lập gửi thư không hợp lệ: {bad or e}")
        raise typer.Exit(2) from None


def _drafts_or_exit(out: Path, settings) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.deliver import sync_drafts
    from pipeline.deliver.outbox import outbox_url, shown_url

    if not out.is_dir():
        _echo_err(f"LỖI: không có thư mục {out}")
        raise typer.Exit(2)
    try:
        found = sync_drafts(out, settings)
    except SQLAlchemyError as e:
        _echo_err(f"LỖI: không mở được hộp thư đi ({shown_url(outbox_url(out, settings))}): "
                  f"{type(e).__name__}: {str(e)[:300]}")
        raise typer.Exit(2) from None
    if not found:
        _echo_err(f"LỖI: không có bản góp ý nào (<stem>.review.json và <stem>.feedback.docx) trong {out}")
        raise typer.Exit(2)


@app.command("approve")
def approve_cmd(
    out: DirArg,
    stems: Annotated[list[str] | None, typer.Argument(metavar="[STEM]...", help="Tên bản nháp (<stem>); bỏ trống: duyệt tất cả bản nháp đang chờ duyệt.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Người duyệt; mặc định OCOP_REVIEWER hoặc tên người dùng hệ điều hành.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Lời nhắn kèm theo, đặt ở đầu thư gửi chủ thể.")] = None,
    hold: Annotated[bool, typer.Option("--hold", help="Giữ lại, không gửi các bản nháp đã nêu (thay vì duyệt).")] = False,
) -> None:
    """Duyệt bản góp ý để gửi cho chủ thể (ghi người duyệt và thời điểm); --hold: giữ lại, không gửi."""
    from pipeline.deliver import State, UnknownDrafts
    from pipeline.deliver import approve as approve_drafts
    from pipeline.deliver import hold as hold_drafts

    settings = _mail_settings()
    _drafts_or_exit(out, settings)
    from sqlalchemy.exc import SQLAlchemyError

    try:
        rows = (hold_drafts(out, stems, by, settings) if hold
                else approve_drafts(out, stems, by, note, settings))
    except UnknownDrafts as e:
        _echo_err(f"LỖI: không có bản nháp: {', '.join(e.stems)} (không duyệt bản nào).")
        raise typer.Exit(2) from None
    except SQLAlchemyError as e:
        _echo_err(f"LỖI: không ghi được vào hộp thư đi: {type(e).__name__}: {str(e)[:300]}")
        raise typer.Exit(1) from None
    bad = 0
    for d in rows:
        if d.state == State.approved:
            typer.echo(f"{d.stem}: đã duyệt ({d.approved_by}, {_local_time(d.approved_at)}) → {d.recipient}")
        elif d.state == State.held:
            typer.echo(f"{d.stem}: giữ lại, không gửi ({d.held_by}); muốn gửi thì duyệt lại theo tên.")
        elif d.state == State.sent:
            typer.echo(f"{d.stem}: đã gửi lúc {_local_time(d.sent_at)}, không gửi lại.")
        elif d.state == State.sending:
            typer.echo(f"{d.stem}: đang được gửi.")
        elif d.state == State.failed:
            bad += 1
            _echo_err(f"LỖI: {d.stem}: {d.last_error}")
        else:
            typer.echo(f"{d.stem}: {d.state}")
    n_ok = sum(d.state == State.approved for d in rows)
    if hold:
        typer.echo(f"Xong: {sum(d.state == State.held for d in rows)} bản nháp giữ lại.")
    else:
        typer.echo(f"Xong: {n_ok} bản nháp đã duyệt, {bad} bản không gửi được. Gửi bằng: ocop-review send {out}")
    raise typer.Exit(1 if bad else 0)


@app.command("send")
def send_cmd(out: DirArg) -> None:
    """Gửi thư góp ý đã duyệt cho chủ thể (kèm tệp .docx), mỗi bản đúng một lần; không có
    OCOP_SMTP_HOST thì ghi tệp .eml vào DIR/outbox/."""
    from pipeline.deliver import ConfigError, State, send_approved

    settings = _mail_settings()
    _drafts_or_exit(out, settings)
    from sqlalchemy.exc import SQLAlchemyError

    try:
        r = send_approved(out, settings)
    except ConfigError as e:
        _echo_err(f"LỖI: {e}")
        raise typer.Exit(2) from None
    except SQLAlchemyError as e:  # a draft being sent is released, or recovered after the lease
        _echo_err(f"LỖI: hộp thư đi (cơ sở dữ liệu) gặp lỗi, dừng gửi: {type(e).__name__}: {str(e)[:300]}")
        raise typer.Exit(1) from None
    for d in r.sent:
        typer.echo(f"{d.stem}: đã gửi tới {d.recipient} ({d.message_id})")
    for d in r.deferred:
        _echo_err(f"HOÃN: {d.stem}: {d.last_error}")
    for d in r.failed:
        _echo_err(f"LỖI: {d.stem}: {d.last_error}")
    for d in r.no_email:
        _echo_err(f"CHƯA GỬI: {d.stem}: {d.last_error}")
    if r.error:
        _echo_err(f"LỖI: dừng gửi: {r.error}")
    by_state = {st: sum(d.state == st for d in r.skipped) for st in State}
    via = f"tệp .eml trong {out / 'outbox'}" if r.via.startswith("eml:") else r.via.removeprefix("smtp:")
    typer.echo(f"Xong: {len(r.sent)} thư đã gửi, {len(r.failed)} lỗi, {len(r.no_email)} không có địa chỉ "
               f"email, {len(r.deferred)} hoãn; đã gửi trước đó {by_state[State.sent]}, chưa duyệt "
               f"{by_state[State.draft]}, giữ lại {by_state[State.held]}, lần chạy khác đang gửi "
               f"{by_state[State.sending]}. Gửi qua: {via}")
    raise typer.Exit(0 if r.ok else 1)


def _unraisable(u) -> None:
    """An exception in a destructor, which Python can only print: after a failed write (disk
    full) a zip file being garbage-collected tries to close its file again and fails again. The
    failure itself was reported with the file it concerns; a reviewer gets no traceback for it."""
    if isinstance(u.exc_value, OSError):
        return
    _echo_err(f"Cảnh báo: bỏ qua lỗi khi dọn dẹp ({type(u.exc_value).__name__}: {u.exc_value}).")


def main() -> None:
    sys.unraisablehook = _unraisable
    try:
        app()
    except KeyboardInterrupt:
        _echo_err("Đã dừng theo yêu cầu.")
        sys.exit(130)


if __name__ == "__main__":
    main()
