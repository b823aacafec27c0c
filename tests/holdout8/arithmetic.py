"""The eighth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout8/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures written in running text are looked up verbatim (formatted from the recomputed value
where possible), so the numbers cannot drift from the text. The textual planted defects (no
product standard, replaced instruments cited, no trademark, a second producer name, no
environmental measure, no registration, no label, no food safety, no sales channel, two worker
counts) are asserted too, as is the absence of template placeholders in every plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|123/2018|NQ 123"
Y4 = range(4)


class Plan(plancheck.Plan):
    src = HERE / "src"


def vnf(x: float, dec: int = 1) -> str:
    """A number as the plans write it: 1.234,5 (no decimals when whole)."""
    x = round(x, dec)
    whole = int(abs(x))
    frac = round(abs(x) - whole, dec)
    s = f"{whole:,}".replace(",", ".")
    if frac > 1e-9:
        s += "," + f"{frac:.{dec}f}"[2:].rstrip("0")
    return ("-" if x < 0 else "") + s


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")


def t01() -> Plan:
    p = Plan("t01_gao_nep_cai_hoa_vang_thach_lien_htx")
    q2, q5, qb, kg, paddy = (p.row("Túi 2 kg|"), p.row("Túi 5 kg|"), p.row("Bán buôn bao 25 kg"),
                             p.row("Tổng gạo thành phẩm"), p.row("Thóc nguyên liệu cần dùng"))
    rev, r2, r5, rb = p.row("Doanh thu|"), p.row("Túi 2 kg (96.000"), p.row("Túi 5 kg (225.000"), p.row("Bán buôn (38.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thóc nguyên liệu (12.000", "Điện sấy, xát", "Bao bì, tem mã lô", "Tiền lương tổ chế biến",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (17%)"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 10]
    for y in Y:  # triệu đồng
        p.check(kg[y] == q2[y] * 2 + q5[y] * 5 + qb[y] and close(paddy[y], kg[y] * 1.6), f"kg, paddy 1,6 {y}")
        p.check(close(r2[y], q2[y] * 0.096) and close(r5[y], q5[y] * 0.225) and close(rb[y], qb[y] * 0.038)
                and close(rev[y], r2[y] + r5[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], paddy[y] * 0.012) and close(lines[1][y], kg[y] * 0.0004)
                and close(lines[2][y], q2[y] * 0.004 + q5[y] * 0.006 + qb[y] * 0.0002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 120)
                and close(lines[5][y], [600, 400, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(paddy[y] <= 45 * 4800 and paddy[y] <= 2000 * 150, f"paddy within 216 tấn and the 300 tấn mill {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(45 * 4.8 == 216 and close(kg[0] / 62000, 1.29, 0.01), "216 tấn of paddy; +29 % on 62 tấn (2025)")
    items = [p.one(x) for x in ("Cải tạo xưởng xát", "Máy sấy tháp", "Dây chuyền bóc vỏ", "Máy hút chân không",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 700 + 600 + 200 and sum(items[:4]) == 1200, "capital 1.500, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 785.4, 0.001) and close(1500 / (785.4 + 120), 1.7, 0.03), "average 785,4, payback 1,7")
    p.has("96.000 đồng/túi", "225.000 đồng/túi", "38.000 đồng/kg", "12.000 đồng/kg", "khoảng 216 tấn thóc/năm",
          "khoảng 300 tấn thóc/năm", "(628,8 + 780,9 + 946,6) : 3 ≈ 785,4", "1.500 : (785,4 + 120) ≈ 1,7 năm",
          "3.360 triệu đồng năm 2026", "4.426 triệu đồng năm 2028", "Tổng nguồn vốn 1.500 triệu đồng",
          "TCCS 01:2025/HTXTL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    ready_common(p)
    return p


def t02() -> Plan:
    p = Plan("t02_nuoc_uong_dong_chai_suoi_may_ctcp")
    a, b, c = [60000, 66000, 72000, 78000], [15000, 16500, 18000, 19500], [90000, 99000, 108000, 117000]
    for y in Y4:
        p.has(f"{vnf(a[y])} thùng", f"{vnf(b[y])} thùng", f"{vnf(c[y])} bình")
    litres = [a[y] * 12 + b[y] * 18 + c[y] * 19 for y in Y4]
    p.check(litres == [2700000, 2970000, 3240000, 3510000], "2.700 / 2.970 / 3.240 / 3.510 m³")
    p.has("| 2.700 m³ | 2.970 m³ | 3.240 m³ | 3.510 m³ |")
    rev = [a[y] * 0.072 + b[y] * 0.084 + c[y] * 0.018 for y in Y4]
    lines = [p.row(x, 4) for x in ("Vỏ chai, nắp", "Điện, vật liệu lọc", "Tiền lương, bảo hiểm", "Khấu hao tài sản cố định",
                                    "Lãi vay ngân hàng", "Vận chuyển, chiết khấu", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí", 4)
    staff = [22, 23, 24, 25]
    res = [p.row(str(2026 + y), 5) for y in Y4]  # years as rows: revenue, cost, pre, tax, post
    for y in Y4:  # triệu đồng
        p.check(close(lines[0][y], a[y] * 0.032 + b[y] * 0.033 + c[y] * 0.0025)
                and close(lines[1][y], litres[y] * 0.00012), f"materials, filtration {y}")
        p.check(close(lines[2][y], staff[y] * 7 * 12) and close(lines[3][y], 360)
                and close(lines[4][y], [2000, 1500, 1000, 500][y] * 0.08) and close(lines[5][y], rev[y] * 0.08)
                and close(lines[6][y], 240), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev[y]) and close(r[1], cost[y]) and close(r[2], r[0] - r[1])
                and close(r[3], r[2] * 0.17) and close(r[4], r[2] - r[3]), f"results row {2026 + y}")
        p.check(a[y] * 24 + b[y] * 12 <= 1200 * 8 * 300 and c[y] <= 100 * 8 * 300 and litres[y] / 1000 <= 3 * 8 * 300,
                f"bottle line, jar line, RO capacity {y}")
        p.check((litres[y] / 1000 / 0.6 + 1500) / 300 <= 50, f"water within the 50 m³/day licence {y}")
        if y:
            p.check(close(rev[y] / rev[y - 1], 1 + 0.1 / (1 + 0.1 * (y - 1)), 0.001), f"growth 10 % of 2026 a year {y}")
    p.check(close(rev[0], 7200) and close(rev[3], 9360) and close(2700 / 2300, 1.17, 0.01), "7,2 / 9,36 tỷ; +17 % on 2025")
    p.check(close((3510 / 0.6 + 1500) / 300, 24.5) and a[3] * 24 + b[3] * 12 == 2106000, "24,5 m³/day; 2.106.000 chai")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Hệ thống lọc RO", "Máy thổi chai", "Dây chuyền súc rửa",
                                "Máy co màng", "Bổ sung 6.000 vỏ bình", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 4500 == 2500 + 2000 and sum(items[:5]) == 3600,
            "capital 4.500, fixed 3.600")
    post = [r[4] for r in res]
    p.check(close(sum(post) / 4, 1274.1, 0.001) and close(4500 / (1274.1 + 360), 2.8, 0.02), "average 1.274,1, payback 2,8")
    p.has("72.000 đồng/thùng", "84.000 đồng/thùng", "18.000 đồng/bình", "lưu lượng khai thác tối đa 50 m³/ngày đêm",
          "3.510 : 0,6 + 1.500 = 7.350 m³", "60.000 thùng × 72.000 đồng = 4.320 triệu đồng",
          "15.000 thùng × 84.000 đồng = 1.260 triệu đồng", "90.000 bình × 18.000 đồng = 1.620 triệu đồng",
          "cộng 7.200 triệu đồng", "(873,2 + 1.140,4 + 1.407,7 + 1.674,9) : 4 ≈ 1.274,1",
          "4.500 : (1.274,1 + 360) ≈ 2,8 năm", "QCVN 6-1:2010/BYT", "Nghị định số 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu", "đã đăng ký môi trường")
    ready_common(p)
    return p


def t03() -> Plan:
    p = Plan("t03_dao_ren_trung_luong_tht")
    a, b, c, s, n = (p.row("Dao thái, dao bếp"), p.row("Dao chặt xương"), p.row("Dao phát, dao rựa"),
                     p.row("Bộ dao bếp 3 chiếc"), p.row("Sản lượng quy đổi"))
    rev, ra, rb, rc, rs = (p.row("Doanh thu|"), p.row("Dao thái (180.000"), p.row("Dao chặt (260.000"),
                           p.row("Dao phát (200.000"), p.row("Bộ dao 3 chiếc (750.000"))
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thép nhíp (18.000", "Than, điện", "Cán, đai, bao, hộp", "Tiền công khoán", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, đại lý", "Chi phí chung", "Thuế GTGT, TNCN")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # nghìn đồng
        p.check(n[y] == a[y] + b[y] + c[y] + 3 * s[y], f"pieces {y}")
        p.check(close(ra[y], a[y] * 180) and close(rb[y], b[y] * 260) and close(rc[y], c[y] * 200)
                and close(rs[y], s[y] * 750) and close(rev[y], ra[y] + rb[y] + rc[y] + rs[y]), f"revenue {y}")
        p.check(close(lines[0][y], n[y] * 18) and close(lines[1][y], n[y] * 15)
                and close(lines[2][y], (a[y] + b[y] + c[y]) * 12 + s[y] * 90) and close(lines[3][y], n[y] * 95),
                f"per-piece costs {y}")
        p.check(close(lines[4][y], 100000) and close(lines[5][y], [400000, 300000, 200000][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], 48000) and close(lines[8][y], rev[y] * 0.015),
                f"depreciation, interest, selling, overhead, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(n[y] <= 8 * 14 * 280 and n[y] * 1 <= 30000, f"forge capacity 31.360, steel 30 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(8 * 14 * 280 == 31360 and close(n[2] / 31360, 0.83, 0.01) and close(n[0] / 19000, 1.13, 0.01),
            "31.360 capacity, 83 %, +13 % on 2025")
    p.check(350 + 240 + 260 + 150 + 60 + 140 == 1200 == 800 + 400 and 350 + 240 + 260 + 150 == 1000, "capital, fixed 1.000")
    avg = sum(prof) / 3
    p.check(avg == 1045500 and close(1200000 / (avg + 100000), 1.05, 0.01), "average 1.045.500, payback 1,05")
    p.has("180.000 đồng/chiếc", "260.000 đồng/chiếc", "200.000 đồng/chiếc", "750.000 đồng/bộ",
          "Tổng vốn đầu tư 1.200 triệu đồng", ": 350 triệu đồng;", ": 240 triệu đồng;", ": 260 triệu đồng;",
          ": 150 triệu đồng;", ": 60 triệu đồng;", ": 140 triệu đồng.", "các thành viên góp 800 triệu đồng",
          "400 triệu đồng, thời hạn 4 năm, lãi suất 7,5%/năm", "8 lò × 14 chiếc × 280 ngày = 31.360 chiếc/năm",
          "tổng 30 tấn/năm", "(908.300 + 1.045.500 + 1.182.700) : 3 = 1.045.500",
          "1.200.000 : (1.045.500 + 100.000) ≈ 1,05 năm", "TCCS 01:2025/THT-TL", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "Giấy chứng nhận đăng ký tổ hợp tác")
    ready_common(p)
    return p


def t04() -> Plan:
    p = Plan("t04_farmstay_hoa_sim_huong_trach_hkd")
    nights, meals, tix, staff = [1400, 1650, 1900], [6000, 7000, 8000], [9000, 10500, 12000], [7, 8, 9]
    rooms, food, trips = [x * 0.6 for x in nights], [x * 0.15 for x in meals], [x * 0.08 for x in tix]
    rev = [rooms[y] + food[y] + trips[y] for y in Y]
    profit = []
    for y in Y:
        p.has(f"{vnf(nights[y])} đêm – {vnf(rooms[y])} triệu đồng", f"{vnf(meals[y])} suất – {vnf(food[y])} triệu đồng",
              f"{vnf(tix[y])} lượt – {vnf(trips[y])} triệu đồng", f"| {vnf(rev[y])} triệu đồng")
        lines = [food[y] * 0.45, nights[y] * 0.1, tix[y] * 0.015, staff[y] * 6.5 * 12, 140, [600, 400, 200][y] * 0.07,
                 rev[y] * 0.08, rev[y] * 0.05, 60]
        total = sum(lines)
        profit.append(rev[y] - total)
        p.has(f"{vnf(lines[0])} triệu đồng", f"{vnf(lines[6])} triệu đồng", f"{vnf(lines[7])} triệu đồng",
              f"{vnf(lines[3])} triệu đồng", f"{vnf(total)} triệu đồng", f"{vnf(rev[y] - total)} triệu đồng")
        p.check(nights[y] <= 8 * 365, f"room-nights within 2.920 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(x, 1) for x in rev] == [2460, 2880, 3300], "revenue 2.460 / 2.880 / 3.300")
    p.check([round(x, 1) for x in profit] == [672.2, 858.6, 1045.0], "profit 672,2 / 858,6 / 1.045")
    p.has("Tổng chi phí năm 2026 là 1.787,8 triệu đồng, lợi nhuận 2.460 − 1.787,8 = 672,2 triệu đồng",
          "tổng chi phí 2.021,4 triệu đồng; lợi nhuận 858,6 triệu đồng", "tổng chi phí 2.255 triệu đồng; lợi nhuận 1.045 triệu đồng",
          "(672,2 + 858,6 + 1.045) : 3 = 858,6", "1.800 : (858,6 + 140) ≈ 1,8 năm", "140 triệu đồng; lãi vay 42 triệu đồng",
          "600.000 đồng/phòng/đêm", "150.000 đồng/suất", "80.000 đồng/lượt", "8 × 365 = 2.920 đêm phòng/năm")
    p.check(close(sum(profit) / 3, 858.6, 0.001) and close(1800 / (858.6 + 140), 1.8, 0.01), "average, payback 1,8")
    p.check(900 + 150 + 200 + 80 + 70 == 1400 and 1400 + 100 + 300 == 1800 == 1200 + 600 and close(1400 / 10, 140),
            "capital 1.800, fixed 1.400, depreciation 140")
    p.has("Tổng vốn đầu tư 1.800 triệu đồng", "900 triệu đồng", "150 triệu đồng", "200 triệu đồng", "80 triệu đồng",
          "70 triệu đồng", "100 triệu đồng; vốn lưu động 300 triệu đồng", "vốn tự có của hộ 1.200 triệu đồng",
          "600 triệu đồng, thời hạn 3 năm, lãi suất 7%/năm, trả gốc 200 triệu đồng/năm")
    rev25 = 1050 * 0.6 + 4600 * 0.15 + 6650 * 0.08
    p.check(close(rev25, 1850, 0.01) and close(rev[0] / rev25, 1.33, 0.01), "2025 revenue 1.850, +33 %")
    p.has("1.050 đêm phòng, ăn uống 4.600 suất, vé trải nghiệm 6.650 lượt", "doanh thu 1.850 triệu đồng",
          "TCVN 7800:2017", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "bể tự hoại 3 ngăn")
    ready_common(p)
    return p


def t05() -> Plan:
    p = Plan("t05_toi_den_bien_xuan_cty")
    h, t, b, kg, fresh = (p.row("Tỏi đen cô đơn hộp 250 g|"), p.row("Tỏi đen túi 500 g|"), p.row("Tỏi đen bán buôn|"),
                          p.row("Tổng sản lượng tỏi đen"), p.row("Tỏi tươi nguyên liệu"))
    rh, rt, rb, rev = (p.row("Tỏi đen cô đơn hộp 250 g ("), p.row("Tỏi đen túi 500 g ("), p.row("Tỏi đen bán buôn ("),
                       p.row("Cộng doanh thu"))
    lines = [p.row(x) for x in ("Tỏi tươi (50.000", "Điện lên men", "Hộp, túi, thùng, nhãn", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, chiết khấu", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 10]
    true_rev = [h[y] * 0.16 + t[y] * 0.22 + b[y] * 0.35 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == h[y] * 0.25 + t[y] * 0.5 + b[y] and close(fresh[y], kg[y] * 1.6), f"kg, fresh garlic 1,6 {y}")
        p.check(close(rt[y], t[y] * 0.22) and close(rb[y], b[y] * 0.35) and close(rev[y], rh[y] + rt[y] + rb[y]),
                f"bag and bulk revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], fresh[y] * 0.05) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], h[y] * 0.012 + t[y] * 0.008 + b[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 90) and close(lines[5][y], [600, 400, 200][y] * 0.08),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit on the stated revenue {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(fresh[y] <= 15000 and fresh[y] <= 1100 * 11, f"garlic within 15 tấn and 12.100 kg of the fermenters {y}")
    p.check(close(rh[0], h[0] * 0.16) and close(rh[2], h[2] * 0.16), "2026 and 2028 box revenue right")
    p.check(h[1] * 0.16 == 1120 and rh[1] == 1300 and off(rh[1], h[1] * 0.16, 15),
            "PLANTED 2027 box revenue 1.300 != 7.000 × 0,16 = 1.120 (+16 %)")
    p.check(off(rev[1], true_rev[1], 6) and close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]),
            "PLANTED 2027 total 2.853 != 2.673 (+6,7 %)")
    p.check(true_rev[1] <= 3000, "the true 2027 revenue keeps the 15 % bracket")
    p.check(540 + 120 + 90 + 150 == 900 and 900 + 100 + 200 == 1200 == 600 + 600, "capital 1.200, fixed 900")
    avg = sum(post) / 3
    p.check(close(avg, 722.8, 0.001) and close(1200 / (722.8 + 90), 1.5, 0.02), "stated payback 1,5 on the stated profit")
    true_post1 = (true_rev[1] - cost[1]) * 0.85
    true_pay = 1200 / ((post[0] + true_post1 + post[2]) / 3 + 90)
    p.check(close(true_pay, 1.575, 0.005), "tolerated knock-on: 1,58 years on the true profit")
    p.check(close(kg[0] / 4300, 1.16, 0.01), "+16 % on 2025")
    p.has("160.000 đồng/hộp", "220.000 đồng/túi", "350.000 đồng/kg", "khoảng 15 tấn/năm", "1.100 × 11 = 12.100 kg",
          "(533,8 + 831,2 + 803,3) : 3 ≈ 722,8", "1.200 : (722,8 + 90) ≈ 1,5 năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "vốn chủ sở hữu 600 triệu đồng", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|quy chuẩn|chỉ tiêu (vi sinh|kim loại|chất lượng|an toàn|hóa|lý)|chuẩn",
            "PLANTED no product standard, declaration, regulation or lab test anywhere")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg", "PLANTED no current OCOP instrument cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def t06() -> Plan:
    p = Plan("t06_chieu_coi_ho_do_htx")
    pa, pb, pc = p.one("Chiếu cói dệt hoa|"), p.one("Chiếu cói trơn|"), p.one("Túi, hộp, thảm cói")
    p.check((pa, pb, pc) == (220000, 180000, 75000), "price list in whole đồng")
    a, b, c, coi = (p.row("Chiếu cói dệt hoa|"), p.row("Chiếu cói trơn|"), p.row("Sản phẩm thủ công mỹ nghệ|"),
                    p.row("Cói khô sử dụng"))
    rev, ra, rb, rc = p.row("Doanh thu|"), p.row("Chiếu dệt hoa"), p.row("Chiếu trơn"), p.row("Sản phẩm thủ công mỹ nghệ|", skip=1)
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cói khô (15.000", "Phẩm nhuộm", "Tiền công dệt", "Điện, nhiên liệu sấy", "Bao bì, nhãn",
                                 "Lương bộ phận quản lý", "Khấu hao", "Lãi vay", "Vận chuyển, bán hàng", "Chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        mats = a[y] + b[y]
        p.check(close(coi[y], a[y] * 2.2 + b[y] * 2.0 + c[y] * 0.4), f"cói {y}")
        p.check(close(ra[y], a[y] * pa / 1e6) and close(rb[y], b[y] * pb / 1e6) and close(rc[y], c[y] * pc / 1e6)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], coi[y] * 0.015) and close(lines[1][y], a[y] * 0.015 + b[y] * 0.008 + c[y] * 0.005)
                and close(lines[2][y], mats * 0.06 + c[y] * 0.03) and close(lines[3][y], mats * 0.005)
                and close(lines[4][y], mats * 0.01 + c[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[5][y], 4 * 7 * 12) and close(lines[6][y], 90) and close(lines[7][y], [400, 300, 200][y] * 0.07),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(coi[y] <= 12 * 4500 and mats <= 6 * 12 * 280, f"cói within 54 tấn, mats within 20.160 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close((a[0] + b[0]) / 12500, 1.12, 0.01), "14.000 mats, +12 % on 2025")
    items = [350, 320, 150, 80, 80, 320]
    p.check(sum(items) == 1300 and sum(items[:4]) == 900, "investment items 1.300, fixed 900")
    p.has("Tổng vốn đầu tư của phương án là 1.300 triệu đồng", "300 m² 350 triệu đồng", "2 máy dệt chiếu bán tự động 320 triệu đồng",
          "lò sấy cói 150 triệu đồng", "máy chẻ cói 80 triệu đồng", "trang bán hàng trực tuyến 80 triệu đồng",
          "phẩm nhuộm 320 triệu đồng")
    p.has("thành viên góp bổ sung 500 triệu đồng", "Lộc Hà 400 triệu đồng", "165/2025/NQ-HĐND) 200 triệu đồng.")
    p.check(500 + 400 + 200 == 1100 and off(1100, 1300, 15), "PLANTED sources 1.100 != total 1.300 (-15 %)")
    p.lacks(r"[Tt]ổng nguồn vốn|nguồn vốn là|cộng nguồn", "PLANTED no total of sources written")
    avg = sum(post) / 3
    p.check(close(avg, 716, 0.001) and close(1300 / (716 + 90), 1.6, 0.01), "average 716, payback 1,6 on the right total")
    p.has("(600,9 + 716 + 831,2) : 3 ≈ 716", "1.300 : (716 + 90) ≈ 1,6 năm", "6 × 12 × 280 = 20.160 chiếc/năm",
          "khoảng 54 tấn/năm", "TCCS 01:2024/HTXHĐ", "Nghị định số 43/2017/NĐ-CP", "đăng ký môi trường")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|bản quyền|kiểu dáng",
            "PLANTED no trademark or IP anywhere")
    p.check(p.count("Hợp tác xã Dệt chiếu Đông Thạch") == 2 and p.count("Hợp tác xã Chiếu cói Hộ Độ") == 3
            and p.count("HỢP TÁC XÃ CHIẾU CÓI HỘ ĐỘ") == 1 and p.count("Chiếu cói Hộ Độ") >= 4,
            "PLANTED a second producer name, twice")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def t07() -> Plan:
    p = Plan("t07_sua_chua_sua_tuoi_ngan_pho_cty")
    hu, ch, mh, mc, need = (p.row("Sữa chua hũ 100 g|"), p.row("Sữa tươi thanh trùng chai 1 lít|"),
                            p.row("Sữa nguyên liệu cho sữa chua"), p.row("Sữa nguyên liệu cho sữa tươi"),
                            p.row("Tổng sữa nguyên liệu cần dùng"))
    rh, rc, rev = p.row("Doanh thu sữa chua"), p.row("Doanh thu sữa tươi"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Sữa nguyên liệu (11.000", "Đường, men giống", "Hũ, nắp, chai, nhãn", "Điện, gas, nước",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Vận chuyển lạnh", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"), p.row("Lợi nhuận sau thuế")
    staff = [18, 19, 20]
    supply = 30 * 14 * 300 + 10000
    for y in Y:  # triệu đồng
        p.check(close(mh[y], hu[y] * 0.09) and close(mc[y], ch[y] * 1.02) and close(need[y], mh[y] + mc[y]), f"milk need {y}")
        p.check(close(rh[y], hu[y] * 0.007) and close(rc[y], ch[y] * 0.036) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.011) and close(lines[1][y], hu[y] * 0.001)
                and close(lines[2][y], hu[y] * 0.0009 + ch[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 200) and close(lines[6][y], [1200, 900, 600][y] * 0.08),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(need[y] <= 500 * 2 * 300 and hu[y] <= 3000 * 2 * 300, f"pasteuriser and incubator capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(supply == 136000 and need[0] <= supply and need[1] <= supply, "2027 and 2028 milk covered by 136.000 lít")
    p.check(need[2] == 157200 and off(need[2], supply, 15), "PLANTED 2029 needs 157.200 lít > 136.000 lít (+15,6 %)")
    p.check(close(hu[0] / 500000, 1.2) and close(ch[0] / 50000, 1.2), "+20 % on 2026")
    items = [p.one(x) for x in ("Cải tạo chuồng trại", "Hệ thống vắt sữa", "Thiết bị chế biến", "Xe tải lạnh",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 2600 and stated == 2800 and off(stated, sum(items), 7),
            "PLANTED investment table total 2.800 != items 2.600 (+7,7 %)")
    p.check(1400 + 1200 == sum(items) and sum(items[:4]) == 2000, "sources and payback use the right 2.600; fixed 2.000")
    avg = sum(post) / 3
    p.check(close(avg, 1362.6, 0.001) and close(2600 / (1362.6 + 200), 1.7, 0.03), "average 1.362,6, payback 1,7")
    p.has("30 con × 14 lít × 300 ngày = 126.000 lít/năm", "khoảng 10.000 lít/năm", "Tổng nguồn sữa khoảng 136.000 lít/năm, đủ đáp ứng",
          "7.000 đồng/hũ", "36.000 đồng/chai", "vốn chủ sở hữu 1.400 triệu đồng", "Hương Sơn 1.200 triệu đồng",
          "(933,6 + 1.322,7 + 1.831,6) : 3 ≈ 1.362,6", "2.600 : (1.362,6 + 200) ≈ 1,7 năm", "QCVN 5-1:2010/BYT",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(r"môi trường|nước thải|chất thải|phân bò|phân chuồng|biogas|xử lý|ô nhiễm|\brác\b|mùi hôi|khí thải|bể lắng|"
            r"đệm lót|ủ phân|thu gom|compost|váng sữa|nước rửa", "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def t08() -> Plan:
    p = Plan("t08_cao_che_vang_cam_my_ho")
    a, b, c, cao, dry = (p.row("Cao chè vằng hộp 100 g"), p.row("Cao chè vằng hộp 500 g"), p.row("Chè vằng khô túi 500 g"),
                         p.row("Tổng lượng cao"), p.row("Chè vằng khô cần dùng"))
    rev, ra, rb, rc = (p.row("Doanh thu|"), p.row("- Cao hộp 100 g (80.000"), p.row("- Cao hộp 500 g (350.000"),
                       p.row("- Chè khô túi 500 g (60.000"))
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Chè vằng khô (25.000", "- Củi, điện", "- Hộp, túi", "- Tiền công lao động", "- Khấu hao",
                                 "- Lãi vay", "- Bán hàng, vận chuyển", "- Chi khác")]
    prof = p.row("Lợi nhuận|")
    staff = [4, 4, 5]
    for y in Y:  # đồng
        p.check(close(cao[y], a[y] * 0.1 + b[y] * 0.5) and close(dry[y], cao[y] * 8 + c[y] * 0.5), f"extract, dry leaves {y}")
        p.check(close(ra[y], a[y] * 80000) and close(rb[y], b[y] * 350000) and close(rc[y], c[y] * 60000)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 25000) and close(lines[1][y], cao[y] * 30000)
                and close(lines[2][y], a[y] * 5000 + b[y] * 12000 + c[y] * 2000), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5e6 * 12) and close(lines[4][y], 45e6) and lines[5][y] == [14e6, 7e6, 0][y],
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(dry[y] <= 14000 and cao[y] <= 2 * 2.5 * 300, f"dry chè vằng within 14 tấn, extract within 1.500 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(100 + 200 + 80 + 70 + 50 + 200 == 700 == 500 + 200 and 100 + 200 + 80 + 70 == 450, "capital 700, fixed 450")
    avg = sum(prof) / 3
    p.check(close(avg, 270.9e6, 0.001), "average profit 270,9 triệu")
    p.has("Lợi nhuận bình quân 3 năm khoảng 270,9 triệu đồng/năm",
          "thu hồi vốn đầu tư 700 triệu đồng sau khoảng 1,5 năm")  # PLANTED payback-mismatch
    p.check(off(1.5, 700e6 / avg, 30) and off(1.5, 700e6 / (avg + 45e6), 25),
            "PLANTED payback 1,5 != 2,6 (2,2 with depreciation)")
    p.check(close(rev[0] / 730e6, 1.16, 0.01), "+16 % on 2025")
    p.has("80.000 đồng/hộp", "350.000 đồng/hộp", "60.000 đồng/túi", "Tổng vốn đầu tư 700 triệu đồng",
          "vốn tự có của gia đình 500 triệu đồng", "2 nồi × 2,5 kg cao/mẻ × 300 mẻ/năm = 1.500 kg", "khoảng 14 tấn khô/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "đăng ký bảo hộ nhãn hiệu")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|đăng ký hộ|giấy phép kinh doanh|đăng ký thành",
            "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|ghi nhãn|\btem\b|mã vạch|mã QR", "PLANTED no label anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def t09() -> Plan:
    p = Plan("t09_thit_lon_den_gac_bep_huong_lien_htx")
    s, l, kg, meat = p.row("Túi 250 g|"), p.row("Túi 500 g|"), p.row("Tổng sản lượng"), p.row("Thịt tươi nguyên liệu")
    lines = [p.row(x) for x in ("Thịt lợn tươi", "Gia vị, củi", "Túi, hộp, nhãn", "Điện sấy, kho lạnh", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí")
    res = [p.row(str(2026 + y), 4) for y in Y]  # years as rows: kg, revenue, cost, profit
    staff = [8, 10, 12]
    rev = [s[y] * 0.24 + l[y] * 0.46 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == s[y] * 0.25 + l[y] * 0.5 and close(meat[y], kg[y] * 2.5), f"kg, meat 2,5 {y}")
        p.has(f"{vnf(s[y])} túi 250 g × 240.000 đồng = {vnf(s[y] * 0.24)} triệu đồng",
              f"{vnf(l[y])} túi 500 g × 460.000 đồng = {vnf(l[y] * 0.46)} triệu đồng", f"cộng {vnf(rev[y])} triệu đồng")
        p.check(close(lines[0][y], meat[y] * 0.13) and close(lines[1][y], kg[y] * 0.04)
                and close(lines[2][y], s[y] * 0.008 + l[y] * 0.01) and close(lines[3][y], kg[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 80) and close(lines[6][y], [400, 300, 200][y] * 0.07),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(r[0] == kg[y] and close(r[1], rev[y]) and close(r[2], cost[y]), f"summary row {2026 + y}")
        p.check(kg[y] <= 3 * 50 * 150 and meat[y] <= 2600 * 14, f"drying chambers 22.500 kg, pig supply 36.400 kg {y}")
    p.check(close(res[0][3], rev[0] - cost[0]) and close(res[2][3], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(close(rev[1] - cost[1], 1581.4, 0.001) and res[1][3] == 1781.4 and off(res[1][3], rev[1] - cost[1], 12),
            "PLANTED 2027 profit 1.781,4 != 5.264 − 3.682,6 = 1.581,4 (+12,6 %)")
    p.check(kg[1] / kg[0] > 2.3 and kg[2] / kg[1] > 2.2 and rev[1] / rev[0] > 2.3 and rev[2] / rev[1] > 2.2,
            "PLANTED output and revenue more than double twice (2.400 → 5.600 → 12.800 kg)")
    p.check(close(kg[0] / 2000, 1.2), "2026 is +20 % on 2025 (the jumps come later)")
    p.check(150 + 360 + 200 + 90 == 800 and 800 + 100 + 300 == 1200 == 800 + 400, "capital 1.200, fixed 800")
    stated_avg = sum(r[3] for r in res) / 3
    true_avg = (res[0][3] + rev[1] - cost[1] + res[2][3]) / 3
    p.check(close(stated_avg, 2253.4, 0.001) and close(1200 / (2253.4 + 80), 0.51, 0.01)
            and round(1200 / (true_avg + 80), 1) == 0.5, "payback 0,5 on both the stated and the true average")
    p.has("(297,6 + 1.781,4 + 4.681,2) : 3 = 2.253,4", "1.200 : (2.253,4 + 80) ≈ 0,5 năm", "3 × 50 × 150 = 22.500 kg/năm",
          "tổng khoảng 36.400 kg/năm", "6 cửa hàng đặc sản", "tiếp tục duy trì các kênh bán này",
          "tăng hơn gấp đôi mỗi năm", "TCCS 01:2025/HL", "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|cam kết|15/2018|khám sức khỏe|HACCP|giấy chứng nhận cơ sở|"
            r"tập huấn|an toàn vệ sinh", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def t10() -> Plan:
    p = Plan("t10_ngao_sach_thach_bang_tht")
    a, b, kg, raw = (p.row("Ngao túi lưới 2 kg|", 4), p.row("Ngao túi hút chân không 1 kg|", 4),
                     p.row("Tổng ngao sạch thành phẩm", 4), p.row("Ngao thương phẩm cần dùng", 4))
    rev, ra, rb = p.row("Doanh thu|", 4), p.row("Ngao túi lưới 2 kg (84.000", 4), p.row("Ngao hút chân không 1 kg (52.000", 4)
    lines = [p.row(x, 4) for x in ("Ngao thương phẩm (25.000", "Túi lưới, túi PA", "Điện, nước biển lọc", "Tiền lương",
                                    "Khấu hao", "Lãi vay", "Vận chuyển lạnh", "Quản lý, chi khác")]
    cost, prof = p.row("Chi phí|", 4), p.row("Lợi nhuận", 4)
    capacity = 4 * 125 * 280  # kg
    for y in Y4:  # triệu đồng; tấn
        p.check(kg[y] * 1000 == a[y] * 2 + b[y] and close(raw[y], kg[y] * 1.1), f"tấn, raw clams 1,1 {y}")
        p.check(close(ra[y], a[y] * 0.084) and close(rb[y], b[y] * 0.052) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 25) and close(lines[1][y], a[y] * 0.0015 + b[y] * 0.0025)
                and close(lines[2][y], kg[y] * 1.5) and close(lines[6][y], kg[y] * 1.0), f"per-unit costs {y}")
        p.check(close(lines[3][y], 10 * 6 * 12) and close(lines[4][y], 60) and lines[5][y] == [21, 14, 7, 0][y],
                f"wages of 10 workers, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(raw[y] <= 38 * 12, f"raw clams within 456 tấn {y}")
        if y:
            p.check(kg[y] / kg[y - 1] < 1.15, f"growth {y}")
    p.check(capacity == 140000 and kg[0] * 1000 <= capacity and kg[1] * 1000 <= capacity, "2026-2027 within 140 tấn")
    p.check(off(kg[2] * 1000, capacity, 7) and off(kg[3] * 1000, capacity, 17),
            "PLANTED 2028-2029 output 150 / 165 tấn > 140 tấn of the depuration system")
    p.check(close(kg[0] / 106, 1.13, 0.01), "+13 % on 106 tấn (2025)")
    items = [p.one(x) for x in ("Hệ thống bể làm sạch", "Nhà sơ chế 120 m²", "Máy hút chân không, máy phân cỡ", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 900 == 600 + 300 and sum(items[:3]) == 600, "capital 900, fixed 600")
    p.check(sum(prof) / 4 == 1062 and close(900 / (1062 + 60), 0.8, 0.01), "average 1.062, payback 0,8")
    p.has("0,5 tấn/ngày, làm việc 280 ngày/năm", "tương đương 140 tấn/năm", "mỗi bể làm sạch 125 kg ngao/mẻ",
          "sản lượng khoảng 456 tấn/năm", "(736,5 + 953,5 + 1.170,5 + 1.387,5) : 4 = 1.062", "900 : (1.062 + 60) ≈ 0,8 năm",
          "thành viên góp 600 triệu đồng", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường",
          "Giấy chứng nhận đăng ký tổ hợp tác")
    p.has("Tổ hợp tác có 10 lao động thường xuyên", "tạo việc làm cho 16 lao động thường xuyên")  # PLANTED figure-inconsistent
    p.check(off(16, 10, 50), "PLANTED 16 != 10 workers")
    market = p.body.split("# 7. Phân tích thị trường", 1)[1].split("# 8.", 1)[0]
    p.check(not re.search(r"đồng|đ/|giá|khách hàng|nhà hàng|chợ|siêu thị|đại lý|thương lái|cửa hàng|bếp ăn|online|"
                          r"facebook|zalo|sàn|hợp đồng|bán cho|đơn hàng|xuất khẩu|phân phối", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách hàng|nhà hàng|\bchợ\b|siêu thị|đại lý|thương lái|cửa hàng|bếp ăn|online|facebook|zalo|shopee|sàn thương mại|"
            r"hội chợ|điểm bán|bán lẻ|bán buôn|đơn hàng|đặt hàng|xuất khẩu|phân phối|hợp đồng (bao )?tiêu thụ|bán cho",
            "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("t11_tom_the_tuoi_ky_ninh_so_sai")
    a.check(12000 * 120000 == 1.44e9, "12 tấn × 120.000 = 1,44 tỷ")
    a.has("khoảng 12 tấn/năm", "120.000 đồng/kg", "khoảng 1,44 tỷ đồng/năm", "Hộ đã đăng ký hộ kinh doanh năm 2024",
          "bán cho thương lái")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("t12_com_lang_yen_ho_so_sai")
    b.check(3000 * 150000 == 450e6, "3 tấn × 150.000 = 450 triệu")
    b.has("khoảng 3 tấn cốm", "150.000 đồng/kg", "khoảng 450 triệu đồng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|tổ hợp tác|hợp tác xã|doanh nghiệp",
            "no registration (tolerated gap)")
    market = b.body.split("# 3) Thị trường", 1)[1].split("# 4)", 1)[0]
    b.check(not re.search(r"đồng|giá|chợ|cửa hàng|khách|bán", market), "market names no channel or price (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
