"""The hundred-and-seventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout107/arithmetic.py

Handicrafts and other non-food goods counted in pieces. For every plan: revenue = pieces x price
per size, revenue rows summing to the total, material need = pieces x material per piece (m³ of
wood, kg of rattan, cói or clay, bundles of leaves, kg of yarn or oil) against the stated supply,
output against artisans (or looms, machines, kilns, curing racks) x pieces per day x working days,
piece-rate and monthly wages, each cost line against its stated unit cost, cost lines summing to
the total, profit = revenue - cost, tax, investment items = total = capital sources, depreciation,
interest, average profit and payback, year-on-year growth and the jump over recent output. Table
figures are read from the plan's source, each table inside its own section (`part`); figures
quoted in running text are looked up verbatim, so numbers cannot drift from the text. Planted
numeric defects are asserted wrong by more than 5 % (with the true value computed beside them),
everything else right within 1 %. The textual defects (no trademark, no environmental measure, a
second head count, a replaced instrument, another producer's name, no product standard, a template
placeholder, no registration, no sales channel, a missing section) are asserted through the
absence or presence of their words. Ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no
replaced instrument or district body; no plan but the planted one keeps a placeholder; no plan
claims a food-safety certificate for a product nobody eats.
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

# Instruments replaced or lapsed before mid-2026, and bodies abolished on 1/7/2025.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|\bhuyện\b")
# Food-safety paperwork has no place in a plan for goods nobody eats.
FOOD_SAFETY = r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows (and text) cut to the span between two markers."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.span = text
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        return q

    def words(self) -> int:
        return len(self.body.split())

    def cells(self, label: str, n: int = 3, skip: int = 0) -> list[float]:
        return self.row(label, n, skip)


def growth_ok(p: Plan, xs: list[float], what: str, top: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < top, f"{what}: growth {y} = {xs[y] / xs[y - 1]:.2f}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.lacks(FOOD_SAFETY, "food-safety paperwork in a non-food plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def clean(p: Plan) -> None:
    """Revise plans: nothing outside their planted defects."""
    p.lacks(PLACEHOLDER, "placeholder (not planted here)")
    p.lacks(FOOD_SAFETY, "food-safety paperwork in a non-food plan")


# --------------------------------------------------------------------------- ready plans

def dd01() -> Plan:
    p = Plan("dd01_hop_go_tuong_go_truong_son_htx")
    hist = p.part("## 2. Kết quả sản xuất hai năm", "# III.")
    hs, hl, ht, hrev = (hist.row("Hộp trà", 2), hist.row("Hộp quà", 2), hist.row("Tượng linh vật", 2),
                        hist.row("Doanh thu", 2))
    p.check(close(hrev[0], hs[0] * 0.15 + hl[0] * 0.32 + ht[0] * 2.0)
            and close(hrev[1], hs[1] * 0.16 + hl[1] * 0.34 + ht[1] * 2.2), "history revenue at each year's prices")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    s, l, t, cong = pr.row("Hộp trà"), pr.row("Hộp quà"), pr.row("Tượng linh vật"), pr.row("Công lao động")
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    ws, wl, wt, wood = (raw.row("Gỗ cho hộp nhỏ"), raw.row("Gỗ cho hộp lớn"), raw.row("Gỗ cho tượng"),
                        raw.row("Tổng nhu cầu gỗ"))
    fin = p.part("# XIII. HIỆU QUẢ KINH TẾ", "Lợi nhuận sau thuế bình quân")
    rev, rs, rl, rt = fin.row("Doanh thu |"), fin.row("Hộp nhỏ (160.000"), fin.row("Hộp lớn (340.000"), fin.row("Tượng (2.200.000")
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gỗ mít (15", "Phụ liệu", "Bao bì, nhãn", "Tiền công khoán", "Lương lao động gián tiếp",
                                   "Điện sản xuất", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    org = p.part("# X. TỔ CHỨC", "# XI.")
    staff = org.one("Cộng")
    p.check(sum(org.one(f"{i} |") for i in range(1, 6)) == staff == 24, "24 staff by role")
    for y in Y:  # triệu đồng; m³; công
        p.check(close(ws[y], s[y] * 0.0015) and close(wl[y], l[y] * 0.004) and close(wt[y], t[y] * 0.012)
                and close(wood[y], ws[y] + wl[y] + wt[y]) and wood[y] <= 25 + 20, f"wood need within 45 m³ {y}")
        p.check(close(cong[y], s[y] * 0.15 + l[y] * 0.3 + t[y] * 2.5) and cong[y] <= 20 * 280, f"công within 5.600 {y}")
        p.check(s[y] + l[y] <= 80 * 280, f"CNC 22.400 blanks {y}")
        p.check(close(rs[y], s[y] * 0.16) and close(rl[y], l[y] * 0.34) and close(rt[y], t[y] * 2.2)
                and close(rev[y], rs[y] + rl[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], wood[y] * 15) and close(lines[1][y], s[y] * 0.012 + l[y] * 0.03 + t[y] * 0.06)
                and close(lines[2][y], s[y] * 0.008 + l[y] * 0.015 + t[y] * 0.05)
                and close(lines[3][y], s[y] * 0.045 + l[y] * 0.09 + t[y] * 0.9)
                and close(lines[4][y], 4 * 7 * 12) and close(lines[5][y], cong[y] * 0.02)
                and close(lines[6][y], 1500 / 10) and close(lines[7][y], [600, 400, 200][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(close(lines[3][y] / 20 / 12, [5.25, 5.775, 6.3][y]), f"carver income {y}")
    growth_ok(p, rev, "revenue")
    growth_ok(p, [s[0] + l[0] + t[0], s[1] + l[1] + t[1], s[2] + l[2] + t[2]], "pieces")
    p.check(close(s[0] / hs[1], 1.15, 0.01) and close(l[0] / hl[1], 1.15, 0.01) and t[0] / ht[1] < 1.2,
            "about +15 % on 2026")
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    src = [inv.one(x) for x in ("Vốn góp bổ sung", "Quỹ đầu tư phát triển", "Vay Ngân hàng")]
    p.check(sum(items) == inv.one("Tổng cộng") == 2000 == sum(src) == inv.one("Cộng") and sum(items[:4]) == 1500,
            "capital 2.000 = items = sources, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 782.3, 0.001) and close(2000 / (avg + 150), 2.1, 0.03), "average 782,3, payback 2,1")
    p.has("6.000 chiếc hộp nhỏ, 3.000 chiếc hộp lớn và 800 chiếc tượng", "3.740 triệu đồng", "4.488 triệu đồng",
          "160.000 đồng/chiếc", "340.000 đồng/chiếc", "2.200.000 đồng/chiếc", "tổng cộng 45 m³ mỗi năm",
          "36,72 m³ năm 2029", "5.600 công mỗi năm", "3.800 công năm 2027, 4.180 công năm 2028 và 4.560 công năm 2029",
          "80 phôi hộp trong ca 8 giờ, tức 22.400 phôi/năm", "Tổng vốn đầu tư của phương án là 2.000 triệu đồng",
          "(653,2 + 782,3 + 911,3) : 3 ≈ 782,3", "2.000 : (782,3 + 150) ≈ 2,1 năm", "16 thành viên chính thức",
          "45.000 đồng/hộp nhỏ, 90.000 đồng/hộp lớn, 900.000 đồng/tượng", "5,25 triệu đồng/tháng",
          "Nghị định số 102/2020/NĐ-CP", "TCCS 01:2026/HTXTS", "Nghị định số 43/2017/NĐ-CP", "111/2021/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã lô")
    ready_common(p)
    return p


def dd02() -> Plan:
    p = Plan("dd02_non_la_trung_le_tht")
    hist = p.part("# Phần II", "# Phần III")
    ht, hb, hm, hrev = (hist.row("Nón trắng", 2), hist.row("Nón bài thơ", 2), hist.row("Nón mini", 2),
                        hist.row("Doanh thu", 2))
    p.check(all(close(hrev[i], ht[i] * 70 + hb[i] * 150 + hm[i] * 35) for i in range(2)), "history revenue (1.000 đ)")
    pr = p.part("# Phần XI", "# Phần XII")
    t, b, m, la, cong = (pr.row("Nón trắng"), pr.row("Nón bài thơ"), pr.row("Nón mini"), pr.row("Lá nón cần"),
                         pr.row("Công lao động"))
    fin = p.part("# Phần XIII", "Tổng hợp theo năm")
    rev, rt, rb, rm = fin.row("Doanh thu |"), fin.row("Nón trắng (70.000"), fin.row("Nón bài thơ (150.000"), fin.row("Nón mini (35.000")
    cost, prof = fin.row("Chi phí |"), fin.row("Lợi nhuận |")
    lines = [fin.row(x) for x in ("Lá nón (25.000", "Vành tre", "Tranh, thơ", "Tiền công khoán", "Điện sấy",
                                   "Túi, hộp", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý")]
    summ = p.part("Tổng hợp theo năm", "Lợi nhuận bình quân")
    rows = [summ.row(f"{2027 + y} |", 4) for y in Y]  # years as rows: pieces, revenue, cost, profit
    for y in Y:  # 1.000 đồng
        pcs = t[y] + b[y] + m[y]
        p.check(close(la[y], t[y] * 0.3 + b[y] * 0.5 + m[y] * 0.1) and la[y] <= 1.5 * 800 + 3300, f"leaves within 4.500 bó {y}")
        p.check(close(cong[y], t[y] * 0.5 + b[y] + m[y] * 0.25) and cong[y] <= 35 * 250 * 0.85, f"công under 85 % of 8.750 {y}")
        p.check(close(rt[y], t[y] * 70) and close(rb[y], b[y] * 150) and close(rm[y], m[y] * 35)
                and close(rev[y], rt[y] + rb[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], la[y] * 25) and close(lines[1][y], t[y] * 8 + b[y] * 10 + m[y] * 3)
                and close(lines[2][y], b[y] * 12) and close(lines[3][y], t[y] * 28 + b[y] * 60 + m[y] * 14)
                and close(lines[4][y], pcs * 2) and close(lines[5][y], pcs * 3) and close(lines[6][y], 300000 / 10)
                and close(lines[7][y], [200000, 200000, 100000][y] * 0.07) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], 36000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rows[y] == [pcs, rev[y], cost[y], prof[y]], f"summary row {2027 + y}")
        p.check(close(lines[3][y] / cong[y], 57.3, 0.01), f"about 57.000 đ per công {y}")
    growth_ok(p, rev, "revenue")
    p.check(all(1.12 < x < 1.16 for x in (t[0] / ht[1], b[0] / hb[1], m[0] / hm[1])), "+13–15 % on 2026")
    cal = p.part("Lịch sản xuất năm 2027 theo quý", "Quý I trùng vụ cấy")
    qs = [cal.row(f"Quý {x} |") for x in ("I", "II", "III", "IV")]
    p.check([sum(q[i] for q in qs) for i in Y] == cal.row("Cả năm") == [t[0], b[0], m[0]], "2027 quarters sum")
    inv = p.part("# Phần XII", "# Phần XIII")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 450000 == 250000 + 200000 and sum(items[:4]) == 300000,
            "capital 450 triệu = 250 + 200, fixed 300")
    avg = sum(prof) / 3
    p.check(close(avg, 182608, 0.001) and close(450000 / (avg + 30000), 2.1, 0.02), "average, payback 2,1")
    p.has("7.000 nón trắng, 2.000 nón bài thơ và 3.000 nón mini", "895 triệu đồng năm 2027, 1.060 triệu đồng năm 2029",
          "70.000 đồng/chiếc", "150.000 đồng/chiếc", "35.000 đồng/chiếc", "3.400 bó năm 2027, 3.710 bó năm 2028 và 4.020 bó năm 2029",
          "được 1.200 bó", "3.300 bó/năm", "Tổng nguồn lá 4.500 bó", "tổ có 8.750 công",
          "6.250 công năm 2027, 6.825 công năm 2028 và 7.400 công năm 2029", "Tổng nhu cầu vốn 450 triệu đồng",
          "(158.250 + 180.275 + 209.300) : 3 ≈ 182.608", "450.000 : (182.608 + 30.000) ≈ 2,1 năm",
          "28.000 đồng/nón trắng, 60.000 đồng/nón bài thơ, 14.000 đồng/nón mini", "khoảng 57.000 đồng/ngày công",
          "12 tổ viên", "tổng cộng 35 thợ", "TCCS 01:2026/THTTL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "05/2025/NĐ-CP", "mã lô")
    ready_common(p)
    return p


def dd03() -> Plan:
    p = Plan("dd03_chieu_coi_ky_xuan_cty")
    hist = p.part("## 1.2.", "# CHƯƠNG II")
    hc, ht, hu = hist.row("Chiếu cói", 2), hist.row("Thảm cói", 2), hist.row("Túi cói", 2)
    p.check(close(hc[1] * 0.28 + ht[1] * 0.18 + hu[1] * 0.065, 4180, 0.001) and hc[1] <= 4 * 8 * 280,
            "2026 revenue ≈ 4,18 tỷ; 4 old looms cover 7.800 mats")
    pr = p.part("## 4.5.", "# CHƯƠNG V")
    c, m2, t, u = pr.row("Chiếu cói 1,6"), pr.row("Chiếu cói quy ra"), pr.row("Thảm cói"), pr.row("Túi cói")
    raw = p.part("## 4.1.", "## 4.2.")
    need, supply = raw.row("Cói khô cần"), raw.row("Cói khô từ vùng")
    fin = p.part("## 5.2.", "Lợi nhuận sau thuế bình quân")
    rev, rc, rt, ru = fin.row("Doanh thu |"), fin.row("Chiếu cói (280.000"), fin.row("Thảm cói tròn (180.000"), fin.row("Túi cói (65.000")
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Cói khô (18.000", "Sợi go", "Công khoán", "Lương công nhân", "Lương lao động gián",
                                   "Bao bì, nhãn", "Điện dệt", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; kg
        cong = t[y] * 0.5 + u[y] * 0.25
        p.check(close(m2[y], c[y] * 3.2) and close(need[y], c[y] * 2.4 + t[y] * 1.8 + u[y] * 0.35)
                and close(supply[y], 12 * 4500) and need[y] <= supply[y], f"m², sedge within 54 tấn {y}")
        p.check(c[y] <= 6 * 8 * 280 and cong <= 45 * 250 and close(cong, [8000, 8800, 9600][y]), f"looms, weavers {y}")
        p.check(close(rc[y], c[y] * 0.28) and close(rt[y], t[y] * 0.18) and close(ru[y], u[y] * 0.065)
                and close(rev[y], rc[y] + rt[y] + ru[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.018) and close(lines[1][y], c[y] * 0.015 + t[y] * 0.01 + u[y] * 0.004)
                and close(lines[2][y], t[y] * 0.045 + u[y] * 0.02) and close(lines[3][y], 14 * 7 * 12)
                and close(lines[4][y], 4 * 8.5 * 12) and close(lines[5][y], c[y] * 0.012 + t[y] * 0.01 + u[y] * 0.003)
                and close(lines[6][y], c[y] * 0.006) and close(lines[7][y], 2400 / 10)
                and close(lines[8][y], [1200, 800, 400][y] * 0.08) and close(lines[9][y], rev[y] * 0.04)
                and close(lines[10][y], 150), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(close(lines[2][y] * 1000 / cong, 82.5), f"82.500 đ per công {y}")
        p.check(post[y] + 240 > 400, f"cash flow covers the 400 repayment {y}")
    growth_ok(p, rev, "revenue")
    p.check(all(1.14 <= x <= 1.16 for x in (c[0] / hc[1], t[0] / ht[1], u[0] / hu[1])), "+14–15 % on 2026")
    inv = p.part("## 5.1.", "## 5.2.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3000 == 1800 + 1200 and sum(items[:4]) == 2400, "capital 3 tỷ, fixed 2,4 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 804, 0.001) and close(3000 / (avg + 240), 2.9, 0.02), "average 804, payback 2,9")
    p.check(close(post[0] + 240, 790.6), "cash flow 790,6")
    cal = p.part("Lịch sản xuất năm 2027 theo quý", "Tháng 1 và tháng 2/2027")
    qs = [cal.row(f"Quý {q} |", 4) for q in ("I", "II", "III", "IV")]
    year = cal.row("Cả năm", 4)
    p.check([sum(q[i] for q in qs) for i in range(4)] == year == [c[0], t[0], u[0], need[0]], "quarters sum to 2027")
    p.check(all(close(q[3], q[0] * 2.4 + q[1] * 1.8 + q[2] * 0.35) for q in qs), "sedge per quarter")
    p.check(46 * 32 == 1472 and 24 * 48 == 1152 and 1472 + 1152 == 2624 >= qs[0][0] and max(q[0] for q in qs) <= 70 * 48,
            "Q1 with the old looms 2.624 ≥ 1.800; 3.360 a quarter")
    p.has("khoảng 46 ngày × 32 chiếc = 1.472 chiếc", "24 ngày × 48 chiếc = 1.152 chiếc", "tối đa 2.624 chiếc", "tới 3.360 chiếc")
    p.has("9.000 chiếc chiếu (28.800 m²), 4.000 tấm thảm tròn và 24.000 chiếc túi", "4,8 tỷ đồng năm 2027 và 5,76 tỷ đồng năm 2029",
          "280.000 đồng/chiếc", "180.000 đồng/tấm", "65.000 đồng/chiếc", "tổng cộng 54 tấn mỗi năm", "4,5 tấn cói khô/ha/năm",
          "13.440 chiếc/năm", "tối đa 8.960 chiếc/năm", "8.000 công năm 2027, 8.800 công năm 2028, 9.600 công năm 2029",
          "được 11.250 công", "Tổng vốn đầu tư 3 tỷ đồng", "(550,6 + 804 + 1.057,5) : 3 ≈ 804", "3.000 : (804 + 240) ≈ 2,9 năm",
          "45.000 đồng/tấm thảm và 20.000 đồng/chiếc túi", "82.500 đồng/ngày công", "mã số doanh nghiệp 3002398715", "TCCS 01:2026/KX",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã lô")
    ready_common(p)
    return p


def dd04() -> Plan:
    p = Plan("dd04_xa_phong_thao_duoc_huong_tra_cty")
    bars, boxes, small = [18000, 20000, 22000], [2000, 2200, 2400], [12000, 13000, 14000]
    eq = [bars[y] + 3 * boxes[y] + 0.5 * small[y] for y in Y]
    rev = [bars[y] * 45000 + boxes[y] * 150000 + small[y] * 15000 for y in Y]
    p.check(eq == [30000, 33100, 36200] and rev == [1290e6, 1425e6, 1560e6], "equivalents, revenue")
    p.check(close(15600 * 45000 + 1800 * 150000 + 10400 * 15000, 1128e6) and 15600 + 5400 + 5200 == 26200
            and close(eq[0] / 26200, 1.145, 0.01) and 26200 <= 3500 * 8, "2026: 1,128 tỷ, 26.200 within the old racks")
    growth_ok(p, eq, "equivalents")
    growth_ok(p, rev, "revenue")
    oil = [x * 0.07 for x in eq]
    p.check([round(x) for x in oil] == [2100, 2317, 2534] and max(oil) <= 1800 + 1000, "oil within 2.800 kg")
    p.check(max(eq) <= 6000 * 8 and close(max(eq) / 48000, 0.75, 0.01) and -(-max(eq) // (30 / 0.07)) == 85,
            "racks 48.000, 75 %; 85 batches of 428")
    fin = p.part("# N. HIỆU QUẢ", "Giấy gói, hộp, nhãn tính")
    lines = [fin.row(f"{i} |") for i in range(1, 10)]
    cost = fin.row("Tổng chi phí")
    pre = [rev[y] - cost[y] for y in Y]
    post = [pre[y] * 0.85 for y in Y]
    for y in Y:  # đồng
        p.check(close(lines[0][y], oil[y] * 60000) and close(lines[1][y], eq[y] * 3000)
                and close(lines[2][y], bars[y] * 4000 + boxes[y] * 15000 + small[y] * 1500)
                and close(lines[3][y], (4 * 6.5e6 + 2 * 7.5e6) * 12) and close(lines[4][y], eq[y] * 1000)
                and close(lines[5][y], 400e6 / 8) and abs(lines[6][y] - [200e6, 100e6, 0][y] * 0.08) < 1
                and close(lines[7][y], rev[y] * 0.08) and close(lines[8][y], 40e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] < 3e9, f"cost sum, under 3 tỷ {y}")
    for y, (a, b, c) in enumerate([("222.800.000", "33.420.000", "189.380.000"), ("317.080.000", "47.562.000", "269.518.000"),
                                   ("411.360.000", "61.704.000", "349.656.000")]):
        p.check(close(plancheck.vn(a), pre[y], 0.001) and close(plancheck.vn(b), pre[y] * 0.15, 0.001)
                and close(plancheck.vn(c), post[y], 0.001), f"profit, 15 % tax {y}")
        p.has(a, b, c)
    avg = sum(post) / 3
    p.check(close(avg, 269518000, 0.001) and close(600e6 / (avg + 50e6), 1.9, 0.02), "average, payback 1,9")
    p.check(220 + 95 + 85 + 60 + 140 == 600 == 400 + 200 and 220 + 95 + 85 == 400, "capital 600 triệu, fixed 400")
    cal = p.part("Lịch sản xuất năm 2027 theo quý", "Mỗi quý có khoảng")
    qs = [cal.row(f"Quý {q} |", 2) for q in ("I", "II", "III", "IV")]
    p.check([sum(q[i] for q in qs) for i in range(2)] == cal.row("Cả năm", 2) == [eq[0], 2100]
            and all(close(q[1], q[0] * 0.07) for q in qs) and max(q[0] for q in qs) <= 6000 * 13 / 6, "quarters, oil, racks")
    p.check(close(cost[0] / eq[0], 35573, 0.0001) and rev[0] / eq[0] == 43000, "unit cost 35.573, price 43.000")
    p.has("1.067.200.000 : 30.000 ≈ 35.573 đồng", "1.290.000.000 : 30.000 = 43.000 đồng")
    p.has("18.000 × 45.000 = 810.000.000 đồng", "2.000 × 150.000 = 300.000.000 đồng", "12.000 × 15.000 = 180.000.000 đồng",
          "900.000.000 + 330.000.000 + 195.000.000 = 1.425.000.000 đồng", "990.000.000 + 360.000.000 + 210.000.000 = 1.560.000.000 đồng",
          "30.000 bánh năm 2027, 33.100 bánh năm 2028 và 36.200 bánh năm 2029", "2.100 kg năm 2027, 2.317 kg năm 2028 và 2.534 kg năm 2029",
          "tổng cộng 2.800 kg mỗi năm", "tức 48.000 bánh quy đổi/năm", "Tổng vốn đầu tư: 600.000.000 đồng",
          "220.000.000 đồng", "95.000.000 đồng", "85.000.000 đồng", "60.000.000 đồng", "140.000.000 đồng",
          "600.000.000 : (269.518.000 + 50.000.000) ≈ 1,9 năm", "doanh thu khoảng 1.128.000.000 đồng", "45.000 đồng/bánh",
          "150.000 đồng/hộp", "15.000 đồng/bánh", "mã số doanh nghiệp 3002421965", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "Phiếu công bố sản phẩm mỹ phẩm", "TCCS 01:2025/HT", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô",
          "không phải thực phẩm")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dd05() -> Plan:
    p = Plan("dd05_tho_cam_huong_lien_tht")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    k, l, v, t, m = (pr.row("Khăn quàng nhỏ"), pr.row("Khăn choàng lớn"), pr.row("Vải thổ cẩm"), pr.row("Túi thổ cẩm"),
                     pr.row("Vải quy đổi"))
    fin = p.part("# 13. Dự toán", "Thuốc nhuộm, chỉ, lót, khóa tính")
    rev, rk, rl, rv, rt = (fin.row("Doanh thu |"), fin.row("Khăn quàng nhỏ (350.000"), fin.row("Khăn choàng lớn (650.000"),
                           fin.row("Vải thổ cẩm (220.000"), fin.row("Túi thổ cẩm (150.000"))
    cost, prof = fin.row("Chi phí |"), fin.row("Lợi nhuận |")
    lines = [fin.row(x) for x in ("Sợi bông (150.000", "Thuốc nhuộm", "Công dệt khoán", "Túi giấy", "Khấu hao", "Lãi vay",
                                   "Bán hàng, chiết khấu", "Quản lý")]
    cap = 16 * 260 * 1.25
    for y in Y:  # tr.đ; m
        p.check(close(m[y], k[y] * 1.9 + l[y] * 3 + v[y] + t[y] * 0.5), f"metres {y}")
        p.check(m[y] * 0.12 <= 800, f"yarn within 800 kg {y}")
        p.check(close(rk[y], k[y] * 0.35) and close(rv[y], v[y] * 0.22) and close(rt[y], t[y] * 0.15), f"other rows {y}")
        p.check(close(rev[y], rk[y] + rl[y] + rv[y] + rt[y]), f"revenue total adds its rows {y}")
        p.check(close(lines[0][y], m[y] * 0.12 * 0.15) and close(lines[1][y], k[y] * 0.01 + l[y] * 0.015 + v[y] * 0.005 + t[y] * 0.02)
                and close(lines[2][y], m[y] * 0.1) and close(lines[3][y], (k[y] + l[y] + t[y]) * 0.008 + v[y] * 0.002)
                and close(lines[4][y], 240 / 8) and close(lines[5][y], [150, 100, 50][y] * 0.066)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 36), f"cost lines (selling on the stated revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(close(rl[0], l[0] * 0.65) and close(rl[2], l[2] * 0.65), "2027 and 2029 shawl rows right")
    true_rev = rev[1] - rl[1] + l[1] * 0.65
    p.check(rl[1] == 313 and close(l[1] * 0.65, 247) and off(rl[1], l[1] * 0.65, 20) and close(true_rev, 1106)
            and off(rev[1], true_rev), "PLANTED 2028 shawl row 313 != 380 × 650.000 = 247 (+26,7 %); total 1.172 != 1.106")
    true_prof = true_rev - (cost[1] - (rev[1] - true_rev) * 0.08)
    p.check(close(true_prof, 263.44, 0.001) and off(prof[1], true_prof), "knock-on: 2028 profit 324,16, truly 263,44")
    p.check(m[0] <= cap and m[1] <= cap and close(cap, 5200), "2027 and 2028 within 5.200 m")
    cal = p.part("Lịch dệt năm 2027 theo quý", "Mỗi quý có khoảng 65")
    qs = [cal.row(f"Quý {q} |", 2) for q in ("I", "II", "III", "IV")]
    p.check(sum(q[1] for q in qs) == cal.one("Cả năm") == m[0] and all(q[1] <= q[0] * 65 * 1.25 for q in qs)
            and close(14 * 65 * 1.25, 1137, 0.001) and 16 * 65 * 1.25 == 1300, "2027 quarters sum, within the looms running")
    p.check(m[2] == 6020 and off(m[2], cap, 15) and close(m[2] / cap, 1.158, 0.01),
            "PLANTED 2029 needs 6.020 m, 16 looms give 5.200 m (+15,8 %)")
    p.check(close(880 * 1.9 + 300 * 3 + 1000 + 1150 * 0.5, 4147) and close(14 * 260 * 1.25, 4550)
            and close(4147 / 4550, 0.91, 0.01) and close(m[0] / 4147, 1.13, 0.01) and close(m[1] / m[0], 1.1, 0.01)
            and m[2] / m[1] < 1.2 and rev[2] / rev[1] < 1.2 and rev[1] / rev[0] < 1.2, "history and growth")
    written = sum(prof) / 3
    true = (prof[0] + true_prof + prof[2]) / 3
    p.check(close(written, 292.83, 0.001) and close(370 / (written + 30), 1.1, 0.05), "stated payback 1,1")
    p.check(close(370 / (true + 30), 1.22, 0.01) and off(1.1, 370 / (true + 30)), "tolerated knock-on: truly 1,2 years")
    p.check(150 + 30 + 24 + 36 + 20 + 110 == 370 == 220 + 150 and 150 + 30 + 24 + 36 == 240, "capital 370, fixed 240")
    p.check(close(lines[2][0] / 16, 29.2, 0.01) and close(lines[2][2] / 16, 37.6, 0.01) and 100000 * 1.25 == 125000,
            "weaver income 29–38 triệu, 125.000 đ/day")
    p.has("16 khung × 260 ngày × 1,25 m = 5.200 m vải quy đổi mỗi năm, đủ cho kế hoạch sản xuất của cả giai đoạn",
          "1 khăn quàng nhỏ bằng 1,9 m, 1 khăn choàng lớn bằng 3 m, 1 túi bằng 0,5 m", "khoảng 4.147 m vải quy đổi",
          "560,4 kg năm 2027, 615,6 kg năm 2028 và 722,4 kg năm 2029", "800 kg sợi bông mỗi năm",
          "(230,48 + 324,16 + 323,85) : 3 ≈ 292,83", "370 : (292,83 + 30) ≈ 1,1 năm", "Tổng vốn đầu tư 370 triệu đồng",
          "350.000 đồng/chiếc", "650.000 đồng/chiếc", "220.000 đồng/m", "150.000 đồng/chiếc", "16 thợ dệt, mỗi người đứng một khung",
          "TCCS 01:2027/THTHL", "Nghị định số 43/2017/NĐ-CP", "mã lô", "mã số thuế 3002468532")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|Cục SHTT|\bSHTT\b",
            "PLANTED no trademark or IP protection anywhere")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    clean(p)
    return p


def dd06() -> Plan:
    p = Plan("dd06_gom_duc_dong_cty")
    hist = p.part("# II – Thực trạng", "# III")
    hn, hv, hl, hb, hrev = (hist.row("Chậu nhỏ", 2), hist.row("Chậu vừa", 2), hist.row("Chậu lớn", 2),
                            hist.row("Bình gốm", 2), hist.row("Doanh thu", 2))
    for i in range(2):
        p.check(close(hrev[i], hn[i] * 0.045 + hv[i] * 0.12 + hl[i] * 0.38 + hb[i] * 0.25)
                and hn[i] + 3 * hv[i] + 10 * hl[i] + 3 * hb[i] <= 140 * 450, f"history revenue, old kiln {i}")
    pr = p.part("# X – Sản lượng", "# XI")
    n, v, l, b, u, clay = (pr.row("Chậu nhỏ"), pr.row("Chậu vừa"), pr.row("Chậu lớn"), pr.row("Bình gốm"),
                           pr.row("Quy ra đơn vị"), pr.row("Đất sét cần"))
    fin = p.part("# XII – Hiệu quả", "Men, màu tính")
    rev, rn, rv, rl, rb = (fin.row("Doanh thu |"), fin.row("Chậu nhỏ (45.000"), fin.row("Chậu vừa (120.000"),
                           fin.row("Chậu lớn (380.000"), fin.row("Bình gốm (250.000"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Đất sét (1,2", "Men, màu", "Ga nung", "Tiền lương", "Bao bì", "Điện", "Khấu hao",
                                   "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    org = p.part("# IX – Nhân lực", "# X –")
    staff = org.one("Cộng")
    p.check(sum(org.one(f"{i} |") for i in range(1, 6)) == staff == 16, "16 staff by role")
    for y in Y:  # triệu đồng; units; tấn
        p.check(close(u[y], n[y] + 3 * v[y] + 10 * l[y] + 3 * b[y]) and u[y] <= 100 * (450 + 700), f"units within 115.000 {y}")
        p.check(close(clay[y], (n[y] * 1.2 + v[y] * 4 + l[y] * 14 + b[y] * 2.5) / 1000) and clay[y] <= 130, f"clay within 130 tấn {y}")
        p.check(close(rn[y], n[y] * 0.045) and close(rv[y], v[y] * 0.12) and close(rl[y], l[y] * 0.38) and close(rb[y], b[y] * 0.25)
                and close(rev[y], rn[y] + rv[y] + rl[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], clay[y] * 1.2) and close(lines[1][y], v[y] * 0.008 + l[y] * 0.025 + b[y] * 0.02)
                and close(lines[2][y], u[y] * 0.004) and close(lines[3][y], staff * 6.5 * 12)
                and close(lines[4][y], n[y] * 0.002 + v[y] * 0.006 + l[y] * 0.02 + b[y] * 0.012) and close(lines[5][y], 60)
                and close(lines[6][y], 2300 / 10) and close(lines[7][y], [1200, 800, 400][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 150), f"cost lines (wages for 16) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(u[0] / (hn[1] + 3 * hv[1] + 10 * hl[1] + 3 * hb[1]), 1.17, 0.01) and close(rev[0] / hrev[1], 1.17, 0.01),
            "+17 % on 2026")
    p.check(58 * 450 == 26100 and 26100 + 58 * 700 == 66700 and 26100 + 66700 == 92800 >= u[0], "2027 with the new kiln from June")
    inv = p.part("# XI – Nhu cầu vốn", "# XII")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 2650 and stated == 2950 and off(stated, sum(items), 10),
            "PLANTED investment items add to 2.650, 'Tổng cộng' says 2.950 (+11,3 %)")
    p.check(sum(items[:4]) == 2300 and 1750 + 1200 == stated and off(1750 + 1200, sum(items)),
            "fixed assets 2.300 right; tolerated: sources 2.950 match the wrong total, not the items")
    p.has("Tổng vốn đầu tư 2.950 triệu đồng", "cộng 2.950 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 762.6, 0.001) and close(2950 / (avg + 230), 3.0, 0.02), "stated payback 3,0 on 2.950")
    p.check(close(2650 / (avg + 230), 2.67, 0.01) and off(3.0, 2650 / (avg + 230)), "tolerated knock-on: 2,7 years on 2.650")
    p.has("Công ty hiện có 12 lao động thường xuyên", "Hiện nay công ty có 16 lao động", "Tiền lương 16 lao động")
    p.check(off(16, 12) and p.count("12 lao động") == 1, "PLANTED 12 != 16 workers, both 'now'")
    p.has("1.200 °C", "phun men", "Khuôn thạch cao được rửa sạch sau mỗi ca", "(khoảng 5%)", "Mỗi lò chạy 100 mẻ/năm")
    p.lacks(r"môi trường|thải|xử lý|khói|bụi|ô nhiễm|tái chế|bể lắng|thu gom|khí thải|\bồn\b", "PLANTED no environmental measure at all")
    p.has("91,5 tấn năm 2027, 100,65 tấn năm 2028 và 109,8 tấn năm 2029", "130 tấn đất sét", "tổng công suất 115.000 đơn vị",
          "73.000 đơn vị năm 2027, 80.300 đơn vị năm 2028 và 87.600 đơn vị năm 2029", "45.000 đồng/chiếc", "120.000 đồng/chiếc",
          "380.000 đồng/chiếc", "250.000 đồng/chiếc", "(534,5 + 762,6 + 990,7) : 3 ≈ 762,6", "2.950 : (762,6 + 230) ≈ 3,0 năm",
          "TCCS 01:2027/GĐĐ", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    clean(p)
    return p


def dd07() -> Plan:
    p = Plan("dd07_may_tre_dan_thien_loc_htx")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    rows = [pr.row(f"{2027 + y} |", 6) for y in Y]  # years as rows
    n, l, k, b, may, cong = ([r[i] for r in rows] for i in range(6))
    fin = p.part("# XIII. HIỆU QUẢ", "Tre, quai, bản lề, dầu bóng tính")
    rev, rn, rl, rk, rb = (fin.row("Doanh thu |"), fin.row("Giỏ nhỏ (100.000"), fin.row("Giỏ lớn (280.000"),
                           fin.row("Khay (140.000"), fin.row("Bộ 3 giỏ (420.000"))
    cost, prof = fin.row("Chi phí |"), fin.row("Lợi nhuận |")
    lines = [fin.row(x) for x in ("Mây sợi (60.000", "Tre, quai", "Công đan khoán", "Sấy, phun", "Bao bì, nhãn",
                                   "Lương cán bộ", "Khấu hao", "Lãi vay", "Bán hàng", "Chi phí chung")]
    supply = 6000 + 5000
    for y in Y:  # triệu đồng; kg; công
        pcs = n[y] + l[y] + k[y] + b[y]
        p.check(close(may[y], n[y] * 0.35 + l[y] * 0.9 + k[y] * 0.5 + b[y] * 1.4), f"rattan need {y}")
        p.check(close(cong[y], n[y] * 0.4 + l[y] + k[y] * 0.5 + b[y] * 1.6) and cong[y] <= 60 * 250, f"công within 15.000 {y}")
        p.check(close(rn[y], n[y] * 0.1) and close(rl[y], l[y] * 0.28) and close(rk[y], k[y] * 0.14) and close(rb[y], b[y] * 0.42)
                and close(rev[y], rn[y] + rl[y] + rk[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], may[y] * 0.06) and close(lines[1][y], n[y] * 0.005 + l[y] * 0.015 + k[y] * 0.008 + b[y] * 0.02)
                and close(lines[2][y], n[y] * 0.035 + l[y] * 0.09 + k[y] * 0.045 + b[y] * 0.14) and close(lines[3][y], pcs * 0.002)
                and close(lines[4][y], n[y] * 0.003 + l[y] * 0.006 + k[y] * 0.004 + b[y] * 0.01) and close(lines[5][y], 4 * 7 * 12)
                and close(lines[6][y], 900 / 10) and abs(lines[7][y] - [500, 250, 0][y] * 0.07) < 0.01
                and close(lines[8][y], rev[y] * 0.04) and close(lines[9][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(lines[2][y] * 1000 / cong[y], 88.7, 0.01), f"88.700 đ per công {y}")
    growth_ok(p, rev, "revenue")
    for xs in (n, l, k, b):
        growth_ok(p, xs, "pieces")
    p.check(close(7000 * 0.1 + 2600 * 0.28 + 3500 * 0.14 + 1300 * 0.42, 2464) and
            all(1.14 <= a / h <= 1.16 for a, h in zip((n[0], l[0], k[0], b[0]), (7000, 2600, 3500, 1300))),
            "2026 ≈ 2,46 tỷ; +14–15 %")
    p.check(may[0] <= supply and may[1] <= supply, "2027 and 2028 within 11.000 kg")
    cust = p.part("Dự kiến tiêu thụ năm 2027 theo khách hàng", "Như vậy khoảng 62%")
    cs = [cust.row(x, 4) for x in ("Công ty CP Thủ công", "Công ty TNHH Nội thất", "Cửa hàng ký gửi")]
    tot = cust.row("Cộng", 4)
    p.check([sum(c[i] for c in cs) for i in range(4)] == tot == [n[0], l[0], k[0], b[0]], "2027 customers sum to the plan")
    p.check(close((sum(cs[0]) + sum(cs[1])) / sum(tot), 0.62, 0.01), "62 % under contract")
    p.check(may[2] == 12340 and off(may[2], supply, 10) and close(may[2] / supply, 1.122, 0.01),
            "PLANTED 2029 needs 12.340 kg rattan, contracts give 11.000 kg (+12,2 %)")
    p.has("6.000 kg/năm", "5.000 kg/năm, tổng cộng 11.000 kg mỗi năm; nguồn mây 11 tấn/năm này đủ cho cả giai đoạn 2027 – 2029",
          "9.600 kg năm 2027, 10.890 kg năm 2028 và 12.340 kg năm 2029")
    p.check(450 + 220 + 150 + 80 + 60 + 240 == 1200 == 500 + 200 + 500 and 450 + 220 + 150 + 80 == 900, "capital 1.200, fixed 900")
    avg = sum(prof) / 3
    p.check(close(avg, 577.5, 0.001) and close(1200 / (avg + 90), 1.8, 0.02), "average 577,5, payback 1,8")
    p.has("(426,8 + 571,7 + 734,1) : 3 ≈ 577,5", "1.200 : (577,5 + 90) ≈ 1,8 năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "100.000 đồng/chiếc", "280.000 đồng/chiếc", "140.000 đồng/chiếc", "420.000 đồng/bộ", "được 15.000 công",
          "10.600 công năm 2027, 12.020 công năm 2028, 13.620 công năm 2029", "TCCS 01:2026/HTXTL", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã lô")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "Luật Hợp tác xã số 23/2012/QH13",
          "Nghị quyết số 123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", "Phòng Kinh tế huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|Luật Hợp tác xã năm 2023|17/2023/QH15", "PLANTED outdated-policy: the current instruments are absent")
    p.has("Hợp tác xã Mây tre đan Thiên Lộc")
    p.check(p.count("Hợp tác xã Mây tre Sơn Kim") == 2 and p.count("Sơn Kim") == 2,
            "PLANTED another producer's name twice (quality control, risks)")
    clean(p)
    return p


def dd08() -> Plan:
    p = Plan("dd08_huong_tram_loc_yen_hkd")
    pr = p.part("# 11/ Kế hoạch", "# 12/")
    q, n, v, tram, boi = (pr.row("Hương que"), pr.row("Nụ trầm"), pr.row("Hương vòng"), pr.row("Bột trầm cần"),
                          pr.row("Bột bời lời cần"))
    fin = p.part("# 13/ Hiệu quả", "Hộp, nhãn tính")
    rev, rq, rn, rv = fin.row("Doanh thu |"), fin.row("Hương que (150.000"), fin.row("Nụ trầm (90.000"), fin.row("Hương vòng (120.000")
    cost, prof = fin.row("Chi phí |"), fin.row("Lợi nhuận |")
    lines = [fin.row(x) for x in ("Bột trầm (250.000", "Bột bời lời (40.000", "Tăm tre", "Hộp, nhãn", "Tiền công",
                                   "Điện sấy", "Khấu hao", "Bán hàng", "Thuế của hộ", "Chi khác")]
    for y in Y:  # triệu đồng; hộp; kg
        pcs = q[y] + n[y] + v[y]
        p.check(close(tram[y], q[y] * 0.15 + n[y] * 0.1 + v[y] * 0.12) and tram[y] <= 2000
                and close(boi[y], q[y] * 0.08 + n[y] * 0.04 + v[y] * 0.06), f"powder within 2.000 kg {y}")
        p.check(q[y] <= 25 * 6 * 250 and n[y] + v[y] <= 3 * 30 * 250, f"machines 37.500, moulds 22.500 {y}")
        p.check(close(rq[y], q[y] * 0.15) and close(rn[y], n[y] * 0.09) and close(rv[y], v[y] * 0.12)
                and close(rev[y], rq[y] + rn[y] + rv[y]), f"revenue {y}")
        p.check(close(lines[0][y], tram[y] * 0.25) and close(lines[1][y], boi[y] * 0.04) and close(lines[2][y], q[y] * 0.006)
                and close(lines[3][y], q[y] * 0.012 + n[y] * 0.008 + v[y] * 0.01) and close(lines[4][y], 5 * 6 * 12)
                and close(lines[5][y], pcs * 0.0015) and close(lines[6][y], 300 / 10) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], rev[y] * 0.015) and close(lines[9][y], 24), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(5200 * 0.15 + 2600 * 0.09 + 1700 * 0.12, 1218) and all(1.15 <= a / b <= 1.18 for a, b in
            zip((q[0], n[0], v[0]), (5200, 2600, 1700))), "2026 1.218 triệu; +15–18 %")
    p.check(close(prof[0], rev[0] - cost[0], 0.001) and close(prof[2], rev[2] - cost[2], 0.001), "2027 and 2029 profit right")
    true = rev[1] - cost[1]
    p.check(prof[1] == 507.64 and close(true, 407.64, 0.0001) and off(prof[1], true, 20),
            "PLANTED 2028 profit 507,64 != 1.551 − 1.143,36 = 407,64 (+24,5 %)")
    written = sum(prof) / 3
    true_avg = (prof[0] + true + prof[2]) / 3
    p.check(close(written, 440.98, 0.001) and round(500 / (written + 30), 1) == 1.1 and round(500 / (true_avg + 30), 1) == 1.1,
            "payback 1,1 on either profit (no knock-on)")
    p.check(150 + 85 + 45 + 20 + 40 + 160 == 500 and 150 + 85 + 45 + 20 == 300, "capital 500, fixed 300, all own funds")
    p.has("(332,95 + 507,64 + 482,34) : 3 ≈ 440,98", "500 : (440,98 + 30) ≈ 1,1 năm", "Tổng vốn đầu tư 500 triệu đồng",
          "1.440 kg năm 2027, 1.584 kg năm 2028, 1.728 kg năm 2029", "2.000 kg bột trầm mỗi năm", "được 37.500 hộp",
          "được 22.500 hộp", "150.000 đồng/hộp", "90.000 đồng/hộp", "120.000 đồng/hộp", "doanh thu khoảng 1.218 triệu đồng",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28H8004512", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|phiếu kết quả|thử nghiệm|phòng thí nghiệm",
            "PLANTED no product standard, declaration or laboratory test")
    p.has("Website: ……………", "[tên sản phẩm]")
    p.check(p.count("……………") == 1 and p.count("[tên sản phẩm]") == 1
            and not re.search(PLACEHOLDER, p.body.replace("……………", "").replace("[tên sản phẩm]", "")),
            "PLANTED exactly two template placeholders")
    ch = p.part("Dự kiến tiêu thụ năm 2027 theo kênh", "Kế hoạch tiếp thị")
    chs = [ch.row(x) for x in ("Cửa hàng đồ thờ", "Chùa, đền", "Doanh nghiệp quà", "Bán trực tuyến")]
    p.check([sum(c[i] for c in chs) for i in Y] == ch.row("Cộng") == [q[0], n[0], v[0]], "2027 channels sum to the plan")
    p.check(close((chs[0][0] + chs[0][1] + chs[0][2]) / (q[0] + n[0] + v[0]), 0.55, 0.01), "shops ≈ 55 %")
    cal = p.part("## c) Lịch sản xuất năm 2027", "# 10/")
    qs = [cal.row(f"Quý {x} |") for x in ("I", "II", "III", "IV")]
    p.check([sum(c[i] for c in qs) for i in Y] == cal.row("Cả năm") == [q[0], n[0], v[0]], "2027 quarters sum")
    p.check(25 * 6 * 62 == 9300 and 3 * 30 * 62 == 5580 and qs[3][0] <= 9300 and qs[3][1] + qs[3][2] == 1800 <= 5580,
            "Q4 within the machine and the moulds")
    p.has("khoảng 9.300 hộp", "khoảng 5.580 hộp", "cần 1.800 hộp")
    p.check(round(cost[0] / 11000 * 1e6, -2) == 97900 and round(rev[0] / 11000 * 1e6, -2) == 128200
            and close(lines[0][0], 360) and close(lines[0][2], 432), "unit cost 97.900, price 128.200; 360–432 triệu to growers")
    p.has("1.077,05 : 11.000 ≈ 97.900 đồng/hộp", "1.410 : 11.000 ≈ 128.200 đồng/hộp", "giá trị 360–432 triệu đồng")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(FOOD_SAFETY, "food-safety paperwork in a non-food plan")
    return p


def dd09() -> Plan:
    p = Plan("dd09_tranh_go_tran_luc_ho")
    a, b, c = [300, 330, 360], [150, 165, 180], [60, 66, 72]  # tấm, tấm, đôi (running text)
    rev_t = [a[y] * 1.2 + b[y] * 2.5 + c[y] * 6 for y in Y]
    fin = p.part("# 14. Hiệu quả", "Sơn, dầu, vàng thếp, phụ liệu tính")
    rev, cost, prof = fin.row("Doanh thu |"), fin.row("Chi phí |"), fin.row("Lợi nhuận |")
    lines = [fin.row(x) for x in ("Gỗ mít (18", "Sơn, dầu", "Lương 6 thợ", "Điện", "Khấu hao", "Lãi vay", "Bán hàng", "Chi khác")]
    for y in Y:  # triệu đồng; m³; công
        wood = a[y] * 0.012 + b[y] * 0.025 + c[y] * 0.08
        cong = a[y] * 2 + b[y] * 4 + c[y] * 12
        p.check(wood <= 20 and cong <= 9 * 300 and close(cong, [1920, 2112, 2304][y]), f"wood within 20 m³, công within 2.700 {y}")
        p.check(close(wood, [12.15, 13.365, 14.58][y]), f"wood need as stated {y}")
        p.check(close(rev[y], rev_t[y]), f"revenue {y}")
        p.check(close(lines[0][y], wood * 18) and close(lines[1][y], a[y] * 0.06 + b[y] * 0.12 + c[y] * 0.3)
                and close(lines[2][y], 6 * 6.5 * 12) and close(lines[3][y], 24) and close(lines[4][y], 600 / 10)
                and abs(lines[5][y] - [300, 150, 0][y] * 0.09) < 0.01 and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 20), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(260 * 1.2 + 130 * 2.5 + 52 * 6, 949) and 260 * 2.5 + 130 * 5 + 52 * 15 <= 2700
            and close(a[0] / 260, 1.15, 0.01), "2026 949 triệu by hand within 2.700 công; +15 %")
    cal = p.part("Lịch sản xuất năm 2027 theo quý", "Mỗi quý 9 thợ")
    qs = [cal.row(f"Quý {x} |", 4) for x in ("I", "II", "III", "IV")]
    p.check([sum(q[i] for q in qs) for i in range(3)] == [a[0], b[0], c[0]] == cal.row("Cả năm", 4)[:3], "2027 quarters sum")
    p.check(all(q[3] == q[0] * 2.5 + q[1] * 5 + q[2] * 15 for q in qs[:2]) and all(q[3] == q[0] * 2 + q[1] * 4 + q[2] * 12 for q in qs[2:])
            and sum(q[3] for q in qs) == cal.row("Cả năm", 4)[3] == 2128 and max(q[3] for q in qs) <= 2700 / 4,
            "by hand in Q1–Q2, with the CNC from Q3; 2.128 công; each quarter within 675")
    p.check(close(2128 / 2700, 0.79, 0.01) and close(2304 / 2700, 0.85, 0.01), "78–85 %")
    hist = p.part("# 2. Hiện trạng", "# 3.")
    h = [hist.row(x, 2) for x in ("Tranh nhỏ", "Tranh lớn", "Câu đối", "Công chạm tay")]
    p.check(all(h[3][i] == h[0][i] * 2.5 + h[1][i] * 5 + h[2][i] * 15 <= 2700 for i in range(2)) and [x[1] for x in h[:3]] == [260, 130, 52],
            "history công by hand within 2.700")
    ch = p.part("Dự kiến tiêu thụ năm 2027", "Cơ sở sẽ chụp ảnh")
    chs = [ch.row(x) for x in ("Khách đặt trực tiếp", "8 cửa hàng", "Bán qua Facebook")]
    p.check([sum(x[i] for x in chs) for i in Y] == ch.row("Cộng") == [a[0], b[0], c[0]], "2027 channels sum")
    p.has("360 + 375 + 360 = 1.095 triệu đồng", "396 + 412,5 + 396 = 1.204,5 triệu đồng", "432 + 450 + 432 = 1.314 triệu đồng",
          "12,15 m³ năm 2027, 13,365 m³ năm 2028 và 14,58 m³ năm 2029", "20 m³ gỗ mít mỗi năm", "có 2.700 công",
          "2.128 công năm 2027 (hai quý đầu còn chạm tay hoàn toàn), 2.112 công năm 2028 và 2.304 công năm 2029", "1.200.000 đồng/tấm", "2.500.000 đồng/tấm",
          "6.000.000 đồng/đôi", "doanh thu khoảng 949 triệu đồng")
    items = [250, 220, 80, 50, 200]
    sources = [300, 300, 100]
    p.has("Tổng vốn đầu tư của phương án là 800 triệu đồng", "mở rộng nhà xưởng 250 triệu đồng", "máy CNC khắc gỗ 2 đầu 220 triệu đồng",
          "máy chà nhám 80 triệu đồng", "phòng sơn 50 triệu đồng", "vốn lưu động mua gỗ 200 triệu đồng",
          "vốn tự có của gia đình 300 triệu đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 300 triệu đồng",
          "anh em trong gia đình góp 100 triệu đồng", "bảo đảm đủ tổng vốn 800 triệu đồng")
    p.check(sum(items) == 800 and sum(items[:4]) == 600 and sum(sources) == 700 and off(sum(sources), 800, 10),
            "PLANTED sources 300 + 300 + 100 = 700 != total 800 (−12,5 %)")
    avg = sum(prof) / 3
    true = 800 / (avg + 60)
    p.check(close(avg, 258.8, 0.001) and close(true, 2.51, 0.01) and off(1.3, true, 40) and off(1.3, 800 / avg, 40),
            "PLANTED payback 1,3 years != 800 : 318,8 = 2,5 (3,1 without depreciation)")
    p.has("800 : (258,8 + 60) ≈ 1,3 năm", "(168,55 + 258,8 + 349,06) : 3 ≈ 258,8")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|đăng ký doanh nghiệp|giấy chứng nhận đăng ký|mã số doanh nghiệp|"
            r"\bthuế\b|thành lập|hợp tác xã|công ty|doanh nghiệp tư nhân|giấy phép",
            "PLANTED no business registration, tax code, tax or plan to register")
    p.has("Nghị định số 102/2020/NĐ-CP", "TCCS 01:2027/TL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "túi lọc")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    clean(p)
    return p


def dd10() -> Plan:
    p = Plan("dd10_den_tre_phu_gia_htx")
    pr = p.part("## III. Kế hoạch sản xuất", "# E –")
    d, c, b, tot, cong = (pr.row("Đèn tre để bàn"), pr.row("Chụp đèn treo"), pr.row("Bộ 3 đèn"), pr.row("Tổng sản phẩm"),
                          pr.row("Công đan cần"))
    fin = p.part("## II. Hiệu quả kinh tế", "Đơn giá tính cho")
    rev, rd, rc, rb = (fin.row("Doanh thu |"), fin.row("Đèn để bàn (350.000"), fin.row("Chụp đèn treo (650.000"),
                       fin.row("Bộ đèn thả (1.200.000"))
    cost, prof = fin.row("Chi phí |"), fin.row("Lợi nhuận trước thuế")
    lines = [fin.row(x) for x in ("Tre, nan tre", "Dây điện", "Công đan khoán", "Hun khói, sơn", "Bao bì, nhãn",
                                   "Lương bộ máy", "Khấu hao", "Lãi vay", "Chi phí tiêu thụ", "Chi phí chung")]
    for y in Y:  # triệu đồng; pieces; công
        p.check(tot[y] == d[y] + c[y] + b[y] and close(cong[y], d[y] + c[y] * 1.5 + b[y] * 3), f"totals, công {y}")
        p.check(cong[y] <= 150 * 250 and tot[y] <= 120 * 280 and tot[y] <= 40000,
                f"capacity suffices: 37.500 công, 33.600 in the booth, 40.000 in the kiln {y}")
        p.check(close(rd[y], d[y] * 0.35) and close(rc[y], c[y] * 0.65) and close(rb[y], b[y] * 1.2)
                and close(rev[y], rd[y] + rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], d[y] * 0.025 + c[y] * 0.04 + b[y] * 0.07) and close(lines[1][y], d[y] * 0.04 + c[y] * 0.06 + b[y] * 0.15)
                and close(lines[2][y], cong[y] * 0.09) and close(lines[3][y], d[y] * 0.01 + c[y] * 0.015 + b[y] * 0.03)
                and close(lines[4][y], d[y] * 0.02 + c[y] * 0.03 + b[y] * 0.05) and close(lines[5][y], 4 * 7 * 12)
                and close(lines[6][y], 1000 / 10) and close(lines[7][y], [500, 500, 250][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(close(1800 * 0.35 + 900 * 0.65 + 300 * 1.2, 1575) and close(tot[0] / 3000, 1.117, 0.01)
            and close(rev[0] / 1575, 1.124, 0.01), "2026: 3.000 pieces, 1.575 triệu; 2027 +12 %")
    p.check(all(off(rev[y] / rev[y - 1], 1.2, 50) and off(tot[y] / tot[y - 1], 1.2, 50) for y in (1, 2))
            and close(rev[1] / rev[0], 2.11, 0.01) and close(rev[2] / rev[1], 2.10, 0.01) and close(prof[2] / rev[2], 0.405, 0.01),
            "PLANTED ×2,1 a year in 2028 and 2029, margin 40 %")
    mats = lines[0][2] + lines[1][2] + lines[3][2] + lines[4][2]
    p.check(close(mats, 1954) and lines[2][2] > 1800 and 420 < 0.25 * (mats + lines[2][2]),
            "working capital 420 triệu against 1,95 tỷ of materials and 1,8 tỷ of wages in 2029")
    p.has("Giai đoạn 2028 – 2029 hợp tác xã không cần huy động thêm vốn", "vì vậy sản lượng có thể tăng gấp đôi mỗi năm",
          "Thị trường đèn trang trí rất rộng lớn, nhu cầu ngày càng tăng")
    market = p.body.split("## IV. Phân tích thị trường", 1)[1].split("# D –", 1)[0]
    cal = p.part("Lịch sản xuất năm 2027 theo quý", "Quý I/2027 xưởng mới")
    qs = [cal.row(f"Quý {x} |") for x in ("I", "II", "III", "IV")]
    p.check([sum(q[i] for q in qs) for i in Y] == cal.row("Cả năm") == [d[0], c[0], b[0]], "2027 quarters sum")
    p.check(not re.search(r"\d", market) and not re.search(r"giá|đồng|khách|kênh|đại lý|cửa hàng|siêu thị|công ty|\bbán\b",
                                                             market, re.I), "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|phân phối|hợp đồng (bán|tiêu thụ|cung cấp|nguyên tắc)|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|điểm bán|"
            r"khách sạn|nhà hàng|\bquán\b|kênh|đơn hàng|đơn đặt|công ty|doanh nghiệp|đối thủ|cạnh tranh về giá",
            "PLANTED no sales channel or customer anywhere")
    p.lacks(r"nguyên liệu|vùng tre|rừng tre|nguồn tre|cung ứng|liên kết|hợp đồng mua|mua tre|ha tre|\bha\b",
            "PLANTED no raw-material section, need, supply or contract")
    p.check(not any(re.match(r"#+ .*(nguyên liệu|vùng|cung ứng|liên kết)", ln, re.I) for ln in p.body.splitlines()),
            "PLANTED no raw-material heading")
    p.check(500 + 200 + 150 + 150 + 80 + 420 == 1500 == 700 + 300 + 500 and 500 + 200 + 150 + 150 == 1000, "capital 1.500, fixed 1.000")
    avg = sum(prof) / 3
    p.check(close(avg, 1569.1, 0.001) and close(1500 / (avg + 100), 0.9, 0.02), "payback 0,9 consistent with the plan's own profit")
    p.has("(301 + 1.224,75 + 3.181,5) : 3 ≈ 1.569,1", "1.500 : (1.569,1 + 100) ≈ 0,9 năm", "Tổng vốn đầu tư 1.500 triệu đồng",
          "350.000 đồng/chiếc", "650.000 đồng/chiếc", "1.200.000 đồng/bộ", "tối đa 37.500 công/năm", "được 33.600 sản phẩm/năm",
          "hun được 40.000 sản phẩm/năm", "doanh thu khoảng 1.575 triệu đồng", "TCCS 01:2027/HTXPG", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã lô")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    clean(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

GAPS = (r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tiêu chuẩn|TCCS|công bố|"
        r"nhãn|môi trường|khói|bụi|thải|sổ ghi|mã lô|truy xuất|an toàn thực phẩm|vốn đầu tư|chi phí|lợi nhuận|hoàn vốn")


def sketchy() -> list[Plan]:
    a = Plan("dd11_non_la_cam_lac_so_sai")
    a.check(2000 * 60000 == 120e6, "2.000 × 60.000 = 120 triệu")
    a.has("khoảng 2.000 chiếc nón", "60.000 đồng/chiếc", "khoảng 120 triệu đồng", "khoảng 50 triệu đồng", "cửa hàng lưu niệm")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 300, f"no table, 150–300 words ({a.words()})")
    a.check(len(re.findall(r"\d[\d.,]* (?:chiếc|đồng|triệu)", a.body)) == 4, "four figures in all")
    a.lacks(GAPS, "every gap listed as tolerated is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dd12_gom_thuong_loc_so_sai")
    b.check(300 * 20 == 6000 and 6000 * 40000 == 240e6, "300 × 20 = 6.000 chậu; × 40.000 = 240 triệu")
    b.has("khoảng 300 chậu", "khoảng 20 mẻ", "khoảng 6.000 chậu", "40.000 đồng/chậu", "khoảng 240 triệu đồng", "vườn ươm",
          "lò củi")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 300, f"no table, 150–300 words ({b.words()})")
    b.lacks(GAPS, "every gap listed as tolerated is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


# The per-piece norms, unit costs, wages, rates and capacities the checks above use as constants, each
# looked up verbatim in its plan so that the constants cannot drift from the text.
UNITS = {
    "dd01": ("0,0015 m³ cho 1 hộp nhỏ; 0,004 m³ cho 1 hộp lớn; 0,012 m³ gỗ khúc cho 1 tượng",
             "Giá mua bình quân 15 triệu đồng/m³", "0,15 công cho 1 hộp nhỏ, 0,3 công cho 1 hộp lớn, 2,5 công cho 1 tượng",
             "Với 20 thợ làm 280 ngày/năm", "lương 7 triệu đồng/người/tháng",
             "Phụ liệu tính 12.000 đồng/hộp nhỏ, 30.000 đồng/hộp lớn, 60.000 đồng/tượng",
             "bao bì, nhãn tính 8.000, 15.000 và 50.000 đồng tương ứng", "lãi suất 7%/năm, trả gốc 200 triệu đồng mỗi năm",
             "khấu hao đều trong 10 năm, mỗi năm 150 triệu đồng", "Công ty TNHH Lâm sản Hương Sơn 25 m³/năm",
             "Đức Lạc 20 m³/năm", "Điện sản xuất (20.000 đ/công)", "Bán hàng, quảng bá (5% doanh thu)"),
    "dd02": ("nón trắng cần 0,3 bó; nón bài thơ 0,5 bó; nón mini 0,1 bó", "Giá lá bình quân 25.000 đồng/bó",
             "0,5 công cho 1 nón trắng, 1 công cho 1 nón bài thơ, 0,25 công cho 1 nón mini",
             "Với 35 thợ, mỗi người làm bình quân 250 ngày/năm", "1,5 ha", "khoảng 800 bó/ha/năm",
             "Vành tre, chỉ cước, quai tính 8.000 đồng/nón trắng, 10.000 đồng/nón bài thơ và 3.000 đồng/nón mini",
             "Tranh, thơ lồng nón bài thơ (12.000 đ/chiếc)", "Điện sấy, là lá, dầu bóng (2.000 đ/chiếc)",
             "Túi, hộp, thẻ nhãn (3.000 đ/chiếc)", "lãi suất 7%/năm, trả gốc 100 triệu đồng vào cuối năm 2028",
             "khấu hao 10 năm, mỗi năm 30 triệu đồng", "Bán hàng, vận chuyển (5% doanh thu)"),
    "dd03": ("2,4 kg/chiếc chiếu; 1,8 kg/tấm thảm; 0,35 kg/chiếc túi", "giá không thấp hơn 18.000 đồng/kg",
             "12 ha", "0,5 công/tấm thảm và 0,25 công/chiếc túi", "6 máy × 8 chiếc/ngày × 280 ngày", "45 thợ đan làm 250 ngày",
             "Công nhân hưởng lương 7 triệu đồng/tháng, lao động gián tiếp 8,5 triệu đồng/tháng",
             "Sợi go, thuốc nhuộm, quai, lót tính 15.000 đồng/chiếc chiếu, 10.000 đồng/tấm thảm, 4.000 đồng/chiếc túi",
             "bao bì, nhãn 12.000, 10.000 và 3.000 đồng tương ứng", "Điện dệt, sấy (6.000 đ/chiếc chiếu)",
             "lãi suất 8%/năm, trả gốc 400 triệu đồng mỗi năm", "khấu hao 10 năm, mỗi năm 240 triệu đồng",
             "Bán hàng, quảng bá (4% doanh thu)", "Thuế TNDN (17%)"),
    "dd04": ("Mỗi bánh quy đổi cần 0,07 kg dầu thực vật", "Giá dầu bình quân 60.000 đồng/kg",
             "1 hộp quà bằng 3 bánh, 1 bánh 50 g bằng 0,5 bánh", "lương 6.500.000 đồng/người/tháng",
             "(7.500.000 đồng/người/tháng)", "Giấy gói, hộp, nhãn tính 4.000 đồng/bánh 100 g, 15.000 đồng/hộp quà và 1.500 đồng/bánh 50 g",
             "Kiềm, thảo dược, tinh dầu (3.000 đ/bánh quy đổi)", "Điện, nước (1.000 đ/bánh quy đổi)",
             "Bán hàng, vận chuyển (8% doanh thu)", "khấu hao trong 8 năm, mỗi năm 50.000.000 đồng",
             "lãi suất 8%/năm, trả gốc 100.000.000 đồng", "giá ủ inox chứa 6.000 bánh", "một năm ủ được 8 vòng",
             "thuế thu nhập doanh nghiệp 15%"),
    "dd05": ("Định mức 0,12 kg sợi cho 1 m vải quy đổi", "giá 150.000 đồng/kg", "100.000 đồng/m vải quy đổi",
             "Thuốc nhuộm, chỉ, lót, khóa tính 10.000 đồng/khăn quàng, 15.000 đồng/khăn choàng, 5.000 đồng/m vải và 20.000 đồng/túi",
             "túi giấy, thẻ nhãn 8.000 đồng/khăn hoặc túi và 2.000 đồng/m vải", "khấu hao 8 năm, mỗi năm 30 tr.đ",
             "lãi suất 6,6%/năm, trả gốc 50 tr.đ mỗi năm", "Bán hàng, chiết khấu (8% doanh thu)",
             "Mỗi khung dệt 1,25 m vải khổ 40 cm mỗi ngày, làm 260 ngày/năm"),
    "dd06": ("1,2 kg/chậu nhỏ, 4 kg/chậu vừa, 14 kg/chậu lớn, 2,5 kg/bình", "giá 1,2 triệu đồng/tấn",
             "1 chậu nhỏ là 1 đơn vị, 1 chậu vừa hoặc 1 bình là 3 đơn vị, 1 chậu lớn là 10 đơn vị",
             "lò cũ 2 m³ (450 đơn vị/mẻ) và lò mới 3 m³ (700 đơn vị/mẻ)", "Lương bình quân 6,5 triệu đồng/người/tháng",
             "Men, màu tính 8.000 đồng/chậu vừa, 25.000 đồng/chậu lớn, 20.000 đồng/bình",
             "bao bì, nhãn 2.000, 6.000, 20.000 và 12.000 đồng", "Ga nung (4.000 đ/đơn vị xếp lò)",
             "khấu hao 10 năm, mỗi năm 230 triệu đồng", "lãi suất 8%/năm, trả gốc 400 triệu đồng mỗi năm",
             "Bán hàng, vận chuyển (6%)", "Thuế TNDN 17%"),
    "dd07": ("0,35 kg/giỏ nhỏ; 0,9 kg/giỏ lớn; 0,5 kg/khay; 1,4 kg/bộ giỏ", "Giá mây sợi 60.000 đồng/kg",
             "0,4 công/giỏ nhỏ, 1 công/giỏ lớn, 0,5 công/khay, 1,6 công/bộ giỏ", "60 thợ đan làm bình quân 250 ngày/năm",
             "lương 7 triệu đồng/người/tháng", "35.000 đồng/giỏ nhỏ, 90.000 đồng/giỏ lớn, 45.000 đồng/khay, 140.000 đồng/bộ giỏ",
             "Tre, quai, bản lề, dầu bóng tính 5.000 đồng/giỏ nhỏ, 15.000 đồng/giỏ lớn, 8.000 đồng/khay, 20.000 đồng/bộ",
             "bao bì, nhãn 3.000, 6.000, 4.000 và 10.000 đồng tương ứng", "Sấy, phun hoàn thiện (2.000 đ/sản phẩm)",
             "khấu hao 10 năm (90 triệu đồng/năm)", "lãi suất 7%/năm, trả gốc 250 triệu đồng", "Bán hàng, vận chuyển (4%)"),
    "dd08": ("hương que 0,15 kg bột trầm và 0,08 kg bột bời lời; nụ trầm 0,1 kg bột trầm và 0,04 kg bột bời lời; "
             "hương vòng 0,12 kg bột trầm và 0,06 kg bột bời lời", "giá 250.000 đồng/kg", "giá 40.000 đồng/kg",
             "tiền công 6 triệu đồng/người/tháng", "Hộp, nhãn tính 12.000 đồng/hộp hương que, 8.000 đồng/hộp nụ, 10.000 đồng/hộp hương vòng",
             "Tăm tre (6.000 đ/hộp hương que)", "Điện sấy (1.500 đ/hộp)", "Bán hàng, vận chuyển (6% doanh thu)",
             "Thuế của hộ (1,5% doanh thu)", "khấu hao 10 năm, mỗi năm 30 triệu đồng", "công suất 25 hộp/giờ; làm 6 giờ/ngày, 250 ngày/năm",
             "mỗi người làm được 30 hộp/ngày"),
    "dd09": ("0,012 m³ cho 1 tranh nhỏ, 0,025 m³ cho 1 tranh lớn, 0,08 m³ cho 1 đôi câu đối", "giá khoảng 18 triệu đồng/m³",
             "2 công/tranh nhỏ, 4 công/tranh lớn, 12 công/đôi câu đối", "mỗi tranh nhỏ mất khoảng 2,5 công, tranh lớn 5 công, đôi câu đối 15 công",
             "9 thợ làm 300 ngày/năm", "6 thợ thuê hưởng lương 6,5 triệu đồng/người/tháng",
             "Sơn, dầu, vàng thếp, phụ liệu tính 60.000 đồng/tranh nhỏ, 120.000 đồng/tranh lớn, 300.000 đồng/đôi câu đối",
             "khấu hao 10 năm, mỗi năm 60 triệu đồng", "lãi suất 9%/năm, trả gốc 150 triệu đồng", "Bán hàng, vận chuyển (5%)"),
    "dd10": ("1 công/đèn để bàn, 1,5 công/chụp đèn treo, 3 công/bộ đèn thả", "trả 90.000 đồng/công", "lương 7 triệu đồng/người/tháng",
             "tre, nan 25.000, 40.000, 70.000 đồng; phần điện 40.000, 60.000, 150.000 đồng; hun khói, sơn 10.000, 15.000, 30.000 đồng; "
             "bao bì, nhãn 20.000, 30.000, 50.000 đồng", "khấu hao 10 năm", "lãi suất 7%/năm, trả gốc 250 triệu đồng",
             "buồng phun sơn màng nước 120 sản phẩm/ngày, làm 280 ngày", "(5% doanh thu)"),
}


def with_units(p: Plan) -> Plan:
    p.has(*UNITS.get(p.stem[:4], ()))
    return p


def main() -> int:
    return plancheck.report([with_units(fn()) for fn in (dd01, dd02, dd03, dd04, dd05, dd06, dd07, dd08, dd09, dd10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
