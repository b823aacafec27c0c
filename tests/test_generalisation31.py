"""Generalisation tests of the fifty-third session: the mends after blind sets 262-265 (amounts in words, papers
bundled with the plan, several harvests on one plot, unusual page layouts). Each plan here is written for the test
(no holdout text); each test fails on the code before its mend."""

from __future__ import annotations

from pipeline.ingest.pdf_reader import Line, Word
from tests.test_generalisation import rule_hits
from tests.test_generalisation3 import _scan_rule_hits

# =============================================================================== capacity of a part of the output

_LOOMS = """
# IX. Công nghệ
Xưởng có 3 máy dệt chiếu bán tự động; chiếu đan tay và giỏ cói làm tại nhà các tổ viên.

# XI. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Chiếu cói dệt máy, khổ 1,6 m | chiếc | 4.000 | 4.400 | {woven} |
| 2 | Chiếu cói đan tay, khổ 1,8 m | chiếc | 1.500 | 1.600 | 1.700 |
| 3 | Giỏ cói đan, cỡ nhỏ | chiếc | 2.500 | 2.700 | 2.900 |
| | Tổng số sản phẩm | chiếc | 8.000 | 8.700 | 9.400 |
| | Công suất 3 máy dệt (3 × 8 chiếc/ngày × 250 ngày) | chiếc | 6.000 | 6.000 | 6.000 |
"""


def test_a_capacity_row_of_the_looms_limits_the_woven_rows_not_the_whole_output():
    # the looms make the machine-woven mats only: 4.800 of them in 2029 fit 6.000; 6.600 do not
    assert rule_hits("capacity-exceeded", _LOOMS.format(woven="4.800")) == []
    [hit] = rule_hits("capacity-exceeded", _LOOMS.format(woven="6.600").replace("| 9.400 |", "| 11.200 |"))
    assert hit.params["output"] == "6.600 chiếc"


_DRYER = """
# XI. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Cá khô một nắng, túi 500 g | túi | 3.000 | 3.200 | 3.400 |
| 2 | Gạo hữu cơ, túi 5 kg | túi | 8.000 | 8.500 | 9.000 |
| | Quy ra kg cá khô | kg | 1.500 | 1.600 | {fish} |
| | Quy ra kg gạo | kg | 40.000 | 42.500 | 45.000 |
| | Công suất lò sấy cá (15 kg cá khô/mẻ × 120 mẻ) | kg | 1.800 | 1.800 | 1.800 |
"""


def test_a_dryer_named_for_one_product_is_no_limit_on_another():
    # the fish dryer's 1.800 kg is no limit on the rice; the dried fish beyond it is
    assert rule_hits("capacity-exceeded", _DRYER.format(fish="1.700")) == []
    [hit] = rule_hits("capacity-exceeded", _DRYER.format(fish="2.400"))
    assert hit.params["output"] == "2,4 tấn"


_ONLY_FOR = """
# IX. Công nghệ
Công suất 2 máy ép viên là 2 × 40 hộp/ngày × 250 ngày = 20.000 hộp/năm, chỉ áp dụng cho trà viên nén; trà túi lọc
đóng gói bằng tay tại xưởng.

# XI. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Trà viên nén hộp 100 g | hộp | 15.000 | 17.000 | {pressed} |
| 2 | Trà túi lọc hộp 25 túi | hộp | 9.000 | 10.000 | 11.000 |
| | Tổng số hộp | hộp | 24.000 | 27.000 | {total} |
"""


def test_a_capacity_said_only_for_one_product_limits_that_product():
    assert rule_hits("capacity-exceeded", _ONLY_FOR.format(pressed="19.000", total="30.000")) == []
    [hit] = rule_hits("capacity-exceeded", _ONLY_FOR.format(pressed="24.000", total="35.000"))
    assert hit.params["output"] == "24.000 hộp"


# =============================================================================== a crop that is not the product

_INTERCROP = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM TRÀ XẠ ĐEN KHE LIM

# VI. Vùng nguyên liệu
Xạ đen trồng xen dưới tán cam của các thành viên; cam vẫn cho quả, thành viên tự bán quả tươi.

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng xạ đen khô | kg | 4.600 | 4.700 | 4.800 |
| 2 | Sản lượng cam Khe Lim (vườn 5 năm tuổi) | kg | 30.000 | 30.000 | 32.000 |

Định mức 1,2 kg xạ đen khô cho 1 kg trà.

# VII. Thiết bị
Máy sấy xạ đen công suất 20 kg khô/ngày, làm 250 ngày/năm, tức 5.000 kg/năm.

# IX. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Trà xạ đen túi 500 g | túi | 7.000 | 7.400 | 7.800 |
| | Quy ra kg trà xạ đen | kg | 3.500 | 3.700 | 3.900 |
"""


def test_the_harvest_of_a_crop_the_product_grows_under_is_no_output():
    # the oranges' 30 tấn are the members' own crop, not the tea the dryer makes
    assert rule_hits("capacity-exceeded", _INTERCROP) == []


# =============================================================================== an earlier draft's figures

_DRAFT = """
# I. Thông tin chung
Tổng vốn đầu tư của phương án là 1.300 triệu đồng.

# XII. Vốn đầu tư
{draft}

| TT | Hạng mục | Thành tiền (triệu đồng) |
|---|---|---|
| 1 | Nhà xưởng | 700 |
| 2 | Thiết bị | 600 |
| | Tổng vốn đầu tư | 1.300 |
"""


def test_an_earlier_drafts_figure_is_no_second_account_of_the_plans():
    said = "So với bản dự thảo gửi xã tháng 7/2026 (tổng vốn đầu tư 1.500 triệu đồng), công ty đã bỏ hạng mục xe tải."
    assert rule_hits("figure-inconsistent", _DRAFT.format(draft=said)) == []
    # the same figure said as the plan's own is two accounts
    assert rule_hits("figure-inconsistent", _DRAFT.format(draft="Tổng vốn đầu tư là 1.500 triệu đồng."))


# =============================================================================== scans

_SCAN_REVENUE = """# XI. Hiệu quả kinh tế
Bảng 9. Hiệu quả kinh doanh

ĐVT: triệu đồng

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Tổng doanh thu | 582,0 | {mid} | 690,4 |
| 2 | Tổng chi phí | 470,0 | 510,2 | 548,3 |
| 3 | Lợi nhuận | 112,0 | {profit} | 142,1 |
"""


def test_a_scans_bare_digits_among_decimal_commas_lost_their_comma_for_every_rule():
    # "6344" read for "634,4": no revenue ten times the year before's
    assert _scan_rule_hits(_SCAN_REVENUE.format(mid="6344", profit="124,2"), "unrealistic-growth", {}) == []
    # and, its comma put back, 634,4 − 510,2 = 124,2 is the profit; a profit of 224,2 is still wrong
    assert _scan_rule_hits(_SCAN_REVENUE.format(mid="6344", profit="124,2"), "profit-mismatch", {}) == []
    [hit] = _scan_rule_hits(_SCAN_REVENUE.format(mid="6344", profit="224,2"), "profit-mismatch", {})
    assert hit.params["year"] == "2028"


_SCAN_COST = """# XI. Hiệu quả kinh tế
Bảng 9. Hiệu quả kinh doanh

ĐVT: triệu đồng

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 2.370,0 | 2.687,2 | 3.038,5 |
| 2 | Chi phí | 1.934,2 | 2.046,5 | 221,2 |
| 3 | Lợi nhuận | 435,8 | 640,7 | 787,3 |
"""


def test_a_scans_row_of_which_no_year_was_read_at_fair_odds_holds_no_figure():
    # the cost row read at 12 %, 25 % and 38 %: 221,2 for 2.251,2 is no cost to hold the profit to
    unread = {(2, 2): 12.0, (2, 3): 25.0, (2, 4): 38.0}
    assert _scan_rule_hits(_SCAN_COST, "profit-mismatch", unread) == []
    # one year of it read well: the row's figures stand
    [hit] = _scan_rule_hits(_SCAN_COST, "profit-mismatch", {(2, 2): 95.0, (2, 3): 25.0, (2, 4): 38.0})
    assert hit.params["year"] == "2029"


def test_an_ocr_lines_words_are_apart_however_close():
    words = [Word(text="rủi", x0=0, x1=20, top=0, bottom=10, size=10),
             Word(text="ro", x0=23, x1=35, top=0, bottom=10, size=10),
             Word(text="và", x0=35.5, x1=48, top=0, bottom=10, size=10),
             Word(text="1.250", x0=52, x1=70, top=0, bottom=10, size=10),
             Word(text=",5", x0=70.5, x1=80, top=0, bottom=10, size=10)]
    assert Line(words=list(words), page=1).finish(words_apart=True).text == "rủi ro và 1.250,5"
    # a text layer's glyph runs of one word join as before
    assert Line(words=list(words), page=1).finish().text == "rủi rovà 1.250,5"


# =============================================================================== a price a table dates

_DATED_PRICE = """
# V. Sản phẩm
Chai 500 ml giá 95.000 đồng; chai 1 lít giá 75.000 đồng/chai.
{table}
# XI. Kế hoạch sản xuất
Bảng 8. Sản lượng
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Nước mắm, chai 500 ml | chai | 14.000 | 15.000 | 16.000 |
| 2 | Nước mắm, chai 1 lít | chai | 10.000 | 11.000 | 12.000 |

# XIII. Hiệu quả kinh tế
Doanh thu = số chai × giá bán từng năm.

Bảng 11. Doanh thu dự kiến

ĐVT: triệu đồng

| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nước mắm, chai 500 ml | 1.330,0 | 1.455,0 | 1.584,0 |
| 2 | Nước mắm, chai 1 lít | 750,0 | 847,0 | 948,0 |
| | Tổng doanh thu | 2.080,0 | 2.302,0 | 2.532,0 |
"""

_PRICE_2027 = """
Bảng 2. Sản phẩm và giá bán
| TT | Sản phẩm | ĐVT | Giá 2027 (đồng) | Độ đạm |
|---|---|---|---|---|
| 1 | Nước mắm, chai 500 ml | chai | 95.000 | 40 |
| 2 | Nước mắm, chai 1 lít | chai | 75.000 | 30 |
"""


def test_a_price_a_table_dates_to_the_first_year_is_no_later_years_price():
    # "Giá 2027": 2028 and 2029 were reckoned "× giá bán từng năm", at prices the plan does not give
    assert rule_hits("revenue-mismatch", _DATED_PRICE.format(table=_PRICE_2027)) == []
    # a price the table dates to 2029 is that year's: 12.000 × 75.000 is no 948 triệu
    [hit] = rule_hits("revenue-mismatch", _DATED_PRICE.format(table=_PRICE_2027.replace("Giá 2027", "Giá 2029")))
    assert hit.params["year"] == "2029"


# =============================================================================== amounts written out in words

def test_an_amount_and_its_twin_in_words_that_say_two_figures_are_inconsistent():
    plan = "# XII. Vốn đầu tư\nTổng vốn đầu tư: 2.350.000.000 đồng (Bằng chữ: {words}).\n"
    [hit] = rule_hits("figure-inconsistent", plan.format(words="Hai tỷ không trăm năm mươi triệu đồng"))
    assert hit.params["kind"] == "in_words" and hit.params["second"] == "2,05 tỷ đồng"
    assert rule_hits("figure-inconsistent", plan.format(words="Hai tỷ ba trăm năm mươi triệu đồng")) == []
    # words a scan misread midway ("trắm") are cut short, no figure: "Hai tỷ không" is not 2 tỷ
    assert rule_hits("figure-inconsistent", plan.format(words="Hai tỷ không trắm năm mươi triệu đồng")) == []


def test_the_words_in_brackets_write_out_the_amount_of_their_own_unit():
    # "(tức mười bốn nghìn chai)" writes out the bottles, not the bottle's 500 ml; the price's words its price
    plan = ("# VII. Thị trường\nNăm 2027 dự kiến bán 14.000 chai 500 ml (tức mười bốn nghìn chai), giá 75.000 "
            "đồng/chai (bảy mươi lăm nghìn đồng một chai).\n")
    assert rule_hits("figure-inconsistent", plan) == []
    [hit] = rule_hits("figure-inconsistent", plan.replace("mười bốn nghìn chai", "mười ba nghìn chai"))
    assert hit.params["first"] == "14.000 chai"


def test_quantities_written_out_in_words_before_their_unit_are_amounts():
    from pipeline.figures import find_amounts
    text = ("Công ty mua của vựa cá khoảng bốn tấn/năm; tổng cộng khoảng hai mươi tám tấn cá mỗi năm. Nhà chượp có sáu "
            "mươi thùng, mỗi thùng khoảng năm trăm hai mươi lít một năm; làm hai trăm năm mươi ngày một năm.")
    got = [(a.value, a.unit, a.per, a.qualifier) for a in find_amounts(text) if a.kind != "year"]
    assert got == [(4000.0, "kg", "năm", "khoảng"), (28000.0, "kg", None, "khoảng"), (60.0, "thùng", None, None),
                   (520.0, "l", "năm", "khoảng"), (250.0, "ngày", "năm", None)]
    # a rank, a year, "one", and the words that write out an amount in digits are none
    text = ("Năm thứ hai sản xuất 24.000 lít (tức hai mươi bốn nghìn lít); vụ ba cho một tấn; trong hai năm đầu; "
            "hai bên ký hợp đồng.")
    assert [a.text for a in find_amounts(text) if a.kind != "year"] == ["24.000 lít"]


# =============================================================================== a balance of sources, then needs

_SOURCES = """
# VIII. Nguồn nguyên liệu
Mỗi lít nước mắm cần 1,3 kg cá cơm.

Bảng 4. Nguồn cá cơm nguyên liệu
| TT | Nguồn cung | Quy mô | Số lượng (kg/năm) |
|---|---|---|---|
| 1 | Tàu lưới vây ký hợp đồng | 12 tàu × 2.000 kg | 24.000 |
| 2 | Vựa cá bến cá | 1 vựa × 4.000 kg | 4.000 |
| | Tổng nguồn cung | | 28.000 |
| | Nhu cầu năm 2027 | 20.000 lít × 1,3 kg | 26.000 |
| | Nhu cầu năm 2028 | {litres} lít × 1,3 kg | {need} |

Bảng 5. Nguồn muối
| TT | Nguồn cung | Quy mô | Số lượng (kg/năm) |
|---|---|---|---|
| 1 | Hợp tác xã muối | 1 hợp đồng × 12.000 kg | 12.000 |
| | Tổng nguồn cung | | 12.000 |
| | Nhu cầu năm 2027 | 20.000 lít × 0,35 kg | 7.000 |
"""


def test_a_need_by_year_below_its_tables_supply_total_is_held_to_it():
    # the caption names the material; the working beside each figure is no figure; the salt's 12 tấn are not fish
    assert rule_hits("material-shortfall", _SOURCES.format(litres="21.000", need="27.300")) == []
    [hit] = rule_hits("material-shortfall", _SOURCES.format(litres="24.000", need="31.200"))
    assert hit.params["year"] == "2028" and hit.params["supply"] == "28 tấn"


# =============================================================================== a plan carried forward

_TWO_PERIODS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH SẢN PHẨM BÁNH RAM THIÊN LỘC GIAI ĐOẠN 2027 - 2029

# II. Nhìn lại phương án 2024 - 2026
Phương án cũ đạt phần lớn mục tiêu; nhà xưởng và dây chuyền đã đầu tư được giữ nguyên.

# XII. Vốn đầu tư và nguồn vốn
Bảng 9. Vốn đầu tư: đã đầu tư và đầu tư mới

ĐVT: triệu đồng

| Hạng mục | {old} | Đầu tư mới 2027 - 2029 |
|---|---|---|
| Nhà xưởng chế biến | 650,0 | - |
| Máy chiên tách dầu | - | 180,0 |
| Kho lạnh | - | 240,0 |
| Vốn lưu động | 200,0 | 580,0 |
| Tổng cộng | 850,0 | 1.000,0 |

Bảng 10. Nguồn vốn đầu tư mới

| Nguồn vốn | Số tiền (triệu đồng) |
|---|---|
| Vốn chủ sở hữu | 500,0 |
| Vay ngân hàng | 500,0 |
| Tổng cộng | 1.000,0 |

Hà Tĩnh, ngày 15 tháng 9 năm 2026
"""


def test_the_earlier_periods_column_is_history_beside_the_new_periods():
    assert rule_hits("capital-mismatch", _TWO_PERIODS.format(old="Đã đầu tư 2024 - 2026")) == []
    # the plan's own stages, both to come, are both the plan's
    stages = _TWO_PERIODS.format(old="Giai đoạn 1 2027 - 2028").replace("Đầu tư mới 2027 - 2029", "Giai đoạn 2 2029 - 2030")
    assert rule_hits("capital-mismatch", stages)


def test_a_part_that_looks_back_on_the_earlier_plan_is_the_current_state():
    from tests.test_generalisation import view_of
    for head in ("Nhìn lại phương án 2024 - 2026", "Đánh giá thực hiện phương án 2023 - 2025",
                 "Đánh giá phương án giai đoạn 2023 - 2025 và tình hình năm 2026"):
        view = view_of(f"# I. Thông tin chung\nHợp tác xã có 20 thành viên.\n# II. {head}\nNăm 2026 bán 9.600 lít.\n")
        assert "current_state" in {s.key for s in view.plan.sections}, head


_SCAN_INVESTMENT = """# XII. Vốn đầu tư
Bảng 9. Vốn đầu tư

ĐVT: triệu đồng

| Hạng mục | Đã đầu tư | Đầu tư mới |
|---|---|---|
| Nồi thanh trùng, máy chiết rót | 300,0 | 200,0 |
| Kho lạnh bảo quản quả Nồi cô đặc siro | - | {merged} |
| Bao bì, kiểm nghiệm | 30,0 | 40,0 |
| Vốn lưu động | 250,0 | 340,0 |
| Tổng cộng | 580,0 | 1.100,0 |
"""


def test_a_scans_item_cell_of_two_numbers_leaves_its_columns_total_unchecked():
    # two rows the scan ran into one: "280,0 240,0" (the sum holds both), not a total short by 280
    assert _scan_rule_hits(_SCAN_INVESTMENT.format(merged="280,0 240,0"), "table-total-mismatch", {}) == []
    [hit] = _scan_rule_hits(_SCAN_INVESTMENT.format(merged="240,0"), "table-total-mismatch", {})


# =============================================================================== trials and home-based outwork

_TRIAL = """
# IV. Hiện trạng sản xuất
| TT | Chỉ tiêu | Năm 2024 | Năm 2025 | Năm 2026 |
|---|---|---|---|---|
| 1 | Sản lượng (kg) | 6.200 | 6.600 | 7.000 |

# VI. Kết quả làm thử
Bảng 2. Kết quả các mẻ làm thử
| Mẻ | Bột (kg) | Nhang (kg) | Kg nhang/kg bột |
|---|---|---|---|
| Mẻ 1 | 50 | 60 | 1,20 |
| Mẻ 2 | 60 | 74 | 1,23 |
| Cộng | 110 | 134 | 1,22 |

Bảng 5. So sánh
| TT | Chỉ tiêu | ĐVT | {head} | Kế hoạch 2027 |
|---|---|---|---|---|
| 1 | Sản lượng | kg | 360 | 8.000 |
"""


def test_a_trials_column_and_a_ratio_column_are_no_years_output_nor_items():
    # "Làm thử 2026": the trial's 360 kg is no account of 2026's 7 tấn; "Kg nhang/kg bột" is never added up
    assert rule_hits("figure-inconsistent", _TRIAL.format(head="Làm thử 2026")) == []
    assert rule_hits("table-total-mismatch", _TRIAL.format(head="Làm thử 2026")) == []
    # a column of the year itself is that year's output
    assert rule_hits("figure-inconsistent", _TRIAL.format(head="Năm 2026"))


_OUTWORK = """
# IX. Quy trình và thiết bị
Khâu làm nón tại nhà do các hộ tự làm; xưởng chỉ sấy, phủ bóng và đóng hộp.

| TT | Thiết bị | Số lượng | Công suất |
|---|---|---|---|
| 1 | Buồng sấy chống mốc | 1 | 70 chiếc/ngày |

Xưởng làm 260 ngày/năm.

# XI. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Số hộ làm nón tại nhà | hộ | 40 | 42 | 44 |
| 2 | Năng lực của hộ (quy thành phẩm) | chiếc | 14.881 | 16.218 | 20.887 |
| 3 | Nón lá bài thơ | chiếc | 12.000 | 13.000 | {made} |
"""


def test_the_households_capacity_row_is_no_output():
    # what the households could make (20.887) is a limit, not the hats made (14.000)
    assert rule_hits("capacity-exceeded", _OUTWORK.format(made="14.000")) == []
    [hit] = rule_hits("capacity-exceeded", _OUTWORK.format(made="22.000"))
    assert hit.params["output"] == "22.000 chiếc"


_BARE_BALANCE = """
# VIII. Nguồn nguyên liệu
Cà gai leo tươi lấy từ vườn của hộ kinh doanh (1 ha, khoảng 12 tấn/ha/năm qua 3 lứa cắt) và từ vườn của các hộ phơi
liên kết (2,5 ha, khoảng 10 tấn/ha/năm). Khoảng 4,5 kg cà gai leo tươi cho 1 kg thành phẩm. Các hộ ký hợp đồng liên kết
hằng năm với hộ kinh doanh.

Bảng 3. Cân đối nguyên liệu
| TT | Nguồn cung, nhu cầu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Vườn cà gai leo của hộ: 1 ha × 12.000 kg | 12.000 | 12.000 | 12.000 |
| 2 | Vườn của các hộ liên kết: 2,5 ha × 10.000 kg | 25.000 | 25.000 | 25.000 |
| | Cộng nguồn cung (kg) | {total} | {total} | {total} |
| | Nhu cầu (sản lượng × 4,5 kg/kg) | 23.850 | 25.785 | 27.720 |

# XI. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Trà túi lọc, hộp 30 túi × 3 g | hộp | 20.000 | 22.000 | 24.000 |
| 2 | Cà gai leo khô, túi 500 g | túi | 5.000 | 5.300 | 5.600 |
| 3 | Cà gai leo khô, bao 2 kg | bao | 500 | 550 | 600 |
| | Tổng sản lượng | kg | 5.300 | 5.730 | 6.160 |
"""


def test_a_balance_whose_sources_total_alone_says_its_unit_covers_the_need():
    # the table's 37 tấn of sources cover the 27,72 tấn its own need row gives (not the sentence's one garden)
    assert rule_hits("material-shortfall", _BARE_BALANCE.format(total="37.000")) == []
    # a total of sources short of that need covers nothing
    assert rule_hits("material-shortfall", _BARE_BALANCE.format(total="20.000"))


_WOVEN_CONVERTED = """
# IX. Công nghệ
Công suất dệt máy: 4 máy × 8 chiếc/ngày × 260 ngày = 8.320 chiếc/năm.

# XII. Kế hoạch sản xuất
| Sản phẩm | ĐVT | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| Chiếu cói dệt máy in hoa, khổ 1,6 m | chiếc | 5.000 | 5.300 | 5.600 |
| Chiếu cói dệt máy trơn, khổ 1,8 m | chiếc | 1.000 | 1.100 | {plain} |
| Giỏ cói đan tay có quai | chiếc | 4.000 | 4.300 | 4.600 |
| Quy đổi: chiếu dệt máy | chiếc | 6.000 | 6.400 | {woven} |
| Quy đổi: giỏ đan tay | chiếc | 4.000 | 4.300 | 4.600 |
"""


def test_a_machines_rows_converted_into_one_are_not_counted_twice():
    # the woven mats are 6.800 (their "Quy đổi" row), not 5.600 + 1.200 + 6.800
    assert rule_hits("capacity-exceeded", _WOVEN_CONVERTED.format(plain="1.200", woven="6.800")) == []
    [hit] = rule_hits("capacity-exceeded", _WOVEN_CONVERTED.format(plain="3.600", woven="9.200"))
    assert hit.params["output"] == "9.200 chiếc"


def test_a_scans_cell_put_back_from_letters_is_read_not_unread():
    # "2000" put back from letters (0) beside "3.038,5" at 56 %: the row's 2029 still holds the profit to account
    plan = _SCAN_COST.replace("| 221,2 |", "| 2.251,2 |").replace("| 787,3 |", "| 987,3 |")
    [hit] = _scan_rule_hits(plan, "profit-mismatch", {(1, 2): 0.0, (1, 3): 45.0, (1, 4): 56.0})
    assert hit.params["year"] == "2029"
    # a cell of two numbers run together by a dash ("159347 1- 201131."): the row is debris
    torn = _SCAN_COST.replace("| 1.934,2 | 2.046,5 |", "| | 159347 1- 201131. |")
    assert _scan_rule_hits(torn, "profit-mismatch", {(2, 3): 0.0, (2, 4): 38.0}) == []


_STAGES = """
# XI. Kế hoạch sản xuất
| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Sản lượng kế hoạch (chiếc) | 5.300 | 6.000 | 6.700 |
| Năng lực khâu chằm nón cỡ lớn (chiếc) | 4.680 | 5.200 | 5.720 |
| Năng lực khâu chằm nón mini (chiếc) | 2.600 | 2.600 | 2.600 |
"""


def test_a_stages_capacity_of_one_size_is_no_capacity_of_the_whole_output():
    assert rule_hits("capacity-exceeded", _STAGES) == []


_TWO_MATERIALS = """
# H. Nguồn nguyên liệu
Định mức 1,1 kg gạo nếp và 0,85 kg quả sim chín cho 1 lít rượu sim.

Bảng 6. Nhu cầu và nguồn cung nguyên liệu
| Nội dung | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Ruộng nếp của 35 hộ (× 300 kg) | 10.500 | 10.500 | 10.500 |
| Hộ thôn Trung Tiến (12 hộ × 300 kg) | 3.600 | 3.600 | 3.600 |
| Tổng nguồn cung gạo nếp (kg) | 14.100 | 14.100 | 14.100 |
| Nhu cầu gạo nếp (1,1 kg/lít) | 10.835 | 11.886 | 12.936 |
| Đồi sim của hợp tác xã (2 ha × 1.500 kg) | 3.000 | 3.000 | 3.000 |
| Hộ hái sim (15 hộ × 300 kg) | 4.500 | 4.500 | 4.500 |
| Tổng nguồn cung quả sim (kg) | 7.500 | 7.500 | 7.500 |
| Nhu cầu quả sim (0,85 kg/lít) | 8.373 | 9.184 | 9.996 |

# K. Kế hoạch sản xuất
| Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Sản lượng quy đổi (lít) | 9.850 | 10.805 | 11.760 |
"""


def test_a_need_is_covered_only_by_its_own_materials_sources_total():
    # the rice's 14,1 tấn cover no sim: 9,996 tấn of sim against its own 7,5 tấn
    [hit] = rule_hits("material-shortfall", _TWO_MATERIALS)
    assert hit.params["supply"] == "7,5 tấn"


_CALENDAR = """
# VIII. Nguồn nguyên liệu
Bảng 6. Lịch thu mua, sử dụng và tồn kho lạc nhân năm 2027 (kg)
| Kỳ | Thu mua | Chế biến | Hao hụt | Tồn cuối kỳ |
|---|---|---|---|---|
| Tồn đầu năm | | | | 2.000 |
| Quý I | 1.000 | 2.500 | 50 | 450 |
| Quý II | 6.000 | 2.600 | 150 | 3.700 |
| Quý III | 5.000 | 2.700 | 150 | 5.850 |
| Quý IV | 1.000 | 2.800 | 100 | 3.950 |
| Cả năm | 13.000 | {used} | 450 | 3.950 |
"""


def test_a_calendars_closing_stock_is_the_last_periods_not_their_sum():
    assert rule_hits("table-total-mismatch", _CALENDAR.format(used="10.600")) == []
    # the periods' use is still added up
    [hit] = rule_hits("table-total-mismatch", _CALENDAR.format(used="12.600"))
    assert hit.params["column"] == "Chế biến"
