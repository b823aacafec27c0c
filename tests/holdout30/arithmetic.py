"""The thirtieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout30/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no food safety, a second producer name, no environmental
measure, a replaced instrument, no product standard, an area stated twice, no label, no
registration, no trademark, no sales channel) are asserted too, as is the absence of template
placeholders in every plan.
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|NQ 123|123/2018|01/2021/NĐ-CP|08/2022/NĐ-CP|UBND huyện|\bhuyện\b"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def yrow(self, year: int, n: int, skip: int = 0) -> list[float]:
        """The last n numbers of the (skip+1)-th table row whose FIRST cell is the year (years as rows)."""
        seen = 0
        for r in self.rows:
            if r[0] == str(year):
                nums = [plancheck.vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
                if len(nums) >= n:
                    if seen == skip:
                        return nums[-n:]
                    seen += 1
        self.failures.append(f"year row not found: {year}")
        return [0.0] * n


def growth_ok(p: Plan, xs: list[float], what: str, cap: float = 1.35) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} growth {y}")


def ae01() -> Plan:
    p = Plan("ae01_hat_dieu_rang_muoi_cty")
    hu, tui, buon, kg, nl = (p.row("Hũ 500 g |"), p.row("Túi 250 g |"), p.row("Bán buôn thùng 10 kg"),
                             p.row("Tổng sản lượng thành phẩm"), p.row("Điều nhân nguyên liệu"))
    rev, rhu, rtui, rbuon = (p.row("Doanh thu |", skip=1), p.row("Hũ 500 g (185.000"), p.row("Túi 250 g (98.000"),
                             p.row("Bán buôn (320.000"))
    lines = [p.row(x) for x in ("Điều nhân (210.000", "Hũ, túi, thùng, nhãn", "Muối, gas, điện", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế", skip=1))
    staff = [12, 13, 14]
    for y in Y:  # 1.000 đồng
        p.check(close(kg[y], hu[y] * 0.5 + tui[y] * 0.25 + buon[y]) and close(nl[y], kg[y] * 1.1), f"kg, kernels {y}")
        p.check(close(rhu[y], hu[y] * 185) and close(rtui[y], tui[y] * 98) and close(rbuon[y], buon[y] * 320)
                and close(rev[y], rhu[y] + rtui[y] + rbuon[y]), f"revenue {y}")
        p.check(close(lines[0][y], nl[y] * 210) and close(lines[1][y], hu[y] * 9 + tui[y] * 4 + buon[y] * 3)
                and close(lines[2][y], kg[y] * 8) and close(lines[3][y], staff[y] * 7000 * 12)
                and close(lines[4][y], 180000) and close(lines[5][y], [1000, 700, 400][y] * 80)
                and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(kg[y] <= 2 * 25 * 3 * 260 and nl[y] <= 35000, f"roaster capacity, kernel contract {y}")
    growth_ok(p, rev, "revenue")
    p.check(2 * 25 * 3 * 260 == 39000 and close(kg[0] / 15000, 1.27, 0.01), "39.000 kg capacity, +27 % on 2025")
    items = [p.one(x) for x in ("2 lò rang thùng quay", "Máy đóng hũ bán tự động", "Cải tạo, mở rộng nhà xưởng",
                                "Hệ thống chụp hút khói", "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động mua nguyên liệu")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1800 == 800 + 1000 and sum(items[:4]) == 1260
            and close(1260 / 7, 180), "capital 1.800, fixed 1.260 / 7 = 180")
    avg = sum(post) / 3 / 1000
    p.check(close(avg, 488.2, 0.002) and close(1800 / (488.2 + 180), 2.7, 0.01), "average profit 488,2, payback 2,7")
    p.check(close(pre[0] / rev[0], 0.048, 0.01) and close(pre[2] / rev[2], 0.091, 0.01), "margins 4,8 % / 9,1 %")
    p.has("185.000 đồng/hũ", "98.000 đồng/túi", "320.000 đồng/kg", "1.800 : (488,2 + 180) ≈ 2,7 năm",
          "công suất tối đa 39.000 kg/năm", "tối đa 35 tấn điều nhân/năm", "Giấy chứng nhận đăng ký doanh nghiệp",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở TCCS", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bản cam kết bảo vệ môi trường")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or a district body")
    return p


def ae02() -> Plan:
    p = Plan("ae02_cao_hy_thiem_htx")
    prod = [p.yrow(2026 + y, 4) for y in Y]  # years as rows: lọ 100 g, lọ 200 g, kg cao, kg herb
    summ = [p.yrow(2026 + y, 3, skip=1) for y in Y]  # revenue, cost, profit
    lines = [p.row(x) for x in ("Dược liệu khô (35.000", "Lọ, hộp, nhãn", "Củi, điện", "Tiền công lao động", "Khấu hao |",
                                 "Lãi vay", "Bán hàng (8%", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    staff = [8, 9, 10]
    rev = []
    for y in Y:  # triệu đồng
        a, b, kg, herb = prod[y]
        r = a * 0.15 + b * 0.28
        rev.append(r)
        p.check(close(kg, a * 0.1 + b * 0.2) and close(herb, kg * 8), f"kg paste, 8 kg herb/kg {y}")
        p.check(close(lines[0][y], herb * 0.035) and close(lines[1][y], a * 0.008 + b * 0.011)
                and close(lines[2][y], kg * 0.03) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 90) and close(lines[5][y], [450, 300, 150][y] * 0.07)
                and close(lines[6][y], r * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], r) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(kg <= 2 * 5 * 250 and herb <= 6 * 3 * 1000, f"evaporator capacity, 18 tấn herb {y}")
    growth_ok(p, rev, "revenue")
    p.check(420 + 150 + 60 + 270 + 60 + 240 == 1200 == 750 + 450 and 420 + 150 + 60 + 270 == 900, "capital 1.200, fixed 900")
    avg = sum(s[2] for s in summ) / 3
    p.check(close(avg, 835.6, 0.001) and close(1200 / (835.6 + 90), 1.3, 0.01), "average 835,6, payback 1,3")
    p.check(close(prod[0][2] / 1100, 1.27, 0.01), "+27 % on 2025")
    p.has("150.000 đồng/lọ", "280.000 đồng/lọ", "8.000 lọ × 150.000 đồng = 1.200 triệu đồng",
          "3.000 lọ × 280.000 đồng = 840 triệu đồng", "1.500 + 1.008 triệu đồng", "1.800 + 1.176 triệu đồng",
          "1.200 : (835,6 + 90) ≈ 1,3 năm", "công suất cô cao tối đa 2.500 kg/năm", "tổng khoảng 18 tấn khô/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở TCCS", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bản cam kết bảo vệ môi trường", "mã số 3002261948")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or a district body")
    return p


def ae03() -> Plan:
    p = Plan("ae03_den_ngu_go_lua_tht")
    small, big, wood = p.row("Đèn cỡ nhỏ |"), p.row("Đèn cỡ lớn |"), p.row("Gỗ lũa cần dùng")
    rev, rs, rb = p.row("Doanh thu |"), p.row("Đèn nhỏ (550.000"), p.row("Đèn lớn (1.500.000")
    lines = [p.row(x) for x in ("Gỗ lũa (15.000", "Linh kiện điện, chao đèn", "Sơn PU, giấy nhám, keo", "Hộp, xốp, nhãn",
                                 "Tiền công thợ", "Khấu hao |", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost, profit = p.row("Chi phí |"), p.row("Lợi nhuận |")
    labour = [p.yrow(2026 + y, 3) for y in Y]  # thợ, công có, công cần
    for y in Y:  # tr.đ
        p.check(close(rs[y], small[y] * 0.55) and close(rb[y], big[y] * 1.5) and close(rev[y], rs[y] + rb[y]), f"revenue {y}")
        p.check(close(wood[y], small[y] * 2.5 + big[y] * 8), f"wood need {y}")
        p.check(close(lines[0][y], wood[y] * 0.015) and close(lines[1][y], small[y] * 0.06 + big[y] * 0.15)
                and close(lines[2][y], small[y] * 0.03 + big[y] * 0.06) and close(lines[3][y], small[y] * 0.025 + big[y] * 0.045)
                and close(lines[4][y], [6, 7, 8][y] * 5.5 * 12) and close(lines[5][y], 40)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(profit[y], rev[y] - cost[y]), f"cost, profit {y}")
        w, have, need = labour[y]
        p.check(w == [6, 7, 8][y] and close(have, w * 280) and close(need, small[y] * 0.7 + big[y] * 2) and need <= have,
                f"workdays {y}")
        p.check(wood[y] <= 12000, f"12 tấn driftwood {y}")
    growth_ok(p, rev, "revenue")
    p.check(160 + 80 + 40 + 120 == 400 == 8 * 50 and close(240 / 6, 40), "capital 400 = 8 × 50, depreciation 40")
    p.check(close(sum(profit) / 3, 358.3, 0.001) and close(400 / (358.3 + 40), 1.0, 0.01), "average 358,3, payback 1,0")
    p.check(close(small[0] / 950, 1.26, 0.01) and close((small[0] + big[0]) / 12, 125), "+26 % on 2025, 125 a month")
    p.has("550.000 đồng/chiếc", "1.500.000 đồng/chiếc", "400 : (358,3 + 40) ≈ 1,0 năm", "Giấy chứng nhận đăng ký tổ hợp tác số",
          "Tiêu chuẩn cơ sở TCCS", "QCVN 4:2009/BKHCN", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hệ thống hút bụi")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or a district body")
    return p


def ae04() -> Plan:
    p = Plan("ae04_da_ngoai_doi_che_hkd")
    rows = [p.yrow(2026 + y, 4) for y in Y]  # visits, meals, tent-nights, tea kg
    rev = [r[0] * 0.08 + r[1] * 0.15 + r[2] * 0.35 + r[3] * 0.3 for r in rows]
    staff = [6, 7, 8]
    cost = [r[1] * 0.06 + r[3] * 0.12 + r[2] * 0.05 + r[0] * 0.01 + staff[y] * 6 * 12 + [60, 70, 80][y] + 100
            + [45, 30, 15][y] + 70 + 40 for y, r in enumerate(rows)]
    profit = [rev[y] - cost[y] for y in Y]
    p.check([round(x, 1) for x in rev] == [1330, 1610, 1890], "revenue 1.330 / 1.610 / 1.890")
    p.check([round(x, 1) for x in cost] == [1075, 1209.6, 1344.2], "cost 1.075 / 1.209,6 / 1.344,2")
    p.check([round(x, 1) for x in profit] == [255, 400.4, 545.8] and close(sum(profit) / 3, 400.4), "profit, average 400,4")
    p.check(close(1000 / (400.4 + 100), 2.0, 0.01) and 350 + 250 + 100 + 50 == 750 and close(750 / 7.5, 100)
            and 750 + 50 + 200 == 1000 == 400 + 600, "capital 1.000, depreciation 100, payback 2,0")
    p.check([600 * 0.075, 400 * 0.075, 200 * 0.075] == [45, 30, 15], "interest")
    p.check(all(r[2] <= 12 * 120 for r in rows) and all(r[3] * 4.5 <= 2 * 6000 for r in rows), "tents, tea leaf")
    p.check(close(rows[0][0] / 4800, 1.25) and close(profit[0] / rev[0], 0.19, 0.02) and close(profit[2] / rev[2], 0.29, 0.02),
            "+25 % visits, margins 19 % / 29 %")
    growth_ok(p, rev, "revenue")
    p.has("80.000 đồng/lượt", "150.000 đồng/suất", "350.000 đồng/lều/đêm", "6.000 lượt × 80.000 đồng = 480 triệu đồng",
          "3.000 suất × 150.000 đồng = 450 triệu đồng", "800 lều-đêm × 350.000 đồng = 280 triệu đồng",
          "400 kg × 300.000 đồng = 120 triệu đồng", "Tổng doanh thu 1.330 triệu đồng", "1.610 triệu đồng (576 + 540 + 350 + 144)",
          "1.890 triệu đồng (672 + 630 + 420 + 168)", "Tổng chi phí 1.075 triệu đồng, lợi nhuận 255 triệu đồng",
          "tổng chi phí 1.209,6 triệu đồng (thực phẩm 216, chè 57,6, lều 50, tham quan 72, lương 504, điện nước 70, khấu hao 100, lãi vay 30, quảng bá 70, chi khác 40), lợi nhuận 400,4",
          "tổng chi phí 1.344,2 triệu đồng (thực phẩm 252, chè 67,2, lều 60, tham quan 84, lương 576, điện nước 80, khấu hao 100, lãi vay 15, quảng bá 70, chi khác 40), lợi nhuận 545,8",
          "1.000 : (400,4 + 100) ≈ 2,0 năm", "khoảng 1.440 lều-đêm/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể tự hoại ba ngăn")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument or a district body")
    return p


def ae05() -> Plan:
    p = Plan("ae05_tom_rim_hkd")
    rows = [p.yrow(2026 + y, 5) for y in Y]  # 200 g, 500 g, kg, shrimp kg, revenue
    lines = [p.row(x) for x in ("Tôm tươi (120.000", "Nước mắm, đường, tỏi", "Hũ, màng seal, nhãn", "Gas, điện",
                                 "Tiền công", "Khấu hao", "Bán hàng, vận chuyển", "Chi khác")]
    cost = p.row("Tổng chi phí")
    true_rev = []
    for y in Y:
        a, b, kg, shrimp, rev = rows[y]
        t = a * 0.095 + b * 0.22
        true_rev.append(t)
        p.check(close(kg, a * 0.2 + b * 0.5) and close(shrimp, kg * 1.8) and shrimp <= 15000 and kg <= 2 * 15 * 250,
                f"kg, shrimp 1,8 kg/kg, supply, capacity {y}")
        p.check(close(lines[0][y], shrimp * 0.12) and close(lines[1][y], kg * 0.025)
                and close(lines[2][y], a * 0.006 + b * 0.009) and close(lines[3][y], kg * 0.01)
                and close(lines[4][y], [4, 5, 5][y] * 5.5 * 12) and close(lines[5][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y == 1:
            p.check(off(rev, t) and close(rev / t, 1.113, 0.005), "PLANTED 2027 revenue 2.150 vs 1.932 (+11,3 %)")
        else:
            p.check(close(rev, t), f"revenue {y}")
    stated_profit = [250.5, 521.4, 422.3]
    p.check(all(close(stated_profit[y], rows[y][4] - cost[y]) for y in Y), "stated profit = stated revenue − cost")
    p.check(off(stated_profit[1], true_rev[1] - cost[1]), "2027 profit carries the revenue error (knock-on)")
    p.check(close(sum(stated_profit) / 3, 398.1, 0.001) and close(350 / (398.1 + 30), 0.8, 0.03), "stated payback 0,8")
    true_pb = 350 / (sum(true_rev[y] - cost[y] for y in Y) / 3 + 30)
    p.check(off(0.8, true_pb), "tolerated payback-mismatch: true payback ≈ 1,0")
    p.check(120 + 70 + 50 + 40 + 70 == 350 and close(240 / 8, 30), "capital 350, depreciation 30")
    p.check(close(rows[0][2] / 2800, 1.25), "+25 % on 2025")
    p.has("95.000 đồng/hũ", "220.000 đồng/hũ", "năm 2027 đạt 521,4 triệu đồng", "350 : (398,1 + 30) ≈ 0,8 năm",
          "Hộ kinh doanh Tôm rim Bà Lý", "Giấy chứng nhận đăng ký hộ kinh doanh số", "tiêu chuẩn cơ sở", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng, lọc mỡ")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|15/2018|đủ điều kiện", "PLANTED no food safety anywhere")
    p.check("Cơ sở chế biến hải sản Hương Thủy" in p.body and p.count("Đặng Văn Thủy") == 1
            and p.count("Hương Thủy") == 2, "PLANTED second producer name in sections XVII–XVIII")
    head = p.body.split("# XVII.")[0]
    p.check("Hương Thủy" not in head and "Thủy" not in head.replace("thủy sản", ""), "the other name only at the end")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ae06() -> Plan:
    p = Plan("ae06_ruou_vai_htx")
    chai, binh, lit, vai = p.row("Chai 500 ml |"), p.row("Bình 1 lít |"), p.row("Tổng sản lượng rượu"), p.row("Vải tươi cần dùng")
    rev, rc, rb = p.row("Cộng doanh thu"), p.row("Chai 500 ml (180.000"), p.row("Bình 1 lít (380.000")
    lines = [p.row(x) for x in ("Vải tươi (18.000", "Đường, men", "Chai, bình, hộp", "Tiền công", "Điện, củi",
                                 "Khấu hao", "Lãi vay", "Bán hàng (10%", "Quản lý, kiểm nghiệm")]
    cost, profit = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    supply = 9 * 3 * 1000
    for y in Y:
        p.check(close(lit[y], chai[y] * 0.5 + binh[y]) and close(vai[y], lit[y] * 2.5), f"litres, 2,5 kg/l {y}")
        p.check(close(rc[y], chai[y] * 0.18) and close(rb[y], binh[y] * 0.38) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], vai[y] * 0.018) and close(lines[1][y], lit[y] * 0.02)
                and close(lines[2][y], chai[y] * 0.025 + binh[y] * 0.08) and close(lines[3][y], [8, 9, 10][y] * 6.5 * 12)
                and close(lines[4][y], lit[y] * 0.008) and close(lines[5][y], 110)
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(profit[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 60 * 200, f"still capacity {y}")
        if y < 2:
            p.check(vai[y] <= supply, f"lychee supply {y}")
    p.check(vai[2] > supply and off(vai[2], supply) and close(vai[2] / supply, 1.111, 0.005),
            "PLANTED 2028 needs 30 tấn vải, members supply 27 tấn (+11 %)")
    growth_ok(p, rev, "revenue")
    p.check(500 + 300 + 150 + 100 + 50 + 100 + 600 == 1800 == 1000 + 800 and 500 + 300 + 150 + 100 + 50 == 1100,
            "capital 1.800, fixed 1.100")
    p.check(close(sum(profit) / 3, 1022) and close(1800 / (1022 + 110), 1.6, 0.01), "average 1.022, payback 1,6")
    p.check(close(lit[0] / 5800, 1.38, 0.01), "+38 % on 2025 with new stills and tanks")
    p.has("9 ha, năng suất bình quân 3 tấn/ha, sản lượng khoảng 27 tấn quả/năm", "2,5 kg quả vải tươi",
          "1.800 : (1.022 + 110) ≈ 1,6 năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "29% vol",
          "Không dành cho người dưới 18 tuổi", "Giấy chứng nhận đăng ký nhãn hiệu")
    p.lacks(r"môi trường|thải|bã |xử lý|mùi hôi|đăng ký môi", "PLANTED no environmental measure anywhere")
    p.check(p.count("1048/QĐ-TTg") == 2 and "148/QĐ-TTg" not in p.body, "PLANTED QĐ 1048 cited twice, QĐ 148 never")
    p.lacks(r"ngoài hợp tác xã|mua thêm vải", "no other lychee source that would cover the gap")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ae07() -> Plan:
    p = Plan("ae07_tra_la_dua_ctcp")
    hop, tui, kg, leaf = (p.row("Trà túi lọc hộp 50 g"), p.row("Lá dứa sấy túi 200 g"), p.row("Lá dứa khô quy đổi"),
                          p.row("Lá dứa tươi cần"))
    rev, rh, rt = p.row("Doanh thu |"), p.row("Trà túi lọc (45.000"), p.row("Lá dứa sấy (60.000")
    lines = [p.row(x) for x in ("Lá dứa tươi (5.000", "Bao bì (6.000", "Điện sấy", "Tiền lương", "Khấu hao |", "Lãi vay",
                                 "Bán hàng, chiết khấu", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(kg[y], hop[y] * 0.05 + tui[y] * 0.2) and close(leaf[y], kg[y] * 7), f"kg, 7 kg leaf/kg {y}")
        p.check(close(rh[y], hop[y] * 0.045) and close(rt[y], tui[y] * 0.06) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.005) and close(lines[1][y], hop[y] * 0.006 + tui[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], [10, 11, 12][y] * 6.5 * 12)
                and close(lines[4][y], 150) and close(lines[5][y], [600, 450, 300][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"cost, profit, 15 % tax {y}")
        p.check(leaf[y] <= 6 * 12000 and leaf[y] <= 2 * 300 * 250, f"leaf supply (6 ha, also 9 ha), dryer capacity {y}")
    growth_ok(p, rev, "revenue")
    items = [p.one(x) for x in ("2 máy sấy bơm nhiệt", "Máy đóng gói túi lọc", "Máy nghiền, sàng rung",
                                "Cải tạo xưởng", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    total = p.one("Cộng")
    p.check(sum(items) == total == 2400 and sum(items[:4]) == 1500 and close(1500 / 10, 150), "items = 2.400, fixed 1.500")
    sources = 1500 + 600
    p.check(off(sources, total) and close(sources / total, 0.875), "PLANTED sources 2.100 vs total 2.400 (−12,5 %)")
    p.check(close(sum(post) / 3, 404.7, 0.001) and close(2400 / (404.7 + 150), 4.3, 0.01), "average 404,7, payback 4,3")
    p.check(close(kg[0] / 2800, 1.25), "+25 % on 2025")
    p.has("Tổng vốn đầu tư của phương án là 2.400 triệu đồng", "các cổ đông góp bổ sung 1.500 triệu đồng",
          "vay Ngân hàng TMCP Công thương Việt Nam chi nhánh Hà Tĩnh 600 triệu đồng",
          "Tổng nguồn vốn huy động như trên đủ đáp ứng nhu cầu vốn", "2.400 : (404,7 + 150) ≈ 4,3 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường")
    areas = re.findall(r"tổng diện tích (\d+) ha", p.body)
    p.check(areas == ["9", "6"] and off(9, 6), "PLANTED linked area 9 ha (A.3) vs 6 ha (F)")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|hợp quy|hợp chuẩn|phiếu kết quả", "PLANTED no product standard")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ae08() -> Plan:
    p = Plan("ae08_sua_bi_do_tht")
    plan = [p.yrow(2026 + y, 4) for y in Y]  # bottles, pumpkin kg, milk l, workers
    rev = p.row("Doanh thu (18.000")
    lines = [p.row(x) for x in ("Bí đỏ (10.000", "Sữa bò tươi (14.000", "Đường, hạt sen", "Chai PET, nắp", "Điện, gas",
                                 "Tiền công", "Khấu hao", "Lãi vay", "Vận chuyển lạnh", "Quản lý, chi khác")]
    cost, profit = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    cap = 600 * 260
    for y in Y:
        n, pumpkin, milk, w = plan[y]
        p.check(close(rev[y], n * 0.018) and close(pumpkin, n * 0.08) and close(milk, n * 0.1) and w == 7, f"revenue, inputs {y}")
        p.check(close(lines[0][y], pumpkin * 0.01) and close(lines[1][y], milk * 0.014) and close(lines[2][y], n * 0.001)
                and close(lines[3][y], n * 0.0025) and close(lines[4][y], n * 0.0008) and close(lines[5][y], 7 * 6 * 12)
                and close(lines[6][y], 80) and close(lines[7][y], [300, 200, 100][y] * 0.06)
                and close(lines[8][y], rev[y] * 0.12), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(pumpkin <= 4 * 15000 and milk <= 25000, f"pumpkin 60 tấn, milk 25.000 l {y}")
        if y == 1:
            p.check(off(profit[y], rev[y] - cost[y]) and close(profit[y] / (rev[y] - cost[y]), 1.13, 0.005),
                    "PLANTED 2027 profit 869 vs 2.700 − 1.931 = 769 (+13 %)")
        else:
            p.check(close(profit[y], rev[y] - cost[y]), f"profit {y}")
        if y < 2:
            p.check(n <= cap, f"capacity {y}")
    p.check(cap == 156000 and plan[2][0] > cap and off(plan[2][0], cap) and close(plan[2][0] / cap, 1.218, 0.005),
            "PLANTED 2028 190.000 chai vs 600 × 260 = 156.000 (+21,8 %), no new equipment, 7 workers")
    p.check(200 + 150 + 150 + 100 + 50 + 150 == 800 == 500 + 300 and close(600 / 7.5, 80), "capital 800, depreciation 80")
    p.check(close(sum(profit) / 3, 833.5, 0.001) and close(800 / (833.5 + 80), 0.9, 0.03)
            and close(800 / (sum(rev[y] - cost[y] for y in Y) / 3 + 80), 0.9, 0.02), "payback 0,9 (stated and true)")
    p.has("600 chai/ngày", "156.000 chai/năm", "không đầu tư thêm thiết bị", "800 : (833,5 + 80) ≈ 0,9 năm",
          "Giấy chứng nhận đăng ký tổ hợp tác số", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Tiêu chuẩn cơ sở TCCS", "tự công bố sản phẩm", "Cục Sở hữu trí tuệ", "bể lắng, lọc mỡ")
    p.lacks(r"nhãn|43/2017|111/2021|ghi nhãn", "PLANTED no label anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ae09() -> Plan:
    p = Plan("ae09_mat_ong_hoa_xoai_hkd")
    plan = [p.yrow(2026 + y, 4) for y in Y]  # colonies, kg, jars, wholesale kg
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Lọ, nắp, nhãn", "Can đựng mật", "Đường nuôi ong", "Thuốc thú y", "Vận chuyển ong",
                                 "Công lao động", "Khấu hao", "Bán hàng, giao hàng")]
    cost, profit = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        col, kg, jars, whole = plan[y]
        p.check(close(kg, col * 15) and close(kg, jars * 0.5 + whole), f"15 kg/colony, jars + bulk {y}")
        p.check(close(rev[y], jars * 0.13 + whole * 0.17), f"revenue {y}")
        p.check(close(lines[0][y], jars * 0.008) and close(lines[1][y], whole * 0.002) and close(lines[2][y], col * 0.03)
                and close(lines[3][y], col * 0.01) and close(lines[5][y], 3 * 5 * 12) and close(lines[6][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(profit[y], rev[y] - cost[y]), f"cost, profit {y}")
    g = [rev[1] / rev[0], rev[2] / rev[1]]
    p.check(g[0] > 2.0 and g[1] > 1.9 and plan[2][0] / plan[0][0] == 4.5,
            "PLANTED revenue +118 % then +94 %, colonies × 4,5 in two years")
    p.check(plan[2][0] > 200 + 100, "900 colonies but 300 hive boxes (tolerated knock-on)")
    p.check(60 + 20 + 150 + 10 + 60 == 300 and close(240 / 8, 30), "capital 300, depreciation 30")
    p.check(close(sum(profit) / 3, 1297.3, 0.001) and close(300 / (1297.3 + 30), 0.2, 0.15), "average, payback 0,2")
    p.has("4.000 lọ × 130.000 đồng = 520 triệu đồng", "1.000 kg × 170.000 đồng = 170 triệu đồng", "cộng 690 triệu đồng",
          "1.040 triệu đồng lọ và 467,5 triệu đồng bán buôn, cộng 1.507,5 triệu đồng",
          "1.820 triệu đồng lọ và 1.105 triệu đồng bán buôn, cộng 2.925 triệu đồng", "gia đình có 300 thùng ong",
          "Toàn bộ công việc do 3 lao động gia đình đảm nhận", "bản cam kết bảo đảm an toàn thực phẩm", "tiêu chuẩn cơ sở",
          "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP")
    p.lacks(r"đăng ký|mã số thuế|hộ kinh doanh|giấy phép kinh doanh|doanh nghiệp", "PLANTED no business registration")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ae10() -> Plan:
    p = Plan("ae10_xuc_xich_ca_htx")
    g5, g2, kg, fish = p.row("Gói 500 g |"), p.row("Gói 200 g |"), p.row("Tổng sản lượng"), p.row("Cá tươi nguyên liệu")
    rev, r5, r2 = p.row("Doanh thu |"), p.row("Gói 500 g (90.000"), p.row("Gói 200 g (38.000")
    lines = [p.row(x) for x in ("Cá tươi (35.000", "Gia vị, tinh bột", "Bao bì (3.000", "Điện, gas", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Vận chuyển lạnh", "Quản lý")]
    cost, profit = p.row("Chi phí |"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(kg[y], g5[y] * 0.5 + g2[y] * 0.2) and close(fish[y], kg[y] * 1.75), f"kg, 1,75 kg fish/kg {y}")
        p.check(close(r5[y], g5[y] * 0.09) and close(r2[y], g2[y] * 0.038) and close(rev[y], r5[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.035) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], g5[y] * 0.003 + g2[y] * 0.0015) and close(lines[3][y], kg[y] * 0.005)
                and close(lines[4][y], [6, 7, 7][y] * 6 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [700, 500, 300][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(profit[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fish[y] <= 40000 and kg[y] <= 200 * 250, f"fish contract, line capacity {y}")
    growth_ok(p, rev, "revenue")
    equip = [p.one(x) for x in ("Tủ đông 1.000 lít", "Máy xay thịt cá", "Nồi hấp", "Bàn inox sơ chế", "Máy hàn miệng túi")]
    stated = p.one("Cộng")
    p.check(sum(equip) == 160 and stated == 190 and off(stated, sum(equip)), "PLANTED equipment table total 190 vs 160 (+18,8 %)")
    p.check(350 + 250 + 150 + 250 + 200 == 1200 and 1200 + 50 + 250 == 1500 == 800 + 700 and close(1200 / 10, 120),
            "capital 1.500, fixed 1.200")
    avg = sum(profit) / 3
    true_pb = 1500 / (avg + 120)
    p.check(close(avg, 410.5) and close(true_pb, 2.83, 0.01) and off(1.8, true_pb), "PLANTED payback 1,8 vs 2,8")
    p.check(close(kg[0] / 7500, 1.33, 0.01), "+33 % on 2025 with the new line")
    p.has("Lợi nhuận bình quân 3 năm là 410,5 triệu đồng/năm", "Thời gian hoàn vốn của phương án khoảng 1,8 năm",
          "Giấy chứng nhận đăng ký hợp tác xã", "bản cam kết bảo đảm an toàn thực phẩm", "Tiêu chuẩn cơ sở",
          "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể tách mỡ")
    market = p.body.split("# 7. Thị trường tiêu thụ")[1].split("# 8.")[0]
    p.check(not re.search(r"\d|đồng|khách hàng|kênh", market), "PLANTED market section: no figure, price, customer or channel")
    p.lacks(r"cửa hàng|siêu thị|đại lý|chợ|bếp ăn|trường học|khách hàng|nhà phân phối|bán lẻ|bán buôn|shopee|facebook|"
            r"zalo|hội chợ|giá bán|xuất khẩu|đơn hàng|hợp đồng tiêu thụ|bao tiêu sản phẩm", "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ae11_banh_khoai_mi_so_sai")
    a.check(30 * 40000 * 25 == 30e6, "30 kg × 40.000 đ × 25 days = 30 triệu a month")
    a.has("khoảng 30 kg bánh", "40.000 đồng/kg", "khoảng 30 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024", "chợ Nghèn")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 600, "no table, short")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ae12_banh_bot_loc_so_sai")
    b.check(800 * 3000 * 30 == 72e6, "800 chiếc × 3.000 đ × 30 days = 72 triệu")
    b.has("khoảng 800 chiếc bánh", "3.000 đồng/chiếc", "khoảng 72 triệu đồng", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 500, "no table, one page")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def distinct_sentences(plans: list[Plan]) -> Plan:
    """No sentence of one producer's plan reappears in another's (the boilerplate rule must stay quiet)."""
    p = plans[0]
    chk = Plan(p.stem)
    chk.stem = "(all plans: no shared sentences)"
    seen: dict[str, str] = {}
    for q in plans:
        for s in re.split(r"(?<=[.;:])\s+|\n", q.body):
            s = s.strip()
            if len(s) < 60 or s.startswith("|"):
                continue
            if s in seen and seen[s] != q.stem:
                chk.failures.append(f"shared sentence {q.stem} / {seen[s]}: {s[:80]!r}")
            seen.setdefault(s, q.stem)
    return chk


def main() -> int:
    plans = [fn() for fn in (ae01, ae02, ae03, ae04, ae05, ae06, ae07, ae08, ae09, ae10)] + sketchy()
    return plancheck.report(plans + [distinct_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
