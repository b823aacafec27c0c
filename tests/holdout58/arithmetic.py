"""The 58th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout58/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth, and the small tables (channels, quarters, staff,
equipment) against the figures they break down. Planted numeric defects are asserted wrong by
more than 5 % and everything else right (within 1 %). Table figures are read from the plan's
source; figures quoted from running text are looked up verbatim, so the numbers cannot drift
from the text. The textual planted defects (no environmental measure, a second producer name,
replaced instruments cited, no product standard, no trademark, no registration, no label, no
food safety, no sales channel) are asserted too, as is the absence of template placeholders.
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


OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|23/2012/QH13|Luật Hợp tác xã năm 2012|123/2018|01/2021/NĐ-CP|38/2012"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def growth_ok(xs: list[float], cap: float = 1.3) -> bool:
    return all(xs[y] / xs[y - 1] < cap for y in (1, 2))


def r01() -> Plan:
    p = Plan("bg01_ruou_men_la_khe_may_htx")
    ch, bi, lit, rice, staff = (p.row("Rượu chai 500 ml |"), p.row("Rượu bình gốm 2 lít |"),
                                p.row("Tổng sản lượng rượu thành phẩm"), p.row("Gạo nếp nguyên liệu"),
                                p.row("Lao động thường xuyên"))
    rev, rc, rb = p.row("Doanh thu |"), p.row("Rượu chai 500 ml (90.000"), p.row("Rượu bình gốm 2 lít (380.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp (20.000", "Men lá, củi", "Chai, bình gốm", "Tiền lương lao động",
                                 "Khấu hao tài sản cố định", "Lãi vay ngân hàng", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 2 and close(rice[y], lit[y] / 0.6), f"litres, rice 0,6 l/kg {y}")
        p.check(close(rc[y], ch[y] * 0.09) and close(rb[y], bi[y] * 0.38) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.02) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], ch[y] * 0.012 + bi[y] * 0.06), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [400, 300, 200][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"20 % tax {y}")
        p.check(rice[y] <= 30000 and lit[y] <= 60 * 300, f"rice contract 30 tấn, still 18.000 lít {y}")
    p.check(growth_ok(rev, 1.15) and close(lit[0] / 10800, 1.11, 0.01), "growth 11-13 %, +11 % on 2026")
    items = [p.one(x) for x in ("Cải tạo, nâng cấp nhà xưởng", "2 nồi chưng cất inox", "60 chum sành",
                                "Máy lọc tinh kết hợp", "Thiết kế nhãn, bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 600 + 200 + 400 and sum(items[:4]) == 900
            and close(900 / 10, 90), "capital 1.200, fixed 900, depreciation 90")
    p.check(avg1(post) == 572.8 and close(1200 / (572.8 + 90), 1.8, 0.02), "average profit, payback 1,8")
    p.check(all(0.2 <= post[y] / rev[y] <= 0.25 for y in Y), "20-25 % net margin")
    p.check(close(18000 / 15000, 1.2), "capacity 20 % above 2029 output")
    p.has("90.000 đồng/chai", "380.000 đồng/bình", "1 kg gạo nếp cho 0,6 lít rượu", "30 tấn gạo nếp/năm",
          "mỗi ngày cất được khoảng 60 lít rượu thành phẩm", "công suất tối đa 18.000 lít/năm",
          "(449,6 + 592 + 676,8) : 3 = 572,8", "1.200 : (572,8 + 90) ≈ 1,8 năm", "600 + 200 + 400 = 1.200",
          "12.000 đồng/chai", "60.000 đồng/bình", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "QCVN 6-3:2010/BYT", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hầm biogas")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    return p


def r02() -> Plan:
    p = Plan("bg02_tour_rung_ngap_man_cua_sot_ctcp")
    guests, meals, kayak, staff = [6000, 7000, 8000], [4000, 4800, 5600], [2000, 2400, 2800], [14, 15, 16]
    tour = [g * 0.35 for g in guests]
    food = [m * 0.2 for m in meals]
    kay = [k * 0.1 for k in kayak]
    rev = [tour[y] + food[y] + kay[y] for y in Y]
    lines = [[g * 0.09 for g in guests], [m * 0.09 for m in meals], [k * 0.01 for k in kayak],
             [s * 7 * 12 for s in staff], [120] * 3, [200] * 3, [800 * 0.08, 600 * 0.08, 400 * 0.08],
             [r * 0.1 for r in rev], [100] * 3]
    cost = [lines_sum(lines, y) for y in Y]
    summary = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(close(s[3], s[2] * 0.2) and close(s[4], s[2] - s[3]), f"20 % tax {y}")
        p.check(guests[y] <= 100 * 280, f"guests within 28.000 {y}")
    tot = p.row("Cộng 3 năm", 5)
    p.check(all(close(tot[i], sum(s[i] for s in summary)) for i in range(5)), "three-year totals")
    p.check([round(x) for x in rev] == [3100, 3650, 4200] and [round(x) for x in cost] == [2890, 3179, 3468],
            "revenue and cost")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 376.8 and close(2000 / (376.8 + 200), 3.5, 0.02), "average profit, payback 3,5")
    p.check(600 + 450 + 200 + 300 + 50 + 100 + 300 == 2000 == 1200 + 800 and 600 + 450 + 200 + 300 + 50 == 1600
            and close(1600 / 8, 200) and 1500 - 300 == 1200, "capital 2 tỷ, fixed 1.600, depreciation 200")
    p.check(close(guests[0] / 4900, 1.22, 0.01) and growth_ok(guests, 1.2), "+22 % on 2026, then 14-17 %")
    p.check(6 * 12 == 72 and 28000 / 8000 == 3.5, "72 guests a trip, capacity 3,5 × 2029")
    quarters = [p.one(f"{q} (") for q in ("Quý I", "Quý II", "Quý III", "Quý IV")]
    p.check(quarters == [900, 2100, 1800, 1200] and sum(quarters) == guests[0] == p.one("Cả năm"), "quarters")
    crew = [p.one(x) for x in ("Hướng dẫn viên |", "Người lái thuyền", "Bếp, phục vụ", "Cứu hộ |")]
    p.check(sum(crew) == p.one("Cộng |") == staff[0], "14 staff in 2027")
    p.has("6.000 khách × 350.000 đồng/khách = 2.100 triệu đồng", "4.000 suất × 200.000 đồng/suất = 800 triệu đồng",
          "2.000 lượt × 100.000 đồng/lượt = 200 triệu đồng", "Tổng doanh thu năm 2027 là 3.100 triệu đồng",
          "7.000 khách × 350.000 đồng = 2.450 triệu đồng", "4.800 suất × 200.000 đồng = 960 triệu đồng",
          "2.400 lượt × 100.000 đồng = 240 triệu đồng", "Tổng doanh thu 3.650 triệu đồng",
          "8.000 khách × 350.000 đồng = 2.800 triệu đồng", "5.600 suất × 200.000 đồng = 1.120 triệu đồng",
          "2.800 lượt × 100.000 đồng = 280 triệu đồng", "Tổng doanh thu 4.200 triệu đồng",
          "90.000 đồng/khách là 540 triệu đồng", "90.000 đồng/suất là 360 triệu đồng", "10.000 đồng/lượt là 20 triệu đồng",
          "14 người × 7 triệu đồng × 12 tháng là 1.176 triệu đồng", "Tổng chi phí năm 2027 là 2.890 triệu đồng",
          "Năm 2028 tổng chi phí 3.179 triệu đồng (trực tiếp tour 630, thực phẩm 432, kayak 24, tiền lương 15 người 1.260, "
          "thuê mặt nước 120, khấu hao 200, lãi vay 48, hoa hồng và quảng bá 365, quản lý 100)",
          "Năm 2029 tổng chi phí 3.468 triệu đồng (trực tiếp tour 720, thực phẩm 504, kayak 28, tiền lương 16 người 1.344, "
          "thuê mặt nước 120, khấu hao 200, lãi vay 32, hoa hồng và quảng bá 420, quản lý 100)",
          "1.130,4 : 3 = 376,8", "2.000 : (376,8 + 200) ≈ 3,5 năm", "Tổng vốn đầu tư của phương án là 2 tỷ đồng",
          "Cộng nguồn vốn 2.000 triệu đồng", "khoảng 28.000 lượt khách/năm", "Cục Sở hữu trí tuệ", "bể tự hoại 3 ngăn")
    p.check(close(3100 - 2890, 210) and close(210 * 0.8, 168), "2027 profit 210, after tax 168")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    return p


def r03() -> Plan:
    p = Plan("bg03_oi_le_dong_loc_hkd")
    box, l1, l2, kg = (p.row("Ổi hộp 2 kg loại đặc biệt"), p.row("Ổi loại 1 rời |"), p.row("Ổi loại 2 |"),
                       p.row("Tổng sản lượng"))
    rev, rbx, rl1, rl2 = (p.row("Tổng doanh thu"), p.row("Ổi hộp 2 kg (60.000"), p.row("Ổi loại 1 rời (18.000"),
                          p.row("Ổi loại 2 (10.000"))
    lines = [p.row(x) for x in ("Phân bón hữu cơ", "Túi bao quả", "Hộp carton", "Công lao động gia đình",
                                 "Lương lao động thuê", "Lao động thời vụ", "Điện tưới", "Khấu hao tài sản",
                                 "Lãi vay |", "Vận chuyển, bán hàng", "Duy trì VietGAP")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    hired = [4, 5, 5]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == box[y] * 2 + l1[y] + l2[y], f"kg {y}")
        p.check(close(rbx[y], box[y] * 60) and close(rl1[y], l1[y] * 18) and close(rl2[y], l2[y] * 10)
                and close(rev[y], rbx[y] + rl1[y] + rl2[y]), f"revenue {y}")
        p.check(close(lines[0][y], 3.5 * 40000) and close(lines[1][y], kg[y] * 1.5) and close(lines[2][y], box[y] * 6)
                and close(lines[3][y], 2 * 5000 * 12) and close(lines[4][y], hired[y] * 5000 * 12)
                and close(lines[5][y], 300 * 250) and close(lines[7][y], 60000)
                and close(lines[8][y], [300000, 200000, 100000][y] * 0.07) and close(lines[9][y], kg[y] * 1),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 3.5 * 25 * 1000, f"orchard 87,5 tấn {y}")
        p.check(prof[y] / rev[y] <= 0.4, f"margin {y}")
    p.check(close(box[0] * 2 / kg[0], 0.30) and close(box[2] * 2 / kg[2], 0.375), "30 % → 37,5 % boxed")
    p.check(close(kg[0] / 50000, 1.2) and growth_ok(kg, 1.2), "+20 % on 2026, then 14-17 %")
    p.check(p.row("Sản lượng |") == [32, 42, 50] and 35000 / 500 == 70 and 3.5 * 900 == 3150, "2024-26, 70 sào, 3.150 trees")
    items = [p.one(x) for x in ("Nhà sơ chế 60 m²", "Hệ thống tưới nhỏ giọt", "Máy phân loại", "Xe ba gác",
                                "Chứng nhận lại VietGAP", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 600000 == p.one("Trong đó: vốn tự có") + p.one("Vay Ngân hàng")
            and sum(items[:4]) == 480000 and close(480000 / 8, 60000), "capital 600.000, fixed 480.000, depreciation")
    p.check(sum(prof) / 3 == 450000 and close(600000 / (450000 + 60000), 1.2, 0.02), "average profit, payback 1,2")
    chan = [p.one(x) for x in ("Siêu thị, cửa hàng thực phẩm sạch", "Đại lý trái cây", "Bán tại vườn",
                               "Cơ sở chế biến, tiểu thương")]
    p.check(sum(chan) == p.one("Cộng |") == kg[0] / 1000 and chan[3] == l2[0] / 1000
            and sum(chan[:3]) == (box[0] * 2 + l1[0]) / 1000, "channels 60 tấn")
    q = [p.one(x) for x in ("Quý I |", "Quý II |", "Quý III |", "Quý IV |")]
    p.check(sum(q) == p.one("Cả năm") == kg[0] / 1000, "quarters 60 tấn")
    staff = [p.row(x, 2) for x in ("Chủ hộ (ông Lương)", "Bà Hằng", "Lao động chăm sóc vườn", "Lao động sơ chế")]
    tot = p.row("Cộng lao động thường xuyên", 2)
    p.check(all(sum(s[i] for s in staff) == tot[i] == 2 + hired[i] for i in (0, 1)), "staff 6 / 7")
    p.has("60.000 đồng/hộp (tương đương 30.000 đồng/kg)", "18.000 đồng/kg", "10.000 đồng/kg", "25 tấn/ha/năm",
          "khoảng 87,5 tấn/năm", "(274.000 + 430.000 + 646.000) : 3 = 450.000", "600.000 : (450.000 + 60.000) ≈ 1,2 năm",
          "Tổng vốn đầu tư 600 triệu đồng", "bản cam kết sản xuất thực phẩm an toàn", "TCCS 01:2026/ĐL",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "28E8004712")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    return p


def r04() -> Plan:
    p = Plan("bg04_dan_luc_binh_dan_hai_tht")
    g, t, m, n, days = (p.row("Giỏ lục bình các cỡ"), p.row("Túi xách lục bình"), p.row("Thảm lục bình"),
                        p.row("Cộng |"), p.row("Công đan cần thiết"))
    rev, rg, rt, rm = p.row("Doanh thu |"), p.row("Giỏ (120.000"), p.row("Túi xách (250.000"), p.row("Thảm (180.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cọng lục bình khô (15.000", "Phụ liệu (khung", "Tiền công đan khoán",
                                 "Túi vải, hộp, thẻ treo", "Điện, nhiên liệu sấy", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển, hội chợ", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        stems = g[y] * 0.6 + t[y] * 0.4 + m[y] * 1.5
        raw = p.row(f"Năm {2027 + y}", 4)
        p.check(raw == [g[y] * 0.6, t[y] * 0.4, m[y] * 1.5, stems], f"stem table {y}")
        p.check(n[y] == g[y] + t[y] + m[y] and days[y] == g[y] * 0.5 + t[y] * 1 + m[y] * 1.2, f"pieces, days {y}")
        p.check(close(rg[y], g[y] * 0.12) and close(rt[y], t[y] * 0.25) and close(rm[y], m[y] * 0.18)
                and close(rev[y], rg[y] + rt[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], stems * 0.015) and close(lines[1][y], g[y] * 0.01 + t[y] * 0.03 + m[y] * 0.008)
                and close(lines[2][y], g[y] * 0.055 + t[y] * 0.1 + m[y] * 0.075) and close(lines[3][y], n[y] * 0.005)
                and close(lines[5][y], 30) and close(lines[6][y], [150, 100, 50][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(stems <= 10000 and days[y] <= 32 * 300, f"10 tấn stems, 9.600 weaving days {y}")
    p.check(close(n[0] / 8000, 1.19, 0.01) and growth_ok(n, 1.15) and growth_ok(rev, 1.15), "+19 %, then 10-12 %")
    items = [p.one(x) for x in ("Nhà phơi có mái che", "Lò sấy sinh khối", "Máy ép thảm", "Thiết kế mẫu mới",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 450 == 300 + 150 and sum(items[:3]) == 300 and close(300 / 10, 30),
            "capital 450, fixed 300, depreciation 30")
    p.check(close(sum(prof) / 3, 445.45, 0.0001) and close(450 / (445.45 + 30), 0.95, 0.01), "average profit, payback 0,95")
    p.check(close(lines[2][0] / 32 / 12, 1.7, 0.02) and close(lines[2][2] / 32 / 12, 2.1, 0.02), "1,7-2,1 tr/tháng")
    p.check(close(300 / 18, 16.7, 0.01), "16,7 tr per member")
    p.check(4000 * 0.12 / rev[0] > 0.31 and 32 + 33 + 15 + 20 == 100, "export 4.000 baskets ≈ 32 %, shares 100 %")
    p.has("120.000 đồng/chiếc", "250.000 đồng/chiếc", "180.000 đồng/chiếc", "10 tấn cọng khô/năm", "15.000 đồng/kg",
          "(377,75 + 445,45 + 513,15) : 3 = 445,45", "450 : (445,45 + 30) ≈ 0,95 năm", "32 thợ làm bình quân 300 ngày/năm cho 9.600 công",
          "TCCS 01:2025/LBĐH", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "03/ĐKTHT")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    return p


def r05() -> Plan:
    p = Plan("bg05_ruoc_ca_ngu_ky_xuan_cty")
    jar, bag, kg, fish, staff = (p.row("Ruốc hũ 200 g |"), p.row("Ruốc túi 500 g |"), p.row("Tổng sản lượng ruốc"),
                                 p.row("Cá ngừ tươi nguyên liệu"), p.row("Lao động trực tiếp"))
    rev, rj, rb = p.row("Doanh thu |"), p.row("Ruốc hũ 200 g (75.000"), p.row("Ruốc túi 500 g (165.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá ngừ tươi (45.000", "Gia vị, dầu ăn", "Hũ, túi, nhãn", "Điện, gas, nước",
                                 "Tiền lương", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, chiết khấu",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    capacity = 2 * 25 * 300
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.2 + bag[y] * 0.5 and close(fish[y], kg[y] * 3), f"kg, fish 3:1 {y}")
        p.check(close(rj[y], jar[y] * 0.075) and close(rb[y], bag[y] * 0.165) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.045) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], jar[y] * 0.004 + bag[y] * 0.003) and close(lines[3][y], kg[y] * 0.012)
                and close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [600, 400, 200][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(fish[y] <= 8 * 10000, f"fish within the 80 tấn contracts {y}")
        p.check(off(kg[y], capacity) and kg[y] > capacity, f"PLANTED output {kg[y]:.0f} kg > 15.000 kg capacity {y}")
    p.check([round(kg[y] / capacity - 1, 2) for y in Y] == [0.2, 0.33, 0.47], "PLANTED +20 / +33 / +47 % over capacity")
    p.check(close(14000 / capacity, 0.93, 0.01) and close(kg[0] / 14000, 1.29, 0.01) and growth_ok(kg, 1.12),
            "2026 at 93 % of capacity; +29 % then 10-11 % (growth itself is not the defect)")
    items = [p.one(x) for x in ("Kho lạnh 30 tấn", "Máy chiết rót, đóng hũ", "Máy hút chân không",
                                "Cải tạo khu sơ chế", "Thiết kế bao bì mới", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2000 == 1400 + 600 and sum(items[:4]) == 1200
            and close(1200 / 10, 120), "capital 2.000, fixed 1.200, depreciation 120")
    p.check(close(sum(post) / 3, 1334.7, 0.001) and close(2000 / (1334.7 + 120), 1.4, 0.02), "average, payback 1,4")
    team = [p.row(x) for x in ("Tổ sơ chế", "Tổ rang", "Tổ đóng gói")]
    p.check(all(sum(t[y] for t in team) == p.row("Cộng |")[y] == staff[y] for y in Y), "staff by team")
    p.check(p.row("Sản lượng ruốc (kg)") == [10500, 12300, 14000], "2024-2026 output")
    p.check(82 + 6 + 5 + 5 + 2 == 100, "ingredients 100 %")
    p.has("mỗi máy cho ra 25 kg ruốc thành phẩm/ngày", "công suất rang tối đa của dây chuyền là 15.000 kg ruốc/năm",
          "75.000 đồng/hũ", "165.000 đồng/túi", "3 kg cá ngừ tươi cho 1 kg ruốc", "tổng 80 tấn/năm",
          "(1.145,6 + 1.332 + 1.526,4) : 3 ≈ 1.334,7", "2.000 : (1.334,7 + 120) ≈ 1,4 năm",
          "Tổng nguồn vốn 2.000 triệu đồng", "rửa sạch bằng nước muối loãng", "Hấp cá bằng hơi nước",
          "tách đầu, xương, da")
    p.lacks(r"máy rang (mới|thứ ba)|thêm (1|một) máy rang|mở rộng công suất rang", "PLANTED no new roaster bought")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|\bbể\b|mùi|\brác\b|biogas|thu gom|khí thải|phụ phẩm|đăng ký môi trường",
            "PLANTED no environmental measure anywhere")
    p.check(p.count("Công ty TNHH Chế biến Hải sản Cẩm Nhượng") == 2 and p.count("Công ty TNHH Thực phẩm Biển Kỳ Xuân") == 2
            and p.count("CÔNG TY TNHH THỰC PHẨM BIỂN KỲ XUÂN") == 1 and p.count("Ruốc cá ngừ Kỳ Xuân") >= 2,
            "PLANTED a second producer name, twice")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "no replaced instrument (not planted here)")
    return p


def r06() -> Plan:
    p = Plan("bg06_tinh_bot_nghe_huong_do_htx")
    rows = [p.row(f"Năm {2027 + y}", 7) for y in Y]  # hũ, price, revenue, hộp, price, revenue, total
    raw = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # starch for jars, for pills, total, fresh roots, honey
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Tổng doanh thu"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Củ nghệ tươi (5.000", "Mật ong (150.000", "Hũ thủy tinh, hộp, nhãn", "Điện, nước, vật tư",
                                 "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    staff = [6, 7, 8]
    for y in Y:  # triệu đồng
        hu, pr1, r1, ho, pr2, r2, tot = rows[y]
        s_j, s_p, s, fresh, honey = raw[y]
        p.check(pr1 == 120000 and pr2 == 90000 and close(r2, ho * 0.09) and close(tot, r1 + r2) and tot == rev[y],
                f"pill revenue, total = products {y}")
        p.check(s_j == hu * 0.25 and s_p == ho * 0.1 and s == s_j + s_p and fresh == s * 30 and honey == ho * 0.1,
                f"starch 250 g / 100 g, roots 30:1, honey 100 g {y}")
        p.check(close(lines[0][y], fresh * 0.005) and close(lines[1][y], honey * 0.15)
                and close(lines[2][y], hu * 0.012 + ho * 0.01) and close(lines[4][y], staff[y] * 5.5 * 12)
                and close(lines[5][y], 60) and close(lines[6][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the stated revenue {y}")
        p.check(fresh <= 8 * 20000 and s <= 15 * 280, f"160 tấn roots, 4.200 kg dryer {y}")
    p.check(close(rows[0][2], rows[0][0] * 0.12) and close(rows[2][2], rows[2][0] * 0.12), "2027 and 2029 turmeric revenue right")
    p.check(rows[1][0] * 0.12 == 1152 and rows[1][2] == 1352 and off(rows[1][2], 1152),
            "PLANTED 2028 turmeric revenue 1.352 != 9.600 × 120.000 = 1.152 (+17 %)")
    true_rev = rows[1][0] * 0.12 + rows[1][5]
    p.check(true_rev == 1782 and off(rev[1], true_rev), "PLANTED 2028 revenue 1.982 != 1.782 (+11 %)")
    p.check(600 == 150 + 200 + 150 + 100 and 150 + 200 + 150 + 100 + 50 + 150 == 800 == 500 + 300 and close(600 / 10, 60),
            "capital 800, fixed 600, depreciation 60")
    equip = [p.one(x) for x in ("Máy rửa củ dạng lồng quay", "Máy nghiền củ", "Máy lọc ly tâm", "Tủ sấy lạnh 2 buồng",
                                "Máy vo viên", "Máy đóng hũ")]
    p.check(sum(equip[:3]) == 200 and equip[3] == 150 and sum(equip[4:]) == 100 and sum(equip) == 450 == p.one("Cộng |", skip=2),
            "equipment list = the investment lines")
    chan = [p.one(x) for x in ("Nhà thuốc, cửa hàng mẹ và bé", "Bán trực tuyến", "Công ty phân phối", "Điểm bán OCOP")]
    p.check(sum(chan) == rev[0] == 1500 and chan == [525, 450, 300, 225], "channels 2027")
    team = [p.row(x) for x in ("Sơ chế (rửa", "Lắng, sấy", "Vo viên, đóng gói", "Bán hàng |")]
    p.check(all(sum(t[y] for t in team) == p.row("Cộng |")[y] == staff[y] for y in Y), "staff 6/7/8")
    written = sum(prof) / 3
    true = (prof[0] + true_rev - cost[1] + prof[2]) / 3
    p.check(close(written, 349.1, 0.001) and close(800 / (written + 60), 2.0, 0.03), "stated payback 2,0 from written profit")
    p.check(close(800 / (true + 60), 2.34, 0.01) and off(2.0, 800 / (true + 60)), "tolerated knock-on: true payback 2,3")
    p.check(close(120000 / 0.25, 480000), "480.000 đ/kg")
    p.has("120.000 đồng/hũ", "90.000 đồng/hộp", "30 kg củ nghệ tươi cho 1 kg tinh bột", "khoảng 160 tấn/năm",
          "khoảng 4.200 kg tinh bột/năm", "(202 + 480,8 + 364,6) : 3 ≈ 349,1", "800 : (349,1 + 60) ≈ 2,0 năm",
          "doanh thu khoảng 1,98 tỷ đồng", "Tổng vốn đầu tư của phương án là 800 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(r"chuẩn|TCCS|công bố|hợp quy|QCVN|TCVN|kiểm nghiệm|phân tích mẫu|phòng thử nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.has("Luật Hợp tác xã số 23/2012/QH13", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019",
          "Nghị quyết số 123/2018/NQ-HĐND", "tháng 11 năm 2026")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15|Luật Hợp tác xã năm 2023|51/2021", "PLANTED the current instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r07() -> Plan:
    p = Plan("bg07_che_bup_kim_hoa_tht")
    box, bag, kg, fresh, staff = (p.row("Chè búp đặc biệt hộp 200 g"), p.row("Chè búp loại 1 túi 500 g"),
                                  p.row("Tổng sản lượng chè khô"), p.row("Búp chè tươi nguyên liệu"),
                                  p.row("Lao động tại xưởng |"))
    rb, rt, rev = p.row("Doanh thu chè hộp 200 g (70.000"), p.row("Doanh thu chè túi 500 g (120.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Búp chè tươi (12.000", "Củi, điện (8.000", "Hộp, túi nhôm, nhãn", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.2 + bag[y] * 0.5 and close(fresh[y], kg[y] * 4.5), f"kg, buds 4,5:1 {y}")
        p.check(close(rb[y], box[y] * 0.07) and close(rt[y], bag[y] * 0.12) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.012) and close(lines[1][y], kg[y] * 0.008)
                and close(lines[2][y], box[y] * 0.008 + bag[y] * 0.005) and close(lines[3][y], staff[y] * 5 * 12)
                and close(lines[4][y], 50) and close(lines[5][y], [200, 150, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 80 * 250 and fresh[y] <= 12 * 8000, f"20.000 kg capacity, 96 tấn buds: not exceeded {y}")
    p.check(kg[1] / kg[0] == 2.5 and kg[2] / kg[1] == 2 and rev[1] / rev[0] == 2.5 and rev[2] / rev[1] == 2,
            "PLANTED output and revenue ×2,5 then ×2 (3.000 → 7.500 → 15.000 kg)")
    p.check(close(kg[0] / 2500, 1.2), "2027 +20 % on 2026 (the jump comes later)")
    market = section(p, "# IV. Thị trường tiêu thụ", "# V.")
    p.check(not re.search(r"hợp đồng|đơn hàng|xuất khẩu|siêu thị|nhà phân phối|công ty", market, re.I)
            and market.count("3 đại lý") == 1, "PLANTED no new customer or contract behind the growth")
    items = [p.one(x) for x in ("2 máy sao quay", "Máy vò chè loại lớn", "Máy sấy chè", "Cải tạo, mở rộng xưởng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 500 == 300 + 200 and sum(items[:4]) == 400 and close(400 / 8, 50),
            "capital 500, fixed 400, depreciation 50")
    p.check(close(sum(prof) / 3, 860.8, 0.001) and close(500 / (860.8 + 50), 0.5, 0.1), "average, payback 0,5")
    farms = [p.row(x) for x in ("Khe Cò |", "Kim Lộc |", "Hoa Tiến |")]
    p.check([sum(f[i] for f in farms) for i in range(3)] == p.row("Cộng |") == [15, 12, 96], "households 15, 12 ha, 96 tấn")
    p.check(p.row("Chè búp khô (kg)") == [1700, 2100, 2500]
            and all(close(a, b * 4.5 / 1000, 0.02) for a, b in zip(p.row("Búp tươi tổ thu mua"), [1700, 2100, 2500])),
            "2024-2026 buds and tea")
    p.check(close(96 - 11.3, 84.7), "80-85 tấn left over in 2026")
    p.has("Diện tích chè kinh doanh của các thành viên: 20 ha", "Diện tích chè kinh doanh của các thành viên là 12 ha",
          "năng suất búp tươi bình quân 8 tấn/ha/năm, tổng sản lượng khoảng 96 tấn búp/năm")  # PLANTED figure-inconsistent
    p.check(off(20, 12), "PLANTED 20 ha != 12 ha")
    p.has("70.000 đồng/hộp", "120.000 đồng/túi", "80 kg chè búp khô/ngày", "công suất tối đa khoảng 20.000 kg chè khô/năm",
          "(90 + 679,5 + 1.813) : 3 ≈ 860,8", "500 : (860,8 + 50) ≈ 0,5 năm", "Tổng nguồn vốn 500 triệu đồng",
          "01/ĐKTHT", "Nghị định 43/2017/NĐ-CP")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "no replaced instrument (not planted here)")
    return p


def r08() -> Plan:
    p = Plan("bg08_dau_goi_bo_ket_moc_huong_ho")
    sh, sp, staff = p.row("Dầu gội bồ kết 300 ml"), p.row("Xịt dưỡng tóc tinh dầu bưởi 100 ml"), p.row("Lao động thuê |")
    rev, rs, rp = p.row("Doanh thu |"), p.row("Dầu gội (85.000"), p.row("Xịt tóc (95.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thảo dược khô (60.000", "Vỏ bưởi tươi (5.000", "Chất tạo bọt gốc dừa, phụ gia",
                                 "Chai, nắp, hộp", "Tiền công lao động", "Điện, nước, gas", "Khấu hao |", "Lãi vay |",
                                 "Quảng cáo trực tuyến", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    wage = [5, 5, 5.5]
    for y in Y:  # triệu đồng
        herbs, peel = p.row(f"Năm {2027 + y}", 2)
        p.check(herbs == sh[y] * 0.08 and peel == sp[y] * 0.5, f"80 g herbs a bottle, 0,5 kg peel a spray {y}")
        p.check(close(rs[y], sh[y] * 0.085) and close(rp[y], sp[y] * 0.095) and close(rev[y], rs[y] + rp[y]), f"revenue {y}")
        p.check(close(lines[0][y], herbs * 0.06) and close(lines[1][y], peel * 0.005) and close(lines[2][y], sh[y] * 0.008)
                and close(lines[3][y], sh[y] * 0.007 + sp[y] * 0.009) and close(lines[4][y], staff[y] * wage[y] * 12)
                and close(lines[6][y], 50) and close(lines[7][y], 150 * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(herbs <= 2000 and peel <= 5000 and sh[y] * 0.3 <= 200 * 250, f"herbs 2 tấn, peel 5 tấn, 50.000 lít pot {y}")
    p.check(close(sh[0] / 10000, 1.2) and growth_ok(sh, 1.2), "+20 % on 2026, then 14-17 %")
    items = [p.one(x) for x in ("Cải tạo khu sản xuất riêng", "Nồi nấu inox 200 lít", "Nồi chưng cất tinh dầu 100 lít |",
                                "Máy chiết rót, đóng nắp bán tự động |", "Hồ sơ công bố sản phẩm", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 650 and sum(items[:4]) == 400 and close(400 / 8, 50), "items add up to the stated 650")
    sources = 250 + 150 + 150
    p.check(sources == 550 and off(sources, total), "PLANTED sources 550 != total 650 (−15 %)")
    p.has("Vốn tự có của gia đình: 250 triệu đồng", "Hội Liên hiệp Phụ nữ tỉnh: 150 triệu đồng",
          "Vay anh chị em trong gia đình: 150 triệu đồng", "Tổng nguồn vốn 650 triệu đồng")
    equip = [p.one(x) for x in ("Nồi nấu inox có cánh khuấy", "Bộ lọc inox 3 cấp", "Nồi chưng cất tinh dầu |",
                                "Máy chiết rót, đóng nắp bán tự động |")]
    p.check(equip[0] + equip[1] == 120 and sum(equip) == p.one("Cộng |") == 220 and 220 + 180 == 400, "equipment = investment")
    p.check(close(sum(prof) / 3, 626.3, 0.001) and close(650 / (626.3 + 50), 1.0, 0.05), "average, payback 1,0")
    p.check(22 + 26 + 5 == 53 and close(200 / 0.3, 666, 0.01) and close(53 / 666.7, 0.08, 0.01), "53 kg herbs a 200-lít batch")
    p.check(p.row("Dầu gội bồ kết (chai)", 2) == [7500, 10000] and p.row("Xịt dưỡng tóc (chai)", 2) == [1800, 3000],
            "2025-2026 sales")
    p.has("85.000 đồng/chai", "95.000 đồng/chai", "(497,4 + 618,3 + 763,2) : 3 = 626,3", "650 : (626,3 + 50) ≈ 1,0 năm",
          "khoảng 2 tấn thảo dược khô/năm", "khoảng 5 tấn/năm", "khoảng 50.000 lít dầu gội/năm",
          "hồ sơ công bố sản phẩm mỹ phẩm tại Sở Y tế", "tiêu chuẩn cơ sở", "Cục Sở hữu trí tuệ")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"đăng ký hộ|thành lập|giấy phép|đăng ký thuế", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in thông tin",
            "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "no replaced instrument (not planted here)")
    return p


def r09() -> Plan:
    p = Plan("bg09_mat_ong_hoa_rung_thuong_duc_htx")
    ch, jar, bulk, kg, hives = (p.row("Mật ong chai 500 g |"), p.row("Mật ong hũ 1 kg |"), p.row("Mật ong bán buôn |"),
                                p.row("Tổng sản lượng mật ong"), p.row("Số đàn ong |"))
    rev, rc, rj, rb = (p.row("Tổng doanh thu"), p.row("Mật chai 500 g (140.000"), p.row("Mật hũ 1 kg (260.000"),
                       p.row("Mật bán buôn (200.000"))
    lines = [p.row(x) for x in ("Thức ăn bổ sung", "Thùng ong thay thế", "Di chuyển đàn ong", "Chai, hũ, hộp, can",
                                 "Tiền công thành viên", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển",
                                 "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [12, 12, 13]
    supply = 600 * 15
    for y in Y:  # triệu đồng
        p.check(kg[y] == ch[y] * 0.5 + jar[y] + bulk[y] and hives[y] == 600, f"kg, 600 colonies {y}")
        p.check(close(rc[y], ch[y] * 0.14) and close(rj[y], jar[y] * 0.26) and close(rb[y], bulk[y] * 0.2)
                and close(rev[y], rc[y] + rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], 600 * 0.15) and close(lines[3][y], ch[y] * 0.006 + jar[y] * 0.015 + bulk[y] * 0.002)
                and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 1007.5 and prof[1] == 1157.5 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 1.157,5 != 2.430 − 1.422,5 = 1.007,5 (+15 %)")
    p.check(kg[0] <= supply, "2027 within 9.000 kg")
    p.check(all(kg[y] > supply and off(kg[y], supply) for y in (1, 2)),
            "PLANTED 10.000 / 11.000 kg > 600 colonies × 15 kg = 9.000 kg (+11 / +22 %)")
    p.has("duy trì ổn định 600 đàn ong", "năng suất bình quân 15 kg mật/đàn/năm", "khoảng 9.000 kg/năm",
          "hợp tác xã không thu mua mật ong của các hộ bên ngoài", "Thay thế 150 thùng ong cũ")
    items = [p.one(x) for x in ("Máy quay mật inox", "Nhà sơ chế và kho 120", "Thay thế 150 thùng ong cũ |",
                                "Xe tải nhỏ chở ong", "Bao bì, thiết kế nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 800 and close(800 / 10, 80),
            "capital 1 tỷ, fixed 800, depreciation 80")
    cum = [p.one(f"Cụm {i}") for i in range(1, 7)]
    p.check(sum(cum) == p.one("Cộng |") == 600, "six apiaries, 600 colonies")
    chan = [p.one(x) for x in ("Cửa hàng đặc sản, thực phẩm sạch", "Bán trực tuyến, quà Tết", "Cơ sở làm bánh",
                               "Điểm bán OCOP, hội chợ")]
    p.check(sum(chan) == p.one("Cộng |", skip=1) == rev[0] and chan[2] == rb[0], "channels 2027 = revenue; bulk = 700")
    written = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 1000.7, 0.001) and close(1000 / (written + 80), 0.9, 0.03), "stated payback 0,9")
    p.check(close(1000 / (true + 80), 0.97, 0.01), "tolerated knock-on: true payback 0,97")
    p.check(p.row("Số đàn ong (đàn)") == [580, 600, 600] and p.row("Sản lượng mật (kg)") == [8400, 8900, 8300], "2024-2026")
    p.has("140.000 đồng/chai", "260.000 đồng/hũ", "200.000 đồng/kg", "(665 + 1.157,5 + 1.179,6) : 3 ≈ 1.000,7",
          "1.000 : (1.000,7 + 80) ≈ 0,9 năm", "Tổng vốn đầu tư 1 tỷ đồng", "TCVN 5267-1:2008", "tiêu chuẩn cơ sở",
          "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"tập huấn kiến thức", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "no replaced instrument (not planted here)")
    return p


def r10() -> Plan:
    p = Plan("bg10_khoai_lang_say_deo_mai_phu_ctcp")
    bag, box, crt, kg, fresh = (p.row("Khoai sấy dẻo túi 250 g"), p.row("Khoai sấy dẻo hộp 500 g"),
                                p.row("Khoai sấy dẻo thùng 5 kg"), p.row("Tổng sản lượng khoai sấy"),
                                p.row("Khoai tươi nguyên liệu"))
    rbag, rbox, rcrt, rev = (p.row("Túi 250 g (35.000"), p.row("Hộp 500 g (75.000"), p.row("Thùng 5 kg (550.000"),
                             p.row("Tổng doanh thu"))
    total = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Khoai lang tươi (8.000", "Điện, gas sấy", "Bao bì: túi", "Tiền lương công nhân",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Vận chuyển, tiếp thị", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    staff = [18, 19, 20]
    for y in Y:  # triệu đồng
        p.check(kg[y] == bag[y] * 0.25 + box[y] * 0.5 + crt[y] * 5 and close(fresh[y], kg[y] * 3.5), f"kg, roots 3,5:1 {y}")
        p.check(close(rbag[y], bag[y] * 0.035) and close(rbox[y], box[y] * 0.075) and close(rcrt[y], crt[y] * 0.55)
                and close(rev[y], rbag[y] + rbox[y] + rcrt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], kg[y] * 0.01)
                and close(lines[2][y], bag[y] * 0.003 + box[y] * 0.008 + crt[y] * 0.02)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 250)
                and close(lines[5][y], [1200, 900, 600][y] * 0.08), f"cost lines {y}")
        p.check(close(pre[y], rev[y] - total[y]) and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]),
                f"profit and tax follow the stated total {y}")
        p.check(fresh[y] <= 200000 and kg[y] <= 150 * 280, f"200 tấn contract, 42.000 kg dryer {y}")
    p.check(close(total[0], lines_sum(lines, 0)) and close(total[2], lines_sum(lines, 2)), "2027 and 2029 totals right")
    p.check(lines_sum(lines, 1) == 3692 and total[1] == 3392 and off(total[1], lines_sum(lines, 1)),
            "PLANTED 2028 cost total 3.392 != items 3.692 (−8 %)")
    p.check(rev[1] - lines_sum(lines, 1) == 783 and off(pre[1], 783), "tolerated knock-on: 2028 profit 1.083 vs 783")
    items = [p.one(x) for x in ("Xây dựng nhà xưởng", "2 lò sấy đối lưu, hệ thống", "Máy rửa củ, máy cắt thanh, bàn inox |",
                                "Máy hút chân không, máy dò kim loại, máy in date |", "Công bố sản phẩm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |", skip=2) == 3000 == 1800 + 1200 and sum(items[:4]) == 2500
            and close(2500 / 10, 250), "capital 3 tỷ, fixed 2.500, depreciation 250")
    equip = [p.one(x) for x in ("Lò sấy đối lưu bơm nhiệt", "Hệ thống nồi hấp hơi", "Máy rửa củ, máy cắt thanh, bàn inox |",
                                "Máy hút chân không, máy dò kim loại, máy in date |")]
    p.check(equip[0] + equip[1] == 800 and sum(equip) == p.one("Cộng |", skip=1) == 1500, "equipment = investment")
    p.check(p.row("Cộng |") == [120, 40, 200] and sum(p.one(x) for x in ("Phù Lưu |", "Đông Thịnh |", "Bắc Hải |")) == 200,
            "120 households, 40 ha, 200 tấn")
    p.check(p.row("Khoai sấy dẻo thành phẩm") == kg and p.row("Khoai tươi thu mua") == [f / 1000 for f in fresh]
            and p.row("Doanh thu |") == rev and p.row("Lao động trực tiếp") == staff
            and p.row("Cộng lao động trực tiếp") == staff, "summary and staff tables")
    written, true = sum(post) / 3, (post[0] + (783 * 0.8) + post[2]) / 3
    p.check(close(written, 703.7, 0.001) and close(true, 623.7, 0.001), "average profit: 703,7 written, 623,7 true")
    for label, pb in (("written + depreciation", 3000 / (written + 250)), ("true + depreciation", 3000 / (true + 250)),
                      ("written", 3000 / written), ("true", 3000 / true)):
        p.check(off(1.5, pb, 50), f"PLANTED payback 1,5 years vs {pb:.2f} ({label})")
    p.has("thời gian hoàn vốn của phương án khoảng 1,5 năm", "Tổng vốn đầu tư là 3 tỷ đồng")
    p.check(close(kg[0] / 24000, 1.25) and growth_ok(kg, 1.15), "+25 % on 2026, then ~12 %")
    market = "\n".join(x for x in section(p, "# 6. Thị trường", "# 7.").splitlines() if not x.startswith("#"))
    p.check(not re.search(r"\d|đồng|giá", market), "PLANTED the market section names no price or figure")
    p.lacks(r"cửa hàng|siêu thị|đại lý|phân phối|\bsàn\b|shopee|facebook|zalo|tiktok|bán lẻ|bán buôn|khách|xuất khẩu|"
            r"đơn hàng|hội chợ|\bchợ\b|kênh|website|trực tuyến|online|người mua|hợp đồng (tiêu thụ|bán|cung cấp)|nhà hàng|"
            r"trường học|bếp ăn|quầy", "PLANTED no customer or sales channel anywhere")
    p.has("35.000 đ/túi", "75.000 đ/hộp", "3,5 kg khoai tươi cho 1 kg khoai sấy dẻo", "200 tấn khoai loại 1 mỗi năm",
          "công suất tối đa 42.000 kg/năm", "TCCS 01:2026/MP", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "no replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bg11_tinh_dau_sa_huong_binh_so_sai")
    a.check(300 * 600000 == 180e6, "300 lít × 600.000 đ/lít = 180 triệu đồng")
    a.has("khoảng 300 lít tinh dầu", "600.000 đồng/lít", "khoảng 180 triệu đồng/năm", "khoảng 150 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024", "một số spa ở Vinh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(r"tiêu chuẩn|công bố|nhãn|môi trường|kiểm nghiệm|an toàn thực phẩm", "gaps are genuine (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bg12_mam_tep_cam_trung_so_sai")
    b.check(2000 * 120000 == 240e6, "2 tấn × 120.000 đ/kg = 240 triệu đồng")
    b.has("khoảng 2 tấn mắm", "120.000 đồng/kg", "khoảng 240 triệu đồng", "bán tại chợ Cẩm Trung")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường",
            "no registration, food safety, standard, label, environment (tolerated gaps)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
