"""Generalisation tests from the thirty-seventh session: each one a shape of plan a blind set or the
pool showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import message, rule_hits

# ================================================================ batches a day said in words after the batch

_OVEN = """
# 8. Công nghệ, thiết bị

Lò sấy điện 30 kg thành phẩm/mẻ, chạy hai mẻ mỗi ngày. Làm việc 200 ngày/năm.
Lò sấy hiện có đủ cho sản lượng cả giai đoạn.

# 9. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Chuối sấy thành phẩm | kg | 9.000 | 10.000 | {last} |
"""


def test_batches_a_day_in_words_after_the_batch_make_the_capacity():
    # 30 kg × 2 mẻ × 200 ngày = 12.000 kg ("hai mẻ mỗi ngày": the relation raised on the second
    # spelling and was skipped, so no output was ever found beyond capacity)
    [hit] = rule_hits("capacity-exceeded", _OVEN.format(last="14.000"))
    assert hit.params["capacity"].startswith("12")
    assert not rule_hits("capacity-exceeded", _OVEN.format(last="11.500"))


# ================================================================ a per-unit cost sheet (set 161)

_SHEET = """
# 10. Giá thành
Bảng 10. Giá thành một chai mật ong 500 g

ĐVT: đồng/chai

| TT | Khoản mục chi phí | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Mật ong thô (0,52 kg/chai) | 78.000 | 78.000 | 78.000 |
| 2 | Chai, nắp, nhãn | 9.000 | 9.000 | 9.000 |
| 3 | Nhân công | 57.600 | 51.429 | 46.452 |
| 4 | Khấu hao | 6.850 | 6.116 | 5.524 |
|  | {label} | 151.450 | {mid} | 138.976 |
|  | Giá bán bình quân (đ/chai) | 190.000 | 195.000 | 200.000 |
|  | Lãi trên một chai | 38.550 | 50.455 | 61.024 |
"""


def test_a_unit_cost_under_its_numbered_lines_is_their_total():
    for label in ("Giá thành đơn vị (đ/chai)", "Giá thành một chai"):
        assert rule_hits("table-total-mismatch", _SHEET.format(label=label, mid="144.545"), category="honey") == []
        [hit] = rule_hits("table-total-mismatch", _SHEET.format(label=label, mid="130.000"), category="honey")
        assert "144.545" in message("table-total-mismatch", hit)


_ONE_COST_AMONG_ROWS = """
# 10. Hiệu quả
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng (chai) | 5.000 | 5.600 | 6.200 |
| 2 | Giá bán (đ/chai) | 190.000 | 195.000 | 200.000 |
| 3 | Doanh thu (triệu đồng) | 950 | 1.092 | 1.240 |
|  | Giá thành (triệu đồng) | 800 | 900 | 1.000 |
"""


def test_a_unit_cost_under_output_price_and_revenue_rows_is_no_total_of_theirs():
    assert rule_hits("table-total-mismatch", _ONE_COST_AMONG_ROWS, category="honey") == []


_TWO_PRICE_ROWS = """
# 8. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng tiêu thụ | hộp | 20.000 | 23.000 | 26.000 |
| 2 | Giá bán bình quân | đ/hộp | 105.000 | 108.000 | 112.000 |
| 3 | Doanh thu | triệu đồng | 2.100 | 2.484 | 2.912 |
# 11. Hiệu quả kinh tế
Bảng 11. Giá thành một hộp

| TT | Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nguyên liệu | 27.000 | 27.000 | 27.000 |
| 2 | Bao bì | 8.000 | 8.000 | 8.000 |
| 3 | Nhân công | 31.200 | 30.522 | 30.000 |
|  | Giá thành đơn vị (đ/hộp) | 66.200 | 65.522 | 65.000 |
|  | Giá bán bình quân (đ/hộp) | {first} | {second} | 112.000 |
"""


def test_two_price_rows_by_year_that_agree_in_other_years_are_one_series():
    assert rule_hits("figure-inconsistent", _TWO_PRICE_ROWS.format(first="105.000", second="108.000"),
                     category="herbal") == []
    [hit] = rule_hits("figure-inconsistent", _TWO_PRICE_ROWS.format(first="115.000", second="108.000"),
                      category="herbal")
    assert "năm 2027" in message("figure-inconsistent", hit) and "115.000" in message("figure-inconsistent", hit)
    # rows that differ in every year are two prices (two products, two channels), not one copied wrong
    assert rule_hits("figure-inconsistent", _TWO_PRICE_ROWS.format(first="95.000", second="98.000").replace(
        "| 112.000 |\n", "| 101.000 |\n"), category="herbal") == []


def test_a_scanned_figure_a_hundred_times_off_every_other_year_is_no_year_of_the_series():
    from types import SimpleNamespace

    from pipeline.judge.checks.arithmetic import _scan_misreads_dropped

    def val(x, conf):
        return SimpleNamespace(value=x, conf=conf, sure=conf >= 90)

    got = _scan_misreads_dropped(SimpleNamespace(ocr=True), {2027: val(1.08e9, 96), 2028: val(1.256e6, 60),
                                                           2029: val(1.444e9, 96)})
    assert got == {2027: 1.08e9, 2029: 1.444e9}
    # ten times off is enough for a cell read at barely even odds (ga04's "15" at 38 % beside 703 and 774,5), not
    # for one read at 60 %
    got = _scan_misreads_dropped(SimpleNamespace(ocr=True), {2027: val(15e6, 38), 2028: val(703e6, 97),
                                                           2029: val(774.5e6, 97)})
    assert got == {2028: 703e6, 2029: 774.5e6}
    assert len(_scan_misreads_dropped(SimpleNamespace(ocr=True), {2027: val(15e6, 60), 2028: val(703e6, 97)})) == 2
    # read with confidence, or from a text layer, it stays (the growth rule judges it)
    assert len(_scan_misreads_dropped(SimpleNamespace(ocr=True), {2027: val(1.08e9, 96), 2028: val(1.256e6, 96)})) == 2
    assert len(_scan_misreads_dropped(SimpleNamespace(ocr=False), {2027: val(1.08e9, 96), 2028: val(1.256e6, 6)})) == 2


# ================================================================ papers after the 2025 reorganisation (set 160)

_LICENCE_TABLE = """
Hà Tĩnh, ngày 15 tháng 10 năm 2026
PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP GIAI ĐOẠN 2027 - 2029
# XIV. Hồ sơ pháp lý
Hộ có giấy phép sản xuất rượu thủ công do UBND huyện cấp năm 2021 và giấy chứng nhận cơ sở đủ điều kiện an toàn
thực phẩm do Sở Công Thương cấp năm 2026.

| TT | Giấy tờ | Số, ngày cấp | Hiệu lực |
|---|---|---|---|
| 1 | Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh | 07/GP-UBND, {issued} | 5 năm, đến {until}; đang sử dụng |
"""


def test_a_papers_tables_validity_column_dates_the_paper_against_the_plans_own_date():
    # lapsed in March of the plan's own year, the plan dated October: the year alone would not tell
    [hit] = rule_hits("no-alcohol-license", _LICENCE_TABLE.format(issued="18/3/2021", until="18/3/2026"),
                      category="beverage_alcohol")
    assert "18/03/2026" in message("no-alcohol-license", hit)
    assert rule_hits("no-alcohol-license", _LICENCE_TABLE.format(issued="20/11/2021", until="20/11/2026"),
                     category="beverage_alcohol") == []


def test_the_year_a_paper_was_issued_in_is_no_plan():
    from tests.test_generalisation import view_of

    from pipeline.judge.checks.phrases import find_mentions

    v = view_of("Hà Tĩnh, ngày 15 tháng 10 năm 2026\n# XIV. Hồ sơ pháp lý\nHộ có giấy chứng nhận cơ sở đủ điều kiện "
                "an toàn thực phẩm do Sở Công Thương cấp năm 2026.", category="food")
    [m] = find_mentions(v, ["attp_certificate"], None, ["negation"], ["plan_cues"])
    assert m.status == "held"


_FIELDS = """
# 3. Hiện trạng
Gia đình có {now} ha ruộng nếp than ở cánh đồng Vĩnh Phú, tự cung cấp phần lớn gạo nấu rượu.
# 7. Nguyên liệu
Gia đình tự cấy 1,5 ha ruộng nếp than, năng suất quy ra gạo khoảng 3.000 kg/ha/năm; phần còn lại mua của các hộ
trong xã.
"""


def test_the_fields_a_family_works_itself_are_its_area():
    doc = "PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP THAN\n" + _FIELDS
    [hit] = rule_hits("figure-inconsistent", doc.format(now="2,5"), category="beverage_alcohol")
    assert "2,5 ha" in message("figure-inconsistent", hit) and "1,5 ha" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", doc.format(now="1,5"), category="beverage_alcohol") == []
    # other households' fields are not the family's
    other = doc.format(now="1,5").replace("Gia đình tự cấy 1,5 ha", "Các hộ trong thôn trồng 12 ha")
    assert rule_hits("figure-inconsistent", other, category="beverage_alcohol") == []


def test_a_craftsmens_group_and_a_name_followed_by_what_its_product_is_called():
    from pipeline.entities import find_producer_product
    from tests.test_generalisation3 import _doc

    d = _doc("PHƯƠNG ÁN SẢN XUẤT TƯỢNG GỖ", "Sản phẩm theo tiêu chuẩn cơ sở TCCS 01:2026/TY.",
             "Nhóm thợ mộc mỹ nghệ Thái Yên gồm 9 hộ làm mộc ở thôn Yên Thịnh.")
    assert find_producer_product(d)[0].name == "Nhóm thợ mộc mỹ nghệ Thái Yên"
    d = _doc("PHƯƠNG ÁN SẢN XUẤT RƯỢU NẾP THAN",
             "Chủ thể: Hộ kinh doanh Trần Văn Thắng, tên gọi sản phẩm là Rượu nếp than Bắc Sơn.")
    assert find_producer_product(d)[0].name == "Hộ kinh doanh Trần Văn Thắng"


def test_a_scanned_cell_with_a_fraction_slash_for_its_separator_is_malformed():
    from types import SimpleNamespace

    from pipeline.judge.checks.arithmetic import _ocr_malformed

    assert _ocr_malformed(SimpleNamespace(ocr=True), ["1\u20443208"])
    assert not _ocr_malformed(SimpleNamespace(ocr=True), ["1.320,8"])


# ================================================================ cooperatives and their members (set 162)

_SOURCES = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG
# Phần 10. Vốn đầu tư
Hợp tác xã có 38 thành viên chính thức.

| TT | Nguồn vốn | Số tiền (triệu đồng) |
|---|---|---|
| 1 | Thành viên góp thêm vốn (38 thành viên × 5 triệu đồng) | 190 |
| 2 | Quỹ đầu tư phát triển của hợp tác xã | 160 |
| 3 | Vay Ngân hàng Chính sách xã hội | 450 |
|  | Tổng cộng | 800 |

Tổng vốn 800 triệu đồng: thành viên góp thêm {each}, quỹ đầu tư phát triển đã tích lũy 160 triệu đồng, vay Ngân
hàng Chính sách xã hội 450 triệu đồng.
"""


def test_a_contribution_per_member_is_a_source_the_sentence_does_not_total():
    assert rule_hits("capital-mismatch", _SOURCES.format(each="5 triệu đồng/người"), category="honey") == []
    # the sources the sentence does total still count
    assert rule_hits("capital-mismatch", _SOURCES.format(each="190 triệu đồng"), category="honey") == []
    [hit] = rule_hits("capital-mismatch", _SOURCES.format(each="90 triệu đồng"), category="honey")
    assert hit.params["sources"] == 700e6


_HILLS = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU SIM KỲ TÂY
# VII. Nguyên liệu
Quả sim do 22 hộ thành viên thu hái trên 24 ha đồi sim ở ba thôn, năng suất bình quân 1.000 kg quả/ha/năm.
# XV. Hiệu quả xã hội và môi trường
{social}
"""


def test_the_members_area_said_area_first_in_the_social_part():
    [hit] = rule_hits("figure-inconsistent", _HILLS.format(
        social="Hiện nay 42 ha đồi sim của các hộ thành viên được chăm sóc, không phát đốt."), category="beverage_alcohol")
    assert "42 ha" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _HILLS.format(
        social="Hiện nay 24 ha đồi sim của các hộ thành viên được chăm sóc, không phát đốt."),
        category="beverage_alcohol") == []
    # what the plan will do is no present area
    assert rule_hits("figure-inconsistent", _HILLS.format(
        social="Đến năm 2029 sẽ có 42 ha đồi sim của các hộ thành viên được chăm sóc."),
        category="beverage_alcohol") == []


def test_a_scanned_titles_vowel_read_twice_is_mended_by_the_bodys_spelling():
    from pipeline.entities import _as_written_elsewhere

    body = "Chè xanh Sơn Tân trồng trên đồi đất đỏ."
    assert _as_written_elsewhere("CHỀÈ XANH SƠN TÂN", body) == "Chè xanh Sơn Tân"
    assert _as_written_elsewhere("CHÈ XANH SƠN TÂN", body) == "Chè xanh Sơn Tân"


def test_a_source_of_one_kind_of_the_crop_is_no_area_of_the_members_holding():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU DÂU TẰM
# II. Hiện trạng
Hợp tác xã có 9 ha dâu, trong đó 6 ha trồng giống dâu lấy quả, 3 ha dâu lá nuôi tằm.
# V. Nguyên liệu
Nguồn cung: 6 ha dâu quả của các thành viên, năng suất bình quân 2,5 tấn quả/ha.
"""
    assert rule_hits("figure-inconsistent", plan, category="beverage_alcohol") == []


# ================================================================ producers that also sell goods they buy (set 165)

_RESELLER = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ BÚP KHÔ
# 9. Công nghệ, thiết bị
Sau đầu tư, xưởng chế biến được 10 kg chè khô/ngày × 250 ngày = 2.500 kg/năm.
# 11. Kế hoạch sản xuất và tiêu thụ
Bảng 6. Cân đối nguồn hàng và tiêu thụ

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng tự sản xuất | kg | 2.020 | 2.240 | {own} |
| 2 | Hàng liên kết mua về bán lại | kg | 600 | 650 | 700 |
| 3 | Tổng lượng bán ra | kg | 2.620 | 2.890 | {total} |
"""


def test_a_producer_that_also_sells_bought_goods_is_held_to_what_it_makes():
    # 3.160 kg sold, 2.460 made: the equipment's 2.500 kg serve what the producer makes
    assert rule_hits("capacity-exceeded", _RESELLER.format(own="2.460", total="3.160"), category="beverage") == []
    [hit] = rule_hits("capacity-exceeded", _RESELLER.format(own="2.860", total="3.560"), category="beverage")
    assert "2,86" in message("capacity-exceeded", hit) or "2.860" in message("capacity-exceeded", hit)


def test_own_grown_material_is_no_output_where_no_goods_are_bought_to_sell_on():
    plan = _RESELLER.format(own="2.460", total="3.160").replace("Hàng liên kết mua về bán lại", "Búp tươi mua của hộ")
    # no goods resold: the largest output row (3.160 kg) is held against the 2.500 kg of the equipment
    assert rule_hits("capacity-exceeded", plan, category="beverage")


def test_a_revenue_in_text_a_hundred_times_off_quantity_times_price_is_no_account_of_it():
    from pipeline.judge.checks.arithmetic import _text_revenue_hit
    from pipeline.judge.checks.arithmetic import Sent

    s = Sent.__new__(Sent)
    s.text, s.section = "doanh thu năm 2027 đạt 1.058,5 triệu đồng", "objectives"
    assert _text_revenue_hit(s, 2027, 1_058_500_000, 91_800) is None
    assert _text_revenue_hit(s, 2027, 1_058_500_000, 918_000_000) is not None
