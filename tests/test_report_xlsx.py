"""batch.xlsx's cells: the header bold, every body cell wrapped at the top and never bold, a text
that looks like a formula kept as text (its style copied from one registered cell, not looked up
per cell: pipeline.report_xlsx.batch_workbook)."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from pipeline.report_xlsx import COLUMNS, batch_workbook


def _row(source: str, producer: str | None, overall: int | None) -> list:
    return [source, producer, "Mật ong", "Cần chỉnh sửa", overall, 80, 70, 60, 90, 1, 2,
            "1) Bổ sung giấy chứng nhận", "", "a"]


def test_every_body_cell_is_wrapped_at_the_top_and_not_bold():
    rows = [_row("a.docx", "HTX Ong Sơn Kim", 81), _row("b.pdf", "=HYPERLINK(\"x\")", None),
            _row("c.doc", None, 55)]
    ws = load_workbook(io.BytesIO(batch_workbook(rows))).active
    assert [c.value for c in ws[1]] == [name for name, _ in COLUMNS]
    assert all(c.font.b and c.alignment.wrap_text for c in ws[1])
    body = list(ws.iter_rows(min_row=2))
    assert len(body) == 3
    for row in body:
        for cell in row:
            assert cell.alignment.wrap_text and cell.alignment.vertical == "top", cell.coordinate
            assert not cell.font.b, cell.coordinate
    hostile = body[1][1]
    assert hostile.value == "'=HYPERLINK(\"x\")" and hostile.data_type == "s" and hostile.quotePrefix
    assert not body[0][1].quotePrefix and body[0][4].value == 81 and body[1][4].value is None


def test_an_empty_batch_has_its_header_only():
    ws = load_workbook(io.BytesIO(batch_workbook([]))).active
    assert ws.max_row == 1 and ws.freeze_panes == "B2"
