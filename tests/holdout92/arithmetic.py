"""Holdout set 92's own arithmetic, recomputed from the plans' sources: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout92/arithmetic.py

For every plan: revenue = quantity x price (per grade, per pack size, per sub-column of the merged
year headers), cost lines from their unit rates, cost lines sum to the total, profit = revenue -
cost, tax, post-tax profit, investment items = capital sources = total, depreciation, interest on
the loan balance, payback, raw material or orchard supply (area x yield, ha and sào) against the
planned output, output against equipment capacity, channel tables against the plan, growth, and
the figures quoted in running text. Planted numeric defects are asserted wrong by more than 5 %
with the true value computed; everything else right within 1 %. Table figures are read from the
plan's Markdown; figures quoted in running text are looked up verbatim, so the numbers cannot
drift from the text. Textual planted defects (replaced instruments, no trademark, no food safety,
no label, no registration, no environmental measure, no product standard, a second producer name,
no technology section) are asserted by the absence or presence of their words, ready plans cite no
replaced instrument, and no plan holds a template placeholder.
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


# Instruments replaced or lapsed before mid-2026, and the district level abolished on 1/7/2025.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|51/2021/NQ|23/2012|01/2021/NĐ|"
            r"03/2014|07/2019/TT|UBND huyện|Phòng Nông nghiệp và Phát triển nông thôn")


def ready_text(p: Plan) -> None:
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")


def merged(p: Plan, label: str) -> tuple[float, list[float], list[float]]:
    """A row of a merged-header table: price, then (output, revenue) per year."""
    r = p.row(label, 7)
    return r[0], [r[1], r[3], r[5]], [r[2], r[4], r[6]]


def co01() -> Plan:
    p = Plan("co01_buoi_phuc_trach_tan_huong_htx")
    pr1, q1, d1 = merged(p, "Bưởi loại 1")
    pr2, q2, d2 = merged(p, "Bưởi loại 2")
    tot = p.row("Tổng cộng", 6)
    area, harvest, bought, share = (p.row("Diện tích cho thu hoạch"), p.row("Sản lượng quả của thành viên"),
                                    p.row("Sản lượng hợp tác xã thu mua"), p.row("Tỷ lệ thu mua"))
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua bưởi của thành viên", "Hộp, túi lưới, tem", "Tiền lương lao động",
                                 "Điện, nước, sáp", "Khấu hao tài sản cố định", "Lãi vay ngân hàng",
                                 "Vận chuyển, bán hàng", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    p.check(pr1 == 32000 and pr2 == 22000, "prices 32.000 / 22.000")
    for y in Y:  # tấn, triệu đồng
        q = q1[y] + q2[y]
        p.check(close(d1[y], q1[y] * 32) and close(d2[y], q2[y] * 22), f"merged-table revenue {y}")
        p.check(close(tot[2 * y], q) and close(tot[2 * y + 1], d1[y] + d2[y]) and close(rev[y], d1[y] + d2[y]),
                f"merged-table totals, revenue row {y}")
        p.check(close(q1[y], q * 0.6), f"60 % grade 1 {y}")
        p.check(close(harvest[y], area[y] * 16) and bought[y] == q and close(share[y], q / harvest[y] * 100)
                and q <= harvest[y], f"orchard supply 16 tấn/ha {y}")
        p.check(close(lines[0][y], q1[y] * 24 + q2[y] * 15) and close(lines[1][y], q * 1.2)
                and close(lines[2][y], [10, 11, 12][y] * 6.5 * 12) and close(lines[3][y], q * 0.3)
                and lines[4][y] == 135 and close(lines[5][y], [800, 600, 400][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.04) and lines[7][y] == 120, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(q <= 2 * 6 * 100, f"sorting line 1.200 tấn/mùa {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and q / (q1[y - 1] + q2[y - 1]) < 1.2, f"growth {y}")
    p.check(area == [30, 33, 36] and 36 * 20 == 720 and 16000 / 20 == 800, "36 ha = 720 sào, 16 tấn/ha = 8 tạ/sào")
    ch = [p.one(x) for x in ("Công ty phân phối trái cây", "Siêu thị, cửa hàng", "Điểm bán OCOP, bán lẻ", "Bán buôn |")]
    p.check(ch == [120, 60, 40, 80] and sum(ch) == p.one("Tổng cộng") == q1[0] + q2[0], "channels cover 300 tấn")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà sơ chế", "Kho mát 40", "Dây chuyền rửa, phủ sáp",
                                "Hệ thống tưới nhỏ giọt", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng", skip=2) == 2000 == 800 + 400 + 800 and sum(items[:4]) == 1350
            and close(1350 / 10, 135), "investment 2.000 = sources, fixed 1.350, depreciation 135")
    p.check(avg1(post) == 446.7 and close(2000 / (446.7 + 135), 3.4, 0.02), "average 446,7, payback 3,4")
    p.check(300 * 2 == 600 and 380 * 3 == 1140, "members' extra income 600–1.140 triệu")
    p.check(close(q1[0] + q2[0], 240 * 1.25) and 5100 / 205 < 32 and 6200 / 240 < 32, "+25 % on 2025, past prices")
    p.has("Năng suất bình quân vườn kinh doanh 16 tấn/ha, tương đương khoảng 8 tạ/sào", "36 ha (720 sào)",
          "32.000 đồng/kg", "22.000 đồng/kg", "loại 1 là 24.000 đồng/kg, loại 2 là 15.000 đồng/kg",
          "(334,5 + 446,7 + 558,9) : 3 ≈ 446,7", "2.000 : (446,7 + 135) ≈ 3,4 năm", "Doanh thu 8,4 tỷ đồng năm 2027",
          "khoảng 10,6 tỷ đồng năm 2029", "180 tấn × 24.000 đ + 120 tấn × 15.000 đ = 6.120 triệu đồng",
          "khoảng 1.200 tấn/mùa", "Tổng nguồn vốn 2.000 triệu đồng", "Giấy chứng nhận đăng ký hợp tác xã mã số",
          "Quyết định số 148/QĐ-TTg", "| Thu hoạch chính vụ |")
    p.check(close(10640, 10600, 0.01), "10,6 tỷ")
    ready_text(p)
    return p


def co02() -> Plan:
    p = Plan("co02_tinh_bot_nghe_ngan_pho_cty")
    hu, tui, kg, raw, staff = (p.row("Tinh bột nghệ hũ 100 g"), p.row("Tinh bột nghệ túi 500 g"),
                               p.row("Tổng sản lượng tinh bột"), p.row("Củ nghệ tươi sử dụng"), p.row("Lao động sản xuất"))
    rev, rh, rt = p.row("Doanh thu |"), p.row("Hũ 100 g (75.000"), p.row("Túi 500 g (320.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Củ nghệ tươi (5.000", "Hũ, túi, nhãn", "Điện, nước, sấy", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng cáo", "Kiểm nghiệm, quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    M = 1e6
    for y in Y:  # đồng
        p.check(kg[y] == hu[y] * 0.1 + tui[y] * 0.5 and raw[y] == kg[y] * 40, f"kg, 40 kg fresh per kg {y}")
        p.check(raw[y] <= 2 * 28000 + 60000, f"supply 116 tấn {y}")
        p.check(close(rh[y], hu[y] * 75000) and close(rt[y], tui[y] * 320000) and close(rev[y], rh[y] + rt[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 5000) and close(lines[1][y], hu[y] * 6000 + tui[y] * 8000)
                and close(lines[2][y], kg[y] * 30000) and close(lines[3][y], staff[y] * 5.5 * M * 12)
                and lines[4][y] == 60 * M and close(lines[5][y], [300, 200, 100][y] * M * 0.08)
                and close(lines[6][y], rev[y] * 0.06) and lines[7][y] == 50 * M, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] < 3000 * M and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 12 * 250 and raw[y] <= 300 * 6 * 55, f"dryer 3.000 kg, grinder {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([p.one(x) for x in ("Máy rửa, gọt củ", "Máy mài củ", "Bể lắng inox", "Tủ sấy lạnh |", "Máy đóng gói, hàn túi |")]
            == [1, 1, 12, 1, 1] and p.count("| 12 bể |") == 1, "equipment counts: one of each, 12 settling tanks")
    p.check(close(kg[0] / 1200, 1.5) and staff[0] > 5 - 1, "+50 % on 2025 with new equipment")
    items = [p.one("Cải tạo nhà xưởng 150"), p.one("Máy rửa, gọt và máy mài"), p.one("Hệ thống lọc, bể lắng"),
             p.one("Tủ sấy lạnh |", skip=1), p.one("Máy đóng gói, hàn túi |", skip=1), p.one("Thiết kế bao bì"),
             p.one("Vốn lưu động")]  # the equipment table comes first
    p.check(sum(items) == p.one("Tổng cộng") == 900 * M == 600 * M + 300 * M and sum(items[:5]) == 600 * M,
            "investment 900 triệu = sources, fixed 600 triệu")
    p.check(sum(post) / 3 == 260236000 and close(900 / (260.236 + 60), 2.8, 0.01), "average, payback 2,8")
    p.check(60000 * 5000 == 300 * M and 75000 / 0.1 == 750000 and 320000 / 0.5 == 640000, "300 triệu to farmers, per-kg prices")
    p.has("75.000 đồng/hũ", "320.000 đồng/túi", "40 kg củ nghệ tươi cho 1 kg tinh bột", "2 ha (40 sào)",
          "năng suất bình quân 28 tấn/ha", "cam kết cung cấp 60 tấn củ/năm", "khoảng 116 tấn/năm",
          "12 kg/ngày × 250 ngày làm việc = 3.000 kg", "900.000.000 : (260.236.000 + 60.000.000) ≈ 2,8 năm",
          "Tổng nguồn vốn 900.000.000 đồng", "khoảng 300 triệu đồng/năm", "đăng ký môi trường", "bể lắng 3 ngăn",
          "không quảng cáo sản phẩm có tác dụng chữa bệnh", "ĐVT: đồng")
    ready_text(p)
    return p


def co03() -> Plan:
    p = Plan("co03_rau_an_toan_dong_lac_htx")
    a_la, a_qua, a_gv = p.row("Rau ăn lá |"), p.row("Rau ăn quả |"), p.row("Rau gia vị |")
    la, qua, gv = p.row("Rau ăn lá |", skip=1), p.row("Rau ăn quả |", skip=1), p.row("Rau gia vị |", skip=1)
    tot, area, staff = p.row("Tổng sản lượng tiêu thụ"), p.row("Diện tích VietGAP"), p.row("Lao động tại nhà sơ chế")
    rev, rla, rqua, rgv = (p.row("Doanh thu |"), p.row("Rau ăn lá (15.000"), p.row("Rau ăn quả (12.000"),
                           p.row("Rau gia vị (28.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thu mua rau của thành viên", "Bao bì, tem, sơ chế", "Tiền lương", "Vận chuyển, bán hàng",
                                 "Điện, nước (200", "Khấu hao", "Lãi vay", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    p.check(a_la == [6, 25, 150] and a_qua == [4, 30, 120] and a_gv == [2, 12, 24] and p.row("Tổng cộng", 2) == [12, 294],
            "area × yield = 150 + 120 + 24 = 294 tấn on 12 ha")
    harvest = [294, 294 + 2 * 25, 294 + 2 * 25 + 30]
    p.check(harvest[1:] == [344, 374] and area == [12, 14, 15], "harvest 344 / 374 with 2 ha and 1 ha more")
    for y in Y:  # tấn, triệu đồng
        t = la[y] + qua[y] + gv[y]
        p.check(tot[y] == t and t <= harvest[y] and la[y] <= 150 + (50 if y else 0), f"sales within harvest {y}")
        p.check(close(rla[y], la[y] * 15) and close(rqua[y], qua[y] * 12) and close(rgv[y], gv[y] * 28)
                and close(rev[y], rla[y] + rqua[y] + rgv[y]), f"revenue {y}")
        p.check(close(lines[0][y], la[y] * 8 + qua[y] * 6.5 + gv[y] * 15) and close(lines[1][y], t * 1.5)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], rev[y] * 0.05)
                and close(lines[4][y], t * 0.2) and lines[5][y] == 140 and close(lines[6][y], [600, 400, 200][y] * 0.075)
                and lines[7][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(t <= 1.5 * 300, f"packing house 450 tấn/năm {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(rev[0] == 2940 and rev[1] > 3000, "15 % in 2027 only")
    ch = [p.one(x) for x in ("Bếp ăn của 14 trường", "Siêu thị WinMart+", "Công ty TNHH Suất ăn", "Cửa hàng rau sạch")]
    p.check(ch == [80, 45, 40, 35] and sum(ch) == p.one("Tổng cộng") == tot[0], "channels cover 200 tấn")
    p.check(360 + 240 + 400 + 120 + 60 + 220 == 1400 == 500 + 300 + 600 and 360 + 240 + 400 + 120 == 1120
            and close(1120 / 8, 140), "capital 1.400 = sources, fixed 1.120 over 8 years")
    p.check(avg1(post) == 309.5 and close(1400 / (309.5 + 140), 3.1, 0.01), "average 309,5, payback 3,1")
    p.check(close(lines[0][0], 1600, 0.02) and close(lines[0][2], 2100, 0.03) and close(rev[2], 3830), "1,6–2,1 tỷ, 3,83 tỷ")
    p.check(close(tot[0] / 175, 1.14, 0.01), "+14 % on 2025")
    p.has("12 ha (240 sào)", "25 tấn/ha/năm (khoảng 1,25 tấn/sào/năm)", "30 tấn/ha/năm", "12 tấn/ha/năm",
          "rau ăn lá 8.000 đồng/kg, rau ăn quả 6.500 đồng/kg, rau gia vị 15.000 đồng/kg",
          "giá bán bình quân 15.000 đồng/kg", "giá bán bình quân 12.000 đồng/kg", "giá bán bình quân 28.000 đồng/kg",
          "(229,9 + 288,2 + 410,4) : 3 ≈ 309,5", "1.400 : (309,5 + 140) ≈ 3,1 năm", "khoảng 450 tấn/năm",
          "| Cải ngọt, cải bẹ | x |", "Tổng vốn đầu tư 1.400 triệu đồng")
    ready_text(p)
    return p


def co04() -> Plan:
    p = Plan("co04_tuong_ot_hanh_xuyen_hkd")
    plan = [p.row(str(2027 + y), 6) for y in Y]  # years as rows: bottles, jars, chilli kg, rev ×2, revenue
    summ = [p.row(str(2027 + y), 3, skip=1) for y in Y]  # years as rows: revenue, cost, profit
    lines = [p.row(x) for x in ("Ớt tươi (18.000", "Tỏi, đường, giấm", "Chai, nắp, hũ, nhãn", "Điện, gas",
                                 "Tiền công lao động thuê", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển",
                                 "Thuế GTGT")]
    cost = p.row("Cộng chi phí")
    for y in Y:  # nghìn đồng
        tc, ob, chili, r1, r2, rev = plan[y]
        p.check(close(chili, tc * 0.15 + ob * 0.5), f"chilli 0,15 kg/bottle + 0,5 kg/jar {y}")
        p.check(close(r1, tc * 25) and close(r2, ob * 30) and close(rev, r1 + r2) and summ[y][0] == rev, f"revenue {y}")
        p.check(close(lines[0][y], chili * 18) and close(lines[1][y], tc * 3) and close(lines[2][y], tc * 3.5 + ob * 4)
                and close(lines[3][y], tc + ob) and lines[4][y] == [2, 2, 3][y] * 5000 * 12 and lines[5][y] == 22000
                and lines[6][y] == [6000, 3000, 0][y] and close(lines[7][y], rev * 0.05)
                and close(lines[8][y], rev * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and summ[y][1] == cost[y] and close(summ[y][2], rev - cost[y]),
                f"cost, profit {y}")
        p.check(chili <= 0.15 * 20000 + 8000, f"3 sào × 20 tấn/ha + 8 tấn {y}")
        p.check(tc <= 100 / 0.25 * 250 and ob * 0.5 <= 100 * 40, f"cooker 100.000 bottles, 40 dryer batches {y}")
        if y:
            p.check(rev / max(plan[y - 1][5], 1) < 1.2, f"growth {y}")
    p.check(3 * 500 / 10000 * 20 == 3 and 100 / 0.25 == 400, "3 sào = 1.500 m² → 3 tấn; 400 bottles/day")
    prof = [s[2] for s in summ]
    p.check(sum(prof) / 3 == 289075 and close(350000 / (289075 + 22000), 1.1, 0.03), "average 289.075, payback 1,1")
    p.check(45 + 65 + 45 + 25 + 40 + 30 + 100 == 350 == 250 + 100 and 45 + 65 + 45 + 25 + 40 == 220, "capital 350, fixed 220")
    ch = [p.row(x, 2) for x in ("Quán ăn mua buôn", "Cửa hàng đặc sản, tạp hóa", "Điểm bán OCOP, khu du lịch", "Bán trực tuyến")]
    p.check(ch == [[12000, 1500], [6000, 2000], [2500, 1000], [3500, 1500]] and p.row("Cộng |", 2) == [24000, 6000]
            == [plan[0][0], plan[0][1]] and sum(c[0] for c in ch) == 24000 and sum(c[1] for c in ch) == 6000,
            "channels 2027 cover the plan")
    past = [p.row(str(2023 + i), 3) for i in range(3)]
    p.check(past[2] == [19000, 4500, 610] and all(close(v[0] * 0.025 + v[1] * 0.03, v[2], 0.01) for v in past),
            "past revenue at today's prices")
    p.check(close(plan[0][5] / 610000, 1.28, 0.01), "+28 % on 2025")
    p.has("25.000 đồng/chai", "30.000 đồng/hũ", "0,15 kg ớt tươi cho 1 chai", "0,5 kg ớt tươi cho 1 hũ",
          "3 sào ớt (1.500 m²), năng suất khoảng 20 tấn/ha (1 tấn/sào)", "8 tấn/năm, giá bình quân 18.000 đồng/kg",
          "350.000 : (289.075 + 22.000) ≈ 1,1 năm", "Tổng vốn đầu tư 350 triệu đồng", "ĐVT: 1.000 đồng",
          "làm 250 ngày/năm được 100.000 chai", "Giấy chứng nhận đăng ký hộ kinh doanh số")
    ready_text(p)
    return p


def co05() -> Plan:
    p = Plan("co05_cam_khe_may_huong_do_htx")
    pr1, q1, d1 = merged(p, "Cam loại 1")
    pr2, q2, d2 = merged(p, "Cam loại 2")
    tot = p.row("Cộng |", 6)
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua cam của thành viên", "Bao bì, tem", "Tiền lương", "Vận chuyển, bán hàng",
                                 "Khấu hao", "Lãi vay", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    q = [q1[y] + q2[y] for y in Y]
    for y in Y:  # tấn, triệu đồng
        p.check(close(d1[y], q1[y] * pr1 / 1000) and close(d2[y], q2[y] * pr2 / 1000)
                and close(tot[2 * y], q[y]) and close(tot[2 * y + 1], d1[y] + d2[y]) and close(rev[y], d1[y] + d2[y]),
                f"merged-table revenue {y}")
        p.check(close(lines[0][y], q1[y] * 23 + q2[y] * 14) and close(lines[1][y], q[y])
                and close(lines[2][y], [8, 9, 10][y] * 6 * 12) and close(lines[3][y], rev[y] * 0.05)
                and lines[4][y] == 120 and close(lines[5][y], [600, 400, 200][y] * 0.075) and lines[6][y] == 100,
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(q[y] <= 1.5 * 6 * 90, f"grader 810 tấn/mùa {y}")
    supply = 18 * 15
    p.check(supply == 270 and 18 * 20 == 360 and q[0] <= supply, "orchards 18 ha (360 sào) × 15 tấn/ha = 270 tấn; 2027 fits")
    p.check(q[1] == 300 and q[2] == 360 and off(q[1], supply) and off(q[2], supply),
            "PLANTED material-shortfall: 300 and 360 tấn from 270 tấn of orchards (+11 %, +33 %)")
    p.check(q[1] / q[0] == 1.2 and q[2] / q[1] == 1.2, "+20 % a year (tolerated unrealistic-growth, same shortfall)")
    p.check(100 + 50 + 20 + 80 == 250 == q[0], "channels cover 250 tấn")
    p.check(0.6 + 0.35 + 0.25 + 0.1 + 0.5 == 1.8 and close(0.7 + 0.5 + 0.6, 1.8) and close(0.6 + 0.35 + 0.25, 1.2)
            and close(1200 / 10, 120), "capital 1,8 tỷ = sources, fixed 1,2 tỷ")
    p.check(avg1(post) == 337.3 and close(1800 / (337.3 + 120), 3.9, 0.02), "average 337,3, payback 3,9")
    past = [p.row(x, 3) for x in ("2023", "2024", "2025", "2026 (ước)")]
    p.check(len(past) == 4 and past[2][0] == 190 and all(close(v[1] * 1e6 / v[0], v[2], 0.01) for v in past)
            and [v[0] for v in past] == sorted(v[0] for v in past), "past output and average prices")
    p.check(close(q[0] / 190, 1.32, 0.01), "+32 % on 2025")
    p.has("18 ha (360 sào), toàn bộ đang cho thu hoạch ổn định", "Năng suất bình quân vườn kinh doanh đạt 15 tấn/ha",
          "Toàn bộ cam hợp tác xã tiêu thụ do các thành viên cung cấp từ 18 ha vườn",
          "hợp tác xã không mua cam của hộ ngoài", "cho quả từ năm 2030", "toàn bộ từ vườn cam của thành viên",
          "30.000 đồng/kg", "20.000 đồng/kg", "1.800 : (337,3 + 120) ≈ 3,9 năm", "Tổng vốn đầu tư của phương án là 1,8 tỷ đồng",
          "Doanh thu đạt 6,5 tỷ đồng năm 2027, 7,8 tỷ đồng năm 2028 và 9,36 tỷ đồng năm 2029")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND", "Luật Hợp tác xã số 23/2012/QH13", "UBND huyện Hương Khê")  # PLANTED outdated-policy
    p.lacks(r"(?<!\d)148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15|113/2024|Luật Hợp tác xã năm 2023",
            "PLANTED outdated-policy: no current instrument cited")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|chỉ dẫn địa lý|bảo hộ|thương hiệu|đăng ký nhãn|nhãn hiệu tập thể",
            "PLANTED no-trademark: no trademark or IP step anywhere")
    p.has("VietGAP", "TCCS 01:2026/KM", "cam kết sản xuất thực phẩm", "tem QR", "Nghị định số 43/2017/NĐ-CP",
          "bể lắng")  # the other compliance items are there
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def co06() -> Plan:
    p = Plan("co06_gung_say_deo_phuc_gia_cty")
    tui, hop, kg, raw, staff = (p.row("Gừng sấy dẻo túi 200 g |"), p.row("Gừng sấy dẻo hộp 500 g |"),
                                p.row("Tổng sản lượng"), p.row("Gừng tươi nguyên liệu"), p.row("Lao động |"))
    rev, rt, rh = p.row("Doanh thu |"), p.row("Gừng sấy dẻo túi 200 g (45.000"), p.row("Gừng sấy dẻo hộp 500 g (105.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gừng tươi (24.000", "Đường (12.000", "Bao bì, nhãn", "Điện sấy", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == tui[y] * 0.2 + hop[y] * 0.5 and close(raw[y], kg[y] * 1.6), f"kg, 1,6 kg fresh per kg {y}")
        p.check(close(rh[y], hop[y] * 0.105) and close(rev[y], rt[y] + rh[y]), f"box revenue, total of sub-rows {y}")
        p.check(close(lines[0][y], kg[y] * 0.024) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], tui[y] * 0.003 + hop[y] * 0.008) and close(lines[3][y], kg[y] * 0.015)
                and lines[4][y] == staff[y] * 6 * 12 and lines[5][y] == 80 and lines[6][y] == [40, 30, 20][y]
                and lines[8][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit on stated revenue {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(raw[y] <= 40000 and kg[y] <= 200 * 300, f"40 tấn ginger contract, dryers 60 tấn (not binding) {y}")
    p.check(close(rt[1], tui[1] * 0.045) and close(rt[2], tui[2] * 0.045), "2028-2029 bag revenue right")
    true_rt = tui[0] * 0.045
    p.check(true_rt == 540 and rt[0] == 640 and off(rt[0], true_rt), "PLANTED revenue-mismatch: 640 != 12.000 × 45.000 = 540")
    true_rev = true_rt + rh[0]
    p.check(true_rev == 981 and off(rev[0], true_rev, 5.0) and round(true_rev - cost[0], 1) == -10.1,
            "2027 revenue 1.081 (true 981, +10 %), profit 89,9 hides a loss of 10,1")
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(close(g1, 2.444, 0.01) and close(g2, 2.182, 0.01) and rev[1] / true_rev > 2 and rev[2] / rev[1] > 2
            and staff == [6, 6, 6], "PLANTED unrealistic-growth: ×2,44 then ×2,18 with the same 6 workers")
    p.check(2000 + 1200 + 600 + 700 == 4500 == kg[0] and kg[2] > 5 * 4500, "named buyers cover 4,5 tấn only")
    p.check(pre[2] / rev[2] > 0.5, "53 % pre-tax margin in 2029")
    items = [p.one("2 tủ sấy nhiệt tự động"), p.one("Nồi cô đường", skip=1), p.one("Máy thái lát, máy hàn túi"),
             p.one("Cải tạo khu sấy"), p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]  # equipment table first
    p.check(items == [420, 110, 120, 150, 50, 350] and sum(items) == p.one("Cộng |") == 1200 == 700 + 500
            and sum(items[:4]) == 800 and close(800 / 10, 80), "capital 1.200 = sources, fixed 800, depreciation 80")
    p.check(lines[7] == [80, 150, 250], "selling budget 80 / 150 / 250 (fixed amounts)")
    past = [p.row(x, 3) for x in ("2023", "2024", "2025", "2026 (ước)")]
    p.check(all(close(v[1] / v[0] * 1000, 216.7, 0.01) for v in past) and past[2][:2] == [3000, 650]
            and past[3][2] == 6 and [v[0] for v in past] == sorted(v[0] for v in past),
            "past output at 216.700 đ/kg, 6 workers now")
    avg = sum(post) / 3
    true_avg = (true_rev - cost[0] + post[1] + post[2]) / 3
    p.check(close(avg, 1059.4, 0.001) and close(1200 / (avg + 80), 1.1, 0.05)
            and not off(1200 / (avg + 80), 1200 / (true_avg + 80)), "payback 1,1 (1,08 with the true 2027 loss: not planted)")
    p.check(close(kg[0] / 3000, 1.5), "+50 % on 2025 with the new dryers")
    p.has("45.000 đồng/túi", "105.000 đồng/hộp", "1,6 kg gừng tươi và 0,6 kg đường cho 1 kg thành phẩm",
          "cung cấp gừng tươi đến 40 tấn/năm", "Công suất sấy 200 kg/ngày × 300 ngày = 60 tấn/năm",
          "Tổng cộng 6 lao động thường xuyên trong cả giai đoạn 2027–2029", "giai đoạn 2027–2029 không đầu tư thêm",
          "Từ năm 2028 công ty mở rộng ra thị trường cả nước", "1.200 : (1.059,4 + 80) ≈ 1,1 năm",
          "Tổng vốn đầu tư 1.200 triệu đồng", "TCCS 01:2026/PG", "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu \"Phúc Gia\"",
          "bể lắng lọc")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"HACCP|ISO 22000|GMP|Luật An toàn", "PLANTED no-food-safety: no certificate, commitment or plan anywhere")
    p.lacks(REPLACED, "cites a replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def co07() -> Plan:
    p = Plan("co07_toi_den_ky_hoa_htx")
    hu, tui, kg, raw = (p.row("Tỏi đen hũ 250 g"), p.row("Tỏi đen túi 500 g"), p.row("Tổng sản lượng tỏi đen"),
                        p.row("Tỏi tươi nguyên liệu"))
    rev, rh, rt = p.row("Doanh thu |"), p.row("Hũ 250 g (120.000"), p.row("Túi 500 g (200.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tỏi tươi (40.000", "Điện (30.000", "Hũ, túi, hộp", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (8%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.25 + tui[y] * 0.5 and close(raw[y], kg[y] * 1.6), f"kg, 1,6 kg fresh per kg {y}")
        p.check(close(rh[y], hu[y] * 0.12) and close(rt[y], tui[y] * 0.2) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.04) and close(lines[1][y], kg[y] * 0.03)
                and close(lines[2][y], hu[y] * 0.01 + tui[y] * 0.006) and lines[3][y] == 5 * 6 * 12
                and lines[4][y] == 70 and close(lines[5][y], [400, 300, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.08)
                and lines[7][y] == 50, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax on the stated profit {y}")
        p.check(raw[y] <= 56000 * 0.12, f"fresh garlic within members' 56 tấn {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027, 2029 profit right")
    true_pre = rev[1] - cost[1]
    p.check(close(true_pre, 438.8) and pre[1] == 538.8 and off(pre[1], true_pre),
            "PLANTED profit-mismatch: 2028 538,8 != 1.452 − 1.013,2 = 438,8")
    cap_fresh = 4 * 60 * 18
    cap = cap_fresh / 1.6
    p.check(cap_fresh == 4320 and cap == 2700 and kg[0] <= cap, "capacity 4.320 kg fresh = 2.700 kg; 2027 fits")
    p.check(off(kg[1], cap) and off(kg[2], cap), "PLANTED capacity-exceeded: 3.300 and 3.900 kg > 2.700 kg (+22 %, +44 %)")
    p.check(240 + 80 + 200 + 180 + 50 + 350 == 1100 == 500 + 200 + 400 and 240 + 80 + 200 + 180 == 700, "capital, fixed 700")
    stated = 1100 / (avg1(post) + 70)
    true_post = [post[0], true_pre * 0.85, post[2]]
    true = 1100 / (sum(true_post) / 3 + 70)
    p.check(avg1(post) == 377.1 and close(stated, 2.46, 0.01) and close(true, 2.63, 0.01) and off(stated, true),
            "tolerated payback-mismatch: stated 2,5 (2,46) on the inflated profit, true 2,63")
    past = [p.row(x, 2) for x in ("2023", "2024", "2025", "2026 (ước)")]
    p.check(all(close(v[1] / v[0] * 1000, 440, 0.02) for v in past) and past[2] == [520, 230] and past[3][0] == 600
            and 2 * 10 == 20, "past black garlic at about 440.000 đ/kg; two 10 kg pots")
    p.check(close(raw[0] / 56000, 0.07, 0.05) and close(raw[2] / 56000, 0.11, 0.02), "7–11 % of the members' garlic")
    p.check(close(raw[0] * 0.001, 3.8, 0.02) and close(raw[2] * 0.001, 6.2, 0.01), "3,8–6,2 tấn bought")
    p.has("4 × 60 kg × 18 mẻ = 4.320 kg tỏi tươi/năm, tương đương khoảng 2.700 kg tỏi đen/năm",
          "giai đoạn 2027–2029 hợp tác xã không mua thêm máy", "120.000 đồng/hũ", "200.000 đồng/túi",
          "Định mức 1,6 kg tỏi tươi cho 1 kg tỏi đen", "8 ha tỏi (160 sào), năng suất bình quân 7 tấn/ha",
          "(149,2 + 458,0 + 524,2) : 3 ≈ 377,1", "1.100 : (377,1 + 70) ≈ 2,5 năm", "Tổng vốn đầu tư 1.100 triệu đồng",
          "hũ thủy tinh 250 g", "túi zip 500 g", "Nhãn hiệu \"Tỏi đen Kỳ Hoa\"", "TCCS 01:2026/KH",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.check(p.body.lower().count("nhãn") == p.body.lower().count("nhãn hiệu") == 1, "'nhãn' only in 'nhãn hiệu'")
    p.lacks(r"\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|nhãn hàng hóa|nhãn sản phẩm|in thông tin",
            "PLANTED no-label-plan: no label, stamp or labelling decree anywhere")
    p.lacks(REPLACED, "cites a replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def co08() -> Plan:
    p = Plan("co08_ho_tieu_huong_xuan_gia_dinh")
    tui, hu, bulk, total = (p.row("Hạt tiêu đen túi 200 g"), p.row("Tiêu xay hũ 100 g |"), p.row("Tiêu xô bán buôn"),
                            p.row("Tổng lượng tiêu sử dụng"))
    rev, rt, rh, rb = (p.row("Doanh thu |"), p.row("Tiêu túi 200 g (50.000"), p.row("Tiêu xay hũ 100 g (35.000"),
                       p.row("Tiêu xô (150.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Chăm sóc vườn tiêu", "Thu hái, phơi sấy", "Túi, hũ, nhãn", "Điện xay, đóng gói",
                                 "Tiền công lao động thuê", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        packed = tui[y] * 0.2 + hu[y] * 0.1
        p.check(total[y] == packed + bulk[y], f"pepper used {y}")
        p.check(close(rt[y], tui[y] * 0.05) and close(rh[y], hu[y] * 0.035) and close(rb[y], bulk[y] * 0.15)
                and close(rev[y], rt[y] + rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], 2.8 * 100) and close(lines[1][y], total[y] * 0.004)
                and close(lines[2][y], tui[y] * 0.003 + hu[y] * 0.005) and close(lines[3][y], packed * 0.002)
                and lines[4][y] == 3 * 5 * 12 and lines[5][y] == 40 and lines[6][y] == [21, 14, 7][y]
                and close(lines[7][y], rev[y] * 0.05) and lines[8][y] == 20, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(total[y] <= 2.8 * 2500 and total[y] <= 60000 / 3, f"7 tấn from 2,8 ha; dryer {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    avg = sum(prof) / 3
    true = 600 / (avg + 40)
    p.check(close(avg, 344.5, 0.001) and close(600 / 1110, 0.5, 0.1) and close(true, 1.56, 0.01)
            and off(0.5, true) and off(0.5, 600 / avg), "PLANTED payback-mismatch: 0,5 năm (600 : revenue) != 1,56 (1,74)")
    p.check(off(3.5, 2.8) and 56 * 500 / 10000 == 2.8, "PLANTED figure-inconsistent: 3,5 ha != 2,8 ha (56 sào)")
    p.check(120 + 80 + 150 + 50 + 30 + 170 == 600 == 300 + 300 and 120 + 80 + 150 + 50 == 400, "capital 600, fixed 400")
    ch = [p.row(x, 2) for x in ("Cửa hàng gia vị", "Nhà hàng, quán ăn", "Điểm bán OCOP", "Bán trực tuyến")]
    p.check(ch == [[2500, 1500], [500, 1000], [1500, 800], [1500, 700]] and p.row("Cộng |", 2) == [6000, 4000]
            and sum(c[0] for c in ch) == tui[0] and sum(c[1] for c in ch) == hu[0], "channels 2027 cover the plan")
    past = [p.row(str(2023 + i), 4) for i in range(3)]
    p.check(all(close((v[0] * 1000 - v[1]) * v[2] / 1e6 + v[1] * 0.25, v[3]) for v in past),
            "past revenue: bulk at the year's price + packed at 250.000 đ/kg")
    p.check([v[1] for v in past] == [0, 200, 600], "retail kg 0 / 200 / 600")
    equip = [p.one(x) for x in ("Máy sấy tiêu |", "Máy sàng phân loại", "Cải tạo nhà kho", "Hệ thống tưới nhỏ giọt")]
    p.check(equip == [120, 80, 150, 50] and sum(equip) == 400, "equipment table = the investment text (fixed 400)")
    p.has("Gia đình có 3,5 ha hồ tiêu kinh doanh", "Vườn tiêu của gia đình rộng 2,8 ha (56 sào)",
          "năng suất bình quân 2,5 tấn tiêu khô/ha, sản lượng khoảng 7 tấn/năm", "Chăm sóc vườn tiêu (2,8 ha × 100 triệu đồng/ha)",
          "Thời gian hoàn vốn = 600 : 1.110 ≈ 0,5 năm", "Lợi nhuận bình quân 3 năm khoảng 344,5 triệu đồng/năm",
          "50.000 đồng/túi", "35.000 đồng/hũ", "150.000 đồng/kg", "Tổng vốn đầu tư 600 triệu đồng",
          "Chủ thể: gia đình ông Trương Văn Lợi", "Năm 2025 gia đình thử đóng gói bán lẻ 600 kg", "bản cam kết sản xuất thực phẩm an toàn", "nộp đơn đăng ký nhãn hiệu")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|đăng ký hộ|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thành lập|giấy phép kinh doanh|kinh doanh số",
            "PLANTED no-business-registration: no registration or plan to register anywhere")
    p.lacks(REPLACED, "cites a replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def co09() -> Plan:
    p = Plan("co09_bot_nghe_thach_dai_tht")
    goi, bulk, kg, raw = (p.row("Bột nghệ gói 100 g"), p.row("Bột nghệ bán buôn"), p.row("Tổng sản lượng bột nghệ"),
                          p.row("Nghệ tươi nguyên liệu"))
    rev, rg, rb = p.row("Doanh thu |"), p.row("Gói 100 g (20.000"), p.row("Bán buôn (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nghệ tươi (4.000", "Bao bì, nhãn", "Than, điện sấy", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi khác", "Thuế (1,5%")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == goi[y] * 0.1 + bulk[y] and raw[y] == kg[y] * 6 and raw[y] <= 6 * 25000, f"kg, 6 kg fresh, 150 tấn {y}")
        p.check(close(rg[y], goi[y] * 0.02) and close(rb[y], bulk[y] * 0.15) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.004) and close(lines[1][y], goi[y] * 0.002 + bulk[y] * 0.001)
                and close(lines[2][y], kg[y] * 0.012) and lines[3][y] == [6, 7, 7][y] * 5.5 * 12 and lines[4][y] == 60
                and lines[5][y] == [21, 14, 7][y] and close(lines[6][y], rev[y] * 0.06) and lines[7][y] == 40
                and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(raw[y] <= 1500 * 250, f"dryer 375 tấn fresh {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy rửa củ |", "Máy thái lát |", "Lò sấy, buồng sấy", "Máy nghiền mịn, rây",
                                "Máy đóng gói tự động |", "Cải tạo nhà xưởng", "Thiết kế bao bì", "Vốn lưu động")]
    stated = p.one("Tổng vốn đầu tư")
    sources = 450 + 300
    p.check(sum(items) == stated == 850 and sum(items[:6]) == 600 and close(600 / 10, 60), "items = total 850, fixed 600")
    p.check(off(sources, stated) and stated - sources == 100, "PLANTED capital-mismatch: sources 450 + 300 = 750 != 850")
    p.check(close(sum(prof) / 3, 256.35, 0.001) and close(850 / (256.35 + 60), 2.7, 0.01), "average 256,35, payback 2,7")
    ch = [p.one(x) for x in ("Bán buôn |", "Cửa hàng, siêu thị mini", "Điểm bán OCOP", "Trực tuyến")]
    p.check(ch == [3000, 2000, 400, 600] and sum(ch) == p.one("Cộng |") == kg[0] and 9 * 4 * 1000 == raw[0],
            "channels 6 tấn, 9 members × 4 tấn")
    past = [p.row(x, 4) for x in ("2023", "2024", "2025", "2026 (ước)")]
    p.check(all(close(v[0] * 6 / 1000, v[1]) and close(v[2] / v[0] * 1000, 178, 0.02) for v in past)
            and past[3][3] == 6 == staff_2027(p), "past fresh turmeric 6 kg/kg, about 178.000 đ/kg, 6 workers")
    p.has("các thành viên góp 450 triệu đồng; vay Ngân hàng Chính sách xã hội 300 triệu đồng",
          "Các nguồn vốn trên đủ cho phương án", "Tổng vốn đầu tư của phương án là 850 triệu đồng",
          "850 : (256,35 + 60) ≈ 2,7 năm", "20.000 đồng/gói", "150.000 đồng/kg", "6 ha nghệ (120 sào), năng suất bình quân 25 tấn/ha",
          "Lò sấy đốt than đá", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Nhãn hiệu \"Nghệ Thạch Đài\"", "Giấy chứng nhận đăng ký tổ hợp tác")
    p.lacks(r"môi trường|nước thải|chất thải|bụi|khói|xử lý|\brác\b|\bủ\b|bể lắng|phân hữu cơ|thoát nước",
            "PLANTED no-environment-measures: no word on wastewater, waste, dust or smoke anywhere")
    p.lacks(r"tiêu chuẩn|TCCS|tự công bố|công bố|QCVN|hợp quy|hợp chuẩn|kiểm nghiệm|thử nghiệm|phòng thí nghiệm",
            "PLANTED no-product-standard: no standard, declaration or lab test anywhere")
    p.lacks(REPLACED, "cites a replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def staff_2027(p: Plan) -> float:
    return p.row("Cộng |", 2)[0]  # the staffing table's total (the channel total has one number)


def co10() -> Plan:
    p = Plan("co10_rau_an_toan_xuan_vien_htx")
    la, qua, tot, staff = p.row("Rau ăn lá |"), p.row("Rau ăn quả |"), p.row("Tổng sản lượng"), p.row("Lao động |")
    rev, rla, rqua = p.row("Doanh thu |"), p.row("Rau ăn lá (14.000"), p.row("Rau ăn quả (11.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua rau của thành viên", "Bao bì, tem", "Tiền lương", "Vận chuyển, bán hàng",
                                 "Điện, nước (150", "Khấu hao", "Lãi vay", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tấn, triệu đồng
        t = la[y] + qua[y]
        p.check(tot[y] == t and la[y] <= 6 * 30 and qua[y] <= 3 * 40, f"output within 6 ha × 30 + 3 ha × 40 {y}")
        p.check(close(rla[y], la[y] * 14) and close(rqua[y], qua[y] * 11) and close(rev[y], rla[y] + rqua[y]), f"revenue {y}")
        p.check(close(lines[0][y], la[y] * 8 + qua[y] * 6) and close(lines[1][y], t * 1.2)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], rev[y] * 0.05)
                and close(lines[4][y], t * 0.15) and lines[5][y] == 100 and close(lines[6][y], [500, 400, 300][y] * 0.07)
                and lines[7][y] == 50, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(400 + 250 + 350 + 80 + 320 == 1400 == 600 + 300 + 500 and 400 + 250 + 350 == 1000, "capital 1.400, fixed 1.000")
    p.check(p.one("Rau ăn lá |") == 14000 and p.one("Rau ăn quả |") == 11000, "product table prices = revenue rows")
    p.check(avg1(post) == 264.4 and close(1400 / (264.4 + 100), 3.8, 0.02), "average 264,4, payback 3,8")
    channels = [p.one(x) for x in ("Bếp ăn 16 trường", "Siêu thị WinMart", "Bếp ăn Công ty CP May", "Bán lẻ tại cửa hàng")]
    stated = p.one("Tổng cộng")
    p.check(sum(channels) == 190 and stated == 220 == tot[0] and off(stated, sum(channels)),
            "PLANTED table-total-mismatch: channel rows 80 + 50 + 40 + 20 = 190 != 'Tổng cộng' 220")
    p.check(p.count("Hợp tác xã Rau sạch Thạch Châu") == 2 and p.count("Hợp tác xã Nông nghiệp Xuân Viên") == 3
            and p.count("HỢP TÁC XÃ NÔNG NGHIỆP XUÂN VIÊN") >= 1, "PLANTED name-inconsistent: a second producer name, twice")
    p.lacks(r"quy trình|thiết bị|công suất|công nghệ|máy móc|nhà xưởng|dây chuyền",
            "PLANTED missing-section: nothing on process, equipment, workshop or capacity")
    heads = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(len(heads) >= 17 and not any(re.search(r"(?i)sản xuất(?! và tiêu thụ| kinh doanh)|chế biến|sơ chế", h)
                                         for h in heads if "KẾ HOẠCH" not in h and "THỰC TRẠNG" not in h
                                         and "TỔ CHỨC" not in h and "LIÊN KẾT" not in h),
            "no heading that could be the technology section")
    past = [p.row(x, 3) for x in ("2023", "2024", "2025", "2026 (ước)")]
    prices = [v[1] * 1e6 / v[0] for v in past]
    p.check(past[2][:2] == [170, 2.1] and prices == sorted(prices) and all(11000 < x < 13000 for x in prices)
            and [v[2] for v in past] == [8, 10, 12, 14], "past output, prices 11.700–12.600 đ/kg, customers")
    p.check(close(tot[0] / 170, 1.29, 0.01), "+29 % on 2025")
    p.has("14.000 đồng/kg", "11.000 đồng/kg", "1.400 : (264,4 + 100) ≈ 3,8 năm", "Tổng vốn đầu tư 1.400 triệu đồng",
          "6 ha rau ăn lá, năng suất bình quân 30 tấn/ha/năm", "3 ha rau ăn quả, năng suất 40 tấn/ha/năm", "9 ha (180 sào)",
          "1,58–2,02 tỷ đồng")
    p.lacks(REPLACED, "cites a replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("co11_gung_tuoi_son_lam_so_sai")
    a.check(1.2 * 15 >= 16 and 16000 * 25000 == 400e6, "1,2 ha × 15 tấn/ha ≥ 16 tấn; 16 tấn × 25.000 = 400 triệu")
    a.has("khoảng 1,2 ha gừng, năng suất khoảng 15 tấn/ha", "khoảng 16 tấn", "25.000 đồng/kg", "khoảng 400 triệu đồng/năm",
          "khoảng 100 triệu đồng", "Giấy chứng nhận đăng ký hộ kinh doanh số", "thương lái", "túi lưới 5 kg")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|VietGAP|tiêu chuẩn|nhãn|sở hữu trí tuệ|truy xuất|môi trường|rủi ro",
            "the compliance gaps are real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("co12_buoi_phuc_dong_so_sai")
    b.check(5 * 12 == 60 and 60000 * 25000 == 1.5e9, "5 ha × 12 tấn/ha = 60 tấn; × 25.000 = 1,5 tỷ")
    b.has("khoảng 5 ha bưởi", "năng suất khoảng 12 tấn/ha", "khoảng 60 tấn/năm", "25.000 đồng/kg", "khoảng 1,5 tỷ đồng",
          "thương lái", "# GIOI THIEU CHUNG", "# SAN LUONG VA DOANH THU")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"đăng ký|giấy chứng nhận|mã số|hợp đồng hợp tác", "no registration (tolerated gap)")
    b.lacks(r"an toàn thực phẩm|VietGAP|tiêu chuẩn|sở hữu trí tuệ|chỉ dẫn địa lý|nhãn hiệu|truy xuất|môi trường",
            "the compliance gaps are real (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (co01, co02, co03, co04, co05, co06, co07, co08, co09, co10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
