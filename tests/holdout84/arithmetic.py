"""Holdout set 84's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout84/arithmetic.py

Every number of every plan is read from its source (tables through plancheck's row reader,
running-text figures looked up verbatim) and recomputed: output = units x pack size, revenue =
quantity x price, cost lines from their unit rates, cost total = sum of the lines, profit =
revenue - cost, tax, investment items = total = capital sources, depreciation, interest, payback,
raw-material need vs supply, output vs capacity, growth, the split of output by sales channel.
Planted numeric defects are asserted wrong by more than 5 % (with the true value computed next to
them); everything else right within 1 %. The textual planted defects (replaced instruments, no
environmental measure, no food safety, no label, no product standard, a second producer name, no
quality control, no trademark, no raw-material section, two worker counts) are asserted by the
absence or presence of their words; the ready plans cite no replaced instrument and no template
placeholder is left anywhere.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        """The body text from the heading line starting with `start` to the next one with `end`."""
        part = self.body.split(start, 1)
        if len(part) < 2:
            self.failures.append(f"section not found: {start!r}")
            return ""
        return part[1].split(end, 1)[0]


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|03/2014/TT|UBND huyện|cấp huyện|Phòng Nông nghiệp"


def common(p: Plan, ready: bool) -> None:
    p.lacks(PLACEHOLDER, "template placeholder")
    if ready:
        p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")


def ratios(xs: list[float]) -> list[float]:
    return [xs[y] / xs[y - 1] for y in (1, 2)]


def parts(p: Plan, labels: list[str], total: list[float], what: str) -> None:
    """Rows of a breakdown table (staff by post, boats by fleet) add up to its total row."""
    rows = [p.row(x, len(total)) for x in labels]
    p.check(all(sum(r[i] for r in rows) == total[i] for i in range(len(total))), what)


def history(p: Plan, past: list[tuple[float, float]], unit_revenue: float, what: str) -> None:
    """Past (output, revenue) pairs: growing, and revenue per unit between 85 % and 101 % of the plan's first year."""
    p.check(all(b[0] > a[0] and b[1] > a[1] for a, b in zip(past, past[1:]))
            and all(0.85 * unit_revenue <= r / q <= 1.01 * unit_revenue for q, r in past), what)


def shares(p: Plan, pcts: list[int], what: str) -> None:
    p.check(sum(pcts) == 100, what)


# --------------------------------------------------------------------------- ready plans

def cg01() -> Plan:
    p = Plan("cg01_gio_lua_ngoc_diep_hkd")
    gl, cq, kg, meat = p.row("Giò lụa |"), p.row("Chả quế |"), p.row("Tổng sản lượng"), p.row("Thịt nạc nguyên liệu")
    staff = p.row("Lao động thường xuyên")
    rev, rgl, rcq = p.row("Doanh thu |"), p.row("Giò lụa (220.000"), p.row("Chả quế (240.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Thịt nạc (130.000", "Nước mắm, gia vị, bột quế", "Lá chuối, màng bọc", "Gas, điện, nước",
                                 "Tiền lương", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm", "Thuế khoán")]
    for y in Y:  # triệu đồng
        p.check(kg[y] == gl[y] + cq[y] and close(meat[y], kg[y] * 0.9), f"kg, pork 0,9 kg/kg {y}")
        p.check(close(rgl[y], gl[y] * 0.22) and close(rcq[y], cq[y] * 0.24) and close(rev[y], rgl[y] + rcq[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.13) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], kg[y] * 0.006) and close(lines[3][y], kg[y] * 0.005), f"per-kg costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 50)
                and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[9][y], rev[y] * 0.015),
                f"wages, depreciation, interest, lump tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(meat[y] <= 60 * 300 and kg[y] <= 70 * 300, f"pork within 18 tấn, output within 21.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    eq = [p.one(x) for x in ("Máy xay thịt và cối giã", "Kho lạnh 12 m³", "Nồi luộc hơi 200 lít", "Máy hút chân không, máy in")]
    p.check(sum(eq) == p.one("Cộng") == 320, "equipment 320")
    inv = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "Thiết bị (Bảng 1)", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(inv) == p.one("Tổng cộng") == 800 == 500 + 300 and inv[0] + inv[1] == 500 and close(500 / 10, 50),
            "capital 800 = 500 own + 300 loan, fixed 500, depreciation 50")
    p.check(avg1(prof) == 370.8 and close(800 / (370.8 + 50), 1.9, 0.01), "average profit 370,8, payback 1,9")
    p.check(close(kg[0] / 11000, 1.09, 0.01) and close(kg[0] / 10200, 1.18, 0.01), "+9 % on 2026, +18 % on 2025")
    p.has("220.000 đồng/kg", "240.000 đồng/kg", "(310,5 + 344,8 + 457) : 3 ≈ 370,8", "800 : (370,8 + 50) ≈ 1,9 năm",
          "khoảng 60 kg thịt nạc, tương đương khoảng 18 tấn/năm", "công suất tối đa khoảng 21.000 kg/năm",
          "Doanh thu đạt 2.700 triệu đồng năm 2027 và 3.332 triệu đồng năm 2029",
          "10.800 kg năm 2027, 12.060 kg năm 2028 và 13.320 kg năm 2029",
          "lãi vay 21 triệu đồng năm 2027, 14 triệu đồng năm 2028 và 7 triệu đồng năm 2029",
          "12.000 đồng/kg thành phẩm, bao bì 6.000 đồng/kg, gas, điện, nước 5.000 đồng/kg",
          "Năm 2025 sản lượng đạt 10.200 kg", "Năm 2026 ước đạt 11.000 kg")
    p.has("12.000 kg năm 2027, 13.400 kg năm 2028 và 14.800 kg năm 2029")
    parts(p, ["Sơ chế, xay, giã giò", "Gói, luộc, đóng gói", "Bán hàng, giao hàng"], staff, "staff by post")
    p.has("Năm 2024 hộ sản xuất 9.100 kg giò chả các loại, doanh thu khoảng 1,9 tỷ đồng", "doanh thu khoảng 2,2 tỷ đồng")
    history(p, [(9100, 1900), (10200, 2200)], rev[0] / kg[0], "2024-2025 output and revenue")
    shares(p, [60, 25, 15], "channel shares 60/25/15 %")
    p.has("chiếm khoảng 60% sản lượng", "chiếm khoảng 25% sản lượng", "khoảng 15% sản lượng")
    common(p, ready=True)
    return p


def cg02() -> Plan:
    p = Plan("cg02_nuoc_mam_bao_ngu_cty")
    a, b, c, lit = (p.row("Nước mắm Đặc biệt 45 độ đạm, chai 500 ml"), p.row("Nước mắm Truyền thống 30 độ đạm, chai 500 ml"),
                    p.row("Nước mắm 20 độ đạm, can 5 lít"), p.row("Tổng sản lượng quy đổi"))
    fish, salt = p.row("Cá cơm tươi"), p.row("Muối hạt")
    staff = p.row("Cộng |")
    rev, ra, rb, rc = p.row("Doanh thu |"), p.row("Nước mắm Đặc biệt |"), p.row("Nước mắm Truyền thống |"), p.row("Nước mắm can 5 lít |")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá cơm |", "Muối |", "Chai, nắp, can, nhãn |", "Tiền lương, bảo hiểm", "Điện, nước |",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (5%)", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # đồng
        p.check(lit[y] == a[y] * 0.5 + b[y] * 0.5 + c[y] * 5, f"litres {y}")
        p.check(fish[y] == lit[y] * 1.5 and close(salt[y], fish[y] / 3), f"fish 1,5 kg/l, salt 3:1 {y}")
        p.check(ra[y] == a[y] * 75000 and rb[y] == b[y] * 40000 and rc[y] == c[y] * 120000
                and rev[y] == ra[y] + rb[y] + rc[y], f"revenue {y}")
        p.check(lines[0][y] == fish[y] * 18000 and lines[1][y] == salt[y] * 3000
                and lines[2][y] == (a[y] + b[y]) * 6000 + c[y] * 15000, f"fish, salt, bottles {y}")
        p.check(lines[3][y] == staff[y] * 7e6 * 12 and lines[5][y] == 240e6
                and lines[6][y] == [1.5e9, 1e9, 0.5e9][y] * 0.08 and close(lines[7][y], rev[y] * 0.05), f"wages, dep., interest, selling {y}")
        p.check(cost[y] == lines_sum(lines, y) and pre[y] == rev[y] - cost[y], f"cost, pre-tax {y}")
        p.check(rev[y] > 3e9 and close(tax[y], pre[y] * 0.17) and post[y] == pre[y] - tax[y], f"17 % tax {y}")
        p.check(fish[y] <= 220000 and lit[y] <= 60 * 5000 / 1.5, f"fish within 220 tấn, litres within 200.000 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    eq = [p.one(x) for x in ("Mở rộng nhà chượp có mái che", "Bể chượp composite", "Hệ thống lọc tinh", "Máy chiết rót",
                             "Máy đóng nắp", "Kho thành phẩm |", "Hệ thống thu gom")]
    p.check(sum(eq) == p.one("Cộng") == 2.4e9, "equipment 2.400.000.000")
    inv = [p.one(x) for x in ("Nhà xưởng, thiết bị (Bảng 2)", "Thiết kế bao bì", "Vốn lưu động mua cá")]
    src = [p.one(x) for x in ("Vốn chủ sở hữu của công ty", "Vay Ngân hàng Nông nghiệp")]
    p.check(sum(inv) == p.one("Tổng cộng") == 3.5e9 == sum(src) == p.one("Tổng cộng", skip=1), "capital 3,5 tỷ = sources")
    p.check(close(2e9 / 3.5e9, 0.57, 0.01) and 2.4e9 / 10 == 240e6, "57 %, depreciation 240 triệu")
    avg = sum(post) / 3
    p.check(avg == 1385104000 and close(3.5e9 / (avg + 240e6), 2.2, 0.03), "average 1.385.104.000, payback 2,2")
    p.check(close(lit[0] / 90000, 1.11, 0.01) and close(82000 * rev[0] / lit[0] / 1e9, 5.9, 0.01), "+11 % on 2026; 2025 ≈ 5,9 tỷ")
    parts(p, ["Quản lý, kế toán", "Sản xuất, kho", "Bán hàng |"], staff, "staff by department")
    shares(p, [45, 25, 20, 10], "customer shares 45/25/20/10 %")
    p.check(close(ra[2] / rev[2], 0.42, 0.01) and 18000 <= a[0] * 0.5 + b[0] * 0.5, "distributor's 18.000 bottles fit the plan")
    p.has("75.000 đồng/chai", "40.000 đồng/chai", "120.000 đồng/can", "khoảng 220 tấn cá/năm",
          "khoảng 200.000 lít nước mắm/năm", "60 bể chượp loại 5 tấn cá", "tổng sức chứa 300 tấn cá",
          "3.500.000.000 : (1.385.104.000 + 240.000.000) ≈ 2,2 năm",
          "(1.042.480.000 + 1.385.104.000 + 1.727.728.000) : 3 = 1.385.104.000",
          "Doanh thu năm 2027 đạt 7.160.000.000 đồng, năm 2029 đạt 9.308.000.000 đồng",
          "lãi vay 120.000.000 đồng năm 2027, 80.000.000 đồng năm 2028 và 40.000.000 đồng năm 2029",
          "mỗi năm 240.000.000 đồng", "100.000 lít năm 2027, 115.000 lít năm 2028 và 130.000 lít năm 2029",
          "6.000 đồng/chai 500 ml và 15.000 đồng/can 5 lít", "năm 2025 đạt 82.000 lít", "năm 2026 ước đạt 90.000 lít")
    common(p, ready=True)
    return p


def cg03() -> Plan:
    p = Plan("cg03_muc_kho_xuan_hoi_htx")
    fk, fn, fresh = p.row("Mực tươi cho mực khô"), p.row("Mực tươi cho mực một nắng"), p.row("Tổng nhu cầu mực tươi")
    mk, mn, kg = p.row("Mực khô Xuân Hội |"), p.row("Mực một nắng Xuân Hội |"), p.row("Cộng |")
    pk, pn = p.row("Mực khô Xuân Hội |", 4)[0], p.row("Mực một nắng Xuân Hội |", 4)[0]
    lines = [p.row(x) for x in ("Mực tươi (130.000", "Muối, điện sấy", "Bao bì, nhãn (20.000", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển, quảng bá", "Quản lý, kiểm nghiệm")]
    total = p.row("Tổng chi phí")
    summary = [p.row(f"{2027 + y}|", 5) for y in Y]  # years as rows: revenue, cost, pre-tax, tax, after-tax
    staff = [12, 13, 14]
    p.check(pk == 1350000 and pn == 380000, "prices in the table")
    rk = [mk[y] * 1.35 for y in Y]
    rn = [mn[y] * 0.38 for y in Y]
    for y in Y:  # triệu đồng
        s = summary[y]
        p.check(kg[y] == mk[y] + mn[y] and fk[y] == mk[y] * 7 and close(fn[y], mn[y] * 1.5)
                and fresh[y] == fk[y] + fn[y], f"kg, fresh squid 7 and 1,5 kg/kg {y}")
        p.check(close(s[0], rk[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.13) and close(lines[1][y], kg[y] * 0.015) and close(lines[2][y], kg[y] * 0.02)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 120)
                and close(lines[5][y], [800, 600, 400][y] * 0.07), f"cost lines {y}")
        p.check(close(total[y], lines_sum(lines, y)) and close(s[1], total[y]) and close(s[2], s[0] - s[1]), f"cost, pre-tax {y}")
        p.check(s[0] > 3000 and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"17 % tax {y}")
        p.check(fresh[y] <= 60000 and fresh[y] <= 400 * 250, f"squid within 60 tấn contract and 100 tấn dryers {y}")
        if y:
            p.check(s[0] / summary[y - 1][0] < 1.2, f"growth {y}")
    p.has("Doanh thu mực khô: 4.050 triệu đồng (2027), 4.590 triệu đồng (2028), 5.130 triệu đồng (2029)",
          "doanh thu mực một nắng: 2.280 triệu đồng, 2.584 triệu đồng và 2.888 triệu đồng")
    p.check([round(x) for x in rk] == [4050, 4590, 5130] and [round(x) for x in rn] == [2280, 2584, 2888], "revenue sentence")
    p.check(close(summary[0][0] / 1000, 6.33) and close(summary[1][0] / 1000, 7.17) and close(summary[2][0] / 1000, 8.02),
            "6,33 / 7,17 / 8,02 tỷ")
    inv = [p.one(x) for x in ("Khu sơ chế, phòng sấy", "2 máy sấy bơm nhiệt", "Kho lạnh 20 m³", "Máy hút chân không, tủ đông",
                              "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động thu mua mực")]
    p.check(sum(inv) == p.one("Tổng cộng") == 2000 == 1200 + 800 and sum(inv[:4]) == 1200, "capital 2.000, fixed 1.200")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 746.2 and close(2000 / (746.2 + 120), 2.3, 0.01), "average 746,2, payback 2,3")
    p.check(close(kg[0] / 8000, 1.125) and close(2400 * 1.35 + 4800 * 0.38, 5064), "+12,5 % on 2026; 2025 = 5,06 tỷ")
    p.has("sản xuất 2.400 kg mực khô và 4.800 kg mực một nắng, tổng 7.200 kg, doanh thu 5,06 tỷ đồng")
    shares(p, [45, 25, 20, 10], "customer shares 45/25/20/10 %")
    p.has("1.350.000 đồng/kg", "380.000 đồng/kg", "khoảng 60 tấn mực tươi/năm", "100 tấn mực tươi/năm",
          "(585,1 + 746,2 + 907,2) : 3 ≈ 746,2", "2.000 : (746,2 + 120) ≈ 2,3 năm", "11 thành viên chính thức",
          "lãi vay 56 triệu đồng năm 2027, 42 triệu đồng năm 2028, 28 triệu đồng năm 2029",
          "9.000 kg năm 2027, 10.200 kg năm 2028, 11.400 kg năm 2029")
    common(p, ready=True)
    return p


def cg04() -> Plan:
    p = Plan("cg04_ruoc_thit_huong_mai_tht")
    jar, bag, kg = p.row("Ruốc hũ 200 g (hũ)"), p.row("Ruốc túi 500 g (túi)"), p.row("Tổng sản lượng ruốc (kg)")
    meat, spice = p.row("Thịt nạc mông lợn (kg)"), p.row("Nước mắm, đường, tiêu, dầu ăn (kg)")
    ch = [p.row(x) for x in ("Cửa hàng thực phẩm sạch, mẹ và bé (kg)", "Bán trực tuyến (kg)", "Điểm bán OCOP, hội chợ")]
    chan_total, staff = p.row("Cộng (kg)"), p.row("Cộng (người)")
    rev, rj, rb = p.row("Doanh thu |"), p.row("Ruốc hũ 200 g (115"), p.row("Ruốc túi 500 g (270")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Thịt nạc (110", "Gia vị, nước mắm, dầu", "Hũ, túi, nhãn", "Gas, điện, nước", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm", "Thuế khoán")]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == jar[y] * 0.2 + bag[y] * 0.5 and meat[y] == kg[y] * 2.5 and close(spice[y], kg[y] * 0.2), f"kg, pork 2,5 kg/kg {y}")
        p.check(close(ch[0][y], kg[y] * 0.55) and close(ch[1][y], kg[y] * 0.30) and close(ch[2][y], kg[y] * 0.15)
                and chan_total[y] == kg[y] == sum(c[y] for c in ch), f"channels 55/30/15 % {y}")
        p.check(rj[y] == jar[y] * 115 and rb[y] == bag[y] * 270 and rev[y] == rj[y] + rb[y], f"revenue {y}")
        p.check(lines[0][y] == meat[y] * 110 and lines[1][y] == kg[y] * 20 and lines[2][y] == jar[y] * 6 + bag[y] * 8
                and lines[3][y] == kg[y] * 15, f"per-unit costs {y}")
        p.check(lines[4][y] == staff[y] * 5500 * 12 and lines[5][y] == 60000 and close(lines[6][y], [21000, 14000, 7000][y])
                and close(lines[7][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.015), f"wages, dep., interest, selling, tax {y}")
        p.check(cost[y] == lines_sum(lines, y) and prof[y] == rev[y] - cost[y], f"cost, profit {y}")
        p.check(meat[y] <= 25000 and kg[y] <= 100 * 0.4 * 250 and kg[y] <= 2 * 25 * 2 * 0.4 * 250, f"pork 25 tấn, capacity 10.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    inv = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "2 máy đánh tơi ruốc", "2 chảo rang điện", "Máy seal hũ, máy hàn túi",
                              "Tủ đông, tủ mát |", "Thiết kế nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(inv) == p.one("Tổng cộng") == 800000 == 500000 + 300000 and sum(inv[:5]) == 600000, "capital 800 triệu, fixed 600")
    avg = sum(prof) / 3
    p.check(avg == 732545 and close(800000 / (avg + 60000), 1.0, 0.02), "average 732.545, payback 1,0")
    p.check(close(kg[0] / 5400, 1.11, 0.01) and close(ratios(kg)[0], 1.15) and close(ratios(kg)[1], 1.13, 0.01)
            and close(115 / 0.2, 575) and close(270 / 0.5, 540), "+11 % on 2026, +15 % and +13 %, per-kg prices 575.000 and 540.000")
    parts(p, ["Tổ trưởng, phụ trách chất lượng", "Sổ sách, bán hàng trực tuyến", "Sơ chế, luộc, xé thịt", "Rang, đánh tơi",
              "Đóng gói, dán nhãn"], staff, "staff by task")
    past = [p.row(x) for x in ("Sản lượng ruốc (kg)", "Doanh thu (triệu đồng)")]
    history(p, list(zip(past[0], past[1])), rev[0] / kg[0] / 1000, "2024-2026 table")
    p.check(past[0][1] == 4800 and past[0][2] == 5400 and p.row("Số lao động (người)")[2] == staff[0] - 0, "2025, 2026 as in the text")
    p.has("115.000 đồng/hũ", "270.000 đồng/túi", "(575.300 + 754.545 + 867.790) : 3 = 732.545",
          "800.000 : (732.545 + 60.000) ≈ 1,0 năm", "tối đa 25 tấn/năm", "khoảng 10.000 kg ruốc/năm",
          "6.000 kg năm 2027, 6.900 kg năm 2028, 7.800 kg năm 2029", "3,38 tỷ đồng năm 2027 và 4,39 tỷ đồng năm 2029",
          "Tổng vốn đầu tư 800 triệu đồng", "mỗi năm 60 triệu đồng", "575.000 đồng/kg với hũ 200 g và 540.000 đồng/kg",
          "7 người năm 2027 và 2028, 8 người năm 2029")
    common(p, ready=True)
    return p


# --------------------------------------------------------------------------- revise plans

def cg05() -> Plan:
    p = Plan("cg05_nuoc_mam_loc_hai_htx")
    ch, chp, chr_ = p.row("Chai 500 ml – sản lượng"), p.row("Chai 500 ml – giá bán"), p.row("Chai 500 ml – thành tiền")
    cn, cnp, cnr = p.row("Can 2 lít – sản lượng"), p.row("Can 2 lít – giá bán"), p.row("Can 2 lít – thành tiền")
    lit, rev, rev2 = p.row("Tổng sản lượng quy đổi"), p.row("Tổng doanh thu"), p.row("Tổng doanh thu", skip=1)
    chan = [p.row(x) for x in ("Đại lý, cửa hàng tạp hóa", "Nhà hàng, quán ăn, bếp ăn", "Bán trực tuyến, gửi hàng", "Hội chợ, điểm bán")]
    chan_total, staff = p.row("Cộng |"), p.row("Cộng |", skip=1)
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá nguyên liệu", "Muối (3.000", "Chai, can, nắp, nhãn", "Tiền lương", "Điện, nước |",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    fish = [x * 1.5 for x in lit]
    true_cn = [cn[y] * 110000 / 1e6 for y in Y]
    true_rev = [chr_[y] + true_cn[y] for y in Y]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + cn[y] * 2 and chp[y] == 55000 and cnp[y] == 110000, f"litres, prices {y}")
        p.check(close(chr_[y], ch[y] * chp[y] / 1e6), f"bottle revenue {y}")
        p.check(rev[y] == rev2[y] == chr_[y] + cnr[y], f"total = its rows as written, both tables {y}")
        p.check(sum(c[y] for c in chan) == chan_total[y] == lit[y] and close(chan[0][y], lit[y] * 0.55)
                and close(chan[1][y], lit[y] * 0.25) and close(chan[2][y], lit[y] * 0.15), f"channels {y}")
        p.check(close(lines[0][y], fish[y] * 0.022) and close(lines[1][y], fish[y] / 3 * 0.003)
                and close(lines[2][y], ch[y] * 0.006 + cn[y] * 0.012) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[5][y], 100) and close(lines[6][y], [600, 400, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax as written {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax as written {y}")
        p.check(fish[y] <= 120000 and lit[y] <= 30 * 4000 / 1.5, f"fish within 120 tấn, litres within 80.000 {y}")
    p.check(close(cnr[0], true_cn[0]) and close(cnr[1], true_cn[1]), "2027-2028 can revenue right")
    p.check(true_cn[2] == 1430 and off(cnr[2], true_cn[2]), "PLANTED 2029 can revenue 1.820 != 13.000 × 110.000 = 1.430")
    p.check(true_rev[2] == 5830 and off(rev[2], true_rev[2]), "PLANTED 2029 revenue total 6.220 != 5.830 (+6,7 %)")
    true_pre = true_rev[2] - cost[2]
    true_post = [post[0], post[1], true_pre * 0.83]
    p.check(true_pre == 1435 and off(pre[2], true_pre), "knock-on: 2029 pre-tax 1.825 != 1.435")
    avg_w, avg_t = sum(post) / 3, sum(true_post) / 3
    p.check(close(avg_w, 1082.3, 0.001) and close(1600 / (avg_w + 100), 1.35, 0.01), "stated average 1.082,3, payback 1,35")
    p.check(close(avg_t, 974.4, 0.001) and off(1.35, 1600 / (avg_t + 100)), "tolerated knock-on: true payback 1,49")
    p.check(all(r < 1.25 for r in ratios(true_rev)) and all(r < 1.25 for r in ratios(rev)), "growth under 25 % even as written")
    eq = [p.one(x) for x in ("Mở rộng nhà chượp có mái che", "Bể chượp loại 4 tấn cá", "Máy lọc tinh, máy chiết rót", "Kho thành phẩm |")]
    p.check(sum(eq) == p.one("Cộng |", skip=2) == 1000 and 1000 + 100 + 500 == 1600 == 1000 + 600, "capital 1.600 = fixed 1.000 + 100 + 500")
    boats = [p.row(x, 2) for x in ("Tàu lưới vây của thành viên", "Tàu lưới rê")]
    p.check(boats[0][0] + boats[1][0] == 12 and boats[0][1] + boats[1][1] == 120, "12 boats, 120 tấn")
    p.check(close(lit[0] / 46000, 1.09, 0.01), "+9 % on 2026")
    parts(p, ["Quản lý, kế toán", "Chượp, lọc, pha đấu", "Chiết rót, đóng gói, kho", "Bán hàng |"], staff, "staff by department")
    past = [p.row(f"{2023 + i} |", 3) for i in range(3)] + [p.row("2026 (ước)", 3)]
    history(p, [(r[0], r[1]) for r in past], rev[0] / lit[0], "2023-2026 table")
    p.check(past[2][0] == 42000 and past[3][0] == 46000 and past[2][2] == 40, "2025, 2026 and 40 outlets as in the text")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "theo Bộ tiêu chí ban hành kèm theo Quyết định 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED: the current criteria decision is never cited")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|mùi hôi|khử mùi|\brác\b|bể lắng|bể tự hoại|vệ sinh|bã chượp|xác mắm|"
            r"đăng ký môi trường|ô nhiễm|thu gom", "PLANTED no environmental measure anywhere")
    p.has("# 15. Hiệu quả xã hội")
    p.has("55.000 đồng/chai", "110.000 đồng/can", "1.600 : (1.082,3 + 100) ≈ 1,35 năm",
          "(757,8 + 974,4 + 1.514,7) : 3 ≈ 1.082,3", "khoảng 120 tấn cá/năm", "khoảng 80.000 lít nước mắm/năm",
          "75.000 kg năm 2027, 87.000 kg năm 2028 và 99.000 kg năm 2029", "25.000 kg, 29.000 kg và 33.000 kg",
          "Doanh thu năm 2027 đạt 4.400 triệu đồng", "Tổng vốn đầu tư: 1.600 triệu đồng")
    common(p, ready=False)
    return p


def cg06() -> Plan:
    p = Plan("cg06_nem_chua_thuy_hang_hkd")
    bag, box, kg = p.row("Nem chua túi 20 chiếc"), p.row("Nem chua hộp 10 chiếc"), p.row("Tổng sản lượng nem")
    chan = [p.row(x) for x in ("Nhà hàng, quán nhậu", "Cửa hàng tạp hóa, đặc sản", "Bán lẻ, bán trực tuyến")]
    chan_total = p.row("Cộng |")
    rev, rb, rx = p.row("Doanh thu |"), p.row("– Nem túi (80.000"), p.row("– Nem hộp (45.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("– Thịt nạc", "– Bì lợn", "– Thính, gia vị", "– Túi, hộp, nhãn", "– Điện", "– Tiền công",
                                 "– Khấu hao", "– Lãi vay", "– Bán hàng, xăng xe", "– Thuế khoán")]
    capacity = 85 * 300
    for y in Y:  # triệu đồng
        p.check(kg[y] == bag[y] * 0.5 + box[y] * 0.25, f"kg {y}")
        p.check(sum(c[y] for c in chan) == chan_total[y] == kg[y] and close(chan[0][y], kg[y] * 0.5), f"channels {y}")
        p.check(close(rb[y], bag[y] * 0.08) and close(rx[y], box[y] * 0.045) and close(rev[y], rb[y] + rx[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.7 * 0.115) and close(lines[1][y], kg[y] * 0.3 * 0.035)
                and close(lines[2][y], kg[y] * 0.01) and close(lines[3][y], bag[y] * 0.003 + box[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[5][y], 6 * 6 * 12) and close(lines[6][y], 55) and close(lines[7][y], [300, 200, 100][y] * 0.07)
                and close(lines[9][y], rev[y] * 0.015, 0.02), f"6 workers, depreciation, interest, lump tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] * 0.7 <= 30000, f"lean pork within 30 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"revenue growth under 20 % {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2027 and 2028 profit right")
    true29 = rev[2] - cost[2]
    p.check(close(true29, 992.9, 0.0005) and off(prof[2], true29), "PLANTED 2029 profit 1.292,9 != 5.352 − 4.359,1 = 992,9")
    p.check(capacity == 25500 and kg[0] <= capacity, "2027 within 85 kg × 300 days")
    p.check(off(kg[1], capacity) and off(kg[2], capacity) and kg[1] > capacity and kg[2] > capacity,
            "PLANTED 2028 28.200 kg and 2029 32.400 kg > 25.500 kg capacity")
    inv_table = p.section("Bảng 2. Vốn đầu tư", "Tổng cộng")
    p.check(not re.search(r"máy xay|máy quết|lao động", inv_table, re.I), "no grinder, pounding machine or worker in the investment")
    p.has("Tổng 6 lao động trong cả giai đoạn 2027–2029", "xưởng làm được tối đa khoảng 85 kg nem/ngày; làm việc 300 ngày/năm")
    inv = [p.one("Xe tải nhỏ thùng lạnh |"), p.one("Kho mát 10 m³", skip=1), p.one("Máy hút chân không, máy in hạn sử dụng", skip=1),
           p.one("Cải tạo khu ủ nem"), p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(inv) == p.one("Tổng cộng") == 800 == 500 + 300 and sum(inv[:4]) == 550, "capital 800, fixed 550")
    avg_w, avg_t = sum(prof) / 3, (prof[0] + prof[1] + true29) / 3
    p.check(close(avg_w, 885.8, 0.001) and close(800 / (avg_w + 55), 0.85, 0.01), "stated average 885,8, payback 0,85")
    p.check(close(800 / (avg_t + 55), 0.95, 0.01) and off(0.85, 800 / (avg_t + 55)), "tolerated knock-on: true payback 0,95")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tập huấn|tự công bố|công bố sản phẩm|"
            r"giấy chứng nhận cơ sở|HACCP|ISO 22000", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.has("Tiêu chuẩn cơ sở TCCS 01:2026/TH", "phiếu kết quả thử nghiệm")  # a product standard exists
    p.has("80.000 đồng/túi", "45.000 đồng/hộp", "(578,6 + 785,8 + 1.292,9) : 3 ≈ 885,8", "800 : (885,8 + 55) ≈ 0,85 năm",
          "24.000 kg năm 2027, 28.200 kg năm 2028, 32.400 kg năm 2029",
          "3.960 triệu đồng năm 2027, 4.656 triệu đồng năm 2028, 5.352 triệu đồng năm 2029",
          "16.800 kg năm 2027, 19.740 kg năm 2028, 22.680 kg năm 2029", "7.200 kg, 8.460 kg và 9.720 kg",
          "trên 30 tấn thịt nạc/năm", "160.000 đồng/kg (túi) và 180.000 đồng/kg (hộp quà)")
    p.check(close(0.08 / 0.5, 0.16) and close(0.045 / 0.25, 0.18), "per-kg prices")
    past = [p.row(f"{2023 + i} |", 3) for i in range(3)] + [p.row("2026 (ước)", 3)]
    history(p, [(r[0], r[1]) for r in past], rev[0] / kg[0], "2023-2026 table")
    p.check(past[2][0] == 21500 and past[3][0] == 23000 and past[3][2] == 45 + 30, "2025, 2026 and 75 customers as in the text")
    shares(p, [50, 30, 20], "channel shares 50/30/20 %")
    common(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


def cg07() -> Plan:
    p = Plan("cg07_ca_kho_hai_dang_ctcp")
    cv, cm, bb, kg = p.row("Cá chỉ vàng khô (túi)"), p.row("Cá mối khô (túi)"), p.row("Cá khô bán buôn (kg)"), p.row("Tổng cá khô (kg)")
    need = [p.row(f"{2027 + y}|", 2) for y in Y]  # dried kg, fresh kg
    lines = [p.row(x) for x in ("Cá tươi (40.000", "Muối, gia vị", "Túi hút chân không, thùng carton |", "Điện sấy",
                                 "Tiền lương, bảo hiểm", "Khấu hao |", "Lãi vay |", "Bán hàng (5%", "Quản lý, chi khác")]
    total = p.row("Tổng chi phí")
    rev, cost, pre, tax, post = (p.row("Doanh thu |"), p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"),
                                 p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế"))  # tỷ đồng
    staff = [18, 20, 22]
    rcv, rcm, rbb = [cv[y] * 0.18 for y in Y], [cm[y] * 0.15 for y in Y], [bb[y] * 0.22 for y in Y]
    fresh = [kg[y] * 3.4 for y in Y]
    supply = 60000 + 30000
    for y in Y:  # triệu đồng, summary in tỷ
        p.check(kg[y] == cv[y] * 0.5 + cm[y] * 0.5 + bb[y] and need[y][0] == kg[y] and close(need[y][1], fresh[y]), f"kg, fresh 3,4 kg/kg {y}")
        p.check(close(rev[y] * 1000, rcv[y] + rcm[y] + rbb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.04) and close(lines[1][y], kg[y] * 0.008)
                and close(lines[2][y], (cv[y] + cm[y]) * 0.003 + bb[y] * 0.001) and close(lines[3][y], kg[y] * 0.01)
                and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 200) and close(lines[6][y], [1200, 800, 400][y] * 0.08)
                and close(lines[7][y], rev[y] * 1000 * 0.05), f"cost lines {y}")
        p.check(close(total[y], lines_sum(lines, y)) and close(cost[y] * 1000, total[y]), f"cost total, tỷ summary {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
        p.check(kg[y] * 3.4 <= 1000 * 280, f"dryers 280 tấn fresh {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(fresh[0] <= supply and fresh[1] <= supply, "2027 (74,8 tấn) and 2028 (88,4 tấn) within 90 tấn")
    p.check(fresh[2] == 102000 and off(fresh[2], supply), "PLANTED 2029 needs 30.000 × 3,4 = 102 tấn fresh fish > 90 tấn supply")
    p.has("khoảng 60 tấn cá tươi/năm", "khoảng 30 tấn/năm", "Tổng nguồn cá tươi khoảng 90 tấn/năm")
    p.lacks(r"mua thêm|chợ cá|nguồn khác|liên kết thêm", "no further fish source anywhere")
    inv = [p.one(x) for x in ("Nhà xưởng chế biến 400 m²", "Hệ thống sấy bơm nhiệt 2 buồng", "Kho lạnh 40 m³", "Bàn sơ chế inox",
                              "Túi hút chân không, thùng carton, kiểm", "Vốn lưu động thu mua cá")]
    stated = p.one("Tổng cộng")
    p.check(sum(inv) == stated == 3200 and sum(inv[:4]) == 2000, "investment items = 3.200 (table right), fixed 2.000")
    sources = p.section("## 2. Nguồn vốn", "## 3.")
    amounts = [float(x.replace(".", "")) for x in re.findall(r"(\d[\d.]*) triệu đồng", sources)]
    p.check(amounts == [1500, 1200, 400, 96, 64, 32], "sources paragraph: 1.500 + 1.200, then repayment and interest only")
    p.check(off(1500 + 1200, stated), "PLANTED capital sources 2.700 != investment 3.200 (−15,6 %)")
    p.lacks(r"hỗ trợ của|vốn hỗ trợ|vốn tự có|vốn khác|huy động thêm", "no third source named")
    avg = sum(post) / 3 * 1000
    p.check(close(avg, 1031.7, 0.001) and close(3200 / (avg + 200), 2.6, 0.01), "average 1.031,7, payback 2,6 on 3.200")
    p.check(close(kg[0] / 19500, 1.13, 0.01), "+13 % on 2026")
    history(p, [(17000, 5200)], rev[0] * 1000 / kg[0], "2025: 17.000 kg, 5,2 tỷ")
    p.has("Năm 2025 công ty sản xuất 17.000 kg cá khô các loại, doanh thu 5,2 tỷ đồng")
    shares(p, [60, 30, 10], "markets 60/30/10 %")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|\bQR\b|ghi nhãn", "PLANTED no label or label plan anywhere")
    p.has("Nhãn hiệu \"Hải Đăng\"", "túi hút chân không 500 g")
    p.has("180.000 đồng/túi", "150.000 đồng/túi", "220.000 đồng/kg", "40.000 đồng/kg", "3.200 : (1.031,7 + 200) ≈ 2,6 năm",
          "cá chỉ vàng khô 3.600 (2027), 4.320 (2028), 5.040 (2029); cá mối khô 1.800, 2.100, 2.400; cá khô bán buôn 1.320, 1.540, 1.760",
          "6,72 tỷ đồng năm 2027, 7,96 tỷ đồng năm 2028, 9,2 tỷ đồng năm 2029",
          "22.000 kg năm 2027, 26.000 kg năm 2028, 30.000 kg năm 2029",
          "lãi vay 96 triệu đồng năm 2027, 64 triệu đồng năm 2028, 32 triệu đồng năm 2029")
    common(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


def cg08() -> Plan:
    p = Plan("cg08_cha_muc_huong_bien_cty")
    box, bulk, kg, squid = p.row("Chả mực hộp 500 g |"), p.row("Chả mực bán buôn |"), p.row("Tổng sản lượng chả mực"), p.row("Mực tươi nguyên liệu")
    staff = p.row("Cộng |")
    rev, rbx, rbl = p.row("Doanh thu |"), p.row("Chả mực hộp (200.000"), p.row("Chả mực bán buôn (340.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mực tươi |", "Mỡ, gia vị", "Hộp, túi, nhãn", "Điện, gas, nước", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (5%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    boats = p.row("Cộng |", 2)
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.5 + bulk[y] and squid[y] == kg[y] * 1.25, f"kg, squid 1,25 kg/kg {y}")
        p.check(close(rbx[y], box[y] * 0.2) and close(rbl[y], bulk[y] * 0.34) and close(rev[y], rbx[y] + rbl[y]), f"revenue {y}")
        p.check(close(lines[0][y], squid[y] * 0.13) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], box[y] * 0.008 + bulk[y] * 0.002) and close(lines[3][y], kg[y] * 0.012)
                and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 150) and close(lines[6][y], [1000, 700, 400][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(squid[y] <= boats[1] * 1000 and kg[y] <= 100 * 280, f"squid within 30 tấn, capacity 28.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(boats == [20, 30], "20 boats, 30 tấn")
    items = [p.one(x) for x in ("Nhà xưởng chế biến 200 m²", "2 cối giã chả mực", "Kho lạnh 20 m³, tủ cấp đông",
                                "Máy hút chân không, máy đóng hộp", "Bếp chiên công nghiệp", "Thiết kế hộp, nhãn", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 2350 and stated == 2530 and off(stated, sum(items)),
            "PLANTED investment table total 2.530 != items 2.350 (+7,7 %)")
    src = [p.one("Vốn chủ sở hữu"), p.one("Vay Ngân hàng TMCP Đầu tư")]
    p.check(sum(src) == p.one("Tổng cộng", skip=1) == stated, "sources add up to the stated (wrong) total")
    p.check(off(sum(src), sum(items)), "tolerated knock-on: sources 2.530 != the 2.350 the items cost")
    p.check(sum(items[:5]) == 1500 and close(1500 / 10, 150), "fixed 1.500, depreciation 150")
    avg = sum(post) / 3
    p.check(close(avg, 826.9, 0.001) and close(stated / (avg + 150), 2.6, 0.01), "stated payback 2,6 on 2.530")
    p.check(close(sum(items) / (avg + 150), 2.4, 0.01) and off(2.6, sum(items) / (avg + 150)), "tolerated knock-on: 2,4 on 2.350")
    p.check(p.count("Công ty TNHH Hải sản Sao Mai") == 2 and p.count("Công ty TNHH Chả mực Hương Biển") == 2
            and p.count("CÔNG TY TNHH CHẢ MỰC HƯƠNG BIỂN") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"tiêu chuẩn|TCCS|TCVN|QCVN|công bố|kiểm nghiệm|hợp quy|thử nghiệm|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 53/2024/ATTP-CNĐK", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Chả mực Hương Biển\"")
    p.check(close(kg[0] / 12500, 1.12, 0.01), "+12 % on 2026")
    parts(p, ["Quản lý (giám đốc", "Bán hàng |", "Công nhân sơ chế"], staff, "staff by department")
    parts(p, ["Tàu câu mực ven bờ", "Tàu câu mực xa bờ"], boats, "boats and tonnes by fleet")
    past = [p.row(f"{2023 + i} |", 3) for i in range(3)] + [p.row("2026 (ước)", 3)]
    history(p, [(r[0], r[1]) for r in past], rev[0] / kg[0], "2023-2026 table")
    p.check(past[2][0] == 11000 and past[2][1] == 4100 and past[3][2] == 25 + 20, "2025 and 45 customers as in the text")
    shares(p, [40, 30, 20, 10], "customer shares 40/30/20/10 %")
    p.has("200.000 đồng/hộp", "340.000 đồng/kg", "130.000 đồng/kg", "(620 + 826,8 + 1.033,8) : 3 ≈ 826,9",
          "2.530 : (826,9 + 150) ≈ 2,6 năm", "17.500 kg năm 2027, 20.625 kg năm 2028, 23.750 kg năm 2029",
          "5.240 triệu đồng năm 2027, 6.180 triệu đồng năm 2028, 7.120 triệu đồng năm 2029",
          "lãi vay 80 triệu đồng năm 2027, 56 triệu đồng năm 2028, 32 triệu đồng năm 2029", "tương đương 28.000 kg/năm")
    common(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


def cg09() -> Plan:
    p = Plan("cg09_ruoc_ca_ngu_cam_linh_htx")
    jar, bag, kg = p.row("Ruốc cá ngừ hũ 200 g"), p.row("Ruốc cá ngừ túi 500 g"), p.row("Tổng sản lượng |")
    staff = p.row("Cộng |")
    rev, rj, rb = p.row("Doanh thu |"), p.row("Ruốc hũ 200 g (90.000"), p.row("Ruốc túi 500 g (210.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá ngừ tươi", "Gia vị, dầu ăn", "Hũ, túi, nhãn", "Gas, điện", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (6%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN |"), p.row("Lợi nhuận sau thuế")
    fish = [k * 2.8 for k in kg]
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.2 + bag[y] * 0.5, f"kg {y}")
        p.check(close(rj[y], jar[y] * 0.09) and close(rb[y], bag[y] * 0.21) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.055) and close(lines[1][y], kg[y] * 0.025)
                and close(lines[2][y], jar[y] * 0.005 + bag[y] * 0.004) and close(lines[3][y], kg[y] * 0.015)
                and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 100) and close(lines[7][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(lines[6][y], [35, 17.5, 0][y]), f"interest 7 % on 500, 250, 0 {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 100 * 300 and fish[y] <= 60000, f"within 30 tấn capacity and 60 tấn tuna (not the defect) {y}")
    g = ratios(kg)
    p.check(close(g[0], 2.4) and close(g[1], 2.0) and close(ratios(rev)[0], 2.4) and close(ratios(rev)[1], 2.0)
            and off(g[0], 1.25) and off(g[1], 1.25), "PLANTED output and revenue ×2,4 then ×2,0")
    p.check(close(kg[0] / 3600, 1.11, 0.01) and kg[2] / 3200 == 6.0, "2027 +11 % on 2026; 2029 six times 2025")
    p.check(p.count("15 cửa hàng") == 2 and staff == [6, 8, 10], "the same 15 shops; 6 → 10 workers")
    p.lacks(r"hợp đồng|đơn đặt hàng|nhà phân phối|đại lý|siêu thị|bếp ăn", "PLANTED (growth): no contract, distributor or large buyer")
    inv = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "Máy xé tơi công nghiệp |", "2 chảo rang tự động", "Tủ sấy, máy đóng gói",
                              "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(inv) == p.one("Tổng cộng") == 1400 == 900 + 500 and sum(inv[:4]) == 900 and close(900 / 9, 100),
            "capital 1.400, fixed 900, depreciation 100; nothing invested after 2027")
    avg = sum(post) / 3
    true_payback = 1400 / (avg + 100)
    p.check(close(avg, 1169.7, 0.001) and close(true_payback, 1.10, 0.01), "average 1.169,7, payback 1,1")
    p.check(off(0.6, true_payback), "PLANTED stated payback 0,6 != 1.400 : (1.169,7 + 100) ≈ 1,1")
    p.check(close(1400 / post[2], 0.58, 0.01), "0,6 is 1.400 over the 2029 profit alone")
    parts(p, ["Tổ trưởng tổ chế biến", "Sơ chế, hấp, rang, đóng gói", "Bán hàng trực tuyến |"], staff, "staff by post")
    past = [p.row(f"{2023 + i} |", 3) for i in range(3)] + [p.row("2026 (ước)", 3)]
    history(p, [(r[0], r[1]) for r in past], rev[0] / kg[0], "2023-2026 table")
    p.check(past[2][0] == 3200 and past[3][0] == 3600 and past[3][2] == staff[0], "2025, 2026 as in the text")
    p.has("khoảng 1.169,7 triệu đồng/năm, khấu hao 100 triệu đồng/năm",
          "Thời gian hoàn vốn = Tổng vốn đầu tư : (Lợi nhuận sau thuế bình quân + Khấu hao) ≈ 0,6 năm")
    p.lacks(r"truy xuất|nhật ký|sổ (ghi|theo dõi|nhập|sản xuất)|kiểm soát|HACCP|\bISO\b|\blô\b|lưu mẫu|\bQR\b|kiểm tra|định kỳ",
            "PLANTED no internal quality control or traceability anywhere")
    p.has("90.000 đồng/hũ", "210.000 đồng/túi", "4.000 kg năm 2027, 9.600 kg năm 2028 và 19.200 kg năm 2029",
          "1.752 triệu đồng năm 2027, 4.204,8 triệu đồng năm 2028 và 8.409,6 triệu đồng năm 2029",
          "11.200 kg năm 2027, 26.880 kg năm 2028, 53.760 kg năm 2029", "dành 60 tấn/năm", "tương đương 30 tấn ruốc/năm",
          "450.000 đồng/kg (hũ) và 420.000 đồng/kg (túi)")
    common(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


def cg10() -> Plan:
    p = Plan("cg10_gio_me_quang_thanh_hkd")
    c1, c2, kg = p.row("Giò me cây 1 kg |"), p.row("Giò me cây 500 g |"), p.row("Tổng sản lượng")
    chan = [p.row(x) for x in ("Nhà hàng, quán cơm, dịch vụ nấu cỗ", "Cửa hàng đặc sản, thực phẩm sạch", "Bán lẻ, bán trực tuyến")]
    chan_total = p.row("Cộng |")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Giò me cây 1 kg (360.000"), p.row("Giò me cây 500 g (185.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Thịt bê (200.000", "Nước mắm, gia vị, lá chuối", "Màng bọc, túi, nhãn", "Gas, điện, nước",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Thuế khoán")]
    workers = p.one("Cộng |", skip=2)
    for y in Y:  # triệu đồng
        p.check(kg[y] == c1[y] + c2[y] * 0.5, f"kg {y}")
        p.check(sum(c[y] for c in chan) == chan_total[y] == kg[y] and close(chan[0][y], kg[y] * 0.55), f"channels {y}")
        p.check(close(r1[y], c1[y] * 0.36) and close(r2[y], c2[y] * 0.185) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.9 * 0.2) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], (c1[y] + c2[y]) * 0.005) and close(lines[3][y], kg[y] * 0.006), f"per-unit costs {y}")
        p.check(close(lines[4][y], 8 * 5.5 * 12) and close(lines[5][y], 25) and close(lines[6][y], [200, 100, 0][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.015, 0.02), f"wages for 8, depreciation, interest, lump tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 50 * 300, f"capacity 15.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    eq = [p.one(x) for x in ("Cối giã giò tự động |", "Nồi luộc hơi |", "Tủ mát, tủ đông, máy hút chân không")]
    p.check(sum(eq) == 200 == p.one("Cộng |", skip=1), "equipment 200")
    amounts = [100, 60, 40, 50, 50, 200]
    p.has("cối giã giò tự động 100 triệu đồng; tủ đông, tủ mát 60 triệu đồng; nồi luộc hơi 40 triệu đồng; cải tạo bếp chế biến "
          "50 triệu đồng; bao bì, nhãn, kiểm nghiệm 50 triệu đồng; vốn lưu động 200 triệu đồng")
    p.check(sum(amounts) == 500 == 300 + 200 and sum(amounts[:4]) == 250 and close(250 / 10, 25), "capital 500, fixed 250")
    p.check(avg1(prof) == 558.8 and close(500 / (558.8 + 25), 0.86, 0.01), "average 558,8, payback 0,86")
    p.check(close(kg[0] / 6500, 1.08, 0.01), "+8 % on 2026")
    staff_rows = [p.one(x) for x in ("Chủ hộ |", "Vợ chủ hộ |", "Con trai chủ hộ |", "Lao động thuê |")]
    p.check(sum(staff_rows) == workers, "labour table adds up to 8")
    past = [p.row(f"{2023 + i} |", 2) for i in range(3)] + [p.row("2026 (ước)", 2)]
    history(p, [(r[0], r[1]) for r in past], rev[0] / kg[0], "2023-2026 table")
    p.check(past[2] == [6000, 2150] and past[3][0] == 6500, "2025, 2026 as in the text")
    shares(p, [55, 25, 20], "customer shares 55/25/20 %")
    # PLANTED figure-inconsistent: two counts of today's regular workers
    p.has("Hiện cơ sở có 5 lao động thường xuyên", "Hiện nay cơ sở có 8 lao động thường xuyên")
    p.check(workers == 8 and off(8, 5), "PLANTED 5 workers (producer section) != 8 (labour section, wages)")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|\blogo\b|bản quyền", "PLANTED no trademark held or planned")
    heads = [ln for ln in p.body.splitlines() if ln.startswith("#")]
    p.check(not any(re.search(r"nguyên liệu|vùng|cung ứng|liên kết", h, re.I) for h in heads), "PLANTED no raw-material heading")
    p.lacks(r"nguyên liệu|nhà cung cấp|lò mổ|giết mổ|hợp đồng (mua|cung)|cung ứng|trang trại", "PLANTED no raw-material content anywhere")
    p.has("360.000 đồng/cây", "185.000 đồng/cây", "(423,9 + 558,8 + 693,7) : 3 ≈ 558,8", "500 : (558,8 + 25) ≈ 0,86 năm",
          "7.000 kg năm 2027, 7.900 kg năm 2028, 8.800 kg năm 2029", "2.540 triệu đồng năm 2027, 3.194 triệu đồng năm 2029",
          "tương đương 15.000 kg/năm", "Năm 2025 cơ sở sản xuất 6.000 kg giò me", "năm 2026 ước đạt 6.500 kg")
    common(p, ready=False)
    p.lacks(REPLACED, "cites a replaced instrument")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("cg11_ca_com_kho_thach_khe_so_sai")
    a.has("khoảng 3 tấn cá khô", "150.000 đồng/kg", "khoảng 200 triệu đồng", "Gia đình chưa đăng ký kinh doanh")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"doanh thu|lợi nhuận|chi phí|\d+ lao động|nguyên liệu", "no revenue, profit, cost, staff or raw-material figure")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|nhãn hiệu|môi trường|nước thải|truy xuất", "genuine compliance gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cg12_cha_ca_thu_cam_trung_so_sai")
    b.check(5000 * 180000 == 900e6, "5 tấn × 180.000 = 900 triệu")
    b.has("khoảng 5 tấn chả cá", "180.000 đồng/kg", "khoảng 900 triệu đồng/năm", "khoảng 300 triệu đồng", "gồm 4 thành viên")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"chi phí \d|lợi nhuận \d|hoàn vốn|đăng ký kinh doanh|hợp đồng hợp tác|mã số thuế|giấy chứng nhận",
            "no cost, profit, payback or registration")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|truy xuất", "genuine compliance gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cg01, cg02, cg03, cg04, cg05, cg06, cg07, cg08, cg09, cg10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
