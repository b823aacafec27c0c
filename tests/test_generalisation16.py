"""Generalisation tests from the thirty-eighth session: each one a shape of plan a blind set or the
pool showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import message, rule_hits

# ================================================================ a meal line priced by the serving (set 164)

_MEALS = """
# 9. Kế hoạch khách

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Đêm khách lưu trú | đêm khách | 2.000 | 2.200 | 2.400 |
| 2 | Suất ăn | suất | 5.000 | 5.500 | 6.000 |

# 12. Hiệu quả kinh tế

ĐVT: triệu đồng

| TT | Dịch vụ | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Lưu trú nhà sàn (150.000 đ/khách/đêm) | 300,0 | 330,0 | 360,0 |
| 2 | Suất ăn cơm lam, gà đồi (120.000 đ/suất) | 600,0 | {meals} | 720,0 |
|  | Tổng doanh thu | 900,0 | {total} | 1.080,0 |
"""


def test_a_meal_line_is_servings_times_the_price_per_serving():
    # 5.500 suất × 120.000 đ = 660 triệu; the lodging line's price is per guest and night, which no one
    # quantity times, so it only counts in the sum (both kept the line's own check from running)
    [hit] = rule_hits("revenue-mismatch", _MEALS.format(meals="780,0", total="1.110,0"), category="service")
    assert "660" in message("revenue-mismatch", hit)
    assert rule_hits("revenue-mismatch", _MEALS.format(meals="660,0", total="990,0"), category="service") == []


# ================================================================ a floating restaurant (set 164)

_FLOATING = """
# 5. Cơ sở vật chất
Khu du lịch có 6 nhà nghỉ gỗ ven sông và {place} 60 chỗ, bến thuyền và 10 kayak.
# 12. Hiệu quả xã hội
Tạo việc làm cho 15 lao động trong xã.
"""


def test_a_floating_restaurant_needs_its_waste_measures():
    assert rule_hits("no-environment-measures", _FLOATING.format(place="nhà hàng nổi"), category="service")
    assert rule_hits("no-environment-measures", _FLOATING.format(place="nhà hàng trên bờ"), category="service") == []


# ================================================================ the crop after its area (set 164)

_ORCHARD = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM THAM QUAN VƯỜN BƯỞI PHÚC TRẠCH
# 1. Thông tin chung về chủ thể
Hộ có trang trại 5 ha, trong đó vườn bưởi 3,5 ha đang cho thu hoạch.
# 4. Mô tả sản phẩm
Trên {area} ha bưởi Phúc Trạch của trang trại, khách được tự tay hái quả và học cách chăm cây.
"""


def test_an_area_then_its_crop_of_the_farm_is_the_farms_garden():
    [hit] = rule_hits("figure-inconsistent", _ORCHARD.format(area="5,3"), category="service")
    assert "5,3 ha" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _ORCHARD.format(area="3,5"), category="service") == []


# ================================================================ a rate in a cost line's label (set 163)

_FEES = """
# 11. Chi phí

ĐVT: 1.000 đồng

| TT | Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nguyên liệu | 400.000 | 440.000 | 480.000 |
| 2 | Nhân công | 200.000 | 200.000 | 200.000 |
| 3 | Phí, lệ phí (1 %) | 9.000 | 10.000 | 11.000 |
|  | Tổng chi phí | 609.000 | {mid} | 691.000 |
"""


def test_a_rate_in_a_cost_lines_label_is_no_unit_of_its_cells():
    # "(1 %)" was read as the row's unit, so its cells were percentages and the total was never added up
    [hit] = rule_hits("table-total-mismatch", _FEES.format(mid="600.000"))
    assert "650.000" in message("table-total-mismatch", hit)
    assert rule_hits("table-total-mismatch", _FEES.format(mid="650.000")) == []


# ================================================================ the stock carried into the next year (set 165)

_STOCK = """
# 3. Thực trạng
| TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026 |
|---|---|---|---|---|
| 1 | Tồn kho đầu năm | hộp | 400 | 500 |
| 2 | Sản lượng | hộp | 6.000 | 7.000 |
| 3 | Tồn kho cuối năm | hộp | 500 | 700 |
# 9. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Tồn kho đầu năm | hộp | {opening} | 800 |
| 2 | Sản lượng | hộp | 8.000 | 9.000 |
| 3 | Tồn kho cuối năm | hộp | 800 | 900 |
"""


def test_a_years_closing_stock_is_the_next_years_opening_stock():
    [hit] = rule_hits("figure-inconsistent", _STOCK.format(opening="1.200"))
    msg = message("figure-inconsistent", hit)
    assert "700 hộp" in msg and "1.200 hộp" in msg and "2027" in msg
    assert rule_hits("figure-inconsistent", _STOCK.format(opening="700")) == []


# ================================================================ guest-nights beyond the beds (set 164)

_ROOMS = """
# 8. Cơ sở vật chất
Trang trại giữ nguyên {rooms} phòng nghỉ, mỗi phòng 2 khách, và làm thêm nhà hàng sân vườn 40 chỗ.
# 10. Kế hoạch kinh doanh
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Đêm khách mùa cam | đêm khách | 1.500 | 2.300 | 2.500 |
| 2 | Đêm khách mùa hè | đêm khách | 1.300 | 2.000 | 2.200 |
|  | Tổng số đêm khách | đêm khách | 2.800 | 4.300 | 4.700 |
| 3 | Suất ăn | suất | 6.000 | 8.000 | 9.000 |
"""


def test_guest_nights_beyond_rooms_times_guests_times_the_year():
    # 5 phòng × 2 khách × 365 đêm = 3.650 đêm khách, and the plan sells 4.300 in 2028
    [hit] = rule_hits("capacity-exceeded", _ROOMS.format(rooms="5"), category="service")
    msg = message("capacity-exceeded", hit)
    assert "4.300 đêm khách" in msg and "3.650" in msg
    assert rule_hits("capacity-exceeded", _ROOMS.format(rooms="7"), category="service") == []


# ================================================================ a norm after the unit in a label (set 168)

_NORM_ROW = """
# 6. Nguyên liệu

Hợp tác xã ký hợp đồng mua thịt với hai cơ sở giết mổ, tổng 7.000 kg/năm.

| TT | Nội dung | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng nem thành phẩm (kg) | 9.000 | 9.200 | {out} |
| 2 | Nhu cầu thịt nạc (kg; 0,75 kg/kg) | 6.750 | 6.900 | {need} |
| 3 | Nguồn cung theo hợp đồng (kg) | 7.000 | 7.000 | 7.000 |
"""


def test_a_norm_after_the_unit_in_a_label_keeps_the_unit():
    # "(kg; 0,75 kg/kg)": the decimal comma split the note into three items, so the row lost its kilograms
    [hit] = rule_hits("material-shortfall", _NORM_ROW.format(out="11.000", need="8.250"))
    assert hit.params["year"] == "2029"
    assert rule_hits("material-shortfall", _NORM_ROW.format(out="9.300", need="6.975")) == []


# ================================================================ a short plan's own words for its parts (set 166)

def test_a_short_plans_difficulties_hold_its_risks_and_who_we_are_is_the_producer():
    from tests.test_generalisation import view_of
    plan = """
# Chúng tôi là ai
Tổ có 6 hộ trồng sả ở thôn Tây Sơn.
# Sản phẩm
Tinh dầu sả chanh đóng chai 10 ml.
# Khó khăn
Nắng hạn kéo dài sả chậm lớn; giá tinh dầu có lúc xuống thấp.
"""
    keys = {s.key for s in view_of(plan).plan.sections}
    assert {"producer", "risks"} <= keys
    assert rule_hits("missing-section", plan) and not any(
        h.section in ("producer", "risks") for h in rule_hits("missing-section", plan))


# ================================================================ a year's target beside what was done (set 167)

_TARGET = """
# 3. Thực trạng

| TT | Chỉ tiêu | Thực hiện 2025 | Ước thực hiện 2026 |
|---|---|---|---|
| 1 | Sản lượng (lít) | 5.200 | 5.700 |
| 2 | Giá bán bình quân (đ/lít) | 175.000 | 180.000 |
| 3 | Doanh thu (triệu đồng) | 910,0 | {done} |

| TT | Chỉ tiêu | ĐVT | Kế hoạch 2026 | Ước TH 2026 | % hoàn thành |
|---|---|---|---|---|---|
| 1 | Sản lượng | lít | 6.500 | 5.700 | 87,7 |
| 2 | Doanh thu | triệu đồng | 1.150,0 | {done} | 89,2 |
"""


def test_a_years_target_is_no_account_of_what_it_did():
    # 5.700 lít × 180.000 đ = 1.026 triệu, the done; the target 1.150 was read as the year's revenue
    assert rule_hits("revenue-mismatch", _TARGET.format(done="1.026,0")) == []
    from tests.test_generalisation import view_of
    import pipeline.judge.checks.arithmetic as A
    m = A.model(view_of(_TARGET.format(done="1.026,0")), A.Spec(relation="revenue"))
    target = m.tables[1]
    assert [x.text for r in target.rows for x in r.vals if x.year == 2026 and x.kind == "money"] == ["1.026,0"]


# ================================================================ a stated yearly growth target (set 167)

_RATE = """
# 9. Kế hoạch sản xuất

Căn cứ kết quả ba năm qua và 14 đại lý hiện có, hợp tác xã đặt mục tiêu tăng bình quân khoảng {rate} %/năm.

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng rượu | lít | 8.300 | 11.300 | 14.650 |
"""


def test_output_growing_far_beyond_the_plans_own_rate():
    # 8.300 → 14.650 lít in two years is 33 %/năm against "khoảng 10 %/năm"
    [hit] = rule_hits("unrealistic-growth", _RATE.format(rate="10"))
    assert "10%/năm" in message("unrealistic-growth", hit).replace(" %", "%")
    assert rule_hits("unrealistic-growth", _RATE.format(rate="30")) == []


# ================================================================ a past year's output in two tables (set 167)

_PAST = """
# 2. Mục tiêu
Phương án sản xuất kinh doanh giai đoạn 2027 – 2029.
# 3. Thực trạng
| TT | Chỉ tiêu | Năm 2024 | Năm 2025 | Năm 2026 |
|---|---|---|---|---|
| 1 | Sản lượng (kg) | 3.000 | 3.300 | {then} |
| 2 | Doanh thu (triệu đồng) | 600 | 660 | 720 |
# 9. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|---|
| 1 | Tổng sản lượng quy đổi | kg | 3.600 | 3.950 | 4.300 | 4.650 |
"""


def test_a_past_years_output_is_one_figure():
    [hit] = rule_hits("figure-inconsistent", _PAST.format(then="4.200"))
    msg = message("figure-inconsistent", hit)
    assert "2026" in msg and "4,2 tấn" in msg and "3,6 tấn" in msg
    assert rule_hits("figure-inconsistent", _PAST.format(then="3.600")) == []


# ================================================================ a scan's wrapped paper row (set 167)

def test_a_scanned_paper_row_wrapped_with_its_number_in_the_label_is_one_row():
    from pipeline.ingest.ocr import _continues_row
    prev = ["", "2 Giấy chứng nhận cơ sở đủ", "Số 141/2025/NNMT-", "Cấp 17/11/2025, hiệu lực"]
    wrapped = ["", "điều kiện an toàn thực phẩm", "GCNATTP, Sở Nông nghiệp và Môi trường", "đến 17/11/2028"]
    assert _continues_row(prev, wrapped, [[], [], []])
    prev0 = ["6 Giấy chứng nhận đăng ký", "Số 498771, Cục Sở hữu", "Cấp 03/3/2026, hiệu lực"]
    assert _continues_row(prev0, ['nhãn hiệu "Nghệ Bắc Sơn"', "trí tuệ", "đến 14/8/2034"], [[], [], []])
    # a row of its own, numbered, is not
    assert not _continues_row(prev, ["", "3 Bản tự công bố sản phẩm", "Số 01/NTL-2025", "Ngày 01/12/2025"],
                              [[], [], []])


def test_a_tax_code_after_the_name_ends_it():
    from pipeline.entities import _cut
    assert _cut("Hộ kinh doanh Nguyễn Thị Lan mã số thuế 8375102946") == "Hộ kinh doanh Nguyễn Thị Lan"


# ================================================================ the working days in a capacity row (set 168)

_DAYS_ROW = """
# 8. Máy móc, thiết bị

| TT | Thiết bị | Số lượng | Công suất | Ghi chú |
|---|---|---|---|---|
| 1 | Máy sao ruốc (hiện có) | 1 | 12 kg thành phẩm/ngày | dùng cả giai đoạn |
|  | Công suất chế biến (kg/năm) |  | 12 kg/ngày × 280 ngày | 3.360 |

Máy hiện có đủ đáp ứng kế hoạch, không đầu tư thêm.

# 9. Kế hoạch sản xuất

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng ruốc thành phẩm (kg) | 3.200 | {mid} | 3.300 |
"""


def test_the_working_days_a_capacity_row_multiplies_by_are_the_years():
    # 12 kg × 280 ngày = 3.360 kg, not 12 kg × 365 ngày = 4.380 kg
    [hit] = rule_hits("capacity-exceeded", _DAYS_ROW.format(mid="4.000"))
    assert "3,36 tấn" in message("capacity-exceeded", hit)
    assert rule_hits("capacity-exceeded", _DAYS_ROW.format(mid="3.350")) == []


# ================================================================ sites side by side (set 169)

_SITES = """
# 4. Cơ sở sản xuất

| TT | Cơ sở | Thiết bị chính | Công suất (chiếc/ngày) | Số ngày làm việc/năm | Công suất năm (chiếc) |
|---|---|---|---|---|---|
| 1 | Xưởng làm nón thôn Trung Hòa | Khuôn nón 60 bộ, máy là lá | 32 | 280 | 8.960 |
| 2 | Xưởng làm nón thôn Phúc Lợi | Khuôn nón 45 bộ, máy là lá | 26 | 280 | 7.280 |

# 9. Kế hoạch sản xuất

ĐVT: chiếc

| TT | Cơ sở | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Xưởng làm nón thôn Trung Hòa | 7.000 | 7.500 | 8.000 |
| 2 | Xưởng làm nón thôn Phúc Lợi | 5.500 | 6.100 | {second} |
|  | Tổng sản lượng | 12.500 | 13.600 | {total} |
"""


def test_sites_side_by_side_hold_the_total_and_each_its_own():
    # 8.960 + 7.280 = 16.240 chiếc hold 14.800; the first site's 8.960 alone did not
    assert rule_hits("capacity-exceeded", _SITES.format(second="6.800", total="14.800"), category="handicraft") == []
    # the second site's 7.900 beyond its own 7.280, though the two together hold 15.900
    [hit] = rule_hits("capacity-exceeded", _SITES.format(second="7.900", total="15.900"), category="handicraft")
    assert hit.params["kind"] == "site" and "Phúc Lợi" in message("capacity-exceeded", hit)


def test_two_producers_listing_the_same_papers_copy_nothing():
    from pipeline.judge.base import BatchContext
    from pipeline.judge.engine import run_rule
    from tests.test_generalisation import _rule, view_of
    papers = ("{who} có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, tiêu chuẩn cơ sở, phiếu kết quả thử "
              "nghiệm và bản tự công bố. Mỗi mẻ ghi nhật ký, gắn mã lô và tem truy xuất QR. ")
    own = {"Hộ kinh doanh Lê Văn An": "Mật ong được lọc hai lần qua lưới inox, hạ thủy phần xuống dưới 20 % trong "
           "phòng kín có máy hút ẩm, rồi để lắng bảy ngày trước khi chiết vào chai thủy tinh đã tiệt trùng bằng hơi "
           "nước nóng; mỗi chai dán nhãn ghi rõ ngày chiết, hạn dùng và nơi đặt thùng ong của hộ trong rừng tràm.",
           "Hợp tác xã Chè Khe Cò": "Chè được hái một tôm hai lá vào buổi sáng, làm héo trên nong tre, sao bằng chảo "
           "gang đốt củi rồi vò tay ba lần cho xoăn cánh trước khi sấy khô bằng máy sấy điện ở nhiệt độ thấp; mỗi "
           "túi chè ghi tên đồi chè, ngày hái và người sao để khách biết chè từ nương nào."}

    def plan(who: str, text: str):
        return view_of(f"# I. Thông tin chung về chủ thể\nTên chủ thể: {who}.\n"
                       f"# XIV. Hồ sơ pháp lý và chất lượng\n{papers.format(who=who)}{text}\n")
    rule = _rule("boilerplate")
    # the papers' names and one short line of each producer's own: that list was the most of the two sections
    short = {"Hộ kinh doanh Lê Văn An": "Mật lọc hai lần, chiết chai thủy tinh.",
             "Hợp tác xã Chè Khe Cò": "Chè sao chảo gang, sấy điện."}
    views = [plan(who, text) for who, text in short.items()]
    assert not any(h.section == "compliance" for v in views for h in run_rule(rule, v, BatchContext(views)))
    # the same paragraph in both is copying
    copied = [plan(who, own["Hộ kinh doanh Lê Văn An"]) for who in own]
    assert any(h.section == "compliance" for h in run_rule(rule, copied[1], BatchContext(copied)))


# ================================================================ a year's interest in two tables (set 171)

_INTEREST = """
# 12. Hiệu quả kinh tế

Bảng 9. Lịch trả nợ vay ngân hàng

ĐVT: triệu đồng

| Năm | Dư nợ đầu năm | Trả nợ gốc | Lãi vay (8 %/năm) | Dư nợ cuối năm |
|---|---|---|---|---|
| Năm 2027 | 600 | 200 | 48 | 400 |
| Năm 2028 | 400 | 200 | 32 | 200 |
| Năm 2029 | 200 | 200 | 16 | 0 |

Bảng 11. Chi phí sản xuất kinh doanh

ĐVT: triệu đồng

| TT | Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nguyên liệu | 900 | 950 | 1.000 |
| 2 | Lãi vay ngân hàng | 48 | {mid} | {last} |
|  | Tổng chi phí | 948 | {t2} | {t3} |
"""


def test_a_years_interest_is_one_figure_in_the_schedule_and_the_costs():
    [hit] = rule_hits("figure-inconsistent", _INTEREST.format(mid="48", last="48", t2="998", t3="1.048"))
    msg = message("figure-inconsistent", hit)
    assert "32 triệu đồng" in msg and "48 triệu đồng" in msg and "2028" in msg
    assert rule_hits("figure-inconsistent", _INTEREST.format(mid="32", last="16", t2="982", t3="1.016")) == []


# ================================================================ a fish-sauce yard's floor area (set 169)

_YARD = """
# 1. Thông tin chung về chủ thể
Công ty có bãi chượp Hải Phong, có nhà xưởng và sân chượp {first} m².
# 3. Hiện trạng sản xuất
Bãi Hải Phong có nhà xưởng và sân chượp 800 m², 80 thùng gỗ 2 m³.
"""


def test_a_fish_sauce_yards_area_is_one_figure():
    [hit] = rule_hits("figure-inconsistent", _YARD.format(first="1.400"))
    assert "1.400 m²" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _YARD.format(first="800")) == []


# ================================================================ a leap of 80 % in a year (sets 162, 171)

_LEAP = """
# 9. Kế hoạch sản xuất
Năm 2028 tổ đầu tư thêm 4 máy dệt, máy ép và mở rộng nhà xưởng; bán qua các cửa hàng hiện có, thị trường đồ
cói còn rất rộng.

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Tổng sản lượng | sản phẩm | 11.200 | {mid} | {last} |
"""


def test_output_up_eighty_percent_in_a_year_with_nothing_added():
    [hit] = rule_hits("unrealistic-growth", _LEAP.format(mid="20.400", last="24.000"), category="handicraft")
    assert hit.params["max_growth_pct"] == 82
    # (×1,82 then ×1,18: with a leap of 100 % the rule asked it was silent)
    assert rule_hits("unrealistic-growth", _LEAP.format(mid="15.000", last="17.000"), category="handicraft") == []


# ================================================================ a total capacity row by year (set 170)

_STAGED = """
# 9. Máy móc, thiết bị và công suất

Bảng 6. Công suất thiết kế theo năm

| TT | Dây chuyền, thiết bị | Công suất (kg/ngày) | Năm 2027 (kg) | Năm 2028 (kg) | Năm 2029 (kg) |
|---|---|---|---|---|---|
| 1 | Dây chuyền hiện có | 55 | 15.400 | 15.400 | 15.400 |
| 2 | Dây chuyền mới (từ quý IV/2028) | 60 | 0 | 4.200 | 16.800 |
|  | Tổng công suất thiết kế |  | 15.400 | 19.600 | 32.200 |

# 10. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng bánh đa | kg | 14.000 | {mid} | 27.000 |
"""


def test_a_years_output_against_that_years_total_capacity():
    # 22.500 kg in 2028 fits only 2029's 32.200 kg; 2028's capacity is 19.600
    [hit] = rule_hits("capacity-exceeded", _STAGED.format(mid="22.500"), category="food")
    assert hit.params["year"] == "2028" and "19,6 tấn" in message("capacity-exceeded", hit)
    # each year within its own capacity: the largest year is held against its own, not the first line's
    assert rule_hits("capacity-exceeded", _STAGED.format(mid="19.000"), category="food") == []
