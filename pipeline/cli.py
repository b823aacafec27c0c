"""`ocop-review`: the face of the pipeline for a person at a terminal.

Heavy modules (pdfplumber, spaCy, Prefect) are imported inside the commands that need them,
so `ocop-review --help` stays fast. Exit status: 0 every input read, 1 at least one input
could not be read (listed in batch.json), 2 bad usage.
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
    from pipeline.batch import collect_inputs, write_json, write_text
    from pipeline.models import BatchSummary, FailedInput
    from pipeline.workers import read_plans

    inputs = collect_inputs(paths)
    if not inputs:
        _echo_err("Không tìm thấy tệp phương án nào (.docx, .doc, .pdf) trong đường dẫn đã cho.")
        raise typer.Exit(2)
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    with _Progress(len(inputs), "Đọc") as bar:
        for inp, res in read_plans(inputs, on_done=lambda i, r: bar.advance(i)):
            if isinstance(res, FailedInput):
                summary.failed.append(res)
                bar.error(res.reason)
                continue
            write_json(out / f"{inp.stem}.extract.json", res.to_extraction())
            if html:
                from pipeline.debug_html import render_debug_html

                write_text(out / f"{inp.stem}.extract.html", render_debug_html(res))
            summary.extracted += 1
            summary.outputs[inp.source] = inp.stem
    write_json(out / "batch.json", summary)
    typer.echo(f"Xong: {summary.extracted} tệp đọc được, {len(summary.failed)} tệp lỗi. Kết quả: {out}")
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def review(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Thư mục kết quả.")] = Path("reviews"),
    ideas: Annotated[Path | None, typer.Option("--ideas", help="Danh sách ý tưởng sản phẩm đã duyệt (CSV/XLSX).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Đánh giá lại cả những phương án không thay đổi.")] = False,
) -> None:
    """Đánh giá phương án: ghi <stem>.review.json, <stem>.feedback.docx và batch.json."""
    from pipeline.batch import collect_inputs
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
                                   lambda stage, inp, k, n: bar.advance(inp) if stage == "read" else None,
                                   force)
    except (IdeasError, RuleFileError) as e:
        _echo_err(f"LỖI: {e}")
        raise typer.Exit(2) from None
    s = result.summary
    for f in s.failed:
        _echo_err(f"LỖI: {f.reason}")
    for stem, rv in sorted(result.reviews.items()):
        n_err = sum(f.severity == "error" for f in rv.findings)
        typer.echo(f"{stem}: {VERDICT_VI[rv.verdict]} (điểm {rv.scores.overall}, {n_err} lỗi, "
                   f"{len(rv.findings)} góp ý)")
    if s.missing is not None:
        typer.echo(f"Ý tưởng đã duyệt: {s.ideas}; đã nhận phương án: {s.received}.")
        for m in s.missing:
            typer.echo(f"  Chưa nộp: {m['product']} ({m['producer']})")
    typer.echo(f"Xong: {s.reviewed} phương án được đánh giá, {s.skipped} không đổi (bỏ qua), "
               f"{len(s.failed)} tệp lỗi. Kết quả: {out}")
    raise typer.Exit(1 if s.failed else 0)


VERDICT_VI = {"ready": "đạt, có thể trình Hội đồng", "revise": "cần chỉnh sửa", "sketchy": "sơ sài"}


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _echo_err("Đã dừng theo yêu cầu.")
        sys.exit(130)


if __name__ == "__main__":
    main()
