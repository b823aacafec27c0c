"""Generalisation tests of the fifty-fifth session: the mends of what the earlier blind sets left and of blind sets
278-281. Each plan here is written for the test (no holdout text); each test fails on the code before its mend."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# =============================================================================== a need row whose label gives its norm

_NORM_ROW = """
# VIII. Nguồn nguyên liệu
Gạo tẻ do các hộ trong thôn và một xưởng xay xát cung cấp, bảo đảm đủ cho sản xuất.

| TT | Nguồn cung và nhu cầu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Hộ trồng lúa liên kết: 30 hộ × 1.000 kg | 30.000 | 30.000 | 30.000 |
| 2 | Xưởng xay xát Tân Phúc: 1 xưởng × 20.000 kg | 20.000 | 20.000 | 20.000 |
| | Cộng nguồn cung gạo (kg) | 50.000 | 50.000 | 50.000 |
| | Nhu cầu gạo (1,30 kg/kg) | 45.500 | 49.400 | {need} |
"""


def test_a_need_row_named_with_its_norm_counts_in_the_norms_unit():
    # "(1,30 kg/kg)" is the norm the row applies, so its figures are kilograms of rice, not bare numbers
    assert rule_hits("material-shortfall", _NORM_ROW.format(need="50.700")) == []
    [hit] = rule_hits("material-shortfall", _NORM_ROW.format(need="57.200"))
    assert hit.params["year"] == "2029" and hit.params["supply"] == "50 tấn"


# =============================================================================== channels' counts under a subtotal's unit

_CHANNELS = """
# VII. Kế hoạch sản xuất và tiêu thụ

Bảng 5. Sản lượng theo kênh

| Kênh tiêu thụ | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Siêu thị Thành Sen | 8.000 | 9.000 | 10.000 |
| Nhà hàng Hải Vân | 2.000 | 2.000 | 2.000 |
| Cộng nước mắm chai 500 ml (chai) | 10.000 | 11.000 | 12.000 |
| Quà biếu doanh nghiệp | 1.000 | 1.100 | 1.200 |
| Cộng hộp quà 2 chai (hộp) | 1.000 | 1.100 | 1.200 |

Bảng 6. Giá bán theo kênh

ĐVT: đồng
| Kênh bán | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Siêu thị Thành Sen (chai) | 60.000 | 62.000 | 64.000 |
| Nhà hàng Hải Vân (chai) | 65.000 | 67.000 | 69.000 |
| Quà biếu doanh nghiệp (hộp) | 150.000 | 155.000 | 160.000 |

# IX. Hiệu quả tài chính
Bảng 7. Doanh thu (triệu đồng)

| Kênh bán | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|
| Siêu thị Thành Sen | 480,0 | {x} | 640,0 |
| Nhà hàng Hải Vân | 130,0 | 134,0 | 138,0 |
| Quà biếu doanh nghiệp | 150,0 | 170,5 | 192,0 |
| Tổng doanh thu | 760,0 | {t} | 970,0 |
"""


def test_rows_summed_by_a_subtotal_that_names_its_unit_count_in_it():
    # the channels' bare counts add up to "Cộng nước mắm chai 500 ml (chai)": bottles, priced per bottle elsewhere
    assert rule_hits("revenue-mismatch", _CHANNELS.format(x="558,0", t="862,5")) == []
    [hit] = rule_hits("revenue-mismatch", _CHANNELS.format(x="658,0", t="962,5"))
    assert hit.params["year"] == "2028" and hit.params["expected"] == 558_000_000


def test_rows_that_do_not_add_up_to_the_subtotal_take_no_unit():
    from tests.test_generalisation import view_of
    md = _CHANNELS.replace("| Nhà hàng Hải Vân | 2.000 | 2.000 | 2.000 |", "| Nhà hàng Hải Vân | 2.000 | 2.500 | 2.000 |")
    figs = [f for f in view_of(md).plan.figures if f.label == "Nhà hàng Hải Vân" and f.table == 0]
    assert figs and all(f.kind == "number" and not f.unit for f in figs)
    figs = [f for f in view_of(_CHANNELS).plan.figures if f.label == "Nhà hàng Hải Vân" and f.table == 0]
    assert figs and all(f.unit == "chai" for f in figs)


_NORM_ALONE = """
# VIII. Nguồn nguyên liệu
Mật thô lấy từ đàn ong của hộ (bình quân 12 kg mật/đàn/năm) và của 16 hộ nuôi ong trong thôn theo hợp đồng thu mua
(mỗi hộ bán cho cơ sở 120 kg/năm).

| TT | Nội dung | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| | Nhu cầu mật ong thô (1,05 kg/kg) | 4.148 | 4.515 | 4.882 |
| 1 | Đàn ong của hộ, 12 kg/đàn | 3.000 | 3.120 | 3.240 |
| 2 | Hộ nuôi ong trong thôn (hợp đồng): 16 hộ | 1.920 | 1.920 | 1.920 |
"""


def test_a_norm_gives_no_unit_when_no_other_row_of_the_table_counts_in_it():
    # the need alone in kilograms against sources of no known unit: the text's 16 × 120 kg is not the supply
    assert rule_hits("material-shortfall", _NORM_ALONE) == []


_NORM_BARE_TOTAL = """
# VIII. Nguồn nguyên liệu
Định mức 4,5 kg cà gai leo tươi cho 1 kg trà.

| Nguồn, chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|
| Vùng trồng của hợp tác xã (1,5 ha × 12.000 kg) | 18.000 | 18.000 | 18.000 |
| Hộ thành viên trồng xen (12 hộ × 500 kg) | 6.000 | 6.000 | 6.000 |
| Cộng nguồn cung cà gai leo tươi | 24.000 | 24.000 | {total} |
| Nhu cầu (4,5 kg/kg) | 18.540 | 19.247 | 19.976 |

# IX. Kế hoạch sản xuất
| Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|
| Trà cà gai leo túi lọc (kg) | 4.120 | 4.277 | 4.439 |
"""


def test_a_need_by_its_norm_is_set_against_the_bare_total_of_sources_in_its_unit():
    # the sources' total names no unit, its rows are kilograms: it is the supply, not one row of it
    assert rule_hits("material-shortfall", _NORM_BARE_TOTAL.format(total="24.000")) == []
    [hit] = rule_hits("material-shortfall", _NORM_BARE_TOTAL.format(total="24.000").replace(
        "| 6.000 | 6.000 | 6.000 |", "| 1.000 | 1.000 | 1.000 |").replace("| 24.000 | 24.000 | 24.000 |",
                                                                       "| 19.000 | 19.000 | 19.000 |"))
    assert hit.params["year"] == "2029"
