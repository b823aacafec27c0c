"""Generalisation tests from the forty-sixth session: each one a shape of plan the blind sets showed the rules
missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ an objective's export against the export table (hb07)

_EXPORTS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MIẾN DONG KỲ SƠN
# 2. Mục tiêu
- Năm 2027 sản xuất 60 tấn miến dong, các năm sau tăng 10 %/năm.
- {said}
# 6. Thị trường
Bảng 3. Kế hoạch xuất khẩu
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Sản lượng | tấn | 60 | 66 | 72,6 |
| Sản lượng xuất khẩu | tấn | 18 | 20 | 24 |
"""


def test_an_objectives_export_is_held_against_the_export_row():
    wrong = _EXPORTS.format(said="Năm 2028 xuất khẩu 26 tấn miến dong sang Hàn Quốc (2 container).")
    hits = rule_hits("figure-inconsistent", wrong, "food")
    assert [(h.params["year"], h.params["first"], h.params["second"]) for h in hits] == [
        ("2028", "20 tấn", "26 tấn")]
    right = _EXPORTS.format(said="Năm 2028 xuất khẩu 20 tấn miến dong sang Hàn Quốc (2 container).")
    assert rule_hits("figure-inconsistent", right, "food") == []


def test_an_objectives_export_is_no_statement_of_the_whole_output():
    # 18 tấn exported is a part of the 60 tấn made: not the same quantity stated twice
    plan = _EXPORTS.format(said="Năm 2027 xuất khẩu 18 tấn miến dong.").replace(
        "| Sản lượng xuất khẩu | tấn | 18 | 20 | 24 |\n", "")
    assert rule_hits("figure-inconsistent", plan, "food") == []
    # nor of the output a sentence gives with its export part
    plan = _EXPORTS.format(said="Năm 2027 xuất khẩu 18 tấn miến dong.") + \
        "\nNăm 2027 sản lượng đạt 60 tấn, trong đó xuất khẩu 18 tấn.\n"
    assert rule_hits("figure-inconsistent", plan, "food") == []


# ================================================================ an approximate count of the stock (ha06)

_HIVES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG RỪNG HƯƠNG SƠN
# 1. Thông tin chung về chủ thể
Hợp tác xã có 12 thành viên; các thành viên {said} đàn ong, đặt trong rừng keo và rừng tràm.
# 5. Nguồn nguyên liệu
{table_said}, mỗi đàn cho khoảng 14 kg mật/năm.
"""


def test_an_approximate_stock_far_from_the_counted_one_is_an_inconsistency():
    plan = _HIVES.format(said="hiện nuôi khoảng 250", table_said="Đàn ong của 12 thành viên gồm 380 đàn")
    hits = rule_hits("figure-inconsistent", plan, "honey")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("250 đàn", "380 đàn")]


def test_a_round_count_near_the_counted_one_or_a_bound_is_none():
    for said in ("hiện nuôi khoảng 400", "hiện nuôi hơn 300", "hiện nuôi 380"):
        plan = _HIVES.format(said=said, table_said="Đàn ong của 12 thành viên gồm 380 đàn")
        assert rule_hits("figure-inconsistent", plan, "honey") == [], said
    # the hives bought in a plan year are no count of today's
    plan = _HIVES.format(said="hiện nuôi khoảng 250", table_said="Đàn ong mua mới năm 2027 gồm 380 đàn")
    assert rule_hits("figure-inconsistent", plan, "honey") == []


# ================================================================ the output planned pack by pack (gw06)

_PACKS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ XẠ ĐEN HƯƠNG KHÊ
# 2. Mục tiêu
- Năm 2027 sản xuất và tiêu thụ {said} kg trà xạ đen, năm 2029 đạt 4.200 kg.
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Trà xạ đen túi lọc, hộp 100 g | hộp | 9.000 | 10.000 | 12.000 |
| 2 | Trà xạ đen khô, túi 500 g | túi | 3.000 | 3.400 | 4.000 |
| 3 | Trà xạ đen khô, bao 2 kg | bao | 600 | 650 | 500 |
{extra}"""


def test_the_packs_contents_added_up_are_the_years_output():
    # 9.000 × 0,1 + 3.000 × 0,5 + 600 × 2 = 3.600 kg in 2027; 2029: 1.200 + 2.000 + 1.000 = 4.200 kg
    assert rule_hits("figure-inconsistent", _PACKS.format(said="3.600", extra=""), "beverage") == []
    hits = rule_hits("figure-inconsistent", _PACKS.format(said="4.500", extra=""), "beverage")
    assert [(h.params["year"], h.params["second"]) for h in hits] == [("2027", "3,6 tấn")]
    # the table's own total in kg under the packs is the same statement
    total = "| | Cộng quy ra kg | kg | 3.600 | 4.020 | 4.200 |\n"
    hits = rule_hits("figure-inconsistent", _PACKS.format(said="4.500", extra=total), "beverage")
    assert [(h.params["year"], h.params["second"]) for h in hits] == [("2027", "3,6 tấn")]


def test_packs_beside_a_part_sold_loose_say_nothing_of_the_whole():
    loose = "| 4 | Trà xạ đen bán rời | kg | 900 | 900 | 900 |\n"
    assert rule_hits("figure-inconsistent", _PACKS.format(said="4.500", extra=loose), "beverage") == []
    # nor do packs of no stated size
    unsized = _PACKS.replace("bao 2 kg", "bao lớn")
    assert rule_hits("figure-inconsistent", unsized.format(said="4.500", extra=""), "beverage") == []
