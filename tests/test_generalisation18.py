"""Generalisation tests from the fortieth session: each one a shape of plan a blind set or the pool
showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ each season's clause reckons its own crop (set 177)

_TWO_CROPS = """
# 6. Nguyên liệu
Vụ thu đông gieo trên ruộng màu sau vụ hè, trên 60 sào, năng suất 300 kg đậu xanh hạt/sào, thu được 18.000 kg; vụ
xuân gieo trên đất bãi ven sông, trên 40 sào, năng suất 225 kg/sào, thu được 9.000 kg.
Để có 1 kg đậu xanh tách vỏ cần 1,25 kg đậu xanh hạt.
# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Đậu xanh tách vỏ | kg | 17.000 | 18.500 | {last} |
"""


def test_each_seasons_reckoned_crop_adds_to_the_other():
    # 18.000 + 9.000 = 27.000 kg of beans; 20.000 × 1,25 = 25.000 kg needed: covered (not 18.000 alone)
    assert rule_hits("material-shortfall", _TWO_CROPS.format(last="20.000")) == []
    # 24.000 × 1,25 = 30.000 kg needed: short of the two crops
    assert rule_hits("material-shortfall", _TWO_CROPS.format(last="24.000"))


# ================================================================ an aim's output beside a supply cue of another clause (set 177)

_AIMS = """
# 3. Mục tiêu
Sản lượng hạt sen sấy 5.000 kg năm 2027, 6.000 kg năm 2028 và 7.000 kg năm 2029; doanh thu năm 2029 đạt 1.400
triệu đồng; {link}
# 6. Nguyên liệu
Hạt sen tươi mua của các hộ trồng sen trong xã, khoảng {supply} kg/năm.
Cứ 1 kg hạt sen sấy cần 3 kg hạt sen tươi.
# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Hạt sen sấy | kg | 5.000 | 6.000 | 7.000 |
"""


def test_an_aims_output_is_no_supply_for_a_supply_cue_in_another_clause():
    link = "liên kết ổn định với 30 hộ trồng sen trên 25 ha."
    # 7.000 kg × 3 = 21.000 kg needed, 22.000 bought: covered (the aim's 7.000 kg is the output, no supply)
    assert rule_hits("material-shortfall", _AIMS.format(link=link, supply="22.000")) == []
    assert rule_hits("material-shortfall", _AIMS.format(link=link, supply="15.000"))


# ================================================================ a yield written as a share of the material's weight (set 177)

_SHARE = """
# 6. Nguyên liệu
Nghệ tươi mua của 25 hộ trồng nghệ trong xã, tổng nguồn cung khoảng 30.000 kg củ nghệ tươi mỗi năm.
# 7. Quy trình
Củ nghệ rửa sạch, thái lát, sấy khô rồi nghiền mịn. Tỷ lệ {what} đạt 20 % khối lượng củ nghệ tươi.
# 9. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Tinh bột nghệ | kg | 5.000 | 5.600 | {last} |
"""


def test_a_products_share_of_its_materials_weight_is_its_norm():
    # 6.800 kg at 20 % needs 34.000 kg of fresh roots, beyond the 30.000 kg supplied
    [hit] = rule_hits("material-shortfall", _SHARE.format(what="tinh bột nghệ thành phẩm", last="6.800"))
    assert hit.params["ratio"] == 5.0
    # 5.900 kg needs 29.500 kg: covered
    assert rule_hits("material-shortfall", _SHARE.format(what="tinh bột nghệ thành phẩm", last="5.900")) == []
    # a loss is no yield ("tỷ lệ hao hụt … 20 %")
    assert rule_hits("material-shortfall", _SHARE.format(what="hao hụt khi sơ chế", last="6.800")) == []
