"""Generalisation tests from the thirty-first session: each one a shape of plan a blind set showed the
reader or the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ a list that states its total first (el01)

_SOURCES_LIST = """
# 7. Vốn đầu tư

| TT | Hạng mục | Thành tiền (triệu đồng) |
|---|---|---|
| 1 | Nhà xưởng chế biến 120 m² | 520 |
| 2 | Máy sấy và máy xay | 380 |
| 3 | Vốn lưu động | 300 |
| | Tổng cộng | 1.200 |

## 7.2. Nguồn vốn

- Tổng nhu cầu vốn đầu tư: 1.200 triệu đồng, trong đó:
+ Vốn góp của các thành viên: 500 triệu đồng
+ Quỹ phát triển sản xuất của hợp tác xã: 200 triệu đồng
+ Vay Ngân hàng Nông nghiệp và Phát triển nông thôn: {loan} triệu đồng
- Tài sản cố định (hạng mục 1 và 2): 900 triệu đồng, khấu hao trong 10 năm
"""


def test_a_sources_list_whose_first_item_states_the_total_adds_only_its_sub_items():
    # 500 + 200 + 500 = 1.200: the "- Tổng nhu cầu vốn đầu tư" item is the total the "+" items break down,
    # not a source beside them (which made 2.400 of sources)
    assert not rule_hits("capital-mismatch", _SOURCES_LIST.format(loan="500"))


def test_a_sources_list_under_its_total_that_falls_short_is_found():
    [hit] = rule_hits("capital-mismatch", _SOURCES_LIST.format(loan="300"))
    assert hit.params["sources"] == 1_000_000_000 and hit.params["total"] == 1_200_000_000, hit


# ================================================================ units of one equipment, named in words (el07)

_PANS = """
# 8. Thiết bị và công suất

- Thiết bị mua mới năm 2027:
+ Máy xay bột gạo
+ 3 nồi hấp điện, mỗi nồi 150 kg/ngày
+ Bàn gói inox
- Số ngày làm việc: 250 ngày/năm
- Không đầu tư thêm nồi hấp trong giai đoạn 2028 – 2029

# 10. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Bánh tẻ | kg | 90.000 | 100.000 | {y2029} |
"""


def test_units_of_one_equipment_named_in_three_words_make_a_capacity():
    # 3 nồi × 150 kg/ngày × 250 ngày = 112.500 kg; 125.000 kg in 2029 is 11 % above it
    [hit] = rule_hits("capacity-exceeded", _PANS.format(y2029="125.000"))
    assert hit.params["year"] == "2029" and hit.params["capacity"] == "112,5 tấn"
    assert not rule_hits("capacity-exceeded", _PANS.format(y2029="110.000"))


# ================================================================ a revised plan's comparison table (ej01-ej10)

_REVISED = """
# 12. Hiệu quả kinh tế

Bảng 8. Doanh thu, chi phí, lợi nhuận (phương án điều chỉnh)

ĐVT: triệu đồng

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 1.640 | 1.692 | 2.016 |
| 2 | Tổng chi phí | 1.082,3 | 1.120 | 1.300 |
| 3 | Lợi nhuận | 557,7 | {p2028} | 716 |

Bảng 9. So sánh với phương án đã nộp

| Chỉ tiêu | Đơn vị | PA đã nộp (tháng 6/2026) | PA điều chỉnh (tháng 9/2026) | Chênh lệch |
|---|---|---|---|---|
| Doanh thu năm 2027 | triệu đồng | 1.740 | 1.640 | -100 |
| Doanh thu năm 2028 | triệu đồng | 1.904 | 1.692 | -212 |
| Tổng chi phí năm 2027 | triệu đồng | 1.282,1 | 1.082,3 | -199,8 |
| Tổng chi phí năm 2028 | triệu đồng | 1.300 | 1.120 | -180 |
| Lợi nhuận năm 2027 | triệu đồng | 457,9 | 557,7 | +99,8 |
| Lợi nhuận năm 2028 | triệu đồng | 604 | {p2028} | -32 |
| Tổng vốn đầu tư | triệu đồng | 500 | 600 | +100 |
"""


def test_a_comparison_with_the_first_version_is_read_in_its_revised_column():
    text = _REVISED.format(p2028="572")
    # the first version's column and the difference are history; the rows are figures by year, not
    # items of a total ("Tổng vốn đầu tư" is no sum of the cost rows above it)
    for rule in ("table-total-mismatch", "profit-mismatch", "revenue-mismatch", "figure-inconsistent"):
        assert not rule_hits(rule, text), rule


def test_a_first_version_figure_left_in_the_revised_plan_is_found():
    # 2028: 1.692 − 1.120 = 572; the plan and its comparison still say the first version's 680 (+19 %)
    [hit] = rule_hits("profit-mismatch", _REVISED.format(p2028="680"))
    assert "3 | Lợi nhuận | 557,7 | 680" in hit.evidence and hit.params["expected"] == 572_000_000, hit


# ================================================================ a workforce target (ek02, ek03)

_WORKFORCE = """
# 1. Thông tin chung về chủ thể

Công ty TNHH Mật ong Khe Bò thành lập năm 2021. Công ty có 9 lao động thường xuyên và liên kết với 30 hộ nuôi ong.

# 3. Mục tiêu của phương án

Đóng 16.000 hũ năm 2027, 18.000 hũ năm 2028 và 20.000 hũ năm 2029; đạt OCOP 4 sao năm 2028; {target} lao động có
thu nhập 7 triệu đồng/người/tháng.

# 9. Tổ chức sản xuất

Bảng 6. Bố trí lao động năm 2027

| TT | Bộ phận | Số người |
|---|---|---|
| 1 | Quản lý, kế toán | 2 |
| 2 | Sơ chế, đóng hũ | 5 |
| 3 | Bán hàng | 2 |
|  | Cộng | 9 |

# 12. Hiệu quả kinh tế

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng (hũ) | 16.000 | 18.000 | 20.000 |
| 2 | Lao động (người) | 9 | 9 | 10 |
"""


def test_an_objective_s_workforce_is_a_target_some_plan_year_reaches():
    # 10 workers by 2029 (the table by year), 9 in the producer's profile and in the first year's staffing
    assert not rule_hits("figure-inconsistent", _WORKFORCE.format(target="10"))
    # a target no year reaches is another account of the workforce
    [hit] = rule_hits("figure-inconsistent", _WORKFORCE.format(target="14"))
    assert "14" in hit.evidence, hit


# ================================================================ a year over its list (el09)

_YEAR_LISTS = """
# 3. Mục tiêu

• Năm 2027:
+ Sản lượng: 12.000 chai
+ Giá bán: 95.000 đ/chai
+ Doanh thu: {rev2027} triệu đồng

• Năm 2028:
+ Sản lượng: 15.000 chai
+ Doanh thu: 1.425 triệu đồng
"""


def test_a_year_over_its_list_dates_the_list_s_figures():
    # 12.000 chai × 95.000 đ = 1.140 triệu đồng
    assert not rule_hits("revenue-mismatch", _YEAR_LISTS.format(rev2027="1.140"))
    [hit] = rule_hits("revenue-mismatch", _YEAR_LISTS.format(rev2027="1.300"))
    assert hit.params["year"] == "2027" and "Giá bán: 95.000 đ/chai" in hit.evidence, hit


# ================================================================ a revenue total over its channels (ek06)

_CHANNELS = """
# 12. Hiệu quả kinh tế

Bảng 10. Doanh thu theo kênh tiêu thụ

ĐVT: triệu đồng

| TT | Kênh tiêu thụ (giá bán) | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Bán tại cửa hàng (90.000 đ/hũ) | 450 | 540 | 630 |
| 2 | Đại lý (75.000 đ/hũ) | 600 | 675 | 750 |
| 3 | Sàn thương mại điện tử (95.000 đ/hũ) | 190 | 285 | 380 |
|  | Tổng doanh thu | 1.240 | {t2028} | 1.760 |
"""


def test_a_plan_year_s_revenue_total_adds_up_its_channels():
    assert not rule_hits("table-total-mismatch", _CHANNELS.format(t2028="1.500"))
    [hit] = rule_hits("table-total-mismatch", _CHANNELS.format(t2028="1.650"))
    assert hit.params["column"] == "Năm 2028" and hit.params["expected"] == 1500.0, hit


# ================================================================ a unit line with a note (el07)

def test_a_unit_line_with_a_note_in_brackets_gives_its_unit():
    from pipeline.figures import parse_unit_header

    assert parse_unit_header("ĐVT: triệu đồng (riêng sản lượng ghi theo đơn vị)") == (1e6, "VND", "money")
    assert parse_unit_header("Đơn vị tính: 1.000 đồng (trừ giá bán)") == (1e3, "VND", "money")
    assert parse_unit_header("ĐVT: (triệu đồng)") == (1e6, "VND", "money")


_NOTED_UNIT = """
# 12. Hiệu quả kinh tế

ĐVT: triệu đồng (riêng sản lượng ghi theo đơn vị)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng (hộp) | 20.000 | 24.000 | 28.000 |
| 2 | Doanh thu | 1.000 | 1.200 | 1.400 |
| 3 | Tổng chi phí | 800 | 950 | 1.100 |
| 4 | Lợi nhuận | 200 | {p2028} | 300 |
"""


def test_a_table_under_a_noted_unit_is_checked_in_that_unit():
    assert not rule_hits("profit-mismatch", _NOTED_UNIT.format(p2028="250"))
    [hit] = rule_hits("profit-mismatch", _NOTED_UNIT.format(p2028="350"))
    assert hit.params["year"] == "2028", hit


# ================================================================ priced lines under one count (el07, el10)

_PRICED_LINES = """
# 12. Hiệu quả kinh tế

ĐVT: triệu đồng

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Mật ong (kg) | 5.000 | 5.500 | 6.000 |
| 2 | Doanh thu | 1.450 | 1.595 | 1.740 |
| - | Mật ong loại 1 (350.000 đ/kg) | {first} | 1.050 | 1.155 |
| - | Mật ong loại 2 (250.000 đ/kg) | 400 | 545 | 585 |
"""


def test_a_count_of_every_priced_line_is_no_one_line_s_quantity():
    # 5.000 kg is the honey of both grades: 5.000 × 350.000 đ is no reckoning of the first grade's line
    assert not rule_hits("revenue-mismatch", _PRICED_LINES.format(first="1.050"))


_LINES_WITHOUT_COUNT = """
# 3. Mục tiêu

• Năm 2027:
+ Sản lượng: 20.000 hộp
+ Giá bán: 65.000 đ/hộp
+ Doanh thu: {rev} triệu đồng

# 12. Hiệu quả kinh tế

ĐVT: triệu đồng (riêng sản lượng ghi theo đơn vị)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng (kg trà) | 1.000 | 2.000 | 3.600 |
| 2 | Doanh thu | {rev} | 2.600 | 4.680 |
| - | Trà túi lọc hộp 25 gói (65.000 đ/hộp) | {rev} | 2.600 | 4.680 |
"""


def test_a_year_no_table_line_reckons_is_left_to_the_text():
    assert not rule_hits("revenue-mismatch", _LINES_WITHOUT_COUNT.format(rev="1.300"))
    [hit] = rule_hits("revenue-mismatch", _LINES_WITHOUT_COUNT.format(rev="1.450"))
    assert hit.params["year"] == "2027", hit
