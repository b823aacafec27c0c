"""The 53rd holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout53/arithmetic.py

For every plan: revenue = quantity x price, cost lines = unit rates x quantities and sum to the
total, profit = revenue - cost, tax, investment items = capital sources = total, depreciation,
interest on the stated loan schedule, payback, raw-material need vs supply, output vs capacity,
growth. Planted numeric defects are asserted wrong by more than 5 % and everything else right
(within 1 %). Table figures are read from the plan's source; figures quoted in running text are
looked up verbatim, so the numbers cannot drift from the text. The textual planted defects (no
environmental measure, no food safety, no product standard, no label, no trademark, no sales
channel, no registration, replaced instruments cited, a second producer name, two workforce
figures) are asserted too, as is the absence of template placeholders in every plan.
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


CURRENT_ONLY = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|01/2021/NĐ-CP|UBND huyện|cấp huyện"


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(CURRENT_ONLY, "cites a replaced instrument or a district body")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def bb01() -> Plan:
    p = Plan("bb01_mat_ong_rao_tre_htx_huong_lien")
    hives, kg_in = p.row("Số đàn ong của thành viên"), p.row("Sản lượng mật thô thu mua")
    jars, bulk, kg = p.row("Mật ong hũ 500 g|"), p.row("Mật ong bán buôn đóng can"), p.row("Tổng sản lượng mật tiêu thụ")
    rev, rj, rb = p.row("Doanh thu|"), p.row("Mật ong hũ 500 g (150.000"), p.row("Mật ong bán buôn (220.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Mật ong thô (140.000", "Hũ, nắp, nhãn, hộp", "Can nhựa bán buôn", "Điện, nước (2.000",
                                 "Tiền lương", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    staff = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(kg_in[y] == hives[y] * 15 == kg[y] == jars[y] * 0.5 + bulk[y], f"15 kg/đàn, kg balance {y}")
        p.check(jars[y] == kg[y] * 0.6 * 2, f"60 % in jars {y}")
        p.check(close(rj[y], jars[y] * 0.15) and close(rb[y], bulk[y] * 0.22) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.14) and close(lines[1][y], jars[y] * 0.008)
                and close(lines[2][y], bulk[y] * 0.003) and close(lines[3][y], kg[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [400, 300, 200][y] * 0.075) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"CIT {rate} {y}")
        p.check(kg[y] <= 200 * 150, f"dehumidifier capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "Máy hạ thủy phần", "Máy chiết rót định lượng",
                                "Bồn inox lắng lọc", "Kho thành phẩm", "Thiết kế bao bì", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:5]) == 600, "capital 1.000, fixed 600")
    p.check(avg1(post) == 436.3 and close(1000 / (436.3 + 60), 2.0, 0.02), "average profit 436,3, payback 2,0")
    p.check(close(kg[0] / 7200, 1.25), "+25 % on 2026")
    p.check(close(rev[0] / 1000, 2.4, 0.01) and close(rev[2] / 1000, 3.2, 0.01), "2,4 and 3,2 tỷ")
    p.has("150.000 đồng/hũ", "220.000 đồng/kg", "(345,3 + 420,2 + 543,3) : 3 ≈ 436,3", "1.000 : (436,3 + 60) ≈ 2,0 năm",
          "15 kg mật/đàn/năm", "công suất tối đa 30.000 kg/năm", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Hương Khê 400 triệu đồng",
          "thành viên góp bổ sung 600 triệu đồng", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "TCCS 01:2027/RT",
          "đủ điều kiện an toàn thực phẩm", "nộp đơn đăng ký nhãn hiệu")
    clean(p)
    return p


def bb02() -> Plan:
    p = Plan("bb02_choi_chit_son_kim_tht")
    raw = [p.row("2027|", 4), p.row("2028|", 4), p.row("2029|", 4)]
    revt = [p.row(f"{2027 + y}|", 4, skip=1) for y in Y]
    summ = [p.row(f"{2027 + y}|", 3, skip=2) for y in Y]
    big, small, sets, chit = ([raw[y][i] for y in Y] for i in range(4))
    lines = [p.row(x) for x in ("Bông chít (18.000", "Cán tre, mây", "Tiền công khoán", "Tem nhãn, bao bì", "Điện sấy",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý, chi khác", "Thuế GTGT")]
    cost = p.row("Tổng chi phí")
    profits = []
    for y in Y:  # nghìn đồng
        p.check(close(chit[y], big[y] * 0.35 + small[y] * 0.15 + sets[y] * 0.3), f"bông chít need {y}")
        r = revt[y]
        p.check(close(r[0], big[y] * 45) and close(r[1], small[y] * 25) and close(r[2], sets[y] * 120)
                and close(r[3], r[0] + r[1] + r[2]), f"revenue {y}")
        rev = r[3]
        p.check(close(lines[0][y], chit[y] * 18) and close(lines[1][y], big[y] * 5 + small[y] * 3 + sets[y] * 25)
                and close(lines[2][y], big[y] * 12 + small[y] * 7 + sets[y] * 30)
                and close(lines[3][y], (big[y] + small[y]) * 1.5 + sets[y] * 8), f"per-unit costs {y}")
        p.check(lines[4][y] == 8000 and lines[5][y] == 20000 and lines[6][y] == [7000, 3500, 0][y]
                and close(lines[7][y], rev * 0.06) and lines[8][y] == 60000 and close(lines[9][y], rev * 0.045),
                f"fixed lines, interest, selling, 4,5 % tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary {y}")
        profits.append(s[2])
        p.check(chit[y] <= 12 * 700, f"bông chít within 8.400 kg {y}")
        p.check(big[y] + small[y] + sets[y] <= 60000, f"labour capacity {y}")
        if y:
            p.check(rev / revt[y - 1][3] < 1.2, f"growth {y}")
    p.check(12 * 700 == 8400 and 30 * 15 * 200 >= 60000, "8.400 kg supply; 30 × 15 × 200 ≥ 60.000 capacity")
    p.check([big[y] + small[y] + sets[y] for y in Y] == [21500, 24300, 27100], "21.500 / 24.300 / 27.100 sản phẩm")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Máy sấy bông chít", "2 máy tuốt hạt", "Khung ép",
                                "Thiết kế mẫu mã", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng|") == 300000 == 200000 + 100000 and sum(items[:4]) == 200000, "capital 300, fixed 200")
    avg = sum(profits) / 3
    p.check(close(avg, 261188, 0.001) and close(300000 / (avg + 20000), 1.07, 0.01), "average 261.188, payback 1,07")
    p.check(8 <= lines[2][0] / 30 / 1000 and lines[2][2] / 30 / 1000 <= 10.5, "8–10,5 triệu per worker")
    p.has("45.000 đồng/cái", "25.000 đồng/cái", "120.000 đồng/bộ", "(214.600 + 261.187,5 + 307.775) : 3 ≈ 261.188",
          "300.000 : (261.188 + 20.000) ≈ 1,07 năm", "khoảng 8.400 kg bông khô/năm", "Giấy chứng nhận đăng ký tổ hợp tác số 04/2024/THT",
          "TCCS 01:2027/SK", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "nhãn hiệu \"Chổi chít Sơn Kim\"",
          "các thành viên góp 200 triệu đồng; vay Ngân hàng Chính sách xã hội 100 triệu đồng")
    clean(p)
    return p


def bb03() -> Plan:
    p = Plan("bb03_du_lich_khe_may_ctcp_huong_do")
    day, nights, occ, meals, staff = (p.row("Khách trải nghiệm trong ngày"), p.row("Đêm phòng bán được"),
                                      p.row("Công suất phòng"), p.row("Suất ăn|"), p.row("Lao động|"))
    ra, rl, rm, rev = (p.row("Doanh thu trải nghiệm"), p.row("Doanh thu lưu trú"), p.row("Doanh thu ăn uống"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Thực phẩm (45%", "Đồ dùng buồng phòng", "Chi phí trực tiếp gói", "Tiền lương",
                                 "Điện, nước, nhiên liệu", "Khấu hao|", "Lãi vay|", "Quảng bá, hoa hồng", "Quản lý, bảo hiểm")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(close(ra[y], day[y] * 0.35) and close(rl[y], nights[y] * 0.6) and close(rm[y], meals[y] * 0.15)
                and close(rev[y], ra[y] + rl[y] + rm[y]), f"revenue {y}")
        p.check(round(nights[y] / 3650 * 100) == occ[y] and nights[y] <= 3650 and day[y] <= 60 * 300, f"occupancy, capacity {y}")
        p.check(close(lines[0][y], rm[y] * 0.45) and close(lines[1][y], nights[y] * 0.08)
                and close(lines[2][y], day[y] * 0.09) and close(lines[3][y], staff[y] * 7 * 12), f"direct costs, wages {y}")
        p.check(close(lines[5][y], 300) and close(lines[6][y], [1500, 1200, 900][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.07) and close(lines[8][y], 200), f"depreciation, interest, marketing {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("5 bungalow gỗ", "Nhà hàng mái lá", "Đường dạo", "Thuyền kayak", "Khu vệ sinh",
                                "Website", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 3000 == 1500 + 1500 and sum(items[:5]) == 2550, "capital 3 tỷ, fixed 2.550")
    p.check(close(2550 / 300, 8.5), "depreciation 300 ≈ 8,5 years")
    p.check(avg1(post) == 820.3 and close(3000 / (820.3 + 300), 2.7, 0.02), "average 820,3, payback 2,7")
    p.check(close(day[0] / 5000, 1.2), "+20 % guests on 2026")
    p.check(close(post[0] / rev[0], 0.11, 0.03) and close(post[2] / rev[2], 0.20, 0.03), "margins 11 % and 20 %")
    p.check(4 + 6 + 3 + 5 + 2 == staff[1], "2028 staff table = 20")
    p.has("350.000 đồng/khách", "600.000 đồng/phòng/đêm", "150.000 đồng/suất", "6.000 lượt × 350.000 đồng = 2.100 triệu đồng",
          "1.800 đêm × 600.000 đồng = 1.080 triệu đồng", "9.000 suất × 150.000 đồng = 1.350 triệu đồng", "tổng cộng 4.530 triệu đồng",
          "10 phòng × 365 đêm = 3.650 đêm phòng/năm", "(505,8 + 773,8 + 1.181,3) : 3 ≈ 820,3", "3.000 : (820,3 + 300) ≈ 2,7 năm",
          "vay Ngân hàng TMCP Công thương chi nhánh Hà Tĩnh 1.500 triệu đồng", "Giấy chứng nhận đăng ký doanh nghiệp mã số",
          "đủ điều kiện an toàn thực phẩm", "nhãn hiệu \"Khe Mây Eco\"", "bể tự hoại 3 ngăn")
    clean(p)
    return p


def bb04() -> Plan:
    p = Plan("bb04_dau_goi_bo_ket_moc_huong_hkd")
    sh, so = p.row("Dầu gội 300 ml (chai)"), p.row("Xà phòng 100 g (bánh)")
    rs, rso, rev = p.row("Doanh thu dầu gội"), p.row("Doanh thu xà phòng"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thảo mộc cho dầu gội", "Chất tạo bọt", "Chai, nắp, nhãn, hộp", "Nguyên liệu xà phòng",
                                 "Hộp giấy, nhãn xà phòng", "Tiền công 3 lao động", "Điện, gas, nước", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, vận chuyển", "Kiểm nghiệm định kỳ", "Thuế GTGT, TNCN")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    for y in Y:  # đồng
        p.check(close(rs[y], sh[y] * 85000) and close(rso[y], so[y] * 35000) and close(rev[y], rs[y] + rso[y]), f"revenue {y}")
        p.check(close(lines[0][y], sh[y] * 9000) and close(lines[1][y], sh[y] * 6000) and close(lines[2][y], sh[y] * 7000)
                and close(lines[3][y], so[y] * 9000) and close(lines[4][y], so[y] * 3000), f"per-unit costs {y}")
        p.check(lines[5][y] == 3 * 5_500_000 * 12 and lines[6][y] == 24e6 and lines[7][y] == 30e6
                and close(lines[8][y], [200e6, 150e6, 100e6][y] * 0.07) and close(lines[9][y], rev[y] * 0.08)
                and lines[10][y] == 20e6 and close(lines[11][y], rev[y] * 0.045), f"fixed lines, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        need = sh[y] * 0.3 * 0.25
        p.check(need <= 300 + 800 and sh[y] * 0.3 <= 10000, f"bồ kết {need} kg within 1.100, 10.000 l capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([sh[y] * 0.3 for y in Y] == [2700, 3000, 3300] and [sh[y] * 0.075 for y in Y] == [675, 750, 825],
            "2.700–3.300 lít, 675–825 kg bồ kết")
    hist = [p.row("2024|"), p.row("2025|"), p.row("2026 (ước)")]
    p.check(all(close(h[2], h[0] * 85000 + h[1] * 35000) for h in hist), "2024–2026 revenue at current prices")
    p.check(close(sh[0] / 6500, 1.38, 0.01) and close(hist[2][2], 690e6, 0.01), "+38 % on 2026, 690 triệu")
    p.check(140 + 80 + 50 + 30 + 40 + 60 == 400 == 200 + 200 and 140 + 80 + 50 + 30 == 300, "capital 400, fixed 300")
    p.check(sum(prof) / 3 == 371_625_000 and close(400e6 / (371_625_000 + 30e6), 1.0, 0.01), "average, payback 1,0")
    p.has("85.000 đồng/chai", "35.000 đồng/bánh", "Tổng vốn đầu tư: 400.000.000 đồng", "140.000.000 đồng", "80.000.000 đồng;",
          "50.000.000 đồng;", "30.000.000 đồng;", "40.000.000 đồng;", "Vốn lưu động: 60.000.000 đồng",
          "vốn tự có của gia đình 200.000.000 đồng; vay Ngân hàng Nông nghiệp và Phát triển nông thôn 200.000.000 đồng",
          "Tổng nguồn cung khoảng 1.100 kg/năm", "400.000.000 : (371.625.000 + 30.000.000) ≈ 1,0 năm",
          "Nghị định 93/2016/NĐ-CP", "công bố sản phẩm mỹ phẩm", "nhãn hiệu \"Mộc Hương\"", "Giấy chứng nhận đăng ký hộ kinh doanh số")
    clean(p)
    return p


def bb05() -> Plan:
    p = Plan("bb05_ruou_nep_yen_ho_htx")
    lit, rice, yeast = p.row("Sản lượng rượu"), p.row("Gạo nếp cần dùng"), p.row("Men lá|")
    bot, jug, lit2 = p.row("Rượu chai 500 ml|"), p.row("Rượu bình 2 lít|"), p.row("Tổng sản lượng rượu")
    rb, rj, rev_t = p.row("Rượu chai 500 ml (90.000"), p.row("Rượu bình 2 lít (300.000"), p.row("Tổng doanh thu")
    rev, cost = p.row("Doanh thu|"), p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo nếp (30.000", "Men lá, nguyên liệu phụ", "Chai, bình, nút", "Củi, điện, nước",
                                 "Tiền lương", "Khấu hao|", "Lãi vay|", "Bán hàng (5%", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(lit[y] == lit2[y] == bot[y] * 0.5 + jug[y] * 2 and close(rice[y], lit[y] / 0.8)
                and close(yeast[y], rice[y] * 0.02), f"litres, 0,8 l/kg rice, yeast {y}")
        p.check(close(rj[y], jug[y] * 0.3) and close(rev_t[y], rb[y] + rj[y]) and rev[y] == rev_t[y], f"jugs, totals {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], rice[y] * 0.002)
                and close(lines[2][y], bot[y] * 0.012 + jug[y] * 0.035) and close(lines[3][y], lit[y] * 0.004), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 80) and close(lines[6][y], [400, 300, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 80), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit on the stated revenue {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"CIT {rate} {y}")
        p.check(lit[y] <= 2 * 60 * 280, f"still capacity {y}")
    p.check(close(rb[0], bot[0] * 0.09) and close(rb[2], bot[2] * 0.09), "2027 and 2029 bottle revenue right")
    p.check(bot[1] * 0.09 == 2160 and off(rb[1], bot[1] * 0.09), "PLANTED 2028 bottles 2.460 != 24.000 × 90.000 = 2.160")
    true_rev1 = bot[1] * 0.09 + jug[1] * 0.3
    p.check(true_rev1 == 2910 and off(rev[1], true_rev1), "PLANTED 2028 revenue 3.210 != 2.910 (+10,3 %)")
    supply = 15000
    p.check(all(rice[y] > supply and off(rice[y], supply) for y in Y), "PLANTED rice 17,5 / 21,25 / 25 tấn > 15 tấn contract")
    p.has("cung ứng 15 tấn gạo nếp cái hoa vàng/năm", "bảo đảm đủ nguyên liệu", "0,8 lít rượu 35% vol")
    p.has("nồi được xả bỗng")
    p.lacks(r"môi trường|nước thải|xử lý|bể lắng|biogas|chất thải|ô nhiễm|mùi hôi|chăn nuôi|bã rượu|hầm|thu gom",
            "PLANTED no environmental measure anywhere")
    p.check(300 + 250 + 80 + 120 + 50 + 60 + 340 == 1200 == 800 + 400 and 300 + 250 + 80 + 120 + 50 == 800,
            "capital 1.200, fixed 800")
    written = avg1(post)
    p.check(written == 897.1 and close(1200 / (written + 80), 1.2, 0.03), "stated 897,1 and 1,2 years")
    pre1 = true_rev1 - (cost[1] - lines[7][1] + true_rev1 * 0.05)
    true_post = (post[0] + pre1 * 0.85 + post[2]) / 3
    p.check(close(1200 / (true_post + 80), 1.33, 0.01) and off(1.2, 1200 / (true_post + 80)), "tolerated knock-on: true 1,33")
    p.check(close(lit[0] / 11000, 1.27, 0.01), "+27 % on 2026")
    p.has("90.000 đồng/chai", "300.000 đồng/bình", "(623,9 + 1.030 + 1.037,5) : 3 ≈ 897,1", "1.200 : (897,1 + 80) ≈ 1,2 năm",
          "Tổng vốn đầu tư của phương án là 1.200 triệu đồng", "thành viên góp 800 triệu đồng; vay Ngân hàng Nông nghiệp",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 03/GPSXR", "QCVN 6-3:2010/BYT",
          "đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu",
          "công suất tối đa 33.600 lít/năm")
    clean(p)
    return p


def bb06() -> Plan:
    p = Plan("bb06_banh_ram_que_nghen_cty")
    bags, bulk, kg, rice = (p.row("Bánh ram túi 500 g|"), p.row("Bánh ram bán buôn|"), p.row("Tổng sản lượng bánh"),
                            p.row("Gạo nếp sử dụng"))
    rev, rb, rw, cost = (p.row("Doanh thu|"), p.row("Bánh ram túi 500 g (55.000"), p.row("Bánh ram bán buôn (85.000"),
                         p.row("Chi phí|"))
    lines = [p.row(x) for x in ("Gạo nếp (28.000", "Nhân tôm, thịt", "Dầu, gia vị", "Túi, hộp, thùng xốp", "Điện cấp đông",
                                 "Tiền lương", "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển lạnh", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    cap = 120 * 260
    for y in Y:  # triệu đồng
        p.check(kg[y] == bags[y] * 0.5 + bulk[y] and rice[y] == kg[y] * 0.5, f"kg, rice {y}")
        p.check(close(rb[y], bags[y] * 0.055) and close(rw[y], bulk[y] * 0.085) and close(rev[y], rb[y] + rw[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.028) and close(lines[1][y], kg[y] * 0.016) and close(lines[2][y], kg[y] * 0.004)
                and close(lines[3][y], bags[y] * 0.003 + bulk[y] * 0.0015) and close(lines[4][y], kg[y] * 0.008), f"unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 6 * 12) and close(lines[6][y], 70) and close(lines[7][y], [500, 400, 300][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 90), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % of the stated profit {y}")
        p.check(rice[y] <= 25000, f"rice contract {y}")
        p.check(kg[y] > cap and off(kg[y], cap), f"PLANTED output {kg[y]} kg > 31.200 kg capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 821.2, 0.001) and off(pre[1], rev[1] - cost[1]), "PLANTED 2028 profit 1.021,2 != 821,2")
    p.check(cap == 31200 and close(kg[0] / cap, 1.09, 0.01) and close(kg[2] / cap, 1.35, 0.01), "capacity +9 % to +35 %")
    p.has("120 kg bánh/ca", "1 ca/ngày, 260 ngày/năm", "31.200 kg bánh/năm, đáp ứng sản lượng kế hoạch")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|HACCP|ISO 22000|15/2018|tự công bố|đủ điều kiện|cam kết bảo đảm|Luật An toàn",
            "PLANTED no food-safety certificate, commitment or declaration")
    items = [p.one(x) for x in ("Kho lạnh 20 m³", "Tủ cấp đông nhanh", "Máy đóng gói hút chân không", "Cải tạo khu chế biến",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1400 == 900 + 500 and sum(items[:4]) == 700, "capital 1.400, fixed 700")
    written = avg1(post)
    p.check(written == 736.9 and close(1400 / (written + 70), 1.7, 0.03), "stated 736,9 and 1,7 years")
    true_post1 = (rev[1] - cost[1]) * 0.83
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(close(1400 / (true_avg + 70), 1.86, 0.01) and off(1.7, 1400 / (true_avg + 70)), "tolerated knock-on: true 1,86")
    p.check(close(kg[0] / 26000, 1.31, 0.01), "+31 % on 2026")
    p.check(3 + 2 + 3 + 2 == staff[0], "2027 staff table = 10")
    p.has("55.000 đồng/túi", "85.000 đồng/kg", "(583,2 + 847,6 + 780) : 3 ≈ 736,9", "1.400 : (736,9 + 70) ≈ 1,7 năm",
          "vốn chủ sở hữu 900 triệu đồng; vay Ngân hàng TMCP Đầu tư và Phát triển", "Tổng vốn đầu tư 1,4 tỷ đồng",
          "TCCS 01:2025/QN", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "nhãn hiệu \"Quê Nghèn\"",
          "Giấy chứng nhận đăng ký doanh nghiệp mã số", "bể tách mỡ")
    clean(p)
    return p


def bb07() -> Plan:
    p = Plan("bb07_tinh_bot_nghe_ky_son_hkd")
    prod = [p.row(f"{2027 + y}|", 4) for y in Y]
    summ = [p.row(f"{2027 + y}|", 5) for y in Y]
    det = [p.row(f"{2027 + y}|", 9) for y in Y]
    profits = []
    for y in Y:  # triệu đồng
        jars, bags, kg, fresh = prod[y]
        p.check(kg == jars * 0.25 + bags * 0.5 and fresh == kg * 40, f"kg, 40:1 fresh turmeric {y}")
        rj, rb, rev, cost, prof = summ[y]
        p.check(close(rj, jars * 0.15) and close(rb, bags * 0.28) and close(rev, rj + rb), f"revenue {y}")
        d = det[y]
        p.check(close(d[0], fresh * 0.004) and close(d[1], jars * 0.006 + bags * 0.005) and close(d[2], kg * 0.02)
                and d[3] == 120 and d[4] == 25 and close(d[5], [150, 100, 50][y] * 0.07)
                and close(d[6], rev * 0.06) and close(d[7], rev * 0.045), f"cost lines {y}")
        p.check(close(d[8], sum(d[:8])) and close(cost, d[8]) and close(prof, rev - cost), f"cost sum, profit {y}")
        p.check(fresh <= 25000 + 40000 and fresh <= 400 * 200, f"fresh turmeric within 65 tấn supply, 80 tấn capacity {y}")
        profits.append(prof)
        if y:
            p.check(rev / summ[y - 1][2] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy rửa, máy mài", "Máy ly tâm", "Máy sấy lạnh", "Cải tạo nhà xưởng",
                                "Bao bì, thiết kế nhãn", "Vốn lưu động")]
    total = p.one("Cộng|")
    p.check(sum(items) == total == 350 and sum(items[:4]) == 250, "items add up to the stated 350, fixed 250")
    p.has("Tổng nguồn vốn: 350 triệu đồng, gồm:", "Vốn tự có của gia đình: 150 triệu đồng;",
          "Vay Ngân hàng Nông nghiệp và Phát triển nông thôn: 150 triệu đồng")
    p.check(150 + 150 == 300 and off(150 + 150, total), "PLANTED sources 300 != total 350 (−14 %)")
    avg = sum(profits) / 3
    p.check(close(avg, 256.6, 0.001), "average profit 256,6")
    p.has("Lợi nhuận bình quân khoảng 256,6 triệu đồng/năm. Thời gian hoàn vốn dự kiến khoảng 3,5 năm.")
    for label, val in (("with depreciation", 350 / (avg + 25)), ("without", 350 / avg), ("on the sources", 300 / (avg + 25))):
        p.check(off(3.5, val), f"PLANTED stated 3,5 years vs {val:.2f} ({label})")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|chỉ tiêu",
            "PLANTED no product standard, declaration or lab test")
    hist = [p.row("2024|", 2), p.row("2025|", 2), p.row("2026 (ước)", 2)]
    p.check(hist[2] == [850, 470] and close(prod[0][2] / 850, 1.29, 0.01), "+29 % on 2026")
    p.check(close(hist[1][0] / hist[0][0], 1.31, 0.01) and close(hist[2][0] / hist[1][0], 1.25, 0.01), "25–30 % a year")
    p.check(close(40000 / 25000, 1.6), "1,6 ha of partner turmeric")
    p.has("150.000 đồng/hũ", "280.000 đồng/túi", "600.000 đồng/kg với hũ 250 g và 560.000 đồng/kg với túi 500 g",
          "khoảng 40 kg nghệ tươi cho 1 kg tinh bột", "Tổng nguồn cung khoảng 65 tấn/năm", "Tổng vốn đầu tư của phương án là 350 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 45/2025/GCNATTP", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP",
          "nhãn hiệu \"Nghệ vàng Kỳ Sơn\"", "Giấy chứng nhận đăng ký hộ kinh doanh số 28F8003096")
    clean(p)
    return p


def bb08() -> Plan:
    p = Plan("bb08_dua_luoi_cam_binh_tht")
    area, crops, yld, out = p.row("Diện tích nhà màng"), p.row("Số vụ"), p.row("Năng suất|"), p.row("Sản lượng|")
    g1, g2 = p.row("Trong đó quả loại 1"), p.row("Quả loại 2 (20%)")
    r1, r2, rev_t = p.row("Loại 1|", 4), p.row("Loại 2|", 4), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cây giống", "Phân bón, giá thể", "Chế phẩm sinh học, thuốc", "Điện, nước tưới",
                                 "Tiền công lao động", "Khấu hao nhà màng", "Tem, thùng carton", "Vận chuyển, bốc xếp",
                                 "Lãi vay|", "Quản lý, chi khác")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Doanh thu|"), p.row("Lợi nhuận|")
    staff = [8, 10, 10]
    for y in Y:  # triệu đồng
        p.check(close(out[y], area[y] * crops[y] * yld[y]) and g1[y] == out[y] * 0.8 and g2[y] == out[y] * 0.2, f"output {y}")
        p.check(r1[0] == 35000 and r2[0] == 15000 and close(r1[y + 1], g1[y] * 0.035) and close(r2[y + 1], g2[y] * 0.015)
                and close(rev_t[y], r1[y + 1] + r2[y + 1]) and rev[y] == rev_t[y], f"revenue {y}")
        turns = area[y] / 1000 * crops[y]
        p.check(close(lines[0][y], turns * 5) and close(lines[1][y], turns * 12) and close(lines[2][y], turns * 2)
                and close(lines[3][y], turns * 3), f"per-1.000 m² costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], [288, 358, 358][y])
                and close(lines[6][y], out[y] * 0.0015) and close(lines[7][y], out[y] * 0.001)
                and close(lines[8][y], [500, 400, 300][y] * 0.07) and lines[9][y] == 36, f"wages, depreciation, interest {y}")
        p.check(close(prof[y], rev[y] - lines_sum(lines, y)), f"profit = revenue − the items {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth with 2 new greenhouses {y}")
    p.check(close(cost[0], lines_sum(lines, 0)) and close(cost[2], lines_sum(lines, 2)), "2027 and 2029 totals right")
    p.check(lines_sum(lines, 1) == 1989.5 and off(cost[1], lines_sum(lines, 1)), "PLANTED 2028 total 2.189,5 != 1.989,5")
    p.check(close(rev[1] - cost[1], 135.5) and off(prof[1], rev[1] - cost[1]), "tolerated knock-on: 2.325 − 2.189,5 = 135,5")
    p.check(8 * 35 == 280 and 2 * 35 == 70 and 280 + 8 == 288 and 280 + 70 + 8 == 358, "depreciation 288 / 358")
    p.check(700 + 80 + 120 == 900 == 400 + 500, "capital 900 = 400 + 500")
    p.check(close(out[0] / 52000, 1.15, 0.01) and area[1] * 2.5 == 25000, "+15 % on 2026; 25.000 kg a crop")
    market = section(p, "# V – Thị trường tiêu thụ", "# VI –")
    p.check(not re.search(r"\d", market) and not re.search(r"giá(?! trị)|đồng|khách hàng|cửa hàng|siêu thị|chợ|thương lái|đại lý",
                                                               market, re.I),
            "PLANTED the market section names no customer, channel, figure or price")
    p.lacks(r"siêu thị|cửa hàng|\bchợ\b|thương lái|đại lý|khách hàng|bán lẻ|bán buôn|facebook|zalo|shopee|online|"
            r"sàn thương mại|hợp đồng (bao )?tiêu thụ|bao tiêu|nhà phân phối|xuất khẩu|nhà hàng|bếp ăn|đơn hàng",
            "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP anywhere")
    p.has("35.000", "VietGAP", "cam kết sản xuất thực phẩm an toàn", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP",
          "Giấy chứng nhận đăng ký tổ hợp tác số 02/2024/THT", "Tổng vốn đầu tư 900 triệu đồng",
          "các thành viên góp 400 triệu đồng; vay Ngân hàng Nông nghiệp và Phát triển nông thôn 500 triệu đồng")
    clean(p)
    return p


def bb09() -> Plan:
    p = Plan("bb09_nhang_tram_phuc_dong_cty")
    raw = [p.row(f"{2027 + y}|", 2) for y in Y]
    prod = [p.row(f"{2027 + y}|", 4) for y in Y]
    revt = [p.row(f"{2027 + y}|", 4, skip=1) for y in Y]
    summ = [p.row(f"{2027 + y}|", 5) for y in Y]
    lines = [p.row(x) for x in ("Bột trầm (200.000", "Bột bời lời (60.000", "Tăm tre", "Hộp giấy, túi zip", "Điện sấy, xay",
                                 "Tiền lương", "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    cost = p.row("Tổng chi phí")
    staff = [16, 17, 18]
    posts = []
    for y in Y:  # triệu đồng
        q, v, n, boxes = prod[y]
        powder = q * 0.15 + v * 0.2 + n * 0.1
        p.check(boxes == q + v + n and close(raw[y][0], powder) and close(raw[y][1], powder * 0.1), f"boxes, powder {y}")
        r = revt[y]
        p.check(close(r[0], q * 0.18) and close(r[1], v * 0.12) and close(r[2], n * 0.09) and close(r[3], r[0] + r[1] + r[2]),
                f"revenue {y}")
        rev = r[3]
        p.check(close(lines[0][y], powder * 0.2) and close(lines[1][y], powder * 0.1 * 0.06) and close(lines[2][y], q * 0.0015)
                and close(lines[3][y], boxes * 0.008) and close(lines[4][y], powder * 0.01), f"unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 6 * 12) and lines[6][y] == 90 and close(lines[7][y], [600, 500, 400][y] * 0.07)
                and close(lines[8][y], rev * 0.08) and lines[9][y] == 120, f"wages on 16–18, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]) and close(s[3], s[2] * 0.17)
                and close(s[4], s[2] - s[3]), f"summary, 17 % tax {y}")
        posts.append(s[4])
        p.check(powder <= 5000 and boxes <= 30000, f"powder within 5 tấn, 30.000 boxes capacity {y}")
        if y:
            p.check(rev / revt[y - 1][3] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho", "Máy xay bột buồng kín", "2 máy làm nhang", "Máy ép nụ",
                                "Lò sấy điện", "Hệ thống hút, lọc bụi", "Thiết kế hộp", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:6]) == 900, "capital 1.500, fixed 900")
    avg = sum(posts) / 3
    p.check(close(avg, 635.7, 0.001) and close(1500 / (635.7 + 90), 2.1, 0.02), "average 635,7, payback 2,1")
    p.check(close(prod[0][3] / 16500, 1.27, 0.01), "+27 % on 2026")
    p.check(4 + 4 + 8 == staff[0], "2027 staff table = 16")
    p.has("Tổng số lao động hiện nay của công ty là 22 người", "Hiện công ty có 16 lao động")
    p.check(off(22, 16), "PLANTED 22 != 16 workers today")
    p.check(p.count("Công ty TNHH Trầm Hương Lộc Phát") == 2 and p.count("Công ty TNHH MTV Trầm Hương Phúc Đồng") >= 1,
            "PLANTED a second producer name, twice")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|bao bì ghi", "PLANTED no label anywhere")
    p.has("180.000 đồng/hộp", "120.000 đồng/hộp", "90.000 đồng/hộp", "(489 + 635,75 + 782,4) : 3 ≈ 635,7",
          "1.500 : (635,7 + 90) ≈ 2,1 năm", "Tổng nguồn cung khoảng 5.000 kg/năm", "khoảng 30.000 hộp các loại/năm",
          "Tổng vốn đầu tư của phương án là 1.500 triệu đồng", "vốn chủ sở hữu 900 triệu đồng; vay Ngân hàng Nông nghiệp",
          "TCCS 01:2027/PĐ", "Giấy chứng nhận đăng ký nhãn hiệu", "hệ thống hút và lọc bụi túi vải", "Giấy chứng nhận đăng ký doanh nghiệp mã số")
    clean(p)
    return p


def bb10() -> Plan:
    p = Plan("bb10_trai_nghiem_lang_muoi_ky_ha")
    guests, meals, staff = p.row("Lượt khách"), p.row("Suất ăn (70%"), p.row("Lao động|")
    rt, rm, rev_t = p.row("Doanh thu tour"), p.row("Doanh thu ăn uống"), p.row("Tổng doanh thu")
    rev = p.row("Doanh thu|")
    lines = [p.row(x) for x in ("Mua suất ăn", "Vật tư phục vụ khách", "Thuê thuyền", "Tiền công 4 lao động",
                                 "Quảng bá (5%", "Khấu hao|", "Bảo hiểm du lịch")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(meals[y] == guests[y] * 0.7 and staff[y] == 4, f"meals 70 %, 4 workers {y}")
        p.check(close(rt[y], guests[y] * 0.25) and close(rm[y], meals[y] * 0.18) and close(rev_t[y], rt[y] + rm[y])
                and rev[y] == rev_t[y], f"revenue {y}")
        p.check(close(lines[0][y], meals[y] * 0.13) and close(lines[1][y], guests[y] * 0.03) and close(lines[2][y], guests[y] * 0.02)
                and lines[3][y] == 4 * 6 * 12 and close(lines[4][y], rev[y] * 0.05) and lines[5][y] == 34
                and close(lines[6][y], guests[y] * 0.01), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(guests[y] <= 60 * 250, f"site ceiling 15.000 {y}")
    p.check(close(guests[0] / 1800, 1.11, 0.01), "2027 only +11 % on 2026")
    p.check(rev[1] / rev[0] == 2.5 and close(rev[2] / rev[1], 2.4) and off(rev[1] / rev[0], 1.5) and off(rev[2] / rev[1], 1.5),
            "PLANTED growth +150 % and +140 % a year")
    p.check(guests[2] / 1800 > 6.5 and staff[2] == staff[0], "tolerated knock-on: 6,7× 2026 guests with the same 4 workers")
    p.has("không có kế hoạch đầu tư thêm trong giai đoạn 2028 – 2029")
    p.check(150 + 80 + 60 + 50 + 20 + 40 == 400 == 300 + 100 and 150 + 80 + 60 + 50 == 340, "capital 400, fixed 340")
    p.check(avg1(prof) == 983.9 and close(400 / (983.9 + 34), 0.4, 0.03), "average 983,9, payback 0,4")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị quyết số 123/2018/NQ-HĐND",
          "đánh giá OCOP 3 sao ở cấp huyện", "UBND huyện Kỳ Anh")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021|165/2025", "PLANTED the current instruments are not cited")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|đăng ký hộ|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|giấy phép|"
            r"chứng nhận đăng ký|đăng ký thuế", "PLANTED no registration or plan to register")
    p.has("250.000 đồng/khách", "180.000 đồng/suất", "130.000 đồng/suất", "Tổng vốn đầu tư 400 triệu đồng",
          "tiền tích lũy của gia đình 300 triệu đồng; vay anh em họ hàng 100 triệu đồng", "(90,4 + 709 + 2.152,4) : 3 ≈ 983,9",
          "400 : (983,9 + 34) ≈ 0,4 năm", "tối đa 15.000 lượt khách/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "bể tự hoại 3 ngăn", "nộp đơn đăng ký nhãn hiệu")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bb11_mut_gung_xuan_lien_so_sai")
    a.check(1500 * 150000 == 225e6, "candied ginger sentence (1,5 tấn × 150.000 = 225 triệu)")
    a.has("khoảng 1,5 tấn", "150.000 đồng/kg", "khoảng 225 triệu đồng", "khoảng 80 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|nhãn hiệu|môi trường|kiểm soát|truy xuất", "genuine compliance gaps")
    market = section(a, "# 3. Thị trường", "# 4.")
    a.check(not re.search(r"chợ|cửa hàng|siêu thị|đại lý|khách hàng|online|facebook", market, re.I), "no channel named")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bb12_nuoc_che_xanh_son_tay_so_sai")
    b.check(20000 * 15000 == 300e6, "green-tea sentence (20.000 chai × 15.000 = 300 triệu)")
    b.has("khoảng 20.000 chai", "15.000 đồng/chai", "khoảng 300 triệu đồng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký|giấy chứng nhận|mã số thuế|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|chợ|cửa hàng|siêu thị|"
            r"đại lý|khách hàng", "genuine gaps: no registration, compliance or channel")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bb01, bb02, bb03, bb04, bb05, bb06, bb07, bb08, bb09, bb10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
