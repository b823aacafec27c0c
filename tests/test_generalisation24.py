"""Generalisation tests from the forty-sixth session: each one a shape of plan the blind sets showed the rules
missing or misreading, written small and in other words."""

from __future__ import annotations

from tests.test_generalisation import rule_hits

# ================================================================ an objective's export against the export table (hb07)

_EXPORTS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MIẾN DONG KỲ SƠN
# 2. Mục tiêu
- Năm 2027 sản xuất 60 tấn miến dong, các năm sau tăng 10 %/năm.
- {said}
# 6. Thị trường
Bảng 3. Kế hoạch xuất khẩu
| Chỉ tiêu | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| Sản lượng | tấn | 60 | 66 | 72,6 |
| Sản lượng xuất khẩu | tấn | 18 | 20 | 24 |
"""


def test_an_objectives_export_is_held_against_the_export_row():
    wrong = _EXPORTS.format(said="Năm 2028 xuất khẩu 26 tấn miến dong sang Hàn Quốc (2 container).")
    hits = rule_hits("figure-inconsistent", wrong, "food")
    assert [(h.params["year"], h.params["first"], h.params["second"]) for h in hits] == [
        ("2028", "20 tấn", "26 tấn")]
    right = _EXPORTS.format(said="Năm 2028 xuất khẩu 20 tấn miến dong sang Hàn Quốc (2 container).")
    assert rule_hits("figure-inconsistent", right, "food") == []


def test_an_objectives_export_is_no_statement_of_the_whole_output():
    # 18 tấn exported is a part of the 60 tấn made: not the same quantity stated twice
    plan = _EXPORTS.format(said="Năm 2027 xuất khẩu 18 tấn miến dong.").replace(
        "| Sản lượng xuất khẩu | tấn | 18 | 20 | 24 |\n", "")
    assert rule_hits("figure-inconsistent", plan, "food") == []
    # nor of the output a sentence gives with its export part
    plan = _EXPORTS.format(said="Năm 2027 xuất khẩu 18 tấn miến dong.") + \
        "\nNăm 2027 sản lượng đạt 60 tấn, trong đó xuất khẩu 18 tấn.\n"
    assert rule_hits("figure-inconsistent", plan, "food") == []


# ================================================================ an approximate count of the stock (ha06)

_HIVES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG RỪNG HƯƠNG SƠN
# 1. Thông tin chung về chủ thể
Hợp tác xã có 12 thành viên; các thành viên {said} đàn ong, đặt trong rừng keo và rừng tràm.
# 5. Nguồn nguyên liệu
{table_said}, mỗi đàn cho khoảng 14 kg mật/năm.
"""


def test_an_approximate_stock_far_from_the_counted_one_is_an_inconsistency():
    plan = _HIVES.format(said="hiện nuôi khoảng 250", table_said="Đàn ong của 12 thành viên gồm 380 đàn")
    hits = rule_hits("figure-inconsistent", plan, "honey")
    assert [(h.params["first"], h.params["second"]) for h in hits] == [("250 đàn", "380 đàn")]


def test_a_round_count_near_the_counted_one_or_a_bound_is_none():
    for said in ("hiện nuôi khoảng 400", "hiện nuôi hơn 300", "hiện nuôi 380"):
        plan = _HIVES.format(said=said, table_said="Đàn ong của 12 thành viên gồm 380 đàn")
        assert rule_hits("figure-inconsistent", plan, "honey") == [], said
    # the hives bought in a plan year are no count of today's
    plan = _HIVES.format(said="hiện nuôi khoảng 250", table_said="Đàn ong mua mới năm 2027 gồm 380 đàn")
    assert rule_hits("figure-inconsistent", plan, "honey") == []


# ================================================================ the output planned pack by pack (gw06)

_PACKS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ XẠ ĐEN HƯƠNG KHÊ
# 2. Mục tiêu
- Năm 2027 sản xuất và tiêu thụ {said} kg trà xạ đen, năm 2029 đạt 4.200 kg.
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Trà xạ đen túi lọc, hộp 100 g | hộp | 9.000 | 10.000 | 12.000 |
| 2 | Trà xạ đen khô, túi 500 g | túi | 3.000 | 3.400 | 4.000 |
| 3 | Trà xạ đen khô, bao 2 kg | bao | 600 | 650 | 500 |
{extra}"""


def test_the_packs_contents_added_up_are_the_years_output():
    # 9.000 × 0,1 + 3.000 × 0,5 + 600 × 2 = 3.600 kg in 2027; 2029: 1.200 + 2.000 + 1.000 = 4.200 kg
    assert rule_hits("figure-inconsistent", _PACKS.format(said="3.600", extra=""), "beverage") == []
    hits = rule_hits("figure-inconsistent", _PACKS.format(said="4.500", extra=""), "beverage")
    assert [(h.params["year"], h.params["second"]) for h in hits] == [("2027", "3,6 tấn")]
    # the table's own total in kg under the packs is the same statement
    total = "| | Cộng quy ra kg | kg | 3.600 | 4.020 | 4.200 |\n"
    hits = rule_hits("figure-inconsistent", _PACKS.format(said="4.500", extra=total), "beverage")
    assert [(h.params["year"], h.params["second"]) for h in hits] == [("2027", "3,6 tấn")]


def test_packs_beside_a_part_sold_loose_say_nothing_of_the_whole():
    loose = "| 4 | Trà xạ đen bán rời | kg | 900 | 900 | 900 |\n"
    assert rule_hits("figure-inconsistent", _PACKS.format(said="4.500", extra=loose), "beverage") == []
    # nor do packs of no stated size
    unsized = _PACKS.replace("bao 2 kg", "bao lớn")
    assert rule_hits("figure-inconsistent", unsized.format(said="4.500", extra=""), "beverage") == []


# ================================================================ sources summed into a total under them (he04, he02)

_MUSHROOMS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NẤM LINH CHI PHÚ GIA
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nấm linh chi khô (kg) | 2.000 | 2.200 | 2.400 |
# 8. Nguồn nguyên liệu
Cứ 3,2 kg nấm tươi cho 1 kg nấm khô.

{caption}

ĐVT: kg
| TT | Nguồn, chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1.1 | Nhà trồng nấm của hợp tác xã | 7.200 | 7.200 | 7.200 |
| 1.2 | Hộ thành viên trồng nấm | {members} | {members} | {members} |
|  | Cộng nguồn nấm tươi | {total} | {total} | {total} |
|  | Nhu cầu nấm tươi | 6.400 | 7.040 | 7.680 |
"""


def test_the_sources_a_supply_total_adds_up_are_no_output():
    # "Nhà trồng nấm của hợp tác xã | 7.200" names the product's words, but it is one of the sources the total adds
    # up: not the output (7.200 kg × 3,2 would need 23 tấn)
    for caption in ("Bảng 3. Cân đối nấm tươi nguyên liệu", "Bảng 3. Nguồn nấm tươi và nhu cầu nguyên liệu"):
        plan = _MUSHROOMS.format(caption=caption, members="3.500", total="10.700")
        assert rule_hits("material-shortfall", plan, "food") == [], caption
    # the total short of the need is still a shortfall (2029: 2.600 kg × 3,2 = 8.320 kg against 7.500)
    plan = _MUSHROOMS.format(caption="Bảng 3. Nguồn nấm tươi và nhu cầu nguyên liệu", members="300", total="7.500")
    plan = plan.replace("| 2.200 | 2.400 |", "| 2.200 | 2.600 |").replace("| 7.040 | 7.680 |", "| 7.040 | 8.320 |")
    hits = rule_hits("material-shortfall", plan, "food")
    assert [h.params["year"] for h in hits] == ["2029"]


# ================================================================ a table of corrections (hh02)

_CORRECTED = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ CÀ GAI LEO PHÚC LÂM
# 5. Tổ chức sản xuất
Công ty có 10 lao động thường xuyên năm 2027.
# 12. Vốn đầu tư
Tổng vốn đầu tư của phương án là 1.500 triệu đồng.
# PHỤ LỤC. BẢNG GIẢI TRÌNH, TIẾP THU Ý KIẾN
Bảng 15. Chỉ tiêu trước và sau điều chỉnh

| Chỉ tiêu | ĐVT | {old} | {new} |
|---|---|---|---|
| Tổng vốn đầu tư | triệu đồng | 1.800 | 1.500 |
| Lao động năm 2027 | người | 14 | 10 |
"""


def test_the_first_versions_column_of_a_table_of_corrections_is_history():
    for old, new in (("Bản lần 1", "Bản điều chỉnh"), ("Phương án tháng 5/2026", "Phương án điều chỉnh")):
        plan = _CORRECTED.format(old=old, new=new)
        assert rule_hits("figure-inconsistent", plan, "herbal") == [], old
    # two columns that are no versions are both read: the 14 workers disagree with the 10
    plan = _CORRECTED.format(old="Năm 2027", new="Năm 2028")
    assert rule_hits("figure-inconsistent", plan, "herbal") != []


# ================================================================ a task's hands named before their count (he05)

def test_the_workers_of_one_task_named_before_the_count_are_a_part():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH RƯỢU NẾP XUÂN VIÊN
# 5. Thiết bị
Hai nồi chưng cất hiện có đáp ứng đủ kế hoạch sản lượng đến năm 2029 nên hợp tác xã chưa đầu tư thêm nồi; số lao
động {task}giữ nguyên 4 người.
# 6. Tổ chức sản xuất và lao động
Bảng 5. Lao động và tiền lương

| TT | Bộ phận | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Ban quản trị, kế toán | 2 | 2 | 2 |
| 2 | Nấu, ủ men, chưng cất | 4 | 4 | 4 |
| 3 | Chiết chai, bán hàng | 4 | 4 | 4 |
| | Tổng số lao động (người) | 10 | 10 | 10 |
"""
    assert rule_hits("figure-inconsistent", plan.format(task="nấu, chưng cất "), "beverage_alcohol") == []
    # the workforce said plainly is held against the table's total
    assert rule_hits("figure-inconsistent", plan.format(task=""), "beverage_alcohol") != []


# ================================================================ prices by year in a numbered part's price list (hf06)

_SHRIMP_PASTE = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẮM TÔM HÒA THIÊN
# 2. Sản phẩm
Quy cách: mắm tôm, hũ 250 g (25.000 đồng/hũ), mắm tôm, hũ 500 g (45.000 đồng/hũ).
# 3. Kế hoạch sản xuất
| TT | Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Mắm tôm, hũ 250 g (hũ) | 40.000 | 76.000 | 128.000 |
| 2 | Mắm tôm, hũ 500 g (hũ) | 16.000 | 30.000 | 50.000 |
# 4. Thị trường
Bảng 3.3. Giá bán các loại mắm tôm

ĐVT: đồng
| TT | Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Mắm tôm, hũ 250 g | 25.000 | 26.000 | 27.000 |
| 2 | Mắm tôm, hũ 500 g | 45.000 | 47.000 | 49.000 |
# 9. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 1.720,0 | {r2028} | 5.906,0 |
"""


def test_a_price_list_by_year_prices_each_year_not_the_texts_first_year_price():
    # 2028: 76.000 × 26.000 + 30.000 × 47.000 = 3.386,0; at the text's 25.000 and 45.000 it would be 3.250,0
    assert rule_hits("revenue-mismatch", _SHRIMP_PASTE.format(r2028="3.386,0"), "food") == []
    hits = rule_hits("revenue-mismatch", _SHRIMP_PASTE.format(r2028="3.750,0"), "food")
    assert [(h.params["year"], h.params["expected"]) for h in hits] == [("2028", 3_386_000_000)]


# ================================================================ units said in a sentence of their own (hg01, hg06)

_PROFITS = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CU ĐƠ LÂM HỒNG
# 10. Vốn đầu tư
Tổng vốn đầu tư 1.150 triệu đồng.
# 11. Hiệu quả kinh tế
{before}Bảng 12. Tổng hợp hiệu quả kinh tế

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | {revenue} |
| 2 | Tổng chi phí | {cost} |
| 3 | Lợi nhuận | {profit} |
| 4 | Khấu hao | {dep} |

{after}Thời gian hoàn vốn khoảng 2,4 năm.
"""


def test_a_tables_unit_said_under_it_or_in_the_sentence_before_its_caption():
    # 1.150 : (400,4 + 82) ≈ 2,4 years, the figures read in the unit the sentence gives
    billions = dict(revenue="2,056 | 2,262 | 2,599", cost="1,708 | 1,896 | 2,111", profit="0,348 | 0,366 | 0,487",
                    dep="0,082 | 0,082 | 0,082")
    millions = dict(revenue="2.056 | 2.262 | 2.599", cost="1.708 | 1.896 | 2.111", profit="348 | 366 | 487",
                    dep="82 | 82 | 82")
    for before, after, figs in (
            ("Các chỉ tiêu tổng hợp dưới đây tính bằng tỷ đồng.\n\n", "", billions),
            ("", "Ghi chú: số liệu trong bảng tính bằng triệu đồng.\n\n", millions),
            ("", "(Đơn vị tính: triệu đồng)\n\n", millions)):
        plan = _PROFITS.format(before=before, after=after, **figs)
        assert rule_hits("payback-mismatch", plan, "food") == [], (before, after)
        wrong = plan.replace("khoảng 2,4 năm", "khoảng 1,2 năm")
        assert [h.params["stated"] for h in rule_hits("payback-mismatch", wrong, "food")] == [1.2], (before, after)


def test_a_part_of_the_years_past_is_the_current_state():
    from pipeline.sections import load_vocabulary, match_heading

    got = match_heading("XƯỞNG BÁNH HIỆN NAY VÀ KẾT QUẢ BA NĂM QUA", load_vocabulary())
    assert got is not None and got.keys == ("current_state",)


# ================================================================ blind sets 216-219

def test_a_pack_counted_in_its_pieces_is_priced_per_pack():
    # hk05: "Bánh ram hộp 10 chiếc (400 g)" priced per box under "ĐVT: đồng/đơn vị sản phẩm"
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH BÁNH RAM HỒNG LAM
# 5. Sản phẩm
Bảng 2. Giá bán dự kiến

ĐVT: đồng/đơn vị sản phẩm
| TT | Sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Bánh ram hộp 10 chiếc (400 g) | 45.000 | 46.400 | 47.800 |
| 2 | Bánh ram tươi, khay 20 chiếc cho nhà hàng | 70.000 | 72.100 | 74.300 |
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Bánh ram hộp 10 chiếc (400 g) | hộp | 30.000 | 32.100 | 34.350 |
| 2 | Bánh ram tươi, khay 20 chiếc cho nhà hàng | khay | 12.000 | 12.840 | 13.740 |
# 10. Hiệu quả kinh tế
ĐVT: triệu đồng
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Bánh ram hộp 10 chiếc (400 g) | 1.350,0 | {box2028} | 1.641,9 |
| 2 | Bánh ram tươi, khay 20 chiếc cho nhà hàng | 840,0 | 925,8 | 1.020,9 |
|  | Cộng doanh thu | 2.190,0 | {total2028} | 2.662,8 |
"""
    assert rule_hits("revenue-mismatch", plan.format(box2028="1.489,4", total2028="2.415,2"), "food") == []
    hits = rule_hits("revenue-mismatch", plan.format(box2028="1.638,4", total2028="2.564,2"), "food")
    assert ("2028", 1_489_440_000) in [(h.params["year"], h.params["expected"]) for h in hits]


def test_the_investment_with_its_vat_is_what_the_sources_must_cover():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH TRÀ CÀ GAI LEO TRƯỜNG LƯU
# 12. Vốn đầu tư và nguồn vốn
ĐVT: triệu đồng
| TT | Hạng mục | Giá trị |
|---|---|---|
| 1 | Nhà sấy, đóng gói | 900,0 |
| 2 | Máy sấy, máy đóng túi | 1.000,0 |
|  | Cộng giá trị chưa thuế GTGT | 1.900,0 |
|  | Thuế GTGT 10 % | 190,0 |
|  | Tổng mức đầu tư (đã gồm thuế GTGT) | 2.090,0 |

ĐVT: triệu đồng
| TT | Nguồn vốn | Số tiền |
|---|---|---|
| 1 | Vốn góp của thành viên | {own} |
| 2 | Vay Ngân hàng Nông nghiệp | 1.000,0 |
|  | Tổng cộng | {total} |
"""
    assert rule_hits("capital-mismatch", plan.format(own="1.090,0", total="2.090,0"), "herbal") == []
    # the sources cover the sum before the tax only: 1.900 against 2.090 (−9 %)
    assert rule_hits("capital-mismatch", plan.format(own="900,0", total="1.900,0"), "herbal") != []


_LINES = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CU ĐƠ XUÂN LAM
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | ĐVT | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|---|
| 1 | Cu đơ truyền thống | kg | 15.000 | 14.850 | 13.200 |
| 2 | Cu đơ gừng | kg | - | 3.000 | {ginger} |
|  | Tổng sản lượng | kg | 15.000 | 17.850 | {total} |
# 9. Thiết bị
Bảng 5. Công suất thiết bị

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Dây chuyền nấu, kéo, cắt kẹo (70 kg/ngày) |  |  |  |
|  | Công suất năm (kg) | 19.600 | 19.600 | 19.600 |
| 2 | Nồi nấu kẹo gừng (20 kg/ngày, từ 2028) |  |  |  |
|  | Công suất năm (kg) | - | 5.600 | 5.600 |
"""


def test_the_lines_capacities_by_year_add_up():
    # 2028: 17.850 kg against 19.600 + 5.600 = 25.200, not against the ginger line's 5.600 (hj01)
    assert rule_hits("capacity-exceeded", _LINES.format(ginger="4.500", total="17.700"), "food") == []
    hits = rule_hits("capacity-exceeded", _LINES.format(ginger="16.000", total="29.200"), "food")
    assert [h.params["year"] for h in hits] == ["2029"]


def test_a_capacity_rows_year_under_a_column_of_the_years_capacity():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH CHÈ LAM TÙNG ẢNH
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Cộng sản lượng chè lam gừng (kg) | 3.000 | {y2028} | 3.300 |
# 9. Thiết bị
Bảng 5. Công suất thiết bị

| Dây chuyền | Thiết bị giới hạn | Ngày/năm | Công suất/năm |
|---|---|---|---|
| Chè lam gừng | nồi sên và máy cán cắt 17 kg/ngày | 200 | 3.400 |
"""
    # (17 kg × 365 days would allow 6.205 kg: the row says 3.400 a year)
    assert rule_hits("capacity-exceeded", plan.format(y2028="3.350"), "food") == []
    assert [h.params["year"] for h in rule_hits("capacity-exceeded", plan.format(y2028="3.750"), "food")] == ["2028"]


def test_the_rows_under_a_numbered_head_count_in_its_unit():
    # hj01 / hi01: the supply rows under "1 | Nhu cầu lạc nhân (kg)" and their "Cộng nguồn cung" are kilograms
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH KẸO LẠC XUÂN LAM
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Kẹo lạc (kg) | 20.000 | 22.000 | 24.000 |
# 8. Nguồn nguyên liệu
Định mức 0,3 kg lạc nhân cho 1 kg kẹo lạc.

Bảng 4. Nhu cầu và nguồn cung nguyên liệu

| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Nhu cầu lạc nhân (kg) | 6.000 | 6.600 | 7.200 |
|  | Hộ trồng lạc thôn Xuân Phổ (30 hộ × 200 kg) | 6.000 | 6.000 | 6.000 |
|  | HTX nông nghiệp Xuân Liên (1 hợp đồng × 2.500 kg) | 2.500 | 2.500 | 2.500 |
|  | Cộng nguồn cung | {total} | {total} | {total} |

Lạc nhân mua theo hợp đồng của 30 hộ thôn Xuân Phổ, mỗi hộ khoảng 200 kg/năm.
"""
    assert rule_hits("material-shortfall", plan.format(total="8.500"), "food") == []


def test_a_years_need_and_supply_in_one_sentence_are_no_norm():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH MẬT ONG HƯƠNG ĐÔ
# 7. Kế hoạch sản xuất
| TT | Sản phẩm | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Mật ong thành phẩm (kg) | 3.500 | 3.710 | 3.937 |
# 8. Nguồn nguyên liệu
Định mức 1,08 kg mật thô cho 1 kg mật thành phẩm. Năm 2029 cần 4.252 kg mật thô, đàn ong cho 4.800 kg.
"""
    from tests.test_generalisation import view_of
    from pipeline.judge.checks import arithmetic as A
    from pipeline.judge.rules import load_ruleset

    spec = next(r for r in load_ruleset().rules if r.id == "material-shortfall").checks[0]
    m = A.model(view_of(plan, "honey"), spec)
    assert [(r.inp, r.out) for r in A.ratios(m)] == [(1.08, 1.0)]


def test_the_target_of_a_change_is_not_the_origins_year():
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NƯỚC MẮM KỲ PHƯƠNG
# 7. Kế hoạch sản xuất
| TT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 |
|---|---|---|---|---|
| 1 | Sản lượng quy đổi (lít) | 36.000 | 37.500 | 28.000 |

Năm 2029 không còn nước mắm can nên sản lượng quy đổi giảm từ 37.500 lít năm 2028 xuống 28.000 lít.
"""
    from tests.test_generalisation import view_of
    from pipeline.judge.checks import arithmetic as A
    from pipeline.judge.rules import load_ruleset

    assert rule_hits("figure-inconsistent", plan, "food") == []
    spec = next(r for r in load_ruleset().rules if r.id == "figure-inconsistent").checks[0]
    said = {(st.key, st.value) for st in A._output_stmts(A.model(view_of(plan, "food"), spec)) if "giảm từ" in st.evidence}
    assert said == {((2028, "l"), 37_500.0)}  # the 28.000 is no 2028 output


def test_a_short_plans_production_part_with_a_years_output_is_its_production_plan():
    from pipeline.extract import analyse
    from pipeline.ingest.text_reader import read_markdown

    plan = analyse(read_markdown("""PHƯƠNG ÁN KINH DOANH BÁNH RAM BÀ HIỀN
# Thông tin chung
Hộ bà Trần Thị Hiền, xã Tiên Điền.
# Sản xuất
Mỗi năm làm khoảng 30.000 chiếc bánh, bán 5.000 đồng/chiếc.
"""))
    assert "production_plan" in {s.key for s in plan.sections}


def test_a_summary_table_with_no_unit_takes_the_unit_of_the_table_it_repeats():
    # hl08: "Bảng 13. Tổng hợp hiệu quả" states no unit; its revenue and cost repeat the revenue and cost tables'
    # in triệu đồng, so its profit is held against them too
    plan = """PHƯƠNG ÁN SẢN XUẤT KINH DOANH NÓN LÁ TÙNG ẢNH
# 10. Hiệu quả kinh tế
Bảng 11. Doanh thu

ĐVT: triệu đồng
| TT | Dòng sản phẩm | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Nón lá bài thơ | 1.000,0 | 1.200,0 | 1.400,0 |
| 2 | Chè lam gừng | 446,0 | 507,5 | 581,2 |
|  | Tổng doanh thu | 1.446,0 | 1.707,5 | 1.981,2 |

Bảng 13. Tổng hợp hiệu quả

| TT | Chỉ tiêu | 2027 | 2028 | 2029 |
|---|---|---|---|---|
| 1 | Doanh thu | 1.446,0 | 1.707,5 | 1.981,2 |
| 2 | Chi phí | 1.240,7 | 1.347,2 | 1.513,4 |
| 3 | Lợi nhuận | {profit} | 360,3 | 467,8 |
| 4 | Lao động (người) | 14 | 14 | 15 |
"""
    assert rule_hits("profit-mismatch", plan.format(profit="205,3"), "handicraft") == []
    hits = rule_hits("profit-mismatch", plan.format(profit="256,7"), "handicraft")
    assert [h.params["year"] for h in hits] == ["2027"]
