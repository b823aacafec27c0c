"""Generalisation, round 2: failure classes found on unseen plans, each pinned with small plans
written for this file. Silence is preferred to a guess: a figure that cannot be computed
unambiguously (pack sizes of several prices, a yield without its herd or area) gives no finding.
"""

from __future__ import annotations

import pytest

from tests.test_generalisation import message, rule_hits

C1_PACKS_SILENT = """
# I. Sản phẩm
Sản phẩm bột sắn dây được đóng gói 2 loại: giá bán 60.000 đồng/hộp 200 g và 90.000 đồng/túi 500 g.
# II. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Sản lượng bột sắn dây | tấn | 5 | 6 |
# III. Hiệu quả kinh tế
Doanh thu năm 2027 đạt 900 triệu đồng, năm 2028 đạt 1,1 tỷ đồng.
"""

C4_SIMPLE_FIRE = """
# I. Sản phẩm
Giá bán mật ong hoa cà phê là 250.000 đồng/kg.
# II. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Mật ong hoa cà phê | kg | 2.000 | 2.500 |
# III. Hiệu quả kinh tế
Doanh thu năm 2027 khoảng 700 triệu đồng, năm 2028 khoảng 625 triệu đồng.
"""

C4_PRICETABLE_FIRE = """
# II. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Mật ong hoa cà phê | kg | 2.000 | 2.500 |

| Sản phẩm | Giá bán (đồng/kg) |
|---|---|
| Mật ong hoa cà phê | 250.000 |
# III. Hiệu quả kinh tế
Doanh thu năm 2027 khoảng 700 triệu đồng.
"""

C2_HERD_FIRE = """
# I. Nguồn nguyên liệu
Định mức: 3 kg nhung tươi cho 1 kg cao nhung thành phẩm. Trang trại nuôi 120 con hươu. Mỗi con hươu cho 0,9 kg nhung tươi/năm, do trang trại tự nuôi.
# II. Kế hoạch sản xuất
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|
| Cao nhung hươu | kg | 50 | 60 |
"""

C2_HERD_SILENT = """
# I. Nguồn nguyên liệu
Định mức: 3 kg nhung tươi cho 1 kg cao nhung thành phẩm. Trang trại tự nuôi hươu, mỗi con hươu cho 0,9 kg nhung tươi/năm; ngoài ra thu mua thêm 10 kg nhung tươi/năm.
# II. Kế hoạch sản xuất
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|
| Cao nhung hươu | kg | 50 | 60 |
"""

C2_AREA_FIRE = """
# I. Nguồn nguyên liệu
Định mức 5 kg chè búp tươi cho 1 kg chè khô. Vùng nguyên liệu của HTX có diện tích 10 ha chè.
Năng suất chè búp tươi bình quân 1,6 tấn/ha/năm.
# II. Kế hoạch sản xuất
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|
| Chè khô | tấn | 4 | 5 |
"""

C3_PRICE_SILENT = """
# I. Sản phẩm
Trà túi lọc hộp 100 g có giá bán lẻ đề xuất 85.000 đồng/hộp, giá bán buôn cho đại lý 70.000 đồng/hộp.
# II. Thị trường
| Sản phẩm | Giá bán |
|---|---|
| Trà túi lọc hộp 100 g | 70.000 đồng/hộp |
# III. Kế hoạch sản xuất
Giá bán trà túi lọc hộp 100 g là 85.000 đồng/hộp.
"""

C5_GROWTH_FIRE = """
# I. Kế hoạch sản xuất
Sản lượng năm 2027 là 10 tấn, năm 2028 là 18 tấn, năm 2029 là 30 tấn.
"""

C5_GROWTH_SILENT = """
# I. Kế hoạch sản xuất
Sản lượng năm 2027 là 10 tấn, năm 2028 là 12 tấn, năm 2029 là 14 tấn.
"""

C6_PACKS_FIRE = """
# I. Nguồn nguyên liệu
Định mức 4 kg nghệ tươi cho 1 kg tinh bột nghệ. HTX liên kết với các hộ cung cấp 2 tấn nghệ tươi/năm.
# II. Kế hoạch sản xuất
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|
| Tinh bột nghệ hũ 100 g | hũ | 8.000 | 10.000 |
"""

C6_ROW_FIRE = """
# I. Nguồn nguyên liệu
HTX có vùng trồng nghệ tự trồng diện tích 2 ha, năng suất 6 tấn/ha.
# II. Kế hoạch sản xuất
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Tinh bột nghệ | tấn | 2 | 3 | 4 |
| Tổng nghệ tươi sử dụng | tấn | 13 | 17 | 20 |
"""

C7_PAYBACK_FIRE = """
# I. Vốn đầu tư
Tổng vốn đầu tư của phương án là 1.200 triệu đồng.
# II. Hiệu quả kinh tế
Lợi nhuận năm 2027 khoảng 273 triệu đồng, năm 2028 khoảng 300 triệu đồng, năm 2029 khoảng 327 triệu đồng.
Thời gian hoàn vốn dự kiến 2 năm.
"""

C7_PAYBACK_SILENT = """
# I. Vốn đầu tư
Tổng vốn đầu tư của phương án là 1.200 triệu đồng.
# II. Hiệu quả kinh tế
Lợi nhuận năm 2027 khoảng 273 triệu đồng, năm 2028 khoảng 300 triệu đồng, năm 2029 khoảng 327 triệu đồng.
Thời gian hoàn vốn dự kiến 4 năm.
"""

PRICE_KINDS_0 = """
# I. Sản phẩm
Trà túi lọc hộp 100 g có giá bán lẻ đề xuất 85.000 đồng/hộp, giá bán buôn cho đại lý 70.000 đồng/hộp.
# II. Thị trường
Giá bán trà túi lọc là 85.000 đồng/hộp 100 g.
# III. Kế hoạch sản xuất
Giá bán dự kiến 70.000 đồng/hộp 100 g.
"""

PRICE_KINDS_1 = """
# I. Sản phẩm
Trà túi lọc hộp 100 g có giá bán lẻ đề xuất 85.000 đồng/hộp, giá bán buôn cho đại lý 70.000 đồng/hộp.
# II. Kế hoạch sản xuất
| Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|
| Trà túi lọc hộp 100 g (70.000 đồng/hộp) | hộp | 5.000 | 6.000 |
# III. Thị trường
Giá bán trà túi lọc là 85.000 đồng/hộp 100 g.
"""

PRICE_KINDS_2 = """
# I. Sản phẩm
Trà túi lọc hộp 100 g có giá bán lẻ đề xuất 85.000 đồng/hộp, giá bán buôn cho đại lý 70.000 đồng/hộp.
# II. Kế hoạch sản xuất
| Sản phẩm | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|
| Trà túi lọc hộp 100 g (60.000 đồng/hộp) | hộp | 5.000 | 6.000 |
# III. Thị trường
Giá bán trà túi lọc là 85.000 đồng/hộp 100 g.
"""

NAME_SP = """
# I. Thông tin chung
Tên sản phẩm: Trà túi lọc Hoa Sen Vàng. Chủ thể: Hợp tác xã Nông nghiệp Tân Lập.
# II. Sản phẩm
Trà túi lọc Hoa Sen Vàng được làm từ sen Tây Hồ. SP Trà túi lọc Hoa Sen Vàng đã có nhãn.
# III. Thị trường
SP Trà Sen Hồng Phúc được bán tại các siêu thị trong tỉnh.
"""

NAME_CTY = """
# I. Thông tin chung
Công ty TNHH Thực phẩm Minh Khang (sau đây gọi là Cty) sản xuất mứt gừng Minh Khang.
# II. Sản phẩm
Cty có xưởng sản xuất rộng 500 m2. Cty đã đăng ký nhãn hiệu.
# III. Thị trường
Cty TNHH Phú Hưng Thịnh sẽ mở rộng thị trường ra các tỉnh phía Bắc.
"""

NAME_CTY_SILENT = """
# I. Thông tin chung
Công ty TNHH Thực phẩm Minh Khang (sau đây gọi là Cty) sản xuất mứt gừng Minh Khang.
# II. Sản phẩm
Cty có xưởng sản xuất rộng 500 m2. Cty đã đăng ký nhãn hiệu.
# III. Thị trường
Cty TNHH Minh Khang sẽ mở rộng thị trường ra các tỉnh phía Bắc.
"""

NAME_SP_ALONE = """
# I. Thông tin chung
Tên sản phẩm: Trà túi lọc Hoa Sen Vàng. Chủ thể: Hợp tác xã Nông nghiệp Tân Lập.
# II. Sản phẩm
Trà túi lọc Hoa Sen Vàng được làm từ sen Tây Hồ. Trà túi lọc Hoa Sen Vàng đã có nhãn.
# III. Thị trường
SP Sen Hồng Phúc được bán tại các siêu thị trong tỉnh. Sản phẩm OCOP Hà Tĩnh.
"""


PACK_PRICES = """
# I. Sản phẩm
{prices}
# II. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Sản lượng bột sắn dây | tấn | 5 | 6 |
# III. Hiệu quả kinh tế
Doanh thu năm 2027 đạt 900 triệu đồng, năm 2028 đạt 1,1 tỷ đồng.
"""


# =============================================================================== 1. several packs
@pytest.mark.parametrize("prices", [
    "Giá bán: 60.000 đồng/hộp 200 g và 90.000 đồng/túi 500 g.",
    "| Quy cách | Đơn giá |\n|---|---|\n| Giá bán hộp 200 g | 60.000 đồng/hộp |\n| Giá bán túi 500 g | 90.000 đồng/kg |",
    "| Quy cách | Giá bán (đồng/kg) |\n|---|---|\n| Hộp 200 g | 300.000 |\n| Túi 500 g | 180.000 |",
])
def test_tonnes_of_a_product_in_packs_of_several_prices_are_not_priced(prices):
    assert not rule_hits("revenue-mismatch", PACK_PRICES.format(prices=prices))
    assert not rule_hits("revenue-mismatch", C1_PACKS_SILENT)


# =============================================================================== 4. revenue in text
def test_revenue_in_text_against_a_product_row_and_a_price_sentence():
    [h] = rule_hits("revenue-mismatch", C4_SIMPLE_FIRE)
    assert h.params["year"] == "2027" and h.params["expected"] == pytest.approx(5e8)


def test_revenue_in_text_against_a_product_row_and_a_price_table():
    [h] = rule_hits("revenue-mismatch", C4_PRICETABLE_FIRE)
    assert h.params["expected"] == pytest.approx(5e8)
    assert not rule_hits("revenue-mismatch", C4_PRICETABLE_FIRE.replace("700 triệu", "500 triệu"))


# =============================================================================== 2. yields per head / area
def test_a_yield_per_head_times_the_herd_is_the_supply():
    [h] = rule_hits("material-shortfall", C2_HERD_FIRE)
    assert h.params["supply"] == "108 kg"
    assert not rule_hits("material-shortfall", C2_HERD_FIRE.replace("120 con hươu", "250 con hươu"))


def test_a_yield_per_head_without_the_herd_is_no_partial_supply():
    assert not rule_hits("material-shortfall", C2_HERD_SILENT)


def test_a_yield_per_hectare_times_an_area_stated_elsewhere():
    [h] = rule_hits("material-shortfall", C2_AREA_FIRE)
    assert h.params["supply"] == "16 tấn"
    assert not rule_hits("material-shortfall", C2_AREA_FIRE.replace("10 ha", "20 ha"))


# =============================================================================== 3. kinds of price
def test_a_plain_price_equal_to_a_named_kind_is_consistent():
    assert not rule_hits("figure-inconsistent", PRICE_KINDS_0)
    assert not rule_hits("figure-inconsistent", PRICE_KINDS_1)
    [h] = rule_hits("figure-inconsistent", PRICE_KINDS_2)
    assert {h.params["first"], h.params["second"]} == {"60.000 đồng/hộp", "85.000 đồng/hộp"}


# =============================================================================== 5. growth in text
def test_output_growth_in_running_text():
    [h] = rule_hits("unrealistic-growth", C5_GROWTH_FIRE)
    assert h.params["factor"] == 3.0
    assert not rule_hits("unrealistic-growth", C5_GROWTH_SILENT)


def test_revenue_growth_in_running_text():
    plan = "# I. Hiệu quả kinh tế\nDoanh thu năm 2027 đạt 500 triệu đồng, năm 2028 đạt 900 triệu đồng, năm 2029 đạt 1,5 tỷ đồng.\n"
    [h] = rule_hits("unrealistic-growth", plan)
    assert h.params["what"] == "doanh thu"


# =============================================================================== 6. packs, usage rows
def test_output_in_packs_is_converted_with_the_pack_size():
    [h] = rule_hits("material-shortfall", C6_PACKS_FIRE)
    assert h.params["need"] == "4 tấn"
    assert not rule_hits("material-shortfall", C6_PACKS_FIRE.replace("2 tấn nghệ", "5 tấn nghệ"))


def test_a_usage_row_above_the_own_supply():
    [h] = rule_hits("material-shortfall", C6_ROW_FIRE)
    assert h.params["need"] == "20 tấn" and h.params["supply"] == "12 tấn"
    assert "20 tấn" in message("material-shortfall", h)
    assert not rule_hits("material-shortfall", C6_ROW_FIRE.replace("diện tích 2 ha", "diện tích 4 ha"))


# =============================================================================== 7. payback, profits in text
def test_payback_against_yearly_profits_in_running_text():
    [h] = rule_hits("payback-mismatch", C7_PAYBACK_FIRE)
    assert h.params["yearly"] == [273e6, 300e6, 327e6]
    assert not rule_hits("payback-mismatch", C7_PAYBACK_SILENT)


# =============================================================================== 8. abbreviations
def test_sp_and_cty_abbreviations_are_names():
    [h] = rule_hits("name-inconsistent", NAME_SP_ALONE)
    assert h.params["found"] == "SP Sen Hồng Phúc"
    [h] = rule_hits("name-inconsistent", NAME_CTY)
    assert h.params["found"] == "Cty TNHH Phú Hưng Thịnh"
    assert not rule_hits("name-inconsistent", NAME_CTY_SILENT)


def test_the_commune_is_no_town_named_before_the_address():
    from pipeline.entities import _commune_in

    assert _commune_in("Sản phẩm bán tại thị xã Hồng Lĩnh và thành phố Hà Tĩnh.") is None
    assert _commune_in("Địa chỉ: thôn Kim Sơn, xã Sơn Hồng, huyện Hương Sơn") == "Sơn Hồng"
    assert _commune_in("Trụ sở: Hợp tác xã Nấm rừng, xã Thạch Hạ") == "Thạch Hạ"


def test_process_steps_with_the_arrows_an_ocr_makes():
    from pipeline.judge.checks.depth import _steps

    assert _steps("Nhận đặt chỗ → xác nhận → đón khách → dẫn tour") == 4
    assert _steps("Nhận đặt chỗ -> xác nhận => đón khách ⇒ dẫn tour") == 4
    # a scan reads "→" as "-." or "¬"
    assert _steps("Nhận đặt chỗ -. xác nhận, thu tiền cọc -. đón khách ¬ thu gom rác -. đánh giá") == 5
    assert _steps("Giá bán 45.000 đ/kg, giảm 5-10% cho đại lý.") == 1
