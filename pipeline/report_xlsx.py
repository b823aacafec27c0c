"""`batch.xlsx`: the batch as a spreadsheet, one row per plan, for reviewers who work in Excel.

Every text in it comes from the plans (producer and product names, findings quoting the plan), so
it is written as data only: a cell whose text starts with =, +, -, @, a tab or a carriage return
gets a leading apostrophe and is stored as a string, so a producer called "=HYPERLINK(...)" is
shown as written and never becomes a formula (OWASP "CSV injection"), in Excel, LibreOffice, or a
CSV exported from either. Characters XML cannot hold are dropped and texts are cut at Excel's
32,767-character cell limit, so no plan text can make the file fail to write.
"""

from __future__ import annotations

import io
import json
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font

from pipeline.batch import write_bytes
from pipeline.models import BatchSummary

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL = 32_767
MAIN_FINDINGS = 3

VERDICT_VI = {"ready": "Đạt, có thể trình Hội đồng", "revise": "Cần chỉnh sửa", "sketchy": "Sơ sài"}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
COLUMNS: list[tuple[str, int]] = [
    ("Tệp", 40), ("Chủ thể", 32), ("Sản phẩm", 28), ("Kết luận", 24), ("Điểm chung", 11),
    ("Đầy đủ", 9), ("Cụ thể", 9), ("Khả thi", 9), ("Tuân thủ", 9), ("Số lỗi", 8),
    ("Số đề nghị bổ sung", 11), ("Nội dung chính", 80), ("Ghi chú", 40), ("Tệp kết quả", 30),
]


def safe_text(value: Any) -> str:
    """A text cell that is only ever text: no formula, no character XML refuses, no overflow."""
    text = ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))
    if text.startswith(FORMULA_START):
        text = "'" + text
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return text


def _load(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _main_findings(findings: list[dict]) -> str:
    ranked = sorted((f for f in findings if isinstance(f, dict)),
                    key=lambda f: SEVERITY_ORDER.get(f.get("severity"), 9))
    lines = [f"{k}) {f.get('message') or ''}".strip() for k, f in enumerate(ranked[:MAIN_FINDINGS], 1)]
    if len(ranked) > MAIN_FINDINGS:
        lines.append(f"(và {len(ranked) - MAIN_FINDINGS} nội dung khác)")
    return "\n".join(lines)


def batch_rows(summary: BatchSummary, out: Path) -> list[list[Any]]:
    """One row per plan of the batch: reviewed (now or earlier, unchanged) or unreadable."""
    rows: list[list[Any]] = []
    for source, stem in summary.outputs.items():
        rv = _load(out / f"{stem}.review.json")
        if rv is None:
            continue
        findings = rv.get("findings") or []
        scores = rv.get("scores") or {}
        producer = (rv.get("producer") or {}).get("name")
        product = (rv.get("product") or {}).get("name")
        n_err = sum(1 for f in findings if isinstance(f, dict) and f.get("severity") == "error")
        n_warn = sum(1 for f in findings if isinstance(f, dict) and f.get("severity") == "warning")
        rows.append([source, producer, product, VERDICT_VI.get(rv.get("verdict"), rv.get("verdict")),
                     scores.get("overall"), scores.get("completeness"), scores.get("depth"),
                     scores.get("feasibility"), scores.get("compliance"), n_err, n_warn,
                     _main_findings(findings), "", stem])
    for f in summary.failed:
        rows.append([f.source, None, None, "Không đánh giá được", None, None, None, None, None, None,
                     None, "", f.reason, None])
    rows.sort(key=lambda r: str(r[0]))
    return rows


def batch_workbook(rows: list[list[Any]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Phương án"
    ws.append([name for name, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    # Every body cell has the same style (wrapped, top): it is registered once, on the first body
    # cell, and its style ids copied to the others. Assigning `cell.alignment` to each cell looks
    # the Alignment up in the workbook's style tables each time: about half the time of writing
    # the sheet of a batch of 1,000 plans (and of a rerun over them that changes nothing).
    wrap = None
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            if wrap is None:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                wrap = cell._style
            else:
                cell._style = copy(wrap)
            if value is None:
                pass
            elif isinstance(value, bool) or not isinstance(value, int | float):
                cell.value = safe_text(value)
                cell.data_type = "s"  # never "f", whatever openpyxl guesses from the text
                if str(value).startswith(FORMULA_START):
                    cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
            else:
                cell.value = value
    for c, (_, width) in enumerate(COLUMNS, 1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_batch_xlsx(path: Path, summary: BatchSummary, out: Path) -> None:
    """Write `batch.xlsx` (atomically) from batch.json's summary and the reviews in `out`."""
    write_bytes(path, batch_workbook(batch_rows(summary, out)))
