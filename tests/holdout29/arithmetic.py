"""The twenty-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout29/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no food safety, no trademark, no product standard, a replaced
instrument cited, no label, no registration, a second producer name, no environmental measure,
no sales channel, two outputs for 2026) are asserted too, as is the absence of template
placeholders in every plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"


OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|38/2012|89/2006"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def growth_ok(p: Plan, xs: list[float], what: str, cap: float = 1.3) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} growth {y}")


def ad01() -> Plan:
    p = Plan("ad01_ca_loc_nuong_trui_cty")
    g, h, fish, kg, staff = (p.row("Gói hút chân không 1 con"), p.row("Hộp quà 2 con|"), p.row("Tổng số cá chế biến"),
                             p.row("Cá lóc tươi cần dùng"), p.row("Lao động|"))
    rev, rg, rh = p.row("Doanh thu|"), p.row("Gói 1 con (120.000"), p.row("Hộp quà 2 con (280.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cá lóc tươi (65.000", "Rơm, than, gia vị", "Túi, hộp, nhãn", "Điện, nước",
                                 "Tiền lương", "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển lạnh",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(fish[y] == g[y] + 2 * h[y] and close(kg[y], fish[y] * 0.6), f"fish count, 0,6 kg/con {y}")
        p.check(close(rg[y], g[y] * 120) and close(rh[y], h[y] * 280) and close(rev[y], rg[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 65) and close(lines[1][y], fish[y] * 8)
                and close(lines[2][y], g[y] * 4 + h[y] * 20), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6500 * 12) and close(lines[5][y], 150000)
                and close(lines[6][y], [1000000, 700000, 400000][y] * 0.08) and close(lines[7][y], rev[y] * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fish[y] <= 2 * 40 * 2 * 280 and kg[y] <= 12000 + 15000, f"grill capacity, fish supply {y}")
    growth_ok(p, rev, "revenue")
    p.check(2 * 40 * 2 * 280 == 44800 and close(2 * 6, 12), "44.800 con capacity, 12 tấn own ponds")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "2 lò nướng than hoa", "2 máy hút chân không", "Tủ cấp đông nhanh",
                                "Máy in hạn sử dụng", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1000 + 1000 and sum(items[:5]) == 1200 and 1200 / 8 == 150,
            "capital 2.000 = 1.000 + 1.000, fixed 1.200 over 8 years")
    avg = sum(post) / 3
    p.check(close(avg, 776847, 0.001) and close(2000000 / (avg + 150000), 2.2, 0.02), "average profit, payback 2,2")
    p.check(close(fish[0] / 18000, 1.44, 0.01), "+44 % on 2025 with two new grills and a blast freezer")
    p.has("120.000 đồng/gói", "280.000 đồng/hộp", "65.000 đồng/kg", "26.000 con", "2.000 triệu đồng",
          "(577.016 + 776.847 + 976.678) : 3 ≈ 776.847", "2.000.000 : (776.847 + 150.000) ≈ 2,2 năm",
          "tối đa 44.800 con/năm", "tổng cộng 15 tấn/năm", "Tổng nguồn cung khoảng 27 tấn/năm",
          "vay Ngân hàng TMCP Đầu tư và Phát triển chi nhánh Hà Tĩnh 1.000 triệu đồng, lãi suất 8%/năm, trả gốc 300",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/ĐNCB", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã số 3002318456", "148/QĐ-TTg")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad02() -> Plan:
    p = Plan("ad02_nen_thom_sap_ong_hkd")
    prod = [p.row(f"{2026 + y}|", 4) for y in Y]  # hũ, hộp, bộ, sáp kg
    summ = [p.row(f"{2026 + y}|", 5) for y in Y]  # revenue, cost, pre, tax, post
    lines = [p.row(x) for x in ("Sáp ong (200.000", "Tinh dầu, bấc", "Hũ, hộp, nhãn", "Tiền công lao động", "Khấu hao|",
                                 "Điện, gas", "Bán hàng, phí sàn", "Lãi vay|")]
    cost = p.row("Cộng chi phí")
    staff = [4, 5, 5]
    for y in Y:  # đồng
        a, b, c, wax = prod[y]
        rev = a * 145000 + b * 95000 + c * 210000
        p.check(close(wax, a * 0.2 + b * 0.25 + c * 0.2) and wax <= 200 + 3000, f"wax need within 3.200 kg {y}")
        p.check(close(lines[0][y], wax * 200000) and close(lines[1][y], a * 12000 + b * 8000 + c * 18000)
                and close(lines[2][y], a * 15000 + b * 10000 + c * 30000), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5500000 * 12) and close(lines[4][y], 40e6)
                and close(lines[6][y], rev * 0.08) and close(lines[7][y] + 1, [200e6, 100e6, 0][y] * 0.07 + 1),
                f"wages, depreciation, selling, interest {y}")
        s = summ[y]
        p.check(close(s[0], rev) and close(s[1], cost[y]) and close(cost[y], lines_sum(lines, y))
                and close(s[2], s[0] - s[1]), f"summary {y}")
        p.check(close(s[3], s[0] * 0.015) and close(s[4], s[2] - s[3]), f"1,5 % flat tax {y}")
        p.check(wax <= 2 * 15 * 2 * 280, f"melting capacity {y}")
        p.check(a + b + c == [10200, 12000, 13800][y], f"product count {y}")
    growth_ok(p, [s[0] for s in summ], "revenue")
    p.check(100 + 60 + 40 + 80 + 50 + 120 == 450 == 250 + 200 and 100 + 60 + 40 + 80 == 280 and 280 / 7 == 40,
            "capital 450 = 250 + 200, fixed 280 over 7 years")
    avg = sum(s[4] for s in summ) / 3
    p.check(close(avg, 290562500, 0.001) and close(450e6 / (avg + 40e6), 1.4, 0.03), "average, payback 1,4")
    p.check(5 * 7 * 15 * 280 == 147000 and 2 * 15 * 2 * 280 == 16800, "pouring and melting capacity")
    p.has("145.000 đồng/hũ", "95.000 đồng/hộp", "210.000 đồng/bộ", "450.000.000 đồng", "2.190 kg",
          "870.000.000 đồng tiền nến hũ, 285.000.000 đồng nến trụ và 252.000.000 đồng bộ quà",
          "1.015.000.000 đồng, 332.500.000 đồng và 315.000.000 đồng",
          "1.160.000.000 đồng, 380.000.000 đồng và 378.000.000 đồng",
          "450.000.000 : (290.562.500 + 40.000.000) ≈ 1,4 năm", "Tổng nguồn cung 3.200 kg/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28A8012547", "TCCS 01:2025/BM", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "cam kết bảo vệ môi trường", "khoảng 147.000 sản phẩm/năm")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad03() -> Plan:
    p = Plan("ad03_nha_hang_dong_que_htx")
    guests, mam, goods = [14000, 16000, 18000], [900, 1050, 1200], [150, 180, 210]
    staff = [16, 17, 18]
    lines = [p.row(x) for x in ("Thực phẩm, nguyên liệu", "Giá vốn hàng đặc sản", "Tiền lương", "Điện, nước, gas",
                                 "Khấu hao|", "Lãi vay|", "Quảng bá, hoa hồng", "Quản lý, thuê đất")]
    cost = p.row("Tổng chi phí")
    res = [p.row(f"{2026 + y}|", 5) for y in Y]
    for y in Y:  # triệu đồng
        food = guests[y] * 0.15 + mam[y] * 1.2
        rev = food + goods[y]
        p.check(close(lines[0][y], food * 0.4) and close(lines[1][y], goods[y] * 0.7)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[4][y], 90 + 75)
                and close(lines[5][y], [1200, 800, 400][y] * 0.075), f"food, goods, wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev) and close(r[1], cost[y]) and close(r[2], r[0] - r[1])
                and close(r[3], r[2] * 0.17) and close(r[4], r[2] - r[3]), f"results {y}")
        p.check(guests[y] / 360 < 120 * 2, f"seats {y}")
    growth_ok(p, [r[0] for r in res], "revenue")
    items = [p.one(x) for x in ("Nhà ăn chính", "Cảnh quan ao sen", "Thiết bị bếp", "Bàn ghế, bát đĩa", "Bể tách mỡ",
                                "Biển hiệu, website", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng|") == 2500 == 1000 + 300 + 1200, "capital 2.500 = 1.000 + 300 + 1.200")
    p.check(items[0] + items[1] == 1350 and items[2] + items[3] + items[4] == 750 and 1350 / 15 == 90 and 750 / 10 == 75,
            "depreciation 90 + 75")
    avg = avg1([r[4] for r in res])
    p.check(avg == 395.1 and close(2500 / (avg + 165), 4.5, 0.01), "average profit, payback 4,5")
    p.has("150.000 đồng/lượt", "1.200.000 đồng/mâm", "14.000 lượt", "2.500 triệu đồng",
          "14.000 lượt × 150.000 đồng = 2.100 tr.đ, 900 mâm × 1.200.000 đồng = 1.080 tr.đ và 150 tr.đ đặc sản, tổng 3.330 tr.đ",
          "gồm 2.400 tr.đ, 1.260 tr.đ và 180 tr.đ, tổng 3.840 tr.đ", "gồm 2.700 tr.đ, 1.440 tr.đ và 210 tr.đ, tổng 4.350 tr.đ",
          "(204,2 + 395,1 + 586,0) : 3 = 395,1", "2.500 : (395,1 + 165) ≈ 4,5 năm", "lãi vay 90, 60 và 30 tr.đ",
          "mã số 3002195733", "25 thành viên chính thức", "an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống",
          "bể tách mỡ", "đăng ký môi trường", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    p.check(9 <= 60 and 12 <= 18 and 2500 <= 3000 and 15 <= 40, "members supply rice, fish, chicken, vegetables for 2028")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad04() -> Plan:
    p = Plan("ad04_dau_phu_non_tht")
    prod = [p.row(f"{2027 + y}|", 5) for y in Y]  # hộp, kg khay, kg total, soy kg, workers
    rev = p.row("Doanh thu|")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Đậu tương (18.000", "Nước chua, nhiên liệu", "Hộp, màng seal", "Tiền công lao động",
                                 "Khấu hao|", "Điện|", "Vận chuyển lạnh", "Lãi vay|", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        hop, khay, kg, soy, st = prod[y]
        p.check(close(kg, hop * 0.3 + khay) and close(soy, kg / 2.5), f"kg and soy 2,5 kg/kg {y}")
        p.check(close(rev[y], hop * 0.01 + khay * 0.025), f"revenue {y}")
        p.check(close(lines[0][y], soy * 0.018) and close(lines[1][y], kg * 0.002)
                and close(lines[2][y], hop * 0.0012 + khay * 0.001), f"per-unit costs {y}")
        p.check(close(lines[3][y], st * 6 * 12) and close(lines[4][y], 70) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y] + 1, [400, 200, 0][y] * 0.07 + 1), f"wages, depreciation, transport, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(soy <= 40000 and kg <= 400 * 300, f"soy contract, line capacity {y}")
    growth_ok(p, rev, "revenue")
    p.check(90 + 160 + 40 + 110 + 120 + 180 == 700 and 700 + 30 + 170 == 900 == 500 + 400 and 700 / 10 == 70,
            "capital 900 = 500 + 400, fixed 700")
    avg = avg1(prof)
    p.check(avg == 417.9 and close(900 / (avg + 70), 1.8, 0.03), "average, payback 1,8")
    p.check(close(25 * 1.8, 45) and close(prod[0][2] / 52000, 1.38, 0.01), "45 tấn area; +38 % on 2025 with new line")
    p.check(close(lines[0][0] * 0.1, 52, 0.01), "a 10 % soy price rise costs about 52 triệu in 2027")
    p.has("10.000 đồng/hộp", "25.000 đồng/kg", "72.000 kg", "900 triệu đồng", "18.000 đồng/kg",
          "120.000 hộp × 10.000 đồng = 1.200 triệu đồng; 36.000 kg × 25.000 đồng = 900 triệu đồng; cộng 2.100 triệu đồng",
          "Năm 2028: 1.350 + 1.000 = 2.350 triệu đồng", "Năm 2029: 1.500 + 1.100 = 2.600 triệu đồng",
          "(296,6 + 441,9 + 515,2) : 3 = 417,9", "900 : (417,9 + 70) ≈ 1,8 năm", "tối đa 120.000 kg/năm",
          "hợp đồng hợp tác số 01/2024/HĐHT", "mã số thuế 3002401196", "18/2025/GCN-ATTP", "TCCS 01:2026/YH",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Đậu phụ non Yên Hồ\"", "bể lắng 3 ngăn", "148/QĐ-TTg")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad05() -> Plan:
    p = Plan("ad05_cha_la_lot_hkd")
    t, k, kg, meat, staff = (p.row("Chả khay 500 g|"), p.row("Chả bán theo cân|"), p.row("Tổng sản lượng chả"),
                             p.row("Thịt lợn cần dùng"), p.row("Lao động|"))
    rev, rt, rk = p.row("Doanh thu|"), p.row("Chả khay 500 g (85.000"), p.row("Chả bán theo cân (150.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thịt lợn (105.000", "Lá lốt, hành", "Khay, màng", "Điện cấp đông", "Tiền công|",
                                 "Khấu hao|", "Vận chuyển, bán hàng", "Lãi vay|")]
    prof = p.row("Lợi nhuận (chưa")
    true_rev = [t[y] * 0.085 + k[y] * 0.15 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == t[y] * 0.5 + k[y] and close(meat[y], kg[y] * 0.7) and meat[y] <= 15000, f"kg, meat {y}")
        p.check(close(rk[y], k[y] * 0.15) and close(rev[y], rt[y] + rk[y]), f"revenue lines add up {y}")
        p.check(close(lines[0][y], meat[y] * 0.105) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], t[y] * 0.003 + k[y] * 0.001) and close(lines[3][y], kg[y] * 0.003),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 30)
                and close(lines[6][y], true_rev[y] * 0.05) and close(lines[7][y] + 1, [200, 100, 0][y] * 0.07 + 1),
                f"wages, depreciation, selling, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, stated profit {y}")
        p.check(kg[y] <= 80 * 300, f"capacity {y}")
    for y in (0, 1):
        p.check(close(rt[y], t[y] * 0.085) and close(rev[y], true_rev[y]), f"revenue right {y}")
    p.check(off(rt[2], t[2] * 0.085) and off(rev[2], true_rev[2]) and rt[2] == 1780 and t[2] * 0.085 == 1530,
            "PLANTED 2028 khay revenue 1.780 != 18.000 × 85.000 = 1.530 (+16 %); total 2.830 != 2.580")
    true_prof = [true_rev[y] - cost[y] for y in Y]
    p.check(close(true_prof[2], 500) and close(avg1(true_prof), 401), "true 2028 profit 500, average 401")
    p.check(off(1.0, 500 / (401 + 30)) and close(500 / (avg1(prof) + 30), 1.0, 0.05),
            "tolerated knock-on: stated payback ≈1 năm uses the inflated profit (true 1,16)")
    p.check(off(15000, kg[0]) and kg[0] == 12000, "PLANTED 2026 output 15 tấn (objectives) != 12.000 kg (table)")
    p.has("Năm 2026 sản xuất 15 tấn chả lá lốt", "Với sản lượng 12.000 kg năm 2026, hộ cần 8.400 kg thịt",
          "85.000 đồng/khay", "150.000 đồng/kg", "500 triệu đồng", "(324 + 379 + 750) : 3 ≈ 484,3",
          "500 : (484,3 + 30) ≈ 1 năm", "tối đa 24.000 kg/năm", "tối đa 15 tấn", "số 28C8004312",
          "TCCS 01:2026/TT", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng")
    p.check(150 + 70 + 40 + 40 == 300 and 300 + 30 + 170 == 500 == 300 + 200 and 300 / 10 == 30, "capital 500, fixed 300")
    p.lacks(r"an toàn|ATTP|vệ sinh|HACCP|ISO 22000|đủ điều kiện|sức khỏe|15/2018", "PLANTED no food safety anywhere")
    p.lacks(OUTDATED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad06() -> Plan:
    p = Plan("ad06_ruou_nho_cat_lanh_cty")
    a, b, lit, nho, staff = (p.row("Chai 750 ml|"), p.row("Chai 375 ml|"), p.row("Rượu thành phẩm"),
                             p.row("Nho tươi cần dùng"), p.row("Lao động|"))
    rev, ra, rb = p.row("Doanh thu|"), p.row("- Chai 750 ml (220.000"), p.row("- Chai 375 ml (120.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Nho nguyên liệu", "- Men, đường", "- Chai, nút, nhãn, hộp", "- Tiền lương",
                                 "- Điện, nước", "- Khấu hao", "- Lãi vay", "- Bán hàng, quảng bá", "- Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    supply = 2 * 6.5 * 1000 + 1.2 * 5 * 1000
    for y in Y:  # triệu đồng
        p.check(close(lit[y], a[y] * 0.75 + b[y] * 0.375) and close(nho[y], lit[y] * 1.6), f"litres, 1,6 kg/l {y}")
        p.check(close(ra[y], a[y] * 0.22) and close(rb[y], b[y] * 0.12) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], nho[y] * 0.025) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], a[y] * 0.025 + b[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[5][y], 250)
                and close(lines[6][y], [2000, 1500, 1000][y] * 0.08) and close(lines[7][y], rev[y] * 0.1),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(lit[y] <= 25000, f"tank capacity {y}")
    growth_ok(p, rev, "revenue")
    p.check(supply == 19000 and nho[0] <= supply, "19 tấn supply covers 2026")
    p.check(off(nho[1], supply) and off(nho[2], supply) and close(nho[2] / supply, 1.326, 0.01),
            "PLANTED grape need 21.600 / 25.200 kg > 19 tấn supply (+14 %, +33 %)")
    items = [p.one(x) for x in ("Nhà xưởng lên men", "Bồn lên men inox", "Máy tách cuống", "Kho ủ điều hòa",
                                "Hệ thống xử lý bã", "Phòng kiểm tra", "Hồ sơ cấp phép", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 4000 == 2000 + 2000 and sum(items[:6]) == 2500, "capital, fixed 2.500")
    avg = avg1(post)
    true_pb = 4000 / (avg + 250)
    p.check(avg == 833.3 and close(true_pb, 3.69, 0.01), "true payback 3,7 năm")
    p.check(off(2, true_pb) and off(2, 4000 / avg) and off(2, 4000 / (post[2] + 250)) and off(2, 4000 / (avg1(pre) + 250)),
            "PLANTED payback 'khoảng 2 năm' != 3,7 (4,8 without depreciation; 2,9 on 2028 alone; 3,2 pre-tax)")
    p.has("Thời gian hoàn vốn của phương án khoảng 2 năm", "Định mức: 1,6 kg nho tươi cho 1 lít rượu thành phẩm",
          "Tổng nguồn nguyên liệu khoảng 19 tấn nho/năm, đáp ứng nhu cầu sản xuất của phương án",
          "năng suất bình quân 6,5 tấn/ha/năm", "tổng diện tích 1,2 ha, năng suất khoảng 5 tấn/ha",
          "220.000 đồng/chai", "120.000 đồng/chai", "11.250 lít", "4.000 triệu đồng", "25.000 đồng/kg",
          "Giấy phép sản xuất rượu công nghiệp số 03/GP-SCT", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2024/CL", "QCVN 6-3:2010/BYT", "Nghị định 43/2017/NĐ-CP", "độ cồn", "đăng ký môi trường",
          "khoảng 25.000 lít thành phẩm/năm", "26.000 chai")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|Cục SHTT",
            "PLANTED no trademark or IP anywhere")
    p.lacks(OUTDATED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad07() -> Plan:
    p = Plan("ad07_tra_hoa_hong_htx")
    a, b, dry, fresh = (p.row("Nụ hồng hộp 50 g"), p.row("Trà túi lọc hộp 40 g"), p.row("Trà thành phẩm"),
                        p.row("Hoa tươi nguyên liệu"))
    lines = [p.row(x) for x in ("Hoa tươi (40.000", "Hộp, túi lọc", "Điện sấy", "Tiền công|", "Khấu hao|",
                                 "Bán hàng, phí sàn", "Lãi vay|", "Quản lý|")]
    total, rev = p.row("Tổng chi phí"), p.row("Doanh thu|")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(close(dry[y], a[y] * 0.05 + b[y] * 0.04) and close(fresh[y], dry[y] * 8) and fresh[y] <= 12000,
                f"dry kg, fresh 8:1 within 12 tấn {y}")
        p.check(close(rev[y], a[y] * 0.095 + b[y] * 0.075), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.04) and close(lines[1][y], a[y] * 0.012 + b[y] * 0.015)
                and close(lines[2][y], dry[y] * 0.02) and close(lines[3][y], staff[y] * 5 * 12)
                and close(lines[4][y], 60) and close(lines[5][y], rev[y] * 0.08)
                and close(lines[6][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(pre[y], rev[y] - total[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]),
                f"profit and 15 % tax follow the stated total {y}")
        p.check(fresh[y] <= 2 * 150 * 150, f"dryer capacity {y}")
    growth_ok(p, rev, "revenue")
    for y in (0, 2):
        p.check(close(total[y], lines_sum(lines, y)), f"cost total right {y}")
    p.check(close(lines_sum(lines, 1), 1296.9, 0.0001) and total[1] == 1196.9 and off(total[1], lines_sum(lines, 1)),
            "PLANTED 2027 'Tổng chi phí' 1.196,9 != sum of its lines 1.296,9 (−7,7 %)")
    true_pre = rev[1] - lines_sum(lines, 1)
    p.check(off(pre[1], true_pre), "tolerated knock-on: 2027 profit 605,6 != revenue − cost lines 505,6")
    p.check(300 + 180 + 120 == 600 and 600 + 50 + 250 == 900 == 600 + 300 and 600 / 10 == 60, "capital 900, fixed 600")
    avg = avg1(post)
    p.check(avg == 475.1 and close(900 / (avg + 60), 1.7, 0.02), "stated average and payback 1,7")
    true_avg = (post[0] + true_pre * 0.85 + post[2]) / 3
    p.check(off(900 / (avg + 60), 900 / (true_avg + 60), 5.0), "tolerated knock-on: true payback 1,78")
    p.check(6 * 2 * 1000 == 12000 and 2 * 150 * 150 == 45000, "12 tấn flowers, 45 tấn dryer capacity")
    p.has("8.000 hộp × 95.000 đồng = 760 triệu đồng", "10.000 hộp × 75.000 đồng = 750 triệu đồng, cộng 1.510 triệu đồng",
          "902,5 + 900 = 1.802,5 triệu đồng", "1.045 + 1.050 = 2.095 triệu đồng", "95.000 đồng/hộp", "75.000 đồng/hộp",
          "800 kg", "900 triệu đồng", "40.000 đồng/kg", "(331,7 + 514,8 + 578,8) : 3 ≈ 475,1", "900 : (475,1 + 60) ≈ 1,7 năm",
          "| | Tổng chi phí | 1.119,8 | 1.196,9 | 1.414 |",
          "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "theo Bộ tiêu chí ban hành kèm theo Quyết định số 1048/QĐ-TTg",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận đăng ký hợp tác xã số 3002338210")
    p.check(p.count("1048/QĐ-TTg") == 2, "PLANTED QĐ 1048 cited twice (basis and star target)")
    p.lacks(r"148/QĐ|1489/QĐ", "PLANTED the replacing instrument is never cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|chỉ tiêu|thử nghiệm",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad08() -> Plan:
    p = Plan("ad08_nuoc_cam_ep_ctcp")
    a, b, lit, cam, staff = (p.row("Chai 330 ml|"), p.row("Chai 1 lít|"), p.row("Tổng sản lượng"),
                             p.row("Cam nguyên liệu"), p.row("Lao động|"))
    costs = [p.row(f"{2026 + y}|", 9) for y in Y]
    res = [p.row(f"{2026 + y}|", 5, skip=1) for y in Y]
    cap = 600 * 260
    for y in Y:  # triệu đồng
        c = costs[y]
        rev = a[y] * 0.028 + b[y] * 0.07
        p.check(close(lit[y], a[y] * 0.33 + b[y]) and close(cam[y], lit[y] * 2) and cam[y] <= 500000,
                f"litres, oranges 2 kg/l within 500 tấn {y}")
        p.check(close(c[0], cam[y] * 0.01) and close(c[1], a[y] * 0.003 + b[y] * 0.006) and close(c[2], staff[y] * 7 * 12)
                and close(c[3], lit[y] * 0.0015) and close(c[4], 500) and close(c[5], [3000, 2250, 1500][y] * 0.08)
                and close(c[6], rev * 0.12), f"cost items {y}")
        p.check(close(c[8], sum(c[:8])), f"cost total {y}")
        r = res[y]
        p.check(close(r[0], rev) and close(r[1], c[8]) and close(r[2], r[0] - r[1]) and close(r[3], r[2] * 0.17)
                and close(r[4], r[2] - r[3]), f"results {y}")
        if y:
            p.check(r[0] / res[y - 1][0] < 1.3, f"growth {y}")
    p.check(cap == 156000 and lit[0] <= cap and lit[1] <= cap, "156.000 lít capacity covers 2026, 2027")
    p.check(lit[2] == 174900 and off(lit[2], cap) and staff[2] == staff[1],
            "PLANTED 2028 output 174.900 lít > 600 lít/ca × 260 ngày = 156.000 (+12 %), same 22 workers")
    items = [p.one(x) for x in ("Nhà xưởng, nền", "Dây chuyền rửa", "Thanh trùng dạng ống", "Kho lạnh 60",
                                "Xe tải lạnh", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 6000 and sum(items[:5]) == 5000, "items 6.000, fixed 5.000")
    p.check(2500 + 3000 == 5500 and off(2500 + 3000, 6000), "PLANTED sources 2.500 + 3.000 = 5.500 != 6.000 (−8,3 %)")
    avg = sum(r[4] for r in res) / 3
    p.check(close(avg, 2556, 0.001) and close(6000 / (avg + 500), 2.0, 0.03), "average 2.556, payback 2 năm")
    p.has("vốn góp của cổ đông 2.500 triệu đồng và vốn vay Ngân hàng TMCP Công Thương chi nhánh Hà Tĩnh 3.000 triệu đồng",
          "Tổng vốn đầu tư 6.000 triệu đồng được bố trí từ hai nguồn",
          "Công suất thiết kế của dây chuyền là 600 lít thành phẩm/ca 8 giờ", "1 ca/ngày, 260 ngày/năm, năng lực tối đa 156.000 lít/năm",
          "240.000 chai × 28.000 đồng = 6.720 triệu đồng; 40.000 chai × 70.000 đồng = 2.800 triệu đồng; tổng 9.520 triệu đồng",
          "Năm 2027: 7.840 + 3.360 = 11.200 triệu đồng", "Năm 2028: 9.240 + 4.620 = 13.860 triệu đồng",
          "(1.771,9 + 2.375 + 3.521,2) : 3 ≈ 2.556", "6.000 : (2.556 + 500) ≈ 2 năm", "28.000 đồng/chai", "70.000 đồng/chai",
          "119.200 lít", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2025/NT", "nhãn hiệu năm 2024",
          "đăng ký môi trường", "mã số 3002298734")
    p.check(p.body.lower().count("nhãn") == p.body.lower().count("nhãn hiệu") == 2,
            "PLANTED 'nhãn' only inside 'nhãn hiệu' (the trademark)")
    p.lacks(r"ghi nhãn|nhãn hàng|nhãn sản phẩm|nhãn mác|nhãn chai|43/2017|111/2021|mã vạch|\bQR\b|\btem\b|in thông tin",
            "PLANTED no label plan anywhere")
    p.lacks(OUTDATED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad09() -> Plan:
    p = Plan("ad09_mat_ong_hoa_cao_su_tht")
    prod = [p.row(f"{2026 + y}|", 4) for y in Y]   # colonies, kg, chai, kg wholesale
    fin = [p.row(f"{2026 + y}|", 11) for y in Y]   # rev, 8 cost items, total, profit
    revs = []
    for y in Y:  # triệu đồng
        col, kg, chai, bu = prod[y]
        f = fin[y]
        rev = chai * 0.14 + bu * 0.2
        revs.append(rev)
        p.check(close(kg, col * 15) and close(kg, chai * 0.5 + bu), f"15 kg/colony, retail + wholesale {y}")
        p.check(close(f[0], rev), f"revenue {y}")
        p.check(close(f[1], col * 0.15) and close(f[2], col * 0.1) and close(f[3], chai * 0.008 + bu * 0.005)
                and close(f[4], 8 * 4.5 * 12) and close(f[5], 40) and close(f[6], rev * 0.05)
                and close(f[7] + 1, [200, 100, 0][y] * 0.07 + 1) and close(f[8], 20), f"cost items {y}")
        p.check(close(f[9], sum(f[1:9])) and close(f[10], f[0] - f[9]), f"total, profit {y}")
    g1, g2 = revs[1] / revs[0], revs[2] / revs[1]
    p.check(close(g1, 2.283, 0.01) and close(g2, 2.248, 0.01) and g1 > 2 and g2 > 2,
            "PLANTED revenue ×2,28 then ×2,25 a year (1.060 → 2.420 → 5.440 triệu)")
    p.check(prod[2][0] / prod[0][0] > 5 and prod[2][1] / 3600 > 6 and fin[2][4] == fin[0][4],
            "PLANTED colonies ×5,3 and honey ×6,7 on 2025 with the same 8 workers and labour cost")
    p.check((1600 - 300) * 0.6 > 400 and 60 + 130 + 90 + 40 + 80 == 400 == 200 + 200 and 60 + 130 + 90 == 280,
            "1.300 new hives alone cost 780 triệu, the whole capital is 400 triệu (100 hives)")
    avg = avg1([f[10] for f in fin])
    p.check(avg == 1992.7 and close(400 / (avg + 40), 0.2, 0.02), "stated average and payback consistent")
    p.check(1600 <= 3500, "rubber area 3.500 ha holds the colonies (no material shortfall)")
    p.has("4.000 chai × 140.000 đồng = 560 triệu đồng và 2.500 kg × 200.000 đồng = 500 triệu đồng, tổng 1.060 triệu đồng",
          "Năm 2027: 1.120 + 1.300 = 2.420 triệu đồng", "Năm 2028: 2.240 + 3.200 = 5.440 triệu đồng",
          "140.000 đồng/chai", "200.000 đồng/kg", "4.500 kg", "400 triệu đồng", "sản lượng khoảng 3.600 kg mật",
          "không thay đổi trong cả giai đoạn", "khoảng 3.500 ha cao su", "(381,5 + 1.528,5 + 4.068) : 3 ≈ 1.992,7",
          "400 : (1.992,7 + 40) ≈ 0,2 năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "bảo hộ nhãn hiệu")
    p.check(p.count("Tổ hợp tác Ong mật Hòa Hải") == 2 and p.count("Tổ hợp tác Ong mật Phúc Đồng") >= 1
            and p.count("TỔ HỢP TÁC ONG MẬT PHÚC ĐỒNG") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"đăng ký|mã số thuế|chứng thực|hợp đồng hợp tác|giấy phép kinh doanh|ĐKKD|MST",
            "PLANTED no registration of the group anywhere")
    p.lacks(OUTDATED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ad10() -> Plan:
    p = Plan("ad10_ghe_hap_dong_lanh_htx")
    t, h, kg, fresh = p.row("Túi 500 g|"), p.row("Hộp 1 kg|"), p.row("Ghẹ hấp thành phẩm"), p.row("Ghẹ tươi nguyên liệu")
    rev, rt, rh = p.row("Doanh thu|"), p.row("- Túi 500 g (210.000"), p.row("- Hộp 1 kg (400.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Ghẹ tươi (230.000", "- Túi, hộp, khay", "- Điện cấp đông", "- Tiền công", "- Khấu hao",
                                 "- Lãi vay", "- Vận chuyển lạnh", "- Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 6, 7]
    for y in Y:  # triệu đồng
        p.check(kg[y] == t[y] * 0.5 + h[y] and close(fresh[y], kg[y] * 1.1) and fresh[y] <= 15000, f"kg, fresh, supply {y}")
        p.check(close(rt[y], t[y] * 0.21) and close(rh[y], h[y] * 0.4) and close(rev[y], rt[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.23) and close(lines[1][y], t[y] * 0.004 + h[y] * 0.012)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 60) and close(lines[5][y], [500, 350, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.04), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} on the stated profit {y}")
        p.check(fresh[y] <= 100 * 3 * 180, f"steamer capacity {y}")
    growth_ok(p, rev, "revenue")
    for y in (0, 2):
        p.check(close(pre[y], rev[y] - cost[y]), f"profit right {y}")
    p.check(close(rev[1] - cost[1], 445.9, 0.0001) and pre[1] == 545.9 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2027 profit 545,9 != 3.290 − 2.844,1 = 445,9 (+22 %)")
    p.check(120 + 250 + 150 + 60 + 20 == 600 and 600 + 300 == 900 == 400 + 500 and 600 / 10 == 60, "capital 900, fixed 600")
    avg = avg1(post)
    true_post1 = (rev[1] - cost[1]) * 0.83
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(avg == 379.9 and close(900 / (avg + 60), 2.0, 0.03) and off(900 / (avg + 60), 900 / (true_avg + 60)),
            "stated payback ≈2 năm on the inflated profit; true 2,18 (tolerated knock-on)")
    p.has("210.000 đồng/túi", "400.000 đồng/hộp", "7.000 kg", "900 triệu đồng", "230.000 đồng/kg",
          "(265,9 + 453,1 + 420,8) : 3 ≈ 379,9", "900 : (379,9 + 60) ≈ 2 năm", "khoảng 15 tấn",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/BN", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã số 3002209867", "dư nợ đầu năm (500, 350 và 200 triệu đồng)")
    market = section(p, "# VII/ THỊ TRƯỜNG TIÊU THỤ", "# VIII/")
    p.check(not re.search(r"đồng|\bgiá\b(?! trị)|khách|cửa hàng|siêu thị|đại lý|nhà hàng|chợ|online|trực tuyến|sàn|facebook|zalo|"
                          r"hợp đồng|phân phối|bán lẻ|bán buôn|hội chợ|công ty|xuất khẩu", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"siêu thị|nhà hàng|đại lý|cửa hàng|khách hàng|hội chợ|facebook|zalo|shopee|sàn thương mại|trực tuyến|online|"
            r"xuất khẩu|bán lẻ|nhà phân phối|phân phối|đơn hàng|người tiêu dùng", "PLANTED no sales channel anywhere")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi|ô nhiễm|bể lắng|vỏ ghẹ|phế phẩm|phụ phẩm",
            "PLANTED no environmental measure anywhere")
    p.lacks(OUTDATED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ad11_bi_do_say_so_sai")
    a.check(1500 * 200000 == 300e6, "1,5 tấn × 200.000 đ/kg = 300 triệu đồng")
    a.has("khoảng 1,5 tấn bí sấy", "200.000 đồng/kg", "khoảng 300 triệu đồng/năm",
          "Hộ đã có giấy chứng nhận đăng ký hộ kinh doanh từ năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|đại lý|siêu thị|cửa hàng",
            "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ad12_banh_troi_so_sai")
    b.check(1000 * 3000 * 300 == 900e6, "1.000 viên × 3.000 đ × 300 ngày = 900 triệu đồng")
    b.has("khoảng 1.000 viên bánh", "3.000 đồng/viên", "khoảng 900 triệu đồng/năm", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"giấy chứng nhận|mã số thuế|hộ kinh doanh|hợp tác xã|an toàn thực phẩm|nhãn|tiêu chuẩn",
            "no registration, no compliance (tolerated gaps)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ad01, ad02, ad03, ad04, ad05, ad06, ad07, ad08, ad09, ad10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
