"""Generalisation tests from the thirty-ninth session: each one a shape of plan a blind set or the
pool showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.ingest.ocr import GapRow, gap_tables
from pipeline.ingest.pdf_reader import Word, _split_row
from tests.test_generalisation import message, rule_hits, view_of

# ================================================================ a year label broken by the page (set 171)


def test_a_year_label_the_page_broke_goes_back_to_its_row():
    # "Năm | 100 | 100 | 6,6 | 106,6 | 0" at the foot of a page, "2029 | | | | |" at the top of the next
    last = ["Năm", "100", "100", "6,6", "106,6", "0"]
    assert _split_row(last, ["2029", "", "", "", "", ""]) == ["Năm 2029", "100", "100", "6,6", "106,6", "0"]
    # a year alone under a label that is not a year's word is no broken label ("Tổng | … " then "2029")
    assert _split_row(["Tổng", "300", "300", "39,6", "339,6", "-"], ["2029", "", "", "", "", ""]) is None
    # nor under a row without figures (a header's own "Năm" cell)
    assert _split_row(["Năm", "", "", "", "", ""], ["2029", "", "", "", "", ""]) is None


# ================================================================ a short plan's capital in its asks (sets 167, 171)

_SHORT = """
# Về tổ
Tổ hợp tác chưng cất tinh dầu tràm ở thôn Bắc Sơn, 7 thành viên.
# Sản phẩm
Tinh dầu tràm chai 50 ml, giá 60.000 đồng một chai.
# Kế hoạch
Mỗi năm tổ làm khoảng 2.000 chai, bán cho khách du lịch và các hiệu thuốc.
# Đề xuất
Tổ đề nghị {ask}
"""


def test_a_short_plans_request_for_a_loan_holds_its_investment():
    loan = _SHORT.format(ask="được vay vốn ưu đãi để mua nồi chưng cất inox và làm mái che.")
    assert "investment" in {s.key for s in view_of(loan).plan.sections}
    assert not any(h.section == "investment" for h in rule_hits("missing-section", loan))
    # a request with no money in it holds no investment: the part is still missing
    training = _SHORT.format(ask="được tập huấn thiết kế nhãn và giới thiệu tham gia hội chợ.")
    assert "investment" not in {s.key for s in view_of(training).plan.sections}
    assert any(h.section == "investment" for h in rule_hits("missing-section", training))


def test_a_short_plans_planned_part_with_aims_holds_its_objectives():
    plan = """
# Thông tin
Nhóm 6 hộ làm mắm tép ở thôn Đông Hà.
# Sản phẩm
Mắm tép chua hũ 300 g.
# Dự kiến
Từ năm 2027 nhóm {aim} làm 1.500 hũ mỗi năm, bán ở chợ xã và cho khách du lịch.
"""
    assert "objectives" in {s.key for s in view_of(plan.format(aim="muốn")).plan.sections}
    assert "objectives" not in {s.key for s in view_of(plan.format(aim="sẽ")).plan.sections}


# ================================================================ a page's top rows under a repeated header (set 172, scanned)

def _row(y: float, *cells: tuple[float, float, str]) -> GapRow:
    return GapRow([[Word(text=t, x0=a, x1=b, top=y, bottom=y + 10, size=10)] for a, b, t in cells], y, y + 10)


def test_a_tables_last_rows_under_its_repeated_header_are_rows():
    # the next page's top: the header (its "Số lượng" wrapped), one sales line of the last year, whose year cell was
    # on the page before, and that year's total, its number wider than the column's and right-aligned
    rows = [_row(0, (0, 30, "Năm"), (100, 160, "Sản phẩm"), (230, 250, "Số"), (300, 380, "Đơn giá"),
                 (440, 520, "Thành tiền")),
            _row(14, (225, 260, "lượng")),
            _row(28, (50, 170, "Hộp quà 500 g"), (230, 260, "8.000"), (330, 370, "95.000"), (490, 520, "896,8")),
            _row(42, (50, 140, "Cộng năm 2029"), (470, 520, "2.936,8"))]
    tables, used = gap_tables(rows)
    assert len(tables) == 1 and used == {0, 1, 2, 3}, [t.rows for t in tables]
    assert tables[0].rows[-2] == ["", "Hộp quà 500 g", "8.000", "95.000", "896,8"]
    assert tables[0].rows[-1] == ["", "Cộng năm 2029", "", "", "2.936,8"]


# ================================================================ the hands of a capacity, and hands in words (set 173)

_HANDS = """
# 1. Thông tin chung về chủ thể
Hợp tác xã có 32 thành viên, {staff} lao động thường xuyên.
# 8. Tổ chức sản xuất
Một công nhân chế biến làm được bình quân 7 kg chè khô/ngày. Với 3 công nhân và 220 ngày làm việc, năng lực là
4.620 kg/năm.
"""


def test_the_hands_a_capacity_is_worked_out_from_are_no_workforce():
    assert rule_hits("figure-inconsistent", _HANDS.format(staff="7")) == []


_IN_WORDS = """
# 6. Công nghệ
Máy sấy lạnh 60 kg thành phẩm/ngày, đầu tư năm 2027.
# 9. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng cá khô | kg | 8.500 | 9.000 | {last} |

# 10. Tổ chức sản xuất và lao động
Ba công nhân sơ chế làm trọn các khâu mổ, rửa, phơi; mỗi người làm được khoảng 12 kg thành phẩm/ngày, xưởng làm
việc 250 ngày/năm. Số lao động hiện có đủ đáp ứng kế hoạch, không cần tuyển thêm.
"""


def test_hands_counted_in_words_bound_the_output():
    # 3 × 12 kg × 250 days = 9.000 kg; the dryer's 60 kg a day is no limit here
    [hit] = rule_hits("capacity-exceeded", _IN_WORDS.format(last="12.000"))
    assert "9 tấn" in message("capacity-exceeded", hit)
    assert rule_hits("capacity-exceeded", _IN_WORDS.format(last="9.000")) == []


_CRAFTSMEN = """
# I. Thông tin chung về chủ thể
Nhóm thợ mộc mỹ nghệ Trung Yên, xã Thái Yên. Nhóm gồm 12 thợ làm thường xuyên, đều là người trong thôn.
# VIII. Tổ chức sản xuất, nhân lực
Bảng 5. Lao động thường xuyên và tiền lương

| TT | Vị trí công việc | Số người | Lương tháng (triệu đồng) | Số tháng | Quỹ lương năm (triệu đồng) |
|---|---|---|---|---|---|
| 1 | Trưởng nhóm | 1 | 8,0 | 12 | 96 |
| 2 | Thợ cả chạm khắc | 4 | 9,0 | 12 | 432 |
| 3 | Thợ phụ | 7 | 6,5 | 12 | 546 |
|  | Cộng quỹ lương | 12 |  |  | 1.074 |

# XV. Hiệu quả xã hội
Phương án tạo việc làm thường xuyên cho {jobs} thợ với thu nhập bình quân 7,4 triệu đồng/người/tháng.
"""


def test_craftsmen_and_a_wage_lists_headcount_are_the_workforce():
    [hit] = rule_hits("figure-inconsistent", _CRAFTSMEN.format(jobs="18"), category="handicraft")
    assert "18" in message("figure-inconsistent", hit) and "12" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _CRAFTSMEN.format(jobs="12"), category="handicraft") == []


# ================================================================ batches a day, each batch's load (set 174)

_BATCHES = """
# 7. Công nghệ
Mỗi ngày tổ xay, luộc 2 mẻ, mỗi mẻ 60 kg, sản xuất 300 ngày/năm.
# 9. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng giò lụa | kg | 30.000 | 33.000 | {last} |
"""


def test_batches_a_day_times_each_batchs_load_bound_the_output():
    # 2 × 60 kg × 300 days = 36.000 kg
    [hit] = rule_hits("capacity-exceeded", _BATCHES.format(last="42.000"))
    assert "36 tấn" in message("capacity-exceeded", hit)
    assert rule_hits("capacity-exceeded", _BATCHES.format(last="36.000")) == []


_PROFILE = """
# I. Thông tin chung về chủ thể
Tổ hợp tác giò chả Hồng Lộc. Tổ sử dụng {regular} lao động thường xuyên.
# III. Hiện trạng sản xuất
Hiện cơ sở có 10 lao động, 1 máy xay giò và 1 nồi luộc giò.
"""


def test_a_regular_workforce_beyond_all_the_hands_there_now():
    [hit] = rule_hits("figure-inconsistent", _PROFILE.format(regular="14"))
    assert "14" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _PROFILE.format(regular="10")) == []
    assert rule_hits("figure-inconsistent", _PROFILE.format(regular="8")) == []  # (8 regular among the 10)


# ================================================================ depreciation spread over its years (set 173)

_SPREAD = """
# 10. Vốn đầu tư
Tổng vốn đầu tư 600 triệu đồng.
# 12. Hiệu quả kinh tế
Khấu hao 420 triệu đồng tài sản cố định trong 8 năm. Lợi nhuận bình quân 197,4 triệu đồng/năm; thời gian hoàn
vốn khoảng {payback} năm.
"""


def test_depreciation_of_assets_spread_over_their_years_counts_in_the_payback():
    # 600 : (197,4 + 420 : 8) = 2,4 years
    assert rule_hits("payback-mismatch", _SPREAD.format(payback="2,4")) == []
    assert rule_hits("payback-mismatch", _SPREAD.format(payback="1,5"))


def test_a_row_number_read_into_the_label_goes_back_to_its_column():
    # a header centred in its cells ("Nguồn" far right of where the labels start, a "Ghi chú" column left empty): the
    # labels left of "Nguồn" fall to the nearest column, the TT one, with the row's number ("1 Vốn tự có của hộ");
    # a label reaching under "Nguồn" stays in its own. Each number in the TT column, each label in its cell.
    rows = [_row(0, (0, 20, "TT"), (200, 260, "Nguồn"), (400, 440, "Số tiền"), (480, 520, "Tỷ lệ %"),
                 (560, 600, "Ghi chú")),
            _row(14, (2, 5, "1"), (40, 150, "Vốn tự có của hộ"), (410, 440, "500"), (490, 520, "62,5")),
            _row(28, (2, 5, "2"), (40, 330, "Vay Ngân hàng Nông nghiệp"), (410, 440, "300"), (490, 520, "37,5"))]
    [table], _used = gap_tables(rows)
    assert table.rows[1][:3] == ["1", "Vốn tự có của hộ", "500"], table.rows
    assert table.rows[2][:3] == ["2", "Vay Ngân hàng Nông nghiệp", "300"], table.rows


# ================================================================ export and online sales (set 176)

_CHANNELS = """
# 7. Thị trường
Bảng 3. Kênh bán trên sàn thương mại điện tử

| TT | Sàn | Tỷ trọng (%) | Phí sàn (% doanh thu) | Doanh thu 2027 (triệu đồng) |
|---|---|---|---|---|
| 1 | Shopee | 55 | 14,0 | 49,6 |
| 2 | TikTok Shop | 30 | 10,0 | 19,3 |
| 3 | Lazada | 15 | 12,0 | 11,6 |
|  | {label} | 100 | 12,50 | 80,5 |
"""


def test_a_row_that_totals_some_columns_and_averages_others():
    # the fee is the channels' mean, the revenues their sum; a plain "Cộng" row adds every column
    assert rule_hits("table-total-mismatch", _CHANNELS.format(label="Cộng, bình quân")) == []
    assert rule_hits("table-total-mismatch", _CHANNELS.format(label="Cộng"))


_EXPORT = """
# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Chè búp túi 200 g - bán buôn | túi | 8.000 | 8.800 | 9.600 |
| 2 | Chè búp túi 200 g - xuất khẩu | túi | 6.000 | 7.200 | 8.400 |

# 13. Hiệu quả kinh tế

ĐVT: triệu đồng

| TT | Sản phẩm (đơn giá) | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Chè búp túi 200 g - bán buôn (60.000 đ/túi) | 480,0 | 528,0 | 576,0 |
| 2 | Chè búp túi 200 g - xuất khẩu (2,80 USD/túi × 25.400 đ/USD) | 426,7 | {mid} | 597,4 |
|  | Tổng doanh thu | 906,7 | {total} | 1.173,4 |
"""


def test_a_price_in_dollars_with_its_exchange_rate_is_a_price_in_dong():
    # 7.200 × 2,80 USD × 25.400 đ = 512,1 triệu
    [hit] = rule_hits("revenue-mismatch", _EXPORT.format(mid="563,3", total="1.091,3"))
    assert "512" in message("revenue-mismatch", hit)
    assert rule_hits("revenue-mismatch", _EXPORT.format(mid="512,1", total="1.040,1")) == []


_COSTS = """
# 13. Hiệu quả kinh tế

ĐVT: triệu đồng

| TT | Khoản mục chi phí | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Nguyên liệu | 490,1 | 563,0 | 635,9 |
| 2 | Tiền công lao động | 594,0 | 594,0 | 660,0 |
| 3 | Hỗ trợ phí vận chuyển đơn trực tuyến | 52,8 | 60,6 | 68,4 |
| 4 | Chi phí xuất khẩu (vận chuyển, kiểm dịch, thủ tục) | 50,0 | 75,0 | 75,0 |
| 5 | Khấu hao tài sản cố định | 100,0 | 100,0 | 100,0 |
|  | Tổng chi phí | 1.286,9 | {mid} | 1.539,3 |
"""


def test_a_support_paid_out_numbered_among_the_costs_is_a_cost_line():
    assert rule_hits("table-total-mismatch", _COSTS.format(mid="1.392,6")) == []
    [hit] = rule_hits("table-total-mismatch", _COSTS.format(mid="1.592,6"))
    assert "1.392,6" in message("table-total-mismatch", hit)


# ================================================================ honey from twelve producers (set 175)

_HONEY_SUPPLY = """
# 6. Nguyên liệu
Công ty đã ký hợp đồng thu mua mật với 67 hộ nuôi ong (1.250 thùng) giai đoạn 2028 – 2032, cam kết 20 kg/thùng/năm,
giá 100.000 đồng/kg. Mật thành phẩm cần 1,05 kg mật thô/kg.

Bảng 5. Cân đối nguyên liệu (kg)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Số thùng ong tự nuôi (thùng) | 660 | 670 | 680 |
| 1 | Mật ong thô từ đàn tự nuôi (kg) | 18.480 | 18.760 | 19.040 |
| 2 | Mật ong thô cam kết cung ứng theo hợp đồng (kg) | 2.500 | 25.000 | 25.000 |
| 3 | Tổng nguồn mật ong thô (kg) | 20.980 | 43.760 | 44.040 |
| 4 | Nhu cầu mật ong thô (kg) | 18.900 | 39.900 | {need} |

# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Mật ong hoa keo | kg | 18.000 | 38.000 | {out} |
"""


def test_the_supplies_added_up_are_the_supply_not_the_output():
    assert rule_hits("material-shortfall", _HONEY_SUPPLY.format(need="42.420", out="40.400"), category="honey") == []


_BOUGHT_BEYOND = """
# 9. Kế hoạch sản xuất
Sản lượng 21.450 kg năm 2027, 25.250 kg năm 2029.
# 13. Hiệu quả kinh tế
Chi phí mua mật thô tính cho phần nhu cầu vượt sản lượng đàn ong của công ty (13.910 kg năm 2027, giá 100.000
đồng/kg).
"""


def test_what_is_bought_beyond_the_output_is_no_output():
    assert rule_hits("figure-inconsistent", _BOUGHT_BEYOND, category="honey") == []


# ================================================================ grains by season (set 177)

_BALANCE = """
# 6. Nguyên liệu
Bảng 5. Cân đối thóc nếp và gạo nếp

ĐVT: kg

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Thóc nếp khô từ vùng sản xuất | 74.400 | 74.400 | 74.400 |
| 2 | Gạo nếp xay được từ thóc của vùng | 52.080 | 52.080 | 52.080 |
| 3 | Gạo nếp theo kế hoạch | 42.000 | 48.500 | {last} |

# 7. Công nghệ
Dây chuyền mới xay 300 kg gạo/ngày, làm 220 ngày/năm, công suất 66.000 kg/năm.

# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Gạo nếp cái, túi 2 kg | túi | 5.000 | 5.750 | 6.000 |
| 2 | Gạo nếp cái, bao 25 kg | bao | 1.280 | 1.480 | 1.560 |
| 3 | Sản lượng quy ra kg | kg | 42.000 | 48.500 | {last} |
"""


def test_a_balance_tables_two_accounts_are_not_two_kinds_made():
    assert rule_hits("capacity-exceeded", _BALANCE.format(last="51.000")) == []
    assert rule_hits("capacity-exceeded", _BALANCE.format(last="75.000"))


_SEASONS = """
# 6. Nguyên liệu
Vụ xuân gieo tháng 2, thu hoạch tháng 5 với diện tích 16 ha, năng suất 2.600 kg lạc vỏ khô/ha;
vụ hè thu gieo tháng 6, thu hoạch tháng 9 với 7 ha, năng suất 2.000 kg/ha.
Khi bóc vỏ, 1 kg lạc nhân thành phẩm cần 1,52 kg lạc vỏ khô.
# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Lạc nhân | kg | 26.000 | 28.550 | {last} |
"""


def test_a_second_seasons_clause_counts_the_crop_its_sentence_named():
    # 16 ha × 2.600 + 7 ha × 2.000 = 55.600 kg; 31.100 × 1,52 = 47.272 kg needed
    assert rule_hits("material-shortfall", _SEASONS.format(last="31.100")) == []
    assert rule_hits("material-shortfall", _SEASONS.format(last="40.000"))


_OWN_YEAR = """
# 4. Hiện trạng
Công ty có nhà sơ chế 120 m², giàn phơi có mái che và 2 máy sấy lạnh. Mực được mổ, rửa, phơi nắng một ngày rồi sấy
lạnh; công suất hiện có 20 kg/ngày (mực khô) trong 210 ngày mùa mực (tháng 3 đến tháng 9), tức 4.200 kg/năm.
# 9. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Mực khô thành phẩm | kg | 3.800 | 4.000 | {last} |

Máy sấy và giàn phơi hiện có đủ cho kế hoạch sản xuất.
"""


def test_a_days_rate_worked_out_to_the_year_by_the_sentence_itself():
    # 20 kg × 210 days = 4.200 kg, not 20 kg × 365 days
    [hit] = rule_hits("capacity-exceeded", _OWN_YEAR.format(last="5.160"))
    assert "4,2 tấn" in message("capacity-exceeded", hit)
    assert rule_hits("capacity-exceeded", _OWN_YEAR.format(last="4.150")) == []


# ================================================================ a certificate's name cut at a page's foot (set 177, scanned)

_PAPERS = """
# 1. Thông tin chung về chủ thể
Hộ kinh doanh Vừng đen Cẩm Bình, giấy chứng nhận đăng ký hộ kinh doanh số 28F8002715.
# 14. Hồ sơ pháp lý

| TT | Hồ sơ | Số, ngày, nơi cấp | Hiệu lực |
|---|---|---|---|
| 1 | Đăng ký hộ kinh doanh | Số 28F8002715 | Còn hiệu lực |
| 2 | {paper} | Số 03/2027/GCN- | Đến 06/01/2030 |
| 3 | Tiêu chuẩn cơ sở | TCCS 01:2026/NTL | Áp dụng |
"""


def test_a_facility_certificate_cut_after_du_dieu_is_the_food_safety_one():
    assert rule_hits("no-food-safety", _PAPERS.format(paper="Chứng nhận cơ sở đủ điều"), category="food") == []
    assert rule_hits("no-food-safety", _PAPERS.format(paper="Chứng nhận vùng trồng"), category="food")
