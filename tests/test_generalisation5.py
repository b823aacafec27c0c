"""Generalisation tests from the sixteenth blind round's session: each one a shape of plan a blind
set (or an older set's scan) showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits
from tests.test_generalisation3 import _scan_rule_hits  # a scan whose first table is read at 96 % with {}

_BOXED = """
# VII. Kế hoạch sản xuất

Bảng 5. Sản lượng tiêu thụ

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Hộp 500 g | hộp | 6.000 | 7.000 | 7.200 |
| 2 | Hộp 1 kg | hộp | 1.500 | 1.650 | 1.800 |

# IX. Hiệu quả kinh tế

Bảng 6. Doanh thu, chi phí, lợi nhuận (ĐVT: triệu đồng)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| I | Doanh thu | 2.670 | {revenue} | 3.204 |
| 1 | Hộp 500 g (300.000 đ/hộp) | 1.800 | 2.100 | 2.160 |
| 2 | Hộp 1 kg (580.000 đ/hộp) | 870 | {box} | 1.044 |
| II | Chi phí | 2.146,1 | 2.321,9 | 2.459,4 |
| III | Lợi nhuận | 523,9 | 735,1 | 744,6 |
"""


def _boxed(revenue: str = "3.057", box: str = "957") -> str:
    # the finance table first: the scan helper's confidences go to the first table of the plan
    head, tail = _BOXED.format(revenue=revenue, box=box).split("# IX.")
    return "# IX." + tail + head


def test_a_scanned_total_that_lost_its_first_digits_is_unread_not_a_slump():
    # "37" for "3.057" between "2.670" and "3.204", all three read from a scan: no profit gap, no growth
    plan = _boxed(revenue="37")
    assert not _scan_rule_hits(plan, "profit-mismatch")
    assert not _scan_rule_hits(plan, "unrealistic-growth")
    # typed in a Word file, the same cell is the plan's own slip
    assert rule_hits("profit-mismatch", plan)


def test_the_parts_of_a_scanned_total_are_checked_in_the_year_it_lost():
    # 1.650 boxes × 580.000 đ = 957 triệu, the row says 1.157: found though the total above it was misread
    [hit] = _scan_rule_hits(_boxed(revenue="37", box="1.157"), "revenue-mismatch")
    assert hit.params["year"] == "2028" and "Hộp 1 kg" in hit.evidence
    assert not _scan_rule_hits(_boxed(revenue="37"), "revenue-mismatch")
