"""The thirty-third holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout33/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no
environmental measure, a second producer name, no label, a replaced instrument, no food safety,
no product standard, no registration, no sales channel, no trademark) are asserted too, as is the
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|NQ 123|123/2018"


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "cites a replaced instrument")


def ah01() -> Plan:
    p = Plan("ah01_ca_kho_lang_cam_nhuong_cty")
    h, b, kg, fish = p.row("Cá kho hũ 300 g"), p.row("Cá kho hộp 500 g"), p.row("Tổng khối lượng thành phẩm"), p.row("Cá tươi nguyên liệu")
    rev, rh, rb = p.row("Doanh thu |"), p.row("Hũ 300 g (85.000"), p.row("Hộp 500 g (135.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá tươi (45.000", "Nước mắm, gia vị", "Hũ, hộp, nhãn", "Tiền lương", "Điện, gas",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    for y in Y:
        p.check(kg[y] == h[y] * 0.3 + b[y] * 0.5 and close(fish[y], kg[y] * 1.5), f"kg, fish {y}")
        p.check(close(rh[y], h[y] * 0.085) and close(rb[y], b[y] * 0.135) and close(rev[y], rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.045) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], h[y] * 0.009 + b[y] * 0.012) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], kg[y] * 0.008) and lines[5][y] == 120 and close(lines[6][y], [800, 600, 400][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.08) and lines[8][y] == 150, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(fish[y] <= 30000 and kg[y] <= 80 * 260, f"fish contract, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] <= 1.2001, f"growth {y}")
    p.check(500 + 450 + 150 + 100 + 100 + 700 == 2000 == 1200 + 800 and 500 + 450 + 150 + 100 == 1200, "capital 2.000, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 478.2) and close(2000 / (478.2 + 120), 3.3, 0.02), "average profit, payback 3,3")
    p.check(close(post[0] / rev[0], 0.108, 0.01) and close(post[2] / rev[2], 0.17, 0.01), "margins 10,8 % and 17 %")
    p.check(close(kg[2] / 20800, 0.67, 0.01), "67 % of capacity")
    p.has("85.000 đồng/hũ", "135.000 đồng/hộp", "Tổng vốn đầu tư của phương án là 2.000 triệu đồng", "2.000 : (478,2 + 120) ≈ 3,3 năm",
          "tối thiểu 30 tấn", "khoảng 20.800 kg/năm", "TCCS 01:2026/BNB", "Nghị định 43/2017/NĐ-CP", "đăng ký môi trường")
    clean(p)
    return p


def ah02() -> Plan:
    p = Plan("ah02_khay_tre_ep_huong_trach_hkd")
    yrs = [p.row(f"{2026 + y} |", 5) for y in Y]  # khay, bộ, revenue, cost, profit (nghìn đồng)
    lines = [p.row(x) for x in ("Tre nguyên liệu", "Keo, dầu phủ", "Hộp, nhãn", "Tiền công", "Điện (3.000",
                                 "Khấu hao", "Lãi vay", "Vận chuyển, bán hàng", "Thuế khoán")]
    total = p.row("Cộng chi phí")
    staff = [4, 4, 5]
    for y in Y:
        k, s, rev, cost, prof = yrs[y]
        pcs, tre = k + 3 * s, k * 1.2 + s * 2.5
        p.check(close(rev, k * 120 + s * 180), f"revenue {y}")
        p.check(close(lines[0][y], tre * 4) and close(lines[1][y], pcs * 15) and close(lines[2][y], k * 8 + s * 12)
                and close(lines[3][y], staff[y] * 4500 * 12) and close(lines[4][y], pcs * 3) and lines[5][y] == 50000
                and lines[6][y] == [7000, 3500, 0][y] and close(lines[7][y], rev * 0.05) and close(lines[8][y], rev * 0.015),
                f"cost lines {y}")
        p.check(close(total[y], lines_sum(lines, y)) and close(cost, total[y]) and close(prof, rev - cost), f"cost, profit {y}")
        p.check(pcs <= 40 * 280 and tre <= 13000, f"press capacity, bamboo supply {y}")
        p.check(pcs == [6600, 7700, 8800][y] and tre == [6600, 7700, 8800][y], f"pieces, bamboo {y}")
        if y:
            p.check(rev / yrs[y - 1][2] < 1.2, f"growth {y}")
    p.check(95 + 70 + 40 + 25 + 20 + 50 == 300 == 200 + 100 and 300 - 50 == 250 and 250 / 5 == 50, "capital 300, depreciation 50")
    avg = sum(r[4] for r in yrs) / 3
    p.check(avg == 126620 and close(300000 / (avg + 50000), 1.7, 0.01), "average profit, payback 1,7")
    p.has("120.000 đồng/chiếc", "180.000 đồng/bộ", "Tổng vốn đầu tư 300 triệu đồng", "300.000 : (126.620 + 50.000) ≈ 1,7 năm",
          "6.600 kg năm 2026", "khoảng 13 tấn/năm", "khoảng 11.200 chiếc", "TCCS 01:2026/PQV", "Nghị định 43/2017/NĐ-CP")
    clean(p)
    return p


def ah03() -> Plan:
    p = Plan("ah03_homestay_nha_go_khe_lim_htx")
    nights, meals, tours = p.row("Đêm phòng (đêm)"), p.row("Suất ăn (suất)"), p.row("Lượt trải nghiệm (lượt)")
    r1, r2, r3, rev = p.row("Doanh thu lưu trú"), p.row("Doanh thu ăn uống"), p.row("Doanh thu trải nghiệm"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thực phẩm (45%", "Đồ dùng phòng", "Chi phí trải nghiệm", "Tiền lương", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Quảng bá, hoa hồng", "Chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 9]
    for y in Y:
        p.check(close(r1[y], nights[y] * 0.6) and close(r2[y], meals[y] * 0.15) and close(r3[y], tours[y] * 0.2)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], r2[y] * 0.45) and close(lines[1][y], nights[y] * 0.06) and close(lines[2][y], r3[y] * 0.3)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], r1[y] * 0.1) and lines[5][y] == 150
                and lines[6][y] == [48, 36, 24][y] and close(lines[7][y], rev[y] * 0.08) and lines[8][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(nights[y] <= (4 * 365 + 4 * 92 if y == 0 else 8 * 365), f"room capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] <= 1.2001, f"growth {y}")
    p.check(4 * 365 + 4 * 92 == 1828 and close(2200 / 2920, 0.75, 0.01), "2026 capacity 1.828; 75 % in 2028")
    p.check(1200 + 300 + 200 + 100 + 100 + 200 == 2100 == 1500 + 600 and 1200 + 300 + 200 + 100 == 1800 and 1800 / 12 == 150,
            "capital 2.100, fixed 1.800, depreciation 150")
    p.check(close(sum(post) / 3, 403.9) and close(2100 / (403.9 + 150), 3.8, 0.01), "average profit, payback 3,8")
    p.has("600.000 đồng/đêm", "150.000 đồng/suất", "200.000 đồng/lượt", "Tổng vốn đầu tư 2.100 triệu đồng",
          "2.100 : (403,9 + 150) ≈ 3,8 năm", "8 nhà × 365 ngày = 2.920", "TCVN 7800:2017", "an toàn thực phẩm")
    clean(p)
    return p


def ah04() -> Plan:
    p = Plan("ah04_banh_nep_nhan_dau_trung_le_tht")
    g, l = [12000, 14000, 16000], [120000, 135000, 150000]
    lines = [p.row(x) for x in ("Gạo nếp (28.000", "Đậu xanh (45.000", "Lá chuối, hành", "Túi giấy, nhãn", "Tiền công lao động",
                                 "Điện, gas", "Khấu hao", "Vận chuyển, giao hàng", "Thuế (1,5%")]
    total, rev, cost, prof = p.row("Tổng chi phí |"), p.row("Doanh thu |"), p.row("Tổng chi phí |", skip=1), p.row("Lợi nhuận |")
    staff = [5, 5, 6]
    for y in Y:
        pcs = g[y] * 10 + l[y]
        nep, dau = pcs * 0.04, pcs * 0.015
        p.check(close(rev[y], g[y] * 50000 + l[y] * 4000), f"revenue {y}")
        p.check(close(lines[0][y], nep * 28000) and close(lines[1][y], dau * 45000) and close(lines[2][y], pcs * 300)
                and close(lines[3][y], g[y] * 3000) and close(lines[4][y], staff[y] * 4.5e6 * 12) and close(lines[5][y], pcs * 200)
                and lines[6][y] == 30e6 and close(lines[7][y], rev[y] * 0.03) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(total[y], lines_sum(lines, y)) and close(cost[y], total[y]) and close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(pcs <= 1200 * 300 and nep <= 15000 and dau <= 6000, f"capacity, rice and bean supply {y}")
        p.check(pcs == [240000, 275000, 310000][y] and nep == [9600, 11000, 12400][y], f"pieces, rice {y}")
    p.check(70 + 30 + 25 + 15 + 10 + 50 == 200 == 7 * 20 + 60 and 150 / 5 == 30, "capital 200 triệu, depreciation 30")
    avg = sum(prof) / 3
    p.check(avg == 193075000 and close(200e6 / (avg + 30e6), 0.9, 0.01), "average profit, payback 0,9")
    p.has("50.000 đồng/gói", "4.000 đồng/chiếc", "12.000 × 50.000 = 600.000.000 đồng", "120.000 × 4.000 = 480.000.000 đồng",
          "tổng doanh thu 1.080.000.000 đồng", "700.000.000 + 540.000.000 = 1.240.000.000 đồng",
          "800.000.000 + 600.000.000 = 1.400.000.000 đồng", "Tổng vốn đầu tư là 200.000.000 đồng", "9.600 kg năm 2026",
          "200.000.000 : (193.075.000 + 30.000.000) ≈ 0,9 năm", "TCCS 01:2026/THTTL", "mã số thuế 3002519826")
    clean(p)
    return p


def ah05() -> Plan:
    p = Plan("ah05_lap_xuong_ga_thach_lac_hkd")
    yrs = [p.row(f"{2026 + y} |", 4) for y in Y]  # túi, bulk kg, total kg, meat
    rev, rt, rb = p.row("Doanh thu |"), p.row("Lạp xưởng túi 500 g (150.000"), p.row("Lạp xưởng bán buôn (280.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt gà, mỡ gà", "Gia vị, rượu", "Vỏ collagen", "Túi hút chân không", "Tiền công |", "Điện sấy",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, thuế khoán")]
    prof = p.row("Lợi nhuận |")
    staff = [4, 5, 5]
    for y in Y:
        t, bk, kg, meat = yrs[y]
        p.check(kg == t * 0.5 + bk and close(meat, kg * 1.3), f"kg, meat {y}")
        p.check(close(rb[y], bk * 0.28) and close(rev[y], rt[y] + rb[y]), f"bulk revenue, total = sub-rows {y}")
        if y < 2:
            p.check(close(rt[y], t * 0.15), f"bag revenue {y}")
        p.check(close(lines[0][y], meat * 0.07) and close(lines[1][y], kg * 0.025) and close(lines[2][y], kg * 0.012)
                and close(lines[3][y], t * 0.006) and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], kg * 0.006)
                and lines[6][y] == 40 and lines[7][y] == [24, 16, 8][y] and lines[9][y] == 30, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(meat <= 12000 and kg <= 40 * 250, f"meat contract, dryer capacity {y}")
    t28 = yrs[2][0]
    p.check(off(rt[2], t28 * 0.15) and off(rev[2], t28 * 0.15 + rb[2]), "PLANTED 2028 bag revenue 1.380 vs 8.000 × 150.000 = 1.200")
    p.check(close(rev[2] - 180, 1984) and close(prof[2] - 180, 487.6), "true 2028 revenue 1.984 and profit 487,6")
    p.check(150 + 100 + 90 + 40 + 20 + 100 == 500 == 200 + 300 and 400 / 10 == 40, "capital 500, depreciation 40")
    p.check(close(sum(prof) / 3, 441.3) and close(500 / (441.3 + 40), 1.0, 0.05), "stated average profit and payback")
    p.check(off(500 / ((299 + 357.3 + 487.6) / 3 + 40), 1.0, 5), "tolerated: true payback 1,19 vs stated 1")
    p.has("150.000 đồng/túi", "280.000 đồng/kg", "Tổng vốn đầu tư của phương án là 500 triệu đồng", "12 tấn thịt gà",
          "tối đa khoảng 10.000 kg/năm", "rửa, lọc gân", "rửa vỏ collagen", "TCCS 01:2026/TTH")
    p.lacks(r"môi trường|nước thải|xử lý|\brác\b|chất thải|bể lắng|bể tự hoại|ô nhiễm|khí thải",
            "PLANTED no environmental measure anywhere")
    p.check(p.count("Hộ kinh doanh Võ Thị Thủy Tiên") == 2 and p.count("Hộ kinh doanh Trần Thị Hạnh") >= 2,
            "PLANTED a second producer name, twice")
    clean(p)
    return p


def ah06() -> Plan:
    p = Plan("ah06_ruou_tao_rung_son_tay_cty")
    a, b, lit, nep, tao = (p.row("Rượu chai 500 ml"), p.row("Rượu chai 300 ml"), p.row("Tổng rượu thành phẩm"),
                           p.row("Gạo nếp |"), p.row("Quả táo rừng |"))
    ra, rb, rev = p.row("Doanh thu chai 500 ml"), p.row("Doanh thu chai 300 ml"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp (25.000", "Quả táo rừng (30.000", "Vỏ chai, nút, hộp", "Tiền lương", "Điện, củi",
                                 "Thuế tiêu thụ đặc biệt (39%", "Khấu hao", "Lãi vay", "Bán hàng, hoa hồng", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    staff = [12, 13, 14]
    cap = 2 * 40 * 250
    for y in Y:
        p.check(close(lit[y], a[y] * 0.5 + b[y] * 0.3) and close(nep[y], lit[y] * 1.4) and close(tao[y], lit[y] * 0.5), f"litres {y}")
        p.check(close(ra[y], a[y] * 0.22) and close(rb[y], b[y] * 0.14) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], nep[y] * 0.025) and close(lines[1][y], tao[y] * 0.03)
                and close(lines[2][y], a[y] * 0.012 + b[y] * 0.009) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], lit[y] * 0.008) and close(lines[5][y], rev[y] * 0.39) and lines[6][y] == 200
                and lines[7][y] == [120, 90, 60][y] and close(lines[8][y], rev[y] * 0.07) and lines[9][y] == 240, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
        p.check(nep[y] <= 40000 and tao[y] <= 15000, f"rice and apple supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(cap == 20000 and lit[0] <= cap, "stills 20.000 lít/năm, 2026 within")
    p.check(off(lit[1], cap) and off(lit[2], cap), "PLANTED 2027 (21.500) and 2028 (25.000) above the 20.000 lít capacity")
    p.check(800 + 500 + 400 + 300 + 1500 == 3500 == 2000 + 1500 and 800 + 500 + 400 + 300 == 2000 and 1500 - 375 == 1125,
            "capital 3.500, fixed 2.000, loan repayments")
    p.check(close(sum(post) / 3, 1454.8) and close(3500 / (1454.8 + 200), 2.1, 0.01), "average profit, payback 2,1")
    p.has("220.000 đồng/chai", "140.000 đồng/chai", "18.000 lít năm 2026", "2 × 40 × 250 = 20.000 lít/năm",
          "Tổng vốn đầu tư của phương án: 3.500 triệu đồng", "3.500 : (1.454,8 + 200) ≈ 2,1 năm",
          "Giấy phép sản xuất rượu thủ công", "QCVN 6-3:2010/BYT", "đăng ký môi trường")
    p.check(p.count("1048/QĐ-TTg") == 2 and "148/QĐ-TTg" not in p.body, "PLANTED QĐ 1048 cited twice, QĐ 148 never")
    p.check(not re.search(r"nhãn(?! hiệu)", p.body, re.I) and not re.search(r"43/2017|111/2021|cảnh báo", p.body),
            "PLANTED no label anywhere ('nhãn' only in 'nhãn hiệu')")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ah07() -> Plan:
    p = Plan("ah07_tra_hoa_cuc_vang_cam_quan_htx")
    h, tl, kg, fresh = p.row("Hoa cúc sấy hộp 50 g"), p.row("Trà túi lọc hộp 40 g"), p.row("Tổng trà khô"), p.row("Hoa tươi cần dùng")
    lines = [p.row(x) for x in ("Hoa tươi mua", "Hộp, túi zip", "Tiền công", "Điện sấy", "Giống, phân bón", "Khấu hao",
                                 "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    total = p.row("Cộng |")
    yrs = [p.row(f"{2026 + y} |", 5) for y in Y]  # revenue, cost, pre, tax, post
    staff = [8, 9, 9]
    supply = 0.8 * 5000
    for y in Y:
        rev, cost, pre, tax, post = yrs[y]
        p.check(close(kg[y], h[y] * 0.05 + tl[y] * 0.04) and close(fresh[y], kg[y] * 6), f"dry kg, fresh {y}")
        p.check(close(rev, h[y] * 0.12 + tl[y] * 0.06), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.015) and close(lines[1][y], h[y] * 0.012 + tl[y] * 0.008)
                and close(lines[2][y], staff[y] * 5.5 * 12) and close(lines[3][y], kg[y] * 0.02) and lines[4][y] == 80
                and lines[5][y] == 80 and lines[6][y] == [28, 21, 14][y] and close(lines[7][y], rev * 0.08)
                and lines[8][y] == 60, f"cost lines {y}")
        p.check(close(total[y], lines_sum(lines, y)) and close(cost, total[y]), f"cost sum {y}")
        p.check(close(tax, pre * 0.15) and close(post, pre - tax), f"tax on the stated profit {y}")
        if y != 1:
            p.check(close(pre, rev - cost), f"profit {y}")
        p.check(fresh[y] <= 30 * 2 * 200, f"dryer capacity {y}")
    rev1, cost1, pre1 = yrs[1][:3]
    p.check(off(pre1, rev1 - cost1) and close(rev1 - cost1, 347.1), "PLANTED 2027 profit 447,1 vs 1.560 − 1.212,9 = 347,1")
    p.check(supply == 4000 and fresh[0] <= supply and off(fresh[1], supply) and off(fresh[2], supply),
            "PLANTED 2027 and 2028 fresh-flower need above the 4.000 kg the 0,8 ha gives")
    p.check(300 + 250 + 200 + 50 + 200 == 1000 == 600 + 400 and 800 / 10 == 80, "capital 1.000, depreciation 80")
    stated = sum(r[4] for r in yrs) / 3
    true = (yrs[0][4] + (rev1 - cost1) * 0.85 + yrs[2][4]) / 3
    p.check(close(stated, 342.1) and close(1000 / (stated + 80), 2.4, 0.02), "stated average profit, payback 2,4")
    p.check(off(1000 / (true + 80), 2.4, 5), "tolerated: true payback 2,54 vs stated 2,4")
    p.has("120.000 đồng/hộp", "60.000 đồng/hộp", "khoảng 4.000 kg hoa tươi mỗi năm", "không mở rộng diện tích",
          "Tổng vốn đầu tư 1.000 triệu đồng", "1.000 : (342,1 + 80) ≈ 2,4 năm", "TCCS 01:2025/HTXCQ",
          "960 + 360 = 1.320", "1.140 + 420 = 1.560", "1.320 + 480 = 1.800")
    p.lacks(r"an toàn|ATTP|vệ sinh|đủ điều kiện|15/2018|HACCP|ISO 22000|cam kết sản xuất",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    clean(p)
    return p


def ah08() -> Plan:
    p = Plan("ah08_nuoc_ep_mia_lau_ky_phong_ctcp")
    bottles, cane, rev0 = p.row("Nước ép mía lau chai 330 ml", 4), p.row("Mía nguyên liệu |", 4), p.row("Doanh thu |", 4)
    v, c = bottles[1:], cane[1:]
    rev = p.row("Doanh thu (18.000")
    lines = [p.row(x) for x in ("Mía nguyên liệu (2.500", "Chai, nắp, nhãn", "Điện, nước, phụ liệu", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 12, 14]
    for y in Y:
        p.check(close(c[y], v[y] * 0.6) and close(rev[y], v[y] * 0.018) and close(rev0[y + 1], rev[y]), f"cane, revenue {y}")
        p.check(close(lines[0][y], c[y] * 0.0025) and close(lines[1][y], v[y] * 0.003) and close(lines[2][y], v[y] * 0.0005)
                and close(lines[3][y], staff[y] * 6.5 * 12) and lines[4][y] == 300 and lines[5][y] == [96, 72, 48][y]
                and close(lines[6][y], rev[y] * 0.1) and lines[7][y] == 200, f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate)
                and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
        p.check(v[y] <= 4000 * 300 and c[y] <= 40 * 60000, f"line capacity 1,2 million, cane 2.400 tấn {y}")
    p.check(bottles[0] == 90000 and close(cane[0], 54000) and v[0] / bottles[0] < 2, "2025 base; 2026 under 2x")
    p.check(v[1] / v[0] > 2.5 and v[2] / v[1] > 2.4 and rev[2] / rev[1] > 2.4, "PLANTED output and revenue grow 167 % and 150 %")
    p.check(post[2] / rev[2] > 0.4, "PLANTED after-tax margin 44 % in 2028")
    items = 2000 + 700 + 300 + 500
    sources = 1800 + 1200
    p.check(items == 3500 and off(sources, items), "PLANTED sources 3.000 vs total 3.500")
    p.check(2000 + 700 + 300 == 3000 and 3000 / 10 == 300 and 1200 - 300 == 900, "fixed 3.000, depreciation 300, loan")
    p.check(close(sum(post) / 3, 3553.3) and close(3500 / (3553.3 + 300), 0.9, 0.02), "average profit, payback 0,9")
    p.has("18.000 đồng/chai", "Tổng vốn đầu tư của phương án là 3.500 triệu đồng", "Vốn góp của cổ đông: 1.800 triệu đồng",
          "1.200 triệu đồng, lãi suất 8%/năm", "90.000 kg năm 2026", "khoảng 2.400 tấn/năm", "công suất 1.200.000 chai/năm",
          "Nghị định 43/2017/NĐ-CP", "đăng ký môi trường")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|hợp quy|hợp chuẩn|kiểm nghiệm|phiếu kết quả",
            "PLANTED no product standard or declaration anywhere")
    clean(p)
    return p


def ah09() -> Plan:
    p = Plan("ah09_mat_ong_hoa_tram_cam_linh_tht")
    jar, bottle, kg = p.row("Hũ 500 g (hũ)"), p.row("Chai 1 kg (chai)"), p.row("Tổng mật thành phẩm (kg)")
    r1, r2, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu chai 1 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Chăm sóc đàn ong", "Hũ, chai, nắp", "Tiền công thành viên", "Vận chuyển di đàn", "Điện sơ chế",
                                 "Kiểm nghiệm định kỳ", "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    colonies, staff = [360, 400, 440], [12, 12, 13]
    for y in Y:
        p.check(kg[y] == jar[y] * 0.5 + bottle[y], f"honey kg {y}")
        p.check(close(r1[y], jar[y] * 0.12) and close(r2[y], bottle[y] * 0.22) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], colonies[y] * 0.25) and close(lines[1][y], jar[y] * 0.007 + bottle[y] * 0.01)
                and close(lines[2][y], staff[y] * 5 * 12) and lines[3][y] == 60 and close(lines[4][y], kg[y] * 0.003)
                and lines[5][y] == 20 and lines[6][y] == 70 and lines[7][y] == [21, 14, 7][y]
                and close(lines[8][y], rev[y] * 0.06) and lines[9][y] == 30, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= colonies[y] * 22 and kg[y] <= 20000, f"honey within colonies x 22 kg and the dryer {y}")
    items = [p.one(x) for x in ("Thùng ong và 80 đàn", "Nhà sơ chế, kho", "Máy hạ thủy phần chân không |", "Máy quay mật inox",
                                "Thiết kế hũ, nhãn", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == 580 and total == 640 and off(total, sum(items)), "PLANTED investment total 640 vs items 580")
    p.check(340 + 300 == total and sum(items[:4]) == 490 and 490 / 7 == 70, "sources = the stated total; fixed 490, depreciation 70")
    p.check(off(340 + 300, sum(items)), "tolerated: sources 640 vs the items' 580")
    avg = sum(prof) / 3
    p.check(close(avg, 486.1) and close(640 / (486.1 + 70), 1.15, 0.01), "average profit, stated payback 1,15")
    p.check(off(580 / (486.1 + 70), 1.15, 5), "tolerated: payback on the items' 580 is 1,04")
    p.check(360 * 22 == 7920 and 400 * 22 == 8800 and 440 * 22 == 9680, "honey potential 7.920 / 8.800 / 9.680 kg")
    p.check(p.count("420 đàn") == 1 and "Hiện tổ có 360 đàn ong ngoại" in p.body and off(420, 360),
            "PLANTED 420 đàn (producer section) vs 360 đàn (raw materials)")
    p.has("120.000 đồng/hũ", "220.000 đồng/chai", "6.500 kg năm 2026", "vay Ngân hàng Chính sách xã hội 300 triệu đồng",
          "640 : (486,1 + 70) ≈ 1,15 năm", "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/OMCL", "Nghị định 43/2017/NĐ-CP")
    p.lacks(r"đăng ký|mã số|hợp đồng hợp tác|giấy chứng nhận đăng|giấy phép kinh doanh",
            "PLANTED no registration of the tổ hợp tác anywhere")
    clean(p)
    return p


def ah10() -> Plan:
    p = Plan("ah10_tom_tam_gia_vi_ky_ninh_htx")
    boxes, bags = [10000, 11500, 13000], [3000, 3500, 4000]
    kg = [b * 0.2 + t * 0.5 for b, t in zip(boxes, bags)]
    fresh = [k * 3 for k in kg]
    rev, rb, rt = p.row("Doanh thu |"), p.row("- Hộp 200 g"), p.row("- Túi 500 g")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Tôm tươi (85.000", "- Gia vị (20.000", "- Hộp, túi, nhãn", "- Tiền lương", "- Gas, điện",
                                 "- Khấu hao", "- Lãi vay", "- Vận chuyển, giao hàng", "- Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN |"), p.row("Lợi nhuận sau thuế")
    staff = [10, 10, 11]
    for y in Y:
        p.check(close(rb[y], boxes[y] * 0.15) and close(rt[y], bags[y] * 0.34) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.085) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], boxes[y] * 0.006 + bags[y] * 0.008) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], kg[y] * 0.015) and lines[5][y] == 150 and lines[6][y] == [52.5, 37.5, 22.5][y]
                and close(lines[7][y], rev[y] * 0.05) and lines[8][y] == 80, f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate)
                and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
        p.check(fresh[y] <= 25000 and kg[y] <= 20 * 260, f"shrimp supply, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(kg == [3500, 4050, 4600] and fresh == [10500, 12150, 13800], "kg and fresh shrimp")
    p.check(600 + 400 + 300 + 200 + 500 == 2000 == 1300 + 700 and 1500 / 10 == 150, "capital 2.000, depreciation 150")
    avg = sum(post) / 3
    payback = 2000 / (avg + 150)
    p.check(close(avg, 409, 0.01) and close(payback, 3.58, 0.01) and off(2.0, payback), "PLANTED payback 2,0 vs 2.000 : 559 ≈ 3,6")
    p.has("150.000 đồng/hộp", "340.000 đồng/túi", "3.500 kg năm 2026", "Tổng vốn đầu tư 2.000 triệu đồng",
          "(lợi nhuận sau thuế bình quân + khấu hao) ≈ 2,0 năm", "TCCS 01:2026/HTXHT", "Nghị định 43/2017/NĐ-CP", "đăng ký môi trường")
    market = section(p, "# VII. THỊ TRƯỜNG", "# VIII.")
    p.check(not re.search(r"\d|đồng|giá|khách|cửa hàng|đại lý|phân phối", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách|cửa hàng|siêu thị|đại lý|phân phối|hội chợ|sàn |shopee|facebook|zalo|bán lẻ|bán buôn|thương lái|điểm bán|xuất khẩu",
            "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP anywhere")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("ah11_rau_ngot_say_thach_van_so_sai")
    a.check(1000 * 300000 == 300e6, "1 tấn × 300.000 đồng/kg = 300 triệu")
    a.has("khoảng 1 tấn rau ngót sấy", "300.000 đồng/kg", "khoảng 300 triệu đồng", "khoảng 150 triệu đồng",
          "giấy chứng nhận đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, about one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ah12_banh_rom_cam_hung_so_sai")
    b.check(300 * 3000 == 900000, "300 chiếc × 3.000 đồng = 900.000 đồng a day")
    b.has("khoảng 300 chiếc", "3.000 đồng/chiếc", "khoảng 900.000 đồng", "khoảng 20 kg gạo", "Nhóm chưa làm thủ tục")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|giấy chứng nhận|mã số thuế", "no registration (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ah01, ah02, ah03, ah04, ah05, ah06, ah07, ah08, ah09, ah10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
