"""Generalisation tests from the forty-fifth session: each one a shape of plan the blind sets 208-210 (figures as
ranges, export lines priced in foreign money, plans full of scores, codes and indicators) showed the rules missing or
misreading, written small and in other words."""

from __future__ import annotations

from pipeline.judge.checks import arithmetic as A
from tests.test_generalisation import rule_hits, view_of

# ================================================================ an export line priced in dollars (hb01, hb04, hb10)

_EXPORT = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CÁ CƠM KHÔ KỲ NINH
# 6. Thị trường xuất khẩu
Công ty ký thỏa thuận khung với một nhà nhập khẩu ở Đài Loan, giao theo điều kiện FOB cảng Vũng Áng.{rate_text}

| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Sản lượng xuất khẩu | tấn | 6,0 | 7,0 | 8,0 |
| Giá FOB | USD/kg | 11,0 | 11,5 | 12,0 |
{rate_row}
# 10. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu xuất khẩu | {revenue} |
| 2 | Tổng chi phí | 1.250,0 | 1.420,0 | 1.610,0 |
| 3 | Lợi nhuận | {profit} |
"""
_RATE_TEXT = " Doanh thu quy đổi theo tỷ giá 25.000 đồng/USD."
_RATE_ROW = "| Tỷ giá quy đổi | đồng/USD | 25.000 | 25.000 | 25.000 |\n"


def test_a_price_in_dollars_is_reckoned_at_the_plans_own_rate():
    # 6.000 kg × 11 USD × 25.000 = 1.650 triệu đồng; 7.000 × 11,5 × 25.000 = 2.012,5; 8.000 × 12 × 25.000 = 2.400
    right = _EXPORT.format(rate_text=_RATE_TEXT, rate_row=_RATE_ROW, revenue="1.650,0 | 2.012,5 | 2.400,0",
                           profit="400,0 | 592,5 | 790,0")
    assert rule_hits("revenue-mismatch", right, "food") == []
    # (read as đồng, 6.000 kg × 11 would have been 66.000 đồng against 1,65 tỷ)
    wrong = right.replace("| 1 | Doanh thu xuất khẩu | 1.650,0 |", "| 1 | Doanh thu xuất khẩu | 1.950,0 |")
    hits = rule_hits("revenue-mismatch", wrong, "food")
    assert [h.params["year"] for h in hits] == ["2027"]
    assert hits[0].params["expected"] == 1_650_000_000


def test_the_rate_in_a_table_alone_converts_too():
    plan = _EXPORT.format(rate_text="", rate_row=_RATE_ROW, revenue="1.650,0 | 2.012,5 | 2.400,0",
                          profit="400,0 | 592,5 | 790,0")
    assert rule_hits("revenue-mismatch", plan, "food") == []


def test_a_dollar_price_with_no_rate_stated_is_no_money_to_reckon_with():
    # without the plan's rate the dollars cannot be set beside the đồng: nothing is said
    plan = _EXPORT.format(rate_text="", rate_row="", revenue="1.950,0 | 2.012,5 | 2.400,0", profit="700,0 | 592,5 | 790,0")
    assert rule_hits("revenue-mismatch", plan, "food") == []


def test_amounts_in_dollars_yuan_and_yen_become_dong_at_their_rates():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG HOA NHÃN
# 6. Thị trường
Giá bán cho nhà nhập khẩu Nhật Bản 2.400 yên Nhật/hộp, tỷ giá 170 đồng/JPY; giá bán sang Trung Quốc 60 nhân dân tệ/kg,
tỷ giá 3.500 đồng/CNY. Nếu tỷ giá xuống dưới 160 đồng/JPY, hợp tác xã đàm phán lại giá.
"""
    view = view_of(plan, "honey")
    from pipeline.judge.rules import load_ruleset

    spec = next(r for r in load_ruleset().rules if r.id == "revenue-mismatch").checks[0]
    m = A.model(view, spec)
    prices = sorted((a.value, a.unit, a.per) for s in m.sents for a in s.amounts if a.per in ("hộp", "kg"))
    # (the rate stated most often counts: 170, not the risk's 160)
    assert prices == [(210_000.0, "VND", "kg"), (408_000.0, "VND", "hộp")]


# ================================================================ the last cost line numbered on, right above the total (hc06)

_COSTS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM CÁ CƠM
# 10. Chi phí
ĐVT: triệu đồng
| TT | Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Cá cơm tươi | 496,8 | 546,5 | 596,2 |
| 2 | Muối hạt | 32,2 | 35,4 | 38,6 |
| 3 | Tiền lương | 648,0 | 680,4 | 712,8 |
| 4 | Khấu hao tài sản cố định | 96,0 | 96,0 | 96,0 |
| 5 | Thuế, phí và chi phí khác | 70,0 | 72,0 | 74,0 |
|  | Tổng chi phí | 1.343,0 | {total_2028} | 1.517,6 |
"""


def test_a_tax_line_numbered_on_as_the_last_cost_line_is_one_of_the_totals_lines():
    # 546,5 + 35,4 + 680,4 + 96 + 72 = 1.430,3
    [hit] = rule_hits("table-total-mismatch", _COSTS.format(total_2028="1.290,3"), "food")
    assert hit.params["expected"] == 1430.3
    assert rule_hits("table-total-mismatch", _COSTS.format(total_2028="1.430,3"), "food") == []


# ================================================================ a column of product codes before the names (hc10)

def test_a_code_column_is_not_the_rows_label():
    header = ["Mã sản phẩm", "Sản phẩm, quy cách", "Giá bán (đồng)"]
    body = [["CXB1", "Chè búp khô loại 1, túi 200 g", "64.000"], ["CXB2", "Chè búp khô loại 2, túi 500 g", "110.000"],
            ["CXV", "Chè vụn, bao 2 kg cho quán nước", "150.000"]]
    assert A._code_cols(header, body, 3) == {0}
    # a numbering or a column of Roman group numerals is no code column; nor codes with nothing to name them
    assert A._code_cols(["TT", "Khoản mục", "2027"], [["I", "Chi phí", "5"], ["II", "Doanh thu", "8"]], 3) == set()
    assert A._code_cols(["Mã", "Giá"], [["SP01", "5"], ["SP02", "6"]], 2) == set()


# ================================================================ a scan's debris in a year's cell (hc03, ha03)

def test_a_scans_cells_with_a_bracket_or_slash_before_the_number_are_malformed():
    for cell in (")770", "⁄12,0", "10895)", "1⁄3208"):
        assert A._MALFORMED.search(cell), cell
    for cell in ("770", "1.089,5", "12,0", "(3) 770"):
        assert not A._MALFORMED.search(cell), cell


def test_a_gram_sign_stuck_to_one_years_cell_among_bare_numbers_is_a_misread():
    vals = [A.Val(1410, "kg", "mass", None, 2027, 1, "1.410"), A.Val(0.117, "kg", "mass", None, 2028, 2, "117g"),
            A.Val(1740, "kg", "mass", None, 2029, 3, "1.740")]
    assert A._glued_unit(["Sản lượng (kg)", "1.410", "117g", "1.740"], vals)
    # a pack size column of "500g" cells alone is no misread
    assert not A._glued_unit(["Hộp", "500g", "500g"], vals[:2])


# ================================================================ the part sold abroad is no output of its own (hb01, hb05)

_EXPORT_PART = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MỰC KHÔ XUÂN HỘI
# 6. Thị trường
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| {label} | tấn | 8,0 | 8,0 | 12,0 |
| Số container 20 feet | container | 2 | 2 | 3 |

# 8. Kế hoạch sản xuất
| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Sản lượng kế hoạch (kg) | 19.000 | 19.500 | 24.000 |
"""


def test_the_quantity_sold_abroad_is_a_part_of_the_output():
    assert rule_hits("figure-inconsistent", _EXPORT_PART.format(label="Sản lượng xuất khẩu"), "food") == []
    # (a plain output row in the market part is the output stated again, and differs)
    assert rule_hits("figure-inconsistent", _EXPORT_PART.format(label="Sản lượng"), "food") != []


# ================================================================ each source's amount in a table of sources (hb01, hb10)

_SOURCES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ BÚP KHÔ TÂY SƠN
# 5. Nguồn nguyên liệu
| Nguồn, chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Nguồn 1: Đồi chè của 12 hộ liên kết, diện tích | ha | 4 | 4 | 4 |
| {label} (11.000 kg/ha) | kg | 44.000 | 44.000 | 44.000 |
| Tổng nguồn cung | kg | 44.000 | 44.000 | 44.000 |

# 7. Máy móc thiết bị
Dây chuyền sao, vò chè công suất 80 kg búp tươi/ngày, làm 260 ngày/năm, tức 20.800 kg búp tươi/năm.
"""


def test_a_sources_amount_is_supply_not_output():
    assert rule_hits("capacity-exceeded", _SOURCES.format(label="Sản lượng nguồn 1"), "beverage") == []


# ================================================================ workers added are no workforce (hb01)

def test_workers_added_by_the_plan_are_no_count_of_the_workforce():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MỰC KHÔ XUÂN HỘI
# 3. Nhân lực
Phương án {verb} 2 lao động năm 2027 và 3 lao động năm 2029 cho khâu sấy và đóng gói.

# 6. Thị trường
Công ty bán mực khô qua 12 đại lý ở Hà Tĩnh và Nghệ An, giá bán lẻ 620.000 đồng/túi 500 g.

# 9. Tổ chức sản xuất và lao động
| Bộ phận | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Tổng số lao động (người) | 23 | 23 | 26 |
"""
    assert rule_hits("figure-inconsistent", plan.format(verb="bổ sung"), "food") == []
    assert rule_hits("figure-inconsistent", plan.format(verb="tuyển"), "food") == []


# ================================================================ a supply total over households and kilograms (hb08)

def test_a_supply_total_adds_the_kilograms_not_the_households():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP XUÂN LAM
# 5. Nguồn nguyên liệu
| Nguồn, chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Nguồn 1: Hộ trồng nếp thôn Xuân Lam, số hộ | hộ | 30 | 50 | 80 |
| Sản lượng nguồn 1 (500 kg/hộ) | kg | 15.000 | 25.000 | 40.000 |
| Nguồn 2: Hộ trồng nếp thôn Hồng Lam, số hộ | hộ | 10 | 20 | 40 |
| Sản lượng nguồn 2 (600 kg/hộ) | kg | 6.000 | 12.000 | 24.000 |
| Tổng nguồn cung | kg | 21.000 | {total} | 64.000 |
"""
    [hit] = rule_hits("table-total-mismatch", plan.format(total="42.000"), "beverage_alcohol")
    assert hit.params["expected"] == 37_000
    assert rule_hits("table-total-mismatch", plan.format(total="37.000"), "beverage_alcohol") == []


# ================================================================ a price list's column, each row's pack (ha06, hc10)

_PRICE_LIST = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG PHÚC TRẠCH
# 4. Sản phẩm
Sản phẩm chính là mật ong hoa rừng đóng chai 500 g, giá bán {text_price} đồng/chai.

| TT | Sản phẩm, quy cách | Khoảng giá (đồng) | Giá tính toán (đồng) |
|---|---|---|---|
| 1 | Mật ong hoa rừng, chai 500 g | 180.000 - 200.000 | 180.000 |
| 2 | Mật ong hoa keo, hũ 1 kg | 250.000 - 280.000 | 250.000 |

# 8. Kế hoạch sản xuất
| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Chai 500 g (chai) | 5.000 | 5.500 | 6.000 |
| Hũ 1 kg (hũ) | 1.800 | 2.000 | 2.200 |

# 11. Doanh thu
ĐVT: triệu đồng
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Chai 500 g | 900,0 | {revenue_2028} | 1.080,0 |
| 2 | Hũ 1 kg | 450,0 | 500,0 | 550,0 |
|  | Tổng doanh thu | 1.350,0 | {total_2028} | 1.630,0 |
"""


def test_a_price_lists_column_prices_each_rows_pack():
    # 5.500 chai × 180.000 đ = 990,0 triệu, not 1.188,0
    plan = _PRICE_LIST.format(text_price="180.000", revenue_2028="1.188,0", total_2028="1.688,0")
    hits = rule_hits("revenue-mismatch", plan, "honey")
    assert [(h.params["year"], h.params["expected"]) for h in hits if h.params["label"] == "Chai 500 g"] == \
        [("2028", 990_000_000)]
    right = _PRICE_LIST.format(text_price="180.000", revenue_2028="990,0", total_2028="1.490,0")
    assert rule_hits("revenue-mismatch", right, "honey") == []


def test_a_price_in_the_text_and_the_price_list_below_it_are_compared():
    plan = _PRICE_LIST.format(text_price="215.000", revenue_2028="990,0", total_2028="1.490,0")
    [hit] = rule_hits("figure-inconsistent", plan, "honey")
    assert hit.params["what"] == "giá bán"
    right = _PRICE_LIST.format(text_price="180.000", revenue_2028="990,0", total_2028="1.490,0")
    assert rule_hits("figure-inconsistent", right, "honey") == []


# ================================================================ a norm's material named after its cue (ha05)

def test_a_norms_material_named_after_the_cue_and_a_rate_per_litre():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU SIM CẨM LẠC
# 5. Nguồn nguyên liệu
Định mức nếp từ 1,1 đến 1,3 kg/lít rượu tùy mẻ; hợp tác xã tính mức trung bình 1,2 kg/lít.

| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Nguồn cung gạo nếp cái (kg) | {rice} |

# 8. Kế hoạch sản xuất
| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Tổng sản lượng (lít) | 15.000 | 17.600 | 20.200 |
"""
    # 1,2 × 20.200 = 24.240 kg of rice against 19.800 (read as a norm of "kg", the rate named no material)
    hits = rule_hits("material-shortfall", plan.format(rice="19.800 | 19.800 | 19.800"), "beverage_alcohol")
    assert "2029" in [h.params["year"] for h in hits]
    assert rule_hits("material-shortfall", plan.format(rice="25.000 | 25.000 | 25.000"), "beverage_alcohol") == []


# ================================================================ others' products in a comparison table (ha01)

def test_a_product_named_in_a_table_of_where_products_are_made_is_anothers():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH BÁNH GAI HỒNG LẠC
# 1. Thông tin chung
Bánh gai Hồng Lạc do công ty làm thủ công từ lá gai, nếp cái và đỗ xanh. Bánh gai Hồng Lạc đóng túi 10 chiếc.

# 6. Thị trường
| TT | Sản phẩm | Nơi sản xuất | Giá bán lẻ (đ/túi) |
|---|---|---|---|
| 1 | Bánh gai Tứ Trụ | Thanh Hóa | 65.000-70.000 |
| 2 | Bánh gai Ninh Giang | Hải Dương | 70.000-80.000 |

Bánh gai Hồng Lạc bán lẻ 65.000 đồng/túi, tương đương bánh Tứ Trụ, nhưng có lợi thế bánh mới làm trong ngày.
"""
    assert rule_hits("name-inconsistent", plan, "food") == []
    # (the same sentence with no such table names the product otherwise)
    no_table = plan.replace("| 1 | Bánh gai Tứ Trụ | Thanh Hóa | 65.000-70.000 |\n", "")
    assert rule_hits("name-inconsistent", no_table, "food") != []


# ================================================================ a commune's name ends at its last capitalised word (hd04)

def test_the_commune_ends_where_its_name_does():
    from pipeline.entities import _commune_in

    assert _commune_in("được UBND xã Hà Linh cấp Giấy chứng nhận đăng ký tổ hợp tác số 03/GCN-THT") == "Hà Linh"
    assert _commune_in("Địa chỉ: thôn Trung Hà, xã Hà Linh, tỉnh Hà Tĩnh") == "Hà Linh"


# ================================================================ a scan's profit beside its margin row with a year lost (hd03)

_SCANNED_MARGIN = """
# IX. Hiệu quả kinh tế
ĐVT: triệu đồng

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 1.262,5 | 1.439,9 | 1.626,6 |
| 2 | Tổng chi phí | 1.083,4 | 1.155,4 | 1.306,9 |
| 3 | Lợi nhuận | 179,1 | 284,5 | 210,7 |
| 4 | Tỷ suất lợi nhuận/doanh thu (%) | 14,2 | 19,8 | {margin} |
"""


def test_a_scans_unsure_profit_beside_its_margin_rows_lost_year_is_not_judged():
    from tests.test_generalisation3 import _scan_rule_hits

    # 2029's profit read "210,7" at 66 % (for 319,7), the margin row's 2029 cell lost: that year's line is unread
    unsure = {(3, 4): 66.0}
    assert _scan_rule_hits(_SCANNED_MARGIN.format(margin=""), "profit-mismatch", unsure) == []
    # the margin read in full: the profit stands to be judged
    hits = _scan_rule_hits(_SCANNED_MARGIN.format(margin="13,0"), "profit-mismatch", unsure)
    assert [h.params["year"] for h in hits] == ["2029"]
