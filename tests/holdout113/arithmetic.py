"""The hundred-and-thirteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout113/arithmetic.py

The plans of this set are prose-heavy: most figures sit in sentences, the three tables of each
plan are short. So every figure quoted in running text is looked up verbatim (`has`) and the same
figure is recomputed here from its parts; table rows are read from the plan's source inside their
own section (`part`). For every ready and revise plan: output = packs x pack size, raw-material
need = output x ratio against the stated supply, output against equipment capacity x hours x
days, revenue = quantity x price per product and in total, each cost line = its stated norm,
cost lines = total, profit = revenue - cost, investment items = total = capital sources,
depreciation, interest, average profit and payback as printed, growth under 20 % a year (and
the first plan year against 2026), monthly calendars summing to the year. Planted numeric
defects are asserted wrong by more than 5 % (with the true value computed); everything else
right within 1 %. Textual planted defects are asserted through the absence or presence of their
words; ready plans cite QĐ 148 and QĐ 1489 and no replaced instrument; no plan keeps a template
placeholder. The two sketchy plans: 150-320 words, no table, the few figures multiply out, and
every tolerated gap is really absent.
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off  # noqa: E402

# Instruments replaced or lapsed before mid-2026, and the abolished district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|77/2019|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|\bhuyện\b")


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

    def section(self, start: str, end: str) -> str:
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return ""
        j = self.body.find(end, i + len(start))
        return self.body[i: j if j >= 0 else len(self.body)]


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "an toàn thực phẩm",
          "tiêu chuẩn cơ sở", "tự công bố", "số lô")


def not_replaced(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def money(p: Plan, stated: list[float], true: list[float], what: str) -> None:
    for y in Y:
        p.check(close(stated[y], true[y]), f"{what} {2027 + y}: stated {stated[y]} != {true[y]:.2f}")


def growth(p: Plan, xs: list[float], what: str, base: float | None = None) -> None:
    seq = ([base] if base else []) + list(xs)
    for a, b in zip(seq, seq[1:]):
        p.check(b / a < 1.2, f"{what} grows {b / a:.3f} (>= 20 %)")


def calendar(p: Plan, start: str, end: str | None, months, year_total: float, cap: float) -> None:
    """A monthly calendar in an appendix: every month within the monthly capacity, the months summing to the year."""
    cal = p.part(start, end)
    xs = [cal.one(f"{m} |") for m in months]
    tot = cal.one("Cả năm")
    p.check(close(sum(xs), tot) and close(tot, year_total), f"calendar sums to {year_total} ({sum(xs)})")
    p.check(max(xs) <= cap, f"calendar month {max(xs)} within {cap}")


def channels(p: Plan, start: str, end: str | None, labels: list[str], totals: list[float]) -> None:
    """A channel (or allocation) table: its rows summing to the 'Cộng' row and to the year's quantities."""
    ch = p.part(start, end)
    n = len(totals)
    rows = [ch.row(x, n) for x in labels]
    cong = ch.row("Cộng", n)
    for i in range(n):
        p.check(close(sum(r[i] for r in rows), cong[i]) and close(cong[i], totals[i]),
                f"channel column {i}: {sum(r[i] for r in rows)} / {cong[i]} / {totals[i]}")


def cost_total(lines: list[list[float]]) -> list[float]:
    return [sum(x[y] for x in lines) for y in Y]


# --------------------------------------------------------------------------- ready plans

def dj01() -> Plan:
    p = Plan("dj01_gao_thom_hong_phuc_htx")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    t2, t5, bao, tot = pr.row("Túi 2 kg"), pr.row("Túi 5 kg"), pr.row("Gạo bao 25 kg"), pr.row("Tổng gạo")
    for y in Y:
        p.check(close(tot[y], t2[y] * 2 / 1000 + t5[y] * 5 / 1000 + bao[y]), f"tonnes {y}")
    thoc = [t * 1.6 for t in tot]
    p.check(thoc == [176, 192, 208] and all(x <= 30 * 5.2 * 2 for x in thoc) and all(x <= 500 * 4 * 200 / 1000 for x in thoc),
            "paddy 1,6 kg/kg within 312 tấn and the 400-tấn line")
    p.check(close(625 / 1000, 1 / 1.6), "62,5 % = 1 / 1,6")
    rev = [t2[y] * 0.056 + t5[y] * 0.135 + bao[y] * 24 for y in Y]
    fin = p.part("# XII. HIỆU QUẢ", "Lợi nhuận bình quân")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[thoc[y] * 8.5 for y in Y],
             [t2[y] * 0.003 + t5[y] * 0.004 + bao[y] * 40 * 0.01 for y in Y],
             [thoc[y] * 0.3 for y in Y], [8 * 6 * 12] * 3, [800 / 10] * 3, [28, 21, 14],
             [rev[y] * 0.05 for y in Y], [60] * 3]
    p.check([round(x, 1) for x in lines[1]] == [97, 108.5, 120] and [round(x, 1) for x in lines[2]] == [52.8, 57.6, 62.4]
            and [round(x, 2) for x in lines[6]] == [145.5, 159.25, 173], "cost lines quoted")
    p.check(all(close(a * 0.07, b) for a, b in zip((400, 300, 200), (28, 21, 14))), "interest 7 % on 400/300/200")
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận trước thuế")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    growth(p, rev, "revenue", 2640)
    growth(p, tot, "output", 100)
    inv = p.part("# XI. TỔNG VỐN", "# XII.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng vốn đầu tư") == 1000 == inv.one("Vốn của hợp tác xã") + inv.one("Vốn vay ngân hàng")
            and sum(items[:3]) == 800, "capital 1.000 = 600 + 400, fixed 800")
    avg = sum(prof) / 3
    p.check(close(avg, 490.6, 0.001) and round(1000 / (avg + 80), 1) == 1.8, "payback 1,8")
    p.check(close(176 * 0.8, 140.8) and close(176 * 1.0, 176), "income 141–176 triệu")
    p.has("2 tỷ 910 triệu đồng", "15.000 túi 2 kg × 56.000 đồng = 840 triệu đồng", "1 tỷ 350 triệu đồng", "1 tỷ 120 triệu",
          "1 tỷ 620 triệu", "3 tỷ 460 triệu đồng", "cộng 3.185 triệu đồng", "1.496 triệu đồng", "2.535,3 triệu đồng",
          "2.694,4 triệu đồng", "2.853,4 triệu đồng", "374,7 triệu đồng", "490,6 triệu đồng", "606,6 triệu đồng",
          "1.000 : (490,6 + 80) ≈ 1,8 năm", "56 nghìn đồng/túi (tức 28.000 đồng/kg)", "135.000 đồng/túi",
          "24.000 đồng/kg", "312 tấn thóc/năm", "cần 176 tấn thóc", "400 tấn thóc/năm", "141–176 triệu đồng")
    ready_common(p)
    return p


def dj02() -> Plan:
    p = Plan("dj02_dau_lac_thach_dai_tht")
    pr = p.part("# PHẦN 10", "# PHẦN 11")
    c1, c5, lit, lac = pr.row("Chai 1 lít"), pr.row("Chai 500 ml"), pr.row("Tổng dầu lạc"), pr.row("Lạc nhân cần")
    kho = [x * 0.6 for x in lac]
    for y in Y:
        p.check(close(lit[y], c1[y] + c5[y] * 0.5) and close(lac[y], lit[y] / 0.4), f"litres, kernels 2,5 kg/l {y}")
        p.check(lac[y] <= 20 * 2.5 * 0.7 * 1000 and lac[y] <= 30 * 6 * 250, f"kernels within 35 tấn and 45-tấn press {y}")
    p.check([round(x) for x in kho] == [13500, 15000, 16500], "khô dầu 0,6 kg/kg")
    rev = [c1[y] * 0.19 + c5[y] * 0.1 + kho[y] * 0.008 for y in Y]
    fin = p.part("# PHẦN 12", "Lợi nhuận bình quân")
    money(p, fin.row("Tổng doanh thu"), rev, "revenue")
    lines = [[lac[y] * 0.045 for y in Y], [c1[y] * 0.006 + c5[y] * 0.004 for y in Y], [lac[y] * 0.001 for y in Y],
             [5 * 5.5 * 12] * 3, [40] * 3, [200 * 0.07, 150 * 0.07, 100 * 0.07], [60] * 3, [30] * 3]
    cost = cost_total(lines)
    money(p, fin.row("Tổng chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    growth(p, rev, "revenue", 1650)
    growth(p, lit, "litres", 8000)
    inv = p.part("# PHẦN 11", "# PHẦN 12")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Cộng") == 600 == 400 + 200 and sum(items[:4]) == 400, "capital 600, fixed 400")
    avg = sum(prof) / 3
    p.check(close(avg, 366.7, 0.001) and round(600 / (avg + 40), 1) == 1.5, "payback 1,5")
    p.has("1 tỷ 848 triệu đồng", "1 tỷ 140 triệu đồng", "tổng 2.054 triệu đồng", "tổng 2.260 triệu đồng", "cộng 1.569 triệu đồng",
          "1.687,3 triệu đồng", "1.805,6 triệu đồng", "279 triệu đồng", "366,7 triệu đồng", "454,4 triệu đồng",
          "600 : (366,7 + 40) ≈ 1,5 năm", "190.000 đồng/chai", "100.000 đồng/chai", "8.000 đồng/kg", "45 nghìn đồng/kg",
          "35 tấn lạc nhân", "45 tấn lạc nhân", "9.000 lít dầu", "3.600 lít/năm")
    p.check(15 * 20 * 12 == 3600, "15 shops × 20 l × 12")
    ready_common(p)
    calendar(p, "PHỤ LỤC 1", "PHỤ LỤC 2", range(1, 13), lit[0], 45000 / 12 * 0.4)
    channels(p, "PHỤ LỤC 2", None, ["Bán tại xưởng", "15 cửa hàng", "Điểm bán OCOP", "Bán trực tuyến"], [lit[0]])
    p.check(close(2700, lit[0] * 0.3), "30 % at the workshop")
    return p


def dj03() -> Plan:
    p = Plan("dj03_mat_mia_duc_linh_hkd")
    pr = p.part("# M. KẾ HOẠCH", "# N.")
    hu, can, kg, mia = pr.row("Hũ 500 g"), pr.row("Can 5 kg"), pr.row("Mật thành phẩm"), pr.row("Mía nguyên liệu")
    for y in Y:
        p.check(kg[y] == hu[y] * 0.5 + can[y] * 5 and mia[y] == kg[y] * 10 / 1000, f"kg, cane 10:1 {y}")
        p.check(mia[y] <= 2.5 * 60 and kg[y] <= 120 * 120, f"cane within 150 tấn, boiling 14,4 tấn {y}")
    p.check(close(1.2 * 1000 / 10 * 120, 14400), "1,2 tấn cane/day → 120 kg × 120 days")
    rev = [hu[y] * 0.045 + can[y] * 0.3 for y in Y]
    fin = p.part("# O. DOANH THU", "Lợi nhuận bình quân")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[mia[y] * 1.2 for y in Y], [kg[y] * 0.0005 for y in Y], [hu[y] * 0.005 + can[y] * 0.015 for y in Y],
             [4 * 5 * 12] * 3, [250 / 10] * 3, [150 * 0.06] * 3, [30] * 3, [20] * 3]
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    growth(p, rev, "revenue", 650)
    growth(p, kg, "output", 9000)
    p.check(can[0] * 5 == 6000 and can[2] * 5 == 7000, "canteen/bakery 6 → 7 tấn")
    inv = p.part("# N. VỐN", "# O.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 350 == 200 + 150 and sum(items[:3]) == 250, "capital 350, fixed 250")
    avg = sum(prof) / 3
    p.check(avg == 269 and round(350 / (avg + 25), 1) == 1.2, "payback 1,2")
    p.has("720 triệu đồng", "cộng 795 triệu đồng", "cộng 870 triệu đồng", "tổng 507 triệu đồng", "526 triệu đồng", "545 triệu đồng",
          "720 − 507 = 213 triệu đồng", "350 : (269 + 25) ≈ 1,2 năm", "45.000 đồng/hũ", "300.000 đồng/can (60 nghìn đồng/kg)",
          "1,2 triệu đồng/tấn", "150 tấn mía", "14,4 tấn mật")
    ready_common(p)
    calendar(p, "U. PHỤ LỤC", "V. PHỤ LỤC", (1, 2, 3, 11, 12), kg[0], 26 * 120)
    channels(p, "V. PHỤ LỤC", None, ["Lò bánh", "10 cửa hàng", "Điểm bán OCOP", "Facebook"], [kg[0]])
    p.check(can[0] * 5 == 6000 and 2400 + 600 + 1000 == hu[0] * 0.5, "cans to bakeries, jars to the retail channels")
    return p


def dj04() -> Plan:
    p = Plan("dj04_ca_phao_muoi_tra_son_cty")
    pr = p.part("# 12. Kế hoạch", "# 13.")
    hu, tui, thung, tot = pr.row("Hũ 500 g"), pr.row("Túi 1 kg"), pr.row("Cà thùng"), pr.row("Tổng thành phẩm")
    ca = [t * 1.25 for t in tot]
    for y in Y:
        p.check(close(tot[y], hu[y] * 0.5 / 1000 + tui[y] / 1000 + thung[y]), f"tonnes {y}")
        p.check(ca[y] <= 6 * 15 and ca[y] <= 24 * 400 * 20 / 1000 and tot[y] <= 200 * 250 / 1000, f"eggplant, tanks, packing {y}")
    p.check(ca == [41.25, 45, 48.75], "1,25 kg fresh per kg")
    rev = [hu[y] * 0.035 + tui[y] * 0.055 + thung[y] * 40 for y in Y]
    fin = p.part("# 14. Doanh thu", "Lợi nhuận bình quân")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[ca[y] * 8 for y in Y], [tot[y] * 2 for y in Y], [hu[y] * 0.004 + tui[y] * 0.0025 + thung[y] * 1 for y in Y],
             [8 * 6 * 12] * 3, [600 / 10] * 3, [500 * 0.07, 400 * 0.07, 300 * 0.07], [rev[y] * 0.05 for y in Y], [60] * 3]
    p.check(all(abs(x - w) <= 0.051 for x, w in zip(lines[6], (87, 95.3, 103.5))), "selling 5 % quoted (95,25 → 95,3)")
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận trước thuế")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    growth(p, rev, "revenue", 1580)
    growth(p, tot, "output", 30)
    inv = p.part("# 13. Tổng vốn", "# 14.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng vốn") == 900 == inv.one("Vốn chủ sở hữu") + inv.one("Vốn vay")
            and sum(items[:3]) == 600, "capital 900 = 400 + 500, fixed 600")
    avg = sum(prof) / 3
    p.check(close(avg, 527.2, 0.001) and round(900 / (avg + 60), 1) == 1.5, "payback 1,5")
    p.check(12 * 120 * 12 <= 20000, "convenience chain 12 × 120 hũ × 12 within the jar plan")
    p.has("1 tỷ 740 triệu đồng", "2 tỷ 70 triệu đồng", "770 triệu + 495 triệu + 640 triệu = 1.905 triệu đồng",
          "840 triệu + 550 triệu + 680 triệu = 2.070 triệu đồng", "tổng 1.329 triệu đồng, lợi nhuận trước thuế 411 triệu đồng",
          "1.377,8 triệu đồng, lợi nhuận 527,2 triệu đồng", "1.426,5 triệu đồng, lợi nhuận 643,5 triệu đồng",
          "900 : (527,2 + 60) ≈ 1,5 năm", "35.000 đồng/hũ", "55.000 đồng/túi", "40.000 đồng/kg", "90 tấn cà/năm",
          "192 tấn cà tươi/năm", "được 50 tấn", "330–390 triệu đồng")
    ready_common(p)
    calendar(p, "Phụ lục 1", "Phụ lục 2", range(1, 13), tot[0], 0.2 * 26)
    channels(p, "Phụ lục 2", None, ["Nhà hàng", "Chuỗi 12", "Cửa hàng tạp hóa", "Hai nhà phân phối", "Bán trực tuyến"], [tot[0]])
    p.check(close(12 * 120 * 12 * 0.5 / 1000, 8.64) and close(8.64 + 1.36, hu[0] * 0.5 / 1000)
            and close(6 + 2, tui[0] / 1000) and close(15, thung[0]), "channels by pack type")
    return p


# --------------------------------------------------------------------------- revise plans

def dj05() -> Plan:
    p = Plan("dj05_banh_kho_me_thach_long_htx")
    pr = p.part("# Mục XII.", "# Mục XIII.")
    goi, hop, pcs = pr.row("Gói 10 chiếc"), pr.row("Hộp 20 chiếc"), pr.row("Tổng số bánh")
    for y in Y:
        p.check(pcs[y] == goi[y] * 10 + hop[y] * 20 and pcs[y] <= 2 * 150 * 7 * 250, f"pieces, ovens 525.000 {y}")
        p.check(pcs[y] * 25 / 1e6 <= 20 and pcs[y] * 5 / 1000 <= 3000, f"rice 25 g within 20 tấn, sesame within 3 tấn {y}")
    rg, rh = [goi[y] * 0.04 for y in Y], [hop[y] * 0.09 for y in Y]
    rev = [rg[y] + rh[y] for y in Y]
    fin = p.part("# Mục XIII.", "Lợi nhuận bình quân")
    stated_rev = fin.row("Doanh thu")
    p.check(close(stated_rev[0], rev[0]) and close(stated_rev[2], rev[2]), "2027 and 2029 revenue right")
    p.check(rg[1] == 1320 and off(1520, rg[1]) and close(1520 / 1320, 1.152, 0.001),
            "PLANTED 2028 '33.000 gói × 40.000 đồng = 1 tỷ 520 triệu' (true 1.320, +15,2 %)")
    p.check(stated_rev[1] == 2114 == 1520 + 594 and close(rev[1], 1914) and off(stated_rev[1], rev[1]),
            "PLANTED knock-on: 2028 revenue 2.114 (true 1.914, +10,4 %)")
    lines = [[pcs[y] * 25 / 1e6 * 24 for y in Y], [pcs[y] * 5 / 1000 * 0.06 for y in Y], [pcs[y] * 0.0002 for y in Y],
             [goi[y] * 0.002 + hop[y] * 0.008 for y in Y], [10 * 5 * 12] * 3, [pcs[y] * 0.0001 for y in Y],
             [300 / 10] * 3, [200 * 0.07] * 3, [50] * 3, [20] * 3]
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận")
    money(p, prof, [stated_rev[y] - cost[y] for y in Y], "profit = stated revenue − cost (consistent with the wrong row)")
    p.check(off(prof[1], rev[1] - cost[1]) and close(rev[1] - cost[1], 526.8), "2028 profit truly 526,8")
    growth(p, rev, "true revenue", 1580)
    growth(p, pcs, "pieces", 380000)
    p.check(stated_rev[1] / stated_rev[0] > 1.2, "tolerated knock-on: stated 2028 revenue +21,5 %")
    avg_s, avg_t = sum(prof) / 3, (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(avg_s, 593.5, 0.001) and round(500 / (avg_s + 30), 1) == 0.8, "stated payback 0,8")
    p.check(round(500 / (avg_t + 30), 1) == 0.9 and off(0.8, 500 / (avg_t + 30)), "tolerated knock-on: truly 0,9 years")
    inv = p.part("# Mục XIV.", "# Mục XV.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500 == 300 + 200 and sum(items[:3]) == 300, "capital 500, fixed 300")
    p.has("1 tỷ 740 triệu đồng", "33.000 gói × 40.000 đồng = 1 tỷ 520 triệu đồng", "tổng doanh thu 2 tỷ 114 triệu đồng",
          "2 tỷ 88 triệu đồng", "tổng 1.326 triệu đồng", "1.387,2 triệu đồng", "1.448,4 triệu đồng", "726,8 triệu đồng",
          "500 : (593,5 + 30) ≈ 0,8 năm", "40.000 đồng/gói", "90.000 đồng/hộp", "24.000 đồng/kg", "525.000 chiếc/năm",
          "10,5 tấn gạo nếp và 2.100 kg mè", "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm", "43/2017/NĐ-CP")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng|độc quyền",
            "PLANTED no trademark or IP protection held or planned")
    p.lacks(r"truy xuất|số lô|mã lô|\blô\b|\bsổ\b|nhật ký|kiểm soát(?! viên)|kiểm tra|lưu mẫu|\bQR\b|HACCP|ISO|quản lý chất lượng|"
            r"ghi chép|chất lượng nội bộ", "PLANTED no internal quality control or traceability")
    not_replaced(p)
    calendar(p, "Phụ lục 1.", "Phụ lục 2.", range(1, 13), pcs[0], 2 * 150 * 7 * 26)
    channels(p, "Phụ lục 2.", None, ["18 đại lý", "Nhà nghỉ", "Cơ quan", "Điểm bán OCOP", "Facebook"], [goi[0], hop[0]])
    p.check(18 * 75 * 12 == 16200, "18 agents × 75 × 12")
    return p


def dj06() -> Plan:
    p = Plan("dj06_dau_vung_cam_binh_hkd")
    pr = p.part("## 5. Kế hoạch", "# Chương V.")
    c25, c50, lit, seed = pr.row("Chai 250 ml"), pr.row("Chai 500 ml"), pr.row("Dầu vừng"), pr.row("Vừng nguyên liệu")
    cap_seed = 12 * 6 * 250
    for y in Y:
        p.check(close(lit[y], c25[y] * 0.25 + c50[y] * 0.5) and close(seed[y], lit[y] * 2.5) and seed[y] <= 30 * 0.8 * 1000,
                f"litres, seed 2,5 kg/l within 24 tấn {y}")
    p.check(cap_seed == 18000 and close(cap_seed * 0.4, 7200) and seed[0] <= cap_seed, "press 18 tấn seed = 7.200 l covers 2027")
    p.check(off(seed[1], cap_seed) and off(seed[2], cap_seed) and close(seed[1] / cap_seed, 1.097, 0.001)
            and close(seed[2] / cap_seed, 1.194, 0.001), "PLANTED 19.750 / 21.500 kg of seed against 18.000 (+9,7 % / +19,4 %)")
    p.has("năng lực máy ép hiện có đủ đáp ứng kế hoạch sản xuất của cả giai đoạn 2027–2029",
          "Tổng 4 lao động trong cả giai đoạn")
    p.lacks(r"máy ép mới|(?<!chưa cần )mua (thêm )?máy ép|ca đêm|tăng ca|8 giờ/ngày", "no new press or longer hours")
    rev = [c25[y] * 0.07 + c50[y] * 0.13 for y in Y]
    fin = p.part("## 2. Doanh thu", "Lợi nhuận bình quân")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[seed[y] * 0.05 for y in Y], [c25[y] * 0.005 + c50[y] * 0.007 for y in Y], [lit[y] * 0.002 for y in Y],
             [4 * 5.5 * 12] * 3, [200 / 10] * 3, [100 * 0.08] * 3, [80] * 3, [24] * 3]
    p.check([round(x, 1) for x in lines[2]] == [14.4, 15.8, 17.2], "power 2.000 đ/l")
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận")
    true = [rev[y] - cost[y] for y in Y]
    p.check(close(prof[0], true[0]) and close(prof[2], true[2]), "2027 and 2029 profit right")
    p.check(close(true[1], 593.1) and prof[1] == 693.1 and off(prof[1], true[1]),
            "PLANTED 2028 profit '2.124 − 1.530,9 = 693,1' (true 593,1, +16,9 %)")
    growth(p, rev, "revenue", 1830)
    growth(p, lit, "litres", 6800)
    avg_s, avg_t = sum(prof) / 3, (prof[0] + true[1] + prof[2]) / 3
    p.check(close(avg_s, 626.4, 0.001) and round(350 / (avg_s + 20), 1) == 0.5, "stated payback 0,5")
    p.check(round(350 / (avg_t + 20), 2) == 0.57 and off(0.5, 350 / (avg_t + 20)), "tolerated knock-on: truly 0,57")
    inv = p.part("## 1. Vốn đầu tư", "## 2.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Cộng") == 350 == 250 + 100 and sum(items[:3]) == 200, "capital 350, fixed 200")
    p.has("1 tỷ 936 triệu đồng", "1.936 − 1.430,4 = 505,6 triệu đồng", "tổng 2.124 triệu đồng", "tổng 1.530,9 triệu đồng",
          "2.124 − 1.530,9 = 693,1 triệu đồng", "tổng 2.312 triệu đồng", "tổng 1.631,4 triệu đồng", "680,6 triệu đồng",
          "350 : (626,4 + 20) ≈ 0,5 năm", "70.000 đồng/chai", "130.000 đồng/chai", "50 nghìn đồng/kg", "24 tấn vừng",
          "18 tấn vừng mỗi năm", "12 kg vừng/giờ", "an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "số lô")
    p.check(close(0.07 / 0.25 * 1000, 280) and close(0.13 / 0.5 * 1000, 260), "260–280 nghìn đồng/lít")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phân tích mẫu|phòng thí nghiệm",
            "PLANTED no product standard, declaration or lab test")
    not_replaced(p)
    calendar(p, "Chương VII.", "Chương VIII.", range(1, 13), lit[0], cap_seed / 12 * 0.4)
    channels(p, "Chương VIII.", None, ["Facebook", "12 cửa hàng", "4 nhà hàng", "Điểm bán OCOP"], [lit[0]])
    p.check(close(2880, lit[0] * 0.4) and close(12 * 17.5 * 12, 2520), "40 % online, 12 shops × 17,5 l")
    return p


def dj07() -> Plan:
    p = Plan("dj07_com_nep_xuan_vien_tht")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    goi, hop, kg, lua = pr.row("Gói 250 g"), pr.row("Hộp 500 g"), pr.row("Tổng cốm"), pr.row("Lúa nếp non")
    for y in Y:
        p.check(kg[y] == goi[y] * 0.25 + hop[y] * 0.5 and lua[y] == kg[y] * 4 / 1000, f"kg, paddy 4:1 {y}")
        p.check(lua[y] <= 8 * 4 and lua[y] <= 10 * 4 and kg[y] <= 2 * 18 * 200, f"paddy within 8 ha (and 10 ha), roasters {y}")
    rev = [goi[y] * 0.045 + hop[y] * 0.095 for y in Y]
    fin = p.part("# XI. DOANH THU", "# XII.")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[lua[y] * 12 for y in Y], [goi[y] * 0.003 + hop[y] * 0.01 for y in Y], [kg[y] * 0.005 for y in Y],
             [6 * 5 * 12] * 3, [250 / 10] * 3, [150 * 0.07] * 3, [40] * 3, [20] * 3]
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    growth(p, rev, "revenue", 920)
    growth(p, kg, "output", 5000)
    inv = p.part("# XII. VỐN", "Nguồn vốn:")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    total = inv.one("Tổng cộng")
    p.check(sum(items) == total == 400 and sum(items[:4]) == 250, "items = total 400, fixed 250")
    p.has("Tổng vốn đầu tư của phương án là 400 triệu đồng", "các tổ viên góp 200 triệu đồng",
          "vay Ngân hàng Chính sách xã hội 150 triệu đồng", "nguồn vốn bảo đảm đủ cho phương án")
    p.check(off(200 + 150, total) and close((200 + 150 - total) / total, -0.125), "PLANTED sources 350 against 400 (−12,5 %)")
    avg = sum(prof) / 3
    p.check(close(avg, 238.9, 0.001) and round(400 / (avg + 25), 1) == 1.5, "payback 1,5 on the stated 400 (not planted)")
    p.has("vùng nếp liên kết rộng 10 ha", "diện tích 8 ha")
    p.check(off(10, 8) and p.count("10 ha") == 1 and p.count("8 ha") == 1, "PLANTED 10 ha vs 8 ha, same time")
    p.check(45000 * 4 == 180000 and 95000 * 2 == 190000, "price per kg 180.000 / 190.000")
    p.has("1 tỷ 10 triệu đồng", "tổng 1.102 triệu đồng", "tổng 1.194 triệu đồng", "tổng 829 triệu đồng", "863,1 triệu đồng",
          "897,2 triệu đồng", "181 triệu đồng", "238,9 triệu đồng", "296,8 triệu đồng", "400 : (238,9 + 25) ≈ 1,5 năm",
          "45.000 đồng/gói", "95.000 đồng/hộp", "12 nghìn đồng/kg", "7.200 kg cốm/năm", "khoảng 32 tấn/năm",
          "an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "số lô")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|thu gom|khói|bụi|\brác\b|bể lắng|hố lắng|ống khói|ô nhiễm|phân hữu cơ|"
            r"chăn nuôi|vệ sinh|tận dụng", "PLANTED no environmental measure for water, husk or smoke")
    p.has("ngâm nước", "tách vỏ trấu", "dùng củi")
    not_replaced(p)
    calendar(p, "XVII. PHỤ LỤC 1", "XVIII.", (4, 5, 6, 7, 8, 9, 10, 11), kg[0], 2 * 18 * 26)
    channels(p, "XVIII. PHỤ LỤC 2", None, ["8 cửa hàng", "Chợ, hàng quà", "Lò bánh", "Điểm bán OCOP", "Facebook"],
             [goi[0], hop[0]])
    p.check(8 * 135 * 8 == 8640, "8 shops × 135 packs × 8 months")
    return p


def dj08() -> Plan:
    p = Plan("dj08_khoai_say_hong_lam_cty")
    pr = p.part("# 12. Kế hoạch", "# 13.")
    t2, t5, kg, khoai = pr.row("Túi 200 g"), pr.row("Túi 500 g"), pr.row("Thành phẩm"), pr.row("Khoai tươi")
    for y in Y:
        p.check(kg[y] == t2[y] * 0.2 + t5[y] * 0.5 and khoai[y] == kg[y] * 4 / 1000, f"kg, fresh 4:1 {y}")
        p.check(khoai[y] <= 60 and kg[y] <= 80 * 250, f"fresh within 60 tấn contract, dryer 20 tấn {y}")
    rev = [t2[y] * 0.03 + t5[y] * 0.07 for y in Y]
    fin = p.part("Doanh thu năm 2027", "Lợi nhuận bình quân")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[khoai[y] * 7 for y in Y], [t2[y] * 0.002 + t5[y] * 0.003 for y in Y], [kg[y] * 0.008 for y in Y],
             [9 * 6 * 12] * 3, [800 / 10] * 3, [500 * 0.07, 400 * 0.07, 300 * 0.07], [80] * 3, [60] * 3]
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận trước thuế")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    growth(p, rev, "revenue", 1450)
    growth(p, kg, "output", 10000)
    inv = p.part("# 13. Vốn", "Doanh thu năm 2027")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng") == 1200 == 700 + 500 and sum(items[:4]) == 800, "capital 1.200 = 700 + 500, fixed 800")
    avg = sum(prof) / 3
    true = 1200 / (avg + 80)
    p.check(avg == 319 and close(true, 3.0, 0.01) and off(1.8, true) and off(1.8, 1200 / avg),
            "PLANTED payback 1,8 years != 1.200 : 399 = 3,0 (3,8 without depreciation)")
    p.has("1.200 : (319 + 80) ≈ 1,8 năm", "Thu hồi vốn đầu tư trong khoảng 1,8 năm")
    p.check(close(0.03 / 0.2 * 1000, 150) and close(0.07 / 0.5 * 1000, 140), "140–150 nghìn đồng/kg")
    p.check(close(12 * 18, 216), "12 ha × 18 tấn = 216 tấn")
    p.has("1 tỷ 600 triệu đồng", "975 triệu + 770 triệu = 1.745 triệu đồng", "1.050 triệu + 840 triệu = 1.890 triệu đồng",
          "tổng 1.389 triệu đồng", "tổng 1.426 triệu đồng", "tổng 1.463 triệu đồng", "211 triệu đồng", "319 triệu đồng",
          "427 triệu đồng", "30.000 đồng/túi", "70.000 đồng/túi", "7.000 đồng/kg", "1,2 tỷ đồng", "khoảng 216 tấn/năm",
          "được 20 tấn", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "số lô", "Giấy chứng nhận đăng ký doanh nghiệp")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|khám sức khỏe|cam kết|15/2018|giấy chứng nhận cơ sở|"
            r"tập huấn|bảo hộ lao động|công bố", "PLANTED no food-safety certificate, commitment, training or plan")
    p.check(p.count("Công ty TNHH Nông sản Kỳ Phong") == 1 and p.count("Khoai lang sấy Kỳ Phong") == 1
            and p.count("Kỳ Phong") == 2, "PLANTED another producer's name and product, once each")
    p.check(p.count("Công ty cổ phần Nông sản Hồng Lam") >= 1, "own name")
    not_replaced(p)
    calendar(p, "Phụ lục 1:", "Phụ lục 2:", range(1, 13), kg[0], 80 * 21)
    channels(p, "Phụ lục 2:", None, ["3 nhà phân phối", "Nhà phân phối ở Hà Nội", "Cửa hàng, chuỗi", "Sàn thương mại"], [kg[0]])
    p.check(close(4950, kg[0] * 0.45) and close(2200, kg[0] * 0.2), "45 % and 20 %")
    return p


def dj09() -> Plan:
    p = Plan("dj09_bot_gao_lut_son_tra_htx")
    pr = p.part("## 3.4.", "# Phần IV.")
    hop, tui, kg = pr.row("Hộp 500 g"), pr.row("Túi 1 kg"), pr.row("Tổng sản lượng")
    for y in Y:
        p.check(kg[y] == hop[y] * 0.5 + tui[y] and kg[y] <= 25 * 6 * 280 and kg[y] * 0.75 / 1000 <= 105,
                f"kg, line 42 tấn, rice within 105 tấn {y}")
    rev = [hop[y] * 0.06 + tui[y] * 0.11 for y in Y]
    fin = p.part("## 4.2.", "Lợi nhuận bình quân")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[kg[y] * 0.03 for y in Y], [hop[y] * 0.006 + tui[y] * 0.005 for y in Y], [kg[y] * 0.003 for y in Y],
             [6 * 5.5 * 12] * 3, [600 / 10] * 3, [400 * 0.07] * 3, [50] * 3, [40] * 3]
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    p.check(close(kg[0] / 8000, 1.125) and close(rev[0] / 930, 1.129, 0.001), "2027 +12,5 % on 2026 (not the defect)")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.0) and close(g2, 1.667, 0.001) and kg[1] / kg[0] == 2 and close(kg[2] / kg[1], 1.667, 0.001)
            and off(g1, 1.2) and off(g2, 1.2), "PLANTED output and revenue ×2 in 2028 and ×1,67 in 2029")
    p.check(lines[6][0] == lines[6][2] == 50 and lines[3][0] == lines[3][2] and lines[0][2] + lines[1][2] == 1190 > 200 * 5,
            "flat 50 selling budget, 6 workers, 1.190 of ingredients and packs against 200 working capital")
    mkt = p.section("## 2.4.", "# Phần III.")
    p.check("rất lớn" in mkt and "3 nhà phân phối" in mkt and "15 cửa hàng" in mkt and "hợp đồng" not in mkt,
            "market: the same 3 distributors and 15 shops, no contract, 'thị trường còn rất lớn'")
    inv = p.part("## 4.1.", "## 4.2.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 800 and stated == 900 and off(stated, sum(items)) and sum(items[:4]) == 600,
            "PLANTED table total 900 != items 800 (+12,5 %); fixed assets 600")
    p.has("Tổng vốn đầu tư của phương án là 900 triệu đồng", "thành viên góp 500 triệu đồng", "400 triệu đồng")
    p.check(500 + 400 == stated and off(500 + 400, sum(items)), "tolerated knock-on: sources 900 match only the wrong total")
    avg = sum(prof) / 3
    p.check(avg == 832 and round(900 / (avg + 60), 1) == 1.0 and round(800 / (avg + 60), 1) == 0.9,
            "stated 1,0 year; 0,9 on the real 800 (tolerated knock-on)")
    p.check(close(30 * 0.75, 22.5) and close(0.75 / 1.05, 0.714, 0.01), "22,5 tấn brown rice, about 70 %")
    p.has("1 tỷ 50 triệu đồng", "2 tỷ 100 triệu đồng", "3 tỷ 500 triệu đồng", "tổng 958 triệu đồng; lợi nhuận 92 triệu đồng",
          "tổng chi phí 1.342 triệu đồng; lợi nhuận 758 triệu đồng", "tổng chi phí 1.854 triệu đồng; lợi nhuận 1 tỷ 646 triệu đồng",
          "900 : (832 + 60) ≈ 1,0 năm", "60.000 đồng/hộp", "110 nghìn đồng/túi", "khoảng 42 tấn/năm", "khoảng 105 tấn gạo lứt",
          "an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "ghi sổ")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|\btem\b|ghi nhãn|hạn sử dụng (in|ghi)",
            "PLANTED no label or labelling plan ('nhãn' only in 'nhãn hiệu')")
    not_replaced(p)
    calendar(p, "Phụ lục 1.", "Phụ lục 2.", range(1, 13), kg[0], 25 * 6 * 280 / 12)
    channels(p, "Phụ lục 2.", "Phụ lục 3.", ["3 nhà phân phối", "15 cửa hàng", "Facebook"], [kg[0]])
    p.check(15 * 15 * 12 == 2700, "15 shops × 15 kg × 12")
    rec = p.part("Phụ lục 3.", None)
    r = [rec.row(x, 3) for x in ("Gạo lứt", "Đậu đen", "Đậu đỏ", "Vừng đen", "Hạt sen")]
    cong = rec.row("Cộng", 2)
    p.check(all(close(g * price / 1000, amt) for g, price, amt in r) and sum(x[0] for x in r) == cong[0] == 1050
            and close(sum(x[2] for x in r), cong[1]) and cong[1] == 30000 and r[0][0] == 750,
            "recipe 1.050 g = 30.000 đồng, 750 g brown rice (the 30.000 đ/kg and 0,75 kg norms)")
    return p


def dj10() -> Plan:
    p = Plan("dj10_non_la_thach_lac_co_so")
    pr = p.part("10) Kế hoạch", "11)")
    thuong, qua, tot = pr.row("Nón thường"), pr.row("Nón quà tặng"), pr.row("Tổng")
    for y in Y:
        p.check(tot[y] == thuong[y] + qua[y] and tot[y] <= 30 * 2 * 220 and tot[y] * 25 <= 400000,
                f"hats, 13.200 stitching, 400.000 leaves {y}")
    p.check(tot[2] * 25 == 325000, "325.000 leaves in 2029")
    rev = [thuong[y] * 0.06 + qua[y] * 0.15 for y in Y]
    fin = p.part("12) Doanh thu", "Lợi nhuận bình quân")
    money(p, fin.row("Doanh thu"), rev, "revenue")
    lines = [[thuong[y] * 0.018 + qua[y] * 0.03 for y in Y], [tot[y] * 0.02 for y in Y], [qua[y] * 0.015 for y in Y],
             [tot[y] * 0.005 for y in Y], [150 / 10] * 3, [100 * 0.06] * 3, [30] * 3]
    cost = cost_total(lines)
    money(p, fin.row("Chi phí"), cost, "cost")
    prof = fin.row("Lợi nhuận")
    money(p, prof, [rev[y] - cost[y] for y in Y], "profit")
    growth(p, rev, "revenue", 830)
    growth(p, tot, "hats", 10000)
    p.check([round(lines[1][y] / 30 / 12 * 1000) for y in (0, 2)] == [611, 722], "stitching pay 600–720 nghìn a month each")
    inv = p.part("11) Vốn", "12)")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Cộng") == 250 == 150 + 100 and sum(items[:3]) == 150, "capital 250, fixed 150")
    avg = sum(prof) / 3
    p.check(avg == 373.5 and round(250 / (avg + 15), 1) == 0.6, "payback 0,6")
    p.has("930 triệu đồng", "510 triệu + 525 triệu = 1.035 triệu đồng", "1 tỷ 140 triệu đồng", "tổng 605 triệu đồng",
          "tổng 661,5 triệu đồng", "tổng 718 triệu đồng", "250 : (373,5 + 15) ≈ 0,6 năm", "60.000 đồng/chiếc",
          "150.000 đồng/chiếc", "220–260 triệu đồng", "600–720 nghìn đồng/tháng", "13.200 chiếc/năm", "400.000 lá",
          "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "Cục Sở hữu trí tuệ", "ghi sổ", "quạt hút", "lò sấy lá bằng điện")
    mkt = p.section("6) Thị trường", "7)")[len("6) Thị trường"):]
    p.check(not re.search(r"\d", mkt) and not re.search(r"giá|đồng|khách|kênh|đại lý|cửa hàng|siêu thị|bán|hợp đồng|"
                                                        r"công ty|du lịch|hội chợ", mkt),
            "PLANTED the market section has no number, price, customer or channel")
    p.has("Thị trường còn rất rộng lớn")
    p.lacks(r"khách|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|hợp đồng|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|"
            r"điểm bán|\bkênh\b|du lịch|quảng bá|người mua|đặt hàng", "PLANTED no sales channel or customer anywhere")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|\bthuế\b|giấy chứng nhận đăng ký|đăng ký hộ|thành lập|giấy phép|"
            r"công ty|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký thành|mã số doanh nghiệp",
            "PLANTED no business registration, tax code or plan to register")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", "tháng 01 năm 2027")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    calendar(p, "Phụ lục 1.", "Phụ lục 2.", range(1, 13), tot[0], 30 * 2 * 26)
    channels(p, "Phụ lục 2.", "Phụ lục 3.", ["Đông Lạc", "Tây Lạc", "Nam Lạc", "Bắc Lạc"], [30, tot[0]])
    norm = p.part("Phụ lục 3.", None)
    r = [norm.row(f"{i} |", 2) for i in range(1, 6)]
    cong = norm.row("Cộng", 2)
    p.check([sum(x[i] for x in r) for i in range(2)] == cong == [18000, 30000] and r[0] == [25 * 400, 25 * 600],
            "material norms 18.000 / 30.000 đồng a hat, leaves 25 × 400 / 600")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dj11_banh_ram_cam_lac_so_sai")
    a.check(200 * 3000 == 600000 and 600000 * 25 == 15e6, "200 × 3.000 = 600.000 a day; × 25 = 15 triệu")
    a.has("khoảng 200 chiếc bánh", "3.000 đồng/chiếc", "600.000 đồng/ngày", "15 triệu đồng", "50 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ|vốn đầu tư|chi phí|lợi nhuận|doanh thu|quy trình|máy .* công suất",
            "every tolerated gap is really absent")
    a.has("chợ Cẩm Lạc", "hai quán bánh ướt")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dj12_dua_cai_muoi_hoa_my_so_sai")
    b.check(150 * 4 * 25000 == 15e6, "150 kg × 4 weeks × 25.000 = 15 triệu a month")
    b.has("khoảng 150 kg dưa", "25.000 đồng/kg", "khoảng 15 triệu đồng", "khoảng 40 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ|chi phí|lợi nhuận|doanh thu|quy trình|nguyên liệu|sản lượng năm",
            "every tolerated gap is really absent")
    b.has("chợ Hòa Mỹ", "cửa hàng tạp hóa", "bếp ăn của trường học")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dj01, dj02, dj03, dj04, dj05, dj06, dj07, dj08, dj09, dj10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
