"""Generalisation tests from the thirty-first session: each one a shape of plan a blind set showed the
reader or the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ a list that states its total first (el01)

_SOURCES_LIST = """
# 7. Vốn đầu tư

| TT | Hạng mục | Thành tiền (triệu đồng) |
|---|---|---|
| 1 | Nhà xưởng chế biến 120 m² | 520 |
| 2 | Máy sấy và máy xay | 380 |
| 3 | Vốn lưu động | 300 |
| | Tổng cộng | 1.200 |

## 7.2. Nguồn vốn

- Tổng nhu cầu vốn đầu tư: 1.200 triệu đồng, trong đó:
+ Vốn góp của các thành viên: 500 triệu đồng
+ Quỹ phát triển sản xuất của hợp tác xã: 200 triệu đồng
+ Vay Ngân hàng Nông nghiệp và Phát triển nông thôn: {loan} triệu đồng
- Tài sản cố định (hạng mục 1 và 2): 900 triệu đồng, khấu hao trong 10 năm
"""


def test_a_sources_list_whose_first_item_states_the_total_adds_only_its_sub_items():
    # 500 + 200 + 500 = 1.200: the "- Tổng nhu cầu vốn đầu tư" item is the total the "+" items break down,
    # not a source beside them (which made 2.400 of sources)
    assert not rule_hits("capital-mismatch", _SOURCES_LIST.format(loan="500"))


def test_a_sources_list_under_its_total_that_falls_short_is_found():
    [hit] = rule_hits("capital-mismatch", _SOURCES_LIST.format(loan="300"))
    assert hit.params["sources"] == 1_000_000_000 and hit.params["total"] == 1_200_000_000, hit


# ================================================================ units of one equipment, named in words (el07)

_PANS = """
# 8. Thiết bị và công suất

- Thiết bị mua mới năm 2027:
+ Máy xay bột gạo
+ 3 nồi hấp điện, mỗi nồi 150 kg/ngày
+ Bàn gói inox
- Số ngày làm việc: 250 ngày/năm
- Không đầu tư thêm nồi hấp trong giai đoạn 2028 – 2029

# 10. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Bánh tẻ | kg | 90.000 | 100.000 | {y2029} |
"""


def test_units_of_one_equipment_named_in_three_words_make_a_capacity():
    # 3 nồi × 150 kg/ngày × 250 ngày = 112.500 kg; 125.000 kg in 2029 is 11 % above it
    [hit] = rule_hits("capacity-exceeded", _PANS.format(y2029="125.000"))
    assert hit.params["year"] == "2029" and hit.params["capacity"] == "112,5 tấn"
    assert not rule_hits("capacity-exceeded", _PANS.format(y2029="110.000"))
