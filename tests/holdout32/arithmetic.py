"""The thirty-second holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout32/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no food
safety, second producer name, no environmental measure, replaced instrument, no product standard,
no sales channel, no label, no registration, two colony counts, no trademark) are asserted too,
as is the absence of template placeholders in every plan.
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


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|NQ 123|123/2018|38/2012|89/2006|03/2014"


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def ag01() -> Plan:
    p = Plan("ag01_banh_cay_cam_binh_cty")
    h3, h5, kg, rice, staff = (p.row("Bánh cáy hộp 300 g"), p.row("Bánh cáy hộp quà 500 g"), p.row("Tổng khối lượng bánh"),
                               p.row("Gạo nếp nguyên liệu"), p.row("Lao động bình quân"))
    rev, r3, r5 = p.row("Tổng doanh thu"), p.row("Hộp 300 g (45.000"), p.row("Hộp 500 g (70.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Nguyên liệu (45.000", "Hộp, túi màng, nhãn", "Điện, gas", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # 1.000 đồng
        p.check(close(kg[y], h3[y] * 0.3 + h5[y] * 0.5) and close(rice[y], kg[y] * 0.6), f"kg, rice {y}")
        p.check(close(r3[y], h3[y] * 45) and close(r5[y], h5[y] * 70) and close(rev[y], r3[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 45) and close(lines[1][y], h3[y] * 6 + h5[y] * 8)
                and close(lines[2][y], kg[y] * 4), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6000 * 12) and close(lines[4][y], 100000)
                and close(lines[5][y], [600000, 450000, 300000][y] * 0.08) and close(lines[6][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3e6 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 120 * 270 and rice[y] <= 18000, f"capacity 32.400 kg, contract 18 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy cán, máy cắt", "Lò sấy điện", "Cải tạo, mở rộng", "Máy đóng gói, hàn màng",
                                "Thiết kế bao bì, mã vạch", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500000000 == 900000000 + 600000000, "capital 1,5 tỷ")
    p.check(items[0] + items[1] + items[3] == 750000000 and close(750 / 10 + 350 / 14, 100), "depreciation 100 tr")
    a = sum(post) / 3
    p.check(close(a, 412629) and close(1500000 / (a + 100000), 2.9, 0.02), "average profit, payback 2,9")
    p.check(close(kg[0] / 17000, 1.18, 0.01) and 120 * 270 == 32400, "+18 % on 2025; 32.400 kg")
    p.has("45.000 đồng/hộp", "70.000 đồng/hộp", "1.500.000.000 đồng", "(300.900 + 410.269 + 526.718) : 3 ≈ 412.629",
          "1.500.000 : (412.629 + 100.000) ≈ 2,9 năm", "TCCS 01:2026/KT", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    ready_common(p)
    return p


def ag02() -> Plan:
    p = Plan("ag02_tra_la_sen_thien_loc_htx")
    box, bag, dry, fresh = (p.row("Trà túi lọc hộp 25 túi"), p.row("Lá sen cắt sợi túi 100 g"), p.row("Lá sen khô cần dùng"),
                            p.row("Lá sen tươi thu mua"))
    lines = [p.row(x) for x in ("Lá sen tươi (8.000", "Túi lọc, hộp, túi zip", "Điện sấy", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    summ = [p.row(f"{2026 + y} |", 5) for y in Y]  # revenue, cost, pre, tax, post
    staff = [8, 9, 10]
    rev = [box[y] * 0.06 + bag[y] * 0.055 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(dry[y], box[y] * 0.05 + bag[y] * 0.1) and close(fresh[y], dry[y] * 5), f"leaf need {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], box[y] * 0.009 + bag[y] * 0.004)
                and close(lines[2][y], dry[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[4][y], 60)
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.08), f"wages etc. {y}")
        s = summ[y]
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[0], rev[y]) and close(s[1], cost[y])
                and close(s[2], s[0] - s[1]) and close(s[3], s[2] * 0.15) and close(s[4], s[2] - s[3]), f"summary {y}")
        p.check(fresh[y] <= 15000 and fresh[y] <= 100 * 150 and box[y] * 25 <= 6000 * 250, f"supply, dryer, packer {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(rev[0] / 1150, 1.33, 0.01), "+33 % on 2025 with new dryer and packer")
    p.check(180 + 250 + 200 + 70 + 60 + 140 == 900 == 600 + 300 and close(500 / 10 + 200 / 20, 60), "capital, depreciation")
    post = [s[4] for s in summ]
    p.check(avg1(post) == 512.5 and close(900 / (512.5 + 60), 1.6, 0.02), "average profit, payback 1,6")
    p.has("20.000 hộp × 60.000 đồng = 1.200 triệu đồng", "6.000 túi × 55.000 đồng = 330 triệu đồng, cộng 1.530 triệu đồng",
          "24.000 hộp cho 1.440 triệu đồng, 7.000 túi cho 385 triệu đồng, cộng 1.825 triệu đồng",
          "28.000 hộp cho 1.680 triệu đồng, 8.000 túi cho 440 triệu đồng, cộng 2.120 triệu đồng",
          "900 : (512,5 + 60) ≈ 1,6 năm", "(381,3 + 512,5 + 643,8) : 3 ≈ 512,5", "TCCS 01:2026/STL", "Cục Sở hữu trí tuệ")
    ready_common(p)
    return p


def ag03() -> Plan:
    p = Plan("ag03_ghe_may_thach_dai_tht")
    g, b, d = p.row("Ghế mây tựa lưng", 3), p.row("Bộ bàn ghế mây", 3), p.row("Ghế đôn tròn", 3)
    rg, rb, rd, rev = (p.row("Doanh thu ghế tựa"), p.row("Doanh thu bộ bàn ghế"), p.row("Doanh thu ghế đôn"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Mây nguyên liệu", "Khung, sơn, đệm", "Tiền công đan", "Thùng, màng xốp", "Khấu hao",
                                 "Điện, nước", "Vận chuyển, bán hàng", "Thù lao ban điều hành", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    for y in Y:  # đồng
        p.check(close(rg[y], g[y] * 650000) and close(rb[y], b[y] * 4200000) and close(rd[y], d[y] * 280000)
                and close(rev[y], rg[y] + rb[y] + rd[y]), f"revenue {y}")
        rattan, days = g[y] * 3 + b[y] * 18 + d[y] * 1.5, g[y] * 2 + b[y] * 12 + d[y]
        p.check(close(lines[0][y], rattan * 45000) and close(lines[1][y], g[y] * 80000 + b[y] * 500000 + d[y] * 30000)
                and close(lines[2][y], days * 130000) and close(lines[3][y], g[y] * 25000 + b[y] * 150000 + d[y] * 10000),
                f"per-piece costs {y}")
        p.check(close(lines[4][y], 40e6) and close(lines[6][y], rev[y] * 0.06) and close(lines[8][y], rev[y] * 0.015),
                f"depreciation, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rattan <= 12000 and days <= 28 * 260, f"rattan contract, weaving days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([g[y] * 3 + b[y] * 18 + d[y] * 1.5 for y in Y] == [7500, 8790, 10080], "rattan 7.500 / 8.790 / 10.080 kg")
    p.check(150 + 80 + 70 + 40 + 60 == 400 == 280 + 120 and 150 + 80 + 70 == 300 and close(300 / 7.5, 40), "capital")
    a = sum(prof) / 3 / 1e6
    p.check(close(a, 222.8) and close(400 / (a + 40), 1.5, 0.02), "average profit 222,8, payback 1,5")
    p.check(close(lines[2][0] / 28 / 12 / 1e6, 1.93, 0.01) and close(lines[2][2] / 28 / 12 / 1e6, 2.6, 0.01), "1,9–2,6 tr/tháng")
    p.check(close(rev[0] / 1.16e9, 1.41, 0.01), "2027 on 2025 (two years)")
    p.has("650.000 đồng/chiếc", "4.200.000 đồng/bộ", "400.000.000 đồng", "400 triệu đồng : (222,8 + 40) triệu đồng/năm ≈ 1,5 năm",
          "28 thợ làm 260 ngày cho 7.280 công", "TCCS 01:2026/THT-TĐ", "Cục Sở hữu trí tuệ", "buồng phun sơn màng nước")
    ready_common(p)
    return p


def ag04() -> Plan:
    p = Plan("ag04_thuyen_song_la_duc_quang_hkd")
    rows = [p.row(f"{2027 + y} |", 4) for y in Y]  # visitors, meals, charters, revenue
    # revenue, cost, profit (the cost table's header cell "2027" comes first for 2027)
    res = [p.row("2027 |", 3, skip=2), p.row("2028 |", 3, skip=1), p.row("2029 |", 3, skip=1)]
    lines = [p.row(x) for x in ("Nhiên liệu, bảo dưỡng", "Thực phẩm suất ăn", "Tiền lương", "Bảo hiểm khách",
                                 "Khấu hao", "Hoa hồng lữ hành", "Điện, nước, chi phí quản lý", "Lãi vay", "Thuế (5%")]
    cost = p.row("Tổng chi phí")
    staff = [7, 8, 8]
    for y in Y:  # triệu đồng
        k, s, c, rev = rows[y]
        p.check(close(rev, k * 0.15 + s * 0.12 + c * 1.5), f"revenue {y}")
        p.check(close(lines[0][y], k * 0.015 + c * 0.3) and close(lines[1][y], s * 0.12 * 0.55)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], k * 0.008), f"costs {y}")
        p.check(close(lines[4][y], 120) and close(lines[5][y], rev * 0.1) and close(lines[7][y], [400, 300, 200][y] * 0.07)
                and close(lines[8][y], rev * 0.05), f"depreciation, commission, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(res[y][0], rev) and close(res[y][1], cost[y])
                and close(res[y][2], rev - cost[y]), f"result {y}")
        p.check(k <= 3 * 20 * 3 * 300, f"boat capacity {y}")
        if y:
            p.check(rev / rows[y - 1][3] < 1.2, f"growth {y}")
    p.check(3 * 20 * 3 * 300 == 54000 and close(12000 / 54000, 0.22, 0.01), "54.000, 22 %")
    p.check(560 + 90 + 250 + 60 + 180 + 60 == 1200 == 800 + 400 and 560 + 90 + 250 + 60 + 180 == 1140
            and close(1140 / 9.5, 120), "capital, depreciation")
    a = sum(r[2] for r in res) / 3
    p.check(avg1([r[2] for r in res]) == 585.3 and close(1200 / (a + 120), 1.7, 0.01), "average profit, payback 1,7")
    p.check(close(rows[0][3] / 1050, 1.83, 0.01), "2027 on 2025 (two years, 2 new boats)")
    p.has("150.000 đồng/khách", "120.000 đồng/suất", "1.500.000 đồng/chuyến", "9.000 × 150.000 đồng = 1.350 triệu đồng",
          "4.000 × 120.000 đồng = 480 triệu đồng", "60 × 1.500.000 đồng = 90 triệu đồng", "1.575, 576 và 105 triệu đồng",
          "1.800, 672 và 120 triệu đồng", "1.200 : (585,3 + 120) ≈ 1,7 năm", "3 × 20 × 3 × 300 = 54.000",
          "Giấy chứng nhận đăng ký hộ kinh doanh số", "Cục Sở hữu trí tuệ", "bể tách mỡ")
    ready_common(p)
    return p


def ag05() -> Plan:
    p = Plan("ag05_cha_ca_thac_lac_cam_due_hkd")
    t, pt, rt = p.row("Chả cá thác lác tươi"), p.row("Đơn giá chả tươi"), p.row("Doanh thu chả tươi")
    c, pc, rc = p.row("Chả cá thác lác chiên"), p.row("Đơn giá chả chiên"), p.row("Doanh thu chả chiên")
    kg, rev = p.row("Tổng sản lượng"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá thác lác (55.000", "Gia vị, dầu chiên", "Tiền công lao động", "Điện, nước, gas",
                                 "Khấu hao", "Lãi vay", "Vận chuyển, bán hàng", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    staff = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(close(rc[y], c[y] * pc[y] / 1e6) and kg[y] == t[y] + c[y], f"fried revenue, kg {y}")
        ok_rt = close(rt[y], t[y] * pt[y] / 1e6)
        p.check(ok_rt if y < 2 else off(rt[y], t[y] * pt[y] / 1e6), f"fresh revenue {y}")
        p.check(close(rev[y], rt[y] + rc[y]), f"stated total = stated lines {y}")
        p.check(close(lines[0][y], kg[y] * 1.6 * 0.055) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[4][y], 80)
                and close(lines[5][y], [400, 300, 200][y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, stated profit {y}")
        p.check(kg[y] * 1.6 <= 25000 and kg[y] <= 60 * 300, f"fish contract, capacity {y}")
        if y:
            p.check((t[y] * 0.2 + c[y] * 0.24) / (t[y - 1] * 0.2 + c[y - 1] * 0.24) < 1.25, f"true growth {y}")
    true_rev = 8400 * 0.2 + 4200 * 0.24
    p.check(off(1880, 1680) and off(2888, true_rev), "PLANTED 2028 fresh revenue 1.880 (true 1.680, +11,9 %), total 2.888 (+7,4 %)")
    p.check(off(870.2, true_rev - 2017.8), "knock-on: 2028 profit 870,2 vs true 670,2")
    a, b = sum(prof) / 3, (363 + 480.6 + 670.2) / 3
    p.check(close(900 / (a + 80), 1.4, 0.02) and off(1.4, 900 / (b + 80)), "knock-on: payback 1,4 vs true 1,54")
    p.check(120 + 60 + 150 + 40 + 130 + 300 + 100 == 900 == 500 + 400 and close(800 / 10, 80), "capital, depreciation")
    p.has("200.000 đồng/kg", "240.000 đồng/kg", "900 triệu đồng", "14.400 kg", "900 : (571,3 + 80) ≈ 1,4 năm",
          "TCCS 01:2026/TH", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể tách mỡ")
    p.check(p.count("Hộ kinh doanh Chả cá Hải Yến") == 2 and p.count("Hộ kinh doanh Chả cá Thu Hà") == 2,
            "PLANTED a second producer name, twice")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|đủ điều kiện|cam kết sản xuất thực phẩm|HACCP|ISO 22000",
            "PLANTED no food-safety certificate or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ag06() -> Plan:
    p = Plan("ag06_ruou_nep_hoa_vang_kim_song_htx")
    ch, bi, lit, rice = (p.row("Chai 500 ml (chai)"), p.row("Bình gốm 2 lít (bình)"), p.row("Tổng sản lượng rượu"),
                         p.row("Gạo nếp nguyên liệu"))
    rch, rbi, rev = p.row("Chai 500 ml (150.000"), p.row("Bình gốm 2 lít (550.000"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp (25.000", "Men lá, củi, điện", "Chai, bình, nút", "Tiền lương",
                                 "Thuế tiêu thụ đặc biệt", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    supply = 5 * 4.2 * 1000
    for y in Y:  # triệu đồng
        p.check(close(lit[y], ch[y] * 0.5 + bi[y] * 2) and close(rice[y], lit[y] / 0.8), f"litres, rice need {y}")
        p.check(close(rch[y], ch[y] * 0.15) and close(rbi[y], bi[y] * 0.55) and close(rev[y], rch[y] + rbi[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], lit[y] * 0.006)
                and close(lines[2][y], ch[y] * 0.015 + bi[y] * 0.06) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], rev[y] * 65 / 165) and close(lines[5][y], 95)
                and close(lines[6][y], [700, 500, 300][y] * 0.075) and close(lines[7][y], rev[y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(lit[y] <= 3 * 100 * 300, f"still capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(rice[0] <= supply and off(rice[1], supply) and off(rice[2], supply),
            "PLANTED rice need 25.000 / 30.000 kg vs 21 tấn supply (+19 %, +43 %)")
    p.check(500 + 450 + 200 + 150 + 100 + 200 == 1600 == 900 + 700 and close(700 / 20 + 600 / 10, 95), "capital, depreciation")
    p.check(avg1(post) == 567.4 and close(1600 / (567.4 + 95), 2.4, 0.02), "average profit, payback 2,4")
    p.check(close(rev[0] / 3600, 1.29, 0.01) and close(lit[0] / 13000, 1.23, 0.01), "+29 % revenue, +23 % output on 2025")
    p.has("150.000 đồng/chai", "550.000 đồng/bình", "1.600 triệu đồng", "24.000 lít", "1.600 : (567,4 + 95) ≈ 2,4 năm",
          "Giấy phép sản xuất rượu thủ công", "QCVN 6-3:2010/BYT", "hàm lượng etanol", "Cục Sở hữu trí tuệ",
          "đủ cung cấp gạo nếp cho sản xuất của hợp tác xã trong cả giai đoạn")
    p.check(p.count("1048/QĐ-TTg") == 2 and "148/QĐ-TTg" not in p.body, "PLANTED QĐ 1048 cited twice, QĐ 148 never")
    p.lacks(r"môi trường|nước thải|chất thải|bã rượu|hèm|xử lý|bể lắng|khói|đăng ký môi trường", "PLANTED no environmental measure")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ag07() -> Plan:
    p = Plan("ag07_cao_mat_nhan_son_kim_ctcp")
    lo, hop, root = p.row("Cao mật nhân lọ 100 g"), p.row("Trà mật nhân túi lọc"), p.row("Rễ mật nhân khô cần dùng")
    rlo, rhop, rev = p.row("Doanh thu cao mật nhân"), p.row("Doanh thu trà túi lọc"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Rễ mật nhân khô (180.000", "Lọ, hộp, túi lọc, nhãn", "Điện, hơi, nước", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(close(root[y], lo[y] * 0.1 * 12 + hop[y] * 0.06), f"root need {y}")
        p.check(close(rlo[y], lo[y] * 0.55) and close(rhop[y], hop[y] * 0.15) and close(rev[y], rlo[y] + rhop[y]), f"revenue {y}")
        p.check(close(lines[0][y], root[y] * 0.18) and close(lines[1][y], lo[y] * 0.025 + hop[y] * 0.02)
                and close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 150)
                and close(lines[5][y], [700, 500, 300][y] * 0.08) and close(lines[6][y], rev[y] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(root[y] <= 7500 + 5000 and lo[y] * 0.1 <= 4 * 250 and hop[y] * 30 <= 4000 * 250, f"supply, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng chế biến 300", "Hệ thống chiết xuất", "Máy sấy, máy nghiền", "Máy đóng túi lọc",
                                "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 2500, "items add up to 2.500")
    p.check(off(1500 + 700, 2500), "PLANTED sources 1.500 + 700 = 2.200 vs total 2.500 (−12 %)")
    p.check(close(800 / 20 + 1100 / 10, 150), "depreciation 150")
    a = sum(post) / 3
    p.check(close(a, 1132.0) and off(1.3, 2500 / (a + 150)) and off(1.3, 2200 / (a + 150)),
            "PLANTED payback 1,3 vs 2.500 : 1.282 ≈ 1,95 (1,72 on 2.200)")
    p.check(close(lo[0] * 0.1 / 300, 2.0) and close(rev[0] / 2100, 2.14, 0.01), "2027 on 2025: twice the extract (two years)")
    p.has("550.000 đồng/lọ", "150.000 đồng/hộp", "2.500 triệu đồng", "10.260 kg", "khoảng 1,3 năm",
          "vốn góp của các cổ đông 1.500 triệu đồng", "700 triệu đồng, lãi suất 8%/năm", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"tiêu chuẩn|TCCS|TCVN|QCVN|công bố|hợp quy|hợp chuẩn|kiểm nghiệm|quy chuẩn", "PLANTED no product standard")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ag08() -> Plan:
    p = Plan("ag08_tra_sua_gao_rang_thach_lam_tht")
    box, bag, powder, rice = (p.row("Hộp 10 gói × 25 g"), p.row("Túi 500 g |"), p.row("Bột thành phẩm"),
                              p.row("Gạo lứt nguyên liệu"))
    rbox, rbag, rev = p.row("Doanh thu hộp 10 gói"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo lứt (20.000", "Sữa bột, bột trà", "Bao bì (8.000", "Tiền công", "Điện, gas",
                                 "Khấu hao", "Lãi vay", "Chi phí tiêu thụ", "Quản lý")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(close(powder[y], box[y] * 0.25 + bag[y] * 0.5) and close(rice[y], powder[y] * 0.5), f"powder, rice {y}")
        p.check(close(rbox[y], box[y] * 0.065) and close(rbag[y], bag[y] * 0.12) and close(rev[y], rbox[y] + rbag[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.02) and close(lines[1][y], powder[y] * 0.06)
                and close(lines[2][y], box[y] * 0.008 + bag[y] * 0.005) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[5][y], 50) and close(lines[6][y], [200, 150, 100][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 11000 and powder[y] <= 40 * 250, f"rice supply, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(rev[0] / 900, 1.35, 0.01) and close(powder[0] / 3800, 1.25, 0.01), "+35 % on 2025 with new machines")
    items = [p.one(x) for x in ("Máy rang trống", "Máy xay mịn", "Máy trộn bột", "Máy đóng gói tự động", "Cải tạo nhà xưởng",
                                "Thiết kế bao bì, đăng ký", "Vốn lưu động")]
    stated = p.one("Tổng vốn đầu tư |")
    p.check(sum(items) == 640 and stated == 700 and off(stated, sum(items)), "PLANTED total row 700 on top of items adding up to 640")
    p.check(500 + 200 == 700 and close(410 / 10 + 130 / 15, 50), "sources = stated total (knock-on vs items), depreciation")
    a = sum(prof) / 3
    p.check(close(a, 250.3) and close(700 / (a + 50), 2.3, 0.02) and off(2.3, 640 / (a + 50)), "payback 2,3 on 700 (2,13 on 640)")
    p.check(close((lines[0][0] + lines[1][0]) / rev[0], 0.274, 0.01) and close(prof[0] / rev[0], 0.126, 0.01)
            and close(prof[2] / rev[2], 0.214, 0.01) and close(lines[3][0] / rev[0], 0.326, 0.01), "shares 27 %, 27–33 %, margins 12,6–21,4 %")
    p.has("65.000 đồng/hộp", "120.000 đồng/túi", "700 triệu đồng", "4.750 kg", "700 : (250,3 + 50) ≈ 2,3 năm",
          "TCCS 01:2026/GR", "Cục Sở hữu trí tuệ", "chụp hút khói")
    market = section(p, "# VII. THỊ TRƯỜNG", "# VIII.")
    p.check(not re.search(r"đồng|đ/|(?<!đánh )giá|khách|người tiêu dùng|cửa hàng|siêu thị|đại lý|hội chợ|online|facebook|shopee|zalo|sàn|"
                          r"nhà phân phối|quán|bán lẻ|bán buôn|điểm bán", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách hàng|cửa hàng|siêu thị|đại lý|hội chợ|facebook|zalo|shopee|tiktok|sàn thương mại|bán lẻ|bán buôn|"
            r"nhà phân phối|điểm bán|quán cà phê|trực tuyến|xuất khẩu|đơn hàng|đặt hàng", "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|\btem\b", "PLANTED no label anywhere (only 'nhãn hiệu')")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ag09() -> Plan:
    p = Plan("ag09_mat_ong_bac_ha_huong_quang_hkd")
    col, yld, kg, bottles, rev = (p.row("Số đàn ong"), p.row("Năng suất"), p.row("Sản lượng mật"), p.row("Số chai 500 g"),
                                  p.row("Doanh thu |"))
    rev2 = p.row("Doanh thu (280.000")
    lines = [p.row(x) for x in ("Đường, thuốc nuôi ong", "Chai, nắp, nhãn", "Tiền công", "Vận chuyển đàn",
                                 "Khấu hao", "Lãi vay", "Bán hàng, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    staff = [4, 4, 5]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], col[y] * yld[y]) and close(bottles[y], kg[y] * 2), f"honey = colonies × 12, bottles {y}")
        p.check(close(rev[y], kg[y] * 0.28) and close(rev2[y], rev[y]), f"revenue = kg × 280.000 {y}")
        p.check(close(lines[0][y], col[y] * 0.3) and close(lines[1][y], kg[y] * 0.025) and close(lines[2][y], staff[y] * 6 * 12)
                and close(lines[4][y], 40) and close(lines[5][y], [150, 100, 50][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check(rev[1] / rev[0] > 2.1 and rev[2] / rev[1] > 2.1 and col[2] / (300 + 150) > 3,
            "PLANTED output and revenue more than double each year (+117 %, +115 %); 1.400 colonies vs 300 + 150 hives bought")
    p.check(round(prof[0] / rev[0] * 100) == 38 and round(prof[2] / rev[2] * 100) == 66, "margins 38 % and 66 %")
    p.check(close(sum(prof), 4774.2) and close(3600 / 2900, 1.24, 0.01), "4,77 tỷ over three years; 2026 on 2025")
    p.check(180 + 120 + 60 + 40 == 400 == 250 + 150 and close(360 / 9, 40), "capital, depreciation")
    p.has("140.000 đồng/chai", "280.000 đồng/kg", "400 triệu đồng", "3.600 kg", "hiện đang nuôi 300 đàn ong nội",
          "Tổng số đàn ong hiện có của gia đình là 240 đàn", "TCCS 01:2026/PK", "Nghị định 43/2017/NĐ-CP",
          "bản cam kết sản xuất thực phẩm an toàn")
    p.check(off(300, 240), "PLANTED current colonies 300 vs 240 (+25 %)")
    p.lacks(r"đăng ký (hộ )?kinh doanh|mã số thuế|giấy chứng nhận đăng ký|số đăng ký|đăng ký thành lập", "PLANTED no registration")
    p.lacks(r"hoàn vốn", "no payback stated")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ag10() -> Plan:
    p = Plan("ag10_muc_ong_say_xuan_hoi_htx")
    l1, l2, tot, fresh, cap = (p.row("Mực ống sấy loại 1"), p.row("Mực ống sấy loại 2"), p.row("Tổng thành phẩm"),
                               p.row("Mực tươi cần dùng"), p.row("Công suất sấy tối đa"))
    r1, r2, rev = p.row("Doanh thu mực loại 1"), p.row("Doanh thu mực loại 2"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Mực tươi (160.000", "Muối, gia vị, điện sấy", "Túi, hộp, nhãn", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng (3%", "Quản lý")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    staff = [12, 14, 16]
    for y in Y:  # triệu đồng
        p.check(tot[y] == l1[y] + l2[y] and fresh[y] == tot[y] * 4 and cap[y] == 2 * 120 * 250, f"output, fresh need {y}")
        p.check(close(r1[y], l1[y] * 1.1) and close(r2[y], l2[y] * 0.75) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.16) and close(lines[1][y], tot[y] * 0.015) and close(lines[2][y], tot[y] * 0.02)
                and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 190)
                and close(lines[5][y], [1000, 800, 600][y] * 0.07) and close(lines[6][y], rev[y] * 0.03), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(fresh[y] <= 90000, f"squid supply 90 tấn {y}")
        p.check(close(prof[y], rev[y] - cost[y]) if y != 1 else off(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(fresh[y] <= cap[y] if y < 2 else off(fresh[y], cap[y]), f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.4, f"growth {y}")
    p.check(close(2072.6 / 1872.6, 1.107, 0.001), "PLANTED 2027 profit 2.072,6 vs 1.872,6 (+10,7 %)")
    p.check(close(72000 / 60000, 1.2), "PLANTED 2028 fresh squid 72.000 kg vs drying capacity 60.000 (+20 %)")
    p.check(1000 + 800 + 400 + 200 + 100 + 500 == 3000 == 2000 + 1000 and close(1000 / 20 + 1400 / 10, 190), "capital, depreciation")
    a, b = sum(prof) / 3, (1246 + 1872.6 + 3011.6) / 3
    p.check(close(3000 / (a + 190), 1.3, 0.01) and close(b, 2043.4) and close(3000 / (b + 190), 1.34, 0.01),
            "payback 1,3 on the stated average; 1,34 on the true one (tolerated knock-on)")
    p.check(close(tot[0] / 8000, 1.25, 0.01), "+25 % on 2025 with new dryers")
    p.has("1.100.000 đồng/kg", "750.000 đồng/kg", "3.000 triệu đồng", "60.000 kg", "2 × 120 × 250 = 60.000",
          "(1.246 + 2.072,6 + 3.011,6) : 3 ≈ 2.110,1", "3.000 : (2.110,1 + 190) ≈ 1,3 năm", "TCCS 01:2026/XH",
          "Nghị định 43/2017/NĐ-CP", "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|độc quyền", "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ag11_banh_da_khoai_ky_xuan_so_sai")
    a.check(30 * 60000 * 25 == 45e6, "30 kg × 60.000 đ × 25 ngày = 45 triệu đồng/tháng")
    a.has("khoảng 30 kg bánh", "60.000 đồng/kg", "khoảng 45 triệu đồng", "giấy chứng nhận đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|sở hữu trí tuệ|môi trường", "compliance gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ag12_dua_chuot_muoi_dong_loc_so_sai")
    b.check(3000 * 40000 == 120e6, "3 tấn × 40.000 đ = 120 triệu đồng")
    b.has("khoảng 3 tấn dưa muối", "40.000 đồng/kg", "khoảng 120 triệu đồng", "Nhóm chưa đăng ký")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"mã số thuế|giấy chứng nhận|tiêu chuẩn|nhãn|sở hữu trí tuệ|môi trường", "registration and compliance gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def distinct(plans: list[Plan]) -> Plan:
    """No sentence of 12+ words shared by two plans (the boilerplate rule must have nothing true to find)."""
    p = plans[0]
    seen: dict[str, str] = {}
    for q in plans:
        for s in re.split(r"(?<=[.;:])\s+|\n", q.body):
            s = " ".join(s.split())
            if len(s.split()) >= 12 and not s.startswith("|"):
                if s in seen and seen[s] != q.stem:
                    p.failures.append(f"sentence shared by {seen[s]} and {q.stem}: {s[:60]}")
                seen.setdefault(s, q.stem)
    return p


def past(plans: list[Plan]) -> None:
    """The 2024–2025 results tables: 2025 is the figure quoted in the text, and above 2024."""
    quoted = {"ag02": (1200, "khoảng 1.200 kg lá khô"), "ag04": (1050, "khoảng 1,05 tỷ đồng"),
              "ag05": (1550, "khoảng 1,55 tỷ đồng"), "ag06": (3600, "khoảng 3,6 tỷ đồng"),
              "ag07": (2100, "khoảng 2,1 tỷ đồng"), "ag08": (900, "khoảng 900 triệu đồng"),
              "ag09": (760, "bán khoảng 760 triệu đồng"), "ag10": (7400, "khoảng 7,4 tỷ đồng"),
              "ag03": (1.16, "khoảng 1,16 tỷ đồng")}
    for p in plans:
        if p.stem[:4] in quoted:
            y24, y25 = p.row("2024 |", 2), p.row("2025 |", 2)
            value, text = quoted[p.stem[:4]]
            p.check(all(b >= a for a, b in zip(y24, y25)) and value in y25, f"2024–2025 table ({value})")
            p.has(text)


def main() -> int:
    plans = [fn() for fn in (ag01, ag02, ag03, ag04, ag05, ag06, ag07, ag08, ag09, ag10)] + sketchy()
    past(plans)
    distinct(plans)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
