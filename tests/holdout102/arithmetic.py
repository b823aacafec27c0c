"""Set 102's own arithmetic, recomputed from the plans' sources: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout102/arithmetic.py

For every plan: revenue = quantity x price per grade, grading losses, cost lines sum to the total,
profit = revenue - cost, tax, investment items = capital sources = total, depreciation, interest,
payback, supply (area x yield per sào or ha, contracts) vs what is bought or harvested, output vs
capacity (grading tables, greenhouses, cold rooms, mushroom huts), growth, harvest calendars.
Planted numeric defects are asserted wrong by more than 5 % with the true value computed, every
other number right within 1 %. Table figures are read from the plan's source; figures quoted in
running text are looked up verbatim. The textual planted defects are asserted by the absence or
presence of their words; ready plans are checked for template placeholders and replaced
instruments.
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


# Instruments replaced before mid-2026 (a ready plan must cite none of them).
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|23/2012/QH13|NQ-HĐND.{0,40}123/2018|123/2018/NQ"
            r"|77/2019/NĐ|193/2013/NĐ|03/2014/TT-BKHĐT|01/2021/NĐ-CP")


def last(p: Plan, label: str, n: int = 1) -> list[float] | float:
    """The last n numbers of the LAST table row whose first or second cell starts with `label`
    (investment tables come after the equipment tables that repeat their item names)."""
    k = 0
    while True:
        before = len(p.failures)
        p.row(label, n, k)
        if len(p.failures) > before:
            p.failures.pop()
            break
        k += 1
    if not k:
        p.failures.append(f"row not found: {label}")
        return 0.0 if n == 1 else [0.0] * n
    r = p.row(label, n, k - 1)
    return r[0] if n == 1 else r


def ready_hygiene(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")


def cy01() -> Plan:
    p = Plan("cy01_buoi_phuc_trach_trach_thuy_htx")
    buy, l1, l2, xo, loss = (p.row("Bưởi thu mua của thành viên"), p.row("Bưởi loại 1 (45%)"), p.row("Bưởi loại 2 (33%)"),
                             p.row("Hàng xô (18%)"), p.row("Hao hụt phân loại"))
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Bưởi loại 1 (55.000"), p.row("Bưởi loại 2 (35.000"),
                       p.row("Hàng xô (15.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua bưởi (22.000", "Hộp, túi lưới, tem QR", "Tiền lương lao động thường xuyên",
                                 "Điện kho lạnh", "Khấu hao tài sản cố định", "Lãi vay |", "Bán hàng, vận chuyển (5%",
                                 "Quản lý, VietGAP")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; quả
        p.check(close(l1[y], buy[y] * .45) and close(l2[y], buy[y] * .33) and close(xo[y], buy[y] * .18)
                and close(loss[y], buy[y] * .04) and l1[y] + l2[y] + xo[y] + loss[y] == buy[y], f"grades {y}")
        p.check(close(r1[y], l1[y] * .055) and close(r2[y], l2[y] * .035) and close(r3[y], xo[y] * .015)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], buy[y] * .022) and close(lines[1][y], (l1[y] + l2[y]) * .003)
                and close(lines[2][y], 6 * 6.5 * 12) and close(lines[4][y], 1100 / 10)
                and close(lines[5][y], [600, 400, 200][y] * .07) and close(lines[6][y], rev[y] * .05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * .17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(buy[y] <= 280 * 450 and buy[y] <= 2 * 1000 * 90, f"supply 126.000, grading 180.000 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x, 1 if x.startswith("Xe") else 0) for x in ("Kho lạnh lắp ghép 40", "Nhà sơ chế, đóng gói 150", "Bàn phân loại, cân",
                                "Xe tải thùng kín 1,5 tấn |", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == p.one("Cộng |", 0) and sum(items[:4]) == 1100,
            "investment 1.500, fixed 1.100")
    p.check(p.row("Vốn góp của thành viên", 1)[0] + p.row("Vay Ngân hàng Nông nghiệp", 1)[0] == 1500, "sources")
    p.check(avg1(post) == 503.9 and close(1500 / (503.9 + 110), 2.4, 0.03), "average profit, payback 2,4")
    cal_in = p.row("Thu mua (quả)", 7)
    cal_out = p.row("Tiêu thụ (quả)", 7)
    p.check(sum(cal_in[:6]) == cal_in[6] == buy[0] and sum(cal_out[:6]) == cal_out[6] == buy[0] - loss[0],
            "2027 calendar: 100.000 in, 96.000 out")
    p.check(sum(cal_out[3:6]) <= 20000 and 20000 * 1.2 <= 25000, "Nov-Jan sales fit the 25-tấn cold room")
    p.check(close(buy[0] / 72000, 1.39, 0.01), "+39 % on 2025 through the new grading house and cold room")
    p.check(close((buy[0] - loss[0]) * 0 + 280 * 450, 126000) and 280 / 20 == 14, "280 sào = 14 ha, 126.000 quả")
    p.has("55.000 đồng/quả", "35.000 đồng/quả", "15.000 đồng/quả", "22.000 đồng/quả", "450 quả/sào/năm",
          "280 sào × 450 quả/sào = 126.000 quả/năm", "(390,9 + 503,9 + 616,9) : 3 ≈ 503,9",
          "1.500 : (503,9 + 110) ≈ 2,4 năm", "hiệu lực đến ngày 14/9/2028", "tái chứng nhận từ tháng 5/2028",
          "Doanh thu đạt 3.900 triệu đồng năm 2027 và 4.680 triệu đồng năm 2029", "(468 triệu đồng/năm)",
          "lãi vay lần lượt 42, 28 và 14 triệu đồng", "2.000 quả/ngày", "180.000 quả/vụ")
    ready_hygiene(p)
    return p


def cy02() -> Plan:
    p = Plan("cy02_nam_so_hong_phuc_hkd")
    bags, so, l1, trays, l2, loss, straw, nr = (p.row(x) for x in (
        "Bịch phôi nấm sò (bịch)", "Nấm sò tươi thu hoạch", "Nấm sò loại 1 (kg)", "Số khay 300 g", "Nấm sò loại 2 (kg)",
        "Hao hụt khi phân loại", "Rơm trồng nấm rơm", "Nấm rơm thương phẩm"))
    rev, r1, r2, r3 = p.row("Doanh thu |"), p.row("Nấm sò khay 300 g (15.000"), p.row("Nấm sò loại 2 (28.000"), p.row("Nấm rơm (60.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu phôi, giống", "Rơm, vôi trồng nấm rơm", "Khay, màng, nhãn (1.500",
                                 "Tiền công lao động thuê", "Điện, nước, củi", "Thuê đất bãi ủ", "Khấu hao tài sản cố định",
                                 "Lãi vay ngân hàng", "Vận chuyển, bán hàng (5%", "Kiểm nghiệm, duy trì VietGAP")]
    prof = p.row("Lợi nhuận |")
    staff = p.row("Lao động thuê (tính lương)")
    for y in Y:  # đồng
        p.check(close(so[y], bags[y] * .45) and close(l1[y], so[y] * .6) and close(l2[y], so[y] * .35)
                and close(loss[y], so[y] * .05) and close(trays[y], l1[y] / .3) and close(nr[y], straw[y] * 150), f"output {y}")
        p.check(close(r1[y], trays[y] * 15000) and close(r2[y], l2[y] * 28000) and close(r3[y], nr[y] * 60000)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 5500) and close(lines[1][y], straw[y] * 1.2e6)
                and close(lines[2][y], trays[y] * 1500) and close(lines[3][y], staff[y] * 6e6 * 12)
                and close(lines[6][y], 510e6 / 10) and close(lines[7][y], [300e6, 200e6, 100e6][y] * .07)
                and close(lines[8][y], rev[y] * .05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bags[y] <= 4 * 6000 * 4 and bags[y] * .9 / 1000 <= 100 and bags[y] <= 1000 * 100,
                f"huts 96.000, sawdust 100 tấn, steamer {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(staff == [5, 6, 6], "wage-earning staff")
    both = ("Lò hấp phôi có nồi hơi |", "Máy trộn, máy đóng bịch |", "Kho mát 15 m³ |", "Máy hàn màng khay, cân điện tử |")
    items = [p.one("2 lán trồng nấm mới")] + [p.one(x, int(x[0] in "LK")) for x in both] + [p.one("Nâng cấp phòng cấy")]
    items += [p.one("Thiết kế nhãn, bao bì"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 600e6 == 300e6 + 300e6 and sum(items[:6]) == 510e6 and p.one("Lò hấp phôi có nồi hơi |") == 1, "capital 600, fixed 510")
    p.check(sum(prof) / 3 == 290915000 and close(600e6 / (290915000 + 51e6), 1.8, 0.03), "average profit, payback 1,8")
    p.check(close(bags[0] / 38000, 1.58, 0.01) and 2 * 6000 * 4 >= 38000, "+58 % bags on 2025 with 2 new huts")
    p.check([bags[y] * .9 / 1000 for y in Y] == [54, 63, 72], "sawdust 54 / 63 / 72 tấn")
    p.has("15.000 đồng/khay", "28.000 đồng/kg", "60.000 đồng/kg", "4 lán × 6.000 bịch × 4 đợt = 96.000 bịch/năm",
          "(210.870.000 + 266.915.000 + 394.960.000) : 3 = 290.915.000", "600.000.000 : (290.915.000 + 51.000.000) ≈ 1,8 năm",
          "hiệu lực đến ngày 20/3/2028", "tái chứng nhận trong quý IV/2027", "(đến 11/8/2028)", "100 tấn/năm",
          "Doanh thu năm 2027 đạt 1.254.600.000 đồng, năm 2029 đạt 1.684.800.000 đồng", "6.000.000 đồng/người/tháng")
    ready_hygiene(p)
    return p


def cy03() -> Plan:
    p = Plan("cy03_rau_an_la_khe_xanh_cty")
    har, l1, bags, l2, loss = (p.row(x) for x in ("Rau thu hoạch", "Rau loại 1 đóng túi (50%)", "Số túi 500 g",
                                                   "Rau loại 2 bán buôn (40%)", "Hao hụt sơ chế (10%)"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Rau túi 500 g (15.000"), p.row("Rau loại 2 (14.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Giống, phân, chế phẩm", "Túi, nhãn, tem QR", "Tiền lương |", "Điện, nước, vận hành",
                                 "Thuê đất |", "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng (6%", "Quản lý, chứng nhận")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Tổng số lao động")
    cap = 20 * 7 * 0.8 + 40 * 5 * 0.7
    p.check(close(cap, 252) and p.one("Cộng |") == 252 and p.one("Nhà lưới |") == 112 and p.one("Ngoài trời |") == 140,
            "capacity 112 + 140 = 252 tấn")
    for y in Y:  # tỷ đồng; tấn
        p.check(close(l1[y], har[y] * .5) and close(l2[y], har[y] * .4) and close(loss[y], har[y] * .1)
                and close(bags[y], l1[y] * 2000), f"grades {y}")
        p.check(close(r1[y], bags[y] * 15000 / 1e9) and close(r2[y], l2[y] * 1000 * 14000 / 1e9)
                and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], har[y] * 1000 * 2500 / 1e9) and close(lines[1][y], bags[y] * 1200 / 1e9)
                and close(lines[2][y], staff[y] * 6.5e6 * 12 / 1e9) and close(lines[4][y], 60 * 1.5e6 / 1e9)
                and close(lines[5][y], 2.5 / 10) and close(lines[6][y], [1.2, .8, .4][y] * .08)
                and close(lines[7][y], rev[y] * .06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * .17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(har[y] <= cap and har[y] <= 1.2 * 300, f"land capacity, grading house {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [last(p, x) for x in ("Nhà lưới 10.000 m² |", "Hệ thống tưới nhỏ giọt, phun sương |", "Nhà sơ chế 200 m² và",
                                "Kho mát 20 m³ |", "Xe tải lạnh 1 tấn |", "Bao bì, tem QR", "Vốn lưu động")]
    p.check(close(sum(items), 3.0) and p.one("Tổng vốn đầu tư") == 3.0 and close(sum(items[:5]), 2.5)
            and close(1.8 + 1.2, 3.0), "capital 3,0 = 1,8 + 1,2; fixed 2,5")
    p.check(close(sum(post) / 3, .888, .002) and close(3.0 / (.888 + .25), 2.6, .03), "average profit, payback 2,6")
    p.check(close(har[0] / 165, 1.21, .01), "+21 % on 2025 with the net house")
    p.check(close(bags[0] / 300, 667, .01) and 667 > 350, "2027 bags a day above the 350 contracted with Hồng Hà Mart")
    p.has("15.000 đồng/túi", "14.000 đồng/kg", "(0,675 + 0,888 + 1,101) : 3 = 0,888", "3,0 : (0,888 + 0,25) ≈ 2,6 năm",
          "hiệu lực đến ngày 10/11/2027", "tái chứng nhận trong tháng 8/2027", "hiệu lực đến ngày 22/8/2027",
          "1,2 tấn rau/ngày", "360 tấn/năm", "Tổng vốn đầu tư 3 tỷ đồng", "1,5 triệu đồng/sào/năm",
          "Doanh thu 4,12 tỷ đồng năm 2027, 4,944 tỷ đồng năm 2029")
    ready_hygiene(p)
    return p


def cy04() -> Plan:
    p = Plan("cy04_hat_sen_thach_son_tht")
    out = [p.row(f"Năm {2027 + y}", 7) for y in Y]  # years as rows: sào, seed, grade 1, bags, grade 2, loss, roots
    fin = [p.row(f"{2027 + y} |", 6) for y in Y]     # grade 1, grade 2, roots, revenue, cost, profit
    lines = [p.row(x) for x in ("Giống, phân bón, cải tạo", "Trả thành viên tiền ruộng", "Công thu hái, bóc hạt",
                                 "Công thu ngó", "Lương lao động thường xuyên", "Túi, nhãn, tem", "Điện kho lạnh",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (5%", "Quản lý, VietGAP")]
    cost = p.row("Tổng chi phí |")
    for y in Y:  # triệu đồng; kg
        sao, seed, g1, bags, g2, loss, roots = out[y]
        p.check(close(seed, sao * 70) and close(roots, sao * 40) and close(g1, seed * .55) and close(g2, seed * .38)
                and close(loss, seed * .07) and close(bags, g1 * 2), f"output {y}")
        r1, r2, r3, rev, c, prof = fin[y]
        p.check(close(r1, bags * .07) and close(r2, g2 * .06) and close(r3, roots * .04) and close(rev, r1 + r2 + r3),
                f"revenue {y}")
        p.check(close(lines[0][y], sao * 1.2) and close(lines[1][y], sao * 1.0) and close(lines[2][y], seed * .015)
                and close(lines[3][y], roots * .008) and close(lines[4][y], 4 * 5.5 * 12) and close(lines[5][y], bags * .0025)
                and close(lines[7][y], 600 / 10) and lines[8][y] == [14, 7, 0][y] and close(lines[9][y], rev * .05),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]) and close(prof, rev - c), f"cost, profit {y}")
        p.check(seed * .3 <= 5000, f"frozen stock within the 5-tấn cold room {y}")
        if y:
            p.check(rev / fin[y - 1][3] < 1.15, f"growth {y}")
    p.check([o[0] for o in out] == [150, 165, 180], "150 / 165 / 180 sào")
    cal_seed, cal_root = p.row("Hạt sen tươi |", 6), p.row("Ngó sen |", 6)
    p.check(sum(cal_seed[:5]) == cal_seed[5] == out[0][1] and sum(cal_root[:5]) == cal_root[5] == out[0][6],
            "2027 harvest calendar adds to 10.500 and 6.000 kg")
    p.check(max(cal_seed[:5]) / 31 <= 2 * 40 * 2, "peak month's daily seed within the 80 kg/h machines")
    items = [last(p, x) for x in ("Kho lạnh kết hợp cấp đông 5 tấn", "Nhà sơ chế 80 m² |", "Máy tách vỏ, bóc lụa hạt sen (2",
                                "Máy hút chân không, cân", "Cải tạo bờ", "Bao bì, nhãn, đăng ký", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 800 == 600 + 200 and sum(items[:5]) == 600, "capital 800, fixed 600")
    post = [f[5] for f in fin]
    p.check(avg1(post) == 318.0 and close(800 / (318.0 + 60), 2.1, .03), "average profit, payback 2,1")
    p.check(close(out[0][1] / 9800, 1.07, .01), "+7 % on 2025")
    p.has("70.000 đồng/túi", "60.000 đồng/kg", "40.000 đồng/kg", "70 kg hạt sen tươi/sào/vụ", "40 kg ngó sen/sào",
          "(245,1 + 318,0 + 390,9) : 3 = 318,0", "800 : (318,0 + 60) ≈ 2,1 năm", "hiệu lực đến ngày 04/6/2029",
          "mở rộng phạm vi chứng nhận", "Tổng vốn 800 triệu đồng", "80 kg hạt/giờ", "5,5 triệu đồng/người/tháng",
          "Doanh thu 1.287,9 triệu đồng năm 2027, 1.545,5 triệu đồng năm 2029")
    ready_hygiene(p)
    return p


def cy05() -> Plan:
    p = Plan("cy05_cam_bu_son_truong_htx")
    bu, l1, l2, xo, ch, chs = (p.row(x) for x in ("Cam bù thu mua (tấn)", "Cam bù loại 1, 50%", "Cam bù loại 2, 30%",
                                                   "Cam bù hàng xô, 15%", "Cam chanh thu mua (tấn)", "Cam chanh tiêu thụ, 95%"))
    rev, r1, r2, r3, r4 = (p.row(x) for x in ("Doanh thu |", "Cam bù loại 1 (35.000", "Cam bù loại 2 (22.000",
                                              "Cam bù hàng xô (10.000", "Cam chanh (18.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua cam bù (15.000", "Thu mua cam chanh (11.000", "Bao bì, tem (1.500",
                                 "Tiền lương |", "Điện, vận hành kho lạnh", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển |", "Quản lý, chi khác |")]
    prof = p.row("Lợi nhuận |")
    true_r1 = [l1[y] * 35 for y in Y]
    true_rev = [true_r1[y] + l2[y] * 22 + xo[y] * 10 + chs[y] * 18 for y in Y]
    for y in Y:  # triệu đồng; tấn
        p.check(close(l1[y], bu[y] * .5) and close(l2[y], bu[y] * .3) and close(xo[y], bu[y] * .15)
                and close(chs[y], ch[y] * .95), f"grades, 5 % loss {y}")
        p.check(close(r2[y], l2[y] * 22) and close(r3[y], xo[y] * 10) and close(r4[y], chs[y] * 18)
                and close(rev[y], r1[y] + r2[y] + r3[y] + r4[y]), f"other revenue rows; total = rows {y}")
        p.check(close(lines[0][y], bu[y] * 15) and close(lines[1][y], ch[y] * 11) and close(lines[2][y], (l1[y] + l2[y]) * 1.5)
                and close(lines[3][y], 8 * 6 * 12) and close(lines[5][y], 1200 / 10)
                and close(lines[6][y], [900, 600, 300][y] * .07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost sum; profit = stated revenue - cost {y}")
        p.check(bu[y] + ch[y] <= 3 * 100, f"grading line 300 tấn {y}")
        p.check(ch[y] <= 60 * 1, f"cam chanh within 60 sào × 1 tấn {y}")
    p.check(close(r1[0], true_r1[0]) and close(r1[2], true_r1[2]), "2027 and 2029 grade-1 revenue right")
    p.check(true_r1[1] == 2537.5 and off(r1[1], true_r1[1], 14), "PLANTED 2028 grade 1: 2.915 != 72,5 × 35.000 = 2.537,5 (+14,9 %)")
    p.check(close(true_rev[1], 4652.5) and off(rev[1], true_rev[1]), "PLANTED 2028 revenue 5.030 != 4.652,5 (+8,1 %)")
    p.check(close(rev[1] - cost[1], 923) and close(true_rev[1] - cost[1], 545.5) and off(prof[1], true_rev[1] - cost[1]),
            "knock-on: 2028 profit 923, true 545,5")
    supply = 200 * 0.75
    p.check(bu[0] <= supply and bu[1] <= supply, "2027 and 2028 cam bù within the 150 tấn supply")
    p.check(supply == 150 and bu[2] == 185 and off(bu[2], supply, 20), "PLANTED 2029 cam bù 185 tấn > 200 sào × 0,75 = 150 tấn (+23 %)")
    cal_ch, cal_bu = p.row("Cam chanh |", 7), p.row("Cam bù |", 7)
    p.check(sum(cal_ch[:6]) == cal_ch[6] == ch[0] and sum(cal_bu[:6]) == cal_bu[6] == bu[0], "2027 purchase calendar")
    p.check(max(cal_bu[:6]) / 30 <= 3, "peak month within 3 tấn/ngày")
    items = [last(p, x) for x in ("Kho lạnh 30 tấn", "Dây chuyền rửa, phân loại cam |", "Nhà sơ chế 250 m² |",
                                "Cân điện tử, máy in tem, máy dán băng thùng |", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 600 + 900 and sum(items[:4]) == 1200, "capital 1.500, fixed 1.200")
    written, true = sum(prof) / 3, (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 741.3, .001) and close(1500 / (written + 120), 1.7, .03), "stated payback 1,7 from the written profit")
    p.check(close(true, 615.5, .001) and close(1500 / (true + 120), 2.04, .01) and off(1.7, 1500 / (true + 120)),
            "tolerated knock-on: true payback 2,0")
    p.check(close(bu[2] / bu[1], 1.28, .01), "tolerated: 2029 cam bù +28 % with no new bearing area")
    ch1 = [p.row(x, 1)[0] for x in ("Bán lẻ tại kho và bán online", "Cửa hàng trái cây Việt Tâm", "Hội chợ Tết, điểm bán",
                                      "Quà tặng cho các cơ quan")]
    p.check(sum(ch1) == p.one("Cộng |") == l1[0] == 65, "2027 grade-1 channels add to 65 tấn")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "tháng 8 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the instrument in force (QĐ 148) is never cited")
    p.has("200 sào cam bù đang cho quả, năng suất bình quân 0,75 tấn/sào/năm, tổng sản lượng khoảng 150 tấn/năm",
          "Diện tích cho quả giữ nguyên trong giai đoạn 2027–2029", "(388 + 923 + 913) : 3 ≈ 741,3",
          "1.500 : (741,3 + 120) ≈ 1,7 năm", "35.000 đồng/kg", "22.000 đồng/kg", "10.000 đồng/kg", "18.000 đồng/kg",
          "hiệu lực đến 05/12/2027", "công suất 300 tấn/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cy06() -> Plan:
    p = Plan("cy06_dua_luoi_thach_ngoc_cty")
    own, bought, total = p.row("Dưa tự sản xuất"), p.row("Dưa thu mua hộ liên kết"), p.row("Tổng dưa đưa vào sơ chế")
    pk, l1, l2, xo, loss = (p.row(x) for x in ("Dưa lưới sơ chế", "Dưa loại 1 (60%)", "Dưa loại 2 (25%)", "Hàng xô (10%)",
                                                "Hao hụt (5%)"))
    rev, r1, r2, r3 = p.row("Doanh thu |"), p.row("Dưa loại 1 (60.000"), p.row("Dưa loại 2 (40.000"), p.row("Hàng xô (15.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Vật tư sản xuất trong nhà màng", "Thu mua dưa liên kết", "Hộp, túi lưới, tem",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (6%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận trước thuế")
    own_cap, linked_cap, pack_cap = 6 * 3 * 3.3, 10 * 3 * 3.3, 300 * 200 / 1000
    p.check(close(own_cap, 59.4) and close(linked_cap, 99) and pack_cap == 60, "59,4 own, 99 linked, 60 tấn packing")
    for y in Y:  # triệu đồng; tấn
        p.check(total[y] == own[y] + bought[y] == pk[y] and own[y] <= own_cap and bought[y] <= linked_cap, f"supply {y}")
        p.check(close(l1[y], pk[y] * .6) and close(l2[y], pk[y] * .25) and close(xo[y], pk[y] * .1)
                and close(loss[y], pk[y] * .05), f"grades {y}")
        p.check(close(r1[y], l1[y] * 60) and close(r2[y], l2[y] * 40) and close(r3[y], xo[y] * 15)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], own[y] * 12) and close(lines[1][y], bought[y] * 25)
                and close(lines[2][y], (l1[y] + l2[y]) * 2) and close(lines[3][y], 8 * 7 * 12)
                and close(lines[4][y], 1440 / 8) and close(lines[5][y], [1000, 750, 500][y] * .08)
                and close(lines[6][y], rev[y] * .06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    p.check(close(prof[1], rev[1] - cost[1]) and close(prof[2], rev[2] - cost[2]), "2028 and 2029 profit right")
    p.check(close(rev[0] - cost[0], 609.1) and off(prof[0], rev[0] - cost[0], 15), "PLANTED 2027 profit 709,1 != 609,1 (+16 %)")
    p.check(pk[0] <= pack_cap, "2027 within the 60-tấn packing house")
    p.check(off(pk[1], pack_cap, 50) and off(pk[2], pack_cap, 80),
            "PLANTED 92 and 110 tấn through a 60-tấn packing house (+53 %, +83 %)")
    p.check(close(pk[1] / 42, 2.19, .01) and close(pk[2] / 42, 2.62, .01), "2,2× and 2,6× the 42 tấn of 2025, same 8 workers")
    p.check(close(rev[1] / rev[0], 1.59, .01), "tolerated: revenue +59 % in 2028")
    p.check(p.one("Cộng |", 1) == 8 and p.one("Giám đốc, kế toán") + p.one("Kỹ thuật, chăm sóc nhà màng")
            + p.one("Sơ chế, đóng gói, giao hàng") == 8, "8 workers")
    items = [p.one(x) for x in ("Cải tạo 6 nhà màng", "Hệ thống tưới, châm phân tự động", "Xe tải lạnh 1,5 tấn |",
                                "Máy phát điện, cân", "Bao bì, tem truy xuất, thương hiệu", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1800 == 800 + 1000 and sum(items[:4]) == 1440, "capital 1.800, fixed 1.440")
    written, true = sum(prof) / 3, (rev[0] - cost[0] + prof[1] + prof[2]) / 3
    p.check(close(written, 1233.3, .001) and close(1800 / (written + 180), 1.3, .03) and close(1800 / (true + 180), 1.3, .03),
            "payback 1,3 either way (not a defect)")
    p.check(sum([18, 14, 18]) == own[0], "2027 crop calendar 18 + 14 + 18 = 50")
    ch1 = [p.row(x, 1)[0] for x in ("Chuỗi cửa hàng Fruit House", "3 siêu thị mini", "Bán tại trang trại và bán online",
                                      "Hội chợ, quà biếu")]
    p.check(close(sum(ch1), l1[0]) and close(p.row("Cộng |", 1, 0)[0], 34.8), "2027 grade-1 channels add to 34,8 tấn")
    p.check(40 < lines[6][0], "40 triệu promotion inside the selling cost")
    p.has("300 kg/ngày × 200 ngày = 60 tấn/năm", "Phương án giữ nguyên khu sơ chế và kho mát hiện có",
          "Số lao động giữ nguyên 8 người", "6 nhà × 3 vụ × 3,3 tấn/nhà/vụ = 59,4 tấn/năm", "sản lượng khoảng 99 tấn/năm",
          "(709,1 + 1.304,4 + 1.686,5) : 3 ≈ 1.233,3", "1.800 : (1.233,3 + 180) ≈ 1,3 năm", "60.000 đồng/kg",
          "40.000 đồng/kg", "15.000 đồng/kg", "hiệu lực đến ngày 30/6/2028", "tiêu thụ 42 tấn dưa lưới")
    p.check(p.count("Dưa lưới Kỳ Tân Farm") == 2 and p.count("Công ty TNHH Nông sản Kỳ Tân") == 1
            and p.count("Kỳ Tân") == 3 and p.count("Dưa lưới Thạch Ngọc") >= 2,
            "PLANTED a second product and producer name in the market section")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cy07() -> Plan:
    p = Plan("cy07_nam_bao_ngu_tan_dan_htx")
    bags, fresh, l1, trays, l2, loss, mb, mn = (p.row(x) for x in (
        "Bịch phôi bào ngư (bịch)", "Nấm bào ngư tươi (kg)", "Bào ngư loại 1, 55%", "Số túi 500 g", "Bào ngư loại 2, 40%",
        "Hao hụt 5%", "Bịch phôi mộc nhĩ", "Mộc nhĩ tươi (kg)"))
    r1, r2, r3, rev = (p.row(x) for x in ("Bào ngư túi 500 g (27.000", "Bào ngư loại 2 (38.000", "Mộc nhĩ tươi (30.000",
                                          "Tổng doanh thu"))
    lines = [p.row(x) for x in ("Nguyên liệu phôi, giống", "Túi đựng nấm", "Tiền lương |", "Điện, nước, củi",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng (5%", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [10, 11, 12]
    for y in Y:  # nghìn đồng; kg; bịch
        p.check(close(fresh[y], bags[y] * .5) and close(l1[y], fresh[y] * .55) and close(l2[y], fresh[y] * .4)
                and close(loss[y], fresh[y] * .05) and close(trays[y], l1[y] * 2) and close(mn[y], mb[y] * .35), f"output {y}")
        p.check(close(r1[y], trays[y] * 27) and close(r2[y], l2[y] * 38) and close(r3[y], mn[y] * 30)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], (bags[y] + mb[y]) * 5.5) and close(lines[1][y], trays[y] * 1.2)
                and close(lines[2][y], staff[y] * 6000 * 12) and close(lines[4][y], 800000 / 10)
                and close(lines[5][y], [600000, 400000, 200000][y] * .07) and close(lines[6][y], rev[y] * .05), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit = revenue - stated total {y}")
        p.check(bags[y] <= 6 * 5000 * 4 and mb[y] <= 7500 * 4 and bags[y] + mb[y] <= 1200 * 150
                and (bags[y] + mb[y]) / 1000 <= 160, f"huts, steamer, sawdust {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(cost[0], lines_sum(lines, 0)) and close(cost[2], lines_sum(lines, 2)), "2027 and 2029 totals right")
    true_cost = lines_sum(lines, 1)
    p.check(true_cost == 1940850 and off(cost[1], true_cost, 7), "PLANTED 2028 total 1.790.850 != lines 1.940.850 (−7,7 %)")
    p.check(rev[1] - true_cost == 556150, "knock-on: true 2028 profit 556.150")
    items = [last(p, x) for x in ("2 nhà trồng nấm mới", "Lò hấp phôi có nồi hơi |", "Máy trộn, máy đóng bịch |",
                                "Phòng cấy giống, tủ cấy", "Kho mát 20 m³ |", "Xe ba gác", "Đăng ký nhãn hiệu", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000000 == 400000 + 600000 and sum(items[:6]) == 800000,
            "capital 1 tỷ, fixed 800 triệu")
    written, true = sum(prof) / 3, (prof[0] + rev[1] - true_cost + prof[2]) / 3
    p.check(written == 606150 and close(1e6 / (written + 80000), 1.46, .01), "stated 1,5 years")
    p.check(true == 556150 and close(1e6 / (true + 80000), 1.57, .01), "tolerated knock-on: true payback 1,57")
    p.check(close(bags[0] / 70000, 1.29, .01), "+29 % bags on 2025 with 2 new huts")
    runs = [p.row(f"Đợt {i}", 1)[0] for i in range(1, 5)]
    p.check(sum(runs) == p.one("Cộng |") == bags[0] and all(r <= 6 * 5000 for r in runs) and sum(runs[:1] + runs[2:]) / bags[0] == .75,
            "2027 four runs of 22.500 add to 90.000, 75 % in the cool months, each within 6 huts")
    crew = [p.row(x) for x in ("Đóng phôi, hấp, cấy giống", "Chăm sóc, thu hái", "Phân loại, đóng gói, giao hàng")]
    p.check([sum(c[y] for c in crew) for y in Y] == staff == p.row("Cộng lao động hưởng lương"), "staff 10 / 11 / 12")
    p.has("6 nhà × 5.000 bịch × 4 đợt = 120.000 bịch/năm", "(456.575 + 706.150 + 655.725) : 3 = 606.150",
          "1.000.000 : (606.150 + 80.000) ≈ 1,5 năm", "27.000 đồng/túi", "38.000 đồng/kg", "30.000 đồng/kg",
          "160 tấn mùn cưa/năm", "hiệu lực đến ngày 16/02/2028", "đóng túi 500 g")
    p.lacks(r"môi trường|chất thải|nước thải|rác|xử lý|ủ phân|phân hữu cơ|bã nấm|phôi thải|phôi đã thu|khói|tái chế|thu gom"
            r"|đăng ký môi|khí thải|bể lắng|hố lắng", "PLANTED no environmental measure for spent substrate, steam water, boiler smoke")
    p.check("nồi hơi đốt củi" in p.body and "hấp 100°C" in p.body, "the waste sources are there: wood-fired boiler, steaming")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|bao bì", "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cy08() -> Plan:
    p = Plan("cy08_rau_an_toan_cam_hung_htx")
    area, har, l1, l2, loss = (p.row(x) for x in ("Diện tích |", "Rau thu hoạch", "Rau loại 1 (40%)", "Rau loại 2 (50%)",
                                                   "Hao hụt (10%)"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Rau loại 1 (18.000"), p.row("Rau loại 2 (12.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Giống, phân, chế phẩm", "Thuê đất (1,2", "Tiền lương |", "Túi, nhãn (800", "Điện, nước |",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển (5%", "Quản lý |")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; tấn
        p.check(close(l1[y], har[y] * .4) and close(l2[y], har[y] * .5) and close(loss[y], har[y] * .1), f"grades {y}")
        p.check(close(r1[y], l1[y] * 18) and close(r2[y], l2[y] * 12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], har[y] * 3) and close(lines[1][y], area[y] * 1.2) and close(lines[2][y], 10 * 5.5 * 12)
                and close(lines[3][y], l1[y] * .8) and close(lines[5][y], 2000 / 10)
                and close(lines[6][y], [1200, 800, 400][y] * .08) and close(lines[7][y], rev[y] * .05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    items = [p.one(x) for x in ("Nhà sơ chế 250 m² và kho mát 20 m³ |", "Hệ thống tưới tự động 60 sào", "Nhà lưới 5 sào |",
                                "Máy làm đất mini, xe vận chuyển |", "Bao bì, nhãn, đăng ký", "Vốn lưu động")]
    total, src = p.one("Tổng vốn đầu tư"), [p.row("Vốn góp của thành viên", 1)[0], p.row("Vay Ngân hàng Nông nghiệp", 1)[0]]
    p.check(sum(items) == total == 2400 and sum(items[:4]) == 2000, "items add up to 2.400, fixed 2.000")
    p.check(sum(src) == p.one("Cộng nguồn vốn") == 2200 and off(sum(src), total, 8), "PLANTED sources 2.200 != total 2.400 (−8,3 %)")
    growth = [rev[1] / rev[0], rev[2] / rev[1]]
    p.check(close(growth[0], 2.2) and close(growth[1], 2.12, .01) and close(har[2] / har[0], 4.67, .01),
            "PLANTED revenue ×2,2 then ×2,1; harvest ×4,7 in two years")
    p.check(close(prof[2] / rev[2], .53, .01) and lines[2][0] == lines[2][2], "2029 margin 53 % with the same 10 workers' wages")
    own = 80 * 5 * 0.4
    p.check(own == 160 and har[0] <= own and har[1] > own and har[2] > own, "own area gives 160 tấn; 2028-2029 rest unspecified")
    p.check(close(area[1] * 5 * .4, 360) and close(area[2] * 5 * .4, 720) and har[1] <= 360 and har[2] <= 720,
            "the stated areas would yield it: the growth rests on the unnamed extra area")
    p.check(1.5 * 300 == 450 and off(har[2], 450, 50), "tolerated: 700 tấn through a 450-tấn packing house")
    p.check(close(sum(prof) / 3, 2274.5, .001) and close(2400 / (2274.5 + 200), 1.0, .04), "payback 1,0 from the stated figures")
    market = p.body.split("# G. THỊ TRƯỜNG TIÊU THỤ", 1)[1].split("# H.", 1)[0]
    p.check(not re.search(r"\d", market) and "giá" not in market.lower(), "PLANTED the market section: no figure, no price")
    p.lacks(r"siêu thị|\bchợ\b|bếp ăn|thương lái|cửa hàng|đại lý (bán|phân phối|tiêu thụ)|facebook|zalo|shopee|sàn thương mại|"
            r"bán lẻ|bán buôn|khách hàng|người mua|hợp đồng (tiêu thụ|bao tiêu|mua)|đơn hàng|trường học|nhà hàng|quán|công ty",
            "PLANTED no customer or sales channel anywhere")
    crops = [p.row(x, 2)[0] for x in ("Cải ngọt |", "Cải bẹ xanh |", "Xà lách |", "Rau muống |", "Mồng tơi |", "Rau dền |")]
    p.check(sum(crops) == area[0] == 80, "2027 crop areas add to 80 sào")
    p.check(sum(p.row(x, 1)[0] for x in ("Cán bộ kỹ thuật VietGAP", "Tổ sơ chế, đóng gói |", "Vận hành kho mát", "Vận chuyển |")) == 10,
            "10 workers")
    hist = [p.row(f"{y} |", 3) for y in (2023, 2024, 2025)]
    p.check(hist[2] == [80, 140, 1750] and hist[2][1] < 160 and hist[1][2] / hist[0][2] < 1.15 and hist[2][2] / hist[1][2] < 1.15,
            "2023-2025 history: 140 tấn, 1.750 triệu in 2025 (the 1,75 tỷ of the text)")
    p.has("vận động thêm hộ liên kết", "Tổng vốn đầu tư 2.400 triệu đồng", "(191 + 1.732,6 + 4.900) : 3 ≈ 2.274,5",
          "2.400 : (2.274,5 + 200) ≈ 1,0 năm", "hiệu lực đến ngày 21/4/2028", "duy trì 10 lao động thường xuyên",
          "Nhà sơ chế làm việc 300 ngày/năm, công suất 1,5 tấn/ngày")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cy09() -> Plan:
    p = Plan("cy09_sen_dong_cam_due_ho")
    seed, l1, l2, loss, root, flower = (p.row(x) for x in ("Hạt sen tươi thu hoạch", "Hạt loại 1 (50%)", "Hạt loại 2 (40%)",
                                                            "Hao hụt (10%)", "Ngó sen |", "Hoa sen |"))
    rev, r1, r2, r3, r4 = (p.row(x) for x in ("Doanh thu |", "Hạt loại 1 (140.000", "Hạt loại 2 (100.000", "Hoa sen (8.000",
                                              "Ngó sen (40.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Giống, phân bón, vôi", "Thuê ruộng (1.500.000", "Công thu hái, bóc hạt", "Công hái hoa, thu ngó",
                                 "Lương lao động thường xuyên", "Túi, nhãn (2.000", "Điện kho lạnh", "Khấu hao |", "Lãi vay |",
                                 "Vận chuyển, bán hàng (5%", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    sao = 120
    for y in Y:  # đồng; kg
        p.check(close(seed[y], sao * [65, 70, 75][y]) and close(root[y], sao * 30) and close(flower[y], sao * 100),
                f"output on 120 sào {y}")
        p.check(close(l1[y], seed[y] * .5) and close(l2[y], seed[y] * .4) and close(loss[y], seed[y] * .1), f"grades {y}")
        p.check(close(r1[y], l1[y] * 140000) and close(r2[y], l2[y] * 100000) and close(r3[y], flower[y] * 8000)
                and close(r4[y], root[y] * 40000) and close(rev[y], r1[y] + r2[y] + r3[y] + r4[y]), f"revenue {y}")
        p.check(close(lines[0][y], sao * 1e6) and close(lines[1][y], sao * 1.5e6) and close(lines[2][y], seed[y] * 20000)
                and close(lines[3][y], flower[y] * 1000 + root[y] * 8000) and close(lines[4][y], 3 * 5e6 * 12)
                and close(lines[5][y], l1[y] * 2 * 2000) and close(lines[7][y], 350e6 / 7)
                and close(lines[8][y], [300e6, 200e6, 100e6][y] * .08) and close(lines[9][y], rev[y] * .05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(seed[y] * .3 <= 3000, f"frozen stock within the 3-tấn cold room {y}")
    items = [last(p, x) for x in ("Kho lạnh cấp đông mini 3 tấn", "Máy tách vỏ hạt sen |", "Máy hút chân không, cân điện tử",
                                "Nhà sơ chế 60 m² |", "Thuyền nhôm thu hái |", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 500e6 == 200e6 + 300e6 and sum(items[:5]) == 350e6, "capital 500, fixed 350")
    avg = sum(prof) / 3
    p.check(avg == 296.2e6, "average profit 296.200.000")
    true_pb, no_dep = 500e6 / (avg + 50e6), 500e6 / avg
    p.check(close(true_pb, 1.44, .01) and close(no_dep, 1.69, .01) and off(0.8, true_pb, 40) and off(0.8, no_dep, 40),
            "PLANTED stated 0,8 năm vs 1,44 (1,69 without depreciation)")
    p.has("khoảng 0,8 năm (10 tháng)", "(238.700.000 + 296.200.000 + 353.700.000) : 3 = 296.200.000")
    p.has("trên 8 ha ruộng trũng", "120 sào (6 ha) ruộng trũng")
    p.check(120 * 500 / 10000 == 6 and off(8, 6, 30), "PLANTED 8 ha (introduction) != 120 sào = 6 ha (raw materials)")
    p.check(close(seed[0] / 7200, 1.08, .01), "+8 % on 2025")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"đăng ký hộ|thành lập|giấy phép|mã số doanh", "PLANTED no business registration or plan to register")
    cal = [p.row(x, 6) for x in ("Hạt sen tươi (kg) |", "Ngó sen (kg) |", "Hoa sen (bông) |")]
    p.check(all(sum(c[:5]) == c[5] for c in cal) and [c[5] for c in cal] == [seed[0], root[0], flower[0]],
            "2027 monthly harvest adds to 7.800 kg, 3.600 kg, 12.000 bông")
    p.check(max(cal[0][:5]) / 31 / 35 < 4.5, "peak month within the 35 kg/h husker")
    hist = [p.row(f"{y} |", 4) for y in (2023, 2024, 2025)]
    p.check(hist[2] == [7200, 3300, 11000, 860e6] and all(h[3] / p0[3] < 1.15 for h, p0 in zip(hist[1:], hist)),
            "2023-2025 history ends at the 2025 figures of the text")
    p.has("Hộ ông Trần Văn Lực", "hiệu lực đến ngày 13/5/2028", "140.000 đồng/kg", "100.000 đồng/kg", "8.000 đồng/bông",
          "Tổng vốn đầu tư 500.000.000 đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cy10() -> Plan:
    p = Plan("cy10_buoi_duong_huong_binh_cty")
    har, l1, l2, xo, loss = (p.row(x) for x in ("Bưởi thu hoạch", "Bưởi loại 1 (40%)", "Bưởi loại 2 (35%)", "Hàng xô (20%)",
                                                 "Hao hụt (5%)"))
    rev, r1, r2, r3 = p.row("Doanh thu |"), p.row("Bưởi loại 1 (50.000"), p.row("Bưởi loại 2 (32.000"), p.row("Hàng xô (12.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phân bón, thuốc sinh học", "Thuê đất (1 triệu", "Tiền lương |", "Hộp, túi lưới (2.500",
                                 "Điện, nước, kho lạnh", "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng (6%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; quả
        p.check(close(l1[y], har[y] * .4) and close(l2[y], har[y] * .35) and close(xo[y], har[y] * .2)
                and close(loss[y], har[y] * .05), f"grades {y}")
        p.check(close(r1[y], l1[y] * .05) and close(r2[y], l2[y] * .032) and close(r3[y], xo[y] * .012)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], 200 * 1.8) and close(lines[1][y], 200 * 1) and close(lines[2][y], 10 * 6 * 12)
                and close(lines[3][y], (l1[y] + l2[y]) * .0025) and close(lines[5][y], 1000 / 10)
                and close(lines[6][y], [600, 400, 200][y] * .07) and close(lines[7][y], rev[y] * .06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * .15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(har[y] <= 200 * 400, f"orchard 80.000 quả {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.1, f"growth {y}")
    p.check(last(p, "Cộng |") == 10 == p.one("Ban giám đốc, kế toán") + p.one("Chăm sóc vườn") + p.one("Phân loại, đóng gói, kho"),
            "10 workers")
    items = [p.one(x) for x in ("Kho lạnh 30 tấn", "Nhà sơ chế, đóng gói 150", "Hệ thống tưới nhỏ giọt 200", "Xe tải 1,5 tấn",
                                "Hộp, túi lưới, thiết kế", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 600 + 600 and sum(items[:4]) == 1000, "capital 1.200, fixed 1.000")
    p.check(avg1(post) == 531.4 and close(1200 / (531.4 + 100), 1.9, .03), "average profit, payback 1,9")
    p.check(close(har[0] / 64000, 1.09, .01), "+9 % on 2025")
    heads = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(not any(re.search(r"quy trình|công nghệ|thiết bị|máy móc|nhà xưởng|công suất|kỹ thuật|sơ chế|canh tác", h, re.I)
                    for h in heads), "PLANTED no technology heading")
    p.lacks(r"quy trình|công suất|dây chuyền|máy (phân loại|rửa|đóng)", "PLANTED no process or capacity text anywhere")
    p.lacks(r"kiểm soát (chất lượng )?nội bộ|truy xuất|\bQR\b|nhật ký|mã lô|VietGAP|GlobalGAP|HACCP|ISO|hữu cơ PGS|sổ (theo dõi|ghi)",
            "PLANTED no internal quality control or traceability")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|chỉ dẫn địa lý|bảo hộ|logo|nhãn hiệu tập thể|Phúc Trạch Hương Bình",
            "PLANTED no trademark or IP step")
    ch1 = [p.row(x, 1)[0] for x in ("Chuỗi cửa hàng trái cây Xanh Tươi", "Bán tại vườn và bán online", "Hội chợ, điểm bán",
                                      "Quà tặng cho cơ quan")]
    p.check(sum(ch1) == l1[0] == 28000, "2027 grade-1 channels add to 28.000 quả")
    hist = [p.row(f"{y} |", 3) for y in (2023, 2024, 2025)]
    p.check(all(close(h[0] * h[1] / 1e6, h[2]) for h in hist) and hist[2][0] == 64000 and hist[2][2] == 1720,
            "2023-2025 history: quantity × average price = revenue; 64.000 quả, 1,72 tỷ in 2025")
    p.has("200 sào", "400 quả/sào/năm", "(397,5 + 531,4 + 665,3) : 3 ≈ 531,4", "1.200 : (531,4 + 100) ≈ 1,9 năm",
          "50.000 đồng/quả", "32.000 đồng/quả", "12.000 đồng/quả", "Tổng vốn đầu tư 1.200 triệu đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cy11_cam_son_kim_so_sai")
    a.check(2 * 12.5 == 25 and 25000 * 20000 == 500e6, "2 ha × 12,5 tấn = 25 tấn; 25 tấn × 20.000 đ = 500 triệu")
    a.has("khoảng 2 ha cam", "khoảng 12,5 tấn/ha", "khoảng 25 tấn/năm", "khoảng 20.000 đồng/kg", "khoảng 500 triệu đồng/năm",
          "khoảng 150 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024", "thương lái", "chợ Vinh")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150-300 words")
    a.lacks(r"an toàn thực phẩm|ATTP|VietGAP|tiêu chuẩn|công bố|kiểm nghiệm|nhãn|tem|bao bì|thương hiệu|sở hữu trí tuệ|"
            r"truy xuất|nhật ký|môi trường|thuốc bảo vệ|\d{4}/|QĐ|Nghị định", "the tolerated gaps are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cy12_dua_luoi_bac_ha_so_sai")
    b.check(12000 * 45000 == 540e6, "12 tấn × 45.000 đ = 540 triệu")
    b.has("3 nhà màng", "khoảng 12 tấn dưa", "khoảng 45.000 đồng/kg", "khoảng 540 triệu đồng", "Facebook", "# a) Gioi thieu nhom ho")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150-300 words")
    b.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|hợp tác xã|tổ hợp tác|doanh nghiệp|an toàn thực phẩm|ATTP|VietGAP|tiêu chuẩn|"
            r"công bố|kiểm nghiệm|nhãn|\btem\b|sở hữu trí tuệ|truy xuất|nhật ký|môi trường|QĐ|Nghị định",
            "the tolerated gaps are real (registration, food safety, standard, label, trademark, control, environment)")
    b.check(all(not re.search(r"[àáảãạăâđèéêìíòóôơùúưỳý]", ln.lower()) for ln in b.body.splitlines() if ln.startswith("#")),
            "headings written without diacritics")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for name, fn in sorted(globals().items()) if re.fullmatch(r"cy\d\d", name)]
    return plancheck.report(plans + sketchy())


if __name__ == "__main__":
    sys.exit(main())
