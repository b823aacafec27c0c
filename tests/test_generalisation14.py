"""Generalisation tests from the thirty-sixth session: each one a shape of plan a blind set showed the
rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.figures import find_amounts
from tests.test_generalisation import message, rule_hits

# ================================================================ one machine's rate and the machines' count (ex05, ew10)


def test_a_rate_per_machine_and_day_after_the_noun_keeps_both():
    got = [(a.value, a.unit, a.per) for a in find_amounts("20 lít rượu/nồi/ngày; 15 kg cá khô/ngày/máy")]
    assert got == [(20.0, "l", "nồi/ngày"), (15.0, "kg", "ngày/máy")]
    # a word that counts no machine ends the rate as before; a machine word alone is no rate
    assert [(a.per) for a in find_amounts("150 tấn cá cơm/năm/thuyền")] == ["năm"]
    assert [(a.per) for a in find_amounts("20 lít rượu/nồi")] == [None]


_STILL_TABLE = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP GIAI ĐOẠN 2027 - 2029
# VIII. Thiết bị và công suất
| TT | Thiết bị | Số lượng | Công suất | Ghi chú |
|---|---|---|---|---|
| 1 | Nồi nấu cất rượu | {count} | 25 lít rượu/nồi/ngày | đang dùng |

Các nồi làm việc 260 ngày/năm.
# XI. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Rượu nếp thành phẩm | lít | 11.000 | 12.500 | {last} |
"""


def test_a_tables_rate_per_machine_is_multiplied_by_the_machines_it_counts_in_their_own_word():
    # 3 × 25 × 260 = 19.500 l: 18.000 fits, 23.000 does not
    for count in ("3 nồi", "03 nồi", "3"):
        assert rule_hits("capacity-exceeded", _STILL_TABLE.format(count=count, last="18.000"),
                         category="beverage_alcohol") == [], count
        [hit] = rule_hits("capacity-exceeded", _STILL_TABLE.format(count=count, last="23.000"),
                          category="beverage_alcohol")
        assert "19.500" in message("capacity-exceeded", hit), count


_DRYERS_A_DAY = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH MỰC MỘT NẮNG GIAI ĐOẠN 2027 - 2029
# VIII. Máy móc, thiết bị
Cơ sở dùng ba máy sấy lạnh hiện có. {sentence}
Ba máy sấy hiện có đáp ứng đủ sản lượng kế hoạch nên cơ sở không mua thêm máy sấy.
# XI. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Mực một nắng thành phẩm | kg | 8.000 | 9.000 | {last} |
"""


def test_what_the_machines_get_done_each_day_is_their_rate_not_the_load_they_take_in():
    # 3 dryers: 35 kg a day × 300 days = 10.500 kg: 10.000 fits, 12.600 does not
    sentence = "Ba máy sấy mỗi ngày làm được 35 kg mực thành phẩm, làm việc 300 ngày/năm."
    assert rule_hits("capacity-exceeded", _DRYERS_A_DAY.format(sentence=sentence, last="10.000"), category="food") == []
    [hit] = rule_hits("capacity-exceeded", _DRYERS_A_DAY.format(sentence=sentence, last="12.600"), category="food")
    assert "10,5 tấn" in message("capacity-exceeded", hit)
    # the fresh load taken in before "được" is no rate of the finished product, and a year the sentence works
    # out itself is the one it states
    sentence = ("Ba máy sấy mỗi ngày nạp 180 kg mực tươi, được khoảng 35 kg mực thành phẩm; làm việc 300 ngày/năm "
                "nên tối đa 10.500 kg thành phẩm/năm.")
    [hit] = rule_hits("capacity-exceeded", _DRYERS_A_DAY.format(sentence=sentence, last="12.600"), category="food")
    assert "10,5 tấn" in message("capacity-exceeded", hit)


# ================================================================ a staff table's total row by its label (eq07)

_STAFF_BY_POST = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ VẰNG GIAI ĐOẠN 2027 - 2029
# X. Tổ chức sản xuất và lao động
Bảng 4. Bố trí lao động

| TT | Công việc | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Tổ trưởng, kế toán | 2 | 2 | 2 |
| 2 | Thu hái, sơ chế, sấy | 4 | 4 | 5 |
| 3 | Đóng gói, bán hàng | 3 | 3 | 3 |
|  | Tổng số lao động | 9 | 9 | 10 |
# XV. Hiệu quả xã hội
Phương án tạo việc làm thường xuyên cho {jobs} lao động trong các năm 2027–2029, chủ yếu là phụ nữ trong xã.
"""


def test_a_row_labelled_as_the_workforce_counts_people_in_its_years_though_its_figures_are_bare():
    [hit] = rule_hits("figure-inconsistent", _STAFF_BY_POST.format(jobs="16"), category="food")
    text = message("figure-inconsistent", hit)
    assert "16 lao động" in text and "10 lao động" in text
    # the largest year's workforce is no contradiction, nor one more than it
    assert rule_hits("figure-inconsistent", _STAFF_BY_POST.format(jobs="10"), category="food") == []
    assert rule_hits("figure-inconsistent", _STAFF_BY_POST.format(jobs="11"), category="food") == []


# ================================================================ blind sets 154-156: what the first reading got wrong

def test_a_unit_in_the_state_it_is_weighed_in_is_a_unit():
    from pipeline.figures import _UNITS, _col_spec
    for cell in ("Sản lượng (kg khô)", "ĐVT: kg tươi", "Tổng (lít thành phẩm)"):
        assert _col_spec(cell, _UNITS)[0] is not None, cell
    # what is weighed is no state: a need table by product in "kg cá cơm tươi" stays unread
    assert _col_spec("ĐVT: kg cá cơm tươi", _UNITS)[0] is None


_PACKS_AND_KG = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ VẰNG GIAI ĐOẠN 2027 - 2031
# VIII. Kế hoạch sản xuất
Bảng 6. Kế hoạch sản lượng

| TT | Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Hộp túi lọc 25 túi × 2 g | 20.000 | 24.000 | 30.000 |
| 2 | Túi chè cắt khúc 500 g | 2.000 | 2.400 | 3.000 |
| 3 | Bao chè khúc 5 kg (sỉ) | 80 | 100 | 120 |
|  | Tổng sản lượng (kg khô) | 2.400 | 2.900 | 3.600 |
"""


def test_a_total_in_kilograms_over_rows_of_packs_is_not_their_count_added():
    # 20.000 + 2.000 + 80 packs are no 2.400 kg: (1.000 + 1.000 + 400 kg is)
    assert rule_hits("table-total-mismatch", _PACKS_AND_KG, category="food") == []


_PACK_ROWS = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẮM TÔM GIAI ĐOẠN 2027 - 2029
# VIII. Kế hoạch sản xuất
Bảng 6. Kế hoạch sản lượng

| TT | Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Hũ thủy tinh 500 g | 16.000 | 18.000 | 20.000 |
| 2 | Chai nhựa 1 kg | 5.000 | 5.400 | 6.000 |
# XII. Hiệu quả kinh tế
Bảng 11. Doanh thu

ĐVT: triệu đồng
| TT | Sản phẩm (giá bán) | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Hũ thủy tinh 500 g (55.000 đ/hũ) | 880 | 990 | {jar} |
| 2 | Chai nhựa 1 kg (90.000 đ/chai) | 450 | 486 | 540 |
|  | Tổng doanh thu | 1.330 | 1.476 | {total} |
"""


def test_a_row_that_opens_on_its_pack_counts_that_pack_in_a_table_with_no_unit():
    # 20.000 hũ × 55.000 đ = 1.100 triệu đồng
    assert rule_hits("revenue-mismatch", _PACK_ROWS.format(jar="1.100", total="1.640"), category="food") == []
    [hit, *_] = rule_hits("revenue-mismatch", _PACK_ROWS.format(jar="1.250", total="1.790"), category="food")
    assert hit.params["year"] == "2029"
    # a product whose first word is also a count ("Bánh đa vừng") is no pack
    from pipeline.figures import _PACKS
    assert "bánh" not in _PACKS


_COSTS = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC CHANH LEO GIAI ĐOẠN 2027 - 2029
# XII. Chi phí
Bảng 11. Chi phí sản xuất kinh doanh

ĐVT: triệu đồng
| TT | Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Quả chanh leo (12.000 đ/kg) | 323,6 | 360,2 |
| 2 | Bao bì (chai, nắp, nhãn, thùng) | 204 | 232,8 |
| 3 | Tiền công | 576 | 576 |
|  | Tổng chi phí | 1.103,6 | {total} |
"""


def test_a_list_of_what_a_cost_line_buys_is_no_unit_of_it():
    # 360,2 + 232,8 + 576 = 1.169: the packaging line is money like the others
    assert rule_hits("table-total-mismatch", _COSTS.format(total="1.169"), category="food") == []
    assert rule_hits("table-total-mismatch", _COSTS.format(total="1.075,5"), category="food")


_STAGES_CAPITAL = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH TINH BỘT NGHỆ GIAI ĐOẠN 2027 - 2031
# XII. Vốn đầu tư
Bảng 8. Vốn đầu tư phân kỳ

ĐVT: triệu đồng
| TT | Hạng mục | Giai đoạn 1 | Giai đoạn 2 | Tổng |
|---|---|---|---|---|
| 1 | Nhà sơ chế | 300 | – | 300 |
| 2 | Máy sấy lạnh | 200 | 150 | 350 |
| 3 | Kho bảo quản | – | 100 | 100 |
|  | Tổng cộng | 500 | 250 | 750 |

Bảng 9. Nguồn vốn theo giai đoạn

ĐVT: triệu đồng
| Nguồn vốn | Giai đoạn 1 | Giai đoạn 2 | Tổng |
|---|---|---|---|
| Vốn tự có của hộ | 300 | – | 300 |
| Vay Ngân hàng Chính sách xã hội | 200 | – | 200 |
| Lợi nhuận tích lũy tái đầu tư | – | {profit} | {profit} |
|  | Tổng nguồn vốn | 500 | {profit} | {total} |
"""


def test_a_phased_investment_is_reckoned_in_its_total_column_and_reinvested_profit_is_a_source():
    assert rule_hits("capital-mismatch", _STAGES_CAPITAL.format(profit="250", total="750"), category="food") == []
    [hit] = rule_hits("capital-mismatch", _STAGES_CAPITAL.format(profit="100", total="600"), category="food")
    assert hit.params["total"] == 750e6 and hit.params["sources"] == 600e6


_CAPACITY_BY_YEAR = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP GIAI ĐOẠN 2027 - 2031
# H. Công suất
Bảng 5. Công suất chưng cất theo giai đoạn

| TT | Chỉ tiêu | 2027 | 2028 | 2029 | 2030 |
|---|---|---|---|---|---|
| 1 | Chưng cất (lít/ngày) | 40 | 40 | 70 | 70 |
| 2 | Công suất năm (lít) | 10.800 | 10.800 | 19.600 | 19.600 |
# I. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | 2027 | 2028 | 2029 | 2030 |
|---|---|---|---|---|---|---|
| 1 | Tổng sản lượng rượu | lít | 9.200 | {y2028} | 14.900 | 16.600 |
"""


def test_a_capacity_given_year_by_year_limits_each_years_output():
    assert rule_hits("capacity-exceeded", _CAPACITY_BY_YEAR.format(y2028="10.500"), category="beverage_alcohol") == []
    [hit] = rule_hits("capacity-exceeded", _CAPACITY_BY_YEAR.format(y2028="11.800"), category="beverage_alcohol")
    assert hit.params["year"] == "2028" and "10.800" in message("capacity-exceeded", hit)


_DECIDING_STAGE = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH ĐỒ GỖ GIAI ĐOẠN 2027 - 2029
# IX. Quy trình sản xuất
Khâu quyết định sản lượng là chà nhám, hoàn thiện: xưởng hoàn thiện được bình quân 12 sản phẩm mỗi ngày, làm
300 ngày/năm, tức 12 × 300 = 3.600 sản phẩm/năm.
# XI. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|---|
| 1 | Tổng sản lượng | sản phẩm | 3.000 | 3.400 | {last} |
"""


def test_the_stage_the_plan_says_decides_its_output_is_its_capacity():
    assert rule_hits("capacity-exceeded", _DECIDING_STAGE.format(last="3.500"), category="handicraft") == []
    [hit] = rule_hits("capacity-exceeded", _DECIDING_STAGE.format(last="4.200"), category="handicraft")
    assert hit.params["year"] == "2029"


_WORKSHOP = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẮM TÔM GIAI ĐOẠN 2027 - 2029
Thạch Khê, ngày 10 tháng 10 năm 2026
# I. Thông tin chủ thể
Hợp tác xã thành lập ngày 12/3/2021. {first}
# VIII. Công nghệ
Toàn bộ khu chế biến rộng {second} m², gồm nhà ủ và phòng đóng hũ.
"""


def test_the_processing_area_said_twice_and_a_profile_dated_this_year_is_now():
    first = "Khu chế biến của hợp tác xã rộng 300 m² gồm nhà ủ mắm và phòng đóng hũ, có 8 lao động (năm 2026)."
    [hit] = rule_hits("figure-inconsistent", _WORKSHOP.format(first=first, second="180"), category="food")
    assert "300 m²" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _WORKSHOP.format(first=first, second="300"), category="food") == []
    # a year before the present is then, not now
    then = first.replace("(năm 2026)", "(năm 2024)")
    assert rule_hits("figure-inconsistent", _WORKSHOP.format(first=then, second="180"), category="food") == []


_FAMILY_STAFF = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH GIÒ LỤA GIAI ĐOẠN 2027 - 2029
# X. Tổ chức sản xuất và lao động
Bảng 7. Lao động của hộ

| TT | Người lao động, công việc | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Chủ hộ: mổ lợn, giã giò | 1 | 1 | 1 |
| 2 | Vợ: gói giò, bán hàng | 1 | 1 | 1 |
| 3 | Lao động thuê: phụ mổ | 1 | 1 | 1 |
|  | Cộng | 3 | 3 | 3 |
# XV. Hiệu quả xã hội
Phương án giải quyết việc làm thường xuyên cho {jobs} lao động của gia đình và trong thôn.
"""


def test_a_table_headed_by_its_workers_is_the_staff_table():
    [hit] = rule_hits("figure-inconsistent", _FAMILY_STAFF.format(jobs="7"), category="food")
    assert "7 lao động" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _FAMILY_STAFF.format(jobs="3"), category="food") == []


_TEA_NAMES = """
# I. Thông tin chung
Tên sản phẩm: Chè xanh Sơn Kim.

Tổ hợp tác chè Sơn Kim thành lập năm 2019. Chè xanh Sơn Kim đóng túi 200 g, bán ở Hà Tĩnh.
# V. Sản phẩm
Sản phẩm Chè xanh Sơn Kim làm từ búp chè trung du. {extra}
"""


def test_a_line_of_column_names_names_no_product():
    # a scan's table header read as a line ("T Sản phẩm Quy cách Hạn dùng Giá bán") is no other name of it
    assert not rule_hits("name-inconsistent", _TEA_NAMES.format(extra="\n\nT Sản phẩm Quy cách Hạn Giá bán\n"))


def test_a_product_followed_by_its_province_in_brackets_is_that_provinces():
    extra = "Chè búp Thanh Chương ({where}) bán tại Vinh 60.000 - 70.000 đ/túi; giá của tổ ở mức giữa."
    assert not rule_hits("name-inconsistent", _TEA_NAMES.format(extra=extra.format(where="Nghệ An")))
    # a bracket that names no province says nothing of where it comes from
    [h] = rule_hits("name-inconsistent", _TEA_NAMES.format(extra=extra.format(where="túi 200 g")))
    assert "Thanh Chương" in h.params["found"]


def test_a_scans_numeral_behind_a_bracket_opens_the_label():
    from tests.test_generalisation3 import _scan_rule_hits
    plan = """# XII. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
|  | {{1 ¡ Doanh thu | 1.120 | 1.240 |
| 2 | Tổng chi phí | 891,6 | 913,2 |
| 3 | Lợi nhuận | {profit} | 326,8 |
"""
    assert _scan_rule_hits(plan.format(profit="228,4").replace("{{", "{"), "profit-mismatch", {}) == []
    assert _scan_rule_hits(plan.format(profit="296,9").replace("{{", "{"), "profit-mismatch", {})


_SCANNED_OUTPUT = """# VI. Nguyên liệu
Cứ 4,5 kg búp tươi cho 1 kg trà khô. Nguồn búp tươi của hộ và tổ hợp tác theo hợp đồng khoảng 15 tấn búp/năm.
# IX. Kế hoạch sản xuất
| TT | Chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Sản lượng kế hoạch (kg) | {a} | {b} | 3.000 |
"""


def test_a_scans_output_cell_that_lost_its_marks_at_even_odds_is_no_output():
    from tests.test_generalisation3 import _scan_rule_hits
    # "25901" for "2.590|" read at 44 %: no output of 25,9 t needing 116 t of leaf
    assert _scan_rule_hits(_SCANNED_OUTPUT.format(a="2.050", b="25901"), "material-shortfall", {(1, 3): 44.0}) == []
    # a well-written "3.590" read at 44 % is the plan's figure: 16,2 t of leaf against 15 t
    assert _scan_rule_hits(_SCANNED_OUTPUT.format(a="2.050", b="3.590"), "material-shortfall", {(1, 3): 44.0})
    # read at 25 %, nothing is known of it
    assert _scan_rule_hits(_SCANNED_OUTPUT.format(a="2.050", b="3.590"), "material-shortfall", {(1, 3): 25.0}) == []


def test_rows_of_packs_under_a_unit_the_table_states_are_not_counted_in_packs():
    plan = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ XANH GIAI ĐOẠN 2027 - 2029
# I. Mục tiêu
- Doanh thu năm 2029 đạt 1.800 triệu đồng.
# V. Thị trường
Giá bán lẻ 60.000 đồng/hộp 200 g và 90.000 đồng/túi 500 g.
# VIII. Sản lượng dự kiến
{unit}
| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Hộp 200 g | 2 | 2,5 | 3 |
| Túi 500 g | 4 | 4,5 | 5 |
| Cộng | 6 | 7 | 8 |
"""
    # "ĐVT: tấn chè khô" is read as no unit, but the table says its rows are tonnes, not 3 boxes and 5 bags
    assert rule_hits("revenue-mismatch", plan.format(unit="ĐVT: tấn chè khô"), category="food") == []


# ================================================================ blind sets 158-159 (scored at 9589da2)

def test_a_labels_bracket_alone_at_the_top_of_the_next_page_ends_that_label():
    from pipeline.ingest.pdf_reader import _split_row
    last = ["3", "Khoai lang sấy dẻo, thùng 5 kg bán sỉ", "195", "221", "247"]
    assert _split_row(last, ["", "(650.000 đ/thùng)", "", "", ""]) == \
        ["3", "Khoai lang sấy dẻo, thùng 5 kg bán sỉ (650.000 đ/thùng)", "195", "221", "247"]
    # a row of its own that happens to be a bracket after a label that closed its own is left alone
    assert _split_row(["3", "Bao bì (chai)", "195", "221", "247"], ["", "(650.000 đ/thùng)", "", "", ""]) is None


def test_an_upgrade_plans_title_names_its_product_without_its_aim():
    from pipeline.entities import _clean_title_product as clean
    assert clean("NÂNG HẠNG SẢN PHẨM BÁNH RAM HỒNG HẠNH") == "BÁNH RAM HỒNG HẠNH"
    assert clean("Nâng hạng sản phẩm nước mắm cốt cá cơm Biển Nhượng từ 3 sao lên 4 sao") == \
        "nước mắm cốt cá cơm Biển Nhượng"
    assert clean("SẢN PHẨM CHÈ BÚP SƠN LINH 2027 – 2029") == "CHÈ BÚP SƠN LINH"


_MAT_PRICES = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHIẾU CÓI GIAI ĐOẠN 2027 - 2029
# VII. Thị trường
Hợp tác xã bán chiếu cói in hoa 1,6 × 2 m với giá {said} đồng/chiếc, túi xách qua đại lý.
# XIII. Hiệu quả kinh tế
Bảng 11. Doanh thu

ĐVT: triệu đồng
| TT | Sản phẩm | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Chiếu cói in hoa 1,6 × 2 m (380.000 đ/chiếc) | 1.140 | 1.254 |
| 2 | Chiếu cói trơn 1,2 × 1,9 m (220.000 đ/chiếc) | 550 | 594 |
| 3 | Túi xách cói thêu tay (160.000 đ/chiếc) | 480 | 560 |
|  | Tổng doanh thu | 2.170 | 2.408 |
"""


def test_a_products_price_in_the_market_part_against_its_own_revenue_line():
    [hit] = rule_hits("figure-inconsistent", _MAT_PRICES.format(said="450.000"), category="handicraft")
    assert "450.000" in hit.evidence and "380.000" in hit.evidence
    assert rule_hits("figure-inconsistent", _MAT_PRICES.format(said="380.000"), category="handicraft") == []


_PADDY = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP GIAI ĐOẠN 2027 - 2029
# VI. Nguồn nguyên liệu
1 tạ thóc nếp xay được 65 kg gạo nếp. 1,25 kg gạo nếp cho 1 lít rượu.

Bảng 4. Nguồn thóc nếp

| TT | Nguồn | Số hộ | Diện tích (sào) | Sản lượng thóc (tạ/năm) |
|---|---|---|---|---|
| 1 | Ruộng nếp của gia đình | 1 | 10 | 40 |
| 2 | Hộ liên kết thôn Phú Lợi | 9 | 40 | 160 |
|  | Tổng cộng | 10 | 50 | 200 |
# XI. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Rượu nếp, chai 500 ml | chai | 4.000 | 4.600 | 5.200 |
| 2 | Rượu nếp, can 5 lít | can | 1.000 | {cans} | 1.400 |
|  | Sản lượng quy đổi (rượu) | lít | 7.000 | {litres} | 9.600 |
"""


def test_a_supply_of_paddy_is_reckoned_as_the_rice_the_plans_norm_makes_of_it():
    # 200 tạ thóc × 65 % = 13.000 kg of rice; 9.600 l × 1,25 = 12.000 kg: enough in 2029
    assert rule_hits("material-shortfall", _PADDY.format(cans="1.200", litres="8.300"), category="beverage_alcohol") == []
    # 12.000 l (the converted row, not its largest pack row) need 15.000 kg of rice
    [hit] = rule_hits("material-shortfall", _PADDY.format(cans="2.000", litres="12.300"), category="beverage_alcohol")
    assert hit.params["year"] == "2028" and "13 tấn" in message("material-shortfall", hit)


def test_a_scans_profit_that_agrees_with_a_look_alike_of_an_unsure_revenue():
    from tests.test_generalisation3 import _scan_rule_hits
    plan = """# XII. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Doanh thu | 3.565 | 3.079 |
| 2 | Tổng chi phí | 3.157,3 | 3.396,9 |
| 3 | Lợi nhuận | 407,7 | {profit} |
"""
    # "3.079" read at 78 % for "3.979": 3.979 − 3.396,9 = 582,1
    assert _scan_rule_hits(plan.format(profit="582,1"), "profit-mismatch", {(1, 3): 78.0}) == []
    # read sure, it is what the plan says
    assert _scan_rule_hits(plan.format(profit="582,1"), "profit-mismatch", {(1, 3): 97.0})


def test_a_scans_need_read_at_even_odds_is_no_need():
    from tests.test_generalisation3 import _scan_rule_hits
    plan = """# VI. Nguyên liệu
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Nhu cầu cam quả | kg | 99.850 | 65.625 |
| 2 | Tổng nguồn cung | kg | 80.000 | 80.000 |
"""
    assert _scan_rule_hits(plan, "material-shortfall", {(1, 3): 39.0}) == []
    assert _scan_rule_hits(plan, "material-shortfall", {(1, 3): 96.0})


# ================================================================ blind set 157

_BAGS_AT_END = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH MỰC MỘT NẮNG GIAI ĐOẠN 2027 - 2029
# V. Sản phẩm
Bảng 2. Sản phẩm, giá bán và số lượng tiêu thụ dự kiến

| TT | Sản phẩm, quy cách | Giá bán lẻ (đồng) | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Mực một nắng loại 1, túi 500 g | 350.000 | 4.800 | 5.600 |
| 2 | Mực khô xé sợi, hũ 200 g | 130.000 | 2.500 | 3.000 |
# XII. Hiệu quả kinh tế
Bảng 11. Doanh thu dự kiến

ĐVT: triệu đồng
| TT | Sản phẩm | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Mực một nắng loại 1, túi 500 g (350.000 đ/túi) | 1.680 | {bags} |
| 2 | Mực khô xé sợi, hũ 200 g (130.000 đ/hũ) | 325 | 390 |
|  | Cộng doanh thu | 2.005 | {total} |
"""


def test_a_row_named_by_its_pack_and_size_at_the_end_counts_that_pack():
    # 5.600 túi × 350.000 đ = 1.960 triệu đồng
    assert rule_hits("revenue-mismatch", _BAGS_AT_END.format(bags="1.960", total="2.350"), category="food") == []
    [hit, *_] = rule_hits("revenue-mismatch", _BAGS_AT_END.format(bags="2.195,2", total="2.585,2"), category="food")
    assert hit.params["year"] == "2028"


def test_the_plans_product_of_another_name_is_the_producer_under_another_name():
    plan = """
# I. Thông tin chung
Tên sản phẩm: Mật ong hoa rừng Hương Quang.

Hộ kinh doanh Ong mật Trần Gia ở xã Hương Quang. Hộ kinh doanh Ong mật Trần Gia nuôi 200 đàn ong.
# V. Thị trường
Mật ong của {who} được bán qua TikTok Shop, Shopee và các điểm bán OCOP trong tỉnh.
"""
    [h] = rule_hits("name-inconsistent", plan.format(who="Hộ kinh doanh Ong Vàng Hương Điền"))
    assert "Ong Vàng" in h.params["found"]
    assert not rule_hits("name-inconsistent", plan.format(who="Hộ kinh doanh Ong mật Trần Gia"))


def test_rows_of_packs_are_read_in_their_packs_all_of_them_or_none():
    plan = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH RUỐC CÁ NGỪ GIAI ĐOẠN 2027 - 2029
# V. Sản phẩm
| TT | Sản phẩm, quy cách | Giá bán lẻ (đồng) | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Ruốc cá ngừ nguyên vị, hũ 200 g | 115.000 | 15.000 | 17.000 |
| 2 | Ruốc cá ngừ nguyên vị, hũ 500 g | 265.000 | 3.200 | 3.600 |
| 3 | Ruốc cá ngừ vị cay, {third} | 62.000 | 7.000 | 8.000 |
# XII. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Doanh thu | 3.007 | 3.405 |
| 2 | Tổng chi phí | 2.500 | 2.800 |
| 3 | Lợi nhuận | 507 | 605 |
"""
    # 1.725 + 848 + 434 = 3.007: the third row's pack is read before a word ("túi zip 100 g")
    assert rule_hits("revenue-mismatch", plan.format(third="túi zip 100 g"), category="food") == []
    # a row whose pack is not read leaves the table unread, not summed without it (2.573)
    assert rule_hits("revenue-mismatch", plan.format(third="loại đặc biệt"), category="food") == []
