"""Generalisation tests from the thirty-fourth session: each one a shape of plan a blind set showed the
rules missing or misreading (148: an extension officer's shorthand; 149: tables turned around, money in
mixed units; 150: processing losses and by-products), written small and in other words."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.entities import _org_names
from pipeline.ingest.ocr import _version_lines
from pipeline.judge.checks import arithmetic as A
from tests.test_generalisation import message, rule_hits, view_of

# ================================================================ shorthand in headings (es01-es10)


def test_headings_in_shorthand_name_their_sections():
    view = view_of("""
PHƯƠNG ÁN SXKD SẢN PHẨM BÁNH GAI GIAI ĐOẠN 2027 - 2029
# I. Thông tin chung về THT
Tổ hợp tác Bánh gai Đức Lạc có 9 tổ viên.
# VIII. Nguồn NL
Lá gai mua của 20 hộ trong xã.
# IX. Quy trình CN, máy móc TB
Máy nghiền, máy đóng gói.
# XI. KH SXKD giai đoạn 2027 - 2029
Sản lượng 60.000 chiếc năm 2027.
# XII. Tổng VĐT và nguồn vốn
Tổng vốn 300 triệu đồng.
# XV. Hiệu quả XH và MT
Tạo việc làm cho 9 lao động.
""")
    keys = {s.key for s in view.plan.sections}
    assert {"raw_materials", "technology", "production_plan", "investment", "social_environment"} <= keys


# ================================================================ shorthand in row labels (es05, es09)

_COSTS = """
# XIII. Hiệu quả KT
Bảng 11. CP SX dự kiến (ĐVT: tr.đ)

| STT | Khoản mục CP | N1 (2027) | N2 (2028) |
|---|---|---|---|
| 1 | NL gạo nếp | 120 | 130 |
| 2 | Tiền công LĐ | 300 | 300 |
| 3 | KHTSCĐ | 20 | 20 |
| 4 | Lãi VV | 10 | 8 |
| 5 | CP bán hàng | 40 | 44 |
| | Tổng CP | 490 | {total} |
"""


def test_a_cost_total_in_shorthand_is_added_up_over_every_line_interest_included():
    [hit] = rule_hits("table-total-mismatch", _COSTS.format(total="450"))
    assert "502" in message("table-total-mismatch", hit)  # 130 + 300 + 20 + 8 + 44: "Lãi VV" is a cost line
    assert rule_hits("table-total-mismatch", _COSTS.format(total="502")) == []


# ================================================================ a table turned around (et06)

_TURNED = """
# XII. Hiệu quả kinh tế
Bảng 12. Dự kiến chi phí sản xuất, kinh doanh

ĐVT: nghìn đồng
| Năm | Nguyên liệu | Bao bì | Nhân công | Khấu hao | Tổng |
|---|---|---|---|---|---|
| 2027 | 300.000 | 40.000 | 500.000 | 60.000 | 900.000 |
| 2028 | 330.000 | 44.000 | 500.000 | 60.000 | {total} |
| 2029 | 360.000 | 48.000 | 550.000 | 60.000 | 1.018.000 |
"""


def test_a_total_column_of_a_table_with_the_years_as_rows_is_added_up_by_year():
    [hit] = rule_hits("table-total-mismatch", _TURNED.format(total="845.000"))
    assert "934" in message("table-total-mismatch", hit)
    assert rule_hits("table-total-mismatch", _TURNED.format(total="934.000")) == []


_TWO_PRODUCTS = """
# XI. Kế hoạch sản xuất
Bảng 11. Dự kiến doanh thu

| Năm | Nước gạo (chai) | Giá (đồng) | DT (tr.đ) | Nước gừng (chai) | Giá (đồng) | DT (tr.đ) | Tổng (tr.đ) |
|---|---|---|---|---|---|---|---|
| 2027 | 50.000 | 20.000 | 1.000 | 20.000 | 25.000 | 500 | 1.500 |
| 2028 | 60.000 | 20.000 | 1.200 | 24.000 | 25.000 | 600 | 1.800 |
"""


def test_each_products_revenue_column_under_one_label_is_no_total_of_the_others():
    assert rule_hits("revenue-mismatch", _TWO_PRODUCTS) == []


# ================================================================ the year in a later column (es10)

_LONG = """
# XIII. Hiệu quả kinh tế
Bảng 10. DT theo SP

| STT | SP (ĐVT) | Năm | SL | ĐG (ng.đ) | TT (tr.đ) |
|---|---|---|---|---|---|
| 1 | Hộp 300 g | N1 (2027) | 10.000 | 50 | 500 |
| 2 | Túi 500 g | N1 (2027) | 4.000 | 80 | 320 |
| | Cộng DT | N1 (2027) | | | 820 |
| 3 | Hộp 300 g | N2 (2028) | 12.000 | 50 | 600 |
| 4 | Túi 500 g | N2 (2028) | 5.000 | 80 | {second} |
| | Cộng DT | N2 (2028) | | | 1.000 |
"""


def test_a_year_column_after_the_label_dates_each_row_of_a_long_table():
    tm = next(t for t in A.build_tables(view_of(_LONG.format(second="400")), A.load_labels()))
    years = [(r.label, sorted({x.year for x in r.vals})) for r in tm.rows]
    assert years == [("Hộp 300 g", [2027]), ("Túi 500 g", [2027]), ("Cộng DT", [2027]),
                     ("Hộp 300 g", [2028]), ("Túi 500 g", [2028]), ("Cộng DT", [2028])]
    assert rule_hits("revenue-mismatch", _LONG.format(second="400")) == []


# ================================================================ sources listed with their amounts (es08, es10)

_SOURCES = """
# VIII. Nguồn nguyên liệu
Định mức: 0,5 kg lạc nhân cho 1 kg kẹo. Lạc nhân mua theo hợp đồng với HTX Nông nghiệp Đức Lạc (6.000 kg/năm),
THT trồng lạc thôn Yên Mỹ ({second} kg/năm) và các hộ thôn Trung Hậu (4.000 kg/năm).
# XI. Kế hoạch sản xuất
| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng kẹo lạc | kg | 20.000 | 24.000 | 26.000 |
"""


def test_sources_each_with_its_amount_in_brackets_add_up():
    assert rule_hits("material-shortfall", _SOURCES.format(second="4.000")) == []  # 14 t for 13 t
    [hit] = rule_hits("material-shortfall", _SOURCES.format(second="1.000"))  # 11 t for 13 t
    assert "11 tấn" in message("material-shortfall", hit)


# ================================================================ plan years "N1", "N2", "N3" (es06)

_ORDINAL = """
# VIII. Nguồn NL mực tươi
Tỷ lệ chế biến: 5 kg mực tươi cho 1 kg mực khô.

Bảng 4. Nhu cầu và nguồn cung mực tươi

| STT | Chỉ tiêu | ĐVT | N1 | N2 | N3 |
|---|---|---|---|---|---|
| 1 | SL mực khô | kg | 2.000 | 2.200 | {last} |
| 2 | Nhu cầu mực tươi | kg | 10.000 | 11.000 | {need} |
| 3 | Mực mua theo HĐ bao tiêu | kg | 11.500 | 11.500 | 11.500 |
"""


def test_plan_years_in_shorthand_columns_are_the_plans_years():
    [hit] = rule_hits("material-shortfall", _ORDINAL.format(last="2.600", need="13.000"))
    assert "thứ 3" in message("material-shortfall", hit)
    assert rule_hits("material-shortfall", _ORDINAL.format(last="2.300", need="11.500")) == []


# ================================================================ two products' output together (et01)

_TOGETHER = """
PHƯƠNG ÁN SẢN XUẤT KINH DOANH GIÒ LỤA THẠCH LẠC
# III. Mục tiêu
- Sản lượng giò lụa và chả quế: 22.000 kg năm 2027, 24.500 kg năm 2028 và 27.000 kg năm 2029.
# XI. Kế hoạch sản xuất
Bảng 8. Kế hoạch sản lượng 2027 – 2029

| Năm | Giò lụa (kg) | Chả quế (kg) | Tổng quy đổi (kg) |
|---|---|---|---|
| 2027 | 18.000 | 4.000 | 22.000 |
| 2028 | 20.000 | 4.500 | 24.500 |
| 2029 | 22.000 | 5.000 | 27.000 |
"""


def test_two_products_output_said_together_is_not_held_against_one_of_them():
    assert rule_hits("figure-inconsistent", _TOGETHER) == []


# ================================================================ a list of packs in a cost label (eu07)

_PACKS = """
# XII. Hiệu quả kinh tế
Bảng 12. Chi phí sản xuất mật mía

ĐVT: triệu đồng

| TT | Khoản mục | Năm 2027 | Năm 2028 |
|---|---|---|---|
| 1 | Cây mía tím (1.300 đ/kg) | 115,8 | 133,1 |
| 2 | Bao bì, nhãn (hũ, can, thùng) | 70,5 | 80,2 |
| 3 | Tiền lương | 360 | 360 |
| | Tổng chi phí | 546,3 | {total} |
"""


def test_a_list_of_packs_in_brackets_is_no_unit_of_a_cost_line():
    [hit] = rule_hits("table-total-mismatch", _PACKS.format(total="520,0"))
    assert "573,3" in message("table-total-mismatch", hit)
    assert rule_hits("table-total-mismatch", _PACKS.format(total="573,3")) == []


# ================================================================ an organisation's type spelled out (es02)

def test_a_spelled_out_type_with_its_abbreviation_gives_the_registered_name():
    assert list(_org_names("Công ty trách nhiệm hữu hạn (TNHH) Nước mắm Hải Nhượng, sau đây gọi là DN")) == \
        ["Công ty TNHH Nước mắm Hải Nhượng"]
    assert list(_org_names("Hợp tác xã (HTX) Nông nghiệp Đức Lạc được thành lập năm 2019")) == \
        ["Hợp tác xã Nông nghiệp Đức Lạc"]


# ================================================================ scans: a digit dropped, a number lost (eu03)

def _row(*vals: float, label: str = "Vỏ bưởi tươi", num: str | None = "1") -> A.Row:
    vs = [A.Val(v, "VND", "money", None, 2027 + k, 2 + k, str(v)) for k, v in enumerate(vals)]
    return A.Row(0, 0, [], label, num, None, False, False, None, set(), vs, [], "financials")


def test_on_a_scan_a_cell_a_tenth_of_its_rows_other_years_is_unread():
    r = _row(185.8e6, 209e6, 22.2e6)
    assert A._lost_digit_in_row(r, r.vals[2])
    r = _row(185.8e6, 209e6, 160e6)
    assert not A._lost_digit_in_row(r, r.vals[2])


def test_an_unnumbered_row_between_one_and_three_is_the_lost_two_not_a_part():
    rows = [_row(1, label="Doanh thu", num="1"), _row(2, label="(ahl DỊ", num=None), _row(3, label="Lợi nhuận", num="3")]
    for k, r in enumerate(rows):
        r.index = k
    tm = SimpleNamespace(rows=rows)
    assert A._lost_sibling_number(tm, rows[0], [rows[1]])
    rows[2].num = "2"
    assert not A._lost_sibling_number(tm, rows[0], [rows[1]])


# ================================================================ the OCR cache's key (a new machine)

def test_the_ocr_engine_key_reads_only_the_version_lines():
    one = "tesseract 5.3.0\n leptonica-1.82.0\n  libgif 5.2.1\n Found AVX2\n Found libcurl/7.88.1 OpenSSL/3.0.11\n"
    two = "tesseract 5.3.0\n leptonica-1.82.0\n  libgif 5.2.1\n Found AVX512BW\n Found libcurl/7.88.1 OpenSSL/3.0.19\n"
    assert _version_lines(one) == _version_lines(two) == ["tesseract 5.3.0", "leptonica-1.82.0"]
    assert _version_lines(one.replace("5.3.0", "5.4.1")) != _version_lines(one)


# ================================================================ the workshop said twice (es10)

_WORKSHOP = """
# I. Thông tin chung về công ty
Công ty có nhà xưởng 240 m² tại thôn Trung Sơn, kế toán chuyên trách.
# IX. Quy trình công nghệ
Nhà xưởng SX rộng {area} m², bố trí một chiều từ kho nguyên liệu đến kho thành phẩm.
"""


def test_a_production_workshop_is_the_producers_workshop_said_again():
    [hit] = rule_hits("figure-inconsistent", _WORKSHOP.format(area="420"))
    assert "420" in message("figure-inconsistent", hit)
    assert rule_hits("figure-inconsistent", _WORKSHOP.format(area="240")) == []


def test_the_workshop_the_objectives_aim_at_is_not_todays():
    plan = """
# I. Thông tin chung về chủ thể
Tài sản hiện có: gian xưởng 60 m², máy xay nhỏ, tủ đông.
# III. Mục tiêu
Quy mô và địa điểm: xưởng sản xuất rộng 120 m² trên đất vườn của gia đình.
"""
    assert rule_hits("figure-inconsistent", plan) == []
