"""The hundred-and-third holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout103/arithmetic.py

Finance-heavy plans. For every substantive plan: revenue = quantity x price for each product, the
revenue total = its rows; every variable cost line = its unit cost x quantity (or its share of
revenue), every fixed cost line = its own schedule (wages = head count x wage x months,
depreciation = the depreciation table, interest = the loan table); the variable and fixed blocks
and the total cost = their lines; profit = revenue - cost; tax at the stated rate; the loan
schedule (opening balance, equal principal, interest = opening balance x rate, closing balance,
totals); depreciation = cost / years per asset class and the class totals; investment items =
total = capital sources; raw-material need = output x ratio against the stated supply; output
against equipment capacity x hours x days; break-even output = fixed cost / (price - variable cost
per unit); the cash-flow tables, NPV and IRR recomputed from the plan's own cash flows; payback
(cumulative or average, whichever the plan states); year-on-year growth; units mixed between
tables and text (nghìn đồng in a table, triệu or tỷ in the text). Planted numeric defects are
asserted wrong by more than 5 % with the true value computed beside them, and everything else
right within 1 % (or to the rounding unit the plan uses). Textual defects are asserted through the
absence or presence of their words. Ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no
replaced instrument or district-level body; no plan keeps a template placeholder.
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
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

# Instruments replaced or lapsed before mid-2026, and the district level abolished on 1/7/2025.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|\bhuyện\b")


def num(cell: str) -> float | None:
    """A Vietnamese number cell ('1.234,5', '-3.500', '−969'), None when blank or not a number."""
    c = cell.strip().replace("−", "-")
    if not re.fullmatch(r"-?\d[\d.]*(,\d+)?", c):
        return None
    v = plancheck.vn(c.lstrip("-"))
    return -v if c.startswith("-") else v


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows cut to the text between two markers (failures shared)."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        q = copy.copy(self)
        q.text_part = self.body[i: j if j >= 0 else len(self.body)]
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in q.text_part.splitlines() if line.strip().startswith("|")]
        return q

    def vals(self, label: str, k: int, skip: int = 0) -> list:
        """The last k cells (parsed, None when blank) of the (skip+1)-th row whose first or second
        cell starts with `label` (a label ending in '|' must equal the whole cell)."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        seen = 0
        for r in self.rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                if seen == skip:
                    return [num(c) for c in r[-k:]]
                seen += 1
        self.failures.append(f"row not found: {label}")
        return [0.0] * k

    def words(self) -> int:
        return len(self.body.split())

    def stated(self, pattern: str) -> float:
        """A number quoted in the running text, found by a regex with one group."""
        m = re.search(pattern, self.body)
        if not m:
            self.failures.append(f"text not found: {pattern!r}")
            return float("nan")
        return plancheck.vn(m.group(1))


def eq(a, b, unit: float = 0.0) -> bool:
    """Equal within 1 %, or within the rounding unit the plan uses."""
    return a is not None and b is not None and (abs(a - b) <= unit + 1e-9 or close(a, b))


def adds(p: Plan, total: list, parts: list[list], unit: float, what: str, years=None) -> None:
    """A subtotal or total row equals the sum of its rows to the plan's rounding unit, year by year."""
    for y in (years if years is not None else range(len(total))):
        s = sum((x[y] or 0) for x in parts)
        p.check(total[y] is not None and abs(total[y] - s) <= unit + 1e-9, f"{what} {y}: {total[y]} != {s}")


def npv(rate: float, cfs: list[float]) -> float:
    return sum(cf / (1 + rate) ** t for t, cf in enumerate(cfs))


def irr(cfs: list[float]) -> float:
    lo, hi = -0.9, 5.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if npv(mid, cfs) > 0 else (lo, mid)
    return lo


def loan(p: Plan, years: list[int], principal: float, annual: float, rate: float, total_col: bool = False) -> list[float]:
    """Equal-principal schedule: opening, principal, interest = opening x rate, (total,) closing."""
    interest = []
    for i, y in enumerate(years):
        r = p.vals(f"{y}|", 5 if total_col else 4)
        op = principal - annual * i
        want = [op, annual, op * rate] + ([annual + op * rate] if total_col else []) + [op - annual]
        p.check(all(eq(a, b, 0.05) for a, b in zip(r, want)), f"loan row {y}: {r} != {want}")
        interest.append(r[2])
    return interest


def loan_totals(p: Plan, label: str, principal: float, interest: list[float], total_col: bool = False) -> None:
    r = p.vals(label, 5 if total_col else 4)
    got = [x for x in r if x is not None]
    want = [principal, sum(interest)] + ([principal + sum(interest)] if total_col else [])
    p.check(all(eq(a, b, 0.05) for a, b in zip(got, want)) and len(got) == len(want), f"loan totals {got} != {want}")


def dep_table(p: Plan, labels: list[str], k_cost: int = 3) -> tuple[float, float]:
    """Per class: cost / years = yearly depreciation; returns (sum of costs, sum of depreciation)."""
    cost = dep = 0.0
    for lab in labels:
        v, n, d = p.vals(lab, k_cost)
        p.check(eq(v / n, d, 0.5), f"depreciation {lab}: {v}/{n} != {d}")
        cost, dep = cost + v, dep + d
    return cost, dep


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district-level body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def not_planted_policy(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument or district body (not planted here)")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


Y5 = range(5)
Y3 = range(3)


# --------------------------------------------------------------------------- ready plans

def cz01() -> Plan:
    p = Plan("cz01_nuoc_mam_thien_cam_htx")
    pr = p.part("# XI.", "# XII.")
    c35, c25, can, lit, fish, staff = (pr.vals(x, 5) for x in (
        "Nước mắm cốt 35", "Nước mắm 25", "Nước mắm 20", "Tổng sản lượng", "Cá cơm nguyên liệu", "Lao động"))
    fin = p.part("## 1. Doanh thu, chi phí", "## 2. Điểm hòa vốn")
    rev, r35, r25, rcan = (fin.vals(x, 5) for x in ("Doanh thu", "Nước mắm 35", "Nước mắm 25", "Nước mắm can"))
    var, vf, vs, vp, ve, vb = (fin.vals(x, 5) for x in ("Chi phí biến đổi", "Cá cơm tươi (20.000", "Muối hạt (1.000",
                                                          "Chai, can", "Điện, nước", "Chi phí bán hàng (5%"))
    fix, fw, fd, fi, fa = (fin.vals(x, 5) for x in ("Chi phí cố định", "Tiền lương 8", "Khấu hao", "Lãi vay",
                                                     "Quản lý, kiểm nghiệm"))
    cost, pbt, tax, pat = (fin.vals(x, 5) for x in ("Tổng chi phí", "Lợi nhuận trước thuế", "Thuế TNDN",
                                                     "Lợi nhuận sau thuế"))
    lt = p.part("## 3. Kế hoạch trả nợ", "## 4. Khấu hao")
    interest = loan(lt, list(range(2027, 2032)), 1000, 200, 0.08)
    loan_totals(lt, "Cộng", 1000, interest)
    dt = p.part("## 4. Khấu hao", "# XIII.")
    fa_cost, dep = dep_table(dt, ["1|", "2|", "3|", "4|"])
    tot = dt.vals("Cộng", 3)
    p.check(eq(tot[0], fa_cost) and eq(tot[2], dep) and dep == 140 and fa_cost == 1620, "depreciation total 140 on 1.620")
    for y in Y5:  # triệu đồng
        p.check(lit[y] == c35[y] * 0.5 + c25[y] * 0.5 + can[y] * 5 and eq(fish[y], lit[y] / 0.8 / 1000, 0.005)
                and fish[y] <= 45 + 15 and fish[y] <= 40 * 2 and staff[y] == 8,
                f"litres, fish at 0,8 l/kg within 60 tấn and 40 vats × 2 tấn {y}")
        p.check(eq(r35[y], c35[y] * 0.07) and eq(r25[y], c25[y] * 0.045) and eq(rcan[y], can[y] * 0.15)
                and eq(rev[y], r35[y] + r25[y] + rcan[y]), f"revenue {y}")
        p.check(eq(vf[y], fish[y] * 20) and eq(vs[y], fish[y]) and eq(vp[y], (c35[y] + c25[y]) * 0.003 + can[y] * 0.01)
                and eq(ve[y], lit[y] * 0.002) and eq(vb[y], rev[y] * 0.05) and eq(var[y], vf[y] + vs[y] + vp[y] + ve[y] + vb[y]),
                f"variable costs {y}")
        p.check(eq(fw[y], 8 * 6.5 * 12) and fd[y] == dep and fi[y] == interest[y] and fa[y] == 120
                and eq(fix[y], fw[y] + fd[y] + fi[y] + fa[y]), f"fixed costs {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(eq(cost[y], var[y] + fix[y]) and eq(pbt[y], rev[y] - cost[y]) and eq(tax[y], pbt[y] * rate, 0.05)
                and eq(pat[y], pbt[y] - tax[y], 0.05), f"cost, profit, tax {rate} {y}")
        if y:
            p.check(lit[y] / lit[y - 1] < 1.2 and rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    hist = p.part("# III.", "# IV.")
    h_lit, h_rev, h_pat = hist.vals("Sản lượng nước mắm", 3), hist.vals("Doanh thu", 3), hist.vals("Lợi nhuận", 3)
    p.check(h_lit == [22000, 25000, 28000] and h_rev == [1850, 2150, 2480] and h_pat == [240, 310, 380]
            and all(h_pat[i] / h_rev[i] < 0.16 for i in range(3)) and close(lit[0] / h_lit[2], 1.143, 0.01)
            and close(rev[0] / h_rev[2], 1.161, 0.01), "history 2024–2026; +14 % litres, +16 % revenue on 2026")
    adds(p, rev, [r35, r25, rcan], 0.06, "revenue total")
    adds(p, var, [vf, vs, vp, ve, vb], 0.06, "variable block")
    adds(p, fix, [fw, fd, fi, fa], 0.06, "fixed block")
    adds(p, cost, [var, fix], 0.06, "total cost")
    adds(p, pbt, [rev, [-c for c in cost]], 0.06, "profit before tax")
    adds(p, pat, [pbt, [-t for t in tax]], 0.06, "profit after tax")
    inv = p.part("## 1. Nhu cầu vốn", "## 2. Nguồn vốn")
    items = [inv.vals(f"{i}|", 1)[0] for i in range(1, 6)]
    p.check(sum(items) == inv.vals("Tổng cộng", 1)[0] == 2000 == 700 + 300 + 1000 and sum(items[:4]) == fa_cost,
            "investment 2.000 = items = 700 + 300 + 1.000; fixed assets 1.620")
    p.has("700 + 300 + 1.000 = 2.000 triệu đồng")
    # break-even 2027
    ppl, vpl = rev[0] * 1e6 / lit[0], var[0] * 1e6 / lit[0]
    be = fix[0] * 1e6 / (ppl - vpl)
    p.check(ppl == 90000 and vpl == 37500 and eq(p.stated(r"hòa vốn = 964 triệu đồng : 52\.500 đồng/lít ≈ ([\d.]+) lít"), be, 1)
            and eq(p.stated(r"doanh thu hòa vốn khoảng ([\d.]+) triệu"), fix[0] / (1 - var[0] / rev[0]), 1)
            and 0.55 < be / lit[0] < 0.6, f"break-even {be:.0f} l (57 %)")
    # cash flow, NPV, IRR, payback
    cft = p.part("## 3. Dòng tiền", "# XIV.")
    resid, wc = fa_cost - 5 * dep, items[4]
    p.check(cft.vals("2026 (năm 0)", 2) == [-2000, -2000], "year 0: −2.000")
    cfs = [-2000.0]
    cum = -2000.0
    for i, y in enumerate(range(2027, 2032)):
        r = cft.vals(f"{y}|", 5)
        extra = resid + wc if y == 2031 else 0
        cf = pat[i] + dep + extra
        cum += cf
        p.check(eq(r[0], pat[i]) and r[1] == dep and (r[2] or 0) == extra and eq(r[3], cf) and eq(r[4], cum, 0.15),
                f"cash-flow row {y}")
        cfs.append(cf)
    p.check(resid == 920 and wc == 380, "residual 920 + working capital 380")
    p.check(eq(p.stated(r"NPV ≈ ([\d.,]+) triệu"), npv(0.10, cfs)) and abs(p.stated(r"IRR ≈ ([\d,]+)%") - irr(cfs) * 100) < 0.1,
            f"NPV {npv(0.10, cfs):.1f}, IRR {irr(cfs) * 100:.1f} %")
    c2 = pat[0] + pat[1] + 2 * dep
    pb = 2 + (2000 - c2) / (pat[2] + dep)
    p.check(eq(c2, 1619.2) and abs(pb - 2.4) < 0.05, f"cumulative payback {pb:.2f} ≈ 2,4")
    p.has("2 + (2.000 − 1.619,2) : 1.006,9 ≈ 2,4 năm")
    p.check(eq(p.stated(r"gấp ([\d,]+) lần số gốc"), (pat[0] + dep) / (200 + interest[0])), "cash flow / debt service 2027")
    p.has("32.000 lít năm 2027", "Doanh thu 2.880 triệu đồng năm 2027, 3.400 triệu đồng năm 2029", "70.000 đồng/chai",
          "45.000 đồng/chai", "150.000 đồng/can", "khoảng 60 tấn cá cơm/năm", "40 bể chượp",
          "Tổng vốn đầu tư của phương án là 2.000 triệu đồng", "Giấy chứng nhận đăng ký hợp tác xã",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/TC", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "đăng ký môi trường", "Cục Sở hữu trí tuệ", "mã lô", "11 thành viên chính thức")
    p.check(close(sum(pat) / 5, 837, 0.01), "average profit after tax over 5 years above 800")
    ready_common(p)
    return p


def cz02() -> Plan:
    p = Plan("cz02_che_bup_huong_do_hkd")
    pr = p.part("# 11.", "# 12.")
    goi, pg, tui, pt, kg, leaf = (pr.vals(x, 5) for x in ("Chè gói", "Giá gói", "Chè túi", "Giá túi", "Tổng chè khô",
                                                          "Búp tươi cần dùng"))
    fin = p.part("## 13.1.", "## 13.2.")
    rev, rg, rt = fin.vals("Doanh thu", 5), fin.vals("Chè gói", 5), fin.vals("Chè túi", 5)
    var, vl, vp, vf, vw, vt = (fin.vals(x, 5) for x in ("Chi phí biến đổi", "Búp chè tươi", "Bao bì", "Củi, điện",
                                                          "Công thời vụ", "Thuế GTGT"))
    fix, ff, fd, fi, fa = (fin.vals(x, 5) for x in ("Chi phí cố định", "Công gia đình", "Khấu hao", "Lãi vay", "Quảng bá"))
    cost, prof = fin.vals("Tổng chi phí", 5), fin.vals("Lợi nhuận", 5)
    inv = p.part("## 12.1.", "## 12.2.")
    fa_cost, dep = dep_table(inv, ["1|", "2|", "3|"])
    p.check(inv.vals("Cộng TSCĐ", 3)[0] == fa_cost == 320000 and inv.vals("Cộng TSCĐ", 1)[0] == dep == 38500
            and inv.vals("4|", 3)[0] + fa_cost == inv.vals("Tổng vốn đầu tư", 3)[0] == 380000, "investment 380.000 nghìn")
    lt = p.part("## 12.2.", "# 13.")
    interest = [0, 0] + loan(lt, [2027, 2028, 2029], 180000, 60000, 0.08)
    loan_totals(lt, "Tổng", 180000, interest[2:])
    leaf_price = [9, 9.5, 10, 10, 10]  # nghìn đồng/kg, from the text
    for y in Y5:  # nghìn đồng
        p.check(kg[y] == goi[y] * 0.2 + tui[y] * 0.5 and leaf[y] == kg[y] * 4.5 and leaf[y] <= 1.2 * 6000 + 5000
                and leaf[y] <= 50 * 8 * 180, f"kg, leaf 4,5 within 12.200 kg and 72 tấn capacity {y}")
        p.check(eq(rg[y], goi[y] * pg[y] / 1000) and eq(rt[y], tui[y] * pt[y] / 1000) and eq(rev[y], rg[y] + rt[y]),
                f"revenue {y}")
        p.check(eq(vl[y], leaf[y] * leaf_price[y]) and eq(vp[y], goi[y] * 4 + tui[y] * 6) and eq(vf[y], kg[y] * 8)
                and eq(vw[y], kg[y] * 25) and eq(vt[y], rev[y] * 0.015, 1) and eq(var[y], vl[y] + vp[y] + vf[y] + vw[y] + vt[y], 1),
                f"variable costs {y}")
        p.check(eq(ff[y], 3 * (4500 if y < 2 else 5000) * 12) and fd[y] == (10000 if y < 2 else dep)
                and fi[y] == interest[y] and eq(fix[y], ff[y] + fd[y] + fi[y] + fa[y]), f"fixed costs {y}")
        p.check(eq(cost[y], var[y] + fix[y], 1) and eq(prof[y], rev[y] - cost[y], 1), f"cost, profit {y}")
    adds(p, rev, [rg, rt], 1, "revenue total")
    adds(p, var, [vl, vp, vf, vw, vt], 1, "variable block")
    adds(p, fix, [ff, fd, fi, fa], 1, "fixed block")
    adds(p, cost, [var, fix], 1, "total cost")
    adds(p, prof, [rev, [-c for c in cost]], 1, "profit")
    p.check(fa == [8000, 10000, 20000, 20000, 20000], "promotion line")
    p.check(all(rev[y] / rev[y - 1] < 1.25 and kg[y] / kg[y - 1] < 1.15 for y in range(1, 5)),
            "growth: output 10–14 %, revenue at most 24 % (price rise with the new packaging)")
    # units mixed: tables in nghìn đồng, text in triệu đồng
    p.has("Doanh thu 625 triệu đồng năm 2027 và 750 triệu đồng năm 2029", "Tổng vốn đầu tư 380 triệu đồng",
          f"doanh thu {plancheck_fmt(rev[0] / 1000)} triệu đồng, lợi nhuận {plancheck_fmt(prof[0] / 1000)} triệu đồng",
          f"doanh thu {plancheck_fmt(rev[1] / 1000)} triệu đồng, lợi nhuận {plancheck_fmt(prof[1] / 1000)} triệu đồng",
          "Vốn tự có của hộ 200 triệu đồng; vay Ngân hàng", "180 triệu đồng, thời hạn 3 năm")
    p.check(200000 + 180000 == 380000, "sources 200 + 180 = 380 triệu")
    p.check(eq(p.stated(r"Lợi nhuận năm 2027 đạt ([\d,]+) triệu"), prof[2] / 1000)
            and eq(p.stated(r"tăng (\d+)% so với năm 2026"), (prof[2] / prof[1] - 1) * 100, 0.5)
            and eq(p.stated(r"năm 2029 đạt ([\d,]+) triệu đồng\. Lợi"), prof[4] / 1000)
            and eq(p.stated(r"kế hoạch ([\d,]+) triệu đồng/năm"), sum(prof[2:]) / 3000), "profit figures in triệu")
    ppk, vpk = rev[2] / kg[2] * 1000, var[2] / kg[2] * 1000
    be = fix[2] * 1000 / (ppk - vpk)
    p.check(eq(p.stated(r"Giá bán bình quân ([\d.]+) đồng/kg"), ppk, 1) and eq(p.stated(r"biến đổi bình quân ([\d.]+) đồng/kg"), vpk, 1)
            and eq(p.stated(r"≈ ([\d.]+) kg chè khô"), be, 1) and eq(p.stated(r"doanh thu khoảng (\d+) triệu"), be * ppk / 1e6, 1)
            and eq(p.stated(r"bằng (\d+)% sản lượng kế hoạch"), be / kg[2] * 100, 0.5), f"break-even {be:.0f} kg")
    cf = [prof[y] + fd[y] for y in (2, 3)]
    pb = 1 + (380000 - cf[0]) / cf[1]
    p.check(eq(p.stated(r"năm 2027 là ([\d,]+) triệu đồng, năm 2028"), cf[0] / 1000)
            and eq(p.stated(r"năm 2028 là ([\d,]+) triệu đồng\. Thời"), cf[1] / 1000) and abs(pb - 1.6) < 0.05,
           f"cumulative payback {pb:.2f} ≈ 1,6")
    p.has("≈ 1,6 năm (khoảng 1 năm 8 tháng)")
    p.has("65.000 đồng/gói", "150.000 đồng/túi", "2.000 kg chè búp khô", "Giấy chứng nhận đăng ký hộ kinh doanh số",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HĐ", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "sổ nhật ký", "Tổng nguồn cung 12.200 kg/năm")
    ready_common(p)
    return p


def plancheck_fmt(x: float, d: int = 1) -> str:
    """Vietnamese rendering used when a figure is quoted in the text (1234.5 -> '1.234,5')."""
    s = f"{round(x, d):.{d}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return ip + ("," + fp if fp else "")


def cz03() -> Plan:
    p = Plan("cz03_mat_ong_ngan_truoi_ctcp")
    pr = p.part("## 4.4.", "# Chương 5.")
    ch, hu, bb, t, need, buy = (pr.vals(f"{i}|", 5) for i in range(1, 7))
    fin = p.part("## 5.4.", "## 5.5.")
    rev, r1, r2, r3 = (fin.vals(x, 5) for x in ("1. Doanh thu", "- Chai 500 g", "- Hũ 1 kg", "- Bán buôn"))
    var, vb, vp, vt, vs = (fin.vals(x, 5) for x in ("2. Chi phí biến đổi", "- Mật thô", "- Bao bì", "- Điện", "- Bán hàng"))
    fix, fc, fw, fd, fi, fa = (fin.vals(x, 5) for x in ("3. Chi phí cố định", "- Chăm sóc", "- Lương", "- Khấu hao",
                                                         "- Lãi vay", "- Quản lý"))
    cost, pbt, tax, pat = (fin.vals(x, 5) for x in ("4. Tổng chi phí", "5. LN trước", "6. Thuế", "7. LN sau"))
    lt = p.part("## 5.2.", "## 5.3.")
    interest = loan(lt, list(range(2027, 2032)), 2000, 400, 0.09, total_col=True)
    loan_totals(lt, "Cộng", 2000, interest, total_col=True)
    dt = p.part("## 5.3.", "## 5.4.")
    fa_cost, dep = dep_table(dt, ["Nhà xưởng", "Dây chuyền", "Thùng ong", "Xe tải"])
    p.check(dt.vals("Tổng", 3)[0] == fa_cost == 3100 and dt.vals("Tổng", 1)[0] == dep == 290, "depreciation 290 on 3.100")
    own = 800 * 25 / 1000
    for y in Y5:  # triệu đồng; tấn
        p.check(t[y] == ch[y] * 0.5 / 1000 + hu[y] / 1000 + bb[y] and eq(need[y], t[y] * 1.06, 0.005)
                and eq(buy[y], need[y] - own, 0.005) and buy[y] <= 15 and t[y] <= 500 * 2 * 150 / 1000,
                f"tonnes, raw 1,06, purchases within 15 tấn, 150 tấn line {y}")
        p.check(eq(r1[y], ch[y] * 0.1) and eq(r2[y], hu[y] * 0.18) and eq(r3[y], bb[y] * 90) and eq(rev[y], r1[y] + r2[y] + r3[y]),
                f"revenue {y}")
        p.check(eq(vb[y], buy[y] * 70, 0.5) and eq(vp[y], ch[y] * 0.006 + hu[y] * 0.009 + bb[y] * 3, 0.5)
                and eq(vt[y], t[y] * 3, 0.5) and eq(vs[y], rev[y] * 0.06, 0.5) and var[y] == vb[y] + vp[y] + vt[y] + vs[y],
                f"variable costs (to the triệu) {y}")
        p.check(fc[y] == 800 * 0.3 and fw[y] == 9 * 7 * 12 and fd[y] == dep and fi[y] == interest[y] and fa[y] == 200
                and fix[y] == fc[y] + fw[y] + fd[y] + fi[y] + fa[y], f"fixed costs {y}")
        p.check(cost[y] == var[y] + fix[y] and pbt[y] == rev[y] - cost[y] and eq(tax[y], pbt[y] * 0.17, 0.5)
                and pat[y] == pbt[y] - tax[y] and rev[y] > 3000, f"cost, profit, 17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(t[0] / 21, 1.14, 0.01), "+14 % on the 21 tấn of 2026")
    adds(p, rev, [r1, r2, r3], 0.5, "revenue total")
    adds(p, pat, [pbt, [-x for x in tax]], 0.5, "profit after tax")
    inv = p.part("## 5.1.", "## 5.2.")
    items = [inv.vals(f"{i}|", 1)[0] for i in range(1, 6)]
    p.check(sum(items) == inv.vals("Tổng cộng", 1)[0] == 3500 == 1500 + 2000 and sum(items[:4]) == fa_cost,
            "investment 3.500 = 1.500 + 2.000")
    p.has("Tổng vốn đầu tư 3,5 tỷ đồng", "cổ đông góp bổ sung 1,5 tỷ đồng", "2 tỷ đồng, thời hạn 5 năm")
    ppk, vpk = rev[0] * 1e6 / (t[0] * 1000), var[0] * 1e6 / (t[0] * 1000)
    be = fix[0] * 1e6 / (ppk - vpk)
    p.check(eq(p.stated(r"giá bán bình quân ([\d.]+) đồng/kg"), ppk, 1) and eq(p.stated(r"biến đổi bình quân ([\d.]+) đồng/kg"), vpk, 1)
            and eq(p.stated(r"hòa vốn ≈ ([\d.]+) kg"), be, 1) and eq(p.stated(r"bằng (\d+)% kế hoạch"), be / 240, 0.5)
            and eq(p.stated(r"doanh thu hòa vốn khoảng ([\d,]+) tỷ"), fix[0] / (1 - var[0] / rev[0]) / 1000, 0.005),
            f"break-even {be:.0f} kg")
    cft = p.part("## 5.6.", "# Chương 6.")
    resid, wc = fa_cost - 5 * dep, items[4]
    cfs = [-3500.0] + [pat[y] + dep + (resid + wc if y == 4 else 0) for y in Y5]
    row_pat, row_dep, row_rec = cft.vals("LN sau thuế", 6), cft.vals("Khấu hao", 6), cft.vals("Thu hồi", 6)
    row_cf, row_cum = cft.vals("Dòng tiền ròng", 6), cft.vals("Cộng dồn", 6)
    p.check(cft.vals("Vốn đầu tư", 6)[0] == -3500 == -inv.vals("Tổng cộng", 1)[0], "year 0: −3.500")
    p.check(row_pat[1:] == pat and row_dep[1:] == [dep] * 5 and row_rec[-1] == resid + wc == 2050
            and row_cf == cfs and row_cum == [sum(cfs[:i + 1]) for i in range(6)], "cash-flow table")
    p.check(eq(p.stated(r"NPV ≈ ([\d.,]+) triệu"), npv(0.10, cfs)) and abs(p.stated(r"IRR ≈ ([\d,]+)%") - irr(cfs) * 100) < 0.1,
            f"NPV {npv(0.10, cfs):.1f}, IRR {irr(cfs) * 100:.1f} %")
    pb = 2 + (3500 - cfs[1] - cfs[2]) / cfs[3]
    p.check(abs(pb - 2.6) < 0.05 and cfs[1] + cfs[2] == 2531, f"cumulative payback {pb:.2f} ≈ 2,6")
    p.has("2 + 969 : 1.537 ≈ 2,6 năm", "là 580 triệu đồng, thấp hơn dòng tiền năm đó (1.175 triệu đồng)")
    p.check(close(rev[0] / 1000, 3.58, 0.0001) and close(rev[2] / 1000, 4.34, 0.0001), "3,58 and 4,34 tỷ in the objectives")
    p.has("doanh thu năm 2027 khoảng 3,58 tỷ đồng, năm 2029 khoảng 4,34 tỷ đồng", "100.000 đồng/chai", "180.000 đồng/hũ",
          "90.000 đồng/kg", "25 kg mật thô/đàn/năm", "tối đa 15 tấn mật thô/năm", "Tổng nguồn mật thô 35 tấn/năm",
          "Giấy chứng nhận đăng ký doanh nghiệp", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2026/NT",
          "tự công bố", "Nghị định số 43/2017/NĐ-CP", "văn bằng bảo hộ", "tem QR truy xuất", "05/2025/NĐ-CP")
    p.check(eq(rev[0] * 0.8 - var[0] * 0.8 - fix[0], 520, 1) and rev[0] * 0.8 - var[0] * 0.8 - fix[0] > 0,
            "still profitable with revenue −20 %")
    ready_common(p)
    return p


def cz04() -> Plan:
    p = Plan("cz04_gao_thom_thien_loc_tht")
    pr = p.part("M. KẾ HOẠCH", "N. VỐN")
    t5, t2, b25, kg, paddy = (pr.vals(x, 3) for x in ("Gạo thơm túi 5", "Gạo thơm túi 2", "Gạo thơm bao 25",
                                                      "Tổng gạo", "Lúa nguyên liệu"))
    ch = p.part("H. THỊ TRƯỜNG", "I. NGUỒN")
    chan = [ch.vals(x, 4) for x in ("Bếp ăn", "Đại lý", "Bán trực tiếp")]
    tot = ch.vals("Cộng", 4)
    p.check([sum((r[i] or 0) for r in chan) for i in range(4)] == tot == [t5[0], t2[0], b25[0], kg[0]]
            and all(eq((r[0] or 0) * 5 + (r[1] or 0) * 2 + (r[2] or 0) * 25, r[3]) for r in chan),
            "2027 sales by channel add up to the plan")
    fin = p.part("O. HIỆU QUẢ", "P. CHẤT")
    out = fin.vals("Sản lượng gạo", 5)
    rev, r5, r2, r25 = (fin.vals(x, 5) for x in ("A. Doanh thu", "Gạo túi 5", "Gạo túi 2", "Gạo bao 25"))
    var, vl, vp, ve, vc = (fin.vals(x, 5) for x in ("B. Chi phí", "Lúa mua", "Bao bì", "Điện xay", "Hoa hồng"))
    fix, fw, fd, fi, fa = (fin.vals(x, 5) for x in ("C. Chi phí", "Tiền công", "Khấu hao", "Lãi vay", "Quản lý"))
    cost, prof = fin.vals("D. Tổng", 5), fin.vals("E. Lợi nhuận", 5)
    p.check(out[:2] == [40000, 52000] and all(x is None for x in var[:2] + fix[:2] + r5[:2])
            and all(eq(prof[y], rev[y] - cost[y]) for y in (0, 1)), "past columns: totals only, profit = revenue − cost")
    lt = p.part("Kế hoạch trả nợ (đồng)", "O. HIỆU QUẢ")
    interest = loan(lt, [2027, 2028, 2029], 360e6, 120e6, 0.08)
    dep = 300e6 / 20 + 450e6 / 10 + 90e6 / 6
    p.check(dep == 75e6 and 300e6 + 450e6 + 90e6 + 160e6 == 1000e6 == 600e6 + 40e6 + 360e6 and 12 * 50e6 == 600e6,
            "investment 1 tỷ = 600 + 40 + 360 triệu; depreciation 15 + 45 + 15 = 75 triệu")
    p.has("nhà kho, xưởng 300.000.000 đồng", "máy xay xát liên hoàn và máy tách màu 450.000.000 đồng",
          "cân điện tử 90.000.000 đồng", "vốn lưu động mua lúa 160.000.000 đồng", "cộng 75.000.000 đồng/năm",
          "Tổng nguồn vốn 1.000.000.000 đồng", "cộng 600.000.000 đồng; quỹ chung của tổ 40.000.000 đồng")
    for i, y in enumerate(range(2, 5)):  # đồng; the plan years are columns 2..4
        p.check(kg[i] == out[y] == t5[i] * 5 + t2[i] * 2 + b25[i] * 25 and paddy[i] == kg[i] / 0.625
                and paddy[i] <= 140000 <= 18 * 5.5 * 2 * 1000 and paddy[i] <= 500 * 6 * 100, f"kg, paddy 62,5 %, 140 tấn, mill {i}")
        p.check(r5[y] == t5[i] * 135000 and r2[y] == t2[i] * 58000 and r25[y] == b25[i] * 600000
                and rev[y] == r5[y] + r2[y] + r25[y], f"revenue {i}")
        p.check(vl[y] == paddy[i] * 9000 and vp[y] == t5[i] * 3000 + t2[i] * 2000 + b25[i] * 5000 and ve[y] == kg[i] * 500
                and eq(vc[y], rev[y] * 0.03) and eq(var[y], vl[y] + vp[y] + ve[y] + vc[y]), f"variable costs {i}")
        p.check(fw[y] == 3 * 5.5e6 * 12 and fd[y] == dep and fi[y] == interest[i] and fa[y] == 40e6
                and eq(fix[y], fw[y] + fd[y] + fi[y] + fa[y]) and eq(cost[y], var[y] + fix[y]) and eq(prof[y], rev[y] - cost[y]),
                f"fixed costs, profit {i}")
        p.check(rev[y] / rev[y - 1] < 1.25 and out[y] / out[y - 1] < 1.2, f"growth {i}")
    yrs = range(2, 5)
    adds(p, rev, [r5, r2, r25], 1, "revenue total", yrs)
    adds(p, var, [vl, vp, ve, vc], 1, "variable block", yrs)
    adds(p, fix, [fw, fd, fi, fa], 1, "fixed block", yrs)
    adds(p, cost, [var, fix], 1, "total cost", yrs)
    adds(p, prof, [rev, [-(c or 0) for c in cost]], 1, "profit")
    p.check(paddy[2] / 198000 < 0.7 and close(140000 / 198000, 0.707, 0.01), "commitment ≈ 70 % of the harvest")
    ppk, vpk = rev[2] / kg[0], var[2] / kg[0]
    be = fix[2] / (ppk - vpk)
    p.check(eq(p.stated(r"giá bán bình quân ([\d.]+) đồng/kg gạo"), ppk, 1) and eq(p.stated(r"biến đổi bình quân ([\d.]+) đồng/kg"), vpk, 1)
            and eq(p.stated(r"≈ ([\d.]+) kg gạo"), be, 1) and eq(p.stated(r"khoảng (\d+)% sản lượng"), be / kg[0] * 100, 0.5),
            f"break-even {be:.0f} kg")
    cf = [prof[y] + dep for y in (2, 3, 4)]
    pb = 2 + (1000e6 - cf[0] - cf[1]) / cf[2]
    p.check(eq(p.stated(r"năm 2027 là ([\d.]+) đồng"), cf[0]) and eq(p.stated(r"năm 2028 là ([\d.]+) đồng"), cf[1])
            and eq(p.stated(r"năm 2029 là ([\d.]+) đồng"), cf[2]) and abs(pb - 2.4) < 0.05, f"cumulative payback {pb:.2f}")
    p.has("≈ 2,4 năm")
    p.check(eq(8000 * 9000, 72e6) and 160e6 / 72e6 > 2 and eq(paddy[0] / 12, 8000), "160 triệu covers two months of paddy")
    p.has("135.000 đồng/túi", "58.000 đồng/túi", "600.000 đồng/bao", "60 tấn gạo", "1.580.000.000 đồng năm 2027",
          "2.110.000.000 đồng năm 2029", "Giấy chứng nhận đăng ký tổ hợp tác", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "tiêu chuẩn cơ sở", "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "Mỗi lô xay ghi sổ",
          "không phải nộp thuế giá trị gia tăng", "miễn thuế thu nhập cá nhân")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def cz05() -> Plan:
    p = Plan("cz05_banh_da_vung_thuan_thien_htx")
    pr = p.part("# 12.", "# 13.")
    tui, song, pcs, rice, ses = (pr.vals(f"{i}|", 5) for i in range(1, 6))
    fin = p.part("## 14.1.", "## 14.2.")
    rev, rt, rs = (fin.vals(x, 5) for x in ("Tổng doanh thu", "Bánh đa nướng", "Bánh đa sống"))
    var, lines = fin.vals("Chi phí biến đổi", 5), [fin.vals(x, 5) for x in ("Gạo tẻ", "Vừng đen", "Gừng", "Túi, hộp",
                                                                           "Điện, củi", "Công khoán")]
    fix, fw, fd, fi, fs = (fin.vals(x, 5) for x in ("Chi phí cố định", "Lương bộ phận", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá"))
    cost, pbt, tax, pat = (fin.vals(x, 5) for x in ("Tổng chi phí", "Lợi nhuận trước", "Thuế TNDN", "Lợi nhuận sau"))
    inv = p.part("## 13.1.", "## 13.2.")
    fa_cost, dep = dep_table(inv, ["1|", "2|", "3|"])
    p.check(inv.vals("Cộng tài sản", 3)[0] == fa_cost == 1250 and inv.vals("Cộng tài sản", 1)[0] == dep == 115
            and fa_cost + inv.vals("4|", 3)[0] == inv.vals("Tổng vốn", 3)[0] == 1500 == 500 + 200 + 800, "capital 1.500")
    lt = p.part("## 13.2.", "# 14.")
    interest = loan(lt, list(range(2027, 2032)), 800, 160, 0.075)
    loan_totals(lt, "Cộng", 800, interest)
    unit = [0.00075, 0.0003, 0.0001, None, 0.0002, 0.0005]  # triệu đồng per piece
    for y in Y5:
        p.check(pcs[y] == tui[y] * 10 + song[y] and rice[y] == pcs[y] * 0.05 / 1000 and eq(ses[y], pcs[y] * 0.005 / 1000)
                and rice[y] <= 50 and ses[y] <= 4.5 and pcs[y] <= 400 * 8 * 280 and tui[y] * 10 <= 5 * 60 * 6 * 280,
                f"pieces, rice 50 g within 50 tấn, sesame within 4,5 tấn, line and ovens {y}")
        p.check(eq(rt[y], tui[y] * 0.045) and eq(rev[y], rt[y] + rs[y]), f"revenue total = its rows {y}")
        if y != 2:
            p.check(eq(rs[y], song[y] * 0.0028), f"wholesale revenue {y}")
        p.check(all(eq(lines[i][y], pcs[y] * unit[i]) for i in (0, 1, 2, 4, 5)) and eq(lines[3][y], tui[y] * 0.003)
                and eq(var[y], sum(l[y] for l in lines)), f"variable costs {y}")
        p.check(fw[y] == 3 * 6 * 12 and fd[y] == dep and fi[y] == interest[y] and fs[y] == 120
                and eq(fix[y], fw[y] + fd[y] + fi[y] + fs[y]) and eq(cost[y], var[y] + fix[y]), f"fixed, total cost {y}")
        p.check(eq(pbt[y], rev[y] - cost[y]) and eq(tax[y], pbt[y] * 0.15) and eq(pat[y], pbt[y] - tax[y]) and rev[y] <= 3000,
                f"profit follows the stated revenue, 15 % tax {y}")
    adds(p, rev, [rt, rs], 0.06, "revenue total = its written rows")
    adds(p, var, lines, 0.06, "variable block")
    adds(p, fix, [fw, fd, fi, fs], 0.06, "fixed block")
    adds(p, cost, [var, fix], 0.06, "total cost")
    adds(p, pbt, [rev, [-c for c in cost]], 0.06, "profit before tax")
    adds(p, pat, [pbt, [-t for t in tax]], 0.006, "profit after tax")
    true_rs = song[2] * 0.0028
    p.check(rs[2] == 1208 and eq(true_rs, 1008) and off(rs[2], true_rs) and off(rev[2], rt[2] + true_rs)
            and close(rev[2] / (rt[2] + true_rs) - 1, 0.076, 0.02),
            "PLANTED 2029 wholesale 1.208 != 360.000 × 2.800 đ = 1.008 (+19,8 %); total 2.828 vs 2.628 (+7,6 %)")
    true_pbt = rt[2] + true_rs - cost[2]
    p.check(eq(true_pbt, 701) and pbt[2] == 901, "knock-on: profit before tax 901 instead of 701")
    cf = [pat[y] + dep for y in Y5]
    pb = 2 + (1500 - cf[0] - cf[1]) / cf[2]
    pb_true = 2 + (1500 - cf[0] - cf[1]) / (true_pbt * 0.85 + dep)
    p.check(abs(pb - 2.4) < 0.05 and close(pb_true, 2.51, 0.01), f"stated 2,4 years on the inflated 2029; true {pb_true:.2f} (tolerated)")
    p.has("2 + (1.500 − 1.138,65) : 880,85 ≈ 2,4 năm")
    ppc, vpc = rev[0] * 1e6 / pcs[0], var[0] * 1e6 / pcs[0]
    be = fix[0] * 1e6 / (ppc - vpc)
    p.check(ppc == 3650 and vpc == 2000 and eq(p.stated(r"≈ ([\d.]+) chiếc, khoảng"), be, 1) and 0.5 < be / pcs[0] < 0.53,
            f"break-even {be:.0f} pieces")
    p.check(eq(rev[0], 2190) and rev[4] / 1000 < 2.95, "objectives: above 2,1 tỷ in 2027, about 2,9 tỷ in 2031")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|chỉ tiêu (chất lượng|an toàn|vi sinh|hóa|cảm quan)|hợp quy|"
            r"hợp chuẩn|phòng thí nghiệm|phiếu kết quả",
            "PLANTED no product standard, self-declaration or laboratory test")
    p.lacks(r"môi trường|nước thải|khói|bụi|tro\b|rác|chất thải|xử lý|bể lắng|ô nhiễm|ống khói|thu gom",
            "PLANTED no environmental measure")
    p.has("ngâm 6–8 giờ", "nồi hơi đốt củi", "Năm lò nướng than", "# 16. Hiệu quả xã hội")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "ghi sổ từng lô", "Giấy chứng nhận đăng ký hợp tác xã", "45.000 đồng/túi", "2.800 đồng/chiếc", "600.000 chiếc",
          "Tổng vốn đầu tư 1.500 triệu đồng")
    not_planted_policy(p)
    return p


def cz06() -> Plan:
    p = Plan("cz06_keo_cu_do_lam_hong_cty")
    pr = p.part("## 5. Kế hoạch sản xuất", "# Phần IV")
    hop, tui, kg, lac, mat = (pr.vals(x, 5) for x in ("Hộp 300 g", "Túi 1 kg", "Tổng sản lượng", "Lạc nhân", "Mật, đường"))
    fin = p.part("## 1. Doanh thu, chi phí", "## 2. Điểm hòa vốn")
    rev, rh, rt = (fin.vals(x, 3) for x in ("1|", "1.1|", "1.2|"))
    var, lines = fin.vals("2|", 3), [fin.vals(f"2.{i}|", 3) for i in range(1, 8)]
    fix, fx = fin.vals("3|", 3), [fin.vals(f"3.{i}|", 3) for i in range(1, 6)]
    cost, pbt, tax, pat = (fin.vals(f"{i}|", 3) for i in (4, 5, 6, 7))
    summ = [fin.vals(y, 5) for y in ("TH 2025", "TH 2026", "KH 2027", "KH 2028", "KH 2029")]
    inv = p.part("## 1. Nhu cầu vốn", "## 2. Nguồn vốn")
    fa_cost, dep = dep_table(inv, ["1|", "2|", "3|", "4|"])
    p.check(inv.vals("Cộng TSCĐ", 3)[0] == fa_cost == 1480000 and inv.vals("Cộng TSCĐ", 1)[0] == dep == 145000
            and fa_cost + inv.vals("5|", 3)[0] == inv.vals("Tổng cộng", 3)[0] == 1700000 == 800000 + 900000, "capital 1,7 tỷ")
    lt = p.part("## 2. Nguồn vốn", "# Phần V")
    interest = loan(lt, [2027, 2028, 2029], 900000, 300000, 0.08)
    loan_totals(lt, "Cộng", 900000, interest)
    per_kg = [19.25, 9, 6, 1.75, None, 3, None]  # nghìn đồng per kg of candy
    for y in Y5:
        p.check(kg[y] == hop[y] * 0.3 + tui[y] and eq(lac[y], kg[y] * 0.35) and eq(mat[y], kg[y] * 0.45)
                and lac[y] <= 12000 and mat[y] <= 15000 and kg[y] <= 4 * 100 * 280, f"kg, peanuts within 12 tấn, cooker {y}")
    for i, y in enumerate(range(2, 5)):  # nghìn đồng
        p.check(rh[i] == hop[y] * 45 and rt[i] == tui[y] * 120 and rev[i] == rh[i] + rt[i], f"revenue {y}")
        p.check(all(eq(lines[j][i], kg[y] * per_kg[j]) for j in (0, 1, 2, 3, 5)) and lines[4][i] == hop[y] * 5 + tui[y] * 3
                and eq(lines[6][i], rev[i] * 0.08) and eq(var[i], sum(l[i] for l in lines)), f"variable costs {y}")
        p.check(fx[0][i] == 4 * 7000 * 12 and fx[1][i] == 10 * 5500 * 12 and fx[2][i] == dep and fx[3][i] == interest[i]
                and fx[4][i] == 120000 and fix[i] == sum(f[i] for f in fx), f"fixed costs {y}")
        p.check(eq(cost[i], var[i] + fix[i]) and eq(pbt[i], rev[i] - cost[i]) and eq(tax[i], pbt[i] * 0.17)
                and eq(pat[i], pbt[i] - tax[i]) and summ[y] == [rev[i], cost[i], pbt[i], tax[i], pat[i]], f"profit, summary {y}")
        p.check(rev[i] / (summ[y - 1][0]) < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    adds(p, rev, [rh, rt], 1, "revenue total")
    adds(p, var, lines, 1, "variable block")
    adds(p, fix, fx, 1, "fixed block")
    adds(p, cost, [var, fix], 1, "total cost")
    adds(p, pbt, [rev, [-c for c in cost]], 1, "profit before tax")
    adds(p, pat, [pbt, [-t for t in tax]], 1, "profit after tax")
    for y, rate in ((0, 0.15), (1, 0.17)):
        r = summ[y]
        p.check(eq(r[2], r[0] - r[1]) and eq(r[3], r[2] * rate) and eq(r[4], r[2] - r[3]), f"actual year {2025 + y}")
    p.has(f"lợi nhuận sau thuế {plancheck_fmt(summ[0][4] / 1000)} triệu đồng", f"lợi nhuận sau thuế {plancheck_fmt(summ[1][4] / 1000)} triệu đồng",
          "doanh thu 2,6 tỷ đồng", "doanh thu 3,105 tỷ đồng", "doanh thu khoảng 3,57 tỷ đồng năm 2027 và 4,14 tỷ đồng năm 2029")
    ppk, vpk = rev[0] / kg[2] * 1000, var[0] / kg[2] * 1000
    be = fix[0] * 1000 / (ppk - vpk)
    p.check(eq(p.stated(r"hòa vốn ≈ ([\d.]+) kg"), be, 1) and eq(p.stated(r"khoảng (\d+)% sản lượng"), be / kg[2] * 100, 0.5),
            f"break-even {be:.0f} kg")
    avg = sum(pat) / 3
    true = 1700000 / (avg + dep)
    cum = 2 + (1700000 - pat[0] - pat[1] - 2 * dep) / (pat[2] + dep)
    p.has(f"≈ {plancheck_fmt(avg, 0)} nghìn đồng/năm", "Thời gian hoàn vốn = 1.700.000 : (693.963 + 145.000) ≈ 1,2 năm")
    p.check(close(true, 2.03, 0.01) and off(1.2, true) and off(1.2, cum) and off(1.2, 1700000 / avg),
            f"PLANTED payback 1,2 years != 1.700.000 : 838.963 = {true:.2f} (cumulative {cum:.2f}, without depreciation "
            f"{1700000 / avg:.2f})")
    p.check(p.count("18 lao động") == 1 and "Tổng số lao động hiện nay 14 người" in p.body and 4 + 10 == 14 and off(18, 14),
            "PLANTED 18 workers in Phần I.2 against 14 (4 + 10, the two wage lines) in Phần III.3")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|\btem\b|in trên hộp|ghi trên bao bì|thông tin trên bao bì",
            "PLANTED no label, labelling decree, barcode or QR anywhere")
    p.has("Nhãn hiệu \"Cu đơ Lam Hồng\"", "hộp giấy 300 g", "túi PE 1 kg", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2025/LH", "tự công bố sản phẩm", "sổ theo dõi từng lô", "45.000 đồng/hộp", "120.000 đồng/túi", "26 tấn",
          "Tổng vốn đầu tư 1,7 tỷ đồng", "45 đại lý")
    not_planted_policy(p)
    return p


def cz07() -> Plan:
    p = Plan("cz07_nuoc_mam_kim_sot_cty")
    pr = p.part("# XI –", "# XII –")
    c40, c25, can, lit, fish = (pr.vals(x, 5) for x in ("1|", "2|", "3|", "Tổng sản lượng", "Cá nguyên liệu"))
    fin = p.part("# XIII –", "2) Điểm hòa vốn")
    rev, r1, r2, r3 = (fin.vals(x, 5) for x in ("Doanh thu", "Nước mắm 40", "Nước mắm 25", "Nước mắm can"))
    var, vf, vs, vp, ve, vb = (fin.vals(x, 5) for x in ("Chi phí biến đổi", "Cá tươi", "Muối", "Chai, nắp", "Điện, nước",
                                                          "Chi phí bán hàng"))
    fix, fw, fd, fi, fa = (fin.vals(x, 5) for x in ("Chi phí cố định", "Lương 14", "Khấu hao", "Lãi vay", "Quản lý"))
    cost, pbt, tax, pat = (fin.vals(x, 5) for x in ("Tổng chi phí", "Lợi nhuận trước", "Thuế TNDN", "Lợi nhuận sau"))
    inv = p.part("1) Nhu cầu vốn", "2) Nguồn vốn")
    fa_cost, dep = dep_table(inv, ["1|", "2|", "3|", "4|"])
    items = [inv.vals(f"{i}|", 3)[0] for i in range(1, 6)]
    total = inv.vals("Tổng cộng", 3)
    p.check(sum(items) == total[0] == 5000 and total[2] == dep == 330 and fa_cost == 4100, "items 5.000, depreciation 330")
    p.has("Tổng vốn đầu tư 5 tỷ đồng", "vốn chủ sở hữu 1.800 triệu đồng", "2.500 triệu đồng, thời hạn 5 năm",
          "Nghị quyết số 123/2018/NQ-HĐND 300 triệu đồng", "Các nguồn trên đáp ứng đủ tổng vốn đầu tư")
    src = 1800 + 2500 + 300
    p.check(src == 4600 and off(src, 5000) and close(src / 5000 - 1, -0.08, 0.01),
            "PLANTED sources 1.800 + 2.500 + 300 = 4.600 != 5.000 (−8 %)")
    lt = p.part("3) Kế hoạch trả nợ", "# XIII –")
    interest = loan(lt, list(range(2027, 2032)), 2500, 500, 0.085)
    loan_totals(lt, "Cộng", 2500, interest)
    supply = 24 + 36
    adds(p, rev, [r1, r2, r3], 0.06, "revenue total")
    adds(p, var, [vf, vs, vp, ve, vb], 0.06, "variable block")
    adds(p, fix, [fw, fd, fi, fa], 0.06, "fixed block")
    adds(p, cost, [var, fix], 0.06, "total cost")
    adds(p, pbt, [rev, [-c for c in cost]], 0.06, "profit before tax")
    adds(p, pat, [pbt, [-t for t in tax]], 0.06, "profit after tax")
    for y in Y5:  # triệu đồng; tấn
        p.check(lit[y] == c40[y] * 0.5 + c25[y] + can[y] * 5 and eq(fish[y], lit[y] / 0.8 / 1000, 0.05)
                and fish[y] <= 50 * 2.5, f"litres, fish at 0,8 l/kg, 50 vats × 2,5 tấn {y}")
        p.check(eq(r1[y], c40[y] * 0.085) and eq(r2[y], c25[y] * 0.055) and eq(r3[y], can[y] * 0.12)
                and eq(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(eq(vf[y], fish[y] * 18) and eq(vs[y], fish[y]) and eq(vp[y], c40[y] * 0.006 + c25[y] * 0.003 + can[y] * 0.012)
                and eq(ve[y], lit[y] * 0.0025) and eq(vb[y], rev[y] * 0.06) and eq(var[y], vf[y] + vs[y] + vp[y] + ve[y] + vb[y]),
                f"variable costs {y}")
        p.check(fw[y] == 14 * 7 * 12 and fd[y] == dep and fi[y] == interest[y] and fa[y] == 250
                and eq(fix[y], fw[y] + fd[y] + fi[y] + fa[y]) and eq(cost[y], var[y] + fix[y]) and eq(pbt[y], rev[y] - cost[y])
                and eq(tax[y], pbt[y] * 0.17) and eq(pat[y], pbt[y] - tax[y]), f"fixed costs, profit, 17 % tax {y}")
        if y:
            p.check(lit[y] / lit[y - 1] < 1.15, f"growth {y} (not the defect)")
    p.check(fish[0] > supply and all(off(fish[y], supply) for y in range(1, 5)) and close(fish[4] / supply, 1.458, 0.01)
            and close(fish[1] / supply, 1.167, 0.01),
            "PLANTED fish need 62,5–87,5 tấn > 60 tấn supply (+16,7 % in 2028, +29 % in 2029, +46 % in 2031)")
    p.has("Tổng nguồn cá 60 tấn/năm, bảo đảm đủ nguyên liệu cho sản xuất cả giai đoạn 2027–2031",
          "khoảng 24 tấn cá cơm, cá nục/năm", "36 tấn/năm")
    p.check(eq(46000 / 0.8 / 1000, 57.5) and 57.5 <= supply and close(lit[0] / 46000, 1.087, 0.01), "2026: 46.000 l from 57,5 tấn")
    cft = p.part("3) Dòng tiền", "# XIV –")
    resid, wc = fa_cost - 5 * dep, items[4]
    cfs = [-5000.0] + [pat[y] + dep + (resid + wc if y == 4 else 0) for y in Y5]
    pvs = 0.0
    for t in range(6):
        r = cft.vals(f"{t}|", 3)
        full = cft.vals(f"{t}|", 7)
        want = [-5000.0, None, None, None] if t == 0 else [None, pat[t - 1], dep, (resid + wc) if t == 5 else None]
        p.check(all((a is None and b is None) or eq(a, b, 0.05) for a, b in zip(full[:4], want)), f"cash-flow inputs {t}")
        pvs += r[2]
        p.check(eq(r[0], cfs[t]) and abs(r[1] - 1 / 1.1 ** t) < 0.0006 and eq(r[2], cfs[t] / 1.1 ** t), f"discounted row {t}")
    p.check(eq(cft.vals("Cộng", 1)[0], npv(0.10, cfs)) and eq(pvs, npv(0.10, cfs)) and resid + wc == 3350, "NPV = Σ PV")
    p.check(eq(p.stated(r"NPV ≈ ([\d.,]+) triệu"), npv(0.10, cfs)) and abs(p.stated(r"IRR ≈ ([\d,]+)%") - irr(cfs) * 100) < 0.1,
            f"NPV {npv(0.10, cfs):.1f}, IRR {irr(cfs) * 100:.1f} %")
    c4 = sum(pat[:4]) + 4 * dep
    p.check(eq(c4, 4975.4) and c4 < 5000 and abs(4 + (5000 - c4) / (pat[4] + dep) - 4.0) < 0.05, "payback ≈ 4 years")
    p.has("thời gian hoàn vốn = 4 + (5.000 − 4.975,4) : 1.736,7 ≈ 4 năm")
    ppl, vpl = rev[0] * 1e6 / lit[0], var[0] * 1e6 / lit[0]
    be = fix[0] * 1e6 / (ppl - vpl)
    p.check(eq(p.stated(r"hòa vốn ≈ ([\d.]+) lít"), be, 1) and eq(p.stated(r"lít, bằng (\d+)% kế hoạch"), be / lit[0] * 100, 0.5),
            f"break-even {be:.0f} l")
    p.check(eq((pat[0] + dep) / (500 + interest[0]), 1.22, 0.01), "cash flow 1,2 × debt service in 2027")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
          "Phòng Nông nghiệp và Phát triển nông thôn huyện Lộc Hà", "huyện Lộc Hà, tỉnh Hà Tĩnh")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|hai cấp|cấp tỉnh và trung ương", "PLANTED the current instruments are not cited")
    p.has("85.000 đồng/chai", "50.000 lít", "Giấy chứng nhận đăng ký doanh nghiệp", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2023/KS", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "văn bằng bảo hộ", "đăng ký môi trường", "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cz08() -> Plan:
    p = Plan("cz08_nep_cai_tung_chau_htx")
    pr = p.part("# 11.", "# 12.")
    t2, b10, b50, g, lua = (pr.vals(x, 5) for x in ("Gạo nếp túi 2", "Gạo nếp bao 10", "Gạo nếp bao 50", "Tổng gạo", "Lúa nếp"))
    fin = p.part("## a) Doanh thu", "## b) Điểm")
    rev, r1, r2, r3 = (fin.vals(x, 5) for x in ("1. Doanh thu", "- Túi 2 kg", "- Bao 10 kg", "- Bao 50 kg"))
    var, vl, vp, ve, vs = (fin.vals(x, 5) for x in ("2. Chi phí", "- Lúa nếp", "- Bao bì", "- Điện sấy", "- Chi phí bán hàng"))
    fix, fw, fd, fi, fa = (fin.vals(x, 5) for x in ("3. Chi phí", "- Lương 10", "- Khấu hao", "- Lãi vay", "- Quản lý"))
    cost, pbt, tax, pat = (fin.vals(x, 5) for x in ("4. Tổng", "5. Lợi nhuận", "6. Thuế", "7. Lợi nhuận"))
    dt = p.part("## b) Khấu hao", "## c) Kế hoạch")
    fa_cost, dep = dep_table(dt, ["1|", "2|", "3|", "4|"])
    tot = dt.vals("Cộng", 3)
    p.check(tot[0] == fa_cost == 2650 and dep == 230 and tot[2] == 260 and off(tot[2], dep) and close(tot[2] / dep - 1, 0.13, 0.01),
            "PLANTED depreciation total 260 != 40 + 90 + 50 + 50 = 230 (+13 %)")
    p.check(all(x == dep for x in fd), "the cost table uses the true 230 (tolerated figure-inconsistent: 260 vs 230)")
    lt = p.part("## c) Kế hoạch", "# 13.")
    interest = loan(lt, list(range(2027, 2032)), 1500, 300, 0.08)
    p.check(2650 + 350 == 3000 == 1000 + 500 + 1500, "capital 3.000 = 1.000 + 500 + 1.500")
    p.has("Tổng vốn đầu tư 3.000 triệu đồng", "vốn lưu động 350 triệu đồng", "vốn góp của thành viên 1.000 triệu đồng",
          "quỹ đầu tư phát triển 500 triệu đồng", "1.500 triệu đồng, thời hạn 5 năm")
    cap = 250 * 8 * 240 / 1000
    adds(p, rev, [r1, r2, r3], 0.06, "revenue total")
    adds(p, var, [vl, vp, ve, vs], 0.06, "variable block")
    adds(p, fix, [fw, fd, fi, fa], 0.06, "fixed block")
    adds(p, cost, [var, fix], 0.06, "total cost")
    adds(p, pbt, [rev, [-c for c in cost]], 0.06, "profit before tax")
    adds(p, pat, [pbt, [-t for t in tax]], 0.06, "profit after tax")
    for y in Y5:  # triệu đồng; tấn
        p.check(g[y] == (t2[y] * 2 + b10[y] * 10 + b50[y] * 50) / 1000 and eq(lua[y], g[y] / 0.6, 0.5) and lua[y] <= 700 <= 85 * 2 * 5,
                f"tonnes, paddy at 60 % within the 700 tấn committed {y}")
        p.check(eq(r1[y], t2[y] * 0.08) and eq(r2[y], b10[y] * 0.35) and eq(r3[y], b50[y] * 1.5) and eq(rev[y], r1[y] + r2[y] + r3[y]),
                f"revenue {y}")
        p.check(eq(vl[y], lua[y] * 14) and eq(vp[y], t2[y] * 0.0025 + b10[y] * 0.004 + b50[y] * 0.008) and eq(ve[y], g[y] * 0.6)
                and eq(vs[y], rev[y] * 0.05) and eq(var[y], vl[y] + vp[y] + ve[y] + vs[y]), f"variable costs {y}")
        p.check(fw[y] == 10 * 6.5 * 12 and fi[y] == interest[y] and fa[y] == 200 and eq(fix[y], fw[y] + fd[y] + fi[y] + fa[y])
                and eq(cost[y], var[y] + fix[y]) and eq(pbt[y], rev[y] - cost[y]) and eq(tax[y], pbt[y] * 0.17)
                and eq(pat[y], pbt[y] - tax[y]), f"fixed costs, profit, 17 % tax {y}")
        if y:
            p.check(g[y] / g[y - 1] < 1.15 and rev[y] / rev[y - 1] < 1.15, f"growth {y} (not the defect)")
    p.check(cap == 480 and lua[0] <= cap and lua[1] <= cap and all(off(lua[y], cap) for y in (2, 3, 4))
            and close(lua[2] / cap, 1.083, 0.01) and close(lua[4] / cap, 1.208, 0.01),
            "PLANTED paddy to mill 520–580 tấn > 250 kg/h × 8 h × 240 days = 480 tấn (+8,3 % to +20,8 %)")
    p.has("vận hành 8 giờ/ngày, 240 ngày/năm, tức 480 tấn lúa/năm",
          "Dây chuyền xay xát này đáp ứng đủ nhu cầu xay xát của hợp tác xã trong cả giai đoạn 2027–2031")
    p.lacks(r"máy xay xát thứ hai|hai ca|ca đêm|2 ca|thêm máy xay", "no second mill or shift")
    p.check(close(g[0] / 225, 1.12, 0.01), "+12 % on the 225 tấn of 2026")
    ppk, vpk = rev[0] * 1e6 / (g[0] * 1000), var[0] * 1e6 / (g[0] * 1000)
    be = fix[0] * 1e6 / (ppk - vpk)
    p.check(eq(p.stated(r"sản lượng hòa vốn ≈ ([\d,]+) tấn"), be / 1000, 0.05) and eq(p.stated(r"khoảng (\d+)% kế hoạch"), be / g[0] / 10, 0.5),
            f"break-even {be / 1000:.1f} tấn")
    cf = [pat[y] + dep for y in Y5]
    pb = 2 + (3000 - cf[0] - cf[1]) / cf[2]
    p.check(abs(pb - 2.9) < 0.05 and cf[0] + cf[1] < 3000 < cf[0] + cf[1] + cf[2], f"cumulative payback {pb:.2f}")
    p.has("thời gian hoàn vốn = 2 + (3.000 − 1.846,4) : 1.258,9 ≈ 2,9 năm")
    p.lacks(r"truy xuất|mã lô|số lô|theo lô|từng lô|sổ |nhật ký|ghi chép|kiểm soát chất lượng|kiểm soát nội bộ|HACCP|ISO|VietGAP|"
            r"lưu mẫu|\bQR\b|mã vạch|tem ", "PLANTED no internal quality control or traceability")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TC", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "80.000 đồng/túi", "350.000 đồng/bao", "252 tấn gạo",
          "đăng ký môi trường")
    not_planted_policy(p)
    return p


def cz09() -> Plan:
    p = Plan("cz09_che_xanh_huong_lam_ctcp")
    pr = p.part("# XI.", "# XII.")
    hop, loc, bb, kg, leaf = (pr.vals(x, 5) for x in ("Chè búp hộp", "Chè túi lọc", "Chè búp khô bán buôn", "Tổng chè khô",
                                                      "Búp chè tươi"))
    fin = p.part("## 1. Doanh thu", "## 2. Điểm")
    rev, r1, r2, r3 = (fin.vals(x, 5) for x in ("I. Doanh thu", "Chè búp hộp", "Chè túi lọc", "Chè khô bán buôn"))
    var, vl, vp, vf, vs = (fin.vals(x, 5) for x in ("II. Chi phí", "Búp chè tươi", "Bao bì", "Điện, củi", "Chi phí bán hàng"))
    fix, fw, fd, fi, fa = (fin.vals(x, 5) for x in ("III. Chi phí", "Tiền lương", "Khấu hao", "Lãi vay", "Quản lý"))
    cost, pbt, tax, pat = (fin.vals(x, 5) for x in ("IV. Tổng", "V. Lợi nhuận", "VI. Thuế", "VII. Lợi nhuận"))
    lt = p.part("# XII.", "# XIII.")
    interest = loan(lt, [2027, 2028, 2029], 900e6, 300e6, 0.08)
    loan_totals(lt, "Tổng", 900e6, interest)
    dep = 800e6 / 20 + 600e6 / 10 + 300e6 / 8
    p.check(dep == 137.5e6 and 800e6 + 600e6 + 300e6 + 200e6 == 1900e6 == 1000e6 + 900e6, "capital 1,9 tỷ, depreciation 137,5 triệu")
    p.has("Tổng vốn đầu tư 1.900.000.000 đồng", "Khấu hao hằng năm 137.500.000 đồng", "cổ đông góp bổ sung 1.000.000.000 đồng")
    for y in Y5:
        p.check(kg[y] == hop[y] * 0.25 + loc[y] * 0.05 + bb[y] and eq(leaf[y], kg[y] * 4.6) and leaf[y] <= 5 * 6000 + 15000
                and leaf[y] <= 80 * 8 * 200, f"kg, leaf 4,6 within 45 tấn and the 128 tấn line {y}")
        p.check(eq(pbt[y], rev[y] - cost[y]) if y != 3 else True, f"profit before tax {y}")
        p.check(eq(tax[y], pbt[y] * 0.15) and eq(pat[y], pbt[y] - tax[y]), f"15 % tax on the written profit {y}")
    for y in range(2, 5):
        p.check(r1[y] == hop[y] * 90000 and r2[y] == loc[y] * 45000 and r3[y] == bb[y] * 200000 and rev[y] == r1[y] + r2[y] + r3[y],
                f"revenue {y}")
        p.check(eq(vl[y], leaf[y] * 9000) and vp[y] == hop[y] * 8000 + loc[y] * 6000 + bb[y] * 2000 and vf[y] == kg[y] * 10000
                and eq(vs[y], rev[y] * 0.05) and eq(var[y], vl[y] + vp[y] + vf[y] + vs[y]), f"variable costs {y}")
        p.check(fw[y] == 10 * 6.5e6 * 12 and fd[y] == dep and fi[y] == interest[y - 2] and fa[y] == 100e6
                and eq(fix[y], fw[y] + fd[y] + fi[y] + fa[y]) and eq(cost[y], var[y] + fix[y]), f"fixed, total cost {y}")
        p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.15, f"growth {y}")
    yrs = range(2, 5)
    adds(p, rev, [r1, r2, r3], 1, "revenue total", yrs)
    adds(p, var, [vl, vp, vf, vs], 1, "variable block", yrs)
    adds(p, fix, [fw, fd, fi, fa], 1, "fixed block", yrs)
    adds(p, cost, [var, fix], 1, "total cost", yrs)
    adds(p, pat, [pbt, [-t for t in tax]], 1, "profit after tax")
    true = rev[3] - cost[3]
    p.check(pbt[3] == 525.1e6 and eq(true, 425.1e6) and off(pbt[3], true) and close(pbt[3] / true - 1, 0.235, 0.01),
            "PLANTED 2028 profit before tax 525.100.000 != 2.080.000.000 − 1.654.900.000 = 425.100.000 (+23,5 %)")
    avg = sum(pat[2:]) / 3
    avg_true = (pat[2] + true * 0.85 + pat[4]) / 3
    p.check(abs(1900e6 / (avg + dep) - 3.6) < 0.05 and close(1900e6 / (avg_true + dep), 3.81, 0.01),
            "stated 3,6 years on the written profit; true 3,8 (tolerated payback-mismatch)")
    p.has("thời gian hoàn vốn = 1.900.000.000 : (389.668.333 + 137.500.000) ≈ 3,6 năm")
    ppk, vpk = rev[2] / kg[2], var[2] / kg[2]
    be = fix[2] / (ppk - vpk)
    p.check(eq(p.stated(r"hòa vốn ≈ ([\d.]+) kg"), be, 1) and eq(p.stated(r"\((\d+)% kế hoạch\)"), be / kg[2] * 100, 0.5),
            f"break-even {be:.0f} kg")
    for y, v in ((0, 144.5e6), (1, 195.5e6)):
        p.check(pat[y] == v and pbt[y] == rev[y] - cost[y], f"actual {2025 + y}")
    p.check(p.count("Công ty cổ phần Chè Sơn Thủy") == 2 and p.count("Công ty cổ phần Nông sản Hương Lâm") >= 2,
            "PLANTED another producer's name, twice (organisation and closing sections)")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|cam kết|"
            r"giấy chứng nhận cơ sở|55/2010|HACCP|ISO 22000", "PLANTED no food-safety certificate, commitment or plan")
    p.has("tiêu chuẩn cơ sở TCCS 01:2027/HL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "ghi sổ từng lô",
          "Giấy chứng nhận đăng ký doanh nghiệp", "90.000 đồng/hộp", "200.000 đồng/kg", "6.000 kg")
    not_planted_policy(p)
    return p


def cz10() -> Plan:
    p = Plan("cz10_mat_ong_ky_thuong_hkd")
    pr = p.part("# 11/", "# 12/")
    ch, hu, kg, need, own, buy, lab = (pr.vals(x, 5) for x in ("Mật ong chai", "Mật ong hũ", "Tổng mật ong", "Mật thô cần",
                                                               "Mật thô từ đàn", "Mật thô thu mua", "Lao động"))
    fin = p.part("# 13/", "b) Điểm hòa vốn")
    rev, r1, r2 = (fin.vals(x, 5) for x in ("Doanh thu", "- Chai 500", "- Hũ 1"))
    var, vb, vp, ve, vt, vs = (fin.vals(x, 5) for x in ("Chi phí biến đổi", "- Mật thô thu mua", "- Chai, hũ", "- Điện",
                                                          "- Thuế GTGT", "- Chi phí tiêu thụ"))
    fix, fc, fw, fd, fi, fa = (fin.vals(x, 5) for x in ("Chi phí cố định", "- Chăm sóc", "- Công lao động", "- Khấu hao",
                                                         "- Lãi vay", "- Kiểm nghiệm"))
    cost, prof = fin.vals("Tổng chi phí", 5), fin.vals("Lợi nhuận", 5)
    lt = p.part("# 12/", "# 13/")
    interest = [0, 0] + loan(lt, [2027, 2028, 2029], 150, 50, 0.08)
    pc, ph = [0.09, 0.095, 0.1, 0.1, 0.1], [0.16, 0.17, 0.18, 0.18, 0.18]  # triệu đồng, from the text
    colonies = [150, 160, 160, 160, 160]
    for y in Y5:
        p.check(kg[y] == ch[y] * 0.5 + hu[y] and eq(need[y], kg[y] * 1.05) and own[y] == colonies[y] * 22
                and buy[y] == max(0, need[y] - own[y]) and buy[y] <= 20000 and kg[y] <= 300 * 2 * 200,
                f"kg, raw honey 1,05 within own + 20 tấn bought, 120 tấn line {y}")
        p.check(eq(r1[y], ch[y] * pc[y]) and eq(r2[y], hu[y] * ph[y]) and eq(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(eq(vb[y], buy[y] * 0.08) and eq(vp[y], ch[y] * 0.007 + hu[y] * 0.01) and eq(ve[y], kg[y] * 0.002)
                and eq(vt[y], rev[y] * 0.015) and eq(vs[y], rev[y] * 0.05) and eq(var[y], vb[y] + vp[y] + ve[y] + vt[y] + vs[y]),
                f"variable costs {y}")
        p.check(eq(fc[y], colonies[y] * 0.4) and fw[y] == lab[y] * 6 * 12 and fd[y] == [10, 10, 58, 58, 58][y]
                and fi[y] == interest[y] and eq(fix[y], fc[y] + fw[y] + fd[y] + fi[y] + fa[y]) and eq(cost[y], var[y] + fix[y])
                and eq(prof[y], rev[y] - cost[y]), f"fixed costs, profit {y}")
    adds(p, rev, [r1, r2], 0.006, "revenue total")
    adds(p, var, [vb, vp, ve, vt, vs], 0.006, "variable block")
    adds(p, fix, [fc, fw, fd, fi, fa], 0.006, "fixed block")
    adds(p, cost, [var, fix], 0.006, "total cost")
    adds(p, prof, [rev, [-c for c in cost]], 0.006, "profit")
    p.check(250 + 80 + 70 == 400 == 250 + 150 and 250 / 5 + 80 / 10 == 58, "capital 400 = 250 + 150; depreciation 58")
    p.has("Tổng vốn đầu tư 400 triệu đồng", "vốn tự có 250 triệu đồng", "150 triệu đồng, thời hạn 3 năm")
    g1, g2 = kg[3] / kg[2], kg[4] / kg[3]
    p.check(close(kg[2] / kg[1], 1.143, 0.01) and close(g1, 2.2) and close(g2, 2.16, 0.01) and close(rev[3] / rev[2], 2.2)
            and close(rev[4] / rev[3], 2.16, 0.01) and off(g1, 1.5) and off(g2, 1.5),
            "PLANTED output and revenue ×2,2 in 2028 and ×2,16 in 2029 after +14 % in 2027")
    p.check(fa[2] == fa[3] == fa[4] == 20 and eq(vb[4], 1314.4) and vb[4] / 70 > 18,
            "flat 20 triệu promotion; 1,31 tỷ of raw honey to buy in 2029 against 70 triệu working capital")
    p.check(lab[2:] == [4, 6, 9] and 300 * 2 * 200 >= kg[4], "staff and line grow with output (not a capacity defect)")
    market = p.body.split("# 7/ Thị trường tiêu thụ", 1)[1].split("# 8/", 1)[0]
    p.check(not re.search(r"\d", market) and not re.search(
        r"khách hàng|người tiêu dùng|đại lý|cửa hàng|siêu thị|kênh|giá|đồng|bán|hợp đồng|nhà hàng|phân phối|xuất khẩu", market, re.I)
        and "rất lớn" in market, "PLANTED the market section has no number, customer, channel, contract or price")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|phân phối|hợp đồng (bán|tiêu thụ|cung cấp)|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|điểm bán|kênh|nhà hàng|"
            r"khách sạn|quầy|showroom", "PLANTED no sales channel anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng|nhãn hiệu tập thể",
            "PLANTED no trademark or IP protection")
    p.has("Nhãn chai, hũ theo Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/KT", "tự công bố sản phẩm", "mã lô in trên chai", "Giấy chứng nhận đăng ký hộ kinh doanh số",
          "100.000 đồng/chai", "180.000 đồng/hũ", "19.000 kg năm 2029", "doanh thu 760 triệu đồng năm 2027, 1.672 triệu đồng năm 2028 và 3.610 triệu đồng năm 2029")
    p.check(eq(p.stated(r"lợi nhuận ([\d,]+) triệu đồng; năm 2026"), prof[0]) and eq(p.stated(r"631 triệu đồng, lợi nhuận ([\d,]+) triệu"), prof[1]),
            "actual profits quoted in §3")
    ppk, vpk = rev[2] / kg[2] * 1e6, var[2] / kg[2] * 1e6
    p.check(eq(p.stated(r"sản lượng hòa vốn khoảng ([\d.]+) kg"), fix[2] * 1e6 / (ppk - vpk), 1), "break-even")
    cf = [prof[y] + fd[y] for y in (2, 3)]
    p.check(abs(1 + (400 - cf[0]) / cf[1] - 1.4) < 0.05, "cumulative payback 1,4 (follows the figures)")
    p.has("khoảng 1,4 năm")
    p.lacks(r"[×≈–→²°]", "TCVN3 build: no symbol outside the legacy code page")
    not_planted_policy(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("cz11_keo_lac_cam_binh_so_sai")
    a.check(2000 * 80000 == 160e6, "2.000 kg × 80.000 = 160 triệu")
    a.has("khoảng 2.000 kg", "80.000 đồng/kg", "khoảng 160 triệu đồng", "khoảng 50 triệu đồng", "quán tạp hóa", "chợ Cẩm Bình")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 300, f"no table, 150–300 words ({a.words()})")
    a.check(len(set(re.findall(r"\d[\d.,]* (?:kg|đồng|triệu)", a.body))) == 4, "four figures in all")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|khói|rác|truy xuất|sổ ghi|"
            r"nguyên liệu|quy trình|lợi nhuận|chi phí", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cz12_banh_da_truong_luu_so_sai")
    b.check(800 * 300 == 240000 and 240000 * 3000 == 720e6, "800 × 300 = 240.000 chiếc × 3.000 đ = 720 triệu")
    b.has("khoảng 800 chiếc", "khoảng 240.000 chiếc", "3.000 đồng/chiếc", "khoảng 720 triệu đồng",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28H8003916", "chợ Nghèn")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 300, f"no table, 150–300 words ({b.words()})")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|khói|rác|nước thải|truy xuất|sổ ghi|vốn đầu tư|chi phí|"
            r"lợi nhuận|nguyên liệu", "every tolerated gap is real; no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (cz01, cz02, cz03, cz04, cz05, cz06, cz07, cz08, cz09, cz10)] + sketchy()
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
