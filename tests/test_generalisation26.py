"""Generalisation tests from the forty-eighth session: each one a shape of plan the blind sets 224-227 showed the
reader or the rules missing or misreading (timetables, rounded figures, a cover and a table of contents, figures the
plan itself corrects), written small and in other words."""

from __future__ import annotations

from pipeline.entities import category_of
from pipeline.figures import _cell_number
from pipeline.ingest.headings import column_names_line
from pipeline.judge.checks import arithmetic as A
from tests.test_generalisation import rule_hits, view_of

# ================================================================ prices named by their unit line or caption

_PRICED_BY_LINE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MIẾN GẠO ĐỨC LẠNG
# 3. Mục tiêu
Năm 2027 sản xuất 9.000 kg miến khô các loại.
# 6. Sản phẩm và thị trường
Bảng 4. Quy cách đóng gói và giá bán dự kiến

{unit}
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Miến gạo, gói 500 g | gói | 85.000 | 88.000 |
| 2 | Miến gạo lứt, gói 300 g | gói | 62.000 | 64.000 |
"""


def test_a_unit_line_of_prices_prices_each_row_whatever_the_caption():
    # read as packs made, the prices were an output of 42 tấn beside the objective's 9 tấn
    for unit in ("ĐVT giá: đồng", "Đơn vị tính giá bán: đồng"):
        plan = _PRICED_BY_LINE.format(unit=unit)
        assert rule_hits("figure-inconsistent", plan, "food") == []
        figures = [f for f in view_of(plan).plan.figures if f.value in (85000, 64000)]
        assert figures and all(f.unit == "VND" for f in figures), figures
    # a unit line of money that does not say it is the prices' leaves the table as it was
    figures = [f for f in view_of(_PRICED_BY_LINE.format(unit="ĐVT: gói")).plan.figures if f.value == 85000]
    assert figures and all(f.unit != "VND" for f in figures), figures


_PRICED_BY_CAPTION = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TƯƠNG ỚT PHÚC ĐỒNG
# 8. Kế hoạch sản xuất
| TT | Sản phẩm | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Tương ớt, hũ 250 g (hũ) | 6.000 | 6.600 |
| 2 | Tương ớt tỏi, hũ 500 g (hũ) | 2.000 | 2.200 |
|  | Sản lượng quy đổi (hũ) | 8.000 | 8.800 |

{caption}

| TT | Sản phẩm | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Tương ớt, hũ 250 g | 30.000 | 31.000 |
| 2 | Tương ớt tỏi, hũ 500 g | 55.000 | 57.000 |
"""


def test_a_price_caption_with_a_unit_per_piece_prices_each_row():
    # read as jars made, the prices were an output of 55.000 hũ; each is the price of one jar
    for caption in ("Bảng 7. Giá bán (đồng/hũ)", "Bảng 7. Giá bán dự kiến"):
        figures = [f for f in view_of(_PRICED_BY_CAPTION.format(caption=caption)).plan.figures
                   if f.value in (30000, 57000)]
        assert figures and all(f.unit == "VND" and f.per == "hũ" for f in figures), (caption, figures)
    # a caption that is no price's ("Bảng 7. Sản lượng theo quý") leaves the rows' own reading
    figures = [f for f in view_of(_PRICED_BY_CAPTION.format(caption="Bảng 7. Sản lượng theo quý")).plan.figures
               if f.value == 57000]
    assert figures and all(f.unit != "VND" for f in figures), figures


# ================================================================ a rounding the plan states

_ROUNDED = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH BÁNH ĐA VỪNG KỲ PHONG
# 12. Hiệu quả kinh tế
Bảng 11. Chi phí
{unit}
| TT | Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Gạo, vừng | 310 | 340 |
| 2 | Bao bì | 90 | 100 |
| 3 | Tiền công | 480 | 520 |
| 4 | Điện, củi | 40 | 50 |
| 5 | Vận chuyển, bán hàng | 120 | 130 |
| 6 | Khấu hao | 60 | 60 |
| 7 | Lãi vay | 30 | 20 |
|  | Tổng chi phí | 1.130 | {total} |
"""


def test_a_stated_rounding_widens_a_totals_slack():
    rounded = "ĐVT: triệu đồng (làm tròn đến chục triệu đồng)"
    # 1.220 summed, 1.200 stated: twenty million off over seven items each rounded to ten million
    assert rule_hits("table-total-mismatch", _ROUNDED.format(unit=rounded, total="1.200"), "food") == []
    # not said: the twenty million is a gap
    assert len(rule_hits("table-total-mismatch", _ROUNDED.format(unit="ĐVT: triệu đồng", total="1.200"), "food")) == 1
    # said, but well beyond the rounding
    assert len(rule_hits("table-total-mismatch", _ROUNDED.format(unit=rounded, total="1.100"), "food")) == 1
    # said once for the whole plan
    plan = _ROUNDED.format(unit="ĐVT: triệu đồng", total="1.200").replace(
        "# 12. Hiệu quả kinh tế", "# 12. Hiệu quả kinh tế\nCác khoản tiền trong phương án được làm tròn đến chục triệu đồng.")
    assert rule_hits("table-total-mismatch", plan, "food") == []


# ================================================================ a revised plan's earlier figures

_COMPARED = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH GIÒ BÒ THẠCH LÂM (BẢN ĐIỀU CHỈNH)
# 1. Thông tin chung
Công ty TNHH Thực phẩm Thạch Lâm, xã Thạch Lâm.

Bảng 1. Các số liệu đã điều chỉnh

| Chỉ tiêu | {old} | Điều chỉnh | Lý do điều chỉnh |
|---|---|---|---|
| Tổng vốn đầu tư (triệu đồng) | 1.500 | 1.700 | Thêm tủ cấp đông |
# 10. Vốn đầu tư
ĐVT: triệu đồng
| TT | Hạng mục | Thành tiền |
|---|---|---|
| 1 | Máy xay, máy nhồi | 600 |
| 2 | Tủ cấp đông | 300 |
| 3 | Vốn lưu động | 800 |
|  | Tổng vốn đầu tư | 1.700 |
"""


def test_a_comparison_tables_earlier_column_is_history():
    for old in ("Bản trước", "Ban đầu", "Phương án trước"):
        assert rule_hits("figure-inconsistent", _COMPARED.format(old=old), "food") == [], old


_SOURCES_ADJUSTED = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH GIÒ BÒ THẠCH LÂM
# 10. Vốn đầu tư và nguồn vốn
ĐVT: triệu đồng
| TT | Hạng mục | Ban đầu | Điều chỉnh | Chênh lệch |
|---|---|---|---|---|
| 1 | Máy xay, máy nhồi | 600 | 500 | -100 |
| 2 | Vốn lưu động | 700 | 600 | -100 |
|  | Tổng vốn đầu tư | 1.300 | 1.100 | -200 |

| TT | Nguồn vốn | Số tiền |
|---|---|---|
| 1 | Vốn chủ sở hữu | 600 |
| 2 | Vay ngân hàng | 500 |
|  | Tổng nguồn vốn | 1.100 |
"""


def test_sources_are_held_against_the_adjusted_column():
    assert rule_hits("capital-mismatch", _SOURCES_ADJUSTED, "food") == []


_EARLIER_TOTAL = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH GIÒ BÒ THẠCH LÂM
# 10. Vốn đầu tư và nguồn vốn
Bản phương án gửi tháng 6/2026 dự toán tổng vốn 900 triệu đồng. Sau khi bổ sung tủ cấp đông, tổng vốn đầu tư điều
chỉnh như sau:

ĐVT: triệu đồng
| TT | Hạng mục | Thành tiền |
|---|---|---|
| 1 | Máy xay, máy nhồi | 600 |
| 2 | Tủ cấp đông | 200 |
| 3 | Vốn lưu động | 300 |
|  | Tổng vốn đầu tư | 1.100 |

| TT | Nguồn vốn | Số tiền |
|---|---|---|
| 1 | Vốn chủ sở hữu | 400 |
| 2 | Vay ngân hàng | 500 |
|  | Tổng nguồn vốn | 900 |
"""


def test_an_earlier_versions_total_in_text_is_no_investment_total():
    # the sources still add up to the first version's 900: short of the 1.100 the plan now needs
    assert len(rule_hits("capital-mismatch", _EARLIER_TOTAL, "food")) == 1


# ================================================================ counts the plan itself relates

_HIVES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG SƠN HỒNG
# 1. Thông tin chung về chủ thể
Hộ kinh doanh Lê Văn Tám, xã Sơn Hồng.{scale}
# 4. Hiện trạng sản xuất
Hộ đang nuôi 150 đàn ong nội đặt dưới tán rừng keo.
# 8. Nguồn nguyên liệu
Mật lấy từ 180 đàn ong của hộ, bình quân 12 kg mật/đàn/năm.
"""


def test_two_counts_one_sentence_relates_by_a_change_are_no_other_account():
    related = " Quy mô phương án 180 đàn ong (hiện có 150 đàn, mua thêm 30 đàn giống năm 2027)."
    assert rule_hits("figure-inconsistent", _HIVES.format(scale=related), "honey") == []
    assert len(rule_hits("figure-inconsistent", _HIVES.format(scale=""), "honey")) == 1


_STAFF = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH ĐỒ MÂY TRE CẨM BÌNH
# 1. Thông tin chung về chủ thể
Hợp tác xã hiện có {now} lao động thường xuyên, có kế toán riêng.
# 9. Tổ chức sản xuất
| TT | Bộ phận | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | {head} | 1 | 1 | 1 |
| 2 | Thợ đan | 6 | 6 | 7 |
| 3 | Hoàn thiện, đóng gói | 3 | 3 | 3 |
|  | Tổng số lao động | 10 | 10 | {last} |
# 14. Hiệu quả xã hội
Phương án tạo việc làm ổn định cho 10 lao động của xã.
"""


def test_todays_workforce_above_the_plans_stays_an_inconsistency_when_the_target_agrees_with_the_table():
    hits = rule_hits("figure-inconsistent", _STAFF.format(now=16, head="Quản lý", last=11), "handicraft")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("16 lao động", "10 lao động")]
    # a workforce that grows from today's is the plan
    assert rule_hits("figure-inconsistent", _STAFF.format(now=9, head="Quản lý", last=11), "handicraft") == []


def test_a_groups_own_head_is_a_managing_row():
    # the same each year, led by "Tổ trưởng, thủ kho": the table is the whole workforce, not one workshop's
    hits = rule_hits("figure-inconsistent", _STAFF.format(now=16, head="Tổ trưởng, thủ kho", last=10).replace(
        "Phương án tạo việc làm ổn định cho 10 lao động của xã.", "Sản phẩm góp phần giữ nghề đan truyền thống."),
        "handicraft")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("16 lao động", "10 lao động")]


def test_a_processing_workshop_is_the_workshop():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM CỬA SÓT
# 1. Thông tin chung về chủ thể
Công ty có nhà xưởng 400 m² trên đất của công ty, 12 lao động thường xuyên.
# 4. Hiện trạng sản xuất
Hiện nay xưởng chế biến rộng 320 m², gồm khu ủ chượp 60 thùng gỗ và kho thành phẩm.
"""
    hits = rule_hits("figure-inconsistent", plan, "food")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("400 m²", "320 m²")]


# ================================================================ a supply total that adds up only in later years

_SOURCES_BY_YEAR = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NẤM SÒ KHÔ HƯƠNG ĐÔ
# 7. Nguồn nguyên liệu
Bảng 3. Nấm tươi: nguồn cung và nhu cầu

ĐVT: kg
| Nguồn cung, nhu cầu | Quy mô | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Nhà nấm của hợp tác xã | 3 - 4 nhà × 3.000 kg | 9.000 | 12.000 | 12.000 |
| Hộ thành viên | 10 hộ × 600 kg | – | 6.000 | 6.000 |
| Tổng nguồn cung nấm tươi |  | 9.000 | 18.000 | 18.000 |
| Nhu cầu nấm tươi | 8 kg/kg | 8.000 | 12.000 | 16.000 |
"""


def test_a_source_row_summed_into_the_supply_in_any_year_is_a_source():
    # (the members' first year left blank: the first year's total is one row's, the next years' add up)
    m = A.model(view_of(_SOURCES_BY_YEAR), A.Spec(relation="material"))
    got = A._summed_into_supply(m)
    assert [r.label for tm in m.tables for r in tm.rows if id(r) in got] == [
        "Nhà nấm của hợp tác xã", "Hộ thành viên", "Tổng nguồn cung nấm tươi"]


# ================================================================ a table of contents

_CONTENTS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ XANH KỲ THƯỢNG

MỤC LỤC

{contents}

# I. Thông tin chung về chủ thể
Hợp tác xã Chè Kỳ Thượng, xã Kỳ Thượng.
# Q. Các giấy tờ gửi kèm
Giấy chứng nhận đăng ký hợp tác xã số 3002199001.
"""


def test_a_contents_line_of_the_plans_own_heading_is_no_blank():
    line = "Q. Các giấy tờ gửi kèm . . . . . . . . . . . . . . . . . . . . . . ."
    assert rule_hits("boilerplate", _CONTENTS.format(contents=line), "beverage") == []
    # a line of dots after a label that is no heading of the plan is a blank left in
    assert len(rule_hits("boilerplate", _CONTENTS.format(contents="Người lập: . . . . . . . . . . . . .").replace(
        "MỤC LỤC", "Ghi chú"), "beverage")) == 1


def test_a_blank_in_the_contents_block_is_no_blank_of_the_plan():
    # (what a scan makes of a contents page: a table of debris)
    debris = "| đi | KH | xxx | 1003 | 7 |\n|---|---|---|---|---|\n| ng | 0 | 2i | v62 | 8 |"
    assert rule_hits("boilerplate", _CONTENTS.format(contents=debris), "beverage") == []
    body = _CONTENTS.format(contents="I. Thông tin chung").replace(
        "Hợp tác xã Chè Kỳ Thượng, xã Kỳ Thượng.", "Hợp tác xã Chè Kỳ Thượng, mã số thuế xxx.")
    assert len(rule_hits("boilerplate", body, "beverage")) == 1


# ================================================================ categories, headings, cells

def test_categories_of_a_sauce_and_of_woodwork_made_for_tea():
    assert category_of("Chẻo Nghi Xuân") == "food"
    assert category_of("Hộp trà, khay trà gỗ mỹ nghệ Đức Lĩnh") == "handicraft"
    assert category_of("Trà xanh Kỳ Thượng") == "beverage"


def test_a_line_of_year_columns_is_no_heading():
    assert column_names_line("Sản phẩm ĐVT Năm Năm Năm")
    assert not column_names_line("Năm thứ nhất của phương án")


def test_a_scans_mark_after_a_decimal_cell_is_dropped():
    assert _cell_number("1.604,3.", "vi")[0] == 1604.3
    assert _cell_number("155.000:", "vi")[0] == 155000
    # (a colon after a decimal is left unread: "2020,1:" is as often a misread "2.820,1")
    assert _cell_number("2020,1:", "vi") is None


# ================================================================ a loss written in words (hu06)

_LOSS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH BÁNH GAI TÂN LỘC
# 12. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Doanh thu | 1.400,0 | 1.900,0 |
| 2 | Tổng chi phí | 1.520,5 | 1.650,0 |
| 3 | Lãi, lỗ | {loss} | 250,0 |
"""


def test_a_loss_written_in_words_in_a_cell_is_negative():
    assert _cell_number("lỗ 120,5", "vi")[0] == -120.5
    assert _cell_number("âm 75", "vi")[0] == -75
    assert _cell_number("–120,5", "vi")[0] == -120.5
    for loss in ("lỗ 120,5", "(120,5)", "-120,5"):
        assert rule_hits("profit-mismatch", _LOSS.format(loss=loss), "food") == [], loss
    # the loss written as a profit is a mismatch
    assert len(rule_hits("profit-mismatch", _LOSS.format(loss="120,5"), "food")) == 1


# ================================================================ the whole organisation beside its workshop (hw)

_ORGANISATION = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG HƯƠNG THỦY
# 1. Thông tin chung về chủ thể
{profile}
# 9. Tổ chức sản xuất
| TT | Bộ phận | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Quản lý, kế toán | 2 | 2 | 2 |
| 2 | Quay mật, lọc | 4 | 4 | 4 |
| 3 | Đóng chai, bán hàng | 3 | 3 | 3 |
|  | Tổng số lao động | 9 | 9 | 9 |
"""


def test_the_whole_organisations_staff_is_not_the_workshops():
    for profile in ("Hợp tác xã có 40 lao động thường xuyên, trong đó 9 người ở xưởng mật ong.",
                    "Toàn hợp tác xã có 40 lao động thường xuyên; xưởng mật ong là một trong bốn dịch vụ."):
        assert rule_hits("figure-inconsistent", _ORGANISATION.format(profile=profile), "honey") == [], profile
    # said of the cooperative alone, the 40 is another account of the table's 9
    assert len(rule_hits("figure-inconsistent", _ORGANISATION.format(
        profile="Hợp tác xã có 40 lao động thường xuyên, có kế toán riêng."), "honey")) == 1


def test_a_workshops_row_of_the_organisations_staff_table_is_its_part():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MIẾN GẠO THẠCH HẠ
# 1. Thông tin chung về chủ thể
| TT | Bộ phận | Lao động (người) |
|---|---|---|
| 1 | Văn phòng, kế toán | 6 |
| 2 | Xưởng xay xát | 20 |
| 3 | Xưởng miến gạo | 12 |
|  | Tổng số lao động | 38 |
# 9. Tổ chức sản xuất
Xưởng miến gạo có 12 lao động: 2 quản lý, kỹ thuật; 7 người tráng, phơi, cắt; 3 người đóng gói.
"""
    assert rule_hits("figure-inconsistent", plan, "food") == []


def test_a_balance_sheet_names_no_source_of_the_plans_funds():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM HỘI THỐNG
# 1. Thông tin chung về chủ thể
Bảng 2. Tài sản và nguồn vốn của công ty (báo cáo tài chính năm 2025)

ĐVT: triệu đồng
| Mã | Chỉ tiêu | 31/12/2025 |
|---|---|---|
| A | Tài sản ngắn hạn | 6.100 |
| B | Tài sản dài hạn | 4.200 |
|  | Tổng tài sản | 10.300 |
| C | Nợ phải trả | 3.500 |
| D | Vốn chủ sở hữu | 6.800 |
# 10. Vốn đầu tư
Tổng vốn đầu tư của phương án là 800 triệu đồng, gồm vốn tự có 500 triệu đồng và vay ngân hàng 300 triệu đồng.
"""
    assert rule_hits("capital-mismatch", plan, "food") == []


# ================================================================ a supply table with rows of hectares and households

_HECTARES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ LÁ VỐI HƯƠNG TRÀ
# 7. Nguồn nguyên liệu
Bảng 3. Cân đối lá vối tươi

ĐVT: kg
| TT | Nguồn, nhu cầu | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Vườn vối mới của hợp tác xã (số ha) | 2 | 3 | 4 |
|  | Sản lượng thu (6.000 kg/ha) | 12.000 | 18.000 | 24.000 |
| 2 | Hộ thành viên: 20 hộ × 500 kg | 10.000 | 10.000 | 10.000 |
|  | Cộng nguồn cung | 22.000 | 28.000 | 34.000 |
|  | Nhu cầu (sản lượng × 5) | 15.000 | 20.000 | 25.000 |
# 8. Công nghệ
Máy sấy 20 kg khô/ngày, 250 ngày/năm: công suất 5.000 kg khô/năm.
# 9. Kế hoạch sản xuất
| Sản phẩm | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| Tổng sản lượng trà lá vối khô | kg | 3.000 | 4.000 | 5.000 |
"""


def test_a_row_of_hectares_and_its_harvest_in_a_supply_table():
    # the hectares are no kilograms, their harvest is a source the total adds up, not the product's output
    for rule in ("table-total-mismatch", "capacity-exceeded", "figure-inconsistent"):
        assert rule_hits(rule, _HECTARES, "herbal") == [], rule
    # a total that is not the sum of the harvest and the members' leaves is still a gap
    assert len(rule_hits("table-total-mismatch", _HECTARES.replace("| 22.000 |", "| 26.000 |"), "herbal")) == 1


def test_a_look_alike_digit_either_way():
    # a "3" read as "5" ("155" for "135") though the table of look-alikes lists it only the other way
    assert 135.0 in A._one_digit_off(155.0, either_way=True)
    assert 155.0 in A._one_digit_off(135.0, either_way=True)
