"""Generalisation tests from the twenty-eighth session: each one a shape of plan a blind set showed the
rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ a growing area's capacity (du05)

_AREA = """
# 5. Kế hoạch sản xuất

Bảng 3. Sản lượng

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng cà chua bi | kg | 20.000 | 22.000 | {last} |

# 6. Quy trình công nghệ

{area}
"""

_KEPT = ("Tổ hợp tác giữ nguyên 4 nhà lưới hiện có, tổng 3.000 m², trồng 2 vụ mỗi năm; năng suất cao nhất "
         "của giống cà chua bi đang dùng khoảng 4 tấn/1.000 m²/vụ.")


def test_an_area_kept_as_it_is_limits_the_crop_at_its_most_yield():
    # 3.000 m² × 4 tấn per 1.000 m² and crop × 2 crops = 24 tấn; 28 tấn planned in 2029
    [hit] = rule_hits("capacity-exceeded", _AREA.format(last="28.000", area=_KEPT))
    assert hit.params["year"] == "2029" and "nhà lưới" in hit.evidence
    assert not rule_hits("capacity-exceeded", _AREA.format(last="23.500", area=_KEPT))


def test_an_average_yield_or_a_growing_area_is_no_limit():
    average = _KEPT.replace("năng suất cao nhất", "năng suất bình quân")
    assert not rule_hits("capacity-exceeded", _AREA.format(last="28.000", area=average))
    grows = _KEPT + " Năm 2028 tổ hợp tác dựng thêm 2 nhà lưới, nâng tổng diện tích lên 4.500 m²."
    assert not rule_hits("capacity-exceeded", _AREA.format(last="28.000", area=grows))
