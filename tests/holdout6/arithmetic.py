"""The sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout6/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, payback, raw-material need vs supply, output vs
capacity, growth. Planted numeric defects are asserted wrong by more than 5 % and everything else
right (within 1 %). Table figures are read from the plan's source; figures quoted from running
text are looked up verbatim, so the numbers cannot drift from the text. The textual planted
defects (no alcohol licence, no trademark, no environmental measure, a second producer name, no
label, replaced instruments cited, two areas, no product standard, no registration, no food
safety) are asserted too, as is the absence of template placeholders in every other plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"


def q01() -> Plan:
    p = Plan("q01_tom_kho_thien_cam_cty")
    hop, tui, kg = p.row("Tôm khô hộp 200 g"), p.row("Tôm khô túi 500 g"), p.row("Tổng sản lượng tôm khô")
    fresh, staff = p.row("Tôm tươi nguyên liệu"), p.row("Lao động thường xuyên")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hộp 200 g (300.000"), p.row("Túi 500 g (720.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tôm tươi (150.000", "Muối, điện sấy", "Hộp, túi, nhãn", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # table in thousand đồng
        p.check(close(kg[y], hop[y] * 0.2 + tui[y] * 0.5) and close(fresh[y], kg[y] * 4.5), f"kg, fresh 4,5:1 {y}")
        p.check(close(r1[y], hop[y] * 300) and close(r2[y], tui[y] * 720) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 150) and close(lines[1][y], kg[y] * 25)
                and close(lines[2][y], hop[y] * 6 + tui[y] * 8), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6500 * 12) and close(lines[4][y], 235000)
                and close(lines[5][y], [1500, 1000, 500][y] * 80) and close(lines[6][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e6 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fresh[y] <= 24000 and fresh[y] <= 2 * 250 * 150, f"shrimp contracts, dryer capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng mở rộng 120", "Hai máy sấy bơm nhiệt", "Kho lạnh 30", "Máy hút chân không",
                                "Hệ thống thu gom", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2800 == 1300 + 1500, "capital")
    p.check(sum(items[:5]) == 2350 and 2350 / 10 == 235, "depreciation 2.350 / 10")
    p.check(avg1([923.8, 1285.3, 1592.8]) == 1267.3 and close(sum(post) / 3000, 1267.3, 0.001), "average profit")
    p.check(close(2800 / (1267.3 + 235), 1.9, 0.05), "payback 1,9")
    p.check(close(75000 / 4.5 / 1000, 16.7, 0.01) and 4800 * 4.5 == 21600, "16,7 tấn capacity, 21.600 kg need")
    p.check(close(3000 / 2600 * 3.5, 4.1, 0.05) and kg[0] / 3000 < 1.2, "recent output 2.600 / 3.000 kg, +17 %")
    p.check(close(rev[0] / 1e6, 5.16) and close(rev[2] / 1e6, 7.08), "revenue in tỷ")
    p.has("(923,8 + 1.285,3 + 1.592,8) : 3 ≈ 1.267,3", "2.800 : (1.267,3 + 235) ≈ 1,9 năm", "300.000 đồng/hộp",
          "720.000 đồng/túi", "24.000 kg tôm tươi/năm", "2 × 250 × 150 = 75.000 kg", "4.800 kg × 4,5 = 21.600 kg",
          "có 10 lao động thường xuyên")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    return p


def q02() -> Plan:
    p = Plan("q02_khan_lua_tu_my_htx")
    a, b, m = p.row("Khăn lụa trơn nhuộm tự nhiên"), p.row("Khăn lụa dệt hoa văn"), p.row("Vải lụa khổ 90 cm")
    silk, cocoon = p.row("Tơ tằm sử dụng"), p.row("Kén tươi cần dùng")
    rev, ra, rb, rm = (p.row("Tổng doanh thu"), p.row("Khăn trơn (420.000"), p.row("Khăn hoa văn (650.000"),
                       p.row("Vải lụa (280.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Kén tằm (160.000", "Chất nhuộm", "Tiền công khoán", "Hộp, túi, nhãn", "Điện, nước, củi",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Thù lao quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(silk[y], (a[y] + b[y]) * 0.07 + m[y] * 0.09) and close(cocoon[y], silk[y] * 8), f"silk, cocoons {y}")
        p.check(close(ra[y], a[y] * 0.42) and close(rb[y], b[y] * 0.65) and close(rm[y], m[y] * 0.28)
                and close(rev[y], ra[y] + rb[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], cocoon[y] * 0.16) and close(lines[1][y], (a[y] + b[y]) * 0.015 + m[y] * 0.01)
                and close(lines[2][y], a[y] * 0.12 + b[y] * 0.22 + m[y] * 0.08)
                and close(lines[3][y], (a[y] + b[y]) * 0.012 + m[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[5][y], 60) and close(lines[6][y], [400, 300, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.06), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(cocoon[y] <= 6 * 700, f"cocoons within the members' 4.200 kg {y}")
        p.check(a[y] + 2 * b[y] + m[y] / 3 <= 25 * 250, f"loom-days within 25 looms x 250 days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(a[2] + 2 * b[2] + m[2] / 3, 5433, 0.001), "5.433 loom-days in 2029")
    p.check(290 + 150 + 100 + 60 + 60 + 40 == 700 == 300 + 400 and 290 + 150 + 100 + 60 == 600, "capital, fixed 600")
    p.check(avg1(post) == 430.9 and close(700 / (430.9 + 60), 1.4, 0.05), "average profit, payback 1,4")
    p.check(close(lines[2][0] / 27 / 12, 1.65, 0.02) and close(lines[2][2] / 27 / 12, 2.18, 0.02), "1,6–2,2 tr/tháng")
    p.check(close(rev[0] / 1450, 1.23, 0.01), "+23 % on 2026")
    p.has("(343,7 + 430,9 + 518,2) : 3 ≈ 430,9", "700 : (430,9 + 60) ≈ 1,4 năm", "420.000 đồng/chiếc",
          "650.000 đồng/chiếc", "280.000 đồng/m", "khoảng 4.200 kg kén/năm", "21 thành viên và 6 lao động thuê",
          "1,6–2,2 triệu đồng/người/tháng", "QCVN 01:2017/BCT")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"an toàn thực phẩm|ATTP", "a textile plan with a food-safety paragraph")
    return p


def q03() -> Plan:
    p = Plan("q03_xa_bong_thao_duoc_duc_quang_hkd")
    le, hop, n = p.row("Bánh lẻ 100 g – số lượng"), p.row("Hộp quà 3 bánh – số lượng"), p.row("Tổng số bánh")
    price_le, price_hop = p.row("– giá bán"), p.row("– giá bán", skip=1)
    r1, r2, rev = p.row("– doanh thu"), p.row("– doanh thu", skip=1), p.row("TỔNG DOANH THU")
    lines = [p.row(x) for x in ("Nguyên liệu (9.000", "Giấy gói, nhãn", "Hộp quà (12.000", "Tiền lương", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Kiểm nghiệm, quản lý", "Thuế GTGT, TNCN")]
    cost, prof = p.row("TỔNG CHI PHÍ"), p.row("LỢI NHUẬN")
    workers = [5, 6, 6]
    for y in Y:
        p.check(n[y] == le[y] + 3 * hop[y] and price_le[y] == 45000 and price_hop[y] == 150000, f"bars, prices {y}")
        p.check(close(r1[y], le[y] * 0.045) and close(r2[y], hop[y] * 0.15) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], n[y] * 0.009) and close(lines[1][y], n[y] * 0.0025) and close(lines[2][y], hop[y] * 0.012),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * 6 * 12) and close(lines[6][y], [300, 200, 100][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.08) and close(lines[9][y], rev[y] * 0.045), f"wages, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(n[y] <= 200 * 250 and n[y] / 12 <= 8000, f"one batch a day, curing shelves {y}")
        p.check(n[y] * 0.015 <= 800 and n[y] * 0.07 <= 2840, f"herbs within garden + contracts, oil {y}")
    p.check(close(n[2] * 0.07, 2840, 0.01) and close(n[2] * 0.015, 610, 0.01), "2029 oil 2.840 kg, herbs 610 kg")
    p.check(220 + 170 + 60 + 30 + 20 == 500 == 200 + 300 and 220 + 170 + 60 == 450, "capital, fixed 450")
    p.check(avg1(prof) == 476.4 and close(500 / (476.4 + 45), 1.0, 0.05), "average profit, payback 1,0")
    p.check(n[0] / 24000 == 1.25, "30.000 bars = +25 % on 2026")
    p.check(close(rev[0] / 1000, 1.41) and close(rev[2] / 1000, 1.9, 0.01), "revenue in tỷ")
    p.has("(369,8 + 455,2 + 604,1) : 3 ≈ 476,4", "500 : (476,4 + 45) ≈ 1,0 năm", "45.000 đồng/bánh", "150.000 đồng/hộp",
          "năng lực khoảng 50.000 bánh/năm", "Phiếu tiếp nhận công bố sản phẩm mỹ phẩm", "đủ điều kiện sản xuất mỹ phẩm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"an toàn thực phẩm|ATTP|15/2018", "a cosmetic plan with a food-safety paragraph")
    return p


def q04() -> Plan:
    p = Plan("q04_nam_so_truong_luu_htx")
    bags, trays, bulk, kg, straw = (p.row("Bịch phôi đưa vào"), p.row("Nấm đóng khay 300 g"), p.row("Nấm bán buôn |"),
                                    p.row("Tổng sản lượng nấm tươi"), p.row("Rơm khô sử dụng"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("– Nấm khay (20.000"), p.row("– Nấm bán buôn (32.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("– Phôi nấm", "– Khay, màng", "– Tiền công", "– Điện, nước", "– Khấu hao", "– Lãi vay",
                                 "– Vận chuyển", "– Quản lý")]
    prof = p.row("Lợi nhuận |")
    staff = [8, 9, 10]
    for y in Y:
        p.check(close(kg[y], trays[y] * 0.3 + bulk[y]) and close(bags[y], kg[y] / 0.4) and close(straw[y], bags[y] * 1.2 / 1000),
                f"kg, bags, straw {y}")
        p.check(close(r1[y], trays[y] * 0.02) and close(r2[y], bulk[y] * 0.032) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.0045) and close(lines[1][y], trays[y] * 0.0015)
                and close(lines[2][y], staff[y] * 5 * 12) and close(lines[5][y], [450, 300, 150][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bags[y] <= 6 * 4500 * 4 and straw[y] <= 150, f"houses, straw contracts {y}")
    p.check(66000 <= 4 * 4500 * 4 and close(rev[0] / 1000, 1.44) and rev[0] / 1000 < 1.5, "2026 within 4 houses; +44 %")
    p.check(240 + 120 + 180 + 60 + 100 + 40 + 60 == 800 == 250 + 450 + 100 and 240 + 120 + 180 + 60 + 100 == 700,
            "capital, fixed 700")
    p.check(avg1(prof) == 363.2 and close(800 / (363.2 + 70), 1.8, 0.05), "average profit, payback 1,8")
    p.has("(274,0 + 363,2 + 452,4) : 3 ≈ 363,2", "800 : (363,2 + 70) ≈ 1,8 năm", "20.000 đồng/khay", "32.000 đồng/kg",
          "6 nhà × 4.500 bịch × 4 lứa = 108.000 bịch/năm", "khoảng 150 tấn/năm", "Bản cam kết sản xuất thực phẩm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    return p


def q05() -> Plan:
    p = Plan("q05_ruou_ngo_huong_binh_htx")
    c, b, litres, corn, staff = (p.row("Rượu chai 500 ml"), p.row("Rượu bình sành 2 lít"), p.row("Tổng lượng rượu"),
                                 p.row("Ngô hạt nguyên liệu"), p.row("Lao động |"))
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Ngô hạt |", "Men lá, củi", "Chai, bình, nút", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Thuế tiêu thụ đặc biệt")]
    prof = p.row("Lợi nhuận |")
    true_rev = [c[y] * 0.15 + b[y] * 0.52 for y in Y]  # 150.000 đ/chai, 520.000 đ/bình (prices in the text)
    for y in Y:
        p.check(litres[y] == c[y] * 0.5 + b[y] * 2 and close(corn[y], litres[y] * 2.5), f"litres, corn {y}")
        p.check(close(lines[0][y], corn[y] * 0.009) and close(lines[1][y], litres[y] * 0.012)
                and close(lines[2][y], c[y] * 0.015 + b[y] * 0.06), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[5][y], [400, 300, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], rev[y] * 0.40), f"wages, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit follow the table {y}")
        p.check(corn[y] <= 30000 and corn[y] <= 2 * 100 * 250, f"corn contracts, stills {y}")
    p.check(close(rev[1], true_rev[1]) and close(rev[2], true_rev[2]), "2028, 2029 revenue right")
    p.check(close(true_rev[0], 2130) and off(rev[0], true_rev[0]), "PLANTED 2027 revenue 2.380 != 9.000 x 150.000 + 1.500 x 520.000 = 2.130")
    true_cost0 = cost[0] - lines[6][0] - lines[7][0] + true_rev[0] * 0.46
    true_prof0 = true_rev[0] - true_cost0
    p.check(close(true_prof0, 183.5, 0.01) and off(prof[0], true_prof0), "2027 profit wrong against the true revenue (tolerated)")
    p.check(200 + 130 + 40 + 100 + 80 + 50 + 200 == 800 == 400 + 400 and 200 + 130 + 40 + 100 + 80 == 550, "capital, fixed 550")
    p.check(avg1(prof) == 306.0 and close(800 / (306.0 + 55), 2.2, 0.05), "payback 2,2 on the written profits")
    true_pb = 800 / ((true_prof0 + prof[1] + prof[2]) / 3 + 55)
    p.check(close(true_pb, 2.53, 0.01) and off(true_pb, 2.2), "true payback ≈ 2,5 (tolerated)")
    p.has("150.000 đồng/chai 500 ml", "520.000 đồng/bình 2 lít", "doanh thu năm 2027 ước đạt 2,38 tỷ đồng",
          "Doanh thu năm 2027 đạt 2,38 tỷ đồng", "30 tấn ngô hạt/năm", "800 : (306,0 + 55) ≈ 2,2 năm")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh",
            "PLANTED no alcohol production licence anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý", "PLANTED no trademark anywhere")
    return p


def q06() -> Plan:
    p = Plan("q06_nhang_tram_ky_thuong_ctcp")
    q, n, kg = p.row("Nhang que hộp 250 g"), p.row("Nhang nụ hộp 120 viên"), p.row("Khối lượng nhang thành phẩm")
    rev, rq, rn = p.row("Doanh thu |"), p.row("Nhang que (220.000"), p.row("Nhang nụ (160.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Nguyên liệu (80.000", "Hộp, nhãn (15.000", "Tiền lương |", "Điện, nước |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [10, 11, 12]
    for y in Y:  # whole đồng
        p.check(close(kg[y], q[y] * 0.25 + n[y] * 0.24), f"kg {y}")
        p.check(close(rq[y], q[y] * 220000) and close(rn[y], n[y] * 160000) and close(rev[y], rq[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], q[y] * 80000 + n[y] * 60000) and close(lines[1][y], q[y] * 15000 + n[y] * 12000),
                f"per-box costs {y}")
        p.check(close(lines[2][y], workers[y] * 6.5e6 * 12) and close(lines[4][y], 210e6)
                and close(lines[5][y], [950, 650, 350][y] * 1e6 * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e9 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] * 0.6 <= 4500 and q[y] * 0.25 <= 2 * 25 * 280 and n[y] * 0.24 <= 10 * 280,
                f"powder supply, machine capacity {y}")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Máy nghiền, máy trộn", "Lò sấy nhang", "Kho chứa, kệ phơi",
                                "Phòng trưng bày", "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == 2.35e9 and total == 2.15e9 and off(total, sum(items)),
            "PLANTED investment items 2.350.000.000 != 'Tổng cộng' 2.150.000.000")
    p.check(1.2e9 + 0.95e9 == total, "sources equal the written total (capital-mismatch against the items: tolerated)")
    p.check(sum(items[:5]) == 2.1e9 and 2.1e9 / 10 == lines[4][0], "depreciation 2.100.000.000 / 10")
    avg = sum(post) / 3
    p.check(close(avg, 576.02e6, 0.0001) and close(2.15e9 / (avg + 210e6), 2.7, 0.05), "payback 2,7 on the written total")
    p.check(close(2.35e9 / (avg + 210e6), 2.99, 0.01) and off(2.35e9 / (avg + 210e6), 2.7), "payback on the items ≈ 3,0 (tolerated)")
    p.check(close(kg[2] * 0.6, 3552), "3.552 kg of agarwood powder in 2029")
    p.check(close(rev[0] / 2.9e9, 1.24, 0.01), "+24 % on 2026")
    p.has("220.000 đồng/hộp", "160.000 đồng/hộp", "4.500 kg bột trầm/năm", "2.150.000.000 : (576.020.000 + 210.000.000) ≈ 2,7 năm")
    p.check(p.count("Công ty Cổ phần Hương trầm Phúc Lộc") == 2 and p.count("Công ty Cổ phần Trầm hương Kỳ Thượng") >= 2
            and p.count("Phúc Lộc") == 2, "PLANTED a second producer name, in the distribution paragraph and the commitment")
    p.lacks(r"môi trường|bụi|chất thải|nước thải|xử lý|thu gom|\brác\b|tiếng ồn|phế phẩm",
            "PLANTED no environmental measure anywhere")
    return p


def q07() -> Plan:
    p = Plan("q07_mut_gung_mai_hoa_hkd")
    h, t, kg, ginger = (p.row("Hộp 300 g (hộp)"), p.row("Túi 500 g (túi)"), p.row("Tổng khối lượng mứt"),
                        p.row("Gừng tươi cần dùng"))
    rev, rh, rt = p.row("1. Doanh thu"), p.row("Hộp 300 g (75.000"), p.row("Túi 500 g (110.000")
    cost = p.row("2. Chi phí")
    lines = [p.row(x) for x in ("Gừng tươi (15.000", "Đường (12.000", "Hộp, túi đựng", "Tiền công lao động", "Điện, gas",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (5%)", "Thuế (4,5%", "Chi khác |")]
    prof = p.row("3. Lợi nhuận")
    workers = [6, 7, 7]
    for y in Y:  # thousand đồng
        p.check(kg[y] == h[y] * 0.3 + t[y] * 0.5 and close(ginger[y], kg[y] * 1.5), f"kg, ginger {y}")
        p.check(close(rh[y], h[y] * 75) and close(rt[y], t[y] * 110) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], ginger[y] * 15) and close(lines[1][y], kg[y] * 12) and close(lines[2][y], h[y] * 6 + t[y] * 4)
                and close(lines[4][y], kg[y] * 3), f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * 5000 * 8) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.045), f"wages, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(ginger[y] <= 6000 + 4000 and kg[y] <= 60 * 120, f"ginger supply, 60 kg a day x 120 days {y}")
    p.check(lines[6] == [13200, 6600, 0] and close(200000 * 0.066, 13200), "interest 6,6 % on 200 / 100 triệu")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 276575 and off(prof[1], rev[1] - cost[1]), "PLANTED 2028 profit 336.575 != 276.575")
    need, sources = 250 + 200 + 50 + 50 + 100, 300 + 200 + 100
    p.check(need == 650 and sources == 600 and off(sources, need), "PLANTED sources 600 != need 650")
    p.check(250 + 200 + 50 == 500, "fixed 500, depreciation 50")
    written, true = (prof[0] + prof[1] + prof[2]) / 3000, (prof[0] + rev[1] - cost[1] + prof[2]) / 3000
    p.check(close(650 / (written + 50), 1.81, 0.01) and close(650 / (true + 50), 1.91, 0.01),
            "'khoảng 2 năm' within rounding of 1,8 (written) and 1,9 (true)")
    p.check(kg[0] / 2600 < 1.3, "+27 % on 2026")
    p.has("75.000 đồng/hộp", "110.000 đồng/túi", "Tổng nhu cầu vốn của phương án là 650 triệu đồng",
          "vốn tự có 300 triệu đồng", "200 triệu đồng, lãi suất 6,6%/năm", "vay người thân 100 triệu đồng",
          "khoảng 4 tấn/năm", "khoảng 2 năm")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn",
            "PLANTED no label, label content or labelling decree anywhere")
    return p


def q08() -> Plan:
    p = Plan("q08_nem_chua_thach_lac_cty")
    c, h, kg, staff = p.row("Nem gói lá (chục"), p.row("Nem hộp 500 g |"), p.row("Tổng sản lượng nem"), p.row("Lao động |")
    rev, rc, rh = p.row("Doanh thu |"), p.row("Nem gói lá (45.000"), p.row("Nem hộp (95.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt nạc, bì", "Thính, gia vị", "Túi, hộp, nhãn", "Tiền lương", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    capacity = 100 * 300  # kg a year
    for y in Y:
        p.check(kg[y] == c[y] * 0.25 + h[y] * 0.5, f"kg {y}")
        p.check(close(rc[y], c[y] * 0.045) and close(rh[y], h[y] * 0.095) and close(rev[y], rc[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.083) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], c[y] * 0.0015 + h[y] * 0.005) and close(lines[4][y], kg[y] * 0.002), f"per-kg costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[6][y], [1200, 800, 400][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.06), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] * 0.7 <= 30000 and kg[y] * 0.2 <= 8400, f"pork and skin contracts {y}")
        if y:
            p.check(kg[y] / kg[y - 1] < 1.3, f"yearly growth below 30 % {y}")
    p.check(kg[0] <= capacity, "2027 within 30 tấn")
    p.check(off(kg[1], capacity) and off(kg[2], capacity), "PLANTED 2028-2029 output 33 / 39 tấn > 30 tấn capacity")
    p.check(500 + 400 + 250 + 250 + 100 + 100 + 400 == 2000 == 800 + 1200 and 500 + 400 + 250 + 250 + 100 == 1500,
            "capital, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 825.5, 0.001) and close(2000 / (avg + 150), 2.05, 0.01), "true payback ≈ 2,1")
    p.check(off(1.3, 2000 / (avg + 150)) and off(1.3, 2000 / avg) and close(2000 / (pre[2] + 150), 1.33, 0.01),
            "PLANTED payback 1,3 != 2,1 (2,4 without depreciation); 1,3 is the 2029 pre-tax profit alone")
    p.check(close(kg[0] / 21000, 1.24, 0.01), "+24 % on 2026")
    p.has("100 kg nem/ngày, làm việc 300 ngày/năm, tương đương 30 tấn nem/năm", "Thời gian hoàn vốn khoảng 1,3 năm",
          "45.000 đồng/chục", "95.000 đồng/hộp", "2,5 tấn thịt nạc và 0,7 tấn bì")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current criteria decision is not cited")
    return p


def q09() -> Plan:
    p = Plan("q09_tinh_dau_sa_ky_lac_htx")
    a, b, w, litres, leaf = (p.row("Chai 10 ml |"), p.row("Chai 50 ml |"), p.row("Tinh dầu bán buôn"),
                             p.row("Tổng lượng tinh dầu"), p.row("Lá sả nguyên liệu"))
    rev, ra, rb, rw = (p.row("Doanh thu |"), p.row("– Chai 10 ml (45.000"), p.row("– Chai 50 ml (170.000"),
                       p.row("– Bán buôn (650.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("– Lá sả", "– Củi, điện", "– Chai, hộp", "– Tiền lương", "– Khấu hao", "– Lãi vay",
                                 "– Bán hàng", "– Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [5, 7, 10]
    for y in Y:
        p.check(close(litres[y], a[y] * 0.01 + b[y] * 0.05 + w[y]) and close(leaf[y], litres[y] / 5), f"litres, leaf {y}")
        p.check(close(ra[y], a[y] * 0.045) and close(rb[y], b[y] * 0.17) and close(rw[y], w[y] * 0.65)
                and close(rev[y], ra[y] + rb[y] + rw[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 1.2) and close(lines[1][y], litres[y] * 0.15)
                and close(lines[2][y], a[y] * 0.006 + b[y] * 0.012 + w[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * 5.5 * 12) and close(lines[5][y], [500, 350, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.10), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate, 0.02) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(leaf[y] <= 8 * 45 and leaf[y] <= 2 * 0.5 * 2 * 250, f"leaf from 8 ha, two stills {y} (no shortfall, no capacity issue)")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 > 2.3 and g2 > 2.2 and litres[1] / litres[0] > 2.3 and litres[2] / litres[1] > 2.2,
            "PLANTED output and revenue x2,4 then x2,2 a year (320 → 760 → 1.680 l; 791 → 1.874,5 → 4.144,5)")
    p.check(pre[0] / rev[0] < 0.03 and pre[2] / rev[2] > 0.45, "margin 3 % → 46 %")
    p.has("vùng nguyên liệu sả chanh của HTX rộng 12 ha", "Hiện HTX và các thành viên có 8 ha sả chanh")  # PLANTED
    p.check(8 * 45 == 360 and 12 * 45 == 540, "both areas cover the 336 tấn (no shortfall either way)")
    p.check(300 + 180 + 60 + 60 + 100 + 200 == 900 == 400 + 500 and 300 + 180 + 60 + 60 == 600, "capital, fixed 600")
    p.check(avg1(post) == 701.5 and close(900 / (701.5 + 60), 1.2, 0.05), "average profit, payback 1,2")
    p.has("(19,0 + 515,1 + 1.570,5) : 3 ≈ 701,5", "900 : (701,5 + 60) ≈ 1,2 năm", "45.000 đồng/chai", "170.000 đồng/chai",
          "650.000 đồng/lít", "HTX hiện bán qua 5 đại lý", "HTX có 1 nhân viên phụ trách bán hàng")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn", "PLANTED no product standard or declaration")
    p.lacks(r"hợp đồng", "no sales contract behind the growth")
    return p


def q10() -> Plan:
    p = Plan("q10_bun_kho_dong_loc")
    g, b, kg, rice = p.row("Bún khô gói 500 g"), p.row("Bún khô bao 5 kg"), p.row("Tổng sản lượng bún khô"), p.row("Gạo nguyên liệu")
    rev, rg, rb = p.row("Doanh thu |"), p.row("Gói 500 g (28.000"), p.row("Bao 5 kg (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo (14.000", "Điện, trấu", "Túi, bao, nhãn", "Tiền công", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    workers, supply = [6, 7, 8], 28000
    for y in Y:
        p.check(kg[y] == g[y] * 0.5 + b[y] * 5 and close(rice[y], kg[y] * 1.25), f"kg, rice {y}")
        p.check(close(rg[y], g[y] * 0.028) and close(rb[y], b[y] * 0.22) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.014) and close(lines[1][y], kg[y] * 0.0025)
                and close(lines[2][y], g[y] * 0.0012 + b[y] * 0.006), f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * 5 * 12) and close(lines[5][y], [300, 200, 100][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.04), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 150 * 280, f"line capacity 42 tấn {y}")
        p.check(off(rice[y], supply), f"PLANTED rice need {rice[y]:.0f} kg > 28.000 kg supply {y}")
    p.check(close(rice[0] / supply, 1.116, 0.01) and close(rice[2] / supply, 1.607, 0.01), "shortfall +12 % to +61 %")
    p.check(150 + 150 + 100 + 20 + 30 == 450 == 150 + 300 and 150 + 150 + 100 == 400, "capital, fixed 400")
    p.check(avg1(prof) == 328.0 and close(450 / (328.0 + 40), 1.2, 0.05), "average profit, payback 1,2")
    p.has("khoảng 28 tấn gạo/năm", "đủ cho nhu cầu sản xuất", "28.000 đồng/gói", "220.000 đồng/bao",
          "(236,8 + 321,0 + 426,2) : 3 ≈ 328,0", "450 : (328,0 + 40) ≈ 1,2 năm", "150 kg bún khô/ngày, 280 ngày/năm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ",
            "PLANTED no business registration anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết|vệ sinh thực phẩm|tự công bố|khám sức khỏe",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    return p


def sketchy() -> list[Plan]:
    a = Plan("q11_khoai_deo_co_dam_so_sai")
    a.check(3000 * 120000 == 360e6, "sweet-potato revenue sentence (3 tấn x 120.000 = 360 triệu)")
    a.has("khoảng 3 tấn/năm", "120.000 đồng/kg", "khoảng 360 triệu đồng/năm", "khoảng 150 triệu đồng")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    b = Plan("q12_lan_be_chuoi_dan_hai_so_sai")
    b.check(18000 * 70000 == 1.26e9, "basket revenue sentence (18.000 x 70.000 = 1,26 tỷ)")
    b.has("khoảng 18.000 sản phẩm/năm", "70.000 đồng/sản phẩm", "khoảng 1,26 tỷ đồng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, one page")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (q01, q02, q03, q04, q05, q06, q07, q08, q09, q10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
