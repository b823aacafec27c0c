"""The sixtieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout60/arithmetic.py

For every plan: quantities (units × pack size), revenue = quantity × price, cost lines = unit
cost × quantity and their sum, profit = revenue − cost, tax, investment items = capital sources
= total, depreciation, interest, payback, raw-material need vs supply, output vs capacity,
growth. Planted numeric defects are asserted wrong by more than 5 % and everything else right
(within 1 %). Table figures are read from the plan's source; figures quoted from running text
are looked up verbatim, so the numbers cannot drift from the text. The textual planted defects
(no label, replaced instruments, no trademark, no food safety, no environmental measure, a
second worker count, no product standard, a second product name, no registration, no sales
channel) are asserted too, as is the absence of template placeholders in every plan.
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|78/2015|03/2014/TT|123/2018"


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def tax_rate(rev_million: float) -> float:
    return 0.15 if rev_million <= 3000 else 0.17


def bi01() -> Plan:
    p = Plan("bi01_ruou_nep_cam_huong_do_htx")
    ch, bi, lit, rice, staff = (p.row("Rượu chai 500 ml"), p.row("Rượu bình sứ 1,5 lít"), p.row("Tổng sản lượng rượu"),
                                p.row("Gạo nếp cẩm sử dụng"), p.row("Lao động trực tiếp"))
    rev, rc, rb = p.row("Doanh thu thuần"), p.row("Rượu chai 500 ml (95.000"), p.row("Rượu bình sứ 1,5 lít (300.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo nếp cẩm (22.000", "Men lá, củi, điện", "Chai, bình, nút, hộp, nhãn",
                                 "Tiền công lao động", "Khấu hao tài sản cố định", "Lãi vay ngân hàng",
                                 "Bán hàng, vận chuyển (5%", "Quản lý, kiểm nghiệm, phí")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 1.5 and close(rice[y], lit[y] / 0.8), f"litres, rice 1 kg : 0,8 l {y}")
        p.check(close(rc[y], ch[y] * 0.095) and close(rb[y], bi[y] * 0.3) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], ch[y] * 0.009 + bi[y] * 0.06), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 70)
                and close(lines[5][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.05), f"wages, depr., interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(lit[y] <= 60 * 300 and rice[y] <= 20800, f"still 18.000 l, rice 20,8 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(6 * 4 * 0.65, 15.6) and close(15.6 + 2 * 4 * 0.65, 20.8) and rice[0] <= 15600, "rice supply 15,6 / 20,8 t")
    p.check(close(lit[0] / 9400, 1.17, 0.01), "+17 % on 2026")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Hệ thống chưng cất inox", "Chum sành, giá kệ",
                                "Thiết kế bao bì", "Vốn lưu động (mua gạo")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 500 + 300 + 400, "capital 1.200 = items = sources")
    p.check(300 / 15 + 350 / 10 + 150 / 10 == 70, "depreciation 70")
    p.check(avg1(post) == 666.1 and close(1200 / (666.1 + 70), 1.6, 0.03), "average profit 666,1, payback 1,6")
    a, b = p.row("Thôn Trung Thành, xã Hương Đô", 2), p.row("Thôn Khe Cò, xã Hương Đô", 2)
    p.check(a[0] + b[0] == 22 and close(a[1] + b[1], 6), "22 households on 6 ha")
    p.has("95.000 đồng/chai", "300.000 đồng/bình", "Tổng nguồn vốn 1.200 triệu đồng", "1.200 : (666,1 + 70) ≈ 1,6 năm",
          "(548,7 + 666,1 + 783,4) : 3 ≈ 666,1", "18.000 lít/năm", "Giấy phép sản xuất rượu thủ công", "QCVN 6-3:2010/BYT",
          "hàm lượng etanol", "đăng ký môi trường", "148/QĐ-TTg")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi02() -> Plan:
    p = Plan("bi02_khay_tre_ep_yen_ho_tht")
    raw = [p.row(f"{2027 + y}|", 4) for y in Y]  # bộ khay, hộp, đĩa, kg tre
    sales = [p.row(f"{2027 + y}|", 5) for y in Y]  # products, khay, hộp, đĩa, revenue
    costs = [p.row(f"{2027 + y}|", 12) for y in Y]
    for y in Y:  # triệu đồng
        k, h, d, tre = raw[y]
        n, rk, rh, rd, rev = sales[y]
        c = costs[y]
        p.check(n == k + h + d and close(tre, k * 2.5 + h * 1.2 + d * 0.6), f"count, bamboo need {y}")
        p.check(close(rk, k * 0.18) and close(rh, h * 0.12) and close(rd, d * 0.065) and close(rev, rk + rh + rd), f"revenue {y}")
        p.check(close(c[0], tre * 0.005) and close(c[1], k * 0.015 + h * 0.01 + d * 0.005)
                and close(c[2], k * 0.012 + h * 0.006 + d * 0.003) and close(c[3], k * 0.07 + h * 0.045 + d * 0.022),
                f"bamboo, glue, boxes, piece-rates {y}")
        p.check(close(c[5], 50) and close(c[6], [200, 150, 100][y] * 0.05) and close(c[9], rev * 0.015), f"depr., interest, tax {y}")
        p.check(close(c[10], sum(c[:10])) and close(c[11], rev - c[10]), f"cost sum, profit {y}")
        p.check(tre <= 40000 and n <= 2 * 6 * 8 * 270, f"40 tấn bamboo, 25.920 capacity {y}")
        if y:
            p.check(sales[y][4] / sales[y - 1][4] < 1.2, f"growth {y}")
    prof = [costs[y][11] for y in Y]
    p.check(close(sum(prof) / 3, 541, 0.002) and close(500 / (541 + 50), 0.85, 0.01), "average 541, payback 0,85")
    p.check(180 + 90 + 80 + 50 + 40 + 60 == 500 == 300 + 200 and 180 + 90 + 80 + 50 == 400 and 400 / 8 == 50,
            "capital 500, fixed 400, depreciation 50")
    p.check(close(costs[0][3] / 14 / 12, 3.6, 0.02) and close(costs[2][3] / 14 / 12, 4.7, 0.02), "3,6 → 4,7 tr/tháng")
    p.check(close(sales[0][0] / 13200, 1.21, 0.01), "+21 % on 2026")
    p.has("180.000 đ/bộ", "120.000 đ/chiếc", "65.000 đ/chiếc", "2 × 6 × 8 × 270 = 25.920", "tối đa 40 tấn/năm",
          "(451,6 + 540,9 + 630,4) : 3 ≈ 541", "500 : (541 + 50) ≈ 0,85 năm", "TCCS 01:2026/THT-YH", "4-2026-31877",
          "hệ thống hút bụi túi vải")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi03() -> Plan:
    p = Plan("bi03_du_lich_rao_mac_ctcp")
    v, m, n = [12000, 13500, 15000], [6000, 6800, 7500], [1500, 1700, 1900]
    rv, rm, rn = [x * 0.08 for x in v], [x * 0.15 for x in m], [x * 0.5 for x in n]
    rev = [rv[y] + rm[y] + rn[y] for y in Y]
    staff = [12, 13, 14]
    cost = [rm[y] * 0.5 + staff[y] * 6 * 12 + n[y] * 0.1 + 60 + 180 + [1000, 750, 500][y] * 0.08 + rev[y] * 0.1 + 120
            for y in Y]
    summary = [p.row(f"{2027 + y}|", 5) for y in Y]
    for y in Y:
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(close(s[3], s[2] * tax_rate(s[0])) and close(s[4], s[2] - s[3]), f"tax {tax_rate(s[0])} {y}")
        p.check(n[y] <= 8 * 365 and v[y] / 365 <= 300, f"rooms and daily visitors {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(x) for x in rev] == [2610, 2950, 3275] and [round(x, 1) for x in cost] == [2165, 2331, 2488], "revenue, cost")
    p.check([round(n[y] / 2920 * 100) for y in Y] == [51, 58, 65], "occupancy 51 / 58 / 65 %")
    p.check(1000 + 350 + 250 + 200 + 100 + 100 == 2000 == 1000 + 1000 and 1000 + 350 + 250 + 200 == 1800
            and 1800 / 10 == 180, "capital 2 tỷ, fixed 1.800, depreciation 180")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 519.2 and close(2000 / (519.2 + 180), 2.9, 0.02), "average 519,2, payback 2,9")
    p.check(close(rev[0] / 1750, 1.49, 0.01) and close(v[0] / 9600, 1.25, 0.01), "+25 % visitors on 2026 with new houses")
    p.check(close(rm[0] * 0.5, 450) and close(rm[2] * 0.5, 562.5), "food bought from the 25 households 450–560")
    p.has("80.000 đồng/lượt", "150.000 đồng/suất", "500.000 đồng/đêm", "12.000 lượt × 80.000 đồng = 960 triệu đồng",
          "6.000 suất × 150.000 đồng = 900 triệu đồng", "1.500 đêm × 500.000 đồng = 750 triệu đồng",
          "Tổng doanh thu năm 2027 là 2,61 tỷ đồng", "tổng 2,95 tỷ đồng", "tổng 3,275 tỷ đồng",
          "Tổng chi phí năm 2027 là 2.165 triệu đồng", "Năm 2028 tổng chi phí 2.331 triệu đồng", "Năm 2029 tổng chi phí 2.488 triệu đồng",
          "thực phẩm 510 triệu, lương 936 triệu, điện nước và đồ dùng 170 triệu, lãi vay 60 triệu, hoa hồng và quảng bá 295 triệu",
          "thực phẩm 562,5 triệu, lương 1.008 triệu, điện nước và đồ dùng 190 triệu, lãi vay 40 triệu, hoa hồng và quảng bá 327,5 triệu",
          "8 × 365 = 2.920", "(378,2 + 526,1 + 653,2) : 3 ≈ 519,2", "2.000 : (519,2 + 180) ≈ 2,9 năm",
          "Tổng vốn đầu tư của phương án là 2 tỷ đồng", "vay Ngân hàng TMCP Công thương chi nhánh Hà Tĩnh 1.000 triệu đồng",
          "bãi lọc trồng cây", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho bếp ăn")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi04() -> Plan:
    p = Plan("bi04_mat_ong_ru_la_hkd")
    need, own, buy = p.row("Mật ong thành phẩm cần có"), p.row("Mật tự khai thác"), p.row("Mật thu mua của hộ liên kết")
    lo, ch, kg = p.row("Lọ 500 g (lọ)"), p.row("Chai 1 kg (chai)"), p.row("Tổng khối lượng (kg)")
    rev, rl, rc = p.row("Doanh thu|"), p.row("Lọ 500 g (160.000"), p.row("Chai 1 kg (300.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Mua mật của hộ liên kết", "Chăm sóc đàn ong", "Lọ, chai, nắp, nhãn, hộp",
                                 "Tiền công lao động thuê", "Công lao động gia đình", "Điện, vận chuyển", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, hội chợ", "Kiểm nghiệm, chi khác", "Thuế khoán")]
    prof = p.row("Lợi nhuận|")
    colonies, hired = [150, 180, 200], [2, 3, 3]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == lo[y] * 0.5 + ch[y] and need[y] == kg[y], f"kg {y}")
        p.check(own[y] == colonies[y] * 12 and buy[y] == need[y] - own[y] and buy[y] <= 2000, f"12 kg/colony, purchase ≤ 2.000 kg {y}")
        p.check(close(rl[y], lo[y] * 160) and close(rc[y], ch[y] * 300) and close(rev[y], rl[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], buy[y] * 150) and close(lines[1][y], colonies[y] * 250)
                and close(lines[2][y], lo[y] * 12 + ch[y] * 15) and close(lines[3][y], hired[y] * 5000 * 12)
                and close(lines[4][y], 2 * 5000 * 12), f"honey, colonies, jars, labour {y}")
        p.check(close(lines[6][y], 40000) and close(lines[7][y], [200000, 150000, 100000][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[10][y], rev[y] * 0.015), f"depr., interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 100 * 120, f"dryer 12.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Mua 80 đàn ong giống", "Máy quay mật, máy hạ thủy phần", "Cải tạo, mở rộng phòng sơ chế",
                                "Thiết kế nhãn, tem QR", "Vốn lưu động thu mua mật")]
    p.check(sum(items) == p.one("Tổng cộng") == 400000 == 200000 + 200000 and sum(items[:3]) == 320000
            and 320000 / 8 == 40000 and items[0] == 80 * 1500 and 30 + 30 + 20 == 80, "capital 400, fixed 320, 80 colonies")
    p.check(sum(prof) / 3 == 325720 and close(400000 / (325720 + 40000), 1.1, 0.01), "average 325.720, payback 1,1")
    p.check(p.row("Tân Hương", 2)[0] + p.row("Thượng Bình", 2)[0] == 18
            and p.row("Tân Hương", 2)[1] + p.row("Thượng Bình", 2)[1] == 300, "18 households, 300 colonies")
    p.check(close(kg[0] / 2600, 1.15, 0.01), "+15 % on 2026")
    p.has("160.000 đ/lọ", "300.000 đ/chai", "tối đa 2.000 kg mật/năm", "(264.550 + 311.210 + 401.400) : 3 = 325.720",
          "400.000 : (325.720 + 40.000) ≈ 1,1 năm", "TCCS 01:2026/RL", "không dùng cho trẻ dưới 1 tuổi")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi05() -> Plan:
    p = Plan("bi05_ruoc_ca_ngu_xuan_hoi_cty")
    sales = [p.row(f"{2027 + y}|", 4) for y in Y]  # hũ, túi, kg, revenue
    rev, cost = p.row("Doanh thu|"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá ngừ tươi", "Gia vị", "Hũ, túi, thùng carton", "Gas, điện", "Tiền lương lao động trực tiếp",
                                 "Khấu hao|", "Lãi vay|", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 10]
    true_rev = []
    for y in Y:  # tr.đ
        hu, tui, kg, r = sales[y]
        true_rev.append(hu * 0.095 + tui * 0.21)
        p.check(kg == hu * 0.2 + tui * 0.5 and close(r, rev[y]), f"kg, both tables agree {y}")
        p.check(close(lines[0][y], kg * 3.5 * 0.045) and close(lines[1][y], kg * 0.02)
                and close(lines[2][y], hu * 0.005 + tui * 0.006) and close(lines[3][y], kg * 0.012), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 90)
                and close(lines[6][y], [600, 450, 300][y] * 0.08), f"wages, depr., interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit on the stated revenue {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(kg * 3.5 <= 45000 and kg <= 40 * 260, f"fish 45 t, capacity 10.400 kg {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[1], true_rev[1]), "2027, 2028 revenue right")
    p.check(close(true_rev[2], 3836) and rev[2] == 4316 and off(rev[2], true_rev[2]),
            "PLANTED 2029 revenue 4.316 != 28.000 × 95.000 + 5.600 × 210.000 = 3.836 (+12,5 %)")
    items = [p.one(x) for x in ("Cải tạo xưởng", "Máy sấy đảo liên tục", "Kho lạnh 15 m³", "Bể lắng, bể xử lý",
                                "Thiết kế mẫu hũ", "Vốn lưu động (thu mua")]
    p.check(sum(items) == p.one("Cộng|") == 1800 == 1200 + 600 and sum(items[:4]) == 900 and 900 / 10 == 90,
            "capital 1.800, fixed 900, depreciation 90")
    stated_avg = sum(post) / 3
    true_post = [post[0], post[1], (true_rev[2] - cost[2]) * 0.83]
    p.check(close(stated_avg, 726.1, 0.001) and close(1800 / (726.1 + 90), 2.2, 0.02), "stated 726,1 → 2,2 years")
    p.check(off(2.2, 1800 / (sum(true_post) / 3 + 90)), "tolerated knock-on: true payback 2,6 years")
    p.check(off(rev[2] / rev[1], sales[2][2] / sales[1][2], 10), "tolerated knock-on: revenue +31 % vs output +17 %")
    p.check(close(sales[0][2] / 4800, 1.25, 0.01), "+25 % on 2026")
    p.has("95.000 đ/hũ", "210.000 đ/túi", "Giá bán: ruốc hũ 200 g 95.000 đ/hũ; túi 500 g 210.000 đ/túi",
          "(429,2 + 590 + 1.159,2) : 3 ≈ 726,1", "1.800 : (726,1 + 90) ≈ 2,2 năm", "3,5 kg cá ngừ tươi cho 1 kg ruốc",
          "tổng khoảng 45 tấn/năm", "40 kg ruốc/ngày", "đạt 10.400 kg/năm")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị định số 78/2015/NĐ-CP")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|01/2021/NĐ-CP|168/2025", "PLANTED the current instruments are not cited")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|in trên bao bì|ghi trên hũ",
            "PLANTED no label, label content or labelling decree (only 'nhãn hiệu')")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi06() -> Plan:
    p = Plan("bi06_cao_che_vang_truong_luu_htx")
    cao, tra, dry = p.row("Cao chè vằng thành phẩm"), p.row("Trà chè vằng túi lọc|"), p.row("Chè vằng khô cần dùng")
    hop, tui = p.row("Cao chè vằng hộp 200 g"), p.row("Trà chè vằng túi lọc hộp 50 g")
    rev, rc, rt = p.row("Doanh thu|"), p.row("– Cao chè vằng (220.000"), p.row("– Trà túi lọc (55.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("– Chè vằng khô (30.000", "– Điện, nhiên liệu", "– Hộp, túi lọc, nhãn", "– Tiền công lao động",
                                 "– Khấu hao", "– Lãi vay", "– Bán hàng", "– Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff, supply = [6, 7, 7], 8 * 1.5 * 1000
    for y in Y:  # triệu đồng
        p.check(close(cao[y], hop[y] * 0.2) and close(tra[y], tui[y] * 0.05) and close(dry[y], cao[y] * 10 + tra[y] * 1.05),
                f"kg, dry-leaf need {y}")
        p.check(close(rc[y], hop[y] * 0.22) and close(rt[y], tui[y] * 0.055) and close(rev[y], rc[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.03) and close(lines[1][y], cao[y] * 0.02)
                and close(lines[2][y], hop[y] * 0.012 + tui[y] * 0.008) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], 70) and close(lines[5][y], [400, 300, 200][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax on the stated profit {y}")
        p.check(cao[y] <= 8 * 250, f"extractor 2.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027, 2029 profit right")
    p.check(close(rev[1] - cost[1], 762.1) and pre[1] == 862.1 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 862,1 != 2.090 − 1.327,9 = 762,1 (+13 %)")
    p.check(dry[0] <= supply and off(dry[1], supply) and off(dry[2], supply) and dry[1] > supply and dry[2] > supply,
            "PLANTED dry-leaf need 13.630 / 15.735 kg > 12 tấn from 8 ha × 1,5 t (+13,6 %, +31 %)")
    p.check(p.row("Trung Tiến", 2)[0] + p.row("Vĩnh Gia", 2)[0] == 27
            and close(p.row("Trung Tiến", 2)[1] + p.row("Vĩnh Gia", 2)[1], 8), "27 households on 8 ha")
    p.check(250 + 300 + 150 + 60 + 240 == 1000 == 600 + 400 and 250 + 300 + 150 == 700 and 700 / 10 == 70,
            "capital 1 tỷ, fixed 700, depreciation 70")
    stated = avg1(post)
    true_post = [post[0], (rev[1] - cost[1]) * 0.85, post[2]]
    p.check(stated == 694.8 and close(1000 / (694.8 + 70), 1.3, 0.02), "stated 694,8 → 1,3 years")
    p.check(not off(1000 / (sum(true_post) / 3 + 70), 1000 / (694.8 + 70)), "true payback within 5 % (no knock-on)")
    p.check(close(cao[0] / 950, 1.16, 0.01), "+16 % on 2026")
    p.has("220.000 đồng/hộp", "55.000 đồng/hộp", "Tổng sản lượng vùng trồng khoảng 12 tấn chè vằng khô/năm",
          "đủ đáp ứng nhu cầu sản xuất của cả giai đoạn", "10 kg chè vằng khô cho 1 kg cao",
          "(511,9 + 732,8 + 839,8) : 3 ≈ 694,8", "1.000 : (694,8 + 70) ≈ 1,3 năm", "TCCS 01:2025/TL")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý", "PLANTED no trademark or IP anywhere")
    p.lacks(r"thu mua (thêm )?(của|từ) (các )?(hộ|vùng) (ngoài|khác)", "no second source of chè vằng")
    p.lacks(OLD, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi07() -> Plan:
    p = Plan("bi07_nuoc_cam_bu_son_trung_hkd")
    s, l, lit, cam = p.row("Chai 330 ml (chai)"), p.row("Chai 1 lít (chai)"), p.row("Tổng sản lượng (lít)"), p.row("Cam quả cần dùng")
    rs, rl, rev = p.row("Doanh thu chai 330 ml"), p.row("Doanh thu chai 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cam quả, 12.000", "Chai, nắp, nhãn", "Điện, gas, nước đá", "Tiền công lao động thuê",
                                 "Khấu hao (triệu", "Lãi vay (triệu", "Bán hàng, vận chuyển", "Thuế khoán", "Chi phí khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (triệu")
    hired, capacity = [4, 5, 5], 100 * 160
    for y in Y:  # triệu đồng
        p.check(close(lit[y], s[y] * 0.33 + l[y]) and close(cam[y], lit[y] * 2.5), f"litres, 2,5 kg oranges/l {y}")
        p.check(close(rs[y], s[y] * 0.025) and close(rl[y], l[y] * 0.065) and close(rev[y], rs[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], cam[y] * 0.012) and close(lines[1][y], s[y] * 0.003 + l[y] * 0.006)
                and close(lines[2][y], lit[y] * 0.003) and close(lines[3][y], hired[y] * 5 * 12)
                and close(lines[4][y], 50) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(cam[y] <= 45000 + 60000, f"oranges within 105 tấn {y}")
        p.check(off(lit[y], capacity) and lit[y] > capacity, f"PLANTED output {lit[y]:.0f} l > 16.000 l capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(lit[y] / capacity * 100 - 100) for y in Y] == [20, 43, 66], "capacity overrun +20 / +43 / +66 %")
    items = [p.one(x) for x in ("Máy rửa quả, máy ép cam", "Cải tạo phòng chế biến", "Kho mát 10 m³", "Thiết kế chai, nhãn",
                                "Vốn lưu động (mua cam")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 800 and sum(items[:3]) == 500 and 500 / 10 == 50, "items = total 800, fixed 500")
    p.check(350 + 300 == 650 and off(650, 800), "PLANTED sources 350 + 300 = 650 != 800 (-18,75 %)")
    p.check(close(sum(prof) / 3, 191.5, 0.002) and close(800 / (191.5 + 50), 3.3, 0.02), "average 191,5, payback 3,3")
    p.check(close(lit[0] / 9500, 2.02, 0.01), "2027 doubles 2025–26 with the new line (the overrun is the capacity, not growth)")
    p.has("25.000 đồng/chai", "65.000 đồng/chai", "100 lít nước cam thành phẩm/ngày", "khoảng 160 ngày/năm",
          "tương đương khoảng 16.000 lít mỗi mùa", "không đầu tư thêm thiết bị nào khác",
          "Tổng vốn đầu tư của phương án là 800 triệu đồng. Nguồn vốn thực hiện phương án: vốn tự có của gia đình 350 triệu đồng; vay Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Hương Sơn 300 triệu đồng",
          "(128,5 + 171,5 + 274,4) : 3 ≈ 191,5", "800 : (191,5 + 50) ≈ 3,3 năm", "TCCS 01:2026/MH")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|cam kết|khám sức khỏe|HACCP|ISO|GMP|VietGAP|15/2018|an toàn",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(r"vốn (hỗ trợ|khác)|huy động thêm|vay (thêm|người thân)", "no third capital source")
    p.lacks(OLD, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi08() -> Plan:
    p = Plan("bi08_gio_bo_tung_anh_ctcp")
    gio, cha, tot = p.row("Giò bò (cây 500 g)"), p.row("Chả bò (khoanh 300 g)"), p.row("Cộng|")
    rev, rg, rc = p.row("Doanh thu|"), p.row("Giò bò (190.000"), p.row("Chả bò (120.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thịt bò (210.000", "Gia vị, lá chuối", "Điện, gas, nước (8.000", "Tiền lương", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, vận chuyển lạnh", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cay, khoanh, staff = [24000, 27000, 30000], [20000, 23000, 26000], [14, 15, 16]
    for y in Y:  # triệu đồng
        kg = gio[y] + cha[y]
        p.check(gio[y] == cay[y] * 0.5 and cha[y] == khoanh[y] * 0.3, f"pieces ↔ kg {y}")
        p.check(close(rg[y], cay[y] * 0.19) and close(rc[y], khoanh[y] * 0.12) and close(rev[y], rg[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg * 0.9 * 0.21) and close(lines[1][y], kg * 0.025) and close(lines[2][y], kg * 0.008)
                and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 150)
                and close(lines[5][y], [1200, 900, 600][y] * 0.08) and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg * 0.9 <= 25000 and kg <= 100 * 300, f"meat 25 t, capacity 30.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(tot[0] == gio[0] + cha[0] and tot[1] == gio[1] + cha[1], "2027, 2028 totals right")
    p.check(gio[2] + cha[2] == 22800 and tot[2] == 24800 and off(tot[2], gio[2] + cha[2]),
            "PLANTED 2029 total 24.800 != 15.000 + 7.800 = 22.800 (+8,8 %)")
    p.check(close(lines[0][2], 22800 * 0.9 * 0.21), "meat cost uses the true 22.800 kg")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Cối giã tự động", "Kho cấp đông 15 m³", "Bao bì, nhãn, kiểm nghiệm",
                                "Vốn lưu động (mua thịt")]
    p.check(sum(items) == p.one("Tổng cộng") == 2800 == 1600 + 1200 and sum(items[:3]) == 1500, "capital 2,8 tỷ, fixed 1.500")
    p.check(avg1(post) == 1157.6 and close(2800 / (1157.6 + 150), 2.1, 0.02), "average 1.157,6, payback 2,1")
    org = [p.one(x) for x in ("Ban giám đốc", "Kế toán, thủ kho", "Tổ sơ chế, giã giò", "Tổ luộc, rán, đóng gói", "Tổ giao hàng, bán hàng")]
    p.check(sum(org) == 14 == staff[0], "organisation table 14 = wage count")
    p.has("Công ty hiện có 22 lao động thường xuyên", "Hiện nay công ty có tổng cộng 14 lao động")  # PLANTED
    p.check(off(22, 14), "PLANTED 22 != 14 workers now")
    p.check(close((gio[0] + cha[0]) / 15500, 1.16, 0.01), "+16 % on 2026")
    p.has("190.000 đ/cây", "120.000 đ/khoanh", "0,9 kg thịt bò cho 1 kg", "tối đa 25 tấn/năm", "100 kg thành phẩm/ngày, 300 ngày/năm",
          "(911,3 + 1.157,6 + 1.403,9) : 3 ≈ 1.157,6", "2.800 : (1.157,6 + 150) ≈ 2,1 năm", "khoảng 6 m³ nước")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|\brác|\bbể\b|biogas|khói|ô nhiễm|mùi hôi|hầm|đăng ký môi",
            "PLANTED no environmental measure anywhere")
    p.lacks(OLD, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi09() -> Plan:
    p = Plan("bi09_dau_goi_bo_ket_ngan_hong_cty")
    a3, a5, lit, staff = p.row("Chai 300 ml|"), p.row("Chai 500 ml|"), p.row("Quy ra lít"), p.row("Lao động trực tiếp")
    rev, r3, r5 = (p.row("Doanh thu|"), p.row("– Dầu gội thảo dược Sao Mai 300 ml"), p.row("– Dầu gội thảo dược Sao Mai 500 ml"))
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("– Dược liệu (12.000", "– Chất làm sạch", "– Chai, vòi, nhãn, thùng", "– Điện, nước",
                                 "– Tiền lương", "– Khấu hao", "– Lãi vay", "– Bán hàng", "– Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], a3[y] * 0.3 + a5[y] * 0.5), f"litres {y}")
        p.check(close(r3[y], a3[y] * 0.095) and close(r5[y], a5[y] * 0.14) and close(rev[y], r3[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 0.012) and close(lines[1][y], lit[y] * 0.025)
                and close(lines[2][y], a3[y] * 0.009 + a5[y] * 0.012) and close(lines[3][y], lit[y] * 0.002)
                and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 0.12), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(lit[y] <= 80 * 280 and lit[y] * 0.15 <= 3500 and lit[y] * 0.1 <= 2500, f"capacity, herbs {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(400 + 700 + 100 + 100 + 1100 == 2400 == 1400 + 1000 and 400 + 700 + 100 == 1200 and 1200 / 10 == 120,
            "capital 2,4 tỷ, fixed 1.200, depreciation 120")
    avg = avg1(post)
    p.check(avg == 1279.8, "average 1.279,8")
    p.check(close(2400 / (avg + 120), 1.71, 0.01) and off(3.5, 2400 / (avg + 120)) and off(3.5, 2400 / avg),
            "PLANTED payback 3,5 years != 1,7 (1,9 without depreciation)")
    p.check(sum(p.row(x, 1)[0] for x in ("Xã Tùng Lộc", "Xã Thuần Thiện", "Phường Bắc Hồng Lĩnh")) == 40, "40 herb households")
    p.check(close(lit[0] / 11200, 1.16, 0.01), "+16 % on 2026")
    p.has("Thời gian hoàn vốn của phương án khoảng 3,5 năm", "khoảng 1.279,8 triệu đồng/năm", "95.000 đ/chai", "140.000 đ/chai",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm")
    p.check(p.body.lower().count("dầu gội thảo dược sao mai") == 3 and p.count("Dầu gội bồ kết Ngàn Hống") >= 3,
            "PLANTED a second product name (Sao Mai) in the production plan and finance table")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|hợp quy|hợp chuẩn|kiểm định|phiếu công bố",
            "PLANTED no product standard, notification or test anywhere")
    p.lacks(OLD, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bi10() -> Plan:
    p = Plan("bi10_nam_bao_ngu_ky_tien_ho")
    bags, kg, staff = p.row("Số bịch phôi"), p.row("Sản lượng nấm tươi"), p.row("Lao động|")
    rev, cost, prof = p.row("Doanh thu|"), p.row("Chi phí|"), p.row("Lợi nhuận|")
    lines = [p.row(x) for x in ("Phôi nấm (6.000", "Điện, nước (2.000", "Công lao động (3 người)", "Khấu hao|", "Lãi vay|",
                                 "Khay, túi, màng bọc")]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], bags[y] * 0.4) and close(rev[y], kg[y] * 0.045), f"0,4 kg/bag, 45.000 đ/kg {y}")
        p.check(close(lines[0][y], bags[y] * 0.006) and close(lines[1][y], kg[y] * 0.002) and close(lines[2][y], 3 * 5 * 12)
                and close(lines[3][y], 20) and close(lines[4][y], 7) and close(lines[5][y], kg[y] * 0.003), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bags[y] <= 300000 and staff[y] == 3, f"bags within supplier, 3 workers {y}")
    p.check(kg[1] / kg[0] == 2.5 and kg[2] / kg[1] == 2.4 and rev[1] / rev[0] == 2.5 and rev[2] / rev[1] == 2.4,
            "PLANTED output and revenue ×2,5 then ×2,4 with the same 3 workers")
    cap = 3 * 5000 * 3 * 0.4
    p.check(kg[0] <= cap and off(kg[1], cap) and off(kg[2], cap), "tolerated knock-on: 30 / 72 t > 18 t from 3 houses")
    p.check(150 + 50 + 50 == 250 == 150 + 100 and 150 + 50 == 200 and 200 / 10 == 20, "capital 250, fixed 200")
    p.check(sum(prof) / 3 == 743 and close(250 / (743 + 20), 0.3, 0.1), "average 743, payback 0,3 (consistent)")
    hist = [p.row(x, 2) for x in ("2024|", "2025|", "2026 (ước)")]
    p.check(all(close(h[1], h[0] * 0.4) and h[0] <= 2 * 5000 * 3 for h in hist), "2024–2026 bags, within 2 houses")
    p.check(close(kg[0] / hist[2][1], 1.33, 0.01), "2027 +33 % on 2026 (the jump is later)")
    p.has("45.000 đồng/kg", "mỗi nhà xếp được 5.000 bịch/đợt, mỗi năm 3 đợt", "(93 + 543 + 1.593) : 3 = 743",
          "250 : (743 + 20) ≈ 0,3 năm", "Hộ gia đình ông Võ Văn Tình", "cam kết sản xuất thực phẩm an toàn")
    market = section(p, "# Phần IV: Thị trường tiêu thụ", "# Phần V:")
    p.check(not re.search(r"\d", market) and "giá" not in market.lower() and "đồng" not in market,
            "PLANTED the market section has no figure and no price")
    p.lacks(r"chợ|siêu thị|cửa hàng|thương lái|đại lý|nhà hàng|bếp ăn|quán|facebook|zalo|online|khách hàng|bán buôn|bán lẻ|"
            r"xuất khẩu|đơn hàng|giao hàng|hội chợ|sàn thương mại|hợp đồng|thu mua|đặt hàng|\bkhách\b",
            "PLANTED no customer or channel anywhere")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số|giấy chứng nhận|giấy phép|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thành lập|thuế", "PLANTED no business registration or plan to register")
    p.lacks(OLD, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bi11_bot_san_day_cam_thinh_so_sai")
    a.check(3000 * 120000 == 360e6, "3 tấn × 120.000 đ = 360 triệu")
    a.has("khoảng 3 tấn bột mỗi năm", "120.000 đồng/kg", "khoảng 360 triệu đồng/năm", "khoảng 80 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024", "chợ Cẩm Xuyên")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tự công bố|tiêu chuẩn|nhãn|môi trường|nước thải", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bi12_tinh_dau_sa_chanh_son_hong_so_sai")
    b.has("khoảng 200 lít tinh dầu mỗi năm", "khoảng 100 triệu đồng", "hợp đồng hợp tác được UBND xã chứng thực năm 2025")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, half a page")
    b.lacks(r"đồng/|giá(?! trị)|doanh thu", "no price, no revenue (tolerated no-figures)")
    b.lacks(r"tiêu chuẩn|nhãn|thương hiệu|môi trường|khách hàng|đại lý|cửa hàng|chợ", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bi01, bi02, bi03, bi04, bi05, bi06, bi07, bi08, bi09, bi10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
