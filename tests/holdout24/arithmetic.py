"""The twenty-fourth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout24/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no
environmental measure, a second producer name, a replaced instrument, no product standard, no
label, no registration, no trademark, no food safety, no sales channel) are asserted too, as is
the absence of template placeholders in every plan.
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

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|03/2014/TT-BKHĐT|123/2018/NQ-HĐND|Luật Hợp tác xã (năm )?2012"


class Plan(plancheck.Plan):
    src = HERE / "src"


def r1(x: float) -> float:
    """Round half up to one decimal, as the plans print tax and profit."""
    return float(int(x * 10 + 0.5 + 1e-9)) / 10


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "cites a replaced instrument")


# --------------------------------------------------------------------------- ready plans

def a01() -> Plan:
    p = Plan("a01_ca_com_say_gion_cty")
    hop, tui, kg, fish = p.row("Hộp 200 g"), p.row("Túi 500 g"), p.row("Tổng sản lượng thành phẩm"), p.row("Cá cơm tươi nguyên liệu")
    rh, rt, rev = p.row("Doanh thu hộp 200 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá cơm tươi (30.000", "Gia vị, dầu ăn", "Hộp, túi, nhãn", "Điện, gas", "Tiền lương",
                                 "Khấu hao tài sản", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 11]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], hop[y] * 0.2 + tui[y] * 0.5) and close(fish[y], kg[y] * 3.5), f"kg, fish 3,5 kg/kg {y}")
        p.check(close(rh[y], hop[y] * 0.065) and close(rt[y], tui[y] * 0.15) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.03) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], hop[y] * 0.004 + tui[y] * 0.006) and close(lines[3][y], kg[y] * 0.01), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and lines[5][y] == 150
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.05), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], r1(pre[y] * 0.17)) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 70 * 280 and fish[y] <= 70000, f"capacity 19.600 kg, 70 tấn fish contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Máy sấy nhiệt", "Chảo rang", "Máy đóng gói", "Kho lạnh 20", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1500 == 700 + 800 and sum(items[:5]) == 1200 == 150 * 8, "capital 1.500, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 791.8) and close(1500 / (avg + 150), 1.6, 0.02), "average profit 791,8, payback 1,6")
    p.check(70 * 280 == 19600 and close(kg[0] / 10500, 1.14, 0.01), "capacity; +14 % on 2025")
    p.check(close(post[0] / rev[0] * 100, 15.9, 0.01) and close(post[2] / rev[2] * 100, 20.5, 0.01), "margins")
    p.has("65.000 đồng/hộp", "150.000 đồng/túi", "40.000 hộp × 65.000 đồng = 2.600 triệu đồng", "8.000 túi × 150.000 đồng = 1.200 triệu đồng",
          "(604,2 + 770,2 + 1.001,0) : 3 ≈ 791,8", "1.500 : (791,8 + 150) ≈ 1,6 năm", "cam kết cung cấp 70 tấn cá cơm tươi/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/AD", "Nghị định 43/2017/NĐ-CP", "đăng ký môi trường",
          "Công ty có 10 lao động thường xuyên", "Năm 2026 công ty bố trí 10 lao động thường xuyên")
    clean(p)
    return p


def a02() -> Plan:
    p = Plan("a02_tra_hoa_dau_biec_htx")
    box, bag, dry, fresh, staff = (p.row("Hộp hoa khô 50 g", 4), p.row("Hộp trà túi lọc 20 túi", 4), p.row("Hoa khô sử dụng", 4),
                                   p.row("Hoa tươi nguyên liệu", 4), p.row("Lao động tại xưởng", 4))
    lines = [p.row(x, 4) for x in ("Hoa tươi (25.000", "Bao bì (hộp", "Điện sấy", "Tiền lương", "Khấu hao", "Lãi vay",
                                    "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí", 4)
    summ = [p.row(f"{2026 + y}|", 5) for y in range(4)]
    rev = [box[y] * 0.085 + bag[y] * 0.06 for y in range(4)]
    for y in range(4):
        p.check(close(dry[y], box[y] * 0.05 + bag[y] * 0.04) and close(fresh[y], dry[y] * 6), f"dry flower, fresh 6:1 {y}")
        p.check(close(lines[0][y], fresh[y] * 25) and close(lines[1][y], box[y] * 8 + bag[y] * 7)
                and close(lines[2][y], fresh[y] * 5), f"unit costs (1.000 đ) {y}")
        p.check(close(lines[3][y], staff[y] * 6000 * 12) and lines[4][y] == 80000
                and close(lines[5][y], [300, 200, 100, 0][y] * 70) and close(lines[6][y], rev[y] * 100), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y] / 1000) and close(s[2], s[0] - s[1]), f"summary {y}")
        p.check(s[0] <= 3000 and close(s[3], r1(s[2] * 0.15)) and close(s[4], s[2] - s[3]), f"15 % tax {y}")
        p.check(fresh[y] <= 12500 and fresh[y] <= 2 * 30 * 250, f"flower supply and dryer capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(5 * 2500 == 12500 and 3 + 2 == 5 and 2 * 30 * 250 == 15000, "area 5 ha, 12.500 kg; 15.000 kg dryer capacity")
    p.check(320 + 180 + 140 + 60 + 200 == 900 == 600 + 300 and 320 + 180 + 140 == 640 == 80 * 8, "capital 900, fixed 640")
    avg = sum(s[4] for s in summ) / 4
    p.check(close(avg, 611.5) and close(900 / (avg + 80), 1.3, 0.02), "average profit, payback 1,3")
    p.check(close(dry[0] / 650, 1.54, 0.01), "+54 % on 2025 with two new dryers")
    p.has("85.000 đồng/hộp", "60.000 đồng/hộp", "12.000 hộp × 85.000 đồng = 1.020 triệu đồng", "10.000 hộp × 60.000 đồng = 600 triệu đồng",
          "(441,1 + 554,7 + 668,3 + 781,8) : 4 ≈ 611,5", "900 : (611,5 + 80) ≈ 1,3 năm", "2 máy sấy lạnh: 320 triệu đồng",
          "máy đóng gói trà túi lọc: 180 triệu đồng", "thành viên góp bổ sung 600 triệu đồng", "tổng cộng 12.500 kg hoa tươi/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HB", "Giấy chứng nhận đăng ký nhãn hiệu",
          "32 thành viên chính thức")
    clean(p)
    return p


def a03() -> Plan:
    p = Plan("a03_gao_dua_my_nghe_hkd")
    plan = [p.row(f"{2027 + y}|", 4) for y in Y]
    bowl, cups, box, rev_d = ([r[i] for r in plan] for i in range(4))
    rev = [rev_d[y] / 1e6 for y in Y]
    lines = [p.row(x) for x in ("Gáo dừa|", "Vật tư hoàn thiện", "Bao bì, nhãn", "Tiền công", "Điện", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Thuế khoán", "Chi khác")]
    cost, rev2, prof = p.row("Tổng chi phí"), p.row("Doanh thu|"), p.row("Lợi nhuận|")
    staff = [5, 6, 6]
    for y in Y:  # triệu đồng
        used = bowl[y] + 4 * cups[y] + 2 * box[y]
        bought = used / 0.8
        p.check(close(rev_d[y], bowl[y] * 45000 + cups[y] * 120000 + box[y] * 180000) and close(rev2[y], rev[y]), f"revenue {y}")
        p.check(close(lines[0][y], bought * 0.002) and close(lines[1][y], used * 0.003)
                and close(lines[2][y], bowl[y] * 0.003 + cups[y] * 0.01 + box[y] * 0.008), f"unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5.5 * 12) and lines[5][y] == 25 and close(lines[6][y], [150, 100, 50][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.045, 0.005), f"wages, dep, interest, lump-sum tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(bought <= 29000 and bought <= 30000, f"workshop 29.000 gáo, supply 30.000 gáo {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round((bowl[y] + 4 * cups[y] + 2 * box[y]) / 0.8) for y in Y] == [20250, 23875, 27500], "shells bought")
    p.check(100 * 290 == 29000 and 120 + 80 + 30 + 70 == 300 == 150 + 150 and 120 + 80 == 200 == 25 * 8, "capacity, capital 300, fixed 200")
    avg = sum(prof) / 3
    p.check(close(avg, 139.7) and close(300 / (avg + 25), 1.8, 0.02), "average profit, payback 1,8")
    p.check(close(bowl[0] / 7000, 1.29, 0.01), "+29 % bowls on 2025")
    p.has("45.000 đồng/chiếc", "120.000 đồng/bộ", "180.000 đồng/chiếc", "(9.000 + 6.000 + 1.200) : 0,8 = 20.250 gáo",
          "405 + 180 + 108 = 693 triệu đồng", "20.250 gáo × 2.000 đồng = 40,5 triệu đồng", "16.200 gáo sử dụng × 3.000 đồng = 48,6 triệu đồng",
          "5 lao động × 5,5 triệu đồng × 12 tháng = 330 triệu đồng", "(98,4 + 117,65 + 203) : 3 ≈ 139,7", "300 : (139,7 + 25) ≈ 1,8 năm",
          "tổng khoảng 30.000 gáo/năm", "công suất khoảng 29.000 gáo/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số 28F8003417",
          "TCCS 01:2026/TT", "Nghị định 43/2017/NĐ-CP", "hút bụi")
    clean(p)
    return p


def a04() -> Plan:
    p = Plan("a04_du_lich_trang_trai_bo_sua_htx")
    vis, meals, cls, staff = (p.row("Lượt khách tham quan"), p.row("Suất ăn trưa"), p.row("Lượt học làm sữa chua"),
                              p.row("Lao động tổ dịch vụ"))
    rev, rv, rm, rc = p.row("Doanh thu|"), p.row("- Vé tham quan"), p.row("- Suất ăn (120.000"), p.row("- Lớp làm sữa chua")
    lines = [p.row(x) for x in ("- Thực phẩm cho suất ăn", "- Nguyên liệu lớp học", "- Chăm sóc đàn bò", "- Tiền lương", "- Khấu hao",
                                 "- Lãi vay", "- Điện, nước", "- Quảng bá", "- Quản lý")]
    cost, pre, tax, post = p.row("Chi phí|"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(meals[y], vis[y] * 0.4) and close(cls[y], vis[y] * 0.3), f"40 % meals, 30 % classes {y}")
        p.check(close(rv[y], vis[y] * 0.08) and close(rm[y], meals[y] * 0.12) and close(rc[y], cls[y] * 0.05)
                and close(rev[y], rv[y] + rm[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], rm[y] * 0.5) and close(lines[1][y], cls[y] * 0.02) and close(lines[3][y], staff[y] * 6 * 12)
                and lines[4][y] == 120 and close(lines[5][y], [400, 300, 200][y] * 0.075), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], r1(pre[y] * 0.15)) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(vis[y] <= 80 * 300, f"capacity 24.000 visitors {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(600 + 300 + 200 + 100 + 100 + 200 == 1500 == 700 + 400 + 400 and 600 + 300 + 200 + 100 == 1200 == 120 * 10,
            "capital 1.500, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 265.6) and close(1500 / (avg + 120), 3.9, 0.02), "average profit, payback 3,9")
    p.check(80 * 300 == 24000 and vis[2] * 2 > 24000 * 1.0 and close(vis[0] / 6000, 1.5), "capacity; +50 % on 2025 with new facilities")
    p.has("80.000 đồng/lượt", "120.000 đồng/suất", "50.000 đồng/lượt", "tương đương 24.000 lượt khách/năm",
          "(150,4 + 265,6 + 380,8) : 3 = 265,6", "1.500 : (265,6 + 120) ≈ 3,9 năm", "Tổng vốn đầu tư 1.500 triệu đồng",
          "thành viên góp bổ sung 700 triệu đồng; quỹ đầu tư phát triển của hợp tác xã 400 triệu đồng; vay Ngân hàng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với dịch vụ ăn uống", "hầm biogas", "đăng ký môi trường",
          "Nhãn hiệu dịch vụ", "21 thành viên chính thức")
    clean(p)
    return p


# --------------------------------------------------------------------------- revise plans

def a05() -> Plan:
    p = Plan("a05_pate_gan_hkd")
    small, big, kg, liver, meat = (p.row("Hũ 150 g"), p.row("Hũ 300 g"), p.row("Tổng sản lượng pate"), p.row("Gan lợn"), p.row("Thịt, mỡ lợn"))
    sales = [[p.row(f"{2026 + y}|", 3, skip=k) for k in (0, 1)] for y in Y]  # [qty, price, amount in đồng]
    totals = [p.one(f"Cộng năm {2026 + y}") for y in Y]
    lines = [p.row("Gan lợn", skip=1), p.row("Thịt, mỡ lợn", skip=1)] + [p.row(x) for x in (
        "Gia vị, bơ, hành", "Hũ, nắp, nhãn", "Điện, gas", "Tiền công lao động", "Khấu hao", "Lãi vay", "Vận chuyển lạnh",
        "Thuế khoán", "Chi khác")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Doanh thu|"), p.row("Lợi nhuận|")
    true_rev = [small[y] * 0.035 + big[y] * 0.065 for y in Y]
    staff = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], small[y] * 0.15 + big[y] * 0.3) and close(liver[y], kg[y] * 0.45) and close(meat[y], kg[y] * 0.35),
                f"kg, liver 0,45, meat 0,35 {y}")
        (q1, p1, a1), (q2, p2, a2) = sales[y]
        p.check(q1 == small[y] and q2 == big[y] and p1 == 35000 and p2 == 65000, f"revenue table quantities, prices {y}")
        p.check(close(a1, q1 * p1), f"150 g amount {y}")
        if y == 1:
            p.check(off(a2, q2 * p2, 20) and a2 == 960e6 and q2 * p2 == 780e6, "PLANTED 2027 300 g row 960.000.000 ≠ 780.000.000 (+23 %)")
            p.check(off(totals[y] / 1e6, true_rev[y]), "PLANTED 2027 revenue total off by more than 5 % (+8,8 %)")
            p.check(close(totals[y], a1 + a2), "2027 total adds up its (wrong) rows")
        else:
            p.check(close(a2, q2 * p2) and close(totals[y] / 1e6, true_rev[y]), f"300 g amount, total {y}")
        p.check(close(rev[y], totals[y] / 1e6), f"cost table revenue = revenue table {y}")
        p.check(close(lines[0][y], liver[y] * 0.05) and close(lines[1][y], meat[y] * 0.09) and close(lines[2][y], kg[y] * 0.015)
                and close(lines[3][y], small[y] * 0.004 + big[y] * 0.006) and close(lines[4][y], kg[y] * 0.008), f"unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 6 * 12) and lines[6][y] == 100 and close(lines[7][y], [400, 300, 200][y] * 0.07)
                and close(lines[9][y], true_rev[y] * 0.045), f"wages, dep, interest, lump-sum tax on the true revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit from stated revenue {y}")
        p.check(kg[y] <= 50 * 260 and liver[y] <= 6000 and meat[y] <= 5000, f"autoclave 13.000 kg, liver and meat contracts {y}")
    true_prof = [true_rev[y] - cost[y] for y in Y]
    p.check(close(true_prof[1], 371.2) and off(prof[1], true_prof[1]), "2027 profit follows the wrong revenue (tolerated profit-mismatch)")
    avg, true_avg = sum(prof) / 3, sum(true_prof) / 3
    p.check(close(avg, 455.2) and close(800 / (avg + 100), 1.4, 0.03), "stated payback 1,4 from the stated profits")
    p.check(off(800 / (true_avg + 100), 1.4) and close(800 / (true_avg + 100), 1.62, 0.01), "true payback 1,62 (tolerated payback-mismatch)")
    p.check(80 + 120 + 100 + 100 + 300 + 40 + 60 == 800 == 400 + 400 and 80 + 120 + 100 + 100 + 300 == 700 == 100 * 7, "capital 800, fixed 700")
    p.check(close(kg[0] / 6000, 1.25), "+25 % on 2025")
    p.has("35.000 đồng/hũ", "65.000 đồng/hũ", "(278 + 551,2 + 536,4) : 3 ≈ 455,2", "800 : (455,2 + 100) ≈ 1,4 năm",
          "Tổng vốn đầu tư: 800 triệu đồng", "khối lượng tối đa 6.000 kg gan và 5.000 kg thịt", "công suất khoảng 13.000 kg pate/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28C8011256", "TCCS 01:2026/LH", "Nghị định 43/2017/NĐ-CP")
    # PLANTED name-inconsistent: a second producer name in the compliance section and the proposals
    p.check(p.count("Hộ kinh doanh Thực phẩm Minh Khoa") == 2 and p.count("Hộ kinh doanh Thực phẩm Liên Hương") >= 2,
            "PLANTED second producer name 'Minh Khoa' twice, 'Liên Hương' elsewhere")
    # PLANTED no-environment-measures: meat processing with no environmental word anywhere
    p.lacks(r"môi trường|nước thải|\brác\b|chất thải|bể lắng|bể tự hoại|biogas|xử lý nước|khói|mùi hôi|thu gom",
            "PLANTED no environmental measure")
    clean(p)
    return p


def a06() -> Plan:
    p = Plan("a06_ruou_gung_htx")
    hist = [p.row(f"{2023 + y}|", 3) for y in Y]
    tot = p.row("Cộng 3 năm")
    c500, c300, lit, rice, ginger = (p.row("Chai 500 ml"), p.row("Chai 300 ml"), p.row("Tổng sản lượng rượu"),
                                     p.row("Gạo nếp cần dùng"), p.row("Gừng tươi cần dùng"))
    rev, r500, r300 = p.row("Doanh thu|"), p.row("Chai 500 ml", skip=1), p.row("Chai 300 ml", skip=1)
    lines = [p.row(x) for x in ("Gạo nếp (22.000", "Gừng (30.000", "Men, củi, điện", "Chai, nút, hộp", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Chi phí|"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    # PLANTED table-total-mismatch: the 3-year revenue total
    p.check(tot[0] == sum(h[0] for h in hist) and tot[2] == sum(h[2] for h in hist), "history litres and profit totals right")
    p.check(off(tot[1], sum(h[1] for h in hist)) and tot[1] == 4140 and sum(h[1] for h in hist) == 3840,
            "PLANTED history revenue total 4.140 ≠ 1.040 + 1.280 + 1.520 = 3.840 (+7,8 %)")
    staff = [8, 9, 10]
    supply = 5 * 2.4 * 1000  # kg of glutinous rice a year, members only
    for y in Y:
        p.check(close(lit[y], c500[y] * 0.5 + c300[y] * 0.3) and close(rice[y], lit[y] / 0.8) and close(ginger[y], lit[y] * 0.25),
                f"litres, rice 0,8 l/kg, ginger 0,25 kg/l {y}")
        p.check(close(r500[y], c500[y] * 0.11) and close(r300[y], c300[y] * 0.075) and close(rev[y], r500[y] + r300[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], ginger[y] * 0.03) and close(lines[2][y], lit[y] * 0.006)
                and close(lines[3][y], c500[y] * 0.015 + c300[y] * 0.011), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and lines[5][y] == 100 and close(lines[6][y], [500, 400, 300][y] * 0.07),
                f"wages, dep, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], r1(pre[y] * rate)) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(lit[y] <= 2 * 80 * 150 * 0.8 and ginger[y] <= 6000, f"distilling capacity 19.200 l, ginger 6 tấn {y}")
        p.check(off(rice[y], supply), f"PLANTED rice need {rice[y]:.0f} kg > members' 12.000 kg by more than 5 % ({y})")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(rice[2] / supply, 1.52, 0.01) and close(rice[0] / supply, 1.083, 0.01), "shortfall +8 % (2026) to +52 % (2028)")
    p.check(hist[2][0] / 0.8 <= supply, "2025 output was within the members' rice")
    p.check(350 + 200 + 120 + 80 + 50 + 60 + 340 == 1200 == 700 + 500 and 350 + 200 + 120 + 80 + 50 == 800 == 100 * 8, "capital, fixed")
    avg = sum(post) / 3
    p.check(close(avg, 763.1) and close(1200 / (avg + 100), 1.4, 0.02), "average profit, payback 1,4")
    p.has("110.000 đồng/chai", "75.000 đồng/chai", "khoảng 2,4 tấn gạo nếp/ha, tổng khoảng 12 tấn gạo nếp mỗi năm, đủ đáp ứng",
          "chỉ sử dụng nếp cái do thành viên trồng", "1 kg gạo nếp cho 0,8 lít", "(581,9 + 787,5 + 920,0) : 3 ≈ 763,1",
          "1.200 : (763,1 + 100) ≈ 1,4 năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT",
          "Uống rượu, bia có hại cho sức khỏe", "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường")
    # PLANTED outdated-policy: QĐ 1048 relied on twice, QĐ 148 never cited
    p.check(p.count("1048/QĐ-TTg") == 2, "PLANTED QĐ 1048/QĐ-TTg cited in the legal basis and the objectives")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED: the current criteria decision is not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def a07() -> Plan:
    p = Plan("a07_cao_la_sen_cty")
    h100, h250, kg, leaf = p.row("Hũ 100 g"), p.row("Hũ 250 g"), p.row("Cao lá sen thành phẩm"), p.row("Lá sen khô nguyên liệu")
    r100, r250, rev = p.row("Doanh thu hũ 100 g"), p.row("Doanh thu hũ 250 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá sen khô (15.000", "Năng lượng chiết", "Hũ, nắp, hộp", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Chi phí bán hàng", "Chi phí quản lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 8]
    for y in Y:
        p.check(close(kg[y], h100[y] * 0.1 + h250[y] * 0.25) and close(leaf[y], kg[y] * 10), f"kg extract, leaf 10:1 {y}")
        p.check(close(r100[y], h100[y] * 0.18) and close(r250[y], h250[y] * 0.42) and close(rev[y], r100[y] + r250[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.015) and close(lines[1][y], kg[y] * 0.04)
                and close(lines[2][y], h100[y] * 0.012 + h250[y] * 0.018), f"unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and lines[4][y] == 140 and close(lines[5][y], [600, 450, 300][y] * 0.08),
                f"wages, dep, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], r1(pre[y] * rate)) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 20 * 250 and leaf[y] <= 20 * 2000, f"within extraction capacity 5.000 kg and leaf supply 40 tấn {y}")
    # PLANTED unrealistic-growth: more than doubling twice with the same channels
    p.check(rev[1] / rev[0] > 2.2 and rev[2] / rev[1] > 2.2 and close(rev[2] / rev[0], 5.0), "PLANTED revenue +123 %, +124 %, ×5 in two years")
    p.check(kg[2] / kg[0] == 5 and close(h100[0] / 3200, 1.25), "output ×5 from a 2025 base of 3.200 jars")
    p.check(lines[6][2] / lines[6][0] == 1.4 and staff[2] / staff[0] < 1.4, "selling budget +40 %, workers +33 % only")
    p.check(close(pre[2] / rev[2], 0.647, 0.01), "2028 pre-tax margin 65 %")
    # PLANTED capital-mismatch: sources 1.500 against a total of 1.800
    items = [p.one(x) for x in ("Nhà xưởng chiết xuất", "Hệ thống chiết xuất", "Máy sấy lá", "Kho nguyên liệu", "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 1800 and sum(items[:4]) == 1400 == 140 * 10, "investment items add up to 1.800, fixed 1.400")
    p.check(off(900 + 600, total) and close((900 + 600) / total, 0.833, 0.01), "PLANTED sources 900 + 600 = 1.500 ≠ 1.800 (−16,7 %)")
    avg = sum(post) / 3
    p.check(close(avg, 1364.3) and close(1800 / (avg + 140), 1.2, 0.02), "average profit, payback 1,2 (consistent with the stated figures)")
    p.has("vốn chủ sở hữu của công ty: 900 triệu đồng", "vay Ngân hàng TMCP Đầu tư và Phát triển Việt Nam: 600 triệu đồng",
          "180.000 đồng/hũ", "420.000 đồng/hũ", "(58,2 + 974,9 + 3.059,8) : 3 ≈ 1.364,3", "1.800 : (1.364,3 + 140) ≈ 1,2 năm",
          "tương đương 5.000 kg cao/năm", "tổng 40 tấn/năm", "bán khoảng 3.200 hũ cao lá sen 100 g",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.check("Vốn điều lệ 1.200 triệu đồng" in p.body, "charter capital 1.200 (not the 1.500 of the sources)")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|chỉ tiêu (chất lượng|cảm quan|vi sinh|an toàn)|phiếu kết quả|thử nghiệm",
            "PLANTED no product standard, declaration or test")
    clean(p)
    return p


def a08() -> Plan:
    p = Plan("a08_nuoc_ep_ca_rot_ctcp")
    n, carrot, staff = p.row("Nước ép cà rốt chai 330 ml"), p.row("Cà rốt tươi nguyên liệu"), p.row("Lao động trực tiếp")
    rev, cost = p.row("Doanh thu (20.000"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cà rốt tươi (8.000", "Chai PET, nắp", "Đường, chanh", "Điện, nước, hơi", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, vận chuyển lạnh", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 1500 * 1 * 260
    for y in Y:
        p.check(close(carrot[y] * 1000, n[y] * 0.5) and close(rev[y], n[y] * 0.02), f"carrots 0,5 kg/chai, revenue {y}")
        p.check(close(lines[0][y], carrot[y] * 8) and close(lines[1][y], n[y] * 0.0035) and close(lines[2][y], n[y] * 0.001)
                and close(lines[3][y], n[y] * 0.0008), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and lines[5][y] == 300 and close(lines[6][y], [1500, 1000, 500][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.1), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y == 1:
            p.check(off(pre[y], rev[y] - cost[y], 20) and pre[y] == 1562 and rev[y] - cost[y] == 1262,
                    "PLANTED 2027 profit 1.562 ≠ 7.600 − 6.338 = 1.262 (+23,8 %)")
        else:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
        p.check(close(tax[y], r1(pre[y] * 0.17)) and close(post[y], pre[y] - tax[y]), f"17 % tax on the stated profit {y}")
        p.check(carrot[y] <= 8 * 35, f"carrot supply 280 tấn {y}")
        if y:
            p.check(n[y] / n[y - 1] < 1.3, f"growth under 30 % {y}")
    # PLANTED capacity-exceeded in 2028 only
    p.check(cap == 390000 and n[1] <= cap and off(n[2], cap, 20), "PLANTED 2028 480.000 chai > 390.000 capacity (+23 %)")
    p.check(1000 + 1800 + 200 + 100 + 900 == 4000 == 2500 + 1500 and 1000 + 1800 + 200 == 3000 == 300 * 10, "capital 4.000, fixed 3.000")
    avg = sum(post) / 3
    p.check(close(avg, 1189.7) and close(4000 / (avg + 300), 2.7, 0.02), "stated payback 2,7 from the stated profits")
    true_avg = (post[0] + (rev[1] - cost[1]) * 0.83 + post[2]) / 3
    p.check(off(4000 / (true_avg + 300), 2.7, 5), "true payback about 2,84 (tolerated payback-mismatch)")
    p.has("20.000 đồng/chai", "Công suất dây chuyền 1.500 chai/ca; công ty bố trí 1 ca/ngày, 260 ngày/năm, tương đương 390.000 chai/năm",
          "(592,6 + 1.296,5 + 1.679,9) : 3 ≈ 1.189,7", "4.000 : (1.189,7 + 300) ≈ 2,7 năm", "tổng khoảng 280 tấn/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2025/ĐX", "QCVN 6-2:2010/BYT",
          "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường")
    p.lacks(r"ca 2|hai ca|2 ca|ca đêm|dây chuyền thứ hai|thêm dây chuyền", "no second shift or line")
    # PLANTED no-label-plan: 'nhãn' only inside 'nhãn hiệu'
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|\btem\b|in hạn|hạn sử dụng in", "PLANTED no label or label decree")
    clean(p)
    return p


def a09() -> Plan:
    p = Plan("a09_mat_ong_hoa_sim_hkd")
    hives, honey, j500, j250, bulk = (p.row("Số đàn ong"), p.row("Sản lượng mật"), p.row("Lọ 500 g"), p.row("Lọ 250 g"), p.row("Mật bán can"))
    summ = [p.row(f"{2026 + y}|", 3) for y in Y]
    rev = [j500[y] * 0.15 + j250[y] * 0.085 + bulk[y] * 0.24 for y in Y]
    pack = [j500[y] * 0.008 + j250[y] * 0.006 + bulk[y] * 0.005 for y in Y]
    care = [hives[y] * 0.4 for y in Y]
    lines = [[pack[y], care[y], 30, [100, 120, 140][y], 5 * 6 * 12, [60, 80, 100][y], 100, [300, 200, 100][y] * 0.07,
              [100, 110, 120][y], [25, 30, 35][y], 15] for y in Y]
    for y in Y:
        p.check(close(honey[y], hives[y] * 12) and close(honey[y], j500[y] * 0.5 + j250[y] * 0.25 + bulk[y]), f"honey = hives × 12 kg = sales {y}")
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], sum(lines[y])) and close(s[2], s[0] - s[1]), f"summary row {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check([round(x, 1) for x in pack] == [65, 78, 91] and [round(sum(x), 1) for x in lines] == [1036, 1129, 1222], "packaging, costs")
    p.check(close((j500[0] * 0.5 + j250[0] * 0.25) / honey[0], 0.625), "62,5 % jarred")
    avg = sum(s[2] for s in summ) / 3
    p.check(close(avg, 517.4) and close(800 / (avg + 100), 1.3, 0.02), "average profit, payback 1,3")
    p.check(180 + 120 + 350 + 50 + 100 == 800 == 500 + 300 and 180 + 120 + 350 + 50 == 700 == 100 * 7 and 200 * 0.6 == 120, "capital 800, fixed 700")
    p.check(hives[2] - hives[0] <= 200, "new hives cover the growth of the colonies")
    p.has("150.000 đồng/lọ", "85.000 đồng/lọ", "240.000 đồng/kg", "400 đàn × 12 kg = 4.800 kg", "khoảng 13 kg mật/đàn/năm",
          "4.000 lọ × 150.000 đồng = 600 triệu đồng", "1.800 kg × 240.000 đồng = 432 triệu đồng", "cộng 1.372 triệu đồng",
          "(336 + 517,4 + 698,8) : 3 = 517,4", "800 : (517,4 + 100) ≈ 1,3 năm", "bản cam kết sản xuất thực phẩm an toàn",
          "TCVN 5267-1:2008", "Nghị định 43/2017/NĐ-CP", "sổ nhật ký trại ong")
    # PLANTED figure-inconsistent: 5 regular workers (producer section, wage line) vs 8 (labour section)
    p.has("Cơ sở có 5 lao động thường xuyên", "tiền công 5 lao động thường xuyên × 6 triệu đồng × 12 tháng = 360 triệu đồng",
          "Tổng số lao động thường xuyên của cơ sở là 8 người")
    p.check(1 + 4 + 2 + 1 == 8 and off(8, 5), "PLANTED the labour section's 8 workers (1 + 4 + 2 + 1) vs 5 elsewhere (+60 %)")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký|giấy chứng nhận đăng ký|mã số thuế|\bMST\b|số hiệu|GCN ĐKKD|ĐKKD", "PLANTED no registration evidence")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP")
    clean(p)
    return p


def a10() -> Plan:
    p = Plan("a10_banh_da_me_den_htx")
    bag, box, kg, pb, px, rev = (p.row("Túi 10 cái"), p.row("Hộp quà 20 cái"), p.row("Tổng sản lượng bánh"), p.row("Đơn giá túi"),
                                 p.row("Đơn giá hộp"), p.row("Doanh thu|"))
    lines = [p.row(x) for x in ("Gạo tẻ (16.000", "Mè đen (70.000", "Gia vị (3.000", "Bao bì (túi", "Củi, điện", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 8, 9]
    for y in Y:
        p.check(close(kg[y], (bag[y] * 10 + box[y] * 20) * 0.05), f"kg at 50 g a piece {y}")
        p.check(close(rev[y], (bag[y] * pb[y] + box[y] * px[y]) / 1e6), f"revenue {y}")
        rice, sesame = kg[y] * 0.9, kg[y] * 0.08
        p.check(close(lines[0][y], rice * 0.016) and close(lines[1][y], sesame * 0.07) and close(lines[2][y], kg[y] * 0.003)
                and close(lines[3][y], bag[y] * 0.002 + box[y] * 0.006) and close(lines[4][y], kg[y] * 0.004), f"unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 4.5 * 12) and lines[6][y] == 80 and close(lines[7][y], [400, 300, 200][y] * 0.07),
                f"wages, dep, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], r1(pre[y] * 0.15)) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(rice <= 40000 and sesame <= 3 * 800 and kg[y] <= 120 * 270, f"rice 40 tấn, sesame 2,4 tấn, capacity 32.400 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(400 + 300 + 100 + 50 + 350 == 1200 == 800 + 400 and 400 + 300 + 100 == 800, "capital 1.200, fixed 800 (10 years: 80)")
    avg = sum(post) / 3
    true_payback = 1200 / (avg + 80)
    p.check(close(avg, 314.9) and close(true_payback, 3.04, 0.01), "average profit 314,9; payback 3,0 years")
    p.check(off(1.8, true_payback, 30), "PLANTED stated payback 1,8 years vs 3,0 (−41 %)")
    p.check(p.count("1,8 năm") == 2, "PLANTED 1,8 năm stated in the objectives and the financials")
    p.has("khoảng 314,9 triệu đồng/năm", "vốn đầu tư 1.200 triệu đồng trong khoảng 1,8 năm", "thu hồi vốn đầu tư trong khoảng 1,8 năm",
          "30.000 túi × 35.000 đồng = 1.050 triệu đồng", "6.000 hộp × 80.000 đồng = 480 triệu đồng", "TCCS 01:2026/GH",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|cam kết sản xuất|HACCP|ISO 22000|đủ điều kiện|khám sức khỏe|15/2018",
            "PLANTED no food-safety certificate or commitment")
    # PLANTED no-sales-channel: no customer, channel or price outside the financial table
    p.lacks(r"khách|cửa hàng|siêu thị|đại lý|\bchợ\b|hội chợ|facebook|zalo|shopee|tiktok|\bsàn\b|thương lái|điểm bán|bán lẻ|bán buôn|"
            r"nhà hàng|quán|xuất khẩu|nhà phân phối|đơn hàng|đặt hàng|giá bán", "PLANTED no sales channel or customer anywhere")
    market = p.body.split("# VII/ Thị trường", 1)[1].split("# VIII/", 1)[0]
    p.check(not re.search(r"\d[\d.]*\s*(đồng|đ)\b", market), "PLANTED no price in the market section")
    clean(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("a11_keo_dua_so_sai")
    a.check(3000 * 60000 == 180e6, "3 tấn × 60.000 đồng/kg = 180 triệu")
    a.has("khoảng 3 tấn", "60.000 đồng/kg", "khoảng 180 triệu đồng", "khoảng 50 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2022",
          "bán cho các quán tạp hóa trong xã")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|kiểm soát", "sketchy: compliance gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("a12_dua_hau_so_sai")
    b.has("khoảng 6 ha", "khoảng 25 tấn/ha", "chưa thành lập tổ hợp tác và chưa đăng ký kinh doanh", "tiêu thụ ra thị trường")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đồng/kg|triệu|tỷ|thương lái|siêu thị|cửa hàng|chợ|đại lý", "sketchy: no price, revenue or channel (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


MINW = 8


def distinct_sentences(plans: list[Plan]) -> list[str]:
    """No sentence or clause of 8 words or more is shared by two plans (each producer writes its own text)."""
    seen: dict[str, str] = {}
    shared = []
    for p in plans:
        body = "\n".join(x for x in p.body.splitlines() if not x.startswith(("#", "|", "Bảng", "ĐVT")))
        for s in re.split(r"(?<=[.;:])\s+|\n", body):
            s = " ".join(s.split())
            if len(s.split()) >= MINW:
                if s in seen and seen[s] != p.stem:
                    shared.append(f"{seen[s]} / {p.stem}: {s[:80]}")
                seen.setdefault(s, p.stem)
    return shared


def main() -> int:
    plans = [fn() for fn in (a01, a02, a03, a04, a05, a06, a07, a08, a09, a10)] + sketchy()
    for s in distinct_sentences(plans):
        plans[0].failures.append(f"sentence shared between plans: {s}")
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
