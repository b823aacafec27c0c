"""Generalisation tests from the thirty-third session: each one a shape of plan a blind set showed the
rules missing or misreading, written small and in other words."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.judge.checks import arithmetic as A
from tests.test_generalisation import message, rule_hits

# ================================================================ a profile above the staff table (en09)

_STAFF = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHẢ MỰC GIAI ĐOẠN 2027 - 2029
# I. Thông tin chung về doanh nghiệp
Công ty TNHH Thủy sản Lộc Hà {profile}, chủ yếu là lao động nữ ở địa phương.
# VIII. Bố trí nhân lực
| TT | Vị trí | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | {first} | 3 | 3 | 3 |
| 2 | Chế biến, đóng gói | 8 | 8 | {packers} |
| | Tổng | 11 | 11 | {total} |
"""


def _staff(profile: str, first: str = "Giám đốc, kế toán, thủ kho", packers: int = 8) -> list:
    return rule_hits("figure-inconsistent", _STAFF.format(profile=profile, first=first, packers=packers,
                                                          total=3 + packers))


def test_a_profile_with_more_workers_than_the_whole_staff_table_of_every_year_is_flagged():
    [hit] = _staff("hiện có 16 lao động thường xuyên")
    assert "16 lao động" in message("figure-inconsistent", hit) and "11 lao động" in message("figure-inconsistent", hit)
    assert "Tổng | 11 | 11 | 11" in hit.evidence


def test_a_profile_below_the_table_a_table_of_one_workshop_or_a_growing_staff_is_not_flagged():
    assert _staff("hiện có 7 lao động thường xuyên") == []  # it hires for the plan
    assert _staff("hiện có 12 lao động thường xuyên") == []  # one more: the owner
    assert _staff("hiện có 16 lao động thường xuyên", first="Rửa, sơ chế mực") == []  # no managers: one workshop
    assert _staff("hiện có 16 lao động thường xuyên", packers=12) == []  # the table grows: years differ


# ================================================================ a line a scanned total left out (eo08)

def test_a_lost_separator_keeps_a_digit_before_it():
    scan = SimpleNamespace(ocr=True, sents=[])
    items = [289.8, 161.0, 282.5, 540.0, 27.6, 35.0, 9.9, 114.3, 28.6, 40.0]  # 1.528,7
    texts = ["289,8", "161", "282,5", "540", "27,6", "35", "9,9", "114,3", "28,6", "40"]
    # 988,7 is the sum without "540": "0,540" lost no separator into "540"
    assert not A._ocr_slip(scan, items, 988.7 + 0.54, 0.05, texts, "989,2", [True] * 10)
    # "54,0" read "540" still explains its gap
    assert A._ocr_slip(scan, items, 1_528.7 - 540 + 54, 0.05, texts, "1.042,7", [True] * 10)


_SCANNED_COSTS = """
# IX. Hiệu quả kinh tế
Bảng 9. Chi phí sản xuất (ĐVT: triệu đồng)

| TT | Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Nguyên liệu | 289,8 | 315,0 |
| 2 | Bao bì | 161,0 | 175,0 |
| 3 | Tiền công | 540,0 | 540,0 |
| 4 | Điện, nước | 27,6 | 30,0 |
| 5 | Chi khác | 40,0 | 40,0 |
| | Tổng chi phí | {total} | 1.100,0 |
"""


def test_a_total_a_third_below_its_lines_on_a_scan_is_flagged_when_it_leaves_exactly_one_line_out(monkeypatch):
    monkeypatch.setattr(A.PlanModel, "ocr", property(lambda self: True))
    monkeypatch.setattr(A.Val, "sure", property(lambda self: True))  # every cell read at high confidence
    [hit] = rule_hits("table-total-mismatch", _SCANNED_COSTS.format(total="518,4"))  # 1.058,4 without 540
    assert "518,4" in message("table-total-mismatch", hit)
    # a third off with no line to account for it: a row lost at a page break, not the plan's slip
    assert rule_hits("table-total-mismatch", _SCANNED_COSTS.format(total="600,0")) == []


# ================================================================ a lost comma the row itself shows (ep03, scanned)

_TAX_ROW_LOST_COMMA = """
# IX. Hiệu quả kinh tế
Bảng 10. Chi phí dự kiến (ĐVT: triệu đồng)

| TT | Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nguyên liệu | 46,8 | 51,6 | 56,4 |
| 2 | Tiền công | 264,0 | 264,0 | 330,0 |
| 3 | Thuế, phí khác | 12,0 | {tax} | 14,5 |
| 4 | Chi khác | 30,0 | 30,0 | 30,0 |
| | Tổng chi phí | 352,8 | {total} | 430,9 |
"""


def test_a_cell_ten_times_its_rows_other_years_on_a_scan_lost_its_comma(monkeypatch):
    monkeypatch.setattr(A.PlanModel, "ocr", property(lambda self: True))
    # "152" for 15,2: the row's other years (12,0 and 14,5) say where the comma was; the total 360,8 agrees
    assert rule_hits("table-total-mismatch", _TAX_ROW_LOST_COMMA.format(tax="152", total="360,8")) == []
    # the same cell in a plan typed, not scanned: the plan's own figure
    monkeypatch.setattr(A.PlanModel, "ocr", property(lambda self: False))
    assert len(rule_hits("table-total-mismatch", _TAX_ROW_LOST_COMMA.format(tax="152", total="360,8"))) == 1
    # a total still short once the comma is put back is the plan's slip
    monkeypatch.setattr(A.PlanModel, "ocr", property(lambda self: True))
    assert len(rule_hits("table-total-mismatch", _TAX_ROW_LOST_COMMA.format(tax="152", total="330,8"))) == 1


# ================================================================ a paper table's rows wrapped on a scan (eq03)

def test_a_numbered_row_whose_cells_all_wrap_onto_a_lower_case_line_is_one_row():
    from pipeline.ingest.ocr import GapRow, gap_tables
    from pipeline.ingest.pdf_reader import Word

    def row(y, *cells):
        return GapRow([[Word(text=t, x0=a, x1=b, top=y, bottom=y + 10, size=10)] for a, b, t in cells], y, y + 10)

    head = row(0, (0, 20, "TT"), (40, 200, "Giấy tờ"), (300, 420, "Số, ngày cấp"), (460, 560, "Hiệu lực"))
    first = row(14, (0, 10, "1"), (40, 200, "Giấy phép sản xuất"), (300, 420, "Số 05/GP-UBND"),
                (460, 560, "Đến 12/9/2030"))
    wrapped = row(28, (40, 200, "rượu thủ công"), (300, 420, "ngày 12/9/2025"), (460, 560, "tối đa 15.000 lít/năm"))
    second = row(42, (0, 10, "2"), (40, 200, "Giấy chứng nhận cơ sở đủ"), (300, 420, "Số 118/CT-ATTP"),
                 (460, 560, "Đến 05/10/2029"))
    wrapped2 = row(56, (40, 200, "điều kiện an toàn thực phẩm"), (300, 420, "ngày 05/10/2026"), (460, 560, "còn hiệu lực"))
    tables, _used = gap_tables([head, first, wrapped, second, wrapped2])
    [t] = tables
    assert [r[1] for r in t.rows[1:]] == ["Giấy phép sản xuất rượu thủ công",
                                         "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"], t.rows
    assert t.rows[2][2] == "Số 118/CT-ATTP ngày 05/10/2026"


# ================================================================ a product's quantity lost on a scan (eq03)

_TWO_SPIRITS = """
# 4. Mục tiêu
Doanh thu 3.180 triệu đồng năm 2027, 3.422 triệu đồng năm 2028, 3.664 triệu đồng năm 2029.
# 5. Thị trường
Giá bán lẻ 190.000 đ/chai 500 ml, 520.000 đ/bình 1,5 lít.
# 9. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|---|
| 1 | Rượu sim 29 độ, chai 500 ml | chai | 14.000 | {chai} | 16.000 |
| 2 | Rượu sim 35 độ, bình sứ 1,5 lít | bình | 1.000 | 1.100 | 1.200 |
"""


def test_a_revenue_is_not_reckoned_without_a_product_whose_cell_that_year_a_scan_lost(monkeypatch):
    monkeypatch.setattr(A.PlanModel, "ocr", property(lambda self: True))
    assert rule_hits("revenue-mismatch", _TWO_SPIRITS.format(chai="")) == []
    # every cell read: the reckoning stands (15.000 × 190.000 + 1.100 × 520.000 = 3.422 triệu)
    assert rule_hits("revenue-mismatch", _TWO_SPIRITS.format(chai="15.000")) == []
    assert len(rule_hits("revenue-mismatch", _TWO_SPIRITS.format(chai="12.000"))) == 1


# ================================================================ a group of households "Nhóm làm …" (ep12, er12)

def test_a_group_named_by_its_craft_is_the_producer():
    from pipeline.entities import find_producer_product
    from tests.test_generalisation3 import _doc

    d = _doc("PHƯƠNG ÁN SẢN XUẤT NÓN LÁ THÔN TRUNG LƯƠNG",
             "Nhóm làm nón lá thôn Trung Lương, xã Cẩm Trung, gồm 6 hộ cùng chằm nón nhiều năm nay, do bà Lê Thị "
             "Hoa làm nhóm trưởng. Nhóm chưa thành lập tổ hợp tác.")
    producer, _product = find_producer_product(d)
    assert producer.name == "Nhóm làm nón lá thôn Trung Lương"
    # a working group of a company is no producer's name
    d = _doc("PHƯƠNG ÁN SẢN XUẤT NÓN LÁ", "Công ty TNHH Nón lá Trung Lương lập các nhóm làm việc theo thôn.")
    assert find_producer_product(d)[0].name == "Công ty TNHH Nón lá Trung Lương"
