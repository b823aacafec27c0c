"""The ninety-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout96/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth, staff tables, the past-years tables. Planted numeric
defects are asserted wrong by more than 5 % (with the true value computed) and everything else
right (within 1 %). Table figures are read from the plan's source; figures quoted in running text
are looked up verbatim, so the numbers cannot drift from the text. The textual planted defects
(no alcohol licence, no product standard, no environmental measure, a replaced instrument cited,
no label, a second producer name, no food-safety certificate, no trademark, no quality control)
are asserted by the absence or presence of their words. Ready plans cite no replaced instrument,
and no plan holds a template placeholder (table-of-contents dot leaders, which are followed by a
page number, are told apart from placeholders).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import Y, avg1, close, lines_sum, off  # noqa: E402,F401

# Replaced before the plans' dates (2026–2027): QĐ 1048 and QĐ 781 (by QĐ 148, 2023), QĐ 490
# (programme 2018–2020), NQ 123/2018 (Hà Tĩnh support policy, lapsed), the 2012 HTX law (by the
# 2023 law), NĐ 38/2012 and NĐ 89/2006 (by NĐ 15/2018 and NĐ 43/2017), NĐ 01/2021 (by NĐ 168/2025).
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018/NQ-HĐND|23/2012/QH13|38/2012|89/2006|"
            r"01/2021/NĐ-CP|\bhuyện\b")
# A template placeholder; a dot leader followed by a page number (table of contents) is not one.
PLACEHOLDER = r"……(?!\s*\d)|\.{4,}(?![.\s]*\d+\s*$)|\bxxx\b|\[[^\]]*(tên|nêu|ghi)[^\]]*\]"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def clean(self, ready: bool = True) -> None:
        for line in self.body.splitlines():
            if m := re.search(PLACEHOLDER, line, re.I):
                self.failures.append(f"placeholder: found {m.group(0)!r} in {line[:60]!r}")
        if ready:
            self.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")


def cs01() -> Plan:
    p = Plan("cs01_nuoc_mam_huong_kim_cty")
    chai, can, lit = p.row("Nước mắm cốt 35 độ đạm chai 500 ml"), p.row("Nước mắm 25 độ đạm can 2 lít"), p.row("Tổng sản lượng quy đổi")
    fish, salt = p.row("Cá cơm tươi |"), p.row("Muối hạt |")
    staff = p.row("Cộng |")
    rev, r1, r2 = p.row("Doanh thu |", skip=1), p.row("Chai 500 ml (75.000"), p.row("Can 2 lít (110.000")
    cost = p.row("Chi phí |")
    names = ("Cá cơm tươi |", "Muối hạt |", "Chai, can, nắp, nhãn", "Tiền lương", "Điện, nước |", "Khấu hao tài sản",
             "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")
    lines = [p.row(x, skip=1 if i < 2 else 0) for i, x in enumerate(names)]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế", skip=1)
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2, f"litres {y}")
        p.check(close(fish[y], lit[y] * 1.6) and close(salt[y], fish[y] * 0.3), f"fish 1,6 kg/l, salt 30 % {y}")
        p.check(close(r1[y], chai[y] * 0.075) and close(r2[y], can[y] * 0.11) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.014) and close(lines[1][y], salt[y] * 0.0025)
                and close(lines[2][y], chai[y] * 0.009 + can[y] * 0.012) and close(lines[4][y], lit[y] * 0.002),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7.5 * 12) and close(lines[5][y], 135)
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 200), f"wages, depreciation, interest, selling, overhead {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax profit {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fish[y] <= 80000 and salt[y] <= 25000 and fish[y] <= 60 * 1500, f"fish contract, salt contract, vats {y}")
        p.check(chai[y] + can[y] <= 2000 * 250, f"bottling line {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check([p.row(x, 3)[y] for x in ("Quản lý, kế toán", "Công nhân chượp", "Bán hàng, giao hàng") for y in Y] ==
            [3, 3, 3, 7, 8, 8, 2, 2, 3] and staff == [12, 13, 14], "staff table adds up")
    items = [p.one(x) for x in ("Nhà chiết rót và kho", "20 bể chượp composite", "Máy chiết rót, đóng nắp",
                                "Hệ thống xử lý nước thải, khử mùi |", "Thiết kế bao bì", "Vốn lưu động mua cá")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1200 + 800 and sum(items[:4]) == 1350, "capital 2.000, fixed 1.350")
    p.check(close(1350 / 10, 135), "depreciation 135")
    p.check(avg1(post) == 733.9 and close(2000 / (733.9 + 135), 2.3, 0.02), "average profit 733,9, payback 2,3")
    p.check(close(post[0] / rev[0], 0.144, 0.01) and close(post[2] / rev[2], 0.196, 0.01), "net margin 14,4–19,6 %")
    p.check(close(lit[0] / 28000, 1.14, 0.01) and close(lit[1] / lit[0], 1.16, 0.01) and close(lit[2] / lit[1], 1.135, 0.01),
            "+14 % on 2026, then +13–16 %")
    p.check(close(28000 * 1.6 / 60000, 0.75, 0.01), "2026 uses 75 % of the 60-tấn vats")
    past, prev, pprof = p.row("Sản lượng nước mắm"), p.row("Doanh thu |"), p.row("Lợi nhuận sau thuế")
    p.check(past == [22000, 25500, 28000] and all(0.1 < pprof[i] / prev[i] < 0.13 for i in Y), "2024–2026 results")
    p.check(60 * 1.5 == 90 and 2000 * 250 == 500000, "90 tấn vats, 500.000 chai")
    p.has("75.000 đồng/chai", "110.000 đồng/can", "32.000 lít năm 2027", "3.660 triệu đồng năm 2027",
          "4.780 triệu đồng năm 2029", "80 tấn cá cơm tươi/năm", "25 tấn/năm", "tổng sức chứa 90 tấn cá/năm",
          "(528,7 + 733,9 + 939,1) : 3 ≈ 733,9", "2.000 : (733,9 + 135) ≈ 2,3 năm", "Tổng vốn đầu tư 2.000 triệu đồng",
          "vốn chủ sở hữu 1.200 triệu đồng", "800 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc 200 triệu đồng",
          "lần lượt 64, 48 và 32 triệu đồng", "14.000 đồng/kg", "2.500 đồng/kg", "9.000 đồng/chai", "12.000 đồng/can",
          "từ 14,4% (năm 2027) đến 19,6% (năm 2029)", "đăng ký môi trường", "TCCS 01:2024/HK", "43/2017/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký nhãn hiệu", "HACCP")
    p.clean()
    return p


def cs02() -> Plan:
    p = Plan("cs02_choi_dot_son_lam_htx")
    big, mini, tot = p.row("Chổi đót cán tre loại lớn (chiếc)"), p.row("Chổi đót mini (chiếc)", skip=1), p.row("Cộng (chiếc)")
    dot, handles = p.row("Bông đót khô cần dùng"), p.row("Cán tre (cây)")
    rev, rb, rm = p.row("Doanh thu |"), p.row("Chổi lớn (45.000"), p.row("Chổi mini (20.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bông đót khô (18.000", "Cán tre, dây cước", "Tiền công khoán", "Túi giấy, nhãn",
                                 "Lương bộ phận", "Điện sấy", "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng",
                                 "Quản lý chung")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 7]
    for y in Y:  # đồng
        p.check(tot[y] == big[y] + mini[y] and handles[y] == big[y], f"count, handles {y}")
        p.check(close(dot[y], big[y] * 0.4 + mini[y] * 0.12) and dot[y] <= 14000 + 15000, f"đót need within 29 tấn {y}")
        p.check(close(rb[y], big[y] * 45000) and close(rm[y], mini[y] * 20000) and close(rev[y], rb[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], dot[y] * 18000) and close(lines[1][y], big[y] * 4000 + mini[y] * 1500)
                and close(lines[2][y], big[y] * 12000 + mini[y] * 5000) and close(lines[3][y], big[y] * 2500 + mini[y] * 1000)
                and close(lines[5][y], tot[y] * 500), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6e6 * 12) and close(lines[6][y], 60e6)
                and close(lines[7][y], [300e6, 200e6, 100e6][y] * 0.07) and close(lines[8][y], rev[y] * 0.06)
                and close(lines[9][y], 60e6), f"wages, depreciation, interest, selling, overhead {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3e9 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(big[y] / 12 + mini[y] / 30 <= 56 * 150 and dot[y] <= 400 * 2 * 60, f"workdays, dryer {y}")
        if y:
            p.check(1.05 < tot[y] / tot[y - 1] < 1.15 and rev[y] / rev[y - 1] < 1.15, f"growth 8–12 % {y}")
    p.check(close(big[2] / 12 + mini[2] / 30, 5433, 0.001) and 56 * 150 == 8400, "5.433 of 8.400 workdays")
    past_b, past_m, past_r = p.row("Chổi đót loại lớn (chiếc)"), p.row("Chổi đót mini (chiếc)"), p.row("Doanh thu (đồng)")
    p.check(all(close(past_r[i], past_b[i] * pb + past_m[i] * pm) for i, (pb, pm) in
                enumerate([(42000, 18000), (43000, 19000), (45000, 20000)])), "2024–2026 revenue = count × price")
    p.check(close(tot[0] / (past_b[2] + past_m[2]), 1.17, 0.01), "+17 % on 2026")
    items = [p.one(x) for x in ("Nhà kho và xưởng", "Buồng sấy đót 400", "4 máy ép", "Máy hàn túi", "Thiết kế bao bì",
                                "Vốn lưu động mua đót")]
    p.check(sum(items) == p.one("Tổng cộng") == 1e9 == 500e6 + 200e6 + 300e6 and sum(items[:4]) == 600e6,
            "capital 1 tỷ, fixed 600 triệu")
    p.check(close(600e6 / 10, 60e6) and sum(post) / 3 == 348398000, "depreciation, average profit")
    p.check(close(1e9 / (348398000 + 60e6), 2.4, 0.025), "payback 2,4")
    p.check(close(lines[2][0] / 56, 11.8e6, 0.005) and close(lines[2][2] / 56, 14.1e6, 0.005), "khoán per worker")
    households = [r for r in p.rows if len(r) == 5 and r[0].isdigit() and r[2].startswith("Thôn")]
    p.check(len(households) == 28 and sum(int(r[3]) for r in households) == 56 == p.row("Cộng |", 2)[0]
            and sum(plancheck.vn(r[4]) for r in households) == 14000 == p.row("Cộng |", 2)[1], "appendix totals")
    p.has("45.000 đồng/chiếc", "20.000 đồng/chiếc", "khoảng 14.000 kg đót khô/năm", "15.000 kg/năm, giá 18.000 đồng/kg",
          "Tổng nguồn cung 29.000 kg/năm", "54.000 : 12 + 28.000 : 30 ≈ 5.433 ngày công", "tổng 8.400 ngày công/năm",
          "(304.028.000 + 332.894.000 + 408.272.000) : 3 = 348.398.000", "1.000.000.000 : (348.398.000 + 60.000.000) ≈ 2,4 năm",
          "Tổng vốn đầu tư 1.000.000.000 đồng", "vốn góp bổ sung của 28 hộ thành viên 500.000.000 đồng",
          "quỹ đầu tư phát triển của hợp tác xã 200.000.000 đồng", "300.000.000 đồng, lãi suất 7%/năm",
          "12.000 đồng/chổi lớn và 5.000 đồng/chổi mini", "6.000.000 đồng/người/tháng", "TCCS 01:2026/HTXSL",
          "43/2017/NĐ-CP", "đơn đăng ký đã nộp Cục Sở hữu trí tuệ", "thay mặt 28 hộ thành viên")
    p.clean()
    return p


def cs03() -> Plan:
    p = Plan("cs03_ga_doi_huong_xuan_hkd")
    chicks, feed = p.row("Gà giống 1 ngày tuổi"), p.row("Thức ăn hỗn hợp, ngô")
    chicks2, sold, live, ready = (p.row("Gà giống nhập nuôi"), p.row("Gà xuất bán", skip=1),
                                  p.row("Trong đó: gà sống"), p.row("Trong đó: gà làm sẵn"))
    rev, rl, rr = p.row("Doanh thu |", skip=1), p.row("Gà sống (95.000"), p.row("Gà làm sẵn (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gà giống (12.000", "Thức ăn (11.000", "Vắc xin, thuốc thú y", "Giết mổ, túi, nhãn",
                                 "Lương lao động thuê", "Điện, nước |", "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng",
                                 "Thuế GTGT, TNCN", "Chi khác |")]
    prof = p.row("Lợi nhuận |", skip=1)
    hired = [3, 4, 4]
    for y in Y:  # nghìn đồng
        p.check(chicks == chicks2 and close(sold[y], chicks[y] * 0.95) and sold[y] == live[y] + ready[y], f"flock {y}")
        p.check(close(feed[y], chicks[y] * 6.5) and feed[y] <= 55000 and chicks[y] <= 8500, f"feed 6,5 kg, contracts {y}")
        p.check(chicks[y] <= 600 * 7.5 * 2 and chicks[y] / 2 <= 4 * 1125, f"pens 9.000 a year, 4.500 a batch {y}")
        p.check(close(rl[y], live[y] * 2 * 95) and close(rr[y], ready[y] * 220) and close(rev[y], rl[y] + rr[y]), f"revenue {y}")
        p.check(close(lines[0][y], chicks[y] * 12) and close(lines[1][y], feed[y] * 11) and close(lines[2][y], chicks[y] * 4)
                and close(lines[3][y], ready[y] * 20), f"per-unit costs {y}")
        p.check(close(lines[4][y], hired[y] * 6000 * 12) and close(lines[6][y], 45000)
                and close(lines[7][y], [200000, 150000, 100000][y] * 0.07) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(0.1 < prof[y] / rev[y] < 0.2, f"margin {y}")
        if y:
            p.check(1.1 < sold[y] / sold[y - 1] < 1.13 and rev[y] / rev[y - 1] < 1.15, f"growth 11–12 % {y}")
    p.check(close(sold[0] / 5400, 1.126, 0.001), "+12,6 % on 2026")
    p.check(5400 / 0.95 <= 450 * 7.5 * 2 and 450 * 7.5 == 3375, "2026 within the old 3 pens")
    past, prev = p.row("Gà xuất bán"), p.row("Doanh thu |")  # the past table comes first
    p.check(past == [4000, 4800, 5400] and all(180 < prev[i] * 1000 / past[i] < 210 for i in Y), "2024–2026 ≈ 190–200 k/con")
    items = [p.one(x) for x in ("1 dãy chuồng mới", "Hàng rào lưới", "Máy hút chân không", "Hệ thống nước uống",
                                "Hầm ủ phân", "Thiết kế nhãn", "Vốn lưu động (con giống")]
    p.check(sum(items) == p.one("Tổng cộng") == 500000 == 300000 + 200000 and sum(items[:5]) == 360000, "capital, fixed 360")
    p.check(close(360000 / 8, 45000) and sum(prof) / 3 == 240946, "depreciation, average profit")
    p.check(close(500000 / (240946 + 45000), 1.75, 0.005), "payback 1,75")
    batches = [r for r in p.rows if len(r) == 5 and r[0] in "1234" and "/20" in r[1]]
    p.check(len(batches) == 4 and sum(plancheck.vn(r[3]) for r in batches) == chicks[0] == p.row("Cộng |", 1)[0]
            and all(plancheck.vn(r[3]) / 2 <= 1125 for r in batches), "flock schedule adds up, 800 per pen")
    p.has("95.000 đồng/kg (190.000 đồng/con)", "220.000 đồng/con", "8.500 con/năm, giá 12.000 đồng/con",
          "6,5 kg/con giống", "55 tấn/năm, giá bình quân 11.000 đồng/kg", "công suất 9.000 con giống/năm",
          "mỗi đợt tối đa 4.500 con", "(217.212 + 216.946 + 288.680) : 3 = 240.946", "500.000 : (240.946 + 45.000) ≈ 1,75 năm",
          "Tổng vốn đầu tư 500 triệu đồng", "vốn tự có của gia đình 300 triệu đồng", "200 triệu đồng, lãi suất 7%/năm, trả gốc 50",
          "1.215.200 nghìn đồng năm 2027", "1.528.000 nghìn đồng năm 2029", "tăng 12,6%", "TCCS 01:2026/GĐHX",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "VietGAHP", "kê khai hoạt động chăn nuôi",
          "hầm ủ", "bể lắng")
    p.clean()
    return p


def cs04() -> Plan:
    p = Plan("cs04_muoi_sach_ky_ninh_htx")
    t1, t25, h, tot = (p.row("Muối hạt i-ốt túi 1 kg"), p.row("Muối hạt i-ốt bao 25 kg"), p.row("Muối tinh i-ốt hũ 500 g"),
                       p.row("Cộng |"))
    raw = p.row("Muối nguyên liệu cần dùng")
    bags, sacks, jars = [t1[y] * 1000 for y in Y], [t25[y] * 1000 / 25 for y in Y], [h[y] * 1000 / 0.5 for y in Y]
    rev, ra, rb, rc = p.row("Tổng doanh thu"), p.row("Túi 1 kg (8.000"), p.row("Bao 25 kg (75.000"), p.row("Hũ 500 g (16.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Muối nguyên liệu (2.000", "I-ốt (kali iodat)", "Túi, bao, hũ, nhãn", "Tiền lương",
                                 "Điện sấy, nước", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [7, 8, 8]
    for y in Y:  # triệu đồng; tấn
        p.check(tot[y] == t1[y] + t25[y] + h[y] and close(raw[y], tot[y] * 1.1), f"tonnes, raw salt 1,1 {y}")
        p.check(raw[y] <= 480 <= 8 * 65 and tot[y] <= 250 * 8 * 250 / 1000, f"purchase contract, dryer 500 tấn {y}")
        p.check(close(ra[y], bags[y] * 0.008) and close(rb[y], sacks[y] * 0.075) and close(rc[y], jars[y] * 0.016)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 1000 * 0.002) and close(lines[1][y], tot[y] * 1000 * 0.00004)
                and close(lines[2][y], bags[y] * 0.0007 + sacks[y] * 0.006 + jars[y] * 0.003)
                and close(lines[4][y], tot[y] * 1000 * 0.00015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[5][y], 80) and close(lines[6][y], [400, 300, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15 and tot[y] / tot[y - 1] < 1.15, f"growth {y}")
    p.check([bags, sacks, jars] == [[120000, 136000, 152000], [8000, 8800, 9600], [40000, 48000, 56000]], "sale units")
    p.check(close(tot[0] / 295, 1.15, 0.01), "+15 % on 2026")
    items = [p.one(x) for x in ("Nhà xưởng sơ chế", "Kho chứa muối 200", "Máy rửa, ly tâm", "Máy đóng gói tự động",
                                "Thiết kế bao bì", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 500 + 300 + 400 and sum(items[:4]) == 800, "capital 1,2 tỷ, fixed 800")
    p.check(avg1(post) == 405.4 and close(1200 / (405.4 + 80), 2.5, 0.02), "average profit, payback 2,5")
    p.check(close(rev[0] / 1000, 2.2) and close(rev[2] / 1000, 2.83, 0.005), "2,2 and 2,83 tỷ")
    teams = [p.row(f"Tổ {i}", 3) for i in range(1, 6)]
    p.check([sum(t[i] for t in teams) for i in range(3)] == p.row("Cộng |", 3, skip=1) == [46, 18, 8], "teams add up")
    p.check(close(2000 / 1250, 1.6), "2.000 đ is ~60 % above 1.000–1.300 đ")
    p.check(p.count("HTX Diêm nghiệp Kỳ Ninh – Phương án SXKD giai đoạn 2027 – 2029") == 4, "footer-like line, 4 times")
    p.has("8.000 đồng/túi", "75.000 đồng/bao", "16.000 đồng/hũ", "340 tấn năm 2027, 380 tấn năm 2028 và 420 tấn năm 2029",
          "khoảng 520 tấn muối sạch/năm", "tổng cộng 480 tấn/năm, giá 2.000 đồng/kg", "công suất sấy 500 tấn/năm",
          "(300,4 + 385 + 530,9) : 3 ≈ 405,4", "1.200 : (405,4 + 80) ≈ 2,5 năm", "Tổng vốn 1,2 tỷ đồng",
          "vốn góp bổ sung của thành viên 500 triệu đồng", "quỹ đầu tư phát triển của hợp tác xã 300 triệu đồng",
          "400 triệu đồng, lãi suất 7%/năm, trả gốc 100", "748 – 924 triệu đồng/năm", "09/2016/NĐ-CP", "TCVN 3974:2015",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu",
          "đăng ký môi trường", "mã lô")
    p.clean()
    return p


def cs05() -> Plan:
    p = Plan("cs05_ruou_nep_cai_duc_linh_htx")
    ch, bi, lit = p.row("Rượu nếp cái chai 500 ml"), p.row("Rượu nếp cái bình gốm 2 lít"), p.row("Sản lượng rượu quy đổi")
    rice, yeast = p.row("Gạo nếp cái hoa vàng"), p.row("Men lá |")
    rev, rc, rb = p.row("Doanh thu |", skip=1), p.row("Chai 500 ml (80.000"), p.row("Bình gốm 2 lít (240.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp (22.000", "Men lá, củi, điện", "Chai, bình, nút", "Tiền lương", "Khấu hao tài sản",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 9]
    supply = round(8 * 4.5 * 0.6 * 1000)  # kg of rice a year, the only stated source
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 2 and close(yeast[y], rice[y] * 0.02), f"litres, yeast {y}")
        p.check(close(rc[y], ch[y] * 0.08) and close(rb[y], bi[y] * 0.24) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], ch[y] * 0.012 + bi[y] * 0.045), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [600, 450, 300][y] * 0.07) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[7][y], 120), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(rice[y] <= 150 * 300 and lit[y] <= 30000, f"still capacity 45 tấn rice / 30.000 l {y}")
        # PLANTED material-shortfall: the plan's own norm against its only stated supply
        p.check(close(rice[y], lit[y] * 1.5) and rice[y] > supply and off(rice[y], supply),
                f"PLANTED rice need {rice[y]:.0f} kg > {supply:.0f} kg supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15 and lit[y] / lit[y - 1] < 1.15, f"growth {y}")
    p.check(supply == 21600 and close(rice[0] / supply, 1.25, 0.001) and close(rice[2] / supply, 1.597, 0.001),
            "PLANTED shortfall 25 % (2027) to 60 % (2029)")
    p.check(14000 * 1.5 <= supply, "the 2026 output was still within the members' rice")
    p.check(close(lit[0] / 14000, 1.29, 0.01), "+29 % on 2026 with the new still")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Hệ thống nấu, chưng cất inox", "Bồn lão hóa inox",
                                "Máy lọc, chiết rót", "Bể lắng, hệ thống xử lý", "Thiết kế bao bì", "Vốn lưu động mua gạo")]
    p.check(sum(items) == p.one("Cộng |", 1) == 1500 == 600 + 300 + 600 and sum(items[:5]) == 1000, "capital 1.500, fixed 1.000")
    avg = avg1(post)
    p.check(avg == 515.8 and 0.15 <= post[0] / rev[0] and post[2] / rev[2] < 0.195, "average 515,8, margin 15–19 %")
    true_pb, bare_pb = 1500 / (avg + 100), 1500 / avg
    p.check(close(true_pb, 2.44, 0.01) and close(bare_pb, 2.91, 0.01) and off(1.2, true_pb) and off(1.2, bare_pb),
            "PLANTED payback 1,2 years stated; true 2,4 (2,9 without depreciation)")
    p.has("thu hồi vốn đầu tư sau khoảng 1,2 năm (14 tháng)", "Lợi nhuận sau thuế bình quân 515,8 triệu đồng/năm")
    cust = [p.row(x, 2) for x in ("Đại lý Thanh Hương", "Cửa hàng đặc sản Lam Hồng", "Đại lý Minh Tâm", "Đại lý Quảng Phát")]
    p.check([sum(c[i] for c in cust) for i in (0, 1)] == p.row("Cộng |", 2) == [14000, 1500]
            and 14000 <= ch[0] and 1500 <= bi[0], "customer appendix adds up, within the 2027 plan")
    p.has("80.000 đồng/chai", "240.000 đồng/bình", "1,5 kg gạo nếp cho 1 lít", "khoảng 21,6 tấn gạo nếp",
          "bảo đảm đủ nguyên liệu cho sản xuất của cả giai đoạn", "45 tấn gạo/năm, tương đương 30.000 lít rượu",
          "Tổng vốn đầu tư 1.500 triệu đồng", "vốn góp của thành viên 600 triệu đồng", "quỹ đầu tư phát triển của hợp tác xã 300",
          "600 triệu đồng, thời hạn 4 năm, lãi suất 7%/năm, trả gốc 150", "18.000 lít năm 2027", "2.640 triệu đồng năm 2027",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/ĐL", "QCVN 6-3:2010/BYT", "nồng độ cồn",
          "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường", "bể lắng")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm mục đích kinh doanh|Phòng Kinh tế",
            "PLANTED no alcohol production licence anywhere")
    p.lacks(r"mua thêm|mua ngoài|thị trường tự do|nhập thêm gạo|hộ ngoài hợp tác xã|thương lái",
            "PLANTED no second rice source")
    p.clean()
    return p


def cs06() -> Plan:
    p = Plan("cs06_tinh_dau_tram_ky_thuong_cty")
    c50, c100, can, lit = p.row("Chai 50 ml |"), p.row("Chai 100 ml |"), p.row("Can 1 lít |"), p.row("Tổng tinh dầu")
    leaf, staff = p.row("Lá tràm tươi cần dùng"), p.row("Cộng |")
    rev, ra, rb, rc = (p.row("Doanh thu |", skip=1), p.row("Chai 50 ml (80.000"), p.row("Chai 100 ml (140.000"),
                       p.row("Can 1 lít (1.100.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Lá tràm (1.200", "Nhiên liệu, điện, nước", "Chai, hộp, nhãn, can", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    capacity_leaf = 2 * 500 * 2 * 220 / 1000  # tấn a year after the 2027 investment
    capacity_oil = capacity_leaf * 1000 * 0.005
    for y in Y:  # tỷ đồng
        p.check(close(lit[y], c50[y] * 0.05 + c100[y] * 0.1 + can[y]) and close(leaf[y], lit[y] * 0.2), f"litres, 200 kg leaf/l {y}")
        p.check(leaf[y] <= 650, f"leaf contract 650 tấn {y}")
        p.check(close(ra[y], c50[y] * 80000 / 1e9) and close(rb[y], c100[y] * 140000 / 1e9) and close(rc[y], can[y] * 1.1e-3)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 1.2e-3) and close(lines[1][y], lit[y] * 1e-4)
                and close(lines[2][y], c50[y] * 9e-6 + c100[y] * 12e-6 + can[y] * 30e-6), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12 / 1000) and close(lines[4][y], 0.12)
                and close(lines[5][y], [0.8, 0.6, 0.4][y] * 0.08) and close(lines[6][y], rev[y] * 0.1)
                and close(lines[7][y], 0.15), f"wages, depreciation, interest, selling {y}")
        p.check(close(pre[y], rev[y] - cost[y]), f"profit = revenue - stated total {y}")
        rate = 0.15 if rev[y] <= 3 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.35, f"growth under 35 % {y}")
    p.check(close(cost[0], lines_sum(lines, 0)) and close(cost[2], lines_sum(lines, 2)), "2027 and 2029 totals right")
    p.check(close(lines_sum(lines, 1), 2.642, 0.001) and off(cost[1], lines_sum(lines, 1)),
            "PLANTED 2028 total 2,442 != 2,642 (sum of the lines)")
    true_pre1 = rev[1] - lines_sum(lines, 1)
    p.check(close(true_pre1, 0.958, 0.001) and off(pre[1], true_pre1), "tolerated knock-on: 2028 profit 1,158 vs 0,958")
    p.check(capacity_leaf == 440 and capacity_oil == 2200, "stated capacity 440 tấn leaves, 2.200 l")
    p.check(lit[0] <= capacity_oil and leaf[0] <= capacity_leaf, "2027 within capacity")
    p.check(all(lit[y] > capacity_oil and off(lit[y], capacity_oil) and leaf[y] > capacity_leaf for y in (1, 2)),
            "PLANTED 2028 and 2029 output (2.600, 3.000 l) above the 2.200 l capacity")
    p.check(close(lit[1] / capacity_oil, 1.18, 0.01) and close(lit[2] / capacity_oil, 1.364, 0.01), "+18 % and +36 %")
    p.lacks(r"đầu tư (thêm|bổ sung) (nồi|thiết bị)|nồi (thứ ba|thứ 3)|3 nồi|ca đêm|tăng ca|3 mẻ", "no extra still or shift")
    p.check(1600 * 0.2 <= 2 * 400 * 2 * 220 / 1000 and close(lit[0] / 1600, 1.25), "2026 within the old stills, +25 %")
    items = [p.one(x) for x in ("Nhà xưởng chưng cất", "2 nồi chưng cất inox", "Bình phân ly", "Hệ thống xử lý nước thải",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(close(sum(items), p.one("Tổng cộng")) and close(sum(items), 2.0) and close(sum(items[:4]), 1.2), "capital 2 tỷ, fixed 1,2")
    avg = round(sum(post) / 3, 3)
    p.check(avg == 0.828 and close(2.0 / (avg + 0.12), 2.1, 0.01), "stated average 0,828, payback 2,1")
    true_avg = (post[0] + true_pre1 * 0.83 + post[2]) / 3
    p.check(close(2.0 / (true_avg + 0.12), 2.24, 0.01) and off(2.0 / (true_avg + 0.12), 2.1), "tolerated payback knock-on 2,24")
    sup = [p.row(x, 3) for x in ("Thôn Tân Thượng", "Thôn Đá Bàn", "Thôn Xuân Lạc", "Thôn Tây Sơn")]
    p.check([sum(r[i] for r in sup) for i in range(3)] == p.row("Cộng |", 3, skip=1) == [120, 216, 650], "suppliers add up")
    p.check(p.row("Cộng |") == [9, 10, 10] and [sum(p.row(x)[y] for x in ("Quản lý, kế toán", "Vận hành chưng cất",
            "Chiết rót, đóng gói")) for y in Y] == [9, 10, 10], "staff table")
    p.has("80.000 đồng/chai", "140.000 đồng/chai", "1.100.000 đồng/lít", "650 tấn lá/năm, giá 1.200 đồng/kg",
          "2 nồi × 500 kg × 2 mẻ/ngày × 220 ngày = 440 tấn lá/năm", "khoảng 2.200 lít tinh dầu/năm",
          "(0,469 + 0,961 + 1,054) : 3 = 0,828", "2,0 : (0,828 + 0,12) ≈ 2,1 năm", "Tổng vốn đầu tư 2,0 tỷ đồng",
          "vốn chủ sở hữu 1,2 tỷ đồng", "0,8 tỷ đồng, lãi suất 8%/năm, trả gốc 0,2", "2.000 lít năm 2027, 2.600 lít năm 2028",
          "43/2017/NĐ-CP", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "Cục Sở hữu trí tuệ", "đăng ký môi trường",
          "mã lô")
    p.lacks(r"tiêu chuẩn|chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|\bISO\b|phiếu công bố|thử nghiệm",
            "PLANTED no product standard, notification, declaration or laboratory test")
    p.clean()
    return p


def cs07() -> Plan:
    p = Plan("cs07_nuoc_mam_hai_ly_hkd")
    a, b, c, lit = p.row("Chai 500 ml |", skip=0), p.row("Chai 1 lít |"), p.row("Can 5 lít |"), p.row("Sản lượng quy đổi")
    fish, salt = p.row("Cá cơm tươi |"), p.row("Muối hạt |")
    d500, d1, d5 = p.row("Chai 500 ml |", skip=1), p.row("Chai 1 lít |", skip=1), p.row("Can 5 lít |", skip=1)
    total27 = p.row("Cộng |", 1)[0]
    rev, cost = p.row("Doanh thu |", skip=1), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá cơm (13.000", "Muối (2.000", "Chai, can, nắp, nhãn", "Lương lao động thuê", "Điện, nước |",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng", "Thuế khoán", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    hired = [4, 4, 5]
    true = [a[y] * 0.06 + b[y] * 0.07 + c[y] * 0.25 for y in Y]
    for y in Y:  # triệu đồng
        p.check(lit[y] == a[y] * 0.5 + b[y] + c[y] * 5 and fish[y] == lit[y] * 2 and salt[y] == fish[y] / 4, f"litres, fish, salt {y}")
        p.check(fish[y] <= 40000 and fish[y] <= 20 * 2000 and a[y] + b[y] + c[y] <= 800 * 250, f"boats, vats, bottling {y}")
        p.check(close(lines[0][y], fish[y] * 0.013) and close(lines[1][y], salt[y] * 0.002)
                and close(lines[2][y], a[y] * 0.007 + b[y] * 0.005 + c[y] * 0.015) and close(lines[4][y], lit[y] * 0.001),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], hired[y] * 6 * 12) and close(lines[5][y], 30) and close(lines[6][y], [200, 150, 100][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[8][y], rev[y] * 0.015) and close(lines[9][y], 20),
                f"wages, depreciation, interest, selling, tax on the stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(prof[y] / rev[y] < 0.3, f"margin under 30 % {y}")
    p.check(close(rev[1], true[1]) and close(rev[2], true[2]), "2028 and 2029 revenue = volume × price")
    p.check(d500 == [a[0], 60000, 720] and d1 == [b[0], 70000, 350] and close(d500[0] * d500[1] / 1e6, d500[2])
            and close(d1[0] * d1[1] / 1e6, d1[2]), "2027 bottle rows right")
    p.check(d5[:2] == [600, 250000] and d5[0] * d5[1] / 1e6 == 150 and off(d5[2], 150), "PLANTED can row 240 != 600 × 250.000 = 150")
    p.check(close(total27, d500[2] + d1[2] + d5[2]) and rev[0] == total27 and true[0] == 1220 and off(rev[0], true[0]),
            "PLANTED 2027 revenue 1.310 != 1.220 (+7,4 %); the total adds up its rows")
    past_l, past_r = p.row("Sản lượng nước mắm"), p.row("Doanh thu |")
    p.check(close(true[0] / lit[0], past_r[2] / past_l[2], 0.01), "true 2027 price per litre = 2026's (87.000 đ/l)")
    p.check(close(lit[0] / 12000, 1.167, 0.001) and 12000 * 2 == 12 * 2000, "+16,7 % on 2026; 2026 filled the 12 vats")
    items = [p.one(x) for x in ("Mở rộng nhà chượp", "8 thùng chượp gỗ", "Máy lọc, máy chiết", "Kệ kho", "Bao bì, nhãn",
                                "Vốn lưu động mua cá")]
    p.check(sum(items) == p.one("Tổng cộng") == 400 == 200 + 200 and sum(items[:4]) == 300, "capital 400, fixed 300")
    avg = sum(prof) / 3
    p.check(close(avg, 366.25, 0.001) and close(400 / (avg + 30), 1.0, 0.02), "stated average 366,25, payback 1,0")
    true_prof0 = true[0] - (cost[0] - (rev[0] - true[0]) * 0.075)
    true_avg = (true_prof0 + prof[1] + prof[2]) / 3
    p.check(close(true_prof0, 266.5, 0.001) and close(400 / (true_avg + 30), 1.085, 0.01) and off(400 / (true_avg + 30), 1.0),
            "tolerated payback knock-on 1,09")
    boats = [r for r in p.rows if len(r) == 4 and r[0].isdigit() and r[2].startswith("HT-")]
    p.check(len(boats) == 6 and sum(plancheck.vn(r[3]) for r in boats) == 40000 == p.row("Cộng |", 1, skip=1)[0], "boats add up")
    p.has("60.000 đồng/chai", "70.000 đồng/chai", "250.000 đồng/can", "14.000 lít năm 2027", "1.310 triệu đồng",
          "thỏa thuận 40 tấn/năm", "tổng sức chứa 40 tấn cá/năm", "(349,75 + 362,5 + 386,5) : 3 ≈ 366,25",
          "400 : (366,25 + 30) ≈ 1,0 năm", "Tổng vốn đầu tư 400 triệu đồng", "vốn tự có của gia đình 200 triệu đồng",
          "200 triệu đồng, lãi suất 7%/năm, trả gốc 50", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2025/HL", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND", "Phòng Nông nghiệp và Phát triển nông thôn huyện Kỳ Anh")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg|51/2021|165/2025", "PLANTED the current instruments are not cited")
    p.lacks(r"môi trường|nước thải|nước rửa|khử mùi|mùi hôi|xử lý|chất thải|\brác\b|bể lắng|\bbã\b|xác mắm|thu gom|ô nhiễm|"
            r"phân bón|đăng ký môi",
            "PLANTED no environmental measure anywhere")
    p.clean(ready=False)
    return p


def cs08() -> Plan:
    p = Plan("cs08_mat_ong_hoa_hai_tht")
    jars, bottles, kg = p.row("Mật ong rừng hũ 500 g"), p.row("Mật ong hoa keo chai 1 kg"), p.row("Tổng mật ong")
    nd, kd, nh, kh = p.row("Đàn ong nội"), p.row("Đàn ong ngoại"), p.row("Mật ong nội khai thác"), p.row("Mật ong ngoại khai thác")
    rev, rn, rk = p.row("Doanh thu |", skip=1), p.row("Mật ong rừng (180.000"), p.row("Mật ong keo (130.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thu mua mật của tổ viên", "Hũ, chai, nắp, hộp", "Điện hạ thủy phần", "Thù lao bộ phận chung",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Thuế GTGT, TNCN", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == jars[y] * 0.5 + bottles[y], f"kg {y}")
        p.check(nh[y] == nd[y] * 10 and kh[y] == kd[y] * 25 and jars[y] * 0.5 <= nh[y] and bottles[y] <= kh[y]
                and nh[y] + kh[y] - kg[y] == 1200, f"honey within the colonies, 1.200 kg kept {y}")
        p.check(kg[y] <= 200 * 2 * 100, f"dehumidifier 40 tấn {y}")
        p.check(close(rn[y], jars[y] * 180) and close(rk[y], bottles[y] * 130) and close(rev[y], rn[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], jars[y] * 0.5 * 220 + bottles[y] * 75) and close(lines[1][y], jars[y] * 12 + bottles[y] * 10)
                and close(lines[2][y], kg[y] * 2), f"per-kg costs {y}")
        p.check(close(lines[3][y], 3 * 6000 * 12) and close(lines[4][y], 30000) and close(lines[5][y], [150000, 100000, 50000][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], rev[y] * 0.015) and close(lines[8][y], 30000),
                f"fees, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(kg[0] / 10800, 1.11, 0.01), "+11 % on 2026")
    past_n, past_k, past_kg = p.row("Số đàn ong nội"), p.row("Số đàn ong ngoại"), p.row("Mật ong bán ra")
    p.check(all(past_kg[i] <= past_n[i] * 10 + past_k[i] * 25 for i in Y), "2024–2026 sales within the colonies")
    items = [p.one(x) for x in ("Nhà sơ chế, kho mật", "Máy hạ thủy phần", "Bồn lắng inox", "Thiết kế bao bì", "Vốn lưu động thu mua")]
    total, sources = p.one("Tổng cộng"), [p.one("Vốn góp của 12 tổ viên"), p.one("Vay Ngân hàng Nông nghiệp")]
    p.check(sum(items) == total == 600000 and sum(items[:3]) == 240000 and close(240000 / 8, 30000), "items 600, fixed 240")
    p.check(sum(sources) == p.one("Cộng nguồn vốn") == 500000 and off(sum(sources), total),
            "PLANTED sources 350 + 150 = 500 triệu != 600 triệu invested (-16,7 %)")
    p.check(sum(prof) / 3 == 294820 and close(600000 / (294820 + 30000), 1.85, 0.01), "average profit, payback 1,8")
    mem = [r for r in p.rows if len(r) == 4 and r[0].isdigit() and not r[1].startswith(("Nhà", "Máy", "Bồn", "Thiết", "Vốn", "Vay"))]
    p.check(len(mem) == 12 and [sum(int(r[i]) for r in mem) for i in (2, 3)] == p.row("Cộng |", 2) == [nd[0], kd[0]],
            "members' colonies add up to 320 / 400")
    p.has("180.000 đồng/hũ", "130.000 đồng/chai", "12.000 kg năm 2027", "2.250.000 nghìn đồng năm 2027",
          "ong nội 10 kg mật/đàn/năm; ong ngoại 25 kg mật/đàn/năm", "(công suất 40 tấn/năm)",
          "(228.750 + 294.820 + 360.890) : 3 = 294.820", "600.000 : (294.820 + 30.000) ≈ 1,8 năm", "Tổng vốn đầu tư 600 triệu đồng",
          "220.000 đồng/kg mật ong nội và 75.000 đồng/kg mật ong ngoại", "TCCS 01:2026/THT-HH", "TCVN 5267-1:2008",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nhãn hiệu tập thể", "nhật ký nuôi ong")
    p.check(p.count("Tổ hợp tác Nuôi ong Hòa Hải") == 1 and p.count("TỔ HỢP TÁC NUÔI ONG HÒA HẢI") == 1
            and p.count("Tổ hợp tác Ong mật Sơn Kim") == 2, "PLANTED a second producer name, twice")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in trên (hũ|chai|hộp)",
            "PLANTED no label, label content or labelling decree")
    p.clean()
    return p


def cs09() -> Plan:
    p = Plan("cs09_banh_da_vung_thien_loc_cty")
    bags, boxes, pcs, kg = p.row("Túi 10 chiếc |"), p.row("Hộp quà 20 chiếc |"), p.row("Tổng số bánh"), p.row("Khối lượng bánh")
    rice, ses, staff = p.row("Gạo tẻ |"), p.row("Vừng đen |"), p.row("Cộng |")
    rev, rb, rh = p.row("Doanh thu |", skip=1), p.row("Túi 10 chiếc (35.000"), p.row("Hộp quà 20 chiếc (80.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo tẻ (15.000", "Vừng đen (80.000", "Gừng, đường, muối", "Túi, hộp, nhãn", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế", skip=1)
    for y in Y:  # triệu đồng
        p.check(pcs[y] == bags[y] * 10 + boxes[y] * 20 and close(kg[y], pcs[y] * 0.04), f"pieces, kg {y}")
        p.check(close(rice[y], kg[y] * 0.9) and close(ses[y], kg[y] * 0.075) and rice[y] <= 45000 and ses[y] <= 4000,
                f"rice, sesame within contracts {y}")
        p.check(pcs[y] <= 4000 * 280, f"machine 1.120.000 a year {y}")
        p.check(close(rb[y], bags[y] * 0.035) and close(rh[y], boxes[y] * 0.08) and close(rev[y], rb[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.015) and close(lines[1][y], ses[y] * 0.08) and close(lines[2][y], kg[y] * 0.0015)
                and close(lines[3][y], bags[y] * 0.003 + boxes[y] * 0.012), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 80) and close(lines[6][y], [500, 375, 250][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.08) and close(lines[8][y], 120), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} on the stated profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.16, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 786 and off(pre[1], rev[1] - cost[1]), "PLANTED 2028 profit 886 != 3.340 - 2.554 = 786")
    avg = sum(post) / 3
    p.check(close(avg, 684, 0.001) and close(1200 / (avg + 80), 1.6, 0.02), "stated average 684, payback 1,6")
    true_avg = (post[0] + 786 * 0.83 + post[2]) / 3
    p.check(close(1200 / (true_avg + 80), 1.63, 0.01) and not off(1200 / (true_avg + 80), 1.6), "payback barely moves: no knock-on")
    p.check(close(pcs[0] / 660000, 1.21, 0.01) and 660000 <= 8 * 300 * 280, "+21 % on 2026, 2026 within the 8 hand stoves")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy tráng bánh, máy sấy", "Máy đóng gói, máy hàn",
                                "Kho thành phẩm", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 700 + 500 and sum(items[:4]) == 800, "capital 1.200, fixed 800")
    eq = [p.one(x) for x in ("Máy tráng bánh hơi nước", "Máy sấy khí nóng", "Máy đóng gói bán tự động", "Máy hàn túi liên tục")]
    p.check(sum(eq) == p.one("Cộng |", skip=1) == 350 == items[1] + items[2], "equipment appendix = 250 + 100")
    dist = [p.row(x, 2) for x in ("Công ty TNHH Đặc sản", "Cửa hàng Quà quê Lam Hồng", "Công ty TNHH Thương mại Phương Nam")]
    p.check([sum(d[i] for d in dist) for i in (0, 1)] == p.row("Cộng |", 2, skip=1) == [30000, 5000]
            and 30000 <= bags[0] and 5000 <= boxes[0], "distributors add up (30.000 túi, 5.000 hộp), within 2027")
    p.check([sum(p.row(x)[y] for x in ("Quản lý, kế toán, bán hàng", "Tráng, sấy bánh", "Phân loại, đóng gói")) for y in Y]
            == staff == [12, 13, 14], "staff table")
    p.has("35.000 đồng/túi", "80.000 đồng/hộp", "800.000 chiếc (32.000 kg) năm 2027", "2.900 triệu đồng năm 2027",
          "hợp đồng 45 tấn/năm, giá 15.000 đồng/kg", "hợp đồng 4 tấn/năm, giá 80.000 đồng/kg", "công suất 1.120.000 chiếc/năm",
          "(503,2 + 735,4 + 813,4) : 3 = 684", "1.200 : (684 + 80) ≈ 1,6 năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "vốn chủ sở hữu 700 triệu đồng", "500 triệu đồng, lãi suất 8%/năm, trả gốc 125", "TCCS 01:2025/TL", "43/2017/NĐ-CP",
          "bể lắng", "mã lô")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|cam kết (sản xuất|bảo đảm)|15/2018|55/2010|HACCP|ISO 22000|"
            r"khám sức khỏe|vệ sinh (an toàn )?thực phẩm", "PLANTED no food-safety certificate, commitment or law")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|\blogo\b|độc quyền",
            "PLANTED no trademark or IP anywhere")
    p.clean()
    return p


def cs10() -> Plan:
    p = Plan("cs10_che_xanh_huong_trach_htx")
    years = ("2027", "2028", "2029")
    raw = [p.row(y, 2) for y in years]                 # fresh leaf, dried tea
    prod = [p.row(y, 3) for y in years]                # bags, boxes, kg
    rev = [p.row(y, 3, skip=1) for y in years]         # bags, boxes, total (triệu)
    cost = [p.row(y, 9) for y in years]                # 8 lines and the total
    prof = [p.row(y, 5, skip=1) for y in years]        # revenue, cost, pre, tax, post
    kg = [r[2] for r in prod]
    for y in Y:
        bags, boxes = prod[y][0], prod[y][1]
        p.check(kg[y] == bags * 0.2 + boxes * 0.5 and raw[y] == [kg[y] * 5, kg[y]], f"kg, 5 kg fresh per kg {y}")
        p.check(close(rev[y][0], bags * 0.07) and close(rev[y][1], boxes * 0.165) and close(rev[y][2], rev[y][0] + rev[y][1]),
                f"revenue {y}")
        c = cost[y]
        p.check(close(c[0], raw[y][0] * 0.012) and close(c[1], kg[y] * 0.008) and close(c[2], bags * 0.005 + boxes * 0.015)
                and close(c[3], 14 * 6 * 12) and close(c[4], 100) and close(c[5], [400, 300, 200][y] * 0.07)
                and close(c[6], rev[y][2] * 0.08) and close(c[7], 100) and close(c[8], sum(c[:8])), f"cost lines and total {y}")
        f = prof[y]
        rate = 0.15 if f[0] <= 3000 else 0.17
        p.check(f[0] == rev[y][2] and f[1] == c[8] and close(f[2], f[0] - f[1]) and close(f[3], f[2] * rate)
                and close(f[4], f[2] - f[3]), f"profit table {y}")
        p.check(raw[y][0] <= 700 * 250 and raw[y][0] <= 28 * 8000 <= 40 * 8000, f"line 175 tấn fresh; either area suffices {y}")
    growth = [kg[1] / kg[0], kg[2] / kg[1]]
    rgrowth = [rev[1][2] / rev[0][2], rev[2][2] / rev[1][2]]
    p.check(close(kg[0] / 5000, 1.6) and growth == [2.0, 1.875] and close(rgrowth[0], 2.0) and close(rgrowth[1], 1.872, 0.01),
            "PLANTED output 5 → 8 → 16 → 30 tấn, revenue ×2 then ×1,87")
    p.check(p.count("14 lao động") == 2 and "14 người trong cả giai đoạn" in p.body, "PLANTED same 14 workers throughout")
    p.check(close(prof[2][4] / rev[2][2], 0.434, 0.01) and close(prof[0][4] / rev[0][2], 0.163, 0.01), "net margin 16 % → 43 %")
    p.check(4000 + 1500 <= 6000 and kg[2] > 4 * 6000, "contracted channels ~6 tấn vs 30 tấn planned")
    p.check(420 < rev[2][2] * 0.1, "working capital under a tenth of 2029 revenue")
    p.lacks(r"thêm (lao động|công nhân|máy|dây chuyền)|tuyển thêm|mở rộng nhà xưởng|đầu tư (thêm|bổ sung)|"
            r"hợp đồng năm 2028|hợp đồng năm 2029", "PLANTED nothing explains the growth")
    p.has("tổng diện tích chè của các hộ thành viên là 28 ha", "Vùng chè nguyên liệu của các hộ thành viên là 40 ha")
    p.check(off(40, 28), "PLANTED 28 ha != 40 ha")
    items = [p.one(x) for x in ("Nhà xưởng chế biến", "Dây chuyền sao, vò", "Máy đóng gói, hút", "Kho thành phẩm",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 700 + 400 + 400 and sum(items[:4]) == 1000, "capital 1.500, fixed 1.000")
    post = [f[4] for f in prof]
    p.check(avg1(post) == 2268.7 and close(1500 / (2268.7 + 100), 0.6, 0.06), "average, payback 0,6 (consistent)")
    p.check(sum(p.row(f"Tổ {i}", 1)[0] for i in range(1, 5)) == p.row("Cộng |", 1)[0] == 38, "member groups add up")
    cust = [p.one(x) for x in ("Đại lý chè Thanh Bình", "Đại lý Hồng Nhung", "Cửa hàng Quà Quê", "15 cửa hàng đặc sản")]
    p.check(sum(cust) == p.row("Cộng |", 1, skip=1)[0] == 5500 and 4000 + 1500 == 5500 and kg[1] > 2 * 5500,
            "PLANTED contracts cover 5,5 tấn; 2028 needs 16 tấn, 2029 30 tấn")
    past = p.row("Chè khô tiêu thụ (kg)")
    p.check(past[2] * 5 / 250 <= 150, "2026 within the old 150 kg/day")
    p.has("70.000 đồng/túi", "165.000 đồng/hộp", "8.000 kg năm 2027, 16.000 kg năm 2028 và 30.000 kg năm 2029",
          "2.740 triệu đồng năm 2027", "10.260 triệu đồng năm 2029", "công suất 175 tấn búp tươi/năm, tương đương 35 tấn chè khô",
          "(446,9 + 1.904,5 + 4.454,8) : 3 ≈ 2.268,7", "1.500 : (2.268,7 + 100) ≈ 0,6 năm", "Tổng vốn đầu tư 1.500 triệu đồng",
          "TCCS 01:2027/HT", "cam kết sản xuất thực phẩm an toàn", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"truy xuất|kiểm soát chất lượng|nhật ký|sổ (theo dõi|ghi)|ghi sổ|mã lô|\bQR\b|VietGAP|HACCP|\bISO\b|lưu mẫu|"
            r"kiểm tra chất lượng|kiểm nghiệm định kỳ|nội bộ|mã vạch|\btem\b", "PLANTED no quality control or traceability")
    p.clean()
    return p


def words(p: Plan) -> int:
    """Words of the plan's text (heading marks left out)."""
    return len(re.sub(r"^#+ ", "", p.body, flags=re.M).split())


def sketchy() -> list[Plan]:
    a = Plan("cs11_ruou_sim_cam_linh_so_sai")
    a.has("khoảng 2.000 lít rượu sim", "chai nhựa loại 1 lít", "khoảng 40 độ")
    a.check(len(a.rows) == 0 and 150 <= words(a) <= 300, "no table, 150–300 words")
    text = "\n".join(x for x in a.body.replace("0978 204 615", "").splitlines() if not x.startswith("#"))
    nums = re.findall(r"\d[\d.,]*", text)
    a.check(nums == ["40", "3", "1", "2027", "2.000"], f"almost no figures (40 độ, 3 tháng, 1 lít, 2027, 2.000 lít): {nums}")
    a.lacks(r"\d\s*(đồng|đ\b|triệu|tỷ|nghìn)|giá", "no price, revenue or capital (no-figures, no-sales-channel tolerated)")
    a.lacks(r"đăng ký (hộ )?kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|giấy phép|doanh nghiệp|hợp tác xã",
            "no registration, licence or certificate (tolerated gaps)")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|bã rượu|nước thải|truy xuất|kiểm soát",
            "no food safety, standard, label, trademark, environment or quality control (tolerated gaps)")
    a.clean(ready=False)
    b = Plan("cs12_tinh_dau_sa_hoa_phat_so_sai")
    b.check(300 * 1_500_000 == 450e6 and close(50_000 * 0.006, 300) and 100 + 50 == 150 and 1_500_000 / 20 == 75_000,
            "300 l × 1.500.000 = 450 triệu; 50 tấn × 0,6 % = 300 l; 100 + 50 = 150 triệu; 75.000 đ per 50 ml")
    b.has("khoảng 300 lít tinh dầu", "khoảng 1.500.000 đồng/lít", "75.000 đồng/chai 50 ml", "doanh thu khoảng 450 triệu đồng",
          "khoảng 150 triệu đồng", "vốn của gia đình 100 triệu đồng", "vay ngân hàng 50 triệu đồng", "3 ha sả chanh",
          "khoảng 50 tấn lá sả", "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8009371", "đuổi muỗi")
    b.check(len(b.rows) == 0 and 150 <= words(b) <= 300, "no table, 150–300 words")
    b.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|nhãn|sở hữu trí tuệ|môi trường|bã sả|nước thải|truy xuất|kiểm soát",
            "no standard, label, trademark, environment or quality control (tolerated gaps)")
    b.lacks(r"uống|ăn được|thực phẩm", "not sold as a food (no-food-safety not tolerated)")
    b.clean()
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cs01, cs02, cs03, cs04, cs05, cs06, cs07, cs08, cs09, cs10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
