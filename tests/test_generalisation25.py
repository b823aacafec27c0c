"""Generalisation tests from the forty-seventh session: each one a shape of plan the blind sets 220-223 showed the
reader or the rules missing or misreading (collective marks, other people's numbers, business years that are not
calendar years, Vietnamese typed in every way), written small and in other words."""

from __future__ import annotations

from pipeline.figures import _header_year, parse_unit_header
from pipeline.text import match_key, tone_key
from tests.test_generalisation import rule_hits, view_of

# ================================================================ unit lines that name what they are the unit of


def test_a_unit_line_may_name_what_it_is_the_unit_of():
    assert parse_unit_header("ĐVT giá: đồng") == (1.0, "VND", "money")
    assert parse_unit_header("Đơn vị tính sản lượng: tấn") == (1000.0, "kg", "mass")
    # (a scan's misreadings of the label)
    assert parse_unit_header("ĐYVT: triệu đồng") == (1e6, "VND", "money")
    assert parse_unit_header("ÐVT: triệu đồng") == (1e6, "VND", "money")
    # not a unit: who does a task, which party
    assert parse_unit_header("Đơn vị thực hiện: Tổ kỹ thuật") is None
    assert parse_unit_header("Đơn vị cung cấp: Công ty TNHH An Phú") is None


_PRICED = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHẢ CÁ LONG HẢI
# 3. Mục tiêu
Năm 2027 sản xuất 13.000 kg chả cá các loại.
# 6. Thị trường
Bảng 3. Giá bán dự kiến

{unit}
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Chả cá hấp, gói 500 g | gói | 98.000 | 101.000 |
| 2 | Chả cá sống, túi 1 kg | túi | 170.000 | 175.000 |
"""


def test_a_price_table_whose_unit_line_names_the_price_is_no_output():
    # read as packs, the prices made an output of 240 tấn against the objective's 13 tấn
    for unit in ("ĐVT giá: đồng", "Đơn vị tính giá bán: đồng"):
        assert rule_hits("figure-inconsistent", _PRICED.format(unit=unit), "food") == []
        figures = [f for f in view_of(_PRICED.format(unit=unit)).plan.figures if f.value in (98000, 175000)]
        assert figures and all(f.unit == "VND" for f in figures), figures


# ================================================================ "y" and "i" written for the same syllable


def test_y_and_i_of_one_syllable_key_alike():
    for a, b in (("kỹ thuật", "kĩ thuật"), ("Lý do", "lí do"), ("quý", "quí"), ("quy định", "qui định"),
                 ("tỷ đồng", "tỉ đồng")):
        assert tone_key(a) == tone_key(b.lower()) or tone_key(a.lower()) == tone_key(b), (a, b)
        assert match_key(a).lower() == match_key(b).lower(), (a, b)
    # not a vowel "uy" or a "y" standing alone
    assert tone_key("thuỷ") != tone_key("thui")
    assert tone_key("ý kiến").startswith("y")


def test_a_heading_spelt_with_i_is_the_part_it_names():
    plan = view_of("""PHƯƠNG ÁN SẢN XUẤT KINH DOANH BỘT SẮN DÂY
# 1. Thông tin chung về chủ thể
Hộ kinh doanh Phan Thị Hoà, xã Thạch Ngọc.
# 2. Lí do xây dựng phương án
Sắn dây trồng nhiều trong xã, giá bán củ tươi thấp, chế biến thành bột thì tăng giá trị.
""").plan
    assert "rationale" in {s.key for s in plan.sections}


# ================================================================ another company named beside the producer (hn04, hn10)

_BUYER = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH DU LỊCH CỘNG ĐỒNG KHE GIAO
# 1. Thông tin chung
Công ty Cổ phần Du lịch cộng đồng Khe Giao, xã Sơn Kim. Công ty Cổ phần Du lịch cộng đồng Khe Giao có 14 lao động.
# 4. Thị trường
{said}
# 9. Kiến nghị
Công ty Cổ phần Du lịch cộng đồng Khe Giao đề nghị xã hỗ trợ quảng bá.
"""


def test_a_company_the_sentence_sets_beside_the_producer_is_another_party():
    for said in ("Công ty Lữ hành Hồng Lam mỗi năm đưa khoảng 18.000 lượt khách đến tỉnh; theo hợp đồng, "
                 "Hồng Lam đưa về Khe Giao 2.500 lượt năm 2027.",
                 "Công ty Lữ hành Hồng Lam mỗi năm đưa khoảng 18.000 lượt khách đến tỉnh, trong đó gửi cho công ty "
                 "2.500 lượt năm 2027."):
        assert rule_hits("name-inconsistent", _BUYER.format(said=said), "service") == [], said
    # the producer under another name, alone in its sentence, is still one
    hits = rule_hits("name-inconsistent", _BUYER.format(
        said="Công ty Cổ phần Du lịch Hồng Lam đón 2.500 lượt khách năm 2027 và 2.800 lượt năm 2028."), "service")
    assert [h.params["found"] for h in hits] == ["Công ty Cổ phần Du lịch Hồng Lam"]


# ================================================================ the labels' column head names the unit (hn05, hn07)

_BALANCE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP TÙNG LỘC
# 8. Nguồn nguyên liệu
Định mức 1,25 kg gạo nếp cái cho 1 lít rượu.

Bảng 5. Nguồn gạo nếp cho sản xuất

| Gạo nếp cái (kg) | 2027 | 2028 | 2029 |
|---|---|---|---|
| Gạo nếp của thành viên | 7.000 | 7.000 | 7.000 |
| Mua của HTX Nông nghiệp Tùng Lộc 2 | 22.000 | 22.000 | 22.000 |
| Tổng nguồn cung | 29.000 | 29.000 | 29.000 |
| Nhu cầu cho sản xuất | {need} |
"""


def test_the_labels_head_gives_the_unit_under_a_unit_line_that_names_the_material():
    # "ĐVT: kg nhung tươi" stays unread (a need table by product weighs its material so, test_generalisation14);
    # the labels' head "(kg)" says the unit of the sources' rows
    plan = _BALANCE.replace("| Gạo nếp cái (kg) |", "ĐVT: kg gạo nếp cái\n| Gạo nếp cái (kg) |")
    hits = rule_hits("material-shortfall", plan.format(need="31.875 | 35.125 | 38.375"), "beverage_alcohol")
    assert [(h.params["year"], h.params["supply"]) for h in hits] == [("2029", "29 tấn")]


def test_a_balance_whose_unit_is_in_the_labels_head_shows_its_shortfall():
    hits = rule_hits("material-shortfall", _BALANCE.format(need="31.875 | 35.125 | 38.375"), "beverage_alcohol")
    assert [(h.params["year"], h.params["need"], h.params["supply"]) for h in hits] == [("2029", "38,38 tấn", "29 tấn")]
    assert rule_hits("material-shortfall", _BALANCE.format(need="25.000 | 26.000 | 27.000"), "beverage_alcohol") == []


# ================================================================ business years over two calendar years (ho01-ho06)


def test_a_crop_or_fiscal_year_column_is_the_year_it_starts_in():
    for head, year in (("2027–2028", 2027), ("Niên vụ 2027/2028", 2027), ("2026–2027 (ước)", 2026),
                       ("NTC 2028", 2028), ("2027/28", 2027)):
        assert _header_year(head) == year, head
    assert _header_year("2027-2029") is None  # a period, no one year
    assert _header_year("Giai đoạn 2027-2028") is None


_SEASONS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CAM BÙ NGÀN PHỐ
# 3. Mục tiêu
- Sản lượng cam tiêu thụ niên vụ 2027–2028: 145.000 kg, tăng lên 171.000 kg ở niên vụ 2029–2030.
# 4. Hiện trạng
Bảng 1. Kết quả ba niên vụ gần đây
| TT | Chỉ tiêu | 2024–2025 | 2025–2026 | 2026–2027 (ước) |
|---|---|---|---|---|
| 1 | Sản lượng (kg) | 118.000 | 126.000 | 134.000 |
| 2 | Giá bình quân (đ/kg) | 34.000 | 35.500 | 37.000 |
| 3 | Doanh thu (tr.đ) | 4.012,0 | 4.473,0 | 4.958,0 |
# 11. Kế hoạch sản xuất
Bảng 7. Sản lượng và giá theo niên vụ
| TT | Chỉ tiêu | 2027–2028 | 2028–2029 | 2029–2030 |
|---|---|---|---|---|
| 1 | Sản lượng (kg) | 145.000 | 158.000 | 171.000 |
| 2 | Giá bình quân (đ/kg) | 38.000 | 39.500 | 41.000 |
| 3 | Doanh thu (tr.đ) | 5.510,0 | {revenue} | 7.011,0 |
"""


def test_revenue_by_crop_year_is_held_year_by_year():
    # the plan's seasons against their own quantities and prices, never against the seasons before the plan
    assert rule_hits("revenue-mismatch", _SEASONS.format(revenue="6.241,0"), "food") == []
    hits = rule_hits("revenue-mismatch", _SEASONS.format(revenue="7.241,0"), "food")
    assert [(h.params["year"], h.params["stated"], h.params["expected"]) for h in hits] == [
        ("2028", 7241000000.0, 6241000000.0)]
    # the objective's season and the table's are one year
    assert rule_hits("figure-inconsistent", _SEASONS.format(revenue="6.241,0"), "food") == []


# ================================================================ a staff total with the seasonal hands (ho04)

_STAFF = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH DU LỊCH VƯỜN CAM ĐỒI MÂY
# 10. Tổ chức và nhân sự
Bảng 4. Nhân sự theo năm
| Bộ phận (người) | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Giám đốc, kế toán | 3 | 3 | 3 |
| Hướng dẫn, lễ tân | 5 | 5 | 5 |
| Chăm sóc vườn cam | 3 | 3 | 3 |
| Bếp (thời vụ) | 8 | 8 | 9 |
| Tổng số lao động | 19 | 19 | 20 |
# 15. Hiệu quả xã hội
Tạo việc làm cho {regular} lao động thường xuyên và 8-9 lao động thời vụ.
"""


def test_regular_jobs_are_held_against_the_staff_table_without_its_seasonal_rows():
    assert rule_hits("figure-inconsistent", _STAFF.format(regular=11), "service") == []


# ================================================================ the producer's own zone, one of the sources (hm09)

_ZONE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ CÀ GAI LEO THIÊN LỘC
# 1. Thông tin chung về chủ thể
Công ty có vùng trồng cà gai leo {area} ha tại xã Thiên Lộc, 9 lao động thường xuyên.
# 8. Nguồn nguyên liệu
Nguồn cung gồm vùng trồng của công ty 12 ha (khoảng 2.000 kg/ha/năm) và các hộ liên kết thôn Thiên Tượng
(khoảng 500 kg/hộ/năm, số hộ tăng dần theo hợp đồng).
"""


def test_the_producers_own_zone_named_among_the_sources_is_its_zone():
    hits = rule_hits("figure-inconsistent", _ZONE.format(area=20), "herbal")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("20 ha", "12 ha")]
    assert rule_hits("figure-inconsistent", _ZONE.format(area=12), "herbal") == []


# ================================================================ a supply total over sources apart (ho02)

_SOURCES_APART = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ BÚP XANH LỘC YÊN
# 8. Nguồn nguyên liệu
Định mức 4,6 kg búp tươi cho 1 kg chè khô.

Bảng 3. Nguồn búp chè tươi và nhu cầu
| Nguồn cung, nhu cầu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Đồi chè công ty (kg) | 67.500 | 67.500 | 67.500 |
| Hộ liên kết (hộ) | 32 | 32 | 32 |
| Hộ liên kết (kg) | 48.000 | 48.000 | 48.000 |
| Cộng búp chè (kg) | 115.500 | 115.500 | 115.500 |
| Nhu cầu búp chè (kg) | 87.400 | 94.990 | 102.580 |
# 11. Kế hoạch sản xuất
| Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Chè đặc biệt 200 g | gói | 20.000 | 22.000 | 24.000 |
| Chè loại 1 hộp 500 g | hộp | 12.000 | 13.000 | 14.000 |
| Sản lượng quy đổi | kg | 10.000 | 10.900 | 11.800 |
"""


def test_a_total_of_sources_with_a_count_between_them_is_no_output():
    assert rule_hits("material-shortfall", _SOURCES_APART, "herbal") == []


# ================================================================ the first plan year's stock against today's (hn08)

_HIVES_BY_YEAR = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG LỤC HÒA
# 1. Thông tin chung về hộ kinh doanh
Hộ kinh doanh Lục Hòa, xã Hương Quang. Hộ hiện có {now} đàn ong nội đặt ven rừng tràm.
# 8. Nguồn nguyên liệu
{listed}, bình quân 15 kg mật/đàn/năm.
"""


def test_a_stock_listed_by_year_that_starts_below_todays_is_another_account():
    hits = rule_hits("figure-inconsistent", _HIVES_BY_YEAR.format(
        now=200, listed="Đàn ong của hộ: 160 đàn năm 2027, 175 đàn năm 2028, 190 đàn năm 2029"), "honey")
    # (each figure says its own time: the count of 2027 is no count "hiện có")
    assert [(h.params["what"], h.params["first"], h.params["second"]) for h in hits] == [
        ("số đàn", "200 đàn hiện có", "160 đàn năm 2027")]
    # a stock that grows from today's, or loses a few colonies, is the plan
    for now in (150, 170):
        assert rule_hits("figure-inconsistent", _HIVES_BY_YEAR.format(
            now=now, listed="Đàn ong của hộ: 160 đàn năm 2027, 175 đàn năm 2028, 190 đàn năm 2029"), "honey") == []
    # what is sold of a herd by year is no herd
    assert rule_hits("figure-inconsistent", _HIVES_BY_YEAR.format(
        now=200, listed="Bán 120 đàn năm 2027, 130 đàn năm 2028, 140 đàn năm 2029"), "honey") == []


# ================================================================ a market part of the rivals' numbers only (hn09)

_RIVALS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ BÚP KỲ SƠN
# VI. Phân tích thị trường
1. Quy mô. Năm 2026 toàn tỉnh có khoảng 2.900 ha chè, xã Kỳ Sơn có 410 ha.

3. Đối thủ cạnh tranh. Công ty CP Chè Sơn Lĩnh là cơ sở lớn nhất tỉnh, giá bình quân 180.000 đồng/kg; các hộ
trong xã tự chế biến giá thấp.

Bảng 3. Các cơ sở chè khô trong tỉnh và thị phần

| Cơ sở, sản phẩm | Giá bán (đồng/kg) | Thị phần (%) |
|---|---|---|
| Công ty CP Chè Sơn Lĩnh | 180.000 | 27,8 |
| Cơ sở chè Mỹ Hòa | 150.000 | 3,9 |

{own}
"""


def test_a_market_part_of_rivals_prices_names_no_channel():
    hits = rule_hits("no-sales-channel", _RIVALS.format(own="Sản phẩm của HTX chắc chắn sẽ được tiêu thụ tốt."), "herbal")
    assert len(hits) == 1
    assert rule_hits("no-sales-channel", _RIVALS.format(
        own="Hợp tác xã bán qua 8 đại lý ở thành phố Hà Tĩnh và 2 siêu thị mini ở Kỳ Anh."), "herbal") == []
