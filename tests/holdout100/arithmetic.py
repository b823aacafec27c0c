"""Set 100's arithmetic, recomputed from the plans' sources: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout100/arithmetic.py

Theme: livestock and poultry with herd flows. For every plan: the herd flow (đầu kỳ + nhập/sinh −
hao hụt − xuất = cuối kỳ, and next year's đầu kỳ = this year's cuối kỳ), live weight × carcass
yield, feed per head vs supply, revenue = quantity × price, cost lines add up, profit = revenue −
cost, tax, investment items = total = sources, depreciation, interest, payback, capacity, growth.
Planted numeric defects are asserted wrong by more than 5 % with the true value computed, every
other number right within 1 %. Table figures are read from the plan's Markdown; figures quoted in
running text are looked up verbatim. Textual planted defects are asserted by the absence (or
presence) of their words; ready plans cite no replaced instrument; no plan has a template
placeholder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|123/2018|03/2014/TT-BKHĐT|UBND huyện|Phòng Nông nghiệp"


class Plan(plancheck.Plan):
    src = HERE / "src"


def herd(p: Plan, start: str, ins: list[str], outs: list[str], end: str) -> tuple[list[float], ...]:
    """Check the herd flow table; return the rows read (start, in rows..., out rows..., end)."""
    d, e = p.row(start), p.row(end)
    i = [p.row(x) for x in ins]
    o = [p.row(x) for x in outs]
    for y in Y:
        p.check(close(e[y], d[y] + sum(r[y] for r in i) - sum(r[y] for r in o)), f"herd flow {y}")
        if y:
            p.check(d[y] == e[y - 1], f"đầu kỳ {y} = cuối kỳ {y - 1}")
    return (d, *i, *o, e)


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


# ---------------------------------------------------------------- ready

def cw01() -> Plan:
    p = Plan("cw01_ga_doi_huong_tra_htx")
    d, nhap, hh, xb, e = herd(p, "Đầu kỳ", ["Nhập giống"], ["Hao hụt (5%", "Xuất bán |"], "Cuối kỳ")
    live, clean = p.row("Khối lượng gà hơi"), p.row("Gà làm sạch (tỷ lệ 70%)")
    feed, supply = p.row("Nhu cầu thức ăn hỗn hợp"), p.row("Hợp đồng cung ứng")
    staff = p.row("Cộng |")
    rev, cost = p.row("Doanh thu (gà làm sạch"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thức ăn hỗn hợp (10.000", "Gà giống (12.000", "Thuốc thú y, vắc xin (3.000",
                                 "Giết mổ thuê, túi, nhãn", "Điện, nước, chất độn", "Tiền lương",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển (4%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(hh[y], nhap[y] * 0.05) and p.row("Gà xuất bán")[y] == xb[y], f"5 % loss, sold {y}")
        p.check(close(live[y], xb[y] * 2.0) and close(clean[y], live[y] * 0.7), f"2,0 kg live, 70 % carcass {y}")
        p.check(close(feed[y], xb[y] * 7) and feed[y] <= supply[y] == 140000, f"7 kg feed within 140 tấn {y}")
        p.check(close(rev[y], clean[y] * 0.15), f"revenue = kg × 150.000 {y}")
        p.check(close(lines[0][y], feed[y] * 0.01) and close(lines[1][y], nhap[y] * 0.012)
                and close(lines[2][y], nhap[y] * 0.003) and close(lines[3][y], xb[y] * 0.008)
                and close(lines[4][y], nhap[y] * 0.002), f"per-head costs {y}")
        p.check(close(lines[5][y], staff[y] * 6 * 12) and lines[6][y] == 120
                and close(lines[7][y], [600, 400, 200][y] * 0.07) and close(lines[8][y], rev[y] * 0.04, 0.01)
                and lines[9][y] == 80, f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(nhap[y] <= 8000 * 3 and e[y] <= 8000, f"24.000 places a year {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Xây 2 dãy chuồng", "Rào lưới mở rộng", "Kho lạnh, tủ đông", "Máy hút chân không, máng",
                                "Hầm biogas, nhà ủ", "Bao bì, nhãn, kiểm", "Vốn lưu động (giống")]
    p.check(sum(items) == p.one("Tổng cộng") == 1700 == 1100 + 600 and sum(items[:5]) == 1200, "capital 1.700, fixed 1.200")
    avg = sum(prof) / 3
    p.check(close(avg, 831.1, 0.001) and close(1700 / (avg + 120), 1.8, 0.01), "average 831,1, payback 1,8")
    p.check(close(xb[0] / 11400, 1.25) and 12000 <= 4000 * 3, "+25 % on 2026; 2026 within the old 4.000 a batch")
    p.check(close(rev[0] / 1000, 3.0, 0.01) and close(rev[2] / 1000, 3.8, 0.01), "about 3 and 3,8 tỷ")
    p.check(close(xb[1] / xb[0], 1.13, 0.01) and close(xb[2] / xb[1], 1.12, 0.01), "+12–13 % a year")
    p.check(close(prof[0] / rev[0], 0.23, 0.01) and close(prof[2] / rev[2], 0.257, 0.01), "margin 23–26 %")
    p.check(close(1200 / 10, 120), "depreciation 10 years")
    p.has("150.000 đồng/kg", "12.000 đồng/con", "khối lượng tối đa 140 tấn/năm", "giá 10.000 đồng/kg",
          "19.950 kg × 150.000 đồng/kg = 2.992,5 triệu đồng", "(688,3 + 831,1 + 974) : 3 ≈ 831,1",
          "1.700 : (831,1 + 120) ≈ 1,8 năm", "nuôi tối đa 8.000 con mỗi lứa, tức 24.000 con/năm",
          "Chuồng hiện có nuôi tối đa 4.000 con mỗi lứa", "tổng cộng khoảng 9.000 kg/năm", "khoảng 7.000 kg/năm",
          "vay Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Hà Tĩnh 600 triệu đồng",
          "thành viên góp bổ sung 1.100 triệu đồng", "12 thành viên chính thức", "2.000 đồng/con gà nhập nuôi")
    p.check(9000 + 7000 <= clean[0], "contracted kg within output")
    ready_common(p)
    return p


def cw02() -> Plan:
    p = Plan("cw02_thit_de_say_ngan_pho_cty")
    d, cai, sinh, hh, xb, e = herd(p, "Đầu kỳ", ["Sinh ra"], ["Hao hụt", "Xuất giết mổ"], "Cuối kỳ")[0], \
        p.row("Dê cái sinh sản"), p.row("Sinh ra"), p.row("Hao hụt"), p.row("Xuất giết mổ"), p.row("Cuối kỳ")
    slaughtered, live, lean, dried, packs = (p.row("Dê giết mổ"), p.row("Khối lượng dê hơi"), p.row("Thịt nạc dùng sấy"),
                                             p.row("Thịt dê sấy |"), p.row("Số gói 200 g"))
    rev, r1, r2 = p.row("Tổng doanh thu"), p.row("Thịt dê sấy (220.000"), p.row("Phụ phẩm (300.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thức ăn tinh (50 kg", "Trồng, chăm sóc cỏ 4 ha", "Thuốc thú y (60.000",
                                 "Giết mổ thuê (150.000", "Gia vị, điện sấy", "Bao bì, nhãn (6.000", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [4, 4, 5]
    for y in Y:  # đồng
        avg = (d[y] + e[y]) / 2
        p.check(close(sinh[y], cai[y] * 1.6) and close(hh[y], sinh[y] * 0.1), f"1,6 kids per doe, 10 % loss {y}")
        p.check(slaughtered[y] == xb[y] and close(live[y], xb[y] * 30) and close(lean[y], xb[y] * 9)
                and close(dried[y], lean[y] / 2.5) and close(packs[y], dried[y] * 5), f"30 kg, 9 kg lean, 2,5:1, 200 g {y}")
        p.check(close(lean[y], live[y] * 0.45 * 9 / 13.5), f"lean within the 45 % carcass {y}")
        p.check(close(r1[y], packs[y] * 220000) and close(r2[y], xb[y] * 300000) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], avg * 50 * 8000) and lines[1][y] == 60e6 and close(lines[2][y], avg * 60000)
                and close(lines[3][y], xb[y] * 150000) and close(lines[4][y], dried[y] * 40000)
                and close(lines[5][y], packs[y] * 6000), f"per-head costs on the average herd {y}")
        p.check(close(lines[6][y], workers[y] * 6e6 * 12) and lines[7][y] == 60e6
                and close(lines[8][y], [300e6, 200e6, 100e6][y] * 0.07) and close(lines[9][y], rev[y] * 0.05)
                and lines[10][y] == 30e6, f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"20 % CIT {y}")
        p.check(lean[y] <= 60 * 100, f"dryer 6.000 kg fresh meat {y}")
        p.check(avg * 0.73 <= 4 * 130, f"grass need within 520 tấn {y}")
    p.check(close(((d[2] + e[2]) / 2) * 0.73, 435.8, 0.001), "435,8 tấn grass in 2029")
    p.check([(d[y] + e[y]) / 2 for y in Y] == [534, 565, 597], "average herds 534 / 565 / 597")
    items = [p.one(x) for x in ("Cải tạo, nâng cấp xưởng", "Tủ sấy nhiệt độ thấp, máy thái")] + [p.one("Tủ đông, tủ mát |", 1)] + [
        p.one(x) for x in ("Mở rộng chuồng sàn", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 800e6 == 500e6 + 300e6 and sum(items[:4]) == 600e6, "capital, fixed")
    avg_post = sum(post) / 3
    p.check(close(avg_post, 266.5e6, 0.001) and close(800e6 / (avg_post + 60e6), 2.5, 0.03), "266,5 triệu, payback 2,5")
    p.check(close(dried[0] / 750, 1.25, 0.01) and 1.11 <= dried[1] / dried[0] <= 1.14 and 1.11 <= dried[2] / dried[1] <= 1.14,
            "+25 % on 2026, then 11–14 %")
    p.check(close(220000 * 5, 1.1e6), "1.100.000 đồng/kg")
    p.check(close(750 * 1.1 + 210 * 0.3, 880, 0.01), "2026 revenue ≈ 880 triệu")
    p.has("220.000 đồng/gói", "4.680 gói × 220.000 đồng/gói = 1.029.600.000 đồng", "800.000.000 : (266.500.000 + 60.000.000) ≈ 2,5 năm",
          "266.500.000 đồng/năm", "1.500.000.000 đồng", "130 tấn/ha/năm, tổng 520 tấn", "6.000 kg thịt tươi/năm",
          "nhu cầu 2.970 kg năm 2029", "300.000 đồng/con", "2,5 kg thịt tươi cho 1 kg thịt sấy", "TCCS 01:2026/NP")
    ready_common(p)
    return p


def cw03() -> Plan:
    p = Plan("cw03_lon_den_huong_quang_hkd")
    d, sinh, hh, xb, e = herd(p, "Đầu kỳ", ["Lợn con sinh ra"], ["Hao hụt", "Xuất bán lợn thịt"], "Cuối kỳ")
    nai = p.row("Số nái sinh sản")
    live, meat = p.row("Khối lượng lợn hơi"), p.row("Thịt xẻ (70%)")
    f1, f2, ft = p.row("Thức ăn tinh cho lợn thịt"), p.row("Thức ăn tinh cho nái"), p.row("Tổng nhu cầu thức ăn tinh")
    lines = [p.row(x) for x in ("Thức ăn tinh (7.000", "Thuốc thú y, vắc xin (80.000", "Giết mổ thuê (200.000",
                                 "Khay, túi, nhãn (3.000", "Công lao động", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển (3%", "Điện, nước |", "Thuế khoán")]
    cost = p.row("Tổng chi phí")
    summary = [p.row(f"{2027 + y} |", 5) for y in Y]  # years as rows: kg, price, revenue, cost, profit
    for y in Y:  # triệu đồng
        kg, price, rev, c, prof = summary[y]
        p.check(close(sinh[y], nai[y] * 12) and close(hh[y], sinh[y] * 0.1, 0.02), f"12 piglets a sow, ≈10 % loss {y}")
        p.check(close(live[y], xb[y] * 60) and close(meat[y], live[y] * 0.7) and kg == meat[y], f"60 kg, 70 % {y}")
        p.check(close(f1[y], xb[y] * 250) and close(f2[y], nai[y] * 600) and ft[y] == f1[y] + f2[y] and ft[y] <= 90000,
                f"feed within 90 tấn {y}")
        p.check(price == 140000 and close(rev, kg * 0.14), f"revenue {y}")
        p.check(close(lines[0][y], ft[y] * 0.007) and close(lines[1][y], xb[y] * 0.08) and close(lines[2][y], xb[y] * 0.2)
                and close(lines[3][y], kg * 0.003), f"per-unit costs {y}")
        p.check(lines[4][y] == 2 * 5 * 12 + [1, 1, 2][y] * 5 * 12 and lines[5][y] == 50
                and close(lines[6][y], [200, 100, 0][y] * 0.07, 0.001) and close(lines[7][y], rev * 0.03, 0.01)
                and close(lines[9][y], rev * 0.015, 0.01), f"labour, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]) and close(prof, rev - c), f"cost, profit {y}")
        p.check(e[y] <= 220, f"220 places {y}")
    p.check(150 + 120 + 60 + 70 + 100 == 500 == 300 + 200 and 150 + 120 + 60 + 70 == 400 and close(400 / 8, 50),
            "capital 500, fixed 400, depreciation 8 years")
    avg = sum(s[4] for s in summary) / 3
    p.check(close(avg, 420.8, 0.001) and close(500 / (avg + 50), 1.06, 0.01), "average 420,8, payback 1,06")
    p.check(close(xb[0] / 170, 1.18, 0.01) and 1.13 <= xb[2] / xb[1] <= xb[1] / xb[0] <= 1.15, "+18 %, then 13–15 %")
    p.check(close(meat[2] * 0.14 / 1000, 1.53, 0.01), "over 1,5 tỷ in 2029")
    p.has("140.000 đồng/kg", "500 : (420,8 + 50) ≈ 1,06 năm", "(339,9 + 442,2 + 480,4) : 3 ≈ 420,8",
          "tối đa 90 tấn/năm, giá bình quân 7.000 đồng/kg", "tối đa 220 con", "Tổng vốn đầu tư 500 triệu đồng",
          "vốn tự có của hộ 300 triệu đồng", "vay Ngân hàng Chính sách xã hội 200 triệu đồng", "28H8004127")
    past = [p.row(f"{y} |", 2) for y in (2024, 2025, 2026)]
    p.check(past[2] == [20, 170] and past[0][1] < past[1][1] < past[2][1], "2024–2026 table ends at 20 sows, 170 pigs")
    ready_common(p)
    return p


def cw04() -> Plan:
    p = Plan("cw04_nhung_huou_son_lam_htx")
    d, sinh, hh, sold, e = herd(p, "Đầu kỳ", ["Sinh ra"], ["Hao hụt", "Xuất bán giống"], "Cuối kỳ")
    cai, duc = p.row("Hươu cái sinh sản"), p.row("Hươu đực cho nhung")
    fresh, dried, boxes, calves = p.row("Nhung tươi"), p.row("Nhung sấy thái lát |"), p.row("Hộp 50 g"), p.row("Hươu giống bán")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Nhung sấy (1.600.000"), p.row("Hươu giống (12 triệu")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thức ăn tinh (1,2", "Trồng, chăm sóc cỏ, cây lá", "Thuốc thú y (0,15",
                                 "Cắt, sấy nhung", "Lọ, hộp, nhãn", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng (6%", "Quản lý |")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        avg = (d[y] + e[y]) / 2
        p.check(close(sinh[y], cai[y] * 0.8) and calves[y] == sold[y], f"80 % calving, calves sold {y}")
        p.check(close(fresh[y], duc[y] * 0.9) and close(dried[y], fresh[y] / 3) and close(boxes[y], dried[y] * 20),
                f"0,9 kg velvet a stag, 3:1, 50 g boxes {y}")
        p.check(close(r1[y], boxes[y] * 1.6) and close(r2[y], sold[y] * 12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], avg * 1.2) and lines[1][y] == 45 and close(lines[2][y], avg * 0.15)
                and close(lines[3][y], fresh[y] * 0.5) and close(lines[4][y], boxes[y] * 0.03), f"per-head costs {y}")
        p.check(lines[5][y] == 5 * 5.5 * 12 and lines[6][y] == 70 and close(lines[7][y], [400, 200, 0][y] * 0.07, 0.001)
                and close(lines[8][y], rev[y] * 0.06, 0.01) and lines[9][y] == 50, f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(e[y] <= 300 and fresh[y] <= 200 and avg * 2.19 <= 650, f"300 places, dryer 200 kg, fodder 650 tấn {y}")
        p.check(duc[y] + cai[y] <= d[y], f"stags and hinds within the herd {y}")
    p.check(close(((d[2] + e[2]) / 2) * 2.19, 569.4, 0.001) and 4 * 100 + 250 == 650, "569,4 tấn of 650 tấn")
    p.check(close(200 * 0.006, 1.2) and close(6 * 365, 2190), "200 kg × 6.000 đ; 6 kg × 365")
    items = [p.one(x) for x in ("Mở rộng chuồng, sân", "Tủ sấy chân không, máy thái", "Nâng cấp phòng sơ chế",
                                "Trồng mới cỏ voi", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 700, "capital 1.000, fixed 700")
    avg = sum(prof) / 3
    p.check(close(avg, 303.9, 0.001) and close(1000 / (avg + 70), 2.7, 0.02), "average 303,9, payback 2,7")
    p.check(close(fresh[0] / 75, 1.08) and close(fresh[1] / fresh[0], 1.11, 0.01) and close(fresh[2] / fresh[1], 1.1),
            "+8 % on 2026, then ≈10 %")
    p.check(close(1.6 / 0.05, 32) and close(24 * 32 + 15 * 12, 950, 0.01), "32 triệu/kg; 2026 ≈ 950 triệu")
    p.check(close(rev[0] / 1000, 1.1) and close(rev[2] / 1000, 1.4, 0.02), "1,1 and 1,4 tỷ")
    p.has("1.600.000 đồng/hộp", "12 triệu đồng/con", "Tổng vốn đầu tư 1.000 triệu đồng", "(192,8 + 303,2 + 415,7) : 3 ≈ 303,9",
          "1.000 : (303,9 + 70) ≈ 2,7 năm", "tổng 650 tấn/năm", "nuôi được tối đa 300 con", "10 mẻ mỗi năm được 200 kg",
          "không ghi công dụng chữa bệnh")
    ready_common(p)
    return p


# ---------------------------------------------------------------- revise

def cw05() -> Plan:
    p = Plan("cw05_vit_co_thach_kenh_htx")
    d, nhap, hh, xb, e = herd(p, "Đầu kỳ", ["Nhập giống"], ["Hao hụt (6%)", "Xuất bán"], "Cuối kỳ")
    live, clean, feed = p.row("Khối lượng vịt hơi"), p.row("Vịt làm sạch (75%)"), p.row("Nhu cầu thóc, cám")
    rev, cost = p.row("Doanh thu (vịt làm sạch"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thóc, cám (8.000", "Vịt giống (8.000", "Thuốc thú y, vắc xin (2.000",
                                 "Giết mổ thuê, túi, nhãn (7.000", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển |", "Quản lý |", "Điện, nước |")]
    prof = p.row("Lợi nhuận |")
    true_rev = [clean[y] * 0.095 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(hh[y], nhap[y] * 0.06) and close(live[y], xb[y] * 1.6) and close(clean[y], live[y] * 0.75),
                f"6 % loss, 1,6 kg, 75 % {y}")
        p.check(close(feed[y], xb[y] * 5.5) and feed[y] <= 130000, f"feed within 130 tấn {y}")
        p.check(close(lines[0][y], feed[y] * 0.008) and close(lines[1][y], nhap[y] * 0.008)
                and close(lines[2][y], nhap[y] * 0.002) and close(lines[3][y], xb[y] * 0.007), f"per-head costs {y}")
        p.check(close(lines[4][y], [7, 7, 8][y] * 5.5 * 12) and lines[5][y] == 80
                and close(lines[6][y], [500, 350, 200][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost, and profit = stated revenue − cost {y}")
        p.check(nhap[y] <= 8000 * 4, f"32.000 places {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[1], true_rev[1]), "2027 and 2028 revenue right")
    p.check(close(true_rev[2], 2571.84, 0.0001) and off(rev[2], true_rev[2]) and close(rev[2] / true_rev[2], 1.117, 0.001),
            "PLANTED 2029 revenue 2.871,8 != 27.072 kg × 95.000 = 2.571,8 (+11,7 %)")
    p.check(close(true_rev[2] - cost[2], 364.3, 0.001) and off(prof[2], true_rev[2] - cost[2]), "knock-on: true 2029 profit 364,3")
    items = (300, 200, 80, 220, 60, 440)
    p.check(sum(items) == 1300 == 800 + 500 and sum(items[:4]) == 800, "capital 1.300, fixed 800")
    avg, true_avg = sum(prof) / 3, (prof[0] + prof[1] + true_rev[2] - cost[2]) / 3
    p.check(close(avg, 409.3, 0.001) and close(1300 / (avg + 80), 2.7, 0.02), "stated payback 2,7 from the stated profit")
    p.check(close(1300 / (true_avg + 80), 3.34, 0.01) and off(2.7, 1300 / (true_avg + 80)),
            "tolerated knock-on: true payback 3,3")
    p.check(close(xb[0] / 16000, 1.175) and close(xb[1] / xb[0], 1.1) and close(xb[2] / xb[1], 1.09, 0.01),
            "+18 % on 2026, then 10 %")
    p.has("95.000 đồng/kg", "Tổng vốn đầu tư 1.300 triệu đồng", "(232,4 + 331,3 + 664,3) : 3 ≈ 409,3",
          "1.300 : (409,3 + 80) ≈ 2,7 năm", "tổng 130 tấn/năm", "8.000 con mỗi lứa, 32.000 con/năm",
          "thành viên góp 800 triệu đồng", "500 triệu đồng, lãi suất 7%/năm, trả gốc 150 triệu đồng/năm",
          "mở rộng khu nuôi úm và 2 lán trại di động 300 triệu đồng", "vốn lưu động 440 triệu đồng")
    p.lacks(r"môi trường|chất thải|nước thải|\bphân\b(?! hạng| loại| theo| thành| chia)|phân bón|biogas|xử lý|đệm lót|"
            r"mùi|tiêu hủy|vịt chết|ủ phân|\bhố\b|bể lắng|khử trùng|sát trùng|\brác\b",
            "PLANTED no environmental measure anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.has("Nghị định 43/2017/NĐ-CP", "tự công bố", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cw06() -> Plan:
    p = Plan("cw06_bo_vang_ky_tan_cty")
    d, nhap, hh, xb, e = herd(p, "Đầu kỳ", ["Nhập bò gầy"], ["Hao hụt", "Xuất bán"], "Cuối kỳ")
    live, meat, grass, bran = (p.row("Khối lượng bò hơi"), p.row("Thịt xẻ (50%)"), p.row("Cỏ voi tươi (3 tấn"),
                               p.row("Cám ngô (240 kg"))
    rev, cost = p.row("Doanh thu (thịt xẻ"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bò gầy (16,2", "Trồng, chăm sóc cỏ", "Cám ngô (1,68", "Thuốc thú y (0,3",
                                 "Giết mổ thuê (0,5", "Khay, túi, nhãn (5.000", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển (3%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |")
    supply = 4 * 150
    for y in Y:  # triệu đồng
        p.check(close(live[y], xb[y] * 300) and close(meat[y], live[y] * 0.5), f"300 kg, 50 % {y}")
        p.check(close(grass[y], nhap[y] * 3) and close(bran[y], nhap[y] * 240), f"3 tấn grass, 240 kg bran a head {y}")
        p.check(close(rev[y], meat[y] * 0.2), f"revenue {y}")
        p.check(close(lines[0][y], nhap[y] * 16.2) and close(lines[2][y], bran[y] * 0.007)
                and close(lines[3][y], nhap[y] * 0.3) and close(lines[4][y], xb[y] * 0.5)
                and close(lines[5][y], meat[y] * 0.005), f"per-head costs {y}")
        p.check(close(lines[6][y], staff[y] * 7 * 12) and lines[7][y] == 200
                and close(lines[8][y], [1000, 700, 400][y] * 0.08) and close(lines[9][y], rev[y] * 0.03, 0.01),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"20 % CIT {y}")
        p.check(nhap[y] <= 360, f"pens 360 a year {y}")
        p.check(grass[y] > supply and off(grass[y], supply), f"PLANTED grass need {grass[y]:.0f} > 600 tấn supply {y}")
    p.check(close(grass[0] / supply, 1.2) and close(grass[2] / supply, 1.5), "PLANTED shortfall 20 % (2027) to 50 % (2029)")
    p.has("năng suất 150 tấn/ha/năm, cho 600 tấn cỏ/năm, đáp ứng đủ nhu cầu")
    items = [p.one(x) for x in ("Mở rộng chuồng, nhà kho", "Kho lạnh, nâng cấp", "Máy băm cỏ, máy trộn",
                                "Xe tải lạnh |", "Cải tạo hệ thống tưới", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 3000 and sum(items[:5]) == 2000 and close(2000 / 10, 200),
            "items = stated 3.000, fixed 2.000, depreciation 200")
    sources = 1500 + 1000
    p.check(off(sources, 3000) and close(sources / 3000, 0.833, 0.001), "PLANTED sources 2.500 != 3.000 (−16,7 %)")
    p.has("vốn chủ sở hữu của công ty 1.500 triệu đồng", "1.000 triệu đồng, lãi suất 8%/năm",
          "Hai nguồn này bảo đảm đủ nhu cầu vốn", "3.000 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 906.1, 0.001) and close(3000 / (avg + 200), 2.7, 0.02), "average 906,1, payback 2,7 (right)")
    p.check(close(xb[0] / 198, 1.2, 0.01) and 1.11 <= xb[2] / xb[1] <= xb[1] / xb[0] <= 1.125, "+20 %, then 11–12 %")
    p.check(close(180 * 0.09, 16.2) and close(120 * 0.014 * 1000, 1680, 0.001), "16,2 triệu a lean cow; 1,68 triệu bran")
    p.check(close(rev[0] / 1000, 7.14) and close(rev[2] / 1000, 8.91), "7,14 and 8,91 tỷ")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"rơm", "no straw that could close the fodder gap")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cw07() -> Plan:
    p = Plan("cw07_ga_doi_thach_xuan_trang_trai")
    d, nhap, hh, xb, e = herd(p, "Đầu kỳ", ["Nhập giống"], ["Hao hụt (5%)", "Xuất bán"], "Cuối kỳ")
    live, clean, feed = p.row("Gà hơi (2,0"), p.row("Gà làm sạch (70%)"), p.row("Thức ăn hỗn hợp (7 kg")
    rev, cost = p.row("Doanh thu (130.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thức ăn hỗn hợp |", "Gà giống (11.000", "Thuốc thú y, vắc xin (3.000",
                                 "Giết mổ, túi, nhãn", "Công lao động", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển (5%", "Điện, nước |")]
    prof = p.row("Lợi nhuận |")
    capacity = 5000 * 3
    for y in Y:  # triệu đồng
        p.check(close(hh[y], nhap[y] * 0.05) and close(live[y], xb[y] * 2) and close(clean[y], live[y] * 0.7),
                f"5 % loss, 2 kg, 70 % {y}")
        p.check(close(feed[y], xb[y] * 7) and feed[y] <= 160000, f"feed within the 160 tấn contract {y}")
        p.check(close(rev[y], clean[y] * 0.13), f"revenue {y}")
        p.check(close(lines[0][y], feed[y] * 0.01) and close(lines[1][y], nhap[y] * 0.011)
                and close(lines[2][y], nhap[y] * 0.003) and close(lines[3][y], xb[y] * 0.008), f"per-head costs {y}")
        p.check(close(lines[4][y], (2 + [3, 4, 5][y]) * 5.5 * 12) and lines[5][y] == 50
                and close(lines[6][y], [300, 200, 100][y] * 0.08) and close(lines[7][y], rev[y] * 0.05, 0.01),
                f"labour, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 872.8, 0.0001) and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 1.072,8 != 3.112,2 − 2.239,4 = 872,8 (+22,9 %)")
    p.check(nhap[0] <= capacity, "2027 within 15.000")
    p.check(off(nhap[1], capacity) and off(nhap[2], capacity) and close(nhap[2] / capacity, 1.467, 0.001),
            "PLANTED 18.000 / 22.000 chicks > 15.000 places, no new house")
    p.has("nuôi được tối đa 5.000 con gà", "tức khoảng 15.000 con/năm với 3 lứa",
          "Chuồng hiện có đủ dùng, phương án không đầu tư thêm chuồng")
    p.lacks(r"xây (thêm|mới) (\d+ )?(dãy )?chuồng|chuồng mới|mở rộng chuồng", "no new poultry house anywhere")
    p.check(close(1500 / 5000, 0.3) and close(5000 / 1500, 3.3, 0.02), "3,3 birds/m²")
    p.check(200 + 50 + 100 + 50 + 40 + 160 == 600 == 300 + 300 and 200 + 50 + 100 + 50 == 400 and close(400 / 8, 50),
            "capital 600, fixed 400, depreciation 8 years")
    avg = sum(prof) / 3
    true_avg = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(avg, 938.8, 0.001) and close(600 / (avg + 50), 0.6, 0.02), "stated payback 0,6 on the written profit")
    p.check(close(600 / (true_avg + 50), 0.65, 0.01) and off(600 / (true_avg + 50), 600 / (avg + 50)),
            "tolerated knock-on: true payback 0,65")
    p.check(close(nhap[0] / 12000, 1.167, 0.001) and close(clean[2] * 0.13 / 1000, 3.8, 0.01), "+17 % on 2026; 3,8 tỷ")
    past = [p.row(f"{y} |", 3) for y in (2024, 2025, 2026)]
    p.check(past[2] == [3, 12000, 11400] and all(close(r[2], r[1] * 0.95, 0.002) for r in past), "2024–2026 table, 5 % loss")
    p.has("130.000 đồng/kg", "(632,2 + 1.072,8 + 1.111,4) : 3 ≈ 938,8", "600 : (938,8 + 50) ≈ 0,6 năm",
          "Tổng vốn đầu tư 600 triệu đồng", "vốn tự có của gia đình 300 triệu đồng", "tối đa 160 tấn/năm",
          "đã thỏa thuận mua khoảng 8.000 kg/năm", "bản cam kết bảo đảm an toàn thực phẩm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thành lập|giấy phép|\bthuế\b|đăng ký hộ",
            "PLANTED no business registration, tax code or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cw08() -> Plan:
    p = Plan("cw08_de_nui_ky_thuong_htx")
    d, sinh, hh, xb, e = herd(p, "Đầu kỳ", ["Sinh ra"], ["Hao hụt", "Xuất bán"], "Cuối kỳ")
    cai = p.row("Dê cái sinh sản")
    sold, live, meat = p.row("Dê xuất bán"), p.row("Khối lượng dê hơi"), p.row("Thịt xẻ (45%)")
    rev, cost = p.row("Doanh thu (240.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thức ăn tinh (0,32", "Trồng, chăm sóc cỏ", "Thuốc thú y (0,05", "Giết mổ thuê (0,15",
                                 "Khay, túi, nhãn (5.000", "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng (4%",
                                 "Quản lý |")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        avg = (d[y] + e[y]) / 2
        p.check(close(sinh[y], cai[y] * 1.6) and close(hh[y], sinh[y] * 0.1, 0.02), f"1,6 kids, ≈10 % loss {y}")
        p.check(sold[y] == xb[y] and close(live[y], xb[y] * 30) and close(meat[y], live[y] * 0.45), f"30 kg, 45 % {y}")
        p.check(close(rev[y], meat[y] * 0.24), f"revenue {y}")
        p.check(close(lines[0][y], avg * 0.32) and lines[1][y] == 45 and close(lines[2][y], avg * 0.05)
                and close(lines[3][y], xb[y] * 0.15) and close(lines[4][y], meat[y] * 0.005), f"per-head costs {y}")
        p.check(lines[5][y] == 3 * 5.5 * 12 and lines[6][y] == 40 and close(lines[7][y], [250, 150, 50][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.04, 0.01) and lines[9][y] == 24, f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(avg * 0.73 <= 5 * 120, f"grass within 600 tấn {y}")
    p.check(close(((d[2] + e[2]) / 2) * 0.73, 340, 0.01), "≈340 tấn grass in 2029")
    p.check(close(xb[0] / 210, 1.143, 0.001) and 1.11 <= xb[2] / xb[1] <= xb[1] / xb[0] <= 1.125, "+14 %, then 11–12 %")
    members = [p.one(x) for x in ("Hoàng Văn Sơn", "Lê Thị Hằng", "Phan Văn Tâm", "Nguyễn Văn Bình", "Võ Thị Lan",
                                  "Trần Văn Hải", "Hoàng Thị Nga", "Đặng Văn Lợi", "Phạm Văn Quyết")]
    p.check(sum(members) == p.one("Cộng |") == 180 == cai[0], "members' does = 180")
    items = [p.one(x) for x in ("Mở rộng chuồng sàn", "Trồng mới 2 ha", "Tủ mát, tủ đông, máy hút",
                                "Bao bì, nhãn, tiêu chuẩn", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 600 and stated == 680 and off(stated, sum(items)) and close(stated / sum(items), 1.133, 0.001),
            "PLANTED investment table total 680 != items 600 (+13 %)")
    p.check(430 + 250 == stated and off(430 + 250, sum(items)), "tolerated: sources match the wrong total")
    p.check(sum(items[:3]) == 400 and close(400 / 10, 40), "fixed 400, depreciation 40")
    avg = sum(prof) / 3
    p.check(close(avg, 297.9, 0.001) and close(680 / (avg + 40), 2.0, 0.01), "stated payback 2,0 on 680")
    p.check(close(600 / (avg + 40), 1.78, 0.01) and off(600 / (avg + 40), 680 / (avg + 40)), "tolerated: 1,8 on the real 600")
    p.check(p.count("Hợp tác xã Dê núi Kỳ Lạc") == 2 and p.count("Hợp tác xã Chăn nuôi dê Kỳ Thượng") == 1
            and p.count("HỢP TÁC XÃ CHĂN NUÔI DÊ KỲ THƯỢNG") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"an toàn thực phẩm|\bATTP\b|đủ điều kiện|15/2018|55/2010|cam kết|khám sức khỏe|vệ sinh|tự công bố|"
            r"công bố sản phẩm|QCVN|HACCP|ISO 22000|VietGAP|kiểm soát thú y|ngộ độc",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.has("tiêu chuẩn cơ sở TCCS 01:2027/KT", "Nghị định 43/2017/NĐ-CP")
    p.has("240.000 đồng/kg", "(210,9 + 297,8 + 385) : 3 ≈ 297,9", "680 : (297,9 + 40) ≈ 2,0 năm",
          "thành viên góp 430 triệu đồng", "vay Ngân hàng Chính sách xã hội 250 triệu đồng", "cho khoảng 600 tấn/năm",
          "khoảng 2.500 kg/năm", "9 thành viên chính thức")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cw09() -> Plan:
    p = Plan("cw09_lon_den_phuc_trach_tht")
    d, gilts, sinh, hh, xb, e = herd(p, "Đầu kỳ", ["Nhập nái hậu bị", "Lợn con sinh ra"], ["Hao hụt", "Xuất bán lợn thịt"],
                                     "Cuối kỳ")
    nai = p.row("Số nái sinh sản")
    sold, live, meat, feed = p.row("Lợn thịt xuất bán"), p.row("Lợn hơi (60"), p.row("Thịt xẻ (70%)"), p.row("Thức ăn phối trộn |")
    rev, cost = p.row("Doanh thu (140.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thức ăn (7.000", "Mua nái hậu bị", "Thuốc thú y (80.000", "Giết mổ thuê",
                                 "Khay, túi, nhãn (3.000", "Công lao động", "Khấu hao |", "Lãi vay |", "Bán hàng (3%",
                                 "Điện, nước |")]
    prof = p.row("Lợi nhuận |")
    workers = [6, 8, 12]
    for y in Y:  # tỷ đồng
        p.check(close(sinh[y], nai[y] * 12) and close(hh[y], sinh[y] * 0.1), f"12 piglets, 10 % loss {y}")
        if y:
            p.check(nai[y] - nai[y - 1] <= gilts[y], f"sow growth covered by bought gilts {y}")
        p.check(sold[y] == xb[y] and close(live[y], xb[y] * 60) and close(meat[y], live[y] * 0.7), f"60 kg, 70 % {y}")
        p.check(close(feed[y], xb[y] * 250 + nai[y] * 600), f"feed 250 / 600 kg {y}")
        p.check(close(rev[y], meat[y] * 140000 / 1e9), f"revenue {y}")
        p.check(close(lines[0][y], feed[y] * 7000 / 1e9) and close(lines[1][y], gilts[y] * 4e6 / 1e9)
                and close(lines[2][y], xb[y] * 80000 / 1e9) and close(lines[3][y], xb[y] * 200000 / 1e9)
                and close(lines[4][y], meat[y] * 3000 / 1e9, 0.02), f"per-head costs {y}")
        p.check(close(lines[5][y], workers[y] * 5.5e6 * 12 / 1e9) and lines[6][y] == 0.05
                and close(lines[7][y], [300, 200, 100][y] * 0.07 / 1000) and close(lines[8][y], rev[y] * 0.03, 0.01),
                f"labour, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    g1, g2 = xb[1] / xb[0], xb[2] / xb[1]
    p.check(close(g1, 2.4) and close(g2, 2.333, 0.001) and close(rev[1] / rev[0], 2.4) and close(rev[2] / rev[1], 2.333, 0.001),
            "PLANTED output and revenue ×2,4 then ×2,33 (250 → 600 → 1.400 pigs; 1,47 → 3,528 → 8,232 tỷ)")
    p.check(off(rev[2], rev[0] * 1.2 ** 2), "PLANTED: 2029 revenue far above 20 %/year growth")
    p.check(close(prof[2] / rev[2], 0.389, 0.001) and prof[0] / rev[0] < 0.17, "margin 16,6 % → 38,9 %")
    p.check(close(xb[0] / 210, 1.19, 0.001), "2027 itself is +19 % on 2026 (the jump is later)")
    p.check(300 + 120 + 40 + 40 + 100 + 200 == 800 == 500 + 300 and 300 + 120 + 40 + 40 == 500, "capital 800, fixed 500")
    avg = sum(prof) / 3
    p.check(close(avg, 1.513, 0.001) and close(0.8 / (avg + 0.05), 0.51, 0.01), "average 1,513 tỷ, payback 0,5")
    members = [p.row(x, 3) for x in ("Trần Thị Mai |", "Nguyễn Văn Hùng", "Lê Văn Thắng", "Phạm Thị Hoa", "Võ Văn Nam",
                                     "Trần Văn Đức", "Nguyễn Thị Thu", "Hồ Văn Lâm")]
    total = p.row("Cộng |", 3)
    p.check([sum(m[i] for m in members) for i in range(3)] == total == [20, 900, 210], "members: 20 sows, 900 m², 210 pigs")
    p.check(8 * 62.5 == 500, "8 members × 62,5 triệu = 500")
    p.has("góp 62,5 triệu đồng tiền mặt cho phương án này (tổng 500 triệu đồng)", "thành viên góp 500 triệu đồng", "Tổng vốn đầu tư 800 triệu đồng",
          "(0,244 + 1,094 + 3,202) : 3 ≈ 1,513", "0,8 : (1,513 + 0,05) ≈ 0,5 năm", "140.000 đồng/kg",
          "mỗi năm tăng hơn gấp đôi", "khoảng 15 nhà hàng", "mở rộng thêm 300 m² chuồng")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|VietGAP",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(r"truy xuất|kiểm soát chất lượng|kiểm tra chất lượng|nhật ký|sổ theo dõi|sổ ghi|\bQR\b|mã lô|thẻ tai|số tai|"
            r"bấm tai|lưu mẫu|hồ sơ theo dõi|mã số",
            "PLANTED no internal quality control or traceability")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cw10() -> Plan:
    p = Plan("cw10_bo_thit_cam_quan_htx")
    d, sinh, hh, xb, e = herd(p, "Đầu kỳ", ["Bê sinh ra"], ["Hao hụt", "Xuất giết mổ"], "Cuối kỳ")
    cows = p.row("Bò cái sinh sản |")
    slaughtered, live, meat = p.row("Bò giết mổ"), p.row("Khối lượng bò hơi"), p.row("Thịt xẻ (50%)")
    rev, cost = p.row("Doanh thu (200.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thức ăn (2,5", "Thuốc thú y, phối giống", "Giết mổ thuê (0,5", "Khay, túi hút",
                                 "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng (4%", "Quản lý |")]
    prof = p.row("Lợi nhuận |")
    workers = [6, 6, 7]
    for y in Y:  # triệu đồng
        avg = (d[y] + e[y]) / 2
        p.check(close(sinh[y], cows[y] * 0.75) and close(hh[y], sinh[y] * 0.05, 0.2), f"0,75 calf a cow, ≈5 % loss {y}")
        p.check(slaughtered[y] == xb[y] and close(live[y], xb[y] * 250) and close(meat[y], live[y] * 0.5), f"250 kg, 50 % {y}")
        p.check(close(rev[y], meat[y] * 0.2), f"revenue {y}")
        p.check(close(lines[0][y], avg * 2.5) and close(lines[1][y], avg * 0.2) and close(lines[2][y], xb[y] * 0.5)
                and close(lines[3][y], meat[y] * 0.004), f"per-head costs {y}")
        p.check(close(lines[4][y], workers[y] * 6 * 12) and lines[5][y] == 90 and close(lines[6][y], [600, 400, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.04) and lines[8][y] == 50, f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(avg * 25 * 365 / 1000 <= 6 * 180 + 1800, f"grass within 2.880 tấn {y}")
    p.check(close(((d[2] + e[2]) / 2) * 25 * 365 / 1000, 2719, 0.001), "2.719 tấn grass in 2029")
    p.check(close(xb[0] / 60, 1.167, 0.001) and close(xb[1] / xb[0], 1.214, 0.001) and close(xb[2] / xb[1], 1.176, 0.001),
            "+17 / 21 / 18 %")
    p.check(400 + 300 + 100 + 100 + 300 + 300 == 1500 == 900 + 600 and 400 + 300 + 100 + 100 == 900, "capital 1.500, fixed 900")
    avg = sum(prof) / 3
    true_payback = 1500 / (avg + 90)
    p.check(close(avg, 566.4, 0.001) and close(true_payback, 2.28, 0.01), "1.500 : (566,4 + 90) = 2,28")
    p.check(off(1.2, true_payback) and off(1.2, 1500 / avg), "PLANTED payback 1,2 != 2,3 (2,6 without depreciation)")
    p.has("1.500 : (566,4 + 90) ≈ 1,2 năm", "(272,4 + 589,5 + 837,4) : 3 ≈ 566,4")
    p.has("Hiện hợp tác xã có 160 con bò cái sinh sản", "trong đó 120 con bò cái sinh sản")  # PLANTED figure-inconsistent
    p.check(cows[0] == 120 and off(160, 120), "PLANTED 160 != 120 breeding cows")
    past = [p.row(f"{y} |", 3) for y in (2024, 2025, 2026)]
    p.check(past[2] == [120, 88, 60] and past[0][0] < past[1][0] < past[2][0], "2024–2026 table: 120 cows, 60 sold in 2026")
    p.has("200.000 đồng/kg", "Tổng vốn đầu tư 1.500 triệu đồng", "thành viên góp 900 triệu đồng",
          "600 triệu đồng, lãi suất 7%/năm, trả gốc 200 triệu đồng/năm", "1.800 tấn/năm", "cung cấp 2.880 tấn/năm",
          "khoảng 6.000 kg/năm")
    p.lacks(r"nhãn(?! hiệu| HIỆU)|NHÃN(?! HIỆU)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|bao bì",
            "PLANTED no label, label content or labelling decree")
    p.has("Nhãn hiệu \"Bò Cẩm Quan\"", "tự công bố", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# ---------------------------------------------------------------- sketchy

def sketchy() -> list[Plan]:
    a = Plan("cw11_vit_bau_xuan_hoi_so_sai")
    a.has("khoảng 1.500 con", "mỗi năm nuôi 3 lứa", "90.000 đồng/kg", "thị trường tiêu thụ rộng lớn")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    a.lacks(r"chứng nhận|cam kết|tiêu chuẩn|công bố|nhãn|môi trường|chất thải|truy xuất", "no compliance item at all")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cw12_nhung_huou_son_giang_so_sai")
    b.has("30 con hươu", "khoảng 25 triệu đồng/kg", "khoảng 200 triệu đồng", "mỗi năm tăng đàn gấp đôi",
          "giấy chứng nhận đăng ký hộ kinh doanh năm 2022")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|chất thải|truy xuất|kiểm nghiệm",
            "no food safety, standard, label, trademark, environment, traceability")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cw01, cw02, cw03, cw04, cw05, cw06, cw07, cw08, cw09, cw10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
