"""The sixty-fourth holdout set's arithmetic, recomputed by hand.

    .venv/bin/python tests/holdout64/arithmetic.py

Per plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
investment items = sources = total, depreciation, payback, raw material vs supply, output vs
capacity, growth. Planted numeric defects are asserted off by more than 5 %, the rest right
within 1 %; the textual planted defects are asserted by the words that are (not) there.
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


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|123/2018"


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def bm01() -> Plan:
    p = Plan("bm01_tinh_bot_nghe_son_kim_htx")
    jar, bag, kg, fresh, staff = (p.row("Hũ tinh bột nghệ 200 g"), p.row("Túi tinh bột nghệ 500 g"),
                                  p.row("Tinh bột nghệ thành phẩm"), p.row("Nghệ tươi nguyên liệu"), p.row("Lao động chế biến"))
    rev, r1, r2, cost, prof = (p.row("Doanh thu |"), p.row("Hũ 200 g ×"), p.row("Túi 500 g ×"), p.row("Chi phí |"),
                               p.row("Lợi nhuận (A − B)"))
    lines = [p.row(x) for x in ("Nghệ tươi (4.000", "Hũ, túi, nhãn", "Điện, nước, nhiên liệu", "Tiền lương",
                                 "Khấu hao tài sản", "Lãi vay", "Chiết khấu đại lý", "Quản lý, kiểm nghiệm")]
    for y in Y:
        p.check(kg[y] == jar[y] * 0.2 + bag[y] * 0.5 and fresh[y] * 1000 == kg[y] * 20, f"kg, fresh 20:1 {y}")
        p.check(close(r1[y], jar[y] * 0.095) and close(r2[y], bag[y] * 0.21) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 4) and close(lines[1][y], jar[y] * 0.009 + bag[y] * 0.006)
                and close(lines[2][y], kg[y] * 0.025) and close(lines[3][y], staff[y] * 5.5 * 12)
                and lines[4][y] == 60 and close(lines[5][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 96 and fresh[y] <= 100, f"supply 96 t, line 100 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    ch = [p.row(x) for x in ("Đại lý, cửa hàng đặc sản", "Bán trực tuyến", "Hội chợ, điểm OCOP", "Quầy tại trụ sở")]
    p.check(all(lines_sum(ch, y) == kg[y] == p.row("Cộng |")[y] for y in Y), "channel table = output")
    p.check(220 + 180 + 140 + 60 + 400 == 1000 == 700 + 300 and 220 + 180 + 140 + 60 == 600, "capital")
    p.check(avg1(prof) == 345.2 and close(1000 / (345.2 + 60), 2.5, 0.02), "payback 2,5")
    p.check(3 * 22 + 30 == 96 and 400 * 250 == 100000 and close(kg[0] / 2300, 1.22, 0.01), "supply, capacity, +22 %")
    p.has("95.000 đồng/hũ", "210.000 đồng/túi", "1.000 : (345,2 + 60) ≈ 2,5 năm", "Tiêu chuẩn cơ sở", "đăng ký môi trường")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bm02() -> Plan:
    p = Plan("bm02_tour_lang_chai_ky_ninh_cty")
    yrs = [p.row(f"{2027 + y}", 8) for y in Y]
    s = [p.row(x) for x in ("Tổng doanh thu", "Ăn uống, hải sản", "Thù lao hộ ngư dân", "Lương nhân viên", "Khấu hao |",
                             "Bảo hiểm, vật tư", "Hoa hồng, quảng bá", "Lãi vay |", "Quản lý, chi khác", "Tổng chi phí",
                             "Lợi nhuận trước thuế")]
    for y in Y:
        h, d, t, n, rh, rd, rt, rv = yrs[y]
        p.check(n == h + d + t and close(rh, h * 0.4) and close(rd, d * 0.75) and close(rt, t * 1.6)
                and close(rv, rh + rd + rt) and close(s[0][y], rv), f"guests × price {y}")
        p.check(close(s[1][y], h * 0.1 + d * 0.2 + t * 0.45) and close(s[2][y], h * 0.06 + d * 0.12 + t * 0.35)
                and close(s[5][y], n * 0.02) and close(s[6][y], rv * 0.1) and close(s[3][y], [6, 7, 7][y] * 7 * 12)
                and close(s[7][y], [600, 450, 300][y] * 0.08), f"cost lines {y}")
        p.check(close(s[9][y], sum(s[i][y] for i in range(1, 9))) and close(s[10][y], rv - s[9][y]), f"cost, profit {y}")
        p.check(n <= 12000, f"capacity {y}")
        if y:
            p.check(rv / yrs[y - 1][7] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà đón khách khung thép", "Khu vệ sinh, phòng thay đồ", "Bếp ăn một chiều, dụng cụ",
                                "Xe điện 14 chỗ", "Áo phao, loa", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:5]) == 1200, "capital")
    p.check(avg1(s[10]) == 775.5 and close(1500 / (775.5 + 150), 1.6, 0.02), "payback 1,6")
    p.check(60 * 200 == 12000 and close(4800 / 3900, 1.23, 0.01), "capacity 12.000, +23 %")
    p.has("400.000 đồng/khách", "750.000 đồng/khách", "1.600.000 đồng/khách", "1.500 : (775,5 + 150) ≈ 1,6 năm",
          "an toàn thực phẩm", "bể tự hoại")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bm03() -> Plan:
    p = Plan("bm03_mat_ong_hoa_keo_huong_lam_hkd")
    col = [p.row(f"{2027 + y} |", 3) for y in Y]  # colonies, raw, finished
    bottles, bkg, bulk, tot = (p.row("Chai 500 g (chai)"), p.row("Mật đóng chai quy ra kg"), p.row("Mật bán can (kg)"),
                               p.row("Tổng mật bán ra"))
    r1, r2, rev = p.row("Doanh thu chai 500 g"), p.row("Doanh thu mật can"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Đường, thuốc cho ong", "Chai, hộp, nhãn", "Thuê xe", "Công lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Kiểm nghiệm, chi khác", "Thuế hộ kinh doanh")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        c, raw, fin = col[y]
        p.check(raw == c * 20 and close(fin, raw * 0.97) and tot[y] == fin == bkg[y] + bulk[y] and bkg[y] == bottles[y] * 0.5,
                f"colonies × 20 kg × 97 % = sold {y}")
        p.check(close(r1[y], bottles[y] * 130) and close(r2[y], bulk[y] * 180) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], c * 150) and close(lines[1][y], bottles[y] * 12 + bulk[y] * 3)
                and lines[3][y] == 4 * 6000 * 12 and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(sum(prof) / 3 == 310824 and close(400000 / (310824 + 60000), 1.1, 0.03), "payback 1,1")
    p.check(150 + 50 + 100 + 100 == 400 == 300 + 100 and 150 * 2 * 60 >= 4400, "capital, capacity")
    p.has("130.000 đồng/chai", "180.000 đồng/kg", "400.000 : (310.824 + 60.000) ≈ 1,1 năm", "tự công bố", "an toàn thực phẩm")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bm04() -> Plan:
    p = Plan("bm04_tui_coi_thach_lac_tht")
    b, l, m, n = p.row("Túi xách cói |"), p.row("Làn cói |"), p.row("Thảm cói |"), p.row("Cộng |")
    rev, cost, prof = p.row("Doanh thu |"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Cói khô (25.000", "Tiền công đan khoán", "Phụ liệu", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển", "Quản lý, điện")]
    for y in Y:
        sedge = b[y] * 0.8 + l[y] * 0.6 + m[y] * 2
        p.check(n[y] == b[y] + l[y] + m[y] and close(rev[y], b[y] * 0.18 + l[y] * 0.12 + m[y] * 0.25), f"count, revenue {y}")
        p.check(close(lines[0][y], sedge * 0.025) and close(lines[1][y], b[y] * 0.06 + l[y] * 0.04 + m[y] * 0.08)
                and close(lines[2][y], n[y] * 0.015) and lines[4][y] == 150 * 0.06, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(sedge <= 10000 and b[y] + l[y] / 1.5 + m[y] * 2 <= 35 * 240, f"sedge 10 t, 8.400 weaver-days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(90 + 60 + 70 + 20 + 160 == 400 == 250 + 150 and 90 + 60 + 70 + 20 == 240, "capital, fixed 240")
    p.check(avg1(prof) == 358.5 and close(400 / (358.5 + 30), 1.0, 0.03), "payback 1,0")
    p.check(close(lines[1][0] / 35 / 12, 0.82, 0.01) and close(lines[1][2] / 35 / 12, 1.03, 0.01), "0,8–1 tr/tháng")
    p.has("3.000 chiếc × 180.000 đồng = 540 triệu đồng", "cộng 1.040 triệu đồng", "612 + 336 + 225 = 1.173",
          "684 + 372 + 250 = 1.306", "400 : (358,5 + 30) ≈ 1,0 năm", "TCCS 01:2026/THTTL", "Nhãn hiệu")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bm05() -> Plan:
    p = Plan("bm05_ruoc_ca_ngu_thach_kim_cty")
    jar, bag, kg, fish = p.row("Ruốc hũ 200 g |"), p.row("Ruốc túi 1 kg |"), p.row("Tổng sản lượng ruốc"), p.row("Cá ngừ tươi |")
    r1, r2, rev = p.row("Ruốc hũ 200 g (85.000"), p.row("Ruốc túi 1 kg (320.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá ngừ tươi (35.000", "Gia vị, nước mắm", "Hũ PET", "Điện, gas", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    for y in Y:
        p.check(kg[y] == jar[y] * 0.2 + bag[y] and close(fish[y] * 1000, kg[y] * 3) and fish[y] <= 20, f"kg, fish 3:1, supply 20 t {y}")
        p.check(close(lines[0][y], fish[y] * 35) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], jar[y] * 0.008 + bag[y] * 0.003) and close(lines[3][y], kg[y] * 0.01)
                and lines[4][y] == 360 and close(lines[6][y], [400, 300, 200][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"stated profit = stated revenue − cost {y}")
        p.check(close(r2[y], bag[y] * 0.32) and close(rev[y], r1[y] + r2[y]) and kg[y] <= 15000, f"bulk revenue, total, capacity {y}")
    p.check(close(r1[0], jar[0] * 0.085) and close(r1[2], jar[2] * 0.085), "jar revenue 2027, 2029 right")
    p.check(r1[1] == 1200 and close(jar[1] * 0.085, 1020, 0.0001) and off(r1[1], 1020, 15), "PLANTED 2028 jar revenue 1.200 vs 1.020 (+17,6 %)")
    p.check(off(rev[1], 1596, 10) and close(prof[1] - 180, 353.6), "2028 total +11,3 %, true profit 353,6")
    p.check(close(900 / (avg1(prof) + 50), 1.94, 0.01) and close(900 / ((201 + 353.6 + 506.2) / 3 + 50), 2.23, 0.01),
            "tolerated: payback 1,9 on the wrong profit, 2,2 on the true one")
    p.check(220 + 130 + 100 + 50 + 400 == 900 == 500 + 400, "capital")
    p.has("85.000 đồng/hũ", "320.000 đồng/kg", "900 : (413,6 + 50) ≈ 1,9 năm", "Nhãn hiệu \"Sao Biển\"")
    p.check("nhãn" not in p.body.lower().replace("nhãn hiệu", ""), "PLANTED no label anywhere (only 'nhãn hiệu')")
    p.lacks(r"43/2017|111/2021|ghi nhãn|\btem\b", "PLANTED no labelling decree or sticker")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|\brác\b|mùi hôi|\bbể\b|biogas|phụ phẩm|đầu cá|ruột cá",
            "PLANTED no environmental measure")
    clean(p)
    return p


def bm06() -> Plan:
    p = Plan("bm06_nuoc_cam_ep_ngan_truoi_ctcp")
    bot, cam, days = p.row("Nước cam ép chai 330 ml"), p.row("Cam nguyên liệu |"), p.row("Ngày sản xuất")
    rev = p.row("Doanh thu (25.000")
    lines = [p.row(x) for x in ("Cam nguyên liệu (8.000", "Chai, nắp, nhãn", "Điện, nước, vệ sinh", "Lương (12",
                                 "Khấu hao |", "Lãi vay |", "Chiết khấu đại lý", "Quản lý doanh nghiệp")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(rev[y], bot[y] * 0.025) and close(cam[y] * 1000, bot[y] * 0.8) and cam[y] <= 135 + 900 * 0.85, f"revenue, oranges {y}")
        p.check(close(lines[0][y], cam[y] * 8) and close(lines[1][y], bot[y] * 0.0045) and close(lines[2][y], bot[y] * 0.001)
                and lines[3][y] == 1008 and close(lines[5][y], [1500, 1125, 750][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.15), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y:
            p.check(bot[y] / bot[y - 1] < 1.25, f"growth under 25 % {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "profit 2027, 2029 right")
    p.check(prof[1] == 806 and rev[1] - cost[1] == 606 and off(prof[1], 606, 30), "PLANTED 2028 profit 806 vs 606 (+33 %)")
    cap = 1500 * 1 * 160
    p.check(cap == 240000 and bot[0] <= cap and bot[1] <= cap and bot[2] == 290000 and off(bot[2], cap, 20),
            "PLANTED 2029 290.000 chai > 240.000 line capacity (+21 %)")
    p.check(650 + 550 + 600 + 500 + 100 + 600 == 3000 == 1500 + 1500 and 650 + 550 + 600 + 500 + 100 == 2400, "capital")
    p.check(close(3000 / (avg1(prof) + 300), 3.0, 0.01) and close(3000 / ((202 + 606 + 1103.5) / 3 + 300), 3.2, 0.01),
            "tolerated: payback 3,0 on the wrong profit, 3,2 on the true one")
    p.has("25.000 đồng/chai", "1.500 chai/ca", "160 ngày/năm", "dây chuyền hiện có đủ đáp ứng", "an toàn thực phẩm",
          "Nhãn hiệu \"Ngàn Trươi\"", "43/2017")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|quy chuẩn|kiểm nghiệm|thử nghiệm|hợp quy|hợp chuẩn",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(OLD, "cites a replaced instrument")
    clean(p)
    return p


def bm07() -> Plan:
    p = Plan("bm07_ruou_ngo_men_la_son_hong_htx")
    ch, chl, can, lit, corn = (p.row("Chai 500 ml (chai)"), p.row("Rượu chai quy ra lít"), p.row("Rượu can (lít)"),
                               p.row("Tổng sản lượng (lít)"), p.row("Ngô nếp (tấn)"))
    r1, r2, rev = p.row("Doanh thu rượu chai"), p.row("Doanh thu rượu can"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Ngô nếp (9.000", "Men lá, củi", "Chai, hộp, nhãn", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng |", "Quản lý, kiểm nghiệm", "Thuế tiêu thụ đặc biệt")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(chl[y] == ch[y] * 0.5 and lit[y] == chl[y] + can[y] and close(corn[y] * 1000, lit[y] * 2.5)
                and corn[y] <= 60 and lit[y] <= 12500, f"litres, corn 2,5 kg/l, supply 60 t, capacity {y}")
        p.check(close(r1[y], ch[y] * 0.09) and close(r2[y], can[y] * 0.11) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], corn[y] * 9) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], ch[y] * 0.012 + can[y] * 0.002) and lines[3][y] == 4 * 5.5 * 12
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[8][y], rev[y] * 0.2), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Hai nồi chưng cất", "Hệ thống lọc giảm", "Cải tạo nhà xưởng", "Bể chứa bã",
                                "Bao bì, hồ sơ", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 1000 and sum(items[:4]) == 700, "items = stated total 1.000, fixed 700")
    p.has("thành viên góp 500 triệu đồng; vay Ngân hàng Nông nghiệp và Phát triển nông thôn 300 triệu đồng")
    p.check(off(500 + 300, total, 15), "PLANTED sources 800 vs total 1.000 (−20 %)")
    p.check(avg1(prof) == 228.5 and close(1000 / (228.5 + 70), 3.4, 0.02), "payback 3,4")
    p.check(p.count("1048/QĐ-TTg") == 2 and p.count("781/QĐ-TTg") == 2 and "148/QĐ-TTg" not in p.body,
            "PLANTED replaced OCOP instruments, no current one")
    p.check(p.count("Rượu ngô men lá Hương Vĩnh") == 2 and p.count("Rượu ngô men lá Sơn Hồng") >= 1, "PLANTED a second product name")
    p.has("Giấy phép sản xuất rượu thủ công", "an toàn thực phẩm", "QCVN 6-3:2010/BYT", "Không dành cho người dưới 18 tuổi",
          "90.000 đồng/chai", "110.000 đồng/lít", "1.000 : (228,5 + 70) ≈ 3,4 năm")
    clean(p)
    return p


def bm08() -> Plan:
    p = Plan("bm08_dau_goi_bo_ket_dong_loc_tht")
    out = [p.row(f"{2027 + y} |", 3) for y in Y]  # bottles, price, revenue
    rev, cost, prof = p.row("Doanh thu |"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Nguyên liệu thảo mộc", "Chai, vòi, nhãn", "Lương (5", "Khấu hao |", "Bán hàng, chiết khấu",
                                 "Điện, nước, quản lý")]
    for y in Y:
        n, price, r = out[y]
        p.check(close(r, n * price / 1e6) and rev[y] == r, f"revenue {y}")
        p.check(close(lines[0][y], n * 0.015) and close(lines[1][y], n * 0.009) and lines[2][y] == 5 * 4.5 * 12
                and lines[3][y] == 25, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(n * 0.15 <= 2500 and n * 0.2 <= 4000 and n <= 600 * 200, f"material, capacity {y}")
    items = [p.one(x) for x in ("Nồi nấu cô đặc", "Máy khuấy trộn", "Máy chiết rót", "Cải tạo phòng pha chế", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 280 and stated == 320 and off(stated, 280, 10), "PLANTED table total 320 vs items 280 (+14 %)")
    p.check(170 + 150 == stated and sum(items[:4]) == 200, "sources = stated total; fixed 200")
    p.check(avg1(prof) == 264 and close(320 / (264 + 25), 1.1, 0.02), "payback 1,1 on the stated total")
    p.has("Tổ có 5 lao động làm việc thường xuyên", "Tổ sử dụng 8 lao động thường xuyên")
    p.check(off(8, 5, 50), "PLANTED workers 5 vs 8")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|văn bằng", "PLANTED no trademark or IP")
    p.has("95.000 đồng/chai", "Phiếu công bố sản phẩm mỹ phẩm", "TCCS 01:2025/TMĐL", "43/2017", "bể lắng")
    p.lacks(OLD, "cites a replaced instrument")
    clean(p)
    return p


def bm09() -> Plan:
    p = Plan("bm09_chanh_khong_hat_ky_tay_ho")
    rows = [p.row(f"{2027 + y} |", 11) for y in Y]
    for y in Y:
        t, rev, fert, lab, pack, trans, power, dep, intr, cost, prof = rows[y]
        p.check(close(rev, t * 14) and fert == 3 * 35 and lab == 4 * 5 * 12 and close(pack, t * 0.5) and close(trans, t * 1)
                and dep == 40 and close(intr, 200 * 0.07), f"revenue, cost lines {y}")
        p.check(close(cost, fert + lab + pack + trans + power + dep + intr) and close(prof, rev - cost), f"cost, profit {y}")
    supply = 3 * 20
    p.check(rows[0][0] <= supply and rows[1][0] <= supply, "2027, 2028 within 60 tấn")
    p.check(rows[2][0] == 68 and off(rows[2][0], supply, 10), "PLANTED 68 tấn sold vs 60 tấn orchard (+13 %)")
    p.check(rows[1][1] / rows[0][1] < 1.25 and rows[2][1] / rows[1][1] < 1.25, "growth under 25 %")
    p.check(avg1([r[10] for r in rows]) == 306 and close(600 / (306 + 40), 1.7, 0.02), "payback 1,7")
    p.check(180 + 150 + 70 + 200 == 600 == 400 + 200, "capital")
    p.has("không mua thêm chanh của hộ khác", "14.000 đ/kg", "600 : (306 + 40) ≈ 1,7 năm", "cam kết sản xuất thực phẩm an toàn")
    market = p.body.split("# PHẦN THỨ NĂM: THỊ TRƯỜNG", 1)[1].split("# PHẦN THỨ SÁU", 1)[0]
    p.check(not any(w in market.lower() for w in ("đồng", "đ/", "giá", "cửa hàng", "chợ", "siêu thị", "thương lái", "đại lý",
                                                    "công ty", "nhà hàng", "hợp đồng", "online", "facebook", "khách hàng")),
            "PLANTED market names no customer, channel or price")
    p.lacks(r"thương lái|siêu thị|\bchợ\b|đại lý|nhà phân phối|cửa hàng|hợp đồng (tiêu thụ|bán|mua)|bếp ăn|nhà hàng|facebook|zalo|shopee",
            "PLANTED no sales channel anywhere")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|giấy chứng nhận đăng ký",
            "PLANTED no business registration")
    p.lacks(OLD, "cites a replaced instrument")
    clean(p)
    return p


def bm10() -> Plan:
    p = Plan("bm10_cao_che_vang_cam_my_htx")
    kg, box, leaf, staff = p.row("Cao chè vằng |"), p.row("Quy ra hộp 100 g"), p.row("Lá chè vằng khô |"), p.row("Lao động |")
    rev = p.row("Doanh thu (120.000")
    lines = [p.row(x) for x in ("Lá chè vằng khô (20.000", "Hộp, túi, nhãn", "Điện, củi, nước", "Lương (8", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (10%", "Quản lý |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(box[y] == kg[y] * 10 and leaf[y] * 1000 == kg[y] * 10 and close(rev[y], box[y] * 0.12), f"boxes, leaves, revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 20) and close(lines[1][y], box[y] * 0.01) and close(lines[2][y], kg[y] * 0.03)
                and lines[3][y] == 8 * 6 * 12 and close(lines[5][y], [800, 600, 400][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaf[y] <= 100 and kg[y] <= 40 * 250 and staff[y] == 8, f"leaves 100 t, line 10.000 kg, 8 workers {y}")
    p.check(kg[1] / kg[0] == 2.4 and close(kg[2] / kg[1], 2.22) and rev[2] / rev[0] > 5 and kg[2] / 1200 > 6,
            "PLANTED ×2,4 then ×2,2 on 1.200 kg sold in 2026, same staff")
    p.check(750 + 250 + 200 + 600 == 1800 == 1000 + 800 and 750 + 250 + 200 == 1200, "capital, fixed 1.200")
    avg = sum(prof) / 3
    p.check(avg == 2441 and close(1800 / (avg + 150), 0.69, 0.01) and off(2.1, 1800 / (avg + 150), 100)
            and off(2.1, 1800 / avg, 100), "PLANTED payback 2,1 vs 0,69 (0,74 without depreciation)")
    p.has("≈ 2,1 năm", "120.000 đồng/hộp", "TCCS 02:2026/HTXCM", "Nhãn hiệu \"Vằng Cẩm Mỹ\"", "đăng ký môi trường")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|15/2018|cam kết|khám sức khỏe|công bố|HACCP|ISO 22000",
            "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(OLD, "cites a replaced instrument")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("bm11_mam_tep_xuan_hoi_so_sai")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.has("khoảng 3 tấn", "80.000 đồng/kg", "đã đăng ký hộ kinh doanh năm 2022")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải", "genuine gaps (tolerated)")
    clean(a)
    b = Plan("bm12_choi_dot_ha_linh_so_sai")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, half a page")
    b.has("25.000 đồng/chiếc")
    b.lacks(r"đăng ký|mã số thuế|tiêu chuẩn|nhãn|triệu|tấn|chiếc/năm", "genuine gaps (tolerated)")
    clean(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bm01, bm02, bm03, bm04, bm05, bm06, bm07, bm08, bm09, bm10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
