"""Holdout set 98's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout98/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth (also where the plan gives it only as a percentage),
quarter and season splits. Table figures are read from the plan's source with
tests/holdout/plancheck.py; figures quoted from running text are looked up verbatim, so the
numbers cannot drift from the text. Planted numeric defects are asserted wrong by more than 5 %
with the true value computed, everything else right within 1 %. The textual planted defects (no
environmental measure, no food safety, no alcohol licence, no product standard, a second producer
name, two worker counts, replaced instruments cited, no investment section, template
placeholders, no trademark) are asserted by the absence or presence of their words; no plan but
cu09 cites a replaced instrument, and no plan but cu10 holds a template placeholder.
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

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|Luật Hợp tác xã năm 2012|23/2012/QH13|123/2018|"
            r"01/2021/NĐ-CP|03/2014/TT|07/2019/TT|\bhuyện\b")


class Plan(plancheck.Plan):
    src = HERE / "src"


def tax_rate(revenue_trieu: float) -> float:
    """Corporate income tax by annual revenue (triệu đồng): 15 % up to 3 tỷ, 17 % above."""
    return 0.15 if revenue_trieu <= 3000 else 0.17


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def cu01() -> Plan:
    p = Plan("cu01_banh_da_vung_vuong_loc_htx")
    tui, buon, n = p.row("Bánh đa vừng nướng sẵn túi 5 chiếc"), p.row("Bánh đa vừng sống bán buôn"), p.row("Tổng số bánh")
    rice, sesame = p.row("Gạo tẻ |"), p.row("Vừng đen |")
    staff_m, staff_d, staff = p.row("Quản lý (Giám đốc"), p.row("Lao động trực tiếp"), p.row("Tổng cộng")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo tẻ (14.000", "Vừng đen (60.000", "Gừng, muối, đường", "Trấu, điện sấy",
                                 "Bao bì, nhãn, gói hút ẩm", "Tiền công khoán", "Lương bộ phận quản lý",
                                 "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển, quảng bá",
                                 "Kiểm nghiệm, chi phí khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (15%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; quantities in túi / chiếc / tấn / kg
        p.check(n[y] == tui[y] * 5 + buon[y], f"chiếc = túi × 5 + bánh sống {y}")
        p.check(close(rice[y], n[y] * 0.05 / 1000) and close(sesame[y], n[y] * 0.005), f"rice 50 g, sesame 5 g a chiếc {y}")
        p.check(rice[y] <= 35 and sesame[y] <= 2800, f"within the 35-tấn rice contract and 2,8-tấn sesame floor {y}")
        p.check(close(rev[y], tui[y] * 0.03 + buon[y] * 0.0035), f"revenue = túi × 30.000 + chiếc × 3.500 {y}")
        p.check(close(lines[0][y], rice[y] * 1000 * 0.014) and close(lines[1][y], sesame[y] * 0.06)
                and close(lines[2][y], n[y] * 0.0001) and close(lines[3][y], n[y] * 0.0002)
                and close(lines[4][y], tui[y] * 0.0025 + buon[y] * 0.0001) and close(lines[5][y], n[y] * 0.0012),
                f"per-unit costs {y}")
        p.check(close(lines[6][y], staff_m[y] * 6 * 12) and close(lines[7][y], 90)
                and close(lines[8][y], [400, 300, 200][y] * 0.075), f"salaries, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(staff[y] == staff_m[y] + staff_d[y], f"staff total {y}")
        p.check(n[y] <= 3000 * 250, f"within 750.000 chiếc capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(150000 + 80000 + 85000 + 135000 == n[0] and 150000 / 70 < 3000, "quarters add to 2027; Q1 under capacity")
    p.check(close(lines[5][0] / staff_d[0] / 12, 3.0) and close(lines[5][2] / staff_d[2] / 12, 3.24, 0.02), "wages 3–3,3 tr")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng thêm 120 m²", "Máy tráng bánh bán tự động", "Máy nướng bánh hồng ngoại (2 máy)",
                                "Máy hàn túi, cân điện tử", "Thiết kế bao bì, mã vạch", "Vốn lưu động mua gạo")]
    p.check(sum(items) == p.one("Tổng cộng", skip=1) == 1200 == 700 + 400 + 100, "investment 1.200 = sources")
    p.check(sum(items[:4]) == 900 and close(900 / 10, 90), "fixed 900, depreciation 90")
    p.check(p.one("Cộng") == 300 + 150 + 16 + 14 + 20 == items[1] + items[2] + items[3], "equipment table 500")
    p.check(avg1(post) == 386.3 and close(1200 / (386.3 + 90), 2.5, 0.02), "average profit, payback 2,5")
    p.check(close(tui[0] * 5 / n[0], 0.44, 0.01) and close(tui[2] * 5 / n[2], 0.47, 0.01), "44 % → 47 % bagged")
    p.check(close(n[0] / 410000, 1.10, 0.01), "+10 % on 2026")
    p.has("30.000 đồng/túi", "3.500 đồng/chiếc", "1 tạ gạo tẻ cho khoảng 2.000 chiếc bánh", "2.250 kg vừng (225 yến)",
          "tối đa 35 tấn gạo tẻ mỗi năm", "3,2–4 tấn mỗi năm", "tối thiểu 2,8 tấn/năm", "khoảng 750.000 chiếc/năm",
          "40.000 túi × 30.000 đồng = 1.200 triệu đồng", "250.000 chiếc bánh sống × 3.500 đồng = 875 triệu đồng",
          "tổng doanh thu 2.075 triệu đồng", "cộng 2.325 tr", "cộng 2.575 tr", "1.200 : (386,3 + 90) ≈ 2,5 năm",
          "(296,6 + 386,3 + 476) : 3 ≈ 386,3", "vốn góp thêm của thành viên 700 tr.đ", "400 tr.đ, thời hạn 5 năm",
          "quỹ đầu tư phát triển tích lũy của hợp tác xã 100 tr.đ", "năm 2027 là 30 tr", "năm 2028 là 22,5 tr",
          "khoảng 22–28 tấn gạo", "năm 2027 tổng tiền công khoảng 540 tr")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    return p


def cu02() -> Plan:
    p = Plan("cu02_ruou_nep_cai_duc_huong_cty")
    years = [p.row(f"Năm {2027 + y}", 4) for y in Y]  # output table, years as rows: chai, bình, lít, tấn gạo
    summary = [p.row(f"Năm {2027 + y}", 6) for y in Y]  # years as rows: revenue, excise, cost, pre, CIT, post
    lines = [p.row(x) for x in ("Gạo nếp (32.000", "Men lá (3.000", "Chai, nút, nhãn, hộp", "Điện, nước, củi",
                                 "Tiền lương |", "Khấu hao tài sản cố định", "Lãi vay |", "Chi phí bán hàng, chiết khấu",
                                 "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí (chưa gồm thuế TTĐB)")
    staff = p.row("Tổng cộng")
    rice = p.row("Gạo nếp cái hoa vàng", 4)
    staffing = [7, 7, 8]
    for y in Y:  # 1.000 đồng in the tables
        chai, binh, lit, tan = years[y]
        rev, excise, c, pre, cit, post = summary[y]
        p.check(lit == chai * 0.5 + binh * 2 and close(tan, lit / 0.75 / 1000), f"litres, rice 0,75 l/kg {y}")
        p.check(close(rice[y], tan * 1000) and rice[y] <= rice[3], f"rice table within the 20-tấn contract {y}")
        p.check(close(rev, chai * 180 + binh * 650), f"revenue = chai × 180.000 + bình × 650.000 {y}")
        p.check(close(excise, rev * 65 / 165), f"excise 65 % on the pre-excise price {y}")
        p.check(close(lines[0][y], tan * 1000 * 32) and close(lines[1][y], tan * 1000 * 3)
                and close(lines[2][y], chai * 15 + binh * 90) and close(lines[3][y], lit * 4), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6500 * 12) and staff[y] == staffing[y] and close(lines[5][y], 105000)
                and close(lines[6][y], [500000, 375000, 250000][y] * 0.08) and close(lines[7][y], rev * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]), f"cost sum {y}")
        p.check(close(pre, rev - excise - c) and rev > 3000000 and close(cit, pre * 0.17) and close(post, pre - cit),
                f"profit, 17 % CIT {y}")
        p.check(lit <= 2 * 50 * 250 * 0.75 and lit <= 18000 * 2, f"still 18.750 lít, aging 18.000 × 2 {y}")
        if y:
            p.check(summary[y][0] / summary[y - 1][0] < 1.2, f"growth {y}")
    p.check(2 * 50 * 250 * 0.75 == 18750 and close(6 * 5.5 * 0.65, 21.45), "18.750 lít capacity; ≈21 tấn rice in the area")
    items = [p.one(x) for x in ("Cải tạo nhà nấu, xây kho ủ chum", "Nồi nấu, chưng cất inox và bộ làm lạnh",
                                "Máy lọc, chiết rót, đóng nút", "Chum sành 100 lít (120", "Bể lắng, hầm biogas",
                                "Thiết kế bao bì, nhãn, kiểm nghiệm", "Vốn lưu động (gạo")]
    p.check(sum(items) == p.one("Tổng cộng", skip=1) == 1500 == 1000 + 500 and sum(items[:5]) == 1050,
            "investment 1.500 = sources, fixed 1.050")
    p.check(p.one("Cộng") == 460 == items[1] + items[2] + items[3], "equipment 460")
    post = [s[5] for s in summary]
    avg = sum(post) / 3
    p.check(close(avg, 286207.7, 0.001) and close(1500 / (avg / 1000 + 105), 3.8, 0.02), "average 286,2, payback 3,8")
    p.check(close(years[0][2] / 8000, 1.125) and close(years[1][2] / years[0][2], 1.167, 0.01), "+12,5 %, +14–17 %")
    p.has("180.000 đồng/chai", "650.000 đồng/bình", "1 tạ gạo nếp cho khoảng 75 lít rượu", "120 tạ (12 tấn)",
          "tối thiểu 20 tấn gạo nếp/năm", "khoảng 18.750 lít rượu/năm", "14.000 chai × 180.000 đồng = 2.520 triệu đồng",
          "1.000 bình × 650.000 đồng = 650 triệu đồng", "cộng 3.170 triệu đồng (3,17 tỷ đồng)", "cộng 3.692,5 tr",
          "cộng 4.215 tr", "(169.330 + 307.788 + 381.505) : 3 ≈ 286.208", "1.500 : (286,2 + 105) ≈ 3,8 năm",
          "vốn chủ sở hữu của công ty 1.000 triệu đồng", "500 triệu đồng, thời hạn 4 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 06/GP-SXRTC", "15/3/2028",
          "trong tháng 01/2028", "QCVN 6-3:2010/BYT", "Đã uống rượu, bia không lái xe", "Bỗng rượu")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    return p


def cu03() -> Plan:
    p = Plan("cu03_rau_an_toan_dong_mon_htx")
    xuan, he, dong, total = p.row("Vụ Xuân"), p.row("Vụ Hè Thu"), p.row("Vụ Đông"), p.row("Cả năm")
    yields = [p.row("Vụ Xuân", 4)[0], p.row("Vụ Hè Thu", 4)[0], p.row("Vụ Đông", 4)[0]]
    ha = [6, 7, 8]
    rev, cost = p.row("Doanh thu |"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thu mua rau của thành viên", "Túi, khay, nhãn, tem", "Điện, nước, kho mát",
                                 "Vận chuyển, giao hàng", "Tiền lương |", "Khấu hao |", "Lãi vay |",
                                 "Chứng nhận VietGAP, kiểm nghiệm", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng lao động hưởng lương")
    packed = [120, 150, 180]
    for y in Y:  # triệu đồng; tấn
        p.check(xuan[y] == ha[y] * yields[0] and he[y] == ha[y] * yields[1] and dong[y] == ha[y] * yields[2]
                and total[y] == xuan[y] + he[y] + dong[y], f"season output = ha × yield {y}")
        whole = total[y] - packed[y]
        p.check(close(rev[y], packed[y] * 16 + whole * 9), f"revenue = packed × 16.000 + wholesale × 9.000 {y}")
        p.check(close(lines[0][y], total[y] * 7) and close(lines[1][y], packed[y] * 0.8)
                and close(lines[2][y], total[y] * 0.3) and close(lines[3][y], total[y] * 0.4), f"per-kg costs {y}")
        p.check(close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 78)
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax by revenue {y}")
        p.check(total[y] <= 1.5 * 300, f"packing house 450 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(yields == [14, 9, 16] and close(14 * 0.05 * 10, 7) and close(9 * 0.05 * 10, 4.5) and close(16 * 0.05 * 10, 8),
            "tấn/ha to tạ/sào (sào 500 m²)")
    p.check(close(dong[2] / 120, 1.07, 0.01), "vụ Đông 2029 ≈ 1,1 tấn a day")
    area = [p.row(f"Năm {2027 + y}", 4) for y in Y]  # ha, sào, households, tấn
    p.check(all(area[y][0] == ha[y] and area[y][1] == ha[y] * 20 and area[y][3] == total[y] for y in Y)
            and area[2][2] == 38 + 12, "area table: ha, sào (500 m²), 38 → 50 households, output")
    equipment = [p.one(x) for x in ("Máy rửa rau sục khí", "Bàn inox sơ chế", "Máy hàn miệng túi liên tục", "Cân điện tử 60 kg")]
    p.check(close(sum(equipment), 80) and p.one("Cộng |") == 80, "equipment table 80 = investment item 3")
    p.check(close(packed[0] / total[0], 0.513, 0.01) and close(packed[2] / total[2], 0.577, 0.01), "51 % → 58 % packed")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng gói 150 m²", "Nhà lưới 1 ha", "Máy rửa rau, bàn inox", "Bao bì, tem QR",
                                "Vốn lưu động (thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:3]) == 780 and close(780 / 10, 78),
            "investment 1.000 = sources, fixed 780, depreciation 78")
    p.check(avg1(post) == 360.3 and close(1000 / (360.3 + 78), 2.3, 0.02), "average profit, payback 2,3")
    p.has("16.000 đồng/kg", "9.000 đồng/kg", "14 tấn/ha tức 7 tạ/sào", "4,5 tạ/sào", "8 tạ/sào",
          "120 tấn rau đóng túi × 16.000 đồng/kg = 1.920 triệu", "114 tấn bán buôn × 9.000 đồng/kg = 1.026 triệu",
          "tổng 2.946 triệu đồng", "tổng 3.507 tr", "tổng 4.068 tr", "(224,6 + 358,5 + 497,7) : 3 ≈ 360,3",
          "1.000 : (360,3 + 78) ≈ 2,3 năm", "khoảng 450 tấn/năm", "120 sào, 140 sào, 160 sào",
          "Giấy chứng nhận VietGAP số 112/2025/VietGAP-TT", "TCCS 01:2025/HTXĐM", "nhãn hiệu tập thể")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    return p


def cu04() -> Plan:
    p = Plan("cu04_dau_lac_huong_thanh_hkd")
    c1, c5, lit = p.row("Dầu lạc chai 1 lít (chai)"), p.row("Dầu lạc chai 500 ml (chai)"), p.row("Tổng dầu lạc (lít)")
    nut, contract, cake = p.row("Lạc nhân cần dùng (kg)"), p.row("Lạc nhân theo hợp đồng (kg)"), p.row("Khô dầu thu hồi (kg)")
    rev, cost, inc = p.row("Doanh thu |"), p.row("Tổng chi phí (2 đến 10)"), p.row("Thu nhập của hộ sau thuế")
    lines = [p.row(x) for x in ("Lạc nhân (40.000", "Chai, nắp, nhãn", "Điện (3.000", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (5%", "Kiểm nghiệm, chi phí khác",
                                 "Thuế GTGT, thuế TNCN")]
    staff = p.row("Cộng")
    for y in Y:  # đồng
        p.check(lit[y] == c1[y] + c5[y] * 0.5 and close(nut[y], lit[y] * 2.5) and close(cake[y], lit[y] * 1.6),
                f"litres, kernels 2,5 kg/l, cake 1,6 kg/l {y}")
        p.check(nut[y] <= contract[y] == 30000 and nut[y] <= 2 * 30 * 6 * 220, f"kernels within contract and presses {y}")
        p.check(close(rev[y], c1[y] * 180000 + c5[y] * 95000 + cake[y] * 8000), f"revenue {y}")
        p.check(close(lines[0][y], nut[y] * 40000) and close(lines[1][y], c1[y] * 8000 + c5[y] * 5000)
                and close(lines[2][y], lit[y] * 3000), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5500000 * 12) and close(lines[4][y], 37e6)
                and close(lines[5][y], [200e6, 150e6, 100e6][y] * 0.075) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.045), f"wages, depreciation, interest, selling, 4,5 % tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(inc[y], rev[y] - cost[y]), f"cost sum, income {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(18 * 2.8 * 0.7, 35.3, 0.01) and close(18 * 3 * 0.7, 37.8), "35–38 tấn kernels in the linked area")
    p.check(close(2 * 30 * 6 * 220 / 1000, 79, 0.01), "presses ≈ 79 tấn a year")
    items = [p.one(x) for x in ("Máy móc thiết bị (chi tiết", "Cải tạo xưởng 60 m²", "Bao bì, nhãn, kiểm nghiệm, đăng ký",
                                "Vốn lưu động mua lạc")]
    equipment = [p.one(x) for x in ("Máy ép dầu trục vít", "Máy lọc dầu khung bản", "Máy rang lạc", "Máy chiết rót")]
    p.check(sum(equipment) == p.one("Cộng") == items[0] == 250e6, "equipment 250 tr")
    p.check(sum(items) == p.one("Tổng cộng") == 600e6 == 400e6 + 200e6 and items[0] + items[1] == 370e6,
            "investment 600 tr = sources, fixed 370")
    p.check(sum(inc) / 3 == 231076000 and close(600 / (231.076 + 37), 2.2, 0.02), "average 231,1 tr, payback 2,2")
    p.check(close(lit[0] / 7200, 1.11, 0.01) and close(lit[1] / lit[0], 1.125), "+11 %, +12,5 %")
    p.has("180.000 đồng/chai", "95.000 đồng/chai", "8.000 đồng/kg", "40.000 đồng/kg lạc nhân", "tối thiểu 30 tấn lạc nhân/năm",
          "khoảng 35–38 tấn lạc nhân mỗi năm", "khoảng 79 tấn lạc nhân/năm", "5.000 chai 1 lít × 180.000 đồng = 900 triệu",
          "6.000 chai 500 ml × 95.000 đồng = 570 triệu", "12.800 kg khô dầu × 8.000 đồng = 102,4 triệu",
          "tổng cộng 1.572,4 triệu đồng", "tổng 1.769,2 tr", "(183.022.000 + 253.076.000 + 257.130.000) : 3 = 231.076.000",
          "600 : (231,1 + 37) ≈ 2,2 năm", "vốn tự có của gia đình 400.000.000 đồng", "200.000.000 đồng, thời hạn 4 năm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    return p


def cu05() -> Plan:
    p = Plan("cu05_ca_com_kho_ngoc_hai_cty")
    tui, buon, dry = p.row("Cá cơm khô túi 250 g (túi)"), p.row("Cá cơm khô bán buôn (tấn)"), p.row("Tổng cá cơm khô (tấn)")
    fresh, floor, salt = p.row("Cá cơm tươi cần (tấn)"), p.row("Cam kết cung cấp tối thiểu"), p.row("Muối, gia vị (kg)")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá cơm tươi (25.000", "Muối, gia vị (500", "Than, điện sấy", "Túi, thùng, nhãn",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (5%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    true_rev = [tui[y] * 0.07 + buon[y] * 180 for y in Y]
    for y in Y:  # triệu đồng; tấn
        p.check(dry[y] == tui[y] * 0.25 / 1000 + buon[y] and close(fresh[y], dry[y] * 4) and close(salt[y], fresh[y] * 20),
                f"dry = bags + bulk, fresh 4:1, salt 20 kg/tấn {y}")
        p.check(fresh[y] <= floor[y] and fresh[y] <= 2 * 150 and dry[y] <= 75, f"fish within contracts, dryers {y}")
        p.check(close(lines[0][y], fresh[y] * 25) and close(lines[1][y], fresh[y] * 0.5) and close(lines[2][y], dry[y] * 3)
                and close(lines[3][y], tui[y] * 0.0035 + buon[y]), f"per-unit costs {y}")
        p.check(close(lines[4][y], 8 * 6.5 * 12 + 10 * 5 * 6) and close(lines[5][y], 160)
                and close(lines[6][y], [1000, 800, 600][y] * 0.08) and close(lines[7][y], rev[y] * 0.05),
                f"wages for 18, depreciation, interest, selling on the stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax follow the table {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]), "2027 and 2029 revenue right")
    p.check(true_rev[1] == 4660 and rev[1] == 4980 and off(rev[1], true_rev[1]),
            "PLANTED 2028 revenue 4.980 != 28.000 × 70.000 + 15 tấn × 180.000 = 4.660")
    p.has("doanh thu khoảng 4,98 tỷ đồng", "(70.000 đồng/túi và 180.000 đồng/kg)", "bán 28.000 túi và 15 tấn cá bán buôn")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng khép kín", "Hai lò sấy hơi nóng", "Kho lạnh 20 tấn |",
                                "Nồi luộc inox, máy phân loại", "Thiết kế bao bì, nhãn, mã vạch", "Vốn lưu động mua cá")]
    p.check(close(sum(items), 2.5) and close(p.one("Tổng cộng"), 2.5) and close(1.5 + 1.0, 2.5)
            and close(sum(items[:4]), 1.6), "investment 2,5 tỷ = 1,5 + 1, fixed 1,6 tỷ (tỷ đồng table)")
    avg = sum(post) / 3
    p.check(close(avg, 744.8, 0.001) and close(2500 / (avg + 160), 2.8, 0.02), "stated payback 2,8 on the stated profits")
    true_post_2028 = (true_rev[1] - (cost[1] - lines[7][1] + true_rev[1] * 0.05)) * 0.83
    true_avg = (post[0] + true_post_2028 + post[2]) / 3
    p.check(close(2500 / (true_avg + 160), 3.05, 0.01) and off(2.8, 2500 / (true_avg + 160)),
            "tolerated knock-on: true payback ≈ 3,0")
    staff = p.row("Cộng", 1)
    p.has("Tổng số lao động của công ty hiện nay là 25 người", "Hiện nay công ty có 18 lao động",
          "giữ nguyên 18 lao động này")
    p.check(staff[0] == 18 and off(25, 18), "PLANTED current workers 25 (producer section) != 18 (organisation, wages)")
    p.check(2 * 1 * 150 == 300 and close(300 / 4, 75), "dryers 300 tấn fresh ≈ 75 tấn dry")
    p.has("70.000 đồng/túi", "180.000 đồng/kg", "khoảng 150–200 tấn", "tối thiểu 120 tấn/năm",
          "24.000 túi giá 70.000 đồng/túi được 1.680 tr", "14 tấn bán buôn giá 180.000 đồng/kg được 2.520 tr",
          "tổng doanh thu 4.200 triệu đồng (4,2 tỷ)", "tổng 5.120 triệu đồng", "(471,4 + 913 + 849,9) : 3 ≈ 744,8",
          "2.500 : 904,8 ≈ 2,8 năm", "Tổng vốn đầu tư 2,5 tỷ đồng", "8 người × 6,5 tr × 12 tháng = 624 tr")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|\bmùi\b|xử lý|bể lắng|biogas|thu gom|khói|ô nhiễm|phế liệu|phế phẩm",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument or district body (not planted here)")
    return p


def cu06() -> Plan:
    p = Plan("cu06_ga_doi_son_tay_htx")
    farms, birds, kg = p.row("Số hộ nuôi"), p.row("Gà làm sạch xuất bán"), p.row("Khối lượng gà làm sạch")
    chicks, feed, doses = p.row("Gà giống 1 ngày tuổi"), p.row("Thức ăn tinh"), p.row("Vắc xin các loại")
    rev, cost = p.row("Doanh thu |"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chi phí trực tiếp (150.000", "Tiền lương |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển, quảng cáo", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng")
    lots = [300, 500, 500]
    for y in Y:  # triệu đồng; con
        p.check(close(kg[y], birds[y] * 1.5) and close(rev[y], birds[y] * 0.255), f"1,5 kg × 170.000 = 255.000 a bird {y}")
        p.check(close(chicks[y], birds[y] / 0.95) and close(feed[y], birds[y] * 7.5 / 1000) and close(doses[y], chicks[y] * 4),
                f"chicks at 95 % survival, 7,5 kg feed, 4 doses {y}")
        p.check(close(lines[0][y], birds[y] * 0.15) and close(lines[1][y], staff[y] * 6 * 12) and close(lines[2][y], 120)
                and close(lines[3][y], [800, 600, 400][y] * 0.08), f"direct 150.000/con, wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(birds[y] <= farms[y] * 2 * lots[y] and birds[y] <= 300 * 250, f"within farms and 75.000 slaughter line {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax on the stated profit {y}")
    p.check(close(pre[1], rev[1] - cost[1]) and close(pre[2], rev[2] - cost[2]), "2028 and 2029 profit right")
    p.check(rev[0] - cost[0] == 231 and pre[0] == 415 and off(pre[0], rev[0] - cost[0])
            and pre[0] == rev[0] - cost[0] + lines[2][0] + lines[3][0],
            "PLANTED 2027 profit 415 != 2.295 − 2.064 = 231 (depreciation and interest added back)")
    p.check(birds[1] / birds[0] == 2.2 and close(birds[2] / birds[1], 1.9) and close(rev[1] / rev[0], 2.2)
            and close(rev[2] / rev[1], 1.9), "PLANTED output and revenue +120 % then +90 %")
    p.check(birds[2] / 6000 > 6 and birds[2] > 4 * (350 + 250) * 12, "PLANTED 2029 is 6× 2025 and 4× today's customers")
    p.check(all(lines[4][y] / rev[y] <= 0.051 for y in Y), "selling budget stays ~5 % of revenue")
    p.has("năm 2028 tăng 120% so với năm 2027", "năm 2029 tăng tiếp 90% so với năm 2028",
          "vì nhu cầu gà sạch rất lớn, thị trường gần như không giới hạn", "khoảng 6.000 con gà làm sạch",
          "2 cửa hàng thực phẩm sạch ở thành phố Hà Tĩnh (lấy khoảng 300–350 con/tháng)", "(khoảng 250 con/tháng)")
    avg = sum(post) / 3
    p.check(close(avg, 1143.2, 0.001) and close(1800 / (avg + 120), 1.4, 0.02), "stated payback 1,4")
    true_avg = (r1((rev[0] - cost[0]) * 0.85) + post[1] + post[2]) / 3
    p.check(close(1800 / (true_avg + 120), 1.49, 0.01), "tolerated knock-on: 1,49 on the true 2027 profit")
    items = [p.one(x) for x in ("Nhà giết mổ, sơ chế 120 m²", "Dây chuyền giết mổ bán tự động", "Kho lạnh 5 tấn, tủ cấp đông",
                                "Máy hút chân không, cân điện tử", "Hỗ trợ hộ thành viên cải tạo chuồng",
                                "Bao bì, nhãn, đăng ký nhãn hiệu", "Vốn lưu động (giống")]
    p.check(sum(items) == p.one("Tổng cộng") == 1800 == 1000 + 800 and sum(items[:5]) == 1200, "investment 1.800, fixed 1.200")
    p.has("170.000 đồng/kg", "255.000 đồng/con", "9.000 con × 255.000 đồng/con", "= 2.295 triệu đồng",
          "khoảng 75.000 con/năm", "40 hộ × 2 lứa × 500 con", "(352,8 + 910,5 + 2.166,4) : 3 ≈ 1.143,2",
          "1.800 : (1.143,2 + 120) ≈ 1,4 năm", "con giống 15.000 đ, thức ăn 90.000 đ, vắc xin và thuốc 5.000 đ",
          "tiền công nuôi 25.000 đ", "túi hút chân không và nhãn 8.000 đ", "điện, nước, gas giết mổ 7.000 đ",
          "khoảng 7,5 kg thức ăn tinh", "12.000 đồng/kg", "TCCS 01:2026/GĐST", "hầm biogas 20 m³")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"kiểm dịch|thú y|HACCP|\bISO\b|VietGAHP|GMP|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument or district body (not planted here)")
    return p


def cu07() -> Plan:
    p = Plan("cu07_ruou_nep_sim_phuong_anh_hkd")
    chai, hop, lit = p.row("Chai 500 ml (chai)"), p.row("Hộp quà 2 chai 300 ml (hộp)"), p.row("Tổng sản lượng (lít)")
    rice, sim = p.row("Gạo nếp cái (kg)"), p.row("Quả sim chín (kg)")
    rev, cost, inc = p.row("Doanh thu |"), p.row("Tổng chi phí và thuế"), p.row("Thu nhập của hộ sau thuế")
    lines = [p.row(x) for x in ("Gạo nếp (30.000", "Quả sim (20.000", "Men lá (2.000", "Chai, nút, nhãn, hộp",
                                 "Củi, điện, nước", "Tiền công lao động", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, chiết khấu, vận chuyển", "Kiểm nghiệm, chi khác", "Thuế tiêu thụ đặc biệt",
                                 "Thuế GTGT, TNCN")]
    staff = p.row("Cộng")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], chai[y] * 0.5 + hop[y] * 0.6), f"litres = chai × 0,5 + hộp × 0,6 {y}")
        p.check(close(rice[y], lit[y] * 1.25) and close(sim[y], lit[y]) and rice[y] <= 10000 and sim[y] <= 8000,
                f"1,25 kg rice and 1 kg sim a litre, within supply {y}")
        p.check(close(rev[y], chai[y] * 0.2 + hop[y] * 0.32), f"revenue = chai × 200.000 + hộp × 320.000 {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], sim[y] * 0.02) and close(lines[2][y], lit[y] * 0.002)
                and close(lines[3][y], chai[y] * 0.012 + hop[y] * 0.04) and close(lines[4][y], lit[y] * 0.003),
                f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 5.5 * 12) and close(lines[6][y], 44) and close(lines[7][y], 7)
                and close(lines[8][y], rev[y] * 0.05), f"wages, depreciation, interest, selling {y}")
        p.check(close(lines[10][y], rev[y] * 65 / 165) and close(lines[11][y], rev[y] * 0.045), f"excise, household taxes {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(inc[y], rev[y] - cost[y]), f"cost sum, income {y}")
        p.check(lit[y] <= 2 * 50 * 240 / 1.25 and lit[y] <= 8 * 500 + 20 * 200, f"stills 19.200 lít, 8.000 lít of vats {y}")
    p.check(close(lit[0] / 4300, 1.16, 0.01), "+16 % on 2026")
    items = [p.one(x) for x in ("Cải tạo, mở rộng xưởng lên 80 m²", "2 nồi nấu chưng cất inox", "Bồn ngâm inox, chum sành",
                                "Máy lọc, máy chiết rót mini", "2 tủ đông trữ quả sim", "Bao bì, nhãn, hộp quà",
                                "Vốn lưu động (gạo")]
    stated = p.one("Tổng cộng")
    sources = 350 + 100 + 100
    p.check(sum(items) == stated == 650 and sum(items[:5]) == 440 and close(440 / 10, 44), "investment 650, fixed 440")
    p.check(p.one("Cộng") == 290 == items[1] + items[2] + items[3] + items[4], "equipment table 290")
    p.check(sources == 550 and off(sources, stated), "PLANTED sources 350 + 100 + 100 = 550 != 650")
    p.has("Tổng vốn đầu tư của phương án là 650 triệu đồng", "vốn tự có của gia đình 350 triệu đồng",
          "hỗ trợ tạo việc làm 100 triệu đồng", "vay anh em họ hàng 100 triệu đồng")
    avg = sum(inc) / 3
    true_payback = 650 / (avg + 44)
    p.check(close(avg, 387.2, 0.001) and close(true_payback, 1.51, 0.01), "true payback ≈ 1,5 years")
    p.check(off(1.0, true_payback) and off(1.0, 550 / (avg + 44)) and off(1.0, 650 / avg),
            "PLANTED payback written 1,0 (1,5 by its own formula; 1,28 on 550; 1,68 without depreciation)")
    p.has("650 : (387,2 + 44) ≈ 1,0 năm", "(335,9 + 406,7 + 419,1) : 3 ≈ 387,2")
    p.has("200.000 đồng/chai", "320.000 đồng/hộp", "1 tạ gạo nếp và 80 kg quả sim cho khoảng 80 lít",
          "8.800 chai × 200.000 đồng = 1.760 tr", "1.000 hộp × 320.000 đồng = 320 tr", "cộng 2.080 tr", "cộng 2.320 tr",
          "cộng 2.600 tr", "khoảng 19.200 lít rượu nếp sim", "tối đa 10 tấn/năm", "khoảng 8–10 tấn quả",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8002961", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "QCVN 6-3:2010/BYT", "độ cồn 29% vol", "thuế tiêu thụ đặc biệt")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|Phòng Kinh tế",
            "PLANTED no handmade-alcohol production licence held or planned")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument or district body (not planted here)")
    return p


def cu08() -> Plan:
    p = Plan("cu08_banh_gai_hong_phuc_ctcp")
    hop, fresh, n = p.row("Bánh gai hộp 10 chiếc |"), p.row("Bánh gai tươi bán buôn |"), p.row("Tổng số bánh")
    rice, bean, coco, leaf = p.row("Gạo nếp cái |"), p.row("Đậu xanh |"), p.row("Dừa nạo |"), p.row("Lá gai khô |")
    workers, office = p.row("Thợ gói, hấp bánh"), p.row("Quản lý, kế toán, bán hàng")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu (2.500", "Bao bì (6.000", "Gas, điện, nước", "Tiền công khoán",
                                 "Lương bộ phận quản lý", "Khấu hao |", "Lãi vay |", "Bán hàng (6%", "Chi phí khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    capacity = 2 * 500 * 2 * 300
    for y in Y:  # triệu đồng; chiếc
        p.check(n[y] == hop[y] * 10 + fresh[y], f"chiếc = hộp × 10 + tươi {y}")
        p.check(close(rice[y], n[y] * 0.035) and close(bean[y], n[y] * 0.015) and close(coco[y], n[y] * 0.008)
                and close(leaf[y], n[y] * 0.003), f"35 g rice, 15 g bean, 8 g coconut, 3 g leaf {y}")
        p.check(rice[y] <= 40000 and bean[y] <= 15000 and leaf[y] <= 3600, f"within contracts and the leaf area {y}")
        p.check(close(rev[y], hop[y] * 0.085 + fresh[y] * 0.0055), f"revenue = hộp × 85.000 + chiếc × 5.500 {y}")
        p.check(close(lines[0][y], n[y] * 0.0025) and close(lines[1][y], hop[y] * 0.006 + fresh[y] * 0.0002)
                and close(lines[2][y], n[y] * 0.0003) and close(lines[3][y], n[y] * 0.001), f"per-unit costs {y}")
        p.check(close(lines[4][y], office[y] * 7 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [500, 400, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.06),
                f"salaries, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(n[y] <= workers[y] * 200 * 300, f"wrappers 200 chiếc/ngày suffice {y} (the steamers are the limit)")
    p.check(capacity == 600000 and n[0] <= capacity, "2027 within the two steamers")
    new = [p.one(x) for x in ("Kho lạnh cấp đông (mới)", "Máy xay bột nước (mới)", "Máy trộn nhân (mới)",
                              "Máy hàn màng hộp (mới)", "Xe tải có thùng giữ lạnh (mới)")]
    p.check(sum(new) == p.one("Cộng đầu tư mới") == 850, "new equipment 850 = investment items 1, 3, 4")
    p.has("| 6 | Tủ hấp gas (hiện có) | 2 | 500 chiếc/mẻ | hiện có |")
    p.check(off(n[1], capacity) and off(n[2], capacity) and close(n[1] / capacity, 1.167, 0.01)
            and close(n[2] / capacity, 1.417, 0.01), "PLANTED 700.000 and 850.000 chiếc > 600.000 steamer capacity")
    p.has("mỗi tủ hấp được 500 chiếc/mẻ", "mỗi ngày hấp được 2 mẻ/tủ, tức tối đa khoảng 2.000 chiếc/ngày",
          "làm 300 ngày/năm được khoảng 600.000 chiếc/năm", "công ty không đầu tư thêm tủ hấp")
    p.check(close(rev[1] / rev[0], 1.274, 0.01) and close(rev[2] / rev[1], 1.221, 0.01), "tolerated knock-on: +27 %, +22 %")
    p.check(p.count("Công ty TNHH Bánh kẹo Minh Châu") == 2 and p.count("Hồng Phúc Hà Tĩnh") >= 3,
            "PLANTED a second producer name in the market section and the proposals")
    items = [p.one(x) for x in ("Kho lạnh cấp đông 15 m³", "Cải tạo xưởng, mở rộng khu đóng gói", "Máy xay bột, máy trộn nhân",
                                "Xe tải 1 tấn", "Thiết kế bao bì, nhãn, mã vạch", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 1000 + 500 and sum(items[:4]) == 1200, "investment 1.500, fixed 1.200")
    p.check(items[0] + items[2] + items[3] == 850, "equipment items in the investment table = 850")
    p.check(avg1(post) == 718.3 and close(1500 / (718.3 + 120), 1.8, 0.02), "average profit, payback 1,8")
    p.check(close(lines[3][0] / workers[0] / 12, 4.58, 0.01), "≈4,6 tr a wrapper a month")
    p.has("85.000 đồng/hộp", "5.500 đồng/chiếc", "25.000 hộp × 85.000 đồng/hộp = 2.125 triệu",
          "300.000 chiếc × 5.500 đồng/chiếc = 1.650 triệu", "tổng 3.775 triệu đồng", "tổng 4.810 tr", "tổng 5.875 tr",
          "(418,7 + 711,6 + 1.024,6) : 3 ≈ 718,3", "1.500 : (718,3 + 120) ≈ 1,8 năm", "680 yến dừa nạo",
          "khoảng 30 tấn gạo nếp (300 tạ)", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 71/2024/NNPTNT")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|quy chuẩn|phiếu kết quả|chỉ tiêu",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument or district body (not planted here)")
    return p


def cu09() -> Plan:
    p = Plan("cu09_dau_lac_cam_hung_htx")
    c1, c2, lit = p.row("Dầu lạc chai 1 lít (chai)"), p.row("Dầu lạc can 2 lít (can)"), p.row("Tổng dầu lạc (lít)")
    nut, cake = p.row("Lạc nhân sử dụng (2,5 kg/lít)"), p.row("Khô dầu thu hồi (1,6 kg/lít)")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lạc nhân (40.000", "Chai, can, nhãn", "Điện (3.000", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |", 3)
    supply = 15 * 2.4 * 0.7 * 1000
    for y in Y:  # triệu đồng; kg
        p.check(lit[y] == c1[y] + c2[y] * 2 and close(nut[y], lit[y] * 2.5) and close(cake[y], lit[y] * 1.6),
                f"litres, kernels 2,5 kg/l, cake 1,6 kg/l {y}")
        p.check(off(nut[y], supply) and nut[y] > supply, f"PLANTED kernels {nut[y]:.0f} kg > members' {supply:.0f} kg {y}")
        p.check(close(rev[y], c1[y] * 0.17 + c2[y] * 0.32 + cake[y] * 0.008), f"revenue {y}")
        p.check(close(lines[0][y], nut[y] * 0.04) and close(lines[1][y], c1[y] * 0.008 + c2[y] * 0.012)
                and close(lines[2][y], lit[y] * 0.003) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], 100) and close(lines[5][y], [600, 480, 360][y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax by revenue {y}")
        p.check(nut[y] <= 2 * 40 * 6 * 220, f"presses ≈105 tấn {y}")
    p.check(close(supply, 25200) and close(nut[0] / supply, 1.39, 0.01) and close(nut[2] / supply, 1.79, 0.01),
            "PLANTED supply ≈25,2 tấn vs need 35–45 tấn (+39 % … +79 %)")
    p.has("khoảng 25 tấn lạc nhân (250 tạ)", "nguồn nguyên liệu hoàn toàn đủ đáp ứng", "không phải mua lạc bên ngoài",
          "Lạc của thành viên hiện đủ cho khoảng 10.000 lít/năm")
    equipment = [p.row(x, 1)[0] for x in ("Máy ép dầu trục vít 40 kg/giờ", "Máy rang lạc lồng quay", "Máy lọc dầu khung bản",
                                          "Bồn lắng inox 500 lít", "Máy chiết rót, đóng nắp", "Máy bóc vỏ lạc")]
    qty_price = [p.row(x, 3) for x in ("Máy ép dầu trục vít 40 kg/giờ", "Máy rang lạc lồng quay", "Máy lọc dầu khung bản",
                                       "Bồn lắng inox 500 lít", "Máy chiết rót, đóng nắp", "Máy bóc vỏ lạc")]
    p.check(all(q * u == t for q, u, t in qty_price), "equipment rows: quantity × unit price = amount")
    stated_eq = p.one("Cộng")
    p.check(sum(equipment) == 520 and stated_eq == 580 and off(stated_eq, sum(equipment)),
            "PLANTED equipment table total 580 != items 520")
    items = [p.one(x) for x in ("Nhà xưởng ép dầu 120 m²", "Máy móc thiết bị (Bảng", "Kho chứa lạc 60 m²",
                                "Bao bì, nhãn, kiểm nghiệm, nhãn hiệu", "Vốn lưu động thu mua lạc")]
    p.check(items[1] == stated_eq and sum(items) == p.one("Tổng cộng") == 1400 == 800 + 600,
            "investment table carries 580; 1.400 = sources on the stated total")
    p.check(sum(items) - stated_eq + sum(equipment) == 1340 and close(1400 / 1340, 1.045, 0.001),
            "tolerated knock-on: true investment 1.340, sources 1.400 (+4,5 %)")
    p.check(items[0] + items[1] + items[2] == 1000, "stated fixed assets 1.000, depreciation 100")
    p.check(avg1(post) == 353.4 and close(1400 / (353.4 + 100), 3.1, 0.02), "average profit, payback 3,1")
    p.check(close(lit[0] / 11500, 1.22, 0.01) and close(lit[1] / lit[0], 1.143, 0.01), "+22 %, +12–14 %")
    p.check(5000 + 2000 + 2500 + 4500 == lit[0], "customer table adds up to 14.000 lít")
    p.has("170.000 đồng/chai", "320.000 đồng/can", "8.000 chai × 170.000 đồng = 1.360 tr", "3.000 can × 320.000 đồng = 960 tr",
          "22.400 kg khô dầu × 8.000 đồng = 179,2 tr", "tổng 2.499,2 triệu đồng", "1.530 tr + 1.120 tr + 204,8 tr = 2.854,8 tr",
          "1.700 tr + 1.280 tr + 230,4 tr = 3.210,4 tr", "(267,1 + 375,2 + 418) : 3 ≈ 353,4", "1.400 : (353,4 + 100) ≈ 3,1 năm",
          "Tổng vốn đầu tư 1.400 triệu đồng", "thành viên góp thêm 800 triệu đồng", "600 triệu đồng, lãi suất 8%/năm")
    p.has("Luật Hợp tác xã năm 2012", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Bộ tiêu chí OCOP ban hành kèm Quyết định 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15|Luật Hợp tác xã năm 2023|113/2024",
            "PLANTED outdated-policy: the replacing instruments are not cited instead")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cu10() -> Plan:
    p = Plan("cu10_rau_nha_mang_thach_lac_tht")
    area, t = p.row("Diện tích nhà màng (m²)"), p.row("Sản lượng rau (tấn)")
    shops, others = p.row("Rau bán cho siêu thị, cửa hàng"), p.row("Rau bán cho trường học, nhà hàng")
    rev, cost, prof = p.row("Doanh thu |"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Hạt giống (1.500", "Giá thể, phân bón, dinh dưỡng (2.500", "Điện, nước (1.000",
                                 "Túi, nhãn, tem QR", "Tiền công |", "Khấu hao nhà màng", "Vận chuyển, giao hàng",
                                 "Bán hàng, quảng bá", "Chi khác")]
    staff = p.row("Cộng người hưởng công")
    q = p.row("Sản lượng rau (tấn)", 5)  # quarters + year
    for y in Y:  # triệu đồng; tấn
        p.check(close(t[y], area[y] / 10000 * 50) and t[y] == shops[y] + others[y], f"output = m² × 50 tấn/ha; split {y}")
        p.check(close(rev[y], t[y] * 22), f"revenue = tấn × 22.000 {y}")
        p.check(close(lines[0][y], t[y] * 1.5) and close(lines[1][y], t[y] * 2.5) and close(lines[2][y], t[y] * 1)
                and close(lines[3][y], t[y] * 1.2) and close(lines[6][y], t[y] * 0.8), f"per-kg costs {y}")
        p.check(close(lines[4][y], staff[y] * 5 * 12) and close(lines[5][y], 120), f"wages, depreciation {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(close(t[1] / t[0], 1.10) and close(t[2] / t[1], 1.09, 0.01), "+10 % and +9 % as the text says")
    p.check(sum(q[:4]) == q[4] == t[0] and sum(p.row("Trong đó xà lách", 5)[:4]) + sum(p.row("Cải bó xôi", 5)[:4])
            + sum(p.row("Rau muống, rau mầm", 5)[:4]) == t[0], "quarters add up to 60 tấn")
    p.check(close(50 * 0.01 * 10, 5) and close(50 * 0.05, 2.5), "50 tấn/ha = 5 tạ/100 m² = 2,5 tấn/sào")
    p.has("năm 2028 tăng 10% so với năm 2027", "năm 2029 tăng thêm khoảng 9% so với năm 2028", "22.000 đồng/kg",
          "60 tấn × 22.000 đồng/kg = 1.320 triệu đồng", "66 tấn × 22.000 đồng/kg = 1.452 triệu",
          "72 tấn × 22.000 đồng/kg = 1.584 triệu", "5 tạ cho mỗi 100 m² (2,5 tấn/sào)", "làm thêm 1.200 m² nhà màng")
    p.lacks(r"vốn|đầu tư|\bvay\b|tổng mức|hoàn vốn|tín dụng|ngân hàng", "PLANTED missing investment section: no capital anywhere")
    p.check(not re.search(r"^#+ .*(vốn|đầu tư)", p.body, re.M | re.I), "no investment heading")
    p.has("Sản phẩm [tên sản phẩm] gồm", "Thách thức: ……")
    p.check(re.search(PLACEHOLDER, p.body) is not None, "PLANTED boilerplate: a template placeholder is left in")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|nhãn tập thể",
            "PLANTED no trademark or IP plan anywhere")
    p.lacks(REPLACED, "replaced instrument or district body (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cu11_ca_bong_kho_bay_lien_so_sai")
    a.check(500e6 <= 15 * 120000 * 300 <= 600e6, "15 niêu × 120.000 × 300 days = 540 triệu, inside '500–600 triệu'")
    a.has("120.000 đồng/niêu", "khoảng 15–20 niêu", "khoảng 500–600 triệu đồng", "khoảng 50 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn hàng|nhãn hiệu|môi trường|truy xuất", "compliance gaps are real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cu12_ga_ri_tha_vuon_phu_gia_so_sai")
    b.check(3000 * 1.6 * 130000 > 600e6, "3.000 con × 1,6 kg × 130.000 = 624 triệu, 'trên 600 triệu'")
    b.has("130.000 đồng/kg", "khoảng 3.000 con", "trên 600 triệu đồng", "đang làm thủ tục đăng ký với UBND xã")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|nhãn hiệu|môi trường|truy xuất|giấy chứng nhận", "compliance gaps are real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cu01, cu02, cu03, cu04, cu05, cu06, cu07, cu08, cu09, cu10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
