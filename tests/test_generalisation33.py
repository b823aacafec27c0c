"""Generalisation tests of the fifty-fifth session: the mends of what the earlier blind sets left and of blind sets
278-281. Each plan here is written for the test (no holdout text); each test fails on the code before its mend."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# =============================================================================== a need row whose label gives its norm

_NORM_ROW = """
# VIII. Nguồn nguyên liệu
Gạo tẻ do các hộ trong thôn và một xưởng xay xát cung cấp, bảo đảm đủ cho sản xuất.

| TT | Nguồn cung và nhu cầu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Hộ trồng lúa liên kết: 30 hộ × 1.000 kg | 30.000 | 30.000 | 30.000 |
| 2 | Xưởng xay xát Tân Phúc: 1 xưởng × 20.000 kg | 20.000 | 20.000 | 20.000 |
| | Cộng nguồn cung gạo (kg) | 50.000 | 50.000 | 50.000 |
| | Nhu cầu gạo (1,30 kg/kg) | 45.500 | 49.400 | {need} |
"""


def test_a_need_row_named_with_its_norm_counts_in_the_norms_unit():
    # "(1,30 kg/kg)" is the norm the row applies, so its figures are kilograms of rice, not bare numbers
    assert rule_hits("material-shortfall", _NORM_ROW.format(need="50.700")) == []
    [hit] = rule_hits("material-shortfall", _NORM_ROW.format(need="57.200"))
    assert hit.params["year"] == "2029" and hit.params["supply"] == "50 tấn"


# =============================================================================== channels' counts under a subtotal's unit

_CHANNELS = """
# VII. Kế hoạch sản xuất và tiêu thụ

Bảng 5. Sản lượng theo kênh

| Kênh tiêu thụ | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Siêu thị Thành Sen | 8.000 | 9.000 | 10.000 |
| Nhà hàng Hải Vân | 2.000 | 2.000 | 2.000 |
| Cộng nước mắm chai 500 ml (chai) | 10.000 | 11.000 | 12.000 |
| Quà biếu doanh nghiệp | 1.000 | 1.100 | 1.200 |
| Cộng hộp quà 2 chai (hộp) | 1.000 | 1.100 | 1.200 |

Bảng 6. Giá bán theo kênh

ĐVT: đồng
| Kênh bán | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Siêu thị Thành Sen (chai) | 60.000 | 62.000 | 64.000 |
| Nhà hàng Hải Vân (chai) | 65.000 | 67.000 | 69.000 |
| Quà biếu doanh nghiệp (hộp) | 150.000 | 155.000 | 160.000 |

# IX. Hiệu quả tài chính
Bảng 7. Doanh thu (triệu đồng)

| Kênh bán | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Siêu thị Thành Sen | 480,0 | {x} | 640,0 |
| Nhà hàng Hải Vân | 130,0 | 134,0 | 138,0 |
| Quà biếu doanh nghiệp | 150,0 | 170,5 | 192,0 |
| Tổng doanh thu | 760,0 | {t} | 970,0 |
"""


def test_rows_summed_by_a_subtotal_that_names_its_unit_count_in_it():
    # the channels' bare counts add up to "Cộng nước mắm chai 500 ml (chai)": bottles, priced per bottle elsewhere
    assert rule_hits("revenue-mismatch", _CHANNELS.format(x="558,0", t="862,5")) == []
    [hit] = rule_hits("revenue-mismatch", _CHANNELS.format(x="658,0", t="962,5"))
    assert hit.params["year"] == "2028" and hit.params["expected"] == 558_000_000


def test_rows_that_do_not_add_up_to_the_subtotal_take_no_unit():
    from tests.test_generalisation import view_of
    md = _CHANNELS.replace("| Nhà hàng Hải Vân | 2.000 | 2.000 | 2.000 |", "| Nhà hàng Hải Vân | 2.000 | 2.500 | 2.000 |")
    figs = [f for f in view_of(md).plan.figures if f.label == "Nhà hàng Hải Vân" and f.table == 0]
    assert figs and all(f.kind == "number" and not f.unit for f in figs)
    figs = [f for f in view_of(_CHANNELS).plan.figures if f.label == "Nhà hàng Hải Vân" and f.table == 0]
    assert figs and all(f.unit == "chai" for f in figs)


_NORM_ALONE = """
# VIII. Nguồn nguyên liệu
Mật thô lấy từ đàn ong của hộ (bình quân 12 kg mật/đàn/năm) và của 16 hộ nuôi ong trong thôn theo hợp đồng thu mua
(mỗi hộ bán cho cơ sở 120 kg/năm).

| TT | Nội dung | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| | Nhu cầu mật ong thô (1,05 kg/kg) | 4.148 | 4.515 | 4.882 |
| 1 | Đàn ong của hộ, 12 kg/đàn | 3.000 | 3.120 | 3.240 |
| 2 | Hộ nuôi ong trong thôn (hợp đồng): 16 hộ | 1.920 | 1.920 | 1.920 |
"""


def test_a_norm_gives_no_unit_when_no_other_row_of_the_table_counts_in_it():
    # the need alone in kilograms against sources of no known unit: the text's 16 × 120 kg is not the supply
    assert rule_hits("material-shortfall", _NORM_ALONE) == []


_NORM_BARE_TOTAL = """
# VIII. Nguồn nguyên liệu
Định mức 4,5 kg cà gai leo tươi cho 1 kg trà.

| Nguồn, chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|
| Vùng trồng của hợp tác xã (1,5 ha × 12.000 kg) | 18.000 | 18.000 | 18.000 |
| Hộ thành viên trồng xen (12 hộ × 500 kg) | 6.000 | 6.000 | 6.000 |
| Cộng nguồn cung cà gai leo tươi | 24.000 | 24.000 | {total} |
| Nhu cầu (4,5 kg/kg) | 18.540 | 19.247 | 19.976 |

# IX. Kế hoạch sản xuất
| Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|
| Trà cà gai leo túi lọc (kg) | 4.120 | 4.277 | 4.439 |
"""


def test_a_need_by_its_norm_is_set_against_the_bare_total_of_sources_in_its_unit():
    # the sources' total names no unit, its rows are kilograms: it is the supply, not one row of it
    assert rule_hits("material-shortfall", _NORM_BARE_TOTAL.format(total="24.000")) == []
    [hit] = rule_hits("material-shortfall", _NORM_BARE_TOTAL.format(total="24.000").replace(
        "| 6.000 | 6.000 | 6.000 |", "| 1.000 | 1.000 | 1.000 |").replace("| 24.000 | 24.000 | 24.000 |",
                                                                       "| 19.000 | 19.000 | 19.000 |"))
    assert hit.params["year"] == "2029"


# =============================================================================== a partner's total in a joint table

_PARTNERS = """
# XI. Vốn đầu tư
Bảng 8. Vốn đầu tư của ba bên (triệu đồng)

| TT | Hạng mục | Bên | Số tiền |
|---|---|---|---|
| 1 | Hai thuyền, áo phao | Hợp tác xã | 300 |
| 2 | Nhà đón tiếp, bến thuyền | Hợp tác xã | 280 |
| 3 | Nâng cấp 6 phòng nghỉ | Hộ Tư | 420 |
| 4 | Chăn đệm, điều hòa | Hộ Tư | 130 |
| 5 | Mở rộng nhà ăn | Hộ Bính | 350 |
| | Cộng Hợp tác xã | | 580 |
| | Cộng Hộ Tư | | {tu} |
| | Cộng Hộ Bính | | 350 |
| | Tổng vốn đầu tư | | 1.480 |
"""


def test_a_total_named_after_a_partner_sums_that_partners_items():
    assert rule_hits("table-total-mismatch", _PARTNERS.format(tu="550")) == []
    # (the grand total, read over the partners' totals, then misses as well)
    hit = rule_hits("table-total-mismatch", _PARTNERS.format(tu="650"))[0]
    assert hit.params["label"] == "Cộng Hộ Tư" and hit.params["expected"] == 550 and hit.params["items"] == 2


# =============================================================================== joint plans (set 281)

_JOINT_CAPITAL = """
# XI. Vốn đầu tư
| TT | Nội dung | Số tiền |
|---|---|---|
| I | Tổ hợp tác | |
| 1 | Tủ cấp đông 1.000 lít | 200 |
| 2 | Cải tạo xưởng một chiều 80 m² | 450 |
| 3 | Vốn lưu động | 300 |
| | Cộng vốn đầu tư tổ hợp tác | 950 |
| | Nguồn: vốn góp của tổ viên | 500 |
| | Nguồn: vay ngân hàng nông nghiệp | 450 |
| II | Hợp tác xã | |
| 1 | Máy sấy lúa, kho nếp | 150 |
| | Cộng vốn đầu tư hợp tác xã | 150 |
| | Nguồn: vốn tự có của hợp tác xã | 150 |
| III | Công ty | |
| 1 | Kho lạnh 20 m³ | 200 |
| 2 | Xe tải đông lạnh 1,5 tấn | 400 |
| | Cộng vốn đầu tư công ty | 600 |
| | Nguồn: vốn tự có của công ty | {own} |
"""


def test_each_partners_capital_with_its_own_total_and_sources_adds_up_to_their_sum():
    assert rule_hits("capital-mismatch", _JOINT_CAPITAL.format(own="600")) == []
    assert rule_hits("capital-mismatch", _JOINT_CAPITAL.format(own="900")) != []


_PARTNER_HEADINGS = """
# I. Giới thiệu hai hộ tham gia liên kết
## 1. Hộ đại diện liên kết
Hộ kinh doanh Nguyễn Thị Duyên, thôn Trung Hòa, xã Hương Khê. Giấy chứng nhận đăng ký hộ kinh doanh số 28A8004163.
## 2. Hộ liên kết
Hộ kinh doanh Lê Văn Quế, thôn Rào Tre, xã Hương Khê; nuôi 180 đàn ong.
# II. Sự cần thiết
Hộ kinh doanh Nguyễn Thị Duyên xây dựng phương án để nâng sản phẩm mật ong lên 3 sao.
# III. Mục tiêu
Hộ kinh doanh Nguyễn Thị Duyên bán 6.000 chai mật ong mỗi năm.
"""


def test_a_household_introduced_under_a_partners_heading_is_no_other_name_of_the_producer():
    from tests.test_generalisation import view_of
    view = view_of(_PARTNER_HEADINGS)
    view.plan.producer = view.plan.producer.model_copy(update={"name": "Hộ kinh doanh Nguyễn Thị Duyên"})
    from pipeline.judge.base import BatchContext
    from pipeline.judge.engine import run_rule
    from tests.test_generalisation import _rule
    rule = _rule("name-inconsistent")
    assert [h for h in run_rule(rule, view, BatchContext([view])) if h.params["kind"] == "producer"] == []
    # the same household under a plain sub-heading is another name of the producer
    view = view_of(_PARTNER_HEADINGS.replace("## 2. Hộ liên kết", "## 2. Thông tin bổ sung"))
    view.plan.producer = view.plan.producer.model_copy(update={"name": "Hộ kinh doanh Nguyễn Thị Duyên"})
    assert [h for h in run_rule(rule, view, BatchContext([view])) if h.params["kind"] == "producer"] != []


_OWN_FIELD = """
# VIII. Nguồn nguyên liệu
Định mức 0,55 kg nếp và 0,12 kg đậu xanh cho 1 kg bánh.

Bảng 4. Nguồn nếp, đậu xanh và nhu cầu

ĐVT: kg

| TT | Nguồn, chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nếp của 30 hộ thành viên (800 kg/hộ) | 24.000 | 24.000 | 24.000 |
| | Nếp cần (0,55 kg/kg bánh) | 11.550 | 13.860 | 16.632 |
| 2 | Đậu xanh ruộng hợp tác xã (2 ha × 1.200 kg) | 2.400 | 2.400 | 2.400 |
| 3 | Đậu xanh của 10 hộ thành viên (150 kg/hộ) | 1.500 | 1.500 | 1.500 |
| | Đậu xanh cần (0,12 kg/kg bánh) | 2.520 | 3.024 | 3.629 |

# IX. Kế hoạch sản xuất
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng bánh (kg) | 21.000 | 25.200 | {out} |
"""


def test_the_producers_own_field_is_one_of_the_sources():
    # 0,12 × 30.240 = 3.629 kg of mung beans from 2.400 + 1.500 kg: enough (not the members' 1.500 kg alone)
    assert rule_hits("material-shortfall", _OWN_FIELD.format(out="30.240")) == []
    assert rule_hits("material-shortfall", _OWN_FIELD.format(out="38.000")) != []


# =============================================================================== booked capacity, prices by delivery term

_BOOKED = """
# IX. Công nghệ và năng lực sản xuất
Hộ thuê hệ thống nồi chưng cất của tổ hợp tác theo ngày.

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Số ngày thuê nồi chưng cất (ngày) | 100 | 115 | 120 |
| 2 | Rượu thành phẩm mỗi ngày (lít) | 60 | 60 | 60 |
| 3 | Sản lượng chưng cất được (lít) | 6.000 | 6.900 | 7.200 |
| 4 | Sản lượng kế hoạch (lít) | 5.400 | 6.500 | {out} |
"""


def test_what_the_booked_days_can_distil_is_the_capacity():
    assert rule_hits("capacity-exceeded", _BOOKED.format(out="7.000")) == []
    [hit] = rule_hits("capacity-exceeded", _BOOKED.format(out="8.100"))
    assert hit.params["year"] == "2029"


_DELIVERED = """
# VII. Thị trường
| TT | Sản phẩm | ĐVT | Giá tại xưởng | Giá giao tận nơi |
|---|---|---|---|---|
| 1 | Chai 500 ml 40 độ | chai | 60.000 | 65.000 |
| 2 | Can 5 lít 35 độ | can | 380.000 | 400.000 |

# X. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Chai 500 ml 40 độ, tại xưởng | chai | 6.000 | 6.900 |
| 2 | Chai 500 ml 40 độ, giao tận nơi | chai | 14.000 | 16.100 |
| 3 | Can 5 lít 35 độ, giao tận nơi | can | 500 | 580 |

# XII. Hiệu quả tài chính
Bảng 9. Doanh thu (triệu đồng)

| TT | Sản phẩm, kênh bán | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Chai 500 ml 40 độ, tại xưởng | 360,0 | 414,0 |
| 2 | Chai 500 ml 40 độ, giao tận nơi | 910,0 | {x} |
| 3 | Can 5 lít 35 độ, giao tận nơi | 200,0 | 232,0 |
| | Tổng doanh thu | 1.470,0 | {t} |
"""


def test_a_revenue_by_delivery_term_takes_its_price_from_that_terms_column():
    assert rule_hits("revenue-mismatch", _DELIVERED.format(x="1.046,5", t="1.692,5")) == []
    [hit] = rule_hits("revenue-mismatch", _DELIVERED.format(x="1.203,5", t="1.849,5"))
    assert hit.params["year"] == "2028" and hit.params["expected"] == 1_046_500_000


_PARTNERS_PROFIT = """
# XIII. Hiệu quả kinh tế
Bảng 12. Doanh thu, chi phí và lợi nhuận của từng bên (triệu đồng)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Hợp tác xã: doanh thu được chia | 795,6 | 909,4 | 1.030,2 |
| | Chi phí của hợp tác xã | 661,5 | 703,1 | 744,8 |
| | Lợi nhuận của hợp tác xã | 134,1 | 206,3 | 285,4 |
| 2 | Công ty: doanh thu được chia | 1.856,4 | 2.121,9 | 2.403,9 |
| | Chi phí của công ty | 1.490,1 | 1.561,3 | 1.709,2 |
| | Lợi nhuận của công ty | 366,3 | {co} | 694,7 |
| 3 | Lợi nhuận toàn liên kết | 500,5 | {all} | 980,1 |
"""


def test_each_partners_profit_is_its_own_revenue_less_its_own_cost():
    assert rule_hits("profit-mismatch", _PARTNERS_PROFIT.format(co="560,6", all="766,9")) == []
    [hit] = rule_hits("profit-mismatch", _PARTNERS_PROFIT.format(co="710,6", all="916,9"))
    assert hit.params["year"] == "2028" and hit.params["label"] == "Lợi nhuận của công ty"


def test_a_comma_inside_a_revenue_labels_note_is_no_delivery_term():
    # "Rượu nếp (chai 500 ml, 29 độ)": the note's comma leaves no term to split off (a crash of pool B)
    from pipeline.judge.checks import arithmetic as A
    from tests.test_generalisation import _rule, view_of
    md = _DELIVERED.replace("| 1 | Chai 500 ml 40 độ, tại xưởng | 360,0 |", "| 1 | Rượu nếp (chai 500 ml, 29 độ) | 360,0 |")
    m = A.model(view_of(md.format(x="1.046,5", t="1.692,5")), _rule("revenue-mismatch").checks[0])
    tm = m.tables[-1]
    assert A._channel_pair(m, tm, tm.rows[0], 2027) is None
    assert A._channel_pair(m, tm, tm.rows[1], 2027)[0] == 910_000_000


_BALANCE_BARE_TOTAL = """
# VIII. Nguồn nguyên liệu
| Nguồn, chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|
| Đàn ong của hộ: số đàn | 160 | 170 | 180 |
| Đàn ong của hộ: sản lượng (12 kg/đàn) | 1.920 | 2.040 | 2.160 |
| Hộ nuôi ong thôn Khe Cò, hợp đồng (25 hộ x 80 kg) | 2.000 | 2.000 | 2.000 |
| Cộng nguồn cung mật ong thô | 3.920 | 4.040 | 4.160 |
| Nhu cầu (1,05 kg/kg) | 3.465 | 3.530 | 3.606 |
| Còn dư (mật ong thô) | 455 | 505 | {rest} |
"""


def test_a_need_by_its_norm_between_a_bare_total_and_a_bare_balance_is_set_against_the_total():
    # the total, the need and the balance add up in 2027 and 2028: the total is the supply in every year, not the
    # one row in kilograms
    assert rule_hits("material-shortfall", _BALANCE_BARE_TOTAL.format(rest="554")) == []
    assert rule_hits("material-shortfall", _BALANCE_BARE_TOTAL.format(rest="")) == []


# =============================================================================== sets 282-284

_PER_PRODUCT = """
# XII. Chi phí và lợi nhuận từng sản phẩm
Bảng 11. Dự toán chi phí, lợi nhuận: Trà túi lọc cà gai leo, hộp 25 túi

| Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Sản lượng (hộp) | 24.000 | 27.000 | 30.000 |
| Giá bán (đồng/hộp) | 55.000 | 55.000 | 58.000 |
| Doanh thu | 1.320,0 | 1.485,0 | 1.740,0 |

Bảng 12. Dự toán chi phí, lợi nhuận: Trà túi lọc xạ đen, hộp 25 túi ĐVT: triệu đồng

| Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Sản lượng (hộp) | 12.000 | 14.000 | 16.000 |
| Giá bán (đồng/hộp) | 60.000 | 60.000 | 63.000 |
| Doanh thu | 720,0 | 840,0 | 1.008,0 |
"""


def test_a_generic_output_row_of_a_one_product_table_is_that_products_output():
    # two products' own tables, each "Sản lượng (hộp)": not one output said twice
    assert rule_hits("figure-inconsistent", _PER_PRODUCT) == []


def test_a_by_product_bought_by_the_load_is_a_source():
    md = """
# VIII. Nguồn giá thể
Định mức 0,6 kg rơm cho 1 kg nấm tươi.

ĐVT: tấn
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Số xe rơm (4 tấn/xe) | 6 | 6 | 7 |
| 2 | Rơm mua theo xe | 24,0 | 24,0 | {straw} |

# IX. Kế hoạch sản xuất
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nấm sò tươi (kg) | 32.000 | 34.500 | 37.250 |
"""
    assert rule_hits("material-shortfall", md.format(straw="28,0")) == []
    assert rule_hits("material-shortfall", md.format(straw="16,0")) != []


def test_a_food_safety_certificate_whose_words_a_scan_ran_together_is_there():
    md = """
# XIV. Hồ sơ pháp lý
| TT | Giấy tờ | Số, ngày cấp |
|---|---|---|
| 1 | Giấy chứng nhận cơ sởđủ điều kiện an toàn thực phẩm | Số 12/2027/ATTP-CNĐK, ngày 20/02/2027 |
"""
    assert rule_hits("no-food-safety", md, category="honey") == []


def test_the_ocop_programme_and_a_workshop_are_no_other_names_of_the_product():
    md = """
# PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM ĐỒ GỖ GIA DỤNG YÊN HỒ
# I. Giới thiệu
Tổ hợp tác Đồ gỗ Yên Hồ sản xuất Đồ gỗ gia dụng Yên Hồ: thớt, khay gỗ ghép.
# II. Sự cần thiết
Xưởng đồ gỗ nội thất Hùng Cường ở đầu xã mỗi năm thải ra khoảng 150 m³ gỗ vụn.
# III. Sản phẩm
Đồ gỗ gia dụng Yên Hồ làm từ gỗ keo ghép, phủ dầu thực vật.
# XVII. Tổ chức thực hiện
| Thời gian | Công việc | Người phụ trách |
|---|---|---|
| Quý II/2027 | Nộp hồ sơ lên Hội đồng đánh giá sản phẩm OCOP cấp huyện qua Phòng Nông nghiệp huyện | Tổ trưởng |
"""
    hits = rule_hits("name-inconsistent", md)
    assert [h for h in hits if h.params["kind"] == "product"] == []



# =============================================================================== sets 285-287

_HIVE_YIELD = """
# VIII. Kế hoạch sản xuất
Bảng 5. Đàn ong và sản lượng mật thô

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Số đàn ong | đàn | 160 | 170 | 180 |
| | Sản lượng (20 kg/đàn) | kg | 3.200 | 3.400 | 3.600 |

Bảng 6. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng sản xuất (mật ong) | kg | 4.590 | 4.980 | 5.370 |
"""


def test_a_sources_yield_per_hive_is_no_statement_of_the_products_output():
    # the hives' 3.200 kg of raw honey beside the 4.590 kg the plan makes with bought honey: two different things
    assert rule_hits("figure-inconsistent", _HIVE_YIELD) == []
