"""Generalisation tests from the fourteenth blind round's session: each one a shape of plan a
blind set showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations


def _rule_hits(plan: str, rule_id: str) -> list:
    """One rule's hits on a plan written in the samples' markdown."""
    from pipeline.extract import analyse
    from pipeline.ingest.text_reader import read_markdown
    from pipeline.judge.base import BatchContext, PlanView
    from pipeline.judge.engine import run_rule
    from pipeline.judge.rules import load_ruleset

    view = PlanView(analyse(read_markdown(plan, "plan.md")))
    rule = next(r for r in load_ruleset().rules if r.id == rule_id)
    return run_rule(rule, view, BatchContext([view]))


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
