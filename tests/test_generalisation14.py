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
