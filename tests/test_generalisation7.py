"""Generalisation tests from the twenty-ninth session: each one a shape of plan a blind set showed the
reader or the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.ingest.ocr import GapRow, gap_tables
from pipeline.ingest.pdf_reader import Word
from tests.test_generalisation import rule_hits, view_of


def _row(y: float, *cells: tuple[float, float, str]) -> GapRow:
    return GapRow([[Word(text=t, x0=a, x1=b, top=y, bottom=y + 10, size=10)] for a, b, t in cells], y, y + 10)


# ================================================================ a scanned cost table's wrapped labels (ec04)

# a header centred in its cells (the label column's "Hạng mục" starts right of its rows' labels), and
# the widest row, so that it alone gives the columns (the rows leave their "Ghi chú" empty)
_HEAD = _row(0, (0, 20, "TT"), (70, 130, "Hạng mục"), (300, 350, "Năm 2027"), (450, 500, "Năm 2028"),
             (600, 640, "Ghi chú"))
_ROWS = [_row(14, (0, 10, "1"), (40, 200, "Nguyên liệu chính"), (300, 340, "776,3"), (450, 490, "877,5")),
         _row(28, (0, 10, "2"), (40, 200, "Khấu hao tài sản cố"), (300, 340, "60"), (450, 490, "60"))]


def test_a_label_wrapped_under_its_own_cell_stays_in_the_row_though_the_header_is_centred():
    tail = _row(42, (40, 70, "định"))
    after = _row(56, (0, 10, "3"), (40, 200, "Tiền lương"), (300, 340, "468"), (450, 490, "468"))
    [table], used = gap_tables([_HEAD, *_ROWS, tail, after])
    assert [r[1] for r in table.rows[1:]] == ["Nguyên liệu chính", "Khấu hao tài sản cố định", "Tiền lương"], table.rows
    assert used == {0, 1, 2, 3, 4}


def test_the_last_rows_label_ending_on_a_line_of_its_own_is_the_rows():
    # the page (or the table) ends after the wrap: "định" under the label, "lít | đ/can" under two cells
    [table], used = gap_tables([_HEAD, *_ROWS, _row(40, (40, 70, "định"))])
    assert table.rows[-1][1] == "Khấu hao tài sản cố định" and 3 in used
    can = _row(28, (0, 10, "2"), (40, 200, "Nước mắm can 2"), (300, 340, "600"), (450, 500, "150.000"))
    [table], _ = gap_tables([_HEAD, _ROWS[0], can, _row(40, (40, 60, "lít"), (450, 480, "đ/can"))])
    assert table.rows[-1][1] == "Nước mắm can 2 lít" and table.rows[-1][3] == "150.000 đ/can"


def test_a_caption_note_or_sentence_under_a_table_is_not_its_last_label():
    for line in (_row(40, (40, 200, "Ghi chú: giá chưa gồm thuế")),   # a capital
                 _row(40, (40, 90, "năm 2027")),                       # a digit
                 _row(40, (0, 480, "các khoản trên đã gồm chi phí vận chuyển")),  # across the columns
                 _row(70, (40, 70, "định"))):                          # too far below
        [table], used = gap_tables([_HEAD, *_ROWS, line])
        assert len(table.rows) == 3 and 3 not in used, line


# ================================================================ a livestock plan's pens (eb06)

_HERD = """
# 2. Thực trạng

Tổ hợp tác có 3 dãy chuồng gà, mỗi dãy chuồng nuôi 2.000 con/lứa; mỗi năm nuôi 3 lứa, mỗi lứa 100 ngày.

# 5. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Gà xuất chuồng | con | 16.000 | 17.000 | {last} |

# 6. Quy trình công nghệ

{pens}
"""
_KEPT_PENS = "Chuồng trại: 3 dãy chuồng hiện có đủ cho quy mô nuôi của cả giai đoạn, không xây thêm."


def test_pens_kept_as_they_are_limit_the_head_count_a_year():
    # 3 pens × 2.000 birds a batch × 3 batches = 18.000 a year; 20.000 planned in 2029
    [hit] = rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=_KEPT_PENS))
    assert hit.params["year"] == "2029" and hit.params["capacity"] == "18.000 con"
    assert "mỗi dãy chuồng nuôi 2.000 con/lứa" in hit.evidence
    assert not rule_hits("capacity-exceeded", _HERD.format(last="17.800", pens=_KEPT_PENS))


def test_pens_built_or_not_said_to_stay_are_no_limit():
    built = "Năm 2028 tổ xây thêm 1 dãy chuồng gà, vốn 150 triệu đồng."
    assert not rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=built))
    silent = "Gà được tiêm phòng theo lịch của thú y xã."
    assert not rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=silent))
    more = _KEPT_PENS + " Từ năm 2029 tổ nuôi trên 4 dãy chuồng, thuê thêm chuồng của hộ bên cạnh."
    assert not rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=more))


def test_a_slaughterhouses_larger_rate_does_not_lift_the_pens():
    pens = _KEPT_PENS + " Lò giết mổ mới công suất 120 con/ngày, 250 ngày/năm."
    [hit] = rule_hits("capacity-exceeded", _HERD.format(last="20.000", pens=pens))
    assert hit.params["capacity"] == "18.000 con"


# ================================================================ a body that sends the reader to its appendices (ee)

_APPENDIX = """
# 7. Kế hoạch sản xuất

Sản lượng từng năm tại {cited}.

# 8. Tổ chức thực hiện

Hợp tác xã giao cho Giám đốc điều hành chung, kế toán theo dõi sổ sách, tổ sản xuất 6 người làm theo ca.

# {head}

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Cao chè vằng hộp 200 g | hộp | 15.000 | 16.500 | 18.000 |
| 2 | Chè vằng khô gói 500 g | gói | 4.000 | 4.400 | 4.800 |
"""


def _thin(text: str) -> set[str]:
    return {h.section for h in rule_hits("thin-section", text)}


def test_an_appendix_that_names_a_part_of_the_plan_is_that_part():
    for head in ("Phụ lục 1. Kế hoạch sản xuất", "PHỤ LỤC SỐ 01: KẾ HOẠCH SẢN XUẤT", "Phụ lục I – Sản lượng dự kiến"):
        text = _APPENDIX.format(cited="sổ sách của hợp tác xã", head=head)
        assert "production_plan" not in _thin(text), head
        assert any(b.rows for b in view_of(text).section_blocks("production_plan")), head  # the table
    # a bare appendix, or one named by a weak cue only ("Kế hoạch trả nợ vay"), belongs to no part
    for head in ("Phụ lục 1", "Phụ lục 2. Kế hoạch trả nợ vay"):
        assert "production_plan" in _thin(_APPENDIX.format(cited="sổ sách của hợp tác xã", head=head)), head


def test_a_section_that_points_to_its_appendix_is_read_with_it():
    for cited, head in (("Phụ lục 1", "Phụ lục 1"), ("Phụ lục số 01", "PHỤ LỤC SỐ 01"), ("Phụ lục I", "Phụ lục I"),
                        ("phụ lục", "Phụ lục")):
        assert "production_plan" not in _thin(_APPENDIX.format(cited=cited, head=head)), (cited, head)


def test_a_section_pointing_to_another_appendix_or_to_none_is_still_thin():
    assert "production_plan" in _thin(_APPENDIX.format(cited="Phụ lục 2", head="Phụ lục 1"))
    assert "production_plan" in _thin(_APPENDIX.format(cited="sổ sách của hợp tác xã", head="Phụ lục 1"))


# ================================================================ products in groups, each with its sub-total (ed)

_GROUPS = """
# 5. Kế hoạch sản xuất

| TT | Sản phẩm, quy cách | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Giò lụa |  |  |  |  |
| - | Giò lụa cây 500 g | cây | 12.000 | 13.000 | 14.000 |
| - | Giò lụa cây 1 kg | cây | 5.000 | 5.500 | 6.000 |
|  | Quy đổi giò lụa (kg) | kg | 11.000 | 12.000 | 13.000 |
| 2 | Chả quế |  |  |  |  |
| - | Chả quế khoanh 500 g | khoanh | 6.000 | 6.600 | 7.200 |
|  | Quy đổi chả quế (kg) | kg | 3.000 | 3.300 | 3.600 |
|  | Tổng sản lượng quy đổi (kg) | kg | 14.000 | 15.300 | {last} |

# 9. Hiệu quả kinh tế

ĐVT: triệu đồng
| TT | Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| A | Chi phí trực tiếp theo sản phẩm |  |  |  |
| 1 | Nguyên liệu giò lụa | 880,0 | 960,0 | 1.040,0 |
|  | Bao bì giò lụa | 36,0 | 39,5 | 43,0 |
|  | Cộng giò lụa | 916,0 | 999,5 | 1.083,0 |
| 2 | Nguyên liệu chả quế | 240,0 | 264,0 | 288,0 |
|  | Bao bì chả quế | 12,0 | 13,2 | 14,4 |
|  | Cộng chả quế | 252,0 | 277,2 | 302,4 |
|  | Cộng chi phí trực tiếp | 1.168,0 | 1.276,7 | {direct} |
| B | Chi phí chung |  |  |  |
| - | Tiền công (8 người) | 576,0 | 576,0 | 576,0 |
| - | Điện, nước | 60,0 | 66,0 | 72,0 |
| - | Khấu hao | 60,0 | 60,0 | 60,0 |
|  | Cộng chi phí chung | 696,0 | 702,0 | 708,0 |
|  | Tổng chi phí (A + B) | 1.864,0 | 1.978,7 | {all} |
"""


def _groups(last: str = "16.600", direct: str = "1.385,4", all_: str = "2.093,4") -> str:
    return _GROUPS.format(last=last, direct=direct, all=all_)


def test_a_total_over_product_groups_adds_their_sub_totals():
    assert not rule_hits("table-total-mismatch", _groups())
    # the kg total over the groups' conversions, 13.000 + 3.600 = 16.600, not over the packs beside them
    [hit] = rule_hits("table-total-mismatch", _groups(last="18.600"))
    assert hit.params["label"] == "Tổng sản lượng quy đổi (kg)" and hit.params["expected"] == 16600
    # the direct costs over the groups' "Cộng …", 1.083 + 302,4 = 1.385,4
    hits = rule_hits("table-total-mismatch", _groups(direct="1.185,4", all_="1.893,4"))
    assert [h.params["label"] for h in hits] == ["Cộng chi phí trực tiếp"]


_REVENUE_GROUPS = """
# 9. Hiệu quả kinh tế

ĐVT: triệu đồng
| TT | Sản phẩm, quy cách, giá bán | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Rượu nếp 40 độ |  |  |  |
| - | Chai 500 ml (90.000 đ/chai) | 1.260,0 | 1.350,0 | 1.440,0 |
| - | Bình 1 lít (250.000 đ/bình) | 375,0 | 425,0 | 475,0 |
|  | Cộng rượu nếp 40 độ | 1.635,0 | 1.775,0 | 1.915,0 |
| 2 | Rượu nếp sim |  |  |  |
| - | Chai 500 ml (110.000 đ/chai) | 660,0 | 726,0 | 792,0 |
|  | Cộng rượu nếp sim | 660,0 | 726,0 | 792,0 |
|  | Tổng doanh thu | 2.295,0 | {y2028} | 2.707,0 |
"""


def test_a_plan_years_revenue_total_over_its_groups_is_their_sum():
    assert not rule_hits("table-total-mismatch", _REVENUE_GROUPS.format(y2028="2.501,0"))
    [hit] = rule_hits("table-total-mismatch", _REVENUE_GROUPS.format(y2028="1.775,0"))
    assert hit.params["label"] == "Tổng doanh thu" and hit.params["expected"] == 2501


# ================================================================ loans (ef)

_PAYBACK_TABLE = """
# 9. Hiệu quả kinh tế

Bảng 13. Thu hồi vốn đầu tư

ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Lợi nhuận và khấu hao trong năm | 474,2 | 559,8 | 645,4 |
| 2 | Lũy kế thu hồi | 474,2 | 1.034 | 1.679,4 |
| 3 | Vốn đầu tư còn phải thu hồi | 825,8 | 266 | -379,4 |
"""


def test_the_investment_still_to_recover_is_no_total():
    assert not rule_hits("table-total-mismatch", _PAYBACK_TABLE)


_REPAYMENT = """
# 8. Vốn đầu tư và nguồn vốn

Bảng 8. Kế hoạch trả nợ

ĐVT: triệu đồng
| Năm | Dư nợ đầu kỳ | Trả gốc | Trả lãi | Dư nợ cuối kỳ |
|---|---|---|---|---|
| 2027 | 600 | 0 | 43,2 | 600 |
| 2028 | 600 | 200 | 43,2 | 400 |
| 2029 | 400 | 200 | 28,8 | 200 |
| 2030 | 200 | 200 | 14,4 | 0 |
| Cộng | | {principal} | 129,6 | |
"""


def test_a_repayment_schedules_principal_adds_up_over_its_years():
    assert not rule_hits("table-total-mismatch", _REPAYMENT.format(principal="600"))
    [hit] = rule_hits("table-total-mismatch", _REPAYMENT.format(principal="800"))
    assert hit.params["column"] == "Trả gốc" and hit.params["expected"] == 600


_INTEREST_OF_WHICH = """
# 9. Hiệu quả kinh tế

ĐVT: triệu đồng
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 1.320 | 1.452 | 1.584 |
| 2 | Tổng chi phí | 1.055,3 | 1.101,8 | 1.148 |
| 3 | Trong đó: lãi vay | 42 | 33,6 | 25,2 |
| 4 | Lợi nhuận | {profit} | 350,2 | 436 |
"""


def test_a_numbered_of_which_row_ends_at_the_next_numbered_line():
    # "3 | Trong đó: lãi vay" is a part of the cost; "4 | Lợi nhuận" is the table's next line, checked
    assert not rule_hits("profit-mismatch", _INTEREST_OF_WHICH.format(profit="264,7"))
    [hit] = rule_hits("profit-mismatch", _INTEREST_OF_WHICH.format(profit="306,7"))  # the interest added back
    assert hit.params["year"] == "2027"


_BALANCE = """
# 4. Nguồn nguyên liệu

Mỗi kg chè khô cần 4,5 kg búp tươi.

ĐVT: kg
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nhu cầu búp chè tươi (kg) | 18.000 | 19.800 | 21.600 |
| 2 | Vườn chè của 12 tổ viên (9,5 ha) | 16.000 | 16.000 | 16.000 |
| 3 | Búp chè theo hợp đồng với 5 hộ | 6.000 | 6.000 | {bought} |
| 4 | Tổng nguồn cung (kg) | 22.000 | 22.000 | {supply} |

# 5. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Chè xanh Sơn Tây | kg | 4.000 | 4.400 | 4.800 |
"""


def test_the_rows_between_a_need_and_its_supply_total_are_sources_not_output():
    # the garden's 16.000 kg of tea is the material, not 16 tấn of the product (which would need 72 tấn)
    assert not rule_hits("material-shortfall", _BALANCE.format(bought="6.000", supply="22.000"))
    [hit] = rule_hits("material-shortfall", _BALANCE.format(bought="2.000", supply="18.000"))  # 21.600 needed
    assert hit.params["year"] == "2029"


_SHARED_LINE = """
# 5. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Kẹo cu đơ | kg | 12.000 | 13.000 | 14.000 |
| 2 | Kẹo lạc | kg | 8.000 | 9.000 | 10.000 |
| 3 | Kẹo vừng | kg | 5.000 | 5.750 | {last} |
|  | Tổng sản lượng (kg) | kg | 25.000 | 27.750 | {total} |

# 6. Quy trình công nghệ

Khâu cán, cắt là khâu chung của cả ba loại kẹo: dây chuyền cán cắt hiện có đạt 100 kg kẹo/ngày, làm 280 ngày/năm,
tức 28.000 kg kẹo/năm. Hợp tác xã không mua thêm máy.
"""


def test_a_stage_shared_by_all_products_limits_their_total_not_one_of_them():
    # 28.000 kg a year for the three candies; 31.250 kg planted in 2029
    [hit] = rule_hits("capacity-exceeded", _SHARED_LINE.format(last="7.250", total="31.250"))
    assert hit.params["year"] == "2029" and hit.params["output"] == "31,25 tấn"
    assert not rule_hits("capacity-exceeded", _SHARED_LINE.format(last="4.000", total="28.000"))


_GROUPED_LINES = """
# 5. Kế hoạch sản xuất

| TT | Sản phẩm, quy cách | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Mắm tôm |  |  |  |  |
| - | Mắm tôm hũ 200 g | hũ | 40.000 | 44.000 | 50.000 |
| 2 | Ruốc khô |  |  |  |  |
| - | Ruốc khô túi 200 g | túi | 20.000 | 23.000 | 26.000 |

# 9. Hiệu quả kinh tế

ĐVT: triệu đồng
| TT | Sản phẩm, quy cách, giá bán | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Mắm tôm |  |  |  |
| - | Mắm tôm hũ 200 g (25.000 đ/hũ) | 1.000,0 | 1.100,0 | 1.250,0 |
|  | Cộng mắm tôm | 1.000,0 | 1.100,0 | 1.250,0 |
| 2 | Ruốc khô |  |  |  |
| - | Ruốc khô túi 200 g (70.000 đ/túi) | {line} | 1.610,0 | 1.820,0 |
|  | Cộng ruốc khô | {line} | 1.610,0 | 1.820,0 |
|  | Tổng doanh thu | {total} | 2.710,0 | 3.070,0 |
"""


def test_each_priced_line_of_a_grouped_revenue_table_meets_its_quantity():
    assert not rule_hits("revenue-mismatch", _GROUPED_LINES.format(line="1.400,0", total="2.400,0"))
    # 20.000 túi × 70.000 đ = 1.400, the line says 1.600 (last year's 80.000 đ)
    [hit] = rule_hits("revenue-mismatch", _GROUPED_LINES.format(line="1.600,0", total="2.600,0"))
    assert hit.params["label"] == "Ruốc khô túi 200 g (70.000 đ/túi)" and hit.params["year"] == "2027"


_REALISED = """
# 4. Nguồn nguyên liệu

Định mức 1,6 kg cá cơm tươi cho 1 lít nước mắm. Công ty có hợp đồng mua 60 tấn cá/năm với tổ tàu cá Kỳ Ninh.

# 5. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Thực hiện năm 2026 | Kế hoạch năm 2027 | Kế hoạch năm 2028 | Kế hoạch năm 2029 |
|---|---|---|---|---|---|---|
| 1 | Nước mắm cá cơm | lít | {done} | 30.000 | 33.000 | 36.000 |
"""


def test_a_column_of_what_was_done_is_no_year_of_the_plan():
    # (the plan is dated 20/4/2026: without its "Thực hiện" the 2026 column would open the plan)
    assert not rule_hits("material-shortfall", _REALISED.format(done="45.000"))  # 72 tấn in 2026: the past
    [hit] = rule_hits("material-shortfall", _REALISED.format(done="30.000").replace("36.000", "45.000"))
    assert hit.params["year"] == "2029"


_GRADED_NORMS = """
# 4. Nguồn nguyên liệu

Định mức cá cho một lít nước mắm khác nhau theo độ đạm: 1,6 kg cá/lít cho loại 40 độ đạm, 1,2 kg cho loại 30 độ đạm
và 0,8 kg cho loại 20 độ đạm. Công ty có hợp đồng mua 50 tấn cá/năm với tổ tàu cá Kỳ Ninh.

# 5. Kế hoạch sản xuất

| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Nước mắm 40 độ đạm | lít | 8.000 | 8.800 | 9.600 |
| 2 | Nước mắm 30 độ đạm | lít | 28.000 | 30.000 | 32.000 |
|  | Tổng sản lượng | lít | 36.000 | 38.800 | 41.600 |
"""


def test_norms_given_per_grade_are_not_one_norm_for_all_the_output():
    # 1,6 kg × 41.600 lít = 66,6 tấn would be a shortfall; by grade the need is 9.600 × 1,6 + 32.000 × 1,2 = 53,8 tấn
    assert not rule_hits("material-shortfall", _GRADED_NORMS)
