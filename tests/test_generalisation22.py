"""Generalisation tests from the forty-fourth session: each one a shape of plan a blind set (204-207: long cycles,
accountants' abbreviations, fill-in forms, figures per unit multiplied up) or a miss left from sets 199-203 showed
the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ a material's total after its name; listed norms (gr06)

_FISH = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM CÁ TRÍCH HẢI PHONG
# 5. Nguồn nguyên liệu
Cá trích mua của 6 tàu cá bạn hàng và một vựa cá ở cảng. Định mức {norm} cho 1 lít nước mắm thành phẩm.

ĐVT: kg
| TT | Nguồn | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Tàu cá bạn hàng (6 tàu × 5.000 kg) | 30.000 | 30.000 | 30.000 |
| 2 | Vựa cá cảng Xuân Hội | 8.000 | 8.000 | 8.000 |
|  | Cá trích tươi: Tổng nguồn cung | 38.000 | 38.000 | 38.000 |
|  | Cá trích tươi: Nhu cầu | {need} |
| 3 | Hợp tác xã muối Kỳ Ninh | 15.000 | 15.000 | 15.000 |
|  | Muối hạt: Tổng nguồn cung | 15.000 | 15.000 | 15.000 |

# 7. Kế hoạch sản xuất
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng nước mắm (lít) | 26.000 | 29.000 | 34.000 |
"""


def test_a_materials_total_written_after_its_name_is_its_supply():
    # need 44.200 kg in 2029 against the 38.000 the table's "Cá trích tươi: Tổng nguồn cung" gives (the lines and the
    # total are not added up together)
    [hit] = rule_hits("material-shortfall", _FISH.format(norm="1,3 kg cá trích và 0,4 kg muối",
                                                         need="33.800 | 37.700 | 44.200"), "food")
    assert hit.params["year"] == "2029" and hit.params["supply"] == "38 tấn"
    assert rule_hits("material-shortfall", _FISH.format(norm="1,1 kg cá trích và 0,4 kg muối",
                                                        need="28.600 | 31.900 | 37.400"), "food") == []


def test_each_input_listed_before_the_output_has_the_norm_of_its_own_amount():
    # no need row: the fish's norm, listed first, reckons 1,3 × 34.000 = 44.200 kg against 38.000
    plan = _FISH.format(norm="1,3 kg cá trích và 0,4 kg muối", need="").replace("|  | Cá trích tươi: Nhu cầu |  |\n", "")
    [hit] = rule_hits("material-shortfall", plan, "food")
    assert hit.params["material"] == "cá trích" and hit.params["ratio"] == 1.3


# ================================================================ households counted in the supply's own clause (gv05)

def test_the_households_an_amount_each_is_for_are_those_of_its_own_clause():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH BÁNH GAI ĐỨC THỌ
# 5. Nguồn nguyên liệu
Định mức 1,5 kg đỗ xanh tách vỏ và 8 kg gạo nếp cho 100 chiếc bánh. Gạo nếp từ ruộng của 40 hộ thành viên (600 kg/hộ/năm); đỗ xanh
tách vỏ do 15 hộ thôn Trung Lương trồng, mỗi hộ bán 250 kg/năm; đường mua của đại lý trong xã.
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Bánh gai | chiếc | 220.000 | 250.000 | 280.000 |
"""
    # 15 × 250 = 3.750 kg against 2.800 × 1,5 = 4.200 kg in 2029 (not 40 × 250 = 10.000)
    [hit] = rule_hits("material-shortfall", plan, "food")
    assert hit.params["supply"] == "3,75 tấn" and hit.params["material"] == "đỗ xanh tách vỏ"


# ================================================================ a table split by a page break, summed as one (gs05)

def test_the_total_of_a_table_split_by_a_page_break_adds_both_parts():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP KIM LỘC
# XIII. Hiệu quả kinh tế
Bảng 10. Chi phí sản xuất kinh doanh
| TT | Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Gạo nếp | 600 | 700 |
| 2 | Men lá | 40 | 45 |
| 3 | Bao bì, nhãn | 150 | 170 |

Hợp tác xã Rượu nếp Kim Lộc

Bảng 10 (tiếp theo)
| TT | Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 4 | Tiền lương | 500 | 520 |
| 5 | Khấu hao | 60 | 60 |
|  | Tổng chi phí | 1.350 | {total} |
"""
    assert rule_hits("table-total-mismatch", plan.format(total="1.495"), "beverage_alcohol") == []
    [hit] = rule_hits("table-total-mismatch", plan.format(total="1.350"), "beverage_alcohol")
    assert hit.params["expected"] == 1495 and hit.params["items"] == 5


# ================================================================ the accountants' abbreviations (set 205)

_RESULTS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH KẸO LẠC THIÊN LỘC
# IV. Thực trạng
| TT | Chỉ tiêu | ĐVT | TH 2025 | KH 2026 | ƯTH 2026 |
|---|---|---|---|---|---|
| 1 | DT | trđ | 2.100,0 | 2.600,0 | 2.450,0 |
| 2 | CP | trđ | 1.900,0 | – | 2.200,0 |
| 3 | LN | trđ | 200,0 | – | 250,0 |
# XIII. Hiệu quả kinh tế
ĐVT: trđ
| TT | Chỉ tiêu | N2027 | N2028 |
|---|---|---|---|
| 1 | DT | 3.000,0 | 3.400,0 |
| 2 | GVHB | 1.900,0 | 2.100,0 |
| 3 | LN gộp | 1.100,0 | 1.300,0 |
| 4 | CP BH | 250,0 | 270,0 |
| 5 | CP QLDN | 300,0 | 310,0 |
| 6 | LNTT | {lntt} | 720,0 |
"""


def test_the_done_column_of_a_year_is_its_figure_not_the_target_beside_it():
    # "KH 2026" (2.600) beside "ƯTH 2026": 2.450 − 2.200 = 250, the year's profit
    assert not [h for h in rule_hits("profit-mismatch", _RESULTS.format(lntt="550,0"), "food")
                if h.params["year"] == "2026"]


def test_a_gross_profit_is_no_cost_line_and_is_checked_against_the_cost_of_goods_sold():
    assert rule_hits("profit-mismatch", _RESULTS.format(lntt="550,0"), "food") == []
    [hit] = rule_hits("profit-mismatch", _RESULTS.format(lntt="640,0"), "food")
    assert hit.params["year"] == "2027" and hit.params["label"] == "LNTT"
    [hit] = rule_hits("profit-mismatch", _RESULTS.format(lntt="550,0").replace("| 1.100,0 |", "| 1.250,0 |"), "food")
    assert hit.params["label"] == "LN gộp"


_BALANCE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH KẸO CU ĐƠ HƯƠNG SƠN
# 6. Nguồn nguyên liệu
Lạc mua của 30 hộ trong xã (bình quân 200 kg lạc nhân/hộ/năm) và Hợp tác xã Sơn Kim theo hợp đồng.
Bảng 5. Cân đối NVL chính
ĐVT: kg
| TT | Chỉ tiêu | N2027 | N2028 | N2029 |
|---|---|---|---|---|
| A | Nhu cầu mật mía (0,45 kg/kg) | 9.000 | 9.900 | 10.800 |
| A.1 | Lò mật Sơn Hà (1 lò × 12.000 kg) | 12.000 | 12.000 | 12.000 |
| A.2 | Σ nguồn cung | 12.000 | 12.000 | 12.000 |
| B | Nhu cầu lạc nhân (0,35 kg/kg) | 7.000 | 7.700 | 8.400 |
| B.1 | Hộ trồng lạc (30 hộ × 200 kg) | 6.000 | 6.000 | 6.000 |
| B.2 | Hợp tác xã Sơn Kim (1 HĐ × {coop} kg) | {coop} | {coop} | {coop} |
| B.3 | Σ nguồn cung | {sum} | {sum} | {sum} |
"""


def test_each_material_of_a_lettered_balance_has_its_own_groups_supply():
    # 6.000 + 3.000 = 9.000 kg of peanuts, enough (not the sentence's 30 × 200 = 6.000, nor the molasses' 12.000)
    assert rule_hits("material-shortfall", _BALANCE.format(coop="3.000", sum="9.000"), "food") == []
    assert rule_hits("table-total-mismatch", _BALANCE.format(coop="3.000", sum="9.000"), "food") == []
    [hit] = rule_hits("material-shortfall", _BALANCE.format(coop="1.000", sum="7.000"), "food")
    assert hit.params["year"] == "2029" and hit.params["supply"] == "7 tấn"
    # "B.3" closes group B only ("A.1", "B.2" are items of their letters)
    hits = rule_hits("table-total-mismatch", _BALANCE.format(coop="3.000", sum="8.000"), "food")
    assert hits and {h.params["expected"] for h in hits} == {9000}


_LONG = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM CỬA NHƯỢNG
# XIII. Hiệu quả kinh tế
Bảng 7. DT = SL × ĐG
| TT | Sản phẩm | Năm | SL | ĐG (đồng) | TT (tr.đ) |
|---|---|---|---|---|---|
| 1.1 | Chai 500 ml | 2027 | 10.000 | 60.000 | 600,0 |
| 1.2 |  | 2028 | 11.000 | 62.000 | {line} |
| 2.1 | Can 5 lít | 2027 | 500 | 250.000 | 125,0 |
| 2.2 |  | 2028 | 600 | 260.000 | 156,0 |
|  | Tổng DT | 2027 |  |  | 725,0 |
|  | Tổng DT | 2028 |  |  | {total} |
"""


def test_a_table_of_a_row_per_product_and_year_totals_each_year_and_checks_each_row():
    assert rule_hits("table-total-mismatch", _LONG.format(line="682,0", total="838,0"), "food") == []
    assert rule_hits("revenue-mismatch", _LONG.format(line="682,0", total="838,0"), "food") == []
    [hit] = rule_hits("table-total-mismatch", _LONG.format(line="682,0", total="900,0"), "food")
    assert hit.params["expected"] == 838 and hit.params["items"] == 2
    # 11.000 × 62.000 = 682 million, not 790: the row under its product's first, its name the first row's
    [hit] = rule_hits("revenue-mismatch", _LONG.format(line="790,0", total="946,0"), "food")
    assert hit.params["year"] == "2028" and hit.params["label"] == "Chai 500 ml"


# ================================================================ a form's revenue lines named "pack: what" (gy10)

def test_rows_named_pack_colon_quantity_price_revenue_are_read_as_such():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ XANH HƯƠNG KHÊ
# 11. Hiệu quả kinh tế
Bảng 11. Doanh thu (triệu đồng)
| Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|
| Hộp 200 g đặc biệt: số lượng (hộp) | 10.000 | 11.000 |
| Hộp 200 g đặc biệt: đơn giá (đồng/hộp) | 60.000 | 62.000 |
| Hộp 200 g đặc biệt: doanh thu (triệu đồng) | 600,0 | 682,0 |
| Túi 500 g loại 1: số lượng (túi) | 4.000 | 4.500 |
| Túi 500 g loại 1: đơn giá (đồng/túi) | 130.000 | 135.000 |
| Túi 500 g loại 1: doanh thu (triệu đồng) | 520,0 | {line} |
| Tổng doanh thu (triệu đồng) | 1.120,0 | {total} |
"""
    assert rule_hits("revenue-mismatch", plan.format(line="607,5", total="1.289,5"), "beverage") == []
    [hit] = rule_hits("revenue-mismatch", plan.format(line="700,0", total="1.382,0"), "beverage")
    assert hit.params["year"] == "2028" and hit.params["label"].startswith("Túi 500 g loại 1")


# ================================================================ capacity: the stills said to cover the plan in shorthand (gx06)

def test_the_stills_said_to_cover_the_planned_output_in_shorthand_are_its_limit():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU SIM KỲ SƠN
# VIII. Thiết bị
| TT | Thiết bị | SL | CS | Ghi chú |
|---|---|---|---|---|
| 1 | Nồi chưng cất rượu | 2 | 50 lít/ngày | Hiện có |
| 2 | Máy lọc | 1 | 200 lít/giờ | Mua mới |
CS: 2 nồi × 50 lít/ngày × 250 ngày = 25.000 lít/năm; 2 nồi hiện có đáp ứng đủ SL KH cả giai đoạn.
# X. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|---|
| 1 | Quy ra lít | lít | 20.000 | 24.000 | {y3} |
"""
    assert rule_hits("capacity-exceeded", plan.format(y3="25.000"), "beverage_alcohol") == []
    [hit] = rule_hits("capacity-exceeded", plan.format(y3="29.000"), "beverage_alcohol")
    assert hit.params["capacity"] == "25.000 lít"


# ================================================================ prices of a year, and the market's own (gt08, gy05, gt06)

def test_a_list_price_dated_to_the_first_year_is_not_the_price_of_a_later_one():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ CÀ GAI LEO YÊN HỒ
# VII. Thị trường và giá bán
Bảng 2. Giá sản phẩm cà gai leo đang bán trên thị trường (tháng 7/2026)
| TT | Sản phẩm | Quy cách | Giá bán lẻ (đồng) |
|---|---|---|---|
| 1 | Cà gai leo khô không nhãn | kg | 160.000 – 200.000 |
Giá bán tại hợp tác xã năm 2027: 60.000 đồng/hộp túi lọc 60 g; 110.000 đồng/túi 500 g. Giá tăng 10 %/năm.
| TT | Quy cách | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Hộp túi lọc (đồng/hộp) | 60.000 | 66.000 | 73.000 |
| 2 | Túi 500 g (đồng/túi) | 110.000 | 121.000 | 133.000 |
# VIII. Kế hoạch sản xuất
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Trà cà gai leo, hộp túi lọc 60 g (hộp) | 10.000 | 15.000 | 20.000 |
| 2 | Cà gai leo khô, túi 500 g (túi) | 2.000 | 3.000 | 4.000 |
| 3 | Sản lượng quy đổi (kg) | 1.600 | 2.400 | 3.200 |
# XIII. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 820,0 | 1.353,0 | 1.992,0 |
"""
    # 2029 at 2029's prices: 20.000 × 73.000 + 4.000 × 133.000 = 1.992 (at 2027's it would be 1.640); the market's
    # "160.000 – 200.000" a kg is no price of the plan's
    assert rule_hits("revenue-mismatch", plan, "herbal") == []


def test_a_revenue_line_named_by_its_pack_size_takes_the_quantity_and_price_of_that_size():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM HẢI LÂM
# VII. Giá bán
| TT | Quy cách | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Chai 500 ml (đồng/chai) | 50.000 | 53.000 |
| 2 | Chai 750 ml (đồng/chai) | 75.000 | 79.000 |
# X. Kế hoạch sản xuất
| TT | Sản phẩm | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Nước mắm cá cơm, chai 500 ml (chai) | 30.000 | 32.000 |
| 2 | Nước mắm cá cơm, chai 750 ml (chai) | 16.000 | 17.000 |
# XIII. Hiệu quả kinh tế
Bảng 10. Doanh thu dự kiến
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Chai 500 ml theo giá niêm yết | 1.500,0 | 1.696,0 |
| 2 | Chai 750 ml theo giá niêm yết | 1.200,0 | {line} |
"""
    assert rule_hits("revenue-mismatch", plan.format(line="1.343,0"), "food") == []
    [hit] = rule_hits("revenue-mismatch", plan.format(line="1.560,0"), "food")
    assert hit.params["year"] == "2028" and hit.params["label"] == "Chai 750 ml theo giá niêm yết"
