"""Generalisation tests from the twenty-eighth session: each one a shape of plan a blind set showed the
rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ a growing area's capacity (du05)

_AREA = """
# 5. Kế hoạch sản xuất

Bảng 3. Sản lượng

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng cà chua bi | kg | 20.000 | 22.000 | {last} |

# 6. Quy trình công nghệ

{area}
"""

_KEPT = ("Tổ hợp tác giữ nguyên 4 nhà lưới hiện có, tổng 3.000 m², trồng 2 vụ mỗi năm; năng suất cao nhất "
         "của giống cà chua bi đang dùng khoảng 4 tấn/1.000 m²/vụ.")


def test_an_area_kept_as_it_is_limits_the_crop_at_its_most_yield():
    # 3.000 m² × 4 tấn per 1.000 m² and crop × 2 crops = 24 tấn; 28 tấn planned in 2029
    [hit] = rule_hits("capacity-exceeded", _AREA.format(last="28.000", area=_KEPT))
    assert hit.params["year"] == "2029" and "nhà lưới" in hit.evidence
    assert not rule_hits("capacity-exceeded", _AREA.format(last="23.500", area=_KEPT))


def test_an_average_yield_or_a_growing_area_is_no_limit():
    average = _KEPT.replace("năng suất cao nhất", "năng suất bình quân")
    assert not rule_hits("capacity-exceeded", _AREA.format(last="28.000", area=average))
    grows = _KEPT + " Năm 2028 tổ hợp tác dựng thêm 2 nhà lưới, nâng tổng diện tích lên 4.500 m²."
    assert not rule_hits("capacity-exceeded", _AREA.format(last="28.000", area=grows))


# ==================================================== a production plan held by another part's table (dz06)

_NO_PLAN_HEADING = """
**PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM BÁNH ĐA VỪNG ĐEN ĐÔNG HÀ**

# Phần 1 – Thông tin chung về hộ kinh doanh

Hộ kinh doanh Bánh đa Đông Hà, xã Thạch Hà.

# Phần 2 – Sản phẩm

Bánh đa vừng đen tráng mỏng, phơi nắng.

# Phần 3 – Thị trường

Bán qua hai đại lý ở chợ Thạch Hà.

# Phần 4 – Nguyên liệu và quy trình

Gạo mua của đại lý trong xã; máy tráng bánh 3.000 chiếc/ngày.

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | {label} | 150.000 | 165.000 | 180.000 |

# Phần 5 – Vốn đầu tư

Tổng vốn 300 triệu đồng, vốn tự có.

# Phần 6 – Chi phí và lợi nhuận

Lợi nhuận mỗi năm khoảng 120 triệu đồng.
"""


def test_a_table_of_the_products_output_year_by_year_holds_the_production_plan():
    assert not [h for h in rule_hits("missing-section", _NO_PLAN_HEADING.format(label="Bánh đa vừng (chiếc)"))
                if h.section == "production_plan"]
    # a table of the material bought is no production plan
    assert [h for h in rule_hits("missing-section", _NO_PLAN_HEADING.format(label="Gạo tẻ mua vào (kg)"))
            if h.section == "production_plan"]


# ============================================= a capacity in the material, the output in another unit (dz07)

_PRESS = """
# 4. Nguyên liệu

Cứ 3 kg vừng ép được 1 lít dầu vừng.

# 5. Công nghệ, thiết bị

{machine} Hộ giữ nguyên máy ép hiện có, chỉ mua thêm máy lọc và máy chiết chai.

# 6. Kế hoạch sản xuất

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Dầu vừng (lít) | 6.000 | 7.000 | {last} |

# 7. Câu chuyện sản phẩm

Năm 2015 ông Tâm cùng con trai góp tiền mua máy ép trục vít đầu tiên của làng.
"""

_RATE = "Máy ép trục vít hiện có công suất 10 kg vừng/giờ, làm 8 giờ/ngày, 250 ngày/năm."


def test_a_machines_rate_in_its_material_limits_the_output_through_the_plans_norm():
    # 10 kg × 8 × 250 = 20 tấn of sesame a year, 3 kg a litre: 6.667 lít; 8.000 planned in 2029
    [hit] = rule_hits("capacity-exceeded", _PRESS.format(machine=_RATE, last="8.000"))
    assert hit.params["year"] == "2029" and "Cứ 3 kg vừng" in hit.evidence
    assert not rule_hits("capacity-exceeded", _PRESS.format(machine=_RATE, last="7.200"))
    # a second press bought for the plan's years lifts the limit
    more = _RATE + " Năm 2028 hộ mua thêm máy ép trục vít thứ hai."
    assert not rule_hits("capacity-exceeded", _PRESS.format(machine=more, last="8.000"))


# ===================================== an intermediate product is a step of the chain, not a second product (dy06)

_CHAIN = """
# 4. Nguyên liệu

Tỷ lệ thu hồi cùi 50 %: 10 kg dừa quả cho 5 kg cùi; cứ 5 kg cùi sên được 2 kg mứt dừa. Hợp tác xã thu mua
dừa quả của 20 hộ, tổng {supply} tấn/năm.

Định mức cho 1 kg mứt dừa: 5 kg dừa quả × 6.000 đồng = 30.000 đồng.

| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Cùi dừa (kg) | 40.000 | 45.000 | 50.000 |

# 6. Kế hoạch sản xuất

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Mứt dừa (kg) | 16.000 | 18.000 | 20.000 |
"""


def test_a_product_made_into_the_other_is_one_chain_of_one_material():
    # 20 tấn of jam need 50 tấn of segments, which need 100 tấn of coconuts: 110 tấn bought is enough
    assert not rule_hits("material-shortfall", _CHAIN.format(supply="110"))
    [hit] = rule_hits("material-shortfall", _CHAIN.format(supply="80"))
    assert hit.params["year"] == "2029"


# ========================================================= the twenty-eighth session's blind round (set 127)

_HANDS = """
# D. Thực trạng

Sản phẩm đan hoàn toàn bằng tay. Một thợ lành nghề đan bình quân 3 sản phẩm/ngày, làm 250 ngày/năm; năng lực
đan của 20 thợ là 20 × 3 × 250 = 15.000 sản phẩm/năm.

# H. Tổ chức sản xuất

{staff}

# K. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Tổng sản phẩm | sản phẩm | 14.000 | 16.000 | 18.000 |

# L. Vốn đầu tư

Hợp tác xã mua máy chẻ nan và máy vót nan để giảm công sơ chế.
"""


def test_todays_hands_bind_the_plan_when_the_plan_keeps_them():
    kept = "Hợp tác xã duy trì 20 thợ đan trong suốt giai đoạn 2027–2029, không phải tuyển thêm."
    [hit] = rule_hits("capacity-exceeded", _HANDS.format(staff=kept))
    assert hit.params["capacity"].startswith("15.000") and hit.params["year"] == "2029"
    assert hit.params["kind"] == "labour"  # the message names the hands, not a machine
    # a plan that hires more weavers has no such limit
    hires = "Năm 2028 hợp tác xã tuyển thêm 6 thợ đan."
    assert not rule_hits("capacity-exceeded", _HANDS.format(staff=hires))


_COPIED_NAME = """
**PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM CHIẾU CÓI NGA SƠN TIẾN**

# 1. Thông tin chung

Hợp tác xã Chiếu cói Sơn Tiến, xã Sơn Tiến. Hợp tác xã Chiếu cói Sơn Tiến có 20 thành viên.

# 5. Nguồn nguyên liệu

{line}

# 7. Tổ chức sản xuất

Hợp tác xã Chiếu cói Thạch Long duy trì 15 thợ dệt trong suốt giai đoạn 2027–2029.

# 9. Cam kết

Hợp tác xã Chiếu cói Sơn Tiến cam kết thực hiện đúng phương án.
"""


def test_the_producer_that_buys_by_contract_under_a_copied_name_is_the_producer():
    line = "Hợp tác xã Chiếu cói Thạch Long đã ký hợp đồng thu mua cói với 25 hộ trồng cói trong xã."
    hits = rule_hits("name-inconsistent", _COPIED_NAME.format(line=line))
    assert hits and "Thạch Long" in hits[0].params["found"]
    # a supplier named in the raw materials is another party
    supplier = "Cói mua của Hợp tác xã Chiếu cói Thạch Long theo hợp đồng 20 tấn/năm."
    assert not rule_hits("name-inconsistent", _COPIED_NAME.format(line=supplier).replace(
        "Hợp tác xã Chiếu cói Thạch Long duy trì", "Hợp tác xã Chiếu cói Sơn Tiến duy trì"))


_SOAP = """
# 7. Quy trình sản xuất

Sơ chế lá → sắc lấy nước cốt → pha dung dịch xút với nước cốt → trộn dầu nền → đổ khuôn → ủ 4 tuần → đóng hộp.

# 12. Hiệu quả xã hội

Tạo việc làm cho 8 lao động nữ của xã. {measures}
"""


def test_soap_made_with_lye_and_decocted_herbs_needs_its_waste_measures():
    assert rule_hits("no-environment-measures", _SOAP.format(measures=""), category="herbal")
    measures = "Nước rửa nồi, khuôn được trung hòa và lắng trong bể lắng; bã lá ủ làm phân bón."
    assert not rule_hits("no-environment-measures", _SOAP.format(measures=measures), category="herbal")


_SOURCES = """
# Phần V. Vốn đầu tư

## 1. Nhu cầu vốn

| TT | Hạng mục | Thành tiền (triệu đồng) |
|---|---|---|
| 1 | Máy CNC khắc gỗ | 300 |
| 2 | Vốn lưu động | 100 |
| | Tổng cộng | 400 |

## 2. Nguồn vốn

- Vốn của gia đình: {own} triệu đồng;
- Vay Ngân hàng Chính sách xã hội: 150 triệu đồng, lãi 8 %/năm, trả gốc 50 triệu đồng/năm.

Tổng nguồn vốn {sum} triệu đồng, đủ đáp ứng nhu cầu vốn.
"""


def test_the_list_right_under_the_sources_heading_is_the_sources():
    [hit] = rule_hits("capital-mismatch", _SOURCES.format(own="150", sum="300"))
    assert hit.params["sources"] == 300_000_000
    assert not rule_hits("capital-mismatch", _SOURCES.format(own="250", sum="400"))


_AREA_TWICE = """
# I. Thông tin chung

Các tổ viên có tổng cộng {first} ha rừng tràm trên vùng cát ven biển, khai thác lá theo lứa.

# VI. Nguồn nguyên liệu

Các tổ viên có 25 ha rừng tràm, khai thác lá 2 lứa/năm, năng suất khoảng 8 tấn lá/ha/năm.

**PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM TINH DẦU TRÀM THẠCH HỘI**
"""


def test_a_land_said_to_lie_in_a_region_is_no_zone_and_its_area_is_compared():
    [hit] = rule_hits("figure-inconsistent", _AREA_TWICE.format(first="30"))
    assert "30 ha" in hit.evidence or "30" in str(hit.params)
    assert not rule_hits("figure-inconsistent", _AREA_TWICE.format(first="25"))
