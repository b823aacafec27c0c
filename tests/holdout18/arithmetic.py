"""The eighteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout18/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted in running text are looked up verbatim. The textual planted defects (no
environment measure, workers 18 vs 10, a replaced instrument, no trademark, no food safety, no
label, no product standard, a second producer name, no sales channel, no registration) are
asserted too, as is the absence of template placeholders in every plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|01/2021/NĐ-CP|123/2018|3292/QĐ-UBND"


class Plan(plancheck.Plan):
    src = HERE / "src"


def fin(p: Plan, rev, cost, lines, pre=None, tax=None, post=None, rate=None):
    for y in Y:
        p.check(close(cost[y], lines_sum(lines, y)), f"cost lines sum {y}")
        if pre is not None:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
        if tax is not None:
            r = rate(rev[y]) if callable(rate) else rate
            p.check(close(tax[y], pre[y] * r) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.4, f"growth under 40 % {y}")


def cit(rev: float) -> float:  # triệu đồng; CIT 15 % up to 3 tỷ revenue, 17 % above
    return 0.15 if rev <= 3000 else 0.17


def e01() -> Plan:
    p = Plan("e01_ca_thu_mot_nang_ky_xuan_htx")
    tui, buon, tot, fish = (p.row("Cá thu một nắng túi"), p.row("Cá thu một nắng bán buôn"),
                            p.row("Tổng sản lượng thành phẩm"), p.row("Cá thu tươi nguyên liệu"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Túi 500 g (200.000"), p.row("Bán buôn (360.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá thu tươi (140.000", "Gia vị, bao bì", "Điện, nước, đá", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 6, 7]
    for y in Y:
        p.check(tot[y] == tui[y] * 0.5 + buon[y] and close(fish[y], tot[y] * 1.6), f"output, fish 1,6 kg/kg {y}")
        p.check(close(r1[y], tui[y] * 0.2) and close(r2[y], buon[y] * 0.36) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.14) and close(lines[1][y], tot[y] * 0.01)
                and close(lines[2][y], tot[y] * 0.006) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 480 / 6) and close(lines[5][y], [600, 400, 200][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.04), f"cost lines {y}")
        p.check(fish[y] <= 28000 and tot[y] <= 80 * 200, f"fish supply 28 t, capacity 16 t {y}")
    fin(p, rev, cost, lines, pre, tax, post, 0.17)
    p.check(200 + 160 + 120 + 60 + 460 == 1000 == 400 + 600 and 200 + 160 + 120 == 480, "capital 1.000, fixed 480")
    p.check(avg1(post) == 544.2 and close(1000 / (544.2 + 80), 1.6, 0.02), "payback 1,6")
    p.check(close(tot[0] / 7200, 1.25) and close(rev[0] / 1000, 3.4) and close(rev[2] / 1000, 4.52, 0.01), "+25 % on 2025")
    p.has("200.000 đồng/túi", "360.000 đồng/kg", "1.000 : (544,2 + 80) ≈ 1,6 năm", "16.000 kg/năm",
          "Tổng nguồn cung khoảng 28 tấn/năm", "Nghị định 111/2021/NĐ-CP", "tự công bố", "Cục Sở hữu trí tuệ",
          "bể lắng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký hợp tác xã")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def e02() -> Plan:
    p = Plan("e02_dau_gac_duc_dong_cty")
    c100, c50, lit, gac, staff = (p.row("Dầu gấc chai 100 ml"), p.row("Dầu gấc chai 50 ml"), p.row("Tổng lượng dầu"),
                                  p.row("Quả gấc nguyên liệu"), p.row("Lao động thường xuyên"))
    rev, r1, r2 = p.row("A. Doanh thu"), p.row("- Chai 100 ml"), p.row("- Chai 50 ml")
    cost = p.row("B. Chi phí")
    lines = [p.row(x) for x in ("- Quả gấc", "- Chai, nắp", "- Điện sấy", "- Lương", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng", "- Quản lý")]
    pre, tax, post = p.row("C. Lợi nhuận"), p.row("D. Thuế"), p.row("E. Lợi nhuận")
    workers = [5, 6, 6]
    for y in Y:
        p.check(close(lit[y], c100[y] * 0.1 + c50[y] * 0.05) and close(gac[y] * 1000, lit[y] * 80), f"litres, 80 kg gấc/l {y}")
        p.check(close(r1[y], c100[y] * 0.15) and close(r2[y], c50[y] * 0.085) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], gac[y] * 6) and close(lines[1][y], c100[y] * 0.009 + c50[y] * 0.006)
                and close(lines[2][y], lit[y] * 0.04) and close(lines[3][y], (staff[y]) * 6.5 * 12)
                and close(lines[4][y], 630 / 7) and close(lines[5][y], [500, 350, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(staff[y] == workers[y] + 3, f"staff = workers + 3 {y}")
        p.check(gac[y] <= 30 * 8 and lit[y] <= 12 * 250, f"gấc 240 t, press 3.000 l {y}")
    fin(p, rev, cost, lines, pre, tax, post, cit)
    inv = [p.one(x) for x in ("Cải tạo nhà xưởng", "Máy sấy bơm nhiệt, máy ép", "Máy chiết rót", "Thiết kế bao bì",
                              "Vốn lưu động")]
    p.check(sum(inv) == p.one("Tổng cộng") == 1000 == 500 + 500 and sum(inv[:3]) == 630, "capital")
    p.check(avg1(post) == 537.4 and close(1000 / (537.4 + 90), 1.6, 0.02), "payback 1,6")
    p.check(close(lit[0] / 1100, 1.36, 0.01), "+36 % on 2025")
    p.has("150.000 đồng/chai", "85.000 đồng/chai", "1.000 : (537,4 + 90) ≈ 1,6 năm", "3.000 lít/năm",
          "khoảng 240 tấn quả", "tự công bố", "Nghị định 111/2021/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu",
          "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "mã số 3001987653")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    p.check(p.count("chữa bệnh") == 1 and "không quảng cáo công dụng chữa bệnh" in p.body, "no health claim")
    p.lacks(r"điều trị|phòng bệnh|tăng cường sức khỏe", "health claim")
    return p


def e03() -> Plan:
    p = Plan("e03_dua_tre_huong_do_hkd")
    hop, bo, doi, tre = p.row("Hộp quà 10 đôi"), p.row("Bó 10 đôi |"), p.row("Tổng số đôi đũa"), p.row("Tre nguyên liệu |")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hộp quà (65.000"), p.row("Bó 10 đôi (22.000")
    cost = p.row("Chi phí |")
    lines = [p.row("Tre nguyên liệu |", skip=1)] + [p.row(x) for x in ("Hộp kraft", "Túi giấy", "Củi hun", "Tiền công", "Khấu hao",
                                 "Lãi vay", "Vận chuyển, bán hàng", "Chi phí khác", "Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    staff = [7, 8, 8]
    for y in Y:  # nghìn đồng
        p.check(doi[y] == (hop[y] + bo[y]) * 10 and close(tre[y], doi[y] / 50), f"pairs, 50 đôi/cây {y}")
        p.check(close(r1[y], hop[y] * 65) and close(r2[y], bo[y] * 22) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], tre[y] * 30) and close(lines[1][y], hop[y] * 8) and close(lines[2][y], bo[y] * 1)
                and close(lines[3][y], doi[y] * 0.3) and close(lines[4][y], staff[y] * 5500 * 12)
                and close(lines[5][y], 50000) and close(lines[6][y], [300, 200, 100][y] * 70)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(tre[y] <= 18000 and doi[y] <= 3600 * 260, f"bamboo 18.000 cây, capacity 936.000 đôi {y}")
    fin(p, rev, cost, lines, prof)
    p.check(180 + 90 + 80 + 150 + 40 + 160 == 700 == 400 + 300 and 180 + 90 + 80 + 150 == 500, "capital 700, fixed 500")
    p.check(close(sum(prof) / 3 / 1000, 598.8) and close(700 / (598.8 + 50), 1.1, 0.02), "payback 1,1")
    p.check(close(doi[0] / 420000, 1.31, 0.01), "+31 % on 2025 with two new machines")
    p.has("65.000 đồng/hộp", "22.000 đồng/bó", "3.600 đôi/ngày × 260 ngày = 936.000 đôi/năm", "700 : (598,8 + 50) ≈ 1,1 năm",
          "TCCS 01:2026/LH", "Nghị định 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "quạt hút có túi lọc", "số 28F8004127")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def e04() -> Plan:
    p = Plan("e04_nha_san_khe_may_htx")
    nights, meals, tours = [6000, 7200, 8400], [12000, 14400, 16800], [4000, 5000, 6000]
    room = [n * 0.25 for n in nights]
    food = [m * 0.15 for m in meals]
    trip = [t * 0.1 for t in tours]
    rev = [room[y] + food[y] + trip[y] for y in Y]
    staff = [14, 15, 16]
    lines = [[food[y] * 0.5 for y in Y], [nights[y] * 0.04 for y in Y], [trip[y] * 0.4 for y in Y],
             [staff[y] * 6 * 12 for y in Y], [180] * 3, [[800, 600, 400][y] * 0.07 for y in Y],
             [round(rev[y] * 0.05) for y in Y], [100] * 3]
    cost = [lines_sum(lines, y) for y in Y]
    rows = [p.row(str(2026 + y), 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:
        r = rows[y]
        p.check(close(r[0], rev[y]) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]), f"summary row {y}")
        p.check(close(r[3], r[2] * 0.17) and close(r[4], r[2] - r[3]), f"tax {y}")
        p.check(nights[y] <= 60 * 365 and meals[y] == 2 * nights[y], f"capacity 21.900 khách-đêm {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check([round(x) for x in rev] == [3700, 4460, 5220] and [round(x) for x in cost] == [2829, 3193, 3557], "rev, cost")
    post = [r[4] for r in rows]
    p.check(avg1(post) == 1051.6 and close(2000 / (1051.6 + 180), 1.6, 0.03), "payback 1,6")
    p.check(1200 + 300 + 150 + 150 + 100 + 100 == 2000 == 1200 + 800 and 1200 + 300 + 150 + 150 == 1800, "capital, fixed")
    p.check(close(8400 / 21900, 0.38, 0.02) and close(nights[0] / 4300, 1.4, 0.01), "38 % occupancy; +40 % with 2 more houses")
    p.has("6.000 khách-đêm × 250.000 đồng = 1.500 triệu đồng", "12.000 suất × 150.000 đồng = 1.800 triệu đồng",
          "4.000 lượt × 100.000 đồng = 400 triệu đồng", "cộng 3.700 triệu đồng", "1.800 + 2.160 + 500 = 4.460",
          "2.100 + 2.520 + 600 = 5.220", "tổng 2.829 triệu đồng", "3.193 triệu đồng (thực phẩm 1.080, đồ dùng 288, nghệ nhân 200, lương 1.080, khấu hao 180, lãi vay 42, quảng bá 223",
          "3.557 triệu đồng (thực phẩm 1.260, đồ dùng 336, nghệ nhân 240, lương 1.152, khấu hao 180, lãi vay 28, quảng bá 261",
          "2.000 : (1.051,6 + 180) ≈ 1,6 năm", "60 × 365 = 21.900", "TCVN 7800:2017", "bể tự hoại 3 ngăn",
          "Cục Sở hữu trí tuệ", "an toàn thực phẩm kinh doanh dịch vụ ăn uống", "mã số 3002401389")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def e05() -> Plan:
    p = Plan("e05_cha_oc_thach_kenh_cty")
    khay, buon, tot = p.row("Chả ốc khay 500 g"), p.row("Chả ốc bán buôn"), p.row("Tổng sản lượng")
    lines = [p.row(x) for x in ("Ốc bươu", "Thịt lợn", "Lá lốt", "Điện, nước, gas", "Lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng", "Quản lý")]
    cost = p.row("Tổng chi phí |")
    rows = [p.row(str(2026 + y), 7) for y in Y]  # khay, kg, revenue, cost, pre, tax, post
    staff = [10, 11, 12]
    true_rev = [khay[y] * 0.13 + buon[y] * 0.23 for y in Y]
    for y in Y:
        r = rows[y]
        p.check(tot[y] == khay[y] * 0.5 + buon[y] and r[0] == khay[y] and r[1] == buon[y], f"output {y}")
        p.check(close(lines[0][y], tot[y] * 2.4 * 0.028) and close(lines[1][y], tot[y] * 0.3 * 0.1)
                and close(lines[2][y], tot[y] * 0.012) and close(lines[3][y], tot[y] * 0.005)
                and close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 960 / 8)
                and close(lines[6][y], [1000, 800, 600][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(r[3], cost[y]), f"cost total {y}")
        p.check(close(r[4], r[2] - r[3]) and close(r[5], r[4] * 0.17) and close(r[6], r[4] - r[5]), f"profit as stated {y}")
        p.check(tot[y] * 2.4 <= 70000 and tot[y] <= 100 * 280, f"snail supply 70 t, capacity 28 t {y}")
        if y != 1:
            p.check(close(r[2], true_rev[y]), f"revenue {y}")
    p.check(off(rows[1][2], true_rev[1]) and close(true_rev[1], 5190), "PLANTED revenue-mismatch 2027: 5.640 vs 5.190")
    p.check(380 + 340 + 240 + 90 + 450 == 1500 == 500 + 1000 and 380 + 340 + 240 == 960, "capital 1.500, fixed 960")
    p.check(close(1500 / (rows[0][6] + 120), 1.5, 0.01), "payback 1,5 on 2026 profit")
    p.check(close(tot[0] / 14500, 1.24, 0.01) and true_rev[2] / true_rev[1] < 1.3 and true_rev[1] / true_rev[0] < 1.3, "growth")
    p.has("130.000 đồng/khay", "230.000 đồng/kg", "1.500 : (883,5 + 120) ≈ 1,5 năm", "28.000 kg/năm", "70 tấn ốc/năm",
          "Công ty hiện có 18 lao động thường xuyên", "Hiện nay công ty có 10 lao động thường xuyên",
          "TCCS 01:2026/SN", "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.check(p.count("18 lao động") == 1, "PLANTED figure-inconsistent: 18 workers stated once")
    p.lacks(r"môi trường|nước thải|chất thải|rác thải|bể lắng|xử lý vỏ|đăng ký môi|khí thải|mùi hôi",
            "PLANTED no-environment-measures: an environment measure")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def e06() -> Plan:
    p = Plan("e06_ruou_ba_kich_huong_minh_hkd")
    plan = [p.row(str(2026 + y) + " |", 4) for y in Y]  # chai, bình, litres, nếp
    rev, r1, r2 = p.row("Doanh thu |"), p.row("- Chai 500 ml (120.000"), p.row("- Bình sứ 1,5 lít (380.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Gạo nếp", "- Ba kích khô", "- Men, củi", "- Chai, bình", "- Tiền công", "- Khấu hao",
                                 "- Lãi vay", "- Vận chuyển", "- Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    staff = [5, 5, 6]
    supply = 450 + 230
    need = [plan[y][2] / 10 for y in Y]
    for y in Y:
        c, b, lit, nep = plan[y]
        p.check(close(lit, c * 0.5 + b * 1.5) and close(nep, lit / 0.65) and nep <= 15000, f"litres, rice 0,65 l/kg {y}")
        p.check(close(r1[y], c * 0.12) and close(r2[y], b * 0.38) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], nep * 0.018) and close(lines[1][y], need[y] * 0.35) and close(lines[2][y], lit * 0.008)
                and close(lines[3][y], c * 0.012 + b * 0.06) and close(lines[4][y], staff[y] * 5.5 * 12)
                and close(lines[5][y], 320 / 8) and close(lines[6][y] + 1e-9, [200, 100, 0][y] * 0.07 + 1e-9)
                and close(lines[8][y], rev[y] * 0.045, 0.01), f"cost lines {y}")
        p.check(lit <= 80 * 300, f"still capacity 24.000 l {y}")
    fin(p, rev, cost, lines, prof)
    p.check(need[0] <= supply and close(need[0], 650), "2026 need 650 kg within 680 kg")
    p.check(off(need[1], supply) and off(need[2], supply) and close(need[1], 780) and close(need[2], 910),
            "PLANTED material-shortfall: 780 and 910 kg needed vs 680 kg supply")
    p.check(120 + 80 + 120 + 40 + 240 == 600 == 400 + 200 and 120 + 80 + 120 == 320, "capital 600, fixed 320")
    p.check(avg1(prof) == 574.3 and close(600 / (574.3 + 40), 1.0, 0.03), "payback ≈ 1 năm")
    p.has("120.000 đồng/chai", "380.000 đồng/bình", "1 kg củ ba kích khô ngâm với 10 lít rượu nền", "khoảng 450 kg củ khô",
          "230 kg/năm", "khoảng 680 kg/năm", "Mỗi năm cơ sở cần khoảng 650 kg", "600 : (574,3 + 40) ≈ 1 năm",
          "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "QCVN 6-3:2010/BYT", "độ cồn", "Nghị định 111/2021/NĐ-CP", "cam kết bảo vệ môi trường", "số 28H8001562")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria are cited too")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|SHTT", "PLANTED no-trademark: a trademark word")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def e07() -> Plan:
    p = Plan("e07_tra_diep_ha_chau_son_tien_htx")
    hop, tui, dry, fresh = (p.row("Trà túi lọc hộp 25 túi"), p.row("Diệp hạ châu khô túi 500 g"),
                            p.row("Dược liệu khô cần chế biến"), p.row("Cây tươi thu mua"))
    rev, r1, r2 = p.row("1. Doanh thu"), p.row("- Trà túi lọc (40.000"), p.row("- Dược liệu khô (120.000")
    cost = p.row("2. Chi phí")
    lines = [p.row(x) for x in ("- Cây tươi", "- Túi lọc, hộp", "- Điện sấy", "- Thù lao", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng", "- Quản lý")]
    pre, tax, post = p.row("3. Lợi nhuận trước thuế"), p.row("4. Thuế"), p.row("5. Lợi nhuận sau thuế")
    staff = [9, 9, 10]
    cap = 10 * 250
    for y in Y:
        p.check(close(dry[y], hop[y] * 0.05 + tui[y] * 0.5) and close(fresh[y], dry[y] * 5) and fresh[y] <= 24000,
                f"dry herb, 5:1, 24 t supply {y}")
        p.check(close(r1[y], hop[y] * 0.04) and close(r2[y], tui[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.004) and close(lines[1][y], hop[y] * 0.008 + tui[y] * 0.005)
                and close(lines[2][y], dry[y] * 0.003) and close(lines[3][y], staff[y] * 5 * 12)
                and close(lines[4][y], 700 / 10) and close(lines[5][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        if y < 2:
            p.check(dry[y] <= cap, f"dryer capacity {y}")
    fin(p, rev, cost, lines, pre, tax, post, 0.15)
    p.check(off(dry[2], cap) and dry[2] == 3200, "PLANTED capacity-exceeded: 3.200 kg dry herb in 2028 vs 2.500 kg dryer")
    items = [p.one(x) for x in ("Máy sấy bơm nhiệt", "Máy thái", "Máy nghiền", "Máy đóng gói", "Máy co màng", "Cân điện tử")]
    stated = p.one("Cộng")
    p.check(sum(items) == 450 and stated == 490 and off(stated, sum(items)), "PLANTED table-total-mismatch: 450 vs 490")
    p.check(490 + 210 + 50 + 250 == 1000 == 600 + 400 and 490 + 210 == 700, "capital 1.000 on the stated 490")
    p.check(avg1(post) == 418.8 and close(1000 / (418.8 + 70), 2.0, 0.03), "payback 2,0")
    p.has("40.000 đồng/hộp", "120.000 đồng/túi", "2.500 kg dược liệu khô/năm", "khoảng 24 tấn tươi/năm",
          "1.000 : (418,8 + 70) ≈ 2,0 năm", "TCCS 01:2026/ST", "Nghị định 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "hố lắng", "số 3002378810")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|15/2018|đủ điều kiện|cam kết sản xuất", "PLANTED no-food-safety")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def e08() -> Plan:
    p = Plan("e08_sua_hat_sen_tung_loc_ctcp")
    chai, bich, lit, sen = (p.row("Sữa hạt sen chai 330 ml"), p.row("Sữa hạt sen bịch 1 lít"), p.row("Tổng thể tích"),
                            p.row("Hạt sen khô |"))
    r1, r2, rev = p.row("Doanh thu chai"), p.row("Doanh thu bịch"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Hạt sen khô (150.000", "Đường, phụ liệu", "Chai, nắp, bịch", "Điện, nước, gas", "Lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(lit[y], chai[y] * 0.33 + bich[y]) and close(sen[y], lit[y] * 0.1), f"litres, 0,1 kg/l {y}")
        p.check(close(r1[y], chai[y] * 0.025) and close(r2[y], bich[y] * 0.06) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], sen[y] * 0.15) and close(lines[1][y], lit[y] * 0.002)
                and close(lines[2][y], chai[y] * 0.0035 + bich[y] * 0.004) and close(lines[3][y], lit[y] * 0.002)
                and close(lines[4][y], 12 * 7 * 12) and close(lines[5][y], 1500 / 10)
                and close(lines[6][y], [1000, 800, 600][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax as stated {y}")
        p.check(lit[y] <= 1150 * 300 and sen[y] <= 45 * 700, f"line 345.000 l, lotus 31,5 t {y}")
        if y:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
    p.check(off(pre[0], rev[0] - cost[0]) and close(rev[0] - cost[0], 1066.5), "PLANTED profit-mismatch 2026: 1.366,5 vs 1.066,5")
    p.check(rev[1] / rev[0] > 2.1 and rev[2] / rev[1] > 2.1 and close(rev[0] / 3110, 1.4, 0.01),
            "PLANTED unrealistic-growth: +120 % and +118 % a year")
    p.check(p.count("12 lao động") >= 2 and "ổn định 12 lao động trong cả giai đoạn" in p.body, "same 12 workers throughout")
    p.check(900 + 300 + 300 + 100 + 400 == 2000 == 1000 + 1000 and 900 + 300 + 300 == 1500, "capital 2 tỷ, fixed 1.500")
    p.check(close(2000 / (post[1] + 150), 0.56, 0.01), "payback 0,6 on 2027")
    p.has("25.000 đồng/chai", "60.000 đồng/bịch", "khoảng 31,5 tấn/năm", "khoảng 345.000 lít/năm",
          "2.000 : (3.417,9 + 150) ≈ 0,6 năm", "TCCS 01:2024/SH", "QCVN 6-2:2010/BYT", "Nhãn hiệu \"Sen Hồng\"",
          "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|ghi nhãn", "PLANTED no-label-plan: a label word")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def e09() -> Plan:
    p = Plan("e09_banh_que_xuan_hoi_tht")
    hop, buon, tot = p.row("Bánh hộp 250 g"), p.row("Bánh bán buôn"), p.row("Tổng sản lượng bánh")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Bánh hộp (48.000"), p.row("Bánh buôn (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu (56.000", "Hộp, túi nhôm", "Gas, điện", "Thù lao", "Khấu hao", "Lãi vay",
                                 "Bán hàng", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    staff = [8, 8, 9]
    for y in Y:
        p.check(tot[y] == hop[y] * 0.25 + buon[y], f"output {y}")
        p.check(close(r1[y], hop[y] * 0.048) and close(r2[y], buon[y] * 0.15) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], tot[y] * 0.056) and close(lines[1][y], hop[y] * 0.005 + buon[y] * 0.002)
                and close(lines[2][y], tot[y] * 0.008) and close(lines[3][y], staff[y] * 5 * 12)
                and close(lines[4][y], 40) and close(lines[5][y] + 1e-9, [200, 100, 0][y] * 0.07 + 1e-9), f"cost lines {y}")
        p.check(tot[y] <= 2 * 25 * 280 and tot[y] * 4 <= 300000, f"capacity 14.000 kg, eggs {y}")
    fin(p, rev, cost, lines, prof)
    total, sources = 180 + 40 + 30 + 150 + 40 + 160, 250 + 200
    p.check(total == 600 and off(sources, total), "PLANTED capital-mismatch: sources 450 vs total 600")
    p.check(avg1(prof) == 367 and close(600 / (367 + 40), 1.5, 0.02), "payback 1,5")
    p.check(close(tot[0] / 7000, 1.29, 0.01), "+29 % on 2025 with two machines")
    p.has("48.000 đồng/hộp", "150.000 đồng/kg", "Tổng vốn đầu tư của phương án là 600 triệu đồng",
          "vốn góp của các thành viên 250 triệu đồng; vay Ngân hàng Chính sách xã hội 200 triệu đồng",
          "600 : (367 + 40) ≈ 1,5 năm", "công suất 14.000 kg/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "hố ga lắng mỡ")
    p.check(p.count("Tổ hợp tác Bánh quế Cương Gián") == 2 and p.count("Tổ hợp tác Bánh quế Xuân Hội") >= 2,
            "PLANTED name-inconsistent: two producer names")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|quy chuẩn|phiếu kết quả", "PLANTED no-product-standard")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def e10() -> Plan:
    p = Plan("e10_mat_ong_hoa_rung_ky_thuong_htx")
    plan = [p.row(str(2026 + y) + " |", 4) for y in Y]  # colonies, kg, chai 500 g, chai 250 g
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Trong đó: chai 500 g"), p.row("chai 250 g |")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mua mật thô", "Chai, nắp, nhãn", "Điện, hạ thủy phần", "Thù lao", "Khấu hao", "Lãi vay",
                                 "Vận chuyển", "Quản lý")]
    prof = p.row("Lợi nhuận |")
    staff = [4, 4, 5]
    for y in Y:
        d, kg, c5, c2 = plan[y]
        p.check(kg == d * 10 and close(kg, c5 * 0.5 + c2 * 0.25) and kg <= 20000, f"10 kg/đàn, bottles, capacity {y}")
        p.check(close(r1[y], c5 * 0.165) and close(r2[y], c2 * 0.09) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg * 0.16) and close(lines[1][y], c5 * 0.007 + c2 * 0.005)
                and close(lines[2][y], kg * 0.003) and close(lines[3][y], staff[y] * 5 * 12)
                and close(lines[4][y], 500 / 10) and close(lines[5][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
    fin(p, rev, cost, lines, prof)
    p.check(250 + 180 + 70 + 60 + 340 == 900 == 600 + 300 and 250 + 180 + 70 == 500, "capital 900, fixed 500")
    avg = avg1(prof)
    p.check(avg == 372.2 and off(1.2, 900 / avg) and off(1.2, 900 / (avg + 50)),
            "PLANTED payback-mismatch: 1,2 stated vs 2,42 (2,13 with depreciation)")
    p.has("165.000 đồng/chai", "90.000 đồng/chai", "Thời gian hoàn vốn = 900 : 372,2 ≈ 1,2 năm", "TCVN 5267-1:2008",
          "Nghị định 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "cam kết sản xuất thực phẩm an toàn")
    market = p.body.split("# VII - THỊ TRƯỜNG", 1)[1].split("# VIII", 1)[0]
    p.check(not any(w in market for w in ("đồng", "khách", "đại lý", "cửa hàng", "siêu thị", "bán")),
            "PLANTED no-sales-channel: market section names a customer, channel or price")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|facebook|zalo|shopee|sàn thương mại|hội chợ|bán lẻ|bán buôn|phân phối|"
            r"người tiêu dùng|xuất khẩu|nhà hàng", "PLANTED no-sales-channel: a channel somewhere")
    p.lacks(r"đăng ký hợp tác xã|mã số|giấy chứng nhận đăng ký|đăng ký kinh doanh|mã số thuế|được thành lập",
            "PLANTED no-business-registration: a registration")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def sketchy(stem: str, words: int) -> Plan:
    p = Plan(stem)
    p.check(len(p.rows) == 0, "no table")
    n = len(p.body.split())
    p.check(n < words, f"short: {n} words")
    p.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn cơ sở|TCCS|tự công bố|nhãn hiệu|Nghị định 43|ghi nhãn|nước thải|"
            r"môi trường|triệu đồng|tỷ đồng", "sketchy plan has a compliance item or capital figure")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def e11() -> Plan:
    p = sketchy("e11_khoai_lang_say_cam_lac_so_sai", 450)
    p.has("khoảng 2 tấn sản phẩm", "giấy đăng ký hộ kinh doanh", "thị trường tiêu thụ rộng lớn".capitalize())
    p.lacks(r"\d+\.\d{3} đồng|đồng/kg", "a price")
    return p


def e12() -> Plan:
    p = sketchy("e12_bot_ngu_coc_duc_lang_so_sai", 400)
    p.has("60.000 đồng một túi", "Nhóm chưa đăng ký kinh doanh", "hiệu quả kinh tế cao")
    return p


def main() -> int:
    return plancheck.report([f() for f in (e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12)])


if __name__ == "__main__":
    sys.exit(main())
