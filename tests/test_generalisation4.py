"""Generalisation tests from the fourteenth blind round's session: each one a shape of plan a
blind set showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits
from tests.test_generalisation3 import _scan_rule_hits  # a scan whose first table is read at 96 % with {}


def _rule_hits(plan: str, rule_id: str) -> list:
    """One rule's hits on a plan written in the samples' markdown (dated 2026, as the other files' plans)."""
    return rule_hits(rule_id, plan)


def _model(plan: str):
    from pipeline.extract import analyse
    from pipeline.ingest.text_reader import read_markdown
    from pipeline.judge.base import PlanView
    from pipeline.judge.checks import arithmetic as A

    return A, A.model(PlanView(analyse(read_markdown(plan, "plan.md"))), A.Spec(relation="consistency"))


_COMBINED = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM TRÀ GỪNG HƯƠNG KHÊ GIAI ĐOẠN 2027 - 2028

# I. Kết quả và kế hoạch

Bảng 1. Kết quả thực hiện và kế hoạch

| TT | Chỉ tiêu | ĐVT | TH 2025 | Ước TH 2026 | KH 2027 | KH 2028 |
|---|---|---|---|---|---|---|
| 1 | Trà gừng túi lọc | kg | 3.000 | 3.400 | 3.800 | 4.200 |
| 2 | Gừng sấy lát | kg | 1.000 | 1.200 | 1.300 | 1.400 |
| | Tổng sản lượng | kg | 4.000 | 4.600 | 5.100 | 5.600 |
| 3 | Doanh thu trà túi lọc | triệu đồng | 450 | 510 | 570 | 630 |
| 4 | Doanh thu gừng sấy | triệu đồng | 200 | 240 | 260 | 280 |
| | Tổng doanh thu | triệu đồng | {total} | 750 | 830 | 910 |
| 5 | Gừng tươi sử dụng | tấn | 28 | 32 | 36 | 39 |
| 6 | Lao động | người | 6 | 6 | 7 | 7 |
"""


def test_a_reported_years_revenue_total_over_its_products_rows_with_indicators_numbered_on_below_it():
    # blind da06: the unnumbered "Tổng doanh thu" sits between its two revenue rows and rows 5 and 6
    # (material in tonnes, workers): those are no parts of it, the revenue rows above are
    hits = _rule_hits(_COMBINED.format(total="720"), "table-total-mismatch")
    assert [(h.params["column"], h.params["stated"], h.params["expected"]) for h in hits] == \
        [("TH 2025", 720.0, 650.0)]
    assert not _rule_hits(_COMBINED.format(total="650"), "table-total-mismatch")


_LINKED_ZONE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CỐM NẾP THẠCH XUÂN

# I. Thông tin chung về tổ hợp tác

Tổ hợp tác Cốm nếp Thạch Xuân thành lập năm 2021. Tổ hợp tác liên kết với các hộ trồng lúa nếp trong thôn, \
vùng nếp liên kết rộng {first} ha, giống nếp cái hoa vàng.

# V. Nguồn nguyên liệu

Tổ liên kết với 25 hộ trồng nếp cái hoa vàng, diện tích 12 ha, cho khoảng 40 tấn lúa non mỗi năm.
"""


def test_the_zone_of_the_households_the_producer_links_with_said_twice_differently():
    # blind dj07: "liên kết với các hộ …, vùng nếp liên kết rộng 10 ha" in the profile is the producer's
    # linked zone (not other households'), against "… 20 hộ …, diện tích 8 ha" in the supply section
    hits = _rule_hits(_LINKED_ZONE.format(first="15"), "figure-inconsistent")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("15 ha", "12 ha")]
    assert not _rule_hits(_LINKED_ZONE.format(first="12"), "figure-inconsistent")


_MEMBERS_AREA = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM HẠT TIÊU ĐEN HƯƠNG SƠN

# 1. Giới thiệu hợp tác xã

## 1.1. Pháp lý, thành viên

Giấy chứng nhận đăng ký hợp tác xã cấp ngày 10/3/2019. Hợp tác xã có 40 thành viên với vùng tiêu {first} ha.

# 6. Vùng nguyên liệu

40 thành viên có 20 ha hồ tiêu, năng suất 2.400 kg tiêu tươi/ha.
"""


def test_the_members_pepper_area_in_the_legal_sub_section_and_in_the_supply_section():
    # blind df06: "vùng tiêu 24 ha" under the producer's "Pháp lý, thành viên" (a compliance heading),
    # against "36 thành viên có 18 ha hồ tiêu" (the members' own area, "có" like "trồng")
    hits = _rule_hits(_MEMBERS_AREA.format(first="26"), "figure-inconsistent")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("26 ha", "20 ha")]
    assert not _rule_hits(_MEMBERS_AREA.format(first="20"), "figure-inconsistent")


def test_linked_households_area_after_the_producers_own_garden_is_one_source_not_the_zone():
    # pool ap08: "vườn của công ty 6 ha …; 25 hộ liên kết … với tổng diện tích 5 ha" is two sources of
    # the supply; the company's "Vùng lựu 6 ha" elsewhere is not contradicted by the households' 5 ha
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM NƯỚC ÉP LỰU

# V. Nguồn nguyên liệu

Nguồn cung: vườn của công ty 6 ha, năng suất khoảng 10 tấn/ha; 25 hộ liên kết ở Thạch Lạc với tổng \
diện tích 5 ha cam kết bán toàn bộ quả cho công ty.

# XII. Tiêu chuẩn, chất lượng

Vùng lựu 6 ha của công ty áp dụng quy trình VietGAP; nhật ký canh tác được lưu để truy xuất nguồn gốc.
"""
    assert not _rule_hits(plan, "figure-inconsistent")


def test_the_regular_jobs_count_beside_a_seasonal_one_is_the_workforce():
    # blind di07: "việc làm thường xuyên cho 20 lao động … và việc làm thời vụ cho khoảng 30 lao động"
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM HÀU SẤY

# XIII. Hiệu quả xã hội

Phương án tạo việc làm thường xuyên cho 20 lao động của công ty và việc làm thời vụ cho khoảng 30 lao \
động tách vỏ hàu.
""")
    assert [(s.value, s.kind) for s in A._worker_stmts(m)] == [(20.0, "regular_jobs")]


_KEPT_PRESS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM DẦU LẠC NAM PHÚC

# 3. Hiện trạng

Năm 2026 gia đình ép được khoảng 5.000 lít dầu bằng máy ép trục vít mua năm 2021.

# 6. Máy móc, thiết bị

Năm 2027 gia đình đầu tư thêm máy lọc dầu áp lực, 2 bồn lắng inox 200 lít và máy chiết chai. Máy ép \
trục vít hiện có (10 kg lạc/giờ) vẫn được sử dụng; với 6 giờ/ngày và 250 ngày/năm, năng lực máy ép hiện có đủ \
đáp ứng kế hoạch sản xuất của cả giai đoạn 2027–2029, gia đình chưa cần mua thêm máy ép.

# 8. Vốn đầu tư

| TT | Hạng mục | Thành tiền (triệu đồng) |
|---|---|---|
| 1 | Máy lọc dầu áp lực | 45 |
| 2 | Máy chiết rót bán tự động | 60 |
| | Tổng vốn đầu tư | 105 |

# 7. Kế hoạch sản xuất

| TT | Chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Dầu lạc (lít) | 5.400 | 5.700 | {oil} |
| 2 | Lạc nhân đưa vào ép (kg) | 13.500 | 14.250 | {seed} |
"""


def test_an_existing_press_the_plan_keeps_for_its_years_limits_the_seed_pressed():
    # blind dj06: "Máy ép … hiện có (12 kg vừng/giờ) vẫn được sử dụng; … đủ đáp ứng kế hoạch" is the
    # plan's own limit (6 h × 250 days × 10 kg = 15 tấn), against the seed put through each year
    hits = _rule_hits(_KEPT_PRESS.format(oil="7.000", seed="17.500"), "capacity-exceeded")
    assert [(h.params["year"], h.params["capacity"]) for h in hits] == [("2029", "15 tấn")]
    assert not _rule_hits(_KEPT_PRESS.format(oil="6.000", seed="15.000"), "capacity-exceeded")


def test_two_years_amounts_joined_by_duoc_are_no_input_output_ratio():
    # "Năm 2025 ép được khoảng 6.200 lít dầu, năm 2026 được khoảng 6.800 lít": not 6.200 l giving 6.800 l
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM DẦU VỪNG

# 3. Hiện trạng

Năm 2025 gia đình ép được khoảng 6.200 lít dầu, năm 2026 được khoảng 6.800 lít.
""")
    assert not [r for r in A.ratios(m) if r.in_unit == r.out_unit == "l"]


_TEXT_PRICED = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM BÁNH GAI THƯỢNG LỘC GIAI ĐOẠN 2027 - 2029

# 5. Sản phẩm

Bánh đóng theo hộp 6 chiếc, giá 48.000 đồng/hộp, bán cho người tiêu dùng. Hộp giấy in màu tính 2.500 đồng/hộp.

# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|---|
| 1 | Bánh gai hộp 6 chiếc | hộp | 20.000 | 24.000 | 28.000 |

# 11. Hiệu quả kinh tế

ĐVT: triệu đồng

| TT | Nội dung | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Doanh thu bánh gai hộp 6 chiếc | 960 | {rev} | 1.344 |
| 2 | Chi phí | 700 | 820 | 950 |
| 3 | Lợi nhuận | 260 | {profit} | 394 |
"""


def test_a_revenue_row_priced_in_a_sentence_and_counted_in_another_table():
    # pool bs08: "Hộp 10 chiếc, giá 35.000 đồng/hộp" in the product section, the boxes counted in the
    # production table, the revenue row in the finance table: 2028's row against 24.000 hộp × 48.000 đ;
    # the packaging's "2.500 đồng/hộp" is a cost (no "giá"), and 2027 and 2029 agree with the price
    hits = _rule_hits(_TEXT_PRICED.format(rev="1.352", profit="532"), "revenue-mismatch")
    assert [(h.params["year"], round(h.params["expected"])) for h in hits] == [("2028", 1_152_000_000)]
    assert not _rule_hits(_TEXT_PRICED.format(rev="1.152", profit="332"), "revenue-mismatch")


def test_a_price_said_for_one_bottle_size_is_no_price_of_another_size():
    # pool bi07: "Giá 25.000 đồng/chai 330 ml" and the revenue row "Doanh thu chai 330 ml": the only row
    # counted in bottles is "Chai 1 lít (chai)", another size, so no revenue is reckoned from it
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM NƯỚC CAM GIAI ĐOẠN 2027 - 2029

# D. Thị trường

Giá 25.000 đồng/chai 330 ml phù hợp với người tiêu dùng trẻ.

# E. Kế hoạch sản xuất

| TT | Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Chai 1 lít (chai) | 6.000 | 7.000 | 8.000 |

# G. Hiệu quả kinh tế

| TT | Nội dung | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Doanh thu chai 330 ml (triệu đồng) | 1.000 | 1.200 | 1.400 |
"""
    assert not _rule_hits(plan, "revenue-mismatch")


_TWO_LINES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM BÚN KHÔ THANH LỘC GIAI ĐOẠN 2027 - 2029

# IX. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Bún khô gói 500 g | gói | 40.000 | 44.000 | 48.000 |
| 2 | Bún khô bao 10 kg (bán buôn) | kg | 30.000 | 33.000 | 36.000 |
| 3 | Tổng sản lượng bún khô | kg | 50.000 | 55.000 | 60.000 |

Năm 2027 sản lượng 50.000 kg nằm trong giới hạn 60.000 kg của lò sấy.

# XII. Hiệu quả kinh tế

ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| I | Doanh thu | 1.760 | 1.936 | {total} |
| 1 | Bún khô gói 500 g (20.000 đ/gói) | 800 | 880 | 960 |
| 2 | Bún khô bao bán buôn (32.000 đ/kg) | 960 | 1.056 | {bulk} |
"""


def test_a_wholesale_line_is_priced_against_its_own_row_not_the_total_of_every_pack():
    # blind dl01: "Bún khô bao 10 kg (bán buôn)" is the row of "Bún khô bao bán buôn (32.000 đ/kg)" (a size on
    # one side only makes no sibling), not "Tổng sản lượng bún khô" (every pack); and "nằm trong giới hạn
    # 60.000 kg" is the dryer's limit, no second output of 2027
    assert not _rule_hits(_TWO_LINES.format(total="2.112", bulk="1.152"), "revenue-mismatch")
    assert not _rule_hits(_TWO_LINES.format(total="2.112", bulk="1.152"), "figure-inconsistent")
    hits = _rule_hits(_TWO_LINES.format(total="2.212", bulk="1.252"), "revenue-mismatch")
    assert [(h.params["year"], round(h.params["expected"])) for h in hits] == [("2029", 1_152_000_000)]


def test_a_table_of_the_output_and_its_material_is_no_table_of_needs():
    # blind dl05: "Bảng 1. Kế hoạch sản xuất, nhu cầu nguyên liệu": "Cốm bán buôn | kg | 3.000" is an output
    # (the quantity of "Cốm bán buôn (170.000 đ/kg)"), "Lúa nếp non cần" the material
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CỐM NẾP

# L. Kế hoạch sản xuất

Bảng 1. Kế hoạch sản xuất, nhu cầu nguyên liệu

| TT | Sản phẩm, nguyên liệu | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|---|
| 1 | Cốm túi 200 g | túi | 20.000 | 22.500 | 25.000 |
| 2 | Cốm bán buôn | kg | 3.000 | 3.500 | 4.500 |
| 3 | Tổng sản lượng cốm | kg | 7.000 | 8.000 | 9.500 |
| 4 | Lúa nếp non cần (4 kg/kg cốm) | tấn | 28 | 32 | 38 |
""")
    flags = {r.label: r.flags for r in m.rows()}
    assert "need" not in flags["Cốm bán buôn"] and "need" in flags["Lúa nếp non cần (4 kg/kg cốm)"]


def test_a_scans_sub_row_number_with_a_rule_read_as_a_semicolon_or_slash():
    # blind dl03: "1.1 ; Bánh xấp 10 chiếc", "2.4 / Bao bì", "2.6 ¡ Khấu hao": the numbers, not label words
    from pipeline.judge.checks.arithmetic import _LABEL_NUM_DEBRIS

    got = [(mt.group(1), mt.group(2)) for t in ("1.1 ; Bánh xấp 10 chiếc", "2.4 / Bao bì", "2.6 ¡ Khấu hao")
           if (mt := _LABEL_NUM_DEBRIS.match(t))]
    assert got == [("1.1", "Bánh xấp 10 chiếc"), ("2.4", "Bao bì"), ("2.6", "Khấu hao")]
    assert not _LABEL_NUM_DEBRIS.match("2/3 số hộ thành viên")


_MILL_AND_LINE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM PHỞ KHÔ GIAI ĐOẠN 2027 - 2029

# V. Thiết bị

Dây chuyền tráng - hấp - sấy liên hoàn 40 kg/giờ, chạy 8 giờ/ngày, 260 ngày/năm.

| TT | Thiết bị | Số lượng | Công suất | Tình trạng |
|---|---|---|---|---|
| 1 | Máy xay bột nước | 2 | 100 kg øạo/giờ | có |

# VI. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|---|
| 1 | Tổng sản lượng phở khô | kg | 70.000 | 80.000 | {last} |
"""


def test_a_mill_counted_in_rice_is_no_limit_on_the_noodles_when_the_line_gives_its_own_rate():
    # blind dl07: the line's 40 kg/giờ × 8 × 260 = 83,2 tấn is the limit; the mills' "100 kg øạo/giờ" (a
    # scan's "gạo") count the rice they grind
    hits = _rule_hits(_MILL_AND_LINE.format(last="95.000"), "capacity-exceeded")
    assert [(h.params["year"], h.params["capacity"]) for h in hits] == [("2029", "83,2 tấn")]
    assert not _rule_hits(_MILL_AND_LINE.format(last="85.000"), "capacity-exceeded")


def test_honey_from_the_familys_own_hives_is_a_supply():
    # blind dm02: "Mật thô từ 300 đàn của gia đình" beside "Mật mua của hộ liên kết": both are the supply
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM MẬT ONG

# VII. Nguồn nguyên liệu

| TT | Chỉ tiêu | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|---|
| 1 | Mật thô cần dùng (1,05 kg/kg) | kg | 6.825 | 7.455 | 8.190 |
| 2 | Mật thô từ 300 đàn của gia đình | kg | 6.000 | 6.000 | 6.000 |
| 3 | Mật mua của hộ liên kết | kg | 825 | 1.455 | 2.190 |
""")
    assert [r.label for r in m.rows() if "supply" in r.flags] == ["Mật thô từ 300 đàn của gia đình",
                                                                  "Mật mua của hộ liên kết"]


def test_a_workforce_dated_in_brackets_is_that_years():
    # blind dm01: "10 lao động thường xuyên (năm 2026)" is 2026's workforce, not the plan's 12
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CHÈ XANH GIAI ĐOẠN 2027 - 2029

# I. Thông tin chung

Vốn điều lệ 1.200 triệu đồng, 21 thành viên, 10 lao động thường xuyên (năm 2026).
""")
    assert [(s.value, s.key) for s in A._worker_stmts(m)] == [(10.0, ("past", 2026))]


def test_eggs_counted_by_the_piece():
    from pipeline.figures import find_amounts

    got = [(a.value, a.unit) for a in find_amounts("40 bể × 1.200 quả × 11 mẻ = 528.000 quả/năm; hiệu quả 3 quả")]
    assert (1200.0, "quả") in got and (528000.0, "quả") in got and (3.0, "quả") in got


def test_the_text_compared_for_copying_leaves_out_legal_citations_and_lists_of_figures():
    # blind dm04/dm09: two rationales citing the same instruments; pool cd07/cd10: objectives that are lists
    # of targets ("Sản lượng 130 tấn năm 2027, 230 tấn năm 2028 …"), alike once their digits are dropped
    from pipeline.judge.checks.similarity import _prose

    text = ("Quyết định số 148/QĐ-TTg ngày 24/02/2023 về Bộ tiêu chí OCOP; Luật An toàn thực phẩm năm 2010.\n"
            "Sản lượng tiêu thụ 130 tấn năm 2027, 230 tấn năm 2028 và 390 tấn năm 2029; "
            "Cam bù Khe Lim chín muộn, ngọt đậm, bán được giá cao dịp Tết.")
    assert _prose(text).strip() == "Cam bù Khe Lim chín muộn, ngọt đậm, bán được giá cao dịp Tết."


def test_what_the_producer_can_gather_is_a_supply():
    # pool cl08: "Nguồn trứng có thể huy động | quả | 625.000" against the eggs needed
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM TRỨNG VỊT MUỐI TRO

# VII. Nguồn nguyên liệu

| Nội dung | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Tổng nhu cầu trứng | quả | 68.000 | 210.000 | 550.000 |
| Nguồn trứng có thể huy động | quả | 625.000 | 625.000 | 625.000 |
""")
    assert [r.label for r in m.rows() if "supply" in r.flags] == ["Nguồn trứng có thể huy động"]


def test_on_a_scan_a_lone_digit_read_as_its_look_alike_explains_a_total():
    # blind dp02 (240 dpi): "Chủ tàu … | 9" read "3", the boats' "Cộng | 35" then 6 over their sum
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CÁ KHÔ

# VII. Nguồn nguyên liệu

| TT | Chủ tàu | Thôn | Tấn cá tươi/năm |
|---|---|---|---|
| 1 | Chủ tàu Ngô Văn A | Hải Thanh | 3 |
| 2 | Chủ tàu Dương Văn B | Hải Thanh | 9 |
| 3 | Chủ tàu Hoàng Thị C | Hải Hà | 4 |
| 4 | Chủ tàu Đinh Văn D | Hải Hà | 4 |
| 5 | Chủ tàu Nguyễn Văn E | Hải Hà | 9 |
| | Cộng | | {total} |
"""
    assert not _scan_rule_hits(plan.format(total="35"), "table-total-mismatch", {})
    assert _scan_rule_hits(plan.format(total="33"), "table-total-mismatch", {})  # 4 more: no look-alike


def test_a_craft_spraying_lacquer_in_a_booth_with_its_fumes_filtered_and_tins_collected_has_measures():
    # blind dp04: "phun dầu bóng trong tủ có quạt hút và lọc than hoạt tính, thùng sơn rỗng thu gom giao đơn
    # vị xử lý; mùn vụn tre dùng làm chất đốt lò sấy"
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM GIỎ MÂY TRE

# VIII. Quy trình

Chẻ nan, vót → luộc nước muối, sấy → đan → phủ dầu bóng trong tủ phun sơn → kiểm tra, đóng hộp.

# XV. Hiệu quả xã hội và môi trường

Việc làm cho 10 thợ. Mùn vụn tre dùng làm chất đốt lò sấy; thùng sơn rỗng thu gom giao đơn vị xử lý.
"""
    assert not _rule_hits(plan, "no-environment-measures")


def test_growing_mushrooms_on_bags_makes_waste_and_straw_used_as_material_is_no_measure():
    # blind dp05: "Nhận phôi → ươm sợi → rạch bịch …" (tens of thousands of spent bags) with no measure; the
    # rationale's "tận dụng rơm rạ, mùn cưa sẵn có" is the material, not what the plan does with its waste
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM NẤM SÒ

# B. Căn cứ xây dựng phương án

Trồng nấm tận dụng rơm rạ, mùn cưa sẵn có, cho thu nhập quanh năm.

# K. Quy trình sản xuất

Nhận phôi → ươm sợi 25 ngày → rạch bịch, tưới phun sương → thu hái → sấy → đóng túi.

# Q. Hiệu quả xã hội

Tạo việc làm cho 10 lao động nữ trong thôn.
"""
    hits = _rule_hits(plan, "no-environment-measures")
    assert hits and "rơm rạ" not in hits[0].evidence


def test_a_pack_size_is_no_supply():
    # blind dp10: "đóng túi hút chân không 500 g" in a sentence about the fish bought at the port
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CÁ KHÔ

# Nguồn nguyên liệu

Cá tươi mua tại cảng cá Cửa Sót, mổ, phơi 2 nắng; đóng túi hút chân không 500 g giá 120.000 đồng/túi.
""")
    assert A._stated_supply(m, {"ca1", "tươi"}, {"ca1", "khô"}, "kg", 2027) is None


def test_a_second_source_joined_by_va_right_after_the_first():
    # blind dq08: "… cho khoảng 400 kg dược liệu khô/năm và ký hợp đồng mua thêm 1.000 kg/năm của 20 hộ"
    A, m = _model("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM DẦU GỘI BỒ KẾT

# Nguồn nguyên liệu

Hộ có 0,3 ha vườn bồ kết cho khoảng 400 kg dược liệu khô/năm và ký hợp đồng mua thêm 1.000 kg/năm của 20 hộ.
""")
    got = A._stated_supply(m, {"dươc5", "liêu5", "khô"}, {"dâu2", "gôi5"}, "kg", 2027)
    assert got is not None and got[0] == 1400.0


def test_a_process_line_whose_arrows_a_scan_misread_still_counts_its_steps():
    from pipeline.judge.checks.depth import _steps

    assert _steps("Cá tươi -› mổ, làm sạch -- tẩm ướp - phơi trên giàn lưới - đóng túi") == 5
    assert _steps("Năm 2027 - 2029 sản xuất ổn định") == 1


def test_a_total_cell_of_two_units_is_not_set_against_its_items():
    # blind dq06: "Cộng | 4.000 khay, 6.000 bộ" over rows counted in khay or in bộ
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM KHAY GỖ

# VI. Thị trường

| TT | Kênh phân phối | Sản lượng 2027 |
|---|---|---|
| 1 | Nhà hàng, khách sạn | 2.500 khay |
| 2 | Cửa hàng quà tặng | 1.500 khay, 3.500 bộ |
| 3 | Công ty xuất khẩu | 1.500 bộ |
| 4 | Sàn thương mại điện tử | 1.000 bộ |
| | Cộng | 4.000 khay, 6.000 bộ |
"""
    assert not _rule_hits(plan, "table-total-mismatch")


def test_a_market_that_counts_its_buyers_is_not_without_figures():
    # blind dp10: "bán cho 3 thương lái quen và 5 cửa hàng hải sản khô ở TP Hà Tĩnh"
    hits = _rule_hits("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CÁ KHÔ

# Thị trường tiêu thụ

Cơ sở tiếp tục bán cho 3 thương lái quen và 5 cửa hàng hải sản khô ở TP Hà Tĩnh, giá như hiện nay. Cá khô
là món ăn được ưa chuộng, thị trường còn rất lớn nên sản lượng tăng vẫn tiêu thụ được. Khách mua nhiều vào
dịp Tết và mùa du lịch biển, đặt hàng qua điện thoại và mạng xã hội của gia đình, giao tận nơi trong thành
phố và gửi xe khách đi các huyện lân cận khi khách đặt số lượng lớn.
""", "thin-section")
    assert not [h for h in hits if h.section == "market"]


def test_a_name_four_words_before_a_customer_word_is_where_the_sentence_comes_from():
    # blind do10: "… vùng chè Kỳ Sơn nên sẽ được người tiêu dùng đón nhận" names no customer
    hits = _rule_hits("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM TRÀ XANH KỲ SƠN

# 7/ Thị trường tiêu thụ

Trà xanh là thức uống hằng ngày. Thị trường trà trong nước rất rộng lớn, sản phẩm của hợp tác xã mang hương
vị riêng của vùng chè Kỳ Sơn nên sẽ được người tiêu dùng đón nhận.
""", "no-sales-channel")
    assert hits
