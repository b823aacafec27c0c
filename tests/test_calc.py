"""Calculations written out in running text (pipeline.judge.checks.calc)."""

import pytest

from pipeline.judge.checks.calc import written_calcs


def one(text: str):
    calcs = written_calcs(text)
    assert len(calcs) == 1, calcs
    return calcs[0]


def test_sum_of_products_with_units_and_scale():
    c = one("Năm 2027: 12.000 hộp × 60.000 đồng + 2.500 túi × 140.000 đồng = 1.170 triệu đồng.")
    assert c.computed == pytest.approx(1070)
    assert c.stated == 1170 and c.unit == "triệu đồng"
    assert c.wrong(0.05)


def test_division_with_brackets_is_right():
    c = one("Thời gian hoàn vốn: 1.500 : (883,5 + 120) ≈ 1,5 năm.")
    assert c.computed == pytest.approx(1500 / 1003.5)
    assert not c.wrong(0.05)
    assert c.operands == (1500, 883.5, 120) and c.divisor_operands == (883.5, 120)


def test_label_colon_is_not_a_division():
    # "3 năm:" and "2027:" label what follows; the average is (…) : 3
    c = one("Lợi nhuận bình quân 3 năm: (802 + 1.309,6 + 1.817,2) : 3 = 1.309,6 triệu đồng.")
    assert c.computed == pytest.approx(1309.6)


def test_chain_of_equalities_compares_first_with_last():
    c = one("Doanh thu: 12.000 chiếc × 65.000 đồng + 800 chiếc × 350.000 đồng = 780 + 280 = 1.060 triệu đồng.")
    assert not c.wrong(0.05)
    c = one("Khấu hao hằng năm: 700 : 20 + 1.450 : 10 = 35 + 145 = 180 triệu đồng.")
    assert c.computed == pytest.approx(180) and not c.wrong(0.05)


def test_rounding_of_the_stated_result_is_allowed():
    assert not one("Hoàn vốn = 450 : 228 ≈ 2 năm").wrong(0.01)
    assert one("Hoàn vốn = 450 : 228 ≈ 3,2 năm").wrong(0.2)


@pytest.mark.parametrize("text", [
    "Nguyên liệu cần 3,8-4,84 tấn <= 6 tấn.",              # a range and a comparison
    "Giai đoạn 2026 - 2028 = 3 năm.",                      # years
    "Năm 2026: 4.800 túi 250 g × 240.000 đồng = 1.152 triệu đồng.",  # the quantity is 4.800 túi of 250 g
    "Tỷ lệ phối trộn 1 : 10 theo khối lượng.",              # no result
    "Sản lượng 20 / 22 / 24 tấn x 2 = 48 tấn.",            # a list of years' values, not a division
])
def test_not_a_calculation(text):
    assert written_calcs(text) == ()


def test_percent_operand():
    c = one("Thuế thu nhập: 1.200 × 20 % = 240 triệu đồng.")
    assert c.computed == pytest.approx(240)


def test_an_amount_in_two_scales_is_one_number():
    # "1 tỷ 520 triệu" is 1.520 triệu, not 1 tỷ (whose rounding would hide a 15 % error)
    c = one("Năm 2028: 33.000 gói × 40.000 đồng = 1 tỷ 520 triệu đồng.")
    assert (c.computed, c.stated, c.unit) == (pytest.approx(1320), 1520, "triệu đồng")
    assert c.wrong(0.05)
    c = one("Tổng doanh thu: 1 tỷ 200 triệu + 540 triệu = 1 tỷ 740 triệu đồng.")
    assert c.stated == 1740 and not c.wrong(0.05)
    c = one("Tiền công: 12 tháng × 2 triệu 500 nghìn = 30 triệu đồng.")
    assert c.computed == pytest.approx(30) and not c.wrong(0.05)
    # a larger second part is not part of the amount: "2 triệu 3 tỷ" is no number
    assert not one("Vốn: 500 + 300 = 800 triệu 2 tỷ").wrong(0.05)
