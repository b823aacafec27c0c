"""Generalisation tests from the forty-third session: each one a shape of plan a blind set (197-203) showed the rules
missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits, view_of

# ================================================================ one sub-total a material, each group under its head (set 203)

_GROUPS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM KẸO GỪNG LẠC
# 6. Nguồn nguyên liệu
Bảng 3. Nguồn cung từng loại nguyên liệu

| TT | Nguồn cung | Năng suất | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Lạc nhân |  |  |  |  |
|  | Hộ trồng lạc thôn Trung (20 hộ) | 300 kg/hộ | 6.000 | 6.000 | 6.000 |
|  | Đại lý nông sản Hòa Bình | hợp đồng | 2.000 | 2.000 | 2.000 |
|  | Cộng lạc nhân | kg | 8.000 | 8.000 | 8.000 |
| 2 | Gừng tươi |  |  |  |  |
|  | Hộ trồng gừng thôn Đông (10 hộ) | 90 kg/hộ | 900 | 900 | 900 |
|  | Cộng gừng tươi | kg | 900 | 900 | 900 |
| 3 | Mạch nha |  |  |  |  |
|  | Lò nha xã Yên Hồ (2 lò) | 1.500 kg/lò | 3.000 | 3.000 | 3.000 |
|  | Cộng mạch nha | kg | 3.000 | 3.000 | 3.000 |
"""


def test_a_materials_sub_total_is_not_the_sum_of_the_groups_above_it():
    assert rule_hits("table-total-mismatch", _GROUPS, "food") == []


def test_the_first_group_head_under_the_column_heads_is_a_row_not_a_header_line():
    from pipeline.judge.checks.arithmetic import Spec, model

    m = model(view_of(_GROUPS, "food"), Spec(relation="table_total"))
    table = next(t for t in m.tables if any(r.label == "Cộng lạc nhân" for r in t.rows))
    assert "Lạc nhân" not in " ".join(table.header)
    assert table.rows[0].label == "Lạc nhân" and table.rows[0].num == "1"


# ================================================================ one product's quantity under its head (set 203)

_PRODUCTS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM NÓN LÁ PHÚ HẢI
# 8. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Nón lá trắng | chiếc | 6.000 | 6.500 | 7.000 |
| 2 | Nón bài thơ | chiếc | 2.000 | 2.500 | 3.000 |
|  | Tổng sản lượng | chiếc | 8.000 | 9.000 | 10.000 |

# 12. Hiệu quả kinh tế
Bảng 11. Doanh thu

| TT | Sản phẩm, chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nón lá trắng |  |  |  |
|  | Số lượng (chiếc) | 6.000 | 6.500 | 7.000 |
|  | Giá bán (đồng/chiếc) | 90.000 | 90.000 | 95.000 |
|  | Doanh thu (triệu đồng) | 540,0 | 585,0 | 665,0 |
| 2 | Nón bài thơ, hộp quà 1 chiếc |  |  |  |
|  | Số lượng (hộp) | 2.000 | 2.500 | 3.000 |
|  | Giá bán (đồng/hộp) | 200.000 | 200.000 | 210.000 |
|  | Doanh thu (triệu đồng) | 400,0 | 500,0 | 630,0 |
|  | Tổng doanh thu | 940,0 | 1.085,0 | 1.295,0 |

Bảng 12. Kết quả kinh doanh

ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 940,0 | 1.085,0 | 1.295,0 |
| 2 | Tổng chi phí | 800,0 | 900,0 | 1.050,0 |
| 3 | Lợi nhuận | 140,0 | 185,0 | 245,0 |
"""


def test_one_products_quantity_is_not_the_plans_output():
    assert rule_hits("figure-inconsistent", _PRODUCTS, "handicraft") == []


def test_a_summarys_revenue_is_the_revenue_tables_total_without_a_unit_of_its_own():
    # (a guard: the shape of set 203 whose summary revenue was reckoned from one pack alone; the small plan passes
    # before the change too)
    assert rule_hits("revenue-mismatch", _PRODUCTS, "handicraft") == []
    # (the pack's line stays checked against its quantity and price)
    hits = rule_hits("revenue-mismatch", _PRODUCTS.replace("| 400,0 | 500,0 | 630,0 |", "| 400,0 | 580,0 | 630,0 |"),
                     "handicraft")
    assert hits and hits[0].params["year"] == "2028"


# ================================================================ list price, net price, discounts (set 201)

_NET_PRICE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM DẦU LẠC ĐÔNG QUANG
# 13. Doanh thu, chi phí, lợi nhuận
Bảng 10. Doanh thu dự kiến

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Dầu lạc, chai 500 ml |  |  |  |
|  | Số lượng chai 500 ml (chai) | 10.000 | 11.000 | 12.000 |
|  | Giá niêm yết chai 500 ml (đồng) | 95.000 | 98.000 | 101.000 |
|  | Giá thực thu bình quân chai 500 ml (đồng) | 88.000 | 90.000 | 93.000 |
|  | Doanh thu chai 500 ml (triệu đồng) | 880,0 | {y28} | 1.116,0 |
| 2 | Dầu lạc, can 5 lít |  |  |  |
|  | Số lượng can 5 lít (can) | 400 | 450 | 500 |
|  | Giá niêm yết can 5 lít (đồng) | 850.000 | 870.000 | 900.000 |
|  | Giá thực thu bình quân can 5 lít (đồng) | 800.000 | 810.000 | 840.000 |
|  | Doanh thu can 5 lít (triệu đồng) | 320,0 | 364,5 | 420,0 |
|  | Tổng doanh thu thuần | 1.200,0 | 1.354,5 | 1.536,0 |
"""


def test_the_revenue_at_the_price_received_after_discounts():
    assert rule_hits("revenue-mismatch", _NET_PRICE.format(y28="990,0"), "food") == []
    hits = rule_hits("revenue-mismatch", _NET_PRICE.format(y28="1.120,0").replace("1.354,5", "1.484,5"), "food")
    assert hits and hits[0].params["year"] == "2028" and "500 ml" in hits[0].params["label"]


_NET_REVENUE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CHÈ XANH TÂN HƯƠNG
# 3. Thị trường
Giá niêm yết hộp 200 g là 120.000 đồng/hộp; đại lý được chiết khấu 12 % trên hóa đơn.

# 12. Hiệu quả kinh tế
Bảng 11. Doanh thu

ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Chè hộp 200 g (hộp) | 10.000 | 11.000 | 12.000 |
| 2 | Doanh thu theo giá niêm yết | 1.200,0 | 1.320,0 | 1.440,0 |
| 3 | Trừ chiết khấu thương mại | 96,0 | 105,6 | 115,2 |
| 4 | Doanh thu thuần | 1.104,0 | 1.214,4 | {y29} |
"""


def test_the_revenue_at_list_price_is_not_the_total_of_the_net_revenue():
    # the list-price revenue, the larger row, is no total of the net revenue below it (its parts are the discount
    # and the net): nothing to say of either when they agree
    assert rule_hits("revenue-mismatch", _NET_REVENUE.format(y29="1.324,8"), "food") == []


# ================================================================ an investment in two tables (set 200)

_PARTS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MẮM TÔM LỘC HẢI
# 10. Vốn đầu tư
Bảng 6a. Xây dựng, máy móc

ĐVT: triệu đồng
| TT | Hạng mục (a) | Thành tiền |
|---|---|---|
| 1 | Nhà xưởng 120 m² | 700,0 |
| 2 | Máy xay, máy đóng hũ | 300,0 |
|  | Cộng (a) | 1.000,0 |

Bảng 6b. Chi phí khác, vốn lưu động

ĐVT: triệu đồng
| TT | Hạng mục (b) | Thành tiền |
|---|---|---|
| 3 | Bao bì, nhãn, kiểm nghiệm | 100,0 |
| 4 | Vốn lưu động | 400,0 |
|  | Cộng (b) | 500,0 |
|  | Tổng vốn đầu tư (a + b) | 1.500,0 |

# 13. Hiệu quả
Bảng 10. Kết quả kinh doanh

ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 2.000,0 | 2.200,0 | 2.400,0 |
| 2 | Tổng chi phí | 1.700,0 | 1.850,0 | 2.000,0 |
| 3 | Lợi nhuận | 300,0 | 350,0 | 400,0 |

Khấu hao tài sản cố định 100 triệu đồng/năm. Thời gian hoàn vốn khoảng {payback} năm.
"""


def test_a_total_of_parts_a_and_b_over_part_b_alone_is_not_checked():
    assert rule_hits("table-total-mismatch", _PARTS.format(payback="3,4"), "food") == []


def test_the_payback_rests_on_the_sum_of_the_parts_not_on_one_part():
    # 1.500 : (350 + 100) = 3,3 years; 1.000 : 450 = 2,2 is part (a) only
    assert rule_hits("payback-mismatch", _PARTS.format(payback="3,4"), "food") == []
    hits = rule_hits("payback-mismatch", _PARTS.format(payback="2,2"), "food")
    assert hits and hits[0].params["investment"] == 1.5e9


# ================================================================ the payback a sentence works out (set 199)

def test_the_payback_is_the_result_of_the_sentences_reckoning():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM TRÀ XẠ ĐEN
# 10. Vốn đầu tư
Tổng vốn đầu tư 1.000 triệu đồng.

# 13. Hiệu quả
Lợi nhuận bình quân 400 triệu đồng/năm; khấu hao 100 triệu đồng/năm.

Thời gian hoàn vốn tính trên hai năm sản xuất đủ 12 tháng: 1.000 : (400 + 100) ≈ {t} năm.
"""
    assert rule_hits("payback-mismatch", plan.format(t="2,0"), "herbal") == []
    hits = rule_hits("payback-mismatch", plan.format(t="3,0"), "herbal")
    assert hits and hits[0].params["stated"] == 3.0


# ================================================================ the equipment the plan says covers its output (set 198)

def test_this_capacity_covers_the_plan_names_the_equipment_of_the_sentence_before():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM RƯỢU NẾP SIM TÙNG LỘC
# 8. Thiết bị và công suất
| TT | Thiết bị | Số lượng | Công suất |
|---|---|---|---|
| 1 | Nồi chưng cất inox | 2 | 50 lít rượu/ngày/nồi |
| 2 | Máy lọc, khử andehit | 1 | 200 lít/giờ |

Hai nồi chưng cất inox, mỗi nồi 50 lít rượu/ngày, làm việc 270 ngày/năm, cho công suất chưng cất 27.000 lít/năm. Công suất này đáp ứng đủ sản lượng kế hoạch đến năm 2029 nên không đầu tư thêm nồi.

# 9. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Rượu nếp sim | lít | 22.000 | 25.000 | {y29} |
"""
    assert rule_hits("capacity-exceeded", plan.format(y29="27.000"), "beverage_alcohol") == []
    hits = rule_hits("capacity-exceeded", plan.format(y29="31.000"), "beverage_alcohol")
    assert hits and hits[0].params["capacity"] == "27.000 lít"


# ================================================================ smaller readings (sets 197, 198, 202, 203)

def test_a_norm_of_one_material_or_another_gives_no_need():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM TRÀ THẢO DƯỢC HƯƠNG ĐỘ
# 7. Nguồn nguyên liệu
Lá tươi quy ra lá khô: 4,5 kg cà gai leo tươi và 4 kg chè vằng hoặc lá vối tươi cho 1 kg khô.

Bảng 4. Vùng nguyên liệu

| TT | Nguồn cung | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Vườn cà gai leo của HTX (kg tươi) | 12.000 | 12.000 | 12.000 |
| 2 | Hộ trồng chè vằng (kg tươi) | 7.600 | 7.600 | 7.600 |

# 9. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Cà gai leo khô | kg | 2.400 | 2.600 | 2.650 |
| 2 | Trà thảo dược túi lọc | kg | 3.200 | 3.400 | 3.600 |
"""
    assert rule_hits("material-shortfall", plan, "herbal") == []


def test_a_rented_workshop_of_the_plan_is_not_todays_workshop():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM ĐỒ GỖ MỸ NGHỆ VÕ TOÀN
# 2. Hiện trạng
Hiện cơ sở làm trong xưởng 80 m² cạnh nhà, dùng máy cưa, máy bào cũ.

# 8. Quy trình công nghệ, máy móc thiết bị
Nhà xưởng 250 m² và sân 200 m² thuê của bà Lê Thị Hoa tại thôn Trung theo hợp đồng 10 năm (2027 – 2036).
"""
    assert rule_hits("figure-inconsistent", plan, "handicraft") == []
    # (the land rented under the producer's own workshop leaves the workshop its own: both areas are today's)
    own = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM DẦU LẠC HƯƠNG BÌNH
# 1. Thông tin chung
Hợp tác xã có 18 thành viên chính thức, có nhà xưởng ép dầu rộng 300 m² trên đất hợp tác xã thuê của xã.

# 8. Quy trình công nghệ, máy móc thiết bị
Nhà xưởng ép dầu rộng 200 m², tường gạch, nền láng xi măng, chia khu rang ép và khu chiết rót.
"""
    assert rule_hits("figure-inconsistent", own, "food")


def test_a_channels_share_of_the_output_is_no_output():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MẬT ONG HÒA SƠN
# 9. Kế hoạch sản xuất
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng mật ong (kg) | 4.750 | 5.340 | 5.130 |

# 4. Thị trường
Năm 2027 tổ dự kiến bán 40 % sản lượng (1.900 kg) qua 9 cửa hàng đặc sản và 60 % (2.850 kg) cho khách quen.
"""
    assert rule_hits("figure-inconsistent", plan, "honey") == []


def test_a_crafts_own_written_quality_standard_is_its_product_standard():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MÓC LEN SEN HỒNG
# 3. Sản phẩm
Thú bông móc len đóng hộp giấy, bán tại điểm OCOP và trên sàn thương mại điện tử.

# 9. Quản lý chất lượng
- Bản tiêu chuẩn chất lượng sản phẩm do nhóm xây dựng: yêu cầu về sợi, cỡ kim, mật độ mũi móc, kích thước.
"""
    assert rule_hits("no-product-standard", plan, "handicraft") == []
    assert rule_hits("no-product-standard", plan.replace("- Bản tiêu chuẩn chất lượng sản phẩm do nhóm xây dựng",
                                                         "- Sản phẩm đẹp, bền"), "handicraft")


# ================================================================ a recipe table's norms, per a number of the product (set 203)

_RECIPE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM BÁNH GAI THẠCH ĐÀI
# 3. Sản phẩm
Bảng 2. Định mức nguyên liệu bánh gai

| TT | Nguyên liệu | ĐVT | Cho 100 chiếc |
|---|---|---|---|
| 1 | Gạo nếp | kg | 4 |
| 2 | Đỗ xanh tách vỏ | kg | 1,6 |

# 6. Nguồn nguyên liệu
Bảng 5. Nguồn cung nguyên liệu

| TT | Nguyên liệu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Gạo nếp của 32 hộ thành viên (kg) | 16.000 | 16.000 | 16.000 |
| 2 | Đỗ xanh tách vỏ của 22 hộ (kg) | 7.400 | 7.400 | 7.400 |

# 9. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Tổng sản lượng bánh | chiếc | 250.000 | 260.000 | {y29} |
"""


def test_a_recipe_tables_amounts_for_a_hundred_pieces_are_norms():
    assert rule_hits("material-shortfall", _RECIPE.format(y29="380.000"), "food") == []
    hits = rule_hits("material-shortfall", _RECIPE.format(y29="450.000"), "food")
    assert hits and hits[0].params["need"] == "18 tấn" and hits[0].params["out_unit"] == "chiếc"


# ================================================================ an objective's output with no word of output (set 203)

def test_an_objectives_year_and_amount_of_the_product_is_its_output():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM NEM CHUA BẢY HIỀN
# 2. Mục tiêu
- Năm 2027 đạt {y27} kg nem chua, các năm sau tăng khoảng 8 %/năm;

# 9. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
|  | Tổng sản lượng | kg | 10.200 | 11.020 | 11.870 |
"""
    assert rule_hits("figure-inconsistent", plan.format(y27="10.200"), "food") == []
    hits = rule_hits("figure-inconsistent", plan.format(y27="12.000"), "food")
    assert hits and hits[0].params["year"] == "2027"


# ================================================================ a break-even table's output is no output (set 197)

def test_the_break_even_output_is_not_the_quantity_the_revenue_sells():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MẬT ONG SƠN KIM
# 9. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Mật ong hoa rừng | kg | 3.200 | 3.500 | 3.800 |

# 13. Hiệu quả
Bảng 12. Điểm hòa vốn

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Doanh thu | nghìn đồng | 1.024.000 | 1.120.000 | 1.216.000 |
| 2 | Sản lượng hòa vốn | kg | 2.480 | 2.430 | 2.390 |
| 3 | Giá bán (đồng/kg) | đồng/kg | 320.000 | 320.000 | 320.000 |
"""
    assert rule_hits("revenue-mismatch", plan, "honey") == []


def test_an_objective_that_raises_the_output_to_a_level_states_that_level():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CHÈ XANH HÀ LINH
# 2. Mục tiêu
- Năm thứ 2 (2028): nâng sản lượng lên {y28} kg chè khô;

# 9. Kế hoạch sản xuất
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng chè khô (kg) | 6.480 | 7.116 | 7.752 |
"""
    assert rule_hits("figure-inconsistent", plan.format(y28="7.116"), "food") == []
    hits = rule_hits("figure-inconsistent", plan.format(y28="8.400"), "food")
    assert hits and hits[0].params["year"] == "2028"


# ================================================================ a revenue table whose rows are the products (set 202)

_BY_PRODUCT = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MIẾN DONG SƠN HỒNG
# 4. Thị trường
Bảng 1. Giá bán

| TT | Sản phẩm | ĐVT | Giá bán (đồng) |
|---|---|---|---|
| 1 | Miến dong, gói 500 g | gói | 45.000 |
| 2 | Miến dong, bao 5 kg | bao | 380.000 |

# 9. Kế hoạch sản xuất
Bảng 8. Kế hoạch sản lượng

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Miến dong, gói 500 g | gói | 24.000 | 27.000 | 30.000 |
| 2 | Miến dong, bao 5 kg | bao | 600 | 700 | 800 |

# 13. Hiệu quả
Bảng 11. Doanh thu

ĐVT: triệu đồng
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Miến dong, gói 500 g | 1.080,0 | {y28} | 1.350,0 |
| 2 | Miến dong, bao 5 kg | 228,0 | 266,0 | 304,0 |
"""


def test_each_product_row_of_a_revenue_table_is_its_quantity_times_its_price():
    assert rule_hits("revenue-mismatch", _BY_PRODUCT.format(y28="1.215,0"), "food") == []
    hits = rule_hits("revenue-mismatch", _BY_PRODUCT.format(y28="1.360,8"), "food")
    assert hits and hits[0].params["year"] == "2028" and "500 g" in hits[0].params["label"]


# ================================================================ a revenue table a page break split (set 203, a scan)

def test_the_first_product_of_a_split_revenue_table_does_not_reckon_the_years_revenue():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM RƯỢU NẾP SIM LINH SƠN
# 13. Hiệu quả
Bảng 11. Doanh thu

| TT | Sản phẩm, chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Rượu nếp sim, chai 500 ml |  |  |  |
|  | Số lượng (chai) | 26.000 | 28.000 | 30.000 |
|  | Giá bán (đồng/chai) | 85.000 | 85.000 | 88.000 |
|  | Doanh thu (triệu đồng) | 2.210,0 | 2.380,0 | 2.640,0 |

| 2 Rượu nếp sim, bình 1,5 lít |  |  |  |
|---|---|---|---|
| Số lượng (bình) | 2.400 | 2.600 | 2.800 |
| Giá bán (đồng/bình) | 250.000 | 250.000 | 260.000 |
| Doanh thu (triệu đồng) | 600,0 | 650,0 | 728,0 |
| Tổng doanh thu | 2.810,0 | 3.030,0 | 3.368,0 |

Bảng 12. Kết quả kinh doanh

ĐVT: triệu đồng
| TT | Chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 2.810,0 | 3.030,0 | 3.368,0 |
| 2 | Tổng chi phí | 2.300,0 | 2.450,0 | 2.700,0 |
| 3 | Lợi nhuận | 510,0 | 580,0 | 668,0 |
"""
    assert rule_hits("revenue-mismatch", plan, "beverage_alcohol") == []
