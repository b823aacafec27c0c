"""Generalisation tests from the forty-ninth session: each one a shape of plan the blind sets showed the reader or
the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.entities import category_of
from pipeline.figures import _difference_cell
from tests.test_generalisation import message, rule_hits, view_of

# ================================================================ payback beside a loss year

_PAYBACK_AFTER_A_LOSS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM CỬA SÓT
# 9. Hiệu quả kinh tế
Tổng vốn đầu tư 1.800 triệu đồng. Khấu hao tài sản cố định 150 triệu đồng/năm.

| TT | Chỉ tiêu (triệu đồng) | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030 |
|---|---|---|---|---|---|
| 1 | Doanh thu | 1.400 | 2.600 | 3.300 | 4.100 |
| 2 | Chi phí | 1.560 | 2.190 | 2.610 | 3.000 |
| 3 | Lãi, lỗ | -160 | 410 | 690 | 1.100 |

Năm 2027 cơ sở lỗ 160 triệu đồng; từ năm 2028 lãi 410 triệu đồng và năm 2030 lãi 1.100 triệu đồng.
{payback}
"""


def test_the_prose_picking_a_tables_good_years_is_no_series_of_its_own():
    # the prose's 2028 and 2030 (410 and 1.100) averaged to 755 made 1.800 : 755 ≈ 2,4 years, within a fifth of a
    # payback of 1,6 years divided by the best year alone; the table's four years average 510 (+ 150: 2,7 years)
    plan = _PAYBACK_AFTER_A_LOSS.format(payback="Thời gian hoàn vốn: 1.800 : 1.100 ≈ 1,6 năm.")
    hits = rule_hits("payback-mismatch", plan, "food")
    assert len(hits) == 1 and hits[0].params["expected"] == 2.7, hits
    # the payback of the table's own years stays silent
    plan = _PAYBACK_AFTER_A_LOSS.format(payback="Thời gian hoàn vốn khoảng 2,7 năm.")
    assert rule_hits("payback-mismatch", plan, "food") == []


# ================================================================ a revenue table's lines named by their pack

_YEAR_REVENUE_TABLE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC CỐT GỪNG KỲ ANH
# 8. Kế hoạch tiêu thụ
Bảng 7. Doanh thu năm 2028

| Sản phẩm | Số lượng | Giá bán (đồng) | Thành tiền (đồng) |
|---|---|---|---|
| Nước cốt gừng, chai 250 ml | 12.000 | 45.000 | 540.000.000 |
| Nước cốt gừng mật ong, lọ thủy tinh 0,5 lít | 3.000 | 90.000 | 270.000.000 |
| Nước cốt gừng, can 2 lít | 500 | 300.000 | 150.000.000 |
| Tổng cộng |  |  | {total} |
"""


def test_a_revenue_tables_lines_named_by_their_pack_are_items_of_its_total():
    # the lines "…, chai 250 ml" and "…, can 2 lít" were read as price rows, no items of the money total, and the
    # total went unchecked
    hits = rule_hits("table-total-mismatch", _YEAR_REVENUE_TABLE.format(total="1.060.000.000"), "beverage")
    assert len(hits) == 1 and hits[0].params["expected"] == 960_000_000, hits
    assert rule_hits("table-total-mismatch", _YEAR_REVENUE_TABLE.format(total="960.000.000"), "beverage") == []


# ================================================================ gift sets and combos

_GIFT_SETS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MỨT GỪNG CẨM XUYÊN
# 3. Mục tiêu
Năm 2027 sản xuất 3.000 kg mứt gừng, kể cả mứt đóng trong giỏ quà.
# 7. Kế hoạch tiêu thụ
Bảng 5. Kế hoạch tiêu thụ sản phẩm lẻ và giỏ quà

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Mứt gừng, hộp 500 g (bán lẻ) | hộp | 4.000 | 4.400 |
| 2 | Mứt gừng, túi 250 g (bán lẻ) | túi | 2.000 | 2.200 |
| 3 | Giỏ quà Tết Cẩm Xuyên | giỏ | 1.000 | 1.200 |
| 4 | Combo trà gừng | combo | 500 | 600 |

Bảng 6. Lượng sản phẩm dùng cho các giỏ quà, combo

| TT | Thành phần | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Mứt gừng, hộp 500 g | hộp | 1.000 | 1.200 |
| 2 | Mứt gừng, túi 250 g | túi | 1.000 | 1.200 |
| 3 | Trà xanh, túi 200 g (mua của HTX chè Sơn Hồng) | túi | 1.500 | 1.800 |

Bảng 7. Giá bán (đồng)

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Mứt gừng, hộp 500 g | đồng/hộp | 90.000 | 95.000 |
| 2 | Mứt gừng, túi 250 g | đồng/túi | 50.000 | 52.000 |
| 3 | Giỏ quà Tết Cẩm Xuyên | đồng/giỏ | 350.000 | 360.000 |
| 4 | Combo trà gừng | đồng/combo | 200.000 | 210.000 |

Bảng 8. Doanh thu (triệu đồng)

| TT | Sản phẩm | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Mứt gừng, hộp 500 g (bán lẻ) | 360,0 | 418,0 |
| 2 | Mứt gừng, túi 250 g (bán lẻ) | 100,0 | 114,4 |
| 3 | Giỏ quà Tết Cẩm Xuyên | 350,0 | 432,0 |
| 4 | Combo trà gừng | 100,0 | 126,0 |
|  | Tổng doanh thu | {revenue} | 1.090,4 |
"""


def test_what_the_gift_sets_use_is_no_output_and_the_sets_are_counted_sold():
    # the packs the sets use up (1.000 hộp) were held against the packs sold alone (4.000 hộp); the sets' baskets
    # and combos, counted in no known unit, were left out of quantity × price
    plan = _GIFT_SETS.format(revenue="910,0")
    assert rule_hits("figure-inconsistent", plan, "food") == []
    assert rule_hits("revenue-mismatch", plan, "food") == []
    # the sets are sold at their own prices: a revenue above the packs and sets sold is wrong
    hits = rule_hits("revenue-mismatch", _GIFT_SETS.format(revenue="1.200,0"), "food")
    assert hits and hits[0].params["expected"] == 910_000_000, hits


# ================================================================ profit after the lines below the operating profit

_STEPPED_PROFIT = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CAM KHE MÂY
# 10. Hiệu quả kinh tế
Bảng 12. Kết quả kinh doanh (triệu đồng)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Doanh thu | 1.500,0 | 1.700,0 |
| 2 | Tổng chi phí sản xuất | 1.100,0 | 1.220,0 |
| 3 | Lợi nhuận từ sản xuất kinh doanh | 400,0 | 480,0 |
| 4 | Trừ: lãi vay | 30,0 | 20,0 |
| 5 | Trừ: tiền thuê đất | 20,0 | 20,0 |
| 6 | Lợi nhuận trước thuế | {pbt} | 440,0 |
| 7 | Thuế TNDN (15 %) | 52,5 | 66,0 |
| 8 | Lợi nhuận sau thuế | 297,5 | 374,0 |
"""


def test_a_profit_below_the_lines_it_takes_off_the_operating_profit():
    # held against revenue − cost (400) the stated 350 was 12,5 % off; the table takes interest and rent off first
    assert rule_hits("profit-mismatch", _STEPPED_PROFIT.format(pbt="350,0"), "food") == []
    # and a profit before tax that skips the lines (400 against 350) is wrong, though it equals revenue − cost
    hits = rule_hits("profit-mismatch", _STEPPED_PROFIT.format(pbt="400,0"), "food")
    assert hits and hits[0].params["expected"] == 350_000_000 and hits[0].params["from_label"], hits
    assert "Trừ: lãi vay" in message("profit-mismatch", hits[0])


# ================================================================ loans: a sentence on some sources, a schedule of two

_LOANS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG KHE GIAO
# 9. Vốn đầu tư và nguồn vốn
Tổng vốn đầu tư 600 triệu đồng. Khoản vay Ngân hàng Chính sách xã hội 100 triệu đồng, lãi suất 6,6 %/năm; khoản vay
Quỹ hỗ trợ nông dân 150 triệu đồng, lãi suất 7 %/năm.

Bảng 8. Nguồn vốn (triệu đồng)

| TT | Nguồn vốn | Số tiền |
|---|---|---|
| 1 | Vốn tự có của hộ | 350,0 |
| 2 | Vay Ngân hàng Chính sách xã hội | 100,0 |
| 3 | Vay Quỹ hỗ trợ nông dân | 150,0 |
|  | Tổng nguồn vốn | 600,0 |

Bảng 9. Kế hoạch trả nợ và lãi vay (triệu đồng)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Dư nợ đầu năm (Ngân hàng CSXH) | 100,0 | 100,0 |
| 2 | Lãi vay 6,6 %/năm (Ngân hàng CSXH) | 6,6 | 6,6 |
| 3 | Dư nợ đầu năm (Quỹ hỗ trợ nông dân) | 150,0 | 75,0 |
| 4 | Lãi vay 7 %/năm (Quỹ hỗ trợ nông dân) | 10,5 | 5,3 |
|  | Tổng lãi vay phải trả | {interest} | 11,9 |
# 10. Hiệu quả kinh tế
Bảng 10. Chi phí (triệu đồng)

| TT | Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Mật thô | 500,0 | 520,0 |
| 2 | Lãi vay | 17,1 | 11,9 |
|  | Tổng chi phí | 517,1 | 531,9 |
"""


def test_a_sentence_on_the_loans_alone_and_a_schedule_of_two_loans():
    plan = _LOANS.format(interest="17,1")
    # the loans' sentence (250) is a part of the sources table (600), told for the loans' terms
    assert rule_hits("capital-mismatch", plan, "honey") == []
    # "Tổng lãi vay phải trả" adds the two interest rows, not the balances; one loan's interest is no year's interest
    assert rule_hits("table-total-mismatch", plan, "honey") == []
    assert rule_hits("figure-inconsistent", plan, "honey") == []
    hits = rule_hits("table-total-mismatch", _LOANS.format(interest="19,1"), "honey")
    assert hits and hits[0].params["expected"] == 17.1, hits


def test_a_pressed_bamboo_tea_tray_is_a_craft():
    assert category_of("Khay, hộp trà tre ép Thắng Hoa") == "handicraft"
    assert category_of("Hộp trà gỗ hương Khải Thịnh") == "handicraft"
    assert category_of("Măng tre khô Hương Sơn") == "food"
    assert category_of("Trà xanh búp Sơn Hồng") == "beverage"


# ================================================================ a subtraction in a cell; a group's own sum

def test_a_cell_written_as_a_subtraction_is_its_difference():
    assert _difference_cell("838.000 - 701.600", "vi") == (136_400.0, False, "838.000")
    assert _difference_cell("2.150 – 1.780", "vi")[0] == 370.0
    assert _difference_cell("180.000 - 200.000", "vi") is None  # a range, the smaller first
    assert _difference_cell("838.000", "vi") is None


_GROUP_SUMS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NEM CHUA HƯƠNG SƠN
# 6. Nguồn nguyên liệu
Bảng 4. Nguồn cung nguyên liệu (kg/năm)

| Nguồn cung | Nguyên liệu | Lượng cung mỗi năm |
|---|---|---|
| Lò mổ thôn Bắc Sơn | Thịt lợn | 12 tháng × 500 kg = 6.000 |
| Hộ chăn nuôi Tân Hương | Thịt lợn | 12 tháng × 200 kg = 2.400 |
| Cộng thịt lợn |  | 8.400 |
| Xưởng muối thôn Đông | Muối, tỏi, ớt | 12 tháng × 40 kg = 480 |
| Cộng muối, tỏi, ớt |  | 480 |
| Tổ hợp tác thôn Trung | Lá chuối, lá đinh lăng | 12 tháng × 90 kg = 1.080 |
| Cộng lá chuối, lá đinh lăng |  | {last} |
"""


def test_a_groups_own_sum_after_other_groups_sums_is_no_grand_total():
    # "Cộng lá chuối, lá đinh lăng" was read as the sum of the groups' sums above it (8.400), not of its one item
    assert rule_hits("table-total-mismatch", _GROUP_SUMS.format(last="1.080"), "food") == []


def test_rows_of_worked_results_are_data_not_the_header():
    # the first rows, "12 tháng × 500 kg = 6.000" in every number cell, had been read into the table's header
    figures = [f for f in view_of(_GROUP_SUMS.format(last="1.080")).plan.figures if f.value == 6000]
    assert figures and figures[0].label and "Lò mổ" in figures[0].label, figures


# ================================================================ tables of words beside the figures (set 232's kind)

_OWN_PRICE_COLUMN = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RUỐC TÔM HỘI THỦY
# 8. Kế hoạch sản xuất
Bảng 6. Sản lượng dự kiến

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Hũ 200 g | hũ | 30.000 | 33.000 |
| 2 | Hũ 400 g | hũ | 10.000 | 11.000 |

Bảng 7. Doanh thu dự kiến

ĐVT: triệu đồng
| TT | Sản phẩm | Đơn giá (đồng) | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Hũ 200 g | 40.000 | 1.200,0 | 1.320,0 |
| 2 | Hũ 400 g | 70.000 | 700,0 | {revenue} |
|  | Tổng doanh thu |  | 1.900,0 | 2.090,0 |
"""


def test_a_revenue_rows_own_unit_price_prices_the_pack_the_plan_counts():
    # 11.000 hũ × 70.000 đ = 770,0 triệu, not 900,0
    hits = [h for h in rule_hits("revenue-mismatch", _OWN_PRICE_COLUMN.format(revenue="900,0"), "food")
            if h.params.get("label") == "Hũ 400 g"]
    assert [(h.params["year"], h.params["expected"]) for h in hits] == [("2028", 770_000_000)], hits
    assert rule_hits("revenue-mismatch", _OWN_PRICE_COLUMN.format(revenue="770,0"), "food") == []


_ROLES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHIẾU CÓI NGA SƠN
# 9. Tổ chức sản xuất
Bảng 6. Phân công công việc trong tổ

| Người, công việc | Nhiệm vụ | Số người |
|---|---|---|
| Tổ trưởng (bà Lan) | Điều hành, nhận đơn hàng | 1 người |
| Dệt chiếu | Dệt theo khổ, kiểm tra mép | 5 người |
| Nhuộm, phơi cói | Nhuộm màu, phơi khô | 2 người |
| Tổng cộng |  | {total} người |
"""


def test_heads_counted_in_a_table_of_roles_are_not_rounded():
    # 1 + 5 + 2 = 8: "10 người" passed as a rounding of eight single digits
    hits = rule_hits("table-total-mismatch", _ROLES.format(total="10"), "handicraft")
    assert hits and hits[0].params["expected"] == 8, hits
    assert rule_hits("table-total-mismatch", _ROLES.format(total="8"), "handicraft") == []


_SWOT_TABLE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP SIM CẨM LẠC
# 1. Thông tin chung
Hợp tác xã Nông nghiệp Sim Cẩm Lạc thành lập năm 2019 ở xã Cẩm Lạc. Sản phẩm Rượu nếp sim Cẩm Lạc đóng chai 500 ml.
# 3. Sản phẩm
Rượu nếp sim Cẩm Lạc được nấu từ nếp cái của thành viên và quả sim chín. Rượu nếp sim Cẩm Lạc ủ trong chum sành.
# 5. Phân tích SWOT
| Nội dung | Phân tích |
|---|---|
| Điểm mạnh | {strength} có đồi sim riêng 12 ha và men lá gia truyền |
| Thách thức | Rượu trôi nổi giá rẻ, Rượu sim Phú Quốc đã có thương hiệu mạnh |
"""


def test_a_swot_tables_strengths_name_the_plans_own_product():
    hits = rule_hits("name-inconsistent", _SWOT_TABLE.format(strength="Rượu nếp sim Kỳ Tây"), "beverage_alcohol")
    assert hits and "Kỳ Tây" in hits[0].params["found"], hits
    assert rule_hits("name-inconsistent", _SWOT_TABLE.format(strength="Rượu nếp sim Cẩm Lạc"), "beverage_alcohol") == []


# ================================================================ taxes, fees and interest (set 233's kind)

_THROUGHPUT = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH KHAY TRE ÉP KHE GIAO
# 7. Công nghệ, thiết bị
Bảng 4. Thiết bị chính

| TT | Thiết bị | Số lượng | Năng suất |
|---|---|---|---|
| 1 | Máy khắc laser | 2 | 40 sản phẩm/ngày/máy |
| 2 | Máy chà nhám | 1 | – |

Cơ sở làm việc 250 ngày/năm.
# 8. Kế hoạch sản xuất
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Tổng sản lượng (sản phẩm) | 18.000 | {output} |
"""


def test_the_throughput_column_of_an_equipment_table_is_its_capacity():
    # 2 machines × 40 a day × 250 days = 20.000 a year; a "Năng suất" column had been no capacity
    hits = rule_hits("capacity-exceeded", _THROUGHPUT.format(output="23.000"), "handicraft")
    assert hits and hits[0].params["year"] == "2028", hits
    assert rule_hits("capacity-exceeded", _THROUGHPUT.format(output="19.500"), "handicraft") == []


def test_ha_tinhs_fried_rolls_are_a_food():
    assert category_of("Ram Hà Tĩnh Hồng Lam") == "food"
    assert category_of("Ram cuốn cải Thạch Hà") == "food"


# ================================================================ English headings; a span of years in a label

_ENGLISH_HEADINGS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CAM SẤY DẺO KIM FARM
# I - Company profile
Công ty TNHH Nông sản Kim Farm thành lập năm 2021 tại xã Hương Trà.
# II - Target
Năm 2027 bán 12.000 hộp cam sấy dẻo, năm 2029 bán 16.000 hộp.
# III - Product
Cam sấy dẻo đóng hộp 200 g, không đường hóa học.
# IV - Team
Công ty có 9 lao động: giám đốc, kế toán, 5 công nhân, 2 nhân viên bán hàng.
# V - Production plan
Năm 2027 sản xuất 12.000 hộp, năm 2028 14.000 hộp.
# VI - Risk management
Rủi ro mất mùa cam: ký hợp đồng với 3 hợp tác xã.
# VII - Timeline
Quý I/2027 lắp máy sấy; quý II/2027 nộp hồ sơ OCOP.
"""


def test_headings_written_in_english_name_their_parts():
    keys = {s.key for s in view_of(_ENGLISH_HEADINGS).plan.sections}
    assert {"producer", "objectives", "product", "organization", "production_plan", "risks", "schedule"} <= keys, keys


def test_a_span_of_years_in_a_label_is_no_unit_of_its_cells():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH KẸO CU ĐƠ
# 12. Chi phí
ĐVT: triệu đồng
| Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|
| Khấu hao tài sản cố định (10 năm) | 65,0 | 65,0 |
| Tiền công | 300,0 | 310,0 |
| Tổng chi phí | 365,0 | 375,0 |
"""
    figures = [f for f in view_of(plan).plan.figures if f.label and f.label.startswith("Khấu hao") and f.text == "65,0"]
    assert len(figures) == 2 and all(f.unit == "VND" and f.value == 65_000_000 for f in figures), figures
    assert rule_hits("table-total-mismatch", plan, "food") == []


_NET_REVENUE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH KẸO CU ĐƠ PHÚC NINH
# 5. Sản phẩm
Kẹo cu đơ đóng hộp 400 g, giá bán lẻ 48.000 đồng/hộp. Đại lý được chiết khấu 15 %, siêu thị 22 %.
# 8. Kế hoạch tiêu thụ
| Sản phẩm, kênh | Năm 2027 | Năm 2028 |
|---|---|---|
| Hộp 400 g, cửa hàng | 5.000 | 5.500 |
| Hộp 400 g, đại lý | 15.000 | 16.500 |
| Cộng hộp 400 g (hộp) | 20.000 | 22.000 |
# 11. Doanh thu
Bảng 11. Doanh thu theo kênh ({net})
ĐVT: triệu đồng
| Sản phẩm, kênh | Năm 2027 | Năm 2028 |
|---|---|---|
| Hộp 400 g, cửa hàng | 240,0 | 264,0 |
| Hộp 400 g, đại lý | 612,0 | 673,2 |
| Tổng doanh thu | 852,0 | 937,2 |
"""


def test_a_revenue_table_at_the_channels_net_prices_is_no_list_price_revenue():
    # 20.000 hộp × 48.000 đ = 960 triệu at the list price; the table says it counts the price each channel pays
    assert rule_hits("revenue-mismatch", _NET_REVENUE.format(net="giá thực thu"), "food") == []
