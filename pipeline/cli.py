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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _echo_err("Đã dừng theo yêu cầu.")
        sys.exit(130)


if __name__ == "__main__":
    main()
