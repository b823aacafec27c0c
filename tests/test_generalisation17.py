"""Generalisation tests from the thirty-ninth session: each one a shape of plan a blind set or the
pool showed the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.ingest.pdf_reader import _split_row
from tests.test_generalisation import rule_hits, view_of

# ================================================================ a year label broken by the page (set 171)


def test_a_year_label_the_page_broke_goes_back_to_its_row():
    # "Năm | 100 | 100 | 6,6 | 106,6 | 0" at the foot of a page, "2029 | | | | |" at the top of the next
    last = ["Năm", "100", "100", "6,6", "106,6", "0"]
    assert _split_row(last, ["2029", "", "", "", "", ""]) == ["Năm 2029", "100", "100", "6,6", "106,6", "0"]
    # a year alone under a label that is not a year's word is no broken label ("Tổng | … " then "2029")
    assert _split_row(["Tổng", "300", "300", "39,6", "339,6", "-"], ["2029", "", "", "", "", ""]) is None
    # nor under a row without figures (a header's own "Năm" cell)
    assert _split_row(["Năm", "", "", "", "", ""], ["2029", "", "", "", "", ""]) is None


# ================================================================ a short plan's capital in its asks (sets 167, 171)

_SHORT = """
# Về tổ
Tổ hợp tác chưng cất tinh dầu tràm ở thôn Bắc Sơn, 7 thành viên.
# Sản phẩm
Tinh dầu tràm chai 50 ml, giá 60.000 đồng một chai.
# Kế hoạch
Mỗi năm tổ làm khoảng 2.000 chai, bán cho khách du lịch và các hiệu thuốc.
# Đề xuất
Tổ đề nghị {ask}
"""


def test_a_short_plans_request_for_a_loan_holds_its_investment():
    loan = _SHORT.format(ask="được vay vốn ưu đãi để mua nồi chưng cất inox và làm mái che.")
    assert "investment" in {s.key for s in view_of(loan).plan.sections}
    assert not any(h.section == "investment" for h in rule_hits("missing-section", loan))
    # a request with no money in it holds no investment: the part is still missing
    training = _SHORT.format(ask="được tập huấn thiết kế nhãn và giới thiệu tham gia hội chợ.")
    assert "investment" not in {s.key for s in view_of(training).plan.sections}
    assert any(h.section == "investment" for h in rule_hits("missing-section", training))


def test_a_short_plans_planned_part_with_aims_holds_its_objectives():
    plan = """
# Thông tin
Nhóm 6 hộ làm mắm tép ở thôn Đông Hà.
# Sản phẩm
Mắm tép chua hũ 300 g.
# Dự kiến
Từ năm 2027 nhóm {aim} làm 1.500 hũ mỗi năm, bán ở chợ xã và cho khách du lịch.
"""
    assert "objectives" in {s.key for s in view_of(plan.format(aim="muốn")).plan.sections}
    assert "objectives" not in {s.key for s in view_of(plan.format(aim="sẽ")).plan.sections}
