"""Generalisation tests from the twenty-ninth session: each one a shape of plan a blind set showed the
reader or the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.ingest.ocr import GapRow, gap_tables
from pipeline.ingest.pdf_reader import Word


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
