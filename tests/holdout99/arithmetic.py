"""The ninety-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout99/arithmetic.py

For every plan: the process chain (the loss at each step multiplied out to the conversion
ratio the plan uses), raw-material need = output x ratio against the stated supply, output
against equipment capacity x hours x working days, the monthly (or quarterly) calendar summing
to the year, staff by shift summing to the head count, revenue = quantity x price, cost lines
= their stated unit costs, cost lines summing to the total, profit = revenue - cost, tax,
investment items = capital sources = total, depreciation, interest, payback, growth. Planted
numeric defects are asserted wrong by more than 5 % (with the true value computed) and every
other number right within 1 %. Table figures are read from the plan's source, each table looked
up inside its own section; figures quoted in running text are looked up verbatim, so numbers
cannot drift from the text. The textual planted defects (no product standard, no environmental
measure, replaced instruments, no label, another producer's name, no food safety, no
registration, no trademark, a second colony count, no sales channel) are asserted through the
absence or presence of their words; ready plans cite no replaced instrument; no plan keeps a
template placeholder.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

# Instruments replaced or lapsed before mid-2026 (a ready plan must not rely on them).
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows cut to the text between two markers (failures shared)."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        return q

    def words(self) -> int:
        return len(self.body.split())


def chain(start: float, *factors: float) -> list[float]:
    out, x = [], start
    for f in factors:
        x *= f
        out.append(x)
    return out


def near(xs: list[float], want: list[float]) -> bool:
    """Each computed step equals the plan's one-decimal figure (rounded half up)."""
    return len(xs) == len(want) and all(abs(x - w) <= 0.051 for x, w in zip(xs, want))


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


# --------------------------------------------------------------------------- ready plans

def cv01() -> Plan:
    p = Plan("cv01_nuoc_mam_hai_thinh_htx")
    hist = p.part("# III. THỰC TRẠNG", "# IV.")
    fish_hist, out_hist = hist.row("Cá cơm muối chượp"), hist.row("Nước mắm thành phẩm")
    pr = p.part("## 1. Sản lượng theo năm", "## 2. Lịch")
    c40, c30, can, lit, staff = (pr.row("Nước mắm cốt 40"), pr.row("Nước mắm 30 độ"), pr.row("Nước mắm 20 độ"),
                                 pr.row("Tổng sản lượng quy lít"), pr.row("Lao động |"))
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    lit2, fish, salt, contract = (raw.row("Nước mắm thành phẩm"), raw.row("Cá cơm tươi cần dùng"),
                                  raw.row("Muối hạt cần dùng"), raw.row("Cá cơm theo hợp đồng"))
    fin = p.part("# XIII. HIỆU QUẢ KINH TẾ", "# XIV.")
    rev, r40, r30, rcan = (fin.row("Doanh thu |"), fin.row("Nước mắm cốt 40 độ đạm (95.000"),
                           fin.row("Nước mắm 30 độ đạm (60.000"), fin.row("Nước mắm can 2 lít (80.000"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Cá cơm tươi (18.000", "Muối hạt (3.000", "Chai, can, nắp", "Tiền lương",
                                   "Điện, nước", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == c40[y] * 0.5 + c30[y] * 0.5 + can[y] * 2 == lit2[y], f"litres {y}")
        p.check(close(fish[y], lit[y] / 0.75) and close(salt[y], fish[y] / 3) and fish[y] <= contract[y],
                f"fish 0,75 l/kg, salt 1:3, within the 90 tấn contract {y}")
        p.check(fish[y] <= 32 * 2000, f"32 vats × 2 tấn = 64 tấn ≥ fish {y}")
        p.check(close(r40[y], c40[y] * 0.095) and close(r30[y], c30[y] * 0.06) and close(rcan[y], can[y] * 0.08)
                and close(rev[y], r40[y] + r30[y] + rcan[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.018) and close(lines[1][y], salt[y] * 0.003)
                and close(lines[2][y], (c40[y] + c30[y]) * 0.007 + can[y] * 0.012)
                and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], lit[y] * 0.001)
                and close(lines[5][y], 1200 / 10) and close(lines[6][y], [600, 400, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and 3000 < rev[y] <= 50000,
                f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(close(out_hist[1], fish_hist[0] * 750) and close(out_hist[2], fish_hist[1] * 750)
            and close(lit[0], fish_hist[2] * 750) and fish_hist[2] <= 24 * 2, "history: fish of year N → litres of N+1")
    p.check(close(lit[0] / out_hist[2], 1.09, 0.01), "+9 % on 2026")
    steps = chain(1000, 0.98, 0.79, 0.98, 0.99)
    p.check([round(x) for x in steps] == [980, 774, 759, 751] and close(steps[-1] / 1000, 0.75, 0.01),
            "chain 980 → 774 → 759 → 751 l per tấn ≈ 0,75")
    p.check(close(980 / 3, 327, 0.01) and 500 * 6 * 150 == 450000 and 500 * 4 * 150 == 300000
            and 64 * 750 == 48000, "salt 327 kg, 450.000 chai, 300.000 l, 48.000 l")
    cal = p.part("## 2. Lịch sản xuất năm 2027", "Tháng 4 – 8")
    months = [plancheck.vn(r[1]) for r in cal.rows if r[0].isdigit()]
    total = cal.row("Cả năm", 2)
    p.check(sum(months) == total[0] == lit[0], "monthly bottling sums to 36.000")
    p.check(8 + 12 + 14 + 12 + 8 == total[1] == fish[1] / 1000, "fish salted Apr–Aug = 54 tấn = 2028 need")
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    src = [inv.one(x) for x in ("Vốn góp bổ sung", "Quỹ đầu tư phát triển", "Vay Ngân hàng")]
    p.check(sum(items) == inv.one("Tổng cộng") == sum(src) == inv.one("Cộng |") == 1800
            and sum(items[:4]) == 1200, "capital 1.800 = sources, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 714.6, 0.001) and close(1800 / (avg + 120), 2.2, 0.02), "average 714,6, payback 2,2")
    org = p.part("## 2. Bố trí lao động", "Năm 2028 bổ sung")
    p.check(sum(org.one(f"{i} |") for i in range(1, 5)) == org.one("Cộng") == staff[0], "12 staff by shift")
    p.has("36.000 lít năm 2027, 40.500 lít năm 2028 và 45.000 lít năm 2029", "3.300 triệu đồng năm 2027",
          "4.280 triệu đồng năm 2029", "95.000 đồng/chai", "60.000 đồng/chai", "80.000 đồng/can",
          "tổng cộng 90 tấn/năm", "60 tấn cá cơm vào năm 2029", "mỗi vụ muối được tối đa 64 tấn cá",
          "khoảng 48.000 lít nước mắm/năm", "(522,1 + 714,6 + 907,2) : 3 ≈ 714,6", "1.800 : (714,6 + 120) ≈ 2,2 năm",
          "Tổng vốn đầu tư của phương án là 1.800 triệu đồng", "280 ngày/năm", "14 thành viên chính thức",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "TCCS 01:2026/HTXHT",
          "Nghị định số 43/2017/NĐ-CP", "đăng ký môi trường", "Cục Sở hữu trí tuệ")
    ready_common(p)
    return p


def cv02() -> Plan:
    p = Plan("cv02_tra_xanh_son_hong_hkd")
    pr = p.part("# 11/", "b) Lịch")
    goi, hop, tui, kg = pr.row("Gói 200 g"), pr.row("Hộp 500 g"), pr.row("Chè túi 1 kg"), pr.row("Tổng chè khô")
    raw = p.part("# 8/", "# 9/")
    kg2, leaf, own, bought, supply = (raw.row("Chè búp khô sản xuất"), raw.row("Búp chè tươi cần dùng"),
                                      raw.row("Búp chè vườn gia đình"), raw.row("Búp chè mua theo hợp đồng"),
                                      raw.row("Tổng nguồn búp chè"))
    ct = p.part("a) Chi phí sản xuất", "b) Doanh thu")
    lines = [ct.row(x) for x in ("Búp chè tươi", "Bao bì:", "Gas, điện", "Công lao động thời vụ",
                                  "Công lao động gia đình", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá",
                                  "Kiểm nghiệm, chi khác", "Thuế của hộ")]
    cost = ct.row("Tổng chi phí")
    summ = p.part("c) Tổng hợp kết quả", "Lợi nhuận bình quân")
    rows = [summ.row(f"{2027 + y} |", 4) for y in Y]  # years as rows: kg, revenue, cost, profit
    for y in Y:  # đồng
        rv = goi[y] * 70000 + hop[y] * 180000 + tui[y] * 280000
        p.check(kg[y] == goi[y] * 0.2 + hop[y] * 0.5 + tui[y] == kg2[y] == rows[y][0], f"kg {y}")
        p.check(close(leaf[y], kg[y] * 4.8) and close(own[y], 1.2 * 7000) and close(supply[y], own[y] + bought[y])
                and leaf[y] <= supply[y], f"leaf 4,8 kg/kg within 17.400 {y}")
        p.check(close(rows[y][1], rv), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 12000) and close(lines[1][y], goi[y] * 5000 + hop[y] * 15000 + tui[y] * 2000)
                and close(lines[2][y], kg[y] * 6000) and close(lines[3][y], 3 * 5.5e6 * 9)
                and close(lines[4][y], 3 * 5e6 * 12) and close(lines[5][y], 300e6 / 10)
                and close(lines[6][y], [150e6, 100e6, 50e6][y] * 0.08) and close(lines[7][y], rv * 0.04)
                and close(lines[8][y], 15e6) and close(lines[9][y], rv * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(rows[y][2], cost[y])
                and close(rows[y][3], rv - cost[y]), f"cost sum, profit {y}")
        p.check(kg[y] * 4.8 <= 60 * 8 * 200, f"capacity 96 tấn leaf {y}")
        if y:
            p.check(rows[y][1] / rows[y - 1][1] < 1.2, f"growth {y}")
    p.check(close(60 * 8 * 200 / leaf[2], 6.67, 0.01) and close(leaf[2] / supply[2], 0.83, 0.01)
            and close(leaf[0] - own[0], 3120) and close(leaf[2] - own[2], 6000), "capacity ×6,7, 83 %, 3,1–6 tấn bought")
    p.check(close(kg[0] / 2100, 1.14, 0.01) and close(kg[1] / kg[0], 1.125) and close(kg[2] / kg[1], 1.11, 0.01),
            "+14 % on 2026, then 11–12 %")
    steps = chain(1000, 0.97, 0.88, 0.72, 0.99, 0.36, 0.95)
    p.check([round(x, 1) for x in steps] == [970.0, 853.6, 614.6, 608.4, 219.0, 208.1]
            and close(1000 / steps[-1], 4.8, 0.01), "chain ≈ 208 kg per tấn, 4,8 kg/kg")
    p.has("| 853,6 kg |", "| 614,6 kg |", "| 608,4 kg |", "| 219 kg |", "| 208,1 kg |")
    cal = p.part("b) Lịch sản xuất năm 2027", "Tháng 12 và tháng 1")
    months = [cal.row(f"Tháng {m} |", 2) for m in range(1, 13)]
    p.check(sum(m[0] for m in months) == leaf[0] and sum(m[1] for m in months) == kg[0]
            and all(close(m[0], m[1] * 4.8) for m in months if m[0]), "calendar sums, 4,8 each month")
    p.check(close(1680 / 21 / 60, 1.33, 0.01), "peak ≈ 80 kg/day, under 1,5 h of the machine")
    inv = p.part("# 12/", "# 13/")
    items = [inv.one(x) for x in ("Cải tạo xưởng", "Máy diệt men", "2 máy vò", "Máy sấy", "Máy sàng",
                                  "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng cộng") == 400e6 == 250e6 + 150e6 and sum(items[:5]) == 300e6,
            "capital 400 tr = 250 + 150, fixed 300")
    prof = [r[3] for r in rows]
    avg = sum(prof) / 3
    p.check(close(avg, 227.955e6, 0.001) and close(400e6 / (avg + 30e6), 1.55, 0.01), "average, payback 1,55")
    p.check(close(prof[0] / rows[0][1], 0.20, 0.01) and prof[2] / rows[2][1] < 0.35, "margins 20–31 %")
    p.has("4.000 gói × 70.000 đồng = 280.000.000 đồng", "1.200 hộp × 180.000 đồng = 216.000.000 đồng",
          "1.000 kg × 280.000 đồng = 280.000.000 đồng", "315.000.000 đồng, 252.000.000 đồng và 308.000.000 đồng",
          "350.000.000 đồng, 288.000.000 đồng và 336.000.000 đồng", "Doanh thu năm 2027 đạt 776.000.000 đồng",
          "năm 2029 đạt 974.000.000 đồng", "Tổng vốn đầu tư: 400.000.000 đồng",
          "400.000.000 : (227.955.000 + 30.000.000) ≈ 1,55 năm", "60 kg/giờ × 8 giờ/ngày = 480 kg",
          "khoảng 96 tấn búp tươi/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số", "tiêu chuẩn cơ sở",
          "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "sổ nhật ký ghi ngày hái")
    ready_common(p)
    return p


def cv03() -> Plan:
    p = Plan("cv03_bun_kho_an_khang_cty")
    pr = p.part("## 4.5.", "Lịch sản xuất năm 2027")
    goi, bao, t, rice = (pr.row("Bún gói 500 g |"), pr.row("Bún bao 5 kg"), pr.row("Tổng sản lượng bún khô"),
                         pr.row("Gạo nguyên liệu |"))
    staff = p.part("## 4.4.", "## 4.5.")
    st = staff.row("Tổng lao động")
    p.check(all(sum(staff.row(f"{i} |", 3)[y] for i in range(1, 6)) == st[y] for y in Y), "staff by shift sum")
    fin = p.part("## 5.3.", "## 5.4.")
    rev, rg, rb, cost = (fin.row("Doanh thu |"), fin.row("Bún gói 500 g (22.000"), fin.row("Bún bao bán buôn (35.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Gạo nguyên liệu (14.000", "Bao bì (1.200", "Năng lượng", "Tiền lương (7",
                                   "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    loan = p.part("## 5.2.", "Khấu hao:")
    for y in Y:  # triệu đồng; tấn
        p.check(t[y] == goi[y] * 0.5 / 1000 + bao[y] and close(rice[y], t[y] * 1.09) and rice[y] <= 280,
                f"tonnes, rice 1,09, within the 280 tấn contract {y}")
        p.check(t[y] <= 80 * 15 * 290 / 1000 and goi[y] / 290 <= 20 * 60 * 8, f"capacity 348 tấn, 9.600 gói/ngày {y}")
        p.check(close(rg[y], goi[y] * 0.022) and close(rb[y], bao[y] * 35) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        l = loan.row(f"{2027 + y} |", 4)
        p.check(l[0] - l[1] == l[3] and close(l[2], l[0] * 0.085) and close(lines[5][y], l[2]), f"loan table {y}")
        p.check(close(lines[0][y], rice[y] * 14) and close(lines[1][y], goi[y] * 0.0012 + bao[y] * 0.4)
                and close(lines[2][y], t[y] * 1.5) and close(lines[3][y], st[y] * 7 * 12)
                and close(lines[4][y], 1800 / 20 + 2400 / 8) and close(lines[6][y], rev[y] * 0.06)
                and close(lines[7][y], [180, 190, 200][y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]),
                f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and t[y] / t[y - 1] < 1.2, f"growth {y}")
    p.check(close(t[2] / 348, 0.69, 0.01) and close(t[0] / 160, 1.125), "69 % of capacity; +12,5 % on 2026")
    steps = chain(1000, 0.99, 0.98, 0.985, 0.98, 0.99, 0.99)
    p.check([round(x, 1) for x in steps] == [990.0, 970.2, 955.6, 936.5, 927.2, 917.9]
            and close(1000 / steps[-1], 1.09, 0.01), "chain 918 kg per tấn, 1,09")
    cal = p.part("Lịch sản xuất năm 2027", "# CHƯƠNG V")
    days, out = cal.row("Ngày sản xuất", 13), cal.row("Bún khô (tấn)", 13)
    p.check(sum(days[:12]) == days[12] == 290 and sum(out[:12]) == out[12] == t[0], "calendar 290 days, 180 tấn")
    p.check(days[0] + days[1] == 42 and close(50 * 15 * 42 / 1000, 31.5) and out[0] + out[1] == 28 <= 31.5,
            "old line covers Jan–Feb 2027")
    p.has("(50 kg/giờ × 15 giờ × 42 ngày ≈ 31,5 tấn), đủ cho 28 tấn")
    p.check(all(out[m] * 1000 / days[m] <= 1200 for m in range(12)) and close(out[0] * 1000 / days[0] / 1200, 0.625),
            "daily output ≤ 1.200 kg, peak 750 kg = 62 %")
    inv = p.part("## 5.1.", "## 5.2.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 5000 == 3000 + 2000 and sum(items[:4]) == 4200 == 1800 + 2400,
            "capital 5 tỷ = 3.000 + 2.000, fixed 4.200")
    avg = sum(post) / 3
    p.check(close(avg, 852.9, 0.001) and close(5000 / (avg + 390), 4.0, 0.01), "average 852,9, payback 4,0")
    p.check(all(close(post[y] + 390, [883, 1242.9, 1602.8][y]) and post[y] + 390 > 500 for y in Y), "cash flow covers 500")
    p.has("180 tấn năm 2027, 210 tấn năm 2028, 240 tấn năm 2029", "22.000 đồng/gói", "35.000 đồng/kg",
          "tổng lượng 280 tấn gạo/năm", "80 kg/giờ × 15 giờ/ngày (2 ca) = 1.200 kg", "công suất tối đa 348 tấn/năm",
          "Tổng vốn đầu tư của phương án là 5 tỷ đồng", "2.000 triệu đồng (40%)", "(493 + 852,9 + 1.212,8) : 3 ≈ 852,9",
          "5.000 : (852,9 + 390) ≈ 4,0 năm", "883, 1.242,9 và 1.602,8", "Mã số doanh nghiệp", "TCCS 02:2026/AK",
          "tự công bố", "Nghị định số 43/2017/NĐ-CP", "đăng ký môi trường", "đăng ký nhãn hiệu")
    ready_common(p)
    return p


def cv04() -> Plan:
    p = Plan("cv04_mat_ong_khe_huong_htx")
    raw = p.part("# I. NGUỒN NGUYÊN LIỆU", "# K.")
    col, harvest, need, share = (raw.row("Số đàn ong"), raw.row("Mật thô thu hoạch"), raw.row("Mật thô cần"),
                                 raw.row("Tỷ lệ hợp tác xã"))
    pr = p.part("## 1. Sản lượng", "## 2. Lịch")
    ch, hu, can, kg = pr.row("Chai 500 g"), pr.row("Hũ 1 kg"), pr.row("Can 5 kg"), pr.row("Tổng mật ong")
    org = p.part("# L. TỔ CHỨC", "# M.")
    st = org.row("Cộng")
    fin = p.part("## 2. Doanh thu, chi phí", "Bao bì tính")
    rev, r1, r2, r3 = fin.row("Doanh thu |"), fin.row("- Chai 500 g"), fin.row("- Hũ 1 kg"), fin.row("- Can 5 kg")
    cost = fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("- Mua mật thô", "- Chai, hũ, can", "- Tiền lương", "- Điện", "- Khấu hao",
                                   "- Lãi vay", "- Bán hàng", "- Quản lý")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; kg
        p.check(kg[y] == ch[y] * 0.5 + hu[y] + can[y] * 5 and close(need[y], kg[y] * 1.08)
                and close(harvest[y], col[y] * 9) and need[y] <= harvest[y]
                and close(share[y], need[y] / harvest[y] * 100, 0.01), f"kg, raw 1,08, colonies × 9 kg {y}")
        p.check(need[y] <= 600 * 110, f"dehumidifiers 66 tấn {y}")
        p.check(close(r1[y], ch[y] * 0.18) and close(r2[y], hu[y] * 0.33) and close(r3[y], can[y] * 1.35)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.15) and close(lines[1][y], ch[y] * 0.012 + hu[y] * 0.018 + can[y] * 0.04)
                and close(lines[2][y], st[y] * 6 * 12) and close(lines[3][y], [15, 16, 17][y])
                and close(lines[4][y], 600 / 10) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(all(sum(org.row(x, 3)[y] for x in ("Kỹ thuật", "Kế toán", "Sơ chế ca sáng", "Sơ chế, đóng chai",
                                                 "Bán hàng")) == st[y] for y in Y), "staff by shift sum")
    p.check(kg[0] / 4500 < 2 and need[0] < harvest[0], "2027 under 2× the 4.500 kg of 2026, within the harvest")
    steps = chain(1000, 0.98, 0.77 / 0.80, 0.99, 0.99)
    p.check(near(steps, [980, 943.3, 933.8, 924.5]) and close(1000 / steps[-1], 1.08, 0.01),
            "chain 924,5 kg per tấn, 1,08")
    cal = p.part("## 2. Lịch thu hoạch", "Tháng 7 – 8")
    months = [cal.row(f"Tháng {m} |", 3) for m in (3, 4, 5, 6, 9, 10, 11)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot == [harvest[0], need[0], kg[0]], "calendar sums")
    p.check(all(close(m[1], m[2] * 1.08) for m in months), "1,08 each month")
    cum_h = cum_p = 0.0
    for m in months:
        cum_h, cum_p = cum_h + m[0], cum_p + m[1]
        p.check(cum_p <= cum_h, "processed never ahead of harvested")
    inv = p.part("## 1. Vốn đầu tư và nguồn vốn", "## 2.")
    items = [inv.one(x) for x in ("Xây xưởng", "2 máy hạ", "Bồn lắng", "Máy chiết rót", "Bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:4]) == 600, "capital 900, fixed 600")
    avg = sum(prof) / 3
    p.check(close(avg, 530.9, 0.001) and close(900 / (avg + 60), 1.5, 0.02), "average 530,9, payback 1,5")
    p.check(close(lines[0][0] / 15, 91.8) and close(lines[0][2] / 15, 108), "91,8 and 108 triệu per member")
    p.has("8.500 kg năm 2027, 9.300 kg năm 2028, 10.000 kg năm 2029", "1.100 đàn năm 2027", "180.000 đồng/chai",
          "330.000 đồng/hũ", "1.350.000 đồng/can", "Doanh thu 2.715 triệu đồng năm 2027", "Tổng vốn đầu tư: 900 triệu đồng",
          "(473,2 + 511,4 + 608,2) : 3 ≈ 530,9", "900 : (530,9 + 60) ≈ 1,5 năm", "600 kg mật thô/ngày",
          "600 kg/ngày × 110 ngày = 66 tấn", "15 thành viên chính thức", "còn khoảng 943,3 kg", "còn khoảng 933,8 kg",
          "còn khoảng 924,5 kg", "miễn thuế thu nhập doanh nghiệp", "TCCS 01:2026/KH", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def cv05() -> Plan:
    p = Plan("cv05_tinh_bot_nghe_thanh_huong_hkd")
    pr = p.part("# 11. Kế hoạch", "Lịch chế biến")
    hu, tui, buon, kg, fresh, staff = (pr.row("Hũ 100 g"), pr.row("Túi 500 g"), pr.row("Bán buôn túi 1 kg"),
                                       pr.row("Tổng tinh bột"), pr.row("Nghệ tươi cần"), pr.row("Lao động"))
    fin = p.part("# 13. Hiệu quả", "Lợi nhuận bình quân")
    rev, rh, rt, rb = (fin.row("Doanh thu |"), fin.row("Hũ 100 g (75.000"), fin.row("Túi 500 g (320.000"),
                       fin.row("Bán buôn (520.000"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Nghệ tươi (5.000", "Bao bì:", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng, vận chuyển", "Thuế của hộ", "Chi khác")]
    prof = fin.row("Lợi nhuận |")
    true_rev = [hu[y] * 0.075 + tui[y] * 0.32 + buon[y] * 0.52 for y in Y]
    for y in Y:  # triệu đồng; kg, tấn
        p.check(kg[y] == hu[y] * 0.1 + tui[y] * 0.5 + buon[y] and close(fresh[y], kg[y] * 35 / 1000), f"kg, 35 kg/kg {y}")
        p.check(close(rt[y], tui[y] * 0.32) and close(rb[y], buon[y] * 0.52), f"pouch and bulk rows {y}")
        p.check(close(rev[y], rh[y] + rt[y] + rb[y]), f"revenue total adds its rows {y}")
        p.check(close(lines[0][y], fresh[y] * 5) and close(lines[1][y], hu[y] * 0.006 + tui[y] * 0.012 + buon[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.025) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 360 / 10) and close(lines[5][y], [150, 100, 50][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], rev[y] * 0.015)
                and close(lines[8][y], 20), f"cost lines (selling and tax on the stated revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(kg[y] <= 150 * 0.45 / 0.92 * 0.96 * 150, f"three dryers ≈ 10 tấn/năm {y}")
    p.check(close(rh[0], hu[0] * 0.075) and close(rh[2], hu[2] * 0.075), "2027 and 2029 jar rows right")
    p.check(close(true_rev[1], 955) and rh[1] == 475 and off(rh[1], hu[1] * 0.075) and off(rev[1], true_rev[1]),
            "PLANTED 2028 jar row 475 != 5.000 × 75.000 = 375; revenue 1.055 != 955 (+10,5 %)")
    true_prof = true_rev[1] - (cost[1] - (rev[1] - true_rev[1]) * 0.065)
    p.check(close(true_prof, 197.4, 0.001) and off(prof[1], true_prof), "knock-on: 2028 profit 290,9, truly 197,4")
    supply = (0.6 + 1.6) * 25
    p.check(close(supply, 55) and fresh[0] <= supply and fresh[1] <= supply, "2027–2028 within 55 tấn")
    p.check(fresh[2] == 63 and off(fresh[2], supply) and close(fresh[2] / supply, 1.145, 0.01),
            "PLANTED 2029 needs 63 tấn fresh turmeric, supply 55 tấn (+14,5 %)")
    written = sum(prof) / 3
    true = (prof[0] + true_prof + prof[2]) / 3
    p.check(close(written, 204.6, 0.001) and close(480 / (written + 36), 2.0, 0.01), "stated 2,0 years")
    p.check(close(480 / (true + 36), 2.29, 0.01) and off(2.0, 480 / (true + 36)), "tolerated knock-on: truly 2,3 years")
    steps = chain(1000, 0.88, 0.99, 0.07, 0.45 / 0.92, 0.96)
    p.check([round(x, 1) for x in steps] == [880.0, 871.2, 61.0, 29.8, 28.6] and close(1000 / steps[-1], 35, 0.01),
            "chain 28,6 kg per tấn, 35 kg/kg")
    p.check(close(150 * 0.45 / 0.92 * 0.96, 70, 0.01) and close(70.4 * 150 / 1000, 10.6, 0.01), "dryers ≈ 70 kg/day, 10 tấn")
    cal = p.part("Lịch chế biến năm 2027", "Từ tháng 5")
    months = [cal.row(f"Tháng {m} |", 2) for m in (1, 2, 3, 4, 11, 12)]
    tot = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot == [fresh[0] * 1000, kg[0]]
            and all(close(m[0], m[1] * 35) for m in months), "calendar sums, 35 each month")
    p.check(80 + 40 + 35 + 40 + 25 + 110 + 20 + 10 == 360 and 360 + 30 + 90 == 480 == 330 + 150, "capital 480, fixed 360")
    p.check(close(kg[0] / 800, 1.5) and close(rev[0] / 480, 1.59, 0.01), "+50 % output on 2026 with new machines")
    p.has("75.000 đồng/hũ", "320.000 đồng/túi", "520.000 đồng/kg", "Tổng vốn đầu tư 480 triệu đồng",
          "(83,5 + 290,9 + 239,3) : 3 ≈ 204,6", "480 : (204,6 + 36) ≈ 2,0 năm",
          "tổng nguồn nghệ tươi khoảng 55 tấn/năm, bảo đảm đủ nguyên liệu cho cả 3 năm",
          "Nhu cầu nghệ tươi: 42 tấn năm 2027, 52,5 tấn năm 2028, 63 tấn năm 2029", "Năng suất nghệ bình quân 25 tấn/ha",
          "0,6 ha nghệ của gia đình và 1,6 ha của 10 hộ liên kết", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu",
          "sổ theo dõi từng lô")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|phân tích mẫu|phiếu kết quả",
            "PLANTED no product standard, declaration or laboratory test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cv06() -> Plan:
    p = Plan("cv06_tinh_dau_sa_ky_lac_ctcp")
    pr = p.part("## VI. Sản lượng", "Lịch chưng cất")
    c10, c50, bulk, lit, leaf = (pr.row("Chai 10 ml"), pr.row("Chai 50 ml"), pr.row("Can bán buôn"),
                                 pr.row("Tổng tinh dầu"), pr.row("Lá sả tươi"))
    org = p.part("## V. Tổ chức lao động", "Tiền lương")
    st = org.row("Tổng cộng")
    still = [org.row("Vận hành chưng cất ca 1"), org.row("Vận hành chưng cất ca 2")]
    fin = p.part("## II. Dự toán", "Bao bì tính")
    rev, r10, r50, rb, cost = (fin.row("Doanh thu |"), fin.row("- Chai 10 ml"), fin.row("- Chai 50 ml"),
                               fin.row("- Bán buôn"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("- Lá sả", "- Chai, can", "- Củi", "- Tiền lương", "- Khấu hao", "- Lãi vay",
                                   "- Bán hàng", "- Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    capacity = 2 * 500 * 3 * 200 / 1000 * 7  # lít/năm
    for y in Y:  # triệu đồng; lít, tấn
        p.check(lit[y] == c10[y] * 0.01 + c50[y] * 0.05 + bulk[y] and close(leaf[y], lit[y] / 7) and leaf[y] <= 30 * 25,
                f"litres, 7 l/tấn, within 750 tấn of leaves {y}")
        p.check(close(r10[y], c10[y] * 0.045) and close(r50[y], c50[y] * 0.16) and close(rb[y], bulk[y] * 0.55)
                and close(rev[y], r10[y] + r50[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 1.2) and close(lines[1][y], c10[y] * 0.006 + c50[y] * 0.012 + bulk[y] * 0.02)
                and close(lines[2][y], leaf[y] * 0.15) and close(lines[3][y], st[y] * 6.5 * 12)
                and close(lines[4][y], 3350 * 0.10) and close(lines[5][y], [1500, 1125, 750][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], [220, 230, 240][y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(still[0][y] == still[1][y] == 3, f"six still operators every year {y}")
    p.check(all(sum(org.row(x, 3)[y] for x in ("Ban giám đốc", "Kế toán", "Kiểm tra", "Kinh doanh",
                                                 "Vận hành chưng cất ca 1", "Vận hành chưng cất ca 2",
                                                 "Chiết rót")) == st[y] for y in Y), "staff by shift sum")
    p.check(capacity == 4200 and lit[0] <= capacity and lit[1] <= capacity, "2027–2028 within 4.200 lít")
    p.check(lit[2] == 4900 and off(lit[2], capacity) and close(lit[2] / capacity, 1.167, 0.01) and leaf[2] > 600,
            "PLANTED 2029: 4.900 lít (700 tấn lá) > 2 × 500 kg × 3 mẻ × 200 ngày = 600 tấn ≈ 4.200 lít (+16,7 %)")
    p.has("500 kg lá/mẻ", "Mỗi nồi chưng cất làm 3 mẻ/ngày", "200 ngày/năm", "Nồi chưng cất 300 kg hiện có được thanh lý",
          "dây chuyền chưng cất đáp ứng sản lượng kế hoạch của cả giai đoạn")
    steps = chain(1000, 0.97, 0.99, 0.0075, 0.98, 0.99, 0.995)
    p.check([round(x, 2) for x in steps] == [970.0, 960.3, 7.2, 7.06, 6.99, 6.95] and close(steps[-1], 7, 0.01),
            "chain 6,95 ≈ 7 lít per tấn")
    cal = p.part("Lịch chưng cất năm 2027", "Từ tháng 12")
    months = [cal.row(f"{m} |", 3) for m in range(3, 12)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot == [200, leaf[0], lit[0]]
            and all(close(m[2], m[1] * 7) and m[1] / m[0] <= 3 for m in months), "calendar sums, ≤ 3 tấn/day")
    inv = p.part("## I. Tổng vốn đầu tư", "Nguồn vốn:")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 3950 and stated == 4350 and off(stated, sum(items)) and close(stated / sum(items), 1.101, 0.01),
            "PLANTED investment total 4.350 != items 3.950 (+10,1 %)")
    p.check(2850 + 1500 == stated and sum(items[:5]) == 3350, "sources match the wrong total (tolerated capital-mismatch)")
    avg = sum(post) / 3
    p.check(close(avg, 1200.3, 0.001) and close(4350 / (avg + 335), 2.8, 0.02), "stated payback 2,8 on 4.350")
    p.check(close(3950 / (avg + 335), 2.57, 0.01) and off(2.8, 3950 / (avg + 335)), "tolerated: 2,6 on the true 3.950")
    p.check(close(lines[0][0] / 42, 12.9, 0.01) and close(lines[0][2] / 42, 20), "13–20 triệu per farming household")
    p.check(close(750 / leaf[2], 1.07, 0.01), "leaf supply 7 % above the 2029 need")
    p.has("Tổng vốn đầu tư của phương án là 4,35 tỷ đồng", "Tổng nguồn vốn 4,35 tỷ đồng", "45.000 đồng/chai",
          "160.000 đồng/chai", "550.000 đồng/lít", "4.350 : (1.200,3 + 335) ≈ 2,8 năm", "42 hộ trồng sả, tổng diện tích 30 ha",
          "tổng sản lượng khoảng 750 tấn lá/năm", "Nồi hơi đốt củi", "không dùng để ăn uống",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 01:2026/KL", "Nghị định số 43/2017/NĐ-CP",
          "văn bằng bảo hộ", "mã QR truy xuất")
    p.lacks(r"môi trường|nước thải|chất thải|xả thải|\bbã\b|khói|\btro\b|ô nhiễm|\brác\b|xử lý|thu gom|đăng ký môi trường|"
            r"nước ngưng|nước cất|phân bón|\bủ\b", "PLANTED no environmental measure (boiler, spent leaves, condensate)")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cv07() -> Plan:
    p = Plan("cv07_nuoc_mam_bai_ngang_cty")
    pr = p.part("# XI. KẾ HOẠCH", "Lịch sản xuất")
    a, b, c, lit = pr.row("Chai thủy tinh 500 ml"), pr.row("Chai PET 1 lít"), pr.row("Can 5 lít"), pr.row("Tổng sản lượng")
    raw = p.part("# VIII. NGUYÊN LIỆU", "# IX.")
    lit2, fish, salt, own, bought = (raw.row("Nước mắm thành phẩm"), raw.row("Cá tươi cần"), raw.row("Muối hạt cần"),
                                     raw.row("Cá từ 3 tàu"), raw.row("Cá mua theo hợp đồng"))
    org = p.part("# X. TỔ CHỨC", "Tiền lương")
    st = org.row("Cộng")
    fin = p.part("# XIII. HIỆU QUẢ", "Chai thủy tinh và nắp")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Chai 500 ml (75.000"), fin.row("Chai 1 lít (55.000"),
                             fin.row("Can 5 lít (150.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cá tươi (17.000", "Muối (3.000", "Chai, nắp, can", "Tiền lương", "Điện, nước",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; lít, tấn
        p.check(lit[y] == a[y] * 0.5 + b[y] + c[y] * 5 == lit2[y] and close(fish[y], lit[y] / 0.8 / 1000)
                and close(salt[y], fish[y] / 3, 0.01) and fish[y] <= own[y] + bought[y] and fish[y] <= 60 * 2,
                f"litres, 0,8 l/kg, salt, 120 tấn supply and vats {y}")
        p.check(close(ra[y], a[y] * 0.075) and close(rb[y], b[y] * 0.055) and close(rc[y], c[y] * 0.15)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 17) and close(lines[1][y], fish[y] / 3 * 3)
                and close(lines[2][y], a[y] * 0.006 + b[y] * 0.004 + c[y] * 0.01) and close(lines[3][y], st[y] * 7 * 12)
                and close(lines[4][y], lit[y] / 1000) and close(lines[5][y], 2800 / 10)
                and close(lines[6][y], [1100, 825, 550][y] * 0.08) and close(lines[7][y], rev[y] * 0.07)
                and close(lines[8][y], [250, 260, 270][y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(all(sum(org.row(x, 3)[y] for x in ("Quản lý", "Kiểm tra", "Kinh doanh", "Tổ muối", "Tổ lọc", "Kho"))
                == st[y] for y in Y), "staff by shift sum")
    p.check(fish[0] <= 40 * 2 and fish[1] > 40 * 2, "2026 salting fits the 40 old vats; the 20 new vats come before 2027")
    p.check(close((a[0] * 0.5 + b[0]) / lit[0], 0.67, 0.01) and close(lit[0] / 54000, 1.11, 0.01), "67 % bottled; +11 %")
    steps = chain(1000, 0.98, 0.83, 0.985, 0.995)
    p.check([round(x, 1) for x in steps] == [980.0, 813.4, 801.2, 797.2] and close(steps[-1] / 1000, 0.8, 0.01),
            "chain ≈ 0,8 l/kg")
    q = p.part("Lịch sản xuất năm 2027 theo quý", "# XII.")
    bottled, salted = q.row("Nước mắm chiết rót", 5), q.row("Cá muối chượp", 5)
    p.check(sum(bottled[:4]) == bottled[4] == lit[0] and sum(salted[:4]) == salted[4] == fish[1], "quarters sum")
    inv = p.part("# XII. TỔNG VỐN", "Nguồn vốn đầu tư")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3600 and sum(items[:5]) == 2800, "investment 3.600 adds up, fixed 2.800")
    sources = 1800 + 1100 + 300
    p.check(sources == 3200 and off(sources, 3600) and close(sources / 3600, 0.889, 0.01),
            "PLANTED sources 1.800 + 1.100 + 300 = 3.200 != 3.600 (−11 %)")
    p.has("vốn chủ sở hữu của công ty 1.800 triệu đồng", "1.100 triệu đồng, thời hạn 4 năm",
          "kinh phí hỗ trợ theo Nghị quyết số 123/2018/NQ-HĐND 300 triệu đồng",
          "Các nguồn vốn trên bảo đảm đủ tổng vốn đầu tư", "Tổng vốn đầu tư của phương án là 3.600 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 604.9, 0.001) and close(3600 / (avg + 280), 4.1, 0.01), "average 604,9, payback 4,1 (right)")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
          "Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021/NQ-HĐND|165/2025", "PLANTED the current instruments are not cited")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|\btem\b|mã vạch|\bQR\b",
            "PLANTED no label, label content or labelling decree (only 'nhãn hiệu')")
    p.has("chai thủy tinh 500 ml", "can 5 lít", "đóng thùng carton 12 chai", "nhãn hiệu")
    p.has("60.000 lít năm 2027, 70.000 lít năm 2028, 80.000 lít năm 2029", "75.000 đồng/chai", "55.000 đồng/chai",
          "150.000 đồng/can", "100 tấn cá cho sản lượng năm 2029", "Tổng nguồn cá 120 tấn/năm", "tổng sức chứa 120 tấn cá/vụ",
          "(390,9 + 604,9 + 818,9) : 3 ≈ 604,9", "3.600 : (604,9 + 280) ≈ 4,1 năm", "Giấy chứng nhận cơ sở đủ điều kiện",
          "TCCS 01:2025/BN", "tự công bố", "hệ thống xử lý nước thải", "mã số 3001874520")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cv08() -> Plan:
    p = Plan("cv08_tra_xanh_khe_giao_tht")
    hist = p.part("# 2. HIỆN TRẠNG", "# 3.")
    leaf_h, kg_h, rev_h = hist.row("Búp tươi đưa vào"), hist.row("Chè khô"), hist.row("Doanh thu")
    pr = p.part("# 11. KẾ HOẠCH", "Mùa chế biến")
    g, bb, kg, leaf = pr.row("Chè gói 250 g"), pr.row("Chè bao bán buôn"), pr.row("Tổng chè khô"), pr.row("Búp tươi")
    org = p.part("# 10. TỔ CHỨC", "Thù lao")
    st = org.row("Cộng")
    fin = p.part("# 13. HIỆU QUẢ", "Lợi nhuận bình quân")
    rev, rg, rb, cost = (fin.row("Doanh thu |"), fin.row("Chè gói 250 g (60.000"), fin.row("Chè bao (180.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Búp tươi (10.000", "Bao bì", "Điện, củi", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quảng bá, quản lý")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; kg, tấn
        p.check(kg[y] == g[y] * 0.25 + bb[y] and close(leaf[y], kg[y] * 4.8 / 1000) and leaf[y] <= 175
                and leaf[y] <= 150 * 8 * 200 / 1000, f"kg, leaf 4,8 within 175 tấn and the 240 tấn line {y}")
        p.check(close(rg[y], g[y] * 0.06) and close(rb[y], bb[y] * 0.18) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 10) and close(lines[1][y], g[y] * 0.004 + bb[y] * 0.0015)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], st[y] * 5.5 * 12)
                and close(lines[4][y], 600 / 10) and close(lines[5][y], [300, 200, 100][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 40), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(all(sum(org.row(x, 3)[y] for x in ("Tổ trưởng", "Nhận búp", "Diệt men", "Sàng")) == st[y] for y in Y),
            "staff by shift sum")
    p.check(all(close(leaf_h[i] * 1000 / kg_h[i], 4.8, 0.01) for i in range(3)), "history at 4,8 kg/kg")
    p.check(close(kg[0] / kg_h[2], 1.2) and close(rev[0] / rev_h[2], 1.2), "2027 +20 % on 2026 (not the defect)")
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(close(g1, 2.2) and close(g2, 2.2, 0.01) and close(rev[1] / rev[0], 2.2) and close(rev[2] / rev[1], 2.2, 0.01)
            and off(g1, 1.5) and off(g2, 1.5), "PLANTED output and revenue ×2,2 in 2028 and again in 2029")
    p.check(close(leaf[2] * 10, 1392) and 1392 / 60 > 20 and lines[7][0] == lines[7][2] == 40,
            "1,39 tỷ of leaf in 2029 against 60 triệu working capital; promotion flat at 40 triệu")
    market = p.body.split("# 7. THỊ TRƯỜNG TIÊU THỤ", 1)[1].split("# 8.", 1)[0]
    p.check("rất rộng lớn" in market and "ngày càng tăng" in market and "hợp đồng" not in market
            and market.count("thương lái") == 1, "market: generic demand, the same two traders, no contract")
    steps = chain(1000, 0.97, 0.88, 0.72, 0.99, 0.36, 0.95)
    p.check(close(1000 / steps[-1], 4.8, 0.01), "chain 4,8")
    p.has("| 853,6 |", "| 614,6 |", "| 608,4 |", "| 219 |", "| 208,1 |")
    cal = p.part("Lịch sản xuất năm 2027", "Tháng 12 và tháng 1")
    months = [cal.row(f"{m} |", 3) for m in range(2, 12)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot == [200, leaf[0] * 1000, kg[0]]
            and all(close(m[1], m[2] * 4.8) and m[1] / m[0] <= 150 * 8 for m in months), "calendar sums")
    inv = p.part("# 12. VỐN", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 700 == 400 + 300 and sum(items[:5]) == 600, "capital 700, fixed 600")
    avg = sum(prof) / 3
    p.check(close(avg, 1274.2, 0.001) and close(700 / (avg + 60), 0.5, 0.05), "payback 0,5 follows the figures")
    p.check(p.count("Tổ hợp tác Chè búp Sơn Lâm") == 2 and p.count("Tổ hợp tác Chè xanh Khe Giao") == 1
            and p.count("TỔ HỢP TÁC CHÈ XANH KHE GIAO") == 1, "PLANTED another producer's name, twice")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|"
            r"cam kết|giấy chứng nhận cơ sở", "PLANTED no food-safety certificate, commitment or plan")
    p.has("tiêu chuẩn cơ sở TCCS 01:2026/KG", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu", "ghi sổ nhật ký từng lô",
          "Giấy chứng nhận đăng ký tổ hợp tác", "6.000 kg năm 2027, 13.200 kg năm 2028, 29.000 kg năm 2029",
          "60.000 đồng/gói", "180.000 đồng/kg", "khoảng 175 tấn/năm", "150 × 8 × 200 = 240 tấn", "Tổng vốn đầu tư 700 triệu đồng",
          "700 : (1.274,2 + 60) ≈ 0,5 năm", "148/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cv09() -> Plan:
    p = Plan("cv09_bun_kho_hoa_mai_ho")
    pr = p.part("# 11) Kế hoạch", "Lịch sản xuất")
    g, b, t, rice, staff = (pr.row("Gói 400 g"), pr.row("Bao 10 kg"), pr.row("Tổng bún khô"), pr.row("Gạo nguyên liệu"),
                            pr.row("Lao động"))
    fin = p.part("# 13) Hiệu quả", "Lợi nhuận bình quân")
    rev, rg, rb, cost = (fin.row("Doanh thu |"), fin.row("Gói 400 g (14.000"), fin.row("Bún bán buôn (30.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Gạo (14.000", "Bao bì", "Củi trấu", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Chi khác")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; tấn
        p.check(t[y] == g[y] * 0.4 / 1000 + b[y] and close(rice[y], t[y] * 1.1) and rice[y] <= 60
                and t[y] <= 40 * 6 * 290 / 1000, f"tonnes, rice 1,1 within 60 tấn, press 70 tấn {y}")
        p.check(close(rg[y], g[y] * 0.014) and close(rb[y], b[y] * 30) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 14) and close(lines[1][y], g[y] * 0.0008 + b[y] * 0.3)
                and close(lines[2][y], t[y] * 1.2) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], 300 / 10) and close(lines[5][y], [200, 150, 100][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.04) and close(lines[7][y], 20), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2027 and 2028 profit right")
    p.check(close(rev[2] - cost[2], 131.6) and prof[2] == 231.6 and off(prof[2], rev[2] - cost[2]),
            "PLANTED 2029 profit 231,6 != 1.420 − 1.288,4 = 131,6 (+76 %)")
    written = sum(prof) / 3
    true = (prof[0] + prof[1] + rev[2] - cost[2]) / 3
    p.check(close(written, 151.1, 0.001) and close(380 / (written + 30), 2.1, 0.01), "stated 2,1 years")
    p.check(close(380 / (true + 30), 2.57, 0.01) and off(2.1, 380 / (true + 30)), "tolerated knock-on: truly 2,6 years")
    steps = chain(1000, 0.99, 0.97, 0.98, 0.98, 0.99)
    p.check([round(x, 1) for x in steps] == [990.0, 960.3, 941.1, 922.3, 913.0] and close(1000 / steps[-1], 1.1, 0.01),
            "chain 913 kg per tấn, 1,1")
    cal = p.part("Lịch sản xuất năm 2027", "# 12)")
    m = cal.row("Bún khô", 13)
    p.check(close(sum(m[:12]), m[12]) and m[12] == t[0], "monthly calendar sums to 36 tấn")
    p.check(close(sum(m[:4]), 11.2) and 25 * 6 * (24 + 18 + 25 + 24) / 1000 >= sum(m[:4]) and 25 * 6 * 290 / 1000 >= 29,
            "old press (25 kg/h) covers Jan–Apr 2027 and the 29 tấn of 2026")
    p.has("(25 × 6 × 91 ngày ≈ 13,6 tấn, đủ cho 11,2 tấn theo lịch)")
    cust = p.part("Dự kiến sản lượng tiêu thụ", "Các quán ăn")
    p.has("| bao 10 kg | 20 tấn |", "| gói 400 g | 30.000 gói |", "| gói 400 g | 10.000 gói |")
    p.check(30000 + 10000 == g[0] and b[0] == 20 and len(cust.rows) == 5, "customer groups cover the 2027 output")
    p.check(60 + 120 + 80 + 40 + 80 == 380 == 180 + 200 and 60 + 120 + 80 + 40 == 300, "capital 380, fixed 300")
    p.check(close(t[0] / 29, 1.24, 0.01), "+24 % on 2026 with the new press")
    p.has("14.000 đồng/gói", "30.000 đồng/kg", "Tổng vốn đầu tư 380 triệu đồng", "(82 + 139,8 + 231,6) : 3 ≈ 151,1",
          "380 : (151,1 + 30) ≈ 2,1 năm", "40 × 6 × 290 = 69.600 kg", "tổng khoảng 60 tấn/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "ghi sổ từng lô", "bể lắng 2 ngăn")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|đăng ký hộ|"
            r"thành lập|giấy phép|công ty|doanh nghiệp|tổ hợp tác|đăng ký thành|đăng ký tại",
            "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng",
            "PLANTED no trademark or IP protection")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def cv10() -> Plan:
    p = Plan("cv10_mat_ong_phuc_trach_cty")
    pr = p.part("## V. Sản lượng", "Lịch khai thác")
    ch, hu, ph, t = pr.row("Chai 500 g"), pr.row("Hũ 1 kg"), pr.row("Mật ong đóng phuy"), pr.row("Tổng thành phẩm")
    org = p.part("## IV. Tổ chức lao động", "Tiền lương")
    st = org.one("Cộng")
    fin = p.part("## II. Doanh thu, chi phí", "Bao bì tính")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu |"), fin.row("Chai 500 g (90.000"), fin.row("Hũ 1 kg (160.000"),
                             fin.row("Mật đóng phuy (70.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Chăm sóc đàn ong", "Chai, hũ, phuy", "Tiền lương", "Điện", "Khấu hao", "Lãi vay",
                                   "Chi phí tiêu thụ", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    colonies = 1200
    for y in Y:  # triệu đồng; tấn
        need = t[y] * 1.07
        p.check(t[y] == ch[y] * 0.5 / 1000 + hu[y] / 1000 + ph[y] and need <= colonies * 25 / 1000
                and need <= 1500 * 25 / 1000 and need <= 1200 * 120 / 1000, f"tonnes; raw 1,07 within either colony count {y}")
        p.check(close(r1[y], ch[y] * 0.09) and close(r2[y], hu[y] * 0.16) and close(r3[y], ph[y] * 70)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], colonies * 0.35) and close(lines[1][y], ch[y] * 0.008 + hu[y] * 0.012 + ph[y] * 1.5)
                and close(lines[2][y], st * 6 * 12) and close(lines[3][y], 20) and close(lines[4][y], 1000 / 10)
                and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[6][y], rev[y] * 0.06)
                and close(lines[7][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(sum(org.one(x) for x in ("Giám đốc", "Kỹ thuật", "Sơ chế, chiết rót ca sáng", "Sơ chế, chiết rót ca chiều"))
            == st == 10, "staff by shift sum")
    p.check(close(t[0] / 18, 1.11, 0.01), "+11 % on 2026")
    steps = chain(1000, 0.98, 0.975, 0.99, 0.99)
    p.check([round(x, 1) for x in steps] == [980.0, 955.5, 945.9, 936.5] and close(1000 / steps[-1], 1.07, 0.01),
            "chain 1,07")
    p.has("nhu cầu mật thô 21,4 tấn năm 2027, 23,54 tấn năm 2028 và 25,68 tấn năm 2029")
    cal = p.part("Lịch khai thác và sơ chế năm 2027", "Tháng 8 – 9")
    months = [cal.row(f"{m} |", 2) for m in (2, 3, 4, 5, 6, 7, 10, 11)]
    tot = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot == [colonies * 25 / 1000, t[0]], "calendar 30 / 20 tấn")
    cum_h = cum_p = 0.0
    for m in months:
        cum_h, cum_p = cum_h + m[0], cum_p + m[1] * 1.07
        p.check(cum_p <= cum_h, "processing never ahead of the harvest")
    p.check(400 + 250 + 100 + 100 + 150 + 100 + 700 == 1800 == 1000 + 800 and 400 + 250 + 100 + 100 + 150 == 1000,
            "capital 1.800, fixed 1.000")
    avg = sum(post) / 3
    true = 1800 / (avg + 100)
    p.check(close(avg, 646.1, 0.001) and close(true, 2.41, 0.01) and off(1.2, true) and off(1.2, 1800 / avg),
            "PLANTED payback 1,2 years != 1.800 : 746,1 = 2,4 (2,8 without depreciation)")
    p.has("1.800 : (646,1 + 100) ≈ 1,2 năm")
    p.has("Công ty hiện có 1.500 đàn ong ngoại", "Nguyên liệu là mật thô từ 1.200 đàn ong ngoại của công ty",
          "(1.200 đàn × 350.000 đ)")  # PLANTED figure-inconsistent
    p.check(off(1500, 1200) and p.count("1.500 đàn") == 1, "PLANTED 1.500 != 1.200 đàn ong, same time")
    market = p.body.split("## II. Thị trường", 1)[1].split("## III.", 1)[0]
    p.check(not re.search(r"\d", market) and not re.search(r"giá|đồng|khách hàng|kênh|đại lý|cửa hàng|siêu thị|"
                                                            r"công ty [A-Z]|nhà hàng|\bbán\b", market),
            "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|"
            r"hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|"
            r"hội chợ|xuất khẩu|showroom|điểm bán|nhà thuốc|kênh", "PLANTED no sales channel anywhere")
    p.has("90.000 đồng/chai", "160.000 đồng/hũ", "70.000 đồng/kg", "Tổng vốn đầu tư 1.800 triệu đồng",
          "25 kg/đàn/năm", "sản lượng mật thô khoảng 30 tấn/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/PT", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("cv11_tinh_bot_nghe_duc_thinh_so_sai")
    a.check(300 * 350000 == 105e6, "300 kg × 350.000 = 105 triệu")
    a.has("khoảng 300 kg tinh bột nghệ", "350.000 đồng/kg", "khoảng 105 triệu đồng", "khoảng 60 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 300, f"no table, 150–300 words ({a.words()})")
    a.check(len(set(re.findall(r"\d[\d.,]* (?:kg|đồng|triệu)", a.body))) == 4, "four figures in all")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|"
            r"nhãn|môi trường|nước thải|truy xuất|sổ ghi", "every compliance gap is real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cv12_tinh_dau_tram_thach_hai_so_sai")
    b.check(150 * 500000 == 75e6, "150 lít × 500.000 = 75 triệu")
    b.has("khoảng 100 kg lá/mẻ", "khoảng 150 lít tinh dầu", "500.000 đồng/lít", "khoảng 75 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 300, f"no table, 150–300 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|công bố|nhãn|môi trường|bã|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận", "every gap is real (tolerated); no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cv01, cv02, cv03, cv04, cv05, cv06, cv07, cv08, cv09, cv10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
