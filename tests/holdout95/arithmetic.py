"""The ninety-fifth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout95/arithmetic.py

For every plan: revenue = quantity x price (per product, per table), cost lines sum to the total,
variable + fixed costs, profit = revenue - cost, tax, investment items = total = capital sources
(amounts and percentages), depreciation, interest on the loan balance and the repayment schedule,
payback, raw-material need vs supply, output vs capacity, growth, staff tables vs wage lines, the
sales-channel tables vs output. Planted numeric defects are asserted wrong by more than 5 % with
the true value computed, everything else right (within 1 %). Table figures are read from the
plan's source; figures quoted in running text are looked up verbatim, so they cannot drift from
the tables. The textual planted defects (no label, a second producer name, no registration, no
environmental measure, replaced instruments, no raw-material section, no food safety, template
placeholders, no product standard) are asserted by the absence or presence of their words; the
ready plans (and every plan not planted with outdated-policy) cite no replaced instrument and no
district body, and no plan but cr10 holds a template placeholder.
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


# Instruments replaced before mid-2026 and district-level bodies gone since 1/7/2025.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|51/2021|"
            r"01/2021/NĐ-CP|23/2012|03/2014|\bhuyện\b")


def clean(p: Plan) -> None:
    p.lacks(REPLACED, "cites a replaced instrument or a district body")
    p.lacks(PLACEHOLDER, "template placeholder")


def cr01() -> Plan:
    p = Plan("cr01_keo_cu_do_xuan_lam_cty")
    a, b, kg, nut, workers = (p.row("Kẹo cu đơ hộp 300 g"), p.row("Kẹo cu đơ túi 500 g"), p.row("Tổng sản lượng quy đổi"),
                              p.row("Lạc nhân sử dụng"), p.row("Công nhân sản xuất"))
    rev, ra, rb = p.row("Doanh thu|"), p.row("Kẹo hộp 300 g (55.000"), p.row("Kẹo túi 500 g (75.000")
    var = p.row("Biến phí|")
    vlines = [p.row(x) for x in ("Nguyên liệu (60.000", "Bao bì (5.000", "Nhiên liệu, điện", "Tiền công khoán",
                                  "Chiết khấu, vận chuyển")]
    fix = p.row("Định phí|")
    flines = [p.row(x) for x in ("Lương bộ phận quản lý", "Khấu hao tài sản cố định", "Lãi vay|",
                                  "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí|"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.3 + b[y] * 0.5 and close(nut[y], kg[y] * 0.4), f"kg, peanuts 0,4 kg/kg {y}")
        p.check(close(ra[y], a[y] * 0.055) and close(rb[y], b[y] * 0.075) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(vlines[0][y], kg[y] * 0.06) and close(vlines[1][y], a[y] * 0.005 + b[y] * 0.003)
                and close(vlines[2][y], kg[y] * 0.004) and close(vlines[3][y], kg[y] * 0.03)
                and close(vlines[4][y], rev[y] * 0.05) and close(var[y], lines_sum(vlines, y)), f"variable costs {y}")
        p.check(close(flines[0][y], 4 * 8 * 12) and close(flines[1][y], 150) and close(flines[2][y], [600, 400, 200][y] * 0.08)
                and close(flines[3][y], 120) and close(fix[y], lines_sum(flines, y)), f"fixed costs {y}")
        p.check(close(cost[y], var[y] + fix[y]) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 120 * 280 and nut[y] <= 12000 and kg[y] * 0.3 <= 9000, f"capacity, peanut and molasses contracts {y}")
        p.check(5.2 <= vlines[3][y] / workers[y] / 12 <= 5.6, f"piece wage 5,2–5,5 tr/tháng {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15 and kg[y] / kg[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng 150", "2 nồi nấu kẹo", "Máy kéo, cán kẹo", "Máy cắt và đóng gói",
                                "Kho mát bảo quản lạc", "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:5]) == 1200, "capital 1.500, fixed 1.200")
    p.check(close(900 / 1500, 0.60) and close(1200 / 8, 150), "60 / 40 %, depreciation 8 years")
    p.check(avg1(post) == 563.0 and close(1500 / (563.0 + 150), 2.1, 0.01), "average profit 563,0, payback 2,1")
    p.check(close(kg[0] / 19000, 1.105, 0.001) and close(post[0] / rev[0], 0.115, 0.01) and close(post[2] / rev[2], 0.153, 0.01),
            "+10,5 % on 2026; margins 11,5 % and 15,3 %")
    p.check(close(2930 / 17200 * 1000, 170, 0.01) and 150 <= 2540 / 15600 * 1000 <= 184, "2024–2025 ≈ 163–170.000 đ/kg, in line with the prices")
    p.check(4 + 10 == 14 and 4 + 12 == 16 and close(19000 / 280, 68, 0.01), "14–16 workers; ≈68 kg/day in 2026 under the 75 kg/day of the old kitchen")
    p.has("55.000 đồng/hộp", "75.000 đồng/túi", "50.000 hộp × 55.000 đồng = 2.750 triệu đồng",
          "12.000 túi × 75.000 đồng = 900 triệu đồng, cộng 3.650 triệu đồng", "(419,6 + 563,0 + 706,4) : 3 = 563,0",
          "1.500 : (563,0 + 150) ≈ 2,1 năm", "khoảng 120 kg kẹo/ngày", "33.600 kg kẹo/năm", "12.000 kg lạc nhân/năm",
          "9.000 kg/năm", "trả gốc 200 triệu đồng vào cuối mỗi năm", "lãi vay lần lượt 48, 32 và 16 triệu đồng",
          "Doanh thu đạt 3.650 triệu đồng năm 2027 và 4.610 triệu đồng năm 2029", "21.000 kg năm 2027, 23.800 kg năm 2028 và 26.600 kg",
          "8.400 kg năm 2027, 9.520 kg năm 2028 và 10.640 kg", "6.300 kg năm 2027 đến 7.980 kg",
          "11,5% năm 2027 và 15,3% năm 2029", "TCCS 01:2024/XL", "43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu số 512847")
    clean(p)
    return p


def cr02() -> Plan:
    p = Plan("cr02_gao_thom_huu_co_cam_quan_htx")
    Y4 = range(4)
    area, paddy, need, rice = (p.row("Diện tích liên kết", 4), p.row("Sản lượng lúa của vùng", 4), p.row("Lúa cần cho chế biến", 4),
                               p.row("Sản lượng gạo thành phẩm", 4))
    b2, b5, tot = p.row("Gạo túi 2 kg|", 4), p.row("Gạo túi 5 kg|", 4), p.row("Tổng sản lượng gạo", 4)
    r2, r5, rev = p.row("Doanh thu túi 2 kg", 4), p.row("Doanh thu túi 5 kg", 4), p.row("Tổng doanh thu", 4)
    lines = [p.row(x, 4) for x in ("Lúa nguyên liệu (9.000", "Sấy, xay xát, điện", "Bao bì (3.000", "Lương lao động chế biến",
                                    "Khấu hao tài sản cố định", "Lãi vay|", "Chứng nhận hữu cơ, kiểm nghiệm",
                                    "Bán hàng, vận chuyển (5%", "Quản lý, chi phí khác")]
    cost = p.row("Tổng chi phí|", 4)
    summary = [p.row(f"{2027 + y}|", 6) for y in Y4]  # years as rows: tấn, revenue, cost, pre-tax, tax, post-tax
    staff = [6, 6, 7, 7]
    for y in Y4:  # triệu đồng, tấn
        p.check(close(paddy[y], area[y] * 4.5) and close(need[y], rice[y] * 1.6) and need[y] <= paddy[y],
                f"paddy 4,5 t/ha, 1,6 kg/kg, within the members' harvest {y}")
        p.check(rice[y] == tot[y] and close(tot[y], (b2[y] * 2 + b5[y] * 5) / 1000) and close(b2[y] * 2, tot[y] * 400),
                f"bags: 40 % in 2 kg, 60 % in 5 kg {y}")
        p.check(close(r2[y], b2[y] * 0.064) and close(r5[y], b5[y] * 0.145) and close(rev[y], r2[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 9) and close(lines[1][y], tot[y] * 1.5)
                and close(lines[2][y], b2[y] * 0.003 + b5[y] * 0.0045) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], 160) and close(lines[5][y], (800 - 200 * y) * 0.07)
                and close(lines[6][y], 60) and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(s[0] == tot[y] and close(s[1], rev[y]) and close(s[2], cost[y]) and close(s[3], s[1] - s[2])
                and close(s[4], s[3] * 0.17) and close(s[5], s[3] - s[4]) and s[1] > 3000, f"summary row {2027 + y}")
        p.check(need[y] <= 400, f"mill 400 t paddy/year {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("Dây chuyền xay xát, đánh bóng", "Máy sấy lúa dạng tháp", "Kho chứa lúa 300",
                                "Máy đóng gói hút chân không", "Máy tách màu", "Chứng nhận hữu cơ mở rộng", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1200 + 800 and sum(items[:5]) == 1600, "capital 2.000, fixed 1.600")
    post = [s[5] for s in summary]
    p.check(round(sum(post) / 4, 1) == 413.1 and close(2000 / (413.1 + 160), 3.5, 0.01), "4-year average 413,1, payback 3,5")
    p.check(100 * 4 * 1 == 400 and close(100 / 85, 1.176, 0.001), "mill 100 ca × 4 h × 1 t; +17,6 % on 2026")
    p.check(close(post[0] / rev[0], 0.094, 0.01) and close(post[3] / rev[3], 0.138, 0.01), "margins 9,4 % and 13,8 %")
    p.check(close(4.5 * 9, 40.5) and close(40.5 / 7.2, 5.6, 0.01) and close(9 / 7.2, 1.25), "members' income per ha")
    p.check(close(64000 / 2, 32000) and close(145000 / 5, 29000) and 180 - 160 == 20 and 234 - 208 == 26, "per-kg prices; spare paddy")
    p.check(all(29 <= r / t <= 32 and t <= ha * 4.5 / 1.6 for r, t, ha in ((1400, 48, 25), (1800, 62, 30), (2500, 85, 36))),
            "2024–2026: 29–30.000 đ/kg and within each year's area")
    p.has("64.000 đồng/túi", "145.000 đồng/túi", "100 tấn gạo năm 2027", "Doanh thu khoảng 3,02 tỷ đồng năm 2027 và 3,93 tỷ đồng năm 2030",
          "(283,0 + 391,3 + 434,9 + 543,2) : 4 = 413,1", "2.000 : (413,1 + 160) ≈ 3,5 năm", "9.000 đồng/kg",
          "xay được 400 tấn lúa/năm", "khoảng 20 – 26 tấn/năm", "Lãi vay phải trả: 56 triệu đồng năm 2027, 42 triệu đồng năm 2028, 28 triệu đồng năm 2029 và 14 triệu đồng năm 2030",
          "1.200 triệu đồng, chiếm 60%", "800 triệu đồng, chiếm 40%", "TCVN 11041-2:2017", "TCCS 01:2025/CQ",
          "Tỷ suất lợi nhuận sau thuế trên doanh thu từ 9,4% (2027) đến 13,8% (2030)")
    clean(p)
    return p


def cr03() -> Plan:
    p = Plan("cr03_bot_ngu_coc_moc_an_hkd")
    box, bag, kg, grain = (p.row("Bột ngũ cốc hộp 500 g (hộp)"), p.row("Bột ngũ cốc túi 1 kg (túi)"),
                           p.row("Tổng sản lượng bột (kg)"), p.row("Hạt nguyên liệu cần (kg)"))
    rb, rt, rev = p.row("Doanh thu hộp 500 g"), p.row("Doanh thu túi 1 kg"), p.row("Tổng doanh thu (1.000")
    rev2, cost = p.row("Tổng doanh thu|"), p.row("Tổng chi phí|")
    lines = [p.row(x) for x in ("Hạt nguyên liệu (45.000", "Bao bì (12.000", "Điện, gas", "Tiền lương lao động",
                                 "Khấu hao tài sản cố định", "Lãi vay|", "Chi phí bán hàng (8%", "Kiểm nghiệm, quản lý",
                                 "Thuế GTGT, thuế TNCN")]
    prof, staff = p.row("Lợi nhuận|"), p.row("Cộng|", 3)
    for y in Y:  # nghìn đồng
        p.check(kg[y] == box[y] * 0.5 + bag[y] and close(grain[y], kg[y] * 1.1), f"kg, grain 1,1 kg/kg {y}")
        p.check(close(rb[y], box[y] * 120) and close(rt[y], bag[y] * 200) and close(rev[y], rb[y] + rt[y]) and rev2[y] == rev[y],
                f"revenue {y}")
        p.check(close(lines[0][y], grain[y] * 45) and close(lines[1][y], box[y] * 12 + bag[y] * 6) and close(lines[2][y], kg[y] * 5)
                and close(lines[3][y], staff[y] * 6000 * 12) and close(lines[4][y], 50000)
                and lines[5][y] == [16000, 8000, 0][y] and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 30000)
                and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 40 * 250, f"40 kg/day × 250 days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    recipe = {"Gạo lứt đỏ": 0.4, "Đậu đen, đậu xanh": 0.3, "Lạc|": 0.1, "Vừng đen|": 0.1, "Hạt sen|": 0.1}
    for label, share in recipe.items():
        need, supply = p.row(label, 2)
        p.check(close(need, grain[2] * share, 0.001) and need <= supply, f"2029 {label} within contract")
    need, supply = p.row("Cộng|", 2)
    p.check(need == grain[2] and supply == 10000, "raw-material total 8.910 of 10.000")
    items = [p.one("Máy rang trống 30"), p.one("Máy xay mịn 25"), p.one("Máy trộn bột|", skip=1),
             p.one("Máy đóng gói định lượng|", skip=1), p.one("Cải tạo phòng đóng gói"),
             p.one("Thiết kế bao bì, kiểm nghiệm"), p.one("Vốn lưu động")]  # the equipment table comes first
    p.check(sum(items) == p.one("Tổng cộng") == 500000 == 300000 + 200000 and sum(items[:5]) == 400000, "capital, fixed 400.000")
    p.check(close(400000 / 8, 50000) and close(200000 * 0.08, 16000) and close(100000 * 0.08, 8000), "depreciation, interest")
    p.check(sum(prof) / 3 == 448850 and close(500000 / (448850 + 50000), 1.0, 0.01), "average profit 448.850, payback 1,0")
    p.check(close(kg[0] / 5600, 1.16, 0.01) and close(prof[0] / rev[0], 0.246, 0.01) and close(prof[2] / rev[2], 0.277, 0.01),
            "+16 % on 2026, margins 24,6 % and 27,7 %")
    past = [p.row(f"{x}|", 3) for x in ("2024", "2025", "2026 (ước)")]
    p.check([r[0] for r in past] == [3900, 4800, 5600] and past[1][1] == 1050000, "2024–2026 results as in the text")
    p.has("120.000 đồng/hộp", "200.000 đồng/túi", "(364.750 + 472.850 + 508.950) : 3 = 448.850", "500.000 : (448.850 + 50.000) ≈ 1,0 năm",
          "6.500 kg năm 2027, 7.300 kg năm 2028, 8.100 kg năm 2029", "Doanh thu khoảng 1,48 tỷ đồng năm 2027, 1,84 tỷ đồng năm 2029",
          "tương đương 10.000 kg/năm", "8.910 kg, gồm gạo lứt đỏ 3.564 kg, đậu đen và đậu xanh 2.673 kg, lạc 891 kg, vừng đen 891 kg, hạt sen 891 kg",
          "240.000 đồng/kg (hộp) và 200.000 đồng/kg (túi)", "24,6% năm 2027 và 27,7% năm 2029", "TCCS 01:2025/MA", "43/2017/NĐ-CP",
          "vốn tự có của hộ 300 triệu đồng (60%)", "200 triệu đồng (40%)")
    p.check(close(120000 / 0.5, 240000), "box price per kg")
    p.check(p.count("chữa bệnh") == p.count("không quảng cáo công dụng chữa bệnh") + p.count("không ghi công dụng chữa bệnh") == 2,
            "the only 'chữa bệnh' are denials")
    p.lacks(r"phòng bệnh|điều trị|giảm cân|tiểu đường|huyết áp", "health claim")
    clean(p)
    return p


def cr04() -> Plan:
    p = Plan("cr04_mi_gao_bun_pho_thach_van_cty")
    prods = {}
    for name, price in (("mì gạo", 24000), ("bún khô", 22000), ("phở khô", 23000)):
        packs, kg = p.row(f"Sản lượng {name} gói"), p.row(f"Quy đổi {name}")
        pr, rv = p.row(f"Giá bán {name}"), p.row(f"Doanh thu {name}")
        for y in Y:  # đồng
            p.check(kg[y] == packs[y] * 0.5 and pr[y] == price and rv[y] == packs[y] * price, f"{name} table {y}")
        prods[name] = (packs, kg, rv)
    packs = [sum(v[0][y] for v in prods.values()) for y in Y]
    kg = [sum(v[1][y] for v in prods.values()) for y in Y]
    rv = [sum(v[2][y] for v in prods.values()) for y in Y]
    rev, cost = p.row("Tổng doanh thu|"), p.row("Tổng chi phí|")
    lines = [p.row(x) for x in ("Gạo nguyên liệu (13.000", "Bao bì (1.200", "Điện, nhiên liệu sấy", "Tiền lương công nhân",
                                 "Khấu hao tài sản cố định", "Lãi vay|", "Chi phí bán hàng (6%", "Chi phí quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [14, 15, 16]
    for y in Y:
        p.check(rev[y] == rv[y], f"revenue = the three product tables {y}")
        want = [kg[y] * 1.1 * 13000, packs[y] * 1200, kg[y] * 2500, staff[y] * 6500000 * 12, 300000000,
                (1500000000 - 300000000 * y) * 0.08, rev[y] * 0.06, 150000000]
        p.check(all(close(a, b, 1e-9) for a, b in zip([x[y] for x in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 1e-9) and close(pre[y], rev[y] - cost[y], 1e-9), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17, 1e-9) and close(post[y], pre[y] - tax[y], 1e-9), f"17 % tax {y}")
        p.check(kg[y] <= 500 * 280 and kg[y] * 1.1 <= 130000, f"500 kg/day × 280 days; rice contract 130 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(kg == [90000, 102000, 114000] and rv == [4160e6, 4714e6, 5268e6], "totals in the text")
    loan = [p.row(f"{2027 + y}|", 4) for y in range(5)]
    bal = 1500000000
    for y, (start, princ, interest, end) in enumerate(loan):
        p.check(start == bal and princ == 300000000 and interest == bal * 0.08 and end == bal - princ, f"loan schedule {2027 + y}")
        bal = end
    p.check(bal == 0 and p.row("Cộng|", 2) == [1500000000, 360000000], "loan repaid, 360.000.000 interest")
    p.check([loan[y][2] for y in Y] == lines[5], "interest in the cost table = the schedule")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng 300", "Dây chuyền tráng hấp", "Máy ép đùn bún", "Hệ thống sấy hơi nóng",
                                "Máy đóng gói tự động", "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 4e9 == 2.5e9 + 1.5e9 and sum(items[:5]) == 3e9, "capital 4 tỷ, fixed 3 tỷ")
    p.check(close(2.5e9 / 4e9, 0.625) and close(3e9 / 10, 3e8), "62,5 / 37,5 %; depreciation 10 years")
    avg = sum(post) / 3
    p.check(avg == 628110800 and close(4e9 / (avg + 3e8), 4.3, 0.01), "average profit 628.110.800, payback 4,3")
    p.check(close(114000 / 140000, 0.81, 0.01) and close(90000 / 80000, 1.125), "81 % of capacity; +12,5 % on 2026")
    p.check(all(44 <= r / t <= 48 for r, t in ((2880, 64), (3300, 72), (3700, 80))) and (200 + 120) * 280 / 1000 >= 80,
            "2024–2026 at 45–46.000 đ/kg; the old lines (320 kg/day) made the 80 t of 2026")
    p.check(close(post[0] / rev[0], 0.104, 0.01) and close(post[2] / rev[2], 0.156, 0.01), "margins 10,4 % and 15,6 %")
    p.has("24.000 đồng/gói", "22.000 đồng/gói", "23.000 đồng/gói", "90.000 kg năm 2027, 102.000 kg năm 2028 và 114.000 kg năm 2029",
          "4.160.000.000 đồng, 4.714.000.000 đồng và 5.268.000.000 đồng", "(431.932.000 + 628.110.800 + 824.289.600) : 3 = 628.110.800",
          "4.000.000.000 : (628.110.800 + 300.000.000) ≈ 4,3 năm", "99.000 kg năm 2027, 112.200 kg năm 2028, 125.400 kg năm 2029",
          "130 tấn gạo/năm", "công suất tối đa 140.000 kg/năm", "2.500.000.000 đồng, chiếm 62,5%", "1.500.000.000 đồng, chiếm 37,5%",
          "từ 10,4% năm 2027 lên 15,6% năm 2029", "88 – 169 triệu đồng/năm", "đăng ký môi trường", "43/2017/NĐ-CP")
    clean(p)
    return p


def cr05() -> Plan:
    p = Plan("cr05_banh_da_vung_kim_loc_htx")
    bags, bulk, pcs, rice, staff = (p.row("Bánh đa vừng túi 10 chiếc|"), p.row("Bánh đa vừng bán buôn|"),
                                    p.row("Tổng sản lượng bánh"), p.row("Gạo nguyên liệu"), p.row("Lao động sản xuất"))
    rev, rb, rw = p.row("Tổng doanh thu"), p.row("Bánh đa vừng túi 10 chiếc (35.000"), p.row("Bánh đa vừng bán buôn (2.800")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo (12.000", "Vừng đen, gừng, muối", "Than, củi, điện", "Tiền công khoán",
                                 "Túi, thùng carton", "Khấu hao tài sản cố định", "Lãi vay|", "Chi phí bán hàng",
                                 "Chi phí quản lý")]
    prof = p.row("Lợi nhuận|")
    rice_t, sesame_t = p.row("Gạo tẻ (55 g/chiếc)", 4), p.row("Vừng đen (4 g/chiếc)", 4)
    for y in Y:  # triệu đồng
        p.check(pcs[y] == bags[y] * 10 + bulk[y] and close(rice[y], pcs[y] * 0.055 / 1000) and rice_t[y] == rice[y],
                f"pieces, rice 55 g {y}")
        p.check(close(sesame_t[y], pcs[y] * 0.004 / 1000) and rice[y] <= rice_t[3] and sesame_t[y] <= sesame_t[3],
                f"sesame 4 g; within 60 t rice and 4 t sesame {y}")
        p.check(close(rw[y], bulk[y] * 0.0028) and close(rev[y], rb[y] + rw[y]), f"bulk revenue; total = sub-rows {y}")
        p.check(close(lines[0][y], rice[y] * 12) and close(lines[1][y], pcs[y] * 0.0004) and close(lines[2][y], pcs[y] * 0.00015)
                and close(lines[3][y], pcs[y] * 0.0007) and close(lines[4][y], bags[y] * 0.002 + bulk[y] * 0.00005)
                and close(lines[5][y], 60) and close(lines[6][y], [300, 200, 100][y] * 0.08)
                and lines[7][y] == [110, 120, 130][y] and lines[8][y] == 50, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the stated revenue {y}")
        p.check(pcs[y] <= 3500 * 280, f"3.500 chiếc/ngày × 280 ngày {y}")
        p.check(4.9 <= lines[3][y] / staff[y] / 12 <= 5.2, f"≈5 tr/người/tháng {y}")
    p.check(close(rb[0], bags[0] * 0.035) and close(rb[2], bags[2] * 0.035), "2027 and 2029 bag revenue right")
    true_rb1 = bags[1] * 0.035
    p.check(close(true_rb1, 1575, 1e-9) and rb[1] == 1755 and off(rb[1], true_rb1), "PLANTED 2028 bags 1.755 != 45.000 × 35.000 = 1.575 (+11,4 %)")
    true_rev1 = true_rb1 + rw[1]
    p.check(close(true_rev1, 2499) and off(rev[1], true_rev1), "PLANTED 2028 total 2.679 != 2.499 (+7,2 %)")
    p.check(close(true_rev1 - cost[1], 656.7), "true 2028 profit 656,7")
    equip = [p.one(x) for x in ("Máy tráng bánh bán tự động", "Nhà phơi có mái che lấy sáng", "Máy rang vừng, máy xay bột", "Cải tạo kho")]
    p.check(sum(equip) == p.one("Cộng|") == 480 and close(480 / 8, 60), "equipment 480, depreciation 60")
    p.check(480 + 40 + 280 == 800 and p.row("Cộng|", 2) == [800, 100] and close(500 / 800, 0.625), "capital 800 = 500 + 300 (62,5 %)")
    p.check(p.row("Thành viên góp bổ sung", 2) == [500, 62.5] and p.row("Vay Ngân hàng Nông nghiệp", 2) == [300, 37.5], "sources table")
    written, true = sum(prof) / 3, (prof[0] + true_rev1 - cost[1] + prof[2]) / 3
    p.check(close(written, 716.7, 0.001) and close(800 / (written + 60), 1.0, 0.04), "stated payback 1,0 from the written profit")
    p.check(close(true, 656.7, 0.001) and close(800 / (true + 60), 1.12, 0.01), "tolerated knock-on: true payback 1,12")
    p.check(close(pcs[0] / 620000, 1.13, 0.01), "+13 % on 2026")
    past = [p.row(f"{x}|", 3) for x in ("2024", "2025", "2026 (ước)")]
    p.check(all(2800 <= r[1] * 1e6 / r[0] <= 3500 for r in past) and past[1][:2] == [560000, 1700], "2024–2026 at 3.000–3.100 đ/chiếc")
    p.has("35.000 đồng/túi", "2.800 đồng/chiếc", "700.000 chiếc năm 2027", "Doanh thu năm 2027 đạt 2.240 triệu đồng",
          "(564 + 836,7 + 749,4) : 3 ≈ 716,7", "800 : (716,7 + 60) ≈ 1,0 năm", "công suất tối đa 980.000 chiếc/năm",
          "khoảng 60 tấn gạo mỗi năm", "4 tấn vừng đen/năm", "TCCS 01:2025/KL", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in ngày", "PLANTED no label, label content or labelling decree")
    p.check(p.count("Hợp tác xã Bánh đa Trường Sơn") == 2 and p.count("Hợp tác xã Bánh đa vừng Kim Lộc") == 2
            and "Trường Sơn" not in p.body.split("# 17.")[0], "PLANTED a second producer name, twice, in the last two sections")
    clean(p)
    return p


def cr06() -> Plan:
    p = Plan("cr06_keo_cu_do_nhung_hai_ho")
    box, bulk, kg, nut = (p.row("Kẹo hộp 500 g (hộp)"), p.row("Kẹo bán buôn (kg)"), p.row("Tổng sản lượng kẹo (kg)"),
                          p.row("Lạc nhân cần dùng (kg)"))
    rb, rw, rev = p.row("Doanh thu kẹo hộp"), p.row("Doanh thu kẹo bán buôn"), p.row("Tổng doanh thu|")
    rev2 = p.row("Tổng doanh thu|", skip=1)
    lines = [p.row(x) for x in ("Nguyên liệu (45.000", "Hộp, giấy gói, túi", "Gas, điện", "Lương lao động thuê",
                                 "Công lao động gia đình", "Khấu hao|", "Lãi vay|", "Vận chuyển, bán hàng")]
    cost, prof = p.row("Tổng chi phí|"), p.row("Lợi nhuận|")
    people = p.row("Tổng số người làm việc")
    hired = [4, 5, 6]
    for y in Y:  # đồng
        p.check(kg[y] == box[y] * 0.5 + bulk[y] and nut[y] == kg[y] * 0.45, f"kg, peanuts 0,45 kg/kg {y}")
        p.check(rb[y] == box[y] * 85000 and rw[y] == bulk[y] * 120000 and rev[y] == rb[y] + rw[y] == rev2[y], f"revenue {y}")
        p.check(lines[0][y] == kg[y] * 45000 and lines[1][y] == box[y] * 6000 + bulk[y] * 2000 and lines[2][y] == kg[y] * 3000
                and lines[3][y] == hired[y] * 5000000 * 12 and lines[4][y] == 2 * 6000000 * 12
                and lines[5][y] == 100000000 and lines[6][y] == 500000000 * 0.08, f"cost lines {y}")
        p.check(cost[y] == lines_sum(lines, y) and prof[y] == rev[y] - cost[y], f"cost, profit {y}")
        p.check(people[y] == hired[y] + 2, f"staff table = 2 family + hired {y}")
        p.check(kg[y] <= 2 * 2 * 15 * 280, f"2 nồi × 2 mẻ × 15 kg × 280 ngày = 16.800 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    supply = 1000 + 2000
    p.check(all(nut[y] > supply and off(nut[y], supply) for y in Y),
            "PLANTED peanut kernels 4.500 / 5.400 / 6.300 kg > 3.000 kg supplied (+50 % to +110 %)")
    p.check(close(nut[0] / supply, 1.5) and close(nut[2] / supply, 2.1), "shortfall ×1,5 to ×2,1")
    items = [p.one("Xây xưởng sản xuất 150"), p.one("2 nồi nấu kẹo inox"), p.one("Máy đánh kẹo|", skip=1),
             p.one("Máy cắt kẹo|", skip=1), p.one("Máy hàn túi, máy đóng hộp|", skip=1), p.one("Bàn, kệ inox"),
             p.one("Vốn lưu động")]  # the equipment table (no prices) comes first
    p.check(sum(items) == p.one("Tổng cộng") == 1.2e9 == p.one("Cộng|") == 7e8 + 5e8 and sum(items[:6]) == 1e9,
            "capital 1,2 tỷ = 700 + 500 triệu, fixed 1 tỷ")
    p.check(close(7e8 / 1.2e9, 0.583, 0.001) and close(1e9 / 10, 1e8), "58,3 %; depreciation 10 years")
    avg = sum(prof) / 3
    true = 1.2e9 / (avg + 1e8)
    p.check(avg == 466000000 and close(true, 2.12, 0.01) and off(1.0, true) and off(1.0, 1.2e9 / avg),
            "PLANTED payback 'khoảng 1 năm' != 2,1 years (2,6 without depreciation)")
    p.check(close(kg[0] / 8500, 1.18, 0.01), "+18 % on 2026")
    past = [p.row(f"{x}|", 3) for x in ("2024", "2025", "2026 (ước)")]
    p.check(all(120000 <= r[1] / r[0] <= 170000 for r in past) and past[2][0] == 8500 and past[1][0] == 7600,
            "2024–2026 at 140–147.000 đ/kg, as in the text")
    p.check(close(85000 / 0.5, 170000), "box price 170.000 đ/kg")
    p.has("85.000 đồng/hộp", "120.000 đồng/kg", "10.000 kg năm 2027, 12.000 kg năm 2028 và 14.000 kg năm 2029",
          "khoảng 3.000 kg lạc nhân mỗi năm, bảo đảm đủ nguyên liệu", "0,45 kg lạc nhân", "khoảng 1.000 kg lạc nhân",
          "khoảng 2.000 kg lạc nhân/năm", "Lợi nhuận bình quân 3 năm khoảng 466.000.000 đồng/năm",
          "thu hồi toàn bộ vốn đầu tư 1.200.000.000 đồng trong khoảng 1 năm", "tương đương 16.800 kg/năm",
          "Doanh thu đạt 1.500.000.000 đồng năm 2027 và 2.080.000.000 đồng năm 2029", "43/2017/NĐ-CP", "bản cam kết bảo đảm an toàn thực phẩm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|đăng ký hộ|doanh nghiệp|"
            r"hợp tác xã|tổ hợp tác|thành lập|giấy phép", "PLANTED no business registration or plan to register")
    clean(p)
    return p


def cr07() -> Plan:
    p = Plan("cr07_bun_kho_phu_viet_tht")
    packs, bulk, tons, rice, staff = (p.row("Bún khô gói 400 g"), p.row("Bún khô bán buôn bao 5 kg"),
                                      p.row("Tổng sản lượng bún khô"), p.row("Gạo nguyên liệu"), p.row("Lao động trực tiếp"))
    made, need, contract = p.row("Bún khô sản xuất"), p.row("Gạo cần dùng"), p.row("Gạo theo hợp đồng")
    rev, rg, rb = p.row("Doanh thu|"), p.row("Bún gói 400 g (18.000"), p.row("Bún bán buôn (38.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo (11.000", "Bao bì (800", "Điện, củi sấy", "Tiền công lao động", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof, crew = p.row("Lợi nhuận|"), p.row("Cộng|", 3)
    capacity = 300 * 260 / 1000  # tấn
    for y in Y:  # triệu đồng, tấn
        p.check(close(tons[y], packs[y] * 0.4 / 1000 + bulk[y]) and made[y] == tons[y], f"tấn {y}")
        p.check(close(rice[y], tons[y] * 1.2) and need[y] == rice[y] and contract[y] == 130 and need[y] <= 130,
                f"rice 1,2 kg/kg within 130 t {y}")
        p.check(close(rg[y], packs[y] * 0.018) and close(rb[y], bulk[y] * 38) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 11) and close(lines[1][y], packs[y] * 0.0008 + bulk[y] * 0.6)
                and close(lines[2][y], tons[y] * 3) and close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [400, 300, 200][y] * 0.075) and lines[6][y] == [120, 140, 160][y]
                and lines[7][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(crew[y] == staff[y], f"staff table = wage line {y}")
    p.check(capacity == 78 and tons[0] <= capacity, "2027 within 78 tấn")
    p.check(off(tons[1], capacity) and off(tons[2], capacity) and tons[1] > capacity,
            "PLANTED 2028–2029 output 90 / 105 tấn > 300 kg × 260 ngày = 78 tấn")
    p.check(close(tons[1] / tons[0], 1.25) and close(tons[2] / tons[1], 1.167, 0.001), "tolerated knock-on: +25 %, +17 %")
    equip = [p.one(x) for x in ("Máy nghiền bột nước", "Máy ép đùn bún", "Tủ hấp và nồi hơi", "Hệ thống sấy bún hai buồng",
                                "Máy đóng gói|")]
    stated = p.one("Tổng cộng")
    p.check(sum(equip) == 580 and stated == 640 and off(stated, sum(equip)), "PLANTED equipment table total 640 != items 580")
    items = [p.one(x) for x in ("Máy móc thiết bị (Bảng 3)", "Cải tạo nhà xưởng", "Giàn phơi, khay inox", "Vốn lưu động")]
    p.check(items[0] == stated and sum(items) == p.one("Tổng vốn đầu tư") == 1050 == 650 + 400 and sum(items[:3]) == 900,
            "investment follows the stated 640: 1.050 = 650 + 400, fixed 900")
    p.check(close(650 / 1050, 0.619, 0.001) and close(900 / 10, 90), "61,9 %, depreciation 90")
    p.check(avg1(prof) == 896.3 and round(1050 / (896.3 + 90), 1) == 1.1, "average profit 896,3, payback 1,1")
    p.check(close(tons[0] / 64, 1.125), "+12,5 % on 2026")
    past = [p.row(f"{x}|", 3) for x in ("2025", "2026 (ước)")]
    p.check([r[0] for r in past] == [58, 64] and all(38 <= r[1] / r[0] <= 45 for r in past) and 250 * 260 / 1000 >= 64,
            "2025–2026 at 40.000 đ/kg; the old press (250 kg/day) made them")
    p.has("18.000 đồng/gói", "38.000 đồng/kg", "72 tấn năm 2027, 90 tấn năm 2028 và 105 tấn năm 2029", "300 kg bún khô/ngày",
          "khoảng 260 ngày/năm, tương đương khoảng 78 tấn/năm", "không cần đầu tư thêm thiết bị",
          "(613,6 + 895,5 + 1.179,8) : 3 = 896,3", "1.050 : (896,3 + 90) ≈ 1,1 năm", "khoảng 2,96 tỷ đồng năm 2027 và 4,33 tỷ đồng năm 2029",
          "130 tấn/năm", "Tổng vốn đầu tư 1.050 triệu đồng", "thành viên góp thêm 650 triệu đồng (61,9%)", "400 triệu đồng (38,1%)")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|\bbể\b|lắng|thu gom|khói|biogas|hố ga|ô nhiễm|mùi hôi",
            "PLANTED no environmental measure anywhere")
    clean(p)
    return p


def cr08() -> Plan:
    p = Plan("cr08_mi_gao_trung_luong_htx")
    packs, bulk, tons = p.row("Mì gạo gói 500 g|"), p.row("Mì gạo bán buôn|"), p.row("Tổng sản lượng mì gạo")
    rev, rg, rb = p.row("Doanh thu|", skip=1), p.row("Mì gạo gói 500 g (25.000"), p.row("Mì gạo bán buôn (42.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo (1,2 kg/kg", "Bao bì (1.000", "Điện, nhiên liệu sấy", "Tiền lương|", "Khấu hao|",
                                 "Lãi vay|", "Chi phí bán hàng", "Chi phí quản lý")]
    prof = p.row("Lợi nhuận trước thuế")
    staff = p.row("Cộng lao động trực tiếp")
    channels = [p.row(x) for x in ("Đại lý thực phẩm khô", "Siêu thị, cửa hàng tiện lợi", "Trực tuyến, hội chợ")]
    for y in Y:  # triệu đồng
        p.check(close(tons[y], packs[y] * 0.5 / 1000 + bulk[y]) and lines_sum(channels, y) == tons[y] == p.row("Cộng|", 3)[y],
                f"tấn, channel table {y}")
        p.check(close(rg[y], packs[y] * 0.025) and close(rb[y], bulk[y] * 42) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], tons[y] * 1.2 * 12) and close(lines[1][y], packs[y] * 0.001 + bulk[y] * 0.5)
                and close(lines[2][y], tons[y] * 2.5) and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 70)
                and close(lines[5][y], [400, 300, 200][y] * 0.08) and lines[6][y] == [100, 115, 130][y]
                and lines[7][y] == 50, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(tons[y] <= 300 * 280 / 1000, f"300 kg/day × 280 days {y}")
    p.check(close(channels[0][0] / tons[0], 0.60, 0.01) and close(channels[1][0] / tons[0], 0.25, 0.02), "60 / 25 / 15 % in 2027")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2027 and 2028 profit right")
    true2 = rev[2] - cost[2]
    p.check(close(true2, 876.6) and prof[2] == 976.6 and off(prof[2], true2), "PLANTED 2029 profit 976,6 != 3.302 − 2.425,4 = 876,6")
    equip = [p.one(x) for x in ("Dây chuyền tráng hấp liên hoàn", "Máy cắt sợi", "Hệ thống sấy hơi nóng", "Máy đóng gói|",
                                "Cải tạo kho thành phẩm")]
    p.check(sum(equip) == p.row("Cộng|", 1, skip=1)[0] == 700 and close(700 / 10, 70), "equipment 700, depreciation 70")
    p.check(700 + 50 + 250 == 1000 == p.row("Cộng|", 1, skip=2)[0] == p.one("Vốn góp của thành viên") + p.one("Vay Ngân hàng Nông nghiệp"),
            "capital 1.000 = 600 + 400")
    written, true = sum(prof) / 3, (prof[0] + prof[1] + true2) / 3
    p.check(close(written, 759.6, 0.001) and close(1000 / (written + 70), 1.2, 0.01), "stated payback 1,2 from the written profit")
    p.check(close(true, 726.3, 0.001) and close(1000 / (true + 70), 1.26, 0.01), "tolerated knock-on: true payback 1,26")
    past, past_rev = p.row("Sản lượng mì gạo"), p.row("Doanh thu|")
    p.check(past == [40, 44, 50] and close(tons[0] / 50, 1.1), "+10 % on 2026")
    p.check(all(42 <= r / t <= 50 for r, t in zip(past_rev, past)), "2024–2026 at 42–44.000 đ/kg")
    p.has("25.000 đồng/gói", "42.000 đồng/kg", "55 tấn năm 2027, 63 tấn năm 2028 và 71 tấn năm 2029",
          "Doanh thu năm 2027 đạt 2.550 triệu đồng, năm 2029 đạt 3.302 triệu đồng", "(576 + 726,3 + 976,6) : 3 ≈ 759,6",
          "1.000 : (759,6 + 70) ≈ 1,2 năm", "công suất tối đa 84 tấn/năm", "Tổng vốn đầu tư 1.000 triệu đồng")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "Luật Hợp tác xã số 23/2012/QH13",
          "Nghị quyết số 123/2018/NQ-HĐND", "Phòng Nông nghiệp và Phát triển nông thôn huyện",
          "Hội đồng đánh giá sản phẩm OCOP cấp huyện")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15|Luật Hợp tác xã năm 2023", "PLANTED the current instruments are not cited")
    headings = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(not any(re.search(r"nguyên liệu|vùng|liên kết|cung ứng|nguồn gạo|nguồn lúa", h, re.I) for h in headings),
            "PLANTED no raw-material heading")
    p.lacks(r"nguyên liệu|liên kết|cung ứng|cung cấp gạo|hợp đồng mua|vùng lúa|thu mua|bao tiêu|tấn gạo",
            "PLANTED no raw-material source, supplier, contract or area anywhere")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def cr09() -> Plan:
    p = Plan("cr09_gao_lut_tim_than_duc_thuan_cty")
    b1, b5, tons, paddy, staff = (p.row("Gạo lứt túi 1 kg|"), p.row("Gạo lứt túi 5 kg|"), p.row("Tổng sản lượng gạo lứt"),
                                  p.row("Lúa nguyên liệu|"), p.row("Lao động|"))
    made, need, supply = p.row("Gạo lứt thành phẩm"), p.row("Lúa cần dùng"), p.row("Lúa của vùng liên kết")
    rev, r1, r5 = p.row("Doanh thu|"), p.row("Gạo lứt túi 1 kg (55.000"), p.row("Gạo lứt túi 5 kg (240.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Lúa nguyên liệu (14.000", "Bao bì (2.500", "Sấy, xay xát, điện", "Tiền lương|", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, quảng bá", "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    channels = [p.row(x) for x in ("Cửa hàng thực phẩm sạch", "Nhà phân phối tại Hà Nội", "Bán trực tuyến|",
                                    "Khách hàng mới ở các tỉnh")]
    for y in Y:  # triệu đồng, tấn
        p.check(close(tons[y], (b1[y] + b5[y] * 5) / 1000) and close(b1[y], tons[y] * 600) and made[y] == tons[y],
                f"bags: 60 % in 1 kg, 40 % in 5 kg {y}")
        p.check(close(paddy[y], tons[y] * 1.25) and need[y] == paddy[y] and supply[y] == 400 == 80 * 5 and need[y] <= 400,
                f"paddy 1,25 kg/kg within 80 ha × 5 t (no shortfall) {y}")
        p.check(tons[y] <= 2 * 250, f"mill 2 t/day × 250 days (no capacity issue) {y}")
        p.check(close(r1[y], b1[y] * 0.055) and close(r5[y], b5[y] * 0.24) and close(rev[y], r1[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], paddy[y] * 14) and close(lines[1][y], b1[y] * 0.0025 + b5[y] * 0.006)
                and close(lines[2][y], tons[y] * 1.5) and close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 250)
                and close(lines[5][y], [1200, 900, 600][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(lines_sum(channels, y) == tons[y] == p.row("Cộng|", 3)[y], f"channel table adds up {y}")
    g1, g2 = tons[1] / tons[0], tons[2] / tons[1]
    p.check(close(g1, 2.17, 0.01) and g2 == 2 and close(rev[1] / rev[0], 2.17, 0.01) and rev[2] / rev[1] == 2,
            "PLANTED output and revenue ×2,2 then ×2 (60 → 130 → 260 tấn; 3.132 → 6.786 → 13.572)")
    p.check(tons[2] / 50 > 5 and close(post[0] / rev[0], 0.063, 0.02) and post[2] / rev[2] > 0.30,
            "PLANTED ×5 on 2026 in three years; net margin 6 % → 31 %")
    named = [channels[0][y] + channels[1][y] + channels[2][y] for y in Y]
    p.check(named[0] == 50 and named[2] == 160 and channels[3][2] == 100, "named channels 50 t today; 100 t from 'new customers'")
    p.check(close(paddy[2] * 14, 4550) and 4550 > 9 * 500, "2029 paddy purchase 4,55 tỷ vs 500 triệu working capital")
    past = [p.row(f"{x}|", 3) for x in ("2024", "2025", "2026 (ước)")]
    p.check([r[0] for r in past] == [32, 41, 50] and all(48 <= r[1] / r[0] <= 55 for r in past), "2024–2026 at 50–52.000 đ/kg")
    p.check(rev[2] > 13500 and post[2] > 4100, "'trên 13,5 tỷ', 'trên 4,1 tỷ'")
    items = [p.one(x) for x in ("Nhà xưởng, kho chứa", "Dây chuyền xay xát gạo lứt|", "Máy sấy lúa|", "Máy đóng gói hút chân không|",
                                "Xe tải giao hàng|", "Bao bì, nhãn hiệu, tiêu chuẩn", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 3500 and sum(items[:5]) == 2500 and close(2500 / 10, 250), "items = stated total 3.500; fixed 2.500")
    p.check(p.row("Cộng|", 1, skip=1)[0] == 1600 == sum(items[1:5]), "equipment table 1.600")
    src = [p.one("Vốn chủ sở hữu"), p.one("Vay ngân hàng thương mại")]
    p.check(sum(src) == p.one("Cộng nguồn vốn") == 3000 and off(sum(src), total), "PLANTED sources 3.000 != total investment 3.500 (−14 %)")
    p.check(close(1800 / 3000, 0.60) and close(1200 / 3000, 0.40), "percentages are of the 3.000")
    avg = sum(post) / 3
    p.check(close(avg, 1951.9, 0.001) and close(3500 / (avg + 250), 1.6, 0.01), "payback 1,6 on its own terms")
    p.has("55.000 đồng/túi", "240.000 đồng/túi", "60 tấn năm 2027, 130 tấn năm 2028 và 260 tấn năm 2029",
          "khoảng 3,1 tỷ đồng năm 2027, 6,8 tỷ đồng năm 2028 và 13,6 tỷ đồng năm 2029", "Tổng vốn đầu tư của phương án là 3,5 tỷ đồng",
          "(196,9 + 1.502,8 + 4.156,0) : 3 ≈ 1.951,9", "3.500 : (1.951,9 + 250) ≈ 1,6 năm", "tương đương 500 tấn/năm",
          "tổng sản lượng khoảng 400 tấn lúa/năm", "Sản lượng tăng gấp đôi mỗi năm", "TCCS 01:2025/ĐT", "43/2017/NĐ-CP")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|HACCP|ISO 22000|tự công bố|"
            r"công bố sản phẩm|55/2010", "PLANTED no food-safety certificate, commitment or plan anywhere")
    clean(p)
    return p


def cr10() -> Plan:
    p = Plan("cr10_keo_guong_thanh_huong_hkd")
    box, bag, kg, nut, staff = (p.row("Kẹo gương hộp 250 g"), p.row("Kẹo gương túi 500 g"), p.row("Tổng sản lượng kẹo"),
                                p.row("Lạc nhân sử dụng"), p.row("Lao động|"))
    rev, rb, rt = p.row("Doanh thu|"), p.row("- Kẹo hộp 250 g (35.000"), p.row("- Kẹo túi 500 g (60.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("- Nguyên liệu (40.000", "- Hộp, túi", "- Gas, điện", "- Tiền lương", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng, vận chuyển", "- Quản lý, chi khác")]
    prof = p.row("Lợi nhuận trước thuế")
    channels = [p.row(x) for x in ("Quầy đặc sản, cửa hàng", "Đại lý bán buôn", "Điểm bán OCOP, khách sạn", "Bán trực tuyến")]
    raw = [p.row(x) for x in ("Lạc nhân (0,5", "Đường, mạch nha (0,4", "Vừng (0,05")]
    crew = p.row("Cộng|", 3, skip=1)
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.25 + bag[y] * 0.5 and nut[y] == kg[y] * 0.5 == raw[0][y] and nut[y] <= 10000,
                f"kg, peanuts 0,5 kg/kg within 10 t {y}")
        p.check(close(raw[1][y], kg[y] * 0.4) and close(raw[2][y], kg[y] * 0.05), f"sugar, sesame {y}")
        p.check(lines_sum(channels, y) == kg[y] == p.row("Cộng|", 3)[y], f"channel table {y}")
        p.check(close(rb[y], box[y] * 0.035) and close(rt[y], bag[y] * 0.06) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.04) and close(lines[1][y], box[y] * 0.004 + bag[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[4][y], 50)
                and close(lines[5][y], [150, 100, 50][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 70 * 280 and crew[y] == staff[y], f"capacity 19.600 kg; staff table {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    equip = [p.one(x) for x in ("2 nồi nấu kẹo có điều nhiệt", "Máy cán và cắt kẹo", "Máy đóng gói|", "Cải tạo xưởng|")]
    p.check(sum(equip) == p.row("Cộng|", 1, skip=1)[0] == 250 and close(250 / 5, 50), "equipment 250, depreciation 50")
    p.check(250 + 30 + 120 == 400 and p.row("Tổng nguồn vốn", 2) == [400, 100], "capital 400 = 250 + 150 = items")
    p.check(p.row("Vốn tự có của hộ", 2) == [250, 62.5] and p.row("Vay Ngân hàng Chính sách", 2) == [150, 37.5], "sources table")
    p.check(sum(prof) / 3 == 242 and close(400 / (242 + 50), 1.4, 0.03), "average profit 242, payback 1,4")
    p.check(close(kg[0] / 11000, 1.14, 0.01), "+14 % on 2026")
    past = [p.row(f"{x}|", 3) for x in ("2024", "2025", "2026 (ước)")]
    p.check([r[0] for r in past] == [9500, 10200, 11000] and all(120 <= r[1] * 1000 / r[0] <= 140 for r in past),
            "2024–2026 at 126–132.000 đ/kg")
    p.check(close(35000 / 0.25, 140000) and close(60000 / 0.5, 120000), "per-kg prices")
    p.has("35.000 đồng/hộp", "60.000 đồng/túi", "12.500 kg năm 2027, 14.000 kg năm 2028 và 15.500 kg năm 2029",
          "Doanh thu năm 2027 đạt 1.650 triệu đồng, năm 2029 đạt 2.050 triệu đồng", "(198 + 242 + 286) : 3 = 242",
          "400 : (242 + 50) ≈ 1,4 năm", "Tổng vốn đầu tư 400 triệu đồng", "tương đương 19.600 kg/năm", "10 tấn lạc nhân/năm")
    p.has("Hiện hộ có 9 lao động thường xuyên", "Hiện cơ sở có 6 lao động thường xuyên")  # PLANTED figure-inconsistent
    p.check(off(9, 6), "PLANTED 9 != 6 workers now")
    p.check(p.count("[tên sản phẩm]") == 2 and p.count("……") == 1 and re.search(PLACEHOLDER, p.body) is not None,
            "PLANTED template placeholders: '[tên sản phẩm]' twice, '……' once")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phân tích mẫu|chỉ tiêu chất lượng",
            "PLANTED no product standard, declaration or lab test")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu \"Kẹo gương Thanh Hương\"")
    p.lacks(REPLACED, "cites a replaced instrument or a district body")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cr11_keo_cu_do_xuan_pho_so_sai")
    a.check(3000 * 120000 == 360e6, "3 tấn × 120.000 đ/kg = 360 triệu")
    a.has("khoảng 3 tấn kẹo", "120.000 đồng/kg", "khoảng 360 triệu đồng/năm", "khoảng 150 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|mã vạch|môi trường|nước thải|lạc nhân|nguyên liệu|quy trình|chi phí|lợi nhuận",
            "no compliance item, raw material, process, cost or profit (tolerated gaps)")
    clean(a)
    b = Plan("cr12_bot_ngu_coc_binh_minh_so_sai")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.check(re.findall(r"\d+", b.body.split("# Giới thiệu chung", 1)[1]) == ["5", "0362", "418", "905"],
            "no figure but the five members and the phone number")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác",
            "no registration (tolerated gap)")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn(?! hiệu)|môi trường|khách hàng (là|gồm)|cửa hàng|đại lý|giá bán|đồng",
            "no compliance item, no named customer, channel or price (tolerated gaps)")
    clean(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cr01, cr02, cr03, cr04, cr05, cr06, cr07, cr08, cr09, cr10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
