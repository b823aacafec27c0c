"""Generalisation tests from the thirty-second session: each one a shape of plan a blind set showed the
reader or the rules missing or misreading, written small and in other words."""

from __future__ import annotations

from pipeline.ingest.ocr import GapRow, gap_tables
from pipeline.ingest.pdf_reader import Word
from tests.test_generalisation import message, rule_hits


def _row(y: float, *cells: tuple[float, float, str]) -> GapRow:
    return GapRow([[Word(text=t, x0=a, x1=b, top=y, bottom=y + 10, size=10)] for a, b, t in cells], y, y + 10)


# ================================================================ two tables a caption parts (ek07, scanned)

# a price table by channel, then right under it the caption and unit of a volume table by year whose
# header's three years the engine read as one group
_PRICES = [_row(0, (0, 20, "TT"), (40, 200, "Kênh bán"), (300, 340, "Tỷ trọng"), (450, 500, "Giá bán")),
           _row(14, (0, 10, "1"), (40, 200, "Bán tại xưởng"), (300, 320, "30"), (450, 500, "120.000")),
           _row(28, (0, 10, "2"), (40, 200, "Đại lý"), (300, 320, "70"), (450, 500, "98.000"))]
_CAPTION = [_row(42, (40, 260, "Bảng 4. Lượng bán theo kênh")), _row(56, (40, 120, "ĐVT: hộp"))]
_VOLUMES = [_row(70, (0, 20, "TT"), (40, 200, "Kênh bán"), (300, 560, "Năm 2027 Năm 2028 Năm 2029")),
            _row(84, (0, 10, "1"), (40, 200, "Bán tại xưởng"), (300, 340, "3.000"), (450, 490, "3.300"),
                 (600, 640, "3.600")),
            _row(98, (0, 10, "2"), (40, 200, "Đại lý"), (300, 340, "7.000"), (450, 490, "7.700"), (600, 640, "8.400"))]


def test_a_tables_caption_starts_the_next_table_and_a_header_of_years_read_as_one_group_is_split():
    tables, used = gap_tables([*_PRICES, *_CAPTION, *_VOLUMES])
    assert [len(t.rows) for t in tables] == [3, 3], [t.rows for t in tables]
    assert 3 not in used and 4 not in used  # the caption and its unit line are text
    assert tables[1].rows[0][2:] == ["Năm 2027", "Năm 2028", "Năm 2029"]
    assert tables[1].rows[1] == ["1", "Bán tại xưởng", "3.000", "3.300", "3.600"]


def test_a_wrapped_cell_under_a_table_is_still_its_cell():
    # (not a caption: a lower-case continuation of the label above)
    wrapped = _row(42, (40, 120, "và quán ăn"))
    tables, used = gap_tables([*_PRICES[:2], _row(28, (0, 10, "2"), (40, 200, "Đại lý, nhà hàng"),
                                                   (300, 320, "70"), (450, 500, "98.000")), wrapped,
                               _row(56, (0, 10, "3"), (40, 200, "Trực tuyến"), (300, 320, "5"),
                                    (450, 500, "130.000"))])
    assert len(tables) == 1 and tables[0].rows[2][1] == "Đại lý, nhà hàng và quán ăn", tables[0].rows


# ================================================================ sales beyond the output (ek07)

_SOLD_MADE = """
# 5. Thị trường

Bảng 4. Lượng bán theo kênh (ĐVT: hộp)

| TT | Kênh bán | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Bán tại xưởng | 3.000 | 3.300 | 3.600 |
| 2 | Đại lý, cửa hàng | 7.000 | {agents} | 8.400 |
| | Tổng lượng bán | 10.000 | {sold} | 12.000 |

{note}

# 9. Kế hoạch sản xuất

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng sản xuất (hộp) | 10.000 | 11.000 | 12.000 |
| 2 | Lao động (người) | 4 | 4 | 5 |
"""


def test_a_years_sales_beyond_its_output_are_reported_unless_the_plan_says_where_the_rest_comes_from():
    over = _SOLD_MADE.format(agents="9.500", sold="12.800", note="Năm 2028 mở thêm 6 đại lý ở các xã lân cận.")
    [hit] = rule_hits("figure-inconsistent", over)
    text = message("figure-inconsistent", hit)
    assert "2028" in text and "11.000 hộp" in text and "12.800 hộp" in text and "bán ra" in text, text
    # equal, or within rounding: nothing
    assert rule_hits("figure-inconsistent", _SOLD_MADE.format(agents="7.700", sold="11.000", note="")) == []
    assert rule_hits("figure-inconsistent", _SOLD_MADE.format(agents="8.100", sold="11.400", note="")) == []
    # fewer sold than made: stock and losses, never reported
    assert rule_hits("figure-inconsistent", _SOLD_MADE.format(agents="6.000", sold="9.300", note="")) == []
    # the plan names the stock carried over
    carried = _SOLD_MADE.format(agents="9.500", sold="12.800",
                                note="Năm 2028 bán thêm 1.800 hộp hàng tồn kho cuối năm 2027.")
    assert rule_hits("figure-inconsistent", carried) == []


_SOLD_SENTENCE = """
# 2. Mục tiêu

Sản lượng bánh đa 12.000 kg năm 2027, 13.500 kg năm 2028 và 15.000 kg năm 2029.

# 6. Thị trường

{sentence}

# 10. Kế hoạch sản xuất

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Sản lượng bánh đa | kg | 12.000 | 13.500 | 15.000 |
"""


def test_a_years_sales_said_in_a_sentence_are_held_against_the_output_only_when_above_it():
    # (a revised plan's market section keeping the first version's volume)
    over = "Kế hoạch năm 2027, cơ sở tiêu thụ 15 tấn bánh đa: quán ăn 6 tấn, đại lý 7 tấn, trực tuyến 2 tấn."
    [hit] = rule_hits("figure-inconsistent", _SOLD_SENTENCE.format(sentence=over))
    assert "15 tấn" in message("figure-inconsistent", hit) and "bán ra" in message("figure-inconsistent", hit)
    for quiet in (
            # one channel's part of the year's sales
            "Năm 2027 cơ sở bán 6 tấn bánh đa cho các quán ăn, phần còn lại qua đại lý.",
            # the market's consumption, not the producer's sales
            "Năm 2027 thị trường Hà Tĩnh tiêu thụ khoảng 500 tấn bánh đa các loại.",
            # the year's sales as made
            "Năm 2027 cơ sở tiêu thụ 12 tấn bánh đa qua ba kênh."):
        assert rule_hits("figure-inconsistent", _SOLD_SENTENCE.format(sentence=quiet)) == [], quiet


# ================================================================ one pack sold at two channels' prices (em01, em02, em05)

_CHANNELS = """
# 5. Thị trường

Giá bán lẻ 98.000 đồng/chai 500 ml và 330.000 đồng/bình 2 lít; giá bán buôn 80.000 đồng/chai và 280.000 đồng/bình.

# 9. Kế hoạch sản xuất

| Số TT | Sản phẩm, kênh tiêu thụ | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| I | Kênh bán lẻ |  |  |  |
| 1 | Rượu nếp chai 500 ml (chai) | 6.000 | 6.600 | 7.300 |
| 2 | Rượu nếp bình 2 lít (bình) | 700 | 780 | 860 |
|  | Cộng kênh bán lẻ | 6.700 | 7.380 | 8.160 |
| II | Kênh bán buôn |  |  |  |
| 1 | Rượu nếp chai 500 ml (chai) | 8.000 | 8.800 | 9.600 |
| 2 | Rượu nếp bình 2 lít (bình) | 1.100 | 1.200 | 1.300 |
|  | Cộng kênh bán buôn | 9.100 | 10.000 | 10.900 |

# 12. Hiệu quả kinh tế

Bảng 7. Doanh thu theo kênh (triệu đồng)

| Số TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| I | Kênh bán lẻ |  |  |  |
| 1 | Rượu nếp chai 500 ml (98.000 đ/chai) | 588,0 | 646,8 | 715,4 |
| 2 | Rượu nếp bình 2 lít (330.000 đ/bình) | 231,0 | 257,4 | 283,8 |
|  | Cộng kênh bán lẻ (I) | 819,0 | 904,2 | 999,2 |
| II | Kênh bán buôn |  |  |  |
| 1 | Rượu nếp chai 500 ml (80.000 đ/chai) | {wholesale} | 704,0 | 768,0 |
| 2 | Rượu nếp bình 2 lít (280.000 đ/bình) | 308,0 | 336,0 | 364,0 |
|  | Cộng kênh bán buôn (II) | {group} | 1.040,0 | 1.132,0 |
|  | Tổng doanh thu (I+II) | {total} | 1.944,2 | 2.131,2 |

Bảng 9. Tổng hợp (triệu đồng)

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | {total} | 1.944,2 | 2.131,2 |
| 2 | Chi phí | 1.500,0 | 1.600,0 | 1.700,0 |
| 3 | Lợi nhuận | {profit} | 344,2 | 431,2 |
"""


def test_a_sized_price_of_one_channel_is_no_price_of_every_pack_of_that_size():
    # (summed over both channels' quantities at the retail price the summary's revenue came out at 1.966)
    right = _CHANNELS.format(wholesale="640,0", group="948,0", total="1.767,0", profit="267,0")
    assert rule_hits("revenue-mismatch", right) == []


def test_each_channels_line_is_checked_against_its_own_groups_quantity_under_a_total_of_the_parts():
    # "Tổng doanh thu (I+II)" over "I | Kênh bán lẻ" and "II | Kênh bán buôn": the wholesale bottles priced at
    # 80.000 đ are the wholesale group's 8.000, so 480 (6.000 × 80.000, the retail group's) is wrong (em07)
    wrong = _CHANNELS.format(wholesale="480,0", group="788,0", total="1.607,0", profit="107,0")
    hits = rule_hits("revenue-mismatch", wrong)
    assert any(h.params.get("expected") == 640_000_000 for h in hits), [h.params for h in hits]


# ================================================================ a balance table whose caption gives its unit (em05)

_BALANCE = """
# 8. Nguyên liệu

Mỗi lít nước mắm thành phẩm cần 1,30 kg cá cơm tươi. Sáu thuyền của thành viên cung cấp khoảng 20 tấn cá/năm;
hợp tác xã mua thêm của nậu vựa ở bến cá theo hợp đồng.

Bảng 3. Cân đối cá cơm (kg)

| Số TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Tổng sản lượng nước mắm (lít) | 20.000 | 21.400 | 22.990 |
| 2 | Cá cơm tươi cần dùng (1,30 kg/lít) | 26.000 | 27.820 | 29.887 |
| 3 | Nguồn cung ứng |  |  |  |
| - | Cá của 6 thuyền thành viên | 20.000 | 20.000 | 20.000 |
| - | Nậu vựa cá bến (hợp đồng) | {bought} | {bought} | {bought} |
|  | Tổng nguồn cung | {supply} | {supply} | {supply} |
"""


def test_a_balance_tables_caption_unit_makes_its_supply_rows_the_plans_supply():
    assert rule_hits("material-shortfall", _BALANCE.format(bought="12.000", supply="32.000")) == []
    [hit] = rule_hits("material-shortfall", _BALANCE.format(bought="4.000", supply="24.000"))
    assert "24" in str(hit.params.get("supply")), hit.params


# ================================================================ the competitors' prices in a table (eo09)

_RIVAL_PRICES = """
# 6. Thị trường

So sánh với sản phẩm cạnh tranh:

| Sản phẩm cạnh tranh | Nơi sản xuất | Giá bán | Ghi chú |
|---|---|---|---|
| Dưa lưới các tỉnh phía Nam | Long An | 35.000 – 45.000 đ/kg | Nguồn cung lớn |
| Dưa lưới nhập khẩu | Nhật Bản | trên 150.000 đ/kg | Phân khúc quà biếu |

# 10. Hiệu quả kinh tế

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Tổng sản lượng dưa lưới | kg | 60.000 | 120.000 | 150.000 |
| 2 | Doanh thu | triệu đồng | 1.848 | 3.696 | 4.620 |
"""


def test_a_price_in_a_table_of_competing_products_is_no_price_of_the_plan():
    from pipeline.judge.checks import arithmetic as ar
    from pipeline.judge.rules import load_ruleset
    from tests.test_generalisation import view_of

    spec = next(r for r in load_ruleset().rules if r.id == "revenue-mismatch").checks[0]
    m = ar.model(view_of(_RIVAL_PRICES), spec)
    assert ar._own_prices(m) == [] and ar._revenue_expected(m, 2027) == []
    assert rule_hits("revenue-mismatch", _RIVAL_PRICES) == []


# ================================================================ a one-page plan opening on its maker (eo12)

def test_a_heading_about_the_maker_is_the_producers_section_not_the_technology():
    from tests.test_generalisation import view_of

    view = view_of("# Về người sản xuất\n\nTôi là Phạm Thị Hằng, thôn Hòa Bình, xã Tùng Lộc, tỉnh Hà Tĩnh.\n\n"
                   "# Sản phẩm\n\nBột sắn dây nguyên chất, đóng túi 500 g.\n")
    assert [s.key for s in view.plan.sections][:1] == ["producer"]


# ================================================================ a paper that has expired (eo05, eo06)

def test_when_a_paper_stops_being_valid():
    from pipeline.judge.checks.phrases import expiry

    assert expiry("Số 18/2022/NNPTNT-ATTP ngày 14/6/2022, hiệu lực đến 14/6/2025") == (2025, 6, 14)
    assert expiry("Giấy phép số 12/GP-KT ngày 20/4/2020, thời hạn 5 năm") == (2025, 4, 20)
    assert expiry("Giấy chứng nhận VietGAP, có giá trị đến tháng 6/2028") == (2028, 6, 0)
    assert expiry("Giấy chứng nhận ATTP số 05/2027/ATTP cấp ngày 08/02/2027") is None


# ================================================================ a need row naming its material in brackets (en06)

_ORANGES = """
# 8. Nguyên liệu

Cam tươi lấy từ 4 ha vườn của cổ đông (16.000 kg/năm) và hợp đồng với 30 hộ (26.000 kg/năm). Sấy theo tỷ lệ thu hồi
20 %, hao hụt 3 % khi đóng gói.

Bảng 5. Cân đối nguyên liệu 2027–2029

| TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Thành phẩm | kg | 8.000 | 9.100 | {out} |
| 2 | Tỷ lệ thu hồi | % | 20 | 20 | 20 |
| 3 | Nguyên liệu cần dùng (cam tươi) | kg | 41.237 | {need28} | {need} |
| 4 | Nguồn tự có | kg | 16.000 | 16.000 | 16.000 |
| 5 | Nguồn liên kết theo hợp đồng | kg | 26.000 | 26.000 | 26.000 |
| 6 | Tổng nguồn cung | kg | 42.000 | 42.000 | 42.000 |
"""


def test_a_need_row_naming_its_material_in_brackets_is_held_against_its_tables_supply():
    [hit] = rule_hits("material-shortfall", _ORANGES.format(out="10.200", need28="46.907", need="52.577"))
    assert "52,58" in str(hit.params) or "52.577" in str(hit.params) or hit.params.get("year") == "2029", hit.params
    assert rule_hits("material-shortfall", _ORANGES.format(out="8.000", need28="41.237", need="41.237")) == []


# ================================================================ a tax line numbered among the cost lines (eo08)

_COSTS = """
# 12. Hiệu quả kinh tế

Bảng 9. Chi phí sản xuất (ĐVT: triệu đồng)

| TT | Khoản mục | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nguyên liệu | 264,6 | 289,8 | 315,0 |
| 2 | Bao bì | 258,0 | 282,5 | 307,0 |
| 3 | Tiền công | 540,0 | 540,0 | 540,0 |
| 4 | Khấu hao tài sản cố định | 35,0 | 35,0 | 35,0 |
| 5 | Thuế, phí khác (1,5 % doanh thu) | 26,1 | 28,6 | 31,1 |
| 6 | Quản lý, chi khác | 40,0 | 40,0 | 40,0 |
| | Tổng chi phí | 1.163,7 | {total} | 1.268,1 |
"""


def test_a_cost_total_adds_the_tax_line_its_numbering_runs_through():
    assert rule_hits("table-total-mismatch", _COSTS.format(total="1.215,9")) == []
    [hit] = rule_hits("table-total-mismatch", _COSTS.format(total="675,9"))  # the wages left out
    assert "675,9" in hit.evidence or hit.params.get("stated") in (675.9, 675_900_000), hit.params


# ================================================================ a balance opened by its numbered output row (em02)

_RICE = """
# 8. Nguyên liệu

Bảng 3. Cân đối nguyên liệu gạo (kg)

| Số TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Tổng sản lượng bánh (kg) | 18.000 | 19.410 | 20.930 |
| 2 | Gạo tẻ cần dùng (0,90 kg/kg) | 16.200 | 17.469 | 18.837 |
| 3 | Nguồn cung ứng |  |  |  |
| - | Ruộng công ty thuê dài hạn (1,5 ha) | 8.000 | 8.000 | 8.000 |
| - | Hợp đồng với HTX Nông nghiệp Thuần Thiện | 12.000 | 12.000 | 12.000 |
|  | Tổng nguồn cung | 20.000 | 20.000 | 20.000 |
"""


def test_a_numbered_output_row_opening_a_balance_table_is_no_total_of_the_rows_below_it():
    assert rule_hits("table-total-mismatch", _RICE) == []
