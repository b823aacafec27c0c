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


@app.command()
def extract(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Thư mục kết quả.")] = Path("extracts"),
    html: Annotated[bool, typer.Option("--html", help="Ghi thêm trang HTML kiểm tra (<stem>.extract.html).")] = False,
) -> None:
    """Đọc phương án, không chấm điểm: ghi <stem>.extract.json cho từng tệp và batch.json."""
    from pipeline.batch import collect_inputs, failure, write_json, write_text
    from pipeline.extract import extract_file
    from pipeline.models import BatchSummary

    inputs = collect_inputs(paths)
    if not inputs:
        _echo_err("Không tìm thấy tệp phương án nào (.docx, .doc, .pdf) trong đường dẫn đã cho.")
        raise typer.Exit(2)
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    for inp in inputs:
        try:
            plan = extract_file(inp.path, inp.source)
            write_json(out / f"{inp.stem}.extract.json", plan.to_extraction())
            if html:
                from pipeline.debug_html import render_debug_html

                write_text(out / f"{inp.stem}.extract.html", render_debug_html(plan))
            summary.extracted += 1
            summary.outputs[inp.source] = inp.stem
            typer.echo(f"Đã đọc: {inp.source} ({len(plan.sections)} phần, {len(plan.figures)} số liệu)")
        except Exception as e:  # noqa: BLE001 - every failure becomes a batch.json entry
            f = failure(inp, e)
            summary.failed.append(f)
            _echo_err(f"LỖI: {f.reason}")
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

    def progress(stage: str, inp, k: int, n: int) -> None:
        if stage == "read":
            typer.echo(f"[{k}/{n}] Đọc {inp.source}", err=True)

    try:
        result = review_inputs(inputs, out, ideas, progress, force)
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
