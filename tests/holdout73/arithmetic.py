"""The 73rd holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout73/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. Textual planted defects (no alcohol licence, no quality control, no environmental measure,
no food safety, no product standard, no label, replaced instruments, a second product name, no
registration) are asserted by the absence or presence of words, as is the absence of template
placeholders in every plan.
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


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|123/2018|\bhuyện\b"


def bv01() -> Plan:
    p = Plan("bv01_nuoc_mam_ca_com_xuan_hoi_cty")
    ch, can, lit, fish, staff = (p.row("Nước mắm chai 500 ml"), p.row("Nước mắm can 2 lít"),
                                 p.row("Tổng sản lượng nước mắm"), p.row("Cá cơm tươi sử dụng"),
                                 p.row("Lao động thường xuyên"))
    rev, rc, rk = p.row("Doanh thu |"), p.row("Nước mắm chai (60.000"), p.row("Nước mắm can (150.000")
    lines = [p.row(x) for x in ("Cá cơm tươi (22.000", "Muối hạt", "Chai, can, nắp", "Tiền lương",
                                 "Khấu hao tài sản", "Lãi vay", "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 2 and close(fish[y], lit[y] * 1.2), f"litres, fish 1,2 kg/l {y}")
        p.check(close(rc[y], ch[y] * 0.06) and close(rk[y], can[y] * 0.15) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.022) and close(lines[1][y], lit[y] * 0.0016)
                and close(lines[2][y], ch[y] * 0.006 + can[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 160)
                and close(lines[5][y], [1000, 750, 500][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(lit[y] <= 72 * 1000 and fish[y] <= 6 * 13000, f"72 bể capacity, 78 tấn fish {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "24 bể chượp", "Dây chuyền chiết rót", "Hệ thống xử lý nước thải",
                                "Thiết kế bao bì", "Vốn lưu động mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 2200 == 1200 + 1000 and sum(items[:4]) == 1600
            and close(1600 / 10, 160), "capital 2.200, fixed 1.600, depreciation 160")
    p.check(avg1(post) == 762.1 and close(2200 / (762.1 + 160), 2.4, 0.02), "average 762,1, payback 2,4")
    p.check(close(lit[0] / 28500, 1.26, 0.01) and lit[2] < 72000, "+26 % on 2025, within capacity")
    p.has("60.000 đồng/chai", "150.000 đồng/can", "(592,6 + 762,1 + 931,6) : 3 ≈ 762,1", "2.200 : (762,1 + 160) ≈ 2,4 năm",
          "tổng cộng 78 tấn/năm", "72.000 lít/năm", "Tổng nguồn vốn 2.200 triệu đồng", "TCVN 5107:2018",
          "Nghị định số 111/2021/NĐ-CP", "đăng ký môi trường", "mã QR")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or district body")
    return p


def bv02() -> Plan:
    p = Plan("bv02_che_vang_tui_loc_ky_thuong_htx")
    tl, cao, dry, fresh, staff = (p.row("Trà túi lọc (hộp 25"), p.row("Cao chè vằng (hộp 200"), p.row("Lá vằng khô"),
                                  p.row("Lá vằng tươi thu mua"), p.row("Lao động chế biến"))
    rev, rt, rc = p.row("Tổng doanh thu"), p.row("Trà túi lọc (45.000"), p.row("Cao chè vằng (120.000")
    lines = [p.row(x) for x in ("Lá vằng tươi (6.000", "Hộp, túi lọc", "Điện, nhiên liệu", "Tiền công",
                                 "Khấu hao", "Lãi vay", "Bán hàng (6%", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # nghìn đồng
        p.check(close(dry[y], tl[y] * 0.055 + cao[y] * 2) and close(fresh[y], dry[y] * 4), f"dry, fresh leaf {y}")
        p.check(close(rt[y], tl[y] * 45) and close(rc[y], cao[y] * 120) and close(rev[y], rt[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 6) and close(lines[1][y], tl[y] * 8 + cao[y] * 15)
                and close(lines[2][y], tl[y] * 1 + cao[y] * 10), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5500 * 12) and close(lines[4][y], 60000)
                and close(lines[5][y], [300000, 200000, 100000][y] * 0.07) and close(lines[6][y], rev[y] * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3e6, f"15 % tax {y}")
        p.check(fresh[y] <= 12 * 4000 and tl[y] * 25 <= 30 * 60 * 8 * 250, f"48 tấn leaves, bagging machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(150 + 250 + 120 + 80 + 100 == 700 == 400 + 300 and 150 + 250 + 120 + 80 == 600, "capital 700, fixed 600")
    p.check(close(sum(post) / 3 / 1000, 183.4, 0.001) and close(700 / (183.4 + 60), 2.9, 0.02), "average 183,4, payback 2,9")
    p.check(30 * 60 * 8 == 14400 and 14400 / 25 == 576 and 576 * 250 == 144000, "576 hộp/ca, 144.000 hộp/năm")
    p.check(close(rev[0] / 585000, 2.15, 0.01) and close((tl[0] + cao[0]) / (9000 + 1500), 2.19, 0.01),
            "2027 ×2,2 on 2025, explained by the new bagging machine and the Hà Nội distributor (8.000 hộp)")
    p.has("45.000 đồng/hộp", "120.000 đồng/hộp", "khoảng 48 tấn lá tươi/năm", "28,4 tấn năm 2027, 33,28 tấn năm 2028, 38,16 tấn",
          "Tổng vốn đầu tư 700 triệu đồng", "700 : (183,4 + 60) ≈ 2,9 năm", "Nghị định số 111/2021/NĐ-CP", "TCCS 01:2026/HTXKT",
          "không ghi công dụng chữa bệnh", "tem QR")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or district body")
    return p


def bv03() -> Plan:
    p = Plan("bv03_du_lich_cong_dong_son_kim_cp")
    nights, meals, tours = [2000, 2300, 2600], [6000, 7000, 8000], [3000, 3500, 4000]
    rooms = [n * 0.5 for n in nights]
    food = [m * 0.15 for m in meals]
    trips = [t * 0.2 for t in tours]
    rev = [rooms[y] + food[y] + trips[y] for y in Y]
    staff = p.row("Cộng |")
    p.check(staff == [12, 13, 14] and all(sum(p.row(x)[y] for x in ("Văn phòng, lễ tân", "Buồng phòng", "Bếp, nhà ăn",
                                                                    "Hướng dẫn viên, cứu hộ")) == staff[y] for y in Y),
            "staff table 12 / 13 / 14")
    lines = [[food[y] * 0.45 for y in Y], [staff[y] * 6 * 12 for y in Y], [rooms[y] * 0.2 for y in Y],
             [trips[y] * 0.25 for y in Y], [150] * 3, [64, 48, 32], [rev[y] * 0.08 for y in Y], [100, 110, 120]]
    cost = [lines_sum(lines, y) for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    rate = [0.15 if rev[y] <= 3000 else 0.17 for y in Y]
    post = [pre[y] * (1 - rate[y]) for y in Y]
    p.check(rev == [2500, 2900, 3300] and rooms == [1000, 1150, 1300] and food == [900, 1050, 1200]
            and trips == [600, 700, 800], "revenue 2,5 / 2,9 / 3,3 tỷ")
    p.check([round(x, 1) for x in cost] == [2133, 2353.5, 2574], "cost 2.133 / 2.353,5 / 2.574")
    p.check([round(x, 1) for x in pre] == [367, 546.5, 726], "pre-tax profit")
    p.check([round(x, 1) for x in post] == [311.9, 464.5, 602.6] and avg1(post) == 459.7, "15 % / 17 % tax, average 459,7")
    p.check(900 + 300 + 150 + 100 + 50 + 100 + 400 == 2000 == 1200 + 800 and 900 + 300 + 150 + 100 + 50 == 1500
            and close(1500 / 10, 150), "capital 2 tỷ, fixed 1.500, depreciation 150")
    p.check([800 * 0.08, 600 * 0.08, 400 * 0.08] == [64, 48, 32], "interest")
    p.check(close(2000 / (459.7 + 150), 3.3, 0.02), "payback 3,3")
    p.check([round(n / 3650 * 100) for n in nights] == [55, 63, 71], "occupancy 55 / 63 / 71 %")
    p.check(all(rev[y] / rev[y - 1] < 1.2 for y in (1, 2)) and close(nights[0] / 1100, 1.82, 0.01) and 10 / 4 == 2.5,
            "growth; 2027 room-nights ×1,8 on 2025 with 10 rooms instead of 4")
    p.has("2.000 đêm phòng × 500.000 đồng = 1.000 triệu đồng", "6.000 suất × 150.000 đồng = 900 triệu đồng",
          "3.000 lượt × 200.000 đồng = 600 triệu đồng", "tổng doanh thu 2,5 tỷ đồng",
          "lưu trú 1.150 triệu, ăn uống 1.050 triệu, trải nghiệm 700 triệu, tổng 2,9 tỷ đồng",
          "lưu trú 1.300 triệu, ăn uống 1.200 triệu, trải nghiệm 800 triệu, tổng 3,3 tỷ đồng",
          "(45% doanh thu ăn uống) 405 triệu đồng", "tiền lương 12 lao động 864 triệu đồng", "200 triệu đồng; thù lao",
          "(25% doanh thu trải nghiệm) 150 triệu đồng", "khấu hao 150 triệu đồng; lãi vay 64 triệu đồng",
          "(8% doanh thu) 200 triệu đồng", "Tổng chi phí năm 2027 là 2.133 triệu đồng",
          "tổng chi phí 2.353,5 triệu đồng (thực phẩm 472,5; lương 936; đồ dùng phòng 230; trải nghiệm 175; khấu hao 150; lãi vay 48; quảng bá 232; quản lý 110)",
          "tổng chi phí 2.574 triệu đồng (thực phẩm 540; lương 1.008; đồ dùng phòng 260; trải nghiệm 200; khấu hao 150; lãi vay 32; quảng bá 264; quản lý 120)",
          "367 triệu đồng năm 2027, 546,5 triệu đồng năm 2028 và 726 triệu đồng năm 2029",
          "311,9 triệu, 464,5 triệu và 602,6 triệu đồng, bình quân 459,7", "2.000 triệu đồng : (459,7 + 150) triệu đồng/năm ≈ 3,3 năm",
          "Tổng vốn đầu tư 2 tỷ đồng", "cổ đông góp 1.200 triệu đồng", "800 triệu đồng, lãi suất 8%/năm, trả gốc 200 triệu",
          "10 phòng × 365 ngày = 3.650 đêm phòng", "TCVN 7800:2017")
    p.check(len([r for r in p.rows if any("triệu" in c or "đồng" in c for c in r)]) == 0, "no money in any table")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or district body")
    return p


def bv04() -> Plan:
    p = Plan("bv04_mat_ong_rung_huong_quang_hkd")
    col, honey, ch, hu = p.row("Số đàn ong"), p.row("Sản lượng mật"), p.row("Chai 500 g (chai)"), p.row("Hũ 1 kg (hũ)")
    rc, rh, rev = p.row("Doanh thu chai 500 g"), p.row("Doanh thu hũ 1 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thức ăn bổ sung", "Thuốc thú y", "Chai, hũ, nắp", "Tiền công lao động", "Khấu hao",
                                 "Lãi vay", "Vận chuyển, bán hàng", "Thuế khoán", "Kiểm nghiệm, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (triệu")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(honey[y] == col[y] * 20 and honey[y] == ch[y] * 0.5 + hu[y], f"20 kg/đàn, kg sold {y}")
        p.check(close(rc[y], ch[y] * 0.12) and close(rh[y], hu[y] * 0.22) and close(rev[y], rc[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], col[y] * 0.15) and close(lines[1][y], col[y] * 0.05)
                and close(lines[2][y], ch[y] * 0.008 + hu[y] * 0.012), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [500, 375, 250][y] * 0.07) and close(lines[6][y], rev[y] * 0.07)
                and close(lines[7][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, flat tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(col[y] <= 350 + 120 and honey[y] <= 9000, f"forest area, dehumidifier capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(150 * 60 == 9000 and 250 + 250 + 300 + 200 + 100 == 1100 == 600 + 500 and 250 + 250 + 300 + 200 == 1000,
            "9.000 kg capacity, capital 1.100, fixed 1.000")
    p.check(avg1(prof) == 668.9 and close(1100 / (668.9 + 100), 1.4, 0.03), "average 668,9, payback 1,4")
    p.check(close(honey[0] / 3900, 1.54, 0.01) and col[0] == 200 + 100, "+54 % honey on 2025: 100 bought colonies")
    p.has("120.000 đồng/chai", "220.000 đồng/hũ", "(521,7 + 644,8 + 840,1) : 3 ≈ 668,9", "1.100 : (668,9 + 100) ≈ 1,4 năm",
          "Tổng vốn đầu tư 1.100 triệu đồng", "TCVN 5267-1:2008", "Nghị định 111/2021/NĐ-CP", "tem QR",
          "20 kg/đàn/năm", "đủ cho 400 đàn")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or district body")
    return p


def bv05() -> Plan:
    p = Plan("bv05_ruou_nep_cai_cam_hung_htx")
    ch, bi, lit, rice = p.row("Rượu chai 500 ml"), p.row("Rượu bình sứ 1 lít"), p.row("Tổng sản lượng rượu"), p.row("Gạo nếp sử dụng")
    lines = [p.row(x) for x in ("Gạo nếp (25.000", "Men lá, củi", "Chai, bình, nút", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng (8%", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"{2027 + y}", 4) for y in Y]  # years as rows: litres, revenue, cost, profit
    staff = [8, 9, 10]
    rev = [ch[y] * 0.09 + bi[y] * 0.2 for y in Y]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] and close(rice[y], lit[y] * 1.2), f"litres, 1,2 kg rice/l {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], ch[y] * 0.012 + bi[y] * 0.04), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [600, 400, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.08), f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(s[0] == lit[y] and close(s[1], rev[y]) and close(s[2], cost[y]), f"summary row {y}")
        p.check(rice[y] <= 25000 and lit[y] <= 4 * 30 * 300, f"25 tấn rice contract, 36.000 l stills {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(summary[0][3], summary[0][1] - summary[0][2]) and close(summary[2][3], summary[2][1] - summary[2][2]),
            "2027 and 2029 profit right")
    p.check(round(summary[1][1] - summary[1][2], 1) == 851.4 and summary[1][3] == 1051.4
            and off(summary[1][3], summary[1][1] - summary[1][2]), "PLANTED 2028 profit 1.051,4 != 2.970 - 2.118,6 = 851,4")
    items = [450, 250, 150, 150, 50, 450]
    p.check(sum(items) == 1500 and 600 + 600 + 100 == 1300 and off(1300, 1500), "PLANTED sources 1.300 != investment 1.500")
    p.check(sum(items[:4]) == 1000 and close(1000 / 10, 100), "fixed 1.000, depreciation 100")
    stated = (698 + 1051.4 + 1004.8) / 3
    true = (698 + 851.4 + 1004.8) / 3
    p.check(close(stated, 918.1, 0.001) and close(1500 / (stated + 100), 1.5, 0.02), "stated 918,1, payback 1,5")
    p.check(close(1500 / (true + 100), 1.58, 0.01), "tolerated knock-on: true payback 1,58")
    p.check(close(lit[0] / 10500, 1.33, 0.01), "+33 % on 2025 with 4 new stills")
    p.has("90.000 đồng/chai", "200.000 đồng/bình", "Tổng vốn đầu tư của phương án là 1.500 triệu đồng",
          "thành viên góp thêm 600 triệu đồng", "Ngân hàng Nông nghiệp và Phát triển nông thôn 600 triệu đồng",
          "OCOP của tỉnh cho thiết kế bao bì, máy lọc 100 triệu đồng", "Nâng cấp nhà xưởng, kho hạ thổ: 450 triệu đồng",
          "4 nồi chưng cất inox dùng hơi: 250 triệu đồng", "40 chum sành và bồn inox: 150 triệu đồng",
          "Máy lọc, máy chiết rót: 150 triệu đồng", "Thiết kế bao bì, nhãn, đăng ký nhãn hiệu: 50 triệu đồng",
          "Vốn lưu động (mua gạo, chai, bình): 450 triệu đồng", "1.500 : (918,1 + 100) ≈ 1,5 năm",
          "1.800 triệu đồng từ rượu chai", "2.070 và 900 triệu đồng", "2.340 và 1.000 triệu đồng",
          "hợp đồng bao tiêu 25 tấn gạo/năm", "36.000 lít/năm", "QCVN 6-3:2010/BYT", "độ cồn")
    p.lacks(r"giấy phép|105/2017|17/2020|cấp phép|rượu thủ công nhằm mục đích kinh doanh",
            "PLANTED no licence to produce handmade alcohol, held or planned")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def bv06() -> Plan:
    p = Plan("bv06_cam_bu_son_truong_tht")
    out, g1, g2 = [120, 140, 300], [72, 84, 180], [48, 56, 120]
    true = [g1[y] * 30 + g2[y] * 18 for y in Y]  # triệu đồng (tấn × nghìn đồng/kg)
    stated = [3024, 4200, 7560]
    lines = [p.row(x) for x in ("Phân bón, thuốc sinh học", "Công chăm sóc", "Thu hái, phân loại", "Thùng carton cam",
                                 "Vận chuyển, bán hàng", "Khấu hao", "Lãi vay", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí")
    ha = p.row("Cộng |", 2)
    p.check(ha == [12, 12] and sum(p.one(f"Thôn Trường {x}", 0) for x in ("Xuân", "Thủy", "Lâm")) == 12, "12 hộ, 12 ha")
    for y in Y:
        p.check(g1[y] + g2[y] == out[y] and close(g1[y] / out[y], 0.6), f"60 % grade 1 {y}")
        p.check(close(lines[0][y], 12 * 60) and close(lines[1][y], 12 * 45) and close(lines[2][y], out[y] * 2)
                and close(lines[3][y], g1[y] * 1.5) and close(lines[4][y], stated[y] * 0.05)
                and close(lines[5][y], 100) and close(lines[6][y], 500 * 0.07) and close(lines[7][y], 50), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    p.check(close(stated[0], true[0]) and close(stated[2], true[2]), "2027 and 2029 revenue right")
    p.check(true[1] == 3528 and off(stated[1], true[1]) and stated[1] == 140 * 30, "PLANTED 2028 revenue 4,2 tỷ != 3,528 tỷ (140 tấn all at 30.000)")
    p.check(out[2] / out[1] > 2 and out[2] > 12 * 12 and off(out[2], 12 * 12) and stated[2] / stated[1] > 1.5,
            "PLANTED 2029 output ×2,14 on the same 12 ha (12 tấn/ha gives 144 tấn)")
    p.check(out[0] <= 144 and out[1] <= 144 and close(105 / 12, 8.75), "2027-2028 within 12 tấn/ha; 8,75 tấn/ha in 2025")
    prof = [stated[y] - cost[y] for y in Y]
    p.check([round(x, 1) for x in prof] == [1079.8, 2139, 4867] and off(prof[1], true[1] - cost[1]),
            "stated profits = stated revenue - cost; 2028 knock-on (true 1.467)")
    p.check(round(sum(prof) / 3, 1) == 2695.3 and close(1000 / (2695.3 + 100), 0.36, 0.01), "average 2.695,3, payback ≈ 0,4")
    p.check(480 + 320 + 200 == 1000 == 500 + 500 and close(800 / 8, 100), "capital 1.000, depreciation 100")
    p.has("72 tấn loại 1 giá 30.000 đồng/kg và 48 tấn loại 2 giá 18.000 đồng/kg, doanh thu 3,024 tỷ đồng",
          "Năm 2028 sản lượng 140 tấn (84 tấn loại 1, 56 tấn loại 2), doanh thu dự kiến 4,2 tỷ đồng",
          "sản lượng đạt 300 tấn, trong đó 180 tấn loại 1 và 120 tấn loại 2, doanh thu 7,56 tỷ đồng",
          "năng suất bình quân dự kiến đạt 12 tấn/ha", "năm 2027 đạt 1.079,8 triệu đồng; năm 2028 đạt 2.139 triệu đồng; năm 2029 đạt 4.867",
          "1.000 : (2.695,3 + 100) ≈ 0,4 năm", "Tổng vốn đầu tư 1.000 triệu đồng")
    p.check(not any("Doanh thu" in c or "Lợi nhuận" in c for r in p.rows for c in r), "revenue and profit only in running text")
    p.lacks(r"truy xuất|nhật ký|VietGAP|\bGAP\b|kiểm soát|mã lô|\bQR\b|ghi chép|ghi sổ|\bsổ\b|hồ sơ lô|kiểm tra chất lượng",
            "PLANTED no internal quality control or traceability anywhere")
    p.check("trồng mới" not in p.body and "mở rộng diện tích" not in p.body, "no new planting")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def bv07() -> Plan:
    p = Plan("bv07_hop_tra_go_mit_trung_le_cty")
    s, l, n, wood, staff = (p.row("Hộp trà nhỏ |"), p.row("Bộ hộp trà lớn kèm khay"), p.row("Tổng số sản phẩm"),
                            p.row("Gỗ mít xẻ"), p.row("Lao động"))
    rev, rs, rl = p.row("Doanh thu |"), p.row("Hộp trà nhỏ (280.000"), p.row("Bộ hộp trà lớn (650.000")
    lines = [p.row(x) for x in ("Gỗ mít (8", "Sơn PU, bản lề", "Hộp giấy, túi", "Tiền lương", "Điện |", "Khấu hao",
                                 "Lãi vay", "Bán hàng (7%", "Quản lý |")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 25 * 300
    for y in Y:  # triệu đồng
        p.check(n[y] == s[y] + l[y] and close(wood[y], s[y] * 0.005 + l[y] * 0.015, 0.02), f"count, wood {y}")
        p.check(close(rs[y], s[y] * 0.28) and close(rl[y], l[y] * 0.65) and close(rev[y], rs[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], wood[y] * 8) and close(lines[1][y], s[y] * 0.02 + l[y] * 0.05)
                and close(lines[2][y], n[y] * 0.01), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[5][y], 90)
                and close(lines[6][y], [600, 400, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.07), f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(wood[y] <= 100, f"100 m³ wood contract {y}")
        p.check(off(n[y], cap) and n[y] > cap, f"PLANTED output {n[y]:.0f} > CNC capacity 7.500 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one("Máy khắc CNC 2 đầu", skip=1)] + [p.one(x) for x in ("Máy cưa bàn, máy bào", "Mở rộng nhà xưởng",
                                                                   "Lò sấy gỗ 5", "Thiết kế bao bì", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 1300 and stated == 1400 and off(stated, sum(items)), "PLANTED investment total 1.400 != items 1.300")
    p.check(800 + 600 == stated and off(800 + 600, sum(items)), "tolerated knock-on: sources match the wrong total")
    p.check(sum(items[:4]) == 900 and close(900 / 10, 90), "fixed 900, depreciation 90")
    p.check(avg1(post) == 589.1 and close(1400 / (589.1 + 90), 2.1, 0.02) and close(1300 / (589.1 + 90), 1.91, 0.01),
            "stated payback 2,1 on 1.400; 1,9 on the true sum")
    p.check(close(n[0] / 5200, 1.54, 0.01), "+54 % on 2025")
    p.has("25 sản phẩm/ngày", "300 ngày/năm, công suất xưởng khoảng 7.500 sản phẩm/năm", "Mỗi sản phẩm đều phải qua máy khắc",
          "280.000 đồng/chiếc", "650.000 đồng/bộ", "1.400 : (589,1 + 90) ≈ 2,1 năm", "vốn chủ sở hữu 800 triệu đồng",
          "600 triệu đồng, lãi suất 8%/năm", "sơn PU", "chà nhám")
    p.lacks(r"môi trường|bụi|mùn cưa|xử lý|chất thải|nước thải|\bthải\b|\brác\b|hút|khí độc|dung môi|phòng sơn|buồng sơn|phế liệu|tận dụng",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def bv08() -> Plan:
    p = Plan("bv08_banh_ram_it_thuan_thien_hkd")
    hop, khay, cai = p.row("Số hộp 10 cái"), p.row("Số khay 30 cái"), p.row("Tổng số bánh")
    rh, rk, rev = p.row("Doanh thu hộp"), p.row("Doanh thu khay"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp |", "Nhân tôm, thịt", "Dầu chiên, gas", "Hộp, khay, nhãn", "Tiền công lao động thuê",
                                 "Khấu hao", "Lãi vay", "Điện, kho lạnh", "Bán hàng, vận chuyển", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    rice = [c / 40 for c in cai]
    hired = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(cai[y] == hop[y] * 10 + khay[y] * 30, f"bánh count {y}")
        p.check(close(rh[y], hop[y] * 0.05) and close(rk[y], khay[y] * 0.135) and close(rev[y], rh[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.028) and close(lines[1][y], cai[y] * 0.0006)
                and close(lines[2][y], cai[y] * 0.00015) and close(lines[3][y], hop[y] * 0.003 + khay[y] * 0.006),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], hired[y] * 5.5 * 12) and close(lines[5][y], 40)
                and close(lines[6][y], [200, 150, 100][y] * 0.07) and close(lines[8][y], rev[y] * 0.06)
                and close(lines[9][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(cai[y] <= 1400 * 300, f"420.000 bánh capacity {y}")
        p.check(rice[y] > 6000 and off(rice[y], 6000), f"PLANTED rice need {rice[y]:.0f} kg > 6 tấn contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(150 + 60 + 90 + 100 == 400 == 200 + 200 and close(300 / 7.5, 40), "capital 400, depreciation 40")
    avg = sum(prof) / 3
    p.check(close(avg, 394.5, 0.001), "average profit 394,5")
    true = 400 / (avg + 40)
    p.check(close(true, 0.92, 0.01) and off(3, true) and off(3, 400 / avg), "PLANTED payback 3 năm != 0,9 (1,0 without depreciation)")
    p.check(close(cai[0] / 210000, 1.38, 0.01), "+38 % on 2025 with cold store and fryers")
    p.has("1 kg gạo nếp làm được 40 cái bánh", "6 tấn/năm, giá 28.000 đồng/kg, đủ cho nhu cầu sản xuất của hộ",
          "Thời gian hoàn vốn dự kiến khoảng 3 năm", "khoảng 394,5 triệu đồng/năm", "50.000 đồng/hộp", "135.000 đồng/khay",
          "Tổng vốn đầu tư 400 triệu đồng", "420.000 cái/năm", "Nghị định 111/2021/NĐ-CP")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|HACCP|ISO 22000",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def bv09() -> Plan:
    p = Plan("bv09_tinh_bot_nghe_duc_linh_cp")
    hu, tui, kg, cu, staff = (p.row("Tinh bột nghệ hũ 100 g"), p.row("Tinh bột nghệ túi 500 g"), p.row("Tổng sản lượng tinh bột"),
                              p.row("Củ nghệ tươi |"), p.row("Lao động |"))
    rh, rt, rev = p.row("Doanh thu hũ 100 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Củ nghệ tươi (5.000", "Điện, nước, sấy", "Hũ thủy tinh, túi zip", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng (8%", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.1 + tui[y] * 0.5 and cu[y] == kg[y] * 40 / 1000, f"kg, 40 kg củ/kg {y}")
        p.check(close(rh[y], hu[y] * 0.12) and close(rt[y], tui[y] * 0.5) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], cu[y] * 5) and close(lines[1][y], kg[y] * 0.06)
                and close(lines[2][y], hu[y] * 0.008 + tui[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 80)
                and close(lines[5][y], [500, 375, 250][y] * 0.08) and close(lines[6][y], rev[y] * 0.08), f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % tax {y}")
        p.check(cu[y] <= 8 * 25 and cu[y] <= 0.4 * 280, f"8 ha supply 200 tấn, line 112 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(200 + 250 + 250 + 100 + 200 == 1000 == 500 + 500 and close(800 / 10, 80), "capital 1.000, depreciation 80")
    p.check(avg1(post) == 551.5 and close(1000 / (551.5 + 80), 1.6, 0.02), "average 551,5, payback 1,6")
    p.check(close(kg[0] / 1200, 1.67, 0.01), "+67 % on 2025 with the new line")
    p.has("vùng nguyên liệu 15 ha tại xã Đức Lĩnh", "vùng nguyên liệu 8 ha ở bãi ven sông")  # PLANTED figure-inconsistent
    p.check(off(15, 8), "PLANTED 15 ha != 8 ha")
    p.has("120.000 đồng/hũ", "500.000 đồng/túi", "Tổng vốn đầu tư 1.000 triệu đồng", "1.000 : (551,5 + 80) ≈ 1,6 năm",
          "tổng khoảng 200 tấn/năm", "112 tấn củ/năm", "đủ điều kiện an toàn thực phẩm")
    p.lacks(r"tiêu chuẩn|TCCS|TCVN|QCVN|công bố|kiểm nghiệm|phiếu kết quả|hợp chuẩn|hợp quy",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b", "PLANTED no label or labelling decree anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")
    return p


def bv10() -> Plan:
    p = Plan("bv10_che_xanh_bup_huong_xuan_coso")
    tui, hop = [10000, 11500, 13000], [1000, 1200, 1400]
    kg = [tui[y] * 0.2 + hop[y] * 0.5 for y in Y]
    bup = [k * 5 for k in kg]
    rt, rh, rev = p.row("Doanh thu chè túi"), p.row("Doanh thu hộp quà"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Búp chè tươi", "Điện, củi", "Túi, hộp, nhãn", "Tiền công", "Khấu hao", "Lãi vay",
                                 "Bán hàng (5%", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [4, 4, 5]
    for y in Y:  # triệu đồng
        p.check(close(rt[y], tui[y] * 0.06) and close(rh[y], hop[y] * 0.18) and close(rev[y], rt[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], bup[y] * 0.012) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], tui[y] * 0.003 + hop[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5 * 12) and close(lines[4][y], 30) and close(lines[5][y], 150 * 0.07)
                and close(lines[6][y], rev[y] * 0.05), f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bup[y] <= 25000 and bup[y] <= 100 * 250, f"25 tấn supply and machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(kg == [2500, 2900, 3300] and bup == [12500, 14500, 16500], "kg and búp")
    hist = [p.row(f"{2023 + i} |", 3) for i in range(3)]  # years as rows: búp tấn, chè kg, price
    p.check(all(h[1] * 5 == h[0] * 1000 for h in hist) and close(hist[2][1] * hist[2][2] / 1e6, 420)
            and all(1.1 <= hist[i][1] / hist[i - 1][1] <= 1.125 for i in (1, 2)), "history 2023-2025, 420 triệu in 2025")
    p.check(80 + 60 + 40 + 120 + 50 == 350 == 200 + 150 and close(300 / 10, 30), "capital 350, depreciation 30")
    p.check(avg1(prof) == 255.7 and close(350 / (255.7 + 30), 1.2, 0.03), "average 255,7, payback 1,2")
    p.check(close(kg[0] / 2000, 1.25) and close(bup[0] / 10000, 1.25), "+25 % on 2025")
    p.has("60.000 đồng/túi", "180.000 đồng/hộp", "Tổng vốn đầu tư 350 triệu đồng", "350 : (255,7 + 30) ≈ 1,2 năm",
          "Tổng nguồn khoảng 25 tấn/năm", "công suất 25 tấn búp tươi/năm")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị định số 38/2012/NĐ-CP", "theo Nghị định 38/2012/NĐ-CP")  # PLANTED
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED the current instruments are not cited")
    p.check(p.count("hè búp Hồng Hà") == 3 and "Hồng Hà" not in p.body.split("# 5. Sản phẩm")[0]
            and p.count("Tân Hương") >= 8, "PLANTED a second product name (Chè búp Hồng Hà) three times in market and story")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép|công ty", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bv11_mut_gung_cam_due_so_sai")
    a.has("khoảng 300 kg mứt", "gấp nhiều lần")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 300, "no table, a third of a page")
    a.lacks(r"đồng|triệu|tỷ|đăng ký|giấy chứng nhận|an toàn thực phẩm|nhãn|tiêu chuẩn", "no price, money, registration, compliance")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bv12_non_la_huong_thuy_so_sai")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, under half a page")
    b.lacks(r"\d+\s*(đồng|triệu|tỷ|chiếc|cái|%|kg|người)|đồng/", "no figure at all")
    b.lacks(r"nhãn|tiêu chuẩn|môi trường", "no label, standard, environment")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bv01, bv02, bv03, bv04, bv05, bv06, bv07, bv08, bv09, bv10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
