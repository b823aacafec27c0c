"""Generalisation tests from the twenty-ninth session: each one a shape of plan a blind set showed the
reader or the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.ingest.ocr import GapRow, gap_tables
from pipeline.ingest.pdf_reader import Word
from tests.test_generalisation import rule_hits


def _row(y: float, *cells: tuple[float, float, str]) -> GapRow:
    return GapRow([[Word(text=t, x0=a, x1=b, top=y, bottom=y + 10, size=10)] for a, b, t in cells], y, y + 10)


# ================================================================ a scanned cost table's wrapped labels (ec04)

# a header centred in its cells (the label column's "Hạng mục" starts right of its rows' labels), and
# the widest row, so that it alone gives the columns (the rows leave their "Ghi chú" empty)
_HEAD = _row(0, (0, 20, "TT"), (70, 130, "Hạng mục"), (300, 350, "Năm 2027"), (450, 500, "Năm 2028"),
             (600, 640, "Ghi chú"))
_ROWS = [_row(14, (0, 10, "1"), (40, 200, "Nguyên liệu chính"), (300, 340, "776,3"), (450, 490, "877,5")),
         _row(28, (0, 10, "2"), (40, 200, "Khấu hao tài sản cố"), (300, 340, "60"), (450, 490, "60"))]


def test_a_label_wrapped_under_its_own_cell_stays_in_the_row_though_the_header_is_centred():
    tail = _row(42, (40, 70, "định"))
    after = _row(56, (0, 10, "3"), (40, 200, "Tiền lương"), (300, 340, "468"), (450, 490, "468"))
    [table], used = gap_tables([_HEAD, *_ROWS, tail, after])
    assert [r[1] for r in table.rows[1:]] == ["Nguyên liệu chính", "Khấu hao tài sản cố định", "Tiền lương"], table.rows
    assert used == {0, 1, 2, 3, 4}


def test_the_last_rows_label_ending_on_a_line_of_its_own_is_the_rows():
    # the page (or the table) ends after the wrap: "định" under the label, "lít | đ/can" under two cells
    [table], used = gap_tables([_HEAD, *_ROWS, _row(40, (40, 70, "định"))])
    assert table.rows[-1][1] == "Khấu hao tài sản cố định" and 3 in used
    can = _row(28, (0, 10, "2"), (40, 200, "Nước mắm can 2"), (300, 340, "600"), (450, 500, "150.000"))
    [table], _ = gap_tables([_HEAD, _ROWS[0], can, _row(40, (40, 60, "lít"), (450, 480, "đ/can"))])
    assert table.rows[-1][1] == "Nước mắm can 2 lít" and table.rows[-1][3] == "150.000 đ/can"


def test_a_caption_note_or_sentence_under_a_table_is_not_its_last_label():
    for line in (_row(40, (40, 200, "Ghi chú: giá chưa gồm thuế")),   # a capital
                 _row(40, (40, 90, "năm 2027")),                       # a digit
                 _row(40, (0, 480, "các khoản trên đã gồm chi phí vận chuyển")),  # across the columns
                 _row(70, (40, 70, "định"))):                          # too far below
        [table], used = gap_tables([_HEAD, *_ROWS, line])
        assert len(table.rows) == 3 and 3 not in used, line


# ================================================================ a livestock plan's pens (eb06)

_HERD = """
# 2. Thực trạng

Tổ hợp tác có 3 dãy chuồng gà, mỗi dãy chuồng nuôi 2.000 con/lứa; mỗi năm nuôi 3 lứa, mỗi lứa 100 ngày.

# 5. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Gà xuất chuồng | con | 16.000 | 17.000 | {last} |

# 6. Quy trình công nghệ

{pens}
"""
_KEPT_PENS = "Chuồng trại: 3 dãy chuồng hiện có đủ cho quy mô nuôi của cả giai đoạn, không xây thêm."


def test_pens_kept_as_they_are_limit_the_head_count_a_year():
    # 3 pens × 2.000 birds a batch × 3 batches = 18.000 a year; 20.000 planned in 2029
    [hit] = rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=_KEPT_PENS))
    assert hit.params["year"] == "2029" and hit.params["capacity"] == "18.000 con"
    assert "mỗi dãy chuồng nuôi 2.000 con/lứa" in hit.evidence
    assert not rule_hits("capacity-exceeded", _HERD.format(last="17.800", pens=_KEPT_PENS))


def test_pens_built_or_not_said_to_stay_are_no_limit():
    built = "Năm 2028 tổ xây thêm 1 dãy chuồng gà, vốn 150 triệu đồng."
    assert not rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=built))
    silent = "Gà được tiêm phòng theo lịch của thú y xã."
    assert not rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=silent))
    more = _KEPT_PENS + " Từ năm 2029 tổ nuôi trên 4 dãy chuồng, thuê thêm chuồng của hộ bên cạnh."
    assert not rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=more))


def test_a_slaughterhouses_larger_rate_does_not_lift_the_pens():
    pens = _KEPT_PENS + " Lò giết mổ mới công suất 120 con/ngày, 250 ngày/năm."
    [hit] = rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=pens))
    assert hit.params["capacity"] == "18.000 con"
