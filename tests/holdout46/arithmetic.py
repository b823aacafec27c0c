"""The forty-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout46/arithmetic.py

For every plan: revenue = quantity x price, cost lines = unit costs x quantities and their sum,
profit = revenue - cost, tax, investment items = capital sources = total, depreciation, interest,
payback, raw-material need vs supply, output vs capacity, growth. Planted numeric defects are
asserted wrong by more than 5 % and everything else right (within 1 %). Table figures are read
from the plan's source; figures quoted in running text are looked up verbatim, so the numbers
cannot drift from the text. The textual planted defects (a replaced instrument cited, no
trademark, no product standard, no food safety, a second producer name, no environmental
measure, no registration, no label, no sales channel, two worker counts) are asserted too, as is
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
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|03/2014/TT|123/2018"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        """The text between a heading that contains `start` and the next one that contains `end`."""
        return self.body.split(start, 1)[1].split(end, 1)[0]


def au01() -> Plan:
    p = Plan("au01_mut_bi_thach_lac_htx")
    Y4 = range(4)
    prod = [p.row(str(2026 + y), 5) for y in Y4]          # Bảng 1, years as rows
    rev = [p.row(str(2026 + y), 3, skip=1) for y in Y4]   # Bảng 2
    summ = [p.row(str(2026 + y), 5, skip=1) for y in Y4]  # Bảng 5 (Bảng 2 has 3 numbers)
    lines = [p.row(x, 4) for x in ("Bí tươi (6.000", "Đường (22.000", "Hộp, túi, nhãn", "Gas, điện, nước",
                                    "Tiền lương lao động", "Khấu hao tài sản", "Lãi vay ngân hàng",
                                    "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí |", 4)
    lab = [8, 8, 9, 9]
    for y in Y4:  # triệu đồng
        hop, tui, kg, bi, duong = prod[y]
        p.check(kg == hop * 0.3 + tui * 0.5 and close(bi, kg * 2.2) and close(duong, kg * 0.7), f"kg, melon, sugar {y}")
        p.check(close(rev[y][0], hop * 0.045) and close(rev[y][1], tui * 0.065) and close(rev[y][2], rev[y][0] + rev[y][1]),
                f"revenue {y}")
        p.check(close(lines[0][y], bi * 0.006) and close(lines[1][y], duong * 0.022)
                and close(lines[2][y], hop * 0.0035 + tui * 0.0025) and close(lines[3][y], kg * 0.004), f"unit costs {y}")
        p.check(close(lines[4][y], lab[y] * 4.5 * 12) and lines[5][y] == 60 and lines[6][y] == [28, 21, 14, 7][y]
                and close(lines[7][y], rev[y][2] * 0.08) and lines[8][y] == 50, f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r, c, pre, tax, post = summ[y]
        p.check(close(r, rev[y][2]) and close(c, cost[y]) and close(pre, r - c) and close(tax, pre * 0.15)
                and close(post, pre - tax), f"summary {y}")
        p.check(kg <= 200 * 150 and bi <= 40000, f"30 tấn capacity, 40 tấn melon contract {y}")
        if y:
            p.check(rev[y][2] / rev[y - 1][2] < 1.2, f"growth {y}")
    post = [s[4] for s in summ]
    p.check(round(sum(post) / 4, 1) == 433.9 and close(1000 / (433.9 + 60), 2.0, 0.02), "average profit, payback 2,0")
    p.check(close(prod[0][2] / 8600, 1.16, 0.01), "+16 % on 2025")
    items = [p.one(x) for x in ("Mở rộng nhà chế biến", "2 nồi sên", "Tủ sấy 20", "Máy đóng gói hàn",
                                "Thiết kế bao bì, nhãn; xây", "Vốn lưu động (mua")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1000 == 600 + 400 and sum(items[:4]) == 600, "capital, fixed 600")
    p.check(close(400 * 0.07, 28), "interest 7 % on 400")
    p.has("45.000 đồng/hộp", "65.000 đồng/túi", "(272,3 + 402,2 + 486,3 + 574,9) : 4 ≈ 433,9",
          "1.000 : 493,9 ≈ 2,0 năm", "dành riêng 40 tấn bí/năm", "công suất tối đa khoảng 30.000 kg/năm",
          "43/2017/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HTXBX",
          "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def au02() -> Plan:
    p = Plan("au02_bat_cua_dong_cam_thach_hkd")
    guests, meals, staff = [3200, 3800, 4400], [1920, 2280, 2640], [3, 4, 4]
    rev, tick, food = p.row("Doanh thu |"), p.row("Vé trải nghiệm"), p.row("Bữa ăn (130.000")
    lines = [p.row(x) for x in ("Thực phẩm cho bữa", "Hao mòn dụng cụ", "Thuê ruộng", "Lương lao động thường",
                                 "Công hướng dẫn viên", "Khấu hao |", "Lãi vay |", "Quảng bá (5%", "Điện, nước, chi khác",
                                 "Thuế khoán")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận (A – B)")
    for y in Y:  # đồng
        p.check(meals[y] == guests[y] * 0.6, f"60 % of guests eat {y}")
        p.check(tick[y] == guests[y] * 150000 and food[y] == meals[y] * 130000 and rev[y] == tick[y] + food[y], f"revenue {y}")
        p.check(lines[0][y] == meals[y] * 55000 and lines[1][y] == guests[y] * 10000 and lines[2][y] == 30e6
                and lines[3][y] == staff[y] * 5e6 * 12 and lines[4][y] == guests[y] * 20000 and lines[5][y] == 50e6
                and lines[6][y] == [14e6, 10.5e6, 7e6][y] and close(lines[7][y], rev[y] * 0.05)
                and close(lines[9][y], tick[y] * 0.07 + food[y] * 0.045), f"cost lines {y}")
        p.check(cost[y] == lines_sum(lines, y) and prof[y] == rev[y] - cost[y], f"cost, profit {y}")
        p.check(guests[y] <= 240 * 200, f"field capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(sum(prof) / 3 == 195942000 and close(600e6 / (195942000 + 50e6), 2.44, 0.01), "average profit, payback 2,4")
    p.check(250 + 120 + 80 + 50 + 40 + 60 == 600 == 400 + 200 and 250 + 120 + 80 + 50 == 500, "capital, fixed 500")
    p.check(p.one("Cộng |") == 600e6, "investment table total")
    p.has("3.200 lượt × 150.000 đồng = 480.000.000 đồng", "1.920 suất × 130.000 đồng = 249.600.000 đồng",
          "cộng 729.600.000 đồng", "cộng 866.400.000 đồng", "cộng 1.003.200.000 đồng",
          "(148.688.000 + 175.942.000 + 263.196.000) : 3 = 195.942.000", "600.000.000 : (195.942.000 + 50.000.000) ≈ 2,4 năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8012457", "Cục Sở hữu trí tuệ", "bể tự hoại 3 ngăn")
    p.check(close(3800 / 3200, 1.19, 0.01) and close(4400 / 3800, 1.16, 0.01), "19 % and 16 % more guests")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def au03() -> Plan:
    p = Plan("au03_tam_tre_huong_do_cty")
    box, sk, loose, kg, bam = (p.row("Hộp tăm 2 đầu"), p.row("Que xiên nướng bó"), p.row("Tăm rời túi"),
                               p.row("Tổng sản lượng quy đổi"), p.row("Tre cây nguyên liệu"))
    rev, r1, r2, r3 = p.row("Doanh thu |"), p.row("Hộp tăm (6.500"), p.row("Que xiên (25.000"), p.row("Tăm rời (48.000")
    lines = [p.row(x) for x in ("Tre nguyên liệu", "Hộp, màng co", "Điện, nhiên liệu", "Tiền lương công nhân",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [14, 14, 15]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == box[y] * 0.1 + sk[y] * 0.5 + loose[y] and close(bam[y], kg[y] * 2.5), f"kg, bamboo {y}")
        p.check(r1[y] == box[y] * 6.5 and r2[y] == sk[y] * 25 and r3[y] == loose[y] * 48 and rev[y] == r1[y] + r2[y] + r3[y],
                f"revenue {y}")
        p.check(lines[0][y] == kg[y] * 5 and close(lines[1][y], box[y] * 0.8 + sk[y] * 1.5 + loose[y] * 2)
                and close(lines[2][y], kg[y] * 1.5) and lines[3][y] == staff[y] * 5500 * 12 and lines[4][y] == 90000
                and close(lines[5][y], [500000, 375000, 250000][y] * 0.075) and close(lines[6][y], rev[y] * 0.06)
                and lines[7][y] == 96000, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, 15 % tax {y}")
        p.check(rev[y] <= 3e6, f"revenue under 3 tỷ: 15 % rate {y}")
        p.check(kg[y] <= 4 * 60 * 280 and bam[y] <= 150000, f"capacity 67.200, bamboo 150 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "4 máy vót", "Lò sấy hơi nóng", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500000 == 1000000 + 500000 and sum(items[:3]) == 900000, "capital, fixed 900.000")
    p.check(round(sum(post) / 3) == 547676 and close(1500000 / (547676 + 90000), 2.35, 0.01), "average profit, payback 2,35")
    p.check(close(kg[0] / 33000, 1.18, 0.01), "+18 % on 2025")
    p.has("6.500 đồng/hộp", "25.000 đồng/bó", "48.000 đồng/kg", "(400.248 + 566.376 + 676.404) : 3 = 547.676",
          "1.500.000 : (547.676 + 90.000) ≈ 2,35 năm", "tối thiểu 150 tấn/năm", "4 máy × 60 kg × 280 ngày = 67.200 kg/năm",
          "43/2017/NĐ-CP", "TCCS 01:2026/TXHĐ", "Cục Sở hữu trí tuệ", "Giấy chứng nhận đăng ký doanh nghiệp mã số 3001987265")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def au04() -> Plan:
    p = Plan("au04_sua_hat_oc_cho_duc_dong_ctcp")
    small, big, lit = p.row("Sữa óc chó chai 250"), p.row("Sữa óc chó chai 1 lít"), p.row("Tổng sản lượng")
    rs, rb, rev = p.row("Doanh thu chai 250"), p.row("Doanh thu chai 1 lít"), p.row("Tổng doanh thu")
    rev2 = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Nhân óc chó (250.000", "Gạo lứt (30.000", "Đường phèn, muối", "Chai, nắp, nhãn, thùng",
                                 "Điện, gas, nước", "Tiền lương, bảo hiểm", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu",
                                 "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí (2 đến 11)"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 17%"),
                            p.row("Lợi nhuận sau thuế"))
    staff = [14, 15, 16]
    for y in Y:  # triệu đồng
        p.check(lit[y] == small[y] * 0.25 + big[y], f"litres {y}")
        p.check(rs[y] == small[y] * 0.025 and close(rb[y], big[y] * 0.085) and rev[y] == rs[y] + rb[y] == rev2[y], f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 0.06 * 0.25) and close(lines[1][y], lit[y] * 0.04 * 0.03)
                and close(lines[2][y], lit[y] * 0.002) and close(lines[3][y], small[y] * 0.003 + big[y] * 0.0065)
                and close(lines[4][y], lit[y] * 0.002) and lines[5][y] == staff[y] * 7 * 12 and lines[6][y] == 200
                and lines[7][y] == [80, 60, 40][y] and close(lines[8][y], rev[y] * 0.10) and lines[9][y] == 180,
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, 17 % tax {y}")
        p.check(rev[y] > 3000 and lit[y] <= 400 * 250 and lit[y] * 0.06 <= 4000 and lit[y] * 0.04 <= 5000,
                f"rate, capacity 100.000 l, walnut 4 tấn, rice 5 tấn {y}")
        if y:
            p.check(lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, phòng", "Dây chuyền nấu, đồng hóa", "Kho lạnh, xe giao",
                                "Bao bì, nhãn, TCCS", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 3000 == 2000 + 1000 and sum(items[:3]) == 2000, "capital, fixed 2.000")
    p.check(avg1(post) == 846.8 and close(3000 / (846.8 + 200), 2.9, 0.02), "average profit, payback 2,9")
    p.check(close(lit[0] / 34000, 1.24, 0.01), "+24 % on 2025")
    p.has("25.000 đồng/chai", "85.000 đồng/chai", "(577,3 + 846,8 + 1.116,2) : 3 ≈ 846,8", "3.000 : (846,8 + 200) ≈ 2,9 năm",
          "4 tấn nhân óc chó/năm", "tương đương 100.000 lít/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "43/2017/NĐ-CP", "tự công bố sản phẩm", "Cục Sở hữu trí tuệ", "HACCP")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def au05() -> Plan:
    p = Plan("au05_ruou_can_rao_tre_hkd")
    plan = [p.row(str(2026 + y), 5) for y in Y]          # years as rows: bình 2 l, bình 5 l, lít, gạo, lao động
    summ = [p.row(str(2026 + y), 5, skip=1) for y in Y]  # doanh thu 2 l, 5 l, tổng, chi phí, lợi nhuận
    lines = [p.row(x) for x in ("Gạo nếp (18.000", "Men lá, củi", "Bình gốm (45.000", "Nhãn, cần trúc", "Tiền công lao",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Thuế tiêu thụ đặc biệt", "Thuế khoán")]
    cost = p.row("Tổng chi phí |")
    for y in Y:  # triệu đồng
        b2, b5, lit, rice, staff = plan[y]
        p.check(lit == b2 * 2 + b5 * 5 and close(rice, lit / 1.6), f"litres, rice 1,6 l/kg {y}")
        r2, r5, rev, c, prof = summ[y]
        p.check(close(r2, b2 * 0.3) and close(r5, b5 * 0.7) and close(rev, r2 + r5), f"revenue {y}")
        p.check(close(lines[0][y], rice * 0.018) and close(lines[1][y], lit * 0.008)
                and close(lines[2][y], b2 * 0.045 + b5 * 0.08) and close(lines[3][y], (b2 + b5) * 0.005)
                and lines[4][y] == staff * 5 * 12 and lines[5][y] == 35 and lines[6][y] == [14, 10.5, 7][y]
                and close(lines[7][y], rev * 0.06) and close(lines[8][y], rev * 35 / 135)
                and close(lines[9][y], rev * 0.015), f"cost lines, excise 35/135 {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]) and close(prof, rev - c), f"cost, profit {y}")
        p.check(lit <= 250 * 20 * 6 and rice <= 4000 + 20000, f"jars 30.000 l, rice 24 tấn (no capacity or material issue) {y}")
    lit = [x[2] for x in plan]
    rev = [x[2] for x in summ]
    p.check(close(lit[0] / 4800, 1.17, 0.01), "2026 +17 % on 2025")
    p.check(lit[1] / lit[0] > 2.2 - 0.01 and lit[2] / lit[1] > 2.1 and rev[1] / rev[0] > 2.2 - 0.01 and rev[2] / rev[1] > 2.1,
            "PLANTED output and revenue ×2,2 a year")
    p.check(off(lit[1], 7000) and lit[2] / 7000 > 3.8 and off(lit[2], 7000), "PLANTED 12.400 / 27.000 l vs 7.000 l demand")
    p.check(plan[2][4] / plan[0][4] == 1.25 and lit[2] / lit[0] > 4.8, "PLANTED labour +25 % while output ×4,8")
    p.has("nhu cầu của các khách hàng hiện có khoảng 7.000 lít/năm", "tăng sản lượng gấp đôi mỗi năm",
          "gấp hơn 5 lần năm 2025", "250 × 20 × 6 = 30.000 lít/năm", "khoảng 20 tấn nếp nương/năm")
    p.check(180 + 100 + 70 + 50 + 200 == 600 == 400 + 200 and 180 + 100 + 70 == 350 and close(350 / 10, 35), "capital, fixed 350")
    prof = [s[4] for s in summ]
    p.check(avg1(prof) == 519.1 and close(600 / (519.1 + 35), 1.1, 0.02), "average profit, payback 1,1 (consistent)")
    p.has("(25,6 + 352,1 + 1.179,6) : 3 ≈ 519,1", "600 : (519,1 + 35) ≈ 1,1 năm", "300.000 đồng/bình", "700.000 đồng/bình",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "độ cồn",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "hố lắng lọc")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 490/QĐ-TTg ngày 07/5/2018")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng", "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def au06() -> Plan:
    p = Plan("au06_mat_ong_mang_cau_ky_tay_cty")
    rev_total = p.row("Tổng doanh thu |")
    jar5, jar1, bulk = p.row("Chai 500 g (190.000"), p.row("Hũ 1 kg (360.000"), p.row("Mật can bán buôn")
    r5, r1_, rb = p.row("Doanh thu chai 500"), p.row("Doanh thu hũ 1 kg"), p.row("Doanh thu bán buôn")
    kg, need = p.row("Tổng lượng mật tiêu thụ"), p.row("Mật nguyên liệu cần")
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Chăm sóc 380 đàn", "Mật ong thu mua", "Chai, hũ, can", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    supply = 380 * 15 + 320 * 15
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar5[y] * 0.5 + jar1[y] + bulk[y] and close(need[y], kg[y] * 1.03), f"kg, need (+3 %) {y}")
        p.check(r5[y] == jar5[y] * 0.19 and r1_[y] == jar1[y] * 0.36 and r1_[y] + r5[y] + rb[y] == rev_total[y] == rev[y]
                and close(rb[y], bulk[y] * 0.26), f"revenue {y}")
        p.check(lines[0][y] == 456 and close(lines[1][y], (need[y] - 5700) * 0.18)
                and close(lines[2][y], jar5[y] * 0.012 + jar1[y] * 0.018 + bulk[y] * 0.003) and lines[3][y] == 11 * 7 * 12
                and lines[4][y] == 80 and lines[5][y] == [48, 36, 24][y] and close(lines[6][y], rev[y] * 0.08)
                and lines[7][y] == 150, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, 17 % tax {y}")
        p.check(need[y] > supply and off(need[y], supply), f"PLANTED honey needed {need[y]:.0f} kg > 10.500 kg supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(supply == 10500 and close(need[0] / supply, 1.177, 0.001) and close(need[2] / supply, 1.471, 0.001),
            "shortfall 18 % to 47 %")
    p.check(close(kg[0] / 9600, 1.25, 0.01), "+25 % on 2025")
    p.check(300 + 350 + 150 + 50 + 650 == 1500 == 900 + 600 and 300 + 350 + 150 == 800 and p.one("Cộng |") == 1500,
            "capital, fixed 800")
    p.check(avg1(post) == 612.2 and close(1500 / (612.2 + 80), 2.2, 0.02), "average profit, payback 2,2")
    p.has("khoảng 5.700 kg/năm", "khoảng 4.800 kg/năm", "Tổng nguồn mật khoảng 10.500 kg/năm", "bảo đảm đủ nguyên liệu",
          "(469,9 + 612,2 + 754,5) : 3 ≈ 612,2", "1.500 : (612,2 + 80) ≈ 2,2 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã QR")
    p.has("Công ty có 11 lao động thường xuyên", "tạo việc làm ổn định cho 16 lao động thường xuyên")  # PLANTED
    p.check(off(16, 11), "PLANTED 16 != 11 permanent workers")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|xét nghiệm|phân tích mẫu",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def au07() -> Plan:
    p = Plan("au07_tra_bac_ha_son_hong_htx")
    box, bag, bulk, kg, fresh = (p.row("Hộp trà túi lọc 50"), p.row("Túi lá sấy lạnh"), p.row("Lá khô bán buôn"),
                                 p.row("Tổng bạc hà khô"), p.row("Lá bạc hà tươi"))
    rev, r1, r2, r3 = p.row("Doanh thu |"), p.row("Hộp trà túi lọc (55.000"), p.row("Túi 100 g (60.000"), p.row("Bán buôn (350.000")
    lines = [p.row(x) for x in ("Lá tươi (8.000", "Túi lọc, hộp", "Điện sấy", "Tiền lương 7", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, quảng bá", "Quản lý |")]
    cost, pre, tax, post = p.row("Tổng chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == box[y] * 0.05 + bag[y] * 0.1 + bulk[y] and fresh[y] == kg[y] * 7, f"kg, fresh 7:1 {y}")
        p.check(r1[y] == box[y] * 55 and r2[y] == bag[y] * 60 and r3[y] == bulk[y] * 350 and rev[y] == r1[y] + r2[y] + r3[y],
                f"revenue {y}")
        p.check(lines[0][y] == fresh[y] * 8 and close(lines[1][y], box[y] * 9 + bag[y] * 4 + bulk[y] * 2)
                and lines[2][y] == kg[y] * 10 and lines[3][y] == 7 * 5000 * 12 and lines[4][y] == 110000
                and close(lines[5][y], (450000 * 0.07 + 200000 * 0.04) * [1, 0.75, 0.5][y]) and close(lines[6][y], rev[y] * 0.08)
                and lines[7][y] == 60000, f"cost lines, interest on 450 + 200 {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, 15 % tax {y}")
        p.check(fresh[y] <= 28000 and fresh[y] <= 300 * 200, f"leaf supply 28 tấn, dryer 60 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Xây xưởng chế biến 150", "Máy sấy lạnh bơm", "Máy đóng gói trà", "Máy nghiền, sàng",
                                "Thiết kế bao bì, nhãn; TCCS", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 1650 and sum(items[:4]) == 1100, "items add up to the stated 1.650; fixed 1.100")
    sources = 800 + 450 + 200
    p.check(sources == 1450 and off(sources, total), "PLANTED sources 1.450 != total 1.650 (-12 %)")
    p.has("Tổng vốn đầu tư của phương án là 1.650 triệu đồng", "Tổng cộng 1.450 triệu đồng", "huy động đủ vốn")
    p.check(round(sum(post) / 3) == 329269 and close(1650000 / (329269 + 110000), 3.76, 0.01), "payback 3,8 on 1.650")
    p.check(close(kg[0] / 1300, 1.38, 0.01), "+38 % on 2025 over two years with new equipment")
    p.has("55.000 đồng/hộp", "60.000 đồng/túi", "350.000 đồng/kg", "(196.265 + 329.269 + 462.272) : 3 ≈ 329.269",
          "1.650.000 : (329.269 + 110.000) ≈ 3,8 năm", "tổng khoảng 28 tấn/năm", "TCCS 01:2026/DLSH", "43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ")
    p.check(p.count("Hợp tác xã Dược liệu Ngàn Trươi") == 2 and p.count("Hợp tác xã Nông nghiệp và Dược liệu Sơn Hồng") >= 1
            and "NGÀN TRƯƠI" not in p.body, "PLANTED a second producer name, twice")
    p.lacks(r"an toàn|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|HACCP|ISO 22000",
            "PLANTED no food-safety certificate, commitment, declaration or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def au08() -> Plan:
    p = Plan("au08_gio_lua_xuan_hong_hkd")
    k1, k5, kg, meat = p.row("Giò cây 1 kg |"), p.row("Giò cây 500 g |"), p.row("Tổng sản lượng giò"), p.row("Thịt nạc nguyên")
    rev, r1, r5 = p.row("Doanh thu |"), p.row("Giò cây 1 kg (200.000"), p.row("Giò cây 500 g (105.000")
    lines = [p.row(x) for x in ("Thịt nạc (130.000", "Nước mắm, gia vị", "Lá chuối, túi", "Điện, gas", "Tiền lương 8",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng", "Thuế khoán", "Chi khác")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    capacity = 2 * 5 * 9 * 300
    for y in Y:  # triệu đồng
        p.check(kg[y] == k1[y] + k5[y] * 0.5 and meat[y] == kg[y] * 0.9, f"kg, meat 0,9 {y}")
        p.check(r1[y] == k1[y] * 0.2 and close(r5[y], k5[y] * 0.105) and rev[y] == r1[y] + r5[y], f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.13) and close(lines[1][y], kg[y] * 0.006)
                and close(lines[2][y], (k1[y] + k5[y]) * 0.005) and close(lines[3][y], kg[y] * 0.004) and lines[4][y] == 576
                and lines[5][y] == 120 and lines[6][y] == [48, 32, 16][y] and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.015) and lines[9][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(meat[y] <= 36000, f"meat within the 36 tấn contract {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 905.5) and prof[1] == 1015.5 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 1.015,5 != 6.100 − 5.194,5 = 905,5 (+12 %)")
    p.check(capacity == 27000 and kg[0] <= capacity, "2027 within 27.000 kg")
    p.check(off(kg[1], capacity) and off(kg[2], capacity), "PLANTED 2028–2029 output 30 / 33 tấn > 27 tấn mortar capacity")
    p.has("mỗi cối giã 5 kg thịt/mẻ, làm tối đa 9 mẻ/ngày, công suất 90 kg giò/ngày",
          "công suất tối đa khoảng 27.000 kg giò/năm", "giữ ổn định 8 lao động")
    p.lacks(r"cối giã mới|thêm cối|cối thứ ba|máy giã mới|máy xay thịt", "PLANTED no new mortar bought")
    p.check(350 + 250 + 150 + 450 + 60 + 340 == 1600 == 1000 + 600 and 350 + 250 + 150 + 450 == 1200, "capital, fixed 1.200")
    written = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 885.7, 0.001) and close(1600 / (written + 120), 1.6, 0.01), "stated payback 1,6 from the written profits")
    p.check(close(1600 / (true + 120), 1.65, 0.01) and not off(1600 / (true + 120), 1.6), "true payback 1,65, within 5 %")
    p.check(close(kg[0] / 19000, 1.26, 0.01) and close(kg[1] / kg[0], 1.25) and close(kg[2] / kg[1], 1.1), "growth 26/25/10 %")
    p.has("200.000 đồng/kg", "105.000 đồng/cây", "(550,8 + 1.015,5 + 1.090,8) : 3 ≈ 885,7", "1.600 : (885,7 + 120) ≈ 1,6 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "tự công bố")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi hôi|\bbể\b|biogas|thu gom|vệ sinh|phế phẩm|ô nhiễm|hố lắng|tự hoại",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def au09() -> Plan:
    p = Plan("au09_ot_bot_duc_lang_tht")
    g, h, b, kg, fresh = (p.row("Gói zip 100"), p.row("Hũ 200 g |"), p.row("Túi 1 kg bán"), p.row("Tổng ớt bột"),
                          p.row("Ớt tươi cần"))
    for y in Y:
        p.check(kg[y] == g[y] * 0.1 + h[y] * 0.2 + b[y] and close(fresh[y], kg[y] * 5.5), f"kg, fresh 5,5:1 {y}")
        p.check(fresh[y] <= 40000 and fresh[y] <= 500 * 120, f"40 tấn members' chili, dryer 60 tấn {y}")
    # running text, triệu đồng: (stated lines, stated total, costs, profit)
    text = {
        0: ([300, 192, 190], 682, [247.5, 35, 24, 120, 30, 7, 40.9, 20], 524.4, 157.6),
        1: ([350, 290, 209], 849, [288.8, 42.1, 28, 140, 30, 7, 50.9, 20], 606.8, 242.2),
        2: ([400, 288, 228], 916, [330, 49.2, 32, 160, 30, 7, 55, 20], 683.2, 232.8),
    }
    for y in Y:
        lines, total, costs, ctot, prof = text[y]
        true = [g[y] * 0.025, h[y] * 0.048, b[y] * 0.19]
        p.check(close(total, sum(lines)) and close(sum(costs), ctot) and close(prof, total - ctot), f"text sums {y}")
        p.check(close(costs[0], fresh[y] * 0.015) and close(costs[1], g[y] * 0.0015 + h[y] * 0.004 + b[y] * 0.001)
                and close(costs[2], kg[y] * 0.008) and close(costs[3], kg[y] * 0.04) and close(costs[6], total * 0.06),
                f"unit costs, 6 % selling on the stated revenue {y}")
        if y != 1:
            p.check(all(close(a, t) for a, t in zip(lines, true)), f"revenue lines right {y}")
    p.check(5000 * 48000 == 240e6 and off(290, 240) and off(849, 799) and close(text[1][0][0], 350) and close(text[1][0][2], 209),
            "PLANTED 2028 jars 5.000 × 48.000 = 240, written 290 (+21 %); total 849 vs 799 (+6,3 %)")
    p.has("5.000 hũ × 48.000 đồng = 290 triệu đồng", "tổng doanh thu 849 triệu đồng", "tổng doanh thu 682 triệu đồng",
          "tổng doanh thu 916 triệu đồng", "(157,6 + 242,2 + 232,8) : 3 ≈ 210,9", "450 : (210,9 + 30) ≈ 1,9 năm")
    stated_avg, true_avg = (157.6 + 242.2 + 232.8) / 3, (157.58 + (799 - (606.79 - 50.94 + 47.94)) + 232.84) / 3
    p.check(close(450 / (stated_avg + 30), 1.87, 0.01) and close(450 / (true_avg + 30), 2.0, 0.01),
            "tolerated knock-on: stated payback 1,9 vs 2,0 with the true 2028 revenue")
    items = [p.one(x) for x in ("Máy sấy nhiệt 500", "Máy xay mịn có", "Cải tạo nhà sơ chế", "Thiết kế bao bì; TCCS", "Vốn lưu động mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 450 == 350 + 100 and sum(items[:3]) == 300, "capital, fixed 300")
    p.check(close(100 * 0.07, 7) and close(kg[0] / 2300, 1.30, 0.01), "interest 7; +30 % on 2025")
    p.has("25.000 đồng/gói", "48.000 đồng/hũ", "190.000 đồng/kg", "bản cam kết bảo đảm an toàn thực phẩm",
          "tiêu chuẩn cơ sở", "tự công bố sản phẩm", "Cục Sở hữu trí tuệ", "túi lọc bụi")
    p.lacks(r"đăng ký|giấy chứng nhận|mã số thuế|chứng thực|hợp đồng hợp tác|giấy phép|thành lập|mã số hợp tác|hộ kinh doanh",
            "PLANTED no business registration or cooperation contract")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô",
            "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def au10() -> Plan:
    p = Plan("au10_tra_chanh_thach_dai_htx")
    bottles, lime, rev = p.row("Trà chanh chai 330"), p.row("Chanh tươi |"), p.row("Doanh thu (13.000")
    rev2 = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Chanh tươi (12.000", "Chè, mật ong, đường", "Chai, nắp, nhãn", "Điện, gas, nước",
                                 "Tiền lương 10", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(lime[y], bottles[y] * 0.06) and rev[y] == bottles[y] * 0.013 == rev2[y], f"lime, revenue {y}")
        p.check(close(lines[0][y], lime[y] * 0.012) and close(lines[1][y], bottles[y] * 0.0009)
                and close(lines[2][y], bottles[y] * 0.0022) and close(lines[3][y], bottles[y] * 0.0003)
                and lines[4][y] == 10 * 5.5 * 12 and lines[5][y] == 125 and close(lines[6][y], [700, 525, 350][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.10) and lines[8][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, 15 % tax {y}")
        p.check(bottles[y] <= 3000 * 250 and lime[y] <= 60000, f"line 750.000 chai, lime 60 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(bottles[0] / 110000, 1.36, 0.01), "+36 % on 2025 with the new line")
    items = [p.one(x) for x in ("Nhà xưởng 200", "Dây chuyền rửa chai", "Máy ép chanh", "Bao bì, nhãn, TCCS", "Vốn lưu động")]
    stated = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == 1780 and stated == 2000 and off(stated, sum(items)),
            "PLANTED investment table total 2.000 != items 1.780 (+12 %)")
    p.check(1300 + 700 == stated, "sources match the stated total (tolerated capital-mismatch against the items)")
    p.check(sum(items[:3]) == 1250 and close(1250 / 10, 125), "fixed 1.250, depreciation 125")
    avg = avg1(post)
    p.check(avg == 345.8, "average profit 345,8")
    for base, what in ((2000 / (avg + 125), "stated total"), (1780 / (avg + 125), "items"), (2000 / avg, "no depreciation"),
                       (1780 / avg, "items, no depreciation"), (2000 / (avg1(pre) + 125), "pre-tax")):
        p.check(off(1.3, base), f"PLANTED payback 1,3 != {base:.2f} ({what})")
    p.has("2.000 : (345,8 + 125) ≈ 1,3 năm", "(206,5 + 345,8 + 485,1) : 3 ≈ 345,8")
    market = p.section("# Phần 7: Thị trường", "# Phần 8")
    p.check(not re.search(r"đồng|\bđ\b|giá|khách|đại lý|siêu thị|cửa hàng|quán|chợ|hợp đồng|công ty|trường học|online|sàn|"
                          r"facebook|zalo|hội chợ|xuất khẩu|phân phối|bán", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"đại lý|siêu thị|cửa hàng|khách hàng|nhà phân phối|hội chợ|facebook|zalo|shopee|bán lẻ|bán buôn|\bquán\b|"
            r"hợp đồng tiêu thụ|trường học|xuất khẩu|sàn thương mại|tiktok|website", "PLANTED no sales channel anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-2:2010/BYT", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "bể lắng 3 ngăn")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("au11_xoi_gac_yen_ho_so_sai")
    a.check(40 * 35000 == 1.4e6, "40 hộp × 35.000 = 1,4 triệu a day (not stated, only the parts)")
    a.has("khoảng 40 hộp xôi", "35.000 đồng/hộp", "khoảng 50 triệu đồng", "đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|Sở hữu trí tuệ", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("au12_dua_gia_cam_trung_so_sai")
    b.has("khoảng 30 kg dưa", "20.000 đồng/kg", "chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|Sở hữu trí tuệ|giấy chứng nhận", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    shared = set(re.split(r"(?<=[.!?])\s+", a.body)) & set(re.split(r"(?<=[.!?])\s+", b.body))
    a.check(not {s for s in shared if len(s) > 40}, "the two sketchy plans share no sentence")
    return [a, b]


def no_shared_sentences(plans: list[Plan]) -> None:
    """No sentence of 60+ characters appears in two plans (boilerplate is not planted)."""
    seen: dict[str, str] = {}
    for p in plans:
        for s in re.split(r"(?<=[.!?:;])\s+|\n", p.body):
            s = s.strip(" -|")
            if len(s) < 60:
                continue
            if s in seen and seen[s] != p.stem:
                p.failures.append(f"sentence shared with {seen[s]}: {s[:70]!r}")
            seen.setdefault(s, p.stem)


def main() -> int:
    plans = [fn() for fn in (au01, au02, au03, au04, au05, au06, au07, au08, au09, au10)] + sketchy()
    no_shared_sentences(plans)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
