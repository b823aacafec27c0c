"""The twenty-fifth holdout set's own arithmetic, recomputed by hand.

    .venv/bin/python tests/holdout25/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no food
safety, a second producer name, no environmental measure, a replaced instrument, no label, no
product standard, no trademark, no sales channel, no registration) are asserted too, as is the
absence of template placeholders in every plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off, vn  # noqa: E402,F401

OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|123/2018|01/2021/NĐ-CP|77/2019|38/2012"


class Plan(plancheck.Plan):
    src = HERE / "src"


def common_ready(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    p.lacks(r"\bhuyện\b", "ready plan refers to a district body")


def i01() -> Plan:
    p = Plan("i01_hat_sen_say_cam_due_htx")
    tui, hop = p.row("Túi 200 g"), p.row("Hộp 500 g")
    kg, fresh = p.row("Tổng hạt sen sấy"), p.row("Hạt sen tươi cần dùng")
    rev, rt, rh = p.row("Doanh thu"), p.row("Túi 200 g (70.000"), p.row("Hộp 500 g (165.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Hạt sen tươi (35.000", "Bao bì (túi", "Điện sấy", "Lương lao động",
                                 "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(kg[y], tui[y] * 0.2 + hop[y] * 0.5) and close(fresh[y], kg[y] * 4), f"kg, fresh {y}")
        p.check(close(rt[y], tui[y] * 0.07) and close(rh[y], hop[y] * 0.165) and close(rev[y], rt[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.035) and close(lines[1][y], tui[y] * 0.003 + hop[y] * 0.008)
                and close(lines[2][y], kg[y] * 0.006) and close(lines[6][y], rev[y] * 0.05), f"per-unit costs {y}")
        p.check(close(lines[3][y], [6, 6, 7][y] * 5.5 * 12) and lines[4][y] == 60 and lines[5][y] == [24, 16, 8][y]
                and close([24, 16, 8][y], [300, 200, 100][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(fresh[y] <= 20 * 1000 + 10000 and kg[y] <= 2 * 150 * 120 / 4, f"supply, dryer capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "2 tủ sấy", "Máy bóc vỏ lụa", "Máy hàn túi", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:5]) == 600, "capital 900, fixed 600")
    avg = sum(post) / 3
    p.check(close(avg, 352) and close(900 / (avg + 60), 2.2, 0.02), "average 352, payback 2,2")
    p.check(close(kg[0] / 3800, 1.32, 0.01), "+32 % on 2025 with two new dryers")
    p.has("70.000 đồng/túi", "165.000 đồng/hộp", "2 × 150 × 120 = 36.000 kg", "9.000 kg hạt sấy/năm",
          "1.000 kg hạt tươi/ha/năm, được 20.000 kg", "10.000 kg hạt tươi mỗi năm", "900 : (352 + 60) ≈ 2,2 năm",
          "lãi vay 24, 16 và 8 triệu đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/SHT",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn", "Giấy chứng nhận đăng ký hợp tác xã")
    common_ready(p)
    return p


def i02() -> Plan:
    p = Plan("i02_tra_co_ngot_huong_tra_cty")
    H, T = [40000, 48000, 56000, 62000], [10000, 12000, 14000, 15000]
    need, rev, cost, prof = [], [], [], []
    for i, yr in enumerate(range(2026, 2030)):
        n = p.row(f"{yr} |", 3, skip=0)
        need.append(n)
        r = p.row(f"{yr} |", 5, skip=0)
        c = p.row(f"{yr} |", 10, skip=0)
        f = p.row(f"{yr} |", 5, skip=2)
        p.check(close(n[0], H[i] * 0.055) and close(n[1], T[i] * 0.105) and close(n[2], n[0] + n[1]), f"leaf need {yr}")
        p.check(n[2] <= 12 * 500, f"leaf supply 6.000 kg {yr}")
        p.check(r[0] == H[i] and r[2] == T[i] and close(r[1], H[i] * 45) and close(r[3], T[i] * 60)
                and close(r[4], r[1] + r[3]), f"revenue {yr}")
        p.check(close(c[0], n[2] * 90) and close(c[1], H[i] * 6) and close(c[2], T[i] * 3)
                and close(c[3], [10, 11, 12, 12][i] * 6000 * 12) and c[5] == 120000
                and close(c[6], [500, 400, 300, 200][i] * 1000 * 0.09) and close(c[7], r[4] * 0.08)
                and close(c[9], sum(c[:9])), f"cost lines {yr}")
        p.check(close(f[0], r[4]) and close(f[1], c[9]) and close(f[2], f[0] - f[1]) and close(f[3], f[2] * 0.2)
                and close(f[4], f[2] - f[3]), f"profit {yr}")
        p.check(H[i] * 25 <= 30 * 60 * 8 * 250, f"bagging capacity {yr}")
        rev.append(r[4]); cost.append(c[9]); prof.append(f[4])
        if i:
            p.check(rev[i] / rev[i - 1] < 1.25, f"growth {yr}")
    p.check(close(sum(prof), 3085560) and close(sum(prof) / 4, 771390), "average after-tax profit")
    p.check(close(1800000 / (771390 + 120000), 2.0, 0.02), "payback 2,0")
    p.check(450 + 380 + 160 + 90 + 70 + 50 == 1200 and 1200 + 600 == 1800 == 1300 + 500, "capital 1.800")
    p.has("45.000 đồng/hộp", "60.000 đồng/túi", "12 × 500 = 6.000 kg/năm", "3.600.000 túi/năm",
          "62.000 hộp × 25 túi = 1.550.000 túi", "1.800.000 : (771.390 + 120.000) ≈ 2,0 năm", "Tổng nguồn vốn 1.800 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2025/NH", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "Nghị định số 05/2025/NĐ-CP")
    p.lacks(r"chữa bệnh(?! ?\.)(?<!không ghi công dụng chữa bệnh)|trị tiểu đường|hạ đường huyết", "health claim")
    common_ready(p)
    return p


def i03() -> Plan:
    p = Plan("i03_tham_be_ngo_son_tien_tht")
    a, b, c, be = p.row("Thảm tròn lót ghế"), p.row("Thảm chùi chân |"), p.row("Thảm trải sàn |"), p.row("Bẹ ngô khô")
    rev, ra, rb, rc = p.row("Tổng doanh thu"), p.row("Thảm tròn |"), p.row("Thảm chùi chân |", skip=1), p.row("Thảm trải sàn |", skip=1)
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Tiền công khoán", "Bẹ ngô (8.000", "Vật liệu phụ", "Túi giấy, thẻ treo", "Khấu hao",
                                 "Lãi vay", "Vận chuyển, bán hàng", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(be[y], a[y] * 0.25 + b[y] * 0.6 + c[y] * 4) and be[y] <= 25 * 2 * 300, f"husk need, supply {y}")
        p.check(close(ra[y], a[y] * 60000) and close(rb[y], b[y] * 120000) and close(rc[y], c[y] * 650000)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], a[y] * 20000 + b[y] * 45000 + c[y] * 250000) and close(lines[1][y], be[y] * 8000)
                and close(lines[2][y], a[y] * 4000 + b[y] * 8000 + c[y] * 40000)
                and close(lines[3][y], (a[y] + b[y] + c[y]) * 2000) and lines[4][y] == 50e6
                and close(lines[5][y], 120e6 * 0.0792) and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        # 36 weavers x 220 days: a round mat a third of a day, a door mat two thirds, a floor mat 4 weaver-days
        p.check(a[y] / 3 + b[y] / 1.5 + c[y] * 4 <= 36 * 220, f"weaving capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(90 + 60 + 40 + 30 + 30 + 150 == 400 == 280 + 120 and 90 + 60 + 40 + 30 + 30 == 250, "capital 400")
    avg = sum(prof) / 3
    p.check(close(avg, 373356000) and close(400e6 / (avg + 50e6), 0.94, 0.01), "average, payback 0,94")
    p.has("60.000 đồng/chiếc", "120.000 đồng/chiếc", "650.000 đồng/chiếc", "25 × 2 × 300 = 15.000 kg/năm",
          "0,66%/tháng (7,92%/năm)", "400.000.000 : (373.356.000 + 50.000.000) ≈ 0,94 năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "TCCS 01:2025/THT-ST", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hố lắng", "quạt hút")
    common_ready(p)
    return p


def i04() -> Plan:
    p = Plan("i04_trai_nghiem_lam_nong_dan_tung_loc_htx")
    half, full, kids = [3000, 3500, 4000], [1500, 1800, 2100], [4000, 4500, 5000]
    guests, rev = p.row("Tổng số lượt khách"), p.row("Doanh thu")
    direct, wage, dep, intr, mkt, adm = (p.row("Chi phí trực tiếp"), p.row("Lương đội phục vụ"), p.row("Khấu hao"),
                                         p.row("Lãi vay"), p.row("Quảng bá"), p.row("Điện nước"))
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(guests[y] == half[y] + full[y] + kids[y], f"guests {y}")
        p.check(close(rev[y], half[y] * 0.25 + full[y] * 0.45 + kids[y] * 0.15), f"revenue {y}")
        p.check(close(direct[y], half[y] * 0.08 + full[y] * 0.2 + kids[y] * 0.06), f"direct cost {y}")
        p.check(close(wage[y], [8, 9, 10][y] * 6 * 12) and dep[y] == 150 and close(intr[y], [600, 400, 200][y] * 0.075)
                and close(mkt[y], rev[y] * 0.06), f"wages, interest, marketing {y}")
        tc = direct[y] + wage[y] + dep[y] + intr[y] + mkt[y] + adm[y]
        p.check(close(cost[y], tc) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(guests[y] <= 120 * 250, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    avg = sum(post) / 3
    p.check(close(avg, 308.32) and close(1800 / (avg + 150), 3.9, 0.02), "average, payback 3,9")
    p.check(600 + 350 + 200 + 120 + 180 + 50 == 1500 and 1500 + 300 == 1800 == 1200 + 600, "capital 1.800")
    p.check(close(11100 / 250, 44, 0.01) and close(guests[0] / 5600, 1.52, 0.01), "44 guests a day; +52 % on 2025 with a new hall")
    p.has("250.000 đồng/khách", "450.000 đồng/khách", "150.000 đồng/học sinh", "3.000 × 250.000 đồng = 750 triệu đồng",
          "1.500 × 450.000 đồng = 675 triệu đồng", "4.000 × 150.000 đồng = 600 triệu đồng", "cộng 2.025 triệu đồng",
          "875 + 810 + 675 = 2.360 triệu đồng", "1.000 + 945 + 750 = 2.695 triệu đồng", "30.000 lượt/năm",
          "1.800 : 458,32 ≈ 3,9 năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/ĐX",
          "Cục Sở hữu trí tuệ", "bể tự hoại 3 ngăn", "Giấy chứng nhận đăng ký hợp tác xã")
    common_ready(p)
    return p


def i05() -> Plan:
    p = Plan("i05_cha_que_thach_khe_hkd")
    cay = [p.row(f"Năm {yr} – cây chả", 3) for yr in (2026, 2027, 2028)]
    buon = [p.row(f"Năm {yr} – chả bán buôn", 3) for yr in (2026, 2027, 2028)]
    rev, cost, prof = p.row("Doanh thu |"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Thịt lợn (1,15", "Quế, gia vị", "Bao bì, hộp", "Than, điện", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Vận chuyển, bán hàng", "Chi khác")]
    true_rev = []
    for y in Y:
        qc, qb = cay[y][0], buon[y][0]
        kg = qc * 0.5 + qb
        p.check(kg == [10000, 11000, 12000][y], f"output kg {y}")
        p.check(close(cay[y][2], qc * 130000 / 1e6), f"retail row {y}")
        right = qb * 230000 / 1e6
        tr = cay[y][2] + right
        true_rev.append(tr)
        if y == 1:
            p.check(off(buon[y][2], right, 5) and close(buon[y][2], 1725) and close(right, 1495),
                    "PLANTED 2027 wholesale row 1.725 vs 6.500 × 230.000 = 1.495")
            p.check(off(rev[y], tr, 5) and close(rev[y], cay[y][2] + buon[y][2]), "PLANTED 2027 revenue 2.895 vs 2.665")
        else:
            p.check(close(buon[y][2], right) and close(rev[y], tr), f"wholesale row, revenue {y}")
        p.check(close(lines[0][y], kg * 1.15 * 0.12) and close(lines[1][y], kg * 0.008)
                and close(lines[2][y], qc * 0.003 + qb * 0.001) and close(lines[3][y], kg * 0.006)
                and close(lines[4][y], [6, 7, 7][y] * 6 * 12) and lines[5][y] == 60
                and close(lines[6][y], [200, 100, 0][y] * 0.09), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, stated profit {y}")
        p.check(kg * 1.15 <= 15000 and kg <= 60 * 300, f"meat supply, grill capacity {y}")
    true_prof = [true_rev[y] - cost[y] for y in Y]
    p.check(close(true_prof[1], 256.5), "true 2027 profit 256,5")
    stated = 450 / (sum(prof) / 3 + 60)
    true = 450 / (sum(true_prof) / 3 + 60)
    p.check(close(stated, 1.1, 0.05) and off(1.1, true, 5), "tolerated knock-on: payback 1,1 vs true 1,3")
    p.check(70 + 95 + 85 + 25 + 15 + 10 + 150 == 450 == 250 + 200 and 450 - 150 == 300, "capital 450")
    p.check(true_rev[2] / true_rev[0] < 1.25, "growth (true revenue) reasonable")
    p.has("130.000 đồng/cây", "230.000 đồng/kg", "15.000 kg thịt/năm", "18.000 kg/năm", "450 : (357,2 + 60) ≈ 1,1 năm",
          "TCCS 01:2026/TL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể tách mỡ",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28H8003412")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|HACCP|ISO 22000|15/2018|Luật An toàn|đủ điều kiện|cam kết|tự công bố",
            "PLANTED no food-safety certificate, commitment or food-safety law anywhere")
    p.check(p.count("Chả quế Thoa Lâm") >= 3 and p.count("Cơ sở giò chả Minh Phượng") == 2,
            "PLANTED second producer name left in the risks and the schedule")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def i06() -> Plan:
    p = Plan("i06_ruou_mat_ong_huong_xuan_cty")
    a, b, lit = p.row("Chai 500 ml |"), p.row("Chai 300 ml |"), p.row("Rượu thành phẩm")
    nep, mat = p.row("Gạo nếp |"), p.row("Mật ong |")
    rev, ra, rb = p.row("Doanh thu chưa gồm"), p.row("– Chai 500 ml"), p.row("– Chai 300 ml")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("– Gạo nếp", "– Mật ong", "– Men, phụ liệu", "– Chai, nút", "– Nhiên liệu",
                                 "– Lương lao động", "– Khấu hao", "– Lãi vay", "– Bán hàng", "– Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    true_post = []
    for y in Y:
        p.check(close(lit[y], a[y] * 0.5 + b[y] * 0.3) and close(nep[y], lit[y] * 0.8) and close(mat[y], lit[y] * 0.25),
                f"litres, rice, honey {y}")
        p.check(nep[y] <= 10000 and mat[y] <= 3000 and nep[y] <= 2 * 100 * 200, f"supply, still capacity {y}")
        p.check(close(ra[y], a[y] * 0.13) and close(rb[y], b[y] * 0.085) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], nep[y] * 0.025) and close(lines[1][y], mat[y] * 0.15) and close(lines[2][y], lit[y] * 0.005)
                and close(lines[3][y], a[y] * 0.018 + b[y] * 0.012) and close(lines[4][y], lit[y] * 0.004)
                and close(lines[5][y], [5, 5, 6][y] * 6 * 12) and lines[6][y] == 100
                and close(lines[7][y], [600, 450, 300][y] * 0.085), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        right = rev[y] - cost[y]
        if y == 1:
            p.check(off(pre[y], right, 5) and close(right, 672.55) and close(pre[y], 872.55),
                    "PLANTED 2027 pre-tax profit 872,55 vs 2.330 − 1.657,45 = 672,55")
        else:
            p.check(close(pre[y], right), f"profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax follows stated profit {y}")
        true_post.append(right * 0.8)
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nâng cấp nhà xưởng", "2 nồi chưng cất", "12 bình ủ", "Máy lọc tinh", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1600 == 1000 + 600 and sum(items[:4]) == 1000, "capital 1.600")
    stated = 1600 / (sum(post) / 3 + 100)
    true = 1600 / (sum(true_post) / 3 + 100)
    p.check(close(stated, 2.4, 0.02) and off(2.4, true, 5), "tolerated knock-on: payback 2,4 vs true 2,6")
    p.has("130.000 đồng/chai", "85.000 đồng/chai", "2 × 100 × 200 = 40.000 kg nếp/năm", "1.600 : (572,2 + 100) ≈ 2,4 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2024/HX", "QCVN 6-3:2010/BYT", "độ cồn", "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu",
          "Quyết định số 1048/QĐ-TTg ngày 21/8/2019")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated: the current OCOP decisions are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|bã rượu|hèm|xử lý bã|bể lắng|bể tự hoại|khí thải|ống khói",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def i07() -> Plan:
    p = Plan("i07_tinh_dau_huong_nhu_huong_trach_htx")
    a, b, lit, herb = p.row("Chai 10 ml |"), p.row("Chai 50 ml |"), p.row("Tinh dầu thành phẩm"), p.row("Cây hương nhu tươi |")
    rev, ra, rb = p.row("Doanh thu"), p.row("Chai 10 ml (70.000"), p.row("Chai 50 ml (300.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cây hương nhu tươi (2.500", "Chai lọ, hộp", "Củi, điện", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, chiết khấu", "Quản lý", "Kiểm nghiệm, công bố")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap_l = 500 * 200 / 1000 * 3  # 1 still, 500 kg a batch, 1 batch a day, 200 days; 3 l per tấn
    for y in Y:
        p.check(close(lit[y], (a[y] * 10 + b[y] * 50) / 1000) and close(herb[y], lit[y] / 3), f"litres, herb {y}")
        p.check(herb[y] <= 7 * 22, f"herb supply 154 tấn {y}")
        if y == 0:
            p.check(lit[y] <= cap_l, "2026 within the still's 300 lít")
        else:
            p.check(off(lit[y], cap_l, 5) and lit[y] > cap_l, f"PLANTED capacity: {lit[y]} lít > 300 lít ({y})")
        p.check(close(ra[y], a[y] * 0.07) and close(rb[y], b[y] * 0.3) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 2.5) and close(lines[1][y], a[y] * 0.006 + b[y] * 0.015)
                and close(lines[2][y], herb[y] * 1.0) and close(lines[3][y], [8, 8, 9][y] * 6 * 12) and lines[4][y] == 100
                and close(lines[5][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
    p.check(close(cap_l, 300) and close(500 * 200 / 1000, 100), "stated capacity 100 tấn = 300 lít")
    items = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "Nồi chưng cất inox", "Lò hơi đốt củi", "Máy lọc, máy chiết",
                                "Tủ mát bảo quản", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    sources = [p.one("Vốn góp bổ sung"), p.one("Vay Ngân hàng Nông nghiệp")]
    p.check(sum(items) == total == 1200 and sum(items[:5]) == 800, "investment items = 1.200, fixed 800")
    p.check(sum(sources) == 900 and off(sum(sources), total, 5), "PLANTED sources 500 + 400 = 900 vs total 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 580.8) and close(1200 / (avg + 100), 1.8, 0.03), "payback 1,8")
    p.has("70.000 đồng/chai", "300.000 đồng/chai", "500 kg × 200 ngày = 100 tấn cây tươi/năm, tương đương 300 lít tinh dầu/năm",
          "Tổng vốn đầu tư của phương án là 1.200 triệu đồng", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "TCCS 01:2025/TH", "Cục Sở hữu trí tuệ", "ủ với chế phẩm vi sinh", "Giấy chứng nhận đăng ký hợp tác xã")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|\btem\b|43/2017|111/2021", "PLANTED no label or labelling decree anywhere")
    p.lacks(r"nồi (thứ )?hai|thêm (1|một) nồi|2 nồi|ca (đêm|hai)", "no second still or shift")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "unplanted replaced instrument")
    return p


def i08() -> Plan:
    p = Plan("i08_sua_dau_do_thien_cam_ctcp")
    q, bean = p.row("Sữa đậu đỏ chai 250 ml"), p.row("Đậu đỏ khô")
    rev, cost = p.row("Doanh thu (14.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Đậu đỏ, đường", "Chai, nắp", "Nhiên liệu, điện", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(bean[y], q[y] * 0.05) and bean[y] <= 70000 and q[y] <= 600 * 8 * 300, f"beans, line capacity {y}")
        p.check(close(rev[y], q[y] * 0.014), f"revenue {y}")
        p.check(close(lines[0][y], q[y] * 0.0023) and close(lines[1][y], q[y] * 0.0028) and close(lines[2][y], q[y] * 0.0006)
                and close(lines[3][y], [8, 10, 12][y] * 6 * 12) and lines[4][y] == 200
                and close(lines[5][y], [800, 600, 400][y] * 0.085) and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
    p.check(rev[1] / rev[0] == 3 and rev[2] / rev[1] == 2 and off(rev[1], rev[0] * 1.5, 5),
            "PLANTED growth ×3 then ×2 (far above any 50 %/year)")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Dây chuyền nấu", "Nồi hơi sinh khối", "Xe tải nhỏ", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư |")
    p.check(sum(items) == 2600 and total == 2850 and off(total, sum(items), 5), "PLANTED top total 2.850 vs items 2.600")
    p.check(2050 + 800 == total and sum(items[:4]) == 2000, "sources match the stated total; fixed 2.000 → depreciation 200")
    avg = sum(post) / 3
    p.check(close(avg, 2783.2) and close(2850 / (avg + 200), 1.0, 0.05), "payback ≈ 1,0 on the stated total")
    p.has("14.000 đồng/chai", "200.000 chai", "70 tấn", "1.440.000 chai/năm", "45 đại lý", "4 siêu thị mini",
          "Công ty tiếp tục bán qua các kênh này trong các năm 2027–2028", "gấp 6 lần năm đầu",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu", "bể lọc sinh học")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|kiểm nghiệm|hợp quy|hợp chuẩn|ISO", "PLANTED no product standard or declaration")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "unplanted replaced instrument")
    return p


def i09() -> Plan:
    p = Plan("i09_mat_ong_hoa_che_son_tay_htx")
    a, b, kg, raw, hives = p.row("Lọ 500 g |"), p.row("Lọ 1 kg |"), p.row("Mật ong thành phẩm"), p.row("Mật thô cần"), p.row("Đàn ong của")
    rev, ra, rb = p.row("Doanh thu"), p.row("Lọ 500 g × 175.000"), p.row("Lọ 1 kg × 330.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật thô (150.000", "Lọ, nắp, nhãn", "Lương lao động", "Điện, vận chuyển", "Khấu hao", "Lãi vay",
                                 "Bán hàng (8%", "Kiểm nghiệm định kỳ", "Quản lý")]
    pre = p.row("Lợi nhuận trước thuế")
    for y in Y:
        p.check(kg[y] == a[y] * 0.5 + b[y] and close(raw[y], kg[y] * 1.05), f"kg, raw honey {y}")
        supply = hives[y] * 12
        if y == 2:
            p.check(raw[y] > supply and off(raw[y], supply, 5), "PLANTED 2028: 5.880 kg needed vs 430 × 12 = 5.160 kg")
        else:
            p.check(raw[y] <= supply, f"supply covers need {y}")
        p.check(close(ra[y], a[y] * 0.175) and close(rb[y], b[y] * 0.33) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.15) and close(lines[1][y], a[y] * 0.008 + b[y] * 0.012)
                and close(lines[2][y], 4 * 5.5 * 12) and lines[4][y] == 30 and close(lines[5][y], [200, 100, 0][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 200 * 150, f"dehumidifier capacity {y}")
    p.check(off(12, 4, 5), "PLANTED 4 permanent workers (organisation, wages) vs 12 (social section)")
    p.has("Xưởng sơ chế có 4 lao động thường xuyên", "tạo việc làm thường xuyên cho 12 lao động địa phương")
    p.check(140 + 90 + 50 + 20 + 200 == 500 == 300 + 200, "capital 500")
    avg = sum(pre) / 3
    p.check(close(avg, 268.35) and close(500 / (avg + 30), 1.7, 0.02), "payback 1,7")
    p.has("175.000 đồng/lọ", "330.000 đồng/lọ", "12 kg mật/đàn/năm", "500 : (268,35 + 30) ≈ 1,7 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/OHC", "Nghị định số 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký hợp tác xã")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|nhãn hiệu tập thể|\blogo\b",
            "PLANTED no trademark or IP anywhere")
    p.lacks(r"mua (thêm )?mật (của|từ) (hộ|HTX|hợp tác xã) (ngoài|khác)", "no outside honey supplier")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "unplanted replaced instrument")
    return p


def i10() -> Plan:
    p = Plan("i10_bun_gao_do_thach_dai_tht")
    pk, prof = [], []
    for i, yr in enumerate((2027, 2028, 2029)):
        q = p.row(f"{yr} |", 3, skip=0)
        f = p.row(f"{yr} |", 11, skip=0)
        p.check(close(q[1], q[0] * 0.5) and close(q[2], q[1] * 1.3) and q[2] <= 8 * 2 * 3000, f"kg, rice, supply {yr}")
        p.check(q[1] <= 120 * 260, f"capacity {yr}")
        p.check(close(f[0], q[0] * 0.042) and close(f[1], q[2] * 0.03) and close(f[2], q[0] * 0.002)
                and close(f[3], q[1] * 0.003) and close(f[4], [6, 6, 7][i] * 5 * 12) and f[5] == 50
                and close(f[6], 200 * 0.08) and close(f[9], sum(f[1:9])) and close(f[10], f[0] - f[9]), f"finance row {yr}")
        pk.append(q); prof.append(f[10])
        if i:
            p.check(prof and pk[i][1] / pk[i - 1][1] < 1.2, f"growth {yr}")
    avg = sum(prof) / 3
    p.check(close(avg, 358), "average profit 358")
    true_dep, true_nodep = 600 / (avg + 50), 600 / avg
    p.check(off(3.2, true_dep, 5) and off(3.2, true_nodep, 5), "PLANTED payback 3,2 vs 1,5 (1,7 without depreciation)")
    p.check(180 + 120 + 40 + 40 + 20 + 200 == 600 == 400 + 200, "capital 600")
    p.has("khoảng 3,2 năm", "khoảng 358 triệu đồng/năm", "8 × 2 × 3 = 48 tấn/năm", "120 × 260 = 31.200 kg",
          "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/BGĐ", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "bể lắng 2 ngăn")
    market = p.body.split("# 6/ Thị trường", 1)[1].split("# 7/", 1)[0]
    for pat, what in ((r"\d", "a figure (price)"), (r"(?-i:\bđồng\b)", "a price"),
                      (r"cửa hàng|siêu thị|đại lý|chợ|facebook|zalo|shopee|sàn|bán lẻ|bán buôn|nhà hàng|quán|"
                       r"khách hàng|điểm bán|thương lái|xuất khẩu|đơn hàng|phân phối|kênh|công ty|trường học", "a customer or channel")):
        if m := re.search(pat, market, re.I):
            p.failures.append(f"PLANTED market section names {what}: found {m.group(0)!r}")
    p.lacks(r"cửa hàng|siêu thị|đại lý|\bchợ\b|facebook|zalo|shopee|bán lẻ|bán buôn|nhà hàng|điểm bán|thương lái|"
            r"xuất khẩu|đơn hàng|phân phối|kênh bán|hội chợ", "PLANTED no sales channel anywhere")
    p.lacks(r"đăng ký|giấy chứng nhận|mã số thuế|hợp đồng hợp tác|giấy phép|chứng thực",
            "PLANTED no registration, contract or tax code anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OUTDATED, "unplanted replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("i11_banh_ran_thien_loc_so_sai")
    a.check(300 * 3000 == 900000, "300 chiếc × 3.000 đ = 900.000 đ a day")
    a.has("3.000 đồng/chiếc", "khoảng 300 chiếc bánh", "khoảng 900.000 đồng", "khoảng 50 triệu đồng", "đã đăng ký hộ kinh doanh",
          "chợ Thiên Lộc")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường", "sketchy gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("i12_nam_mo_cam_thinh_so_sai")
    b.has("40.000 đồng/kg", "khoảng 3 tấn nấm", "chưa đăng ký")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, one page")
    b.lacks(r"cửa hàng|siêu thị|đại lý|chợ|thương lái|nhà hàng|facebook|zalo", "no channel (tolerated gap)")
    b.lacks(r"giấy chứng nhận|mã số|tiêu chuẩn|nhãn|môi trường", "sketchy gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def names() -> Plan:
    """Every plan's producer is different; no sentence of one full plan appears in another."""
    p = Plan("i01_hat_sen_say_cam_due_htx")
    bodies = {f.stem: Plan(f.stem).body for f in sorted(Plan.src.glob("*.md"))}
    seen: dict[str, str] = {}
    for stem, body in bodies.items():
        for s in re.split(r"(?<=[.;:])\s+", body):
            s = s.strip()
            if len(s) < 60 or s.startswith("|"):
                continue
            if s in seen and seen[s] != stem:
                p.failures.append(f"sentence shared by {seen[s]} and {stem}: {s[:80]!r}")
            seen.setdefault(s, stem)
    p.stem = "(no shared sentences across plans)"
    return p


def main() -> int:
    return plancheck.report([fn() for fn in (i01, i02, i03, i04, i05, i06, i07, i08, i09, i10)] + sketchy() + [names()])


if __name__ == "__main__":
    sys.exit(main())
